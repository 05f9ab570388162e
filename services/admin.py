import nested_admin
import reversion
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from core.admin_mixins import TranslatedAdmin
from services.models import FAQ, GuideEntry, Location, OpeningHours, ServiceDesk, Topic

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
        ("last_checked", "owner", "order"),
        ("is_published", "publish_at", "unpublish_at"),
    ]


@admin.register(ServiceDesk)
class ServiceDeskAdmin(nested_admin.NestedModelAdminMixin, TranslatedAdmin):
    list_display = ["name", "slug", "order", "is_published", "updated_at"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", "summary", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}
    inlines = [LocationInline, FAQInline]


@admin.register(Location)
class LocationAdmin(nested_admin.NestedModelAdminMixin, TranslatedAdmin):
    list_display = ["name", "desk", "city", "by_appointment_only", "last_checked", "is_published"]
    list_filter = ["desk", "country", "is_published", "last_checked"]
    list_select_related = ["desk"]
    search_fields = ["name", "city", "street_address"]
    inlines = [OpeningHoursInline]


@admin.register(Topic)
class TopicAdmin(TranslatedAdmin):
    list_display = ["name", "slug", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}


@admin.register(FAQ)
class FAQAdmin(TranslatedAdmin):
    # Narrow enough for a 1,280 px screen with the filters beside it: no "last changed" column
    # (it is in the history), the question wraps (static/core/admin/changelists.css).
    list_display = ["question", "desk", "topic", "order", "is_published", "last_checked"]
    list_editable = ["order", "is_published"]
    list_filter = ["desk", "topic", "is_published"]
    list_select_related = ["desk", "topic"]
    search_fields = ["question", "answer"]

    class Media:
        css = {"all": ["core/admin/changelists.css"]}


@admin.register(GuideEntry)
class GuideEntryAdmin(TranslatedAdmin):
    """Which advice, desks, topics and FAQs the "my situation" guide shows for which answers."""

    list_display = ["title", "lives_in", "works_in", "role", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["lives_in", "works_in", "role", "is_published"]
    search_fields = ["title"]
    filter_horizontal = ["desks", "topics", "faqs"]
    fieldsets = [
        (_("For whom"), {"fields": [("lives_in", "works_in", "role")]}),
        (None, {"fields": ["title", "advice", "desks", "topics", "faqs", "order"]}),
        (_("Publication"), {"fields": [("is_published", "publish_at", "unpublish_at")]}),
    ]
