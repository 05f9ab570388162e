"""Visitor feedback on every public page: "Did this page help you?" (yes / no and an optional
comment) and "report outdated information", which also goes to the page's owner by e-mail.

Nothing personal is kept: the page without its language, the language, the answer, the comment
with e-mail addresses and long numbers masked, and the date (no time, no address, no user).
Links in a comment are kept as text nobody can click (`hxxps://example[.]org`): the portal
relays what a stranger typed to staff, from its own address."""

from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.functions import TruncWeek
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext as _

from core.redaction import defanged
from core.roles import CONTENT_EDITOR
from core.staffmail import to_staff
from portal.models import Feedback
from portal.search import mask_personal
from services.desks.models import FAQ, Location, ServiceDesk

COMMENT_MAX_LENGTH = 1000


def masked(text: str) -> str:
    return defanged(mask_personal(text)).strip()[:COMMENT_MAX_LENGTH]


def split_language(path: str) -> tuple[str, str]:
    """ "/de/services/x/" -> ("de", "/services/x/")."""
    parts = path.split("/", 2)
    languages = dict(settings.LANGUAGES)
    if len(parts) == 3 and parts[1] in languages:
        return parts[1], "/" + parts[2]
    return settings.LANGUAGE_CODE, path


def page_of(path: str) -> str:
    """The page a path shows, whatever its language and query: "/de/x/?a=1" -> "/x/"."""
    return split_language(path.partition("?")[0])[1]


def record(
    *, path: str, helpful: bool | None, comment: str, kind=Feedback.Kind.HELPFUL, answer=None
):
    language, page = split_language(path)
    return Feedback.objects.create(
        page=page[:200],
        language=language,
        kind=kind,
        helpful=helpful,
        answer=answer,
        comment=masked(comment),
    )


def resolve_page(path: str):
    """The view of a path the portal serves (resolved in the language of the path's own prefix,
    whatever the language of the request), or None."""
    try:
        with translation.override(split_language(path)[0]):
            return resolve(path.partition("?")[0])
    except Resolver404:
        return None


def owners_of(path: str) -> list[str]:
    """E-mail addresses of whoever keeps the page at `path`: a desk's owner (else the owners of
    its locations and FAQs), else the content editors."""
    addresses = []
    match = resolve_page(path)
    if match is not None and match.view_name == "services:desk":
        desk = ServiceDesk.objects.filter(slug=match.kwargs.get("slug")).select_related("owner")
        desk = desk.first()
        if desk is not None:
            owners = [desk.owner] if desk.owner else []
            if not owners:
                for model in (Location, FAQ):
                    owners += [
                        item.owner
                        for item in model.objects.filter(desk=desk, owner__isnull=False)
                        .select_related("owner")
                        .order_by()
                    ]
            addresses = [o.email for o in owners if o.is_active and o.is_staff and o.email]
    if not addresses:
        editors = get_user_model().objects.filter(
            groups__name=CONTENT_EDITOR, is_active=True, is_staff=True
        )
        addresses = [email for email in editors.values_list("email", flat=True) if email]
    return sorted(set(addresses))


class Reported(NamedTuple):
    report: Feedback
    told: int  # how many members of staff it was e-mailed to


def report_outdated(*, path: str, comment: str) -> Reported:
    """Record a visitor's report of outdated information and e-mail it to the page's owners,
    through the outbox (core/staffmail.py): sent after the commit, retried after an outage.
    `told` is 0 when nobody has an address: the report is then only in the admin, and the
    visitor must not be told it was passed on."""
    with transaction.atomic():
        report = record(path=path, helpful=None, comment=comment, kind=Feedback.Kind.OUTDATED)
        addresses = owners_of(path)
        with translation.override(settings.LANGUAGE_CODE):
            for address in addresses:
                to_staff(
                    kind="outdated_report",
                    template="emails/outdated_report",
                    context={"report": report, "url": settings.SITE_URL + path},
                    subject=_("Outdated information reported on %(page)s") % {"page": report.page},
                    to=address,
                )
    return Reported(report, len(addresses))


def yes_and_no() -> dict:
    """Annotations for a Feedback queryset: how many said the page helped (`yes`) and how many
    said it did not (`no`)."""
    return {"yes": Count("pk", filter=Q(helpful=True)), "no": Count("pk", filter=Q(helpful=False))}


def weekly_trends(queryset=None, weeks: int = 8) -> list[dict]:
    """Per page and language, per week: how many said yes, no, and reported outdated
    information. [{"page", "language", "weeks": {monday: {"yes", "no", "outdated"}}}], newest
    week first, in one query."""
    queryset = Feedback.objects.all() if queryset is None else queryset
    rows = (
        queryset.annotate(week=TruncWeek("created_on"))
        .values("page", "language", "week")
        .annotate(**yes_and_no(), outdated=Count("pk", filter=Q(kind=Feedback.Kind.OUTDATED)))
        .order_by("page", "language", "-week")
    )
    trends = {}
    for row in rows:
        key = (row["page"], row["language"])
        entry = trends.setdefault(key, {"page": key[0], "language": key[1], "weeks": []})
        if len(entry["weeks"]) < weeks:
            entry["weeks"].append(row)
    return list(trends.values())
