from django import template
from django.template.loader import render_to_string

from portal import richtext
from portal.i18n import localize

register = template.Library()


@register.simple_tag
def tr(obj, field):
    """A translated text, inline: `{% tr desk "name" %}`, marked with its language on fallback."""
    return render_to_string("includes/translated_inline.html", {"value": localize(obj, field)})


@register.simple_tag
def tr_rich(obj, field):
    """A translated rich-text block: `{% tr_rich faq "answer" %}`, sanitised, noting a fallback."""
    value = localize(obj, field)
    return render_to_string(
        "includes/translated_block.html", {"value": value, "html": richtext.render(value.text)}
    )


@register.filter
def richtext_html(text):
    return richtext.render(text)
