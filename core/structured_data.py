"""schema.org structured data (JSON-LD) that every app builds on: absolute URLs, the publisher and
breadcrumbs. Each app owns the builders for its own content (services/desks/structured_data.py,
conferences/structured_data.py); templates render them with `{% json_ld %}` (a data block, not a
script, so the strict CSP is unaffected)."""

from django.urls import reverse
from django.utils.translation import gettext as _

ORGANISATION_NAME = "Werkportaal Zuid-Limburg"


def absolute(request, path):
    return request.build_absolute_uri(path)


def publisher(request):
    """The organisation behind the portal, as provider or organiser of what it offers."""
    return {
        "@type": "GovernmentOrganization",
        "name": ORGANISATION_NAME,
        "url": absolute(request, "/"),
    }


def breadcrumbs(request, trail):
    """`trail`: [(name, path), ...] below the home page, down to this page; None for the home
    page itself (a list of one is no breadcrumb trail)."""
    if not trail:
        return None
    trail = [(_("Home"), reverse("portal:home")), *trail]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": str(name), "item": absolute(request, path)}
            for n, (name, path) in enumerate(trail, start=1)
        ],
    }
