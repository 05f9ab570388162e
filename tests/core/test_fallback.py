"""A text missing in the visitor's language falls back, marked with its own language."""

import pytest

from core.i18n import localize, missing_languages
from tests.factories import make_desk, make_faq, make_topic, texts

pytestmark = pytest.mark.django_db


def test_missing_german_falls_back_to_english_then_dutch():
    desk = make_desk(summary_de="", summary_en="")
    value = localize(desk, "summary", "de")
    assert value.language == "nl"
    assert value.is_fallback

    desk.summary_en = "In English"
    assert localize(desk, "summary", "de").language == "en"
    assert localize(desk, "summary", "de").text == "In English"


def test_the_fallbacks_are_those_of_the_settings_now(settings):
    """localize() keeps each field's columns in order per language: a change of
    FALLBACK_LANGUAGES is seen."""
    desk = make_desk(summary_de="", summary_en="")
    assert localize(desk, "summary", "de").language == "nl"
    settings.FALLBACK_LANGUAGES = {"de": ["fr", "nl"]}
    assert localize(desk, "summary", "de").language == "fr"


def test_text_in_the_visitors_language_is_not_a_fallback():
    desk = make_desk()
    value = localize(desk, "name", "fr")
    assert value.language == "fr"
    assert not value.is_fallback


def test_fallback_text_is_marked_with_its_language_and_a_note(client):
    topic = make_topic(slug="tax")
    desk = make_desk(slug="expat", name_fr="", description_fr="")
    make_faq(desk, topic, answer_fr="")

    html = client.get("/fr/services/expat/").content.decode()

    # The title, fallen back to English, carries lang="en" and a (visually hidden) explanation.
    assert '<span lang="en">Desk' in html
    assert "Description of desk" in html
    assert '<div class="fallback" lang="en">' in html
    assert "pas encore disponible" in html  # the visible note, in French


def test_missing_languages_lists_languages_that_lack_a_text_others_have():
    desk = make_desk(summary_fr="", description_de="")
    assert missing_languages(desk, ["name", "summary", "description"]) == ["de", "fr"]


def test_a_text_of_only_spaces_is_missing_and_languages_come_in_their_order():
    desk = make_desk(name_fr=" \n", summary_nl="", summary_de="", description_en="")
    missing = missing_languages(desk, ["description", "summary", "name"])
    assert missing == ["nl", "de", "en", "fr"]
    assert missing_languages(desk, ["name"]) == ["fr"]


def test_a_field_empty_in_every_language_is_not_missing():
    desk = make_desk(**texts("audience", "", []))
    assert missing_languages(desk, ["audience"]) == []
