from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import ADMINISTRATOR, VIEW


class InsightConfig(AppConfig):
    name = "insight"
    verbose_name = _("Usage figures")
    # Who may see what (core/roles.py): the figures hold no personal data, but deciding who reads
    # which desk's figures is the dashboard's (to come); for now administrators read them.
    roles = {ADMINISTRATOR: {"pageviews": VIEW, "monthlypageviews": VIEW}}
