import math
from functools import wraps

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponseRedirect
from django.middleware import locale
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import split_header_value
from django.utils.translation.trans_real import parse_accept_lang_header

from core.publishing import cached_next_scheduled_change


class HeadMiddleware:
    """A HEAD response is GET's headers without the body (RFC 9110, 9.3.2). Django's test client
    and runserver drop the body themselves; gunicorn sends what it gets, and warns each time.
    Outermost, so every header, Content-Length included, is GET's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "HEAD":
            if response.streaming:
                response.streaming_content = []
            else:
                length = response.get("Content-Length")
                response.content = b""
                if length is not None:
                    response["Content-Length"] = length
        return response


class PublicCacheMiddleware:
    """Let browsers and shared caches keep anonymous public pages for a while (per URL, so per
    language); never anything a logged-in member of staff sees, nor anything that sets a cookie,
    shows a visitor a message meant for them (e.g. "registration has closed") or carries a form
    token.

    It asks who the visitor is only when the view did (and so the session middleware names
    `Cookie` in `Vary`): a response that never looked at the session is the same for everyone,
    and asking here would add a `Vary: Cookie` that is not true."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response
        session = getattr(request, "session", None)
        messages = getattr(request, "_messages", None)
        cacheable = (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            and not (session is not None and session.accessed and request.user.is_authenticated)
            and not (messages is not None and messages.used)
            # get_token() was called: the page carries a form token (Django 6.1 sets this).
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        )
        if cacheable:
            patch_cache_control(response, public=True, max_age=public_max_age())
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response


def public_max_age() -> int:
    """PUBLIC_CACHE_SECONDS, but never beyond the next scheduled publication or unpublication:
    a cache must not keep showing a page after an item on it was due to appear or disappear."""
    max_age = settings.PUBLIC_CACHE_SECONDS
    try:
        change = cached_next_scheduled_change()
    except DatabaseError:
        # A page that needed no database (robots.txt) while the database is away: cacheable,
        # but only briefly, as the schedule could not be read.
        return min(max_age, 60)
    if change is not None:
        seconds = math.ceil((change - timezone.now()).total_seconds())
        max_age = max(0, min(max_age, seconds))
    return max_age


def language_neutral(view):
    """For a view whose response is the same in every language (robots.txt, the sitemap, the
    health check, the language switch): LocaleMiddleware then says neither `Vary:
    Accept-Language` nor `Content-Language`."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    wrapper.language_neutral = True
    return wrapper


# The language for a browser that asks only for languages the portal does not have (Polish,
# Spanish...): more of those visitors read English than Dutch. Dutch, LANGUAGE_CODE, stays the
# default for Dutch browsers and for requests that name no language at all.
FOREIGN_BROWSER_LANGUAGE = "en"


def asks_only_for_other_languages(request) -> bool:
    """True when Accept-Language names languages, none of them one of ours."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    asked = [code for code, quality in parse_accept_lang_header(header) if code != "*" and quality]
    if not asked:
        return False  # absent, empty, "*" or unreadable: nothing known, Dutch
    for code in asked:
        try:
            translation.get_supported_language_variant(code)
        except LookupError:
            continue
        return False
    return True


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, with two changes: a browser asking only for languages we do not have gets
    English rather than Dutch (the path's language and the switcher's cookie still win), and
    `Accept-Language` is not named in `Vary` for the views marked `language_neutral`, which do
    not read it."""

    def process_request(self, request):
        super().process_request(request)
        if (
            request.LANGUAGE_CODE == settings.LANGUAGE_CODE
            and not translation.get_language_from_path(request.path_info)
            and not self._cookie_language(request)
            and asks_only_for_other_languages(request)
        ):
            translation.activate(FOREIGN_BROWSER_LANGUAGE)
            request.LANGUAGE_CODE = translation.get_language()

    @staticmethod
    def _cookie_language(request):
        code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        try:
            return code and translation.get_supported_language_variant(code)
        except LookupError:
            return None

    def process_response(self, request, response):
        response = super().process_response(request, response)
        match = getattr(request, "resolver_match", None)
        if match is not None and getattr(match.func, "language_neutral", False):
            remove_vary(response, "Accept-Language")
            del response["Content-Language"]
        return response


def remove_vary(response, header):
    kept = [
        name
        for name in split_header_value(response.get("Vary", ""))
        if name.lower() != header.lower()
    ]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class StaffTwoFactorMiddleware:
    """No admin page for a staff session that has not passed its second factor (portal.otp):
    without a device, set one up; with one, enter a code. The login and logout pages and the
    two-factor pages themselves stay open. Only /admin/ is looked at: public pages are untouched
    (no session read, no query)."""

    OPEN = ("/admin/login/", "/admin/logout/", "/admin/two-factor/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and not request.path.startswith(self.OPEN):
            user = request.user
            if user.is_authenticated and user.is_staff and not user.is_verified():
                from django_otp import user_has_device

                step = "two_factor_verify" if user_has_device(user) else "two_factor_setup"
                return redirect_to(step, request.get_full_path())
        return self.get_response(request)


def redirect_to(name, next_path):
    from django.shortcuts import resolve_url
    from django.utils.http import urlencode

    return HttpResponseRedirect(f"{resolve_url(name)}?{urlencode({'next': next_path})}")


class PermissionsPolicyMiddleware:
    """The Permissions-Policy header on every response: no camera, microphone, location, ..."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
