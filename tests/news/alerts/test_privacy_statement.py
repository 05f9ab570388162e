"""The privacy statement (seed content) says what subscribing to news alerts keeps, why and how
long, in four languages, beside what it said before."""

import re

import pytest

from portal.models import Page

pytestmark = pytest.mark.django_db

SECTIONS = {
    "nl": ("Nieuwsberichten per e-mail", "Delen met anderen"),
    "de": ("Nachrichten per E-Mail", "Weitergabe an andere"),
    "en": ("News by e-mail", "Sharing with others"),
    "fr": ("Actualités par e-mail", "Partage avec des tiers"),
}


def test_the_privacy_statement_covers_news_alerts_in_four_languages(seeded, settings):
    privacy = Page.objects.get(slug="privacy")
    days = settings.UNCONFIRMED_SUBSCRIPTION_DAYS
    said = {
        "nl": [f"binnen {days} dagen", "verwijderen wij uw e-mailadres meteen", "trackingpixels"],
        "de": [
            f"innerhalb von {days} Tagen",
            "löschen wir Ihre E-Mail-Adresse sofort",
            "Zählpixel",
        ],
        "en": [f"within {days} days", "we delete your e-mail address at once", "tracking pixels"],
        "fr": [
            f"dans les {days} jours",
            "supprimons immédiatement votre adresse",
            "pixels de suivi",
        ],
    }
    for language, words in said.items():
        body = getattr(privacy, f"body_{language}")
        sections = dict(
            part.split("\n", 1) for part in re.split(r"^## ", body, flags=re.MULTILINE)[1:]
        )
        news, sharing = SECTIONS[language]
        assert len(sections) == 9, (language, list(sections))  # the eight it had, and this one
        headings = list(sections)
        assert headings.index(news) + 1 == headings.index(sharing)
        for word in words:
            assert word in sections[news], (language, word)
