"""Registering on the site: the form, its messages in the visitor's language, and its guards."""

import datetime
import re

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conferences.models import OutgoingEmail, Registration
from core.forms import form_token
from core.mailers import mailers_from_url
from core.models import RateLimitCounter
from tests.conferences.test_calendar import read
from tests.factories import make_conference, make_site_content

pytestmark = pytest.mark.django_db


@pytest.fixture
def conference():
    make_site_content()
    return make_conference(slug="geleen", capacity=2)


def form_data(**fields):
    return {
        "name": "Anna de Vries",
        "email": "anna@example.org",
        "organisation": "Brightlands",
        "organisation_kind": "campus",
        "job_title": "HR manager",
        "phone": "",
        "dietary_needs": "",
        "accessibility_needs": "",
        "privacy_consent": "on",
        "website": "",
        "rendered_at": form_token(),
    } | fields


def post(client, language="nl", **fields):
    """The registration form posts to the conference page itself."""
    return client.post(f"/{language}/conferences/geleen/", form_data(**fields))


def ask_for_link(client, email, **extra):
    """ "Lost your link?" posts to the conference page too, named by a hidden field."""
    data = {"form": "resend_link", "email": email}
    return client.post("/en/conferences/geleen/", data, **extra)


def test_conference_page_shows_programme_seats_and_form_in_each_language(client, conference):
    for language, word in [
        ("nl", "Aanmelden"),
        ("de", "Anmelden"),
        ("en", "Register"),
        ("fr", "inscri"),
    ]:
        response = client.get(f"/{language}/conferences/geleen/")
        html = response.content.decode()
        assert response.status_code == 200
        assert f"Welcome [{language}]" in html
        assert word in html
        assert 'name="rendered_at"' in html
        assert "private" in response["Cache-Control"]  # it carries a CSRF token


def test_registering_confirms_and_shows_the_personal_page(client, conference, mailoutbox):
    response = post(client, language="de")
    registration = Registration.objects.get()
    assert response.status_code == 303  # to a page without the token (finding 6)
    assert response["Location"] == "/de/conferences/geleen/check-your-email/"
    assert registration.language == "de"
    assert registration.status == "confirmed"
    assert "E-Mail" in client.get(response["Location"]).content.decode()
    page = client.get(registration.get_absolute_url())
    assert "Bestätigt" in page.content.decode()
    assert page["Referrer-Policy"] == "same-origin"
    # A personal page: never stored by a browser or a shared cache.
    assert "no-store" in page["Cache-Control"]
    assert "private" in page["Cache-Control"]


def test_when_full_the_form_says_so_and_registrants_are_waitlisted(client, conference):
    post(client, email="a@example.org")
    post(client, email="b@example.org")
    html = client.get("/en/conferences/geleen/").content.decode()
    assert "The conference is full" in html
    assert "Join the waiting list" in html
    post(client, language="en", email="c@example.org")
    registration = Registration.objects.get(email="c@example.org")
    page = client.get(registration.get_absolute_url()).content.decode()
    assert "waiting list" in page
    assert Registration.objects.get(email="c@example.org").status == "waitlisted"


def test_page_promises_no_seat_while_someone_waits_as_register_decides(client, conference):
    """Capacity 2, one confirmed, one waiting (after a cancellation and a capacity raise that
    bypassed the rules): a free seat exists, but the waiting registrant has the first claim."""
    from conferences.models import Conference

    for email in ["a@example.org", "b@example.org", "c@example.org"]:
        post(client, email=email)  # a and b confirmed, c waits
    Conference.objects.filter(pk=conference.pk).update(capacity=1)
    client.post(f"/nl/registration/{Registration.objects.get(email='a@example.org').token}/cancel/")
    Conference.objects.filter(pk=conference.pk).update(capacity=2)
    assert list(Registration.objects.active().values_list("email", "status")) == [
        ("b@example.org", "confirmed"),
        ("c@example.org", "waitlisted"),
    ]

    response = client.get("/en/conferences/geleen/")
    assert response.context["seats_left"] == 0
    html = response.content.decode()
    assert "The conference is full" in html and "Join the waiting list" in html
    assert "seat is still free" not in html
    post(client, language="en", email="d@example.org")
    assert Registration.objects.get(email="d@example.org").status == "waitlisted"


