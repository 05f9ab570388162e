"""The role matrix (issue 18): for each role and each model in the admin, every admin route a
staff member can take, with the answer the role's permissions (core/roles.py ROLES) and its desk
give, proven by requesting it.

Generated from the admin registry: a model registered later is covered without editing this
test, and a model that no role names (nor `ADMINISTRATORS_ONLY`) fails it. The routes per model:
the list, add, change, delete and history pages, restoring a version and recovering a deleted
object (models with history), every action, "view on site", autocomplete, and the extra pages
an admin adds (event desk, statistics, exports, day list, series, trends), declared below with
the permissions they need. Allowed is a 200 (a redirect to the public page for "view on site");
refused is a 403, a 404 or a redirect to the login or the admin's index (Django's answer for an
object out of the user's sight); anything else, a 500 above all, fails. Desk staff are staff of
desk A: desk B's questions, appointments, slots and their e-mails are out of their sight.

The matrix is in docs/roles.md; `ROLE_MATRIX_WRITE=1 pytest tests/security/test_role_matrix.py`
writes it anew after a change of roles."""

import json
import os
import pathlib

import pytest
import reversion
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.forms.models import model_to_dict
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from reversion.admin import VersionAdmin
from reversion.models import Version

from conferences.models import OutgoingEmail
from conferences.rules import register
from core.models import StaffEmail
from core.roles import (
    ADMINISTRATOR,
    ADMINISTRATORS_ONLY,
    ALL,
    CONTENT_EDITOR,
    DESK_STAFF,
    EVENT_MANAGER,
    ROLES,
)
from core.tokens import has_personal_page
from portal.feedback import record
from portal.models import Feedback, SearchMiss, SynonymGroup
from services import rules as services_rules
from services.admin import OwnDeskAdminMixin
from services.models import GuideEntry
from tests.factories import (
    booking_data,
    make_conference,
    make_desk,
    make_faq,
    make_location,
    make_official_body,
    make_site_content,
    make_slot,
    make_topic,
    registration_data,
)

pytestmark = pytest.mark.django_db

ROLE_NAMES = {
    CONTENT_EDITOR: "content editor",
    EVENT_MANAGER: "event manager",
    DESK_STAFF: "desk staff (desk A)",
    ADMINISTRATOR: "administrator",
}
MATRIX = pathlib.Path(__file__).resolve().parents[2] / "docs" / "roles.md"

# Pages an admin adds to Django's, with the permissions they need ("app.codename").
DESK_NEEDS = ["view_conference", "view_registration"]
EXTRA_PAGES = {
    "conferences.conference": [
        (
            "event desk",
            "conferences_conference_desk",
            True,
            ["view_conference", "view_registration"],
        ),
        ("statistics", "conferences_conference_statistics", True, ["view_conference"]),
        (
            "export all",
            "conferences_conference_export",
            True,
            ["view_conference", "view_registration"],
        ),
    ],
    "services.consultationslot": [
        ("day list", "services_consultationslot_day_list", False, ["view_consultationslot"]),
        ("series", "services_consultationslot_series", False, ["add_consultationslot"]),
    ],
    "portal.feedback": [("trends", "portal_feedback_trends", False, ["view_feedback"])],
}


def label(model) -> str:
    return model._meta.label_lower


def granted(group: str, model) -> set[str]:
    """The actions (add, change, delete, view) the group's permissions give on the model."""
    if group == ADMINISTRATOR:
        return set(ALL)
    return set(ROLES[group].get(label(model), ()))


def has_codename(group: str, app_label: str, codename: str) -> bool:
    action, model_name = codename.split("_", 1)
    return group == ADMINISTRATOR or action in ROLES[group].get(f"{app_label}.{model_name}", ())


