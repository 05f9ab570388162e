from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from conferences import rules, structured_data
from conferences.calendar import conference_ics
from conferences.forms import CorrectDetailsForm, RegistrationForm, ResendLinkForm
from conferences.models import Conference, ProgrammeItem, Registration
from core import ratelimit
from core.forms import form_token, send_again
from core.http import busy, private
from core.i18n import localize
from core.public_pages import form_page, query_parameters
from core.rules import Busy


def _conferences_crumb():
    return (gettext_lazy("Conferences"), reverse("conferences:list"))


def _conferences(user):
    return Conference.objects.visible_to(user)


@query_parameters()
def conference_list(request):
    conferences = _conferences(request.user)
    return render(
        request,
        "conferences/list.html",
        {
            "upcoming": conferences.upcoming(),
            "past": conferences.past(),
            "title": _("Conferences"),
            "description": _(
                "Conferences on the Euregional and international labour market in South "
                "Limburg, for employers, knowledge institutions, campuses and intermediaries."
            ),
            "breadcrumbs": [_conferences_crumb()],
        },
    )


def _conference(request, slug):
    queryset = _conferences(request.user).with_counts()
    queryset = queryset.prefetch_related(
        Prefetch("programme", queryset=ProgrammeItem.objects.order_by("order", "start_time"))
    )
    return get_object_or_404(queryset, slug=slug)


def _detail(request, conference, form=None, resend_form=None, status=200):
    is_open = conference.accepts_registrations()
    if is_open and form is None:
        form = RegistrationForm(conference=conference)
    title = localize(conference, "title")
    context = {
        "title": title.text,
        "description": localize(conference, "summary").text,
        "breadcrumbs": [_conferences_crumb(), (title, conference.get_absolute_url())],
        "structured_data": [structured_data.event(request, conference)],
        "conference": conference,
        "form": form if is_open else None,
        # "Lost your link?" is offered on the page itself, not only after an error.
        "resend_form": resend_form or ResendLinkForm(),
        "is_open": is_open,
        # The seats a newcomer gets: none while anyone waits, as rules.register() decides.
        "seats_left": conference.seats_left,
    }
    return render(request, "conferences/detail.html", context, status=status)


@query_parameters()
@form_page(rendered_at=form_token)  # the registration form
def conference_detail(request, slug):
    return _detail(request, _conference(request, slug))


@require_POST
def register(request, slug):
    conference = _conference(request, slug)
    form = RegistrationForm(request.POST, conference=conference)
    # Only a valid submission counts towards the limit: correcting a form costs nothing.
    if not form.is_valid():
        return _detail(request, conference, form, status=400)
    if not ratelimit.allow(request, "register", settings.REGISTRATION_RATE_LIMIT):
        form.add_error(None, _("Too many registrations from your connection. Please try later."))
        return _detail(request, conference, form, status=429)
    data = form.cleaned_data
    try:
        rules.register(
            conference=conference,
            name=data["name"],
            email=data["email"],
            organisation=data["organisation"],
            organisation_kind=data["organisation_kind"],
            job_title=data["job_title"],
            phone=data["phone"],
            interests=data.get("interests") or [],
            dietary_needs=data["dietary_needs"],
            accessibility_needs=data["accessibility_needs"],
            special_data_consent=data["special_data_consent"],
            language=get_language(),
        )
    except Busy as error:  # a burst: the form again, as typed, to send once more
        send_again(form, error)
        return busy(_detail(request, conference, form))
    except rules.AlreadyRegistered:
        # The same answer as for a newcomer; the mailbox gets its existing link.
        rules.send_link(conference=conference, email=data["email"])
    except rules.RuleError as error:  # closed meanwhile, or the edition was deleted
        messages.error(request, error.message)
        return redirect(conference)
    return _check_your_email(conference)


