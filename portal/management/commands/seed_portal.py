"""Load the portal's real content in four languages.

Idempotent: it finds its own rows again (by slug or seed key) and leaves them alone, so staff edits
survive a re-run. `--reset` puts the seeded texts back as they are in portal/seed/.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from portal import seed
from portal.models import KeyFigure, Page, Partner
from services.models import FAQ, Location, OpeningHours, ServiceDesk, Topic

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


class Command(BaseCommand):
    help = "Load the desks, locations, FAQs, topics, key figures, partners and pages (4 languages)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Overwrite seeded items with the texts in portal/seed/, undoing staff edits.",
        )

    def handle(self, *args, reset=False, verbosity=1, **options):
        self.reset = reset
        self.verbosity = verbosity
        self.counts = {"created": 0, "updated": 0, "exists": 0}
        with transaction.atomic():
            self.seed()
        self.stdout.write(
            self.style.SUCCESS(
                "seed_portal: {created} created, {updated} updated, {exists} already there and "
                "left as they were".format(**self.counts)
            )
        )

    def seed(self):
        topics = {}
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
                self.upsert(
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
