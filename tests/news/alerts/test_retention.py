"""How long subscriptions keep what: unconfirmed requests go after UNCONFIRMED_SUBSCRIPTION_DAYS,
an ended subscription keeps no address; and the rules that decide it."""

import datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from news import rules
from news.models import AlertEmail, Subscription

pytestmark = pytest.mark.django_db

START = datetime.datetime(2027, 3, 1, 10, 0, tzinfo=datetime.UTC)
DAY = datetime.timedelta(days=1)


def purge(*args) -> str:
    out = StringIO()
    call_command("purge_subscriptions", *args, stdout=out)
    return out.getvalue()


def test_an_unconfirmed_request_is_kept_six_days_and_gone_after_eight(choices):
    with time_machine.travel(START, tick=False):
        pending = rules.subscribe(email="anna@example.org", language="de", topics=[choices["tax"]])
        confirmed = rules.subscribe(email="bea@example.org", language="nl")
        rules.confirm(token=confirmed.token)
    assert AlertEmail.objects.filter(subscription=pending).count() == 1

    with time_machine.travel(START + 6 * DAY, tick=False):
        assert purge("--dry-run") == (
            "purge_subscriptions: would delete 0 subscription(s) not confirmed within 7 day(s) "
            "and 0 record(s) of e-mails sent more than 30 day(s) ago.\n"
        )
        assert rules.purge_unconfirmed() == 0
    assert Subscription.objects.filter(pk=pending.pk).exists()

    with time_machine.travel(START + 8 * DAY, tick=False):
        assert "would delete 1 subscription(s)" in purge("--dry-run")
        assert Subscription.objects.filter(pk=pending.pk).exists()  # a dry run changes nothing
        assert "deleted 1 subscription(s) not confirmed within 7 day(s)" in purge()
    assert not Subscription.objects.filter(pk=pending.pk).exists()
    assert not AlertEmail.objects.filter(subscription_id=pending.pk).exists()
    assert not Subscription.objects.filter(email="anna@example.org").exists()
    # A confirmed one stays, however old.
    assert Subscription.objects.get(pk=confirmed.pk).status == "active"
    with time_machine.travel(START + 9 * DAY, tick=False):
        assert "deleted 0 subscription(s)" in purge()


def test_the_retention_follows_its_setting(choices, settings):
    settings.UNCONFIRMED_SUBSCRIPTION_DAYS = 2
    with time_machine.travel(START, tick=False):
        rules.subscribe(email="anna@example.org", language="en")
    with time_machine.travel(START + 3 * DAY, tick=False):
        assert "deleted 1 subscription(s) not confirmed within 2 day(s)" in purge()
    assert not Subscription.objects.exists()


def test_ending_deletes_the_address_and_the_unsent_emails_at_once(choices):
    subscription = rules.subscribe(email="anna@example.org", language="en")
    rules.confirm(token=subscription.token)
    sent = AlertEmail.objects.get()  # the confirmation
    AlertEmail.objects.filter(pk=sent.pk).update(sent_at=timezone.now())
    AlertEmail.objects.create(subscription=subscription, kind="digest", language="en")

    ended = rules.end(subscription=subscription)
    assert (ended.status, ended.email) == ("ended", "")
    stored = Subscription.objects.get()
    assert (stored.status, stored.email, stored.ended_at is not None) == ("ended", "", True)
    # What was sent stays as a delivery record, without an address; nothing is left to send.
    assert list(AlertEmail.objects.values_list("pk", flat=True)) == [sent.pk]
    assert not AlertEmail.objects.to_send().exists()
    assert not Subscription.objects.filter(email__icontains="anna").exists()

    # Ending again changes nothing (ended_at stays the first one).
    again = rules.end(subscription=stored, now=timezone.now() + DAY)
    assert again.ended_at == stored.ended_at


def test_an_ended_subscription_cannot_be_changed_or_confirmed(choices):
    subscription = rules.subscribe(email="anna@example.org", language="en")
    rules.end(subscription=subscription)
    with pytest.raises(rules.Ended):
        rules.confirm(token=subscription.token)
    with pytest.raises(rules.Ended):
        rules.change(subscription=subscription, frequency="weekly")
    with pytest.raises(rules.NotFound):
        rules.confirm(token="z" * 43)


def test_a_second_pending_request_joins_the_live_subscription_not_a_second_one(choices):
    """Three requests for one address, confirmed one after another: one live subscription, with
    the last choices; an address in another case is the same mailbox."""
    first = rules.subscribe(email="anna@example.org", language="nl")
    second = rules.subscribe(email="Anna@example.org", language="de", frequency="weekly")
    third = rules.subscribe(email="anna@example.org", language="fr", desks=[choices["gip"]])
    other = rules.subscribe(email="bea@example.org", language="en")
    for subscription in (first, second, third, other):
        rules.confirm(token=subscription.token)
    live = Subscription.objects.filter(status__in=["active", "paused"])
    assert sorted(live.values_list("email", flat=True)) == ["anna@example.org", "bea@example.org"]
    anna = live.get(pk=first.pk)
    assert (anna.language, anna.frequency) == ("fr", "immediate")
    assert [desk.slug for desk in anna.desks.all()] == ["gip"]
    assert Subscription.objects.count() == 2


def test_records_of_sent_e_mails_go_after_their_retention_and_failed_ones_stay(choices):
    with time_machine.travel(START, tick=False):
        reader = rules.subscribe(email="anna@example.org", language="fr")
        rules.confirm(token=reader.token)
        AlertEmail.objects.filter(subscription=reader).update(sent_at=timezone.now())
        failed = AlertEmail.objects.create(
            subscription=reader, kind="alert", language="fr", last_error="Permanent failure"
        )
    with time_machine.travel(START + 29 * DAY, tick=False):
        assert "and 0 record(s) of e-mails" in purge()
    with time_machine.travel(START + 31 * DAY, tick=False):
        assert "and 1 record(s) of e-mails sent more than 30 day(s) ago" in purge()
    assert list(AlertEmail.objects.all()) == [failed]
