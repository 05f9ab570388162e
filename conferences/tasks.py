"""Background work of the conferences app (Django's task framework).

Development and tests run tasks immediately after the transaction commits; production queues them
in the database (django_tasks_db) for `manage.py db_worker`.
"""

from django.tasks import task

from conferences.emails import send_now
from conferences.models import OutgoingEmail


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
