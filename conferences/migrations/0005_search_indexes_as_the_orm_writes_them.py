"""The full-text search indexes of migration 0004 again, their expressions now exactly as the
ORM writes them: portal/search.py builds the weighted vectors with django.contrib.postgres.search
(SearchVector with config and weight). PostgreSQL used the former indexes too (`coalesce` and
`COALESCE` parse alike), but the same text lets tests/portal/test_search.py compare the two
character by character. Nothing to do on SQLite. If the searched fields or weights change, add a
migration that recreates these from the new query's SQL.
"""

import importlib

from django.db import migrations

PREVIOUS = importlib.import_module("conferences.migrations.0004_search_indexes").INDEXES

INDEXES = [
    (
        'conferences_conference_search_nl',
        'conferences_conference',
        '((setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("conferences_conference"."title_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("conferences_conference"."summary_nl", \'\')), \'B\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("conferences_conference"."description_nl", \'\')), \'C\'))',
    ),
    (
        'conferences_conference_search_de',
        'conferences_conference',
        '((setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("conferences_conference"."title_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("conferences_conference"."summary_de", \'\')), \'B\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("conferences_conference"."description_de", \'\')), \'C\'))',
    ),
    (
        'conferences_conference_search_en',
        'conferences_conference',
        '((setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("conferences_conference"."title_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("conferences_conference"."summary_en", \'\')), \'B\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("conferences_conference"."description_en", \'\')), \'C\'))',
    ),
    (
        'conferences_conference_search_fr',
        'conferences_conference',
        '((setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("conferences_conference"."title_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("conferences_conference"."summary_fr", \'\')), \'B\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("conferences_conference"."description_fr", \'\')), \'C\'))',
    ),
]


def recreate(indexes):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, table, vector in indexes:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
            schema_editor.execute(f"CREATE INDEX {name} ON {table} USING gin (({vector}))")

    return run


class Migration(migrations.Migration):
    dependencies = [("conferences", "0004_search_indexes")]

    operations = [migrations.RunPython(recreate(INDEXES), recreate(PREVIOUS))]
