import datetime
import hmac
import sys

from django.conf import settings
from django.contrib import messages
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.paginator import Paginator
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.db.models import Prefetch
from django.forms.utils import ErrorDict
from django.http import (
    Http404,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language_from_path, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from conferences.models import Conference
from core import metrics as core_metrics
from core import ratelimit, schedule
from core.forms import form_token
from core.i18n import current_language, localize
from core.prepared import prepared
from core.public_pages import page_number, query_parameters
from core.publishing import is_staff, visible
from core.richtext import plain
from insight import charts, counting
from news import views as news_views
from portal import feedback as portal_feedback
from portal import figures as portal_figures
from portal import search as site_search
from portal import structured_data
from portal.forms import (
    FeedbackForm,
    OutdatedReportForm,
    SearchForm,
    feedback_token,
    is_local_page,
)
from portal.middleware import language_neutral
from portal.models import KeyFigure, Page, Partner
from services.booking import retention as booking_retention
from services.desks.models import Country as GuideCountry
from services.desks.models import Location, Role, ServiceDesk, Topic


@prepared
def _next_conference(staff):
    return Conference.objects.visible(staff).upcoming()[:1]


@prepared
def _last_conference(staff):
    return Conference.objects.visible(staff).past()[:1]


@query_parameters()
def home(request):
    staff = is_staff(request.user)
    conference = next(iter(_next_conference(staff)), None) or next(
        iter(_last_conference(staff)), None
    )
    return render(
        request,
        "portal/home.html",
        {
            "desks": visible(ServiceDesk, staff),
            "figures": visible(KeyFigure, staff),
            "conference": conference,
            "news": news_views.latest(),
            "title": _("Living and working across the border in South Limburg"),
            "structured_data": [structured_data.organization(request)],
        },
    )


@query_parameters()
def page(request, slug):
    try:
        page = Page.objects.visible_to(request.user).get(slug=slug)
    except Page.DoesNotExist:
        raise Http404 from None
    title = localize(page, "title")
    context = {
        "page": page,
        "title": title.text,
        "description": plain(localize(page, "intro").text or localize(page, "body").text),
        "breadcrumbs": [(title, page.get_absolute_url())],
    }
    if slug == Page.Slug.PRIVACY:
        # Generated from the setting the purge reads, so the two cannot disagree.
        context["booking_privacy"] = booking_retention.privacy_statement()
    if slug == Page.Slug.ABOUT:
        context["partners"] = Partner.objects.visible_to(request.user)
        context["figures"] = KeyFigure.objects.visible_to(request.user)
    return render(request, "portal/page.html", context)


@query_parameters()
def figures(request):
    """ "The portal in figures": portal/figures.py."""
    return render(
        request,
        "portal/figures.html",
        {
            "tables": [(table, charts.bars(table)) for table in portal_figures.tables()],
            "title": _("The portal in figures"),
            "description": _(
                "How many pages people read in each language, how many questions the desks "
                "answered and how fast, and whether pages helped: per month, anonymous."
            ),
            "breadcrumbs": [(_("The portal in figures"), reverse("portal:figures"))],
        },
    )


RESULTS_PER_PAGE = 10


# The page is cached per cleaned query: `?q=%20tax%20` is `?q=tax`, and `?q=%20` (nothing to
# search for: the form says how) is not the search page `/xx/search/`.
@query_parameters(q=site_search.clean_query, page=page_number)
def search(request):
    """`/xx/search/?q=...`: desks, locations, FAQs, topics, guide entries and conferences in this
    language, with a "did you mean ...?" when the words were not found."""
    query = site_search.clean_query(request.GET.get("q", ""))
    language = current_language()
    hits = site_search.find(query, language, request.user) if query else []
    page = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    results = [
        {
            "kind": hit.kind,
            "title": site_search.title_of(hit, language),
            "url": _result_url(hit),
            "snippet": site_search.snippet(
                site_search.text_of(hit, language), query, also=getattr(hits, "terms", ())
            ),
            "desk": hit.obj.desk if hit.kind in ("faq", "location") else None,
        }
        for hit in site_search.attach_objects(list(page.object_list))
    ]
    context = {
        "query": query,
        "suggestion": getattr(hits, "suggestion", ""),
        "page": page,
        "results": results,
        "title": _("Search") if not query else _("Search: %(query)s") % {"query": query},
        "breadcrumbs": [(_("Search"), reverse("portal:search"))],
        # The empty search form may be found; result pages are not content of their own.
        "noindex": bool(query),
    }
    if "q" in request.GET and not query:  # sent empty: say how to search
        form = SearchForm({"q": ""}, auto_id="search-page-%s")
        form.is_valid()
        context["form"] = form
    if query and not hits:
        site_search.record_miss(query, language)
        context["topics"] = Topic.objects.published()
        context["desks"] = ServiceDesk.objects.published().prefetch_related(
            Prefetch("locations", queryset=Location.objects.published())
        )
    response = render(request, "portal/search.html", context)
    if query and request.GET.get("page", "1") == "1":  # counted once, not again per page
        counting.mark(response, "search:found" if hits else "search:nothing")
    return response


def _result_url(hit):
    if hit.kind == "faq":
        return f"{hit.obj.desk.get_absolute_url()}#faq-{hit.pk}"
    if hit.kind == "location":
        return f"{hit.obj.desk.get_absolute_url()}#location-{hit.pk}"
    if hit.kind == "guide":
        return _guide_url(hit.obj)
    return hit.obj.get_absolute_url()


def _guide_url(entry):
    """The guide's answer page, filled in, for a situation the entry shows for. Where the entry
    applies to any answer of a question, the answer is the commonest one for this portal: living
    and working in two different countries of the region (the Netherlands first), employed."""
    lives_in = entry.lives_in or _other_country(entry.works_in)
    works_in = entry.works_in or _other_country(lives_in)
    answers = {"lives_in": lives_in, "works_in": works_in, "role": entry.role or Role.EMPLOYEE}
    return f"{reverse('services:guide')}?{urlencode(answers)}"


def _other_country(country):
    """The first country of the region (in the guide's order) that is not `country`."""
    return next(code for code in GuideCountry.values if code not in (country, GuideCountry.OTHER))


@language_neutral
@require_safe
def set_language(request, language):
    """The language switcher: remember the choice in a cookie, then show the same page in it.

    A plain link (no form, no JavaScript): `/language/de/?next=/nl/services/grensinfopunt/`.
    """
    if language not in dict(settings.LANGUAGES):
        raise Http404
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    # translate_url resolves `next` in the active language, which here (a URL without a language
    # prefix) comes from the cookie or the browser: resolve it in the language of its own prefix.
    with override(get_language_from_path(next_url) or settings.LANGUAGE_CODE):
        next_url = translate_url(next_url, language)
    if next_url == "/" or not next_url.startswith("/"):
        next_url = f"/{language}/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


@language_neutral
@never_cache
@require_safe
def healthz(request):
    """For load balancers and monitoring: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@language_neutral
@never_cache
@require_safe
def metrics(request):
    """Prometheus metrics of every worker (core/metrics.py), only for the holder of
    METRICS_TOKEN; without a token set the page does not exist."""
    given = request.headers.get("Authorization", "").removeprefix("Bearer ")
    token = settings.METRICS_TOKEN
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        raise Http404
    return HttpResponse(core_metrics.exposition(), content_type=core_metrics.CONTENT_TYPE)


@language_neutral
@never_cache
@require_safe
def healthz_jobs(request):
    """For monitoring, beside /healthz (which load balancers use, so a late job never takes a
    server out): 503 naming the scheduled jobs that have not succeeded in time
    (core/schedule.py), 200 when every job is on time."""
    try:
        jobs = schedule.last_runs()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    overdue = sorted(name for name, job in jobs.items() if job["overdue"])
    body = {
        "status": "overdue" if overdue else "ok",
        "overdue": overdue,
        "jobs": {
            name: {
                "schedule": job["schedule"].describe(),
                "last_success": job["last_success"].isoformat() if job["last_success"] else None,
                "last_outcome": job["last_outcome"],
            }
            for name, job in jobs.items()
        },
    }
    return JsonResponse(body, status=503 if overdue else 200)


@language_neutral
@require_safe
@query_parameters()
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /language/",
        *[f"Disallow: /{code}/registration/" for code, _name in settings.LANGUAGES],
        *[f"Disallow: /{code}/appointment/" for code, _name in settings.LANGUAGES],
        *[f"Disallow: /{code}/question/" for code, _name in settings.LANGUAGES],
        # News alerts: the form may be found; the personal pages under it (confirm, change,
        # unsubscribe) and "check your e-mail" not (RFC 9309: the longest match wins, `$` ends).
        *[
            line
            for code, _name in settings.LANGUAGES
            for line in (f"Allow: /{code}/alerts/$", f"Disallow: /{code}/alerts/")
        ],
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@language_neutral
@require_safe
@query_parameters()
def security_txt(request):
    """RFC 9116: where to report a vulnerability. Expires is always half a year ahead (the file
    is generated, so it never goes stale); Contact comes from SECURITY_CONTACT."""
    expires = timezone.now().replace(microsecond=0) + datetime.timedelta(days=182)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.astimezone(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en, de, fr",
        f"Canonical: {settings.SITE_URL}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@language_neutral
def favicon(request):
    """Browsers ask for /favicon.ico on every page, the admin's included."""
    return HttpResponsePermanentRedirect(staticfiles_storage.url("img/favicon.svg"))


def server_error(request):
    """500 in the visitor's language when the templates still work, in all four when they don't.

    When the error is the database being down or hung (core/postgresql/base.py gives up within
    seconds), a 503 instead: temporary, with Retry-After, and nothing on it needs the database."""
    if isinstance(sys.exception(), OperationalError | InterfaceError):
        return _database_unavailable()
    try:
        html = loader.get_template("500.html").render()
    except Exception:  # the last line of defence: never fail while reporting a failure
        html = STATIC_500
    return HttpResponseServerError(html)


def _database_unavailable():
    try:
        html = loader.get_template("503.html").render()
    except Exception:
        html = STATIC_500
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "30"
    patch_cache_control(response, no_store=True)
    return response


STATIC_500 = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>500</title></head><body>
<h1>Er ging iets mis</h1><p>Probeer het later opnieuw.</p>
<p lang="de">Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.</p>
<p lang="en">Something went wrong. Please try again later.</p>
<p lang="fr">Une erreur s'est produite. Veuillez réessayer plus tard.</p>
</body></html>"""


@csrf_exempt  # no form token in public pages (they stay cacheable): honeypot, time and rate limit
def feedback(request):
    """ "Did this page help you?": POST, then back to the page with a thank-you message. Works
    without JavaScript; a form with errors is shown again on its own page, as typed."""
    if request.method != "POST":
        return HttpResponseRedirect(reverse("portal:home"))
    return _feedback(request, FeedbackForm(request.POST), outdated=False)


@never_cache
def feedback_outdated(request):
    """ "Report outdated information": a form on a page of its own (with a CSRF token, so never
    cached), then the report goes to the page's owners by e-mail: at most
    OUTDATED_REPORT_PAGE_RATE_LIMIT reports about one page, besides the limit per client."""
    if request.method == "POST":
        return _feedback(request, OutdatedReportForm(request.POST), outdated=True)
    page = request.GET.get("page", "")
    if len(page) > 500 or not is_local_page(page):
        page = reverse("portal:home")
    form = OutdatedReportForm(initial={"page": page, "rendered_at": form_token()})
    return _feedback_page(request, form, outdated=True, page=page)


def _feedback_page(request, form, *, outdated, page, status=200, limited=""):
    title = _("Report outdated information") if outdated else _("Did this page help you?")
    context = {
        "form": form,
        "outdated": outdated,
        "page": page if is_local_page(page) else "",
        "title": title,
        "limited": limited,  # "client" or "page": which limit was reached
    }
    return render(request, "portal/feedback.html", context, status=status)


def _shown_again(form, errors):
    """The form as the visitor typed it, with `errors` and a fresh fill-in time."""
    data = form.data.copy()
    fresh = form_token() if isinstance(form, OutdatedReportForm) else feedback_token()
    data[form.add_prefix("rendered_at")] = fresh
    shown = type(form)(data)
    shown._errors = errors
    return shown


def _feedback(request, form, *, outdated):
    page = form.data.get(form.add_prefix("page"), "")
    # Only a valid submission counts towards the limit: correcting a form costs nothing.
    if not form.is_valid():
        shown = _shown_again(form, form.errors)
        return _feedback_page(request, shown, outdated=outdated, page=page, status=400)
    limited = ""
    if not ratelimit.allow(request, "feedback", settings.FEEDBACK_RATE_LIMIT):
        limited = "client"
    elif outdated and not ratelimit.allow_for(
        "outdated-page",
        portal_feedback.page_of(form.cleaned_data["page"]),  # one page in every language
        settings.OUTDATED_REPORT_PAGE_RATE_LIMIT,
    ):
        limited = "page"
    if limited:
        shown = _shown_again(form, ErrorDict())
        return _feedback_page(
            request, shown, outdated=outdated, page=page, status=429, limited=limited
        )
    cleaned = form.cleaned_data
    if outdated:
        reported = portal_feedback.report_outdated(path=cleaned["page"], comment=cleaned["comment"])
        if reported.told:
            messages.success(request, _("Thank you: your report has been passed on."))
        else:  # nobody with an address keeps the page: say only what is true
            messages.success(
                request,
                _("Thank you: your report has been recorded. Staff read the reports in the admin."),
            )
    else:
        portal_feedback.record(
            path=cleaned["page"],
            helpful=cleaned["helpful"],
            comment=cleaned["comment"],
            answer=cleaned["answer"],
        )
        messages.success(request, _("Thank you for your feedback."))
    return HttpResponseRedirect(cleaned["page"])
