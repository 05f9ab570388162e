"""Whitenoise's middleware for the tests: the static files listed once per process.

Whitenoise lists and stats every static file when its middleware is built (through the finders
in tests: tests/settings.py). Production builds the middleware once per process; Django's test
client builds it anew for every client, that is for nearly every test: some 35 ms each, about a
minute of CPU per pass of the suite. This middleware keeps the listing it made for the settings
it read, so a test that changes them (STATIC_URL, the finders, WHITENOISE_*) gets a listing of
its own. Everything else, serving included, is whitenoise's own code."""

from django.conf import settings
from whitenoise import middleware

_listed: dict[str, dict] = {}

# What the listing and the headers whitenoise keeps with each file depend on.
SETTINGS = (
    "DEBUG",
    "FORCE_SCRIPT_NAME",
    "INSTALLED_APPS",
    "STATIC_URL",
    "STATICFILES_DIRS",
    "STATICFILES_FINDERS",
)


class WhiteNoiseMiddleware(middleware.WhiteNoiseMiddleware):
    def add_files_from_finders(self):
        names = SETTINGS + tuple(name for name in dir(settings) if name.startswith("WHITENOISE_"))
        key = repr([(name, getattr(settings, name, None)) for name in names])
        if key not in _listed:
            # Whitenoise's listing, made into an empty dictionary and kept.
            files, self.files = self.files, {}
            super().add_files_from_finders()
            _listed[key], self.files = self.files, files
        self.files.update(_listed[key])  # as whitenoise adds them: over those of STATIC_ROOT
