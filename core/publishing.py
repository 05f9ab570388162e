"""The publish switch shared by every kind of public content."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Identifies content loaded by `manage.py seed_portal`, so that re-running it finds its own rows.
SEED_KEY_FIELD = {"max_length": 60, "blank": True, "editable": False, "default": ""}


class PublishableQuerySet(models.QuerySet):
    # Conditions on related items that must be published too, e.g. an FAQ's desk and topic.
    published_with = ()

    def published(self):
        return self.filter(
            is_published=True, **{f"{name}__is_published": True for name in self.published_with}
        )

    def visible_to(self, user):
        """Everything for staff (they preview unpublished items), published items for others."""
        if user.is_authenticated and user.is_staff:
            return self
        return self.published()


class Publishable(models.Model):
    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Unpublished items are hidden from visitors; staff can still preview them."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True


def next_scheduled_change():
    """Earliest future publish/unpublish time, or None: the scheduling fields define it."""
    return None
