from modeltranslation.translator import TranslationOptions, register

from services.desks.models import FAQ, GuideEntry, Location, OfficialBody, ServiceDesk, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name", "intro")
    required_languages = {"nl": ("name",)}


@register(ServiceDesk)
class ServiceDeskTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "audience", "description", "reply_time")
    required_languages = {"nl": ("name", "summary")}


@register(Location)
class LocationTranslationOptions(TranslationOptions):
    fields = ("name", "notes")
    required_languages = {"nl": ("name",)}


@register(FAQ)
class FAQTranslationOptions(TranslationOptions):
    fields = ("question", "answer")
    required_languages = {"nl": ("question", "answer")}


@register(GuideEntry)
class GuideEntryTranslationOptions(TranslationOptions):
    fields = ("title", "advice")
    required_languages = {"nl": ("title",)}


@register(OfficialBody)
class OfficialBodyTranslationOptions(TranslationOptions):
    fields = ("explanation",)