@pytest.fixture
def world(django_user_model, settings):
    """Something of every model in the admin, on desk A and desk B where a model belongs to a
    desk, and a user per role (desk staff work for desk A). Tasks in the database, as in
    production, so that a task result is what the admin lists there."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    desk_a, desk_b = make_desk(slug="desk-a"), make_desk(slug="desk-b")
    topic = make_topic()
    users = {}
    for group in ROLE_NAMES:
        user = django_user_model.objects.create_user(f"user-{group}", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        users[group] = user
    desk_a.staff.add(users[DESK_STAFF])
    for desk in (desk_a, desk_b):
        slot = make_slot(make_location(desk))
        services_rules.book(slot=slot, **booking_data(name=f"Visitor of {desk.slug}"))
        services_rules.ask_question(
            desk=desk, email="anna@example.org", question="Vraag?", language="nl"
        )
        make_faq(desk, topic).sources.add(make_official_body())
    conference = make_conference()
    register(conference=conference, **registration_data())
    make_site_content()
    entry = GuideEntry.objects.create(title="Gids")
    entry.desks.add(desk_a)
    SearchMiss.objects.create(query="kinderbijslag", language="nl")
    SynonymGroup.objects.create(terms="kindergeld, kinderbijslag")
    record(path="/nl/", helpful=True, comment="")
    StaffEmail.objects.create(kind="outdated_report", to="editor@example.org", subject="s")
    StaticDevice.objects.create(user=users[ADMINISTRATOR], name="backup")
    now = timezone.now()
    attempt = {"user_agent": "x", "ip_address": "192.0.2.1", "username": "x", "path_info": "/"}
    AccessAttempt.objects.create(
        **attempt, http_accept="x", get_data="", post_data="", failures_since_start=1
    )
    AccessLog.objects.create(**attempt, http_accept="x", attempt_time=now)
    AccessFailureLog.objects.create(**attempt, http_accept="x", locked_out=False)
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="core.outbox.send_email",
        backend_name="default",
        run_after=now,
        exception_class_path="",
        traceback="",
    )
    assert Feedback.objects.exists() and OutgoingEmail.objects.exists()
    return {"desks": (desk_a, desk_b), "users": users}


def desk_of(model_admin, obj):
    if not isinstance(model_admin, OwnDeskAdminMixin):
        return None
    desk_path = model_admin.desk_path
    return type(obj)._default_manager.filter(pk=obj.pk).values_list(desk_path, flat=True).get()


def samples(model_admin, desks):
    """The objects a role is tried on: one per desk for a desk's data, else one."""
    manager = model_admin.model._default_manager
    if isinstance(model_admin, OwnDeskAdminMixin):
        path = model_admin.desk_path
        found = [manager.filter(**{path: desk}).order_by("pk").first() for desk in desks]
    else:
        found = [manager.order_by("pk").first()]
    assert None not in found, f"the world fixture makes no {model_admin.model._meta.label}"
    return found


def in_sight(group, model_admin, obj, desk_a) -> bool:
    """Desk data: desk staff see their own desk's; whoever has `handle_all_desks` sees all."""
    desk = desk_of(model_admin, obj)
    if desk is None or group == ADMINISTRATOR:
        return True
    return group == DESK_STAFF and desk == desk_a.pk


def deleted_version(obj) -> Version:
    """A version of a deleted object of the model: the object's own, moved to an unused id
    (and its unique values changed, so recovering it collides with nothing)."""
    with reversion.create_revision():
        obj.save()
    version = Version.objects.get_for_object(obj).latest("pk")
    data = json.loads(version.serialized_data)
    data[0]["pk"] = unused = 900_000 + obj.pk
    for field in type(obj)._meta.concrete_fields:
        if (
            field.unique
            and not field.primary_key
            and isinstance(data[0]["fields"][field.name], str)
        ):
            data[0]["fields"][field.name] += "-gone"
    Version.objects.filter(pk=version.pk).update(
        object_id=str(unused), serialized_data=json.dumps(data)
    )
    return Version.objects.get(pk=version.pk)


def outcome(response) -> str:
    """ "allowed", "refused", or what went wrong."""
    if response.status_code == 200:
        return "allowed"
    if response.status_code in (403, 404):
        return "refused"
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith(reverse("admin:login")) or location == reverse("admin:index"):
            return "refused"
        return "allowed" if not location.startswith("/admin/") else f"redirect {location}"
    return f"status {response.status_code}"


def url(model, view, *args, query=""):
    name = f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}"
    return reverse(name, args=args) + query


