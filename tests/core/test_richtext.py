"""Rich text: paragraphs, lists and links come through; nothing unsafe reaches a visitor."""

import pytest

from core.richtext import render


def test_markdown_paragraphs_lists_and_links():
    html = render("First.\n\nSecond with [a link](https://www.grensinfo.nl).\n\n- one\n- two")
    assert "<p>First.</p>" in html
    assert '<a href="https://www.grensinfo.nl" rel="noopener noreferrer">a link</a>' in html
    assert "<ul>" in html and "<li>one</li>" in html


@pytest.mark.parametrize(
    "evil",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="#" onclick="alert(1)">x</a>',
        '<p style="color:red">x</p>',
        "<iframe src='https://evil.example'></iframe>",
        "<style>body{display:none}</style>",
    ],
)
def test_unsafe_markup_is_removed(evil):
    html = render(evil)
    for bad in (
        "<script",
        "onerror",
        "javascript:",
        "onclick",
        "style=",
        "<iframe",
        "<style",
        "<img",
    ):
        assert bad not in html.lower()


def test_empty_text_renders_nothing():
    assert render("") == ""
