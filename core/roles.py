"""Staff roles: one declarative mapping from a group to the models its members may work on.

The groups are created by a data migration (core/migrations/0003_staff_roles.py) and kept in step
with the models by `sync_roles`, which runs after every `migrate` (core/apps.py): a model added
later gets its permissions as soon as it exists, and a model named here that does not exist yet
(another branch adds it) is simply skipped. Administrators get every permission there is.

Models are named `app_label.model_name`, so this module imports no app.
"""

from django.db import models

CONTENT_EDITOR = "Content editor"
EVENT_MANAGER = "Event manager"
DESK_STAFF = "Desk staff"
ADMINISTRATOR = "Administrator"

ALL = ("add", "change", "delete", "view")
VIEW = ("view",)

# group -> {model: actions}. ADMINISTRATOR is not listed: it gets every permission.
ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    CONTENT_EDITOR: {
        "services.servicedesk": ALL,
        "services.location": ALL,
        "services.openinghours": ALL,
        "services.faq": ALL,
        "services.officialbody": ALL,
        "services.source": ALL,
        "services.topic": ALL,
        "services.guideentry": ALL,
        "services.consultationslot": ALL,
        "portal.page": ALL,
        "portal.partner": ALL,
        "portal.keyfigure": ALL,
        "portal.searchmiss": VIEW,
        "portal.feedback": VIEW,
        "reversion.revision": VIEW,
        "reversion.version": VIEW,
    },
    EVENT_MANAGER: {
        "conferences.conference": ALL,
        "conferences.programmeitem": ALL,
        "conferences.registration": ALL,
        "conferences.outgoingemail": ALL,
        "reversion.revision": VIEW,
        "reversion.version": VIEW,
    },
    DESK_STAFF: {
        # Which desk's enquiries and appointments each member sees is up to those admins.
        "services.enquiry": ALL,
        "services.appointment": ALL,
        "services.consultationslot": VIEW,
    },
}
GROUPS = (CONTENT_EDITOR, EVENT_MANAGER, DESK_STAFF, ADMINISTRATOR)


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
            permissions = permission_model.objects.filter(permission_filter(ROLES[name]))
        group.permissions.set(permissions)


def sync_roles_after_migrate(sender, using="default", **kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    if using != "default":
        return
    sync_roles(group_model=Group, permission_model=Permission)
