"""Personal data of registrants is deleted after the retention date; aggregate counts survive."""

import datetime
import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from conferences import rules
from conferences.models import Conference, OutgoingEmail, Registration
from conferences.retention import purge_personal_data
from conferences.rules import cancel, check_in, register
from tests.factories import make_conference, registration_data

pytestmark = pytest.mark.django_db
Status = Registration.Status
PERSONAL_FIELDS = [
    "name",
    "email",
    "organisation",
    "job_title",
    "phone",
    "dietary_needs",
    "accessibility_needs",
]
KEPT_FIELDS = [
    "status",
    "organisation_kind",
    "language",
    "created_at",
    "promoted_at",
    "cancelled_at",
    "checked_in_at",
    "calendar_uid",
]


def fill(conference):
    """Two seats: confirmed, checked in, cancelled, promoted and still waiting registrants of
    several kinds, with interests, phone numbers, needs and e-mails: the full spread."""
    topic = conference.programme.first()
    people = [
        register(
            conference=conference,
            **registration_data(
                organisation_kind=kind,
                phone="+31 43 000 0000",
                dietary_needs="vegetarian",
                accessibility_needs="wheelchair",
                special_data_consent=True,
                language=language,
            ),
            interests=[topic],
        )
        for kind, language in [
            ("employer", "nl"),
            ("knowledge", "de"),
            ("campus", "en"),
            ("intermediary", "fr"),
        ]
    ]
    check_in(registration=people[0])
    cancel(registration=people[1])  # promotes people[2]
    return people


def make_filled_conference(days_ago=None, **fields):
    """A conference with registrations; `days_ago` moves it into the past afterwards (the rules
    only take registrations for an upcoming edition)."""
    conference = make_conference(capacity=2, **fields)
    fill(conference)
    if days_ago is not None:
        Conference.objects.filter(pk=conference.pk).update(
            date=timezone.localdate() - datetime.timedelta(days=days_ago)
        )
        conference.refresh_from_db()
    return conference


def snapshot(conference):
    return list(conference.registrations.order_by("pk").values())


def aggregates(conference):
    registrations = conference.registrations.all()
    return {
        "by_status": dict(registrations.values_list("status").annotate(n=Count("pk"))),
        "by_kind": dict(registrations.values_list("organisation_kind").annotate(n=Count("pk"))),
        "by_language": dict(registrations.values_list("language").annotate(n=Count("pk"))),
        "checked_in": registrations.exclude(checked_in_at=None).count(),
        "kept": list(registrations.order_by("pk").values_list(*KEPT_FIELDS)),
    }


def purge(*args):
    out = io.StringIO()
    call_command("purge_registrations", *args, stdout=out)
    return out.getvalue()


def test_nothing_changes_before_the_retention_date():
    conference = make_filled_conference()
    before = snapshot(conference)
    emails = OutgoingEmail.objects.count()

    day_before = conference.personal_data_deleted_on - datetime.timedelta(days=1)
    assert purge_personal_data(today=day_before) == []

    assert snapshot(conference) == before
    assert OutgoingEmail.objects.count() == emails
    conference.refresh_from_db()
    assert conference.personal_data_deleted_at is None


def test_on_the_retention_date_personal_data_is_deleted():
    conference = make_filled_conference()
    old_tokens = set(conference.registrations.values_list("token", flat=True))
    assert Registration.interests.through.objects.exists()

    [result] = purge_personal_data(today=conference.personal_data_deleted_on)

    assert result.conference == conference
    assert result.registrations == 4
    assert result.emails > 0
    for registration in conference.registrations.all():
        for field in PERSONAL_FIELDS:
            assert getattr(registration, field) == "", field
        assert registration.interests.count() == 0
        assert registration.anonymised_at is not None
    new_tokens = set(conference.registrations.values_list("token", flat=True))
    assert len(new_tokens) == 4
    assert not new_tokens & old_tokens
    assert not OutgoingEmail.objects.exists()
    conference.refresh_from_db()
    assert conference.personal_data_deleted_at is not None


def test_old_personal_links_stop_working():
    conference = make_filled_conference()
    old_token = conference.registrations.first().token

    purge_personal_data(today=conference.personal_data_deleted_on)

    assert not Registration.objects.filter(token=old_token).exists()


def test_aggregate_counts_survive_the_purge():
    conference = make_filled_conference()
    before = aggregates(conference)
    assert before["by_status"] == {"confirmed": 2, "waitlisted": 1, "cancelled": 1}
    assert before["checked_in"] == 1

    purge_personal_data(today=conference.personal_data_deleted_on)

    assert aggregates(conference) == before


