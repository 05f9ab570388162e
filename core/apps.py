from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig

from core import roles


class CoreConfig(AppConfig):
    """The bottom layer: what every app uses, importing none of them (see docs/architecture.md)."""

    default = True  # this module holds another AppConfig too (TasksDatabaseConfig)
    name = "core"
    verbose_name = _("Shared building blocks")
    # E-mails to staff quote what visitors reported (core/staffmail.py): administrators only.
    roles = {roles.ADMINISTRATOR: {"staffemail": roles.ALL}}

    def ready(self):
        from core import instances, publishing, roles, staffmail  # noqa: F401 - staffmail registers its renderer
        from core.third_party_strings import translate_plain_names

        translate_plain_names()  # names other packages give as plain text, in the admin's language
        from django.contrib.auth.models import Group

        Group.__str__ = roles.label  # the four roles in the admin's language

        # Rows read into instances without __init__ where that changes nothing (core/instances.py).
        instances.install(apps.get_models(include_auto_created=True))

        for signal in (post_save, post_delete):
            signal.connect(publishing.forget_next_scheduled_change, dispatch_uid="core.schedule")

        def after_last_app(sender, **kwargs):
            # post_migrate is sent once per app, and each app's permissions are created when its
            # turn comes: the roles are synced after the last one, when every permission exists.
            if sender is list(apps.get_app_configs())[-1]:
                roles.sync_roles_after_migrate(sender, **kwargs)

        post_migrate.connect(after_last_app, weak=False, dispatch_uid="core.roles.sync")


class TasksDatabaseConfig(TasksAppConfig):
    """django-tasks-db, with a translated name in the admin (its own is English only)."""

    default = False
    verbose_name = _("Background tasks")

    def ready(self):
        super().ready()
        from core import public_pages

        public_pages.declare_app(self.label, public_pages.NO_PAGE)  # task results: staff only


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin with the portal's site (core/admin_site.py): its "view on site" shortcut
    leads only where the user's role and desk allow."""

    default = False
    default_site = "core.admin_site.AdminSite"
