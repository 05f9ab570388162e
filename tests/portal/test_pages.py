"""Every public page type exists in all four languages and says which language it is in."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]


@pytest.fixture
def content(site_content):
    return site_content


def page_urls(language):
    with translation.override(language):
        return {
            "home": reverse("portal:home"),
            "about": reverse("portal:about"),
            "privacy": reverse("portal:privacy"),
            "accessibility": reverse("portal:accessibility"),
            "services": reverse("services:overview"),
            "desk": reverse("services:desk", kwargs={"slug": "grensinfopunt"}),
            "topics": reverse("services:topics"),
            "topic": reverse("services:topic", kwargs={"slug": "tax"}),
            "conferences": reverse("conferences:list"),
            "conference": reverse("conferences:detail", kwargs={"slug": "geleen"}),
        }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "page",
    [
        "home",
        "about",
        "privacy",
        "accessibility",
        "services",
        "desk",
        "topics",
        "topic",
        "conferences",
        "conference",
    ],
)
def test_page_exists_in_each_language_with_its_alternates(client, content, language, page):
    url = page_urls(language)[page]
    assert url.startswith(f"/{language}/")

    response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert html.count("<h1") == 1
    assert f'<link rel="canonical" href="http://testserver{url}">' in html
    for other in LANGUAGES:
        other_url = page_urls(other)[page]
        assert (
            f'<link rel="alternate" hreflang="{other}" href="http://testserver{other_url}">' in html
        )
    neutral_url = page_urls("nl")[page].removeprefix("/nl")
    assert f'hreflang="x-default" href="http://testserver{neutral_url}"' in html


def test_pages_show_content_in_the_visitors_language(client, content):
    response = client.get("/de/services/grensinfopunt/")
    html = response.content.decode()
    assert "Desk" in html and "[de]" in html
    assert "[nl]" not in html


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("de-DE,de;q=0.9", "/de/"),
        ("fr-BE", "/fr/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("nl", "/nl/"),
        ("pl", "/en/"),  # none of ours: English (tests/portal/test_language_fallback.py)
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_language_switcher_keeps_the_page_and_wins_next_time(client, content):
    page = client.get("/nl/services/grensinfopunt/").content.decode()
    switch = re.search(r'href="(/language/de/\?next=[^"]+)"', page).group(1)

    response = client.get(switch.replace("&amp;", "&"))

    assert response.status_code == 302
    assert response["Location"] == "/de/services/grensinfopunt/"
    # The choice beats the browser's Accept-Language on the next visit to /.
    again = client.get("/", headers={"accept-language": "fr"})
    assert again["Location"] == "/de/"


def test_language_switcher_keeps_the_page_whatever_the_browser_language(client, content):
    response = client.get(
        "/language/fr/?next=/de/services/grensinfopunt/", headers={"accept-language": "en"}
    )
    assert response["Location"] == "/fr/services/grensinfopunt/"


def test_language_switcher_refuses_to_redirect_elsewhere(client):
    response = client.get("/language/en/?next=https://evil.example/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_language_switcher_rejects_an_unknown_language(client):
    assert client.get("/language/xx/?next=/nl/").status_code == 404


def test_404_is_in_the_visitors_language(client):
    response = client.get("/de/does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert "Seite nicht gefunden" in html


def test_500_page_is_in_the_visitors_language(rf):
    from portal.views import server_error

    with translation.override("fr"):
        response = server_error(rf.get("/fr/"))
    assert response.status_code == 500
    assert '<html lang="fr">' in response.content.decode()
    assert "Un problème est survenu" in response.content.decode()


@pytest.mark.parametrize(
    "next_url",
    [
        "",
        "//evil.example/",
        "javascript:alert(1)",
        "/nl/%00",
        "/nl/\r\nSet-Cookie: x=1",
        "/" + "a" * 5000,
        "/de/services/../../etc/passwd",
        "\u202e/nl/",
        "/nl/?q=😀",
    ],
)
def test_language_switcher_never_fails_on_odd_input(client, next_url):
    response = client.get("/language/de/", {"next": next_url})
    assert response.status_code == 302
    assert response["Location"].startswith("/")
    assert "\n" not in response["Location"]


@pytest.mark.parametrize(
    "path", ["/nl/services/%00/", "/de/topics/" + "x" * 3000 + "/", "/fr/services/😀/", "/xx/"]
)
def test_odd_urls_get_a_404_not_a_500(client, path):
    assert client.get(path).status_code == 404
