"""GIN indexes for full-text search of conferences on PostgreSQL, one per language, on the
configurations of core 0002: exactly the weighted vectors that portal/search.py queries
(django.contrib.postgres.search), written as the ORM writes them, so that PostgreSQL uses them
(tests/portal/test_search.py compares the two). Nothing to do on SQLite. If the searched fields or
weights change, add a migration that recreates these to match.

A database that had indexes of these names from the former portal migration gets them anew.
"""

from django.db import migrations

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


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, vector in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
        schema_editor.execute(f"CREATE INDEX {name} ON {table} USING gin ({vector})")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _vector in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("conferences", "0003_calendar_sequence_and_change_mail"), ("core", "0002_text_search_configurations")]

    operations = [migrations.RunPython(create, drop)]
