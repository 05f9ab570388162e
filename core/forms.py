"""What every public form shares against bots: a honeypot field people never see, and a signed
token with the time the form was shown, so that a form sent back faster than a person can fill it
in (FORM_MIN_SECONDS), or with a forged or day-old token, is refused.

A form subclasses BotCheckedForm, puts `honeypot()` in its crispy layout, and its template carries
`<input type="hidden" name="rendered_at" value="{{ form.fill_in_token }}">`.
"""

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
    """A signed timestamp put in the form when it is shown (minimum fill-in time)."""
    return signing.dumps(time.time(), salt=SIGNING_SALT)


def honeypot() -> Div:
    """The honeypot in a crispy layout: hidden from view and from screen readers."""
    return Div("website", css_class="visually-hidden", aria_hidden="true")


class BotCheckedForm(forms.Form):
    # A field people never see; bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def clean(self):
        cleaned = super().clean()
        self._check_fill_in_time()
        return cleaned

    @property
    def fill_in_token(self) -> str:
        """The token to render: a form sent back for corrections keeps its first genuine token
        (fixing one field quickly is not a bot's speed); a new form gets a new one."""
        if not self.is_bound:
            return form_token()
        token = self.data.get("rendered_at", "")
        try:
            signing.loads(token, salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE)
        except (signing.BadSignature, TypeError, ValueError):
            return form_token()
        return token

    def _check_fill_in_time(self):
        try:
            shown_at = float(
                signing.loads(
                    self.data.get("rendered_at", ""), salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE
                )
            )
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError(
                _("The form had expired. Please check your details and send it again."),
                code="token",
            ) from None
        if time.time() - shown_at < settings.FORM_MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check your details and send the form again."),
                code="too_fast",
            )


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
