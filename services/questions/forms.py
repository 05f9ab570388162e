"""The question form, on a desk's page and on the contact page."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin
from core.forms import BotCheckedForm, MailableEmailField, honeypot, person_name
from core.i18n import localize
from core.prepared import prepared
from services.desks.forms import country_field
from services.desks.models import ServiceDesk, Topic
from services.questions.models import Enquiry


class LocalizedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return localize(obj, "name").text


@prepared  # on every desk page: its SQL compiled once (core.prepared)
def _desk_topics(desk_id):
    """The desk's topics: those its published FAQs are about."""
    return Topic.objects.published().filter(faqs__desk=desk_id, faqs__is_published=True).distinct()


class EnquiryForm(AccessibleFormMixin, BotCheckedForm):
    """Ask a desk a question. On a desk's page the desk is given; on the contact page the
    visitor chooses it. Validation only: services.questions.rules.ask_question stores it."""

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
        # The topics offered. On a desk's page, a copy of a prepared query (core.prepared): the
        # field's queryset (an `.all()` of it, which builds the query anew) is given only to a
        # bound form, which validates against it; an unbound one offers this queryset as it is.
        if desk is not None:
            del self.fields["desk"]
            self.topics = _desk_topics(desk.pk)
        else:
            self.topics = Topic.objects.published()
            self.fields["desk"].queryset = ServiceDesk.objects.published()
        if self.is_bound or desk is None:
            self.fields["topic"].queryset = self.topics
        else:
            self.fields["topic"].choices = self._topic_choices  # read when shown

    def _topic_choices(self):
        field = self.fields["topic"]
        return [("", field.empty_label), *map(field.iterator(field).choice, self.topics)]

    @cached_property
    def helper(self):
        """crispy's layout, built when the markup is made (crispy_markup makes it once for the
        same desk, choices and language)."""
        helper = FormHelper()
        helper.form_tag = False
        helper.disable_csrf = True
        helper.layout = Layout(
            Fieldset(
                _("Your question"), *(["desk"] if self.desk is None else []), "topic", "question"
            ),
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
        return helper

    def markup_key(self):
        """What this form's markup depends on besides its class and the language (see
        core.templatetags.core.crispy_markup): its desk and the choices offered. The choices are
        read once here and kept on the fields, so rendering reads them from there."""
        choices = []
        for name in ("desk", "topic"):
            if name in self.fields:
                field = self.fields[name]
                if name == "topic":  # from the desk's prepared query, not the field's copy
                    field.choices = self._topic_choices()
                else:
                    field.choices = list(iter(field.choices))  # list() alone would count first
                choices.append(tuple((str(value), str(label)) for value, label in field.choices))
        initial = tuple(sorted((name, str(value)) for name, value in self.initial.items()))
        return (self.desk and self.desk.pk, tuple(choices), initial)

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


class VisitorReplyForm(AccessibleFormMixin, BotCheckedForm):
    """The visitor's reply to the desk's answer, on their personal page of the question.
    Validation only: services.questions.rules.visitor_reply stores it."""

    fix_messages = {"text": _("Write your reply, in at most 5,000 characters.")}

    text = forms.CharField(
        label=_("Your reply"),
        max_length=Enquiry.QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "At most 5,000 characters. Please do not include your citizen service number (BSN) "
            "or other identity numbers."
        ),
    )

    def __init__(self, *args, prefix="reply", **kwargs):
        super().__init__(*args, prefix=prefix, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout("text", honeypot())

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Please write your reply."), code="required")
        return text
