from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from portal import search

        search.connect_signals(self)

        from portal import pagecache

        pagecache.connect_signals()
