from modeltranslation.translator import TranslationOptions, register

from portal.models import KeyFigure, Page, Partner


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "intro", "body")
    required_languages = {"nl": ("title", "body")}


@register(KeyFigure)
class KeyFigureTranslationOptions(TranslationOptions):
    fields = ("prefix", "label", "source")
    required_languages = {"nl": ("label",)}


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("description",)
