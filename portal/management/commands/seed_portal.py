"""Load the portal's real content in four languages, from the TOML files in portal/seed/.

Idempotent: it finds its own rows again (by slug or seed key) and leaves them alone, so staff edits
survive a re-run. `--reset` puts the seeded texts back as they are in portal/seed/.
`--demo` also creates (or keeps) a fictional, open conference edition for trying out registration,
and demo consultation slots for trying out booking (portal/seed/demo_slots.toml, marked as demo);
without it nothing fictional is created or touched.
"""

import datetime
from contextlib import contextmanager

import reversion
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from reversion.models import Version

from conferences import rules
from conferences.models import Conference, ProgrammeItem
from core import history
from core.i18n import translated_fields
from news.models import NewsItem
from portal import pagecache, search, seed
from portal.models import KeyFigure, Page, Partner, SynonymGroup
from services.booking import rules as booking
from services.desks.models import (
    FAQ,
    GuideEntry,
    Location,
    OfficialBody,
    OpeningHours,
    ServiceDesk,
    Source,
    Topic,
)

# Locations, FAQs and programme items are ordered by their place in the file: 10, 20, 30, ...
ORDER_STEP = 10


def positioned(data: dict, fields: dict, index: int, where: str) -> dict:
    if "order" in data:
        raise seed.SeedError(f"{where}: leave out order; the order is the item's place in the file")
    return fields | {"order": (index + 1) * ORDER_STEP}


def named(rows: dict, key, where: str):
    """The seeded row a file names by slug or key; a name that matches none stops the command."""
    if key not in rows:
        raise seed.SeedError(f"{where}: no {key!r} among {', '.join(map(str, rows))}")
    return rows[key]


