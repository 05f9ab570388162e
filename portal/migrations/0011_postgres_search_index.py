"""PostgreSQL: the search index table `portal_search` (portal/search.py, docs/architecture.md).

One row per searchable item and visitor language, like SQLite's FTS5 table of the same name: the
item's weighted tsvector in the first of the visitor's languages it has a title in (the same
expression as the GIN expression indexes of services 0003/0007 and conferences 0004), stored, so
that ranking reads it instead of computing it for every match. A GIN index per visitor language
finds the matches; without "fast update", whose list of pending entries every search would read
through after a rebuild until the next vacuum. Kept current on every save and delete, rebuilt after `migrate` and
`seed_portal` (`manage.py rebuild_search_index`). Nothing on SQLite (0007 made its table).
"""

from django.db import migrations

LANGUAGES = ("nl", "de", "en", "fr")

TABLE = """
CREATE TABLE IF NOT EXISTS portal_search (
    id bigint PRIMARY KEY,
    language varchar(5) NOT NULL,
    kind varchar(20) NOT NULL,
    object_id integer NOT NULL,
    text_language varchar(5) NOT NULL,
    vector tsvector NOT NULL
)
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(TABLE)
    for language in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS portal_search_{language} ON portal_search "
            f"USING gin (vector) WITH (fastupdate = off) WHERE language = '{language}'"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TABLE IF EXISTS portal_search")


class Migration(migrations.Migration):
    dependencies = [("portal", "0010_visitor_feedback")]

    operations = [migrations.RunPython(create, drop)]
