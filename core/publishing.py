"""The publish switch and schedule shared by every kind of public content.

An item is public when it is published and, if it has a schedule, `publish_at` has passed and
`unpublish_at` has not. The queryset decides with the current time, so a scheduled change takes
effect at that moment without anyone (or any cron job) acting; `next_scheduled_change()` tells
caches when that moment is.
"""

import datetime
import functools

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.prepared import CurrentTime, prepared
from core.public_pages import EVERY_PAGE

# Identifies content loaded by `manage.py seed_portal`, so that re-running it finds its own rows.
SEED_KEY_FIELD = {"max_length": 60, "blank": True, "editable": False, "default": ""}


def public_now(prefix: str = "", now: datetime.datetime | None = None) -> models.Q:
    """The condition "visitors see it now", on the item itself or on a related one (`desk__`).
    Without `now`, the time is read when the query is compiled (CurrentTime), so the condition
    can be built, or its SQL compiled (core.prepared), once."""
    now = now or CurrentTime()
    return (
        models.Q(**{f"{prefix}is_published": True})
        & (
            models.Q(**{f"{prefix}publish_at__isnull": True})
            | models.Q(**{f"{prefix}publish_at__lte": now})
        )
        & (
            models.Q(**{f"{prefix}unpublish_at__isnull": True})
            | models.Q(**{f"{prefix}unpublish_at__gt": now})
        )
    )


def is_staff(user) -> bool:
    """Whether `user` sees unpublished items (previews)."""
    return bool(user.is_authenticated and user.is_staff)


@functools.cache
def _prepared_visible(model):
    def visible(staff):
        return model.objects.visible(staff)

    visible.__qualname__ = f"{model.__name__}.objects.visible"
    return prepared(visible)


def visible(model, staff: bool):
    """`model.objects.visible(staff)` with its SQL compiled once per process (core.prepared): a
    list page's query of every item of a kind that it may show (the home page's desks, the
    overview's desks, locations and topics)."""
    return _prepared_visible(model)(staff)


class PublishableQuerySet(models.QuerySet):
    # Conditions on related items that must be published too, e.g. an FAQ's desk and topic.
    published_with = ()

    def published(self):
        condition = public_now()
        for name in self.published_with:
            condition &= public_now(f"{name}__")
        return self.filter(condition)

    def visible_to(self, user):
        """Everything for staff (they preview unpublished items), published items for others."""
        return self.visible(staff=is_staff(user))

    def visible(self, staff: bool):
        """visible_to() for a user who is staff or not (core.prepared takes a bool, not a user)."""
        return self if staff else self.published()


class Publishable(models.Model):
    public_pages = EVERY_PAGE  # content: any page may show it

    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Unpublished items are hidden from visitors; staff can still preview them."),
    )
    publish_at = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Empty: as soon as it is published. Otherwise visitors see it from then on."),
    )
    unpublish_at = models.DateTimeField(
        _("publish until"),
        null=True,
        blank=True,
        help_text=_("Empty: no end. Otherwise visitors no longer see it from then on."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    # Translation status (core/translation_status.py): when a Dutch text last changed, and when
    # each other language was last saved or marked up to date ({"de": "2027-03-01T12:00:00+00:00"}).
    source_changed_at = models.DateTimeField(
        _("Dutch text last changed"), null=True, blank=True, editable=False
    )
    translations_checked_at = models.JSONField(
        _("translations last checked"), default=dict, blank=True, editable=False
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.publish_at and self.unpublish_at and self.unpublish_at <= self.publish_at:
            raise ValidationError(
                {"unpublish_at": _("The end of publication must be after its start.")}
            )

    @property
    def schedule_status(self) -> str:
        """ "live" (visitors see it now, not counting its desk or topic), "unpublished",
        "scheduled" (from `publish_at` on) or "ended" (since `unpublish_at`)."""
        now = timezone.now()
        if not self.is_published:
            return "unpublished"
        if self.unpublish_at is not None and self.unpublish_at <= now:
            return "ended"
        if self.publish_at is not None and self.publish_at > now:
            return "scheduled"
        return "live"

    @property
    def is_live(self) -> bool:
        return self.schedule_status == "live"


def publishable_models() -> list[type[Publishable]]:
    return [model for model in apps.get_models() if issubclass(model, Publishable)]


def next_scheduled_change(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """The earliest future `publish_at` or `unpublish_at` of any published item of any kind, or
    None: until then every public page stays as it is (as far as scheduling goes). One query."""
    now = now or timezone.now()
    times = [
        model._base_manager.filter(is_published=True, **{f"{field}__gt": now})
        .order_by()
        .annotate(at=models.F(field))
        .values_list("at", flat=True)
        for model in publishable_models()
        for field in ("publish_at", "unpublish_at")
    ]
    if not times:
        return None
    return times[0].union(*times[1:], all=True).order_by("at").first()


_CACHE_KEY = "core:next-scheduled-change"
_NONE = "none"


def cached_next_scheduled_change() -> datetime.datetime | None:
    """`next_scheduled_change()`, kept in the cache (shared by all app servers) until that moment
    passes or any publishable item is saved or deleted (`forget_next_scheduled_change`), and at
    most a minute, for changes made without saving through the ORM (`QuerySet.update`)."""
    now = timezone.now()
    value = cache.get(_CACHE_KEY)
    if value is None or (value != _NONE and value <= now):
        value = next_scheduled_change(now) or _NONE
        cache.set(_CACHE_KEY, value, timeout=60)
    return None if value == _NONE else value


def forget_next_scheduled_change(sender, **kwargs) -> None:
    """A post_save / post_delete receiver (core/apps.py): a saved schedule invalidates the cache."""
    if isinstance(sender, type) and issubclass(sender, Publishable):
        cache.delete(_CACHE_KEY)
