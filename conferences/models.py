import datetime
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, F, Q, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import kept_reverse
from core.outbox import OutboxEmail, OutboxQuerySet
from core.prepared import Today
from core.public_pages import EVERY_PAGE
from core.publishing import Publishable, PublishableQuerySet
from core.richtext import MARKDOWN_HELP
from core.tokens import new_token

EVENT_TIMEZONE = zoneinfo.ZoneInfo("Europe/Amsterdam")


def default_retention_days() -> int:
    return settings.REGISTRATION_RETENTION_DAYS


class ConferenceQuerySet(PublishableQuerySet):
    def upcoming(self):
        return self.filter(date__gte=Today()).order_by("date", "start_time")

    def past(self):
        return self.filter(date__lt=Today()).order_by("-date", "-start_time")

    def with_counts(self):
        """Each edition with its registration counts, in the one query that lists them:

        - `n_confirmed`, `n_waitlisted`, `n_cancelled`, `n_checked_in` (confirmed and present);
        - `seats_free`: capacity minus confirmed, never below 0 (what staff can promote into);
        - `seats_left`: the seats a newcomer gets, which is `seats_free` unless anyone is on the
          waiting list: then 0, as newcomers queue behind them. This is exactly what
          conferences.rules.register() decides, so the page never promises a seat it won't give.
        """
        registration = Registration.Status
        confirmed = Q(registrations__status=registration.CONFIRMED)
        return self.annotate(
            n_confirmed=Count("registrations", filter=confirmed),
            n_waitlisted=Count(
                "registrations", filter=Q(registrations__status=registration.WAITLISTED)
            ),
            n_cancelled=Count(
                "registrations", filter=Q(registrations__status=registration.CANCELLED)
            ),
            n_checked_in=Count(
                "registrations", filter=confirmed & Q(registrations__checked_in_at__isnull=False)
            ),
        ).annotate(
            seats_free=Case(
                When(capacity__gt=F("n_confirmed"), then=F("capacity") - F("n_confirmed")),
                default=Value(0),
                output_field=models.IntegerField(),
            ),
            seats_left=Case(
                When(n_waitlisted__gt=0, then=Value(0)),
                default=F("seats_free"),
                output_field=models.IntegerField(),
            ),
        )


