"""The conference admin: editions with their programme, registrations and their e-mails.

Registrations and editions change only through conferences.rules: the actions (and the event
desk) call it through RuleActionsMixin.run_rule, which turns every refusal into a message; saving
an edition calls rules.create_edition or rules.change_edition and correcting a registrant calls
rules.correct_details, and a refusal there is a message too (RuleActionsMixin.changeform_view).
Only the programme inline is saved by the admin itself. So staff never overbook an edition, forget
to e-mail the next person on the waiting list, or change a date without telling the registrants.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from conferences import admin_views, exports, rules
from conferences.models import Conference, OutgoingEmail, ProgrammeItem, Registration
from core.admin_mixins import (
    OutboxAdmin,
    PendingFilter,
    PublicationFilter,
    RuleActionsMixin,
    TranslatedAdmin,
    rule_action,
)


def _changelist(model, **filters) -> str:
    url = reverse(f"admin:conferences_{model._meta.model_name}_changelist")
    return f"{url}?{urlencode(filters)}" if filters else url


class ProgrammeItemInline(TranslationStackedInline):
    model = ProgrammeItem
    extra = 0
    fields = [("order", "start_time", "end_time"), "title", "description", "speakers"]


@admin.register(Conference)
class ConferenceAdmin(RuleActionsMixin, TranslatedAdmin):
    rule_error = rules.RuleError
    list_display = [
        "title",
        "date",
        "publication",
        "confirmed",
        "seats_left",
        "waitlisted",
        "cancelled",
        "is_demo",
        "staff_pages",
    ]
    list_filter = [PublicationFilter, "is_demo"]
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
        (
            _("Publication"),
            {"fields": [("is_published", "publish_at", "unpublish_at"), "is_demo"]},
        ),
        (
            _("Registrations so far"),
            {"fields": ["registration_overview", "pending_emails", "staff_links"]},
        ),
    ]

    def save_model(self, request, obj, form, change):
        """A new edition goes through rules.create_edition, a change through
        rules.change_edition, which tells the registrants and moves the waiting list up. A rule
        that refuses (someone changed or deleted the edition meanwhile) is a message: see
        RuleActionsMixin.changeform_view. The programme inline is saved afterwards by the admin
        (save_related): programme items are the edition's content and nobody is told of them."""
        if not change:
            new = rules.create_edition(fields=rules.edition_values(obj))
            # The admin goes on with the form's instance: its inlines, history and redirect.
            obj.pk = new.pk
            obj.refresh_from_db()
            obj._state.adding = False
            return
        changes = {
            name: getattr(obj, name) for name in form.changed_data if name in rules.EDITION_FIELDS
        }
        result = rules.change_edition(conference=obj, changes=changes)
        obj.calendar_sequence = result.conference.calendar_sequence
        if result.told:
            self.message_user(
                request,
                ngettext(
                    "%(count)d registrant was e-mailed about the new date, time or place.",
                    "%(count)d registrants were e-mailed about the new date, time or place.",
                    result.told,
                )
                % {"count": result.told},
                messages.SUCCESS,
            )
        if result.promoted:
            self.message_user(
                request,
                ngettext(
                    "%(count)d registrant moved off the waiting list and was e-mailed.",
                    "%(count)d registrants moved off the waiting list and were e-mailed.",
                    len(result.promoted),
                )
                % {"count": len(result.promoted)},
                messages.SUCCESS,
            )

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

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

    @admin.display(description=_("seats left"), ordering="seats_left")
    def seats_left(self, obj):
        return obj.seats_left

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
            "{}: {} / {} · {}: {} · {}: {} · {}: {} · {}: {}",
            gettext("confirmed"),
            obj.n_confirmed,
            obj.capacity,
            gettext("seats left"),
            obj.seats_left,
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
        pending = OutgoingEmail.objects.pending().filter(registration__conference=obj).count()
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
        done = self.run_rule(
            request,
            queryset,
            lambda conference: rules.duplicate_edition(conference=conference),
            success=None,
            log=gettext("Duplicated as a new edition."),
        )
        for original, new in done:
            self.log_addition(
                request, new, gettext("Copied from %(slug)s.") % {"slug": original.slug}
            )
        if len(done) == 1:
            new = done[0][1]
            self.message_user(
                request,
                gettext(
                    "“%(title)s” was copied as a new, unpublished edition without registrations. "
                    "Change its date, slug and registration window, then publish it."
                )
                % {"title": new.title},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse("admin:conferences_conference_change", args=[new.pk])
            )
        if done:
            self.message_user(
                request,
                ngettext(
                    "%(count)d edition was copied as a new, unpublished edition.",
                    "%(count)d editions were copied as new, unpublished editions.",
                    len(done),
                )
                % {"count": len(done)},
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


class RegistrationForm(forms.ModelForm):
    """Staff may correct personal details; the e-mail address stays unique per edition."""

    class Meta:
        model = Registration
        fields = rules.REGISTRANT_DETAILS

    def clean_email(self):
        email = self.cleaned_data["email"]
        registration = self.instance
        if registration.status in Registration.ACTIVE and not registration.anonymised_at:
            others = rules.active_registrations(registration.conference, email)
            if others.exclude(pk=registration.pk).exists():
                raise forms.ValidationError(rules.AlreadyRegistered.message)
        return email


@admin.register(Registration)
class RegistrationAdmin(RuleActionsMixin, admin.ModelAdmin):
    rule_error = rules.RuleError
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
    list_filter = [
        "conference",
        "status",
        "organisation_kind",
        CheckedInFilter,
        "language",
        "registered_by_colleague",
    ]
    search_fields = ["name", "email", "organisation"]
    list_select_related = ["conference"]
    date_hierarchy = "created_at"
    view_on_site = False  # the registrant's personal link stays out of staff's history and logs
    actions = [
        "resend_confirmation",
        "promote_from_waiting_list",
        "cancel_registrations",
        "check_in_registrations",
        "undo_check_in_registrations",
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
    editable_fields = rules.REGISTRANT_DETAILS
    readonly_fields = [
        "conference",
        "status",
        "registered_by_colleague",
        *history_fields,
        "email_log",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": ["conference", "status", "registered_by_colleague"],
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

    def save_model(self, request, obj, form, change):
        """Corrections go through rules.correct_details (the interests included); a refusal the
        form could not foresee is a message (RuleActionsMixin.changeform_view)."""
        changes = {name: form.cleaned_data[name] for name in form.changed_data}
        rules.correct_details(registration=obj, changes=changes)

    def save_related(self, request, form, formsets, change):
        pass  # the interests were set by rules.correct_details; there are no inlines

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.anonymised_at:
            return [
                "conference",
                "status",
                "registered_by_colleague",
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

    # --- Actions: each one calls a rule through run_rule (core.admin_mixins.rule_action) -----

    resend_confirmation = rule_action(
        lambda registration: rules.resend_confirmation(registration=registration),
        permissions=["change"],
        description=_("Resend confirmation e-mail"),
        prepare=lambda queryset: queryset.select_related("conference"),
        success=ngettext_lazy(
            "%(count)d confirmation e-mail was queued.",
            "%(count)d confirmation e-mails were queued.",
            "count",
        ),
        log=_("Confirmation e-mail resent."),
    )
    promote_from_waiting_list = rule_action(
        lambda registration: rules.promote(registration=registration),
        permissions=["change"],
        description=_("Promote from the waiting list"),
        prepare=lambda queryset: queryset.select_related("conference").order_by("created_at", "pk"),
        success=ngettext_lazy(
            "%(count)d registrant was moved off the waiting list and e-mailed.",
            "%(count)d registrants were moved off the waiting list and e-mailed.",
            "count",
        ),
        log=_("Moved off the waiting list."),
    )

    def _report_promoted(self, request, done):
        promoted = sum(len(moved_up) for _registration, moved_up in done)
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

    cancel_registrations = rule_action(
        lambda registration: rules.cancel(registration=registration),
        permissions=["change"],
        description=_("Cancel registration"),
        prepare=lambda queryset: queryset.select_related("conference"),
        success=ngettext_lazy(
            "%(count)d registration was cancelled.",
            "%(count)d registrations were cancelled.",
            "count",
        ),
        log=_("Registration cancelled."),
        after=_report_promoted,
    )
    check_in_registrations = rule_action(
        lambda registration: rules.check_in(registration=registration),
        permissions=["change"],
        description=_("Check in"),
        success=ngettext_lazy(
            "%(count)d registrant was checked in.",
            "%(count)d registrants were checked in.",
            "count",
        ),
        log=_("Checked in."),
    )
    undo_check_in_registrations = rule_action(
        lambda registration: rules.undo_check_in(registration=registration),
        permissions=["change"],
        description=_("Undo check-in"),
        success=ngettext_lazy(
            "%(count)d check-in was undone.",
            "%(count)d check-ins were undone.",
            "count",
        ),
        log=_("Check-in undone."),
    )

    @admin.action(description=_("Export selected as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        return exports.registrations_csv(queryset, exports.single_conference(queryset))

    @admin.action(description=_("Export selected as Excel"), permissions=["view"])
    def export_excel(self, request, queryset):
        return exports.registrations_xlsx(queryset, exports.single_conference(queryset))


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(OutboxAdmin):
    list_display = [
        "kind",
        "registration",
        "conference",
        *OutboxAdmin.delivery_columns,
    ]
    list_filter = [
        PendingFilter,
        "kind",
        ("registration__conference", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["registration__conference"]
    search_fields = ["registration__name", "registration__email"]
    fields = ["registration", "kind", *OutboxAdmin.delivery_fields]
    readonly_fields = fields

    @admin.display(description=_("conference"), ordering="registration__conference__date")
    def conference(self, obj):
        return obj.registration.conference
