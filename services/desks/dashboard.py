"""Which desks a member of staff sees on the usage dashboard (insight/dashboard.py): every desk
for administrators and whoever handles all desks, otherwise the desks they work for."""

from core.i18n import localize
from core.roles import is_administrator
from insight.dashboard import Scope, dashboard_scopes
from services.desks.models import ServiceDesk


@dashboard_scopes
def desks(user):
    queryset = ServiceDesk.objects.order_by("order", "slug")
    if not (is_administrator(user) or user.has_perm("services.handle_all_desks")):
        queryset = queryset.filter(staff=user)
    return [
        Scope(
            key=desk.slug,
            name=localize(desk, "name").text,
            desk=desk,
            pages=(f"/services/{desk.slug}/",),
        )
        for desk in queryset
    ]
