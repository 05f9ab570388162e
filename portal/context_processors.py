from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language_info

from portal.i18n import current_language


def site(request):
    """Language versions of the current page: hreflang alternates, canonical link, switcher."""
    language = current_language()
    found = getattr(request, "resolver_match", None) is not None
    path = request.path if found else f"/{language}/"
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        info = get_language_info(code)
        versions.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "switch_url": reverse("set_language", kwargs={"language": code})
                + "?"
                + urlencode({"next": request.get_full_path() if found else path}),
                "is_current": code == language,
            }
        )
    default = next(v for v in versions if v["code"] == settings.LANGUAGE_CODE)
    return {
        "language_versions": versions,
        "x_default_url": default["absolute_url"],
        "canonical_url": request.build_absolute_uri(path) if found else "",
    }
