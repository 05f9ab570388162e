"""Finding 2 of issue 18: history is restored under the same rules as an edit.

django-reversion's restore and recover views took any version id: through a slot's history URL a
content editor restored an old version of a conference, and an event manager restored a desk
through the conference recover URL; no registrant was told, the calendar SEQUENCE went back, and
nothing was logged. `core.admin_mixins.HistoryAdmin` now accepts only a version of the object (or
a deleted object) of its own model, from someone who may change it, within their desk, and saves
a restore as the change form saves an edit (rules included), logged as a restore."""

import pytest
import reversion
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse
from reversion.models import Version

from conferences.models import Conference, OutgoingEmail
from conferences.rules import register
from core.roles import ADMINISTRATOR, CONTENT_EDITOR, EVENT_MANAGER
from services.booking.models import ConsultationSlot
from services.desks.models import ServiceDesk, Topic
from tests.admin_forms import post_data
from tests.factories import (
    make_conference,
    make_desk,
    make_location,
    make_slot,
    make_topic,
    registration_data,
)

pytestmark = pytest.mark.django_db


def member(django_user_model, name, group, desk=None):
    user = django_user_model.objects.create_user(name, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    if desk is not None:
        desk.staff.add(user)
    return user


def versioned(obj, **changes):
    """Save `obj` as a version, then change it as a later version; return the first version."""
    with reversion.create_revision():
        obj.save()
    first = Version.objects.get_for_object(obj).latest("pk")
    for name, value in changes.items():
        setattr(obj, name, value)
    with reversion.create_revision():
        obj.save()
    return first


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_a_content_editor_cannot_restore_a_conference_through_a_slots_history(
    client, django_user_model
):
    desk = make_desk()
    conference = make_conference(capacity=30)
    conference.city = "Sittard"
    old = versioned(conference, capacity=40, city="Geleen")  # old: 30 in Sittard
    slot = make_slot(make_location(desk))
    ConsultationSlot.objects.filter(pk=slot.pk).update(id=conference.pk)  # same id as the edition
    client.force_login(member(django_user_model, "editor", CONTENT_EDITOR, desk=desk))
    assert client.get(url(ConsultationSlot, "change", conference.pk)).status_code == 200

    revision = url(ConsultationSlot, "revision", conference.pk, old.pk)
    assert client.get(revision).status_code == 404
    response = client.post(revision, {"places": "1"})
    assert response.status_code == 404
    conference.refresh_from_db()
    assert (conference.capacity, conference.city) == (40, "Geleen")


def test_an_event_manager_cannot_recover_a_desk_through_the_conference_recover_url(
    client, django_user_model
):
    desk = make_desk(enquiry_email="old-inbox@example.org")
    removed = member(django_user_model, "removed", CONTENT_EDITOR, desk=desk)
    old = versioned(desk, enquiry_email="inbox@example.org")
    desk.staff.remove(removed)
    client.force_login(member(django_user_model, "events", EVENT_MANAGER))

    recover = url(Conference, "recover", old.pk)
    assert client.get(recover).status_code == 404
    assert client.post(recover, {}).status_code == 404
    desk.refresh_from_db()
    assert desk.enquiry_email == "inbox@example.org"
    assert list(desk.staff.all()) == []


def test_a_version_of_another_object_of_the_same_model_is_not_restored(client, django_user_model):
    topic, other = make_topic(), make_topic()
    old = versioned(other, slug="renamed")
    client.force_login(member(django_user_model, "editor", CONTENT_EDITOR))
    assert client.get(url(Topic, "revision", topic.pk, old.pk)).status_code == 404


def test_restoring_needs_the_change_permission(client, django_user_model):
    desk = make_desk()
    old = versioned(desk, slug="renamed")
    client.force_login(member(django_user_model, "admin", ADMINISTRATOR))
    assert client.get(url(ServiceDesk, "history", desk.pk)).status_code == 200
    viewer = django_user_model.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(
        *Group.objects.get(name=CONTENT_EDITOR).permissions.filter(codename="view_servicedesk")
    )
    client.force_login(viewer)
    history = client.get(url(ServiceDesk, "history", desk.pk))
    assert history.status_code == 200
    assert url(ServiceDesk, "revision", desk.pk, old.pk) not in history.content.decode()
    assert client.get(url(ServiceDesk, "revision", desk.pk, old.pk)).status_code == 403


def test_a_legitimate_restore_works_and_is_logged_as_a_restore(client, django_user_model):
    topic = make_topic(slug="tax", name_de="Steuern")
    old = versioned(topic, name_de="Abgaben")
    client.force_login(member(django_user_model, "editor", CONTENT_EDITOR))
    revision = url(Topic, "revision", topic.pk, old.pk)
    form = client.get(revision)
    assert form.status_code == 200
    topic.refresh_from_db()
    assert topic.name_de == "Abgaben"  # showing the version changed nothing

    response = client.post(revision, post_data(form))
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.name_de == "Steuern"
    entry = LogEntry.objects.filter(object_id=str(topic.pk)).latest("pk")
    assert entry.action_flag == CHANGE
    assert entry.user.username == "editor"
    assert entry.change_message.startswith("De versie van ")  # "Restored the version of"
    assert "Name [de]" in entry.get_change_message()  # and what it changed


def test_restoring_a_conference_tells_its_registrants_and_raises_the_sequence(
    client, django_user_model
):
    conference = make_conference(capacity=40)  # in Geleen
    registrant = register(conference=conference, **registration_data())
    client.force_login(member(django_user_model, "events", EVENT_MANAGER))
    change = url(Conference, "change", conference.pk)
    response = client.post(change, post_data(client.get(change), title_de="Tagung"))
    assert response.status_code == 302, response.content.decode()[:5000]
    old = Version.objects.get_for_object(conference).latest("pk")
    response = client.post(change, post_data(client.get(change), city="Sittard", capacity="30"))
    assert response.status_code == 302
    conference.refresh_from_db()
    sequence, told = conference.calendar_sequence, OutgoingEmail.objects.filter(kind="changed")
    assert (conference.city, told.count(), sequence) == ("Sittard", 1, 1)

    revision = url(Conference, "revision", conference.pk, old.pk)
    form = client.get(revision)
    assert form.context["adminform"].form["city"].value() == "Geleen"
    response = client.post(revision, post_data(form))
    assert response.status_code == 302, response.content.decode()[:3000]
    conference.refresh_from_db()
    assert (conference.city, conference.capacity) == ("Geleen", 40)
    assert conference.calendar_sequence > sequence
    assert told.filter(registration=registrant).count() == 2
    entry = LogEntry.objects.filter(object_id=str(conference.pk)).latest("pk")
    assert entry.change_message.startswith("De versie van ")


def test_recovering_a_deleted_item_of_the_same_model_works_and_is_logged(client, django_user_model):
    topic = make_topic(slug="gone")
    with reversion.create_revision():
        topic.save()
    version = Version.objects.get_for_object(topic).get()
    topic.delete()
    client.force_login(member(django_user_model, "editor", CONTENT_EDITOR))
    recover = url(Topic, "recover", version.pk)
    form = client.get(recover)
    assert form.status_code == 200
    assert not Topic.objects.filter(slug="gone").exists()  # the preview changed nothing
    assert client.post(recover, post_data(form)).status_code == 302
    recovered = Topic.objects.get(slug="gone")
    entry = LogEntry.objects.filter(object_id=str(recovered.pk)).latest("pk")
    assert entry.action_flag == ADDITION
    assert entry.change_message.startswith("Hersteld uit de versie van ")


def test_desk_staff_cannot_recover_another_desks_slot(client, django_user_model):
    own, other = make_desk(), make_desk()
    slot = make_slot(make_location(other))
    with reversion.create_revision():
        slot.save()
    version = Version.objects.get_for_object(slot).get()
    slot.delete()
    user = member(django_user_model, "desk", CONTENT_EDITOR, desk=own)  # may add slots
    client.force_login(user)
    recover = url(ConsultationSlot, "recover", version.pk)
    assert client.get(recover).status_code == 403
    assert client.post(recover, {}).status_code == 403
    assert not ConsultationSlot.objects.exists()


def test_recovering_what_now_conflicts_is_a_message_not_a_500(client, django_user_model):
    topic = make_topic(slug="tax")
    with reversion.create_revision():
        topic.save()
    version = Version.objects.get_for_object(topic).get()
    topic.delete()
    make_topic(slug="tax")  # another topic has its address now
    client.force_login(member(django_user_model, "editor", CONTENT_EDITOR))
    client.raise_request_exception = False
    for response in (
        client.get(url(Topic, "recover", version.pk)),
        client.post(url(Topic, "recover", version.pk), {}),
    ):
        assert response.status_code == 302
        assert response["Location"] == url(Topic, "changelist")
    assert Topic.objects.count() == 1
