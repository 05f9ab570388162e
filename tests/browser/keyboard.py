"""Keyboard-only helpers for browser tests: fill in and send a form, or follow a link or press a
button, with Tab, arrows, Space and Enter only, as someone without a mouse does.

    complete_form_by_keyboard(page, {"name": "Anna", "organisation_kind": "campus",
                                     "privacy_consent": True}, submit="Register")
    activate_by_keyboard(page, "Cancel my registration")

Pointed at any form: fields are found by their `name`, the submit button by its visible text.
A field the keyboard never reaches, or a form that cannot be sent, fails the test."""

MAX_TABS = 250

ACTIVE = """() => {
  const el = document.activeElement;
  return {
    tag: el.tagName.toLowerCase(),
    type: (el.getAttribute("type") || "").toLowerCase(),
    name: el.getAttribute("name") || "",
    value: el.value === undefined ? "" : String(el.value),
    checked: Boolean(el.checked),
    text: (el.innerText || el.value || "").trim(),
    visible: Boolean(el.offsetWidth || el.offsetHeight || el.getClientRects().length),
  };
}"""


def focused(page) -> dict:
    return page.evaluate(ACTIVE)


def _fill_text(page, value):
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(value)


def _choose_radio(page, value, name):
    """Arrow keys move through a radio group and select; Space selects the first."""
    for _ in range(20):
        element = focused(page)
        if element["name"] != name:
            break
        if element["value"] == value:
            if not element["checked"]:
                page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"option {value!r} of {name!r} not reachable with the arrow keys")


def complete_form_by_keyboard(page, answers: dict, submit: str) -> list[str]:
    """Tab from the top of the page; answer each field named in `answers` when focus reaches it
    (text: typed; radio: the value; checkbox: True ticks it); press Enter on the button whose text
    contains `submit`. Returns the names of the fields reached, in order."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    pending, reached = dict(answers), []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        assert element["visible"] or element["tag"] == "body", f"focus on a hidden {element}"
        name = element["name"]
        if name and name not in reached:
            reached.append(name)
        if name in pending:
            value = pending.pop(name)
            if element["type"] == "radio":
                _choose_radio(page, value, name)
            elif element["type"] == "checkbox":
                if bool(value) != element["checked"]:
                    page.keyboard.press("Space")
            else:
                _fill_text(page, value)
        elif element["tag"] == "button" and submit in element["text"]:
            assert not pending, f"the keyboard reached the button before {sorted(pending)}"
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return reached
    raise AssertionError(f"no button {submit!r} reached by keyboard; still to fill: {pending}")


def activate_by_keyboard(page, text: str) -> None:
    """Tab to the link or button whose text contains `text` and press Enter."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if element["tag"] in ("a", "button") and text in element["text"]:
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return
    raise AssertionError(f"no link or button {text!r} reached by keyboard")
