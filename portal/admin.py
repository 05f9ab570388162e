from axes import admin as axes_admin
from axes.models import AccessAttempt
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from core.admin_mixins import PublicationFilter, TranslatedAdmin
from portal.feedback import weekly_trends
from portal.models import Feedback, KeyFigure, Page, Partner, SearchMiss, SynonymGroup

admin.site.site_header = _("South Limburg work portal")
admin.site.site_title = _("Work portal admin")
admin.site.index_title = _("Content of the portal")


class AccessAttemptAdmin(axes_admin.AccessAttemptAdmin):
    """django-axes' admin of login attempts, its action declaring the permission it needs (it
    deletes rows): every admin action does (tests/security/test_admin_actions.py)."""

    @admin.action(
        description=axes_admin.AccessAttemptAdmin.cleanup_expired_attempts.short_description,
        permissions=["delete"],
    )
    def cleanup_expired_attempts(self, request, queryset):
        return super().cleanup_expired_attempts(request, queryset)


if admin.site.is_registered(AccessAttempt):
    admin.site.unregister(AccessAttempt)
    admin.site.register(AccessAttempt, AccessAttemptAdmin)


@admin.register(Page)
class PageAdmin(TranslatedAdmin):
    list_display = ["title", "publication", "slug", "updated_at"]
    list_filter = [PublicationFilter]

    def has_delete_permission(self, request, obj=None):
        return False  # the portal links to each of these pages; unpublish instead


@admin.register(KeyFigure)
class KeyFigureAdmin(TranslatedAdmin):
    list_display = ["label", "publication", "value", "order"]
    list_editable = ["order"]
    list_filter = [PublicationFilter]


@admin.register(Partner)
class PartnerAdmin(TranslatedAdmin):
    list_display = ["name", "publication", "website", "order"]
    list_editable = ["order"]
    list_filter = [PublicationFilter]
    search_fields = ["name"]


@admin.register(SearchMiss)
class SearchMissAdmin(admin.ModelAdmin):
    """What visitors looked for and did not find: ideas for new FAQs."""

    list_display = ["query", "language", "count", "first_searched_at", "last_searched_at"]
    list_filter = ["language"]
    search_fields = ["query"]
    readonly_fields = list_display

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SynonymGroup)
class SynonymGroupAdmin(admin.ModelAdmin):
    """Equivalent words across the four languages, used by the site search (content guide)."""

    list_display = ["__str__", "note", "updated_at"]
    search_fields = ["terms", "note"]


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    """What visitors said, one answer per row; the trends page counts them per page, language
    and week."""

    list_display = ["page", "language", "kind", "helpful", "comment", "created_on"]
    list_filter = ["kind", "helpful", "language", "created_on"]
    search_fields = ["page", "comment"]
    readonly_fields = list_display
    date_hierarchy = "created_on"
    change_list_template = "admin/portal/feedback/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path(
                "trends/",
                self.admin_site.admin_view(self.trends_view),
                name="portal_feedback_trends",
            ),
            *super().get_urls(),
        ]

    def trends_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Visitor feedback per page and week"),
            "trends": weekly_trends(),
        }
        return TemplateResponse(request, "admin/portal/feedback/trends.html", context)
