"""Load the portal's real content in four languages.

Idempotent: it finds its own rows again (by slug or seed key) and leaves them alone, so staff edits
survive a re-run. `--reset` puts the seeded texts back as they are in portal/seed/.
`--demo` also creates (or keeps) a fictional, open conference edition for trying out registration;
without it nothing fictional is created or touched.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from conferences.models import Conference, ProgrammeItem
from portal import seed
from portal.models import KeyFigure, Page, Partner
from services.models import FAQ, GuideEntry, Location, OpeningHours, ServiceDesk, Topic

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def translated(field: str, texts: dict | None) -> dict:
    """{"nl": "Belasting", ...} for field "name" -> {"name_nl": "Belasting", ...}."""
    texts = texts or {}
    return {build_localized_fieldname(field, code): texts.get(code, "") for code in LANGUAGES}


def values(data: dict, plain: list[str], translated_fields: list[str]) -> dict:
    result = {field: data[field] for field in plain if field in data}
    for field in translated_fields:
        result |= translated(field, data.get(field))
    return result


def conference_fields(data: dict) -> dict:
    return values(
        data,
        ["venue_name", "venue_address", "city", "capacity"],
        ["title", "summary", "description"],
    ) | {"start_time": as_time(data["start_time"]), "end_time": as_time(data["end_time"])}


def as_time(text: str | None) -> datetime.time | None:
    return datetime.time.fromisoformat(text) if text else None


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
            help="Also create an upcoming, open demo conference for trying out registration.",
        )

    def handle(self, *args, reset=False, demo=False, verbosity=1, **options):
        self.reset = reset
        self.verbosity = verbosity
        self.counts = {"created": 0, "updated": 0, "exists": 0}
        with transaction.atomic():
            self.seed()
            if demo:
                self.seed_demo()
        self.stdout.write(
            self.style.SUCCESS(
                "seed_portal: {created} created, {updated} updated, {exists} already there and "
                "left as they were".format(**self.counts)
            )
        )

    def seed(self):
        topics, faqs = {}, {}
        for data in seed.TOPICS:
            topics[data["slug"]] = self.upsert(
                Topic,
                {"slug": data["slug"]},
                values(data, ["order"], ["name", "intro"]),
            )
        for data in seed.DESKS:
            desk = self.upsert(
                ServiceDesk,
                {"slug": data["slug"]},
                values(data, ["order", "website"], ["name", "summary", "audience", "description"]),
            )
            for order, location_data in enumerate(data["locations"], start=1):
                self.seed_location(desk, order, location_data)
            for order, faq in enumerate(data["faqs"], start=1):
                faqs[desk.slug, faq["key"]] = self.upsert(
                    FAQ,
                    {"desk": desk, "seed_key": faq["key"]},
                    {"topic": topics[faq["topic"]], "order": order * 10}
                    | values(faq, [], ["question", "answer"]),
                )
        for data in seed.FIGURES:
            self.upsert(
                KeyFigure,
                {"seed_key": data["key"]},
                values(data, ["order", "value"], ["prefix", "label", "source"]),
            )
        for data in seed.PARTNERS:
            self.upsert(
                Partner, {"name": data["name"]}, values(data, ["order", "website"], ["description"])
            )
        for data in seed.PAGES:
            self.upsert(Page, {"slug": data["slug"]}, values(data, [], ["title", "intro", "body"]))
        for data in seed.GUIDE:
            self.seed_guide_entry(data, topics, faqs)
        for data in seed.CONFERENCES:
            self.seed_conference(
                data, {"date": datetime.date.fromisoformat(data["date"])} | conference_fields(data)
            )

    def seed_guide_entry(self, data, topics, faqs):
        entry, written = self.upsert(
            GuideEntry,
            {"seed_key": data["key"]},
            values(data, ["order", "lives_in", "works_in", "role"], ["title", "advice"]),
            report_written=True,
        )
        if written:
            entry.desks.set(ServiceDesk.objects.filter(slug__in=data["desks"]))
            entry.topics.set([topics[slug] for slug in data["topics"]])
            entry.faqs.set([faqs[key] for key in data["faqs"]])

    def seed_conference(self, data, fields):
        """The conference by slug; its programme only when the conference is new or reset, so
        staff may add, remove or reorder items (the seeded ones are found again by order)."""
        conference, written = self.upsert(
            Conference, {"slug": data["slug"]}, fields, report_written=True
        )
        if written:
            for order, item in enumerate(data["programme"], start=1):
                self.upsert(
                    ProgrammeItem,
                    {"conference": conference, "order": order * 10},
                    values(item, [], ["title", "description"])
                    | {
                        "speakers": item.get("speakers", ""),
                        "start_time": as_time(item.get("start_time")),
                        "end_time": as_time(item.get("end_time")),
                    },
                )
        return conference

    def seed_demo(self):
        """The fictional edition: upcoming and open. A re-run that finds it in the past moves it
        forward again, with a fresh window and without the old trial registrations (they were
        for a date that has gone, and would keep the 20 seats taken)."""
        data = seed.DEMO_CONFERENCE
        today = timezone.localdate()
        existing = Conference.objects.filter(slug=data["slug"]).first()
        if existing is not None and not existing.is_demo:
            self.stdout.write(
                self.style.WARNING(f"skipped: “{existing}” uses the demo slug but is not a demo")
            )
            return
        fields = conference_fields(data) | {
            "date": today + datetime.timedelta(days=seed.DEMO_DAYS_AHEAD),
            "is_demo": True,
            "is_published": True,
            "registration_opens_at": timezone.now(),
            "registration_closes_at": None,
        }
        if existing is not None and existing.date < today:
            self.remove_trial_registrations(existing)
            if not self.reset:
                self.move_demo(existing, fields)
                return
        self.seed_conference(data, fields)

    def remove_trial_registrations(self, conference):
        removed = conference.registrations.count()
        conference.registrations.all().delete()  # their e-mail records go with them
        if self.verbosity >= 1:
            self.stdout.write(f"removed: {removed} trial registrations of the past demo edition")

    def move_demo(self, conference, fields):
        """Only the date and the window: staff edits to its texts stay."""
        for name in ["date", "registration_opens_at", "registration_closes_at"]:
            setattr(conference, name, fields[name])
        conference.full_clean()
        conference.save()
        self.counts["updated"] += 1
        if self.verbosity >= 1:
            self.stdout.write(
                f"moved: demo edition “{conference}”, open for registration until it starts"
            )

    def seed_location(self, desk, order, data):
        fields = values(
            data,
            ["street_address", "postal_code", "city", "country", "phone", "email"],
            ["name", "notes"],
        ) | {
            "order": order * 10,
            "by_appointment_only": data.get("by_appointment_only", False),
            "last_verified": (
                datetime.date.fromisoformat(data["last_verified"])
                if data.get("last_verified")
                else None
            ),
        }
        location, written = self.upsert(
            Location, {"desk": desk, "seed_key": data["key"]}, fields, report_written=True
        )
        if written:
            location.hours.all().delete()
            OpeningHours.objects.bulk_create(
                OpeningHours(
                    location=location,
                    weekday=weekday,
                    opens=datetime.time.fromisoformat(opens),
                    closes=datetime.time.fromisoformat(closes),
                    by_appointment=by_appointment,
                )
                for weekday, opens, closes, by_appointment in data.get("hours", [])
            )

    def upsert(self, model, lookup, fields, report_written=False):
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **fields)
            verb = "created"
        elif self.reset:
            for name, value in fields.items():
                setattr(obj, name, value)
            verb = "updated"
        else:
            verb = "exists"
        if verb != "exists":
            obj.full_clean()
            obj.save()
        self.counts[verb] += 1
        if self.verbosity >= 1:
            self.stdout.write(f"{verb}: {model._meta.verbose_name} “{obj}”")
        return (obj, verb != "exists") if report_written else obj
