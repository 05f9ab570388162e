from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.i18n import kept_reverse
from core.public_pages import NO_PAGE
from core.publishing import SEED_KEY_FIELD, Publishable
from core.richtext import MARKDOWN_HELP


class Page(Publishable):
    """A site-wide text page that staff keep up to date: about, privacy, accessibility."""

    class Slug(models.TextChoices):
        ABOUT = "about", _("About the initiative")
        PRIVACY = "privacy", _("Privacy statement")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")

    slug = models.SlugField(_("page"), choices=Slug, unique=True)
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True, help_text=MARKDOWN_HELP)
    body = models.TextField(_("text"), help_text=MARKDOWN_HELP)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title or self.get_slug_display()

    def get_absolute_url(self):
        return kept_reverse(f"portal:{self.slug}")


class KeyFigure(Publishable):
    """A figure on the home page, e.g. "about 12,000 cross-border workers helped a year"."""

    value = models.PositiveIntegerField(_("number"))
    prefix = models.CharField(
        _("before the number"),
        max_length=40,
        blank=True,
        help_text=_("E.g. “about” or “more than”."),
    )
    label = models.CharField(_("what it counts"), max_length=200)
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where the figure comes from (shown to visitors)."),
    )
    source_url = models.URLField(
        _("web address of the source"),
        blank=True,
        help_text=_(
            "Where visitors can check the figure: the publisher's page, never a guessed deep link."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    seed_key = models.CharField(**SEED_KEY_FIELD)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.value} {self.label}"


class Partner(Publishable):
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class SearchMiss(models.Model):
    """A search that found nothing: what visitors looked for and did not find (no personal data:
    no address, no user; e-mail addresses and long numbers in the text are masked)."""

    public_pages = NO_PAGE  # for staff

    query = models.CharField(_("search text"), max_length=200)
    language = models.CharField(_("language"), max_length=8)
    count = models.PositiveIntegerField(_("times searched"), default=0)
    first_searched_at = models.DateTimeField(_("first searched"), auto_now_add=True)
    last_searched_at = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        ordering = ["-count", "-last_searched_at"]
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query", "language"], name="one_miss_per_query")
        ]

    def __str__(self):
        return f"{self.query} ({self.language})"


class SynonymGroup(models.Model):
    """Words and phrases that mean the same, in any of the four languages (e.g. kinderbijslag,
    Kindergeld, child benefit, allocations familiales): a search for one also looks for the others,
    so a visitor finds the answer in their own language whatever word they know."""

    public_pages = ("portal:search",)  # what search finds

    terms = models.TextField(
        _("equivalent terms"),
        help_text=_(
            "One word or phrase per line, in any language. A search for one of them also finds "
            "the others."
        ),
    )
    note = models.CharField(_("note for staff"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    seed_key = models.CharField(**SEED_KEY_FIELD)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")

    def __str__(self):
        return " ↔ ".join(self.term_list())[:150]

    def term_list(self) -> list[str]:
        return [line.strip() for line in self.terms.splitlines() if line.strip()]

    def clean(self):
        if len(self.term_list()) < 2:
            raise ValidationError(
                {"terms": _("Give at least two terms, one per line.")}, code="too_few_terms"
            )


class Feedback(models.Model):
    """A visitor's answer to "Did this page help you?", or a report of outdated information.
    No personal data: no address, no user, no time of day; e-mail addresses and long numbers in
    the comment are masked before it is stored (portal/feedback.py)."""

    public_pages = NO_PAGE  # what visitors send, for staff

    class Kind(models.TextChoices):
        HELPFUL = "helpful", _("Did this page help?")
        OUTDATED = "outdated", _("Outdated information")

    page = models.CharField(_("page"), max_length=200, help_text=_("Without its language."))
    language = models.CharField(_("language"), max_length=8)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.HELPFUL)
    helpful = models.BooleanField(_("helped"), null=True)
    answer = models.ForeignKey(
        "services.FAQ",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answer"),
        help_text=_("The question on the page the visitor said it was about, if they chose one."),
    )
    comment = models.TextField(_("comment"), blank=True)
    created_on = models.DateField(_("date"), auto_now_add=True)

    class Meta:
        ordering = ["-created_on", "-pk"]
        verbose_name = _("visitor feedback")
        verbose_name_plural = _("visitor feedback")
        indexes = [models.Index(fields=["page", "language", "created_on"])]

    def __str__(self):
        return f"{self.page} ({self.language}, {self.created_on:%Y-%m-%d})"
