"""Questions as a conversation (issue 21): the question forms answer at the page's own address;
"answered" needs a reply and a handover note a desk; the visitor replies from their personal
link and the reply joins the same question, reopens it and tells the desk's staff."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from core.forms import form_token
from core.models import StaffEmail
from services.questions import retention, rules
from services.questions.models import Enquiry, EnquiryMessage
from tests.factories import make_desk, make_site_content

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
OTHER = {"nl": "de", "de": "fr", "en": "nl", "fr": "en"}


@pytest.fixture
def gip():
    make_site_content()
    return make_desk(slug="gip", reference_prefix="GIP", enquiry_email="inbox@gip.example")


def question_data(**fields):
    data = {
        "email": "anna@example.org",
        "lives_in": "NL",
        "works_in": "DE",
        "question": "Waar betaal ik belasting?",
        "privacy_consent": "on",
        "website": "",
    } | fields
    return {f"ask-{key}": value for key, value in data.items()} | {"rendered_at": form_token()}


def ask(desk, **fields):
    return rules.ask_question(
        desk=desk,
        email="anna@example.org",
        question="Ik woon in Kerkrade. Zie https://evil.example/x voor mijn situatie.",
        language=fields.pop("language", "en"),
        **fields,
    )


# --- Item 1: a failed submit answers at the page's own address --------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_failed_desk_page_question_answers_at_the_desk_page(client, gip, language):
    page = f"/{language}/services/gip/"
    response = client.post(page, question_data(email="not-an-address"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert f'<form method="post" action="{page}" novalidate ' in html  # no #ask: focus on top
    assert client.post(page, question_data(question="Waar?")).status_code == 302
    # The page to reload, or to switch to another language: never a 405.
    assert client.get(page).status_code == 200
    assert client.get(f"/{OTHER[language]}/services/gip/").status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_failed_contact_page_question_answers_at_the_contact_page(client, gip, language):
    page = f"/{language}/contact/"
    response = client.post(page, question_data(desk=str(gip.pk), email="not-an-address"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="error-summary"' in html and "#ask" not in html
    assert f'<form method="post" action="{page}" novalidate ' in html
    assert client.get(f"/{OTHER[language]}/contact/").status_code == 200


def test_the_old_ask_address_redirects_a_get_and_still_takes_a_post(client, gip):
    response = client.get("/de/services/gip/ask/")
    assert (response.status_code, response["Location"]) == (302, "/de/services/gip/")
    assert client.head("/fr/services/gip/ask/")["Location"] == "/fr/services/gip/"
    # A page loaded before the change still posts here: the question is taken.
    response = client.post("/nl/services/gip/ask/", question_data())
    assert response.status_code == 302 and Enquiry.objects.count() == 1
    assert client.post("/nl/services/gip/ask/", question_data(email="x")).status_code == 400


def test_a_post_to_the_desk_page_of_an_unknown_desk_is_404(client, gip):
    assert client.post("/nl/services/nope/", question_data()).status_code == 404


# --- Item 10: answered needs a reply; a handover note needs a desk ----------------------------


def test_answered_needs_a_reply_to_the_visitors_last_message(gip):
    enquiry = ask(gip)
    with pytest.raises(rules.NotAnsweredYet):
        rules.set_status(enquiry=enquiry, status="answered")
    rules.reply(enquiry=enquiry, text="Dear Anna, in Germany.")
    rules.set_status(enquiry=enquiry, status="in_progress")
    rules.set_status(enquiry=enquiry, status="answered")  # the reply answers it
    rules.visitor_reply(enquiry=enquiry, text="And my pension?")
    with pytest.raises(rules.NotAnsweredYet):  # the visitor's reply has no answer yet
        rules.set_status(enquiry=enquiry, status="answered")


def change(staff_client, enquiry, **fields):
    data = {"status": enquiry.status, "reply": "", "hand_over_to": "", "handover_note": ""}
    return staff_client.post(
        f"/admin/services/enquiry/{enquiry.pk}/change/", data | {"note": ""} | fields
    )


def test_the_admin_refuses_answered_without_a_reply_and_keeps_what_was_typed(gip, staff_client):
    enquiry = ask(gip)
    response = change(staff_client, enquiry, status="answered", note="Called her back")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Een vraag telt als beantwoord zodra er een antwoord is" in html
    assert "Called her back" in html  # kept
    enquiry.refresh_from_db()
    assert enquiry.status == "new" and not enquiry.messages.exists()
    # With the reply in the same save, it is answered.
    response = change(staff_client, enquiry, status="answered", reply="Dear Anna, yes.")
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.status == "answered"


def test_staff_who_have_not_seen_the_visitors_new_reply_are_told_and_keep_their_text(
    gip, staff_client
):
    """The visitor replies while staff write: sending or closing is refused until they have seen
    it (the form says so, with the text kept); the rule refuses too, under the question's lock."""
    enquiry = ask(gip)
    shown = staff_client.get(f"/admin/services/enquiry/{enquiry.pk}/change/")
    seen = shown.context["adminform"].form["seen"].value()
    assert seen == 0
    rules.visitor_reply(enquiry=enquiry, text="Ik werk ook twee dagen in België.")
    response = change(staff_client, enquiry, status="closed", reply="Dear Anna, yes.", seen=seen)
    assert response.status_code == 200
    html = response.content.decode()
    assert "De bezoeker antwoordde terwijl u aan de vraag werkte" in html
    assert "Dear Anna, yes." in html  # kept
    enquiry.refresh_from_db()
    assert enquiry.status == "new" and not enquiry.messages.filter(kind="reply").exists()
    with pytest.raises(rules.VisitorRepliedMeanwhile):
        rules.reply(enquiry=enquiry, text="Dear Anna, yes.", seen=seen)
    with pytest.raises(rules.VisitorRepliedMeanwhile):
        rules.set_status(enquiry=enquiry, status="closed", seen=seen)
    # Sent again from that page (which now knows the reply): it goes through.
    newest = response.context["adminform"].form["seen"].value()
    response = change(staff_client, enquiry, reply="Dear Anna, then also in Belgium.", seen=newest)
    assert response.status_code == 302
    assert enquiry.messages.filter(kind="reply").count() == 1


