"""The admin of core's own models: the e-mails to staff, read-only, with "send again"."""

from django.contrib import admin

from core.admin_mixins import OutboxAdmin
from core.models import StaffEmail


@admin.register(StaffEmail)
class StaffEmailAdmin(OutboxAdmin):
    list_display = ["subject", "to", "kind", *OutboxAdmin.delivery_columns]
    list_filter = [*OutboxAdmin.list_filter, "kind"]
    search_fields = ["to", "subject"]
    # An e-mail about a staff member's own account (its set-up link) has no body here: it is
    # rendered when sent, so its link is never stored or shown (core/staffmail.py).
    readonly_fields = ["kind", "to", "user", "subject", "body", *OutboxAdmin.delivery_fields]
    fields = readonly_fields
    view_on_site = False
