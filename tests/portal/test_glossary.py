"""The glossary (portal/seed/glossary.toml) holds the agreed terms per language; the seed files and
the .po catalogues follow it: no forbidden variant, official names kept in every language, and an
agreed term used wherever the Dutch text uses it."""

import re
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from portal import seed as seed_files

LANGUAGES = ["nl", "de", "en", "fr"]
GLOSSARY = tomllib.loads((seed_files.FOLDER / "glossary.toml").read_text())
# The search's synonym groups must know the words people type, also the ones we do not write.
NOT_CHECKED = {"glossary.toml", "synonyms.toml"}


def word(text: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


def translated_texts(node, where=""):
    """(where, {language: text}) for every translated text in a parsed seed file."""
    if isinstance(node, dict):
        if node and set(node) <= set(LANGUAGES) and all(isinstance(v, str) for v in node.values()):
            yield where, node
            return
        for key, value in node.items():
            yield from translated_texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from translated_texts(value, f"{where}[{index}]")


def seed_texts():
    for path in seed_files.files():
        if path.name in NOT_CHECKED:
            continue
        content = tomllib.loads(path.read_text())
        for where, texts in translated_texts(content):
            yield f"{path.relative_to(seed_files.FOLDER)}{where}", texts


def catalogue(language):
    with (Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po").open(
        "rb"
    ) as file:
        return read_po(file)


def msgstrs(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def official_names() -> list[list[str]]:
    return [
        [name] if isinstance(name, str) else name for name in GLOSSARY["official_names"]["names"]
    ]


def test_the_glossary_names_every_language_and_the_terms_of_the_issue():
    keys = {term["key"] for term in GLOSSARY["terms"]}
    assert {"erkend-referent", "grenswerker", "toeslagen", "loket", "buergergeld"} <= keys
    for term in GLOSSARY["terms"]:
        assert set(term.get("agreed", {})) <= set(LANGUAGES), term["key"]
        if "po_context" not in term:
            assert set(term["agreed"]) == set(LANGUAGES), term["key"]


def test_seed_texts_use_no_forbidden_variant():
    found = []
    for where, texts in seed_texts():
        for term in GLOSSARY["terms"]:
            if "po_context" in term:
                continue
            for language, variants in term.get("forbidden", {}).items():
                for variant in variants:
                    if word(variant).search(texts.get(language, "")):
                        found.append((where, language, variant))
    assert found == []


def test_catalogues_use_no_forbidden_variant():
    found = []
    for language in LANGUAGES:
        for message in catalogue(language):
            if not message.id:
                continue
            for term in GLOSSARY["terms"]:
                if term.get("po_context", message.context) != message.context:
                    continue
                for variant in term.get("forbidden", {}).get(language, []):
                    if any(word(variant).search(text) for text in msgstrs(message)):
                        found.append((language, message.context, message.id, variant))
    assert found == []


def test_official_names_stay_in_every_language():
    """Where the Dutch text names the Belastingdienst (or the UWV, ...), so do the others."""
    dropped = []
    for where, texts in seed_texts():
        for forms in official_names():
            if not any(word(form).search(texts.get("nl", "")) for form in forms):
                continue
            for language in ["de", "en", "fr"]:
                text = texts.get(language, "")
                if text and not any(word(form).search(text) for form in forms):
                    dropped.append((where, forms[0], language))
    assert dropped == []


def test_required_terms_use_their_agreed_form():
    missing = []
    for term in (term for term in GLOSSARY["terms"] if term.get("required")):
        for where, texts in seed_texts():
            if not any(word(form).search(texts.get("nl", "")) for form in term["agreed"]["nl"]):
                continue
            for language in ["de", "en", "fr"]:
                text = texts.get(language, "")
                if text and not any(form in text for form in term["agreed"][language]):
                    missing.append((where, term["key"], language))
    assert missing == []


@pytest.mark.parametrize(
    ("language", "text", "term"),
    [
        ("de", "Werden Sie anerkannte Referenz bei der IND.", "erkend-referent"),
        ("de", "Stellen Sie einem der Schalter eine Frage.", "loket"),
        ("de", "Ich beziehe Sozialhilfe.", "buergergeld"),
        ("fr", "Vous devez être sponsor reconnu.", "erkend-referent"),
        ("fr", "Vous demandez le A1 dans le pays de résidence.", "a1"),
    ],
)
def test_the_check_finds_the_variants_the_issue_reported(language, text, term):
    """The check itself: each variant named in issue 20 is caught."""
    [entry] = [entry for entry in GLOSSARY["terms"] if entry["key"] == term]
    assert any(word(variant).search(text) for variant in entry["forbidden"][language])
