from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Apps of other projects that the portal installs (settings.INSTALLED_APPS): no public page shows
# their rows (staff accounts and their devices, sessions, history, login attempts), so saving one
# leaves the page cache alone (core/public_pages.py; the portal's own models declare themselves).
NOT_ON_PUBLIC_PAGES = [
    "admin",
    "auth",
    "contenttypes",
    "sessions",
    "reversion",
    "axes",
    "otp_totp",
    "otp_static",
]


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from core import public_pages
        from portal import search

        for app_label in NOT_ON_PUBLIC_PAGES:
            public_pages.declare_app(app_label, public_pages.NO_PAGE)

        search.connect_signals(self)

        from portal import pagecache

        pagecache.connect_signals()

        from portal import otp  # noqa: F401 - registers the staff e-mails with the outbox
