from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConferencesConfig(AppConfig):
    name = "conferences"
    verbose_name = _("Conferences")

    def ready(self):
        from conferences import emails  # noqa: F401  (registers how its e-mails are rendered)