def routes(model_admin, desks):
    """(route, URL, method, data, object or None, what it needs) for every admin route of the
    model; `needs` is a set of the model's actions, all of which the role must have, or a list
    of codenames of any model."""
    model = model_admin.model
    root = RequestFactory().get("/")
    root.user = type("Root", (), {"is_active": True, "is_staff": True, "is_superuser": True})()
    root.user.has_perm = lambda *args, **kwargs: True
    offers = {
        "add": model_admin.has_add_permission(root),
        "delete": model_admin.has_delete_permission(root),
    }
    yield "list", url(model, "changelist"), None, {"view"}
    if offers["add"]:
        yield "add", url(model, "add"), None, {"add"}
    for obj in samples(model_admin, desks):
        yield "change page", url(model, "change", obj.pk), obj, {"view"}
        yield "history", url(model, "history", obj.pk), obj, {"view"}
        if offers["delete"] and model_admin.has_delete_permission(root, obj):
            yield "delete", url(model, "delete", obj.pk), obj, {"delete"}
        if isinstance(model_admin, VersionAdmin):
            with reversion.create_revision():
                obj.save()
            version = Version.objects.get_for_object(obj).latest("pk")
            yield "restore", url(model, "revision", obj.pk, version.pk), obj, {"change"}
            if offers["add"]:
                gone = deleted_version(obj)
                yield "recover", url(model, "recover", gone.pk), obj, {"add", "change"}
        if hasattr(model, "get_absolute_url") and model_admin.view_on_site:
            if not has_personal_page(model):
                content_type = ContentType.objects.get_for_model(model)
                shortcut = reverse("admin:view_on_site", args=[content_type.pk, obj.pk])
                yield "view on site", shortcut, obj, {"view"}
        elif hasattr(model, "get_absolute_url"):
            content_type = ContentType.objects.get_for_model(model)
            shortcut = reverse("admin:view_on_site", args=[content_type.pk, obj.pk])
            yield "view on site", shortcut, obj, {"nobody"}
    for field_name in model_admin.autocomplete_fields:
        remote = model._meta.get_field(field_name).related_model
        query = f"?app_label={model._meta.app_label}&model_name={model._meta.model_name}"
        query += f"&field_name={field_name}"
        needs = [f"{remote._meta.app_label}.view_{remote._meta.model_name}"]
        yield f"autocomplete {field_name}", reverse("admin:autocomplete") + query, None, needs
    for name, url_name, per_object, codenames in EXTRA_PAGES.get(label(model), []):
        objects = samples(model_admin, desks) if per_object else [None]
        for obj in objects:
            args = [obj.pk] if obj is not None else []
            if url_name.endswith("_export"):
                args.append("csv")
            needs = [f"{model._meta.app_label}.{codename}" for codename in codenames]
            yield name, reverse(f"admin:{url_name}", args=args), obj, needs


def expected(group, model_admin, needs, obj, desk_a) -> bool:
    if isinstance(needs, list):
        allowed = all(has_codename(group, *need.split(".")) for need in needs)
    else:
        mine = granted(group, model_admin.model)
        if needs == {"view"}:
            allowed = bool(mine & {"view", "change"})
        else:
            allowed = needs <= mine
    return allowed and (obj is None or in_sight(group, model_admin, obj, desk_a))


def test_every_model_in_the_admin_has_a_role():
    named = {name for mapping in ROLES.values() for name in mapping} | ADMINISTRATORS_ONLY
    unnamed = [label(model) for model in admin.site._registry if label(model) not in named]
    assert unnamed == []


def test_role_matrix(client, world):
    desks = world["desks"]
    desk_a = desks[0]
    wrong, matrix = [], {}
    for model, model_admin in admin.site._registry.items():
        route_list = list(routes(model_admin, desks))
        assert route_list, label(model)
        for group, user in world["users"].items():
            client.force_login(user)
            for route, address, obj, needs in route_list:
                should = expected(group, model_admin, needs, obj, desk_a)
                got = outcome(client.get(address))
                if got != ("allowed" if should else "refused"):
                    wrong.append(f"{ROLE_NAMES[group]} {route} {address}: {got}, expected {should}")
                scope = (
                    ""
                    if obj is None or desk_of(model_admin, obj) is None
                    else (" (desk A)" if desk_of(model_admin, obj) == desk_a.pk else " (desk B)")
                )
                if should:
                    matrix.setdefault(label(model), {}).setdefault(group, []).append(route + scope)
            for name, action in actions_for(model_admin, user).items():
                matrix.setdefault(label(model), {}).setdefault(group, []).append(f"action {name}")
                del action
    assert wrong == []
    check_or_write(matrix)


