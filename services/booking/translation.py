from modeltranslation.translator import TranslationOptions, register

from services.booking.models import ConsultationSlot


@register(ConsultationSlot)
class ConsultationSlotTranslationOptions(TranslationOptions):
    fields = ("note",)