def test_a_handover_note_without_a_desk_is_refused_not_dropped(gip, staff_client):
    enquiry = ask(gip)
    response = change(staff_client, enquiry, handover_note="For the Expat Centre")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kies het loket waaraan u de vraag overdraagt" in html
    assert "For the Expat Centre" in html
    assert not enquiry.messages.exists()


def test_a_handover_tells_the_new_desks_staff_where_it_came_from(
    gip, django_user_model, django_capture_on_commit_callbacks
):
    ecmr = make_desk(slug="ecmr", name_nl="Expat Centre")
    worker = django_user_model.objects.create_user("w", "w@ecmr.example", is_staff=True)
    ecmr.staff.add(worker)
    enquiry = ask(gip)
    with django_capture_on_commit_callbacks(execute=True):
        rules.hand_over(enquiry=enquiry, to_desk=ecmr, note="IND")
    notice = StaffEmail.objects.get(to="w@ecmr.example")
    assert notice.kind == "enquiry_handed_over"
    assert "heeft een vraag overgedragen aan Expat Centre" in notice.body
    assert enquiry.reference in notice.subject and "IND" not in notice.body


# --- Item 10: the reply e-mail and the visitor's reply ---------------------------------------


def test_the_reply_quotes_the_question_with_its_links_made_unclickable(
    gip, django_capture_on_commit_callbacks
):
    enquiry = ask(gip)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        rules.reply(enquiry=enquiry, text="Dear Anna,\n\nin Germany.\n\nBea")
    [sent] = mail.outbox
    assert "> Ik woon in Kerkrade. Zie hxxps[:]//evil[.]example/x voor mijn situatie." in sent.body
    assert "https://evil.example" not in sent.body
    assert sent.body.count("Dear Anna,") == 1 and "Hello," not in sent.body


def reply_data(text, **fields):
    return {"reply-text": text, "reply-website": "", "rendered_at": form_token()} | fields


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_visitor_replies_from_their_page_and_the_case_reopens(
    client, gip, language, django_capture_on_commit_callbacks
):
    enquiry = ask(gip, language=language)
    rules.reply(enquiry=enquiry, text="Dear Anna, <b>in Germany</b>.")
    rules.set_status(enquiry=enquiry, status="closed")
    page = f"/{language}/question/{enquiry.token}/"

    response = client.get(page)
    assert response.status_code == 200
    html = response.content.decode()
    assert enquiry.reference in html and "&lt;b&gt;in Germany&lt;/b&gt;" in html
    assert "evil" in html and '<a href="https://evil' not in html
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page, reply_data("And what about my pension?"))
    assert (response.status_code, response["Location"]) == (302, f"{page}#main")
    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.closed_at) == ("new", None)  # open again: no retention clock
    last = enquiry.messages.last()
    assert (last.kind, last.text) == (EnquiryMessage.Kind.VISITOR, "And what about my pension?")
    assert [m.to for m in mail.outbox] == [["inbox@gip.example"]]  # staff told, in Dutch
    assert "De bezoeker heeft gereageerd" in mail.outbox[0].body
    assert "pension" not in mail.outbox[0].body  # the text stays in the portal
    shown = client.get(page).content.decode()
    assert "And what about my pension?" in shown


def test_a_failed_reply_answers_at_the_page_and_keeps_the_text(client, gip):
    enquiry = ask(gip)
    page = f"/en/question/{enquiry.token}/"
    response = client.post(page, reply_data("x" * 5001))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="error-summary"' in html and "x" * 5001 in html
    assert f'action="{page}"' in html
    assert client.get(f"/de/question/{enquiry.token}/").status_code == 200
    assert client.post(page, reply_data("   ")).status_code == 400
    assert not enquiry.messages.exists()


def test_staff_see_the_visitors_reply_in_the_thread_as_text(gip, staff_client):
    enquiry = ask(gip)
    rules.visitor_reply(enquiry=enquiry, text="Line one\n<script>x</script>")
    html = staff_client.get(f"/admin/services/enquiry/{enquiry.pk}/change/").content.decode()
    assert "reactie van de bezoeker" in html
    assert "<p>Line one<br>&lt;script&gt;x&lt;/script&gt;</p>" in html


def test_an_unknown_or_purged_link_leads_nowhere(client, gip):
    assert client.get("/en/question/" + "A" * 43 + "/").status_code == 404
    enquiry = ask(gip)
    rules.visitor_reply(enquiry=enquiry, text="My pension, Anna Jansen")
    rules.set_status(
        enquiry=enquiry, status="closed", now=timezone.now() - datetime.timedelta(days=400)
    )
    page = f"/en/question/{enquiry.token}/"
    assert retention.purge_enquiries(months=12).enquiries == 1
    enquiry.refresh_from_db()
    assert enquiry.token and enquiry.token not in page
    assert set(enquiry.messages.values_list("text", flat=True)) == {""}
    assert client.get(page).status_code == 404
    with pytest.raises(rules.EnquiryPurged):
        rules.visitor_reply(enquiry=enquiry, text="Still there?")
