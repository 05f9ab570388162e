"""Staff roles: the four groups, and what each may work on, as the apps declare it.

Each app says, in its AppConfig, which of its models each role may see and change:

    class ServicesConfig(AppConfig):
        roles = {CONTENT_EDITOR: {"faq": ALL, ...}, DESK_STAFF: {"enquiry": ALL, ...}}

A model name without a dot is the app's own; the portal, which installs the apps of other
projects (accounts, login attempts, history), names theirs as `app_label.model_name`. A model
only administrators work on is listed under ADMINISTRATOR (they get every permission anyway:
the entry says the model was thought about). `declared()` assembles the mapping, so this module
names no app's model; tests/core/test_roles.py fails on an admin model no app declares.

The groups are created by a data migration (core/migrations/0003_staff_roles.py) and kept in step
with the models by `sync_roles`, which runs after every `migrate` (core/apps.py): a model added
later gets its permissions as soon as it exists, and a model declared that does not exist yet is
simply skipped. Administrators get every permission there is.
"""

from django.apps import apps
from django.db import models
from django.utils.translation import pgettext_lazy

CONTENT_EDITOR = "Content editor"
EVENT_MANAGER = "Event manager"
DESK_STAFF = "Desk staff"
ADMINISTRATOR = "Administrator"

ALL = ("add", "change", "delete", "view")
VIEW = ("view",)

GROUPS = (CONTENT_EDITOR, EVENT_MANAGER, DESK_STAFF, ADMINISTRATOR)

# The groups keep their English names (the data migration and `sync_roles` find them by it);
# staff read them in their own language wherever the admin shows a group (`label`).
LABELS = {
    CONTENT_EDITOR: pgettext_lazy("role", "Content editor"),
    EVENT_MANAGER: pgettext_lazy("role", "Event manager"),
    DESK_STAFF: pgettext_lazy("role", "Desk staff"),
    ADMINISTRATOR: pgettext_lazy("role", "Administrator"),
}


def label(group) -> str:
    """A group as staff read it: a role in their language, any other group by its name. Django's
    Group shows itself this way (core/apps.py), so the user form, the lists and their filters
    say "Inhoudsredacteur", not "Content editor"."""
    return str(LABELS.get(group.name, group.name))


def is_administrator(user) -> bool:
    """Superusers and members of the Administrator group: they alone decide who works for which
    desk and where its questions go (`AdministratorFieldsMixin` in core/admin_mixins.py)."""
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_administrator"):
        user._is_administrator = user.groups.filter(name=ADMINISTRATOR).exists()
    return user._is_administrator


def declared() -> dict[str, dict[str, tuple[str, ...]]]:
    """{group: {"app_label.model_name": actions}} from every installed app's `roles`."""
    mapping = {name: {} for name in GROUPS}
    for config in apps.get_app_configs():
        for group, models_ in getattr(config, "roles", {}).items():
            for name, actions in models_.items():
                label = name if "." in name else f"{config.label}.{name}"
                mapping[group][label] = tuple(actions)
    return mapping


def permission_filter(mapping) -> models.Q:
    """The permissions a mapping grants, as one condition on auth.Permission."""
    condition = models.Q(pk__in=[])
    for label, actions in mapping.items():
        app_label, model_name = label.split(".")
        condition |= models.Q(
            content_type__app_label=app_label,
            content_type__model=model_name,
            codename__in=[f"{action}_{model_name}" for action in actions],
        )
    return condition


def sync_roles(*, group_model, permission_model) -> None:
    """Create the groups and give each exactly the permissions the mapping names (permissions of
    models that do not exist yet do not exist either, so they are skipped). Takes the models so a
    data migration can pass its historical ones."""
    for name in GROUPS:
        group, _created = group_model.objects.get_or_create(name=name)
        if name == ADMINISTRATOR:
            permissions = permission_model.objects.all()
        else:
            permissions = permission_model.objects.filter(permission_filter(declared()[name]))
        group.permissions.set(permissions)


def sync_roles_after_migrate(sender, using="default", **kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    if using != "default":
        return
    sync_roles(group_model=Group, permission_model=Permission)
