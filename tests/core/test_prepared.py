"""core.prepared: SQL compiled once per connection, language and shape, run with each call's
values and the time of each evaluation."""

import datetime
import pickle
import uuid

import pytest
import time_machine
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Prefetch, Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from core import prepared as prepared_module
from core.prepared import prepared
from core.publishing import visible
from services.desks.models import FAQ, Location, ServiceDesk, Topic
from services.desks.views import _desk_faqs, _desk_locations
from tests.factories import (
    make_desk,
    make_faq,
    make_location,
    make_news_item,
    make_source,
    make_topic,
)

pytestmark = pytest.mark.django_db


@prepared
def desk_faqs(staff, desk_id):
    return FAQ.objects.visible(staff).filter(desk=desk_id).order_by("pk")


@prepared
def desk_by_slug(slug):
    return ServiceDesk.objects.published().filter(slug=slug)


@prepared
def desks_named_like(name):
    return ServiceDesk.objects.filter(name__icontains=name)


@prepared
def desk_by_slug_or_named_like(slug):
    return ServiceDesk.objects.filter(Q(slug=slug) | Q(name__icontains=slug))


@prepared
def desk_by_lowercase_slug(slug):
    return ServiceDesk.objects.filter(slug=slug.lower())


@prepared
def faqs_of_desk_or_the_next(desk_id):
    return FAQ.objects.filter(Q(desk=desk_id) | Q(desk=desk_id + 1))


@prepared
def desks_with_slug_if_given(slug):
    queryset = ServiceDesk.objects.order_by("pk")
    return queryset.filter(slug=slug) if slug else queryset


@prepared
def faq_at(desk_id, order):
    """`order` is a PositiveIntegerField: a stand-in out of its range would be refused by
    PostgreSQL's lookup (EmptyResultSet)."""
    return FAQ.objects.filter(desk=desk_id, order=order)


def test_compiled_once_and_run_with_each_calls_values(compiles):
    topic = make_topic()
    first, second = make_desk(), make_desk()
    faqs = {desk: [make_faq(desk, topic), make_faq(desk, topic)] for desk in (first, second)}
    hidden = make_faq(second, topic, is_published=False)
    translation.activate("nl")
    assert list(desk_faqs(False, first.pk)) == faqs[first]  # compiled (and checked) here
    assert list(desk_by_slug(first.slug)) == [first]
    assert list(desk_faqs(True, first.pk)) == faqs[first]  # staff: another shape
    compiled = len(compiles)
    assert list(desk_faqs(False, second.pk)) == faqs[second]
    assert list(desk_by_slug(second.slug)) == [second]
    assert list(desk_by_slug("no-such-desk")) == []
    assert list(desk_faqs(True, second.pk)) == [*faqs[second], hidden]
    assert len(compiles) == compiled  # none compiled again


def test_visible_items_of_a_kind_are_compiled_once_per_kind_and_kind_of_user(compiles):
    """core.publishing.visible: the list pages' query of every item of a kind they may show."""
    shown, hidden = make_desk(), make_desk(is_published=False)
    topic = make_topic()
    translation.activate("nl")
    for staff in (False, True):
        for model in (ServiceDesk, Topic):
            list(visible(model, staff))  # compiled here
    compiled = len(compiles)
    assert list(visible(ServiceDesk, False)) == [shown]
    assert set(visible(ServiceDesk, True)) == {shown, hidden}
    assert list(visible(Topic, False)) == [topic]  # each kind its own query
    assert len(compiles) == compiled


def test_the_time_is_each_evaluations_own():
    topic, desk = make_topic(), make_desk()
    start = timezone.now()
    scheduled = make_faq(
        desk,
        topic,
        publish_at=start + datetime.timedelta(hours=1),
        unpublish_at=start + datetime.timedelta(hours=3),
    )
    assert list(desk_faqs(False, desk.pk)) == []
    with time_machine.travel(start + datetime.timedelta(hours=2)):
        assert list(desk_faqs(False, desk.pk)) == [scheduled]
    with time_machine.travel(start + datetime.timedelta(hours=4)):
        assert list(desk_faqs(False, desk.pk)) == []


def test_what_is_chained_on_it_is_compiled_with_the_real_values():
    topic, desk = make_topic(), make_desk()
    first, second = make_faq(desk, topic), make_faq(desk, topic)
    list(desk_faqs(False, desk.pk))  # compiled with stand-ins and kept
    faqs = desk_faqs(False, desk.pk)
    assert faqs.count() == 2
    assert list(faqs.filter(pk=second.pk)) == [second]
    assert faqs.exclude(pk=first.pk).first() == second
    assert list(faqs[1:]) == [second]
    assert not faqs.filter(pk=0).exists()
    assert list(faqs) == [first, second]  # and the queryset itself is still what it was


