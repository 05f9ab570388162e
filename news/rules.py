"""Every change to a subscription, each one transaction (see docs/architecture.md, "News alerts:
subscribing"). Releasing and sending alerts and digests: news/alerts.py.

- `subscribe` always writes a new pending subscription and its confirmation e-mail, whether or
  not the address has a subscription already: the same work and the same answer either way, so
  nobody learns from the form whether an address is known. Nothing else is sent to the address
  until the confirmation link is followed (double opt-in).
- `confirm` makes a pending subscription active; if the address has a live one (active or
  paused) already, that one takes the new choices and the pending one is deleted: one address,
  at most one live subscription (and the links in earlier alerts keep working).
- `change` stores new choices from the personal page; `end` ends a subscription and deletes its
  address and its unsent e-mails at once (an ended subscription keeps no personal data).
- `purge_unconfirmed` deletes pending subscriptions never confirmed within
  UNCONFIRMED_SUBSCRIPTION_DAYS, with their e-mails (`purge_subscriptions`, daily).

Ended subscriptions are kept, without an address: their token is no personal data, a mail
program may send the one-click unsubscribe of an old alert again (it is answered "ended", not
"not found"), and their choices and dates count for staff.
"""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.outbox import queue
from core.rules import RuleError, locking_transaction
from news.models import AlertEmail, Subscription
from services.desks.models import ServiceDesk, Topic

Status = Subscription.Status
LIVE = (Status.ACTIVE, Status.PAUSED)


class NotFound(RuleError):
    message = _("This link is not valid (any more).")


class Ended(RuleError):
    message = _("These news alerts have ended.")


def _locked(token: str) -> Subscription:
    """The subscription of this token, its row locked (PostgreSQL) until the transaction ends."""
    subscription = Subscription.objects.select_for_update().filter(token=token).first()
    if subscription is None:
        raise NotFound
    return subscription


def _locked_with_its_address(token: str) -> tuple[Subscription, list[Subscription]]:
    """The subscription of this token and the others of its address, every row locked
    (PostgreSQL) in one statement, in the order of their keys: two confirmations of one address
    at the same moment then wait for each other (the second finds the first one live) instead
    of each locking its own row first and then waiting for the other's (a deadlock)."""
    found = Subscription.objects.filter(token=token).values_list("pk", "email").first()
    if found is None:
        raise NotFound
    pk, email = found
    address = Q(email__iexact=email) if email else Q(pk__in=[])
    rows = list(Subscription.objects.select_for_update().filter(Q(pk=pk) | address).order_by("pk"))
    subscription = next((row for row in rows if row.pk == pk), None)
    if subscription is None:  # deleted between the two statements (merged, purged)
        raise NotFound
    return subscription, [row for row in rows if row.pk != pk]


def subscribe(
    *,
    email: str,
    language: str,
    topics: Iterable[Topic] = (),
    desks: Iterable[ServiceDesk] = (),
    frequency: str = Subscription.Frequency.IMMEDIATE,
    now: datetime.datetime | None = None,
) -> Subscription:
    """A new pending subscription and its confirmation e-mail (sent once this commits). No topic
    and no desk: all news. The address is not looked up: a known one gets the same."""
    with locking_transaction():
        subscription = Subscription.objects.create(
            email=email,
            language=language,
            frequency=frequency,
            status=Status.PENDING,
            created_at=now or timezone.now(),
        )
        subscription.topics.set(topics)
        subscription.desks.set(desks)
        queue(
            AlertEmail.objects.create(
                subscription=subscription, kind=AlertEmail.Kind.CONFIRM, language=language
            )
        )
    return subscription


def confirm(*, token: str, now: datetime.datetime | None = None) -> Subscription:
    """The confirmation link was followed: the live subscription of the address (this one, or the
    one it already had, with the new choices). Confirming twice changes nothing. NotFound for an
    unknown token (deleted unconfirmed, or merged into the address's live subscription); Ended
    for an ended subscription."""
    now = now or timezone.now()
    with locking_transaction():
        subscription, same_address = _locked_with_its_address(token)
        if subscription.status == Status.ENDED:
            raise Ended
        if subscription.status != Status.PENDING:
            return subscription  # confirmed before: nothing to do
        live = next((other for other in same_address if other.status in LIVE), None)
        if live is None:
            subscription.status = Status.ACTIVE
            subscription.confirmed_at = now
            subscription.save(update_fields=["status", "confirmed_at"])
            return subscription
        # The mailbox has just proved it works: a paused subscription is active again.
        if live.status == Status.PAUSED:
            live.paused_at = None
        live.status = Status.ACTIVE
        live.confirmed_at = now
        live.email = subscription.email
        live.language = subscription.language
        live.frequency = subscription.frequency
        live.save(
            update_fields=["status", "paused_at", "confirmed_at", "email", "language", "frequency"]
        )
        live.topics.set(subscription.topics.all())
        live.desks.set(subscription.desks.all())
        subscription.delete()  # with its confirmation e-mail
        return live


def change(
    *,
    subscription: Subscription,
    topics: Iterable[Topic] = (),
    desks: Iterable[ServiceDesk] = (),
    frequency: str,
    language: str | None = None,
) -> Subscription:
    """New choices from the personal page (no topic and no desk: all news); the language too,
    when given. Ended for an ended subscription."""
    with locking_transaction():
        subscription = _locked(subscription.token)
        if subscription.status == Status.ENDED:
            raise Ended
        subscription.frequency = frequency
        if language:
            subscription.language = language
        subscription.save(update_fields=["frequency", "language"])
        subscription.topics.set(topics)
        subscription.desks.set(desks)
    return subscription


def end(*, subscription: Subscription, now: datetime.datetime | None = None) -> Subscription:
    """End the alerts: the address is deleted at once, with every e-mail not sent yet. Ending an
    ended subscription changes nothing (a one-click unsubscribe may come twice)."""
    with locking_transaction():
        subscription = _locked(subscription.token)
        if subscription.status == Status.ENDED:
            return subscription
        subscription.status = Status.ENDED
        subscription.ended_at = now or timezone.now()
        subscription.email = ""
        subscription.save(update_fields=["status", "ended_at", "email"])
        subscription.emails.filter(sent_at=None).delete()
    return subscription


def unconfirmed_cutoff(now: datetime.datetime | None = None) -> datetime.datetime:
    """Pending subscriptions created before this moment are deleted."""
    days = settings.UNCONFIRMED_SUBSCRIPTION_DAYS
    return (now or timezone.now()) - datetime.timedelta(days=days)


def purge_unconfirmed(*, now: datetime.datetime | None = None, dry_run: bool = False) -> int:
    """Delete the pending subscriptions older than UNCONFIRMED_SUBSCRIPTION_DAYS with their
    e-mails; the number of subscriptions (to be) deleted."""
    with locking_transaction():
        due = Subscription.objects.unconfirmed_since(unconfirmed_cutoff(now))
        count = due.count()
        if not dry_run and count:
            due.delete()  # their e-mails with them (on_delete=CASCADE)
    return count


def prune_sent_emails(*, now: datetime.datetime | None = None, dry_run: bool = False) -> int:
    """Delete the records of alerts, digests and confirmations sent more than
    SENT_ALERT_RETENTION_DAYS ago: they say who was told what, which nobody needs once delivery
    is done with (failed ones stay for staff until their subscription goes)."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.SENT_ALERT_RETENTION_DAYS)
    due = AlertEmail.objects.filter(sent_at__lt=cutoff)
    if dry_run:
        return due.count()
    _total, by_model = due.delete()
    return by_model.get(AlertEmail._meta.label, 0)
