"""The usage figures, read-only: they are counted, never typed (insight/counting.py)."""

from django.contrib import admin

from insight.models import MonthlyPageViews, MonthlyTally, PageViews, Tally


class FiguresAdmin(admin.ModelAdmin):
    list_filter = ["language", "view"]
    search_fields = ["page"]
    list_per_page = 100

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # aggregate_page_views folds old days into months


@admin.register(PageViews)
class PageViewsAdmin(FiguresAdmin):
    list_display = ["day", "language", "page", "view", "views"]
    date_hierarchy = "day"


@admin.register(MonthlyPageViews)
class MonthlyPageViewsAdmin(FiguresAdmin):
    list_display = ["month", "language", "page", "view", "views"]
    date_hierarchy = "month"


class TallyAdmin(FiguresAdmin):
    list_filter = ["language"]
    search_fields = ["name"]


@admin.register(Tally)
class DailyTallyAdmin(TallyAdmin):
    list_display = ["day", "language", "name", "count"]
    date_hierarchy = "day"


@admin.register(MonthlyTally)
class MonthlyTallyAdmin(TallyAdmin):
    list_display = ["month", "language", "name", "count"]
    date_hierarchy = "month"
