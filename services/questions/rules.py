"""Every change to questions to a desk (enquiries). Views, admin and commands call these functions;
nothing else writes them. Each rule is one transaction and says no with a `RuleError` whose
`message` is for the person who asked, in their language. E-mails are recorded in the same
transaction and sent through the outbox (core.outbox) once it commits.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.outbox import queue
from core.rules import RuleError
from services.desks.models import ServiceDesk, Topic
from services.questions.emails import Notice, notify_staff
from services.questions.models import Enquiry, EnquiryCounter, EnquiryEmail, EnquiryMessage

EnquiryStatus = Enquiry.Status
EnquiryEmailKind = EnquiryEmail.Kind


class EnquiryError(RuleError):
    message = _("This is not possible for this question.")


class DeskNotAvailable(EnquiryError):
    message = _("This desk does not take questions through the portal at the moment.")


class EnquiryClosed(EnquiryError):
    message = _("The question is closed. Reopen it first.")


class EnquiryPurged(EnquiryError):
    message = _("The personal data of this question has been deleted: it cannot be answered.")


class EmptyReply(EnquiryError):
    message = _("Write the reply first.")


class SameDesk(EnquiryError):
    message = _("The question is already with this desk.")


class NotAnsweredYet(EnquiryError):
    message = _(
        "A question counts as answered once it has a reply to the visitor's last message: write "
        "the reply, which sets the status."
    )


class VisitorRepliedMeanwhile(EnquiryError):
    message = _(
        "The visitor replied while you were working on the question: read their reply in the "
        "thread, then send yours (what you typed is kept)."
    )


def newest_visitor_message(enquiry: Enquiry) -> int:
    """The id of the visitor's latest reply (0 when none): what staff had on screen."""
    kind = EnquiryMessage.Kind.VISITOR
    return (
        enquiry.messages.filter(kind=kind).order_by("-pk").values_list("pk", flat=True).first() or 0
    )


def _check_seen(enquiry: Enquiry, seen: int | None) -> None:
    """Refuse when the visitor replied after `seen` (None: the caller shows no thread)."""
    if seen is not None and newest_visitor_message(enquiry) > seen:
        raise VisitorRepliedMeanwhile


class EmptyVisitorReply(EnquiryError):
    message = _("Please write your reply.")


class VisitorReplyTooLong(EnquiryError):
    message = _("Your reply is too long: at most 5,000 characters, please.")


def _next_reference(desk: ServiceDesk, now) -> str:
    """The next reference, e.g. GIP-2026-00042: the desk's prefix, the year, and a number that
    counts every question of that year (one sequence for all desks, so a reference stays unique
    when staff change a prefix or two desks share one)."""
    year = timezone.localtime(now).year
    return f"{desk.reference_prefix}-{year}-{_take_number(year):05d}"


def _take_number(year: int) -> int:
    """Count one up in the year's counter row. The UPDATE locks the row until the caller's
    transaction ends, so a concurrent question waits and then gets the next number (on SQLite
    every write transaction is immediate, which serialises them anyway)."""
    EnquiryCounter.objects.get_or_create(year=year)
    EnquiryCounter.objects.filter(year=year).update(last_number=F("last_number") + 1)
    return EnquiryCounter.objects.values_list("last_number", flat=True).get(year=year)


def _queue(enquiry: Enquiry, kind, **fields) -> EnquiryEmail:
    return queue(EnquiryEmail.objects.create(enquiry=enquiry, kind=kind, **fields))


def ask_question(
    *,
    desk: ServiceDesk,
    email: str,
    question: str,
    language: str,
    name: str = "",
    lives_in: str = "",
    works_in: str = "",
    topic: Topic | None = None,
    now=None,
) -> Enquiry:
    """Store a visitor's question with a reference, acknowledge it to the visitor (reference and
    reply time, none of their text) and tell the desk's staff (its inbox, else its staff's own
    addresses, else the staff who handle every desk: services.questions.emails.staff_to_tell)."""
    now = now or timezone.now()
    with transaction.atomic():
        if not ServiceDesk.objects.published().filter(pk=desk.pk).exists():
            raise DeskNotAvailable
        enquiry = Enquiry.objects.create(
            reference=_next_reference(desk, now),
            desk=desk,
            topic=topic,
            language=language,
            email=email,
            name=name,
            lives_in=lives_in,
            works_in=works_in,
            question=question,
            created_at=now,
            privacy_consent_at=now,
        )
        _queue(enquiry, EnquiryEmailKind.ACKNOWLEDGEMENT)
        notify_staff(enquiry=enquiry, desk=desk, notice=Notice.NEW)
    return enquiry


def _locked_enquiry(enquiry: Enquiry) -> Enquiry:
    locked = Enquiry.objects.select_for_update().select_related("desk").filter(pk=enquiry.pk)
    locked = locked.first()
    if locked is None:
        raise EnquiryError(_("It no longer exists: someone else may have deleted it meanwhile."))
    return locked


def _writable(enquiry: Enquiry) -> Enquiry:
    enquiry = _locked_enquiry(enquiry)
    if enquiry.anonymised_at:
        raise EnquiryPurged
    if enquiry.status == EnquiryStatus.CLOSED:
        raise EnquiryClosed
    return enquiry