class Command(BaseCommand):
    help = (
        "Load the desks, locations, FAQs, topics, key figures, partners, pages and conferences "
        "(4 languages)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Overwrite seeded items with the texts in portal/seed/, undoing staff edits.",
        )
        parser.add_argument(
            "--demo",
            action="store_true",
            help=(
                "Also create an upcoming, open demo conference for trying out registration, and "
                "demo consultation slots for trying out booking."
            ),
        )

    def handle(self, *args, reset=False, demo=False, verbosity=1, **options):
        self.reset = reset
        self.verbosity = verbosity
        self.counts = {"created": 0, "updated": 0, "exists": 0}
        self.written = []  # (row, verb) created or put back: their first (or next) version
        self.in_revision = False
        with transaction.atomic(), search.index_paused():  # rebuilt once, at the end
            self.seed(demo)
        # Bulk writes send no signals: every cached page is out of date.
        pagecache.content_changed()
        self.stdout.write(
            self.style.SUCCESS(
                "seed_portal: {created} created, {updated} updated, {exists} already there and "
                "left as they were".format(**self.counts)
            )
        )

    def seed(self, demo):
        topics = self.seed_table(
            Topic, "topics.toml", seed.tables("topics.toml", "topics"), "topics", "slug"
        )
        sources = self.seed_sources(seed.tables("sources.toml", "bodies", "pages"))
        desks = seed.desks()
        faqs = {}
        for name, data in desks:
            all_desks = [desk for _name, desk in desks]
            with self.revision():  # a desk with its locations and FAQs: restored together
                faqs |= self.seed_desk(f"desks/{name}", data, all_desks, topics, sources)
        site = seed.tables("site.toml", "key_figures", "partners", "pages")
        self.seed_table(KeyFigure, "site.toml", site, "key_figures", "seed_key")
        self.seed_table(Partner, "site.toml", site, "partners", "name")
        self.seed_table(Page, "site.toml", site, "pages", "slug")
        guide = seed.tables("guide.toml", "entries")["entries"]
        desk_rows = {desk.slug: desk for desk in ServiceDesk.objects.all()}
        for index, data in enumerate(guide):
            where = f"guide.toml, entries[{index}]"
            with self.revision():
                self.seed_guide_entry(data, guide, desk_rows, topics, faqs, where)
        news = seed.tables("news.toml", "items")["items"]
        for index, data in enumerate(news):
            with self.revision():
                self.seed_news_item(
                    data, news, desk_rows, topics, faqs, f"news.toml, items[{index}]"
                )
        conferences = seed.tables("conferences.toml", "conferences", "demo")
        editions = [*conferences["conferences"], conferences["demo"]]
        for index, data in enumerate(conferences["conferences"]):
            self.seed_conference(data, editions, {}, f"conferences.toml, conferences[{index}]")
        if demo:
            self.seed_demo(conferences["demo"], editions)
            self.seed_demo_slots()
        self.seed_synonyms()
        indexed = search.rebuild_index()
        if self.verbosity >= 1 and indexed:
            self.stdout.write(f"search index: {indexed} items indexed")

    def seed_synonyms(self):
        """Synonym groups for the search, each found again by its key (synonyms.toml)."""
        for index, data in enumerate(seed.tables("synonyms.toml", "groups")["groups"]):
            where = f"synonyms.toml, groups[{index}]"
            if unknown := set(data) - {"key", "terms", "note"}:
                raise seed.SeedError(f"{where}: {', '.join(sorted(unknown))} is not a key here")
            terms = data.get("terms", [])
            if not data.get("key") or len(terms) < 2:
                raise seed.SeedError(f"{where}: needs a key and at least two terms")
            fields = {"terms": "\n".join(terms), "note": data.get("note", "")}
            self.upsert(SynonymGroup, {"seed_key": data["key"]}, fields)

    def seed_sources(self, content):
        """The official bodies, then the pages and regulations they publish: {slug: Source}."""
        bodies = self.seed_table(OfficialBody, "sources.toml", content, "bodies", "slug")
        owned = seed.seeded_fields(Source, content["pages"])
        pages = {}
        for index, data in enumerate(content["pages"]):
            where = f"sources.toml, pages[{index}]"
            fields = seed.field_values(Source, data, where=where, handled=["body"], owned=owned)
            fields["body"] = named(bodies, data.get("body"), f"{where}, body")
            slug = fields.pop("slug")
            pages[slug] = self.upsert(Source, {"slug": slug}, fields)
        return pages

    def seed_table(self, model, name, content, table, lookup):
        """The items of one table, each found again by its `lookup` field: {lookup value: row}."""
        items = content[table]
        owned = seed.seeded_fields(model, items)
        rows = {}
        for index, data in enumerate(items):
            fields = seed.field_values(model, data, where=f"{name}, {table}[{index}]", owned=owned)
            key = fields.pop(lookup)
            rows[key] = self.upsert(model, {lookup: key}, fields)
        return rows

    def seed_desk(self, name, data, all_desks, topics, sources):
        """The desk, its locations with their hours, and its FAQs: {(desk slug, FAQ key): FAQ}.
        An FAQ's sources (pages and regulations, by slug) are set only when it is new or reset."""
        fields = seed.field_values(
            ServiceDesk,
            data,
            where=name,
            handled=["locations", "faqs"],
            owned=seed.seeded_fields(ServiceDesk, all_desks),
        )
        slug = fields.pop("slug")
        desk = self.upsert(ServiceDesk, {"slug": slug}, fields)
        all_locations = [item for other in all_desks for item in other.get("locations", [])]
        for index, location in enumerate(data.get("locations", [])):
            self.seed_location(desk, index, location, all_locations, f"{name}, locations[{index}]")
        all_faqs = [item for other in all_desks for item in other.get("faqs", [])]
        owned = seed.seeded_fields(FAQ, all_faqs)
        faqs = {}
        for index, faq in enumerate(data.get("faqs", [])):
            where = f"{name}, faqs[{index}]"
            fields = seed.field_values(
                FAQ, faq, where=where, handled=["topic", "sources"], owned=owned
            )
            key = fields.pop("seed_key")
            row, written = self.upsert(
                FAQ,
                {"desk": desk, "seed_key": key},
                positioned(faq, fields, index, where)
                | {"topic": named(topics, faq.get("topic"), f"{where}, topic")},
                report_written=True,
            )
            if written:
                row.sources.set(
                    [named(sources, page, f"{where}, sources") for page in faq.get("sources", [])]
                )
            faqs[slug, key] = row
        return faqs

    def seed_location(self, desk, index, data, all_locations, where):
        """The location; its opening hours only when it is new or reset (they are replaced)."""
        fields = seed.field_values(
            Location,
            data,
            where=where,
            handled=["hours"],
            owned=seed.seeded_fields(Location, all_locations),
        )
        key = fields.pop("seed_key")
        location, written = self.upsert(
            Location,
            {"desk": desk, "seed_key": key},
            positioned(data, fields, index, where),
            report_written=True,
        )
        if written:
            location.hours.all().delete()
            OpeningHours.objects.bulk_create(
                OpeningHours(
                    location=location,
                    **seed.field_values(OpeningHours, hours, where=f"{where}, hours[{number}]"),
                )
                for number, hours in enumerate(data.get("hours", []))
            )

    def seed_guide_entry(self, data, all_entries, desks, topics, faqs, where):
        """The entry; which desks, topics and FAQs it names only when it is new or reset."""
        fields = seed.field_values(
            GuideEntry,
            data,
            where=where,
            handled=["desks", "topics", "faqs"],
            owned=seed.seeded_fields(GuideEntry, all_entries),
        )
        key = fields.pop("seed_key")
        entry, written = self.upsert(GuideEntry, {"seed_key": key}, fields, report_written=True)
        if written:
            entry.desks.set(
                [named(desks, slug, f"{where}, desks") for slug in data.get("desks", [])]
            )
            entry.topics.set(
                [named(topics, slug, f"{where}, topics") for slug in data.get("topics", [])]
            )
            entry.faqs.set(
                [named(faqs, tuple(faq), f"{where}, faqs") for faq in data.get("faqs", [])]
            )

    def seed_news_item(self, data, all_items, desks, topics, faqs, where):
        """The item by slug; which desks, topics and answers it names only when it is new or
        reset (as a guide entry's)."""
        fields = seed.field_values(
            NewsItem,
            data,
            where=where,
            handled=["desks", "topics", "answers"],
            owned=seed.seeded_fields(NewsItem, all_items),
        )
        item, written = self.upsert(
            NewsItem, {"slug": fields.pop("slug")}, fields, report_written=True
        )
        if written:
            item.desks.set(
                [named(desks, slug, f"{where}, desks") for slug in data.get("desks", [])]
            )
            item.topics.set(
                [named(topics, slug, f"{where}, topics") for slug in data.get("topics", [])]
            )
            item.answers.set(
                [named(faqs, tuple(faq), f"{where}, answers") for faq in data.get("answers", [])]
            )

    def seed_conference(self, data, all_editions, settings, where):
        """The edition by slug, with `settings` the command decides (the demo's date and window);
        its programme only when the edition is new or reset, so staff may add, remove or reorder
        items (the seeded ones are found again by order)."""
        fields = (
            seed.field_values(
                Conference,
                data,
                where=where,
                handled=["programme"],
                owned=seed.seeded_fields(Conference, all_editions),
            )
            | settings
        )
        all_items = [item for edition in all_editions for item in edition.get("programme", [])]
        owned = seed.seeded_fields(ProgrammeItem, all_items)
        programme = []
        for index, item in enumerate(data.get("programme", [])):
            at = f"{where}, programme[{index}]"
            fields_of_item = seed.field_values(ProgrammeItem, item, where=at, owned=owned)
            programme.append(positioned(item, fields_of_item, index, at))
        slug = fields.pop("slug")
        with self.revision():  # the edition with its programme
            return self.upsert(
                Conference,
                {"slug": slug},
                fields,
                write=lambda conference: self.write_edition(conference, programme),
            )

    def write_edition(self, conference, programme=()):
        """Every write the seed makes to a conference edition: a new or reset one (with its
        programme, placed by order), or the demo moved forward. `conference` carries the new
        values, not yet saved. Both go through the rules, as the admin's saves do: a new edition
        (and its programme) through rules.create_edition, a change through rules.change_edition,
        so registrants hear of a new date, time or place and a larger capacity moves the waiting
        list up. Returns the saved edition."""
        values = rules.edition_values(conference)
        try:
            if conference.pk is None:
                conference = rules.create_edition(fields=values, programme=programme)
                for item in conference.programme.all():
                    self.report("created", ProgrammeItem, item)
                return conference
            rules.change_edition(conference=conference, changes=values)
        except rules.RuleError as error:
            raise CommandError(f"“{conference}”: {error.message}") from error
        for fields in programme:
            lookup = {"conference": conference, "order": fields["order"]}
            self.upsert(ProgrammeItem, lookup, {k: v for k, v in fields.items() if k != "order"})
        return conference

    def seed_demo(self, data, all_editions):
        """The fictional edition: upcoming and open. A re-run that finds it in the past moves it
        forward again, with a fresh window and without the old trial registrations (they were
        for a date that has gone, and would keep the 20 seats taken)."""
        today = timezone.localdate()
        existing = Conference.objects.filter(slug=data["slug"]).first()
        if existing is not None and not existing.is_demo:
            self.stdout.write(
                self.style.WARNING(f"skipped: “{existing}” uses the demo slug but is not a demo")
            )
            return
        data = dict(data)
        settings = {
            "date": today + datetime.timedelta(days=data.pop("days_ahead")),
            "is_demo": True,
            "is_published": True,
            "registration_opens_at": timezone.now(),
            "registration_closes_at": None,
        }
        if existing is not None and existing.date < today:
            self.remove_trial_registrations(existing)
            if not self.reset:
                self.move_demo(existing, settings)
                return
        self.seed_conference(data, all_editions, settings, "conferences.toml, demo")

    def seed_demo_slots(self):
        """Booking: fictional consultation slots, marked as demo (portal/seed/demo_slots.toml),
        made by services.booking.rules.create_series, which keeps existing slots."""
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        for index, data in enumerate(seed.tables("demo_slots.toml", "series")["series"]):
            where = f"demo_slots.toml, series[{index}]"
            data = dict(data)
            location = Location.objects.filter(
                desk__slug=data.pop("desk"), seed_key=data.pop("location")
            ).first()
            if location is None:
                raise CommandError(f"{where}: no such desk and location")
            notes = {
                key.removeprefix("note_"): data.pop(key)
                for key in list(data)
                if key.startswith("note_")
            }
            try:
                created = booking.create_series(
                    location=location, starts_on=tomorrow, notes=notes, is_demo=True, **data
                )
            except (booking.BookingError, TypeError) as error:
                raise CommandError(f"{where}: {getattr(error, 'message', error)}") from error
            verb = "created" if created else "exists"
            self.counts[verb] += len(created) or 1
            if self.verbosity >= 1:
                self.stdout.write(
                    f"{verb}: demo consultation slots at “{location}” (+{len(created)})"
                )

    def remove_trial_registrations(self, conference):
        removed = rules.discard_trial_registrations(conference=conference)
        if self.verbosity >= 1:
            self.stdout.write(f"removed: {removed} trial registrations of the past demo edition")

    def move_demo(self, conference, settings):
        """Only the date and the window: staff edits to its texts stay."""
        for name in ["date", "registration_opens_at", "registration_closes_at"]:
            setattr(conference, name, settings[name])
        self.write_edition(conference)
        self.counts["updated"] += 1
        if self.verbosity >= 1:
            self.stdout.write(
                f"moved: demo edition “{conference}”, open for registration until it starts"
            )

    def upsert(self, model, lookup, fields, report_written=False, write=None):
        """Find the row by `lookup`; create it, or (with --reset) put `fields` back, else leave it.
        `write` saves it and returns it saved (default: validate and save)."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup)
            verb = "created"
        elif self.reset:
            verb = "updated"
        else:
            verb = "exists"
        if verb != "exists":
            for name, value in fields.items():
                setattr(obj, name, value)
        self.report(verb, model, obj)
        with self.revision():
            if verb != "exists":
                obj = (write or save)(obj)
                self.written.append((obj, verb))
            elif self.unversioned_as_seeded(obj, fields):
                self.written.append((obj, "created"))
        return (obj, verb != "exists") if report_written else obj

    @staticmethod
    def unversioned_as_seeded(obj, fields) -> bool:
        """A row seeded before the seed recorded history: nobody has saved it in the admin (it has
        no version) and it still holds the seed's values, so its first version is the seed's."""
        if not reversion.is_registered(type(obj)):
            return False
        if Version.objects.get_for_object(obj).exists():
            return False
        shadows = set(translated_fields(type(obj)))  # `name` stands for name_nl ... name_fr
        return all(
            getattr(obj, name) == value for name, value in fields.items() if name not in shadows
        )

    @contextmanager
    def revision(self):
        """The history version of what the block creates or puts back (`self.written`), with the
        seed's comment: the first version of every seeded item, so staff can restore the
        original from its history. One revision per unit (a desk with its locations and FAQs, an
        edition with its programme); a block inside another adds to the outer one."""
        if self.in_revision:
            yield
            return
        self.in_revision = True
        start = len(self.written)
        try:
            # Managed by hand: only what the block wrote, each serialised once at the end (not
            # again on every save and every change of its many-to-many fields).
            with reversion.create_revision(manage_manually=True, atomic=False):
                yield
                written = self.written[start:]
                put_back = any(verb == "updated" for _obj, verb in written)
                reversion.set_comment(history.RESEEDED if put_back else history.SEEDED)
                for obj, _verb in written:
                    if reversion.is_registered(type(obj)):
                        reversion.add_to_revision(obj)
        finally:
            self.in_revision = False

    def report(self, verb, model, obj):
        self.counts[verb] += 1
        if self.verbosity >= 1:
            self.stdout.write(f"{verb}: {model._meta.verbose_name} “{obj}”")


def save(obj):
    obj.full_clean()
    obj.save()
    return obj
