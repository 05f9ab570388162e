"""Django looks for the app's models here; they live in the domain packages (desks, booking,
questions). The two validators stay importable here: migrations 0006 and 0012 name them."""

from services.booking import models as booking  # noqa: F401
from services.booking.models import validate_language_codes  # noqa: F401
from services.desks import models as desks  # noqa: F401
from services.desks.models import validate_page_address  # noqa: F401
from services.questions import models as questions  # noqa: F401
