"""The admin of core's own models: the e-mails to staff, read-only, with "send again"."""

from django.contrib import admin

from core.admin_mixins import OutboxAdmin
from core.models import StaffEmail


@admin.register(StaffEmail)
class StaffEmailAdmin(OutboxAdmin):
    list_display = ["subject", "to", "kind", *OutboxAdmin.delivery_columns]
    list_filter = [*OutboxAdmin.list_filter, "kind"]
    search_fields = ["to", "subject"]
    readonly_fields = ["kind", "to", "subject", "body", *OutboxAdmin.delivery_fields]
    fields = readonly_fields
    view_on_site = False
