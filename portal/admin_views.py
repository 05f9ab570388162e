"""Staff dashboard: what needs work, per language and kind of content (translations), which texts
are hardest to read in each language, and which items are due for a check
(core/translation_status.py, core/readability.py, services/desks/freshness.py)."""

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core import readability, translation_status
from core.admin_mixins import admin_change_url
from core.i18n import long_text_fields, translated_fields
from core.publishing import publishable_models
from services.desks import freshness

HARDEST = 10  # texts listed per language under "Hardest to read"


def translated_content(user) -> list[tuple[type, list]]:
    """[(model, items)]: every item of each kind of translated content this member of staff may
    view (one query per kind, whatever the number of items)."""
    content = []
    for model in publishable_models():
        opts = model._meta
        if translated_fields(model) and user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            content.append((model, list(model._base_manager.all())))
    return content


def translation_work(content) -> dict[str, list[dict]]:
    """{language: [{"item", "model", "status", "url"}]}: every item of `content`
    (`translated_content`) missing or outdated in a language."""
    work = {code: [] for code in translation_status.target_languages()}
    for model, items in content:
        for obj in items:
            for code in work:
                value = translation_status.status(obj, code)
                if value != translation_status.UP_TO_DATE:
                    work[code].append(
                        {
                            "item": obj,
                            "model": model._meta.verbose_name,
                            "status": translation_status.LABELS[value],
                            "url": admin_change_url(obj),
                        }
                    )
    return work


def readability_overview(content, limit: int = HARDEST) -> list[dict]:
    """Per language, over every long text of `content` (`core.i18n.long_text_fields`): how many
    fall in each band, and the `limit` with the lowest scores of those that are not easy (above
    B1), lowest first.
    [{"code", "name", "formula", "counts": [(label, n)], "hardest": [{"item", "model", "field",
    "result", "url"}]}]. Computed from the items already read: no query."""
    overview = []
    for code, name in settings.LANGUAGES:
        counts = dict.fromkeys(readability.BAND_LABELS, 0)
        scored = []
        for model, items in content:
            fields = [
                (field, capfirst(model._meta.get_field(field).verbose_name))
                for field in long_text_fields(model)
            ]
            for obj in items:
                for field, label in fields:
                    text = getattr(obj, build_localized_fieldname(field, code), "") or ""
                    result = readability.analyze(text, code)
                    if result is None:
                        continue
                    counts[result.band] += 1
                    if result.band == readability.EASY:
                        continue
                    scored.append(
                        {
                            "item": obj,
                            "model": model._meta.verbose_name,
                            "field": label,
                            "result": result,
                            "url": f"{admin_change_url(obj)}#readability-{code}",
                        }
                    )
        scored.sort(key=lambda entry: entry["result"].score)
        overview.append(
            {
                "code": code,
                "name": name,
                "formula": readability.FORMULAS[code][1],
                "counts": [(readability.BAND_LABELS[band], n) for band, n in counts.items()],
                "hardest": scored[:limit],
            }
        )
    return overview


def content_status(request):
    languages = dict(settings.LANGUAGES)
    content = translated_content(request.user)
    work = translation_work(content)
    context = {
        **admin.site.each_context(request),
        "due": freshness.due() if request.user.has_perm("services.view_servicedesk") else None,
        "months": settings.FRESHNESS_MONTHS,
        "title": _("Content status"),
        "translation_work": [(code, languages[code], items) for code, items in work.items()],
        "readability": readability_overview(content),
        "bands": list(readability.BAND_LABELS.values()),
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
