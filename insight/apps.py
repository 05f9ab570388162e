from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import ADMINISTRATOR, VIEW


class InsightConfig(AppConfig):
    name = "insight"
    verbose_name = _("Usage figures")
    # Who may see what (core/roles.py): the rows of figures, for administrators; the dashboard
    # (/admin/usage/) shows each member of desk staff their own desks' (insight/dashboard.py).
    roles = {
        ADMINISTRATOR: {
            "pageviews": VIEW,
            "monthlypageviews": VIEW,
            "tally": VIEW,
            "monthlytally": VIEW,
        }
    }

    def ready(self):
        # Insight's own tables on the usage dashboard; the other apps register theirs.
        from insight import tables  # noqa: F401
