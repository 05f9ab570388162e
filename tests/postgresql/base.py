"""The portal's PostgreSQL backend (core.postgresql) for the tests, with one difference: how the
database is emptied after a test that commits (a browser test, a storm of registrations).

Django empties it with one TRUNCATE of every table, which gives each of the ~55 tables and their
indexes new files: about half a second on an idle machine and several on a busy one, after each
of the hundred-odd committing tests. DELETE of a few rows per table, in one transaction with the
foreign keys checked at its end (Django creates them DEFERRABLE INITIALLY DEFERRED), takes
milliseconds. Only flushing differs: every query the tests run goes through core.postgresql."""

from core.postgresql import base


class DatabaseOperations(base.DatabaseWrapper.ops_class):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if not tables or reset_sequences or allow_cascade:
            return super().sql_flush(
                style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return ["SET CONSTRAINTS ALL DEFERRED;"] + [
            f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};"
            for table in tables
        ]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
