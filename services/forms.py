from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin
from core.forms import BotCheckedForm, MailableEmailField, honeypot, person_name
from core.i18n import localize
from services.models import Country, Enquiry, Role, ServiceDesk, Topic


def country_field(label) -> forms.ChoiceField:
    """Where someone lives or works: the Netherlands, Belgium, Germany or elsewhere."""
    return forms.ChoiceField(label=label, choices=Country.choices, widget=forms.RadioSelect)


class GuideForm(AccessibleFormMixin, forms.Form):
    """The "my situation" questions. A GET form: the answer page has a URL to share."""

    fix_messages = {
        "lives_in": _("Choose the country where you live."),
        "works_in": _("Choose the country where you work or will work."),
        "role": _("Choose what describes you best."),
    }

    lives_in = country_field(_("Where do you live?"))
    works_in = country_field(_("Where do you work, or will you work?"))
    role = forms.ChoiceField(label=_("You are …"), choices=Role.choices, widget=forms.RadioSelect)


# --- Booking a consultation (issue 8, part B) ---------------------------------------------------


class BookingForm(AccessibleFormMixin, BotCheckedForm):
    """Booking a slot: e-mail, name and a short topic, nothing else. Validation only: the rules
    live in services.rules."""

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


# --- Questions to a desk (issue 8, part A) ----------------------------------------------------


class LocalizedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return localize(obj, "name").text


class EnquiryForm(AccessibleFormMixin, BotCheckedForm):
    """Ask a desk a question. On a desk's page the desk is given; on the contact page the
    visitor chooses it. Validation only: services.rules.ask_question stores it."""

    fix_messages = {
        "desk": _("Choose the desk you want to ask."),
        "email": _("Enter your e-mail address in the form name@example.org."),
        "lives_in": _("Choose the country where you live."),
        "works_in": _("Choose the country where you work or will work."),
        "question": _("Write your question, in at most 5,000 characters."),
        "privacy_consent": _("Tick the box to confirm that you have read the privacy statement."),
    }

    desk = LocalizedChoiceField(
        label=_("Which desk do you want to ask?"), queryset=ServiceDesk.objects.none()
    )
    email = MailableEmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send the answer to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Name (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    lives_in = country_field(_("Where do you live?"))
    works_in = country_field(_("Where do you work, or will you work?"))
    topic = LocalizedChoiceField(
        label=_("Topic (optional)"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("Another subject, or I don't know"),
    )
    question = forms.CharField(
        label=_("Your question"),
        max_length=Enquiry.QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "At most 5,000 characters. Please do not include your citizen service number (BSN) "
            "or other identity numbers."
        ),
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy statement and agree that my question is stored.")
    )

    def __init__(self, *args, desk=None, prefix="ask", **kwargs):
        super().__init__(*args, prefix=prefix, **kwargs)
        self.desk = desk
        topics = Topic.objects.published()
        if desk is not None:
            del self.fields["desk"]
            # The desk's topics: those its published FAQs are about.
            topics = topics.filter(faqs__desk=desk, faqs__is_published=True).distinct()
        else:
            self.fields["desk"].queryset = ServiceDesk.objects.published()
        self.fields["topic"].queryset = topics
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Fieldset(_("Your question"), *(["desk"] if desk is None else []), "topic", "question"),
            Fieldset(_("Your situation"), "lives_in", "works_in"),
            Fieldset(_("How we answer you"), "email", "name"),
            Fieldset(
                _("Privacy"),
                HTML(
                    format_html(
                        '<p class="form-text">{} <a href="{}">{}</a></p>',
                        _(
                            "We use your details only to answer your question and delete them "
                            "%(months)s months after it is closed."
                        )
                        % {"months": settings.ENQUIRY_RETENTION_MONTHS},
                        reverse("portal:privacy"),
                        _("Read the privacy statement"),
                    )
                ),
                "privacy_consent",
            ),
            honeypot(),
        )

    def clean_name(self):
        name = self.cleaned_data["name"]
        return person_name(name) if name.strip() else ""  # optional

    def clean_question(self):
        question = self.cleaned_data["question"].strip()
        if not question:
            raise forms.ValidationError(_("Please write your question."), code="required")
        return question

    @property
    def chosen_desk(self):
        return self.desk or self.cleaned_data.get("desk")
