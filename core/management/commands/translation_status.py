"""`manage.py translation_status [--json] [--fail-on-missing]`: per language and kind of content,
how many items are missing, outdated or up to date (the staff dashboard shows the same)."""

import json

from django.core.management.base import BaseCommand, CommandError

from core import translation_status
from core.i18n import translated_fields
from core.publishing import publishable_models


def report() -> dict[str, dict[str, dict[str, int]]]:
    """{"app_label.model": {"de": {"missing": 0, "outdated": 2, "up_to_date": 40}, ...}, ...}"""
    return {
        model._meta.label_lower: translation_status.counts(model._base_manager.all())
        for model in publishable_models()
        if translated_fields(model)
    }


class Command(BaseCommand):
    help = "Counts missing, outdated and up-to-date translations per language and model."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument(
            "--fail-on-missing",
            action="store_true",
            help="Exit with status 1 when any translation is missing.",
        )

    def handle(self, *args, **options):
        counts = report()
        if options["json"]:
            self.stdout.write(json.dumps(counts, indent=2, sort_keys=True))
        else:
            for label, languages in counts.items():
                for language, values in languages.items():
                    self.stdout.write(
                        f"{label:28} {language}  missing {values['missing']:4}  "
                        f"outdated {values['outdated']:4}  up to date {values['up_to_date']:4}"
                    )
        missing = sum(
            values[translation_status.MISSING]
            for languages in counts.values()
            for values in languages.values()
        )
        if options["fail_on_missing"] and missing:
            raise CommandError(f"{missing} translations are missing.")
