"""Queries whose SQL is compiled once per process, and the current time as a query value.

A page's queries have the same shape on every request; only their values change: the time, a
desk's id. Django compiles each queryset's SQL anew, which was the larger part of the ORM's cost
on an uncached page (the home page's desks: about 250 µs to compile, 60 µs to run).

`@prepared` on a function that builds a queryset from plain values keeps, per process,
database, language and shape, the SQL Django compiled for stand-ins of those values, and where
each value goes in its parameters. Evaluating the queryset as it is (iterating, `len`, `bool`)
sends the kept SQL with the real values in their places, and reads its rows with the converters
worked out for the first. Once a shape's SQL has been checked against a real call, later calls
do not build the queryset again (building it, filters and all, cost more than running it): they
get a copy of the first call's, carrying their own values (and prefetches of their own, but
made by the first call). Whatever is chained on it (`.first()`, `.count()`, `.filter()`) builds
it anew from those values (`build(*args)`), in the language of its call, and is compiled as
usual; so is a copy evaluated on another database. Copies are made only when the prefetches'
SQL is the same for both sets of stand-ins: a prefetch that depends on the values, or on a time
read when it is built, has the queryset built on every call.

A copy's prefetches keep their SQL too. Django filters each by the rows it is for
(`field__in=instances`), building and compiling that condition anew with their ids on every
request (on a desk page with 522 answers, about a tenth of its time, and PostgreSQL plans a list
of 522 values each time). A copy's prefetch holds that condition back and is compiled once per
database, with the ids as one parameter (`field__in_ids`: `= ANY(array)` on PostgreSQL,
`IN (SELECT value FROM json_each(…))` on SQLite), so the SQL is the same for any number of rows
(see _ByIds). Any other condition (a sliced prefetch's window, a relation not joined on the
primary key) is left to Django.

The function's arguments:
- an int or a str may only go into a filter's value as it is (`desk_id=desk_id`);
- a bool or None may change the query's shape (`staff`): each is part of the key;
- 0 and "" are not prepared (the queryset is compiled as usual): a function may test them.
What guards this: the query is compiled for two sets of stand-ins, and anything that differs
between the two but is not one of them (a value changed on its way: a LIKE pattern, `+ 1`,
`.lower()`) or an argument found nowhere refuses to prepare (ImproperlyConfigured); on its first
use with real values, the query they build must compile to the kept SQL with them in place.
The clock reaches the SQL only as `CurrentTime()`, `Today()` and `LocalTime()` (what
`published()`, the conferences' `upcoming()` and `past()`, and the bookable slots use): a
`timezone.now()` in a filter would be kept with the SQL. A function must not read anything
else that changes (a setting, the database).
"""

import contextvars
import copy
import datetime
import functools
import json

from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.db.models import (
    DateField,
    DateTimeField,
    Expression,
    Field,
    ForeignObject,
    Lookup,
    Model,
    Prefetch,
    Q,
    TimeField,
)
from django.db.models.constants import LOOKUP_SEP
from django.db.models.sql import Query
from django.utils import timezone, translation

# While set, the clock's expressions compile to stand-ins (_Clock), found again in the parameters.
_STAND_INS = contextvars.ContextVar("prepared_stand_ins", default=False)


class _Clock:
    """A value of the clock, standing in the parameters of SQL kept to be sent again."""

    def __init__(self, name, field, value):
        self.name, self.field, self.value = name, field, value

    def __repr__(self):
        return f"<stand-in for {self.name}>"

    def sql(self, compiler, connection):
        if _STAND_INS.get():
            return "%s", [self]
        return "%s", [self.field.get_db_prep_value(self.value(_time_of(compiler)), connection)]


NOW = _Clock("the current time", DateTimeField(), lambda now: now)
LOCAL_TIME = _Clock(
    "the current local time of day", TimeField(), lambda now: timezone.localtime(now).time()
)


@functools.cache
def _date(days):
    return _Clock(
        f"the local date in {days} days",
        DateField(),
        lambda now: timezone.localdate(now) + datetime.timedelta(days=days),
    )


class CurrentTime(Expression):
    """`timezone.now()`, read when the query is compiled: a condition on "now" that can be built
    (or compiled, see `prepared`) once and still be true later."""

    output_field = DateTimeField()

    def as_sql(self, compiler, connection):
        return NOW.sql(compiler, connection)


