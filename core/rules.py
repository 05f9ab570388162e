"""What every app's business rules share: the error a rule raises when it says no."""

from django.utils.translation import gettext_lazy as _


class RuleError(Exception):
    """A rule said no; `message` is for the person who asked, in their language."""

    message = _("This is not possible.")

    def __init__(self, message=None):
        super().__init__(message or self.message)
        self.message = message or self.message
