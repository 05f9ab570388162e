"""schema.org structured data for desks, their offices and FAQs (JSON-LD)."""

from django.conf import settings

from core.i18n import localize
from core.richtext import render
from core.structured_data import absolute, publisher

DAYS = {
    1: "https://schema.org/Monday",
    2: "https://schema.org/Tuesday",
    3: "https://schema.org/Wednesday",
    4: "https://schema.org/Thursday",
    5: "https://schema.org/Friday",
    6: "https://schema.org/Saturday",
    7: "https://schema.org/Sunday",
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
        "provider": publisher(request),
    }
    if desk.name_explains:  # the name people are told to look for, in any language
        service["alternateName"] = desk.official_name
    offices = [government_office(request, location) for location in locations]
    if offices:
        service["availableChannel"] = [
            {
                "@type": "ServiceChannel",
                "serviceLocation": office,
                # A property of the channel (and of ContactPoint), not of the service itself.
                "availableLanguage": [code for code, _name in settings.LANGUAGES],
            }
            for office in offices
        ]
    return service


def faq_page(faqs):
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
