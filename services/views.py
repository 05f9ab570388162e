from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core import ratelimit
from core.i18n import localize
from core.richtext import plain
from services import rules, structured_data
from services.forms import EnquiryForm, GuideForm
from services.models import FAQ, GuideEntry, Location, OpeningHours, ServiceDesk, Topic


def _desks_crumb():
    return (_("Service desks"), reverse("services:overview"))


def _topics_crumb():
    return (_("Topics"), reverse("services:topics"))


def overview(request):
    desks = ServiceDesk.objects.visible_to(request.user).prefetch_related(
        Prefetch("locations", queryset=Location.objects.visible_to(request.user))
    )
    topics = Topic.objects.visible_to(request.user)
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


def desk_detail(request, slug, enquiry_form=None, status=200):
    desk = get_object_or_404(ServiceDesk.objects.visible_to(request.user), slug=slug)
    locations = (
        Location.objects.visible_to(request.user)
        .filter(desk=desk)
        .prefetch_related(
            Prefetch("hours", queryset=OpeningHours.objects.order_by("weekday", "opens"))
        )
    )
    faqs = (
        FAQ.objects.visible_to(request.user)
        .filter(desk=desk)
        .select_related("topic")
        .order_by("topic__order", "topic__slug", "order", "pk")
    )
    name = localize(desk, "name")
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
            "title": name.text,
            "description": localize(desk, "summary").text,
            "breadcrumbs": [_desks_crumb(), (name, desk.get_absolute_url())],
            "structured_data": data,
            **_enquiry_context(desk, locations, enquiry_form),
        },
        status=status,
    )


def topic_list(request):
    topics = Topic.objects.visible_to(request.user)
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


def topic_detail(request, slug):
    topic = get_object_or_404(Topic.objects.visible_to(request.user), slug=slug)
    faqs = (
        FAQ.objects.visible_to(request.user)
        .filter(topic=topic)
        .select_related("desk")
        .order_by("desk__order", "desk__slug", "order", "pk")
    )
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
        },
    )


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
    }
    if form.is_valid():
        entries = list(
            GuideEntry.matching(**form.cleaned_data)
            .filter(is_published=True)
            .prefetch_related(
                Prefetch("desks", queryset=ServiceDesk.objects.published()),
                Prefetch("topics", queryset=Topic.objects.published()),
                Prefetch(
                    "faqs", queryset=FAQ.objects.visible_to(request.user).select_related("desk")
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
    return render(request, "services/guide.html", context, status=400 if form.errors else 200)


def _unique(items):
    """In order of first appearance, each once."""
    return list(dict.fromkeys(items))


# --- Questions to a desk (issue 8, part A) ----------------------------------------------------


def _has_contact_details(locations) -> bool:
    """Whether some location gives both a way to reach it (phone or e-mail) and a street address.
    If not, the desk page leads with the question form (and the booking), not with a contact
    block that can only say what is unknown."""
    return any(
        (location.phone or location.email) and location.street_address for location in locations
    )


def _enquiry_context(desk, locations, form=None) -> dict:
    return {
        "enquiry_form": form or EnquiryForm(desk=desk),
        "enquiry_action": reverse("services:ask", kwargs={"slug": desk.slug}),
        "contact_first": _has_contact_details(locations),
    }


def _submit_question(request, form, *, on_error):
    """Rate limit, validate, store; a redirect on success, else `on_error(form, status)` with
    everything the visitor typed kept."""
    if not ratelimit.allow(request, "ask_question", settings.ENQUIRY_RATE_LIMIT):
        form.is_valid()
        form.add_error(None, gettext("Too many questions from your connection. Please try later."))
        return on_error(form, 429)
    if not form.is_valid():
        return on_error(form, 400)
    data = form.cleaned_data
    desk = form.chosen_desk
    try:
        enquiry = rules.ask_question(
            desk=desk,
            email=data["email"],
            name=data["name"],
            lives_in=data["lives_in"],
            works_in=data["works_in"],
            topic=data["topic"],
            question=data["question"],
            language=get_language(),
        )
    except rules.RuleError as error:  # the desk was unpublished meanwhile
        form.add_error(None, error.message)
        return on_error(form, 409)
    messages.success(
        request,
        gettext(
            "Thank you, your question has been sent. Your reference is %(reference)s. We have "
            "sent you a confirmation by e-mail."
        )
        % {"reference": enquiry.reference},
    )
    # To the top of the page, where the message is: the form was sent to its own section (#ask),
    # and a redirect without a fragment of its own would keep that one.
    page = reverse("services:contact") if form.desk is None else desk.get_absolute_url()
    return redirect(f"{page}#main")


@require_POST
def ask(request, slug):
    """The question form on a desk's page."""
    desk = get_object_or_404(ServiceDesk.objects.published(), slug=slug)
    form = EnquiryForm(request.POST, desk=desk)
    return _submit_question(
        request,
        form,
        on_error=lambda form, status: desk_detail(request, slug, enquiry_form=form, status=status),
    )


def contact(request):
    """The contact page: every desk with how to reach it, and one form to ask any of them."""
    desks = ServiceDesk.objects.published().prefetch_related(
        Prefetch("locations", queryset=Location.objects.published())
    )

    def page(form, status=200):
        return render(
            request,
            "services/contact.html",
            {
                "desks": desks,
                "enquiry_form": form,
                "enquiry_action": reverse("services:contact"),
                "title": _("Contact"),
                "description": _(
                    "Ask one of the desks a question through the portal, free of charge, in "
                    "Dutch, German, English or French."
                ),
                "breadcrumbs": [(_("Contact"), reverse("services:contact"))],
            },
            status=status,
        )

    if request.method == "POST":
        return _submit_question(request, EnquiryForm(request.POST), on_error=page)
    return page(EnquiryForm())
