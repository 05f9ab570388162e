"""Deleting the personal data of questions closed at least ENQUIRY_RETENTION_MONTHS ago
(`manage.py purge_enquiries`, daily), in one transaction; safe to repeat."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from core.rules import delete_admin_history
from core.tokens import new_token
from services.questions.models import Enquiry, EnquiryEmail, EnquiryMessage

EnquiryStatus = Enquiry.Status


def months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same moment `months` calendar months earlier (the 31st becomes the month's last day)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    next_month = datetime.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month - datetime.timedelta(days=1)).day
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def enquiries_due_for_purge(*, months: int, now=None):
    """Closed questions whose personal data is still there, closed at least `months` ago."""
    cutoff = months_before(now or timezone.now(), months)
    return Enquiry.objects.with_personal_data().filter(
        status=EnquiryStatus.CLOSED, closed_at__lte=cutoff
    )


@dataclass(frozen=True)
class EnquiriesPurged:
    enquiries: int
    emails: int


def purge_enquiries(*, months: int, now=None, dry_run=False) -> EnquiriesPurged:
    """Delete the personal data of questions closed `months` or more ago: the visitor's e-mail
    address, name and question, their personal link (it then leads nowhere), the thread's texts
    (the visitor's replies included), the e-mail records (a mail server's error can
    hold the address) and the admin history (its change messages can quote the thread). What the
    counts need stays: desk, topic, status, language, where the visitor lives and works, and the
    dates. Safe to repeat: a purged question is not picked up again."""
    now = now or timezone.now()
    with transaction.atomic():
        due = enquiries_due_for_purge(months=months, now=now).select_for_update()
        ids = list(due.values_list("pk", flat=True))
        if dry_run:
            emails = EnquiryEmail.objects.filter(enquiry_id__in=ids).count()
            return EnquiriesPurged(enquiries=len(ids), emails=emails)
        Enquiry.objects.filter(pk__in=ids).update(
            **dict.fromkeys(Enquiry.PERSONAL_FIELDS, ""), anonymised_at=now
        )
        for pk in ids:  # a new link nobody has: the old one leads nowhere
            Enquiry.objects.filter(pk=pk).update(token=new_token())
        EnquiryMessage.objects.filter(enquiry_id__in=ids).update(text="")
        emails, _by_model = EnquiryEmail.objects.filter(enquiry_id__in=ids).delete()
        delete_admin_history(Enquiry, ids)
    return EnquiriesPurged(enquiries=len(ids), emails=emails)
