"""What staff use: the conference and registration admin, the event desk and the statistics."""

import csv
import io
import re
import smtplib
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation

from conferences.models import Conference, OutgoingEmail, ProgrammeItem, Registration
from conferences.rules import (
    cancel,
    check_in,
    discard_trial_registrations,
    purge_personal_data,
    register,
)
from tests.factories import make_conference, registration_data, texts

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def staff(staff_client):
    """The superuser client, reading the admin in English (messages are checked in English)."""
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return staff_client


def add(conference, count=1, **fields):
    return [register(conference=conference, **registration_data(**fields)) for _ in range(count)]


def messages_of(response):
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def run_action(client, model, action, objects):
    url = reverse(f"admin:conferences_{model}_changelist")
    return client.post(url, {"action": action, "_selected_action": [o.pk for o in objects]})


def refreshed(registration):
    return Registration.objects.get(pk=registration.pk)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


# --- Conference list and change form ----------------------------------------------------------


def test_changelist_shows_each_editions_counts_against_capacity(staff):
    conference = make_conference(capacity=2)
    first, _second, _third, fourth = add(conference, 4)
    cancel(registration=fourth)  # was waitlisted: nobody is promoted
    check_in(registration=first)
    response = staff.get(reverse("admin:conferences_conference_changelist"))
    html = response.content.decode()
    assert '<td class="field-confirmed">2 / 2</td>' in html
    assert '<td class="field-waitlisted">1</td>' in html
    assert '<td class="field-cancelled">1</td>' in html
    assert reverse("admin:conferences_conference_desk", args=[conference.pk]) in html


def test_changelist_query_count_does_not_grow_with_registrations(
    staff, django_assert_max_num_queries
):
    url = reverse("admin:conferences_conference_changelist")
    add(make_conference(capacity=50), 1)
    few = queries_for(staff, url)
    for _ in range(3):
        add(make_conference(capacity=5), 8)  # confirmed, waitlisted and more editions
    with django_assert_max_num_queries(few):
        staff.get(url)


def test_change_form_shows_counts_pending_emails_and_staff_links(staff):
    conference = make_conference(capacity=1)
    add(conference, 2)
    OutgoingEmail.objects.filter(kind="confirmed").update(sent_at=timezone.now())
    response = staff.get(reverse("admin:conferences_conference_change", args=[conference.pk]))
    html = response.content.decode()
    assert (
        "confirmed: 1 / 1 · seats left: 0 · waiting list: 1 · cancelled: 0 · checked in: 0" in html
    )
    pending = reverse("admin:conferences_outgoingemail_changelist")
    assert re.search(
        rf'<a href="{pending}\?pending=yes&amp;registration__conference__id__exact='
        rf'{conference.pk}">1</a>',
        html,
    )
    for name, args in [
        ("desk", [conference.pk]),
        ("statistics", [conference.pk]),
        ("export", [conference.pk, "csv"]),
        ("export", [conference.pk, "xlsx"]),
    ]:
        assert reverse(f"admin:conferences_conference_{name}", args=args) in html


def test_programme_is_edited_inline_in_four_languages(staff):
    conference = make_conference()
    response = staff.get(reverse("admin:conferences_conference_change", args=[conference.pk]))
    html = response.content.decode()
    for code in ["nl", "de", "en", "fr"]:
        assert f'name="programme-0-title_{code}"' in html
    assert 'name="programme-0-order"' in html


def test_add_form_works_before_there_are_any_counts(staff):
    response = staff.get(reverse("admin:conferences_conference_add"))
    assert response.status_code == 200


def test_duplicate_makes_an_unpublished_copy_with_programme_and_no_registrations(staff):
    now = timezone.now()
    original = make_conference(
        slug="geleen-2024",
        capacity=120,
        venue_address="Mauritslaan 49",
        registration_opens_at=now,
        registration_closes_at=now + timezone.timedelta(days=5),
        is_demo=True,
    )
    ProgrammeItem.objects.create(
        conference=original,
        order=2,
        speakers="Mayor",
        title_nl="Paneel",
        title_de="Podium",
        title_en="Panel",
        title_fr="Table ronde",
        description_de="Beschreibung",
    )
    add(original, 3)
    Conference.objects.filter(pk=original.pk).update(personal_data_deleted_at=now)
    response = run_action(staff, "conference", "duplicate_as_new_edition", [original])

    copy = Conference.objects.exclude(pk=original.pk).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:conferences_conference_change", args=[copy.pk])
    assert messages_of(response)[0][0] == "success"
    assert copy.slug == "geleen-2024-copy"
    assert not copy.is_published
    assert copy.registration_opens_at is None and copy.registration_closes_at is None
    assert copy.personal_data_deleted_at is None
    assert copy.registrations.count() == 0
    for field in ["date", "start_time", "end_time", "capacity", "venue_name", "venue_address"]:
        assert getattr(copy, field) == getattr(original, field)
    assert copy.is_demo
    for code in ["nl", "de", "en", "fr"]:
        for field in ["title", "summary", "description"]:
            name = f"{field}_{code}"
            assert getattr(copy, name) == getattr(original, name)
    copied = [
        (p.order, p.start_time, p.title_nl, p.title_de, p.title_fr, p.description_de, p.speakers)
        for p in copy.programme.all()
    ]
    originals = [
        (p.order, p.start_time, p.title_nl, p.title_de, p.title_fr, p.description_de, p.speakers)
        for p in original.programme.all()
    ]
    assert copied == originals and len(copied) == 2
    original.refresh_from_db()
    assert original.is_published and original.programme.count() == 2
    assert original.registrations.count() == 3


