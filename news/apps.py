from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import ADMINISTRATOR, ALL, CONTENT_EDITOR


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and alerts")
    # Who may see and change what (core/roles.py). Content editors write news and notify
    # subscribers, seeing only how many there are per language: addresses are for administrators.
    roles = {
        CONTENT_EDITOR: {"newsitem": ALL},
        ADMINISTRATOR: {"subscription": ALL, "newsalert": ALL, "alertemail": ALL},
    }

    def ready(self):
        # The e-mail renderers register with the outbox; news adds its part to desk and topic pages
        # and "get alerts for my situation" to the guide's result (alert_views).
        from news import alert_views, emails, views  # noqa: F401
