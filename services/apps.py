from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Service desks")

    def ready(self):
        # Booking: the renderer of appointment e-mails registers itself with core.outbox.
        import services.emails  # noqa: F401
