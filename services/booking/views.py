"""Booking pages: a desk's free times, booking one, and the visitor's own appointment page
(cancel, move); the next free times on the desk's page."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from core import ratelimit
from core.forms import send_again
from core.http import busy, private
from core.i18n import localize
from core.prepared import prepared
from core.public_pages import query_parameters
from services.booking import retention, rules
from services.booking.forms import BookingForm, MoveForm
from services.booking.models import Appointment, ConsultationSlot
from services.desks.models import Location, ServiceDesk
from services.desks.views import _desks_crumb, desk_page_part

# How far ahead the booking page lists free slots, and how many the desk page and the
# personal page's "move" list show.
BOOKING_WEEKS = 8
NEXT_SLOTS_ON_DESK_PAGE = 5
MOVE_CHOICES = 12


@desk_page_part
def _next_slots(desk, locations, **given) -> dict:
    """The desk page's next free times."""
    return {"next_slots": list(_next_free_slots(desk.pk))}


@prepared  # on every desk page: its SQL compiled once (core.prepared)
def _next_free_slots(desk_id):
    return rules.free_slots(desk_id=desk_id)[:NEXT_SLOTS_ON_DESK_PAGE]


@require_safe
@query_parameters()
def find_booking(request):
    """ "Book a consultation at a desk": per desk, whether and how to book it, the next free
    time, or a question where a desk offers no times (or has none free). A fixed number of
    queries, whatever the number of desks and slots (rules.desks_with_next_slot)."""
    desks = rules.desks_with_next_slot(ServiceDesk.objects.visible_to(request.user))
    return render(
        request,
        "services/find_booking.html",
        {
            "desks": desks,
            "title": _("Book a consultation at a desk"),
            "description": _(
                "Which desks you can book a consultation with, their next free time, and how to "
                "reach the others."
            ),
            "breadcrumbs": [(_("Book a consultation at a desk"), reverse("services:find_booking"))],
        },
    )


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
            "form": form or (BookingForm(slot=slot) if open_slot else None),
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
    form = BookingForm(request.POST, slot=slot)
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
            phone=data.get("phone", ""),
            language=get_language(),
            conversation_language=data["conversation_language"],
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
    return rules.move_choices(appointment=appointment)


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
                "retention_days": retention.retention_days(),
                "title": _("Your appointment"),
            },
            status=status,
        )
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def appointment(request, token):
    """The visitor's own page (GET); moving the appointment (POST): the move form posts here,
    so a page with its errors can be reloaded and read in another language."""
    appointment = _appointment(token)
    if _is_over(appointment):
        return _over(request, appointment)
    if request.method == "POST":
        return _move(request, appointment)
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
@require_http_methods(["GET", "HEAD", "POST"])
def appointment_move(request, token):
    """The move form's old address: a move sent here (a page opened before the form posted to
    the appointment's own page) is still made; a GET (reloading or switching the language of
    a page with errors from then) goes to the appointment's page, in the URL's language."""
    appointment = _appointment(token)
    if request.method != "POST":
        return private(redirect(appointment))
    if _is_over(appointment):
        return _over(request, appointment)
    return _move(request, appointment)


def _move(request, appointment):
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
