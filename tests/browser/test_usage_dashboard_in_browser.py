"""The usage dashboard in a real browser: its charts and tables without WCAG 2.1 AA errors that
axe-core can find; and an answer opened on a desk page counted once (issue 23)."""

import pytest
from django.utils import timezone

from insight.models import PageViews
from portal.models import Feedback, SearchMiss
from tests.browser.test_pages_in_browser import AXE
from tests.browser.test_staff_editing import staff_page  # noqa: F401 - the fixture
from tests.factories import make_desk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("scope", ["", "gip"])
def test_the_usage_dashboard_has_no_wcag_21_aa_violations_axe_can_find(staff_page, scope):  # noqa: F811
    make_desk(slug="gip")
    today = timezone.localdate()
    for n, page in enumerate(["/", "/services/gip/", "/topics/tax/", "/news/"]):
        for language in ["nl", "de", "en", "fr"]:
            PageViews.objects.create(
                day=today, language=language, page=page, view="portal:home", views=10 * n + 3
            )
    Feedback.objects.create(page="/services/gip/", language="nl", helpful=False)
    SearchMiss.objects.create(query="kinderbijslag", language="nl", count=4)

    staff_page.goto(f"{staff_page.base}/admin/usage/?scope={scope}")
    assert staff_page.locator("svg[role=img]").count() >= 2
    staff_page.evaluate(AXE)
    result = staff_page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
    )
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []


# A visitor's Chrome (the headless one names itself HeadlessChrome: a program, not counted).
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0"


def test_opening_an_answer_and_starting_a_form_count_once_each(site, browser):
    from insight import counting
    from insight.folding import fold
    from insight.models import Tally

    counting.buffer.clear()
    context = browser.new_context(user_agent=CHROME, locale="de-DE")
    page = context.new_page()
    page.goto(site + "/de/services/expat-centre/")
    answer = page.locator("details.faq").first
    answer_id = answer.get_attribute("id").removeprefix("faq-")
    with page.expect_request(f"**/de/answers/{answer_id}/read/"):
        answer.locator("summary").click()
    answer.locator("summary").click()  # closed
    answer.locator("summary").click()  # and opened again: still one read
    question = page.locator("form[data-started] textarea").first
    with page.expect_request("**/de/forms/question/expat-centre/started/"):
        question.press_sequentially("Wie")
    question.press_sequentially(" lange?")  # still one form started
    page.wait_for_timeout(300)
    context.close()

    fold()
    assert sorted(Tally.objects.values_list("language", "name", "count")) == [
        ("de", f"answer:{answer_id}", 1),
        ("de", "started:question:expat-centre", 1),
    ]
