from html import escape

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.fragments import KeptHTML
from core.i18n import localize, resolving_context
from portal.forms import FeedbackForm, feedback_token

register = template.Library()

# The form's HTML by language, page and answers listed, with _TOKEN_STAND_IN for its token;
# bounded and forgotten as the answers' HTML is (core.fragments).
_FORMS = KeptHTML(1024)
# Put in unescaped: every value the template writes is escaped, so none can read like it (an
# address may hold any word, never a "<").
_TOKEN_STAND_IN = mark_safe("<feedback-token>")


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
    # Rendered once per page and language (what its labels and URLs are in), with a stand-in
    # where each request's token goes: about a quarter of a millisecond on every page.
    page, options = request.path, answer_options(context.get("faqs"))
    key = (resolving_context(), page, options)
    html = _FORMS.get(key)
    if html is None:
        context = {
            "fields": FeedbackForm.base_fields,
            "page": page,
            "rendered_at": _TOKEN_STAND_IN,
            "answer_options": options,
        }
        html = _FORMS.keep(key, render_to_string("includes/feedback.html", context))
    return mark_safe(html.replace(_TOKEN_STAND_IN, escape(feedback_token()), 1))  # noqa: S308


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
