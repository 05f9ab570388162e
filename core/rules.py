"""What every app's business rules share: the error a rule raises when it says no, the
transaction of a rule that locks rows (its wait for a lock bounded), and the deletion of the
admin's history of rows whose personal data is purged."""

from contextlib import contextmanager

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import OperationalError, connection, transaction
from django.utils.translation import gettext_lazy as _


class RuleError(Exception):
    """A rule said no; `message` is for the person who asked, in their language."""

    message = _("This is not possible.")

    def __init__(self, message=None):
        super().__init__(message or self.message)
        self.message = message or self.message


class Busy(RuleError):
    """The row a rule locks stayed locked by others for longer than DB_LOCK_TIMEOUT (a burst of
    registrations or bookings): nothing was written. Not a refusal: the same request, sent again
    a moment later, goes through. Views show the form again with what the visitor typed."""

    message = _(
        "Many people are sending this form at the same moment and yours could not be handled in "
        "time. Nothing has been saved yet: please send it again."
    )


# PostgreSQL's lock_not_available (lock_timeout passed); SQLite says "database is locked".
LOCK_NOT_AVAILABLE = "55P03"


def is_lock_wait_over(error: OperationalError) -> bool:
    """Whether a database error is a lock that could not be had in time (and not, say, a
    statement deadline or a lost connection)."""
    if getattr(error.__cause__, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return True
    return connection.vendor == "sqlite" and "database is locked" in str(error)


@contextmanager
def locking_transaction(busy: type[Busy] = Busy):
    """`transaction.atomic()` for a rule that locks rows others may be queueing for (a
    conference, a slot). On PostgreSQL a wait for a lock lasts at most DB_LOCK_TIMEOUT seconds
    (`lock_timeout`, for this transaction only), well within the statement deadline that is
    there for a database that hangs; on SQLite the wait for the write lock is the connection's
    busy timeout. A lock not had in time rolls the transaction back and raises `busy`."""
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql" and settings.DB_LOCK_TIMEOUT:
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT set_config('lock_timeout', %s, true)",
                        [f"{round(settings.DB_LOCK_TIMEOUT * 1000)}ms"],
                    )
            yield
    except OperationalError as error:
        if not is_lock_wait_over(error):
            raise
        raise busy from error


def delete_admin_history(model, pks) -> None:
    """The admin's log entries of these rows (their change messages and names can quote the
    person): deleted with the person's data."""
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in pks],
    ).delete()
