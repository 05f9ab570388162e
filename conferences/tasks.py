"""Background work of the conferences app: registrants' e-mails go through the outbox.

queue_email() writes an OutgoingEmail row inside the caller's transaction; core.outbox sends it once
that commits (see there for the task, the retries and the worker).
"""

from conferences.models import OutgoingEmail
from core.outbox import queue


def queue_email(registration, kind) -> OutgoingEmail:
    """Record the e-mail now, inside the caller's transaction; send it once that commits."""
    return queue(OutgoingEmail.objects.create(registration=registration, kind=kind))
