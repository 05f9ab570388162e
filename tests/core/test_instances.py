"""core.instances: rows read into model instances without __init__, where that changes nothing."""

import pytest
from django.apps import apps
from django.db import models
from django.db.models import DEFERRED
from django.db.models.signals import post_init
from django.test.utils import isolate_apps
from django.utils import translation

from core import instances
from services.desks.models import FAQ
from tests.factories import make_desk, make_faq, make_topic

EVERY_MODEL = apps.get_models(include_auto_created=True)


def _made_by_django(model, values):
    return instances._django_from_db(model, "default", None, values)


def _state(instance):
    return (instance._state.adding, instance._state.db, type(instance))


@pytest.mark.parametrize("model", EVERY_MODEL, ids=lambda model: model._meta.label)
def test_an_instance_is_what_djangos_init_makes_of_the_same_row(model):
    """Every model qualifies today; a model that stops qualifying (a constructor of its own, a
    receiver of post_init) is made by Django again, which this test then no longer compares:
    the qualification is asserted too."""
    assert model.from_db.__func__ is instances.from_db  # installed (core/apps.py)
    columns = instances._columns(model)
    assert columns is not None, f"{model._meta.label} no longer qualifies"
    values = [f"value {n}" for n in range(len(columns))]
    made = model.from_db("default", columns, values)
    expected = _made_by_django(model, values)
    filled_in = {name: value for name, value in vars(made).items() if name != "_state"}
    assert filled_in == {name: value for name, value in vars(expected).items() if name != "_state"}
    assert filled_in == dict(zip(columns, values, strict=True))
    assert _state(made) == _state(expected) == (False, "default", model)


@pytest.mark.django_db
def test_a_loaded_answer_reads_saves_and_follows_its_relations_as_before():
    topic, desk = make_topic(), make_desk()
    faq = make_faq(desk, topic, question_nl="Vraag?", question_en="Question?")
    (loaded,) = FAQ.objects.filter(pk=faq.pk)
    with translation.override("en"):
        assert loaded.question == "Question?"
    with translation.override("nl"):
        assert loaded.question == "Vraag?"
        loaded.question = "Andere vraag?"  # the active language's column, as modeltranslation does
    assert loaded.question_nl == "Andere vraag?" and loaded.question_en == "Question?"
    loaded.save()
    faq.refresh_from_db()
    assert faq.question_nl == "Andere vraag?"
    assert loaded.desk == desk and loaded.topic_id == topic.pk
    assert loaded == faq and loaded._state.adding is False


@pytest.mark.django_db
def test_a_receiver_of_post_init_or_a_row_with_columns_left_out_is_djangos_own():
    topic, desk = make_topic(), make_desk()
    faq = make_faq(desk, topic)
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance.pk)

    post_init.connect(receiver, sender=FAQ)
    try:
        assert list(FAQ.objects.filter(pk=faq.pk)) == [faq]
        assert seen == [faq.pk]
    finally:
        post_init.disconnect(receiver, sender=FAQ)
    assert instances._only_modeltranslation_listens(FAQ)  # seen again once it is gone
    list(FAQ.objects.filter(pk=faq.pk))
    assert seen == [faq.pk]

    (partial,) = FAQ.objects.filter(pk=faq.pk).only("pk", "question_nl")
    assert partial.get_deferred_fields() >= {"answer_nl", "desk_id"}
    assert partial.desk_id == desk.pk  # loaded when asked for, as Django does
    assert DEFERRED not in vars(partial).values()


@isolate_apps("core")
def test_a_model_whose_construction_does_more_does_not_qualify():
    class WithFile(models.Model):  # noqa: DJ008 - FileDescriptor: a column read through its own
        document = models.FileField()

        class Meta:
            app_label = "core"

    class WithInit(models.Model):  # noqa: DJ008
        name = models.CharField(max_length=10)

        class Meta:
            app_label = "core"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.seen = True

    class Plain(models.Model):  # noqa: DJ008
        name = models.CharField(max_length=10)

        class Meta:
            app_label = "core"

    assert instances._columns(WithFile) is None
    assert instances._columns(WithInit) is None
    assert instances._columns(Plain) == ("id", "name")


@pytest.mark.django_db
def test_a_receiver_connected_as_another_goes_is_seen():
    """Found by a review: a count of receivers missed one connected as another was
    disconnected."""
    topic, desk = make_topic(), make_desk()
    faq = make_faq(desk, topic)
    seen = []

    def first(sender, instance, **kwargs):
        seen.append(("first", instance.pk))

    def second(sender, instance, **kwargs):
        seen.append(("second", instance.pk))

    post_init.connect(first, sender=FAQ)
    list(FAQ.objects.filter(pk=faq.pk))
    post_init.disconnect(first, sender=FAQ)
    post_init.connect(second, sender=FAQ)
    try:
        list(FAQ.objects.filter(pk=faq.pk))
    finally:
        post_init.disconnect(second, sender=FAQ)
    assert seen == [("first", faq.pk), ("second", faq.pk)]


class Remembers:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.remembered = True


@isolate_apps("core")
def test_a_mixins_constructor_a_setattr_or_a_from_db_of_its_own_is_kept():
    class WithMixin(models.Model, Remembers):  # noqa: DJ008 - reached by super().__init__()
        class Meta:
            app_label = "core"

    class WithSetattr(models.Model):  # noqa: DJ008
        class Meta:
            app_label = "core"

        def __setattr__(self, name, value):
            super().__setattr__(name, value)

    class WithFromDb(models.Model):  # noqa: DJ008
        class Meta:
            app_label = "core"

        @classmethod
        def from_db(cls, db, field_names, values, **kwargs):
            return super().from_db(db, field_names, values, **kwargs)

    assert instances._columns(WithMixin) is None
    assert instances._columns(WithSetattr) is None
    own = WithFromDb.from_db
    instances.install([WithFromDb])
    assert WithFromDb.from_db == own
