"""The conference admin: editions with their programme, registrations and their e-mails.

Registrations change only through conferences.rules (the actions below call it), so
staff never overbook an edition or forget to e-mail the next person on the waiting list.
"""

import copy
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from conferences import admin_views, exports
from conferences.models import (
    EVENT_DETAILS,
    Conference,
    OutgoingEmail,
    ProgrammeItem,
    Registration,
)
from conferences.rules import (
    AlreadyRegistered,
    NoSeatFree,
    RegistrationError,
    active_registrations,
    announce_change,
    cancel,
    check_in,
    promote,
    promote_waitlist,
    resend_confirmation,
)
from core.admin_mixins import TranslatedAdmin

Status = Registration.Status


def registration_counts() -> dict:
    """Per-edition counts as annotations: one query for a whole list of editions."""
    return {
        "n_confirmed": Count("registrations", filter=Q(registrations__status=Status.CONFIRMED)),
        "n_waitlisted": Count("registrations", filter=Q(registrations__status=Status.WAITLISTED)),
        "n_cancelled": Count("registrations", filter=Q(registrations__status=Status.CANCELLED)),
        "n_checked_in": Count(
            "registrations",
            filter=Q(
                registrations__status=Status.CONFIRMED,
                registrations__checked_in_at__isnull=False,
            ),
        ),
    }


def _changelist(model, **filters) -> str:
    url = reverse(f"admin:conferences_{model._meta.model_name}_changelist")
    return f"{url}?{urlencode(filters)}" if filters else url


def duplicate_conference(conference: Conference) -> Conference:
    """A new, unpublished edition with the same texts (all languages), venue, times, capacity
    and programme; no registrations, no registration window, same date (staff change it)."""
    with transaction.atomic():
        original = Conference.objects.get(pk=conference.pk)  # without the list's annotations
        programme = list(original.programme.all())
        new = _unsaved_copy(original)
        new.slug = _free_slug(original.slug)
        new.is_published = False
        new.registration_opens_at = None
        new.registration_closes_at = None
        new.save()
        copies = [_unsaved_copy(item) for item in programme]
        for item in copies:
            item.conference = new
        ProgrammeItem.objects.bulk_create(copies)
    return new


def _unsaved_copy(instance):
    """A copy of every field value (each translation is a field of its own), except the
    primary key and the fields the system keeps (editable=False, such as the moment personal
    data was deleted), which start from their defaults."""
    new = copy.copy(instance)
    new._state = copy.copy(instance._state)
    new._state.adding = True
    new._state.fields_cache = {}
    for field in type(instance)._meta.concrete_fields:
        if field.primary_key or not field.editable:
            setattr(new, field.attname, field.get_default())
    return new


def _free_slug(slug: str) -> str:
    """`<slug>-copy`, or `<slug>-copy-2`, -3 ... if that is taken."""
    max_length = Conference._meta.get_field("slug").max_length
    base = slug.removesuffix("-copy")
    number = 1
    while True:
        suffix = "-copy" if number == 1 else f"-copy-{number}"
        candidate = base[: max_length - len(suffix)] + suffix
        if not Conference.objects.filter(slug=candidate).exists():
            return candidate
        number += 1


class ProgrammeItemInline(TranslationStackedInline):
    model = ProgrammeItem
    extra = 0
    fields = [("order", "start_time", "end_time"), "title", "description", "speakers"]


