"""E-mails to registrants: rendered in the registrant's language and sent.

They are recorded in the registration's transaction and sent after it commits by
conferences.tasks (queue_email, send_email), which calls send_now().

send_now() renders the e-mail in the registrant's language and sends it. If the mail server is
down it records the failed attempt and returns False; the row stays pending and
`manage.py send_pending_emails` (cron) retries it with a growing wait between attempts.
"""

import datetime
import logging
import smtplib
from email.message import MIMEPart

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from conferences.calendar import registration_ics, registration_method
from conferences.models import OutgoingEmail, Registration
from core.i18n import localize

logger = logging.getLogger(__name__)

Kind = OutgoingEmail.Kind

SUBJECTS = {
    Kind.CONFIRMED: _("Registration confirmed: %(title)s"),
    Kind.WAITLISTED: _("On the waiting list: %(title)s"),
    Kind.PROMOTED: _("A seat has become free, you are confirmed: %(title)s"),
    Kind.CANCELLED: _("Registration cancelled: %(title)s"),
    Kind.MANAGE_LINK: _("The link to your registration: %(title)s"),
    Kind.CHANGED: _("Changed date, time or place: %(title)s"),
}
# The calendar file each kind carries: the invitation (REQUEST) for a seat, its cancellation
# (CANCEL), or none.
CALENDAR_FOR = {
    Kind.CONFIRMED: Registration.Status.CONFIRMED,
    Kind.PROMOTED: Registration.Status.CONFIRMED,
    Kind.CANCELLED: Registration.Status.CANCELLED,
    Kind.CHANGED: Registration.Status.CONFIRMED,  # waitlisted people get the news, no entry
}
# The kinds queued when a registrant gets a seat: only who had one has an entry to cancel.
SEATED = [Kind.CONFIRMED, Kind.PROMOTED]
MAX_ERROR_LENGTH = 300
MAX_RETRY_DELAY_MINUTES = 60
# After this many failed tries (about a week and a half of back-off) an e-mail is left for staff:
# the admin lists it as not sent, with its last error.
MAX_ATTEMPTS = 12


def is_deliverable(registration: Registration) -> bool:
    """An anonymised registration has nobody left to write to."""
    return registration.anonymised_at is None and bool(registration.email)


def retry_delay(attempts: int) -> datetime.timedelta:
    """Wait 2, 4, 8, ... minutes after the n-th failed attempt, at most an hour."""
    return datetime.timedelta(minutes=min(2 ** min(attempts, 6), MAX_RETRY_DELAY_MINUTES))


def is_due(email: OutgoingEmail, now=None) -> bool:
    """Whether a pending e-mail's wait after its last attempt has passed."""
    if email.last_attempt_at is None:
        return True
    return (now or timezone.now()) >= email.last_attempt_at + retry_delay(email.attempts)


def send_now(email: OutgoingEmail) -> bool:
    """Send one pending e-mail now. True if it was sent.

    Returns False without sending for an e-mail already sent (or being sent by another process)
    and for an anonymised registration. On a mail-server failure it records the attempt and
    returns False: it never raises for mail errors."""
    registration = email.registration
    if email.sent_at is not None or not is_deliverable(registration):
        return False
    message = build_message(email)  # before the claim: a rendering bug must not eat an attempt
    if not _claim(email):
        return False
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        email.last_error = _describe(error)
        OutgoingEmail.objects.filter(pk=email.pk).update(last_error=email.last_error)
        logger.warning(
            "E-mail %s (%s) for registration %s not sent, attempt %s: %s",
            email.pk,
            email.kind,
            registration.pk,
            email.attempts,
            email.last_error,
        )
        return False
    email.sent_at = timezone.now()
    email.last_error = ""
    OutgoingEmail.objects.filter(pk=email.pk).update(sent_at=email.sent_at, last_error="")
    return True


def _claim(email: OutgoingEmail) -> bool:
    """Count the attempt before sending, but only if no other process did since we read the row:
    the task and a cron run may pick up the same e-mail, and only one of them may send it."""
    now = timezone.now()
    claimed = OutgoingEmail.objects.filter(
        pk=email.pk, sent_at=None, attempts=email.attempts
    ).update(attempts=F("attempts") + 1, last_attempt_at=now)
    if claimed:
        email.attempts += 1
        email.last_attempt_at = now
    return bool(claimed)


def _describe(error: Exception) -> str:
    """A short description of a mail error for staff, without the mail server's password."""
    text = f"{type(error).__name__}: {error}"
    password = settings.MAILERS.get("default", {}).get("OPTIONS", {}).get("password")
    if password:
        text = text.replace(password, "********")
    return text[:MAX_ERROR_LENGTH]


def build_message(email: OutgoingEmail) -> EmailMultiAlternatives:
    """The e-mail, in the registrant's language: plain text, HTML, and a calendar file for a
    confirmation, a promotion, a change or a cancellation."""
    registration = email.registration
    with translation.override(registration.language):
        context = _context(email)
        subject = str(SUBJECTS[email.kind] % {"title": context["title"].text})
        subject = " ".join(subject.split())  # a header holds no line breaks
        context["subject"] = subject
        text = render_to_string(f"emails/{email.kind}.txt", context)
        html = render_to_string(f"emails/{email.kind}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
        # RFC 3834: an automatic message; out-of-office replies should not answer it.
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    if context["has_calendar"]:
        message.attach(calendar_attachment(registration))
    return message


def calendar_attachment(registration: Registration) -> MIMEPart:
    """The registrant's .ics as an attachment: text/calendar whose method parameter matches its
    METHOD (RFC 6047, 2.4), UTF-8 in base64. Left to itself, Python's email package would send
    UTF-8 text as 8bit, which not every mail server and client passes through unchanged. The
    file goes in as bytes: as text, the email package would rewrite its CRLF line ends (which
    RFC 5545 requires) to its policy's line separator before encoding them."""
    part = MIMEPart()
    part.set_content(
        registration_ics(registration).encode(),
        maintype="text",
        subtype="calendar",
        cte="base64",
        params={"charset": "utf-8", "method": registration_method(registration)},
        filename=f"{registration.conference.slug}.ics",
    )
    return part


def _context(email: OutgoingEmail) -> dict:
    registration = email.registration
    conference = registration.conference
    language = registration.language
    venue = conference.venue_line
    return {
        "kind": email.kind,
        "registration": registration,
        "conference": conference,
        "language": language,
        "title": localize(conference, "title", language),
        "summary": localize(conference, "summary", language),
        "venue": venue,
        "manage_url": settings.SITE_URL + registration.get_absolute_url(),
        "conference_url": settings.SITE_URL + conference.get_absolute_url(),
        "has_calendar": _has_calendar(email),
    }


def _has_calendar(email: OutgoingEmail) -> bool:
    """Whether the e-mail carries a calendar file. A confirmation sent late, after the
    registrant cancelled, must not put the event back into their calendar: the file follows the
    registration as it is now. Someone who cancels from the waiting list never had an entry."""
    registration = email.registration
    if CALENDAR_FOR.get(email.kind) != registration.status:
        return False
    if email.kind == Kind.CANCELLED:
        return registration.emails.filter(kind__in=SEATED).exists()
    return True
