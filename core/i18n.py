"""Translated content with an honest fallback.

A text missing in the visitor's language is shown in the first language of
settings.FALLBACK_LANGUAGES that has it, and the caller learns which language that was, so the page
can mark it up with its own `lang` attribute and tell the visitor.
"""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language, get_language_from_path, get_language_info
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname


@dataclass(frozen=True)
class Localized:
    text: str
    language: str  # the language the text is in
    requested: str  # the language the visitor reads

    @property
    def is_fallback(self) -> bool:
        return bool(self.text) and self.language != self.requested

    @property
    def language_name(self) -> str:
        return get_language_info(self.language)["name_translated"]

    def __str__(self):
        return self.text


def current_language() -> str:
    language = get_language() or settings.LANGUAGE_CODE
    return language.split("-")[0]


@functools.lru_cache(maxsize=4096)
def path_language(path: str) -> str | None:
    """The language of a path's prefix (/nl/...), or None: Django's get_language_from_path, once
    per process for each path (the page cache and the page-view count ask it on every hit)."""
    return get_language_from_path(path)


@receiver(setting_changed)
def _languages_changed(setting, **kwargs):
    if setting in ("LANGUAGES", "LANGUAGE_CODE", "FALLBACK_LANGUAGES"):
        path_language.cache_clear()
        _columns_in_order.cache_clear()


def resolving_context() -> tuple[str, str, str]:
    """What reverse() and resolve() answer depends on besides their arguments: the active
    language, the URLconf and the script prefix. The key part for what is kept of their answers
    (core.templatetags.core.id_url, portal.context_processors.translated)."""
    return (get_language(), get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())


@functools.lru_cache(maxsize=4096)
def _reversed(viewname, kwargs, language, urlconf, prefix):
    return reverse(viewname, kwargs=dict(kwargs), urlconf=urlconf)


def kept_reverse(viewname: str, **kwargs) -> str:
    """reverse(viewname, kwargs=kwargs), once per process for the same arguments, language,
    URLconf and script prefix: a page links to dozens of desks, topics and news items (about 20
    µs a reverse). For public addresses only (slugs, a language), never a personal token: what is
    kept stays in memory. Forgotten when any setting changes."""
    return _reversed(viewname, tuple(sorted(kwargs.items())), *resolving_context())


@receiver(setting_changed)
def _urls_changed(**kwargs):
    _reversed.cache_clear()


def localize(obj, field: str, language: str | None = None) -> Localized:
    """The value of a translated field in `language` (default: the active one), or its fallback."""
    requested = language or current_language()
    for column, candidate in _columns_in_order(field, requested):
        value = getattr(obj, column, "") or ""
        if value.strip():
            return Localized(value, candidate, requested)
    return Localized("", requested, requested)


def in_fallback_order(language: str) -> list[str]:
    """`language`, then the languages a text missing in it falls back to (FALLBACK_LANGUAGES)."""
    return [language, *settings.FALLBACK_LANGUAGES.get(language, ())]


@functools.lru_cache(maxsize=1024)
def _columns_in_order(field: str, language: str) -> tuple[tuple[str, str], ...]:
    """The columns of `field` that localize() reads for `language`, in order, each with its
    language: once per process (a desk page localizes some 1,500 texts)."""
    return tuple(
        (build_localized_fieldname(field, candidate), candidate)
        for candidate in in_fallback_order(language)
    )


def translated_fields(model) -> list[str]:
    """The model's translated fields (`name`, not `name_nl`), as its translation.py registers
    them; none for a model without translations."""
    if model not in translator.get_registered_models():
        return []
    return list(translator.get_options_for_model(model).fields)


# A translated CharField this long or longer holds running text (an answer's question, a
# summary), not a name or a title.
LONG_TEXT_MIN_LENGTH = 300


def long_text_fields(model) -> list[str]:
    """The model's translated fields that hold running text, whose readability staff see
    (core/readability.py): text fields, and character fields of LONG_TEXT_MIN_LENGTH or more
    (names, titles and short labels are not scored). In the model's order, as the form has them."""
    translated = set(translated_fields(model))
    return [
        field.name
        for field in model._meta.fields
        if field.name in translated
        and (isinstance(field, models.TextField) or (field.max_length or 0) >= LONG_TEXT_MIN_LENGTH)
    ]


def missing_languages(obj, fields) -> list[str]:
    """Languages in which a text that exists in some other language is still empty, in the
    order of settings.LANGUAGES. Each text is read once (visitors' pages ask this for every
    answer they list, in each language but Dutch: core.translation_status)."""
    codes = [code for code, _name in settings.LANGUAGES]
    missing = set()
    for field in fields:
        written = {
            code
            for code in codes
            if (getattr(obj, build_localized_fieldname(field, code), "") or "").strip()
        }
        if written:
            missing.update(set(codes) - written)
    return [code for code in codes if code in missing]
