"""Telling subscribers: releasing a news item's alerts language by language, sending them in
batches, and the weekly digests.

Staff ask for it (`request_alert`, from the admin's "notify subscribers"); a language is then
*released* once, when the item is public and written in it, or at once in the fallback language
staff chose for it. Nothing is ever sent in Dutch to a German reader by default: a language whose
translation is missing waits, and `send_news_alerts` (every five minutes) releases it when the
translation is published, or when a scheduled item goes public.

Releasing writes one `AlertEmail` per immediate subscriber with `bulk_create` (10,000 rows are a
few INSERTs) and hands them to the task worker `ALERT_BATCH_SIZE` at a time; each batch is one
task that sends its e-mails over one connection to the mail server, at the server's pace. What
fails stays in the outbox for `send_pending_emails` (retries with back-off); a permanent failure
(5xx) pauses that subscription (`AlertEmail.failed_for_good`). Weekly subscribers get what was
released in their language since their last digest (`send_digests`).
"""

import datetime
import logging
from itertools import batched

from django.conf import settings
from django.core.mail import mailers
from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone

from core.i18n import localize
from core.outbox import try_send
from news.models import LANGUAGE_CODES, AlertEmail, NewsAlert, NewsItem, Subscription

logger = logging.getLogger(__name__)

# How far back the digest looks for released items (a week, and some slack for a late run).
DIGEST_LOOKBACK = datetime.timedelta(days=30)


def request_alert(*, item: NewsItem, user=None, fallback_languages=()) -> dict[str, int]:
    """Staff: notify the subscribers of `item`, and send in its fallback language to the
    subscribers of `fallback_languages` (languages it is not written in). Releases at once what
    can be released; returns {language: e-mails queued}."""
    with transaction.atomic():
        alert, _created = NewsAlert.objects.select_for_update().get_or_create(
            item=item, defaults={"requested_by": user}
        )
        chosen = set(alert.fallback_languages) | set(fallback_languages)
        alert.fallback_languages = [code for code in LANGUAGE_CODES if code in chosen]
        alert.save(update_fields=["fallback_languages"])
    return release(alert)


def sent_in(item: NewsItem, language: str, fallback_languages=()) -> str | None:
    """The language subscribers of `language` get `item` in: their own when it is written in it,
    its fallback when staff chose that, else None (they wait for the translation)."""
    if item.has_language(language):
        return language
    if language in fallback_languages:
        return localize(item, "title", language).language
    return None


def release(alert: NewsAlert, now=None) -> dict[str, int]:
    """Release every language of `alert` that can go now (see the module's docstring)."""
    now = now or timezone.now()
    queued = {}
    if not NewsItem.objects.published().filter(pk=alert.item_id).exists():
        return queued  # scheduled, ended or unpublished: nothing goes out (yet)
    for language in alert.languages_waiting():
        count = _release_language(alert.pk, language, now)
        if count is not None:
            queued[language] = count
    return queued


def _release_language(alert_id: int, language: str, now) -> int | None:
    with transaction.atomic():
        # One release per language, however many processes try (the admin, the job).
        alert = NewsAlert.objects.select_for_update().select_related("item").get(pk=alert_id)
        item = alert.item
        if language in alert.released:
            return None
        written_in = sent_in(item, language, alert.fallback_languages)
        if written_in is None:
            return None
        subscribers = (
            Subscription.objects.active()
            .filter(language=language, frequency=Subscription.Frequency.IMMEDIATE)
            .matching(item)
            .values_list("pk", flat=True)
        )
        emails = AlertEmail.objects.bulk_create(
            [
                AlertEmail(
                    subscription_id=pk,
                    kind=AlertEmail.Kind.ALERT,
                    item=item,
                    language=written_in,
                    created_at=now,
                )
                for pk in subscribers.iterator(chunk_size=2000)
            ],
            batch_size=1000,
        )
        alert.released[language] = now.isoformat()
        alert.save(update_fields=["released"])
        hand_to_worker([email.pk for email in emails])
    logger.info("News item %s released in %s: %s alert(s)", item.pk, language, len(emails))
    return len(emails)


def hand_to_worker(email_ids: list[int]) -> None:
    """Once the caller's transaction commits, one task per ALERT_BATCH_SIZE e-mails."""
    for batch in batched(email_ids, settings.ALERT_BATCH_SIZE):
        transaction.on_commit(lambda ids=list(batch): send_batch.enqueue(ids), robust=True)


@task()
def send_batch(email_ids: list[int]) -> int:
    """Send a batch of subscriber e-mails over one connection; returns how many were sent. What
    fails stays pending for send_pending_emails."""
    emails = AlertEmail.objects.to_send().filter(pk__in=email_ids)
    sent = 0
    with mailers.default as connection:
        for email in emails:
            sent += try_send(email, connection)
    return sent


def release_waiting(now=None) -> dict[int, dict[str, int]]:
    """Every alert with a language still waiting whose item is public now: what `send_news_alerts`
    does every few minutes (a translation published, a scheduled item gone live)."""
    now = now or timezone.now()
    released = {}
    waiting = NewsAlert.objects.filter(item__in=NewsItem.objects.published()).exclude(
        released__has_keys=LANGUAGE_CODES
    )
    for alert in waiting:
        queued = release(alert, now)
        if queued:
            released[alert.item_id] = queued
    return released


def send_digests(now=None) -> int:
    """The weekly digest for every active weekly subscription: the items released in its language
    since its last digest (or its confirmation). One e-mail per subscriber with news; everyone's
    `last_digest_at` moves on, so a second run in the same week sends nothing. Returns how many
    digests were queued."""
    now = now or timezone.now()
    released = [
        (alert.item, language, datetime.datetime.fromisoformat(at))
        for alert in NewsAlert.objects.filter(requested_at__gte=now - DIGEST_LOOKBACK)
        .select_related("item")
        .prefetch_related("item__topics", "item__desks")
        for language, at in alert.released.items()
    ]
    with transaction.atomic():
        weekly = Subscription.objects.active().filter(
            frequency=Subscription.Frequency.WEEKLY, confirmed_at__lte=now
        )
        language_of = dict(weekly.values_list("pk", "language"))
        wanted: dict[int, list[tuple[NewsItem, str]]] = {}
        for item, language, at in released:
            if at > now:
                continue
            not_told = Q(last_digest_at__lt=at) | Q(last_digest_at=None, confirmed_at__lt=at)
            subscribers = weekly.filter(not_told, language=language).matching(item)
            for pk in subscribers.values_list("pk", flat=True):
                wanted.setdefault(pk, []).append((item, language))
        emails = AlertEmail.objects.bulk_create(
            [
                AlertEmail(
                    subscription_id=pk,
                    kind=AlertEmail.Kind.DIGEST,
                    language=language_of[pk],
                    created_at=now,
                )
                for pk, items in wanted.items()
            ],
            batch_size=1000,
        )
        through = AlertEmail.digest_items.through
        through.objects.bulk_create(
            [
                through(alertemail_id=email.pk, newsitem_id=item.pk)
                for email, (_pk, items) in zip(emails, wanted.items(), strict=True)
                for item, _language in items
            ],
            batch_size=1000,
        )
        weekly.update(last_digest_at=now)
        hand_to_worker([email.pk for email in emails])
    return len(emails)
