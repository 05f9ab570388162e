"""E-mails about questions (services.Enquiry), sent through the outbox (core.outbox).

To the visitor, in the language they asked in (services.EnquiryEmail): the acknowledgement
(reference and the desk's reply time, none of the text they typed, not even their name: the
address is not confirmed), the reply (the staff's text as plain text, their own greeting
included, with the question quoted, links in it made unclickable, and the personal link to reply)
and the news of a handover.
To staff, in the portal's main language, through core.staffmail (`notify_staff`): a notice of a
new question, a question handed over to their desk, or the visitor's reply, with the reference
and a link to the question in the admin, not the question itself, so that personal data stays
in one place, where the retention period deletes it. It goes to the desk's inbox; without one,
to the desk's staff at their own addresses; without those, to the staff who handle every desk.

Plain text only: nothing in them needs markup, and a staff reply is shown exactly as written.
"""

import logging
from enum import StrEnum

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.i18n import localize
from core.outbox import compose, renders
from core.redaction import defanged
from core.staffmail import to_staff
from services.desks.models import ServiceDesk
from services.questions.models import Enquiry, EnquiryEmail

logger = logging.getLogger(__name__)

EnquiryKind = EnquiryEmail.Kind

ENQUIRY_SUBJECTS = {
    EnquiryKind.ACKNOWLEDGEMENT: _("We have received your question (%(reference)s)"),
    EnquiryKind.NOTICE: _("New question for %(desk)s (%(reference)s)"),
    EnquiryKind.REPLY: _("Answer to your question (%(reference)s)"),
    EnquiryKind.HANDED_OVER: _("Your question has been passed on (%(reference)s)"),
}


@renders(EnquiryEmail)
def build_enquiry_message(email: EnquiryEmail) -> EmailMessage:
    enquiry = email.enquiry
    language = settings.LANGUAGE_CODE if email.kind == EnquiryKind.NOTICE else enquiry.language
    with translation.override(language):
        desk = email.desk or enquiry.desk
        context = {
            "email": email,
            "enquiry": enquiry,
            "desk_name": localize(desk, "name", language).text,
            "reply_time": _reply_time(desk, language),
            "message": email.message,
            # What the visitor typed, as text no mail program makes a link of: the address
            # it goes to was never confirmed.
            "quoted_question": quoted(defanged(enquiry.question)),
            "personal_url": settings.SITE_URL + enquiry.personal_url(),
            "desk_url": settings.SITE_URL + desk.get_absolute_url(),
            "admin_url": settings.SITE_URL
            + reverse("admin:services_enquiry_change", args=[enquiry.pk]),
        }
        names = {"reference": enquiry.reference, "desk": context["desk_name"]}
        return compose(
            template=f"emails/enquiry_{email.kind}",
            context=context,
            subject=ENQUIRY_SUBJECTS[email.kind] % names,
            to=[email.recipient()],
            html=False,
        )


def quoted(text: str) -> str:
    """Text quoted as mail programs quote it: each line after "> "."""
    return "\n".join(f"> {line}".rstrip() for line in text.splitlines())


def _reply_time(desk, language) -> str:
    """The desk's reply time in the visitor's language; none rather than one in another language
    in the middle of a sentence (the e-mail then says "as soon as possible")."""
    reply_time = localize(desk, "reply_time", language)
    return "" if reply_time.is_fallback else reply_time.text.strip()


class Notice(StrEnum):
    """What a notice to staff is about."""

    NEW = "new"
    HANDED_OVER = "handed_over"
    VISITOR_REPLIED = "visitor_replied"


NOTICE_SUBJECTS = {
    Notice.NEW: _("New question for %(desk)s (%(reference)s)"),
    Notice.HANDED_OVER: _("Question handed over to %(desk)s (%(reference)s)"),
    Notice.VISITOR_REPLIED: _("The visitor replied (%(reference)s, %(desk)s)"),
}


class Recipients(StrEnum):
    """Who is told of a desk's questions, and why (the notice says it)."""

    INBOX = "inbox"
    DESK_STAFF = "desk_staff"
    ALL_DESKS = "all_desks"
    NOBODY = "nobody"


def staff_to_tell(desk: ServiceDesk) -> tuple[Recipients, list[str]]:
    """The addresses that hear of the desk's questions: its inbox; without one, its staff's own
    addresses; without those, those of the staff who handle every desk (active staff only)."""
    if desk.enquiry_email:
        return Recipients.INBOX, [desk.enquiry_email]
    staff = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    desk_staff = staff.filter(desks=desk).values_list("email", flat=True)
    if addresses := sorted(set(desk_staff)):
        return Recipients.DESK_STAFF, addresses
    coordinators = get_user_model().objects.with_perm(
        "services.handle_all_desks", backend="django.contrib.auth.backends.ModelBackend"
    )
    coordinators = staff.filter(pk__in=coordinators.values("pk")).values_list("email", flat=True)
    if addresses := sorted(set(coordinators)):
        return Recipients.ALL_DESKS, addresses
    return Recipients.NOBODY, []


def notify_staff(*, enquiry: Enquiry, desk: ServiceDesk, notice: Notice, from_desk=None) -> int:
    """Tell `desk`'s staff (staff_to_tell) of `notice` about the question, through the outbox:
    written now, sent after the caller's transaction commits. Returns how many e-mails were
    written; none only when nobody at all has an address, which is logged and which the questions
    list warns of."""
    recipients, addresses = staff_to_tell(desk)
    if not addresses:
        logger.warning("Nobody to tell of question %s (%s)", enquiry.reference, notice)
        return 0
    language = settings.LANGUAGE_CODE  # staff read the portal's main language
    with translation.override(language):
        desk_name = localize(desk, "name", language).text
        context = {
            "enquiry": enquiry,
            "notice": notice,
            "recipients": recipients,
            "desk_name": desk_name,
            "from_desk_name": localize(from_desk, "name", language).text if from_desk else "",
            "admin_url": settings.SITE_URL
            + reverse("admin:services_enquiry_change", args=[enquiry.pk]),
        }
        subject = NOTICE_SUBJECTS[notice] % {"reference": enquiry.reference, "desk": desk_name}
        for address in addresses:
            to_staff(
                kind=f"enquiry_{notice}",
                template="emails/enquiry_notice",
                context=context,
                subject=subject,
                to=address,
            )
    return len(addresses)
