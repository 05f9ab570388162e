"""Booking a consultation: slots, appointments and their e-mails."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.outbox import OutboxEmail, OutboxQuerySet
from core.prepared import LocalTime, Today
from core.publishing import public_now
from core.tokens import new_token
from services.desks.models import (  # noqa: F401 - validate_language_codes: migration 0006
    Location,
    confirmed_address,
    language_codes,
    validate_language_codes,
)

# The pages that show free consultation times: a slot or an appointment changes only these.
BOOKING_PAGES = (
    "services:desk",
    "services:booking",
    "services:book_slot",
    "services:find_booking",
)


class SlotMode(models.TextChoices):
    DESK = "desk", _("at the desk")
    PHONE = "phone", _("by phone")
    VIDEO = "video", _("by video call")


HOW_IT_HAPPENS = {
    SlotMode.PHONE: _("The desk calls you on your phone number at the time of the appointment."),
    SlotMode.VIDEO: _(
        "Before the appointment the desk sends you the link to the video call by e-mail. Open "
        "it at the time of the appointment."
    ),
}
DEMO_NOTE = _("This is a demo time for trying out booking, not a real consultation.")


class ConsultationSlotQuerySet(models.QuerySet):
    """The one definition of "free places" that pages, admin and rules count."""

    def with_free_places(self):
        """Annotate `n_booked` (appointments not cancelled) and `free_places` (places minus
        those, never below 0)."""
        booked = (
            Appointment.objects.filter(slot=models.OuterRef("pk"))
            .active()
            .order_by()
            .values("slot")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return self.annotate(
            n_booked=Coalesce(models.Subquery(booked), 0),
        ).annotate(free_places=Greatest(models.F("places") - models.F("n_booked"), 0))

    def upcoming(self, now=None):
        """Not cancelled, and starting after `now` (in the portal's time zone); without `now`,
        after the time the query is run at (core.prepared's clock)."""
        if now is None:
            today, time = Today(), LocalTime()
        else:
            now = timezone.localtime(now)
            today, time = now.date(), now.time()
        return self.filter(cancelled_at=None).filter(
            models.Q(date__gt=today) | models.Q(date=today, start__gt=time)
        )

    def bookable(self, now=None):
        """Upcoming slots with a free place, at a location of a desk that visitors see (at
        `now`: published, and within their publication dates), soonest first."""
        today = timezone.localdate(now) if now else None
        return (
            self.upcoming(now)
            .filter(public_now("location__", now), public_now("location__desk__", now))
            .filter(~models.Q(mode=SlotMode.DESK) | confirmed_address("location__", today=today))
            .with_free_places()
            .filter(free_places__gt=0)
            .order_by("date", "start", "location__order", "pk")
        )


class ConsultationSlot(models.Model):
    """A time staff offer for a consultation at one location (or by phone or video)."""

    public_pages = BOOKING_PAGES  # free times

    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="slots", verbose_name=_("location")
    )
    date = models.DateField(_("date"))
    start = models.TimeField(_("start time"))
    duration = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=30,
        validators=[MinValueValidator(5), MaxValueValidator(480)],
    )
    places = models.PositiveSmallIntegerField(
        _("places"), default=1, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    mode = models.CharField(
        _("how it takes place"), max_length=8, choices=SlotMode, default=SlotMode.DESK
    )
    languages = models.CharField(
        _("languages spoken"),
        max_length=20,
        default="nl",
        help_text=_("Language codes separated by commas, e.g. nl,de,en."),
        validators=[validate_language_codes],
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. “together with the Finanzamt Aachen”."),
    )
    is_demo = models.BooleanField(
        _("demo slot"),
        default=False,
        help_text=_("Made by seed_portal --demo for trying out booking; not a real consultation."),
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ConsultationSlotQuerySet.as_manager()

    class Meta:
        ordering = ["date", "start", "pk"]
        verbose_name = _("consultation slot")
        verbose_name_plural = _("consultation slots")
        indexes = [models.Index(fields=["date", "start"], name="slot_date_start")]

    def __str__(self):
        return f"{self.location} {self.date:%Y-%m-%d} {self.start:%H:%M}"

    @classmethod
    def public_pages_change_at(cls, now):
        """A time leaves the pages of free times when it starts (core.public_pages)."""
        coming = cls.objects.upcoming(now).order_by("date", "start")
        if first := coming.values_list("date", "start").first():
            yield timezone.make_aware(datetime.datetime.combine(*first))

    @property
    def starts_at(self) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(self.date, self.start))

    @property
    def ends_at(self) -> datetime.datetime:
        return self.starts_at + datetime.timedelta(minutes=self.duration)

    @property
    def end(self) -> datetime.time:
        return timezone.localtime(self.ends_at).time()

    @property
    def language_codes(self) -> list[str]:
        return language_codes(self.languages)

    def offered_language_codes(self) -> list[str]:
        """The languages this consultation may be booked in: the slot's, limited to those the
        location's staff speak where the location says so (Location.staff_languages; its own
        list when none of the slot's is among them). Nothing else is offered or shown."""
        staff = language_codes(self.location.staff_languages)
        if not staff:
            return self.language_codes
        return [code for code in self.language_codes if code in staff] or staff

    def how_it_happens(self) -> str:
        """How a consultation by phone or video takes place ("" at the desk): on the pages
        before and after booking, in the e-mails and in the calendar entry."""
        return HOW_IT_HAPPENS.get(self.mode, "")

    def language_names(self) -> list[str]:
        names = dict(settings.LANGUAGES)
        return [str(names[code]) for code in self.offered_language_codes() if code in names]


class AppointmentQuerySet(models.QuerySet):
    def active(self):
        """Holding a place: booked, or already marked attended or no-show."""
        return self.exclude(status=Appointment.Status.CANCELLED)

    def booked(self):
        return self.filter(status=Appointment.Status.BOOKED)

    def with_personal_data(self):
        return self.filter(anonymised_at=None)


class Appointment(models.Model):
    public_pages = BOOKING_PAGES  # the free places it takes

    class Status(models.TextChoices):
        BOOKED = "booked", _("booked")
        CANCELLED = "cancelled", _("cancelled")
        ATTENDED = "attended", _("attended")
        NO_SHOW = "no_show", _("did not come")

    slot = models.ForeignKey(
        ConsultationSlot,
        on_delete=models.PROTECT,
        related_name="appointments",
        verbose_name=_("slot"),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.BOOKED)
    email = models.EmailField(_("e-mail address"), max_length=254)
    name = models.CharField(_("name"), max_length=200)
    topic = models.CharField(_("topic"), max_length=300)
    phone = models.CharField(
        _("phone number"),
        max_length=40,
        blank=True,
        help_text=_("Asked for consultations by phone only: the desk calls this number."),
    )
    # The language of the e-mails and pages (the one the visitor booked in) ...
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # ... and the one the consultation is held in, chosen from the slot's offered languages.
    conversation_language = models.CharField(
        _("language of the consultation"), max_length=8, blank=True, choices=settings.LANGUAGES
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # Raised with every move, so that the calendar entry the visitor has is updated (RFC 5546).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("booked"), default=timezone.now, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(
        _("personal data deleted"), null=True, blank=True, editable=False
    )

    objects = AppointmentQuerySet.as_manager()
    personal_page = True  # get_absolute_url is the visitor's own page (core.tokens)

    class Meta:
        ordering = ["slot__date", "slot__start", "pk"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")

    def __str__(self):
        return f"{self.name or _('(deleted)')} – {self.slot}"

    def get_absolute_url(self):
        """The visitor's own page: cancel or move. Keep it out of logs and calendars."""
        return reverse("services:appointment", kwargs={"token": self.token})

    def is_changeable(self, now=None) -> bool:
        """The visitor may still cancel or move it: booked, and the slot has not started."""
        return self.status == self.Status.BOOKED and self.slot.starts_at > (now or timezone.now())


class AppointmentEmailQuerySet(OutboxQuerySet):
    def to_send(self):
        """Pending e-mails to visitors whose personal data still exists."""
        return (
            super()
            .to_send()
            .filter(appointment__anonymised_at=None)
            .exclude(appointment__email="")
            .select_related("appointment__slot__location__desk")
        )


class AppointmentEmail(OutboxEmail):
    """An e-mail about an appointment, kept until sent (core.outbox); rendered by
    services.booking.emails."""

    class Kind(models.TextChoices):
        CONFIRMED = "appointment_confirmed", _("appointment confirmed")
        CANCELLED = "appointment_cancelled", _("appointment cancelled")
        MOVED = "appointment_moved", _("appointment moved")
        REMINDER = "appointment_reminder", _("reminder the day before")
        SLOT_CANCELLED = "slot_cancelled", _("cancelled by the desk")

    appointment = models.ForeignKey(
        Appointment, on_delete=models.CASCADE, related_name="emails", verbose_name=_("appointment")
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind)

    objects = AppointmentEmailQuerySet.as_manager()

    class Meta(OutboxEmail.Meta):
        verbose_name = _("e-mail about an appointment")
        verbose_name_plural = _("e-mails about appointments")

    def is_deliverable(self) -> bool:
        return self.appointment.anonymised_at is None and bool(self.appointment.email)

    def __str__(self):
        return f"{self.get_kind_display()} → {self.appointment}"