def _check_your_email(conference):
    """Registering and asking for the link answer alike, for a known address and a new one: a
    303 to a page without a token. The personal link goes only to the mailbox."""
    response = redirect("conferences:check_email", slug=conference.slug)
    response.status_code = 303
    return response


def check_email(request, slug):
    conference = get_object_or_404(_conferences(request.user), slug=slug)
    return render(
        request,
        "conferences/check_email.html",
        {"conference": conference, "title": _("Check your e-mail")},
    )


@require_POST
def resend_link(request, slug):
    """Send the personal link again, without telling strangers whether an address is known."""
    conference = _conference(request, slug)
    form = ResendLinkForm(request.POST)
    if not form.is_valid():
        return _detail(request, conference, resend_form=form, status=400)
    if not ratelimit.allow(request, "resend_link", settings.REGISTRATION_RATE_LIMIT):
        return render(
            request,
            "conferences/link_sent.html",
            {"conference": conference, "rate_limited": True},
            status=429,
        )
    rules.send_link(conference=conference, email=form.cleaned_data["email"])
    return _check_your_email(conference)


def _registration(token):
    queryset = Registration.objects.select_related("conference").prefetch_related("interests")
    return get_object_or_404(queryset, token=token, anonymised_at=None)


def _over(request, registration):
    """The personal page of an edition that has ended: no personal data any more, just that it
    is over (410 Gone). Retention deletes the data later (purge_registrations)."""
    return private(
        render(
            request,
            "conferences/over.html",
            {"conference": registration.conference, "title": _("This event is over")},
            status=410,
        )
    )


def _correctable(registration) -> bool:
    """What rules.correct_own_details accepts: an active registration, the conference ahead."""
    return registration.status in Registration.ACTIVE and not registration.conference.is_past


@never_cache
def manage(request, token):
    registration = _registration(token)
    if registration.conference.is_past:
        return _over(request, registration)
    return private(
        render(
            request,
            "conferences/manage.html",
            {
                "registration": registration,
                "conference": registration.conference,
                "correctable": _correctable(registration),
            },
        )
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def cancel(request, token):
    """GET asks "are you sure?" on a page of its own (no JavaScript needed); POST cancels."""
    registration = _registration(token)
    if registration.conference.is_past:
        return _over(request, registration)
    if request.method != "POST":
        return private(
            render(
                request,
                "conferences/cancel_confirm.html",
                {"registration": registration, "conference": registration.conference},
            )
        )
    try:
        rules.cancel(registration=registration)
    except rules.AlreadyCancelled:
        pass  # sent twice (a second tab, a double click): the page shows it is cancelled
    except rules.RuleError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your registration is cancelled. We have sent you an e-mail."))
    return private(redirect(registration))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def correct_details(request, token):
    """The registrant corrects their name, organisation and needs (rules.correct_own_details)."""
    registration = _registration(token)
    if registration.conference.is_past:
        return _over(request, registration)
    if request.method != "POST" and not _correctable(registration):
        return private(redirect(registration))  # the page says why: cancelled, or over
    if request.method == "POST":
        form = CorrectDetailsForm(request.POST, registration=registration)
        if form.is_valid():
            try:
                rules.correct_own_details(
                    registration=registration,
                    changes=form.changes(),
                    special_data_consent=form.cleaned_data.get("special_data_consent", False),
                )
            except rules.RuleError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Your details have been corrected."))
            return private(redirect(registration))
    else:
        form = CorrectDetailsForm(registration=registration)
    context = {"registration": registration, "conference": registration.conference, "form": form}
    status = 400 if form.errors else 200
    return private(render(request, "conferences/correct_details.html", context, status=status))


@require_safe
@query_parameters()
def calendar(request, slug):
    conference = get_object_or_404(_conferences(request.user), slug=slug)
    response = HttpResponse(
        conference_ics(conference), content_type="text/calendar; charset=utf-8; method=PUBLISH"
    )
    response["Content-Disposition"] = f'attachment; filename="{conference.slug}.ics"'
    return response
