"""Finding 6 of issue 18: every admin action declares the permission it needs.

`cancel_slots` declared none, so view-only desk staff could cancel slots and e-mail everyone
booked. Actions that run a rule are made by one helper, `core.admin_mixins.rule_action`, whose
`permissions` argument is required; this test walks every registered admin and fails on any
action without `allowed_permissions`."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse

from core.admin_mixins import rule_action
from core.roles import DESK_STAFF
from services.booking import rules
from services.booking.models import Appointment
from tests.factories import booking_data, make_desk, make_location, make_slot

pytestmark = pytest.mark.django_db


def every_action():
    """(admin, action name, function) for each action a superuser gets, and each one the admin
    class names (also those its permissions hide)."""
    request = RequestFactory().get("/admin/")
    request.user = type("Root", (), {"is_active": True, "is_staff": True, "is_superuser": True})
    request.user.has_perm = lambda *args, **kwargs: True
    request.user.has_module_perms = lambda *args, **kwargs: True
    for model_admin in admin.site._registry.values():
        for name, action in model_admin.get_actions(request).items():
            yield model_admin, name, action.func
        for action in model_admin.actions or ():
            function = action if callable(action) else getattr(type(model_admin), action)
            yield model_admin, getattr(function, "__name__", action), function


def test_every_action_of_every_admin_declares_its_permissions():
    actions = list(every_action())
    assert len({name for _admin, name, _function in actions}) > 10  # the walk reaches them
    undeclared = [
        f"{type(model_admin).__name__}.{name}"
        for model_admin, name, function in actions
        if not getattr(function, "allowed_permissions", None)
    ]
    assert undeclared == []


def test_a_rule_action_cannot_be_made_without_its_permissions():
    for permissions in (None, [], "change"):
        with pytest.raises(TypeError):
            rule_action(
                lambda obj: obj, permissions=permissions, description="x", success=None, log="x"
            )


def test_view_only_desk_staff_cannot_cancel_their_desks_slots(client, django_user_model):
    desk = make_desk()
    slot = make_slot(make_location(desk))
    appointment = rules.book(slot=slot, **booking_data())
    mail.outbox.clear()
    user = django_user_model.objects.create_user("desk", is_staff=True)
    user.groups.add(Group.objects.get(name=DESK_STAFF))  # view only on slots
    desk.staff.add(user)
    client.force_login(user)
    changelist = reverse("admin:services_consultationslot_changelist")
    assert client.get(changelist).status_code == 200  # they see their desk's slots
    client.post(changelist, {"action": "cancel_slots", "_selected_action": [slot.pk]})
    slot.refresh_from_db()
    appointment.refresh_from_db()
    assert slot.cancelled_at is None
    assert appointment.status == Appointment.Status.BOOKED
    assert mail.outbox == []
