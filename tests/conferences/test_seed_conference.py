"""`manage.py seed_portal` loads the real 2024 edition; `--demo` adds a fictional, open one."""

import datetime
from unittest import mock

import pytest

from conferences import rules
from conferences.models import Conference, ProgrammeItem
from tests.seeding import DEMO_SLUG, SLUG_2024, run_seed

pytestmark = pytest.mark.django_db


def test_without_demo_nothing_fictional_is_created():
    run_seed()
    run_seed("--reset")
    assert not Conference.objects.filter(is_demo=True).exists()
    assert not Conference.objects.filter(slug=DEMO_SLUG).exists()
    assert not Conference.objects.upcoming().exists()


def test_demo_never_takes_over_a_real_edition_with_the_demo_slug():
    run_seed()
    real = Conference.objects.get(slug=SLUG_2024)
    Conference.objects.filter(pk=real.pk).update(slug=DEMO_SLUG)

    output = run_seed("--demo")

    assert "skipped" in output
    real.refresh_from_db()
    assert not real.is_demo
    assert real.date == datetime.date(2024, 2, 22)


def test_a_new_edition_and_its_programme_are_created_through_the_rules():
    with mock.patch.object(rules, "create_edition", wraps=rules.create_edition) as create:
        output = run_seed()
    [call] = create.call_args_list
    assert call.kwargs["fields"]["slug"] == SLUG_2024
    assert [item["order"] for item in call.kwargs["programme"]] == [10, 20, 30, 40]
    conference = Conference.objects.get(slug=SLUG_2024)
    assert conference.programme.count() == 4
    assert output.count(f"created: {ProgrammeItem._meta.verbose_name} “") == 4
    with mock.patch.object(rules, "create_edition", wraps=rules.create_edition) as create:
        run_seed("--reset")
    assert not create.called  # a reset changes it (rules.change_edition)
    assert conference.programme.count() == 4
