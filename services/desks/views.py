from django.db.models import Prefetch
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from core.forms import form_token
from core.i18n import localize
from core.prepared import prepared
from core.public_pages import form_page, query_parameters
from core.publishing import is_staff, visible
from core.richtext import plain
from insight import counting
from services.desks import structured_data
from services.desks.forms import GuideForm
from services.desks.models import (
    FAQ,
    GuideEntry,
    Location,
    OpeningHours,
    ServiceDesk,
    Source,
    Topic,
)

# What the other domains show on a desk's page (booking: the next free times; questions: the
# question form), each registered by its own views module with @desk_page_part, so that desk
# content imports neither of them (the import-linter contracts in pyproject.toml).
DESK_PAGE_PARTS = []
# The form a desk's page posts to the page itself (questions: the question form), registered with
# @desk_page_form, so that a failed submit answers at the page's own address (reload, switch
# language) and the page's GETs stay cached (the page cache never stores a POST).
DESK_PAGE_FORMS = []
# Sections other apps add to desk and topic pages (news: the latest items about the desk or
# topic), each registered with @page_section: its template, and what gives the template its
# `section` (nothing: no section). One query each at most, so the pages' query counts stay fixed.
PAGE_SECTIONS = {"desk": [], "topic": []}
# What other apps say beside an answer wherever answers are listed (news: "changed on …, see
# news"), each registered with @answer_note: the template that shows it (with `faq` in context),
# and a function making the prefetch that loads it with the answers (one query a page, however
# many answers). The answers' querysets are prepared (core.prepared): the prefetch is made once
# per process and shape and copied, so it must say "now" as CurrentTime (`published()` does),
# never as a time read when it is made (tests/core/test_fragments.py checks a note's publication).
ANSWER_NOTES = []


def desk_page_part(part):
    """Register `part(desk, locations, **given) -> dict`: what it adds to a desk page's context.
    `given` is what the caller passed to desk_detail beside the slug, e.g. the question form with
    its errors."""
    DESK_PAGE_PARTS.append(part)
    return part


def desk_page_form(handle):
    """Register `handle(request, desk) -> response`: what a POST to a desk's page does."""
    DESK_PAGE_FORMS.append(handle)
    return handle


def page_section(page, template):
    """Register `section(obj) -> dict | None` for the desk or topic page (`page`: "desk" or
    "topic"), shown with `template` (which reads the dict as `section`)."""

    def register(section):
        PAGE_SECTIONS[page].append((template, section))
        return section

    return register


def answer_note(template):
    """Register `prefetch() -> Prefetch` (on FAQ): what a note shown with each answer needs;
    `template` shows it."""

    def register(prefetch):
        ANSWER_NOTES.append((prefetch, template))
        return prefetch

    return register


def _sections(page, obj):
    return [(template, section) for template, make in PAGE_SECTIONS[page] if (section := make(obj))]


def _listed(faqs):
    """Answers with what services/includes/faq_list.html shows of each: its sources (as
    `source_list`: a list, not a manager and queryset made for each of hundreds of answers) and
    what the registered notes need (see answer_note)."""
    return faqs.prefetch_related(
        Prefetch("sources", queryset=Source.objects.all(), to_attr="source_list"),
        *(prefetch() for prefetch, _template in ANSWER_NOTES),
    )


def _note_templates():
    return [template for _prefetch, template in ANSWER_NOTES]


def _desks_crumb():
    return (_("Service desks"), reverse("services:overview"))


def _topics_crumb():
    return (_("Topics"), reverse("services:topics"))


def _only(queryset):
    """The one object `queryset` finds (by a unique field), or 404."""
    for found in queryset:
        return found
    raise Http404


# The queries of the desk and topic pages, their SQL compiled once (core.prepared).
@prepared
def _desk(staff, slug):
    return ServiceDesk.objects.visible(staff).filter(slug=slug)


@prepared
def _desk_locations(staff, desk_id):
    return (
        Location.objects.visible(staff)
        .filter(desk=desk_id)
        .prefetch_related(
            Prefetch("hours", queryset=OpeningHours.objects.order_by("weekday", "opens"))
        )
    )


@prepared
def _desk_faqs(staff, desk_id):
    return _listed(
        FAQ.objects.visible(staff)
        .filter(desk=desk_id)
        .select_related("topic")
        .order_by("topic__order", "topic__slug", "order", "pk")
    )


@prepared
def _topic(staff, slug):
    return Topic.objects.visible(staff).filter(slug=slug)


@prepared
def _topic_faqs(staff, topic_id):
    return _listed(
        FAQ.objects.visible(staff)
        .filter(topic=topic_id)
        .select_related("desk")
        .order_by("desk__order", "desk__slug", "order", "pk")
    )


@query_parameters()
def overview(request):
    staff = is_staff(request.user)
    # Its desks' locations are all the visible ones, grouped here: a prefetch would build and
    # compile its query (with the desks' ids) on every request, about 1 ms.
    desks = list(visible(ServiceDesk, staff))
    listed = {desk.pk: desk for desk in desks}
    for desk in desks:
        desk.listed_locations = []
    for location in visible(Location, staff):
        if location.desk_id in listed:
            listed[location.desk_id].listed_locations.append(location)
    topics = visible(Topic, staff)
    return render(
        request,
        "services/overview.html",
        {
            "desks": desks,
            "topics": topics,
            "title": _("Service desks"),
            "description": _(
                "The four free services for cross-border workers, expats and employers in South "
                "Limburg, their locations and how to reach them."
            ),
            "breadcrumbs": [_desks_crumb()],
        },
    )


