"""URLs reversed once and reused (core.templatetags.core.id_url, portal.context_processors
.translated): each must be what Django's reverse and translate_url give, in every language."""

import pytest
from django.test import override_settings
from django.urls import reverse, translate_url
from django.utils import translation

from core.templatetags.core import id_url
from portal.context_processors import translated


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_an_id_url_is_the_reversed_url_for_every_id(language):
    with translation.override(language):
        for pk in (1, 9, 987654321, 12345678901234):
            assert id_url("answer_read", pk) == reverse("answer_read", args=[pk])


def test_an_id_url_follows_the_urlconf():
    with override_settings(ROOT_URLCONF="bench.urls"), translation.override("en"):
        assert id_url("answer_read", 3) == reverse("answer_read", args=[3])


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_a_translated_path_is_what_translate_url_gives_whatever_the_active_language(language):
    paths = ("/nl/", "/en/services/grensinfopunt/", "/de/topics/tax/", "/fr/no-such-page/")
    for active in ("nl", "de", "en", "fr"):
        with translation.override(active):
            for path in paths:
                assert translated(path, language) == translate_url(path, language), active
