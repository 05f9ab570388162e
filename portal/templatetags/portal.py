from django import template
from django.template.loader import render_to_string
from django.utils.html import conditional_escape

from portal import richtext
from portal.i18n import localize

register = template.Library()


@register.simple_tag
def tr(obj, field):
    """A translated text, inline: `{% tr desk "name" %}`, marked with its language on fallback."""
    value = localize(obj, field)
    if not value.is_fallback:
        return conditional_escape(value.text)
    return render_to_string("includes/translated_inline.html", {"value": value})


@register.simple_tag
def tr_rich(obj, field):
    """A translated rich-text block: `{% tr_rich faq "answer" %}`, sanitised, noting a fallback."""
    value = localize(obj, field)
    html = richtext.render(value.text)
    if not value.is_fallback:
        return html
    return render_to_string("includes/translated_block.html", {"value": value, "html": html})
