"""Issue 21, item 1, in a real browser without JavaScript on a phone: after a failed submit of
every public form, the address in the browser can be opened again and the language switcher
leads to the same page in the other language, never to a 405 ("This page isn't working").

Each form is sent with a mistake; its answer must be the page with the error summary (400). Then
the address shown is opened again (what a reload does, without the browser's "send the form
again?"), and the switcher's "Deutsch" is followed: it must answer 200 with the German version
of the page the form is on.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}


@dataclass
class FailedSubmit:
    page: str  # the English page the form is on
    fill: dict  # selector: value, a mistake among them
    button: str  # the submit button's name
    # The page that answers (English): the form's own page with its error summary (400), or
    # for a refusal without a form to correct, the page the visitor is sent to (200).
    answers_at: str | None = None
    meanwhile: Callable[[], object] | None = None  # what happens between showing and sending


def registration():
    from conferences import rules
    from conferences.models import Conference
    from tests.factories import registration_data

    conference = Conference.objects.get(slug="demo-registration")
    return rules.register(conference=conference, **registration_data())


def personal(url):
    return url.replace("/nl/", "/en/", 1)


def appointment():
    from services.booking import rules
    from services.booking.models import ConsultationSlot
    from tests.factories import booking_data

    slots = ConsultationSlot.objects.bookable().filter(location__desk__slug="grensinfopunt")
    return rules.book(slot=slots.first(), **booking_data(phone="+31 43 123 4567"))  # by phone


def refused_cancel():
    """A cancel confirmation left open while the registration was cancelled in another tab: the
    refusal leads to the personal page, which says it is cancelled."""
    from conferences import rules

    registered = registration()
    page = personal(registered.get_absolute_url())
    return FailedSubmit(
        page + "cancel/",
        {},
        "Yes, cancel my registration",
        answers_at=page,
        meanwhile=lambda: rules.cancel(registration=registered),
    )


def bookable_slot_page():
    from services.booking.models import ConsultationSlot

    slot = ConsultationSlot.objects.bookable().filter(location__desk__slug="grensinfopunt").first()
    return f"/en/services/grensinfopunt/book/{slot.pk}/"


def alerts_with_a_topic_gone():
    """News alerts changed on their personal page while the topic ticked there was unpublished:
    the form comes back with its error, at the personal page's address."""
    from news import rules
    from services.desks.models import Topic

    subscription = rules.subscribe(
        email="anna@example.org", language="nl", topics=[Topic.objects.get(slug="tax")]
    )
    page = personal(rules.confirm(token=subscription.token).get_absolute_url())
    return FailedSubmit(
        page,
        {},
        "Save my choices",
        meanwhile=lambda: Topic.objects.filter(slug="tax").update(is_published=False),
    )


DEMO = "/en/conferences/demo-registration/"
FORMS = {
    "conference register": lambda: FailedSubmit(
        DEMO, {"#id_name": "Anna de Vries", "#id_email": "anna"}, "Register"
    ),
    "conference send my link": lambda: FailedSubmit(
        DEMO, {"#id_resend_email": "anna"}, "Send me my link"
    ),
    "group registration": lambda: FailedSubmit(
        DEMO + "colleagues/", {"#id_people-0-email": "anna"}, "Register these people"
    ),
    "correct details": lambda: FailedSubmit(
        personal(registration().get_absolute_url()) + "details/",
        {"#id_name": ""},
        "Save my details",
    ),
    "cancel, refused": refused_cancel,
    "desk page question": lambda: FailedSubmit(
        "/en/services/grensinfopunt/", {"#id_ask-email": "anna"}, "Send your question"
    ),
    "contact page question": lambda: FailedSubmit(
        "/en/contact/", {"#id_ask-email": "anna"}, "Send your question"
    ),
    "book a slot": lambda: FailedSubmit(
        bookable_slot_page(), {"#id_email": "anna", "#id_name": "Anna"}, "Book this time"
    ),
    "move an appointment": lambda: FailedSubmit(
        personal(appointment().get_absolute_url()), {}, "Move to this time"
    ),
    "subscribe to news alerts": lambda: FailedSubmit(
        "/en/alerts/", {"#id_email": "anna"}, "Subscribe"
    ),
    "change news alerts": alerts_with_a_topic_gone,
}


def without_fragment(url):
    return url.split("#", 1)[0]


@pytest.mark.parametrize("form", FORMS)
def test_after_a_failed_submit_the_address_reloads_and_the_language_switches(site, browser, form):
    submit = FORMS[form]()
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site + submit.page)
    for selector, value in submit.fill.items():
        page.fill(selector, value)
    if submit.meanwhile:
        submit.meanwhile()
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=submit.button, exact=True).click()
    answer = navigation.value
    answers_at = submit.answers_at or submit.page
    if submit.answers_at is None:
        assert answer.status == 400, answer.status
        assert page.locator("#error-summary").is_visible()
    else:
        assert answer.status == 200, answer.status
    # The form posted to the page's own address (or the refusal led to a page).
    failed_at = without_fragment(page.url)
    assert failed_at == site + answers_at

    switcher = page.get_by_role("navigation", name="Language", exact=True)
    with page.expect_navigation() as navigation:
        switcher.get_by_role("link", name="Deutsch").click()
    switched = navigation.value
    assert switched.status == 200, (page.url, switched.status)
    assert page.locator("html").get_attribute("lang") == "de"
    assert without_fragment(page.url) == site + re.sub(r"^/en/", "/de/", answers_at)
    assert page.locator("h1").count() == 1

    # A reload: the address the failed answer had, asked for again.
    again = page.goto(failed_at)
    assert again.status == 200, (failed_at, again.status)
    context.close()
