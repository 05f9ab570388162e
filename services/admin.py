from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from portal.admin_mixins import TranslatedAdmin
from services.models import FAQ, Location, OpeningHours, ServiceDesk, Topic


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


class LocationInline(TranslationStackedInline):
    model = Location
    extra = 0
    show_change_link = True
    fields = [
        "name",
        ("street_address", "postal_code", "city", "country"),
        ("phone", "email"),
        "by_appointment_only",
        "opening_hours",
        "notes",
        ("latitude", "longitude"),
        ("last_verified", "is_published", "order"),
    ]
    readonly_fields = ["opening_hours"]

    @admin.display(description=_("opening hours"))
    def opening_hours(self, obj):
        if not obj.pk:
            return _("Save the desk first, then add the opening hours.")
        rows = format_html_join(", ", "{}", ((str(hours),) for hours in obj.hours.all()))
        link = reverse("admin:services_location_change", args=[obj.pk])
        return format_html(
            '{} <a href="{}">{}</a>', rows or _("none"), link, _("Edit opening hours")
        )


class FAQInline(TranslationStackedInline):
    model = FAQ
    extra = 0
    fields = ["topic", "question", "answer", ("order", "is_published")]


@admin.register(ServiceDesk)
class ServiceDeskAdmin(TranslatedAdmin):
    list_display = ["name", "slug", "order", "is_published", "updated_at"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", "summary", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}
    inlines = [LocationInline, FAQInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("locations__hours")


@admin.register(Location)
class LocationAdmin(TranslatedAdmin):
    list_display = ["name", "desk", "city", "by_appointment_only", "last_verified", "is_published"]
    list_filter = ["desk", "country", "is_published", "last_verified"]
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
    list_display = ["question", "desk", "topic", "order", "is_published", "updated_at"]
    list_editable = ["order", "is_published"]
    list_filter = ["desk", "topic", "is_published"]
    list_select_related = ["desk", "topic"]
    search_fields = ["question", "answer"]
