"""security.txt, Permissions-Policy (the issue's "also missing") and double escaping
(finding 12)."""

import datetime

import pytest
from django.utils import timezone

from core.richtext import plain
from portal.models import Page
from portal.search import snippet
from tests.factories import make_site_content

pytestmark = pytest.mark.django_db


def test_security_txt_follows_rfc_9116(client, settings):
    settings.SECURITY_CONTACT = "mailto:security@werkportaal.example.nl"
    settings.SITE_URL = "https://werkportaal.example.nl"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:security@werkportaal.example.nl"
    assert fields["Canonical"] == "https://werkportaal.example.nl/.well-known/security.txt"
    expires = datetime.datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ")
    expires = expires.replace(tzinfo=datetime.UTC)
    assert timezone.now() < expires < timezone.now() + datetime.timedelta(days=365)


@pytest.mark.parametrize("url", ["/nl/", "/healthz", "/admin/login/", "/.well-known/security.txt"])
def test_every_response_carries_a_permissions_policy(client, url):
    make_site_content()
    policy = client.get(url)["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_plain_text_is_text_not_html():
    assert plain("Werk & wonen: **1 < 2**") == "Werk & wonen: 1 < 2"


def test_search_snippets_are_escaped_once():
    html = snippet("Werk & wonen over de grens", "wonen")
    assert "Werk &amp; " in html and "&amp;amp;" not in html


def test_meta_description_is_escaped_once(client):
    make_site_content()
    Page.objects.filter(slug=Page.Slug.ABOUT).update(intro_nl="Werk & wonen in Zuid-Limburg")
    html = client.get("/nl/about/").content.decode()
    assert 'content="Werk &amp; wonen in Zuid-Limburg"' in html
    assert "&amp;amp;" not in html