def reply(*, enquiry: Enquiry, text: str, author=None, now=None, seen=None) -> EnquiryMessage:
    """Staff answer the visitor: the text goes out by e-mail (as plain text, wrapped in the
    visitor's language) and stays in the thread; the question counts as answered. `seen`: the
    visitor's latest reply staff had on screen (`newest_visitor_message`); a newer one refuses."""
    text = text.strip()
    if not text:
        raise EmptyReply
    with transaction.atomic():
        enquiry = _writable(enquiry)
        _check_seen(enquiry, seen)
        now = now or timezone.now()  # after the lock: the thread's order is the order of commits
        message = EnquiryMessage.objects.create(
            enquiry=enquiry,
            kind=EnquiryMessage.Kind.REPLY,
            text=text,
            author=author,
            from_desk=enquiry.desk,
            created_at=now,
        )
        enquiry.status = EnquiryStatus.ANSWERED
        enquiry.answered_at = enquiry.answered_at or now
        enquiry.save(update_fields=["status", "answered_at"])
        _queue(enquiry, EnquiryEmailKind.REPLY, message=message)
    return message


def hand_over(
    *, enquiry: Enquiry, to_desk: ServiceDesk, note: str = "", author=None, now=None
) -> EnquiryMessage:
    """Give the question to another desk, with a note for its staff. The visitor is not asked
    again: they are told which desk handles it now, and the new desk's staff get a notice. For
    the new desk the question is new."""
    now = now or timezone.now()
    with transaction.atomic():
        enquiry = _writable(enquiry)
        if to_desk.pk == enquiry.desk_id:
            raise SameDesk
        if not ServiceDesk.objects.published().filter(pk=to_desk.pk).exists():
            # The visitor is told its name and sent to its page: it must be one they can see.
            raise DeskNotAvailable
        message = EnquiryMessage.objects.create(
            enquiry=enquiry,
            kind=EnquiryMessage.Kind.HANDOVER,
            text=note.strip(),
            author=author,
            from_desk=enquiry.desk,
            to_desk=to_desk,
            created_at=now,
        )
        from_desk = enquiry.desk
        enquiry.desk = to_desk
        enquiry.status = EnquiryStatus.NEW
        enquiry.save(update_fields=["desk", "status"])
        _queue(enquiry, EnquiryEmailKind.HANDED_OVER, desk=to_desk)
        notify_staff(enquiry=enquiry, desk=to_desk, notice=Notice.HANDED_OVER, from_desk=from_desk)
    return message


def visitor_reply(*, enquiry: Enquiry, text: str, now=None) -> EnquiryMessage:
    """The visitor answers back, from their personal page: the reply joins the question's thread,
    the question is open again (status new, a closed one reopened, which stops its retention
    clock) and the desk's staff are told."""
    text = text.strip()
    if not text:
        raise EmptyVisitorReply
    if len(text) > Enquiry.QUESTION_MAX_LENGTH:
        raise VisitorReplyTooLong
    with transaction.atomic():
        enquiry = _locked_enquiry(enquiry)
        if enquiry.anonymised_at:
            raise EnquiryPurged
        now = now or timezone.now()  # after the lock, as in `reply`
        message = EnquiryMessage.objects.create(
            enquiry=enquiry,
            kind=EnquiryMessage.Kind.VISITOR,
            text=text,
            from_desk=enquiry.desk,
            created_at=now,
        )
        enquiry.status = EnquiryStatus.NEW
        enquiry.closed_at = None
        enquiry.save(update_fields=["status", "closed_at"])
        notify_staff(enquiry=enquiry, desk=enquiry.desk, notice=Notice.VISITOR_REPLIED)
    return message


def is_answered(enquiry: Enquiry) -> bool:
    """Whether the visitor's last word (their question, or their latest reply) has a reply."""
    last = (
        enquiry.messages.filter(kind__in=[EnquiryMessage.Kind.REPLY, EnquiryMessage.Kind.VISITOR])
        .order_by("-created_at", "-pk")
        .values_list("kind", flat=True)
        .first()
    )
    return last == EnquiryMessage.Kind.REPLY


def add_note(*, enquiry: Enquiry, text: str, author=None, now=None) -> EnquiryMessage:
    """A note staff keep with the question for each other; the visitor sees nothing of it."""
    text = text.strip()
    if not text:
        raise EnquiryError(_("Write the note first."))
    with transaction.atomic():
        enquiry = _locked_enquiry(enquiry)
        if enquiry.anonymised_at:
            raise EnquiryPurged
        return EnquiryMessage.objects.create(
            enquiry=enquiry,
            kind=EnquiryMessage.Kind.NOTE,
            text=text,
            author=author,
            from_desk=enquiry.desk,
            created_at=now or timezone.now(),
        )


def set_status(*, enquiry: Enquiry, status: str, now=None, seen=None) -> Enquiry:
    """Move a question to another status. "Answered" needs a reply to the visitor's last
    message (`reply` sets it). Closing starts the retention period; reopening a closed question
    stops it (unless its personal data is already gone). `seen` as for `reply`."""
    if status not in EnquiryStatus.values:
        raise EnquiryError(_("Unknown status."))
    with transaction.atomic():
        enquiry = _locked_enquiry(enquiry)
        _check_seen(enquiry, seen)
        now = now or timezone.now()
        if enquiry.anonymised_at and status != EnquiryStatus.CLOSED:
            raise EnquiryPurged
        if enquiry.status == status:
            return enquiry
        if status == EnquiryStatus.ANSWERED and not is_answered(enquiry):
            raise NotAnsweredYet
        enquiry.status = status
        enquiry.closed_at = now if status == EnquiryStatus.CLOSED else None
        enquiry.save(update_fields=["status", "closed_at"])
    return enquiry
