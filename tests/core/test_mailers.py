"""The console mailer (`EMAIL_URL=console:`, `make run`) prints e-mail as a reader sees it."""

import re

from django.core.mail import EmailMessage, EmailMultiAlternatives

from core.mailers import mailers_from_url

CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


def test_console_url_uses_the_readable_console_mailer():
    assert mailers_from_url("console:") == {
        "default": {"BACKEND": "core.mailers.ConsoleBackend", "OPTIONS": {}}
    }


def test_console_mailer_prints_headers_text_and_attachments_decoded(settings, capsys):
    settings.MAILERS = mailers_from_url("console:")
    long_link = "http://127.0.0.1:8765/de/registration/" + "k" * 60 + "/"
    message = EmailMultiAlternatives(
        subject="Anmeldung bestätigt: Grenzgänger-Konferenz – Geleen",
        body=f"Guten Tag Jürgen Müller,\n\nIhr persönlicher Link:\n{long_link}\n\nBis bald!\n",
        from_email="Werkportaal Zuid-Limburg <noreply@localhost>",
        to=["jürgen@example.org"],
        cc=["kollegin@example.org"],
    )
    message.attach_alternative("<p>Guten Tag Jürgen Müller,</p>", "text/html")
    message.attach("geleen.ics", CALENDAR, "text/calendar; method=REQUEST")

    assert message.send() == 1

    out = capsys.readouterr().out
    assert out.startswith(
        "From: Werkportaal Zuid-Limburg <noreply@localhost>\n"
        "To: jürgen@example.org\n"
        "Cc: kollegin@example.org\n"
        "Subject: Anmeldung bestätigt: Grenzgänger-Konferenz – Geleen\n"
        "\n"
        "Guten Tag Jürgen Müller,\n"
        "\n"
        f"Ihr persönlicher Link:\n{long_link}\n"  # whole, on one line
    )
    assert "Alternative: text/html\n" in out
    assert re.search(r"\nAttachment: geleen\.ics \(text/calendar, [1-9]\d* bytes\)\n", out)
    assert out.endswith("-" * 79 + "\n")
    for encoded in ["base64", "quoted-printable", "=?utf-8?", "Content-Transfer-Encoding", "=C3"]:
        assert encoded not in out, encoded
    assert "<p>" not in out  # the HTML version is named, not printed


def test_console_mailer_prints_each_message_once(settings, capsys):
    settings.MAILERS = mailers_from_url("console:")
    for n in range(2):
        EmailMessage(f"Subject {n}", f"Body {n}", "a@example.org", ["b@example.org"]).send()
    out = capsys.readouterr().out
    assert out.count("Subject: Subject 0\n") == out.count("Subject: Subject 1\n") == 1
    assert out.count("-" * 79) == 2
    assert "Body 1" in out
    assert "Attachment" not in out and "Alternative" not in out
