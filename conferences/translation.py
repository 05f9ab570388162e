from modeltranslation.translator import TranslationOptions, register

from conferences.models import Conference, ProgrammeItem


@register(Conference)
class ConferenceTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description")
    required_languages = {"nl": ("title", "summary")}


@register(ProgrammeItem)
class ProgrammeItemTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"nl": ("title",)}
