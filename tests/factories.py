"""Small factories: complete objects in all four languages unless a test says otherwise."""

import datetime
import itertools
from contextlib import contextmanager

from django.db import transaction

from portal.models import KeyFigure, Page, Partner
from services.desks.models import FAQ, Location, OpeningHours, ServiceDesk, Topic

_counter = itertools.count(1)
LANGUAGES = ["nl", "de", "en", "fr"]


@contextmanager
def module_data(django_db_blocker):
    """For a module-scoped fixture: data written in the block is there for every test of the
    module, in a transaction that is rolled back after its last test. Each test runs in a
    savepoint inside it (pytest-django's `db`), so what one test changes is gone for the next,
    and the next module starts empty."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def texts(field, base, languages=LANGUAGES):
    return {f"{field}_{code}": f"{base} [{code}]" for code in languages}


def make_topic(slug=None, **fields):
    n = next(_counter)
    return Topic.objects.create(
        slug=slug or f"topic-{n}", order=n, **(texts("name", f"Topic {n}") | fields)
    )


def make_desk(slug=None, **fields):
    n = next(_counter)
    defaults = texts("name", f"Desk {n}") | texts("summary", f"Summary {n}")
    defaults |= texts("description", f"Description of desk {n}")
    return ServiceDesk.objects.create(slug=slug or f"desk-{n}", order=n, **(defaults | fields))


def make_location(desk, **fields):
    """A location whose address staff checked today (so consultations may be booked there);
    pass last_checked=None for one nobody has checked."""
    from django.utils import timezone

    n = next(_counter)
    defaults = {
        "city": "Maastricht",
        "street_address": f"Mosae Forum {n}",
        "postal_code": "6211 DW",
        "last_checked": timezone.localdate(),
    }
    location = Location.objects.create(
        desk=desk, **(defaults | texts("name", f"Location {n}") | fields)
    )
    OpeningHours.objects.create(
        location=location, weekday=2, opens=datetime.time(9), closes=datetime.time(17)
    )
    return location


def make_faq(desk, topic, **fields):
    n = next(_counter)
    defaults = texts("question", f"Question {n}?") | texts("answer", f"Answer {n}.")
    return FAQ.objects.create(desk=desk, topic=topic, order=n, **(defaults | fields))


def make_news_item(*, languages=LANGUAGES, topics=(), desks=(), answers=(), **fields):
    """A published news item, written in `languages`, about these topics, desks and answers."""
    from news.models import NewsItem

    n = next(_counter)
    values = {"slug": f"news-{n}"}
    for field in ("title", "summary", "body"):
        values |= texts(field, f"{field.capitalize()} {n}", languages)
    item = NewsItem.objects.create(**(values | fields))
    item.topics.set(topics)
    item.desks.set(desks)
    item.answers.set(answers)
    return item


def make_page(slug, **fields):
    defaults = texts("title", f"Title {slug}") | texts("body", f"Body of {slug}")
    return Page.objects.create(slug=slug, **(defaults | fields))


def make_site_content():
    """The pages, one figure and one partner, so every page type renders fully."""
    for slug in Page.Slug.values:
        make_page(slug)
    KeyFigure.objects.create(value=12000, **texts("label", "cross-border workers helped"))
    Partner.objects.create(name="Maastricht University", **texts("description", "University"))


def make_conference(slug=None, days_ahead=30, capacity=10, **fields):
    """A published conference `days_ahead` days from now (negative: in the past), open for
    registration until it starts."""
    from django.utils import timezone

    from conferences.models import Conference, ProgrammeItem

    n = next(_counter)
    defaults = texts("title", f"Conference {n}") | texts("summary", f"Summary {n}")
    defaults |= texts("description", f"About conference {n}")
    conference = Conference.objects.create(
        slug=slug or f"conference-{n}",
        venue_name="Werkcentrum Zuid-Limburg",
        city="Geleen",
        date=timezone.localdate() + datetime.timedelta(days=days_ahead),
        start_time=datetime.time(12),
        end_time=datetime.time(15, 30),
        capacity=capacity,
        **(defaults | fields),
    )
    ProgrammeItem.objects.create(
        conference=conference, start_time=datetime.time(12), **texts("title", "Welcome")
    )
    return conference


def registration_data(**fields):
    """Keyword arguments for conferences.rules.register(), minus the conference."""
    n = next(_counter)
    return {
        "name": f"Person {n}",
        "email": f"person{n}@example.org",
        "organisation": f"Employer {n} B.V.",
        "organisation_kind": "employer",
        "job_title": "HR manager",
        "language": "nl",
    } | fields


def make_official_body(slug=None, **fields):
    """An official body that answers name as their source."""
    from services.desks.models import OfficialBody

    n = next(_counter)
    defaults = {"name": f"Body {n}", "url": f"https://body-{n}.example", "country": "NL"}
    defaults |= texts("explanation", f"What body {n} does")
    return OfficialBody.objects.create(slug=slug or f"body-{n}", **(defaults | fields))


def make_source(body=None, slug=None, **fields):
    """A page of an official body that answers cite as their source."""
    from services.desks.models import Source

    n = next(_counter)
    body = body or make_official_body()
    defaults = {"title": f"Page {n}", "url": f"https://body-{n}.example/page-{n}", "language": "en"}
    return Source.objects.create(body=body, slug=slug or f"page-{n}", **(defaults | fields))


# --- Booking a consultation ---


def make_slot(location, days_ahead=7, start=None, **fields):
    """A consultation slot `days_ahead` days from today at `start` (default 10:00), 1 place."""
    from django.utils import timezone

    from services.booking.models import ConsultationSlot

    defaults = {
        "date": timezone.localdate() + datetime.timedelta(days=days_ahead),
        "start": start or datetime.time(10),
        "duration": 30,
        "languages": "nl,de,en",
    }
    return ConsultationSlot.objects.create(location=location, **(defaults | fields))


def booking_data(**fields):
    """Keyword arguments for services.booking.rules.book(), minus the slot."""
    n = next(_counter)
    return {
        "name": f"Visitor {n}",
        "email": f"visitor{n}@example.org",
        "topic": "Tax on my Dutch salary",
        "language": "nl",
    } | fields
