"""The portal looks like what it is (issue 13): an official service of three municipalities, with
its own SVG mark, clear calls to action and a footer with contact, privacy, accessibility and
the languages; no web fonts; a print stylesheet."""

import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.factories import make_site_content

pytestmark = pytest.mark.django_db

PUBLISHERS = {
    "nl": "Gemeenten Heerlen, Maastricht en Sittard-Geleen",
    "de": "Gemeinden Heerlen, Maastricht und Sittard-Geleen",
    "en": "Municipalities of Heerlen, Maastricht and Sittard-Geleen",
    "fr": "Communes de Heerlen, Maastricht et Sittard-Geleen",
}


@pytest.fixture
def content():
    make_site_content()


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_every_page_names_the_publishers_and_shows_the_mark(client, content, language):
    html = client.get(f"/{language}/services/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert PUBLISHERS[language] in header
    assert re.search(r'<img class="site-mark" src="/static/img/wordmark[^"]*\.svg" alt=""', header)


@pytest.mark.parametrize("language", ["nl", "de", "en", "fr"])
def test_footer_has_contact_privacy_accessibility_and_the_languages(client, content, language):
    html = client.get(f"/{language}/about/").content.decode()
    footer = html[html.index("<footer") : html.index("</footer>")]
    assert re.search(rf'href="/{language}/(services|contact)/"', footer)  # contact a desk
    assert f'href="/{language}/privacy/"' in footer
    assert f'href="/{language}/accessibility/"' in footer
    others = re.findall(r'href="/language/(\w\w)/', footer)
    assert sorted(others + [language]) == sorted(code for code, _ in settings.LANGUAGES)


def test_home_page_offers_the_three_calls_to_action(client, content):
    html = client.get("/en/").content.decode()
    actions = html[html.index('class="calls-to-action"') :]
    actions = actions[: actions.index("</nav>")]
    labels = re.findall(r'class="btn[^"]*" href="[^"]+">([^<]+)</a>', actions)
    assert labels == [
        "Contact a desk",
        "Book a consultation at a desk",
        "Register for a conference",
    ]


def test_no_web_fonts_and_a_print_stylesheet():
    css = open(finders.find("css/portal.css"), encoding="utf-8").read()
    assert "@font-face" not in css and "fonts.googleapis" not in css
    print_rules = css[css.index("@media print") :]
    for hidden in [".main-nav", ".site-search", ".guide-form", "main form"]:
        assert hidden in print_rules
    svg = open(finders.find("img/wordmark.svg"), encoding="utf-8").read()
    assert "<text" not in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