@admin.register(Conference)
class ConferenceAdmin(TranslatedAdmin):
    list_display = [
        "title",
        "date",
        "confirmed",
        "waitlisted",
        "cancelled",
        "is_published",
        "is_demo",
        "staff_pages",
    ]
    list_filter = ["is_published", "is_demo"]
    search_fields = ["title", "slug", "city", "venue_name"]
    prepopulated_fields = {"slug": ["title_nl"]}
    date_hierarchy = "date"
    inlines = [ProgrammeItemInline]
    actions = ["duplicate_as_new_edition"]
    readonly_fields = ["registration_overview", "pending_emails", "staff_links"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description"]}),
        (
            _("When and where"),
            {"fields": ["date", ("start_time", "end_time"), "venue_name", "venue_address", "city"]},
        ),
        (
            _("Registration"),
            {
                "fields": [
                    "capacity",
                    ("registration_opens_at", "registration_closes_at"),
                    "retention_days",
                ]
            },
        ),
        (_("Publication"), {"fields": ["is_published", "is_demo"]}),
        (
            _("Registrations so far"),
            {"fields": ["registration_overview", "pending_emails", "staff_links"]},
        ),
    ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        details_changed = set(EVENT_DETAILS) & set(form.changed_data)
        if change and details_changed and not obj.is_past:
            told = announce_change(conference=obj)
            if told:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d registrant was e-mailed about the new date, time or place.",
                        "%(count)d registrants were e-mailed about the new date, time or place.",
                        told,
                    )
                    % {"count": told},
                    messages.SUCCESS,
                )
        if change and "capacity" in form.changed_data:
            promoted = promote_waitlist(conference=obj)
            if promoted:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d registrant moved off the waiting list and was e-mailed.",
                        "%(count)d registrants moved off the waiting list and were e-mailed.",
                        len(promoted),
                    )
                    % {"count": len(promoted)},
                    messages.SUCCESS,
                )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(**registration_counts())

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return fieldsets if obj is not None else fieldsets[:-1]  # nothing to count yet

    def get_urls(self):
        def wrap(view):
            def wrapper(request, *args, **kwargs):
                return view(request, *args, model_admin=self, **kwargs)

            return self.admin_site.admin_view(wrapper)

        name = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("<path:object_id>/desk/", wrap(admin_views.desk), name=f"{name}_desk"),
            path(
                "<path:object_id>/statistics/",
                wrap(admin_views.statistics),
                name=f"{name}_statistics",
            ),
            path(
                "<path:object_id>/export/<str:file_format>/",
                wrap(admin_views.export),
                name=f"{name}_export",
            ),
            *super().get_urls(),
        ]

    # --- Counts ----------------------------------------------------------------------------

    @admin.display(description=_("confirmed / capacity"), ordering="n_confirmed")
    def confirmed(self, obj):
        return f"{obj.n_confirmed} / {obj.capacity}"

    @admin.display(description=_("waiting list"), ordering="n_waitlisted")
    def waitlisted(self, obj):
        return obj.n_waitlisted

    @admin.display(description=_("cancelled"), ordering="n_cancelled")
    def cancelled(self, obj):
        return obj.n_cancelled

    @admin.display(description=_("staff pages"))
    def staff_pages(self, obj):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("admin:conferences_conference_desk", args=[obj.pk]),
            gettext("Event desk"),
            reverse("admin:conferences_conference_statistics", args=[obj.pk]),
            gettext("Statistics"),
        )

    @admin.display(description=_("registrations"))
    def registration_overview(self, obj):
        if obj is None or obj.pk is None or not hasattr(obj, "n_confirmed"):
            return "—"
        return format_html(
            "{}: {} / {} · {}: {} · {}: {} · {}: {}",
            gettext("confirmed"),
            obj.n_confirmed,
            obj.capacity,
            gettext("waiting list"),
            obj.n_waitlisted,
            gettext("cancelled"),
            obj.n_cancelled,
            gettext("checked in"),
            obj.n_checked_in,
        )

    @admin.display(description=_("e-mails not sent yet"))
    def pending_emails(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        pending = OutgoingEmail.objects.filter(sent_at=None, registration__conference=obj).count()
        url = _changelist(OutgoingEmail, pending="yes", registration__conference__id__exact=obj.pk)
        return format_html('<a href="{}">{}</a>', url, pending)

    @admin.display(description=_("for staff"))
    def staff_links(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        links = [
            (reverse("admin:conferences_conference_desk", args=[obj.pk]), gettext("Event desk")),
            (
                reverse("admin:conferences_conference_statistics", args=[obj.pk]),
                gettext("Statistics"),
            ),
            (
                _changelist(Registration, conference__id__exact=obj.pk),
                gettext("Registrations"),
            ),
            (
                reverse("admin:conferences_conference_export", args=[obj.pk, "csv"]),
                gettext("Export all (CSV)"),
            ),
            (
                reverse("admin:conferences_conference_export", args=[obj.pk, "xlsx"]),
                gettext("Export all (Excel)"),
            ),
        ]
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    # --- Actions ---------------------------------------------------------------------------

    @admin.action(description=_("Duplicate as new edition"), permissions=["add"])
    def duplicate_as_new_edition(self, request, queryset):
        copies = [duplicate_conference(conference) for conference in queryset]
        for original, new in zip(queryset, copies, strict=True):
            self.log_addition(
                request, new, gettext("Copied from %(slug)s.") % {"slug": original.slug}
            )
        if len(copies) == 1:
            self.message_user(
                request,
                gettext(
                    "“%(title)s” was copied as a new, unpublished edition without registrations. "
                    "Change its date, slug and registration window, then publish it."
                )
                % {"title": copies[0].title},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse("admin:conferences_conference_change", args=[copies[0].pk])
            )
        self.message_user(
            request,
            ngettext(
                "%(count)d edition was copied as a new, unpublished edition.",
                "%(count)d editions were copied as new, unpublished editions.",
                len(copies),
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )
        return None


class CheckedInFilter(admin.SimpleListFilter):
    title = _("checked in")
    parameter_name = "checked_in"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(checked_in_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(checked_in_at__isnull=True)
        return queryset


# The registrant's own details, which staff may correct (status changes go through actions).
EDITABLE_FIELDS = [
    "name",
    "email",
    "phone",
    "organisation",
    "organisation_kind",
    "job_title",
    "language",
    "interests",
    "dietary_needs",
    "accessibility_needs",
]


class RegistrationForm(forms.ModelForm):
    """Staff may correct personal details; the e-mail address stays unique per edition."""

    class Meta:
        model = Registration
        fields = EDITABLE_FIELDS

    def clean_email(self):
        email = self.cleaned_data["email"]
        registration = self.instance
        if registration.status in Registration.ACTIVE and not registration.anonymised_at:
            others = active_registrations(registration.conference, email)
            if others.exclude(pk=registration.pk).exists():
                raise forms.ValidationError(AlreadyRegistered.message)
        return email


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    form = RegistrationForm
    list_display = [
        "display_name",
        "email",
        "organisation",
        "organisation_kind",
        "status",
        "language",
        "created_at",
        "is_checked_in",
        "conference",
    ]
    list_filter = ["conference", "status", "organisation_kind", CheckedInFilter, "language"]
    search_fields = ["name", "email", "organisation"]
    list_select_related = ["conference"]
    date_hierarchy = "created_at"
    view_on_site = False  # the registrant's personal link stays out of staff's history and logs
    actions = [
        "resend_confirmation",
        "promote_from_waiting_list",
        "cancel_registrations",
        "check_in_registrations",
        "export_csv",
        "export_excel",
    ]
    history_fields = [
        "created_at",
        "privacy_consent_at",
        "promoted_at",
        "cancelled_at",
        "checked_in_at",
        "anonymised_at",
    ]
    editable_fields = EDITABLE_FIELDS
    readonly_fields = ["conference", "status", *history_fields, "email_log"]
    fieldsets = [
        (
            None,
            {
                "fields": ["conference", "status"],
                "description": _(
                    "The status changes only through the actions in the list of registrations "
                    "(promote, cancel, check in), so seats and e-mails stay right."
                ),
            },
        ),
        (_("Registrant"), {"fields": editable_fields}),
        (_("History"), {"fields": [*history_fields, "email_log"]}),
    ]

    def has_add_permission(self, request):
        return False  # only through the public form, which applies the seat rules

    def has_delete_permission(self, request, obj=None):
        return False  # cancel instead: that frees the seat for the waiting list

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.anonymised_at:
            return [
                "conference",
                "status",
                *self.editable_fields,
                *self.history_fields,
                "email_log",
            ]
        return self.readonly_fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is not None and "interests" in form.base_fields:
            form.base_fields["interests"].queryset = obj.conference.programme.all()
        return form

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "interests":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("name"), ordering="name")
    def display_name(self, obj):
        return str(obj)

    @admin.display(description=_("e-mails"))
    def email_log(self, obj):
        """What was sent to this registrant, and what is still waiting for the mail server."""
        if obj is None or obj.pk is None:
            return "—"
        emails = [
            (
                email.get_kind_display(),
                formats.localize(timezone.localtime(email.created_at)),
                formats.localize(timezone.localtime(email.sent_at))
                if email.sent_at
                else ngettext(
                    "not sent yet (%(attempts)d attempt)",
                    "not sent yet (%(attempts)d attempts)",
                    email.attempts,
                )
                % {"attempts": email.attempts},
            )
            for email in obj.emails.all()
        ]
        if not emails:
            return "—"
        url = _changelist(OutgoingEmail, registration__id__exact=obj.pk)
        return format_html(
            '<ul class="email-log">{}</ul><a href="{}">{}</a>',
            format_html_join("", "<li>{} · {} → {}</li>", emails),
            url,
            gettext("Details and retry"),
        )

    @admin.display(description=_("checked in"), boolean=True, ordering="checked_in_at")
    def is_checked_in(self, obj):
        return obj.checked_in_at is not None

    # --- Actions: each one calls the registration rules ------------------------------------

    def _report(self, request, done: int, message: str, skipped: int, skipped_message: str):
        if done:
            self.message_user(request, message % {"count": done}, messages.SUCCESS)
        if skipped:
            self.message_user(request, skipped_message % {"count": skipped}, messages.WARNING)

    @admin.action(description=_("Resend confirmation e-mail"), permissions=["change"])
    def resend_confirmation(self, request, queryset):
        sent = skipped = 0
        for registration in queryset.select_related("conference"):
            try:
                queued = resend_confirmation(registration=registration)
            except RegistrationError:
                queued = False
            if not queued:
                skipped += 1
                continue
            self.log_change(request, registration, gettext("Confirmation e-mail resent."))
            sent += 1
        self._report(
            request,
            sent,
            ngettext(
                "%(count)d confirmation e-mail was queued.",
                "%(count)d confirmation e-mails were queued.",
                sent,
            ),
            skipped,
            ngettext(
                "%(count)d registration was skipped: cancelled or without personal data.",
                "%(count)d registrations were skipped: cancelled or without personal data.",
                skipped,
            ),
        )

    @admin.action(description=_("Promote from the waiting list"), permissions=["change"])
    def promote_from_waiting_list(self, request, queryset):
        promoted = skipped = 0
        for registration in queryset.select_related("conference").order_by("created_at", "pk"):
            if registration.status != Status.WAITLISTED:
                skipped += 1
                continue
            try:
                promote(registration=registration)
                self.log_change(request, registration, gettext("Moved off the waiting list."))
            except NoSeatFree as error:
                self.message_user(request, f"{registration}: {error.message}", messages.ERROR)
                continue
            promoted += 1
        self._report(
            request,
            promoted,
            ngettext(
                "%(count)d registrant was moved off the waiting list and e-mailed.",
                "%(count)d registrants were moved off the waiting list and e-mailed.",
                promoted,
            ),
            skipped,
            ngettext(
                "%(count)d registration was skipped: not on the waiting list.",
                "%(count)d registrations were skipped: not on the waiting list.",
                skipped,
            ),
        )

    @admin.action(description=_("Cancel registration"), permissions=["change"])
    def cancel_registrations(self, request, queryset):
        cancelled = skipped = promoted = 0
        for registration in queryset.select_related("conference"):
            if registration.status == Status.CANCELLED:
                skipped += 1
                continue
            promoted += len(cancel(registration=registration))
            self.log_change(request, registration, gettext("Registration cancelled."))
            cancelled += 1
        self._report(
            request,
            cancelled,
            ngettext(
                "%(count)d registration was cancelled.",
                "%(count)d registrations were cancelled.",
                cancelled,
            ),
            skipped,
            ngettext(
                "%(count)d registration was already cancelled.",
                "%(count)d registrations were already cancelled.",
                skipped,
            ),
        )
        if promoted:
            self.message_user(
                request,
                ngettext(
                    "%(count)d registrant was moved off the waiting list and e-mailed.",
                    "%(count)d registrants were moved off the waiting list and e-mailed.",
                    promoted,
                )
                % {"count": promoted},
                messages.SUCCESS,
            )

    @admin.action(description=_("Check in"), permissions=["change"])
    def check_in_registrations(self, request, queryset):
        checked_in = skipped = 0
        for registration in queryset:
            try:
                check_in(registration=registration)
                self.log_change(request, registration, gettext("Checked in."))
            except RegistrationError:
                skipped += 1
                continue
            checked_in += 1
        self._report(
            request,
            checked_in,
            ngettext(
                "%(count)d registrant was checked in.",
                "%(count)d registrants were checked in.",
                checked_in,
            ),
            skipped,
            ngettext(
                "%(count)d registration was skipped: only confirmed registrants can be checked in.",
                "%(count)d registrations were skipped: only confirmed registrants can be "
                "checked in.",
                skipped,
            ),
        )

    @admin.action(description=_("Export selected as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        return exports.registrations_csv(queryset, exports.single_conference(queryset))

    @admin.action(description=_("Export selected as Excel"), permissions=["view"])
    def export_excel(self, request, queryset):
        return exports.registrations_xlsx(queryset, exports.single_conference(queryset))


class PendingFilter(admin.SimpleListFilter):
    title = _("sent")
    parameter_name = "pending"

    def lookups(self, request, model_admin):
        return [("yes", _("Not sent yet")), ("no", _("Sent"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(sent_at=None)
        if self.value() == "no":
            return queryset.exclude(sent_at=None)
        return queryset


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    list_display = [
        "kind",
        "registration",
        "conference",
        "created_at",
        "sent_at",
        "attempts",
        "last_attempt_at",
        "short_error",
    ]
    list_filter = [
        PendingFilter,
        "kind",
        ("registration__conference", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["registration__conference"]
    search_fields = ["registration__name", "registration__email"]
    ordering = ["-created_at", "-pk"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    fields = [
        "registration",
        "kind",
        "created_at",
        "sent_at",
        "attempts",
        "last_attempt_at",
        "last_error",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("conference"), ordering="registration__conference__date")
    def conference(self, obj):
        return obj.registration.conference

    @admin.display(description=_("last error"))
    def short_error(self, obj):
        error = obj.last_error.strip().splitlines()[-1] if obj.last_error.strip() else ""
        return error if len(error) <= 80 else error[:79] + "…"

    @admin.action(description=_("Try sending again now"), permissions=["change"])
    def send_again(self, request, queryset):
        # Imported here: the sending half of conferences.emails is written separately.
        from conferences.emails import send_now

        sent = failed = 0
        for email in queryset.filter(sent_at=None).select_related("registration__conference"):
            if send_now(email):
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
