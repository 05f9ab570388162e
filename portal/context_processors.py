import functools
from urllib.parse import urlencode

from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from core.i18n import current_language, kept_reverse, resolving_context
from core.redaction import redact

OG_LOCALES = {"nl": "nl_NL", "de": "de_DE", "en": "en_GB", "fr": "fr_BE"}
DEFAULT_DESCRIPTION = _(
    "Living on one side of the border and working on the other, or hiring internationally in "
    "South Limburg: find the right desk, its answers and how to reach it."
)


def x_default(versions):
    """For visitors whose language is none of ours: the page's address without its language
    prefix, which sends each visitor to their version (language cookie, then browser, then
    Dutch). The sitemap's rule (Django's `Sitemap.x_default`), so both say the same."""
    code = settings.LANGUAGE_CODE
    default = next(version for version in versions if version["code"] == code)
    return default["url"].replace(f"/{code}/", "/", 1)


MEMO_PATH_LENGTH = 200


@functools.lru_cache(maxsize=4096)
def _translated(path, code, active, urlconf, prefix):
    return translate_url(path, code)


def translated(path, code):
    """translate_url(path, code), once per path, language, active language (translate_url
    resolves the path in it) and URLconf: a resolve and a reverse for each language of every
    page, about 50 µs each. Long paths (anyone can make them up) are not kept."""
    if len(path) > MEMO_PATH_LENGTH:
        return translate_url(path, code)
    return _translated(path, code, *resolving_context())


def site(request):
    """Language versions of the current page: hreflang alternates, canonical link, switcher."""
    language = current_language()
    found = getattr(request, "resolver_match", None) is not None
    path = request.path if found else f"/{language}/"
    # The query as the view sees it: for a cached page, only the parameters its view declares
    # (portal.pagecache), so a page never carries what one visitor added to its address.
    query = request.GET.urlencode() if found else ""
    next_path = f"{path}?{query}" if query else path
    # A personal link never goes into a query string (where logs and proxies keep it): on such a
    # page the switcher links straight to the translated page.
    personal = redact(next_path) != next_path
    versions = []
    for code, _name in settings.LANGUAGES:
        # A personal address is not kept in memory (translated() keeps what it makes).
        url = translate_url(path, code) if personal else translated(path, code)
        info = get_language_info(code)
        versions.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "switch_url": url
                if personal
                else kept_reverse("set_language", language=code)
                + "?"
                + urlencode({"next": next_path}),
                "is_current": code == language,
                "og_locale": OG_LOCALES[code],
            }
        )
    canonical = request.build_absolute_uri(path) if found else ""
    return {
        "default_description": DEFAULT_DESCRIPTION,
        "og_image_url": request.build_absolute_uri(static("img/og-default.png")),
        "language_versions": versions,
        # What the header's and footer's switchers show (all they are keyed by: {% frame %}).
        "switcher": [
            {key: version[key] for key in ("code", "name_local", "switch_url", "is_current")}
            for version in versions
        ],
        "personal_page": personal,
        "x_default_url": request.build_absolute_uri(x_default(versions)),
        "canonical_url": canonical,
        # On every page: the canonical address, or for an error page the one asked for.
        "og_url": canonical or request.build_absolute_uri(request.path),
    }
