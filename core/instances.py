"""Model instances read from the database, made by filling them in rather than through __init__.

A desk page reads some 140 rows into model instances (its answers, their topics, sources and
notes, its locations and their hours), and a desk with 500 answers over 1,100: Django's
`Model.from_db` calls the model's `__init__` with every column, which modeltranslation wraps
(rewriting keyword names, setting a flag) and which sends `pre_init` and `post_init`, each
column set through its descriptor. That was about a tenth of an uncached desk page.

For a model where all of that has no effect on an instance read with every column, `from_db`
makes the instance and puts the columns in its `__dict__`, as Django's `__init__` would leave
them. A model qualifies (`_columns`) when:
- its `__init__` is Django's, or modeltranslation's wrapper of Django's (whose flag only tells
  its descriptors that the constructor is setting them, which they then store as they are);
- every column is set through a descriptor that stores the value as it is: Django's
  `DeferredAttribute` (a foreign key's too: a new instance has nothing cached to forget) or
  modeltranslation's descriptor of a translated field that is no foreign key;
- nothing listens to `pre_init` for it, and only modeltranslation (removing its flag) to
  `post_init`. Receivers connected later are seen: the check is made again whenever the number
  of either signal's receivers changes.
A row with a column left out (`.only()`, `.defer()`) is made by Django as before.
`tests/core/test_instances.py` compares both ways for every model.
"""

import functools
import inspect

from django.db.models import Model
from django.db.models.base import ModelState
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init
from modeltranslation.fields import TranslationFieldDescriptor
from modeltranslation.translator import delete_mt_init

_django_from_db = Model.from_db.__func__


def install(models):
    """Give each of `models` this module's `from_db` (core/apps.py: every model of the project's
    own apps)."""
    for model in models:
        model.from_db = classmethod(from_db)


def from_db(cls, db, field_names, values, *, fetch_mode=None):
    columns = _columns_now(cls)
    if columns is None or len(values) != len(columns):
        return _django_from_db(cls, db, field_names, values, fetch_mode=fetch_mode)
    new = object.__new__(cls)
    state = ModelState()
    state.adding = False
    state.db = db
    if fetch_mode is not None:
        state.fetch_mode = fetch_mode
    new.__dict__["_state"] = state
    new.__dict__.update(zip(columns, values, strict=True))
    return new


_receivers_seen = None


def _columns_now(model):
    """_columns(model), checked again whenever receivers of pre_init or post_init came or went."""
    global _receivers_seen
    receivers = (len(pre_init.receivers), len(post_init.receivers))
    if receivers != _receivers_seen:
        _columns.cache_clear()
        _receivers_seen = receivers
    return _columns(model)


@functools.cache
def _columns(model):
    """The attribute names of `model`'s columns, in their order, if its instances may be filled
    in (see the module's docstring); else None."""
    if not _constructed_by_django(model.__init__):
        return None
    if pre_init.has_listeners(model):
        return None
    listening, listening_async = post_init._live_receivers(model)
    if listening_async or any(receiver is not delete_mt_init for receiver in listening):
        return None
    columns = []
    for field in model._meta.concrete_fields:
        descriptor = inspect.getattr_static(model, field.attname, None)
        stored_as_is = type(descriptor) is DeferredAttribute or (
            isinstance(descriptor, DeferredAttribute) and field.is_relation
        )
        translated = isinstance(descriptor, TranslationFieldDescriptor) and not field.is_relation
        if not (stored_as_is or translated):
            return None
        columns.append(field.attname)
    return tuple(columns)


def _constructed_by_django(init):
    if init is Model.__init__:
        return True
    # modeltranslation's wrapper (modeltranslation.translator.patch_constructor)
    if getattr(init, "__qualname__", "") != "patch_constructor.<locals>.new_init":
        return False
    wrapped = inspect.getclosurevars(init).nonlocals.get("old_init")
    return wrapped is Model.__init__
