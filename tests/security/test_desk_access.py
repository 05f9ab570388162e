"""Finding 3 of issue 18: who works for a desk (and so sees its questions and appointments) and
where its questions go are changed by administrators only.

Content editors edit desks, and could put themselves or anyone on another desk's staff list or
change its inbox. Now those two fields are read-only for everyone but administrators
(`AdministratorFieldsMixin`), in the form and on save."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from core.roles import ADMINISTRATOR, CONTENT_EDITOR
from tests.factories import make_desk
from tests.services.test_admin import desk_form

pytestmark = pytest.mark.django_db


def member(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desk():
    return make_desk(slug="gip", enquiry_email="desk@example.org")


def post_desk(client, desk, **changes):
    url = reverse("admin:services_servicedesk_change", args=[desk.pk])
    response = client.post(url, desk_form(desk.slug, "Balie", "Samenvatting") | changes)
    assert response.status_code == 302, response.content.decode()[:2000]
    desk.refresh_from_db()


def test_a_content_editor_cannot_change_a_desks_staff_or_inbox(client, django_user_model, desk):
    editor = member(django_user_model, "editor", CONTENT_EDITOR)
    client.force_login(editor)
    url = reverse("admin:services_servicedesk_change", args=[desk.pk])
    form = client.get(url).content.decode()
    assert 'name="staff"' not in form and 'name="enquiry_email"' not in form
    assert "desk@example.org" in form  # shown, read-only

    post_desk(client, desk, staff=[editor.pk], enquiry_email="attacker@example.org")
    assert list(desk.staff.all()) == []
    assert desk.enquiry_email == "desk@example.org"
    assert desk.name_nl == "Balie nl"  # the rest of the desk is theirs to edit


def test_an_administrator_changes_a_desks_staff_and_inbox(client, django_user_model, desk):
    colleague = member(django_user_model, "colleague", CONTENT_EDITOR)
    client.force_login(member(django_user_model, "admin", ADMINISTRATOR))
    post_desk(client, desk, staff=[colleague.pk], enquiry_email="new-inbox@example.org")
    assert list(desk.staff.all()) == [colleague]
    assert desk.enquiry_email == "new-inbox@example.org"
