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
    """A real SMTP server on a socket, for failures as smtplib meets them. It takes every message
    unless told to answer one stage with a reply of its own (e.g. `rcpt="550 5.1.1 No such
    mailbox"`, `data="554 5.7.1 Refused"`). The stages, in the order of a session:

    - `greeting`: the banner on connecting (a refusal then closes the connection);
    - `ehlo`: EHLO, and HELO that smtplib tries next;
    - `mail`: MAIL FROM, the sender;
    - `rcpt`: RCPT TO, the recipient;
    - `data`: the DATA command itself, before the message is sent (354 takes it);
    - `message`: the reply after the message's final dot (a refusal of the message itself).

    `replies` can be changed while it runs (the server is repaired: `server.replies.clear()`).
    `settings.MAILERS` points to it while it runs (`with SmtpServer(settings, ...) as server:`).
    """

    STAGES = ("greeting", "ehlo", "mail", "rcpt", "data", "message")

    def __init__(self, settings, **replies):
        import socket
        import threading

        from core.mailers import mailers_from_url

        unknown = set(replies) - set(self.STAGES)
        if unknown:
            raise TypeError(f"SmtpServer has no stage {', '.join(sorted(unknown))}")
        self.replies = replies
        self.received = []  # the DATA of each accepted message
        self.answered = []  # (stage, reply) as the server answered them
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

    def _reply(self, conn, stage, default):
        """Send the stage's reply; True if it is a positive one (2xx, or 354 to DATA)."""
        reply = self.replies.get(stage, default)
        self.answered.append((stage, reply))
        conn.sendall(reply.encode() + b"\r\n")
        return reply[:1] in ("2", "3")

    def _session(self, conn, lines):
        if not self._reply(conn, "greeting", "220 test ESMTP"):
            return
        while line := lines.readline():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self._reply(conn, "ehlo", "250 test")
            elif command.startswith("MAIL"):
                self._reply(conn, "mail", "250 OK")
            elif command.startswith("RCPT"):
                self._reply(conn, "rcpt", "250 OK")
            elif command == "DATA":
                if self._reply(conn, "data", "354 go ahead"):
                    data = b"".join(iter(lines.readline, b".\r\n"))
                    if self._reply(conn, "message", "250 queued"):
                        self.received.append(data)
            elif command == "QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:  # RSET, NOOP
                conn.sendall(b"250 OK\r\n")
