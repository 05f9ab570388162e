"""Parts of a page rendered once for the content they show: `{% fragment "template" name=value %}`.

A desk page shows hundreds of answers, each with its sources and notes, and Django's template
engine takes 100-200 µs to render one. An answer's HTML depends only on what was read from the
database for it and on what URLs are (the language, the URLconf, the script prefix), so each
process keeps the HTML of a fragment, keyed by its template, those and everything its values
hold: every column loaded of each model instance, of the instances loaded with it
(`select_related`, `prefetch_related`, including `to_attr` lists) and of their own, and any
plain value (a str, a number, a date, a bool) or list or dict of them. A page that reads the
same rows again gets the same HTML without rendering it; an answer saved with any change renders
anew, and nothing else does. This is not a cache of content: every query still runs on every
request, and what is shown is always what those rows say now. The page's header and footer are
kept the same way (`{% frame %}`), keyed by the links of its language switcher and its section,
in a store of their own: one per address, which missing pages and searches multiply.

What a fragment may read, so that the key is the whole of it:
- only the values it is given (its template gets no other context: no request, no user);
- of a model instance, only what is loaded (a field left out by `.only()` would be a query per
  fragment, which the query-count tests catch);
- nothing that depends on the time or the visitor: a property such as `is_live` is passed as
  a value of its own (`live=faq.is_live`).
A JSONField's value is part of the key as it is (its dicts and lists as tuples). A fragment
given a value of any other kind (a queryset, a form), or an instance holding one that cannot be
part of a key, is rendered every time.

The kept HTML is forgotten when any setting changes (templates, languages, formats), when
runserver sees a file change (a template, a catalogue), and when more than FRAGMENTS_KEPT are
kept. Each entry keeps its key, which holds the rows' texts in every language: with the seed's
answers some 14 KB an entry, so up to about 60 MB a process at the limit. A desk page, a topic
page and the guide key the same answer differently (what was loaded with it differs). Frames:
at most FRAMES_KEPT (1,024), some 5 KB each; none for a personal page (its address, in the
language links, holds the visitor's token: core.templatetags.core.frame).
"""

import datetime
import decimal
import functools
import operator
import uuid

from django.core.signals import setting_changed
from django.db.models import JSONField, Model
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.autoreload import file_changed

from core.i18n import resolving_context


class KeptHTML(dict):
    """HTML made once per key in each process: at most `most` entries (beyond them all are
    forgotten, so that made-up keys cannot fill memory), and all forgotten when any setting
    changes or runserver sees a file change (a template, a catalogue). The answers and frames
    here; the question form's markup (core.templatetags.core.crispy_markup) and the
    feedback form's (portal/templatetags/feedback.py)."""

    def __init__(self, most):
        super().__init__()
        self.most = most
        _EVERY_KEPT.append(self)

    def keep(self, key, html):
        if len(self) >= self.most:
            self.clear()
        self[key] = html
        return html


_EVERY_KEPT: list[KeptHTML] = []
FRAGMENTS_KEPT = 4096
_kept = KeptHTML(FRAGMENTS_KEPT)
# The pages' frames (header, footer: `{% frame %}`), one per address shown: apart from the
# content's fragments, so that addresses (missing pages, searches) cannot push the answers out.
FRAMES_KEPT = 1024
_frames = KeptHTML(FRAMES_KEPT)

_PLAIN = (str, int, float, decimal.Decimal, datetime.date, datetime.time, uuid.UUID, type(None))
# Attributes Django keeps on an instance that are not what it shows.
_NOT_CONTENT = frozenset({"_state", "_prefetched_objects_cache"})
_DEFERRED = object()  # stands for a column not loaded


def render(template_name, values, kept=_kept):
    """The template rendered with `values` (and nothing else), as kept for the same content
    (in `kept`: the content's fragments, or the frames')."""
    try:
        key = (
            template_name,
            resolving_context(),
            tuple((name, _content(value)) for name, value in sorted(values.items())),
        )
        html = kept.get(key)
    except TypeError:  # a value that cannot be part of a key: rendered each time
        return render_to_string(template_name, values)
    if html is None:
        html = kept.keep(key, render_to_string(template_name, values))
    return html


def render_frame(template_name, values):
    """A page's header or footer (`{% frame %}`), kept apart from the content's fragments."""
    return render(template_name, values, kept=_frames)


def _content(value, seen=()):
    """What `value` holds, as a key (see the module's docstring)."""
    if isinstance(value, _PLAIN):  # bool is an int
        return (type(value), value)  # 1 and True, 0 and None, told apart
    if isinstance(value, Model):
        return _instance(value, seen)
    if isinstance(value, (list, tuple)):
        return (list, tuple(_content(item, seen) for item in value))
    if type(value) is dict:  # the language switcher's versions (portal.context_processors.site)
        return (dict, tuple((key, _content(item, seen)) for key, item in value.items()))
    raise TypeError(f"a fragment's key cannot hold a {type(value).__name__}")


@functools.cache
def _columns_of(model):
    """Reads the values of `model`'s columns from an instance's __dict__ (as loaded, without
    the descriptors: modeltranslation's would answer in the active language), and the names of
    the attributes that are not columns."""
    fields = model._meta.concrete_fields
    attnames = tuple(field.attname for field in fields)
    json = tuple(index for index, field in enumerate(fields) if isinstance(field, JSONField))
    return attnames, operator.itemgetter(*attnames), json, frozenset(attnames) | _NOT_CONTENT


def _frozen(value):
    """A JSONField's value as a key: its dicts and lists as tuples."""
    if isinstance(value, dict):
        return (dict, tuple((key, _frozen(item)) for key, item in value.items()))
    if isinstance(value, list):
        return (list, tuple(_frozen(item) for item in value))
    return value


def _instance(instance, seen):
    """Every column loaded of `instance`, and what was loaded with it."""
    if id(instance) in seen:  # a relation back to an instance already in the key
        return (type(instance), "seen", instance.pk)
    seen = (*seen, id(instance))
    loaded = instance.__dict__
    attnames, columns, json, not_extra = _columns_of(type(instance))
    try:
        values = columns(loaded)
        more = len(loaded) > len(attnames) + 1  # than the columns and _state
    except KeyError:  # deferred (.only()): what is not loaded is not shown
        values = tuple(loaded.get(name, _DEFERRED) for name in attnames)
        more = True
    if json:
        values = list(values)
        for index in json:
            values[index] = _frozen(values[index])
        values = tuple(values)
    related = instance._state.fields_cache
    prefetched = loaded.get("_prefetched_objects_cache", {})
    return (
        type(instance),
        values,
        # Attributes set with it: prefetch_related's to_attr lists, annotations.
        tuple((name, _content(loaded[name], seen)) for name in sorted(loaded.keys() - not_extra))
        if more
        else (),
        tuple((name, _content(other, seen)) for name, other in related.items()) if related else (),
        tuple((name, _content(list(rows), seen)) for name, rows in prefetched.items())
        if prefetched
        else (),
    )


@receiver(setting_changed)
@receiver(file_changed)
def _forget(**kwargs):
    """A setting changed, or runserver reloads templates and catalogues without restarting:
    what they made goes too. Returns None, so that Django's own receivers of file_changed decide
    whether to restart."""
    for kept in _EVERY_KEPT:
        kept.clear()
