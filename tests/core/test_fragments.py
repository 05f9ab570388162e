"""core.fragments: an answer's HTML rendered once for the content it shows, and anew as soon as
anything it shows (or could show) changes."""

import datetime

import pytest
import time_machine
from django.test import override_settings
from django.test.signals import template_rendered
from django.utils import timezone, translation
from django.utils.autoreload import file_changed

from core import fragments
from core.templatetags import core as core_tags
from services.desks.views import _desk_faqs, _note_templates
from tests.factories import (
    make_desk,
    make_faq,
    make_news_item,
    make_official_body,
    make_source,
    make_topic,
)

pytestmark = pytest.mark.django_db

ANSWER = "services/includes/answer.html"


@pytest.fixture(autouse=True)
def nothing_kept():
    fragments._kept.clear()
    translation.activate("en")
    yield
    fragments._kept.clear()


@pytest.fixture
def rendered():
    """The names of the templates rendered from here on."""
    names = []

    def record(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    yield names
    template_rendered.disconnect(record)


@pytest.fixture
def answer():
    """A published answer with a source (of an official body) and a news item that changed it."""
    desk, topic = make_desk(), make_topic()
    faq = make_faq(desk, topic)
    faq.sources.add(make_source(body=make_official_body(explanation_en="Tax office")))
    make_news_item(answers=[faq], title_en="The rates of 2027")
    return faq


def page_of(desk_id):
    """The desk page's answers as its view loads them, rendered as its list renders each."""
    return "".join(
        fragments.render(
            ANSWER, {"faq": faq, "live": faq.is_live, "answer_notes": _note_templates()}
        )
        for faq in _desk_faqs(True, desk_id)  # staff: unpublished answers too
    )


def test_the_same_rows_are_rendered_once(answer, rendered):
    other = make_faq(answer.desk, answer.topic)
    first = page_of(answer.desk_id)
    assert rendered.count(ANSWER) == 2
    assert page_of(answer.desk_id) == first  # read again from the database: the same rows
    assert rendered.count(ANSWER) == 2
    other.save()  # saved without a change: the same rows (updated_at aside)
    translation.activate("de")
    page_of(answer.desk_id)
    assert rendered.count(ANSWER) == 4  # another language: rendered anew


@pytest.mark.parametrize(
    "change, shown",
    [
        (lambda faq: faq.__class__.objects.filter(pk=faq.pk).update(question_en="New?"), "New?"),
        (
            lambda faq: faq.__class__.objects.filter(pk=faq.pk).update(answer_en="Rate 9%"),
            "Rate 9%",
        ),
        (lambda faq: faq.sources.update(title="Income tax page"), "Income tax page"),
        (
            lambda faq: faq.sources.first().body.__class__.objects.update(name="Belastingdienst"),
            "Belastingdienst",
        ),
        (
            lambda faq: faq.sources.first().body.__class__.objects.update(
                explanation_en="Dutch tax"
            ),
            "Dutch tax",
        ),
        (lambda faq: faq.news_items.update(title_en="Rates changed"), "Rates changed"),
        (lambda faq: faq.sources.clear(), "Sources:"),  # shown before, not after
    ],
    ids=["question", "answer", "source", "body", "body-explanation", "news", "no-sources"],
)
def test_any_change_to_what_it_shows_renders_it_anew(answer, change, shown):
    """Changed with QuerySet.update(): no save, no signal, no updated_at. Only the rows differ."""
    before = page_of(answer.desk_id)
    change(answer)
    after = page_of(answer.desk_id)
    assert after != before
    assert (shown in after) != (shown in before)


def test_a_json_field_and_the_time_are_part_of_the_key(answer):
    """The outdated-translation note reads translations_checked_at (a JSONField); the
    "not published" badge depends on the time (`live`)."""
    answer.__class__.objects.filter(pk=answer.pk).update(
        source_changed_at=timezone.now(), translations_checked_at={}
    )
    outdated = page_of(answer.desk_id)
    answer.__class__.objects.filter(pk=answer.pk).update(
        translations_checked_at={"en": (timezone.now() + datetime.timedelta(1)).isoformat()}
    )
    assert page_of(answer.desk_id) != outdated
    answer.__class__.objects.filter(pk=answer.pk).update(
        unpublish_at=timezone.now() + datetime.timedelta(hours=1)
    )
    live = page_of(answer.desk_id)
    assert "not published" not in live
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        assert "not published" in page_of(answer.desk_id)


def test_a_news_note_shows_from_its_publication_on(answer):
    """The answers' querysets are copies of the first call's (core.prepared), their notes'
    prefetch too: "published" is still read when each page is made."""
    start = timezone.now()
    make_news_item(
        answers=[answer], title_en="Rates of 2028", publish_at=start + datetime.timedelta(hours=1)
    )
    assert "Rates of 2028" not in page_of(answer.desk_id)
    with time_machine.travel(start + datetime.timedelta(hours=2)):
        assert "Rates of 2028" in page_of(answer.desk_id)


def test_a_value_the_key_cannot_hold_is_rendered_each_time(rendered):
    desk, topic = make_desk(), make_topic()
    faq = make_faq(desk, topic)
    values = {"faq": faq, "live": True, "answer_notes": faq.__class__.objects.none()}
    assert faq.question_en in fragments.render(ANSWER, values)
    fragments.render(ANSWER, values)
    assert rendered.count(ANSWER) == 2
    assert fragments._kept == {}


def test_a_setting_change_or_a_changed_file_forgets_what_was_kept(answer, tmp_path):
    page_of(answer.desk_id)
    assert fragments._kept
    with override_settings(DATE_FORMAT="Y"):
        assert fragments._kept == {}
    page_of(answer.desk_id)
    assert fragments._kept
    form_markup = core_tags._FORM_MARKUP  # the question form's, kept the same way
    form_markup.keep("a form", "<form>")
    file_changed.send(sender=None, file_path=tmp_path / "answer.html")  # as runserver does
    assert fragments._kept == {}
    assert form_markup == {}
