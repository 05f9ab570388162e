"""Personal links: the secret token in a personal page's address (a registration, an appointment)
and the URL converter for it, registered once here as `<token:...>` for every app's urls."""

import secrets

from django.urls import register_converter


def new_token() -> str:
    return secrets.token_urlsafe(32)


class TokenConverter:
    """A personal-link token (secrets.token_urlsafe): anything else is simply not found."""

    regex = r"[A-Za-z0-9_-]{20,64}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TokenConverter, "token")


def has_personal_page(model) -> bool:
    """Whether the model's `get_absolute_url()` is a visitor's personal page (its address holds
    the token), declared on the model as `personal_page = True`. Such a page is the visitor's
    alone: no admin route (view on site, the `/admin/r/` shortcut, a link) leads staff to it."""
    return getattr(model, "personal_page", False)