built = []


@prepared
def faqs_of_desk(desk_id):
    built.append(desk_id)
    return FAQ.objects.filter(desk=desk_id).order_by("pk")


def test_later_calls_are_copies_that_build_anew_only_for_what_is_chained(monkeypatch):
    """Once checked, a shape's queryset is not built again for each call; what is chained on
    such a copy is built from its own values, not from those of the call it copies; its rows
    are read with the converters worked out once."""
    from django.db.models.sql.compiler import SQLCompiler

    topic, first_desk, second_desk = make_topic(), make_desk(), make_desk()
    first = [make_faq(first_desk, topic), make_faq(first_desk, topic)]
    second = [make_faq(second_desk, topic) for _ in range(3)]
    translation.activate("nl")
    assert list(faqs_of_desk(first_desk.pk)) == first  # built, compiled, checked, kept
    converted = []
    get_converters = SQLCompiler.get_converters
    monkeypatch.setattr(
        SQLCompiler,
        "get_converters",
        lambda self, expressions: converted.append(1) or get_converters(self, expressions),
    )
    del built[:]
    assert list(faqs_of_desk(second_desk.pk)) == second
    assert list(faqs_of_desk(first_desk.pk)) == first
    assert built == []  # neither call built its queryset
    assert len(converted) <= 1  # once per connection (the first evaluation on this one)

    def faqs():  # a copy not evaluated yet: what is asked of it goes to the database
        return faqs_of_desk(second_desk.pk)

    assert faqs().count() == 3
    assert list(faqs().filter(pk=second[1].pk)) == [second[1]]
    assert faqs().first() == second[0]
    assert list(faqs()[1:]) == second[1:]
    assert faqs().exists()
    assert list(pickle.loads(pickle.dumps(faqs()))) == second
    assert built == [second_desk.pk] * 6  # each from the copy's own value
    assert str(faqs().query) == str(FAQ.objects.filter(desk=second_desk.pk).order_by("pk").query)


@prepared
def desk_slugs(staff):
    return ServiceDesk.objects.visible(staff).order_by("slug").values_list("slug", flat=True)


def test_a_copy_reads_its_rows_as_the_first_call_did():
    """values_list(flat=True) and the like: a copy's rows come as the checked call's did."""
    desks = sorted([make_desk(), make_desk()], key=lambda desk: desk.slug)
    slugs = [desk.slug for desk in desks]
    assert list(desk_slugs(False)) == slugs  # checked and kept
    assert list(desk_slugs(False)) == slugs  # a copy


@prepared
def desks_with_their_faqs(desk_id):
    """A prefetch that depends on the value: never copied from another call's."""
    return (
        ServiceDesk.objects.filter(faqs__desk=desk_id)
        .distinct()
        .prefetch_related(
            Prefetch("faqs", queryset=FAQ.objects.filter(desk=desk_id), to_attr="own")
        )
    )


@prepared
def faqs_by_question(desk_id):
    return FAQ.objects.filter(desk=desk_id).order_by("question")


def test_what_comes_with_a_copy_is_its_own():
    """A prefetch that depends on the values is built for each call; a copy's prefetches are
    its own objects; what is chained on a copy is built in the language of its call; on another
    database it is compiled from its own values; the converters go with their connection."""
    import gc
    import weakref

    from django.db import connection, connections

    topic, first, second = make_topic(), make_desk(), make_desk()
    mine = {desk: make_faq(desk, topic) for desk in (first, second)}
    assert [desk.own for desk in desks_with_their_faqs(first.pk)] == [[mine[first]]]
    assert [desk.own for desk in desks_with_their_faqs(second.pk)] == [[mine[second]]]

    translation.activate("nl")
    list(_desk_faqs(False, first.pk))  # checked and kept: with its sources' and notes' prefetches
    assert list(_desk_faqs(False, second.pk)) == [mine[second]]  # a copy
    kept = next(
        compiled.template
        for compiled in prepared_module._TEMPLATES.values()
        if compiled.build.__name__ == "_desk_faqs"
    )
    prefetched = [
        lookup.queryset
        for lookup in kept._prefetch_related_lookups
        if isinstance(lookup, Prefetch) and lookup.queryset is not None
    ]
    assert prefetched and all(queryset._hints == {} for queryset in prefetched)

    list(faqs_by_question(first.pk))
    copied = faqs_by_question(second.pk)
    with translation.override("de"):
        chained = copied.filter(pk__gt=0)
    assert str(chained.query).endswith('ORDER BY "services_faq"."question_nl" ASC')

    other = connections.create_connection("default")
    other.alias = "other"
    sql, params = copied.query.get_compiler(connection=other).as_sql()
    assert second.pk in params and first.pk not in params

    fresh = connections.create_connection("default")
    compiler = copied.query.get_compiler(connection=fresh)
    compiler.get_converters([column for column, *_rest in compiler.select])
    gone = weakref.ref(fresh)
    del fresh, compiler
    gc.collect()
    assert gone() is None
    assert connection.alias == "default"


