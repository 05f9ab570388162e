"""Full-text search on PostgreSQL: accent-insensitive text-search configurations per language
(dutch/german/english/french stemming after `unaccent`) and GIN indexes on exactly the weighted
vectors that portal/search.py queries. Nothing to do on SQLite.

If Searchable.vector() changes, add a migration that recreates these indexes to match.
"""

from django.db import migrations

CONFIGURATIONS = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION portal_nl (COPY = pg_catalog.dutch)",
    "ALTER TEXT SEARCH CONFIGURATION portal_nl ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, dutch_stem",
    "CREATE TEXT SEARCH CONFIGURATION portal_de (COPY = pg_catalog.german)",
    "ALTER TEXT SEARCH CONFIGURATION portal_de ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, german_stem",
    "CREATE TEXT SEARCH CONFIGURATION portal_en (COPY = pg_catalog.english)",
    "ALTER TEXT SEARCH CONFIGURATION portal_en ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, english_stem",
    "CREATE TEXT SEARCH CONFIGURATION portal_fr (COPY = pg_catalog.french)",
    "ALTER TEXT SEARCH CONFIGURATION portal_fr ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, french_stem",
]
INDEXES = [
    (
        "services_faq_search_nl",
        "services_faq",
        "setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_faq\".\"question_nl\", '')), 'A') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_faq\".\"answer_nl\", '')), 'B')",
    ),
    (
        "services_faq_search_de",
        "services_faq",
        "setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_faq\".\"question_de\", '')), 'A') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_faq\".\"answer_de\", '')), 'B')",
    ),
    (
        "services_faq_search_en",
        "services_faq",
        "setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_faq\".\"question_en\", '')), 'A') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_faq\".\"answer_en\", '')), 'B')",
    ),
    (
        "services_faq_search_fr",
        "services_faq",
        "setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_faq\".\"question_fr\", '')), 'A') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_faq\".\"answer_fr\", '')), 'B')",
    ),
    (
        "services_servicedesk_search_nl",
        "services_servicedesk",
        "setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_servicedesk\".\"name_nl\", '')), 'A') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_servicedesk\".\"summary_nl\", '')), 'B') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_servicedesk\".\"audience_nl\", '')), 'C') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_servicedesk\".\"description_nl\", '')), 'C')",
    ),
    (
        "services_servicedesk_search_de",
        "services_servicedesk",
        "setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_servicedesk\".\"name_de\", '')), 'A') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_servicedesk\".\"summary_de\", '')), 'B') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_servicedesk\".\"audience_de\", '')), 'C') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_servicedesk\".\"description_de\", '')), 'C')",
    ),
    (
        "services_servicedesk_search_en",
        "services_servicedesk",
        "setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_servicedesk\".\"name_en\", '')), 'A') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_servicedesk\".\"summary_en\", '')), 'B') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_servicedesk\".\"audience_en\", '')), 'C') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_servicedesk\".\"description_en\", '')), 'C')",
    ),
    (
        "services_servicedesk_search_fr",
        "services_servicedesk",
        "setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_servicedesk\".\"name_fr\", '')), 'A') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_servicedesk\".\"summary_fr\", '')), 'B') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_servicedesk\".\"audience_fr\", '')), 'C') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_servicedesk\".\"description_fr\", '')), 'C')",
    ),
    (
        "services_topic_search_nl",
        "services_topic",
        "setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_topic\".\"name_nl\", '')), 'A') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_topic\".\"intro_nl\", '')), 'B')",
    ),
    (
        "services_topic_search_de",
        "services_topic",
        "setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_topic\".\"name_de\", '')), 'A') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_topic\".\"intro_de\", '')), 'B')",
    ),
    (
        "services_topic_search_en",
        "services_topic",
        "setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_topic\".\"name_en\", '')), 'A') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_topic\".\"intro_en\", '')), 'B')",
    ),
    (
        "services_topic_search_fr",
        "services_topic",
        "setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_topic\".\"name_fr\", '')), 'A') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_topic\".\"intro_fr\", '')), 'B')",
    ),
    (
        "services_location_search_nl",
        "services_location",
        "setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_location\".\"name_nl\", '')), 'A') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_location\".\"notes_nl\", '')), 'C') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_location\".\"city\", '')), 'B') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"services_location\".\"street_address\", '')), 'B')",
    ),
    (
        "services_location_search_de",
        "services_location",
        "setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_location\".\"name_de\", '')), 'A') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_location\".\"notes_de\", '')), 'C') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_location\".\"city\", '')), 'B') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"services_location\".\"street_address\", '')), 'B')",
    ),
    (
        "services_location_search_en",
        "services_location",
        "setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_location\".\"name_en\", '')), 'A') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_location\".\"notes_en\", '')), 'C') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_location\".\"city\", '')), 'B') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"services_location\".\"street_address\", '')), 'B')",
    ),
    (
        "services_location_search_fr",
        "services_location",
        "setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_location\".\"name_fr\", '')), 'A') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_location\".\"notes_fr\", '')), 'C') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_location\".\"city\", '')), 'B') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"services_location\".\"street_address\", '')), 'B')",
    ),
    (
        "conferences_conference_search_nl",
        "conferences_conference",
        "setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"conferences_conference\".\"title_nl\", '')), 'A') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"conferences_conference\".\"summary_nl\", '')), 'B') || setweight(to_tsvector('portal_nl'::regconfig, coalesce(\"conferences_conference\".\"description_nl\", '')), 'C')",
    ),
    (
        "conferences_conference_search_de",
        "conferences_conference",
        "setweight(to_tsvector('portal_de'::regconfig, coalesce(\"conferences_conference\".\"title_de\", '')), 'A') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"conferences_conference\".\"summary_de\", '')), 'B') || setweight(to_tsvector('portal_de'::regconfig, coalesce(\"conferences_conference\".\"description_de\", '')), 'C')",
    ),
    (
        "conferences_conference_search_en",
        "conferences_conference",
        "setweight(to_tsvector('portal_en'::regconfig, coalesce(\"conferences_conference\".\"title_en\", '')), 'A') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"conferences_conference\".\"summary_en\", '')), 'B') || setweight(to_tsvector('portal_en'::regconfig, coalesce(\"conferences_conference\".\"description_en\", '')), 'C')",
    ),
    (
        "conferences_conference_search_fr",
        "conferences_conference",
        "setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"conferences_conference\".\"title_fr\", '')), 'A') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"conferences_conference\".\"summary_fr\", '')), 'B') || setweight(to_tsvector('portal_fr'::regconfig, coalesce(\"conferences_conference\".\"description_fr\", '')), 'C')",
    ),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in CONFIGURATIONS:
        schema_editor.execute(statement)
    for name, table, vector in INDEXES:
        schema_editor.execute(f"CREATE INDEX {name} ON {table} USING gin (({vector}))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _vector in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for language in ("nl", "de", "en", "fr"):
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_{language}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_search_miss"),
        ("services", "0001_initial"),
        ("conferences", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