def test_bad_input_gets_messages_next_to_the_fields_and_keeps_what_was_typed(client, conference):
    response = post(client, language="fr", email="not-an-email", privacy_consent="", phone="abc")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="Anna de Vries"' in html
    assert 'value="Brightlands"' in html
    assert "adresse" in html.lower()  # French error for the e-mail address
    assert 'id="error-summary"' in html
    assert Registration.objects.count() == 0


def test_special_category_data_needs_explicit_consent(client, conference):
    response = post(client, language="en", dietary_needs="Vegetarian")
    assert response.status_code == 400
    assert "Vegetarian" in response.content.decode()
    assert post(client, dietary_needs="Vegetarian", special_data_consent="on").status_code == 303


def test_a_known_address_gets_the_same_answer_as_a_new_one_and_its_link_by_mail(
    client, conference, mailoutbox, django_capture_on_commit_callbacks
):
    """Finding 6: no 409 for a known address, no token in a Location header."""
    with django_capture_on_commit_callbacks(execute=True):
        new = post(client, language="en", email="anna@example.org")
    registration = Registration.objects.get()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        known = post(client, language="en", email="ANNA@example.org")
    assert new.status_code == known.status_code == 303
    assert new["Location"] == known["Location"]
    assert registration.token not in new["Location"]
    # Within one second: the page's feedback form carries the second it was shown.
    with time_machine.travel(timezone.now(), tick=False):
        assert client.get(new["Location"]).content == client.get(known["Location"]).content
    assert Registration.objects.count() == 1
    (message,) = mailoutbox
    assert message.to == ["anna@example.org"]
    assert registration.get_absolute_url() in message.body


