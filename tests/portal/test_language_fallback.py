"""Which language `/` and unprefixed addresses pick (issue 13): a browser asking only for
languages we do not have gets English; Dutch stays the default for Dutch browsers and for
requests that name no language; the switcher's cookie still wins."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("pl", "/en/"),
        ("pl-PL,pl;q=0.9", "/en/"),
        ("es-ES, it;q=0.8, tr;q=0.5", "/en/"),
        ("pl, nl;q=0.1", "/nl/"),  # Dutch is among the wishes
        ("nl-BE", "/nl/"),
        ("de-AT,de;q=0.9", "/de/"),
        ("pl, fr-BE;q=0.8", "/fr/"),
        ("en-US", "/en/"),
        ("*", "/nl/"),  # anything goes: the default
        ("", "/nl/"),
        ("@@@ not a header", "/nl/"),
        ("pl;q=0", "/nl/"),  # "not Polish" asks for nothing
        (None, "/nl/"),  # no header at all (crawlers, scripts)
    ],
)
def test_home_redirect_follows_the_browser_with_english_for_other_languages(
    client, accept_language, expected
):
    headers = {} if accept_language is None else {"accept-language": accept_language}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unprefixed_page_sends_a_polish_browser_to_the_english_page(client):
    response = client.get("/services/grensinfopunt/", headers={"accept-language": "pl"})
    assert response["Location"] == "/en/services/grensinfopunt/"


@pytest.mark.parametrize("chosen", ["nl", "de", "fr"])
def test_the_switchers_choice_beats_the_fallback(client, chosen):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = chosen
    response = client.get("/", headers={"accept-language": "pl"})
    assert response["Location"] == f"/{chosen}/"


def test_a_prefixed_page_keeps_its_language(client):
    response = client.get("/nl/", headers={"accept-language": "pl"})
    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
