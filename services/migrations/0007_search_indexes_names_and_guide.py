"""GIN indexes for full-text search on PostgreSQL, replacing those of 0003 for desks and
locations (their names are now searched in every language: "Grensinfopunt" on the German page)
and adding guide entries: exactly the weighted vectors that portal/search.py queries, written as
the ORM writes them (tests/portal/test_search.py compares the two). Nothing to do on SQLite,
whose FTS5 index is portal 0006.
"""

import importlib

from django.db import migrations

INDEXES = [
    (
        'services_servicedesk_search_nl',
        'services_servicedesk',
        '((((((setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."name_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."summary_nl", \'\')), \'B\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."audience_nl", \'\')), \'C\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."description_nl", \'\')), \'C\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."name_de", \'\')), \'A\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."name_en", \'\')), \'A\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."name_fr", \'\')), \'A\'))',
    ),
    (
        'services_servicedesk_search_de',
        'services_servicedesk',
        '((((((setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."name_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."summary_de", \'\')), \'B\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."audience_de", \'\')), \'C\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."description_de", \'\')), \'C\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."name_nl", \'\')), \'A\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."name_en", \'\')), \'A\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."name_fr", \'\')), \'A\'))',
    ),
    (
        'services_servicedesk_search_en',
        'services_servicedesk',
        '((((((setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."name_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."summary_en", \'\')), \'B\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."audience_en", \'\')), \'C\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."description_en", \'\')), \'C\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."name_nl", \'\')), \'A\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."name_de", \'\')), \'A\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."name_fr", \'\')), \'A\'))',
    ),
    (
        'services_servicedesk_search_fr',
        'services_servicedesk',
        '((((((setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."name_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."summary_fr", \'\')), \'B\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."audience_fr", \'\')), \'C\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."description_fr", \'\')), \'C\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."name_nl", \'\')), \'A\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."name_de", \'\')), \'A\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."name_en", \'\')), \'A\'))',
    ),
    (
        'services_guideentry_search_nl',
        'services_guideentry',
        '(setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_guideentry"."title_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_guideentry"."advice_nl", \'\')), \'B\'))',
    ),
    (
        'services_guideentry_search_de',
        'services_guideentry',
        '(setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_guideentry"."title_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_guideentry"."advice_de", \'\')), \'B\'))',
    ),
    (
        'services_guideentry_search_en',
        'services_guideentry',
        '(setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_guideentry"."title_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_guideentry"."advice_en", \'\')), \'B\'))',
    ),
    (
        'services_guideentry_search_fr',
        'services_guideentry',
        '(setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_guideentry"."title_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_guideentry"."advice_fr", \'\')), \'B\'))',
    ),
    (
        'services_location_search_nl',
        'services_location',
        '((((((setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."name_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."notes_nl", \'\')), \'C\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."name_de", \'\')), \'A\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."name_en", \'\')), \'A\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."name_fr", \'\')), \'A\'))',
    ),
    (
        'services_location_search_de',
        'services_location',
        '((((((setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."name_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."notes_de", \'\')), \'C\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."name_nl", \'\')), \'A\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."name_en", \'\')), \'A\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."name_fr", \'\')), \'A\'))',
    ),
    (
        'services_location_search_en',
        'services_location',
        '((((((setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."name_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."notes_en", \'\')), \'C\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."name_nl", \'\')), \'A\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."name_de", \'\')), \'A\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."name_fr", \'\')), \'A\'))',
    ),
    (
        'services_location_search_fr',
        'services_location',
        '((((((setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."name_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."notes_fr", \'\')), \'C\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."name_nl", \'\')), \'A\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."name_de", \'\')), \'A\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."name_en", \'\')), \'A\'))',
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
    # Back to 0003's indexes for desks and locations.
    earlier = importlib.import_module("services.migrations.0003_search_indexes").INDEXES
    for name, table, vector in earlier:
        if table in ("services_servicedesk", "services_location"):
            schema_editor.execute(f"CREATE INDEX {name} ON {table} USING gin ({vector})")


class Migration(migrations.Migration):
    dependencies = [("services", "0006_booking_slots_and_appointments")]

    operations = [migrations.RunPython(create, drop)]
