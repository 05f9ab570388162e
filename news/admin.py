"""News items for content editors (with "notify subscribers": counts per language and a preview
of the e-mail in each, never an address), and for administrators the subscriptions (a paused one
is an address the mail server refused for good), the alerts asked for and the e-mails."""

import datetime

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin_mixins import OutboxAdmin, PendingFilter, PublicationFilter, TranslatedAdmin
from news.alerts import release, request_alert, sent_in
from news.emails import build_message
from news.models import LANGUAGE_CODES, AlertEmail, NewsAlert, NewsItem, Subscription


class NewsItemForm(forms.ModelForm):
    notify_subscribers = forms.BooleanField(
        label=_("Notify subscribers"),
        required=False,
        help_text=_(
            "After saving you see how many subscribers per language will get an e-mail, and a "
            "preview in each language, before anything is sent."
        ),
    )
    # No Meta: the admin builds the form from its fieldsets (with each language's column).


@admin.register(NewsItem)
class NewsItemAdmin(TranslatedAdmin):
    form = NewsItemForm
    list_display = ["title", "publication", "date", "alert_status"]
    list_filter = [PublicationFilter, "topics", "desks"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title_nl"]}
    autocomplete_fields = ["answers"]
    filter_horizontal = ["desks", "topics"]
    date_hierarchy = "date"
    fieldsets = [
        (None, {"fields": ["title", "slug", "date", "summary", "body"]}),
        (_("What it concerns"), {"fields": ["desks", "topics", "answers"]}),
        (_("Publication"), {"fields": ["is_published", "publish_at", "unpublish_at"]}),
        (_("Subscribers"), {"fields": ["notify_subscribers"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("alert")

    @admin.display(description=_("alerts"))
    def alert_status(self, obj):
        alert = getattr(obj, "alert", None)
        if alert is None:
            return "–"
        waiting = alert.languages_waiting()
        if not waiting:
            return _("sent")
        return _("waiting: %(languages)s") % {"languages": ", ".join(waiting)}

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        alert = NewsAlert.objects.filter(item=form.instance).first()
        if alert is not None:
            # A translation published since, or the item made public: its readers get it now.
            release(alert)

    def _after_save(self, request, obj, response):
        if request.POST.get("notify_subscribers") and "_continue" not in request.POST:
            return HttpResponseRedirect(reverse("admin:news_newsitem_notify", args=[obj.pk]))
        return response

    def response_add(self, request, obj, post_url_continue=None):
        return self._after_save(request, obj, super().response_add(request, obj, post_url_continue))

    def response_change(self, request, obj):
        return self._after_save(request, obj, super().response_change(request, obj))

    def get_urls(self):
        return [
            path(
                "<path:object_id>/notify/",
                self.admin_site.admin_view(self.notify_view),
                name="news_newsitem_notify",
            ),
            *super().get_urls(),
        ]

    def notify_view(self, request, object_id):
        """How many subscribers of each language will get the item, in which language, and the
        e-mail they will get; "send" asks for the alerts (news.alerts.request_alert)."""
        item = get_object_or_404(NewsItem.objects.prefetch_related("topics", "desks"), pk=object_id)
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        alert = NewsAlert.objects.filter(item=item).first()
        if request.method == "POST":
            fallback = [code for code in request.POST.getlist("fallback") if code in LANGUAGE_CODES]
            queued = request_alert(item=item, user=request.user, fallback_languages=fallback)
            self._report(request, item, queued)
            return HttpResponseRedirect(reverse("admin:news_newsitem_change", args=[item.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": item,
            "title": _("Notify subscribers"),
            "item": item,
            "is_live": NewsItem.objects.published().filter(pk=item.pk).exists(),
            "languages": notify_overview(item, alert),
            "paused": Subscription.objects.filter(status=Subscription.Status.PAUSED).count(),
        }
        return TemplateResponse(request, "admin/news/newsitem/notify.html", context)

    def _report(self, request, item, queued):
        if queued:
            counts = ", ".join(f"{code}: {count}" for code, count in queued.items())
            self.message_user(
                request, _("Alerts queued per language: %(counts)s.") % {"counts": counts}
            )
        alert = NewsAlert.objects.get(item=item)
        if waiting := alert.languages_waiting():
            self.message_user(
                request,
                _("Waiting, and sent when the item is public in that language: %(languages)s.")
                % {"languages": ", ".join(waiting)},
                messages.WARNING,
            )


def notify_overview(item: NewsItem, alert: NewsAlert | None) -> list[dict]:
    """Per language: subscribers (immediate, weekly), the language they would get the item in,
    whether it was released, and a preview of the e-mail. Counts only: no address. Two
    queries, whatever the number of subscribers."""
    counts = {
        (row["language"], row["frequency"]): row["n"]
        for row in Subscription.objects.active()
        .matching(item)
        .values("language", "frequency")
        .annotate(n=Count("pk"))
    }
    chosen = alert.fallback_languages if alert else []
    released = alert.released if alert else {}
    released = {code: datetime.datetime.fromisoformat(at) for code, at in released.items()}
    overview = []
    for code, name in _languages():
        language = sent_in(item, code, [code])  # what the fallback would be, if chosen
        overview.append(
            {
                "code": code,
                "name": name,
                "written": item.has_language(code),
                "sent_in": language,
                "sent_in_name": dict(_languages()).get(language, language),
                "fallback_chosen": code in chosen,
                "released": released.get(code),
                "immediate": counts.get((code, Subscription.Frequency.IMMEDIATE), 0),
                "weekly": counts.get((code, Subscription.Frequency.WEEKLY), 0),
                "preview": preview(item, code, language),
            }
        )
    return overview


def _languages():
    return [(code, str(name)) for code, name in settings.LANGUAGES]  # lazy: in the active language


def preview(item: NewsItem, language: str, written_in: str) -> dict:
    """The alert a subscriber of `language` would get, for an imaginary subscriber."""
    subscription = Subscription(language=language, email="subscriber@example.org", token="p" * 43)
    email = AlertEmail(
        subscription=subscription, kind=AlertEmail.Kind.ALERT, item=item, language=written_in
    )
    message = build_message(email)
    return {"subject": message.subject, "body": message.body}


class SubscriptionStatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Subscription.Status.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(status=self.value())
        return queryset


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """Administrators only (core/roles.py): the addresses. A paused subscription is one whose
    address the mail server refused for good; "resume" sends to it again once it is fixed."""

    list_display = [
        "email",
        "status",
        "language",
        "frequency",
        "created_at",
        "confirmed_at",
        "paused_at",
    ]
    list_filter = [SubscriptionStatusFilter, "language", "frequency"]
    search_fields = ["email"]
    fields = [
        "email",
        "status",
        "language",
        "frequency",
        "topics",
        "desks",
        "created_at",
        "confirmed_at",
        "paused_at",
        "ended_at",
        "last_digest_at",
    ]
    readonly_fields = [
        "status",
        "created_at",
        "confirmed_at",
        "paused_at",
        "ended_at",
        "last_digest_at",
    ]
    filter_horizontal = ["topics", "desks"]
    actions = ["resume"]
    view_on_site = False  # the subscriber's personal page is theirs alone

    def has_add_permission(self, request):
        return False  # only the visitor subscribes (double opt-in)

    @admin.action(description=_("Resume the selected paused subscriptions"), permissions=["change"])
    def resume(self, request, queryset):
        resumed = queryset.filter(status=Subscription.Status.PAUSED).update(
            status=Subscription.Status.ACTIVE, paused_at=None
        )
        self.message_user(
            request,
            ngettext("%(count)d subscription resumed.", "%(count)d subscriptions resumed.", resumed)
            % {"count": resumed},
        )


@admin.register(AlertEmail)
class AlertEmailAdmin(OutboxAdmin):
    list_display = ["kind", "language", "item", *OutboxAdmin.delivery_columns]
    list_filter = [PendingFilter, "kind", "language"]
    list_select_related = ["item"]
    fields = ["subscription", "kind", "language", "item", *OutboxAdmin.delivery_fields]
    readonly_fields = fields


@admin.register(NewsAlert)
class NewsAlertAdmin(admin.ModelAdmin):
    list_display = ["item", "requested_at", "requested_by", "fallback_languages", "released"]
    readonly_fields = ["item", "requested_at", "requested_by", "fallback_languages", "released"]
    list_select_related = ["item", "requested_by"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # the record that each language went out once
