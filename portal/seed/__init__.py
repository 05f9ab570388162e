"""Seed content for `manage.py seed_portal`: TOML files in this folder, read with tomllib.

- `desks/*.toml`: one file per desk, with its locations (and their opening hours) and its FAQs
- `topics.toml`, `site.toml` (key figures, partners, pages), `guide.toml`, `conferences.toml`
- `sources.toml`: the official bodies an FAQ names as its sources (`sources = ["svb", ...]`)
- `synonyms.toml`: the search's synonym groups (terms that mean the same, in any language)

A translated field is a table with one key per language (`name.nl = "..."`, ...); which fields are
translated comes from modeltranslation (`translation.py`), the other fields from the model itself.
A key that is neither, nor one the command handles itself, stops the command (typo protection).
How to edit the files: docs/content-guide.md.
"""

import tomllib
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from modeltranslation.utils import build_localized_fieldname

from core.i18n import translated_fields

FOLDER = Path(__file__).parent
LANGUAGES = [code for code, _name in settings.LANGUAGES]


class SeedError(CommandError):
    """The seed files say something the models cannot take."""


def files() -> list[Path]:
    """Every seed file, desks first."""
    return [*sorted((FOLDER / "desks").glob("*.toml")), *sorted(FOLDER.glob("*.toml"))]


def read(path: Path | str) -> dict:
    path = FOLDER / path
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise SeedError(f"{path.relative_to(FOLDER)}: {error}") from error


def tables(path: str, *expected: str) -> dict:
    """A file made of the `expected` top-level tables, and nothing else."""
    content = read(path)
    if set(content) != set(expected):
        raise SeedError(
            f"{path}: expected the tables {', '.join(expected)}, found {', '.join(sorted(content))}"
        )
    return content


def desks() -> list[tuple[str, dict]]:
    """(file name, desk) for every desk file, in the desks' order."""
    found = [(path.name, read(path)) for path in sorted((FOLDER / "desks").glob("*.toml"))]
    return sorted(found, key=lambda named: named[1].get("order", 0))


def plain_fields(model) -> set[str]:
    """The model's own non-relational fields (seed keys too, not the automatic `updated_at`),
    without the per-language columns."""
    columns = {
        build_localized_fieldname(field, code)
        for field in translated_fields(model)
        for code in LANGUAGES
    }
    return {
        field.name
        for field in model._meta.concrete_fields
        if not (field.is_relation or field.primary_key or getattr(field, "auto_now", False))
    } - columns


# "Last checked" is a person's check against the sources: the seed never sets it, and a reset
# (which puts the seed's texts back) clears it, so the texts are unchecked again.
CHECK_FIELD = "last_checked"


def seeded_fields(model, items: list[dict]) -> set[str]:
    """The plain fields the seed owns for a model: those any of its items sets, and the "last
    checked" date. `--reset` puts them back, also to their default where an item leaves them
    out; other fields stay staff's."""
    return plain_fields(model) & ({key for item in items for key in item} | {CHECK_FIELD})


def field_values(model, data: dict, *, where: str, handled=(), owned=()) -> dict:
    """One item's values for `model`: every translated field in all language columns ("" where
    the file has no text), the plain fields as given, and the `owned` plain fields it leaves out
    at their default. `handled` keys are the command's own (relations, child tables)."""
    translated, plain = translated_fields(model), plain_fields(model)
    if CHECK_FIELD in data:
        raise SeedError(
            f"{where}: leave out {CHECK_FIELD}; only a person who checked the item against its "
            "sources sets it, in the admin (a location may give source_date, the date of its "
            "source)"
        )
    unknown = sorted(data.keys() - {*translated, *plain, *handled})
    if unknown:
        raise SeedError(
            f"{where}: {', '.join(unknown)} is not a field of {model._meta.object_name} "
            f"(fields: {', '.join(sorted({*translated, *plain}))})"
        )
    values = {
        name: data[name] if name in data else model._meta.get_field(name).get_default()
        for name in sorted((data.keys() & plain) | set(owned))
    }
    for field in translated:
        texts = data.get(field, {})
        if not isinstance(texts, dict) or not texts.keys() <= set(LANGUAGES):
            raise SeedError(
                f'{where}: {field} needs one text per language, as {field}.nl = "..." '
                f"({', '.join(LANGUAGES)}), not {texts!r}"
            )
        for code in LANGUAGES:
            values[build_localized_fieldname(field, code)] = texts.get(code, "")
    return values
