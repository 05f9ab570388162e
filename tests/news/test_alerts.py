"""Telling subscribers (news/alerts.py): releasing an item language by language, never in Dutch
by default; batches for the task worker; a permanent failure; the weekly digest."""

import datetime
import email.policy
import math
import smtplib
from email import message_from_bytes

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.tasks import default_task_backend
from django.utils import timezone

from news.alerts import release_waiting, request_alert, send_batch, send_digests
from news.models import AlertEmail, NewsAlert, Subscription
from tests.factories import make_desk, make_topic
from tests.factories import make_news_item as make_item

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "de", "en", "fr"]
Kind = AlertEmail.Kind


def subscriber(
    language="nl", *, frequency="immediate", topics=(), desks=(), status="active", **fields
):
    n = Subscription.objects.count() + 1
    subscription = Subscription.objects.create(
        email=f"reader{n}@example.org",
        language=language,
        frequency=frequency,
        status=status,
        confirmed_at=None if status == "pending" else timezone.now() - datetime.timedelta(days=30),
        **fields,
    )
    subscription.topics.set(topics)
    subscription.desks.set(desks)
    return subscription


_capture = None


@pytest.fixture(autouse=True)
def committing(django_capture_on_commit_callbacks):
    """The calls below run their on-commit callbacks (the tasks that send) as a committed
    transaction would: the test's own transaction never commits."""
    global _capture
    _capture = django_capture_on_commit_callbacks
    yield
    _capture = None


def committed(function):
    def run(*args, **kwargs):
        with _capture(execute=True):
            return function(*args, **kwargs)

    return run


request_alert = committed(request_alert)
release_waiting = committed(release_waiting)
send_digests = committed(send_digests)


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_alert_reaches_the_subscribers_who_follow_its_topic_or_desk_in_their_language(language):
    tax, pension = make_topic(), make_topic()
    desk = make_desk()
    by_topic = subscriber(language, topics=[tax])
    by_desk = subscriber(language, desks=[desk])
    everything = subscriber(language)
    other_topic = subscriber(language, topics=[pension])
    weekly = subscriber(language, frequency="weekly", topics=[tax])
    pending = subscriber(language, topics=[tax], status="pending")
    paused = subscriber(language, topics=[tax], status="paused")
    item = make_item(topics=[tax], desks=[desk])

    queued = request_alert(item=item)

    assert queued[language] == 3
    for reader in (by_topic, by_desk, everything):
        [message] = sent_to(reader.email)
        assert message.subject.endswith(getattr(item, f"title_{language}"))
        assert getattr(item, f"body_{language}") in message.body
    for reader in (other_topic, weekly, pending, paused):
        assert sent_to(reader.email) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_alert_carries_the_personal_link_and_one_click_unsubscribe(language):
    reader = subscriber(language)
    request_alert(item=make_item())

    [message] = sent_to(reader.email)
    unsubscribe = f"http://testserver/{language}/alerts/{reader.token}/unsubscribe/"
    # As the SMTP backend writes it (email.policy.SMTP), then read back as a mail program would.
    headers = message_from_bytes(message.message(policy=email.policy.SMTP).as_bytes())
    assert headers["List-Unsubscribe"] == f"<{unsubscribe}>".replace("http://testserver", _site())
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"/{language}/alerts/{reader.token}/" in message.body
    html = message.alternatives[0].content
    assert f"/{language}/alerts/{reader.token}/" in html


def _site():
    from django.conf import settings

    return settings.SITE_URL


@pytest.mark.parametrize("missing", ["de", "en", "fr"])
def test_a_missing_translation_is_not_sent_in_another_language_but_when_it_is_published(missing):
    readers = {language: subscriber(language) for language in LANGUAGES}
    written = [language for language in LANGUAGES if language != missing]
    item = make_item(languages=written)

    queued = request_alert(item=item)

    assert set(queued) == set(written)
    assert sent_to(readers[missing].email) == []
    assert NewsAlert.objects.get(item=item).languages_waiting() == [missing]
    assert release_waiting() == {}  # still nothing to send in that language

    for field in ("title", "summary", "body"):
        setattr(item, f"{field}_{missing}", f"{field} in {missing}")
    item.save()
    assert release_waiting() == {item.pk: {missing: 1}}

    [message] = sent_to(readers[missing].email)
    assert "title in" in message.subject and missing in message.subject
    assert release_waiting() == {}  # released once
    assert len(sent_to(readers[missing].email)) == 1


@pytest.mark.parametrize("missing", ["de", "en", "fr"])
def test_staff_may_choose_the_fallback_language_explicitly(missing):
    reader = subscriber(missing)
    item = make_item(languages=[language for language in LANGUAGES if language != missing])

    assert request_alert(item=item, fallback_languages=[missing])[missing] == 1

    [message] = sent_to(reader.email)
    email = AlertEmail.objects.get(subscription=reader)
    assert email.language != missing
    assert getattr(item, f"title_{email.language}") in message.subject
    # The HTML marks the text with its own language, and says why.
    assert f'lang="{email.language}"' in message.alternatives[0].content


def test_a_scheduled_item_is_announced_when_it_goes_public():
    reader = subscriber("de")
    item = make_item(publish_at=timezone.now() + datetime.timedelta(hours=2))

    assert request_alert(item=item) == {}
    assert sent_to(reader.email) == []

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=3)):
        committed(call_command)("send_news_alerts", stdout=(out := _Out()))
    assert len(sent_to(reader.email)) == 1
    assert "1 alert(s) queued for 1 item(s)" in out.text


