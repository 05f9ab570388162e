from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The bottom layer: what every app uses, importing none of them (see docs/architecture.md)."""

    name = "core"
    verbose_name = _("Shared building blocks")
