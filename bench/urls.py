"""The portal's URLs plus /bench/bare/: a view that does nothing, through the same middleware."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import handler500, urlpatterns  # noqa: F401 (handler500 is read from here)


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *urlpatterns]