class Conference(Publishable):
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Part of the web address."))
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    venue_name = models.CharField(_("venue"), max_length=200)
    venue_address = models.CharField(_("venue address"), max_length=200, blank=True)
    city = models.CharField(_("town or city"), max_length=100)
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts at"), help_text=_("Time in the Netherlands."))
    end_time = models.TimeField(_("ends at"), help_text=_("Time in the Netherlands."))
    capacity = models.PositiveIntegerField(
        _("capacity"), help_text=_("Seats. Registrations beyond it go on the waiting list.")
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration closes when the conference starts."),
    )
    is_demo = models.BooleanField(
        _("demo edition"),
        default=False,
        help_text=_("A fictional edition for trying out registration; marked as demo on the page."),
    )
    retention_days = models.PositiveIntegerField(
        _("keep personal data for (days after the event)"),
        default=default_retention_days,
    )
    personal_data_deleted_at = models.DateTimeField(
        _("personal data deleted"), null=True, blank=True, editable=False
    )
    # Raised whenever the date, time or place changes, so calendars update their entry.
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = ConferenceQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-start_time"]
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="conference_ends_after_start",
                violation_error_message=_("The conference must end after it starts."),
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.date:%Y-%m-%d})"

    def get_absolute_url(self):
        return kept_reverse("conferences:detail", slug=self.slug)

    @classmethod
    def public_pages_change_at(cls, now):
        """Registration opens and closes, the conference starts and ends: its pages change
        (core.public_pages)."""
        since = timezone.localdate(now) - datetime.timedelta(days=1)
        for opens, closes, day, start, end in cls.objects.filter(date__gte=since).values_list(
            "registration_opens_at", "registration_closes_at", "date", "start_time", "end_time"
        ):
            yield from (opens, closes)
            yield from (
                datetime.datetime.combine(day, t, tzinfo=EVENT_TIMEZONE) for t in (start, end)
            )

    @property
    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.date, self.start_time, tzinfo=EVENT_TIMEZONE)

    @property
    def ends_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.date, self.end_time, tzinfo=EVENT_TIMEZONE)

    @property
    def venue_line(self) -> str:
        """Venue, address and town in one line, from the parts that are known."""
        return ", ".join(part for part in (self.venue_name, self.venue_address, self.city) if part)

    @property
    def is_past(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def closes_at(self) -> datetime.datetime:
        return self.registration_closes_at or self.starts_at

    def accepts_registrations(self, now=None) -> bool:
        return self.is_live and self.registration_is_open(now)

    def registration_is_open(self, now=None) -> bool:
        now = now or timezone.now()
        opened = self.registration_opens_at is None or self.registration_opens_at <= now
        return opened and now < min(self.closes_at, self.starts_at)

    @property
    def personal_data_deleted_on(self) -> datetime.date:
        return self.date + datetime.timedelta(days=self.retention_days)


# What registrants are told about when it changes: it is in their e-mail and calendar entry.
# The database's name for "one active registration per address and edition"; the rules turn its
# IntegrityError into a refusal.
ONE_ADDRESS_PER_EDITION = "one_active_registration_per_email"
EVENT_DETAILS = ["date", "start_time", "end_time", "venue_name", "venue_address", "city"]


class ProgrammeItem(models.Model):
    public_pages = EVERY_PAGE

    conference = models.ForeignKey(
        Conference, on_delete=models.CASCADE, related_name="programme", verbose_name=_("conference")
    )
    start_time = models.TimeField(_("from"), null=True, blank=True)
    end_time = models.TimeField(_("until"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    speakers = models.CharField(_("speakers"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "start_time", "pk"]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme")

    def __str__(self):
        return self.title


class RegistrationQuerySet(models.QuerySet):
    """The one definition of the registration states that pages, admin, charts and rules count."""

    def active(self):
        """Confirmed or on the waiting list (anonymised ones included: they still count)."""
        return self.filter(status__in=Registration.ACTIVE)

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waitlisted(self):
        """On the waiting list, longest waiting first."""
        return self.filter(status=Registration.Status.WAITLISTED).order_by("created_at", "pk")

    def cancelled(self):
        return self.filter(status=Registration.Status.CANCELLED)

    def with_personal_data(self):
        return self.filter(anonymised_at=None)

    def with_email(self, email: str):
        """Registrations of this address, compared as the unique index does (lower-case)."""
        return self.alias(email_lower=Lower("email")).filter(email_lower=Lower(Value(email)))


class Registration(models.Model):
    public_pages = ("conferences:detail", "conferences:register_group")  # their seats left

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("confirmed")
        WAITLISTED = "waitlisted", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    class OrganisationKind(models.TextChoices):
        EMPLOYER = "employer", _("Employer")
        KNOWLEDGE_INSTITUTION = "knowledge", _("Knowledge institution")
        CAMPUS = "campus", _("Campus")
        INTERMEDIARY = "intermediary", _("Intermediary")
        GOVERNMENT = "government", _("Government")
        OTHER = "other", _("Other")

    # "Active": holds a seat or waits for one. The unique index below spells out the same list.
    ACTIVE = [Status.CONFIRMED, Status.WAITLISTED]

    conference = models.ForeignKey(
        Conference,
        on_delete=models.PROTECT,
        related_name="registrations",
        verbose_name=_("conference"),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_kind = models.CharField(
        _("kind of organisation"), max_length=20, choices=OrganisationKind
    )
    job_title = models.CharField(_("job title"), max_length=200)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    interests = models.ManyToManyField(
        ProgrammeItem, blank=True, related_name="interested", verbose_name=_("topics of interest")
    )
    dietary_needs = models.TextField(_("dietary needs"), blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # Registered with colleagues by someone of their organisation (conferences.rules.
    # register_group): their e-mails say so, and that they may correct or cancel it.
    registered_by_colleague = models.BooleanField(
        _("registered by a colleague"), default=False, editable=False
    )
    # The personal link to view or cancel (never inside the calendar entry).
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # Only on registrations from before one calendar UID per edition: their invitations carried
    # this UID, so their updates and their cancellation must carry it too. Empty for new ones.
    calendar_uid = models.UUIDField(null=True, unique=True, editable=False)
    privacy_consent_at = models.DateTimeField(_("privacy statement accepted"))
    special_data_consent_at = models.DateTimeField(
        _("consent for dietary and accessibility needs"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    promoted_at = models.DateTimeField(_("moved off the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()
    personal_page = True  # get_absolute_url is the registrant's own page (core.tokens)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # One active registration per e-mail address per edition (also under concurrency).
            models.UniqueConstraint(
                "conference",
                Lower("email"),
                condition=models.Q(status__in=["confirmed", "waitlisted"], anonymised_at=None),
                name=ONE_ADDRESS_PER_EDITION,
            )
        ]

    def __str__(self):
        return self.name or str(_("(personal data deleted)"))

    def get_absolute_url(self):
        """The registrant's own page: view or cancel. Keep it out of logs and calendars."""
        return reverse("conferences:manage", kwargs={"token": self.token})


class OutgoingEmailQuerySet(OutboxQuerySet):
    def to_send(self):
        """Pending e-mails to registrants whose personal data still exists."""
        return (
            super()
            .to_send()
            .filter(registration__anonymised_at=None)
            .exclude(registration__email="")
            .select_related("registration__conference")
        )


class OutgoingEmail(OutboxEmail):
    """An e-mail to a registrant, kept until sent (core.outbox); rendered by conferences.emails."""

    class Kind(models.TextChoices):
        CONFIRMED = "confirmed", _("registration confirmed")
        WAITLISTED = "waitlisted", _("on the waiting list")
        PROMOTED = "promoted", _("moved off the waiting list")
        CANCELLED = "cancelled", _("registration cancelled")
        MANAGE_LINK = "manage_link", _("link to the registration")
        CHANGED = "changed", _("date, time or place changed")

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="emails",
        verbose_name=_("registration"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta(OutboxEmail.Meta):
        verbose_name = _("e-mail to a registrant")
        verbose_name_plural = _("e-mails to registrants")

    def is_deliverable(self) -> bool:
        """An anonymised registration has nobody left to write to."""
        return self.registration.anonymised_at is None and bool(self.registration.email)

    def __str__(self):
        return f"{self.get_kind_display()} → {self.registration}"
