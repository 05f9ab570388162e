"""`make bench`'s bare view is served only under its own URLconf, never by the portal's."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_bare_view_is_not_a_production_url():
    assert Client().get("/bench/bare/").status_code == 404


def test_the_bench_urlconf_serves_the_bare_view_through_the_middleware(settings):
    settings.ROOT_URLCONF = "bench.urls"
    response = Client().get("/bench/bare/")
    assert response.status_code == 200 and response.content == b"ok"
    assert "Content-Security-Policy" in response  # the same middleware as every page
    assert Client().get("/nl/").status_code == 200  # and the portal's own URLs
