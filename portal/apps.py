from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import ADMINISTRATOR, ALL, CONTENT_EDITOR, EVENT_MANAGER, VIEW

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
    # Who may see and change what (core/roles.py): the portal's own models, and those of the
    # apps it installs (named with their app label).
    roles = {
        CONTENT_EDITOR: {
            "synonymgroup": ALL,  # the site search's synonyms
            "page": ALL,
            "partner": ALL,
            "keyfigure": ALL,
            "searchmiss": VIEW,
            "feedback": VIEW,
            "reversion.revision": VIEW,
            "reversion.version": VIEW,
        },
        EVENT_MANAGER: {"reversion.revision": VIEW, "reversion.version": VIEW},
        # Accounts and groups, second factors, login attempts, background tasks.
        ADMINISTRATOR: dict.fromkeys(
            [
                "auth.user",
                "auth.group",
                "otp_totp.totpdevice",
                "otp_static.staticdevice",
                "axes.accessattempt",
                "axes.accesslog",
                "axes.accessfailurelog",
                "django_tasks_database.dbtaskresult",
            ],
            ALL,
        ),
    }

    def ready(self):
        from core import public_pages
        from portal import dashboard, search  # noqa: F401 (dashboard: its tables register)

        for app_label in NOT_ON_PUBLIC_PAGES:
            public_pages.declare_app(app_label, public_pages.NO_PAGE)

        search.connect_signals(self)

        from portal import pagecache

        pagecache.connect_signals()

        from portal import otp  # noqa: F401 - registers the staff e-mails with the outbox
