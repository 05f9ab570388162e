"""Seed content for `manage.py seed_portal`: plain Python data, one module per part.

Every translated text is a dict with the four keys "nl", "de", "en", "fr" (or None: empty in all).
"""

from portal.seed.border import DESKS as BORDER_DESKS
from portal.seed.conference import CONFERENCES, DEMO_CONFERENCE, DEMO_DAYS_AHEAD
from portal.seed.guide import GUIDE
from portal.seed.international import DESKS as INTERNATIONAL_DESKS
from portal.seed.site import FIGURES, PAGES, PARTNERS
from portal.seed.topics import TOPICS

DESKS = [*BORDER_DESKS, *INTERNATIONAL_DESKS]

__all__ = [
    "CONFERENCES",
    "DEMO_CONFERENCE",
    "DEMO_DAYS_AHEAD",
    "DESKS",
    "FIGURES",
    "GUIDE",
    "PAGES",
    "PARTNERS",
    "TOPICS",
]
