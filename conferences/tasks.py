"""Background work of the conferences app: registrants' e-mails go through the outbox.

queue_email() writes an OutgoingEmail row inside the caller's transaction; core.outbox sends it once
that commits (see there for the task, the retries and the worker). send_manage_link() is the task
behind "send my link" (conferences.rules.send_link).
"""

from django.db import transaction
from django.tasks import task

from conferences.models import OutgoingEmail, Registration
from core.outbox import queue


def queue_email(registration, kind) -> OutgoingEmail:
    """Record the e-mail now, inside the caller's transaction; send it once that commits."""
    return queue(OutgoingEmail.objects.create(registration=registration, kind=kind))


@task()
def send_manage_link(registration_id: int | None) -> bool:
    """E-mail a registrant their personal link, if the registration is still active; None (an
    address nobody registered with) does nothing. Queued for a known address and an unknown one
    alike, so that answering the visitor takes the same work either way."""
    if registration_id is None:
        return False
    with transaction.atomic():
        registration = (
            Registration.objects.active().with_personal_data().filter(pk=registration_id).first()
        )
        if registration is None:
            return False
        queue_email(registration, OutgoingEmail.Kind.MANAGE_LINK)
    return True
