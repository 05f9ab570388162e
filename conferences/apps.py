from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import ALL, EVENT_MANAGER


class ConferencesConfig(AppConfig):
    name = "conferences"
    verbose_name = _("Conferences")
    # Who may see and change what (core/roles.py).
    roles = {
        EVENT_MANAGER: {
            "conference": ALL,
            "programmeitem": ALL,
            "registration": ALL,
            "outgoingemail": ALL,
        },
    }

    def ready(self):
        from conferences import emails  # noqa: F401  (registers how its e-mails are rendered)
