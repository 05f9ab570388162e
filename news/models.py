"""News items, the visitors' subscriptions to alerts about them, and the alert e-mails.

- A `NewsItem` is content like an answer: four languages, history, scheduling, roles. It names
  the desks and topics it concerns and, optionally, the answers (FAQs) it changes.
- A `Subscription` is a visitor's wish to hear of news about some topics and desks (none: all
  news), in one language, at once or weekly. It is `pending` until its confirmation link is
  followed (double opt-in) and deleted if it never is (`purge_subscriptions`); `paused` after a
  permanent delivery failure; `ended` keeps no address.
- A `NewsAlert` is staff's "notify subscribers" for one item, and per language when its alerts
  were released (queued for immediate subscribers, included in weekly digests).
- An `AlertEmail` is one e-mail to one subscriber (a confirmation, an alert or a digest) in the
  outbox (core/outbox.py).

The rules that change them are in news/rules.py.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.i18n import kept_reverse
from core.outbox import OutboxEmail, OutboxQuerySet
from core.public_pages import NO_PAGE
from core.publishing import SEED_KEY_FIELD, Publishable, PublishableQuerySet
from core.richtext import MARKDOWN_HELP
from core.tokens import new_token
from services.desks.models import FAQ, ServiceDesk, Topic

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Slugs that news/urls.py uses for something else below /xx/news/.
RESERVED_SLUGS = {"feed"}
# The fields a language needs before its subscribers get an item in it.
ALERT_FIELDS = ("title", "summary", "body")


class NewsItemQuerySet(PublishableQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")

    def written_in(self, language: str):
        """Items written in `language` (as NewsItem.has_language: more than white space in
        each of ALERT_FIELDS)."""
        written = models.Q()
        for field in ALERT_FIELDS:
            written &= models.Q(**{f"{build_localized_fieldname(field, language)}__regex": r"\S"})
        return self.filter(written)


class NewsItem(Publishable):
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Part of the web address."))
    date = models.DateTimeField(
        _("date"),
        default=timezone.now,
        help_text=_("The date shown with the item and in the feeds; news is listed newest first."),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: what changes, for whom and from when."),
    )
    body = models.TextField(_("text"), help_text=MARKDOWN_HELP)
    desks = models.ManyToManyField(
        ServiceDesk,
        blank=True,
        related_name="news_items",
        verbose_name=_("desks"),
        help_text=_("The desks this news concerns; it shows on their pages."),
    )
    topics = models.ManyToManyField(
        Topic,
        blank=True,
        related_name="news_items",
        verbose_name=_("topics"),
        help_text=_("The topics this news concerns; it shows on their pages."),
    )
    answers = models.ManyToManyField(
        FAQ,
        blank=True,
        related_name="news_items",
        verbose_name=_("answers it changes"),
        help_text=_(
            "Answers that were changed because of this news: they show “changed on …, see news”."
        ),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    seed_key = models.CharField(**SEED_KEY_FIELD)

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def __str__(self):
        return self.title or self.slug

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by the news feed.")})

    def save(self, *args, **kwargs):
        # A scheduled item is news when it appears: dated then, so that it is listed, marked up
        # and fed (Atom `published`, Last-Modified) as new, not under the day it was written.
        if self.publish_at and self.publish_at > self.date:
            self.date = self.publish_at
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "date"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return kept_reverse("news:detail", slug=self.slug)

    def has_language(self, language: str) -> bool:
        """Whether the item is written in `language` (its title, summary and text)."""
        return all(
            (getattr(self, build_localized_fieldname(field, language), "") or "").strip()
            for field in ALERT_FIELDS
        )


class SubscriptionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Subscription.Status.ACTIVE)

    def matching(self, item: NewsItem):
        """Subscriptions that want to hear of `item`: any of its topics or desks, or everything
        (a subscription that names none)."""
        topic_ids = [topic.pk for topic in item.topics.all()]
        desk_ids = [desk.pk for desk in item.desks.all()]
        wants_all = ~models.Exists(
            Subscription.topics.through.objects.filter(subscription=models.OuterRef("pk"))
        ) & ~models.Exists(
            Subscription.desks.through.objects.filter(subscription=models.OuterRef("pk"))
        )
        wanted = wants_all
        if topic_ids:
            wanted |= models.Exists(
                Subscription.topics.through.objects.filter(
                    subscription=models.OuterRef("pk"), topic_id__in=topic_ids
                )
            )
        if desk_ids:
            wanted |= models.Exists(
                Subscription.desks.through.objects.filter(
                    subscription=models.OuterRef("pk"), servicedesk_id__in=desk_ids
                )
            )
        return self.filter(wanted)

    def unconfirmed_since(self, cutoff: datetime.datetime):
        return self.filter(status=Subscription.Status.PENDING, created_at__lt=cutoff)


class Subscription(models.Model):
    """A visitor's alerts. The address is the only personal data; it is deleted when the
    subscription ends, and a pending subscription is deleted whole after
    UNCONFIRMED_SUBSCRIPTION_DAYS."""

    public_pages = NO_PAGE  # what visitors send
    personal_page = True  # its page's address holds the token (core/tokens.py)

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        ACTIVE = "active", _("active")
        PAUSED = "paused", _("paused after a delivery failure")
        ENDED = "ended", _("ended")

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("at once")
        WEEKLY = "weekly", _("once a week")

    email = models.EmailField(_("e-mail address"), blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency, default=Frequency.IMMEDIATE
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="+", verbose_name=_("topics"))
    desks = models.ManyToManyField(
        ServiceDesk, blank=True, related_name="+", verbose_name=_("desks")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.PENDING, db_index=True
    )
    token = models.CharField(_("personal link"), max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    paused_at = models.DateTimeField(_("paused"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    # The last weekly digest: the next one holds what was released since.
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("subscription to news alerts")
        verbose_name_plural = _("subscriptions to news alerts")

    def __str__(self):
        return f"{self.get_status_display()} ({self.language}, {self.get_frequency_display()})"

    def get_absolute_url(self):
        return reverse("news:subscription", kwargs={"token": self.token})


class NewsAlert(models.Model):
    """Staff asked to notify subscribers of a news item. Each language is released once: when the
    item is public and written in that language, or at once in a fallback language that staff
    chose for it (`fallback_languages`)."""

    public_pages = NO_PAGE  # a sending record

    item = models.OneToOneField(
        NewsItem, on_delete=models.CASCADE, related_name="alert", verbose_name=_("news item")
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    fallback_languages = models.JSONField(
        _("sent in a fallback language to"),
        default=list,
        blank=True,
        help_text=_("Languages whose subscribers get the item in its fallback language."),
    )
    # {"de": "2027-03-01T12:00:00+00:00"}: when each language's alerts were queued.
    released = models.JSONField(_("released"), default=dict, blank=True)

    class Meta:
        verbose_name = _("news alert")
        verbose_name_plural = _("news alerts")

    def __str__(self):
        return str(self.item)

    def languages_waiting(self) -> list[str]:
        return [code for code in LANGUAGE_CODES if code not in self.released]


PENDING = Subscription.Status.PENDING


class AlertEmailQuerySet(OutboxQuerySet):
    def to_send(self):
        """Pending e-mails to subscribers who still have an address: a confirmation to a pending
        subscription, anything else to an active one."""
        return (
            super()
            .to_send()
            .exclude(subscription__email="")
            .filter(
                models.Q(kind=AlertEmail.Kind.CONFIRM, subscription__status=PENDING)
                | models.Q(subscription__status=Subscription.Status.ACTIVE)
            )
            .select_related("subscription", "item")
        )


class AlertEmail(OutboxEmail):
    """An e-mail to a subscriber, kept until sent (core.outbox); rendered by news.emails."""

    class Kind(models.TextChoices):
        CONFIRM = "confirm", _("confirm the subscription")
        ALERT = "alert", _("news alert")
        DIGEST = "digest", _("weekly digest")

    subscription = models.ForeignKey(
        Subscription,
        on_delete=models.CASCADE,
        related_name="emails",
        verbose_name=_("subscription"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    item = models.ForeignKey(
        NewsItem,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("news item"),
    )
    # The language it is written in: the subscriber's, or the fallback staff chose.
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    digest_items = models.ManyToManyField(
        NewsItem, blank=True, related_name="+", verbose_name=_("news items in the digest")
    )

    objects = AlertEmailQuerySet.as_manager()

    class Meta(OutboxEmail.Meta):
        verbose_name = _("e-mail to a subscriber")
        verbose_name_plural = _("e-mails to subscribers")

    def is_deliverable(self) -> bool:
        subscription = self.subscription
        if not subscription.email:
            return False
        if self.kind == self.Kind.CONFIRM:
            return subscription.status == Subscription.Status.PENDING
        return subscription.status == Subscription.Status.ACTIVE

    def failed_for_good(self) -> None:
        """A permanent failure (core.outbox): alerts to that address stop until it is fixed;
        staff see the paused subscription."""
        Subscription.objects.filter(
            pk=self.subscription_id, status=Subscription.Status.ACTIVE
        ).update(status=Subscription.Status.PAUSED, paused_at=timezone.now())

    def __str__(self):
        return f"{self.get_kind_display()} ({self.language})"