class LocalTime(Expression):
    """The local time of day (`timezone.localtime().time()`), read when the query is compiled."""

    output_field = TimeField()

    def as_sql(self, compiler, connection):
        return LOCAL_TIME.sql(compiler, connection)


class Today(Expression):
    """`timezone.localdate()`, `days` later (or earlier), read when the query is compiled."""

    output_field = DateField()

    def __init__(self, days=0):
        super().__init__()
        self.days = days

    def as_sql(self, compiler, connection):
        return _date(self.days).sql(compiler, connection)


def _time_of(compiler):
    """The time a query is compiled at: one for all its conditions."""
    if (now := getattr(compiler, "current_time", None)) is None:
        now = compiler.current_time = timezone.now()
    return now


def compile_with_stand_ins(compiler):
    """compiler.as_sql(), with stand-ins in the parameters where the clock's values go
    (`clock_values` fills them in)."""
    token = _STAND_INS.set(True)
    try:
        return compiler.as_sql()
    finally:
        _STAND_INS.reset(token)


def clock_values(params, connection):
    """`params` with the clock's values, now, where its stand-ins stand."""
    now = timezone.now()
    return [
        param.field.get_db_prep_value(param.value(now), connection)
        if isinstance(param, _Clock)
        else param
        for param in params
    ]


# Two sets of stand-ins for int and str arguments: small ints (within any integer column's range,
# so no lookup refuses them), and strs that a transform or a LIKE escape would change (case, _, %
# and the \x1f that str.strip() removes). Compiling with both tells the places of the arguments
# (where the one set's stand-in stands in one compile and the other's in the other) from
# constants (the same in both), and finds values changed on their way (in neither).
_STAND_INS_FIRST, _STAND_INS_SECOND = 20_001, 21_001
_STR_STAND_IN = "\x1fPrep_%{}{}\x1f"


def _is_value(arg):
    """An int or a str: given a stand-in and found in the parameters (bool and None are shape)."""
    return isinstance(arg, (int, str)) and not isinstance(arg, bool)


def _stand_in(position, value, first):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return (_STAND_INS_FIRST if first else _STAND_INS_SECOND) + position
    if isinstance(value, str):
        return _STR_STAND_IN.format("a" if first else "b", position)
    raise TypeError(f"a prepared query takes ints, strs, bools and None, not {type(value)}")


class _Compiled:
    """A compiler that has compiled a query for stand-ins, and where each argument goes."""

    def __init__(self, build, args, connection):
        self.build = build
        compiled, prefetches = [], []
        for first in (True, False):
            stand_ins = [_stand_in(position, arg, first) for position, arg in enumerate(args)]
            queryset = build(*stand_ins)
            compiler = queryset.query.get_compiler(connection=connection)
            compiled.append((compiler, *compile_with_stand_ins(compiler), stand_ins))
            prefetches.append(_prefetches_of(queryset, connection))
        (self.compiler, self.sql, params, firsts), (_, other_sql, others, seconds) = compiled
        # Later calls may be copies of a checked one (queryset_for) only when nothing else that
        # comes with the query depends on the values or on when it was built: the prefetches'
        # SQL (a time read when building differs between the two builds too).
        self.copyable = prefetches[0] == prefetches[1]
        self.params = list(params)
        if other_sql != self.sql or len(others) != len(params):
            self._refuse("its SQL depends on the values")
        # (position in params, position in args, the param's type) for each argument that
        # reached the SQL; the type is the adapter's (psycopg's Int2 for a small integer column).
        self.places = []
        for index, (one, other) in enumerate(zip(params, others, strict=True)):
            if _is_value(one) and one in firsts:
                position = firsts.index(one)
                if other == seconds[position]:
                    self.places.append((index, position, type(one)))
                    continue
            if one != other:
                self._refuse(f"parameter {index} changes with the values but is not one of them")
        reached = {position for _index, position, _type in self.places}
        for position, arg in enumerate(args):
            if _is_value(arg) and position not in reached:
                self._refuse(f"argument {position} does not reach the SQL as it is")
        self.checked = False
        # After the check: the queryset of that call (never evaluated), copied for later calls.
        self.template = None
        # The ids of the kept compiler's columns (kept alive by it), whose converters each
        # connection keeps (compiler_for).
        self.columns = frozenset(id(column) for column, *_rest in self.compiler.select)

    def _refuse(self, why):
        raise ImproperlyConfigured(f"{self.build.__qualname__} cannot be prepared: {why}")

    def params_for(self, args):
        """The kept parameters with `args` in their places (and the clock's stand-ins)."""
        params = list(self.params)
        for index, position, adapted in self.places:
            value = args[position]
            params[index] = value if type(value) is adapted else adapted(value)
        return params

    def check(self, query, args, connection):
        """Once per process and kept query, on its first real use: the query built with the
        real values compiles to the kept SQL with those values in their places."""
        sql, params = compile_with_stand_ins(query.get_compiler(connection=connection))
        if (sql, list(params)) != (self.sql, self.params_for(args)):
            self._refuse("the query built with real values compiles to other SQL")
        self.checked = True

    def compiler_for(self, args, connection):
        """A copy of the kept compiler that sends the kept SQL, on `connection`, with `args`
        and the clock's values."""
        params = clock_values(self.params_for(args), connection)
        return _sending(self.compiler, self.sql, params, connection, self.columns, id(self))

    def queryset_for(self, args):
        """A copy of the checked call's queryset, with `args` as its values (see
        `_PreparedQuery.clone` for what is chained on it)."""
        queryset = _copy_of(self.template)
        queryset.query.prepared_args, queryset.query.built = args, False
        queryset.query.prepared_language = translation.get_language()
        return queryset


