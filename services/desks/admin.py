import nested_admin
import reversion
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from core.admin_mixins import (
    AdministratorFieldsMixin,
    HistoryAdmin,
    PublicationFilter,
    TranslatedAdmin,
)
from services.desks.models import (
    FAQ,
    GuideEntry,
    Location,
    OfficialBody,
    OpeningHours,
    ServiceDesk,
    Source,
    Topic,
)


class OwnDeskAdminMixin:
    """For the admins of a desk's questions and appointments: desk staff see and assign only the
    desks they belong to (ServiceDesk.staff); the "handle all desks" permission sees every desk."""

    desk_path = "desk"  # the lookup from the admin's model to its desk

    @staticmethod
    def handles_all_desks(user) -> bool:
        return user.has_perm("services.handle_all_desks")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self.handles_all_desks(request.user):
            return queryset
        return queryset.filter(**{f"{self.desk_path}__staff": request.user})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is ServiceDesk and not self.handles_all_desks(request.user):
            kwargs["queryset"] = ServiceDesk.objects.filter(staff=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# A location's history holds its opening hours (they are edited with it, on the desk's page too).
reversion.register(OpeningHours)
reversion.register(Location, follow=["hours"])


class OpeningHoursInline(nested_admin.NestedTabularInline):
    model = OpeningHours
    extra = 0


class LocationInline(nested_admin.NestedStackedInlineMixin, TranslationStackedInline):
    """A desk's locations, each with its opening hours inline beneath it."""

    model = Location
    extra = 0
    # Collapsed: the desk's page opens short; staff unfold the locations or FAQs they edit.
    classes = ["collapse"]
    fields = [
        "name",
        ("street_address", "postal_code", "city", "country"),
        ("phone", "email"),
        "by_appointment_only",
        "notes",
        ("latitude", "longitude"),
        ("last_checked", "owner", "order"),
        ("is_published", "publish_at", "unpublish_at"),
    ]
    inlines = [OpeningHoursInline]


class FAQInline(nested_admin.NestedStackedInlineMixin, TranslationStackedInline):
    model = FAQ
    extra = 0
    classes = ["collapse"]
    fields = [
        "topic",
        "question",
        "answer",
        "sources",
        ("last_checked", "owner", "order"),
        ("is_published", "publish_at", "unpublish_at"),
    ]
    autocomplete_fields = ["sources"]


@admin.register(ServiceDesk)
class ServiceDeskAdmin(
    AdministratorFieldsMixin, nested_admin.NestedModelAdminMixin, TranslatedAdmin
):
    list_display = ["name", "publication", "has_inbox", "slug", "order", "updated_at"]
    list_editable = ["order"]
    list_filter = [PublicationFilter]
    search_fields = ["name", "summary", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}
    filter_horizontal = ["staff"]
    inlines = [LocationInline, FAQInline]
    # Who sees the desk's questions and appointments: administrators decide, not editors.
    administrator_fields = ("staff", "enquiry_email")

    @admin.display(description=_("inbox for questions"), boolean=True)
    def has_inbox(self, obj):
        """Without one, nobody is told of the desk's new questions (see the questions list)."""
        return bool(obj.enquiry_email)


@admin.register(Location)
class LocationAdmin(nested_admin.NestedModelAdminMixin, TranslatedAdmin):
    list_display = ["name", "publication", "last_checked", "desk", "city", "by_appointment_only"]
    list_filter = ["desk", "country", PublicationFilter, "last_checked"]
    list_select_related = ["desk"]
    search_fields = ["name", "city", "street_address"]
    inlines = [OpeningHoursInline]


@admin.register(Topic)
class TopicAdmin(TranslatedAdmin):
    list_display = ["name", "publication", "slug", "order"]
    list_editable = ["order"]
    list_filter = [PublicationFilter]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}


@admin.register(FAQ)
class FAQAdmin(TranslatedAdmin):
    # The columns that matter first, so that they show on a 1,280 px screen beside the filters
    # (tests/browser/test_admin_lists_in_browser.py); no "last changed" column (it is in the
    # history); the question wraps (static/core/admin/changelists.css).
    list_display = ["question", "publication", "last_checked", "desk", "topic", "order"]
    list_editable = ["order"]
    list_filter = ["desk", "topic", PublicationFilter]
    list_select_related = ["desk", "topic"]
    search_fields = ["question", "answer"]
    autocomplete_fields = ["sources"]


@admin.register(OfficialBody)
class OfficialBodyAdmin(TranslatedAdmin):
    """The official bodies answers name as their sources (see docs/content-guide.md)."""

    list_display = ["name", "explanation", "country", "url", "order"]
    list_editable = ["order"]
    list_filter = ["country"]
    search_fields = ["name", "explanation", "slug"]


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    """The pages and regulations answers cite (title and address), each published by an
    official body (see docs/content-guide.md)."""

    list_display = ["title", "body", "url", "published_on"]
    list_filter = ["body__country", "body"]
    list_select_related = ["body"]
    search_fields = ["title", "url", "slug", "body__name"]
    autocomplete_fields = ["body"]


@admin.register(GuideEntry)
class GuideEntryAdmin(TranslatedAdmin):
    """Which advice, desks, topics and FAQs the "my situation" guide shows for which answers."""

    list_display = ["title", "publication", "lives_in", "works_in", "role", "order"]
    list_editable = ["order"]
    list_filter = ["lives_in", "works_in", "role", PublicationFilter]
    search_fields = ["title"]
    filter_horizontal = ["desks", "topics", "faqs"]
    fieldsets = [
        (_("For whom"), {"fields": [("lives_in", "works_in", "role")]}),
        (None, {"fields": ["title", "advice", "desks", "topics", "faqs", "order"]}),
        (_("Publication"), {"fields": [("is_published", "publish_at", "unpublish_at")]}),
    ]
