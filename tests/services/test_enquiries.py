"""Asking a desk a question: the form on the desk page and the contact page in four languages,
its guards, the e-mails (acknowledgement, desk notice, reply, handover), and the references."""

import datetime
import io
import re
import smtplib

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from core.forms import form_token
from core.models import RateLimitCounter, StaffEmail
from services.questions import rules
from services.questions.models import Enquiry, EnquiryMessage
from tests.factories import make_desk, make_faq, make_location, make_site_content, make_topic

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
QUESTION = "Ik woon in Kerkrade en werk in Aken: waar betaal ik belasting? <b>dringend</b>"
NAME = "Anna Jansen-Özdemir"
REFERENCE = re.compile(r"^GIP-\d{4}-\d{5}$")


@pytest.fixture
def gip():
    make_site_content()
    desk = make_desk(
        slug="gip",
        reference_prefix="GIP",
        enquiry_email="inbox@gip.example",
        reply_time_nl="binnen vijf werkdagen",
        reply_time_de="innerhalb von fünf Werktagen",
        reply_time_en="within five working days",
        reply_time_fr="dans les cinq jours ouvrables",
    )
    make_faq(desk, make_topic(slug="tax"))
    return desk


def form_data(**fields):
    data = {
        "email": "anna@example.org",
        "name": NAME,
        "lives_in": "NL",
        "works_in": "DE",
        "topic": "",
        "question": QUESTION,
        "privacy_consent": "on",
        "website": "",
    } | fields
    return {f"ask-{key}": value for key, value in data.items()} | {"rendered_at": form_token()}


def ask(client, language="nl", slug="gip", capture=None, **fields):
    url = f"/{language}/services/{slug}/"  # the form posts to the desk page itself
    if capture is None:
        return client.post(url, form_data(**fields))
    with capture(execute=True):
        return client.post(url, form_data(**fields))


# --- The form ------------------------------------------------------------------------------

