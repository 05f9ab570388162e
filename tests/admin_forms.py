"""Posting an admin form back as a browser would: what the page shows, with a few changes."""

import datetime

from django import forms


def _text(value) -> str:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(getattr(value, "pk", value))


def _encode(key, field, value) -> dict:
    widget = field.widget
    if isinstance(widget, forms.MultiWidget):
        parts = value if isinstance(value, list) else widget.decompress(value)
        return {
            f"{key}{suffix}": "" if part is None else _text(part)
            for suffix, part in zip(widget.widgets_names, parts, strict=True)
        }
    if isinstance(value, bool):
        return {key: "on"} if value else {}
    if value is None:
        return {key: ""}
    if isinstance(value, list | tuple | set) or hasattr(value, "model"):
        return {key: [_text(item) for item in value]}
    return {key: _text(value)}


def post_data(response, **changes) -> dict:
    """The POST data of the change form (and its inline formsets) that `response` shows, its
    values as shown, then `changes`."""
    data = {}
    shown = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(formset.initial_form_count())
        data[f"{formset.prefix}-INITIAL_FORMS"] = str(formset.initial_form_count())
        shown += formset.initial_forms
    for form in shown:
        for name, field in form.fields.items():
            if not field.disabled:
                data |= _encode(form.add_prefix(name), field, form[name].value())
    return data | changes
