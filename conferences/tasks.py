"""Background work of the conferences app (Django's task framework).

queue_email() writes an OutgoingEmail row inside the caller's transaction and, once that commits,
enqueues the send_email task. Development and tests run tasks immediately after the transaction
commits; production queues them in the database (django_tasks_db) for `manage.py db_worker`. A
rollback leaves neither row nor e-mail behind.
"""

from functools import partial

from django.db import transaction
from django.tasks import task

from conferences.emails import send_now
from conferences.models import OutgoingEmail


def queue_email(registration, kind) -> OutgoingEmail:
    """Record the e-mail now, inside the caller's transaction; send it once that commits."""
    email = OutgoingEmail.objects.create(registration=registration, kind=kind)
    # robust: if the queue cannot be reached, the committed registration still stands; the
    # e-mail stays pending for send_pending_emails.
    transaction.on_commit(partial(send_email.enqueue, email.pk), robust=True)
    return email


@task()
def send_email(email_id: int) -> bool:
    """Send one recorded e-mail to a registrant. A failed send stays pending for
    `manage.py send_pending_emails`; this task does not retry by itself."""
    email = (
        OutgoingEmail.objects.select_related("registration__conference").filter(pk=email_id).first()
    )
    if email is None:  # deleted with its registration before the worker got to it
        return False
    return send_now(email)
