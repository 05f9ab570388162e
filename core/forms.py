"""What every public form shares against bots: a honeypot field people never see, and a signed
token with the time the form was shown, so that a form sent back faster than a person can fill it
in (FORM_MIN_SECONDS), or with a forged or day-old token, is refused.

A form subclasses BotCheckedForm, puts `honeypot()` in its crispy layout, and its template carries
`<input type="hidden" name="rendered_at" value="{{ form.fill_in_token }}">`.

A token is single-use (recorded in the database, so across processes), and every failed check
gets the same message, which tells a bot nothing.
"""

import datetime
import hashlib
import re
import secrets
import time
import unicodedata

from crispy_forms.layout import Div
from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from core.addresses import UndeliverableAddress, normalise_email

SIGNING_SALT = "core.public-form"
TOKEN_MAX_AGE = 24 * 60 * 60  # a form left open longer than a day is shown again


def form_token() -> str:
    """A signed timestamp put in the form when it is shown (minimum fill-in time), with a nonce:
    each form shown gets its own token, and a token is good for one submission."""
    return signing.dumps([time.time(), secrets.token_hex(8)], salt=SIGNING_SALT)


def _shown_at(token: str) -> float:
    """When the form was shown; BadSignature (or ValueError/TypeError) for a forged, expired or
    malformed token."""
    value = signing.loads(token, salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE)
    return float(value[0] if isinstance(value, list) else value)


def _token_record(token: str) -> dict:
    """The used token's row in the database (shared by every server process): keyed by a hash
    of the token, dated by the token's own time, so the rate limit's clean-up removes it after
    two days (a token is refused after one anyway)."""
    digest = hashlib.sha256(token.encode()).hexdigest()[:40]
    shown = datetime.datetime.fromtimestamp(int(_shown_at(token)), tz=datetime.UTC)
    return {"key": f"form-token:{digest}", "window_start": shown}


def use_token(token: str) -> bool:
    """Mark a valid token used; False if it was used before."""
    from core.models import RateLimitCounter

    _row, created = RateLimitCounter.objects.get_or_create(**_token_record(token))
    return created


def release_token(token: str) -> None:
    """Make a used token good for one more submission: the form was accepted but could not be
    handled (core.rules.Busy), and its sender is asked to send it again as it is."""
    from core.models import RateLimitCounter

    try:
        RateLimitCounter.objects.filter(**_token_record(token)).delete()
    except (signing.BadSignature, TypeError, ValueError, IndexError):
        pass


def token_used(token: str) -> bool:
    from core.models import RateLimitCounter

    return RateLimitCounter.objects.filter(**_token_record(token)).exists()


# One answer for every failed bot check: no hint at which check or how to pass it.
BOT_CHECK_FAILED = _("We could not accept the form. Please check your details and send it again.")


def check_honeypot(value: str) -> str:
    """A form's `clean_website`: the field people never see must stay empty."""
    if value:
        raise forms.ValidationError(BOT_CHECK_FAILED, code="honeypot")
    return ""


def check_fill_in_time(token: str) -> None:
    """The signed time a form was shown (any of the portal's tokens): genuine, at most a day old,
    and at least FORM_MIN_SECONDS ago."""
    try:
        shown_at = _shown_at(token)
    except (signing.BadSignature, TypeError, ValueError, IndexError):
        raise forms.ValidationError(BOT_CHECK_FAILED, code="token") from None
    if time.time() - shown_at < settings.FORM_MIN_SECONDS:
        raise forms.ValidationError(BOT_CHECK_FAILED, code="too_fast")


def honeypot() -> Div:
    """The honeypot in a crispy layout: hidden from view and from screen readers."""
    return Div("website", css_class="visually-hidden", aria_hidden="true")


class BotCheckedForm(forms.Form):
    # A field people never see; bots fill it in.
    website = forms.CharField(
        label=_("Website"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website(self):
        return check_honeypot(self.cleaned_data["website"])

    def clean(self):
        cleaned = super().clean()
        check_fill_in_time(self.data.get("rendered_at", ""))
        # A token is used up by a submission that is accepted, not by one sent back for
        # corrections; a second submission with it (a replay, a bot) is refused.
        if not self._errors and not use_token(self.data.get("rendered_at", "")):
            raise forms.ValidationError(BOT_CHECK_FAILED, code="token_used")
        return cleaned

    @property
    def fill_in_token(self) -> str:
        """The token to render: a form sent back for corrections keeps its first genuine token
        (fixing one field quickly is not a bot's speed); a new form, or one whose token was used
        up, gets a new one."""
        if not self.is_bound:
            return form_token()
        token = self.data.get("rendered_at", "")
        try:
            _shown_at(token)
        except (signing.BadSignature, TypeError, ValueError, IndexError):
            return form_token()
        return form_token() if token_used(token) else token


def send_again(form: forms.Form, error) -> None:
    """A valid form that a rule could not handle in time (core.rules.Busy): shown again with
    everything typed, the rule's message on top and its fill-in token good once more, so that
    sending it again at once is not taken for a bot."""
    release_token(form.data.get("rendered_at", ""))
    form.add_error(None, error.message)


class MailableEmailField(forms.EmailField):
    """An e-mail address the mailer can send to, in the one form it is sent and compared in
    (core.addresses): a Unicode domain becomes punycode, needless quotes go."""

    default_error_messages = {
        "undeliverable": _(
            "We cannot send e-mail to this address. Please check it, or use another address."
        )
    }

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        try:
            return normalise_email(value)
        except UndeliverableAddress:
            raise forms.ValidationError(
                self.error_messages["undeliverable"], code="undeliverable"
            ) from None


PHONE = re.compile(r"^\+?[0-9 ()./-]{6,25}$")


def clean_phone(value: str) -> str:
    """A phone number as the public forms take it: digits and separators, "" when empty."""
    phone = value.strip()
    if phone and not PHONE.match(phone):
        raise forms.ValidationError(
            _("Enter a phone number with digits only, e.g. +31 43 123 4567."), code="phone"
        )
    return phone


NAME_PUNCTUATION = set(" -'’.")


def person_name(value: str) -> str:
    """A person's name as typed, spaces tidied, refused unless it is letters (any script, with
    their accents), spaces, hyphens, apostrophes and dots: no digits, no "://", no "@", no
    markup. Names reach staff pages and exports, so they carry no links or addresses either."""
    name = " ".join(value.split())
    if not all(
        unicodedata.category(c)[0] in "LM" or c in NAME_PUNCTUATION for c in name
    ) or not any(unicodedata.category(c)[0] == "L" for c in name):
        raise forms.ValidationError(
            _(
                "Enter your name with letters only "
                "(spaces, hyphens, apostrophes and dots are fine)."
            ),
            code="name",
        )
    return name
