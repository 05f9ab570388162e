"""Every interface string is translated in all four catalogues, and the catalogues are current."""

import os
import pathlib
import shutil

import pytest
from babel.messages.pofile import read_po
from django.apps import apps
from django.core.management import call_command
from django.test import override_settings

ROOT = pathlib.Path(__file__).resolve().parents[1]
LANGUAGES = ["nl", "de", "en", "fr"]


def catalogue(language, locale_dir=ROOT / "locale"):
    with open(locale_dir / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po, locale=language)


def msgids(cat):
    return {message.id for message in cat if message.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(language):
    cat = catalogue(language)
    assert len(msgids(cat)) > 50
    untranslated = [
        m.id
        for m in cat
        if m.id and not all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    fuzzy = [m.id for m in cat if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


def test_catalogues_hold_the_same_strings():
    reference = msgids(catalogue("nl"))
    for language in LANGUAGES:
        assert msgids(catalogue(language)) == reference, language


def test_translations_are_really_translated():
    """A few strings that must differ from the English source in every other language."""
    for language in ["nl", "de", "fr"]:
        cat = catalogue(language)
        for msgid in ["Service desks", "Frequently asked questions", "Page not found"]:
            message = cat.get(msgid)
            assert message is not None, (language, msgid)
            assert message.string and message.string != msgid, (language, msgid)


@pytest.mark.skipif(
    shutil.which("xgettext") is None and not os.environ.get("CI"),
    reason="GNU gettext is not installed here (CI installs it and runs this check)",
)
def test_catalogues_contain_every_string_in_the_code(tmp_path, monkeypatch):
    # makemessages writes into every `locale` folder it finds, so it runs on a copy of the code:
    # the project's own apps (whichever are installed), its templates and its catalogues.
    own = [pathlib.Path(c.path) for c in apps.get_app_configs()]
    own = [path for path in own if path.parent == ROOT]  # not those in .venv
    assert {folder.name for folder in own} >= {"core", "portal", "services"}
    for folder in [*own, ROOT / "templates", ROOT / "locale"]:
        shutil.copytree(folder, tmp_path / folder.name)
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command(
            "makemessages",
            locale=["de"],
            no_location=True,
            ignore_patterns=[],
            verbosity=0,
        )
    fresh = msgids(catalogue("de", tmp_path / "locale"))
    missing = fresh - msgids(catalogue("de"))
    assert not missing, f"run `make messages` and translate: {sorted(missing, key=str)}"
    # And nothing the code no longer asks for (or asks for in a way xgettext cannot see, such as
    # an alias of gettext_noop): `make messages` would drop it, translation and all.
    dropped = msgids(catalogue("de")) - fresh
    assert not dropped, f"not found in the code: {sorted(dropped, key=str)}"
