"""What every app's business rules share: the error a rule raises when it says no, and the
deletion of the admin's history of rows whose personal data is purged."""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _


class RuleError(Exception):
    """A rule said no; `message` is for the person who asked, in their language."""

    message = _("This is not possible.")

    def __init__(self, message=None):
        super().__init__(message or self.message)
        self.message = message or self.message


def delete_admin_history(model, pks) -> None:
    """The admin's log entries of these rows (their change messages and names can quote the
    person): deleted with the person's data."""
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(pk) for pk in pks],
    ).delete()
