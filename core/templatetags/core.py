import functools
import json

from crispy_forms.templatetags.crispy_forms_tags import CrispyFormNode
from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from core import fragments, richtext, schedule, structured_data, translation_status
from core.admin_mixins import admin_change_url
from core.i18n import Localized, current_language, localize, resolving_context

register = template.Library()


@register.simple_tag
def tr(obj, field):
    """A translated text, inline: `{% tr desk "name" %}`, marked with its language on fallback."""
    return inline(localize(obj, field))


@register.filter
def inline(value):
    """A text for inline use; a Localized fallback text is marked with its language."""
    if not isinstance(value, Localized) or not value.is_fallback:
        return conditional_escape(str(value))
    return render_to_string("includes/translated_inline.html", {"value": value})


@register.simple_tag
def tr_rich(obj, field):
    """A translated rich-text block: `{% tr_rich faq "answer" %}`, sanitised, noting a fallback."""
    value = localize(obj, field)
    html = richtext.render(value.text)
    if not value.is_fallback:
        return html
    return render_to_string("includes/translated_block.html", {"value": value, "html": html})


register.filter("admin_change_url", admin_change_url)


# A number no id reaches, reversed in its place and then replaced by the id.
_ID_PLACEHOLDER = 987654321987


@functools.lru_cache(maxsize=256)
def _id_url(name, language, urlconf, prefix):
    return reverse(name, args=[_ID_PLACEHOLDER], urlconf=urlconf)


@register.simple_tag
def id_url(name, pk):
    """`{% url name pk %}` for a URL whose only argument is an integer id, reversed once per
    name, language and URLconf and filled in for each id: a desk page lists hundreds of answers
    (a reverse costs about 20 µs)."""
    url = _id_url(name, *resolving_context())
    return url.replace(str(_ID_PLACEHOLDER), str(int(pk)), 1)


@register.simple_tag
def fragment(template_name, **values):
    """`template_name` rendered with only `values`, once for the content they hold (see
    core/fragments.py): `{% fragment "services/includes/answer.html" faq=faq live=... %}`."""
    return fragments.render(template_name, values)


@register.simple_tag(takes_context=True)
def frame(context, template_name, **values):
    """`{% fragment %}` for the page's header and footer (core.fragments.render_frame), but
    rendered each time on a personal page: its address, in the language links, holds the
    visitor's token, which is not kept in memory."""
    if context.get("personal_page"):
        return render_to_string(template_name, values)
    return fragments.render_frame(template_name, values)


@register.simple_tag
def scheduled_jobs():
    """Every scheduled job with its last run and success, for the admin's index."""
    return [{"name": name, **job} for name, job in schedule.last_runs().items()]


@register.simple_tag
def outdated_note(obj):
    """A note for visitors when the text they read predates its Dutch source."""
    language = current_language()
    if not translation_status.is_older_than_source(obj, language):
        return ""
    return render_to_string("includes/outdated_translation.html", {"language": language})


@register.simple_tag
def json_ld(data):
    """schema.org data as a JSON-LD data block: not executed, so the CSP is unaffected."""
    # Escaped as Django's json_script escapes (<, > and & as \u003C, \u003E, \u0026, so the
    # text cannot close the element), but with str.replace: json_script's str.translate takes
    # about 80 ns a character, some 40 ms for the JSON of a desk page with 500 answers.
    text = json.dumps(data, cls=DjangoJSONEncoder)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag(takes_context=True)
def breadcrumb_list(context):
    """The page's breadcrumbs (context["breadcrumbs"]) as a schema.org BreadcrumbList."""
    request = context.get("request")
    data = request and structured_data.breadcrumbs(request, context.get("breadcrumbs") or [])
    return json_ld(data) if data else ""


@register.inclusion_tag("includes/error_summary.html")
def error_summary(*forms):
    """`{% error_summary form %}`, first in a page's content: the GOV.UK error summary for one
    or more forms (see core.accessible_forms), or nothing when they have no errors."""
    from core.accessible_forms import error_links

    forms = [form for form in forms if hasattr(form, "non_field_errors")]  # not given: none
    return {"errors": [link for form in forms for link in error_links(form)]}


# Markup of unbound forms, by what it depends on (`crispy_markup`); bounded, as keys may come
# from content (a desk's topics), and forgotten as the answers' HTML is (core.fragments).
_FORM_MARKUP = fragments.KeptHTML(512)


@register.simple_tag(takes_context=True)
def crispy_markup(context, form):
    """`{% crispy form %}`, made once per process for each markup the form can have, when the
    form is unbound and says what its markup depends on (`markup_key()`: EnquiryForm's desk and
    choices); the language, the URLconf, the script prefix and the form's class and prefix are
    part of the key. crispy's
    layouts cost a fifth of a desk page; a bound form (what was typed, errors) is rendered each
    time."""
    key = None
    if not form.is_bound and hasattr(form, "markup_key"):
        key = (type(form), *resolving_context(), form.prefix, form.markup_key())
        if (markup := _FORM_MARKUP.get(key)) is not None:
            return markup
    with context.push(crispy_markup_form=form):
        markup = CrispyFormNode("crispy_markup_form", None).render(context)
    if key is not None:
        _FORM_MARKUP.keep(key, markup)
    return markup