def _sending(kept, sql, params, connection, columns, converters_key):
    """A copy of the `kept` compiler that sends `sql` with `params` on `connection`, and reads
    the rows with converters kept per connection and `converters_key` (for `columns`, the ids
    of the kept compiler's columns)."""
    params = tuple(params)  # as_sql's: a tuple
    compiler = copy.copy(kept)
    compiler.connection = connection
    compiler.as_sql = lambda *given, **named: (sql, params)
    # Kept with the connection (results_iter asks on every evaluation), so that they go with it:
    # SQLite's are its own bound methods.
    kept_converters = connection.__dict__.setdefault("prepared_converters", {}).setdefault(
        converters_key, {}
    )

    def get_converters(expressions):
        key = tuple(map(id, expressions))
        if (converters := kept_converters.get(key)) is None:
            converters = type(compiler).get_converters(compiler, expressions)
            if columns.issuperset(key):  # not parts made for this call (ColPairs')
                kept_converters[key] = converters
        return converters

    compiler.get_converters = get_converters
    return compiler


# By database alias, build function, language and the bool/None arguments: one process-wide
# (gevent workers make a connection per request).
_KEPT: dict[tuple, _Compiled] = {}
# Reached without building the queryset: by build function, language and shape (the alias is the
# template's, checked against the kept compiler's).
_TEMPLATES: dict[tuple, _Compiled] = {}
# What a prepared query carries, removed from its plain clone. A copy (queryset_for) carries its
# call's language too (`prepared_language`), but is never cloned as it is: it is built anew.
_PREPARED_ATTRIBUTES = ("prepared", "prepared_args", "prepared_alias", "plain_class", "built")


class _PreparedQuery:
    """Mixed into a built queryset's Query (see `prepared`): its compiler is the kept one, with
    this call's values. Any change clones it, and the clone is a plain Query again: of this
    query, when it was built with this call's values (`built`), else of the query they build."""

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        if using:
            connection = connections[using]
        if connection is None or connection.alias != self.prepared_alias:
            if not self.built:  # a copy: compiled as the query its values build
                return self.clone().get_compiler(using, connection, elide_empty)
            return super().get_compiler(using, connection, elide_empty)
        return self.prepared.compiler_for(self.prepared_args, connection)

    def clone(self):
        if not self.built:  # a copy of another call's query: its conditions hold their values
            with translation.override(self.prepared_language):
                return self.prepared.build(*self.prepared_args).query.clone()
        clone = super().clone()
        clone.__class__ = self.plain_class
        for name in _PREPARED_ATTRIBUTES:
            del clone.__dict__[name]
        return clone

    def __reduce_ex__(self, protocol):
        return _unpickled, (self.clone(),)  # pickled as the plain query it is


def _unpickled(query):
    return query


