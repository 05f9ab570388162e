"""schema.org structured data for a conference edition (JSON-LD Event)."""

from django.conf import settings
from django.templatetags.static import static

from core.i18n import localize
from core.structured_data import absolute, publisher


def event(request, conference):
    place = {
        "@type": "Place",
        "name": conference.venue_name,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": conference.city,
            "addressCountry": "NL",
            **({"streetAddress": conference.venue_address} if conference.venue_address else {}),
        },
    }
    url = absolute(request, conference.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": localize(conference, "title").text,
        "description": localize(conference, "summary").text,
        "startDate": conference.starts_at.isoformat(),
        "endDate": conference.ends_at.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
        "image": [absolute(request, static("img/og-default.png"))],
        "url": url,
        "inLanguage": [code for code, _name in settings.LANGUAGES],
        "isAccessibleForFree": True,
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "EUR",
            "url": url,
            "availability": "https://schema.org/InStock"
            if conference.registration_is_open()
            else "https://schema.org/OutOfStock",
            **(
                {"validFrom": conference.registration_opens_at.isoformat()}
                if conference.registration_opens_at
                else {}
            ),
        },
        "organizer": publisher(request),
    }
    return data
