"""Extra admin pages for one edition, hooked in by ConferenceAdmin.get_urls:

- the event desk for the day: who is coming, search, check in, and a printable check-in list;
- statistics: registrations over time and by kind of organisation, as server-drawn SVG;
- "export all": every registration of the edition as CSV or Excel.

Each page runs a fixed number of queries, whatever the number of registrants, and works without
JavaScript. Check-in goes through conferences.rules.check_in, run by the admin's run_rule like
every admin action. Counts come from Conference.objects.with_counts() (ConferenceAdmin's queryset).
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import Lower, TruncDate
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext

from conferences import charts, exports, rules
from conferences.models import EVENT_TIMEZONE, Conference, OutgoingEmail, Registration

SEARCH_MAX_LENGTH = 100


def _conference(request, model_admin, object_id) -> Conference:
    """The edition, with its registration counts annotated (ConferenceAdmin.get_queryset)."""
    conference = model_admin.get_object(request, unquote(object_id))
    if conference is None:
        raise Http404
    if not model_admin.has_view_permission(request, conference):
        raise PermissionDenied
    return conference


def _require(request, permission: str) -> None:
    if not request.user.has_perm(f"conferences.{permission}"):
        raise PermissionDenied


def _context(request, model_admin, conference, title, **extra) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": title,
        "conference": conference,
        "pending_emails": OutgoingEmail.objects.pending()
        .filter(registration__conference=conference)
        .count(),
        **extra,
    }


def _search_term(value: str) -> str:
    # NUL bytes cannot go into a PostgreSQL query; nobody types them into a search box.
    return value.replace("\x00", "").strip()[:SEARCH_MAX_LENGTH]


def desk(request, object_id, *, model_admin):
    """The event desk: confirmed registrants A-Z, search, check in (and undo it); printable."""
    conference = _conference(request, model_admin, object_id)
    _require(request, "view_registration")
    if request.method == "POST":
        return _check_in(request, conference, model_admin)
    query = _search_term(request.GET.get("q", ""))
    registrants = conference.registrations.confirmed().order_by(Lower("name"), "pk")
    if query:
        registrants = registrants.filter(
            Q(name__icontains=query) | Q(organisation__icontains=query)
        )
    context = _context(
        request,
        model_admin,
        conference,
        gettext("Event desk"),
        query=query,
        registrants=list(registrants),
        can_check_in=request.user.has_perm("conferences.change_registration"),
    )
    return TemplateResponse(request, "admin/conferences/conference/desk.html", context)


def _check_in(request, conference: Conference, model_admin):
    _require(request, "change_registration")
    query = _search_term(request.POST.get("q", ""))
    url = reverse("admin:conferences_conference_desk", args=[conference.pk])
    if query:
        url += "?" + urlencode({"q": query})
    registration_id = request.POST.get("registration", "")
    registration = (
        conference.registrations.filter(pk=registration_id).first()
        if registration_id.isascii() and registration_id.isdigit() and len(registration_id) < 19
        else None
    )
    if registration is None:
        messages.error(request, gettext("That registration was not found for this conference."))
        return HttpResponseRedirect(url)
    if request.POST.get("undo"):  # a check-in made by mistake is taken back
        rule, log = rules.undo_check_in, gettext("Check-in undone at the event desk.")
        done_message = gettext("The check-in of %(name)s is undone.")
    else:
        rule, log = rules.check_in, gettext("Checked in at the event desk.")
        done_message = gettext("%(name)s is checked in.")
    done = model_admin.run_rule(
        request,
        [registration],
        lambda registration: rule(registration=registration),
        success=None,
        log=log,
    )
    if not done:
        return HttpResponseRedirect(url)
    messages.success(request, done_message % {"name": registration})
    return HttpResponseRedirect(f"{url}#registration-{registration.pk}")


def statistics(request, object_id, *, model_admin):
    """Registrations over time and by kind of organisation, as SVG charts and tables.

    Anonymised registrations keep their status, kind and registration time, so they count.
    Only counts, no personal data: viewing the conference is permission enough."""
    conference = _conference(request, model_admin, object_id)
    per_day = (
        conference.registrations.annotate(day=TruncDate("created_at", tzinfo=EVENT_TIMEZONE))
        .values_list("day", "status")
        .annotate(number=Count("pk"))
        .order_by()
    )
    per_kind = (
        conference.registrations.values_list("organisation_kind", "status")
        .annotate(number=Count("pk"))
        .order_by()
    )
    days = charts.cumulative_days(per_day)
    kinds = charts.kind_rows(Registration.OrganisationKind.choices, per_kind)
    context = _context(
        request,
        model_admin,
        conference,
        gettext("Statistics"),
        days=days,
        over_time=charts.registrations_over_time(days),
        kinds=kinds,
        by_kind=charts.horizontal_bars((row.label, row.active) for row in kinds),
        total=days[-1].total if days else 0,
        active=days[-1].active if days else 0,
    )
    return TemplateResponse(request, "admin/conferences/conference/statistics.html", context)


EXPORTS = {"csv": exports.registrations_csv, "xlsx": exports.registrations_xlsx}


def export(request, object_id, file_format, *, model_admin):
    """Every registration of the edition, all statuses, as CSV or Excel."""
    conference = _conference(request, model_admin, object_id)
    _require(request, "view_registration")
    if file_format not in EXPORTS:
        raise Http404
    return EXPORTS[file_format](Registration.objects.filter(conference=conference), conference)
