"""The forms of news alerts: subscribing (public, with the bot checks of every public form) and
changing one's choices on the personal page. Validation only: news.rules changes the data."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin
from core.forms import BotCheckedForm, MailableEmailField, honeypot
from core.i18n import localize
from news.models import Subscription
from services.desks.models import ServiceDesk, Topic


class TopicChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, topic):
        return localize(topic, "name").text


class DeskChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, desk):
        return desk.display_name()


def topics_field():
    # Chosen by slug (the values of the page's `?topic=` preselection): no query to map them.
    return TopicChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


def desks_field():
    return DeskChoiceField(
        label=_("Desks"),
        queryset=ServiceDesk.objects.none(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


def frequency_field():
    return forms.ChoiceField(
        label=_("How often?"),
        choices=[
            (Subscription.Frequency.IMMEDIATE, _("As soon as news is published")),
            (Subscription.Frequency.WEEKLY, _("Once a week, all news of the week in one e-mail")),
        ],
        initial=Subscription.Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
    )


CHOICES_HELP = _("Choose nothing to get all news.")
CHOOSE_FREQUENCY = _("Choose how often you want to get alerts.")
CHOOSE_AGAIN = _("This choice is no longer offered. Please choose again.")


class ChoicesMixin:
    """The topics and desks visitors may choose: the published ones, in their order."""

    def _choices(self):
        self.fields["topics"].queryset = Topic.objects.published()
        self.fields["desks"].queryset = ServiceDesk.objects.published()

    def _what_and_how_often(self):
        return Fieldset(
            _("What and how often"),
            HTML(format_html('<p class="form-text">{}</p>', CHOICES_HELP)),
            "topics",
            "desks",
            "frequency",
        )


class SubscribeForm(ChoicesMixin, AccessibleFormMixin, BotCheckedForm):
    """Subscribe an address to alerts about some topics and desks (none: all news)."""

    fix_messages = {
        "email": _("Enter your e-mail address in the form name@example.org."),
        "topics": CHOOSE_AGAIN,
        "desks": CHOOSE_AGAIN,
        "frequency": CHOOSE_FREQUENCY,
        "privacy_consent": _("Tick the box to confirm that you have read the privacy statement."),
    }

    email = MailableEmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We first send a link to this address: nothing else until you follow it."),
    )
    topics = topics_field()
    desks = desks_field()
    frequency = frequency_field()
    privacy_consent = forms.BooleanField(label=_("I have read the privacy statement."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._choices()
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            self._what_and_how_often(),
            Fieldset(_("Your e-mail address"), "email"),
            Fieldset(
                _("Privacy"),
                HTML(
                    format_html(
                        '<p class="form-text">{} <a href="{}">{}</a></p>',
                        ngettext(
                            "We use your address only to send you these alerts. A request not "
                            "confirmed within one day is deleted; when you end your alerts, "
                            "your address is deleted at once.",
                            "We use your address only to send you these alerts. A request not "
                            "confirmed within %(days)s days is deleted; when you end your "
                            "alerts, your address is deleted at once.",
                            settings.UNCONFIRMED_SUBSCRIPTION_DAYS,
                        )
                        % {"days": settings.UNCONFIRMED_SUBSCRIPTION_DAYS},
                        reverse("portal:privacy"),
                        _("Read the privacy statement"),
                    )
                ),
                "privacy_consent",
            ),
            honeypot(),
        )


def language_choices():
    """The four languages, named in the page's language (Django's own translations)."""
    return [
        (code, get_language_info(code)["name_translated"]) for code, _name in settings.LANGUAGES
    ]


class ChangeForm(ChoicesMixin, AccessibleFormMixin, forms.Form):
    """New choices on the personal page (the link is the authorisation: no bot check)."""

    fix_messages = {
        "topics": CHOOSE_AGAIN,
        "desks": CHOOSE_AGAIN,
        "frequency": CHOOSE_FREQUENCY,
        "language": _("Choose the language of your alerts."),
    }

    topics = topics_field()
    desks = desks_field()
    frequency = frequency_field()
    language = forms.ChoiceField(
        label=_("Language of the alerts"), choices=language_choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, subscription, **kwargs):
        # The choices as prefetched with the subscription (news.alert_views), no query each.
        initial = {
            "topics": [topic.slug for topic in subscription.topics.all()],
            "desks": [desk.slug for desk in subscription.desks.all()],
            "frequency": subscription.frequency,
            "language": subscription.language,
        }
        super().__init__(*args, initial=initial, **kwargs)
        self._choices()
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(self._what_and_how_often(), "language")
