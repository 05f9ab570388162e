"""E-mails about questions (services.Enquiry), sent through the outbox (core.outbox).

To the visitor, in the language they asked in: the acknowledgement (reference and the desk's
reply time, none of the text they typed, not even their name: the address is not confirmed), the
reply (the staff's text as plain text inside the translated wrapper) and the news of a handover.
To the desk's inbox, in the portal's main language: a notice with the reference and a link to the
question in the admin, not the question itself, so that personal data stays in one place, where
the retention period deletes it.

Plain text only: nothing in them needs markup, and a staff reply is shown exactly as written.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.i18n import localize
from core.outbox import compose, renders
from services.questions.models import EnquiryEmail

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


def _reply_time(desk, language) -> str:
    """The desk's reply time in the visitor's language; none rather than one in another language
    in the middle of a sentence (the e-mail then says "as soon as possible")."""
    reply_time = localize(desk, "reply_time", language)
    return "" if reply_time.is_fallback else reply_time.text.strip()
