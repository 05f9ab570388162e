"""Admin texts of the software the portal installs (Django itself, django-axes, django-otp,
django-reversion) that their own Dutch, German or French catalogues lack, so the portal
translates them in locale/ (tests/test_admin_translations.py finds any that are missing).

`make messages` runs makemessages with --no-obsolete, which drops every msgid it does not find
in the portal's own code: listing them here with gettext_noop keeps their translations (by that
name: xgettext knows `gettext_noop`, not an alias for it). Each
English text must be exactly the one the other package uses (copy it from its source).

`translate_plain_names()` (called by core's AppConfig.ready) sends names that a package gives as
plain text, never through gettext (django-otp's model and field names, several apps' names),
through gettext_lazy, so they are translated like ours and the test sees them.
"""

from django.apps import apps
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy, gettext_noop

MESSAGES = [
    # Django 6.1's admin: new texts its Dutch catalogue does not have yet.
    gettext_noop("Search %(name)s"),
    gettext_noop("- Select an option -"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Pagination %(name)s entries"),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting related "
        "objects, but your account doesn't have permission to delete the following types of "
        "objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the "
        "following protected related objects:"
    ),
    gettext_noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of the "
        "following related items will be deleted:"
    ),
    # django-axes (login attempts and lockouts): no Dutch, German or French catalogue.
    gettext_noop("Axes"),
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    gettext_noop("Access lock out"),
    gettext_noop("Attempt Remaining"),
    gettext_noop("Attempt Time"),
    gettext_noop("Clean up expired attempts"),
    gettext_noop("Failed Logins"),
    gettext_noop("Form Data"),
    gettext_noop("GET Data"),
    gettext_noop("POST Data"),
    gettext_noop("HTTP Accept"),
    gettext_noop("IP Address"),
    gettext_noop("Locked Out"),
    gettext_noop("Logout Time"),
    gettext_noop("Meta Data"),
    gettext_noop("Path"),
    gettext_noop("User Agent"),
    gettext_noop("Username"),
    # django-reversion: no Dutch catalogue.
    gettext_noop("Reversion"),
    gettext_noop("revision"),
    gettext_noop("revisions"),
    gettext_noop("version"),
    gettext_noop("versions"),
    # django-otp: plain names (translate_plain_names below).
    gettext_noop("Django_Otp"),
    gettext_noop("Otp_Totp"),
    gettext_noop("Otp_Static"),
    gettext_noop("TOTP device"),
    gettext_noop("TOTP devices"),
    gettext_noop("static device"),
    gettext_noop("static devices"),
    gettext_noop("static token"),
    gettext_noop("static tokens"),
    gettext_noop("created at"),
    gettext_noop("last used at"),
    gettext_noop("digits"),
    gettext_noop("drift"),
    gettext_noop("key"),
    gettext_noop("step"),
    gettext_noop("tolerance"),
    gettext_noop("token"),
    gettext_noop("throttling failure count"),
    gettext_noop("throttling failure timestamp"),
    # core's own RateLimitCounter, named by Django from the class (a verbose_name of its own
    # would be a migration for a name only administrators see).
    gettext_noop("rate limit counter"),
    gettext_noop("rate limit counters"),
    # django-tasks-db (the task queue's results in the admin): no catalogue of its own.
    gettext_noop("Task Result"),
    gettext_noop("Task Results"),
    gettext_noop("args kwargs"),
    gettext_noop("backend name"),
    gettext_noop("enqueued at"),
    gettext_noop("exception class path"),
    gettext_noop("finished at"),
    gettext_noop("priority"),
    gettext_noop("queue name"),
    gettext_noop("return value"),
    gettext_noop("run after"),
    gettext_noop("started at"),
    gettext_noop("task path"),
    gettext_noop("traceback"),
    gettext_noop("worker id"),
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
