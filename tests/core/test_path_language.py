"""core.i18n.path_language: the language of a path's prefix, kept per path, as Django says it."""

import pytest
from django.utils.translation import get_language_from_path

from core.i18n import path_language

PATHS = ["/nl/", "/de/news/", "/en/topics/tax/", "/fr/search/", "/xx/", "/sitemap.xml", "/", "/nl"]


@pytest.mark.parametrize("path", PATHS)
def test_the_language_of_a_path_is_djangos(path):
    assert path_language(path) == get_language_from_path(path)


def test_a_language_no_longer_served_has_no_paths(settings):
    assert path_language("/fr/search/") == "fr"
    settings.LANGUAGES = [("nl", "Nederlands"), ("de", "Deutsch"), ("en", "English")]
    assert path_language("/fr/search/") is None
