"""Asking a desk a question as a visitor's browser does it: on a phone, without JavaScript."""

import re

import pytest
from django.core import mail

from services.desks.models import ServiceDesk
from services.questions import rules
from services.questions.models import Enquiry
from tests.browser import test_pages_in_browser as pages
from tests.browser.submitting import submit
from tests.browser.test_pages_in_browser import AXE, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# The same JavaScript-free phone as the other browser tests (`site`: tests/browser/conftest.py).
phone = pages.phone


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
    submit(page.get_by_role("button", name="Frage senden"))
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


def test_the_visitor_replies_to_the_answer_and_the_reply_joins_the_case(
    site, phone, django_user_model
):
    """Issue 21: the answer's e-mail carries the visitor's personal link; their reply there joins
    the same question, reopens it and tells the desk's staff (the seed's desk has no inbox: its
    staff member, at her own address)."""
    bea = django_user_model.objects.create_user("bea", "bea@gip.example", is_staff=True)
    ServiceDesk.objects.get(slug="grensinfopunt").staff.add(bea)
    page = phone.new_page()
    page.goto(site + "/fr/services/grensinfopunt/")
    fill_question(page, "Où dois-je payer mes impôts ?")
    page.get_by_role("button", name="Envoyer votre question").click()
    page.wait_for_url("**/fr/services/grensinfopunt/#main")
    enquiry = Enquiry.objects.get()
    rules.reply(enquiry=enquiry, text="Bonjour Anna,\n\nAux Pays-Bas.\n\nBea")
    rules.set_status(enquiry=enquiry, status="closed")
    answer = mail.outbox[-1]
    link = re.search(r"http://\S+/fr/question/\S+/", answer.body).group(0)
    assert "> Où dois-je payer mes impôts ?" in answer.body
    mail.outbox.clear()

    page.goto(link.replace("http://127.0.0.1:8000", site))
    assert "Aux Pays-Bas." in page.locator("main").inner_text()
    submit(page.get_by_role("button", name="Envoyer votre réponse"))  # empty: an error, here
    assert page.locator("#error-summary").is_visible()
    page.fill("#id_reply-text", "Et pour ma pension ?")
    page.get_by_role("button", name="Envoyer votre réponse").click()
    page.wait_for_url("**/fr/question/*/#main")
    assert "Merci, votre réponse a été envoyée" in page.locator(".messages").inner_text()
    assert "Et pour ma pension ?" in page.locator("main").inner_text()

    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.closed_at) == ("new", None)
    kinds = list(enquiry.messages.values_list("kind", "text"))
    assert kinds[-1] == ("visitor", "Et pour ma pension ?")
    assert Enquiry.objects.count() == 1  # the same case, not a new one
    assert [m.to for m in mail.outbox] == [["bea@gip.example"]]
    assert [m.subject for m in mail.outbox] == [
        f"De bezoeker heeft gereageerd ({enquiry.reference}, Grensinfopunt)"
    ]
