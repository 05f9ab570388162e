"""Keyboard only, zoomed in, in another language (issue 13), in a real browser:

- registration, correcting one's details and cancelling (with its confirmation page), asking a
  desk a question and booking a consultation, each completed
  end to end with the keyboard alone, in four languages (tests/browser/keyboard.py, which other
  forms use too);
- at 320 px wide and at 200 % zoom nothing scrolls sideways and nothing is cut off;
- a browser set to a language we do not have gets English, and the switcher's choice wins.
"""

import pytest
from django.utils import translation

from conferences.models import Registration
from tests.browser.keyboard import activate_by_keyboard, complete_form_by_keyboard

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["nl", "de", "en", "fr"]
DEMO = "/{language}/conferences/demo-registration/"


def text(language, message):
    with translation.override(language):
        return translation.gettext(message)


REGISTRATION = {
    "name": "Anna de Vries",
    "email": "anna@example.org",
    "phone": "+31 43 123 4567",
    "organisation": "Brightlands",
    "organisation_kind": "campus",
    "job_title": "HR manager",
    "privacy_consent": True,
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_register_correct_and_cancel_by_keyboard_only(site, browser, language):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site + DEMO.format(language=language))
    reached = complete_form_by_keyboard(page, REGISTRATION, submit=text(language, "Register"))
    assert "website" not in reached  # the honeypot is out of the keyboard's way
    registration = Registration.objects.get(email="anna@example.org")
    assert registration.status == "confirmed" and registration.organisation_kind == "campus"
    assert registration.phone == "+31 43 123 4567"

    # After registering, the personal page (by its link; the e-mail carries it too).
    page.goto(site + registration.get_absolute_url().replace("/nl/", f"/{language}/"))
    activate_by_keyboard(page, text(language, "Correct your details"))
    complete_form_by_keyboard(
        page, {"organisation": "Chemelot"}, submit=text(language, "Save my details")
    )
    assert Registration.objects.get(pk=registration.pk).organisation == "Chemelot"

    activate_by_keyboard(page, text(language, "Cancel my registration"))
    assert page.url.endswith("/cancel/")
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"  # asked first
    activate_by_keyboard(page, text(language, "Yes, cancel my registration"))
    assert Registration.objects.get(pk=registration.pk).status == "cancelled"
    context.close()


def test_a_failed_submit_by_keyboard_can_be_corrected_by_keyboard(site, browser):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(site + DEMO.format(language="en"))
    complete_form_by_keyboard(page, {"email": "anna"}, submit="Register")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    answers = REGISTRATION | {"email": "anna@example.org"}
    complete_form_by_keyboard(page, answers, submit="Register")
    assert Registration.objects.filter(email="anna@example.org").exists()
    page.close()


# --- Reflow: 320 px, and 200 % zoom of a 1280 px window ---------------------------------------

VIEWPORTS = {
    "320px": {"viewport": {"width": 320, "height": 640}},
    "zoom-200": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}
REFLOW_PAGES = [
    "/nl/",
    "/de/services/",
    "/en/services/grensinfopunt/",
    "/fr/topics/",
    "/nl/my-situation/?lives_in=BE&works_in=NL&role=employee",
    "/de/search/?q=steuer",
    "/en/conferences/demo-registration/",
    "/fr/about/",
    "/nl/accessibility/",
]
CUT_OFF = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;  // visually hidden text
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") continue;
    if (box.right <= 0) continue;  // parked off screen on purpose (the skip link until focused)
    if (box.right > width + 1 || box.left < -1) {
      out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + Math.round(box.left)
        + ".." + Math.round(box.right));
    }
  }
  return out.slice(0, 5);
}"""


def reflow_problems(page) -> list:
    width = page.evaluate("document.documentElement.scrollWidth")
    client = page.evaluate("document.documentElement.clientWidth")
    sideways = [f"scrolls sideways: {width} > {client}"] if width > client else []
    return sideways + page.evaluate(CUT_OFF)


@pytest.mark.parametrize("size", VIEWPORTS)
def test_main_pages_reflow_without_sideways_scrolling_or_cut_off_content(site, browser, size):
    context = browser.new_context(**VIEWPORTS[size])
    page = context.new_page()
    problems = {}
    for path in REFLOW_PAGES:
        page.goto(site + path)
        if found := reflow_problems(page):
            problems[path] = found
    context.close()
    assert problems == {}


@pytest.mark.parametrize("size", VIEWPORTS)
def test_confirmation_and_correction_pages_reflow(site, browser, size):
    from conferences import rules
    from conferences.models import Conference
    from tests.factories import registration_data

    conference = Conference.objects.get(slug="demo-registration")
    registration = rules.register(conference=conference, **registration_data())
    context = browser.new_context(**VIEWPORTS[size])
    page = context.new_page()
    problems = {}
    for language in LANGUAGES:
        base = registration.get_absolute_url().replace("/nl/", f"/{language}/")
        for path in [base, base + "cancel/", base + "details/"]:
            page.goto(site + path)
            assert page.locator("h1").count() == 1
            if found := reflow_problems(page):
                problems[path] = found
    context.close()
    assert problems == {}


# --- Language fallback ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("browser_locale", "expected"),
    [("pl-PL", "en"), ("es-ES", "en"), ("nl-NL", "nl"), ("de-DE", "de"), ("fr-BE", "fr")],
)
def test_the_browsers_language_picks_the_page_with_english_for_others(
    site, browser, browser_locale, expected
):
    context = browser.new_context(locale=browser_locale)
    page = context.new_page()
    page.goto(site + "/")
    assert page.url == f"{site}/{expected}/"
    assert page.locator("html").get_attribute("lang") == expected
    context.close()


def test_the_switchers_choice_beats_the_browsers_language(site, browser):
    context = browser.new_context(locale="pl-PL", java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    assert page.url == f"{site}/en/"
    switcher = page.get_by_role("navigation", name="Language", exact=True)
    switcher.get_by_role("link", name="Deutsch").click()
    page.wait_for_url("**/de/")
    page.goto(site + "/")
    assert page.url == f"{site}/de/"
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_ask_a_question_by_keyboard_only(site, browser, language):
    from services.questions.models import Enquiry

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + f"/{language}/services/grensinfopunt/")
    answers = {
        "ask-email": "anna@example.org",
        "ask-lives_in": "BE",
        "ask-works_in": "NL",
        "ask-question": "Where do I pay tax on my Dutch salary?",
        "ask-privacy_consent": True,
    }
    reached = complete_form_by_keyboard(page, answers, submit=text(language, "Send your question"))
    assert "ask-website" not in reached and "website" not in reached
    enquiry = Enquiry.objects.get(email="anna@example.org")
    assert (enquiry.lives_in, enquiry.works_in, enquiry.language) == ("BE", "NL", language)
    page.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_book_a_consultation_by_keyboard_only(site, browser, language):
    from services.booking.models import Appointment, ConsultationSlot

    slot = ConsultationSlot.objects.bookable().filter(location__desk__slug="grensinfopunt").first()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + f"/{language}/services/grensinfopunt/book/{slot.pk}/")
    # The demo times are by phone (the desk calls), in Dutch, German or English.
    answers = {
        "email": "anna@example.org",
        "name": "Anna de Vries",
        "phone": "+31 43 123 4567",
        "topic": "Tax",
        "conversation_language": "de",
    }
    reached = complete_form_by_keyboard(page, answers, submit=text(language, "Book this time"))
    assert "website" not in reached
    appointment = Appointment.objects.get(email="anna@example.org")
    assert appointment.slot == slot and appointment.language == language
    assert appointment.conversation_language == "de"
    page.close()
