"""URLs reversed once and reused (core.templatetags.core.id_url, core.i18n.kept_reverse,
portal.context_processors.translated): each must be what Django's reverse and translate_url
give, in every language, URLconf and script prefix."""

import pytest
from django.test import override_settings
from django.urls import reverse, set_script_prefix, translate_url
from django.utils import translation

from core.i18n import kept_reverse
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


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_a_kept_reverse_is_the_reversed_url_in_every_language_and_prefix(language):
    for prefix in ("/", "/portal/", "/"):
        set_script_prefix(prefix)
        try:
            with translation.override(language):
                for name, kwargs in [
                    ("services:desk", {"slug": "grensinfopunt"}),
                    ("services:desk", {"slug": "expat-centre"}),
                    ("services:topic", {"slug": "tax"}),
                    ("portal:about", {}),
                    ("set_language", {"language": "de"}),
                ]:
                    assert kept_reverse(name, **kwargs) == reverse(name, kwargs=kwargs)
        finally:
            set_script_prefix("/")


def test_a_kept_reverse_follows_the_urlconf():
    with translation.override("en"):
        portal = kept_reverse("set_language", language="de")
        with override_settings(ROOT_URLCONF="tests.core.other_urls"):
            assert kept_reverse("set_language", language="de") == "/elsewhere/de/"
        assert kept_reverse("set_language", language="de") == portal == "/language/de/"