@functools.cache
def _prepared_class(query_class):
    return type(f"Prepared{query_class.__name__}", (_PreparedQuery, query_class), {})


def _copy_of(queryset):
    """A copy of a queryset not evaluated yet and of its query, attribute by attribute (a
    QuerySet's own copy would evaluate it; its clone would build the query anew)."""
    copied = object.__new__(type(queryset))
    copied.__dict__.update(queryset.__dict__)
    copied._hints = dict(queryset._hints)
    copied._known_related_objects = dict(queryset._known_related_objects)
    query = object.__new__(type(queryset.query))
    query.__dict__.update(queryset.query.__dict__)
    copied.query = query
    copied._iterable_class = queryset._iterable_class  # the setter made it ValuesIterable
    # Prefetching adds hints to a Prefetch's queryset: each copy has its own.
    copied._prefetch_related_lookups = tuple(map(_own_prefetch, queryset._prefetch_related_lookups))
    return copied


def _prefetches_of(queryset, connection):
    """What a queryset's prefetches are: each lookup, and its queryset's SQL as compiled with the
    clock's stand-ins."""
    described = []
    for lookup in queryset._prefetch_related_lookups:
        if isinstance(lookup, Prefetch) and lookup.queryset is not None:
            compiler = lookup.queryset.query.get_compiler(connection=connection)
            sql, params = compile_with_stand_ins(compiler)
            described.append((lookup.prefetch_through, lookup.to_attr, sql, list(params)))
        else:
            described.append(lookup)
    return described


def _own_prefetch(lookup):
    """A Prefetch of a copy: its own object and queryset (see queryset_for), whose SQL, with
    the ids of the rows it is for, is kept with the copied one's (_ByIds)."""
    if not isinstance(lookup, Prefetch):
        return lookup
    own = copy.copy(lookup)
    if lookup.queryset is not None:
        own.queryset = _copy_of(lookup.queryset)
        query = own.queryset.query
        if not isinstance(query, _ByIds):  # a copy of the first call's: the template's own
            query.__class__ = _by_ids_class(type(query))
            query.kept_by_ids = {}  # then shared by the copies of the template (_copy_of)
        query.by_ids = None
    return own


class _IdsParameter:
    """Where a prefetch's ids go in its kept SQL."""

    def __repr__(self):
        return "<the prefetched rows' ids>"


_IDS = _IdsParameter()


@ForeignObject.register_lookup  # (relations look up only their own, from ForeignObject down)
@Field.register_lookup
class InIds(Lookup):
    """`field__in_ids=…`: in a list of ids sent as one parameter (an array on PostgreSQL, JSON
    on SQLite), so that the SQL is the same for any number of them. Only prefetches of prepared
    queries use it (with _IDS, see _ByIds)."""

    lookup_name = "in_ids"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", (*params, self.rhs)
        return f"{lhs} IN (SELECT value FROM json_each(%s))", (*params, self.rhs)


def _ids_value(ids, connection):
    return ids if connection.vendor == "postgresql" else json.dumps(ids)


class _KeptByIds:
    """A prefetch's SQL compiled with _IDS where its rows' ids go."""

    def __init__(self, query, name, connection):
        plain = query.plain_clone()
        plain.add_q(Q((f"{name}__in_ids", _IDS)), reuse_all=True)
        self.compiler = plain.get_compiler(connection=connection)
        self.sql, params = compile_with_stand_ins(self.compiler)
        self.params = list(params)
        self.place = self.params.index(_IDS)
        self.columns = frozenset(id(column) for column, *_rest in self.compiler.select)

    def compiler_for(self, ids, connection):
        params = list(self.params)
        params[self.place] = _ids_value(ids, connection)
        params = clock_values(params, connection)
        return _sending(self.compiler, self.sql, params, connection, self.columns, id(self))


