"""The Dutch admin speaks Dutch (issue 21, item 14): every page that matters is rendered in Dutch
while every message looked up through Django's translation functions is recorded, and any whose
Dutch translation is missing fails, whoever's it is (ours, Django's, axes', django-otp's,
reversion's).

What is recorded: `gettext`, `pgettext`, `ngettext` and `npgettext` and their lazy forms, as
templates (`{% translate %}`, `{% blocktranslate %}`), models (verbose names, app names, choices),
forms and admin classes call them; they all end in `DjangoTranslation.gettext` or `.ngettext`,
which the `recorded` fixture wraps. A text that never goes through them (a group's name, a
log message stored as it was typed) is not a message and cannot be caught here: the role names
are translated where they are shown (core/roles.py, `label`).

The pages: the index, the content status page, every model's list (with its filters and search
box, also with a search made), add form, change form, history, version and delete pages, the
pages the apps add (event desk, statistics, day list, series, trends), as a superuser, and the
index, lists and change forms as each role; something of every model exists
(tests/security/test_role_matrix.py's `world`)."""

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse
from django.utils.translation import trans_real

from core.roles import GROUPS
from tests.security.test_role_matrix import routes, world  # noqa: F401 (world: a fixture)

# What the admin says does not depend on the database engine: CI runs it once (PostgreSQL).
pytestmark = [pytest.mark.django_db, pytest.mark.any_database]

# Messages whose Dutch is the same as their English; short and each with its reason. Anything
# else missing from the Dutch catalogues fails.
SAME_IN_DUTCH = {
    "id",  # a task result's number, as Dutch writes it too
    "t0",  # django-otp's TOTP start time, a formula's symbol
}

ROUTES_NOT_PAGES = {"view on site"}  # a redirect to the public site, not an admin page


@pytest.fixture
def recorded(monkeypatch):
    """{msgid: first URL it was seen on} for every Dutch lookup that found no translation."""
    missing = {}
    where = {"url": None}
    gettext = trans_real.DjangoTranslation.gettext
    ngettext = trans_real.DjangoTranslation.ngettext

    def note(translation, key, msgid):
        if translation.language() == "nl" and key not in translation._catalog:
            missing.setdefault(msgid.replace(trans_real.CONTEXT_SEPARATOR, " | "), where["url"])

    def recording_gettext(self, message):
        note(self, message, message)
        return gettext(self, message)

    def recording_ngettext(self, msgid1, msgid2, n):
        note(self, (msgid1, 0), msgid1)
        return ngettext(self, msgid1, msgid2, n)

    monkeypatch.setattr(trans_real.DjangoTranslation, "gettext", recording_gettext)
    monkeypatch.setattr(trans_real.DjangoTranslation, "ngettext", recording_ngettext)
    return missing, where


def render(client, url, where):
    where["url"] = url
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code in (200, 302), (url, response.status_code)
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    return response


def admin_pages(desks):
    """Every admin page worth reading, once per model admin, as a superuser sees them."""
    yield reverse("admin:index")
    yield reverse("content_status")
    yield reverse("usage_dashboard")
    yield reverse("usage_dashboard") + "?scope=desk-a"
    yield reverse("admin:password_change")
    for model_admin in admin.site._registry.values():
        for route, url, _obj, _needs in routes(model_admin, desks):
            if route in ROUTES_NOT_PAGES or route.startswith("autocomplete"):
                continue
            if route.startswith("export"):
                continue  # a CSV file, written in the language of its columns (tested there)
            yield url
            if route == "list":
                yield f"{url}?q=a"  # the search's result line
                yield f"{url}?_facets=1"  # the filters with their counts


def problems(missing):
    return sorted(
        f"{msgid!r} (on {url})" for msgid, url in missing.items() if msgid not in SAME_IN_DUTCH
    )


def test_every_admin_string_is_translated_in_the_dutch_admin(
    client,
    django_user_model,
    world,  # noqa: F811 (the fixture imported above)
    recorded,
):
    missing, where = recorded
    superuser = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    client.force_login(superuser)
    for url in admin_pages(world["desks"]):
        render(client, url, where)
    untranslated = problems(missing)
    assert not untranslated, "no Dutch for:\n" + "\n".join(untranslated)


def test_every_role_reads_its_admin_in_dutch(client, world, recorded):  # noqa: F811
    missing, where = recorded
    for group in GROUPS:
        user = world["users"][group]
        client.force_login(user)
        render(client, reverse("admin:index"), where)
        request = RequestFactory().get("/")
        request.user = user
        for model, model_admin in admin.site._registry.items():
            if not model_admin.has_view_or_change_permission(request):
                continue
            opts = model._meta
            changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            response = render(client, changelist, where)
            objects = response.context and response.context.get("cl")
            if objects and objects.result_list:
                obj = objects.result_list[0]
                change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
                render(client, change, where)
    untranslated = problems(missing)
    assert not untranslated, "no Dutch for:\n" + "\n".join(untranslated)
