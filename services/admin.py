"""Django's admin looks for the app's admins here; each domain registers its own."""

from services.booking import admin as booking  # noqa: F401
from services.desks import admin as desks  # noqa: F401
from services.questions import admin as questions  # noqa: F401
