"""Sending a form in a browser test and reading the page that answers it.

`page.wait_for_load_state()` after a click may return at once, for the page the click was made
on (it has loaded already), so that what follows reads the old page: `submit` waits for the
page the form posts to. The browser applies `autofocus` when it next renders, which may come
after the load event: `focus_after_load` waits for the focus to settle (a few seconds at most)."""

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

FOCUSED_ID = "() => document.activeElement && document.activeElement.id"


def submit(button) -> None:
    """Click a form's submit button (a Locator) and wait until the answer has loaded."""
    with button.page.expect_navigation():
        button.click()


def focus_after_load(page, expected: str, timeout_ms: int = 5000) -> str:
    """The id of the element with the focus: `expected` once it has it, else whatever has it
    after `timeout_ms` (so that the test's assert says what had the focus instead)."""
    try:
        page.wait_for_function(
            "id => document.activeElement && document.activeElement.id === id",
            arg=expected,
            timeout=timeout_ms,
        )
    except PlaywrightTimeoutError:
        pass
    return page.evaluate(FOCUSED_ID)
