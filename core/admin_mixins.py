"""What the apps' admins share: four language tabs and the missing-language column and filter, so
staff see at a glance which items still need a translation, and the readability of each long
text in each language (core/readability.py); the publication column and filter
of every list of published content (`PublicationListMixin`); and running a business rule from an
admin action or a change form with every refusal reported as a message (`RuleActionsMixin`)."""

import json
from contextlib import contextmanager, nullcontext
from functools import reduce
from operator import or_

import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.core import checks
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import IntegrityError, models, transaction
from django.db.models import ProtectedError, Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import formats, timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version
from reversion.utils import mute_signals

from core import history, readability, translation_status
from core.i18n import long_text_fields, missing_languages, translated_fields
from core.outbox import try_send
from core.publishing import Publishable, public_now
from core.roles import is_administrator


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


class AdministratorFieldsMixin:
    """Fields only administrators change (`core.roles.is_administrator`), such as who works for
    a desk and where its questions go: `administrator_fields` are read-only for everyone else,
    so they are not in their form and a forged POST (or a restored version) leaves them as
    they are."""

    administrator_fields: tuple[str, ...] = ()

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not is_administrator(request.user):
            fields += [name for name in self.administrator_fields if name not in fields]
        return fields


class PublicationFilter(admin.SimpleListFilter):
    """Filter a list by what visitors see now: published, scheduled, expired or draft."""

    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return list(PUBLICATION_STATES.items())

    def queryset(self, request, queryset):
        now = timezone.now()
        ended = Q(unpublish_at__lte=now)
        match self.value():
            case "live":
                return queryset.filter(public_now(now=now))
            case "scheduled":
                return queryset.filter(is_published=True, publish_at__gt=now).exclude(ended)
            case "ended":
                return queryset.filter(ended, is_published=True)
            case "unpublished":
                return queryset.filter(is_published=False)
        return queryset


# Publishable.schedule_status's values as the lists and their filter name them.
PUBLICATION_STATES = {
    "live": _("published"),
    "scheduled": _("scheduled"),
    "ended": _("expired"),
    "unpublished": _("draft"),
}


class PublicationListMixin:
    """The "publication" column of every list of published content (`core.publishing.Publishable`,
    through TranslatedAdmin), instead of the "published" tick, which showed a scheduled or expired
    item as published: "published", "scheduled from <date>", "expired since <date>" or "draft",
    as visitors see the item now (not counting its desk or topic). With `PublicationFilter` in
    the list's filters and the narrow columns of core/admin/changelists.css, so that a list fits
    a 1,280 px screen beside its filters. The switch itself is ticked in the change form: a list
    that still edits `is_published` fails the admin's checks (it would show a tick again)."""

    @admin.display(description=_("publication"))
    def publication(self, obj):
        status = obj.schedule_status
        if status == "scheduled":
            return _("scheduled from %(date)s") % {"date": _short(obj.publish_at)}
        if status == "ended":
            return _("expired since %(date)s") % {"date": _short(obj.unpublish_at)}
        return PUBLICATION_STATES[status]

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if issubclass(self.model, Publishable):
            if "is_published" in self.list_display or "is_published" in self.list_editable:
                errors.append(
                    checks.Error(
                        "A list of publishable items shows 'publication', not 'is_published'.",
                        obj=type(self),
                        id="core.E001",
                    )
                )
        return errors


