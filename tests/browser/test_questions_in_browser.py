"""Asking a desk a question as a visitor's browser does it: on a phone, without JavaScript."""

import re

import pytest
from django.core import mail

from services.questions.models import Enquiry
from tests.browser import test_pages_in_browser as pages
from tests.browser.test_pages_in_browser import AXE, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# The same seeded site and JavaScript-free phone as the other browser tests.
site, phone = pages.site, pages.phone


def fill_question(page, question):
    page.check("input[name=ask-lives_in][value=BE]")
    page.check("input[name=ask-works_in][value=NL]")
    page.fill("#id_ask-question", question)
    page.fill("#id_ask-email", "anna@example.org")
    page.check("#id_ask-privacy_consent")


def test_ask_a_desk_a_question_without_javascript(site, phone):
    page = phone.new_page()
    page.goto(site + "/en/services/service-grensarbeid/")
    # No phone or current address known: the form comes before the locations.
    headings = page.locator("h2").all_inner_texts()
    assert headings.index("Ask a question") < headings.index("Locations and contact")
    fill_question(page, "Can I work in Aachen while I live in Maastricht?")
    page.get_by_role("button", name="Send your question").click()
    page.wait_for_url("**/en/services/service-grensarbeid/#main")

    message = page.locator(".messages").inner_text()
    reference = re.search(r"SGA-\d{4}-\d{5}", message).group(0)
    assert "Thank you, your question has been sent" in message
    enquiry = Enquiry.objects.get(reference=reference)
    assert (enquiry.language, enquiry.lives_in, enquiry.works_in) == ("en", "BE", "NL")
    assert [m.to for m in mail.outbox] == [["anna@example.org"]]  # the seed invents no inbox
    assert reference in mail.outbox[0].body


def test_the_contact_page_keeps_the_input_on_an_error_and_then_takes_the_question(site, phone):
    page = phone.new_page()
    page.goto(site + "/de/contact/")
    guide = page.locator("main").get_by_role("link", name=re.compile("Meine Situation"))
    assert guide.get_attribute("href") == "/de/my-situation/"
    fill_question(page, "Wo zahle ich Steuern?")
    page.fill("#id_ask-email", "keine-adresse")
    page.get_by_role("button", name="Frage senden").click()
    page.wait_for_load_state()
    assert page.locator("#error-summary").is_visible()
    assert page.input_value("#id_ask-question") == "Wo zahle ich Steuern?"

    page.select_option("#id_ask-desk", label="Grenzinfopunkt")
    page.fill("#id_ask-email", "anna@example.org")
    page.check("#id_ask-privacy_consent")
    page.get_by_role("button", name="Frage senden").click()
    page.wait_for_url("**/de/contact/#main")
    assert "Ihr Aktenzeichen ist GIP-" in page.locator(".messages").inner_text()


@pytest.mark.parametrize("path", ["/de/contact/", "/fr/services/talent-coalition/"])
def test_the_question_form_has_no_wcag_21_aa_violations_axe_can_find(site, browser, path):
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    page.goto(site + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    page.evaluate(AXE)
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
    )
    context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
