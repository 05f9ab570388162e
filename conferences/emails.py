"""E-mails to registrants, rendered in the registrant's language.

They are recorded in the registration's transaction (conferences.tasks.queue_email) and sent
through the outbox (core.outbox), which calls build_message() and retries after a mail-server
outage.
"""

from email.message import MIMEPart

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from conferences.calendar import registration_ics, registration_method
from conferences.models import OutgoingEmail, Registration
from core.calendar import attachment
from core.i18n import localize
from core.outbox import compose, renders

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


@renders(OutgoingEmail)
def build_message(email: OutgoingEmail) -> EmailMultiAlternatives:
    """The e-mail, in the registrant's language: plain text, HTML, and a calendar file for a
    confirmation, a promotion, a change or a cancellation."""
    registration = email.registration
    with translation.override(registration.language):
        context = _context(email)
        message = compose(
            template=f"emails/{email.kind}",
            context=context,
            subject=SUBJECTS[email.kind] % {"title": context["title"].text},
            to=[registration.email],
        )
    if context["has_calendar"]:
        message.attach(calendar_attachment(registration))
    return message


def calendar_attachment(registration: Registration) -> MIMEPart:
    """The registrant's .ics as an attachment (core.calendar.attachment)."""
    return attachment(
        registration_ics(registration),
        registration_method(registration),
        f"{registration.conference.slug}.ics",
    )


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
