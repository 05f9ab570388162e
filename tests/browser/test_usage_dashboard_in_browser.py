"""The usage dashboard in a real browser: its charts and tables without WCAG 2.1 AA errors that
axe-core can find (issue 23)."""

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
