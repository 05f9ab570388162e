"""Staff roles: each group may work on its own content, and on nothing else (core/roles.py)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from conferences.rules import register
from core.roles import ADMINISTRATOR, CONTENT_EDITOR, DESK_STAFF, EVENT_MANAGER, GROUPS, sync_roles
from tests.factories import make_conference, make_desk, registration_data

pytestmark = pytest.mark.django_db


def client_in(client, django_user_model, group_name):
    user = django_user_model.objects.create_user(f"u-{group_name}", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return client


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def content():
    conference = make_conference()
    registration = register(conference=conference, **registration_data())
    return {"desk": make_desk(), "conference": conference, "registration": registration}


def test_the_four_groups_exist_after_migrate():
    assert set(Group.objects.values_list("name", flat=True)) >= set(GROUPS)
    assert Group.objects.get(name=ADMINISTRATOR).permissions.count() == Permission.objects.count()


def test_content_editor_edits_desks_but_gets_403_on_registrations_and_conferences(
    client, django_user_model, content
):
    client = client_in(client, django_user_model, CONTENT_EDITOR)
    desk, conference = content["desk"], content["conference"]
    assert client.get(url(desk, "change", desk.pk)).status_code == 200
    assert client.get(url(desk, "add")).status_code == 200
    registration = content["registration"]
    assert client.get(url(registration, "changelist")).status_code == 403
    assert client.get(url(registration, "change", registration.pk)).status_code == 403
    assert client.get(url(conference, "change", conference.pk)).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert url(desk, "changelist") in index
    assert url(registration, "changelist") not in index


def test_event_manager_runs_conferences_but_cannot_edit_desks(client, django_user_model, content):
    client = client_in(client, django_user_model, EVENT_MANAGER)
    desk, conference = content["desk"], content["conference"]
    registration = content["registration"]
    assert client.get(url(conference, "change", conference.pk)).status_code == 200
    assert client.get(url(registration, "changelist")).status_code == 200
    assert client.get(url(desk, "change", desk.pk)).status_code == 403
    response = client.post(url(desk, "change", desk.pk), {"slug": "taken-over"})
    assert response.status_code == 403
    desk.refresh_from_db()
    assert desk.slug != "taken-over"


def test_desk_staff_see_neither_content_nor_registrations(client, django_user_model, content):
    client = client_in(client, django_user_model, DESK_STAFF)
    desk, registration = content["desk"], content["registration"]
    assert client.get(url(desk, "change", desk.pk)).status_code == 403
    assert client.get(url(registration, "changelist")).status_code == 403


def test_administrator_may_do_everything_without_being_superuser(
    client, django_user_model, content
):
    client = client_in(client, django_user_model, ADMINISTRATOR)
    for obj in content.values():
        assert client.get(url(obj, "change", obj.pk)).status_code == 200


def test_a_model_added_later_joins_its_roles_and_only_those():
    """A model added after the groups were made (enquiries came later than the roles): the next
    sync gives its permissions to desk staff and administrators, never to editors."""
    enquiry_type = ContentType.objects.get(app_label="services", model="enquiry")
    for group in Group.objects.all():  # as before the model existed
        group.permissions.remove(*Permission.objects.filter(content_type=enquiry_type))
    sync_roles(group_model=Group, permission_model=Permission)

    def codenames(group_name):
        permissions = Group.objects.get(name=group_name).permissions
        return set(permissions.filter(content_type=enquiry_type).values_list("codename", flat=True))

    assert codenames(DESK_STAFF) == {
        "add_enquiry",
        "change_enquiry",
        "delete_enquiry",
        "view_enquiry",
    }
    assert codenames(ADMINISTRATOR) == codenames(DESK_STAFF)
    assert codenames(CONTENT_EDITOR) == set()
    assert codenames(EVENT_MANAGER) == set()


def test_every_model_in_the_admin_is_declared_by_its_app():
    from django.contrib import admin

    from core.roles import declared

    named = {label for mapping in declared().values() for label in mapping}
    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered - named == set()


def test_core_names_no_app_of_the_portal():
    """core is the bottom layer: the roles (and everything else) are declared by the apps, and
    core assembles them (import-linter checks the imports; this, the names in strings)."""
    import pathlib
    import re

    core = pathlib.Path(__file__).resolve().parents[2] / "core"
    app_model = re.compile(r"""["'](portal|services|conferences|news)\.[a-z]+["']""")
    named = {
        f"{path.relative_to(core)}: {match.group(0)}"
        for path in core.rglob("*.py")
        for match in app_model.finditer(path.read_text())
    }
    assert named == set()