def test_a_value_that_does_not_reach_the_sql_as_it_is_is_refused():
    """`icontains` wraps the value in % signs: the kept SQL could not be given another value."""
    make_desk(name_nl="Grensinfopunt")
    with pytest.raises(ImproperlyConfigured, match="cannot be prepared"):
        list(desks_named_like("grens"))
    # Also when it reaches the SQL as it is elsewhere in the same query.
    with pytest.raises(ImproperlyConfigured, match="cannot be prepared"):
        list(desk_by_slug_or_named_like("grens"))
    # Changed on its way, by a transform or arithmetic.
    with pytest.raises(ImproperlyConfigured, match="cannot be prepared"):
        list(desk_by_lowercase_slug("ABC"))
    with pytest.raises(ImproperlyConfigured, match="cannot be prepared"):
        list(faqs_of_desk_or_the_next(1))


def test_a_false_value_is_not_prepared_as_a_true_stand_in_would_be():
    desks = [make_desk(), make_desk()]
    assert list(desks_with_slug_if_given(desks[1].slug)) == [desks[1]]
    assert list(desks_with_slug_if_given("")) == desks


def test_a_prepared_query_prints_as_its_plain_query_would():
    desk = make_desk()
    with time_machine.travel(timezone.now(), tick=False):  # the clock's value printed too
        assert str(desk_by_slug(desk.slug).query) == str(
            ServiceDesk.objects.published().filter(slug=desk.slug).query
        )
        assert str(desk_faqs(False, desk.pk).query) == str(
            FAQ.objects.visible(False).filter(desk=desk.pk).order_by("pk").query
        )


def test_small_int_columns_take_the_stand_ins_and_the_query_pickles():
    desk, topic = make_desk(), make_topic()
    faq = make_faq(desk, topic)
    assert list(faq_at(desk.pk, faq.order)) == [faq]
    assert list(faq_at(desk.pk, faq.order + 1)) == []
    prepared_faqs = desk_faqs(False, desk.pk)
    assert list(pickle.loads(pickle.dumps(prepared_faqs))) == [faq]


def test_the_clocks_date_and_time_of_day_are_each_evaluations_own():
    """The desk page's next free times (services.booking.views._next_free_slots): a slot later
    today is offered until it starts, and none at an address checked more than a year ago, from
    the same kept SQL."""
    from services.booking.views import _next_free_slots
    from tests.factories import make_location, make_slot

    morning = datetime.datetime(2027, 3, 10, 9, 0, tzinfo=timezone.get_current_timezone())
    with time_machine.travel(morning, tick=False):
        desk = make_desk()
        location = make_location(desk)  # checked today
        at_eleven = make_slot(location, days_ahead=0, start=datetime.time(11))
        next_week = make_slot(location, days_ahead=7)
        assert list(_next_free_slots(desk.pk)) == [at_eleven, next_week]
    with time_machine.travel(morning.replace(hour=11, minute=1), tick=False):
        assert list(_next_free_slots(desk.pk)) == [next_week]
    with time_machine.travel(morning.replace(year=2028, day=1), tick=False):
        later = make_slot(location, days_ahead=30)
        assert list(_next_free_slots(desk.pk)) == [later]
    with time_machine.travel(morning.replace(year=2028, day=12), tick=False):
        assert list(_next_free_slots(desk.pk)) == []  # the address's check is over a year old


def _shown_with_each(faqs):
    """What services/includes/answer.html shows with each answer: its sources, in order, and the
    published news items that changed it, newest first."""
    return {
        faq.pk: ([source.pk for source in faq.source_list], [item.pk for item in faq.changed_by])
        for faq in faqs
    }


