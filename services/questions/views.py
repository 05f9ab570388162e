"""Asking a desk a question: the form on a desk's page and the contact page."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from core import ratelimit
from services.desks.models import Location, ServiceDesk
from services.desks.views import desk_detail, desk_page_part
from services.questions import rules
from services.questions.forms import EnquiryForm


def _has_contact_details(locations) -> bool:
    """Whether some location gives both a way to reach it (phone or e-mail) and a street address.
    If not, the desk page leads with the question form (and the booking), not with a contact
    block that can only say what is unknown."""
    return any(
        (location.phone or location.email) and location.street_address for location in locations
    )


@desk_page_part
def _enquiry_context(desk, locations, enquiry_form=None, **given) -> dict:
    """The desk page's question form: empty, or as the visitor sent it, with its errors."""
    return {
        "enquiry_form": enquiry_form or EnquiryForm(desk=desk),
        "enquiry_action": reverse("services:ask", kwargs={"slug": desk.slug}),
        "contact_first": _has_contact_details(locations),
    }


def _submit_question(request, form, *, on_error):
    """Validate, rate limit (valid submissions only), store; a redirect on success, else
    `on_error(form, status)` with everything the visitor typed kept."""
    if not form.is_valid():
        return on_error(form, 400)
    if not ratelimit.allow(request, "ask_question", settings.ENQUIRY_RATE_LIMIT):
        form.add_error(None, gettext("Too many questions from your connection. Please try later."))
        return on_error(form, 429)
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