ACKNOWLEDGED = {
    "nl": ("Bedankt, uw vraag is verstuurd", "binnen vijf werkdagen", "Uw kenmerk"),
    "de": (
        "Vielen Dank, Ihre Frage wurde gesendet",
        "innerhalb von fünf Werktagen",
        "Ihr Aktenzeichen",
    ),
    "en": ("Thank you, your question has been sent", "within five working days", "Your reference"),
    "fr": (
        "Merci, votre question a été envoyée",
        "dans les cinq jours ouvrables",
        "Votre référence",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_is_stored_and_acknowledged_in_the_visitors_language(
    client, gip, language, django_capture_on_commit_callbacks
):
    response = ask(client, language, capture=django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/services/gip/#main"
    enquiry = Enquiry.objects.get()
    assert REFERENCE.match(enquiry.reference)
    assert (enquiry.language, enquiry.status, enquiry.desk) == (language, "new", gip)
    assert (enquiry.email, enquiry.name, enquiry.question) == ("anna@example.org", NAME, QUESTION)
    assert (enquiry.lives_in, enquiry.works_in) == ("NL", "DE")
    assert enquiry.privacy_consent_at is not None
    thanks, reply_time, reference_label = ACKNOWLEDGED[language]
    page = client.get(response["Location"]).content.decode()
    assert thanks in page and enquiry.reference in page

    acknowledgement, notice = sorted(
        mail.outbox, key=lambda message: message.to != ["anna@example.org"]
    )
    assert acknowledgement.to == ["anna@example.org"]
    assert enquiry.reference in acknowledgement.subject
    assert f"{reference_label}: {enquiry.reference}" in acknowledgement.body
    assert reply_time in acknowledgement.body
    # None of what the visitor typed: not the question, not a part of it, not their name.
    for typed in [QUESTION, "Kerkrade", "dringend", NAME, "Anna"]:
        assert typed not in acknowledgement.body
        assert typed not in acknowledgement.subject
    assert notice.to == ["inbox@gip.example"]
    assert enquiry.reference in notice.body
    assert f"/admin/services/enquiry/{enquiry.pk}/change/" in notice.body
    assert "Kerkrade" not in notice.body and NAME not in notice.body


BAD_INPUT = {
    "nl": ("Vul uw e-mailadres in, in de vorm naam@voorbeeld.nl.", "Er is een probleem"),
    "de": (
        "Geben Sie Ihre E-Mail-Adresse in der Form name@beispiel.de ein.",
        "Es gibt ein Problem",
    ),
    "en": ("Enter your e-mail address in the form name@example.org.", "There is a problem"),
    "fr": ("Saisissez votre adresse e-mail sous la forme nom@exemple.fr.", "Il y a un problème"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_bad_input_is_explained_in_the_visitors_language_and_nothing_typed_is_lost(
    client, gip, language
):
    response = ask(client, language, email="", privacy_consent="")

    assert response.status_code == 400
    html = response.content.decode()
    required, check = BAD_INPUT[language]
    assert required in html and check in html
    assert "Kerkrade en werk in Aken" in html  # the question is still there
    assert "Jansen-Özdemir" in html
    assert not Enquiry.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_over_5000_characters_is_refused_with_the_limit_and_kept(client, gip, language):
    response = ask(client, language, question="x" * 5001)

    assert response.status_code == 400
    html = response.content.decode()
    assert "5000" in html or "5.000" in html or "5,000" in html or "5 000" in html
    assert "x" * 5001 in html
    assert not Enquiry.objects.exists()


def test_a_question_of_exactly_5000_characters_is_accepted(client, gip):
    assert ask(client, question="y" * 5000).status_code == 302
    assert len(Enquiry.objects.get().question) == 5000


def test_only_spaces_is_not_a_question(client, gip):
    assert ask(client, question="   ").status_code == 400


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unknown_choice_is_a_400_not_a_500(client, gip, language):
    response = ask(client, language, lives_in="XX", topic="999999")
    assert response.status_code == 400
    assert not Enquiry.objects.exists()


def test_the_honeypot_refuses_a_bot(client, gip):
    assert ask(client, website="http://spam.example").status_code == 400
    assert not Enquiry.objects.exists()


def test_a_form_sent_back_too_quickly_is_refused(client, gip, settings):
    settings.FORM_MIN_SECONDS = 60
    response = ask(client, "en")
    assert response.status_code == 400
    assert "We could not accept the form." in response.content.decode()
    assert not Enquiry.objects.exists()


def test_a_missing_fill_in_token_is_refused(client, gip):
    data = form_data()
    del data["rendered_at"]
    assert client.post("/nl/services/gip/", data).status_code == 400


def test_the_rate_limit_refuses_with_429_and_keeps_the_text(client, gip, settings):
    settings.ENQUIRY_RATE_LIMIT = "2/h"
    assert ask(client).status_code == 302
    assert ask(client).status_code == 302
    response = ask(client, "de")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Zu viele Fragen" in html
    assert "Kerkrade en werk in Aken" in html
    assert Enquiry.objects.count() == 2
    assert RateLimitCounter.objects.filter(key__startswith="ask_question:").exists()


def test_an_unpublished_desk_takes_no_questions(client, gip):
    gip.is_published = False
    gip.save()
    assert ask(client).status_code == 404
    with pytest.raises(rules.DeskNotAvailable):
        rules.ask_question(desk=gip, email="a@example.org", question="?", language="nl")


def test_the_topic_choices_are_the_desks_topics(client, gip):
    other = make_topic(slug="other-desks-topic")
    make_faq(make_desk(), other)
    html = client.get("/en/services/gip/").content.decode()
    assert "Topic " in html and "[en]" in html
    form = re.search(r'<select name="ask-topic".*?</select>', html, re.S).group(0)
    assert f'value="{gip.faqs.get().topic_id}"' in form
    assert f'value="{other.pk}"' not in form
    assert ask(client, topic=str(other.pk)).status_code == 400


def test_the_desks_topics_are_read_without_compiling_their_query_again(gip, compiles):
    """The question form on a desk's page reads the desk's topics with SQL compiled once
    (core.prepared), with each call's desk."""
    from django.utils import translation

    from services.desks.models import Topic
    from services.questions.forms import EnquiryForm

    other = make_desk(slug="other")
    make_faq(other, other_topic := make_topic(slug="other-topic"))
    with translation.override("nl"):
        EnquiryForm(desk=gip).markup_key()  # compiled (and checked) here
        compiles.clear()
        _desk, (topics,), _initial = EnquiryForm(desk=other).markup_key()
    assert Topic not in [query.model for query in compiles]
    assert [value for value, _label in topics] == ["", str(other_topic.pk)]


def test_an_unbound_form_on_a_desks_page_builds_no_query(gip):
    """On a desk's page the form offers the copy of its desk's prepared topics as it is: no
    filter is built (the field's own `.all()` of it would build the query anew, and the
    contact page's topics are not needed there)."""
    from unittest import mock

    from django.db.models.sql.query import Query
    from django.utils import translation

    from services.questions.forms import EnquiryForm

    with translation.override("nl"):
        EnquiryForm(desk=gip).markup_key()  # prepared (and checked) here
        with mock.patch.object(Query, "build_filter", wraps=Query.build_filter) as built:
            form = EnquiryForm(desk=gip)
            _desk, (topics,), _initial = form.markup_key()
    assert built.call_count == 0
    assert [value for value, _label in topics] == ["", str(gip.faqs.get().topic_id)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_made_once_is_the_form_crispy_makes_and_follows_the_desks_topics(
    client, gip, language
):
    """The unbound question form's markup is made once per desk, choices and language
    (core.templatetags.core.crispy_markup): it is what {% crispy %} makes, and a new topic on
    the desk is offered at once."""
    from crispy_forms.utils import render_crispy_form
    from django.utils import translation

    from services.questions.forms import EnquiryForm

    def form_markup():
        html = client.get(f"/{language}/services/gip/").text
        section = html[html.index('<section aria-labelledby="ask-heading"') :]
        return section[: section.index("</section>")]

    for _ in range(2):  # made, then reused
        with translation.override(language):
            expected = render_crispy_form(EnquiryForm(desk=gip))
        assert expected.strip() in form_markup()
    new = make_topic(slug="new-topic")
    make_faq(gip, new)
    assert f'value="{new.pk}"' in form_markup()


# --- The desk without an inbox -----------------------------------------------------------------


def test_a_desk_without_inbox_tells_its_staff_at_their_own_addresses(
    client, gip, django_capture_on_commit_callbacks, django_user_model
):
    gip.enquiry_email = ""
    gip.save()
    worker = django_user_model.objects.create_user("worker", "bea@gip.example", is_staff=True)
    gip.staff.add(worker)
    django_user_model.objects.create_user(
        "gone", "gone@gip.example", is_staff=True, is_active=False
    )
    gip.staff.add(django_user_model.objects.get(username="gone"))

    assert ask(client, capture=django_capture_on_commit_callbacks).status_code == 302

    enquiry = Enquiry.objects.get()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "anna@example.org",
        "bea@gip.example",
    ]
    [notice] = StaffEmail.objects.all()
    assert notice.sent_at and enquiry.reference in notice.subject
    assert "lid van de medewerkers van het loket" in notice.body  # why they get it, in Dutch
    assert QUESTION not in notice.body and NAME not in notice.body


def test_a_desk_without_inbox_or_staff_tells_whoever_handles_every_desk(
    client, gip, django_capture_on_commit_callbacks, django_user_model
):
    gip.enquiry_email = ""
    gip.save()
    coordinator = django_user_model.objects.create_user("co", "co@portal.example", is_staff=True)
    coordinator.user_permissions.add(Permission.objects.get(codename="handle_all_desks"))
    django_user_model.objects.create_user("other", "other@portal.example", is_staff=True)

    assert ask(client, capture=django_capture_on_commit_callbacks).status_code == 302

    assert sorted(message.to[0] for message in mail.outbox) == [
        "anna@example.org",
        "co@portal.example",
    ]


def test_when_nobody_can_be_told_the_question_waits_in_the_admin_which_says_so(
    client, gip, django_capture_on_commit_callbacks, staff_client, caplog
):
    gip.enquiry_email = ""
    gip.save()
    # staff_client's user has no address and no "handle all desks": nobody to tell.
    assert ask(client, capture=django_capture_on_commit_callbacks).status_code == 302

    enquiry = Enquiry.objects.get()
    assert [message.to for message in mail.outbox] == [["anna@example.org"]]
    assert f"Nobody to tell of question {enquiry.reference}" in caplog.text
    html = staff_client.get("/admin/services/enquiry/").content.decode()
    assert enquiry.reference in html
    assert "Niemand krijgt bericht van nieuwe vragen" in html
    assert str(gip) in html


def test_the_admin_does_not_warn_when_every_desk_has_an_inbox(gip, staff_client):
    html = staff_client.get("/admin/services/enquiry/").content.decode()
    assert "Niemand krijgt bericht" not in html


# --- References ------------------------------------------------------------------------------


def test_references_count_up_per_year_with_the_desks_prefix(gip):
    other = make_desk(reference_prefix="ECMR")
    first = rules.ask_question(desk=gip, email="a@example.org", question="?", language="nl")
    second = rules.ask_question(desk=other, email="b@example.org", question="?", language="en")
    year = first.created_at.year
    number = int(first.reference.rsplit("-", 1)[1])
    assert second.reference == f"ECMR-{year}-{number + 1:05d}"


def test_a_new_year_starts_again_at_one(gip):

    last_year = timezone.now() - datetime.timedelta(days=366)
    rules.ask_question(desk=gip, email="a@example.org", question="?", language="nl", now=last_year)
    rules.ask_question(desk=gip, email="a@example.org", question="?", language="nl", now=last_year)
    this_year = rules.ask_question(desk=gip, email="b@example.org", question="?", language="nl")
    assert this_year.reference == f"GIP-{this_year.created_at.year}-00001"


# --- Replies and handovers -------------------------------------------------------------------


@pytest.fixture
def question(gip, django_capture_on_commit_callbacks):
    def make(language="nl", desk=None):
        with django_capture_on_commit_callbacks(execute=True):
            return rules.ask_question(
                desk=desk or gip,
                email="anna@example.org",
                name=NAME,
                question=QUESTION,
                language=language,
            )

    return make


REPLY = "Sie zahlen in Deutschland Lohnsteuer.\n\n<a href='x'>Siehe</a> & mehr."
GREETING_AND_CLOSING = {
    "nl": ("Beste meneer, mevrouw,", "Met vriendelijke groet,"),
    "de": ("Guten Tag,", "Mit freundlichen Grüßen"),
    "en": ("Hello,", "Kind regards,"),
    "fr": ("Bonjour,", "Cordialement,"),
}
REPLIED = {
    "nl": "heeft uw vraag beantwoord",
    "de": "hat Ihre Frage beantwortet",
    "en": "has answered your question",
    "fr": "a répondu à votre question",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_reply_goes_out_in_the_visitors_language_and_stays_in_the_thread(
    gip, question, staff_client, language, django_capture_on_commit_callbacks
):
    enquiry = question(language)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            f"/admin/services/enquiry/{enquiry.pk}/change/",
            {"status": "new", "reply": REPLY, "hand_over_to": "", "handover_note": "", "note": ""},
        )
    assert response.status_code == 302, response.content.decode()[:2000]

    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.ANSWERED and enquiry.answered_at
    message = enquiry.messages.get()
    assert (message.kind, message.text) == (EnquiryMessage.Kind.REPLY, REPLY)
    [sent] = mail.outbox
    assert sent.to == ["anna@example.org"]
    assert enquiry.reference in sent.subject
    assert REPLIED[language] in sent.body
    assert REPLY in sent.body  # as written: plain text, not escaped, not marked up
    assert sent.content_subtype == "plain" and not getattr(sent, "alternatives", None)
    # Staff write the greeting and closing themselves: the e-mail adds neither.
    assert not any(words in sent.body for words in GREETING_AND_CLOSING[language])
    assert f"\n> {QUESTION}\n" in sent.body  # the question, quoted
    assert f"http://127.0.0.1:8000/{language}/question/{enquiry.token}/" in sent.body
    thread = staff_client.get(f"/admin/services/enquiry/{enquiry.pk}/change/").content.decode()
    assert "Sie zahlen in Deutschland Lohnsteuer." in thread
    assert "&lt;a href=" in thread  # the thread shows it escaped


def test_a_closed_question_cannot_be_answered_until_reopened(gip, question):
    enquiry = question()
    rules.set_status(enquiry=enquiry, status="closed")
    with pytest.raises(rules.EnquiryClosed):
        rules.reply(enquiry=enquiry, text="Antwoord")
    rules.set_status(enquiry=enquiry, status="in_progress")
    enquiry.refresh_from_db()
    assert enquiry.closed_at is None
    rules.reply(enquiry=enquiry, text="Antwoord")


def test_an_empty_reply_is_refused(gip, question):
    with pytest.raises(rules.EmptyReply):
        rules.reply(enquiry=question(), text="  \n ")


HANDED_OVER = {
    "nl": "wordt nu behandeld door Expat",
    "de": "wird jetzt von Expat",
    "en": "is now handled by Expat",
    "fr": "est désormais traitée par Expat",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_handover_tells_the_visitor_the_new_desk_and_notifies_its_inbox(
    gip, question, staff_client, language, django_capture_on_commit_callbacks
):
    ecmr = make_desk(
        enquiry_email="inbox@ecmr.example",
        name_nl="Expat Centre NL",
        name_de="Expat Centre DE",
        name_en="Expat Centre EN",
        name_fr="Expat Centre FR",
    )
    enquiry = question(language)
    rules.set_status(enquiry=enquiry, status="in_progress")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            f"/admin/services/enquiry/{enquiry.pk}/change/",
            {
                "status": "in_progress",
                "reply": "",
                "hand_over_to": str(ecmr.pk),
                "handover_note": "Gaat over de IND-afspraak.",
                "note": "",
            },
        )
    assert response.status_code == 302

    enquiry.refresh_from_db()
    assert enquiry.desk == ecmr and enquiry.status == Enquiry.Status.NEW
    assert enquiry.question == QUESTION  # not asked again
    handover = enquiry.messages.get()
    assert (handover.from_desk, handover.to_desk) == (gip, ecmr)
    assert handover.text == "Gaat over de IND-afspraak."
    to_visitor = [m for m in mail.outbox if m.to == ["anna@example.org"]]
    to_inbox = [m for m in mail.outbox if m.to == ["inbox@ecmr.example"]]
    assert len(to_visitor) == 1 and len(to_inbox) == 1
    assert HANDED_OVER[language] in to_visitor[0].body
    assert f"Expat Centre {language.upper()}" in to_visitor[0].body
    assert "IND-afspraak" not in to_visitor[0].body  # the note is for staff only
    assert enquiry.reference in to_inbox[0].body


def test_a_question_cannot_be_handed_to_its_own_desk_or_an_unpublished_one(gip, question):
    enquiry = question()
    with pytest.raises(rules.SameDesk):
        rules.hand_over(enquiry=enquiry, to_desk=gip)
    with pytest.raises(rules.DeskNotAvailable):
        rules.hand_over(enquiry=enquiry, to_desk=make_desk(is_published=False))
    enquiry.refresh_from_db()
    assert enquiry.desk == gip and not enquiry.messages.exists()


def test_internal_notes_send_nothing(gip, question):
    enquiry = question()
    mail.outbox.clear()
    rules.add_note(enquiry=enquiry, text="Bellen na overleg")
    assert enquiry.messages.get().kind == EnquiryMessage.Kind.NOTE
    assert mail.outbox == []


def test_a_refused_rule_in_the_admin_saves_nothing_and_says_why(gip, question, staff_client):
    enquiry = question()
    response = staff_client.post(
        f"/admin/services/enquiry/{enquiry.pk}/change/",
        {"status": "new", "reply": "", "hand_over_to": "", "handover_note": "", "note": "Notitie"},
        follow=False,
    )
    assert response.status_code == 302
    rules.set_status(enquiry=enquiry, status="closed")
    response = staff_client.post(
        f"/admin/services/enquiry/{enquiry.pk}/change/",
        {
            "status": "closed",
            "reply": "Antwoord",
            "hand_over_to": "",
            "handover_note": "",
            "note": "",
        },
        follow=True,
    )
    assert "Er is niets opgeslagen: De vraag is gesloten." in response.content.decode()
    assert not enquiry.messages.filter(kind="reply").exists()
    assert enquiry.messages.filter(kind="note").count() == 1


# --- The desk page and the contact page ---------------------------------------------------------


def test_a_desk_without_known_phone_or_address_leads_with_the_question_form(client, gip):
    make_location(gip, phone="", email="")
    html = client.get("/en/services/gip/").content.decode()
    assert html.index('id="ask-heading"') < html.index('id="locations-heading"')


def test_a_desk_with_phone_and_address_leads_with_its_contact_details(client, gip):
    make_location(gip, phone="+31 43 350 4040")
    html = client.get("/en/services/gip/").content.decode()
    assert html.index('id="locations-heading"') < html.index('id="ask-heading"')


CONTACT = {"nl": "Contact", "de": "Kontakt", "en": "Contact", "fr": "Contact"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_page_lists_the_desks_points_to_the_guide_and_takes_questions(
    client, gip, language, django_capture_on_commit_callbacks
):
    ecmr = make_desk(slug="ecmr", website="https://www.expatcentremaastrichtregion.nl")
    make_location(ecmr, phone="+31 43 350 4040", email="expatcentre@maastricht.nl")
    response = client.get(f"/{language}/contact/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{CONTACT[language]}</h1>" in html
    assert f"/{language}/my-situation/" in html
    assert (
        f'href="/{language}/services/gip/"' in html and f'href="/{language}/services/ecmr/"' in html
    )
    assert "tel:+31433504040" in html and "mailto:expatcentre@maastricht.nl" in html
    assert "https://www.expatcentremaastrichtregion.nl" in html
    assert 'name="ask-desk"' in html

    data = form_data(desk=str(ecmr.pk))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/{language}/contact/", data)
    assert response.status_code == 302 and response["Location"] == f"/{language}/contact/#main"
    enquiry = Enquiry.objects.get()
    assert enquiry.desk == ecmr and enquiry.language == language


def test_the_contact_form_needs_a_desk(client, gip):
    response = client.post("/en/contact/", form_data())
    assert response.status_code == 400
    assert "Kerkrade en werk in Aken" in response.content.decode()


@pytest.mark.parametrize("desks", [1, 6])
def test_the_contact_page_query_count_does_not_grow_with_the_desks(
    client, gip, desks, django_assert_max_num_queries
):
    for _n in range(desks):
        desk = make_desk()
        make_location(desk)
        make_location(desk)
    with django_assert_max_num_queries(4):
        assert client.get("/nl/contact/").status_code == 200


@pytest.mark.parametrize("topics", [1, 6])
def test_the_desk_page_query_count_does_not_grow_with_the_topics(
    client, gip, topics, django_assert_max_num_queries
):
    for _n in range(topics):
        make_faq(gip, make_topic())
    make_location(gip)
    # As in tests/services/test_queries.py: 9, with the news about the desk and its answers.
    with django_assert_max_num_queries(9):
        assert client.get("/nl/services/gip/").status_code == 200


def test_a_mail_outage_delays_the_acknowledgement_and_never_loses_the_question(
    client, gip, mail_server, django_capture_on_commit_callbacks
):
    mail_server.down(smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    assert ask(client, capture=django_capture_on_commit_callbacks).status_code == 302
    enquiry = Enquiry.objects.get()
    assert set(enquiry.emails.values_list("sent_at", flat=True)) == {None}
    assert "SMTPServerDisconnected" in enquiry.emails.first().last_error

    mail_server.up()
    call_command("send_pending_emails", "--all", stdout=io.StringIO())
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.org", "inbox@gip.example"]
