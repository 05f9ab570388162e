"""schema.org structured data for the site as a whole (JSON-LD)."""

from django.templatetags.static import static

from core.structured_data import ORGANISATION_NAME, absolute


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
