"""What the docs show and what paper shows (issue 13):

- printing a desk page or the guide's answer leaves out navigation, search, forms and buttons
  and keeps the content;
- screenshots of the main pages at phone (360 px) and desktop (1,280 px) width, made by the test
  run. They go to a temporary folder; `SCREENSHOTS_DIR=docs/screenshots` puts them where
  docs/accessibility.md shows them."""

import os
import pathlib

import pytest

from tests.browser.submitting import submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HIDDEN_IN_PRINT = ["header nav", "form[role=search]", ".site-footer nav", "main form"]


PRINTED = [
    "/nl/services/grensinfopunt/",
    "/de/my-situation/?lives_in=BE&works_in=NL&role=employee",
    "/fr/services/expat-centre/",
]


def test_printed_pages_keep_the_content_and_leave_out_navigation_and_forms(site, browser, subtests):
    page = browser.new_page()
    page.emulate_media(media="print")
    for path in PRINTED:
        with subtests.test(path=path):
            page.goto(site + path)
            for selector in HIDDEN_IN_PRINT:
                for element in page.locator(selector).all():
                    assert not element.is_visible(), f"{selector} is printed on {path}"
            assert page.locator("main h1").is_visible()
            assert len(page.locator("main").inner_text()) > 200
            faqs = page.locator("details.faq > div")
            for answer in faqs.all()[:3]:
                assert answer.is_visible()  # closed FAQs print open
    page.close()


SCREENSHOTS = {
    "home": "/nl/",
    "desk": "/en/services/grensinfopunt/",
    "guide-answer": "/de/my-situation/?lives_in=BE&works_in=NL&role=employee",
    "conference": "/fr/conferences/demo-registration/",
}
WIDTHS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}


def test_screenshots_of_the_main_pages_at_phone_and_desktop_width(site, browser, tmp_path):
    folder = pathlib.Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    for width_name, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for name, path in SCREENSHOTS.items():
            page.goto(site + path)
            target = folder / f"{name}-{width_name}.png"
            page.screenshot(path=target, full_page=False)
            assert target.stat().st_size > 5_000
        context.close()
    # the error summary after a failed submit, as a phone shows it
    context = browser.new_context(viewport=WIDTHS["phone"])
    page = context.new_page()
    page.goto(site + "/en/conferences/demo-registration/")
    submit(page.locator("form:has(input[name=rendered_at]) button[type=submit]"))
    page.screenshot(path=folder / "error-summary-phone.png")
    context.close()
