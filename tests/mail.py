"""A mail backend for tests that simulate a mail outage through MAILERS, as production would see
one, instead of patching the code that sends."""

from django.core.mail.backends.base import BaseEmailBackend


class UnreachableBackend(BaseEmailBackend):
    """A mail server that takes no mail: every send raises `error` (OPTIONS), as smtplib would.
    Accepts a `password` option like the SMTP backend's, so a failure can mention it."""

    def __init__(self, *, error: Exception, password: str = "", **kwargs):
        super().__init__(**kwargs)
        self.error = error

    def send_messages(self, messages):
        for message in messages:
            message.message()  # rendered as for a real server, so rendering errors still show
        raise self.error


class MailServer:
    """Switches the default mailer between the test outbox and an unreachable server."""

    def __init__(self, settings):
        self.settings = settings
        self.working = settings.MAILERS  # the locmem outbox Django's test setup put there

    def down(self, error: Exception, **options) -> "MailServer":
        self.settings.MAILERS = {
            "default": {
                "BACKEND": f"{__name__}.UnreachableBackend",
                "OPTIONS": {"error": error, **options},
            }
        }
        return self

    def up(self) -> None:
        self.settings.MAILERS = self.working
