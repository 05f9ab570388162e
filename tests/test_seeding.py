"""tests.seeding: the copied seed is the seed (the same rows and values), search index included."""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection

from portal import search
from services.desks.models import FAQ
from tests.seeding import load_seed

pytestmark = pytest.mark.django_db(transaction=True)
SEEDED_APPS = {"services", "portal", "conferences", "news"}


def counts():
    """Rows per model table."""
    with connection.cursor() as cursor:
        result = {}
        for table in sorted(connection.introspection.django_table_names(only_existing=True)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            result[table] = cursor.fetchone()[0]
        return result


def contents():
    """The seeded rows' values, without ids (a fresh seed after a flush has other ones) and
    moments (the demo's registration opens when it is seeded)."""
    result = {}
    for model in apps.get_models():
        if model._meta.app_label not in SEEDED_APPS:
            continue
        rows = [
            {
                name: value
                for name, value in row.items()
                if name != "id"
                and not name.endswith("_id")
                and not isinstance(value, datetime.datetime)
            }
            for row in model.objects.values()
        ]
        result[model._meta.label] = sorted(map(repr, rows))
    return result


def index_rows():
    column = "rowid" if connection.vendor == "sqlite" else "id"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column}, kind, object_id FROM {search.INDEX_TABLE}")
        return sorted(cursor.fetchall())


def found():
    return [(hit.kind, hit.pk) for hit in search.find("belasting", "nl", AnonymousUser())]


def test_the_copied_seed_equals_a_fresh_one_search_index_included():
    load_seed("--demo")  # seeds and copies, or copies back
    copied, copied_found, copied_contents = counts(), found(), contents()
    assert FAQ.objects.exists() and copied_found

    # A fresh seed after a flush: the same rows.
    call_command("flush", interactive=False, verbosity=0)
    call_command("seed_portal", "--demo", verbosity=0)
    assert counts() == copied
    assert contents() == copied_contents
    assert [kind for kind, _pk in found()] == [kind for kind, _pk in copied_found]
    # Its answers made anew, under new ids (and indexed under them).
    FAQ.objects.all().delete()
    call_command("seed_portal", "--demo", verbosity=0)
    assert found() != copied_found

    # Copied back over it: the copy's ids, and an index that matches them.
    load_seed("--demo")
    assert counts() == copied
    assert contents() == copied_contents
    assert found() == copied_found
    rows = index_rows()
    search.rebuild_index()
    assert index_rows() == rows
