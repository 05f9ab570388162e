"""Booking a slot and moving an appointment: validation only, the rules are in
services.booking.rules."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Layout
from django import forms
from django.urls import reverse
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin
from core.forms import BotCheckedForm, MailableEmailField, honeypot, person_name


class BookingForm(AccessibleFormMixin, BotCheckedForm):
    """Booking a slot: e-mail, name and a short topic, nothing else. Validation only: the rules
    live in services.booking.rules."""

    fix_messages = {
        "email": _("Enter your e-mail address in the form name@example.org."),
        "name": _("Enter your name, for example Anna de Vries."),
        "topic": _("Say in a few words what you would like to discuss."),
    }

    email = MailableEmailField(label=_("E-mail address"), max_length=254)
    name = forms.CharField(label=_("Name"), max_length=200)
    topic = forms.CharField(
        label=_("What would you like to discuss?"),
        max_length=300,
        help_text=_("A few words are enough, e.g. “tax on my Dutch salary”."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "email",
            "name",
            "topic",
            HTML(
                format_html(
                    '<p class="form-text"><a href="{}">{}</a></p>',
                    reverse("portal:privacy"),
                    _("How we handle your data: the privacy statement"),
                )
            ),
            honeypot(),
        )

    def clean_name(self):
        return person_name(self.cleaned_data["name"])

    def clean_topic(self):
        return " ".join(self.cleaned_data["topic"].split())


class SlotChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, slot):
        return format_html(
            "{} {}–{}, {}",
            date_format(slot.date, "FULL_DATE_FORMAT"),
            time_format(slot.start, "H:i"),
            time_format(slot.end, "H:i"),
            slot.get_mode_display(),
        )


class MoveForm(AccessibleFormMixin, forms.Form):
    """Choosing another time for an appointment."""

    slot = SlotChoiceField(
        label=_("Choose another time"), queryset=None, widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = slots
