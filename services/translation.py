"""modeltranslation looks for the app's translated fields here; each domain declares its own."""

from services.booking import translation as booking  # noqa: F401
from services.desks import translation as desks  # noqa: F401
