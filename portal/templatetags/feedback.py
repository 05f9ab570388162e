from html import escape

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.i18n import localize
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
        "answer_options": answer_options(context.get("faqs")),
    }
    return render_to_string("includes/feedback.html", context)


def answer_options(faqs) -> str:
    """The answers the page lists (a desk's, a topic's, the guide's) as the `<option>`s of the
    feedback form's "which question?", a question shown in a fallback language marked with it:
    read from what the page has loaded, no query of its own. Written here rather than looped over
    in the template (about 15 µs an option), with the standard library's `html.escape` (what
    Django's `escape` calls; `format_html` cost 7 µs an option): a desk page may list 500."""
    options = []
    for faq in faqs or ():
        question = localize(faq, "question")
        lang = f' lang="{escape(question.language)}"' if question.is_fallback else ""
        options.append(f'<option value="{int(faq.pk)}"{lang}>{escape(question.text)}</option>')
    return mark_safe("".join(options))  # noqa: S308 - every value above is escaped
