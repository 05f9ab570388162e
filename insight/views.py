"""The usage dashboard's page in the admin (`/admin/usage/`) and its CSV downloads.

`?scope=<desk slug>` (or empty: the whole portal) chooses among what the member of staff may
see (insight.dashboard.scopes_for); `?csv=<table key>` downloads one table. Anything else is
ignored; an unknown or forbidden scope or table is a 404, nobody may see a scope not theirs.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.exports import csv_response
from insight import charts, counting
from insight.dashboard import Weeks, scopes_for, tables


def dashboard(request):
    scopes = scopes_for(request.user)
    if not scopes:
        raise PermissionDenied
    wanted = request.GET.get("scope", scopes[0].key)
    scope = next((scope for scope in scopes if scope.key == wanted), None)
    if scope is None:
        raise Http404
    weeks = Weeks.last()
    made = tables(scope, weeks)
    if "csv" in request.GET:
        table = next((table for table in made if table.key == request.GET["csv"]), None)
        if table is None:
            raise Http404
        return table_csv(table, scope)
    title = _("Usage figures: %(scope)s") % {"scope": scope.name or _("the whole portal")}
    context = {
        **admin.site.each_context(request),
        "title": title,
        "scope": scope,
        "scopes": scopes,
        "weeks": weeks,
        "tables": [(table, charts.bars(table)) for table in made],
    }
    return TemplateResponse(request, "admin/insight/dashboard.html", context)


def table_csv(table, scope):
    name = slugify(f"{scope.key or 'portal'}-{table.key}")
    return csv_response([table.columns, *table.rows], f"{name}.csv")


@csrf_exempt  # a beacon carries no form token; it changes nothing but a count
@never_cache
@require_POST
def answer_read(request, pk):
    """A visitor opened answer `pk` (static/js/counts.js): counted, nothing else. The
    same empty answer whatever happened, so a program learns nothing from it."""
    if counting.is_beacon_from_a_reader(request) and 0 < pk < 2**31:
        counting.record_event(request, f"answer:{pk}")
    return HttpResponse(status=204)


# The forms whose start is counted (static/js/counts.js), named in the templates that show them.
STARTED_FORMS = {"question", "booking"}


@csrf_exempt
@never_cache
@require_POST
def form_started(request, form, where):
    """A visitor began to fill in `form` (a question or booking form) on the page of desk `where`
    ("contact": the contact page's question form): counted, nothing else."""
    if counting.is_beacon_from_a_reader(request) and form in STARTED_FORMS:
        counting.record_event(request, f"started:{form}:{where}")
    return HttpResponse(status=204)
