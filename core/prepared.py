"""Queries whose SQL is compiled once per process, and the current time as a query value.

A page's queries have the same shape on every request; only their values change: the time, a
desk's id. Django compiles each queryset's SQL anew, which was the larger part of the ORM's cost
on an uncached page (the home page's desks: about 250 µs to compile, 60 µs to run).

`@prepared` on a function that builds a queryset from plain values keeps, per database
connection, language and shape, the SQL Django compiled for stand-ins of those values, and where
each value goes in its parameters. Each call still builds the queryset with the real values, so
whatever is chained on it (`.first()`, `.count()`, `.filter()`) is compiled as usual; evaluating
it as it is (iterating, `len`, `bool`) sends the kept SQL with the real values in their places.

The function's arguments:
- an int or a str may only go into a filter's value as it is (`desk_id=desk_id`), where its
  stand-in must reach the SQL's parameters unchanged: otherwise preparing fails loudly;
- a bool or None may change the query's shape (`staff`): each is part of the key.
The clock reaches the SQL only as `CurrentTime()`, `Today()` and `LocalTime()` (what
`published()`, the conferences' `upcoming()` and `past()`, and the bookable slots use): a
`timezone.now()` in a filter would be kept with the SQL. A function must not read anything
else that changes (a setting, the database).
"""

import contextvars
import copy
import datetime
import functools

from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.db.models import DateField, DateTimeField, Expression, TimeField
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


def clock_values(params, connection, now=None):
    """`params` with the clock's values (at `now`) where its stand-ins stand."""
    now = now or timezone.now()
    return [
        param.field.get_db_prep_value(param.value(now), connection)
        if isinstance(param, _Clock)
        else param
        for param in params
    ]


# Stand-ins for int and str arguments: values no filter of ours is given.
_INT_STAND_IN = 7_318_204_950_000
_STR_STAND_IN = "\x1fprepared {}\x1f"


def _stand_in(position, value):
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return _INT_STAND_IN + position
    if isinstance(value, str):
        return _STR_STAND_IN.format(position)
    raise TypeError(f"a prepared query takes ints, strs, bools and None, not {type(value)}")


class _Compiled:
    """A compiler that has compiled a query for stand-ins, and where each argument goes."""

    def __init__(self, build, args, connection):
        stand_ins = [_stand_in(position, value) for position, value in enumerate(args)]
        self.compiler = build(*stand_ins).query.get_compiler(connection=connection)
        self.sql, params = compile_with_stand_ins(self.compiler)
        self.params = list(params)
        values = {
            stand_in: position
            for position, stand_in in enumerate(stand_ins)
            if type(stand_in) in (int, str)
        }
        # (position in params, position in args) for each argument that reached the SQL.
        self.places = [
            (index, values[param])
            for index, param in enumerate(self.params)
            if type(param) in (int, str) and param in values
        ]
        reached = {position for _index, position in self.places}
        for stand_in, position in values.items():
            # Changed on its way (a LIKE pattern, a limit): the kept SQL could not be given
            # another value.
            altered = isinstance(stand_in, str) and any(
                isinstance(param, str) and stand_in in param and param != stand_in
                for param in self.params
            )
            if position not in reached or altered:
                raise ImproperlyConfigured(
                    f"{build.__qualname__}: argument {position} does not reach the SQL as it is"
                )

    def compiler_for(self, args):
        """A copy of the kept compiler that sends the kept SQL with `args` and the time."""
        params = clock_values(self.params, self.compiler.connection)
        for index, position in self.places:
            params[index] = args[position]
        compiler = copy.copy(self.compiler)
        sql = self.sql
        compiler.as_sql = lambda *given, **named: (sql, params)
        return compiler


class _PreparedQuery:
    """Mixed into a built queryset's Query (see `prepared`): its compiler is the kept one, with
    this call's values. Any change clones it, and the clone is a plain Query again."""

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        connection = connection or connections[using]
        if connection is not self.prepared_connection:
            return super().get_compiler(using, connection, elide_empty)
        return self.prepared.compiler_for(self.prepared_args)

    def clone(self):
        clone = super().clone()
        clone.__class__ = self.plain_class
        return clone


@functools.cache
def _prepared_class(query_class):
    return type(f"Prepared{query_class.__name__}", (_PreparedQuery, query_class), {})


def prepared(build):
    """Decorator: `build(*args)` returns a queryset whose SQL is compiled once per database
    connection, language and bool/None arguments (see the module's docstring)."""

    @functools.wraps(build)
    def run(*args):
        queryset = build(*args)
        connection = connections[queryset.db]
        kept = connection.__dict__.setdefault("prepared_queries", {})
        shape = tuple(arg if arg is None or isinstance(arg, bool) else type(arg) for arg in args)
        key = (build, translation.get_language(), shape)
        if (compiled := kept.get(key)) is None:
            compiled = kept[key] = _Compiled(build, args, connection)
        query = queryset.query
        query.prepared, query.prepared_args = compiled, args
        query.prepared_connection, query.plain_class = connection, type(query)
        query.__class__ = _prepared_class(type(query))
        return queryset

    return run
