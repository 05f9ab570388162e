"""Search indexes that live outside the models' tables (portal/search.py, docs/architecture.md):

- SQLite: the FTS5 table `portal_search`, one row per searchable item and visitor language, with
  the item's words stemmed per language and folded (no accents). Kept current on every save and
  delete of searchable content, and rebuilt after `migrate` and `seed_portal`
  (`manage.py rebuild_search_index` does it by hand). Visibility is decided when searching, so a
  change of publication needs no re-indexing.
- PostgreSQL: the `pg_trgm` extension, for "did you mean ...?" suggestions by trigram similarity
  (creating an extension may need a privileged role: docs/operations.md).
"""

from django.db import migrations

SQLITE_TABLE = """
CREATE VIRTUAL TABLE IF NOT EXISTS portal_search USING fts5(
    language UNINDEXED, kind UNINDEXED, object_id UNINDEXED,
    title, summary, body,
    words UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
)
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(SQLITE_TABLE)
    elif schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS portal_search")
    # pg_trgm stays: other databases objects may use it.


class Migration(migrations.Migration):
    dependencies = [("portal", "0006_synonym_group")]

    operations = [migrations.RunPython(create, drop)]