def actions_for(model_admin, user):
    request = RequestFactory().get("/")
    request.user = user
    return model_admin.get_actions(request)


def test_every_action_is_offered_only_with_its_permissions_and_does_nothing_out_of_sight(
    client, world
):
    """Each action is offered to a role exactly when the role has the permissions it declares;
    posted by a role without them, or on another desk's object, it changes nothing."""
    desks = world["desks"]
    desk_a = desks[0]
    wrong = []
    for model, model_admin in admin.site._registry.items():
        root = RequestFactory().get("/")
        root.user = world["users"][ADMINISTRATOR]
        for name, action in model_admin.get_actions(root).items():
            needs = set(action.func.allowed_permissions)
            for group, user in world["users"].items():
                offered = name in actions_for(model_admin, user)
                if offered != (needs <= granted(group, model)):
                    wrong.append(f"{ROLE_NAMES[group]} {label(model)} {name}: offered={offered}")
                for obj in samples(model_admin, desks):
                    if offered and in_sight(group, model_admin, obj, desk_a):
                        continue
                    client.force_login(user)
                    before = model_to_dict(type(obj)._default_manager.get(pk=obj.pk))
                    logged = LogEntry.objects.count()
                    mail.outbox.clear()
                    response = client.post(
                        url(model, "changelist"), {"action": name, "_selected_action": [obj.pk]}
                    )
                    after = model_to_dict(type(obj)._default_manager.get(pk=obj.pk))
                    if response.status_code >= 500 or before != after or mail.outbox:
                        wrong.append(f"{ROLE_NAMES[group]} {label(model)} {name} on {obj.pk}")
                    if LogEntry.objects.count() != logged:
                        wrong.append(f"{ROLE_NAMES[group]} {label(model)} {name} logged")
    assert wrong == []


def test_desk_staff_day_list_shows_no_other_desks_appointments(client, world):
    desk_a, desk_b = world["desks"]
    client.force_login(world["users"][DESK_STAFF])
    slot = make_slot(make_location(desk_b), days_ahead=3)
    services_rules.book(slot=slot, **booking_data(name="Hidden Visitor"))
    response = client.get(
        reverse("admin:services_consultationslot_day_list"),
        {"location": slot.location_id, "date": slot.date.isoformat()},
    )
    assert response.status_code == 200
    assert "Hidden Visitor" not in response.content.decode()


def markdown(matrix) -> str:
    lines = [
        "# Who may do what in the admin",
        "",
        "Generated by `tests/security/test_role_matrix.py` from the admin registry and",
        "`core/roles.py` (`ROLE_MATRIX_WRITE=1 pytest tests/security/test_role_matrix.py`), and",
        "proven there route by route: what is not listed for a role is refused (403, 404, or the",
        'admin\'s "not found" redirect). Desk staff work for desk A; "(desk A)" and "(desk B)"',
        "mark which desk's object was tried. Administrators are members of the Administrator",
        "group (superusers may do the same). Personal pages (a registration's, an appointment's)",
        'are reached by no role through "view on site". Actions also do nothing when posted by a',
        "role they are not offered to, or on an object out of the role's sight.",
        "",
        "| model | " + " | ".join(ROLE_NAMES.values()) + " |",
        "| --- |" + " --- |" * len(ROLE_NAMES),
    ]
    for model_label in sorted(matrix):
        cells = [", ".join(matrix[model_label].get(group, [])) or "—" for group in ROLE_NAMES]
        lines.append(f"| `{model_label}` | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def check_or_write(matrix):
    text = markdown(matrix)
    if os.environ.get("ROLE_MATRIX_WRITE"):
        MATRIX.write_text(text, encoding="utf-8")
    assert MATRIX.read_text(encoding="utf-8") == text, "docs/roles.md is out of date"
