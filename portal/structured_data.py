"""schema.org structured data (JSON-LD) for search engines, built from the same objects the page
shows, in the page's language. Templates render it with `{% json_ld %}` (a data block, not a
script, so the strict CSP is unaffected)."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.i18n import localize

ORGANISATION_NAME = "Werkportaal Zuid-Limburg"
DAYS = {
    1: "https://schema.org/Monday",
    2: "https://schema.org/Tuesday",
    3: "https://schema.org/Wednesday",
    4: "https://schema.org/Thursday",
    5: "https://schema.org/Friday",
    6: "https://schema.org/Saturday",
    7: "https://schema.org/Sunday",
}


def absolute(request, path):
    return request.build_absolute_uri(path)


def organization(request):
    return {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": ORGANISATION_NAME,
        "url": absolute(request, "/"),
        "logo": absolute(request, static("img/og-default.png")),
        "areaServed": "Zuid-Limburg",
        "member": [
            {"@type": "GovernmentOrganization", "name": name}
            for name in ("Gemeente Maastricht", "Gemeente Heerlen", "Gemeente Sittard-Geleen")
        ],
    }


def breadcrumbs(request, trail):
    """`trail`: [(name, path), ...] below the home page, down to this page."""
    trail = [(_("Home"), reverse("portal:home")), *trail]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": str(name), "item": absolute(request, path)}
            for n, (name, path) in enumerate(trail, start=1)
        ],
    }


def postal_address(location):
    address = {
        "@type": "PostalAddress",
        "addressLocality": location.city,
        "addressCountry": location.country,
    }
    if location.street_address:
        address["streetAddress"] = location.street_address
    if location.postal_code:
        address["postalCode"] = location.postal_code
    return address


def government_office(request, location):
    office = {
        "@type": "GovernmentOffice",
        "name": localize(location, "name").text,
        "address": postal_address(location),
    }
    if location.phone:
        office["telephone"] = location.phone
    if location.email:
        office["email"] = location.email
    if location.latitude is not None and location.longitude is not None:
        office["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        }
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": DAYS[slot.weekday],
            "opens": slot.opens.strftime("%H:%M"),
            "closes": slot.closes.strftime("%H:%M"),
        }
        for slot in location.hours.all()
    ]
    if hours:
        office["openingHoursSpecification"] = hours
    return office


def government_service(request, desk, locations):
    service = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": localize(desk, "name").text,
        "description": localize(desk, "summary").text,
        "url": absolute(request, desk.get_absolute_url()),
        "areaServed": ["NL", "BE", "DE"],
        "availableLanguage": [code for code, _name in settings.LANGUAGES],
        "provider": {"@type": "GovernmentOrganization", "name": ORGANISATION_NAME},
    }
    offices = [government_office(request, location) for location in locations]
    if offices:
        service["availableChannel"] = [
            {"@type": "ServiceChannel", "serviceLocation": office} for office in offices
        ]
    return service


def faq_page(faqs):
    from portal.richtext import render

    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": localize(faq, "question").text,
                "acceptedAnswer": {"@type": "Answer", "text": render(localize(faq, "answer").text)},
            }
            for faq in faqs
        ],
    }


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
        "organizer": {
            "@type": "GovernmentOrganization",
            "name": ORGANISATION_NAME,
            "url": absolute(request, "/"),
        },
    }
    return data
