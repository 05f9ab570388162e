import datetime
from urllib.parse import quote_plus

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import localize
from core.outbox import OutboxEmail, OutboxQuerySet
from core.public_pages import EVERY_PAGE, NO_PAGE
from core.publishing import SEED_KEY_FIELD, Publishable, PublishableQuerySet
from core.richtext import MARKDOWN_HELP
from core.tokens import new_token


class Topic(Publishable):
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Part of the web address."))
    name = models.CharField(_("name"), max_length=120)
    intro = models.TextField(_("introduction"), blank=True, help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name or self.slug

    def get_absolute_url(self):
        return reverse("services:topic", kwargs={"slug": self.slug})


class Checked(models.Model):
    """Content whose facts go out of date: an owner who keeps it right, and when it was last
    checked (services/freshness.py)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"is_staff": True},
        verbose_name=_("owner"),
        help_text=_("The member of staff who keeps this up to date and gets its reminders."),
    )
    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("When someone last checked this against its sources."),
    )

    class Meta:
        abstract = True


class FreshnessQuerySet(PublishableQuerySet):
    """Desks, locations and FAQs have an owner and a "last checked" date."""

    def due_for_check(self, *, today=None):
        """Not checked within settings.FRESHNESS_MONTHS (or never)."""
        today = today or timezone.localdate()
        cutoff = today - relativedelta_months(settings.FRESHNESS_MONTHS)
        return self.filter(models.Q(last_checked__isnull=True) | models.Q(last_checked__lt=cutoff))


class FAQQuerySet(FreshnessQuerySet):
    published_with = ("desk", "topic")


class LocationQuerySet(FreshnessQuerySet):
    published_with = ("desk",)

    def with_confirmed_address(self, *, today=None):
        """The only places where a consultation at the desk may be offered and booked."""
        return self.filter(confirmed_address(today=today))

    def missing_contact_data(self, *, today=None):
        """Locations without a phone number, an e-mail address, opening hours (unless visitors
        are received by appointment only), or a confirmed address."""
        return self.annotate(n_hours=models.Count("hours")).filter(
            models.Q(phone="")
            | models.Q(email="")
            | models.Q(n_hours=0, by_appointment_only=False)
            | ~confirmed_address(today=today)
        )


# Contact details checked (or published) longer ago than this are shown with a warning and their
# date, and an address not checked within it is not confirmed (no bookings at the desk there).
DATED_AFTER = datetime.timedelta(days=365)


def confirmed_address(prefix: str = "", *, today=None) -> models.Q:
    """The condition "has a street address that staff checked within DATED_AFTER", on Location
    (or, with a prefix such as "location__", on a model that points to one)."""
    today = today or timezone.localdate()
    return models.Q(**{f"{prefix}last_checked__gte": today - DATED_AFTER}) & ~models.Q(
        **{f"{prefix}street_address": ""}
    )


def relativedelta_months(months: int) -> datetime.timedelta:
    """About `months` months (a year of 12 months is 365 days), for a "checked within" cutoff."""
    return datetime.timedelta(days=round(months * 365 / 12))


class ServiceDesk(Checked, Publishable):
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Part of the web address."))
    name = models.CharField(_("name"), max_length=150)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One sentence: what the desk does.")
    )
    audience = models.TextField(_("for whom"), blank=True, help_text=MARKDOWN_HELP)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    website = models.URLField(_("website"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="desks",
        verbose_name=_("desk staff"),
        help_text=_("Staff who handle this desk's questions and appointments."),
    )
    official_name = models.CharField(
        _("official name"),
        max_length=150,
        blank=True,
        help_text=_(
            "The name the desk uses itself, e.g. “Grensinfopunt”. It is shown in every language, "
            "with the translated name beside it as an explanation."
        ),
    )
    official_name_language = models.CharField(
        _("language of the official name"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="nl",
    )
    # Questions (services.Enquiry): where the desk is told of them, what references look like,
    # and the reply time the acknowledgement promises.
    enquiry_email = models.EmailField(
        _("inbox for questions"),
        blank=True,
        help_text=_(
            "Gets a notice of every new question. Without it, questions only appear in the admin."
        ),
    )
    reference_prefix = models.CharField(
        _("reference prefix"),
        max_length=8,
        default="Q",
        validators=[
            RegexValidator(
                r"^[A-Z]{1,8}$", _("Use 1 to 8 capital letters without accents, e.g. GIP.")
            )
        ],
        help_text=_("Starts the reference of each new question, e.g. GIP for GIP-2026-00042."),
    )
    reply_time = models.CharField(
        _("reply time"),
        max_length=150,
        blank=True,
        help_text=_(
            "What the acknowledgement promises, completing “We will answer …”, e.g. "
            "“within five working days”."
        ),
    )

    objects = FreshnessQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("service desk")
        verbose_name_plural = _("service desks")
        permissions = [
            ("handle_all_desks", _("Can handle the questions and appointments of every desk")),
        ]

    def __str__(self):
        return self.name or self.slug

    def get_absolute_url(self):
        return reverse("services:desk", kwargs={"slug": self.slug})

    @property
    def name_explains(self):
        """Whether the translated name says something beside the official name (not the same
        words): then both are shown, "Grensinfopunt: Cross-border information point"."""
        translated = localize(self, "name").text
        return bool(self.official_name) and translated.casefold() != self.official_name.casefold()

    def display_name(self):
        """The official name with the translated name beside it, as plain text (page titles)."""
        translated = localize(self, "name").text
        if self.name_explains:
            return f"{self.official_name}: {translated}"
        return self.official_name or translated


class OfficialBody(models.Model):
    """An official body that decides a matter (a tax office, a benefits agency) or an official
    information site: the sources an answer names at its end."""

    public_pages = EVERY_PAGE  # the sources under answers

    class Country(models.TextChoices):
        NETHERLANDS = "NL", _("Netherlands")
        GERMANY = "DE", _("Germany")
        BELGIUM = "BE", _("Belgium")
        EUROPE = "EU", _("European Union")

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(
        _("official name"),
        max_length=150,
        help_text=_(
            "As the body calls itself, e.g. “Belastingdienst”; the same in every language."
        ),
    )
    explanation = models.CharField(
        _("explanation"),
        max_length=200,
        blank=True,
        help_text=_("What it is, in the visitor's language, e.g. “Dutch tax authority”."),
    )
    url = models.URLField(
        _("web address"),
        help_text=_(
            "The body's own site, or a page whose address it keeps stable. "
            "Never a guessed deep link."
        ),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["country", "order", "name"]
        verbose_name = _("official body")
        verbose_name_plural = _("official bodies")

    def __str__(self):
        return self.name


def validate_page_address(value):
    """A source is a page or a regulation, not a site: its address has a path."""
    from urllib.parse import urlsplit

    if urlsplit(value).path in ("", "/"):
        raise ValidationError(
            _("Give the address of the page itself, not the site's home page."), code="home_page"
        )


class SourceManager(models.Manager):
    def get_queryset(self):
        # Shown with its body's name and explanation: one query also when prefetched.
        return super().get_queryset().select_related("body")


class Source(models.Model):
    """The page or regulation an answer rests on (title and address), published by an official
    body; its own date where it gives one ("as published on"), which is not a check."""

    public_pages = EVERY_PAGE  # cited under answers

    slug = models.SlugField(_("slug"), unique=True)
    body = models.ForeignKey(
        OfficialBody,
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name=_("published by"),
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        help_text=_("As the page or regulation titles itself, in its own language."),
    )
    language = models.CharField(
        _("language of the title"), max_length=8, choices=settings.LANGUAGES, default="nl"
    )
    url = models.URLField(
        _("web address"),
        max_length=500,
        validators=[validate_page_address],
        help_text=_("The page itself, never the site's home page."),
    )
    published_on = models.DateField(
        _("as published on"),
        null=True,
        blank=True,
        help_text=_("The date the page or regulation itself gives, if any."),
    )

    objects = SourceManager()

    class Meta:
        ordering = ["body__country", "body__order", "title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return f"{self.body.name}: {self.title}"


class Location(Checked, Publishable):
    class Country(models.TextChoices):
        NETHERLANDS = "NL", _("Netherlands")
        GERMANY = "DE", _("Germany")
        BELGIUM = "BE", _("Belgium")

    desk = models.ForeignKey(
        ServiceDesk, on_delete=models.CASCADE, related_name="locations", verbose_name=_("desk")
    )
    name = models.CharField(_("name"), max_length=150)
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    city = models.CharField(_("town or city"), max_length=100)
    country = models.CharField(
        _("country"), max_length=2, choices=Country, default=Country.NETHERLANDS
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    by_appointment_only = models.BooleanField(
        _("by appointment only"),
        default=False,
        help_text=_("Visitors are received only by appointment; opening hours are then optional."),
    )
    notes = models.TextField(
        _("notes for visitors"),
        blank=True,
        help_text=_("E.g. how to make an appointment or which services are offered here."),
    )
    source_date = models.DateField(
        _("date of the source"),
        null=True,
        blank=True,
        help_text=_(
            "The date of the publication these contact details come from (e.g. a guide of "
            "December 2017). It is not a check: set “last checked” when you have checked them."
        ),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Identifies content loaded by `manage.py seed_portal`, so re-running it finds its own rows.
    seed_key = models.CharField(**SEED_KEY_FIELD)

    objects = LocationQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return self.name or self.city

    DATED_AFTER = DATED_AFTER

    @property
    def details_date(self):
        """How old the contact details are: the day staff last checked them, or else the date of
        the publication they come from (None when neither is known)."""
        return self.last_checked or self.source_date

    @property
    def is_dated(self):
        """Whether the contact details are so old (checked, or published) that visitors are told."""
        return self.details_date is not None and (
            timezone.localdate() - self.details_date > self.DATED_AFTER
        )

    @property
    def address_confirmed(self) -> bool:
        """A street address that staff checked within DATED_AFTER (see
        LocationQuerySet.with_confirmed_address): consultations at the desk may be booked here,
        and e-mails may send people to it."""
        return bool(self.street_address) and (
            self.last_checked is not None
            and timezone.localdate() - self.last_checked <= self.DATED_AFTER
        )

    @property
    def address_line(self):
        """The address as one line, from the parts that are known."""
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.street_address, town) if part)

    def route_url(self):
        """A route to this location on OpenStreetMap: a link to follow, nothing the page loads."""
        if self.latitude is not None and self.longitude is not None:
            return f"https://www.openstreetmap.org/directions?to={self.latitude}%2C{self.longitude}"
        query = ", ".join(part for part in (self.address_line, self.get_country_display()) if part)
        return f"https://www.openstreetmap.org/search?query={quote_plus(query)}"


class OpeningHours(models.Model):
    public_pages = EVERY_PAGE

    class Weekday(models.IntegerChoices):
        MONDAY = 1, _("Monday")
        TUESDAY = 2, _("Tuesday")
        WEDNESDAY = 3, _("Wednesday")
        THURSDAY = 4, _("Thursday")
        FRIDAY = 5, _("Friday")
        SATURDAY = 6, _("Saturday")
        SUNDAY = 7, _("Sunday")

    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="hours", verbose_name=_("location")
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    by_appointment = models.BooleanField(_("by appointment"), default=False)

    class Meta:
        ordering = ["weekday", "opens"]
        # One row of a location's hours ("Add another opening time"); the list is "opening hours".
        verbose_name = _("opening time")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")),
                name="opening_hours_close_after_open",
                violation_error_message=_("The closing time must be after the opening time."),
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"


class FAQ(Checked, Publishable):
    desk = models.ForeignKey(
        ServiceDesk, on_delete=models.CASCADE, related_name="faqs", verbose_name=_("desk")
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="faqs", verbose_name=_("topic")
    )
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"), help_text=MARKDOWN_HELP)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    seed_key = models.CharField(**SEED_KEY_FIELD)
    sources = models.ManyToManyField(
        Source,
        blank=True,
        related_name="faqs",
        verbose_name=_("sources"),
        help_text=_(
            "The pages or regulations the answer rests on; shown at the end of the answer."
        ),
    )

    objects = FAQQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("FAQ")
        verbose_name_plural = _("FAQs")

    def __str__(self):
        return self.question


class Country(models.TextChoices):
    NETHERLANDS = "NL", _("the Netherlands")
    BELGIUM = "BE", _("Belgium")
    GERMANY = "DE", _("Germany")
    OTHER = "other", _("another country")


class Role(models.TextChoices):
    EMPLOYEE = "employee", _("an employee")
    EMPLOYER = "employer", _("an employer")
    STUDENT = "student", _("a student or recent graduate")
    JOBSEEKER = "jobseeker", _("looking for work")
    NON_EU = "non_eu", _("coming from outside the EU")


class GuideEntry(Publishable):
    """Advice for a situation in the "my situation" guide. Staff choose for which answers it
    shows (empty: any answer) and which desks, topics and FAQs it points to."""

    lives_in = models.CharField(
        _("lives in"), max_length=8, choices=Country, blank=True, help_text=_("Empty: any.")
    )
    works_in = models.CharField(
        _("works in"), max_length=8, choices=Country, blank=True, help_text=_("Empty: any.")
    )
    role = models.CharField(
        _("is"), max_length=12, choices=Role, blank=True, help_text=_("Empty: any.")
    )
    title = models.CharField(_("title"), max_length=200)
    advice = models.TextField(_("advice"), blank=True, help_text=MARKDOWN_HELP)
    desks = models.ManyToManyField(ServiceDesk, blank=True, verbose_name=_("desks"))
    topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    faqs = models.ManyToManyField(FAQ, blank=True, verbose_name=_("FAQs"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    seed_key = models.CharField(**SEED_KEY_FIELD)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("guide entry")
        verbose_name_plural = _("guide entries")

    def __str__(self):
        return self.title

    @classmethod
    def matching(cls, *, lives_in, works_in, role):
        """Entries for these answers: each condition equal to the answer, or left empty."""
        return cls.objects.filter(
            models.Q(lives_in="") | models.Q(lives_in=lives_in),
            models.Q(works_in="") | models.Q(works_in=works_in),
            models.Q(role="") | models.Q(role=role),
        )


# --- Booking a consultation: slots, appointments and their e-mails ------------------------------


# The pages that show free consultation times: a slot or an appointment changes only these.
BOOKING_PAGES = ("services:desk", "services:booking", "services:book_slot")


class SlotMode(models.TextChoices):
    DESK = "desk", _("at the desk")
    PHONE = "phone", _("by phone")
    VIDEO = "video", _("by video call")


def validate_language_codes(value):
    codes = [code.strip() for code in value.split(",")]
    known = dict(settings.LANGUAGES)
    if not codes or any(code not in known for code in codes):
        raise ValidationError(
            _("Use the codes %(codes)s, separated by commas."),
            params={"codes": ", ".join(known)},
            code="languages",
        )


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
        """Not cancelled, and starting after `now` (in the portal's time zone)."""
        now = timezone.localtime(now or timezone.now())
        return self.filter(cancelled_at=None).filter(
            models.Q(date__gt=now.date()) | models.Q(date=now.date(), start__gt=now.time())
        )

    def bookable(self, now=None):
        """Upcoming slots with a free place, at a published location of a published desk,
        soonest first."""
        today = timezone.localdate(now) if now else None
        return (
            self.upcoming(now)
            .filter(location__is_published=True, location__desk__is_published=True)
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
        return [code for code in self.languages.split(",") if code]

    def language_names(self) -> list[str]:
        names = dict(settings.LANGUAGES)
        return [str(names[code]) for code in self.language_codes if code in names]


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
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
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
    services.emails."""

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


# --- Enquiries: questions visitors ask a desk (issue 8, part A) -----------------------------


class EnquiryCounter(models.Model):
    """The last reference number given out in a year: one row per year, locked while the next
    number is taken (services.rules.ask_question), so two questions never get the same one."""

    public_pages = NO_PAGE

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class EnquiryQuerySet(models.QuerySet):
    def with_personal_data(self):
        return self.filter(anonymised_at=None)

    def open(self):
        return self.exclude(status=Enquiry.Status.CLOSED)

    def status_counts(self) -> dict[str, int]:
        """{status: number of questions}: what survives the deletion of personal data."""
        rows = self.order_by().values_list("status").annotate(count=models.Count("pk"))
        return dict(rows)


class Enquiry(models.Model):
    """A question a visitor asked a desk through the portal. Changed only by services.rules."""

    public_pages = NO_PAGE  # what visitors send, for staff

    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_PROGRESS = "in_progress", _("in progress")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    QUESTION_MAX_LENGTH = 5000
    # Blanked when the retention period after closing has passed (services.rules).
    PERSONAL_FIELDS = ("email", "name", "question")

    reference = models.CharField(_("reference"), max_length=24, unique=True, editable=False)
    desk = models.ForeignKey(
        ServiceDesk, on_delete=models.PROTECT, related_name="enquiries", verbose_name=_("desk")
    )
    topic = models.ForeignKey(
        Topic,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("topic"),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status, default=Status.NEW)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    email = models.EmailField(_("e-mail address"), blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    lives_in = models.CharField(_("lives in"), max_length=8, choices=Country, blank=True)
    works_in = models.CharField(_("works in"), max_length=8, choices=Country, blank=True)
    question = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("asked"), default=timezone.now, db_index=True)
    privacy_consent_at = models.DateTimeField(_("privacy statement accepted"), null=True)
    answered_at = models.DateTimeField(_("first answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, db_index=True)
    anonymised_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.reference


class EnquiryMessage(models.Model):
    """One step in a question's thread: a reply to the visitor, a handover to another desk, or a
    note staff keep for each other."""

    public_pages = NO_PAGE

    class Kind(models.TextChoices):
        REPLY = "reply", _("reply to the visitor")
        HANDOVER = "handover", _("handed over")
        NOTE = "note", _("internal note")

    enquiry = models.ForeignKey(
        Enquiry, on_delete=models.CASCADE, related_name="messages", verbose_name=_("question")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    text = models.TextField(_("text"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    from_desk = models.ForeignKey(
        ServiceDesk,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from desk"),
    )
    to_desk = models.ForeignKey(
        ServiceDesk,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("to desk"),
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return f"{self.enquiry} · {self.get_kind_display()}"


class EnquiryEmailQuerySet(OutboxQuerySet):
    def to_send(self):
        return super().to_send().select_related("enquiry__desk", "desk", "message")


class EnquiryEmail(OutboxEmail):
    """An e-mail about a question, kept until sent (core.outbox); rendered by services.emails:
    to the visitor (acknowledgement, reply, handover) or to a desk's inbox (notice)."""

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("acknowledgement to the visitor")
        NOTICE = "notice", _("notice to the desk's inbox")
        REPLY = "reply", _("reply to the visitor")
        HANDED_OVER = "handed_over", _("handover, told to the visitor")

    enquiry = models.ForeignKey(
        Enquiry, on_delete=models.CASCADE, related_name="emails", verbose_name=_("question")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    # The desk whose inbox gets a notice (the enquiry's desk may change by a handover).
    desk = models.ForeignKey(
        ServiceDesk,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("desk"),
    )
    message = models.ForeignKey(
        EnquiryMessage,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("message"),
    )

    objects = EnquiryEmailQuerySet.as_manager()

    class Meta(OutboxEmail.Meta):
        verbose_name = _("e-mail about a question")
        verbose_name_plural = _("e-mails about questions")

    def recipient(self) -> str:
        if self.kind == self.Kind.NOTICE:
            return self.desk.enquiry_email if self.desk else ""
        return self.enquiry.email

    def is_deliverable(self) -> bool:
        """Nobody to write to once the personal data is deleted, or the desk has no inbox."""
        return self.enquiry.anonymised_at is None and bool(self.recipient())

    def __str__(self):
        return f"{self.get_kind_display()} → {self.enquiry}"
