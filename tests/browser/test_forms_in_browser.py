"""Forms that help, in a real browser (issue 13): after a failed submit the focus is on the error
summary at the top of the main content, with and without JavaScript, in each language; its links
take the visitor to the field."""

import pytest

from tests.browser.submitting import focus_after_load, submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
LANGUAGES = ["nl", "de", "en", "fr"]


def focused(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_failed_registration_puts_focus_on_the_summary_in_view(site, browser, language, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{site}/{language}/conferences/demo-registration/")
    page.fill("#id_email", "not-an-address")
    submit(page.locator("form:has(input[name=rendered_at]) button[type=submit]"))
    assert focus_after_load(page, "error-summary") == "error-summary"
    box = page.locator("#error-summary").bounding_box()
    assert 0 <= box["y"] < PHONE["height"]  # on screen, not 1,900 px down
    assert page.locator("#error-summary a").count() >= 5
    if javascript:
        # a radio group's link focuses its first option and shows the group's question
        page.locator("#error-summary a[href='#id_organisation_kind_0']").click()
        assert focused(page) == "id_organisation_kind_0"
    page.locator("#error-summary a[href='#id_email']").click()
    assert focused(page) == "id_email"
    described = page.get_attribute("#id_email", "aria-describedby")
    assert page.locator(f"#{described}").inner_text().strip() != ""
    context.close()


QUESTION_FORMS = {
    "desk page": "/{language}/services/grensinfopunt/",
    "contact page": "/{language}/contact/",
}


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
@pytest.mark.parametrize("form", QUESTION_FORMS)
def test_a_failed_question_puts_focus_on_the_summary_in_view(site, browser, form, javascript):
    """Issue 21, item 2: the question forms posted to #ask, so the page scrolled to the form and
    left the focus on the body, 1,000-2,000 px below the summary."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    url = QUESTION_FORMS[form].format(language="de")
    page.goto(site + url)
    page.fill("#id_ask-email", "keine-adresse")
    page.fill("#id_ask-question", "Wo zahle ich Steuern?")
    submit(page.get_by_role("button", name="Frage senden"))
    assert page.url == site + url  # the page's own address: reload, switch language
    assert focus_after_load(page, "error-summary") == "error-summary"
    box = page.locator("#error-summary").bounding_box()
    assert 0 <= box["y"] < PHONE["height"]
    page.locator("#error-summary a[href='#id_ask-email']").click()
    assert focused(page) == "id_ask-email"
    context.close()
