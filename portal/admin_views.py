"""Staff dashboard: what needs work, per language and kind of content (translations), and which
items are due for a check (core/translation_status.py, services/desks/freshness.py)."""

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from core import translation_status
from core.admin_mixins import admin_change_url
from core.i18n import translated_fields
from core.publishing import publishable_models
from services.desks import freshness


def translation_work(user) -> dict[str, list[dict]]:
    """{language: [{"item", "model", "status", "url"}]}: every item missing or outdated in a
    language, for the kinds of content this member of staff may view (one query per kind)."""
    work = {code: [] for code in translation_status.target_languages()}
    for model in publishable_models():
        opts = model._meta
        if not translated_fields(model) or not user.has_perm(
            f"{opts.app_label}.view_{opts.model_name}"
        ):
            continue
        for obj in model._base_manager.all():
            for code in work:
                value = translation_status.status(obj, code)
                if value != translation_status.UP_TO_DATE:
                    work[code].append(
                        {
                            "item": obj,
                            "model": opts.verbose_name,
                            "status": translation_status.LABELS[value],
                            "url": admin_change_url(obj),
                        }
                    )
    return work


def content_status(request):
    languages = dict(settings.LANGUAGES)
    work = translation_work(request.user)
    context = {
        **admin.site.each_context(request),
        "due": freshness.due() if request.user.has_perm("services.view_servicedesk") else None,
        "months": settings.FRESHNESS_MONTHS,
        "title": _("Content status"),
        "translation_work": [(code, languages[code], items) for code, items in work.items()],
    }
    if context["due"] is not None:
        due = context["due"]
        context["due_sections"] = [
            (_("Service desks"), due.desks),
            (_("Locations"), due.locations),
            (_("FAQs"), due.faqs),
            (
                _(
                    "Locations without a phone number, e-mail address, opening hours or confirmed address"  # noqa: E501
                ),
                due.incomplete_locations,
            ),
        ]
    return TemplateResponse(request, "admin/content_status.html", context)
