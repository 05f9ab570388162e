"""Admin texts of the software the portal installs (Django itself, django-axes, django-otp,
django-reversion) that their own Dutch, German or French catalogues lack, so the portal
translates them in locale/ (tests/test_admin_translations.py finds any that are missing).

`make messages` runs makemessages with --no-obsolete, which drops every msgid it does not find
in the portal's own code: listing them here with gettext_noop keeps their translations. Each
English text must be exactly the one the other package uses (copy it from its source).

`translate_plain_names()` (called by core's AppConfig.ready) sends names that a package gives as
plain text, never through gettext (django-otp's model and field names, several apps' names),
through gettext_lazy, so they are translated like ours and the test sees them.
"""

from django.apps import apps
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_noop as noop

MESSAGES = [
    # Django 6.1's admin: new texts its Dutch catalogue does not have yet.
    noop("Search %(name)s"),
    noop("Filter by %(field_name)s"),
    noop("Pagination %(name)s"),
    noop("Pagination %(name)s entries"),
    noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related "
        "objects, but your account doesn't have permission to delete the following types of "
        "objects:"
    ),
    noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the "
        "following protected related objects:"
    ),
    noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of the "
        "following related items will be deleted:"
    ),
    # django-axes (login attempts and lockouts): no Dutch, German or French catalogue.
    noop("Axes"),
    noop("access attempt"),
    noop("access attempts"),
    noop("access attempt expiration"),
    noop("access attempt expirations"),
    noop("access failure"),
    noop("access failures"),
    noop("access log"),
    noop("access logs"),
    noop("Access lock out"),
    noop("Attempt Remaining"),
    noop("Attempt Time"),
    noop("Clean up expired attempts"),
    noop("Failed Logins"),
    noop("Form Data"),
    noop("GET Data"),
    noop("POST Data"),
    noop("HTTP Accept"),
    noop("IP Address"),
    noop("Locked Out"),
    noop("Logout Time"),
    noop("Meta Data"),
    noop("Path"),
    noop("User Agent"),
    noop("Username"),
    # django-reversion: no Dutch catalogue.
    noop("Reversion"),
    noop("revision"),
    noop("revisions"),
    noop("version"),
    noop("versions"),
    # django-otp: plain names (translate_plain_names below).
    noop("Django_Otp"),
    noop("Otp_Totp"),
    noop("Otp_Static"),
    noop("TOTP device"),
    noop("TOTP devices"),
    noop("static device"),
    noop("static devices"),
    noop("static token"),
    noop("static tokens"),
    noop("created at"),
    noop("last used at"),
    noop("digits"),
    noop("drift"),
    noop("key"),
    noop("step"),
    noop("tolerance"),
    noop("token"),
    noop("throttling failure count"),
    noop("throttling failure timestamp"),
    # core's own RateLimitCounter, named by Django from the class (a verbose_name of its own
    # would be a migration for a name only administrators see).
    noop("rate limit counter"),
    noop("rate limit counters"),
]


def _translated(text):
    return text if isinstance(text, Promise) else gettext_lazy(text)


def translate_plain_names() -> None:
    """Every app's name, model name and field name that is plain text goes through gettext from
    now on. Only the names shown change: a migration compares what a model declares
    (`_meta.original_attrs`, a field's own arguments), which stays as it was."""
    for config in apps.get_app_configs():
        config.verbose_name = _translated(config.verbose_name)
        for model in config.get_models():
            opts = model._meta
            if not isinstance(opts.verbose_name, Promise):
                if "verbose_name_plural" not in opts.original_attrs:
                    opts.verbose_name_plural = gettext_lazy(str(opts.verbose_name_plural))
                opts.verbose_name = gettext_lazy(opts.verbose_name)
            opts.verbose_name_plural = _translated(opts.verbose_name_plural)
            for field in opts.get_fields():
                if isinstance(getattr(field, "verbose_name", None), str):
                    field.verbose_name = gettext_lazy(field.verbose_name)