@query_parameters()
@form_page(rendered_at=form_token)  # the question form (services.questions.views)
@require_http_methods(["GET", "HEAD", "POST"])
def desk_detail(request, slug, status=200, **given):
    if request.method == "POST" and not given:
        if not DESK_PAGE_FORMS:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        desk = get_object_or_404(ServiceDesk.objects.published(), slug=slug)
        return DESK_PAGE_FORMS[0](request, desk)
    staff = is_staff(request.user)
    desk = _only(_desk(staff, slug))
    locations = _desk_locations(staff, desk.pk)
    faqs = _desk_faqs(staff, desk.pk)
    name = desk.display_name()
    data = [structured_data.government_service(request, desk, locations)]
    if faqs:
        data.append(structured_data.faq_page(faqs))
    return render(
        request,
        "services/desk_detail.html",
        {
            "desk": desk,
            "locations": locations,
            "faqs": faqs,
            "title": name,
            "description": localize(desk, "summary").text,
            "breadcrumbs": [_desks_crumb(), (name, desk.get_absolute_url())],
            "structured_data": data,
            "sections": _sections("desk", desk),
            "answer_notes": _note_templates(),
            **{
                name: value
                for part in DESK_PAGE_PARTS
                for name, value in part(desk, locations, **given).items()
            },
        },
        status=status,
    )


@query_parameters()
def topic_list(request):
    topics = visible(Topic, is_staff(request.user))
    return render(
        request,
        "services/topic_list.html",
        {
            "topics": topics,
            "title": _("Topics"),
            "description": _(
                "Questions and answers on tax, social security, health insurance, pensions, "
                "residence and more, from all four desks."
            ),
            "breadcrumbs": [_topics_crumb()],
        },
    )


@query_parameters()
def topic_detail(request, slug):
    staff = is_staff(request.user)
    topic = _only(_topic(staff, slug))
    faqs = _topic_faqs(staff, topic.pk)
    name = localize(topic, "name")
    return render(
        request,
        "services/topic_detail.html",
        {
            "topic": topic,
            "faqs": faqs,
            "title": name.text,
            "description": plain(localize(topic, "intro").text),
            # No FAQPage here: each FAQ is marked up once, on its desk's page.
            "breadcrumbs": [_topics_crumb(), (name, topic.get_absolute_url())],
            "sections": _sections("topic", topic),
            "answer_notes": _note_templates(),
        },
    )


@query_parameters(*GuideForm.base_fields)
def guide(request):
    """ "My situation": a few questions, answered with the desks, topics and FAQs staff chose."""
    answered = any(name in request.GET for name in GuideForm.base_fields)
    form = GuideForm(request.GET if answered else None)  # ?utm_source=... is not an answer
    context = {
        "form": form,
        "title": _("My situation"),
        "description": _(
            "Tell us where you live and work: we show the desks and answers that apply to you."
        ),
        "breadcrumbs": [(_("My situation"), reverse("services:guide"))],
        "answer_notes": _note_templates(),
    }
    if form.is_valid():
        entries = list(
            GuideEntry.matching(**form.cleaned_data)
            .published()
            .prefetch_related(
                Prefetch("desks", queryset=ServiceDesk.objects.published()),
                Prefetch("topics", queryset=Topic.objects.published()),
                Prefetch(
                    "faqs",
                    queryset=_listed(FAQ.objects.visible_to(request.user).select_related("desk")),
                ),
            )
        )
        context |= {
            "entries": entries,
            "desks": _unique(desk for entry in entries for desk in entry.desks.all()),
            "topics": _unique(topic for entry in entries for topic in entry.topics.all()),
            "faqs": _unique(faq for entry in entries for faq in entry.faqs.all()),
            "answers": {
                name: dict(form.fields[name].choices)[value]
                for name, value in form.cleaned_data.items()
            },
        }
        for part in GUIDE_RESULT_PARTS:
            context |= part(desks=context["desks"], topics=context["topics"])
    response = render(request, "services/guide.html", context, status=400 if form.errors else 200)
    if form.is_bound and form.is_valid():  # what visitors answer, counted (insight/counting.py)
        counting.mark(
            response, *(f"guide:{name}={value}" for name, value in form.cleaned_data.items())
        )
    return response


# What other apps add to the guide's result (news: "get alerts for my situation"), each
# registered by its own module with @guide_result_part, so that desk content imports none of them
# (the import-linter contracts in pyproject.toml).
GUIDE_RESULT_PARTS = []


def guide_result_part(part):
    """Register `part(*, desks, topics) -> dict`: what it adds to the context of the guide's
    result (the desks and topics it shows, published ones, each once). Called only when the
    questions are answered; it runs no query of its own."""
    GUIDE_RESULT_PARTS.append(part)
    return part


def _unique(items):
    """In order of first appearance, each once."""
    return list(dict.fromkeys(items))
