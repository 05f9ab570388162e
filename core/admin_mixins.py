"""What every translated model's admin shares: four language tabs and the missing-language column
and filter, so staff see at a glance which items still need a translation."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.i18n import missing_languages


def translated_fields(model):
    return list(translator.get_options_for_model(model).fields)


def _empty(field):
    return Q(**{f"{field}__isnull": True}) | Q(**{field: ""})


class MissingLanguageFilter(admin.SimpleListFilter):
    title = _("missing translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, name) for code, name in settings.LANGUAGES]

    def queryset(self, request, queryset):
        language = self.value()
        if language not in dict(settings.LANGUAGES):
            return queryset
        conditions = []
        for field in translated_fields(queryset.model):
            others = [code for code, _name in settings.LANGUAGES if code != language]
            filled_elsewhere = reduce(
                or_, [~_empty(build_localized_fieldname(field, code)) for code in others]
            )
            conditions.append(_empty(build_localized_fieldname(field, language)) & filled_elsewhere)
        return queryset.filter(reduce(or_, conditions))


class TranslatedAdmin(TabbedTranslationAdmin):
    """Tabbed translation admin with the missing-language column and filter."""

    @admin.display(description=_("missing languages"))
    def missing_languages(self, obj):
        missing = missing_languages(obj, translated_fields(type(obj)))
        return ", ".join(code.upper() for code in missing) or "—"

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingLanguageFilter]

    def get_list_display(self, request):
        return [*super().get_list_display(request), "missing_languages"]
