"""Forms that help people fix their mistakes (the GOV.UK design system's patterns).

Two pieces, each added with one line:

- `AccessibleFormMixin` on a form class: autocomplete tokens and input types by field name
  (name, e-mail, organisation, phone...), error texts that say how to fix the problem
  (`fix_messages`).
- `{% error_summary form other_form %}` (core template tags) as the first thing in a page's
  content: after a failed submit, a summary at the top of the main content that takes the focus
  (`autofocus`, `tabindex="-1"`, plus static/js/error-summary.js under `script-src 'self'`) and
  links to each field. Each field shows its own message once, through `aria-describedby`
  (Django's BoundField and crispy-forms); non-field errors appear in the summary only
  (templates/bootstrap5/errors.html is empty on purpose).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

# The HTML autocomplete token for fields of these names (WCAG 1.3.5, identify input purpose).
AUTOCOMPLETE = {
    "name": "name",
    "email": "email",
    "organisation": "organization",
    "job_title": "organization-title",
    "phone": "tel",
}
INPUT_TYPES = {"email": "email", "phone": "tel"}

# How to fix a required field left empty, by kind of widget, when the form says nothing better.
REQUIRED = {
    "choice": _("Choose one of the options for “%(label)s”."),
    "checkbox": _("Tick the box “%(label)s” to go on."),
    "text": _("Fill in “%(label)s”."),
}


def _kind(widget) -> str:
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple | forms.Select):
        return "choice"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "text"


def first_input_id(bound_field) -> str:
    """The id a summary link points at: the field itself, or its first radio/checkbox."""
    widget = bound_field.field.widget
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        subwidgets = bound_field.subwidgets
        if subwidgets:
            return subwidgets[0].id_for_label
    return bound_field.id_for_label or bound_field.auto_id


class AccessibleFormMixin:
    """Put first in a form's bases: `class QuestionForm(AccessibleFormMixin, forms.Form)`.

    `fix_messages = {"email": _("Enter your e-mail address, like name@example.org.")}` gives
    a field's "required" and "invalid" text; other required fields get a generic one that names
    the field and says what to do."""

    fix_messages: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            widget = field.widget
            if name in AUTOCOMPLETE:
                widget.attrs.setdefault("autocomplete", AUTOCOMPLETE[name])
            if name in INPUT_TYPES and hasattr(widget, "input_type"):
                widget.input_type = INPUT_TYPES[name]
            fix = self.fix_messages.get(name)
            if fix:
                # "invalid" also replaces a validator's message of that code (e-mail, URL)
                for code in ("required", "invalid", "invalid_choice"):
                    field.error_messages[code] = fix
            elif field.required:
                field.error_messages["required"] = REQUIRED[_kind(widget)] % {
                    "label": field.label or name
                }


def error_links(form) -> list[tuple[str, object]]:
    """The summary's entries for any Django form: non-field errors (no link), then one per
    field message, linked to the field."""
    links = [("", error) for error in form.non_field_errors()]
    for bound_field in form:
        for error in bound_field.errors:
            links.append((first_input_id(bound_field), error))
    return links
