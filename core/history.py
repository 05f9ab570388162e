"""What an item's history page (`HistoryAdmin` in core/admin_mixins.py) tells staff, in the
admin's own language: per version a summary ("Changed: answer (de, fr)") and a table of what
changed, with full texts, local times, names instead of ids, and no internal bookkeeping.

Everything here is worked out when the page is shown, from the versions' stored values, so it
reads in the language of whoever looks at it. The comments a revision stores are either empty (an
ordinary admin save: the summary says it) or one of the fixed `COMMENTS` below, stored as their
English source text and translated when shown (the seed's own version, for example), or a text
written at the time (a restore's).
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_lazy, pgettext_lazy

from core.i18n import translated_fields

# The comments the code stores on a revision, by their English text (what the database keeps).
SEEDED = "Original content, loaded when the portal was set up"  # by seed_portal
RESEEDED = "Original content put back (seed_portal --reset)"
COMMENTS = {
    SEEDED: gettext_lazy("Original content, loaded when the portal was set up"),
    RESEEDED: gettext_lazy("Original content put back (seed_portal --reset)"),
}

# Bookkeeping, not content: never listed as a change.
UNTRACKED_FIELDS = {
    "updated_at",
    "created_at",
    "seed_key",
    "source_changed_at",
    "translations_checked_at",
    "calendar_sequence",
}


def comment(revision) -> str:
    """The revision's comment as staff read it: a fixed one in their language."""
    text = revision.comment or ""
    return str(COMMENTS.get(text, text))


def tracked_fields(model) -> list:
    """The fields a change of which is news: the language columns (`name_de`), not the
    untranslated shadow field (`name`), bookkeeping or internal JSON data."""
    shadows = set(translated_fields(model))
    return [
        field
        for field in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if not field.primary_key
        and field.name not in UNTRACKED_FIELDS | shadows
        and not isinstance(field, models.JSONField)
    ]


def _language_of(field) -> tuple[str, str | None]:
    """("answer", "de") for modeltranslation's `answer_de`; (the field's own name, None) else."""
    original = getattr(field, "translated_field", None)
    if original is not None and getattr(field, "language", None):
        return str(original.verbose_name), field.language
    return str(field.verbose_name), None


def _differs(field, older, newer) -> bool:
    key = field.attname
    if key not in newer:
        return False
    if older is None:
        return True
    old, new = older.get(key), newer[key]
    if field.many_to_many:
        return sorted(map(str, old or [])) != sorted(map(str, new or []))
    return old != new


def describe(model, versions) -> dict:
    """{version pk: {"summary", "changes": [{"field", "old", "new"}], "created"}} for the versions
    of one object, oldest first. Names of related rows are looked up in one query per related
    model, whatever the number of versions."""
    fields = tracked_fields(model)
    pairs = list(zip([None, *versions], versions, strict=False))
    names = _related_names(fields, [version.field_dict for version in versions])
    described = {}
    for older, newer in pairs:
        old_values = older.field_dict if older is not None else None
        changed = [field for field in fields if _differs(field, old_values, newer.field_dict)]
        changes = []
        for field in changed:
            label, language = _language_of(field)
            changes.append(
                {
                    "field": f"{label} [{language}]" if language else label,
                    "old": None
                    if old_values is None
                    else display(field, old_values.get(field.attname), names),
                    "new": display(field, newer.field_dict.get(field.attname), names),
                }
            )
        described[newer.pk] = {
            "created": older is None,
            "summary": gettext("Created") if older is None else summary(changed),
            "changes": changes,
        }
    return described


def summary(changed_fields) -> str:
    """ "Changed: answer (de, fr), topic" from the changed fields, in the admin's language."""
    if not changed_fields:
        return gettext("Saved without changes")
    languages: dict[str, list[str]] = {}
    for field in changed_fields:
        label, language = _language_of(field)
        languages.setdefault(label, [])
        if language:
            languages[label].append(language)
    order = [code for code, _name in settings.LANGUAGES]
    parts = [
        f"{label} ({', '.join(sorted(codes, key=order.index))})" if codes else label
        for label, codes in languages.items()
    ]
    return gettext("Changed: %(fields)s") % {"fields": ", ".join(parts)}


def _related_names(fields, field_dicts) -> dict:
    """{(related model, pk as text): its name} for every row the versions point to."""
    wanted: dict = {}
    for field in fields:
        if not field.is_relation:
            continue
        for values in field_dicts:
            value = values.get(field.attname)
            ids = value if field.many_to_many else [value]
            wanted.setdefault(field.related_model, set()).update(
                str(pk) for pk in ids or [] if pk is not None
            )
    names = {}
    for related, ids in wanted.items():
        if ids:
            for row in related._base_manager.filter(pk__in=ids):
                names[related, str(row.pk)] = str(row)
    return names


YES_NO = {True: gettext_lazy("Yes"), False: gettext_lazy("No")}
GONE = pgettext_lazy("history", "(deleted)")


def display(field, value, names) -> str | None:
    """A stored value as staff read it: a name instead of an id, the label of a choice, yes or
    no, a date and time in the portal's time zone written as the admin's language writes it.
    None for an empty value (the page shows a dash)."""
    if value is None or value == "" or (field.many_to_many and not value):
        return None
    if field.many_to_many:
        return ", ".join(
            sorted(names.get((field.related_model, str(pk)), str(GONE)) for pk in value)
        )
    if field.is_relation:
        return names.get((field.related_model, str(value)), str(GONE))
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(YES_NO[value])
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return formats.date_format(value, "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, datetime.time):
        return formats.time_format(value, "TIME_FORMAT")
    if isinstance(value, int | float) or hasattr(value, "as_tuple"):
        return formats.localize(value)
    return str(value)
