"""Freshness of contact data and answers: desks, locations and FAQs have an owner and a "last
checked" date. What is due for a check (not checked within settings.FRESHNESS_MONTHS), and which
locations lack a phone number, an e-mail address or opening hours, is listed on the staff
dashboard and sent to each owner in a weekly digest (`manage.py send_freshness_digest`)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from core.staffmail import to_staff
from services.desks.models import FAQ, Location, ServiceDesk


@dataclass
class Due:
    """What needs checking: stale desks, locations and FAQs, and incomplete locations."""

    desks: list = field(default_factory=list)
    locations: list = field(default_factory=list)
    faqs: list = field(default_factory=list)
    incomplete_locations: list = field(default_factory=list)

    def __bool__(self):
        return any((self.desks, self.locations, self.faqs, self.incomplete_locations))

    @property
    def count(self) -> int:
        return sum(
            len(items)
            for items in (self.desks, self.locations, self.faqs, self.incomplete_locations)
        )


def due(*, today=None) -> Due:
    """Everything due, in four queries."""
    return Due(
        desks=list(ServiceDesk.objects.due_for_check(today=today).select_related("owner")),
        locations=list(Location.objects.due_for_check(today=today).select_related("desk", "owner")),
        faqs=list(FAQ.objects.due_for_check(today=today).select_related("desk", "owner")),
        incomplete_locations=list(
            Location.objects.missing_contact_data(today=today).select_related("desk", "owner")
        ),
    )


def due_per_owner(*, today=None) -> dict:
    """{owner: Due} for the items that have an owner."""
    everything = due(today=today)
    per_owner = defaultdict(Due)
    for name in ("desks", "locations", "faqs", "incomplete_locations"):
        for item in getattr(everything, name):
            if item.owner_id is not None:
                getattr(per_owner[item.owner], name).append(item)
    return dict(per_owner)


def send_digests(*, today=None) -> int:
    """E-mail each owner (active staff with an address) the items they own that are due, through
    the outbox; return how many e-mails were queued. In the portal's default language (staff
    read Dutch)."""
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for owner, items in due_per_owner(today=today).items():
            if not (owner.is_active and owner.is_staff and owner.email):
                continue
            context = {
                "owner": owner,
                "due": items,
                "months": settings.FRESHNESS_MONTHS,
                "site_url": settings.SITE_URL,
            }
            to_staff(
                kind="freshness_digest",
                template="emails/freshness_digest",
                context=context,
                subject=_("Portal content to check: %(count)s items") % {"count": items.count},
                to=owner.email,
            )
            sent += 1
    return sent
