"""Asking a desk a question: the form on a desk's page and the contact page; the visitor's own
page of the question, where they read the answers and reply."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import ratelimit
from core.http import private
from services.desks.models import Location, ServiceDesk
from services.desks.views import desk_detail, desk_page_form, desk_page_part
from services.questions import rules
from services.questions.forms import EnquiryForm, VisitorReplyForm
from services.questions.models import Enquiry, EnquiryMessage


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
        "enquiry_action": desk.get_absolute_url(),  # the page itself: see ask_on_desk_page
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
    # To the top of the page, where the message is.
    page = reverse("services:contact") if form.desk is None else desk.get_absolute_url()
    return redirect(f"{page}#main")


@desk_page_form
def ask_on_desk_page(request, desk):
    """The question form on a desk's page, posted to the page itself: a failed submit answers at
    the page's own address, which the visitor can reload or switch to another language."""
    form = EnquiryForm(request.POST, desk=desk)
    return _submit_question(
        request,
        form,
        on_error=lambda form, status: desk_detail(
            request, desk.slug, enquiry_form=form, status=status
        ),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def ask(request, slug):
    """The address the desk page's form posted to before it posted to the page itself: a form
    from a page loaded before then still goes through; a GET (a reload, the language switcher
    on an old error page) goes to the desk's page in the language asked for, never a 405."""
    desk = get_object_or_404(ServiceDesk.objects.published(), slug=slug)
    if request.method == "POST":
        return ask_on_desk_page(request, desk)
    return redirect(desk)


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


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def question(request, token):
    """The visitor's own page of their question (the personal link in every reply): the question,
    the desk's answers and their own replies, and a form to reply, which joins the same question
    and posts to this page, so a failed submit answers here. Gone with the personal data."""
    enquiry = get_object_or_404(
        Enquiry.objects.with_personal_data().select_related("desk"), token=token
    )
    form = VisitorReplyForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = _submit_reply(request, enquiry, form)
        if status is None:
            return private(redirect(f"{enquiry.personal_url()}#main"))
    thread = enquiry.messages.filter(
        kind__in=[EnquiryMessage.Kind.REPLY, EnquiryMessage.Kind.VISITOR]
    ).select_related("from_desk")
    context = {
        "enquiry": enquiry,
        "desk": enquiry.desk,
        "thread": thread,
        "form": form,
        "title": _("Your question %(reference)s") % {"reference": enquiry.reference},
        "retention_months": settings.ENQUIRY_RETENTION_MONTHS,
    }
    return private(render(request, "services/question.html", context, status=status))


def _submit_reply(request, enquiry, form) -> int | None:
    """Store the visitor's reply: None when it is stored, else the status to show the form with,
    everything typed kept."""
    if not form.is_valid():
        return 400
    if not ratelimit.allow(request, "visitor_reply", settings.ENQUIRY_RATE_LIMIT):
        form.add_error(None, gettext("Too many messages from your connection. Please try later."))
        return 429
    try:
        rules.visitor_reply(enquiry=enquiry, text=form.cleaned_data["text"])
    except rules.RuleError as error:
        form.add_error(None, error.message)
        return 409
    messages.success(
        request,
        gettext(
            "Thank you, your reply has been sent. It joins your question %(reference)s; the "
            "answer comes by e-mail."
        )
        % {"reference": enquiry.reference},
    )
    return None
