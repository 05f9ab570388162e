"""Contrast of form controls and focus indicators, computed in the browser (WCAG 1.4.11 and
2.4.7): every control's border and every focus ring reach 3:1 against the background behind it,
and every element the keyboard reaches shows a focus ring. Styles are read with
getComputedStyle, never judged by eye."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/nl/conferences/demo-registration/",
    "/de/my-situation/",
    "/en/search/?q=xyzzy",
    "/fr/services/grensinfopunt/",
]

# Relative luminance and contrast ratio as WCAG 2.1 defines them; the background is the first
# ancestor's non-transparent background colour (white when there is none).
CONTRAST_JS = """
(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  window.contrast = (a, b) => {
    const [l1, l2] = [lum(rgb(a)), lum(rgb(b))].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  window.backgroundOf = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const c = getComputedStyle(node).backgroundColor;
      const parts = rgb(c);
      if (parts.length === 3 || (parts.length === 4 && parts[3] > 0)) return c;
    }
    return "rgb(255, 255, 255)";
  };
  window.describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (el.name ? "[name=" + el.name + "]" : "") + (el.className ? "." + el.className : "");
})()
"""

BORDERS_JS = """
() => [...document.querySelectorAll(
    "input:not([type=hidden]):not([type=submit]), select, textarea")]
  .filter((el) => el.offsetParent !== null && !el.closest("[aria-hidden=true]"))
  .map((el) => {
    const style = getComputedStyle(el);
    return {
      control: describe(el),
      ratio: contrast(style.borderTopColor, backgroundOf(el)),
      width: parseFloat(style.borderTopWidth),
    };
  })
"""

FOCUS_JS = """
() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    control: describe(el),
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    ratio: contrast(style.outlineColor, backgroundOf(el)),
  };
}
"""


def test_control_borders_reach_3_to_1(site, browser, subtests):
    for path in PAGES:
        with subtests.test(path=path):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(site + path)
            page.evaluate(CONTRAST_JS)
            controls = page.evaluate(BORDERS_JS)
            page.close()
            assert len(controls) >= 1
            weak = [c for c in controls if c["ratio"] < 3 or c["width"] < 1]
            assert weak == []


def test_every_element_the_keyboard_reaches_shows_a_3_to_1_focus_ring(site, browser, subtests):
    for path in PAGES:
        with subtests.test(path=path):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(site + path)
            page.evaluate(CONTRAST_JS)
            rings, seen = [], set()
            for _ in range(120):  # the whole page, header to footer
                page.keyboard.press("Tab")
                ring = page.evaluate(FOCUS_JS)
                if ring["control"] == "body" or (ring["control"], len(rings)) in seen:
                    break
                seen.add((ring["control"], len(rings)))
                rings.append(ring)
            page.close()
            assert len(rings) >= 10
            invisible = [
                r for r in rings if r["style"] == "none" or r["width"] < 2 or r["ratio"] < 3
            ]
            assert invisible == []
