from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from conferences import rules, structured_data
from conferences.calendar import conference_ics
from conferences.forms import (
    CorrectDetailsForm,
    GroupForm,
    RegistrationForm,
    ResendLinkForm,
    group_error_links,
    people_formset,
    typed_people,
)
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


# The conference page carries two forms, told apart by a hidden field: the registration form and
# "registered already and lost your link?". Both post to the page itself, so a page with errors
# has the page's own address: it can be reloaded and its language switched.
RESEND_LINK = "resend_link"


@query_parameters()
@form_page(rendered_at=form_token)  # the registration form
@require_http_methods(["GET", "HEAD", "POST"])
def conference_detail(request, slug):
    conference = _conference(request, slug)
    if request.method != "POST":
        return _detail(request, conference)
    if request.POST.get("form") == RESEND_LINK:
        return _resend_link(request, conference)
    return _register(request, conference)


def _to_the_page(request, slug, handle):
    """The addresses the conference page's forms posted to before they posted to the page (a page
    left open in a browser still may): a POST is handled as on the page, anything else (a reload,
    the language switcher, a bookmark) leads to the page in the address's language, never a 405."""
    if request.method != "POST":
        return redirect("conferences:detail", slug=slug)
    return handle(request, _conference(request, slug))


@require_http_methods(["GET", "HEAD", "POST"])
def register(request, slug):
    return _to_the_page(request, slug, _register)


@require_http_methods(["GET", "HEAD", "POST"])
def resend_link(request, slug):
    return _to_the_page(request, slug, _resend_link)


def _register(request, conference):
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


@query_parameters()
@form_page(rendered_at=form_token)  # the group form
@require_http_methods(["GET", "HEAD", "POST"])
def register_group(request, slug):
    """An employer registers several colleagues (rules.register_group): the organisation once,
    then a name, address and job title per person. The form posts to its own address, so a page
    with errors can be reloaded. "Add another person" posts the form back as typed, with one
    more row (no JavaScript needed); it validates and counts nothing."""
    conference = _conference(request, slug)
    if not conference.accepts_registrations():
        return redirect(conference)  # the conference page says why: closed, or over
    if request.method != "POST":
        return _group(request, conference, GroupForm(conference=conference), people_formset())
    form = GroupForm(request.POST, conference=conference)
    people = people_formset(request.POST)
    if "add_person" in request.POST:
        typed = typed_people(people)
        more = people_formset(rows=len(typed) + 1, typed=typed)
        if len(more.forms) > len(typed):  # not at the most yet: the new row takes the focus
            more.forms[-1].fields["name"].widget.attrs["autofocus"] = True
        return _group(
            request,
            conference,
            GroupForm(initial=form.typed(), conference=conference),
            more,
            fill_in_token=form.fill_in_token,
        )
    if not (form.is_valid() & people.is_valid()):  # both, so every message shows at once
        return _group(request, conference, form, people, status=400)
    # One submission, however many people (an office registers its staff in one or a few), and
    # its people within their own limit.
    people_count = len(people.people())
    if not (
        ratelimit.allow(request, "register", settings.REGISTRATION_RATE_LIMIT)
        and ratelimit.allow(
            request, "register_people", settings.REGISTRATION_PEOPLE_RATE_LIMIT, people_count
        )
    ):
        form.add_error(None, _("Too many registrations from your connection. Please try later."))
        return _group(request, conference, form, people, status=429)
    data = form.cleaned_data
    try:
        rules.register_group(
            conference=conference,
            people=[rules.Person(**person) for person in people.people()],
            organisation=data["organisation"],
            organisation_kind=data["organisation_kind"],
            interests=data.get("interests") or [],
            language=get_language(),
        )
    except Busy as error:  # a burst: the form again, as typed, to send once more
        send_again(form, error)
        return busy(_group(request, conference, form, people))
    except rules.AlreadyRegistered as error:  # an address registered at this very moment
        send_again(form, error)
        return _group(request, conference, form, people, status=409)
    except rules.RuleError as error:  # closed meanwhile, or the edition was deleted
        messages.error(request, error.message)
        return redirect(conference)
    return _check_your_email(conference, group=True)


def _group(request, conference, form, people, status=200, fill_in_token=None):
    title = _("Register colleagues")
    context = {
        "title": title,
        "breadcrumbs": [
            _conferences_crumb(),
            (localize(conference, "title"), conference.get_absolute_url()),
            (title, reverse("conferences:register_group", kwargs={"slug": conference.slug})),
        ],
        "conference": conference,
        "form": form,
        "people": people,
        "errors": group_error_links(form, people) if form.is_bound else [],  # not after "add"
        "fill_in_token": fill_in_token or form.fill_in_token,
        "seats_left": conference.seats_left,
        "max_people": rules.GROUP_MAX_PEOPLE,
        "can_add": len(people.forms) < rules.GROUP_MAX_PEOPLE,
    }
    return render(request, "conferences/group.html", context, status=status)


def _check_your_email(conference, group=False):
    """Registering and asking for the link answer alike, for a known address and a new one: a
    303 to a page without a token. The personal link goes only to the mailbox."""
    response = redirect("conferences:check_email", slug=conference.slug)
    if group:
        response["Location"] += "?group=1"
    response.status_code = 303
    return response


@query_parameters(group=lambda value: "1" if value == "1" else None)
def check_email(request, slug):
    conference = get_object_or_404(_conferences(request.user), slug=slug)
    return render(
        request,
        "conferences/check_email.html",
        {
            "conference": conference,
            "title": _("Check your e-mail"),
            "group": request.GET.get("group") == "1",
        },
    )


def _resend_link(request, conference):
    """Send the personal link again, without telling strangers whether an address is known."""
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
    queryset = Registration.objects.select_related("conference").prefetch_related(
        "interests", "conference__programme"
    )
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
