"""The search form, and the visitor feedback forms shown on every public page.

The feedback forms are protected like the other public forms, with the honeypot and the signed
fill-in time of core/forms.py and a rate limit in the view. "Did this page help you?" sits on
every page, also on pages served from the page cache to many visitors: its token is not
single-use and it carries no CSRF token (what it stores is anonymous and sends nothing to anyone).
"Report outdated information" e-mails staff: it has a page of its own, never cached, with a CSRF
token and a single-use fill-in token, like the registration form."""

import time

from django import forms
from django.core import signing
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin
from core.forms import (
    BOT_CHECK_FAILED,
    SIGNING_SALT,
    check_fill_in_time,
    check_honeypot,
    use_token,
)
from portal.feedback import COMMENT_MAX_LENGTH, resolve_page
from services.desks.models import FAQ


def is_local_page(page: str) -> bool:
    """A path on this site (never another host, nor a scheme such as javascript:)."""
    return page.startswith("/") and url_has_allowed_host_and_scheme(page, allowed_hosts=None)


def feedback_token() -> str:
    """The signed time the form was shown, in whole seconds: the same length every time, so a
    page's size does not change from one request to the next (HEAD and GET agree)."""
    return signing.dumps(int(time.time()), salt=SIGNING_SALT)


class ProtectedForm(forms.Form):
    # Its own names and ids on pages that carry another form (a conference's registration).
    prefix = "feedback"
    page = forms.CharField(widget=forms.HiddenInput, max_length=500)
    rendered_at = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        # form-control: as wide as its visually hidden box, like the other forms' honeypots.
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "tabindex": "-1", "class": "form-control"}
        ),
    )

    def clean_page(self):
        page = self.cleaned_data["page"]
        if not is_local_page(page):
            raise forms.ValidationError(_("Unknown page."), code="page")
        return page

    def clean_website(self):
        return check_honeypot(self.cleaned_data["website"])

    def clean(self):
        cleaned = super().clean()
        check_fill_in_time(self.data.get(self.add_prefix("rendered_at"), ""))
        return cleaned


class FeedbackForm(ProtectedForm):
    helpful = forms.TypedChoiceField(
        label=_("Did this page help you?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
    )
    # Which of the page's answers it was about (a desk, topic or guide page lists several): the
    # template offers the page's own answers; any published one is accepted.
    answer = forms.ModelChoiceField(
        label=_("Which question was it about? (optional)"),
        queryset=FAQ.objects.none(),
        required=False,
    )
    comment = forms.CharField(
        label=_("What could be better? (optional)"),
        help_text=_("Please do not enter personal details: we cannot answer you here."),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answer"].queryset = FAQ.objects.published()  # published now, not at import


class OutdatedReportForm(ProtectedForm):
    comment = forms.CharField(
        label=_("What is outdated or wrong?"),
        help_text=_("Please do not enter personal details: we cannot answer you here."),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_page(self):
        """A page of the portal (the report names it to staff): a path that the portal serves."""
        page = super().clean_page()
        path = page.partition("?")[0]
        if any(not c.isprintable() or c.isspace() for c in page) or not resolve_page(path):
            raise forms.ValidationError(_("Unknown page."), code="page")
        return page

    def clean(self):
        cleaned = super().clean()
        # One report per form shown (core.forms: recorded in the database), used up only by a
        # report that is accepted.
        token = self.data.get(self.add_prefix("rendered_at"), "")
        if not self._errors and not use_token(token):
            raise forms.ValidationError(BOT_CHECK_FAILED, code="token_used")
        return cleaned


class SearchForm(AccessibleFormMixin, forms.Form):
    """The search page's question, only to say how to fix an empty search
    (portal.search.clean_query does the cleaning)."""

    fix_messages = {"q": _("Enter one or more words to search for, for example “tax”.")}
    q = forms.CharField(label=_("What are you looking for?"), max_length=200)
