"""The accessibility statement follows the Dutch model (issue 13): scope, status, how and when it
was tested (naming what the automated and browser tests check), known issues and a contact
that works, in four languages."""

import re

import pytest
from django.urls import NoReverseMatch, reverse

pytestmark = pytest.mark.django_db

HEADINGS = {
    "nl": ["Reikwijdte", "Status", "Hoe en wanneer wij testen", "Bekende problemen", "Contact"],
    "de": ["Geltungsbereich", "Status", "Wie und wann wir testen", "Bekannte Probleme", "Kontakt"],
    "en": ["Scope", "Status", "How and when we test", "Known issues", "Contact"],
    "fr": [
        "Champ d",
        "Statut",
        "Comment et quand nous testons",
        "Problèmes connus",
        "Contact",
    ],
}


@pytest.mark.parametrize("language", HEADINGS)
def test_statement_has_the_dutch_models_parts_and_names_what_the_tests_check(
    client, seeded, language
):
    html = client.get(f"/{language}/accessibility/").content.decode()
    headings = re.findall(r"<h2[^>]*>([^<]+)</h2>", html)
    for expected in HEADINGS[language]:
        assert any(h.startswith(expected) for h in headings), (expected, headings)
    for fact in ["3:1", "320", "200", "axe-core", "WCAG 2.1", "Heerlen, Maastricht"]:
        assert fact in html, fact


def test_statement_contact_is_a_working_link(client, seeded):
    html = client.get("/en/accessibility/").content.decode()
    block = html[html.index('id="accessibility-contact-heading"') :]
    href = re.search(r'<a class="btn btn-primary" href="([^"]+)"', block).group(1)
    try:
        expected = reverse("services:contact")  # the question form, once it exists
    except NoReverseMatch:
        expected = reverse("services:overview")
    assert href == expected.replace("/nl/", "/en/")
    assert client.get(href).status_code == 200
