"""What public pages show and what they read, declared by the code that owns it. The page cache
(portal/pagecache.py) reads these declarations and keeps no list of its own.

- **Models** say which public pages show their rows, in a class attribute `public_pages`:
  `EVERY_PAGE` (content: a change may show anywhere, in menus, search results, the sitemap),
  `NO_PAGE` (what visitors send and what the portal keeps for itself: feedback, questions,
  outgoing mail, counters, logs), or the names of the only views whose pages show them (a
  registration changes the seats left on its conference's page, nothing else). Saving or
  deleting a row then makes exactly those cached pages out of date; a visitor's submission never
  empties the cache. A many-to-many table follows the model that declares the field. Apps of other
  projects (auth, sessions, axes...) are declared by whoever installs them, with `declare_app`.
  `tests/portal/test_pagecache.py` fails on any installed model without a declaration.
- **Views** say which query parameters their page depends on, with `@query_parameters`: the page
  is cached per those (each cleaned by its function), and the view sees only those, so its page
  cannot depend on anything else. Others (`?utm_source=`, junk) are dropped. A view that declares
  nothing is cached only when asked without a query string. A parameter that may be given more
  than once (`?topic=tax&topic=pension`) is declared with `repeated(clean)`: each value cleaned,
  each once, in sorted order (one cached page per set of values), at most `most` of them.
- **Models whose pages change by the clock** (a registration opens, a consultation time starts)
  say when, with a class method `public_pages_change_at(now)` yielding the coming moments. The
  page cache keeps no page past the first of them (`next_change`), nor past midnight or the next
  scheduled publication.
- **Form views** (a page carrying a CSRF token) say which hidden fields hold per-visitor values,
  with `@form_page`: the page is stored with those cut out and filled in afresh for each visitor.
  A page with a CSRF token from a view not marked so is never stored.
"""

import functools
import re
from collections.abc import Callable

from django.apps import apps
from django.dispatch import Signal

# Sent (sender: the model) by code that writes rows without a save signal (`bulk_create`,
# `QuerySet.update`): the page cache then treats it as a save of that model.
rows_changed = Signal()

EVERY_PAGE = "every page"
NO_PAGE = ()

_apps: dict[str, object] = {}


def declare_app(app_label: str, pages=NO_PAGE) -> None:
    """For every model of an app whose code is not ours (a third-party app)."""
    _apps[app_label] = pages


def pages_showing(model):
    """EVERY_PAGE, the view names whose pages show `model`'s rows (NO_PAGE: none), or None when
    the model declares nothing."""
    owner = model._meta.auto_created  # a many-to-many table: the model that declares the field
    if owner:
        return pages_showing(owner)
    declared = getattr(model, "public_pages", None)
    if declared is None:
        declared = _apps.get(model._meta.app_label)
    if declared is None or declared == EVERY_PAGE:
        return declared
    return tuple(declared)


@functools.cache
def _clock_models() -> tuple:
    return tuple(m for m in apps.get_models() if hasattr(m, "public_pages_change_at"))


def clock_changes(now):
    """The coming moments at which, as their models declare, public pages change by the clock."""
    for model in _clock_models():
        yield from model.public_pages_change_at(now)


def query_parameters(*names: str, **cleaners: Callable[[str], str | None]):
    """The query parameters a view's page depends on: `names` as given, `cleaners` each through
    its function (which returns the value to use, or None to drop it)."""
    spec = dict.fromkeys(names, str) | cleaners

    def mark(view):
        view.page_query_parameters = spec
        return view

    return mark


def repeated(clean: Callable[[str], str | None], most: int = 10):
    """A query parameter given any number of times: `@query_parameters(topic=repeated(slug))`.
    Its values are each cleaned (None drops one), each kept once, sorted and cut to `most`, so
    that one set of values is one page whatever their order; the view reads them with
    `request.GET.getlist(name)`."""

    def clean_all(values: list[str]) -> list[str]:
        cleaned = {clean(value) for value in values}
        return sorted(value for value in cleaned if value is not None)[:most]

    clean_all.repeated = True
    return clean_all


def is_repeated(clean) -> bool:
    return getattr(clean, "repeated", False)


def slug(value: str) -> str | None:
    """A slug (ASCII letters, digits, hyphens and underscores, as a SlugField takes them, at
    most 50); anything else is dropped."""
    value = value.strip()
    return value if re.fullmatch(r"[-a-zA-Z0-9_]{1,50}", value, re.ASCII) else None


def form_page(**fields: Callable[[], str]):
    """A view whose page carries a form: its CSRF token and these hidden fields (each with the
    function that makes a fresh value) are made afresh for each visitor."""

    def mark(view):
        view.page_form_fields = fields
        return view

    return mark


def page_number(value: str) -> str | None:
    """A page of results: a whole number from 1 to 999; anything else means the first page."""
    value = value.strip()
    if value.isascii() and value.isdigit() and 1 <= int(value) <= 999:
        return str(int(value))
    return None
