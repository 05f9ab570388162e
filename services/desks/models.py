import datetime
from urllib.parse import quote_plus

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.i18n import kept_reverse, localize
from core.prepared import Today
from core.public_pages import EVERY_PAGE
from core.publishing import SEED_KEY_FIELD, Publishable, PublishableQuerySet
from core.richtext import MARKDOWN_HELP


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
        return kept_reverse("services:topic", slug=self.slug)


class Checked(models.Model):
    """Content whose facts go out of date: an owner who keeps it right, and when it was last
    checked (services/desks/freshness.py)."""

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
    since = Today(-DATED_AFTER.days) if today is None else today - DATED_AFTER
    return models.Q(**{f"{prefix}last_checked__gte": since}) & ~models.Q(
        **{f"{prefix}street_address": ""}
    )


def validate_language_codes(value):
    """Language codes of the portal's languages, separated by commas ("nl,de,en")."""
    codes = [code.strip() for code in value.split(",")]
    known = dict(settings.LANGUAGES)
    if not codes or any(code not in known for code in codes):
        raise ValidationError(
            _("Use the codes %(codes)s, separated by commas."),
            params={"codes": ", ".join(known)},
            code="languages",
        )


def language_codes(value: str) -> list[str]:
    """The codes of a field validated by validate_language_codes, in order."""
    return [code.strip() for code in value.split(",") if code.strip()]


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
        return kept_reverse("services:desk", slug=self.slug)

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
    staff_languages = models.CharField(
        _("languages the staff speak"),
        max_length=20,
        blank=True,
        help_text=_(
            "Language codes separated by commas, e.g. nl,de. Consultations here are offered only "
            "in these languages. Leave empty when not known: then each consultation slot's "
            "languages apply."
        ),
        validators=[validate_language_codes],
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
