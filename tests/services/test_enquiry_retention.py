"""Personal data of a question goes a configurable period after it is closed; counts survive."""

import datetime
from io import StringIO

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone

from services.questions import retention, rules
from services.questions.models import Enquiry, EnquiryEmail, EnquiryMessage
from tests.factories import make_desk, make_topic

pytestmark = pytest.mark.django_db
NOW = timezone.make_aware(datetime.datetime(2027, 3, 31, 12, 0))


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("desk-worker", is_staff=True)


@pytest.fixture
def desk():
    return make_desk(reference_prefix="GIP", enquiry_email="inbox@gip.example")


def closed_question(desk, closed_at, staff, language="de"):
    asked = closed_at - datetime.timedelta(days=3)
    enquiry = rules.ask_question(
        desk=desk,
        email="anna@example.org",
        name="Anna Jansen",
        question="Waar betaal ik belasting?",
        language=language,
        lives_in="NL",
        works_in="DE",
        topic=make_topic(),
        now=asked,
    )
    rules.reply(enquiry=enquiry, text="In Duitsland, Anna.", author=staff, now=asked)
    rules.add_note(enquiry=enquiry, text="Anna belde nog", now=asked)
    rules.set_status(enquiry=enquiry, status="closed", now=closed_at)
    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Enquiry),
        object_id=str(enquiry.pk),
        object_repr=enquiry.reference,
        action_flag=CHANGE,
        change_message="Antwoord aan Anna Jansen",
        user=staff,
    )
    return enquiry


def test_personal_data_goes_twelve_months_after_closing_and_the_counts_stay(
    desk, admin_user, settings
):
    assert settings.ENQUIRY_RETENTION_MONTHS == 12
    # 31 March 2026 is exactly 12 months before NOW; 1 April 2026 one day short of it.
    due = closed_question(
        desk, timezone.make_aware(datetime.datetime(2026, 3, 31, 12, 0)), staff=admin_user
    )
    kept = closed_question(
        desk, timezone.make_aware(datetime.datetime(2026, 4, 1, 12, 0)), staff=admin_user
    )
    still_open = rules.ask_question(
        desk=desk,
        email="b@example.org",
        question="Open?",
        language="nl",
        now=NOW.replace(year=2025),
    )
    counts_before = Enquiry.objects.status_counts()

    result = retention.purge_enquiries(months=12, now=NOW)

    assert (result.enquiries, result.emails) == (1, 2)  # acknowledgement and reply
    due.refresh_from_db()
    assert (due.email, due.name, due.question) == ("", "", "")
    assert due.anonymised_at == NOW
    assert set(due.messages.values_list("text", flat=True)) == {""}
    assert not EnquiryEmail.objects.filter(enquiry=due).exists()
    assert not LogEntry.objects.filter(object_id=str(due.pk)).exists()
    # What the counts need survives.
    assert (due.reference, due.desk, due.status, due.language) == (
        due.reference,
        desk,
        "closed",
        "de",
    )
    assert (due.lives_in, due.works_in, due.topic_id) == ("NL", "DE", due.topic_id)
    assert due.topic_id is not None and due.created_at and due.closed_at and due.answered_at
    assert due.messages.count() == 2
    assert Enquiry.objects.status_counts() == counts_before
    # The others are untouched.
    for enquiry in (kept, still_open):
        enquiry.refresh_from_db()
        assert enquiry.email and enquiry.question and enquiry.anonymised_at is None
    assert EnquiryMessage.objects.filter(enquiry=kept).exclude(text="").count() == 2
    assert LogEntry.objects.filter(object_id=str(kept.pk)).exists()
    # A second run finds nothing more.
    assert retention.purge_enquiries(months=12, now=NOW).enquiries == 0


def test_the_retention_period_is_a_setting(desk, staff, settings):
    settings.ENQUIRY_RETENTION_MONTHS = 1
    closed_question(desk, timezone.now() - datetime.timedelta(days=40), staff)
    out = StringIO()
    call_command("purge_enquiries", "--dry-run", stdout=out)
    assert "would delete the personal data of 1 question(s)" in out.getvalue()
    assert Enquiry.objects.with_personal_data().count() == 1
    call_command("purge_enquiries", stdout=out)
    assert Enquiry.objects.with_personal_data().count() == 0


def test_a_purged_question_is_never_written_to_again(
    desk, staff, django_capture_on_commit_callbacks
):
    enquiry = closed_question(desk, NOW.replace(year=2025), staff)
    retention.purge_enquiries(months=12, now=NOW)
    with pytest.raises(rules.EnquiryPurged):
        rules.set_status(enquiry=enquiry, status="in_progress")
    with pytest.raises(rules.EnquiryPurged):
        rules.reply(enquiry=enquiry, text="Nog iets")
    with pytest.raises(rules.EnquiryPurged):
        rules.add_note(enquiry=enquiry, text="Nog iets")


def test_reopening_stops_the_clock(desk, staff):
    enquiry = closed_question(desk, NOW.replace(year=2025), staff)
    rules.set_status(enquiry=enquiry, status="in_progress", now=NOW.replace(year=2025, month=5))
    assert retention.purge_enquiries(months=12, now=NOW).enquiries == 0


def test_the_admin_shows_a_purged_question_read_only(desk, staff, staff_client):
    enquiry = closed_question(desk, NOW.replace(year=2025), staff)
    retention.purge_enquiries(months=12, now=NOW)
    html = staff_client.get(f"/admin/services/enquiry/{enquiry.pk}/change/").content.decode()
    assert enquiry.reference in html
    assert "Verwijderd na de bewaartermijn." in html
    assert 'name="reply"' not in html and 'name="status"' not in html


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        ((2027, 3, 31), 12, (2026, 3, 31)),
        ((2027, 3, 31), 1, (2027, 2, 28)),
        ((2028, 3, 31), 1, (2028, 2, 29)),
        ((2027, 1, 15), 1, (2026, 12, 15)),
        ((2027, 1, 15), 25, (2024, 12, 15)),
    ],
)
def test_months_before_counts_calendar_months(moment, months, expected):
    start = datetime.datetime(*moment, 9, 30)
    assert retention.months_before(start, months) == datetime.datetime(*expected, 9, 30)
