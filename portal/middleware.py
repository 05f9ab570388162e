import math
from functools import wraps

from django.conf import settings
from django.middleware import locale
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import split_header_value

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
    change = cached_next_scheduled_change()
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


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, which names `Accept-Language` in `Vary` for every URL without a language prefix,
    except for the views marked `language_neutral`, which do not read it."""

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
