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
        "services.source": ALL,
        "services.topic": ALL,
        "services.guideentry": ALL,
        "services.consultationslot": ALL,
        "services.officialbody": ALL,  # the sources answers name
        "portal.synonymgroup": ALL,  # the site search's synonyms
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
        # Their desk's e-mails to visitors: see them, and try sending again after an outage.
        "services.appointmentemail": ("view", "change"),
        "services.enquiryemail": ("view", "change"),
    },
}
# Models in the admin that only administrators work on: accounts and groups, second factors,
# login attempts, background tasks. Every model in the admin is named in ROLES or here
# (tests/security/test_role_matrix.py).
ADMINISTRATORS_ONLY = frozenset(
    {
        "auth.user",
        "auth.group",
        "otp_totp.totpdevice",
        "otp_static.staticdevice",
        "axes.accessattempt",
        "axes.accesslog",
        "axes.accessfailurelog",
        "django_tasks_database.dbtaskresult",
        # E-mails to staff quote what visitors reported (core/staffmail.py).
        "core.staffemail",
    }
)
GROUPS = (CONTENT_EDITOR, EVENT_MANAGER, DESK_STAFF, ADMINISTRATOR)


def is_administrator(user) -> bool:
    """Superusers and members of the Administrator group: they alone decide who works for which
    desk and where its questions go (`AdministratorFieldsMixin` in core/admin_mixins.py)."""
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_administrator"):
        user._is_administrator = user.groups.filter(name=ADMINISTRATOR).exists()
    return user._is_administrator


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