class _Out:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text


@pytest.fixture
def queued_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    yield default_task_backend.results
    default_task_backend.clear()


def test_ten_thousand_subscribers_are_queued_in_batches_with_a_fixed_number_of_queries(
    queued_tasks, django_assert_max_num_queries, settings
):
    topic = make_topic()
    Subscription.objects.bulk_create(
        Subscription(
            email=f"reader{n}@example.org",
            language=LANGUAGES[n % 4],
            status="active",
            token=f"token-{n:020d}",
        )
        for n in range(10_000)
    )
    item = make_item(topics=[topic])

    with django_assert_max_num_queries(60):
        queued = request_alert(item=item)

    assert queued == dict.fromkeys(LANGUAGES, 2500)
    batches = [result.args[0] for result in queued_tasks]
    assert all(len(batch) <= settings.ALERT_BATCH_SIZE for batch in batches)
    assert len(batches) == 4 * math.ceil(2500 / settings.ALERT_BATCH_SIZE)  # per language
    ids = [pk for batch in batches for pk in batch]
    assert sorted(ids) == sorted(AlertEmail.objects.values_list("pk", flat=True))
    assert mail.outbox == []  # queued, not sent: the worker sends

    # The worker sends a batch over one connection, at the server's pace.
    assert send_batch.call(batches[0]) == len(batches[0])
    assert len(mail.outbox) == len(batches[0])
    assert AlertEmail.objects.pending().count() == 10_000 - len(batches[0])


def test_a_permanent_failure_pauses_the_subscription_and_shows_it_to_staff(
    mail_server, admin_client
):
    refused, fine = subscriber("fr"), subscriber("fr")
    mail_server.down(smtplib.SMTPRecipientsRefused({refused.email: (550, b"5.1.1 No such user")}))
    request_alert(item=make_item())
    mail_server.up()

    refused.refresh_from_db()
    assert refused.status == Subscription.Status.PAUSED and refused.paused_at
    email = AlertEmail.objects.get(subscription=refused)
    assert email.sent_at is None and email.last_error.startswith("Permanent failure")
    fine.refresh_from_db()
    assert fine.status == Subscription.Status.PAUSED  # the same server refused both, for good

    # A paused subscription gets nothing more, until an administrator resumes it.
    request_alert(item=make_item())
    assert sent_to(refused.email) == []
    page = admin_client.get("/admin/news/subscription/?status=paused")
    assert refused.email in page.content.decode()


def test_a_temporary_failure_leaves_the_alert_pending_for_the_retries(mail_server):
    reader = subscriber("en")
    mail_server.down(smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    request_alert(item=make_item())
    mail_server.up()

    reader.refresh_from_db()
    assert reader.status == Subscription.Status.ACTIVE
    email = AlertEmail.objects.get(subscription=reader)
    assert email.sent_at is None and email.attempts == 1
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=5)):
        committed(call_command)("send_pending_emails", stdout=_Out())
    assert len(sent_to(reader.email)) == 1


MONDAY_8 = datetime.datetime(2027, 3, 8, 8, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_weekly_digest_holds_the_week_released_in_the_readers_language(language):
    tax = make_topic()
    with time_machine.travel(MONDAY_8 - datetime.timedelta(days=14), tick=False):
        reader = subscriber(language, frequency="weekly", topics=[tax])
        immediate = subscriber(language, topics=[tax])
        Subscription.objects.filter(pk__in=[reader.pk, immediate.pk]).update(
            confirmed_at=timezone.now() - datetime.timedelta(days=1)
        )
        old = make_item(topics=[tax])
        request_alert(item=old)
        assert send_digests() == 1  # the first digest: what came before it
    mail.outbox.clear()
    with time_machine.travel(MONDAY_8 - datetime.timedelta(days=3), tick=False):
        first, second = make_item(topics=[tax]), make_item(topics=[tax])
        other = make_item(topics=[make_topic()])
        for item in (first, second, other):
            request_alert(item=item)
    mail.outbox.clear()

    with time_machine.travel(MONDAY_8, tick=False):
        assert send_digests() == 1
        [digest] = sent_to(reader.email)
        assert send_digests() == 0  # a second run the same week sends nothing

    assert sent_to(immediate.email) == []  # immediate readers had theirs at once
    for item in (first, second):
        assert f"{item.title_nl.split(' [')[0]} [{language}]" in digest.body
    assert old.title_nl.split(" [")[0] + " [" not in digest.body
    assert other.title_nl.split(" [")[0] + " [" not in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    with time_machine.travel(MONDAY_8 + datetime.timedelta(days=7), tick=False):
        assert send_digests() == 0  # nothing new, no e-mail


def test_a_digest_waits_for_the_translation_like_an_alert():
    reader = subscriber("de", frequency="weekly")
    item = make_item(languages=["nl", "en", "fr"])
    request_alert(item=item)
    assert send_digests() == 0
    item.title_de, item.summary_de, item.body_de = "Titel", "Kurz", "Text"
    item.save()
    release_waiting()
    assert send_digests() == 1
    [digest] = sent_to(reader.email)
    assert "Titel" in digest.body