def test_a_copys_prefetches_are_compiled_once_for_any_number_of_answers(compiles):
    """Django filters a prefetch by the instances it is for, compiling the filter anew with their
    ids; a copy's prefetches (a many-to-many relation's, the answers' sources and notes, and a
    foreign key's, the locations' hours) keep their SQL, with the ids as one parameter, and
    find what Django's own prefetch finds."""
    topic = make_topic()
    desks = [make_desk() for _ in range(3)]
    for count, desk in enumerate(desks, start=1):  # 1, 2 and 3 answers, with 0-2 sources
        for n in range(count):
            faq = make_faq(desk, topic)
            faq.sources.set([make_source(title=f"{letter} {n}") for letter in "ZA"[:n]])
            make_news_item(answers=[faq])
        make_location(desk)
        make_location(desk, order=1)
    unpublished = make_news_item(answers=[faq], is_published=False)
    make_news_item(answers=[faq], date=unpublished.date)  # two items on one answer
    translation.activate("nl")
    list(_desk_faqs(False, desks[0].pk))  # compiled, checked and kept: the template
    list(_desk_locations(False, desks[0].pk))
    list(_desk_faqs(False, desks[1].pk))  # a copy: its prefetches compiled and kept
    list(_desk_locations(False, desks[1].pk))
    for desk in desks:
        compiled = len(compiles)
        faqs, locations = _desk_faqs(False, desk.pk), _desk_locations(False, desk.pk)
        plain_faqs = _desk_faqs.__wrapped__(False, desk.pk)
        plain_locations = _desk_locations.__wrapped__(False, desk.pk)
        with CaptureQueriesContext(connection) as queries:
            shown = _shown_with_each(faqs)
            hours = {location.pk: list(location.hours.all()) for location in locations}
        assert len(queries) == 5
        assert len(compiles) == compiled  # none compiled again
        assert shown == _shown_with_each(plain_faqs)
        assert hours == {location.pk: list(location.hours.all()) for location in plain_locations}
        assert len(shown) == desks.index(desk) + 1 and len(hours) == 2
    assert [len(sources) for sources, _notes in shown.values()] == [0, 1, 2]
    assert len(shown[faq.pk][1]) == 2  # the unpublished item is not a note
    with translation.override("de"):  # another language's template and prefetches
        for _call in range(3):
            assert _shown_with_each(_desk_faqs(False, desks[2].pk)) == shown


@prepared
def desks_with_their_first_faq():
    """A sliced prefetch: Django filters it with a window, which is not held back."""
    return ServiceDesk.objects.order_by("pk").prefetch_related(
        Prefetch("faqs", queryset=FAQ.objects.order_by("order")[:1], to_attr="first")
    )


@prepared
def desks_and_faqs_of(desk_id):
    return ServiceDesk.objects.filter(pk=desk_id).prefetch_related("faqs")


def test_a_prefetch_filtered_otherwise_is_compiled_as_django_does():
    topic, first, second = make_topic(), make_desk(), make_desk()
    ones = [make_faq(desk, topic) for desk in (first, second)]  # each a lower order
    make_faq(second, topic)
    for _call in range(2):  # the template's, then a copy's
        assert [desk.first for desk in desks_with_their_first_faq()] == [[one] for one in ones]
    list(desks_and_faqs_of(first.pk))
    (copied,) = desks_and_faqs_of(second.pk)  # a lookup without a queryset: Django's own
    assert len(copied.faqs.all()) == 2


@prepared
def desk_with_its_faqs(desk_id):
    return ServiceDesk.objects.filter(pk=desk_id).prefetch_related(
        Prefetch("faqs", queryset=FAQ.objects.order_by("pk"))
    )


def test_a_filter_chained_on_a_copys_prefetched_rows_is_its_own():
    """A prefetched manager's queryset is the copy's Prefetch queryset with the instance's
    condition: a `__in` filter on it is the caller's (found by a review: it was held back as
    the prefetch's, and another desk's SQL sent)."""
    topics, desks = [make_topic(), make_topic()], [make_desk() for _ in range(3)]
    faqs = {desk: [make_faq(desk, topic) for topic in topics] for desk in desks}
    list(desk_with_its_faqs(desks[2].pk))  # the template; the calls below are copies
    for desk in desks[:2]:
        (loaded,) = desk_with_its_faqs(desk.pk)
        assert list(loaded.faqs.filter(topic__in=topics[:1])) == faqs[desk][:1]
        assert loaded.faqs.filter(topic__in=topics).count() == 2


def test_a_copy_pickles_and_only_integer_keys_are_held_back():
    """Found by a review: the kept SQL (with its connection) went with a copy's Prefetch into
    a pickle; and a key that is no integer would need its database form."""
    desk = make_desk()
    make_location(desk)
    for _call in range(3):  # the template's, then copies that ran their prefetch
        list(_desk_locations(False, desk.pk))
    copied = pickle.loads(pickle.dumps(_desk_locations(False, desk.pk)))
    assert [len(location.hours.all()) for location in copied] == [1]
    query = _desk_locations(False, desk.pk)._prefetch_related_lookups[0].queryset.query
    location = Location(pk=7)
    assert prepared_module._prefetched_ids(query, Q(location__in=[location])) == ("location", [7])
    location.pk = uuid.uuid4()
    assert prepared_module._prefetched_ids(query, Q(location__in=[location])) is None
