import datetime

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from core import ratelimit
from core.forms import form_token, send_again
from core.http import busy, private
from core.i18n import localize
from core.public_pages import form_page, query_parameters
from core.richtext import plain
from services import rules, structured_data
from services.forms import BookingForm, EnquiryForm, GuideForm, MoveForm
from services.models import (
    FAQ,
    Appointment,
    ConsultationSlot,
    GuideEntry,
    Location,
    OpeningHours,
    ServiceDesk,
    Topic,
)


def _desks_crumb():
    return (_("Service desks"), reverse("services:overview"))


def _topics_crumb():
    return (_("Topics"), reverse("services:topics"))


@query_parameters()
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


@query_parameters()
@form_page(rendered_at=form_token)  # the question form
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
        .prefetch_related("sources")
        .order_by("topic__order", "topic__slug", "order", "pk")
    )
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
            "next_slots": rules.next_free_slots(desk_id=desk.pk, limit=NEXT_SLOTS_ON_DESK_PAGE),
            **_enquiry_context(desk, locations, enquiry_form),
        },
        status=status,
    )


@query_parameters()
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


@query_parameters()
def topic_detail(request, slug):
    topic = get_object_or_404(Topic.objects.visible_to(request.user), slug=slug)
    faqs = (
        FAQ.objects.visible_to(request.user)
        .filter(topic=topic)
        .select_related("desk")
        .prefetch_related("sources")
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
                    queryset=FAQ.objects.visible_to(request.user)
                    .select_related("desk")
                    .prefetch_related("sources"),
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


# --- Booking a consultation (issue 8, part B) ---------------------------------------------------

# How far ahead the booking page lists free slots, and how many the desk page and the
# personal page's "move" list show.
BOOKING_WEEKS = 8
NEXT_SLOTS_ON_DESK_PAGE = 5
MOVE_CHOICES = 12


def _booking_desk(request, slug):
    return get_object_or_404(ServiceDesk.objects.visible_to(request.user), slug=slug)


def _booking_crumbs(desk):
    name = localize(desk, "name")
    return [
        _desks_crumb(),
        (name, desk.get_absolute_url()),
        (_("Book a consultation"), reverse("services:booking", kwargs={"slug": desk.slug})),
    ]


def _by_week(slots):
    """[(monday, [slots of that week]), ...] in order."""
    weeks = {}
    for slot in slots:
        monday = slot.date - datetime.timedelta(days=slot.date.weekday())
        weeks.setdefault(monday, []).append(slot)
    return list(weeks.items())


@require_safe
@query_parameters()
def booking(request, slug):
    """The desk's free slots for the coming weeks, by week."""
    desk = _booking_desk(request, slug)
    until = timezone.localdate() + datetime.timedelta(weeks=BOOKING_WEEKS)
    slots = list(rules.free_slots(desk_id=desk.pk).filter(date__lt=until))
    return render(
        request,
        "services/booking.html",
        {
            "desk": desk,
            "weeks": _by_week(slots),
            "title": _("Book a consultation: %(desk)s") % {"desk": localize(desk, "name").text},
            "description": _("Free times for a consultation with %(desk)s.")
            % {"desk": localize(desk, "name").text},
            "breadcrumbs": _booking_crumbs(desk),
        },
    )


def _slot_page(request, desk, slot, form=None, status=200):
    open_slot = (
        ConsultationSlot.objects.bookable().filter(pk=slot.pk).exists() if form is None else True
    )
    return render(
        request,
        "services/book_slot.html",
        {
            "desk": desk,
            "slot": slot,
            "is_open": open_slot,
            "form": form or (BookingForm() if open_slot else None),
            "title": _("Book a consultation: %(desk)s") % {"desk": localize(desk, "name").text},
            "breadcrumbs": _booking_crumbs(desk),
        },
        status=status,
    )


@query_parameters()
def book_slot(request, slug, slot):
    """One slot and the booking form (GET); the booking (POST)."""
    desk = _booking_desk(request, slug)
    slot = get_object_or_404(
        ConsultationSlot.objects.select_related("location__desk"),
        pk=slot,
        location__in=Location.objects.visible_to(request.user).filter(desk=desk),
    )
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if request.method != "POST":
        return _slot_page(request, desk, slot)
    form = BookingForm(request.POST)
    # Only a valid submission counts towards the limit: correcting a form costs nothing.
    if not form.is_valid():
        return _slot_page(request, desk, slot, form, status=400)
    if not ratelimit.allow(request, "book", settings.BOOKING_RATE_LIMIT):
        form.add_error(None, _("Too many bookings from your connection. Please try later."))
        return _slot_page(request, desk, slot, form, status=429)
    try:
        data = form.cleaned_data
        appointment = rules.book(
            slot=slot,
            email=data["email"],
            name=data["name"],
            topic=data["topic"],
            language=get_language(),
        )
    except rules.SlotBusy as error:  # a burst: the form again, as typed, to send once more
        send_again(form, error)
        return busy(_slot_page(request, desk, slot, form))
    except rules.BookingError as error:
        form.add_error(None, error.message)
        return _slot_page(request, desk, slot, form, status=409)
    messages.success(request, _("Your appointment is booked. We have sent you a confirmation."))
    return private(redirect(appointment))


def _appointment(token):
    queryset = Appointment.objects.select_related("slot__location__desk")
    return get_object_or_404(queryset, token=token, anonymised_at=None)


def _is_over(appointment) -> bool:
    return appointment.slot.ends_at <= timezone.now()


def _over(request, appointment):
    """The personal page of an appointment whose time has passed: no personal data any more,
    just that it is over (410 Gone). Retention deletes the data later (purge_appointments)."""
    return private(
        render(
            request,
            "services/appointment_over.html",
            {"desk": appointment.slot.location.desk, "title": _("This appointment is over")},
            status=410,
        )
    )


def _move_choices(appointment):
    desk_id = appointment.slot.location.desk_id
    return rules.free_slots(desk_id=desk_id).exclude(pk=appointment.slot_id)


def _appointment_page(request, appointment, move_form=None, status=200):
    can_change = appointment.is_changeable()
    if can_change and move_form is None:
        move_form = MoveForm(slots=_move_choices(appointment)[:MOVE_CHOICES])
    return private(
        render(
            request,
            "services/appointment.html",
            {
                "appointment": appointment,
                "slot": appointment.slot,
                "desk": appointment.slot.location.desk,
                "can_change": can_change,
                "move_form": move_form if can_change else None,
                "retention_days": settings.APPOINTMENT_RETENTION_DAYS,
                "title": _("Your appointment"),
            },
            status=status,
        )
    )


@never_cache
@require_safe
def appointment(request, token):
    appointment = _appointment(token)
    if _is_over(appointment):
        return _over(request, appointment)
    return _appointment_page(request, appointment)


@never_cache
def appointment_cancel(request, token):
    """A page that asks "really cancel?" (GET), and the cancellation (POST): no JavaScript."""
    appointment = _appointment(token)
    if _is_over(appointment):
        return _over(request, appointment)
    if request.method == "POST":
        try:
            rules.cancel(appointment=appointment)
        except rules.AppointmentCancelled:
            pass  # sent twice (a second tab, a double click): the page shows it is cancelled
        except rules.BookingError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, _("Your appointment is cancelled. We have sent you an e-mail.")
            )
        return private(redirect(appointment))
    if not appointment.is_changeable():
        return private(redirect(appointment))
    return private(
        render(
            request,
            "services/appointment_cancel.html",
            {
                "appointment": appointment,
                "slot": appointment.slot,
                "desk": appointment.slot.location.desk,
                "title": _("Cancel your appointment?"),
            },
        )
    )


@never_cache
@require_POST
def appointment_move(request, token):
    appointment = _appointment(token)
    if _is_over(appointment):
        return _over(request, appointment)
    form = MoveForm(request.POST, slots=_move_choices(appointment))
    if not form.is_valid():
        return _appointment_page(request, appointment, form, status=400)
    try:
        rules.move(appointment=appointment, to_slot=form.cleaned_data["slot"])
    except rules.SlotBusy as error:
        form.add_error(None, error.message)
        return busy(_appointment_page(request, appointment, form))
    except rules.BookingError as error:
        if not appointment.is_changeable():  # cancelled or over meanwhile: no form to show
            messages.error(request, error.message)
            return private(redirect(appointment))
        form.add_error("slot", error.message)
        return _appointment_page(request, appointment, form, status=409)
    messages.success(request, _("Your appointment has been moved. We have sent you an e-mail."))
    return private(redirect(appointment))


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
