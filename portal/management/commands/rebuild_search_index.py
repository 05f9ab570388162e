from django.core.management.base import BaseCommand

from portal import search


class Command(BaseCommand):
    help = (
        "Index every desk, location, topic, FAQ, guide entry and conference anew for the site "
        "search (the index table portal_search, on SQLite and PostgreSQL: portal/search.py). "
        "Saves and deletes keep the index current; `migrate` and `seed_portal` rebuild it; run it "
        "after writing content without save signals (bulk inserts, raw SQL)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database="default", **options):
        count = search.rebuild_index(database)
        self.stdout.write(f"rebuild_search_index: {count} items indexed")
