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
  `post_init`: asked on every call, from Django's own record of receivers per sender;
- no class of its MRO has an `__init__` of its own (a mixin's runs through Django's
  `super().__init__()`) and it has no `__setattr__`; a model with a `from_db` of its own keeps it.
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
    """Give each of `models` this module's `from_db` (core/apps.py: every model), unless it has
    one of its own."""
    for model in models:
        if all("from_db" not in klass.__dict__ for klass in model.__mro__ if klass is not Model):
            model.from_db = classmethod(from_db)


def from_db(cls, db, field_names, values, *, fetch_mode=None):
    columns = _columns(cls)
    if columns is None or len(values) != len(columns) or not _only_modeltranslation_listens(cls):
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


def _only_modeltranslation_listens(model):
    """No receiver of pre_init for `model`, and none of post_init but modeltranslation's: asked
    each time (Django keeps the answer per sender until a receiver comes or goes)."""
    before, before_async = pre_init._live_receivers(model)
    after, after_async = post_init._live_receivers(model)
    if before or before_async or after_async:
        return False
    return all(receiver is delete_mt_init for receiver in after)


@functools.cache
def _columns(model):
    """The attribute names of `model`'s columns, in their order, if its instances may be filled
    in (see the module's docstring); else None."""
    if not all(map(_constructs_as_django, _inits(model))):
        return None
    if inspect.getattr_static(model, "__setattr__") is not object.__setattr__:
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


def _inits(model):
    """Every __init__ that constructing `model` may run: one per class of its MRO that has one
    (a mixin's is reached through Model.__init__'s super().__init__())."""
    return [klass.__dict__["__init__"] for klass in model.__mro__ if "__init__" in klass.__dict__]


def _constructs_as_django(init):
    if init is Model.__init__ or init is object.__init__:
        return True
    # modeltranslation's wrapper (modeltranslation.translator.patch_constructor), of Django's
    # or of a parent's wrapper
    if getattr(init, "__qualname__", "") != "patch_constructor.<locals>.new_init":
        return False
    return _constructs_as_django(inspect.getclosurevars(init).nonlocals.get("old_init"))
