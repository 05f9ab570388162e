from modeltranslation.translator import TranslationOptions, register

from news.models import NewsItem


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = {"nl": ("title", "summary", "body")}
