from django import forms
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin
from services.desks.models import Country, Role


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
