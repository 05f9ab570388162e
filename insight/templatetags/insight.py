from django import template

from insight.dashboard import scopes_for

register = template.Library()


@register.simple_tag(takes_context=True)
def sees_usage_figures(context) -> bool:
    """Whether the member of staff may open the usage dashboard (the admin index's link)."""
    return bool(scopes_for(context["request"].user))
