from django import forms
from django.utils.translation import gettext_lazy as _

from core.accessible_forms import AccessibleFormMixin


class SearchForm(AccessibleFormMixin, forms.Form):
    """The search page's question, only to say how to fix an empty search
    (portal.search.clean_query does the cleaning)."""

    fix_messages = {"q": _("Enter one or more words to search for, for example “tax”.")}
    q = forms.CharField(label=_("What are you looking for?"), max_length=200)