class _ByIds:
    """Mixed into the Query of a prefetch of a prepared query's copy (_own_prefetch). Django
    filters a prefetch by the instances it is for (`field__in=instances`), building and
    compiling the condition anew with their ids: 1-10 ms on a page of hundreds of answers. Here
    that condition is held back (`by_ids`: the field and the ids), and the query is compiled
    once per database, with the ids as one parameter (InIds), kept in a dict that the copies
    of a template's query share (`kept_by_ids`; the template is per language; not pickled).
    What else Django adds to it (the join table's column for a many-to-many relation,
    `.extra()`) is part of the key. Only the condition Django's prefetch adds is held back (it
    alone reuses every join), and only for integer keys."""

    def add_q(self, q_object, reuse_all=False):
        # Only Django's prefetch adds a condition reusing every join (reuse_all): a filter
        # chained later (`desk.faqs.filter(topic__in=[…])` on a prefetched manager, whose
        # queryset is this one) is added as usual.
        if reuse_all and self.by_ids is None and (by_ids := _prefetched_ids(self, q_object)):
            self.by_ids = by_ids
            return
        super().add_q(q_object, reuse_all)

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        if self.by_ids is None:
            return super().get_compiler(using, connection, elide_empty)
        if using:
            connection = connections[using]
        name, ids = self.by_ids
        key = (connection.alias, name, tuple(self.extra), len(self.where.children), elide_empty)
        if (kept := self.kept_by_ids.get(key)) is None:
            kept = self.kept_by_ids[key] = _KeptByIds(self, name, connection)
        return kept.compiler_for(ids, connection)

    def plain_clone(self):
        """A clone of this query as Django would have it (without the condition held back)."""
        clone = self.clone()
        clone.__class__ = self.by_ids_plain_class
        del clone.__dict__["by_ids"], clone.__dict__["kept_by_ids"]
        return clone

    def __reduce_ex__(self, protocol):
        if self.by_ids is not None:
            raise TypeError("a prefetch's query is pickled before it is filtered, not after")
        return _unpickled, (self.plain_clone(),)


@functools.cache
def _by_ids_class(query_class):
    return type(
        f"ByIds{query_class.__name__}", (_ByIds, query_class), {"by_ids_plain_class": query_class}
    )


@functools.cache
def _joins_on_pk(query_model, name, model):
    """Whether `name` from `query_model` joins `model` on its primary key."""
    query = Query(query_model)
    path = query.names_to_path(name.split(LOOKUP_SEP), query.get_meta())[0]
    return bool(path) and path[-1].target_fields == (model._meta.pk,)


def _prefetched_ids(query, q_object):
    """(field, ids) of the condition Django's prefetch adds, `field__in=instances`, where the
    relation joins on the instances' primary key (`to_field` otherwise); None for any other."""
    if q_object.negated or len(q_object.children) != 1:
        return None
    (child,) = q_object.children
    if not isinstance(child, tuple) or not child[0].endswith("__in"):
        return None
    name, instances = child[0].removesuffix("__in"), child[1]
    if not isinstance(instances, list) or not instances:
        return None
    model = type(instances[0])
    if not isinstance(instances[0], Model) or any(type(item) is not model for item in instances):
        return None
    ids = [instance.pk for instance in instances]
    # Integers only: other keys (a UUID, a date) would need their database form, in JSON too.
    if any(type(pk) is not int for pk in ids) or not _joins_on_pk(query.model, name, model):
        return None
    return name, ids


def prepared(build):
    """Decorator: `build(*args)` returns a queryset whose SQL is compiled once per database,
    language and bool/None arguments (see the module's docstring)."""

    @functools.wraps(build)
    def run(*args):
        if any(not arg for arg in args if _is_value(arg)):
            return build(*args)  # 0 or "": a build may test it, where a stand-in is never false
        shape = tuple(arg if arg is None or isinstance(arg, bool) else type(arg) for arg in args)
        language = translation.get_language()
        compiled = _TEMPLATES.get((build, language, shape))
        if compiled is not None and compiled.template.db == compiled.template.query.prepared_alias:
            return compiled.queryset_for(args)
        queryset = build(*args)
        alias = queryset.db
        key = (alias, build, language, shape)
        if (compiled := _KEPT.get(key)) is None:
            compiled = _KEPT[key] = _Compiled(build, args, connections[alias])
        query = queryset.query
        if not compiled.checked:
            compiled.check(query, args, connections[alias])
        query.prepared, query.prepared_args, query.built = compiled, args, True
        query.prepared_alias, query.plain_class = alias, type(query)
        query.__class__ = _prepared_class(type(query))
        if compiled.template is None and compiled.copyable:
            compiled.template = _copy_of(queryset)  # before it is evaluated
            _TEMPLATES[build, language, shape] = compiled
        return queryset

    return run
