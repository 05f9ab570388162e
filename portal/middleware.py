from django.conf import settings
from django.utils.cache import patch_cache_control


class PublicCacheMiddleware:
    """Let browsers and shared caches keep anonymous public pages for a while (per URL, so per
    language); never anything a logged-in member of staff sees, nor anything that sets a cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response:
            return response
        user = getattr(request, "user", None)
        cacheable = (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            and not (user is not None and user.is_authenticated)
            and not getattr(request, "csrf_cookie_needs_update", False)
            and "CSRF_COOKIE" not in request.META
        )
        if cacheable:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response
