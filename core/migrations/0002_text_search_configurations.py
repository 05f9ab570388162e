"""Full-text search on PostgreSQL: accent-insensitive text-search configurations per language
(Dutch, German, English, French stemming after `unaccent`), used by the apps' GIN indexes
(services 0003, conferences 0004) and by their search queries. Nothing to do on SQLite.

Idempotent, so that a database that had these from the former portal migration keeps them.
"""

from django.db import migrations

LANGUAGES = {"nl": "dutch", "de": "german", "en": "english", "fr": "french"}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for code, language in LANGUAGES.items():
        schema_editor.execute(
            f"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_{code}') THEN
                    CREATE TEXT SEARCH CONFIGURATION portal_{code} (COPY = pg_catalog.{language});
                    ALTER TEXT SEARCH CONFIGURATION portal_{code}
                        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {language}_stem;
                END IF;
            END $$
            """
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for code in LANGUAGES:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_{code}")


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
