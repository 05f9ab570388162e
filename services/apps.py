from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Service desks")

    def ready(self):
        from services import emails  # noqa: F401 - registers the e-mail renderers with the outbox
