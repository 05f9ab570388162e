"""GIN indexes for full-text search of desks, locations, topics and FAQs on PostgreSQL, one per language, on the
configurations of core 0002: exactly the weighted vectors that portal/search.py queries
(django.contrib.postgres.search), written as the ORM writes them, so that PostgreSQL uses them
(tests/portal/test_search.py compares the two). Nothing to do on SQLite. If the searched fields or
weights change, add a migration that recreates these to match.

A database that had indexes of these names from the former portal migration gets them anew.
"""

from django.db import migrations

INDEXES = [
    (
        'services_faq_search_nl',
        'services_faq',
        '(setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_faq"."question_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_faq"."answer_nl", \'\')), \'B\'))',
    ),
    (
        'services_faq_search_de',
        'services_faq',
        '(setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_faq"."question_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_faq"."answer_de", \'\')), \'B\'))',
    ),
    (
        'services_faq_search_en',
        'services_faq',
        '(setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_faq"."question_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_faq"."answer_en", \'\')), \'B\'))',
    ),
    (
        'services_faq_search_fr',
        'services_faq',
        '(setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_faq"."question_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_faq"."answer_fr", \'\')), \'B\'))',
    ),
    (
        'services_servicedesk_search_nl',
        'services_servicedesk',
        '(((setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."name_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."summary_nl", \'\')), \'B\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."audience_nl", \'\')), \'C\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_servicedesk"."description_nl", \'\')), \'C\'))',
    ),
    (
        'services_servicedesk_search_de',
        'services_servicedesk',
        '(((setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."name_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."summary_de", \'\')), \'B\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."audience_de", \'\')), \'C\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_servicedesk"."description_de", \'\')), \'C\'))',
    ),
    (
        'services_servicedesk_search_en',
        'services_servicedesk',
        '(((setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."name_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."summary_en", \'\')), \'B\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."audience_en", \'\')), \'C\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_servicedesk"."description_en", \'\')), \'C\'))',
    ),
    (
        'services_servicedesk_search_fr',
        'services_servicedesk',
        '(((setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."name_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."summary_fr", \'\')), \'B\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."audience_fr", \'\')), \'C\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_servicedesk"."description_fr", \'\')), \'C\'))',
    ),
    (
        'services_topic_search_nl',
        'services_topic',
        '(setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_topic"."name_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_topic"."intro_nl", \'\')), \'B\'))',
    ),
    (
        'services_topic_search_de',
        'services_topic',
        '(setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_topic"."name_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_topic"."intro_de", \'\')), \'B\'))',
    ),
    (
        'services_topic_search_en',
        'services_topic',
        '(setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_topic"."name_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_topic"."intro_en", \'\')), \'B\'))',
    ),
    (
        'services_topic_search_fr',
        'services_topic',
        '(setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_topic"."name_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_topic"."intro_fr", \'\')), \'B\'))',
    ),
    (
        'services_location_search_nl',
        'services_location',
        '(((setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."name_nl", \'\')), \'A\') || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."notes_nl", \'\')), \'C\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_nl\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\'))',
    ),
    (
        'services_location_search_de',
        'services_location',
        '(((setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."name_de", \'\')), \'A\') || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."notes_de", \'\')), \'C\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_de\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\'))',
    ),
    (
        'services_location_search_en',
        'services_location',
        '(((setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."name_en", \'\')), \'A\') || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."notes_en", \'\')), \'C\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_en\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\'))',
    ),
    (
        'services_location_search_fr',
        'services_location',
        '(((setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."name_fr", \'\')), \'A\') || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."notes_fr", \'\')), \'C\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."city", \'\')), \'B\')) || setweight(to_tsvector(\'portal_fr\'::regconfig, COALESCE("services_location"."street_address", \'\')), \'B\'))',
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
    dependencies = [("services", "0002_guide"), ("core", "0002_text_search_configurations")]

    operations = [migrations.RunPython(create, drop)]
