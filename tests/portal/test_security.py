"""Strict-CSP-ready pages and no request to a third party."""

import pathlib
import re

import pytest

from tests.factories import make_desk, make_faq, make_location, make_site_content, make_topic

pytestmark = pytest.mark.django_db
TEMPLATES = pathlib.Path(__file__).resolve().parents[2] / "templates"


def test_every_response_carries_a_strict_content_security_policy(client):
    make_desk(slug="desk")
    policy = client.get("/nl/services/desk/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.parametrize("template", sorted(TEMPLATES.rglob("*.html")), ids=str)
def test_templates_have_no_inline_script_style_or_handlers(template):
    source = template.read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", source), "inline <script>"
    assert "<style" not in source
    assert not re.search(r"\sstyle=", source)
    assert not re.search(r"\son[a-z]+=", source), "inline event handler"


def test_pages_load_nothing_from_third_parties(client):
    make_site_content()
    topic = make_topic(slug="tax")
    desk = make_desk(slug="desk")
    make_location(desk)
    make_faq(desk, topic)
    for url in ["/nl/", "/de/services/", "/en/services/desk/", "/fr/topics/tax/", "/nl/about/"]:
        html = client.get(url).content.decode()
        for tag in re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", html):
            for ref in re.findall(r'(?:src|href)="([^"]+)"', tag):
                if 'rel="alternate"' in tag or 'rel="canonical"' in tag:
                    continue
                assert ref.startswith("/"), f"{url} loads {ref}"
