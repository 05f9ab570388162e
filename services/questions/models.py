"""Questions visitors ask a desk (issue 8, part A): the question, its thread, its e-mails and
the counter that numbers them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.outbox import OutboxEmail, OutboxQuerySet
from core.public_pages import NO_PAGE
from core.tokens import new_token
from services.desks.models import Country, ServiceDesk, Topic


class EnquiryCounter(models.Model):
    """The last reference number given out in a year: one row per year, locked while the next
    number is taken (services.questions.rules.ask_question), so two questions never get the same
    one."""

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
    """A question a visitor asked a desk through the portal. Changed only by
    services.questions.rules."""

    public_pages = NO_PAGE  # what visitors send, for staff

    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_PROGRESS = "in_progress", _("in progress")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    QUESTION_MAX_LENGTH = 5000
    # Blanked when the retention period after closing has passed (services.questions.retention).
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
    # The visitor's personal link to the question's page, where they read the answers and reply
    # (sent with every reply). Replaced when the personal data is deleted: the link then leads
    # nowhere (and the page shows no anonymised question).
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.reference

    def personal_url(self) -> str:
        """The visitor's own page of the question (not get_absolute_url: no admin route may lead
        staff to it), in the active language."""
        return reverse("services:question", kwargs={"token": self.token})


class EnquiryMessage(models.Model):
    """One step in a question's thread: a reply to the visitor, the visitor's reply to it (from
    their personal page), a handover to another desk, or a note staff keep for each other."""

    public_pages = NO_PAGE

    class Kind(models.TextChoices):
        REPLY = "reply", _("reply to the visitor")
        VISITOR = "visitor", _("reply from the visitor")
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
    """An e-mail about a question, kept until sent (core.outbox); rendered by
    services.questions.emails: to the visitor (acknowledgement, reply, handover). Notices to staff
    go through core.staffmail; `notice` rows are those written before they did."""

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
