"""Booking a slot and moving an appointment: validation only, the rules are in
services.booking.rules."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Layout
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin
from core.forms import BotCheckedForm, MailableEmailField, clean_phone, honeypot, person_name
from services.booking.models import SlotMode


class BookingForm(AccessibleFormMixin, BotCheckedForm):
    """Booking a slot: e-mail, name, a short topic and the language of the consultation (only
    those the slot offers: ConsultationSlot.offered_language_codes); for a consultation by
    phone, the number to call. Validation only: the rules live in services.booking.rules."""

    fix_messages = {
        "email": _("Enter your e-mail address in the form name@example.org."),
        "name": _("Enter your name, for example Anna de Vries."),
        "topic": _("Say in a few words what you would like to discuss."),
        "conversation_language": _("Choose the language you would like to talk in."),
        "phone": _("Enter the phone number the desk should call, e.g. +31 43 123 4567."),
    }

    email = MailableEmailField(label=_("E-mail address"), max_length=254)
    name = forms.CharField(label=_("Name"), max_length=200)
    topic = forms.CharField(
        label=_("What would you like to discuss?"),
        max_length=300,
        help_text=_("A few words are enough, e.g. “tax on my Dutch salary”."),
    )

    conversation_language = forms.ChoiceField(
        label=_("In which language would you like to talk?"), widget=forms.RadioSelect
    )
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=40,
        help_text=_("The desk calls you on this number at the time of the appointment."),
    )

    def __init__(self, *args, slot, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        offered = slot.offered_language_codes()
        language = self.fields["conversation_language"]
        language.choices = [(code, names[code]) for code in offered]
        language.initial = get_language() if get_language() in offered else None
        self.only_language = offered[0] if len(offered) == 1 else None
        if self.only_language:  # no choice to make: the slot facts name it
            del self.fields["conversation_language"]
        if slot.mode != SlotMode.PHONE:
            del self.fields["phone"]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "email",
            "name",
            *(["phone"] if "phone" in self.fields else []),
            "topic",
            *(["conversation_language"] if not self.only_language else []),
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

    def clean_phone(self):
        return clean_phone(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        if self.only_language:
            cleaned["conversation_language"] = self.only_language
        return cleaned


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
