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


class SmtpServer:
    """A real SMTP server on a socket, for failures as smtplib meets them: it answers RCPT TO
    with `rcpt_reply` (e.g. "550 5.1.1 No such mailbox") and takes the message otherwise.
    `settings.MAILERS` points to it while it runs (`with SmtpServer(settings, ...) as server:`).
    """

    def __init__(self, settings, rcpt_reply="250 OK"):
        import socket
        import threading

        from core.mailers import mailers_from_url

        self.rcpt_reply = rcpt_reply
        self.received = []  # the DATA of each accepted message
        self.listener = socket.create_server(("127.0.0.1", 0))
        port = self.listener.getsockname()[1]
        settings.MAILERS = mailers_from_url(f"smtp://127.0.0.1:{port}?timeout=5")
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.listener.close()

    def _serve(self):
        while True:
            try:
                conn, _address = self.listener.accept()
            except OSError:
                return
            with conn, conn.makefile("rb") as lines:
                self._session(conn, lines)

    def _session(self, conn, lines):
        conn.sendall(b"220 test ESMTP\r\n")
        while line := lines.readline():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                conn.sendall(b"250 test\r\n")
            elif command.startswith("RCPT"):
                conn.sendall(self.rcpt_reply.encode() + b"\r\n")
            elif command == "DATA":
                conn.sendall(b"354 go ahead\r\n")
                data = b"".join(iter(lines.readline, b".\r\n"))
                self.received.append(data)
                conn.sendall(b"250 queued\r\n")
            elif command == "QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:  # MAIL, RSET, NOOP
                conn.sendall(b"250 OK\r\n")
