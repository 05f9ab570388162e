from django import template
from django.template.loader import render_to_string

from core.i18n import Localized, localize
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
    # The form's fields as written out in the template (tests/portal/test_feedback.py checks them
    # against what Django's widgets make): no form to build and no widget templates to render on
    # every page. Rendered without the request: it needs nothing the context processors add, and
    # running them again (the language switcher's URLs) cost 2-3% of an uncached page.
    context = {
        "fields": FeedbackForm.base_fields,
        "page": request.path,
        "rendered_at": feedback_token(),
        "answers": answers(context.get("faqs")),
    }
    return render_to_string("includes/feedback.html", context)


def answers(faqs) -> list[tuple[int, Localized]]:
    """The answers the page lists (a desk's, a topic's, the guide's), as (id, question) for the
    feedback form's "which question?": read from what the page has loaded, no query of its own."""
    if not faqs:
        return []
    return [(faq.pk, localize(faq, "question")) for faq in faqs]