def test_asking_for_a_link_reveals_nothing_about_unknown_addresses(
    client, conference, django_capture_on_commit_callbacks
):
    post(client, email="anna@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        known = ask_for_link(client, "anna@example.org")
        unknown = ask_for_link(client, "who@example.org")
    assert known.status_code == unknown.status_code == 303
    assert known["Location"] == unknown["Location"]
    assert OutgoingEmail.objects.filter(kind="manage_link").count() == 1


def _shape(sql):
    """A statement without its values: what the database was asked to do."""
    sql = re.sub(r'"s\d+_x\d+"', "savepoint", sql)
    return re.sub(r"\b\d+(\.\d+)?\b", "?", re.sub(r"'(?:[^']|'')*'", "?", sql))


def test_asking_for_a_link_does_the_same_work_for_a_known_and_an_unknown_address(
    client, conference, mailoutbox, django_capture_on_commit_callbacks
):
    """Finding 12: "send my link" answered about 8 ms later for a known address (it wrote and
    queued the e-mail before answering). Now both run the same statements and queue the same
    task before the answer; the task alone tells them apart, after it."""
    post(client, email="anna@example.org")
    mailoutbox.clear()

    def ask(email, client_address):  # each its own client: each starts its rate-limit count
        with (
            CaptureQueriesContext(connection) as queries,
            django_capture_on_commit_callbacks() as callbacks,
        ):
            response = ask_for_link(client, email, REMOTE_ADDR=client_address)
        assert response.status_code == 303
        return [_shape(query["sql"]) for query in queries], callbacks

    known_queries, known_tasks = ask("anna@example.org", "192.0.2.1")
    unknown_queries, unknown_tasks = ask("who@example.org", "192.0.2.2")
    assert known_queries == unknown_queries
    assert not any("outgoingemail" in query for query in known_queries)
    assert len(known_tasks) == len(unknown_tasks) == 1
    assert known_tasks[0].func == unknown_tasks[0].func  # the same task, an id or None
    assert mailoutbox == []  # nothing sent before the answer

    with django_capture_on_commit_callbacks(execute=True):
        unknown_tasks[0]()
    assert mailoutbox == []
    with django_capture_on_commit_callbacks(execute=True):
        known_tasks[0]()
    (message,) = mailoutbox
    assert message.to == ["anna@example.org"]


def test_honeypot_and_too_fast_submissions_are_refused_keeping_the_input(
    client, conference, settings
):
    response = post(client, website="https://spam.example")
    assert response.status_code == 400
    settings.FORM_MIN_SECONDS = 60
    response = post(client, language="en")
    assert response.status_code == 400
    assert "We could not accept the form" in response.content.decode()
    assert 'value="Anna de Vries"' in response.content.decode()
    assert Registration.objects.count() == 0


def test_forged_or_missing_form_token_is_refused(client, conference):
    assert post(client, rendered_at="forged").status_code == 400
    assert post(client, rendered_at="").status_code == 400


def test_rate_limit_per_client_is_kept_in_the_database(client, conference, settings):
    settings.REGISTRATION_RATE_LIMIT = "2/h"
    assert post(client, email="a@example.org").status_code == 303
    assert post(client, email="b@example.org").status_code == 303
    response = post(client, language="en", email="c@example.org")
    assert response.status_code == 429
    assert "Too many" in response.content.decode()
    counter = RateLimitCounter.objects.get(key__startswith="register:")
    assert counter.count == 3  # shared by every server process
    other = client.post(
        "/en/conferences/geleen/",
        form_data(email="d@example.org"),
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 303


def test_behind_a_proxy_a_forged_forwarded_address_does_not_escape_the_rate_limit(
    client, conference, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.REGISTRATION_RATE_LIMIT = "2/h"

    def post_via_proxy(n, client_ip="203.0.113.9"):
        return client.post(
            "/en/conferences/geleen/",
            form_data(email=f"p{n}@example.org"),
            REMOTE_ADDR="10.0.0.1",  # the proxy
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, {client_ip}",  # forged, then what it saw
        )

    assert [post_via_proxy(n).status_code for n in range(3)] == [303, 303, 429]
    assert post_via_proxy(3, client_ip="203.0.113.10").status_code == 303  # someone else


def test_rate_limit_zero_turns_it_off(client, conference, settings):
    settings.REGISTRATION_RATE_LIMIT = "0"
    make_conference(slug="big", capacity=100)
    for n in range(12):
        response = client.post("/nl/conferences/big/", form_data(email=f"p{n}@example.org"))
        assert response.status_code == 303


def test_cancel_from_the_personal_page_frees_the_seat(client, conference):
    post(client, email="a@example.org")
    post(client, email="b@example.org")
    post(client, email="c@example.org")
    first = Registration.objects.get(email="a@example.org")
    response = client.post(f"/nl/registration/{first.token}/cancel/")
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == "cancelled"
    assert Registration.objects.get(email="c@example.org").status == "confirmed"


def test_past_edition_reads_as_an_archive_without_a_form(client):
    make_conference(slug="old", days_ahead=-400)
    html = client.get("/en/conferences/old/").content.decode()
    assert "took place on" in html
    assert 'name="rendered_at"' not in html
    response = client.post("/en/conferences/old/", form_data())
    assert response.status_code == 302
    assert Registration.objects.count() == 0


def test_closed_window_shows_no_form(client):
    make_conference(
        slug="shut", registration_closes_at=timezone.now() - datetime.timedelta(hours=1)
    )
    html = client.get("/en/conferences/shut/").content.decode()
    assert "closed" in html
    assert 'name="rendered_at"' not in html


def test_a_page_showing_a_visitor_their_message_is_not_cached_for_others(client):
    # a past edition: one still ahead offers the lost-link form, whose token keeps it private
    shut = make_conference(slug="shut", days_ahead=-3)
    response = client.post(f"/nl/conferences/{shut.slug}/", form_data(), follow=True)
    assert "De aanmelding voor deze conferentie is gesloten." in response.content.decode()
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    # The next visit shows no message, and may be kept by caches again.
    assert "public" in client.get(f"/nl/conferences/{shut.slug}/")["Cache-Control"]


def test_unknown_or_deleted_personal_link_is_404(client, conference):
    assert client.get("/nl/registration/nope/").status_code == 404
    assert client.post("/nl/registration/nope/cancel/").status_code == 404
    assert client.get("/nl/registration/abc%00defghijklmnopqrstuvwxyz/").status_code == 404
    assert client.get("/nl/registration/" + "x" * 40 + "/").status_code == 404


def test_correcting_a_form_quickly_is_not_taken_for_a_bot(client, conference, settings):
    settings.FORM_MIN_SECONDS = 3
    import time

    from django.core import signing

    from core.forms import SIGNING_SALT

    shown_a_minute_ago = signing.dumps(time.time() - 60, salt=SIGNING_SALT)
    first = post(client, privacy_consent="", rendered_at=shown_a_minute_ago)
    assert first.status_code == 400
    token = re.search(r'name="rendered_at" value="([^"]+)"', first.content.decode()).group(1)
    assert token == shown_a_minute_ago
    assert post(client, rendered_at=token).status_code == 303


def test_odd_submissions_never_cause_a_500(client, conference):
    odd = ["\x00", "😀" * 300, "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "‮", "a" * 5000]
    for value in odd:
        for field in [
            "name",
            "email",
            "organisation",
            "organisation_kind",
            "job_title",
            "phone",
            "dietary_needs",
            "interests",
            "rendered_at",
        ]:
            response = post(client, **{field: value})
            assert response.status_code < 500, (field, value[:10])


def test_list_shows_upcoming_and_past_editions(client):
    make_conference(slug="next", days_ahead=10, title_en="Next one")
    make_conference(slug="old", days_ahead=-10, title_en="Old one")
    html = client.get("/en/conferences/").content.decode()
    assert html.index("Next one") < html.index("Old one")


def test_calendar_download(client, conference):
    response = client.get("/nl/conferences/geleen/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8; method=PUBLISH"
    assert response["Content-Disposition"] == 'attachment; filename="geleen.ics"'
    event = read(response.content.decode())
    assert event.method == "PUBLISH"
    assert event["SUMMARY"] == conference.title_nl


def test_a_newcomer_sees_the_confirmation_printed_readable_with_links_to_the_portal(
    client, settings, capsys, django_capture_on_commit_callbacks
):
    """What `make run` shows: EMAIL_URL=console:, SITE_URL the address served."""
    settings.MAILERS = mailers_from_url("console:")
    settings.SITE_URL = "http://127.0.0.1:8765"
    call_command("seed_portal", "--demo", verbosity=0)
    capsys.readouterr()
    with django_capture_on_commit_callbacks(execute=True):  # e-mail goes after the commit
        client.post(
            "/de/conferences/demo-registration/",
            form_data(name="Jürgen Müller", email="juergen@example.org"),
        )
    registration = Registration.objects.get()
    out = capsys.readouterr().out
    assert out.count("Subject: ") == 1
    assert "To: juergen@example.org\n" in out
    assert "Anmeldung bestätigt" in out  # readable, not encoded
    assert "Jürgen" not in out  # nothing a visitor typed goes to an unconfirmed address
    assert f"http://127.0.0.1:8765/de/registration/{registration.token}/" in out
    assert "Attachment: demo-registration.ics (text/calendar" in out
    assert "base64" not in out


def test_seed_demo_lets_a_newcomer_register(client):
    call_command("seed_portal", "--demo", verbosity=0)
    data = form_data()
    response = client.post("/en/conferences/demo-registration/", data)
    registration = Registration.objects.get()  # a closed edition also answers 302, unregistered
    assert registration.conference.slug == "demo-registration"
    assert registration.status == "confirmed"
    assert response["Location"] == "/en/conferences/demo-registration/check-your-email/"
