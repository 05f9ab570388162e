"""Translation status per item and language: missing, up to date, or outdated (the Dutch source
changed after this translation was last saved or marked up to date).

Dutch is the source language (settings.MODELTRANSLATION_DEFAULT_LANGUAGE). An admin save that
changes a Dutch text stamps `source_changed_at`; one that changes a text in another language, or
staff marking that language up to date, stamps `translations_checked_at[language]`.
"""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.i18n import missing_languages, translated_fields

MISSING = "missing"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
LABELS = {MISSING: _("missing"), OUTDATED: _("outdated"), UP_TO_DATE: _("up to date")}


class TranslationStatusError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def source_language() -> str:
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


def checked_at(obj, language: str) -> datetime.datetime | None:
    value = (obj.translations_checked_at or {}).get(language)
    return datetime.datetime.fromisoformat(value) if value else None


def status(obj, language: str) -> str:
    """MISSING, OUTDATED or UP_TO_DATE for `obj` in `language` (Dutch: MISSING or UP_TO_DATE)."""
    if language in missing_languages(obj, translated_fields(type(obj))):
        return MISSING
    return OUTDATED if _predates_source(obj, language) else UP_TO_DATE


def _predates_source(obj, language: str) -> bool:
    """The text in `language` was checked before its Dutch source last changed, or never."""
    if language == source_language() or obj.source_changed_at is None:
        return False
    checked = checked_at(obj, language)
    return checked is None or checked < obj.source_changed_at


def statuses(obj) -> dict[str, str]:
    return {code: status(obj, code) for code, _name in settings.LANGUAGES}


def is_older_than_source(obj, language: str) -> bool:
    """For visitors: the text they read in `language` predates its Dutch source (status()'s
    OUTDATED), the dates compared first: reading every text for a missing language is the dearer
    part, asked for every answer a page lists."""
    return _predates_source(obj, language) and language not in missing_languages(
        obj, translated_fields(type(obj))
    )


def record_edit(*, obj, changed_fields: Iterable[str]) -> None:
    """After an admin save: stamp the Dutch source and the languages whose texts changed.
    `changed_fields` are form field names (`name_de`); a Dutch change together with a change in
    another language leaves that language up to date (the translator edited both)."""
    changed = set(changed_fields)
    fields = translated_fields(type(obj))
    if not fields or not hasattr(obj, "translations_checked_at"):
        return
    languages = {
        code
        for code, _name in settings.LANGUAGES
        if any(build_localized_fieldname(field, code) in changed for field in fields)
    }
    if not languages:
        return
    now = timezone.now()
    updates = {}
    if source_language() in languages:
        updates["source_changed_at"] = now
    others = languages - {source_language()}
    if others:
        stamps = dict(obj.translations_checked_at or {})
        stamps.update({code: now.isoformat() for code in others})
        updates["translations_checked_at"] = stamps
    type(obj)._base_manager.filter(pk=obj.pk).update(**updates)
    for name, value in updates.items():
        setattr(obj, name, value)


def mark_up_to_date(*, obj, language: str) -> None:
    """Staff checked the translation in `language` against the Dutch text: it is up to date."""
    if language not in target_languages():
        raise TranslationStatusError(_("Only a translation can be marked up to date."))
    with transaction.atomic():
        model = type(obj)
        locked = model._base_manager.select_for_update().get(pk=obj.pk)
        if status(locked, language) == MISSING:
            raise TranslationStatusError(
                _("This translation is missing: write it first, then save.")
            )
        stamps = dict(locked.translations_checked_at or {})
        stamps[language] = timezone.now().isoformat()
        model._base_manager.filter(pk=obj.pk).update(translations_checked_at=stamps)
        obj.translations_checked_at = stamps


def counts(objects) -> dict[str, dict[str, int]]:
    """{language: {MISSING: n, OUTDATED: n, UP_TO_DATE: n}} over `objects`."""
    result = {code: dict.fromkeys(LABELS, 0) for code, _name in settings.LANGUAGES}
    for obj in objects:
        for code, value in statuses(obj).items():
            result[code][value] += 1
    return result