def test_running_twice_changes_nothing_more():
    conference = make_filled_conference()
    purge_personal_data(today=conference.personal_data_deleted_on)
    conference.refresh_from_db()
    after_first = (snapshot(conference), conference.personal_data_deleted_at)

    later = conference.personal_data_deleted_on + datetime.timedelta(days=30)
    assert purge_personal_data(today=later) == []

    conference.refresh_from_db()
    assert (snapshot(conference), conference.personal_data_deleted_at) == after_first


def test_other_conferences_are_untouched():
    due = make_filled_conference()
    other = make_filled_conference(retention_days=365)
    other_before = snapshot(other)
    other_emails = OutgoingEmail.objects.filter(registration__conference=other).count()

    results = purge_personal_data(today=due.personal_data_deleted_on)

    assert [result.conference for result in results] == [due]
    assert snapshot(other) == other_before
    assert OutgoingEmail.objects.filter(registration__conference=other).count() == other_emails
    other.refresh_from_db()
    assert other.personal_data_deleted_at is None


def test_each_conference_keeps_its_own_retention_days():
    conference = make_filled_conference(retention_days=10)
    assert conference.personal_data_deleted_on == conference.date + datetime.timedelta(days=10)

    assert purge_personal_data(today=conference.date + datetime.timedelta(days=9)) == []
    assert len(purge_personal_data(today=conference.date + datetime.timedelta(days=10))) == 1


def test_default_retention_comes_from_the_settings(settings):
    conference = make_conference()
    assert conference.retention_days == settings.REGISTRATION_RETENTION_DAYS == 90


def test_zero_retention_days_keeps_the_check_in_list_on_the_day_itself():
    conference = make_filled_conference(retention_days=0)

    assert purge_personal_data(today=conference.date) == []
    assert len(purge_personal_data(today=conference.date + datetime.timedelta(days=1))) == 1


def test_a_registration_added_after_the_purge_is_purged_on_the_next_run():
    conference = make_filled_conference()
    purge_personal_data(today=conference.personal_data_deleted_on)
    late = Registration.objects.create(
        conference=conference,
        status=Status.CANCELLED,
        privacy_consent_at=timezone.now(),
        **registration_data(name="Added by hand"),
    )

    [result] = purge_personal_data(today=conference.personal_data_deleted_on)

    assert result.registrations == 1
    late.refresh_from_db()
    assert late.name == "" and late.anonymised_at is not None


def test_a_past_conference_without_registrations_is_marked_once():
    conference = make_conference(days_ahead=-100)

    output = purge()

    assert "no personal data left" in output
    conference.refresh_from_db()
    assert conference.personal_data_deleted_at is not None
    assert "no personal data is due" in purge()


def test_command_deletes_and_reports_per_conference():
    conference = make_filled_conference(days_ago=91)
    upcoming = make_filled_conference()

    output = purge()

    assert f"{conference.slug} ({conference.date:%Y-%m-%d}" in output
    assert "deleted the personal data of 4 registration(s)" in output
    assert upcoming.slug not in output
    assert not conference.registrations.filter(anonymised_at=None).exists()
    assert upcoming.registrations.filter(anonymised_at=None).count() == 4
    assert "no personal data is due" in purge()


def test_command_waits_until_the_retention_date():
    conference = make_filled_conference(days_ago=89)

    assert "no personal data is due" in purge()
    assert not conference.registrations.exclude(anonymised_at=None).exists()


def test_dry_run_reports_but_changes_nothing():
    conference = make_filled_conference(days_ago=100)
    before = snapshot(conference)
    emails = OutgoingEmail.objects.count()

    output = purge("--dry-run")

    assert "would delete the personal data of 4 registration(s)" in output
    assert "dry run: nothing changed" in output
    assert snapshot(conference) == before
    assert OutgoingEmail.objects.count() == emails
    conference.refresh_from_db()
    assert conference.personal_data_deleted_at is None


def test_the_admin_history_of_purged_registrants_goes_too(admin_user):
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    conference = make_filled_conference()
    person = conference.registrations.first()
    LogEntry.objects.log_actions(
        admin_user.pk, [person], CHANGE, change_message="Checked in.", single_object=True
    )
    assert LogEntry.objects.filter(object_repr=person.name).exists()
    Conference.objects.filter(pk=conference.pk).update(
        date=timezone.localdate() - datetime.timedelta(days=200)
    )
    purge()
    registration_type = ContentType.objects.get_for_model(Registration)
    assert not LogEntry.objects.filter(content_type=registration_type).exists()


def test_the_deleting_itself_is_the_rule_in_conferences_rules():
    conference = make_filled_conference(days_ago=100)
    make_filled_conference()  # not due
    with mock.patch.object(rules, "purge_personal_data", wraps=rules.purge_personal_data) as rule:
        [result] = purge_personal_data()
    assert [call.kwargs["conference"] for call in rule.call_args_list] == [conference]
    assert (result.registrations, result.dry_run) == (4, False)
