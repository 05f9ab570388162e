"""The portal's admin site: Django's, with a "view on site" shortcut (`/admin/r/<type>/<id>/`)
that leads staff only where the admin itself would, and changelists whose filters never answer a
bad value with a 500.

Django's shortcut redirects any verified staff member to any object's `get_absolute_url()`,
whatever their role or desk. Here it serves a model only when it is registered in this admin with
"view on site" on and its page is not a visitor's personal page (`core.tokens.has_personal_page`),
and an object only when the user may view it in that model's admin (its `get_queryset`, so desk
boundaries hold, and its view or change permission). Anything else is "not found" or "forbidden".
"""

import datetime

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.contrib.admin.views import main as admin_views
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext

from core.tokens import has_personal_page


class ChangeList(admin_views.ChangeList):
    """Django's changelist, but a filter value it cannot turn into a date or number (a year
    of 99999999999999999999, the year 9999 whose next year does not exist, the year 1 that
    has no UTC equivalent) or that the database cannot take (a NUL byte, on PostgreSQL) is an
    invalid filter: the list comes back unfiltered with a message, where Django raised
    OverflowError or ValueError (a 500)."""

    def get_filters(self, request):
        try:
            if any("\x00" in value for _name, values in request.GET.lists() for value in values):
                raise ValueError("NUL in a query value")
            filters = super().get_filters(request)
            lookups = filters[2]
            for values in lookups.values():
                for value in values if isinstance(values, list) else [values]:
                    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
                        value.astimezone(datetime.UTC)  # as the database will get it
        except (ValueError, OverflowError) as error:
            messages.error(request, gettext("That filter value is not valid."))
            raise IncorrectLookupParameters(error) from error
        return filters


class SafeChangeListMixin:
    def get_changelist(self, request, **kwargs):
        changelist = super().get_changelist(request, **kwargs)
        return ChangeList if changelist is admin_views.ChangeList else changelist


class AdminSite(admin.AdminSite):
    def register(self, model_or_iterable, admin_class=None, **options):
        """Every admin registered here, the apps' and third-party ones (django-axes, auth), gets
        the changelist above (Django itself subclasses an admin class given `options`)."""
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, SafeChangeListMixin):
            admin_class = type(
                admin_class.__name__,
                (SafeChangeListMixin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def get_urls(self):
        urls = super().get_urls()
        shortcut = path(
            "r/<path:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site),
            name="view_on_site",
        )
        return [shortcut if getattr(url, "name", None) == "view_on_site" else url for url in urls]

    def view_on_site(self, request, content_type_id, object_id):
        if not (content_type_id.isascii() and content_type_id.isdigit()):
            raise Http404
        if len(content_type_id) > 9:
            raise Http404
        try:
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        except ContentType.DoesNotExist as error:
            raise Http404 from error
        model_admin = self._registry.get(model)
        if model_admin is None or has_personal_page(model) or not model_admin.view_on_site:
            raise Http404
        obj = model_admin.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not model_admin.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return contenttype_views.shortcut(request, content_type_id, object_id)