def _short(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


class _Undo(Exception):
    """Roll a restore back (a preview, an invalid form, a refusal) and answer with `response`."""

    def __init__(self, response):
        self.response = response


class HistoryAdmin(VersionAdmin):
    """django-reversion's admin: every save through the admin is a version (all four language
    columns of every field); the history page says who changed what, field by field and language
    by language, and any version can be restored from there.

    A restore is an edit (issue 18): only a version of this very object (or, to recover, of a
    deleted object of this model), through this model's admin, by someone who may change it
    (and add it, to recover) within their desk (`get_queryset`). The change form is shown filled
    in with the version; saving it is the ordinary save of the change form against the object as
    it is now, so read-only fields stay, and the rules run that an edit runs (a conference's
    registrants are told, its calendar SEQUENCE goes up). The history records it as a restore.
    Items edited inline on the page (a desk's locations and FAQs, a conference's programme) are
    put back as the version has them; ones added since stay, to delete in the form."""

    object_history_template = "admin/core/object_history.html"
    history_latest_first = True

    @contextmanager
    def create_revision(self, request):
        # Not a transaction of its own: the admin's view already is one, and the rules called
        # from it (conferences) count on theirs being the next one inside it.
        with reversion.create_revision(atomic=False):
            reversion.set_user(request.user)
            yield

    def revision_view(self, request, object_id, version_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        return super().recover_view(request, version_id, extra_context)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        """Replaces reversion's, which reverted the version's whole revision (whatever models it
        held) before the form was even saved, so the save compared the form with the old
        values: no rule saw a change."""
        recover = bool((extra_context or {}).get("recover"))
        saving = request.method == "POST"
        inlines = self._inline_versions(version)
        request.restored_version = (version, recover)
        try:
            with transaction.atomic(using=version.db), self._signals(saving):
                for inline_version in inlines:
                    inline_version.revert()
                if recover or not saving:  # the form shows the version; an edit saves it
                    version.revert()
                own = self.get_queryset(request).filter(pk=version.object_id)
                if recover and not own.exists():
                    raise PermissionDenied  # another desk's
                with self.create_revision(request):
                    response = self.changeform_view(
                        request, quote(version.object_id), request.path, extra_context
                    )
                    if not (saving and self._saved(request, response)):
                        if response.status_code == 200:
                            response.template_name = template_name
                            response.render()
                        raise _Undo(response)
        except _Undo as undo:
            return undo.response
        except (IntegrityError, ObjectDoesNotExist, ProtectedError, RevertError):
            # e.g. another item took its slug meanwhile, or what it belonged to is gone
            self.message_user(
                request,
                gettext(
                    "This version could not be restored: it conflicts with the data as it is "
                    "now (for example a web address that another item uses now)."
                ),
                messages.ERROR,
            )
            opts = self.model._meta
            return HttpResponseRedirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            )
        return response

    @staticmethod
    def _signals(saving):
        # A preview writes and rolls back: nothing may react to it (caches, search index).
        if saving:
            return nullcontext()
        return mute_signals(pre_save, post_save, pre_delete, post_delete, m2m_changed)

    @staticmethod
    def _saved(request, response) -> bool:
        """The change form saved: it redirects on, not back to this page (a rule's refusal,
        RuleActionsMixin.changeform_view) nor elsewhere with an error."""
        return response.status_code == 302 and response.url != request.get_full_path()

    def _inline_versions(self, version) -> list:
        """The versions, in `version`'s revision, of the items edited inline on its object's
        page (nested inlines too): a revision may hold other objects (a list's bulk edit, an
        action), which a restore of this one must not touch."""
        in_revision = list(version.revision.version_set.exclude(pk=version.pk))
        found = []

        def walk(parent_model, parent_ids, inlines):
            for inline in inlines:
                fk = next(
                    field
                    for field in inline.model._meta.concrete_fields
                    if field.is_relation
                    and (field.name == inline.fk_name or inline.fk_name is None)
                    and issubclass(parent_model, field.related_model)
                )
                content_type = ContentType.objects.get_for_model(inline.model)
                children = [
                    child
                    for child in in_revision
                    if child.content_type_id == content_type.pk
                    and str(child.field_dict.get(fk.attname)) in parent_ids
                ]
                found.extend(children)
                walk(inline.model, {child.object_id for child in children}, inline_children(inline))

        walk(self.model, {version.object_id}, self.inlines)
        return found

    def history_view(self, request, object_id, extra_context=None):
        """Each version with a summary of what it changed and a table of the changes, in the
        admin's language (core/history.py)."""
        obj = self.get_object(request, unquote(object_id))
        extra_context = {
            "can_restore": obj is not None and self.has_change_permission(request, obj),
            **(extra_context or {}),
        }
        response = super().history_view(request, object_id, extra_context)
        actions = getattr(response, "context_data", {}).get("action_list")
        if actions:
            versions = sorted(
                Version.objects.get_for_object_reference(self.model, object_id).select_related(
                    "revision"
                ),
                key=lambda version: version.pk,
            )
            by_revision = {version.revision_id: version for version in versions}
            described = history.describe(self.model, versions)
            for action in actions:
                version = by_revision.get(action["revision"].pk)
                if version is not None:
                    action.update(described[version.pk])
                action["comment"] = history.comment(action["revision"])
        return response

    def log_addition(self, request, obj, message):
        return self._log(super(VersionAdmin, self).log_addition, request, obj, message)

    def log_change(self, request, obj, message):
        """A restore's or recovery's save is logged as such, with what it changed."""
        restored = getattr(request, "restored_version", None)
        if restored is None or restored[0].object_id != str(obj.pk):
            return self._log(super(VersionAdmin, self).log_change, request, obj, message)
        version, recover = restored
        date = formats.localize(timezone.localtime(version.revision.date_created))
        if recover:
            text = gettext("Recovered from the version of %(date)s.") % {"date": date}
        else:
            text = gettext("Restored the version of %(date)s.") % {"date": date}
        if message:  # what the save changed besides
            changes = json.dumps(message) if isinstance(message, list) else message
            text = f"{text} {LogEntry(change_message=changes).get_change_message()}"
        django_admin = super(VersionAdmin, self)
        log = django_admin.log_addition if recover else django_admin.log_change
        return self._log(log, request, obj, text)

    @staticmethod
    def _log(log, request, obj, message):
        """Django's log entry; the version's comment only for a message in words (a restore, an
        action). reversion copied every save's change message ("Answer [nl], Answer [de] ...
        changed.") into the comment: field names frozen in English, and all four languages of a
        text whose line ends the browser sent as CR LF. The history page now writes that
        summary itself, in the reader's language (core/history.py)."""
        entry = log(request, obj, message)
        if reversion.is_active() and isinstance(message, str):
            reversion.set_comment(message)
        return entry

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """Text areas give their text back with the line ends it was stored with: a browser
        sends every line end as CR LF, which made each multi-line text (in all four languages)
        look changed on every save."""
        if isinstance(db_field, models.TextField) and "form_class" not in kwargs:
            kwargs["form_class"] = TextField
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class TextField(forms.CharField):
    """A CharField whose line ends are LF, as texts are stored."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if value else value


class TranslatedAdmin(PublicationListMixin, HistoryAdmin, TabbedTranslationAdmin):
    """Tabbed translation admin with the missing-language column and filter, history, and the
    translation status per language (core/translation_status.py): the change form says which
    language is missing or outdated, marks those tabs (and tabs holding a validation error), and
    marks a language up to date in one click. Below the status, the readability of each long
    text per language (`readability_by_language`)."""

    class Media:
        js = ["core/admin/translation_tabs.js"]
        # changelists.css: the narrow list columns (PublicationListMixin); readability.css: the
        # readability block of the change form (also on Content status).
        css = {
            "all": [
                "core/admin/translation_tabs.css",
                "core/admin/changelists.css",
                "core/admin/readability.css",
            ]
        }

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        translation_status.record_edit(obj=form.instance, changed_fields=form.changed_data)
        for formset in formsets:
            for inline_form in formset.forms:
                if inline_form.instance.pk and inline_form.has_changed():
                    translation_status.record_edit(
                        obj=inline_form.instance, changed_fields=inline_form.changed_data
                    )

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/translation/<str:language>/up-to-date/",
                self.admin_site.admin_view(self.mark_up_to_date_view),
                name=f"{opts.app_label}_{opts.model_name}_translation_up_to_date",
            ),
            *super().get_urls(),
        ]

    def mark_up_to_date_view(self, request, object_id, language):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        try:
            translation_status.mark_up_to_date(obj=obj, language=language)
        except translation_status.TranslationStatusError as error:
            self.message_user(request, _reason(error), messages.ERROR)
        else:
            self.log_change(request, obj, f"Translation {language} marked up to date")
            self.message_user(
                request,
                _("The %(language)s translation is marked up to date.")
                % {"language": dict(settings.LANGUAGES).get(language, language)},
                messages.SUCCESS,
            )
        return HttpResponseRedirect(admin_change_url(obj))

    def translation_statuses(self, obj) -> list[dict]:
        if not hasattr(obj, "translations_checked_at"):
            return []
        opts = self.model._meta
        name = f"admin:{opts.app_label}_{opts.model_name}_translation_up_to_date"
        return [
            {
                "code": code,
                "name": language_name,
                "status": value,
                "label": translation_status.LABELS[value],
                "url": reverse(name, args=[obj.pk, code]),
            }
            for code, language_name in settings.LANGUAGES
            for value in [translation_status.status(obj, code)]
        ]

    @admin.display(description=_("missing languages"))
    def missing_languages(self, obj):
        missing = missing_languages(obj, translated_fields(type(obj)))
        return ", ".join(code.upper() for code in missing) or "—"

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingLanguageFilter]

    def get_list_display(self, request):
        return [*super().get_list_display(request), "missing_languages"]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The change form links to the item's public page in each language ("preview"), which
        staff see as visitors will, with a notice while it is not (yet, or no longer) public."""
        obj = self.get_object(request, object_id)
        extra_context = {
            "preview_links": preview_links(obj) if obj is not None else [],
            "translation_statuses": self.translation_statuses(obj) if obj is not None else [],
            "readability": readability_by_language(obj) if obj is not None else [],
            **(extra_context or {}),
        }
        return super().change_view(request, object_id, form_url, extra_context)


def readability_by_language(obj) -> list[dict]:
    """Per language, the readability of each long text of `obj` (`core.i18n.long_text_fields`):
    [{"code", "name", "formula", "sentence_limit", "rows": [{"field", "label", "result"}],
    "lowest"}], where `result` is a `core.readability.Readability` (None for an empty text) and
    `lowest` the result with the lowest score (None when the language has no text yet). Nothing
    for a model without long texts. Computed from the object alone: no query."""
    fields = long_text_fields(type(obj))
    if not fields:
        return []
    opts = obj._meta
    languages = []
    for code, name in settings.LANGUAGES:
        rows = [
            {
                "field": field,
                "label": capfirst(opts.get_field(field).verbose_name),
                "result": readability.analyze(
                    getattr(obj, build_localized_fieldname(field, code), "") or "", code
                ),
            }
            for field in fields
        ]
        scored = [row["result"] for row in rows if row["result"] is not None]
        languages.append(
            {
                "code": code,
                "name": name,
                "formula": readability.FORMULAS[code][1],
                "sentence_limit": readability.LONG_SENTENCE_WORDS,
                "rows": rows,
                "lowest": min(scored, key=lambda result: result.score) if scored else None,
            }
        )
    return languages


def inline_children(inline) -> list:
    """The inlines nested in an inline (django-nested-admin), e.g. a location's opening hours."""
    return list(getattr(inline, "inlines", []))


def admin_change_url(obj) -> str:
    """The admin change form of `obj` (a path; e-mails put settings.SITE_URL in front)."""
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def preview_links(obj) -> list[tuple[str, str, str]]:
    """(language code, language name, URL) of the item's public page in each language."""
    if not hasattr(obj, "get_absolute_url"):
        return []
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            links.append((code, name, obj.get_absolute_url()))
    return links


def _reason(error: Exception) -> str:
    """What a rule's refusal says to staff: its translated `message`, else the error's text."""
    return str(getattr(error, "message", error))


class RuleActionsMixin:
    """Admin actions that run a business rule once per selected object, through `run_rule`, and
    add and change forms whose saving calls a rule (`save_model`).

    The app's admin names the base class of its rules' errors (`rule_error`, required: no
    default, and not `Exception` itself, which would hide real bugs). Every error of that class
    becomes a message saying which objects it refused and why; the others still go through. A
    form whose rule refuses while saving (someone changed or deleted the object meanwhile) saves
    nothing and says why. Staff never see a 500 because a rule said no."""

    rule_error: type[Exception]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        error = getattr(cls, "rule_error", None)
        if not (isinstance(error, type) and issubclass(error, Exception)) or error is Exception:
            raise TypeError(
                f"{cls.__name__}.rule_error must name the base class of its rules' errors"
            )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """The admin's add or change view, which saves in one transaction: a rule error raised
        while saving rolls all of it back (inlines and history too), and staff get the form
        again (as it is saved now, without their input) with the reason."""
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except self.rule_error as error:
            self.message_user(
                request,
                _("Nothing was saved: %(reason)s") % {"reason": _reason(error)},
                messages.ERROR,
            )
            return HttpResponseRedirect(request.get_full_path())

    def run_rule(self, request, objects, rule, *, success, log: str) -> list:
        """Call `rule(obj)` for each object; return [(obj, result)] for those it accepted.

        `success` is an `ngettext_lazy(..., "count")` message for the accepted ones (or None to
        say nothing); `log` goes into each accepted object's admin history."""
        done, refused = [], {}
        for obj in objects:
            try:
                result = rule(obj)
            except self.rule_error as error:
                refused.setdefault(_reason(error), []).append(str(obj))
                continue
            self.log_change(request, obj, log)
            done.append((obj, result))
        if done and success is not None:
            self.message_user(request, success % {"count": len(done)}, messages.SUCCESS)
        for reason, names in refused.items():
            self.message_user(
                request,
                _("%(objects)s: %(reason)s") % {"objects": ", ".join(names), "reason": reason},
                messages.ERROR,
            )
        return done


def rule_action(rule, *, permissions, description, success, log: str, prepare=None, after=None):
    """An admin action that runs a business rule once per selected object, through
    `RuleActionsMixin.run_rule` (refusals become messages). Every action states the permissions
    it needs (`permissions`, e.g. ["change"]: Django's `has_change_permission`, so desk
    boundaries and read-only roles hold); there is no default, so none is forgotten
    (tests/security/test_admin_actions.py walks every admin).

    `rule(obj)` calls the rule; `success` and `log` are run_rule's; `prepare(queryset)` may
    select related rows or order them first; `after(model_admin, request, done)` may add messages
    for what the rule returned and return a response."""
    if isinstance(permissions, str) or not permissions:
        raise TypeError("rule_action needs the list of permissions the action requires")

    @admin.action(description=description, permissions=permissions)
    def action(model_admin, request, queryset):
        objects = prepare(queryset) if prepare else queryset
        done = model_admin.run_rule(request, objects, rule, success=success, log=log)
        return after(model_admin, request, done) if after else None

    return action


class PendingFilter(admin.SimpleListFilter):
    title = _("sent")
    parameter_name = "pending"

    def lookups(self, request, model_admin):
        return [("yes", _("Not sent yet")), ("no", _("Sent"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.pending()
        if self.value() == "no":
            return queryset.sent()
        return queryset


class OutboxAdmin(admin.ModelAdmin):
    """The admin of an outbox e-mail model (core.outbox): read-only delivery records, the pending
    ones first to see, and "try sending again now" for those an outage held up."""

    delivery_columns = ["created_at", "sent_at", "attempts", "last_attempt_at", "short_error"]
    delivery_fields = ["created_at", "sent_at", "attempts", "last_attempt_at", "last_error"]
    list_filter = [PendingFilter]
    ordering = ["-created_at", "-pk"]
    date_hierarchy = "created_at"
    actions = ["send_again"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("last error"))
    def short_error(self, obj):
        error = obj.last_error.strip().splitlines()[-1] if obj.last_error.strip() else ""
        return error if len(error) <= 80 else error[:79] + "…"

    @admin.action(description=_("Try sending again now"), permissions=["change"])
    def send_again(self, request, queryset):
        sent = failed = 0
        # Also those left after MAX_ATTEMPTS: staff decide to try again.
        for email in queryset.pending():
            if try_send(email):
                sent += 1
            else:
                failed += 1
        if sent:
            self.message_user(
                request,
                ngettext("%(count)d e-mail was sent.", "%(count)d e-mails were sent.", sent)
                % {"count": sent},
                messages.SUCCESS,
            )
        if failed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d e-mail could not be sent; its last error says why.",
                    "%(count)d e-mails could not be sent; their last error says why.",
                    failed,
                )
                % {"count": failed},
                messages.ERROR,
            )
        if not sent and not failed:
            self.message_user(
                request, gettext("The selected e-mails had all been sent already."), messages.INFO
            )
