"""Finding 1 of issue 18: no admin route leads a staff member to a visitor's personal page.

Django's `/admin/r/<content type>/<id>/` shortcut checked only that the user was verified staff
and redirected to any object's `get_absolute_url()`: for a registration or an appointment, the
personal page with its token. The portal's admin site (core/admin_site.py) serves it only for a
model registered with "view on site", never for a personal page, and only for an object the user
may view in that model's admin (role and desk)."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from conferences.rules import register
from core.roles import ADMINISTRATOR, CONTENT_EDITOR, DESK_STAFF, EVENT_MANAGER
from core.tokens import has_personal_page
from services.booking import rules as booking
from tests.factories import (
    booking_data,
    make_conference,
    make_desk,
    make_location,
    make_slot,
    registration_data,
)

pytestmark = pytest.mark.django_db


def shortcut(obj) -> str:
    content_type = ContentType.objects.get_for_model(obj)
    return reverse("admin:view_on_site", args=[content_type.pk, obj.pk])


@pytest.fixture
def personal():
    desk = make_desk()
    appointment = booking.book(slot=make_slot(make_location(desk)), **booking_data())
    registration = register(conference=make_conference(), **registration_data())
    return {"desk": desk, "appointment": appointment, "registration": registration}


def staff(django_user_model, name, group=None, *, superuser=False, desk=None):
    user = django_user_model.objects.create_user(name, is_staff=True, is_superuser=superuser)
    if group:
        user.groups.add(Group.objects.get(name=group))
    if desk is not None:
        desk.staff.add(user)
    return user


@pytest.mark.parametrize(
    "role", ["content editor", "event manager", "own desk", "other desk", "administrator", "root"]
)
def test_no_role_reaches_a_registrants_or_appointment_holders_personal_page(
    client, django_user_model, personal, role
):
    user = {
        "content editor": lambda: staff(django_user_model, "u", CONTENT_EDITOR),
        "event manager": lambda: staff(django_user_model, "u", EVENT_MANAGER),
        "own desk": lambda: staff(django_user_model, "u", DESK_STAFF, desk=personal["desk"]),
        "other desk": lambda: staff(django_user_model, "u", DESK_STAFF, desk=make_desk()),
        "administrator": lambda: staff(django_user_model, "u", ADMINISTRATOR),
        "root": lambda: staff(django_user_model, "u", superuser=True),
    }[role]()
    client.force_login(user)
    for obj in (personal["appointment"], personal["registration"]):
        response = client.get(shortcut(obj))
        assert response.status_code == 404
        assert obj.token not in response.get("Location", "")


def test_the_shortcut_still_leads_to_public_pages_the_user_may_see(
    client, django_user_model, personal
):
    desk = personal["desk"]
    conference = personal["registration"].conference
    client.force_login(staff(django_user_model, "editor", CONTENT_EDITOR))
    response = client.get(shortcut(desk))
    assert response.status_code == 302
    assert response["Location"].endswith(desk.get_absolute_url())
    assert client.get(shortcut(conference)).status_code == 403  # an event manager's edition

    client.force_login(staff(django_user_model, "events", EVENT_MANAGER))
    assert client.get(shortcut(conference))["Location"].endswith(conference.get_absolute_url())
    assert client.get(shortcut(desk)).status_code == 403


@pytest.mark.parametrize("path", ["x/1/", "99999999999999999999/1/", "-1/1/", "１/1/"])
def test_bad_shortcut_addresses_are_not_found(staff_client, path):
    assert staff_client.get(f"/admin/r/{path}").status_code == 404


def test_every_model_with_a_personal_link_declares_its_page_personal():
    """A model whose address holds its token (a `token` field and `get_absolute_url`) says so,
    so that a new one is covered without editing the admin site."""
    undeclared = [
        model._meta.label
        for model in apps.get_models()
        if hasattr(model, "get_absolute_url")
        and any(field.name == "token" for field in model._meta.fields)
        and not has_personal_page(model)
    ]
    assert undeclared == []


def test_no_change_form_offers_view_on_site_for_a_personal_page(personal):
    for obj in (personal["appointment"], personal["registration"]):
        model_admin = admin.site._registry[type(obj)]
        assert model_admin.get_view_on_site_url(obj) is None
