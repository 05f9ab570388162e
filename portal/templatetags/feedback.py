from django import template
from django.template.loader import render_to_string

from portal.forms import FeedbackForm, feedback_token

register = template.Library()


@register.simple_tag(takes_context=True)
def feedback_form(context):
    """ "Did this page help you?" under a public page, and the link to report outdated
    information. No form token (CSRF) in it, so the page stays cacheable: see portal/forms.py."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    # Only under pages as they are shown (GET, HEAD), not under a form's answer to a POST.
    if request.method not in ("GET", "HEAD"):
        return ""
    if match is None or match.view_name.startswith("portal:feedback"):
        return ""
    # Not under a personal page: its address (the personal token) would go into the form and the
    # report link's query string.
    if "token" in match.kwargs:
        return ""
    form = FeedbackForm(initial={"page": request.path, "rendered_at": feedback_token()})
    return render_to_string(
        "includes/feedback.html", {"form": form, "page": request.path}, request=request
    )
