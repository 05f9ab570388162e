"""The portal's admin site: Django's, with a "view on site" shortcut (`/admin/r/<type>/<id>/`)
that leads staff only where the admin itself would.

Django's shortcut redirects any verified staff member to any object's `get_absolute_url()`,
whatever their role or desk. Here it serves a model only when it is registered in this admin with
"view on site" on and its page is not a visitor's personal page (`core.tokens.has_personal_page`),
and an object only when the user may view it in that model's admin (its `get_queryset`, so desk
boundaries hold, and its view or change permission). Anything else is "not found" or "forbidden".
"""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path

from core.tokens import has_personal_page


class AdminSite(admin.AdminSite):
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