def test_duplicating_twice_gives_each_copy_its_own_slug(staff):
    original = make_conference(slug="geleen")
    run_action(staff, "conference", "duplicate_as_new_edition", [original])
    run_action(staff, "conference", "duplicate_as_new_edition", [original])
    assert set(Conference.objects.values_list("slug", flat=True)) == {
        "geleen",
        "geleen-copy",
        "geleen-copy-2",
    }


def test_duplicating_several_editions_stays_on_the_list(staff):
    editions = [make_conference(), make_conference()]
    response = run_action(staff, "conference", "duplicate_as_new_edition", editions)
    assert response.status_code == 302
    assert response["Location"].endswith(reverse("admin:conferences_conference_changelist"))
    assert Conference.objects.filter(is_published=False).count() == 2


def test_an_edition_without_registrations_can_be_deleted_one_with_them_is_protected(staff):
    empty, taken = make_conference(), make_conference()
    add(taken)
    confirm = run_action(staff, "conference", "delete_selected", [empty, taken])
    assert confirm.status_code == 200  # a page naming what protects `taken`, deleting nothing
    assert confirm.context["protected"]
    assert Conference.objects.count() == 2
    response = staff.post(
        reverse("admin:conferences_conference_changelist"),
        {"action": "delete_selected", "_selected_action": [empty.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert list(Conference.objects.all()) == [taken]
    protected = staff.get(reverse("admin:conferences_conference_delete", args=[taken.pk]))
    assert protected.status_code == 200
    assert protected.context["protected"]


# --- Registration admin -----------------------------------------------------------------------


def test_registration_list_searches_and_filters(staff):
    conference = make_conference()
    anna, bert = add(conference, 1, name="Anna", organisation="Zuyd")[0], add(conference)[0]
    check_in(registration=bert)
    url = reverse("admin:conferences_registration_changelist")
    found = staff.get(url, {"q": "zuyd"}).context["cl"].result_list
    assert list(found) == [anna]
    checked = staff.get(url, {"checked_in": "yes"}).context["cl"].result_list
    assert list(checked) == [bert]
    not_checked = staff.get(url, {"checked_in": "no", "status__exact": "confirmed"})
    assert list(not_checked.context["cl"].result_list) == [anna]


def test_registration_list_query_count_does_not_grow(staff, django_assert_max_num_queries):
    url = reverse("admin:conferences_registration_changelist")
    add(make_conference(), 2)
    few = queries_for(staff, url)
    add(make_conference(), 30)
    with django_assert_max_num_queries(few):
        staff.get(url)


def test_registrations_are_not_added_or_deleted_in_the_admin(staff):
    registration = add(make_conference())[0]
    assert staff.get(reverse("admin:conferences_registration_add")).status_code == 403
    delete = reverse("admin:conferences_registration_delete", args=[registration.pk])
    assert staff.get(delete).status_code == 403


def test_status_cannot_be_edited_directly_but_personal_details_can(staff):
    conference = make_conference(capacity=1)
    registration, waiting = add(conference, 2)
    url = reverse("admin:conferences_registration_change", args=[waiting.pk])
    assert 'name="status"' not in staff.get(url).content.decode()
    data = registration_data(name="Corrected Name", email=waiting.email) | {
        "status": "confirmed",
        "interests": [],
    }
    response = staff.post(url, data)
    assert response.status_code == 302
    waiting = refreshed(waiting)
    assert waiting.name == "Corrected Name"
    assert waiting.status == Status.WAITLISTED
    assert refreshed(registration).status == Status.CONFIRMED


def test_registration_page_lists_its_emails_and_links_to_their_details(staff):
    registration = add(make_conference())[0]
    OutgoingEmail.objects.create(registration=registration, kind="manage_link", attempts=2)
    url = reverse("admin:conferences_registration_change", args=[registration.pk])
    html = staff.get(url).content.decode()
    assert "registration confirmed · " in html
    assert "not sent yet (2 attempts)" in html
    emails = reverse("admin:conferences_outgoingemail_changelist")
    link = f"{emails}?registration__id__exact={registration.pk}"
    assert f'href="{link}"' in html
    assert len(staff.get(link).context["cl"].result_list) == 2


def test_changing_the_email_to_one_already_registered_is_an_error_not_a_crash(staff):
    first, second = add(make_conference(), 2)
    url = reverse("admin:conferences_registration_change", args=[second.pk])
    data = registration_data(email=first.email.upper()) | {"interests": []}
    response = staff.post(url, data)
    assert response.status_code == 200
    assert "email" in response.context["adminform"].form.errors
    assert refreshed(second).email == second.email


def test_anonymised_registrations_show_as_deleted_and_are_read_only(staff):
    registration = add(make_conference(days_ahead=3))[0]
    Registration.objects.filter(pk=registration.pk).update(
        name="", email="", organisation="", job_title="", anonymised_at=timezone.now()
    )
    listing = staff.get(reverse("admin:conferences_registration_changelist"))
    assert "(personal data deleted)" in listing.content.decode()
    change = staff.get(reverse("admin:conferences_registration_change", args=[registration.pk]))
    assert 'name="name"' not in change.content.decode()


def test_resend_confirmation_queues_the_email_matching_the_status(staff):
    conference = make_conference(capacity=1)
    confirmed, waitlisted, cancelled = add(conference, 3)
    cancel(registration=cancelled)
    OutgoingEmail.objects.all().delete()
    response = run_action(
        staff, "registration", "resend_confirmation", [confirmed, waitlisted, cancelled]
    )
    kinds = dict(OutgoingEmail.objects.values_list("registration_id", "kind"))
    assert kinds == {confirmed.pk: "confirmed", waitlisted.pk: "waitlisted"}
    assert messages_of(response) == [
        ("success", "2 confirmation e-mails were queued."),
        ("error", f"{cancelled}: This registration has been cancelled."),
    ]


def test_promote_when_full_is_an_error_and_changes_nothing(staff):
    conference = make_conference(capacity=1)
    _confirmed, waitlisted = add(conference, 2)
    emails = OutgoingEmail.objects.count()
    response = run_action(staff, "registration", "promote_from_waiting_list", [waitlisted])
    assert response.status_code == 302
    assert refreshed(waitlisted).status == Status.WAITLISTED
    assert OutgoingEmail.objects.count() == emails
    assert messages_of(response)[0][0] == "error"


def test_promote_gives_a_free_seat_and_emails_the_registrant(staff):
    conference = make_conference(capacity=1)
    _confirmed, waitlisted = add(conference, 2)
    Conference.objects.filter(pk=conference.pk).update(capacity=2)
    response = run_action(staff, "registration", "promote_from_waiting_list", [waitlisted])
    assert refreshed(waitlisted).status == Status.CONFIRMED
    assert OutgoingEmail.objects.filter(registration=waitlisted, kind="promoted").exists()
    assert messages_of(response)[0][0] == "success"


def test_cancel_frees_the_seat_for_the_waiting_list(staff):
    conference = make_conference(capacity=1)
    confirmed, waitlisted = add(conference, 2)
    run_action(staff, "registration", "cancel_registrations", [confirmed])
    assert refreshed(confirmed).status == Status.CANCELLED
    assert refreshed(waitlisted).status == Status.CONFIRMED
    assert OutgoingEmail.objects.filter(registration=confirmed, kind="cancelled").exists()


def test_check_in_action_marks_confirmed_registrants_only(staff):
    conference = make_conference(capacity=1)
    confirmed, waitlisted = add(conference, 2)
    response = run_action(staff, "registration", "check_in_registrations", [confirmed, waitlisted])
    assert refreshed(confirmed).checked_in_at is not None
    assert refreshed(waitlisted).checked_in_at is None
    assert messages_of(response) == [
        ("success", "1 registrant was checked in."),
        ("error", f"{waitlisted}: Only confirmed registrants can be checked in."),
    ]


# --- Admin actions report every refusal of a rule as a message, never a 500 -------------------


def test_cancelling_a_registration_of_a_past_edition_is_a_message_not_a_500(staff):
    conference = make_conference(capacity=5)
    registration = add(conference)[0]
    Conference.objects.filter(pk=conference.pk).update(
        date=timezone.localdate() - timezone.timedelta(days=2)
    )
    response = run_action(staff, "registration", "cancel_registrations", [registration])
    assert response.status_code == 302
    assert messages_of(response) == [
        ("error", f"{registration}: This conference has already started or taken place.")
    ]
    assert refreshed(registration).status == Status.CONFIRMED


def test_cancelling_an_anonymised_registration_is_a_message_not_a_500(staff):
    conference = make_conference(capacity=5)
    anonymised, other = add(conference, 2)
    Registration.objects.filter(pk=anonymised.pk).update(
        name="", email="", anonymised_at=timezone.now()
    )
    response = run_action(staff, "registration", "cancel_registrations", [anonymised, other])
    assert response.status_code == 302
    assert messages_of(response) == [
        ("success", "1 registration was cancelled."),
        (
            "error",
            "(personal data deleted): The personal data of this registration has been deleted.",
        ),
    ]
    assert refreshed(anonymised).status == Status.CONFIRMED
    assert refreshed(other).status == Status.CANCELLED


def test_promoting_someone_already_confirmed_or_of_an_anonymised_row_is_a_message(staff):
    conference = make_conference(capacity=1)
    confirmed, waitlisted = add(conference, 2)
    Registration.objects.filter(pk=waitlisted.pk).update(anonymised_at=timezone.now())
    response = run_action(
        staff, "registration", "promote_from_waiting_list", [confirmed, waitlisted]
    )
    assert response.status_code == 302
    assert [level for level, _text in messages_of(response)] == ["error", "error"]
    assert refreshed(waitlisted).status == Status.WAITLISTED


def test_cancelling_twice_from_the_admin_names_the_already_cancelled(staff):
    registration = add(make_conference())[0]
    cancel(registration=registration)
    response = run_action(staff, "registration", "cancel_registrations", [registration])
    assert messages_of(response) == [
        ("error", f"{registration}: This registration has been cancelled.")
    ]


def test_export_selected_as_csv_holds_only_the_selection(staff):
    conference = make_conference(slug="geleen-2024")
    chosen, _other = add(conference, 2)
    response = run_action(staff, "registration", "export_csv", [chosen])
    assert response.status_code == 200
    assert "registrations-geleen-2024-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode().removeprefix("\ufeff"))))
    assert [row[1] for row in rows[1:]] == [chosen.email]


def test_export_selected_as_excel_is_an_xlsx_file(staff):
    registration = add(make_conference())[0]
    response = run_action(staff, "registration", "export_excel", [registration])
    assert response.status_code == 200
    assert response.content.startswith(b"PK")  # a zip: the xlsx container


# --- E-mails to registrants -------------------------------------------------------------------


def test_email_list_shows_pending_emails_and_their_last_error(staff):
    registration = add(make_conference())[0]
    OutgoingEmail.objects.filter(registration=registration).update(
        attempts=3, last_error="Traceback\nConnectionRefusedError: [Errno 111]"
    )
    sent = OutgoingEmail.objects.create(
        registration=registration, kind="manage_link", sent_at=timezone.now()
    )
    url = reverse("admin:conferences_outgoingemail_changelist")
    response = staff.get(url, {"pending": "yes"})
    assert sent not in response.context["cl"].result_list
    assert len(response.context["cl"].result_list) == 1
    assert "ConnectionRefusedError: [Errno 111]" in response.content.decode()


def test_try_sending_again_sends_pending_emails_only(staff, mailoutbox):
    registration = add(make_conference())[0]
    pending = OutgoingEmail.objects.get(registration=registration)
    sent = OutgoingEmail.objects.create(
        registration=registration, kind="manage_link", sent_at=timezone.now()
    )
    response = run_action(staff, "outgoingemail", "send_again", [pending, sent])
    assert [message.to for message in mailoutbox] == [[registration.email]]
    assert OutgoingEmail.objects.get(pk=pending.pk).attempts == 1
    assert OutgoingEmail.objects.get(pk=sent.pk).attempts == 0  # not tried again
    assert messages_of(response) == [("success", "1 e-mail was sent.")]


def test_try_sending_again_really_sends_a_pending_email(staff, mailoutbox):
    registration = add(make_conference())[0]
    pending = OutgoingEmail.objects.get(registration=registration)
    OutgoingEmail.objects.filter(pk=pending.pk).update(sent_at=None, attempts=1, last_error="x")
    mailoutbox.clear()
    response = run_action(staff, "outgoingemail", "send_again", [pending])
    assert [message.to for message in mailoutbox] == [[registration.email]]
    assert OutgoingEmail.objects.get(pk=pending.pk).sent_at is not None
    assert messages_of(response)[0][0] == "success"


def test_try_sending_again_during_a_mail_outage_records_the_error(staff, mail_server):
    registration = add(make_conference())[0]
    pending = OutgoingEmail.objects.get(registration=registration)
    OutgoingEmail.objects.filter(pk=pending.pk).update(sent_at=None)
    mail_server.down(ConnectionRefusedError(111, "Connection refused"))
    response = run_action(staff, "outgoingemail", "send_again", [pending])
    assert response.status_code == 302
    pending = OutgoingEmail.objects.get(pk=pending.pk)
    assert pending.sent_at is None and "refused" in pending.last_error
    assert messages_of(response)[0][0] == "error"


def test_try_sending_again_reports_a_failure(staff, mail_server, mailoutbox):
    registration = add(make_conference())[0]
    mail_server.down(smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    emails = OutgoingEmail.objects.filter(registration=registration)
    response = run_action(staff, "outgoingemail", "send_again", emails)
    assert messages_of(response) == [
        ("error", "1 e-mail could not be sent; its last error says why.")
    ]
    assert mailoutbox == []


# --- Event desk -------------------------------------------------------------------------------


def desk_url(conference):
    return reverse("admin:conferences_conference_desk", args=[conference.pk])


def test_desk_lists_confirmed_registrants_alphabetically_with_counts(staff):
    conference = make_conference(capacity=3)
    for name in ["charlie", "Anna", "Bert", "Waiting Wim"]:
        add(conference, name=name, organisation=f"{name} B.V.")
    cancel(registration=Registration.objects.get(name="Bert"))  # Wim moves up
    response = staff.get(desk_url(conference))
    assert [r.name for r in response.context["registrants"]] == ["Anna", "charlie", "Waiting Wim"]
    html = response.content.decode()
    assert "3 of 3 seats" in html
    assert "Anna B.V." in html
    assert html.count('name="registration"') == 3
    assert "Bert" not in re.sub(r"<title>.*?</title>", "", html)


def test_desk_shows_the_waiting_list_and_pending_email_counts(staff):
    conference = make_conference(capacity=1)
    add(conference, 3)
    response = staff.get(desk_url(conference))
    assert response.context["conference"].n_waitlisted == 2
    assert response.context["pending_emails"] == 3


def test_desk_search_finds_by_name_or_organisation(staff):
    conference = make_conference()
    add(conference, name="Anna Janssen", organisation="Zuyd Hogeschool")
    add(conference, name="Bert Smeets", organisation="Chemelot Campus")
    by_name = staff.get(desk_url(conference), {"q": "janssen"}).context["registrants"]
    by_organisation = staff.get(desk_url(conference), {"q": "CHEMELOT"}).context["registrants"]
    assert [r.name for r in by_name] == ["Anna Janssen"]
    assert [r.name for r in by_organisation] == ["Bert Smeets"]


def test_desk_search_with_odd_input_does_not_fail(staff):
    conference = make_conference()
    add(conference)
    for query in ["\x00", "%", "_", "'; DROP TABLE x; --", "ä" * 500]:
        assert staff.get(desk_url(conference), {"q": query}).status_code == 200


def test_check_in_from_the_desk_keeps_the_search(staff):
    conference = make_conference()
    registration = add(conference, name="Anna Janssen")[0]
    response = staff.post(
        desk_url(conference), {"registration": registration.pk, "q": "anna janssen"}
    )
    assert response.status_code == 302
    assert response["Location"] == (
        f"{desk_url(conference)}?q=anna+janssen#registration-{registration.pk}"
    )
    assert refreshed(registration).checked_in_at is not None
    page = staff.get(desk_url(conference), {"q": "anna janssen"})
    html = page.content.decode()
    local = timezone.localtime(refreshed(registration).checked_in_at)
    assert f"{local:%H:%M}</time>" in html
    assert ">Check in<span" not in html  # no check-in button once checked in...
    assert ">Undo check-in<span" in html  # ...but a way to take it back


def test_check_in_of_someone_not_confirmed_is_refused_with_a_message(staff):
    conference = make_conference(capacity=1)
    _confirmed, waitlisted = add(conference, 2)
    response = staff.post(desk_url(conference), {"registration": waitlisted.pk})
    assert response.status_code == 302
    assert refreshed(waitlisted).checked_in_at is None
    assert messages_of(response)[0][0] == "error"


@pytest.mark.parametrize("value", ["", "abc", "99999999", "1.5", "9" * 30, "٣"])
def test_check_in_of_an_unknown_registration_is_a_message_not_a_crash(staff, value):
    conference = make_conference()
    response = staff.post(desk_url(conference), {"registration": value})
    assert response.status_code == 302
    assert messages_of(response)[0][0] == "error"


def test_check_in_cannot_reach_a_registration_of_another_edition(staff):
    other = add(make_conference())[0]
    response = staff.post(desk_url(make_conference()), {"registration": other.pk})
    assert response.status_code == 302
    assert refreshed(other).checked_in_at is None


def test_check_in_needs_the_csrf_token(django_user_model):
    user = django_user_model.objects.create_user("desk", is_staff=True, is_superuser=True)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    conference = make_conference()
    registration = add(conference)[0]
    assert client.post(desk_url(conference), {"registration": registration.pk}).status_code == 403
    assert refreshed(registration).checked_in_at is None


def test_desk_is_for_staff_only(client):
    conference = make_conference()
    response = client.get(desk_url(conference))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_desk_needs_permission_to_see_and_to_change_registrations(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_conference"))
    client.force_login(user)
    conference = make_conference()
    registration = add(conference)[0]
    assert client.get(desk_url(conference)).status_code == 403
    assert client.get(stats_url(conference)).status_code == 200
    user.user_permissions.add(Permission.objects.get(codename="view_registration"))
    assert client.get(desk_url(conference)).status_code == 200
    assert client.post(desk_url(conference), {"registration": registration.pk}).status_code == 403
    assert refreshed(registration).checked_in_at is None


def test_desk_of_an_unknown_edition_is_not_found(staff):
    assert staff.get("/admin/conferences/conference/999999/desk/").status_code == 404
    assert staff.get("/admin/conferences/conference/abc/statistics/").status_code == 404


def test_desk_page_prints_as_a_check_in_list(staff):
    conference = make_conference()
    add(conference, 2)
    html = staff.get(desk_url(conference)).content.decode()
    assert 'href="/static/css/admin-conferences.css"' in html
    assert html.count('class="print-only signature"') == 3  # header and one cell per person
    assert html.count('class="print-only present"') == 3
    assert 'class="desk-search no-print"' in html
    css = (settings.BASE_DIR / "static/css/admin-conferences.css").read_text()
    print_rules = css[css.index("@media print") :]
    for selector in ["#header", ".breadcrumbs", "#nav-sidebar", ".no-print", "button"]:
        assert selector in print_rules
    assert ".print-only {\n    display: table-cell;" in print_rules


def test_desk_query_count_does_not_grow_with_registrants(staff, django_assert_max_num_queries):
    conference = make_conference(capacity=100)
    add(conference, 2)
    few = queries_for(staff, desk_url(conference))
    add(conference, 40)
    with django_assert_max_num_queries(few):
        response = staff.get(desk_url(conference))
    assert len(response.context["registrants"]) == 42


# --- Statistics and export all ----------------------------------------------------------------


def stats_url(conference):
    return reverse("admin:conferences_conference_statistics", args=[conference.pk])


def test_statistics_page_draws_accessible_svg_charts_with_the_numbers(staff):
    conference = make_conference(capacity=2)
    add(conference, 2, organisation_kind="campus")
    add(conference, 1, organisation_kind="employer")  # waitlisted
    cancel(registration=add(conference, organisation_kind="government")[0])
    response = staff.get(stats_url(conference))
    html = response.content.decode()
    assert html.count('<svg class="chart-svg" role="img"') == 2
    assert '<title id="over-time-title">' in html and '<desc id="over-time-desc">' in html
    assert '<title id="by-kind-title">' in html and '<desc id="by-kind-desc">' in html
    assert "<polyline" in html and "<rect" in html
    # Bar labels carry the counts as text; the table repeats every number.
    assert re.search(r'<text class="bar-value"[^>]*>2</text>', html)
    kinds = {row.kind: (row.active, row.cancelled) for row in response.context["kinds"]}
    assert kinds["campus"] == (2, 0)
    assert kinds["employer"] == (1, 0)
    assert kinds["government"] == (0, 1)
    day = response.context["days"][-1]
    assert (day.total, day.active, day.cancelled) == (4, 3, 1)
    assert html.index("<svg", html.index("over-time-heading")) < html.index(
        'class="chart-data"', html.index("over-time-heading")
    )


def test_statistics_coordinates_are_not_localised_with_decimal_commas(staff):
    conference = make_conference(capacity=50)
    add(conference, 7)
    staff.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    html = staff.get(stats_url(conference)).content.decode()
    for attribute in ["cx", "cy", "y1", "width"]:
        for value in re.findall(rf'\s{attribute}="([^"]*)"', html):
            assert re.fullmatch(r"-?\d+(\.\d+)?", value), (attribute, value)


def test_statistics_axis_dates_are_written_as_the_staff_language_writes_them(staff):
    conference = make_conference()
    add(conference, 1)
    day = timezone.localdate()
    staff.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    html = staff.get(stats_url(conference)).content.decode()
    with translation.override("de"):
        german = f"{day.day}. {formats.date_format(day, 'M')}"
    assert re.search(rf'<text class="axis-label"[^>]*>{re.escape(german)}</text>', html)


def test_statistics_count_anonymised_registrations(staff):
    conference = make_conference()
    registration = add(conference, organisation_kind="campus")[0]
    Registration.objects.filter(pk=registration.pk).update(
        name="", email="", anonymised_at=timezone.now()
    )
    response = staff.get(stats_url(conference))
    assert response.context["total"] == 1
    assert {r.kind: r.active for r in response.context["kinds"]}["campus"] == 1


def test_statistics_without_registrations_say_so(staff):
    response = staff.get(stats_url(make_conference()))
    assert response.status_code == 200
    assert "No registrations yet." in response.content.decode()


def test_statistics_query_count_does_not_grow(staff, django_assert_max_num_queries):
    conference = make_conference(capacity=100)
    add(conference, 2)
    few = queries_for(staff, stats_url(conference))
    add(conference, 30, organisation_kind="campus")
    with django_assert_max_num_queries(few):
        staff.get(stats_url(conference))


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_export_all_holds_every_registration_of_the_edition(staff, file_format):
    conference = make_conference(slug="geleen-2024", capacity=1)
    add(conference, 2)
    add(make_conference())  # another edition stays out
    url = reverse("admin:conferences_conference_export", args=[conference.pk, file_format])
    response = staff.get(url)
    assert response.status_code == 200
    assert (
        f"registrations-geleen-2024-{timezone.localdate().isoformat()}.{file_format}"
        in (response["Content-Disposition"])
    )
    if file_format == "csv":
        assert len(response.content.decode().strip().splitlines()) == 3


def test_export_all_in_another_format_is_not_found(staff):
    url = reverse("admin:conferences_conference_export", args=[make_conference().pk, "pdf"])
    assert staff.get(url).status_code == 404


def save_change_form(client, conference, **changes):
    """Post the edition's change form as staff would: its current values with `changes`."""
    url = reverse("admin:conferences_conference_change", args=[conference.pk])
    form = client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data = {k: v for k, v in data.items() if not isinstance(v, (list, dict))}
    data |= {
        "date": conference.date.isoformat(),
        "start_time": "12:00",
        "end_time": "15:30",
        "is_published": "on",
        "programme-TOTAL_FORMS": "0",
        "programme-INITIAL_FORMS": "0",
    } | changes
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def test_more_capacity_in_the_admin_promotes_the_waiting_list(staff):
    conference = make_conference(capacity=1)
    add(conference)
    waiting = add(conference)[0]
    save_change_form(staff, conference, capacity="2")
    assert refreshed(waiting).status == Status.CONFIRMED


def test_odd_registration_ids_at_the_desk_are_refused_politely(staff):
    conference = make_conference()
    for odd in ["²", "1" * 40, "-1", "", "abc"]:
        response = staff.post(desk_url(conference), {"registration": odd})
        assert response.status_code == 302, odd


def test_changing_only_a_text_in_the_admin_tells_nobody(staff):
    conference = make_conference(capacity=5)
    add(conference, 2)
    save_change_form(staff, conference, title_de="Neuer Titel")
    assert Conference.objects.get(pk=conference.pk).title_de == "Neuer Titel"
    assert not OutgoingEmail.objects.filter(kind="changed").exists()


def test_changing_the_place_in_the_admin_emails_the_registrants(staff):
    conference = make_conference(capacity=5)
    people = add(conference, 2)
    save_change_form(staff, conference, city="Sittard")
    changed = OutgoingEmail.objects.filter(kind="changed")
    assert sorted(changed.values_list("registration_id", flat=True)) == sorted(p.pk for p in people)


# --- Saving a form: a rule's refusal is a message, never a 500, and nothing is saved -----------


@contextmanager
def meanwhile(change):
    """Make `change` (someone else's: another staff member, the retention purge) happen between
    the admin's reading and validating the form and the rule's taking its lock: it runs right
    before the first query inside the rule's own transaction. It runs on the test's connection,
    so the admin's rollback undoes it too; the tests check what the admin itself saved."""
    outside = len(connection.atomic_blocks)  # the test's own transaction
    happened = []

    def wrapper(execute, sql, params, many, context):
        # outside + 1: the admin's transaction; + 2: the rule's, inside it
        if not happened and len(connection.atomic_blocks) >= outside + 2:
            happened.append(sql)
            change()
        return execute(sql, params, many, context)

    with connection.execute_wrapper(wrapper):
        yield
    assert happened, "the save called no rule"


def history_of(obj):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=str(obj.pk)
    )


def new_programme_item(title):
    return {
        "programme-TOTAL_FORMS": "1",
        "programme-0-order": "5",
        **{f"programme-0-title_{code}": title for code in ["nl", "de", "en", "fr"]},
    }


def add_form_data(slug, **changes):
    return (
        texts("title", "Title")
        | texts("summary", "Summary")
        | {
            "slug": slug,
            "date": (timezone.localdate() + timezone.timedelta(days=60)).isoformat(),
            "start_time": "12:00",
            "end_time": "15:30",
            "venue_name": "Werkcentrum Zuid-Limburg",
            "city": "Geleen",
            "capacity": "80",
            "retention_days": "90",
            "programme-TOTAL_FORMS": "0",
            "programme-INITIAL_FORMS": "0",
        }
        | changes
    )


def test_adding_an_edition_in_the_admin_creates_it_with_its_programme(staff):
    response = staff.post(
        reverse("admin:conferences_conference_add"),
        add_form_data("venlo-2027", **new_programme_item("Opening")),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    conference = Conference.objects.get(slug="venlo-2027")
    assert (conference.title_de, conference.capacity, conference.is_published) == (
        "Title [de]",
        80,
        False,
    )
    assert [item.title_fr for item in conference.programme.all()] == ["Opening"]
    assert history_of(conference).get().action_flag == ADDITION
    assert messages_of(response)[0][0] == "success"


def test_an_edition_whose_slug_was_taken_meanwhile_is_a_message_not_a_500(staff):
    url = reverse("admin:conferences_conference_add")
    with meanwhile(lambda: make_conference(slug="venlo-2027")):
        response = staff.post(url, add_form_data("venlo-2027", **new_programme_item("Opening")))
    assert response.status_code == 302
    assert response["Location"] == url
    [(level, text)] = messages_of(response)
    assert level == "error"
    assert text == "Nothing was saved: Conference with this Slug already exists."
    assert not Conference.objects.exists()
    assert not ProgrammeItem.objects.exists()
    assert not LogEntry.objects.exists()


def test_a_change_made_invalid_by_another_change_meanwhile_is_a_message_not_a_500(staff):
    conference = make_conference(capacity=5)
    add(conference, 2)
    url = reverse("admin:conferences_conference_change", args=[conference.pk])

    def later_start():
        Conference.objects.filter(pk=conference.pk).update(start_time="14:30")

    with meanwhile(later_start):
        response = save_change_form(
            staff,
            conference,
            end_time="14:00",
            city="Sittard",
            **new_programme_item("Added inline"),
        )
    assert response["Location"] == url
    [(level, text)] = messages_of(response)
    assert level == "error" and text.startswith("Nothing was saved: ")
    conference.refresh_from_db()
    assert (conference.end_time.hour, conference.city, conference.calendar_sequence) == (
        15,
        "Geleen",
        0,
    )
    assert not conference.programme.filter(title_nl="Added inline").exists()
    assert not OutgoingEmail.objects.filter(kind="changed").exists()
    assert not history_of(conference).exists()


def test_an_edition_deleted_meanwhile_is_a_message_not_a_500(staff):
    conference = make_conference()
    url = reverse("admin:conferences_conference_change", args=[conference.pk])
    with meanwhile(lambda: Conference.objects.filter(pk=conference.pk).delete()):
        response = save_change_form(staff, conference, city="Sittard")
    assert response["Location"] == url
    assert messages_of(response) == [
        (
            "error",
            "Nothing was saved: It no longer exists: someone else may have deleted it meanwhile.",
        )
    ]
    assert not history_of(conference).exists()


@pytest.mark.parametrize(
    "change, reason",
    [
        (
            lambda person: register(
                conference=person.conference, **registration_data(email="new@example.org")
            ),
            "This e-mail address is already registered for this conference.",
        ),
        (
            lambda person: purge_personal_data(conference=person.conference),
            "The personal data of this registration has been deleted.",
        ),
        (
            lambda person: discard_trial_registrations(conference=person.conference),
            "It no longer exists: someone else may have deleted it meanwhile.",
        ),
    ],
    ids=["address-registered", "personal-data-deleted", "registration-deleted"],
)
def test_a_correction_refused_by_the_rule_is_a_message_not_a_500(staff, change, reason):
    person = add(make_conference(is_demo=True))[0]
    url = reverse("admin:conferences_registration_change", args=[person.pk])
    data = registration_data(name="Corrected Name", email="new@example.org") | {"interests": []}
    with meanwhile(lambda: change(person)):
        response = staff.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == url
    assert messages_of(response) == [("error", f"Nothing was saved: {reason}")]
    assert (refreshed(person).name, refreshed(person).email) == (person.name, person.email)
    assert not history_of(person).exists()


def test_a_correction_to_a_registration_purged_before_it_was_posted_is_refused(staff):
    """Purged between opening the form and saving it: the form now has only read-only fields
    and drops what was typed; staff are told, not shown "changed successfully"."""
    person = add(make_conference())[0]
    url = reverse("admin:conferences_registration_change", args=[person.pk])
    assert staff.get(url).status_code == 200
    purge_personal_data(conference=person.conference)
    data = registration_data(name="Corrected Name", email="new@example.org") | {"interests": []}
    response = staff.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == url
    assert messages_of(response) == [
        ("error", "Nothing was saved: The personal data of this registration has been deleted.")
    ]
    assert refreshed(person).name == ""
    assert not history_of(person).exists()
