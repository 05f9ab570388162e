import nested_admin
import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.defaultfilters import linebreaks_filter as linebreaks
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from core.admin_mixins import (
    AdministratorFieldsMixin,
    HistoryAdmin,
    OutboxAdmin,
    PendingFilter,
    RuleActionsMixin,
    TranslatedAdmin,
    rule_action,
)
from services import exports, rules
from services.models import (
    FAQ,
    Appointment,
    AppointmentEmail,
    ConsultationSlot,
    Enquiry,
    EnquiryEmail,
    EnquiryMessage,
    GuideEntry,
    Location,
    OfficialBody,
    OpeningHours,
    ServiceDesk,
    SlotMode,
    Source,
    Topic,
)


class OwnDeskAdminMixin:
    """For the admins of a desk's questions and appointments: desk staff see and assign only the
    desks they belong to (ServiceDesk.staff); the "handle all desks" permission sees every desk."""

    desk_path = "desk"  # the lookup from the admin's model to its desk

    @staticmethod
    def handles_all_desks(user) -> bool:
        return user.has_perm("services.handle_all_desks")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self.handles_all_desks(request.user):
            return queryset
        return queryset.filter(**{f"{self.desk_path}__staff": request.user})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is ServiceDesk and not self.handles_all_desks(request.user):
            kwargs["queryset"] = ServiceDesk.objects.filter(staff=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# A location's history holds its opening hours (they are edited with it, on the desk's page too).
reversion.register(OpeningHours)
reversion.register(Location, follow=["hours"])


class OpeningHoursInline(nested_admin.NestedTabularInline):
    model = OpeningHours
    extra = 0


class LocationInline(nested_admin.NestedStackedInlineMixin, TranslationStackedInline):
    """A desk's locations, each with its opening hours inline beneath it."""

    model = Location
    extra = 0
    # Collapsed: the desk's page opens short; staff unfold the locations or FAQs they edit.
    classes = ["collapse"]
    fields = [
        "name",
        ("street_address", "postal_code", "city", "country"),
        ("phone", "email"),
        "by_appointment_only",
        "notes",
        ("latitude", "longitude"),
        ("last_checked", "owner", "order"),
        ("is_published", "publish_at", "unpublish_at"),
    ]
    inlines = [OpeningHoursInline]


class FAQInline(nested_admin.NestedStackedInlineMixin, TranslationStackedInline):
    model = FAQ
    extra = 0
    classes = ["collapse"]
    fields = [
        "topic",
        "question",
        "answer",
        "sources",
        ("last_checked", "owner", "order"),
        ("is_published", "publish_at", "unpublish_at"),
    ]
    autocomplete_fields = ["sources"]


@admin.register(ServiceDesk)
class ServiceDeskAdmin(
    AdministratorFieldsMixin, nested_admin.NestedModelAdminMixin, TranslatedAdmin
):
    list_display = ["name", "slug", "order", "is_published", "updated_at", "has_inbox"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", "summary", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}
    filter_horizontal = ["staff"]
    inlines = [LocationInline, FAQInline]
    # Who sees the desk's questions and appointments: administrators decide, not editors.
    administrator_fields = ("staff", "enquiry_email")

    @admin.display(description=_("inbox for questions"), boolean=True)
    def has_inbox(self, obj):
        """Without one, nobody is told of the desk's new questions (see the questions list)."""
        return bool(obj.enquiry_email)


@admin.register(Location)
class LocationAdmin(nested_admin.NestedModelAdminMixin, TranslatedAdmin):
    list_display = ["name", "desk", "city", "by_appointment_only", "last_checked", "is_published"]
    list_filter = ["desk", "country", "is_published", "last_checked"]
    list_select_related = ["desk"]
    search_fields = ["name", "city", "street_address"]
    inlines = [OpeningHoursInline]


@admin.register(Topic)
class TopicAdmin(TranslatedAdmin):
    list_display = ["name", "slug", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name_nl"]}


@admin.register(FAQ)
class FAQAdmin(TranslatedAdmin):
    # Narrow enough for a 1,280 px screen with the filters beside it: no "last changed" column
    # (it is in the history), the question wraps (static/core/admin/changelists.css).
    list_display = ["question", "desk", "topic", "order", "is_published", "last_checked"]
    list_editable = ["order", "is_published"]
    list_filter = ["desk", "topic", "is_published"]
    list_select_related = ["desk", "topic"]
    search_fields = ["question", "answer"]
    autocomplete_fields = ["sources"]

    class Media:
        css = {"all": ["core/admin/changelists.css"]}


@admin.register(OfficialBody)
class OfficialBodyAdmin(TranslatedAdmin):
    """The official bodies answers name as their sources (see docs/content-guide.md)."""

    list_display = ["name", "explanation", "country", "url", "order"]
    list_editable = ["order"]
    list_filter = ["country"]
    search_fields = ["name", "explanation", "slug"]


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    """The pages and regulations answers cite (title and address), each published by an
    official body (see docs/content-guide.md)."""

    list_display = ["title", "body", "url", "published_on"]
    list_filter = ["body__country", "body"]
    list_select_related = ["body"]
    search_fields = ["title", "url", "slug", "body__name"]
    autocomplete_fields = ["body"]


@admin.register(GuideEntry)
class GuideEntryAdmin(TranslatedAdmin):
    """Which advice, desks, topics and FAQs the "my situation" guide shows for which answers."""

    list_display = ["title", "lives_in", "works_in", "role", "order", "is_published"]
    list_editable = ["order", "is_published"]
    list_filter = ["lives_in", "works_in", "role", "is_published"]
    search_fields = ["title"]
    filter_horizontal = ["desks", "topics", "faqs"]
    fieldsets = [
        (_("For whom"), {"fields": [("lives_in", "works_in", "role")]}),
        (None, {"fields": ["title", "advice", "desks", "topics", "faqs", "order"]}),
        (_("Publication"), {"fields": [("is_published", "publish_at", "unpublish_at")]}),
    ]


# --- Booking a consultation: slots, appointments, their e-mails (issue 8, part B) ---------------


# How far ahead slots are offered: far enough for any planning, and far from the year 9999,
# past which a slot's times cannot be computed (issue 18, finding 11).
SLOT_YEARS_AHEAD = 10
SLOT_FIRST_YEAR = 2000


def check_slot_date(value):
    """A slot's (or a series' first) date, within the years slots are offered."""
    last_year = timezone.localdate().year + SLOT_YEARS_AHEAD
    if not SLOT_FIRST_YEAR <= value.year <= last_year:
        raise ValidationError(
            _("Choose a date between %(first)d and %(last)d."),
            params={"first": SLOT_FIRST_YEAR, "last": last_year},
            code="out_of_range",
        )
    return value


class SlotForm(forms.ModelForm):
    """The languages spoken as checkboxes, stored as codes ("nl,de")."""

    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ConsultationSlot
        fields = ["languages"]  # the admin adds the others (ModelAdmin.get_form)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["languages"] = self.instance.language_codes

    def clean_languages(self):
        return ",".join(self.cleaned_data["languages"])

    def clean_date(self):
        return check_slot_date(self.cleaned_data["date"])

    def clean(self):
        cleaned = super().clean()
        location, mode = cleaned.get("location"), cleaned.get("mode")
        if location is not None and mode and {"location", "mode"} & set(self.changed_data):
            try:
                rules.check_slot_place(location=location, mode=mode)
            except rules.BookingError as error:
                self.add_error("mode", error.message)
        return cleaned


class SeriesForm(forms.Form):
    """A series of slots: every weekday in a time window, in slots of a length, for weeks."""

    location = forms.ModelChoiceField(label=_("location"), queryset=Location.objects.none())
    weekday = forms.TypedChoiceField(
        label=_("day"), choices=OpeningHours.Weekday.choices, coerce=int
    )
    starts_on = forms.DateField(
        label=_("from"), widget=forms.DateInput(attrs={"type": "date"}), initial=timezone.localdate
    )
    window_start = forms.TimeField(
        label=_("from (time)"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    window_end = forms.TimeField(
        label=_("until (time)"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    slot_minutes = forms.IntegerField(
        label=_("slot length (minutes)"), min_value=5, max_value=480, initial=30
    )
    weeks = forms.IntegerField(label=_("number of weeks"), min_value=1, max_value=52, initial=8)
    places = forms.IntegerField(label=_("places"), min_value=1, max_value=100, initial=1)
    mode = forms.ChoiceField(label=_("how it takes place"), choices=SlotMode.choices)
    languages = forms.MultipleChoiceField(
        label=_("languages spoken"), choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, locations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = locations
        for code, name in settings.LANGUAGES:
            self.fields[f"note_{code}"] = forms.CharField(
                label=_("note (%(language)s)") % {"language": name}, max_length=200, required=False
            )

    def clean_starts_on(self):
        return check_slot_date(self.cleaned_data["starts_on"])


class DayListForm(forms.Form):
    location = forms.ModelChoiceField(label=_("location"), queryset=Location.objects.none())
    date = forms.DateField(label=_("date"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, locations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = locations


class OwnDeskLocationsMixin(OwnDeskAdminMixin):
    """Location choices limited to the user's desks, like the desk choices."""

    def own_locations(self, request):
        locations = Location.objects.select_related("desk")
        if self.handles_all_desks(request.user):
            return locations
        return locations.filter(desk__staff=request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Location:
            kwargs["queryset"] = self.own_locations(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(ConsultationSlot)
class ConsultationSlotAdmin(OwnDeskLocationsMixin, RuleActionsMixin, TranslatedAdmin):
    form = SlotForm
    rule_error = rules.BookingError
    desk_path = "location__desk"
    list_display = [
        "date",
        "start",
        "duration",
        "location",
        "mode",
        "places",
        "booked",
        "free",
        "is_demo",
        "cancelled_at",
    ]
    list_filter = ["date", "mode", "is_demo", ("location", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["location"]
    date_hierarchy = "date"
    actions = ["cancel_slots"]
    fields = [
        "location",
        ("date", "start", "duration"),
        ("places", "mode"),
        "languages",
        "note",
        "is_demo",
        "cancelled_at",
    ]
    readonly_fields = ["cancelled_at"]
    change_list_template = "admin/services/consultationslot/change_list.html"
    # Where and when a booked slot takes place is changed by moving its appointments, which
    # tells the people booked: not by editing the slot.
    fixed_once_booked = ["location", "date", "start", "duration", "mode"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_free_places()

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and (obj.cancelled_at or obj.appointments.active().exists()):
            fields += self.fixed_once_booked
        return fields

    @admin.display(description=_("booked"), ordering="n_booked")
    def booked(self, obj):
        return obj.n_booked

    @admin.display(description=_("free places"), ordering="free_places")
    def free(self, obj):
        return "—" if obj.cancelled_at else obj.free_places

    cancel_slots = rule_action(
        lambda slot: rules.cancel_slot(slot=slot),
        permissions=["change"],  # it e-mails everyone booked: not for view-only desk staff
        description=_("Cancel the selected slots and tell everyone booked"),
        success=ngettext_lazy(
            "%(count)d slot cancelled; everyone booked on it has been told.",
            "%(count)d slots cancelled; everyone booked on them has been told.",
            "count",
        ),
        log="Cancelled the slot (services.rules.cancel_slot).",
    )

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("series/", self.admin_site.admin_view(self.series_view), name=f"{name}_series"),
            path(
                "day-list/", self.admin_site.admin_view(self.day_list_view), name=f"{name}_day_list"
            ),
            *super().get_urls(),
        ]

    def _page(self, request, template, title, **context):
        return TemplateResponse(
            request,
            template,
            {**self.admin_site.each_context(request), "opts": self.opts, "title": title, **context},
        )

    def series_view(self, request):
        """Create a series of slots (services.rules.create_series)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = SeriesForm(request.POST or None, locations=self.own_locations(request))
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                slots = rules.create_series(
                    location=data["location"],
                    weekday=data["weekday"],
                    starts_on=data["starts_on"],
                    window_start=data["window_start"],
                    window_end=data["window_end"],
                    slot_minutes=data["slot_minutes"],
                    weeks=data["weeks"],
                    places=data["places"],
                    mode=data["mode"],
                    languages=",".join(data["languages"]),
                    notes={code: data[f"note_{code}"] for code, _name in settings.LANGUAGES},
                )
            except (rules.BookingError, ValidationError) as error:
                form.add_error(None, getattr(error, "message", None) or error.messages[0])
            else:
                self.message_user(
                    request,
                    ngettext("%(count)d slot created.", "%(count)d slots created.", len(slots))
                    % {"count": len(slots)},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:services_consultationslot_changelist"))
        return self._page(
            request,
            "admin/services/consultationslot/series.html",
            _("Create a series of slots"),
            form=form,
        )

    def day_list_view(self, request):
        """A printable list of one location's appointments on one day."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        locations = self.own_locations(request)
        form = DayListForm(request.GET or None, locations=locations)
        slots = None
        if form.is_valid():
            slots = (
                ConsultationSlot.objects.filter(
                    location=form.cleaned_data["location"], date=form.cleaned_data["date"]
                )
                .with_free_places()
                .prefetch_related(
                    Prefetch(
                        "appointments",
                        queryset=Appointment.objects.active(),
                    )
                )
                .order_by("start", "pk")
            )
        return self._page(
            request,
            "admin/services/consultationslot/day_list.html",
            _("Day list"),
            form=form,
            slots=slots,
            location=form.cleaned_data["location"] if slots is not None else None,
            date=form.cleaned_data["date"] if slots is not None else None,
        )


@admin.register(Appointment)
class AppointmentAdmin(OwnDeskAdminMixin, RuleActionsMixin, admin.ModelAdmin):
    """Appointments are booked by visitors on the site; staff see them, mark attendance, cancel
    and export them. Their own desk's only, unless they handle all desks."""

    rule_error = rules.BookingError
    desk_path = "slot__location__desk"
    view_on_site = False  # its page is the visitor's own (core.tokens.has_personal_page)
    list_display = ["slot", "name", "email", "status", "language", "created_at"]
    list_filter = ["status", "slot__date", ("slot__location", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["slot__location"]
    search_fields = ["name", "email"]
    date_hierarchy = "created_at"
    fields = [
        "slot",
        "status",
        "name",
        "email",
        "topic",
        "language",
        "created_at",
        "cancelled_at",
        "reminded_at",
        "anonymised_at",
    ]
    readonly_fields = fields
    actions = ["mark_attended", "mark_no_show", "cancel_appointments", "export_csv"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    mark_attended = rule_action(
        lambda appointment: rules.mark(appointment=appointment, status=Appointment.Status.ATTENDED),
        permissions=["change"],
        description=_("Mark as attended"),
        success=ngettext_lazy(
            "%(count)d appointment marked attended.",
            "%(count)d appointments marked attended.",
            "count",
        ),
        log=f"Marked {Appointment.Status.ATTENDED}.",
    )
    mark_no_show = rule_action(
        lambda appointment: rules.mark(appointment=appointment, status=Appointment.Status.NO_SHOW),
        permissions=["change"],
        description=_("Mark as did not come"),
        success=ngettext_lazy(
            "%(count)d appointment marked as did not come.",
            "%(count)d appointments marked as did not come.",
            "count",
        ),
        log=f"Marked {Appointment.Status.NO_SHOW}.",
    )
    cancel_appointments = rule_action(
        lambda appointment: rules.cancel(appointment=appointment),
        permissions=["change"],
        description=_("Cancel the selected appointments"),
        success=ngettext_lazy(
            "%(count)d appointment cancelled; the visitor has been told.",
            "%(count)d appointments cancelled; the visitors have been told.",
            "count",
        ),
        log="Cancelled the appointment (services.rules.cancel).",
    )

    @admin.action(description=_("Export the selected appointments (CSV)"), permissions=["view"])
    def export_csv(self, request, queryset):
        return exports.appointments_csv(queryset)


@admin.register(AppointmentEmail)
class AppointmentEmailAdmin(OwnDeskAdminMixin, OutboxAdmin):
    desk_path = "appointment__slot__location__desk"
    list_display = ["kind", "appointment", *OutboxAdmin.delivery_columns]
    list_filter = [PendingFilter, "kind"]
    list_select_related = ["appointment__slot__location"]
    search_fields = ["appointment__name", "appointment__email"]
    fields = ["appointment", "kind", *OutboxAdmin.delivery_fields]
    readonly_fields = fields


# --- Questions to a desk (issue 8, part A) ----------------------------------------------------
#
# Staff work a question from its change form: reply to the visitor, hand it over to another desk,
# keep a note, change its status. Saving calls services.rules (reply, hand_over, add_note,
# set_status) in one transaction; a refusal is a message and nothing is saved
# (RuleActionsMixin.changeform_view). Desk staff see only their own desks' questions
# (OwnDeskAdminMixin); the "handle all desks" permission sees them all.


def desks_without_inbox():
    return ServiceDesk.objects.published().filter(enquiry_email="")


class EnquiryAdminForm(forms.ModelForm):
    reply = forms.CharField(
        label=_("Reply to the visitor"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Sent by e-mail exactly as written (plain text), with a greeting, the reference and "
            "the desk's name in the visitor's language. The question then counts as answered."
        ),
    )
    hand_over_to = forms.ModelChoiceField(
        label=_("Hand over to another desk"),
        queryset=ServiceDesk.objects.none(),
        required=False,
        help_text=_(
            "The visitor is told which desk handles the question now; they need not ask again. "
            "The other desk's inbox gets a notice."
        ),
    )
    handover_note = forms.CharField(
        label=_("Note for the other desk"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only staff see it."),
    )
    note = forms.CharField(
        label=_("Internal note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with the question for your colleagues; the visitor does not see it."),
    )

    class Meta:
        model = Enquiry
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "hand_over_to" in self.fields:
            # Any published desk may receive a question, also one the user does not work for.
            self.fields["hand_over_to"].queryset = ServiceDesk.objects.published().exclude(
                pk=self.instance.desk_id
            )


@admin.register(Enquiry)
class EnquiryAdmin(OwnDeskAdminMixin, RuleActionsMixin, admin.ModelAdmin):
    rule_error = rules.RuleError
    form = EnquiryAdminForm
    list_display = ["reference", "desk", "topic", "status", "language", "created_at", "closed_at"]
    list_filter = ["status", "desk", "topic", "language"]
    list_select_related = ["desk", "topic"]
    search_fields = ["reference", "email", "name"]
    date_hierarchy = "created_at"
    view_on_site = False
    details = ["reference", "desk", "topic", "language", "lives_in", "works_in"]
    visitor = ["email", "name"]
    history = ["created_at", "answered_at", "closed_at", "anonymised_at", "email_log"]
    readonly_fields = [*details, *visitor, "question_text", "thread", *history]
    work_fields = ["reply", "hand_over_to", "handover_note", "note"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (None, {"fields": [*self.details, "status"]}),
            (_("Visitor"), {"fields": self.visitor}),
            (_("Question and thread"), {"fields": ["question_text", "thread"]}),
        ]
        if obj is not None and not obj.anonymised_at and self.has_change_permission(request, obj):
            fieldsets += [
                (_("Reply"), {"fields": ["reply"]}),
                (_("Hand over"), {"fields": ["hand_over_to", "handover_note"]}),
                (_("Note"), {"fields": ["note"]}),
            ]
        return [*fieldsets, (_("History"), {"fields": self.history})]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.anonymised_at:
            return [*self.readonly_fields, "status"]
        return self.readonly_fields

    def has_add_permission(self, request):
        return False  # questions come from visitors, through the public form

    def has_delete_permission(self, request, obj=None):
        return False  # closing starts the retention period; purge_enquiries deletes the data

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        user = request.user
        if data.get("note"):
            rules.add_note(enquiry=obj, text=data["note"], author=user)
        if data.get("reply"):
            rules.reply(enquiry=obj, text=data["reply"], author=user)
            self.message_user(request, gettext("The reply was sent to the visitor."))
        if data.get("hand_over_to"):
            rules.hand_over(
                enquiry=obj, to_desk=data["hand_over_to"], note=data["handover_note"], author=user
            )
        if "status" in form.changed_data:
            rules.set_status(enquiry=obj, status=data["status"])
        obj.refresh_from_db()

    def save_related(self, request, form, formsets, change):
        pass  # no inlines; the thread is written by the rules

    def response_change(self, request, obj):
        """After a handover to a desk the user does not work for, the question is out of their
        sight: back to the list, not to a page they may no longer open."""
        if not self.get_queryset(request).filter(pk=obj.pk).exists():
            self.message_user(
                request,
                gettext("%(reference)s was handed over to %(desk)s.")
                % {"reference": obj.reference, "desk": obj.desk},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:services_enquiry_changelist"))
        return super().response_change(request, obj)

    def changelist_view(self, request, extra_context=None):
        missing = [str(desk) for desk in desks_without_inbox()]
        if missing:
            self.message_user(
                request,
                gettext(
                    "These desks have no inbox for questions, so nobody is told of their new "
                    "questions; check this list for them: %(desks)s. Add an inbox on the desk's "
                    "page."
                )
                % {"desks": ", ".join(missing)},
                messages.WARNING,
            )
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("question"))
    def question_text(self, obj):
        if obj.anonymised_at:
            return gettext("Deleted after the retention period.")
        return linebreaks(obj.question)  # escaped, then paragraphs and line breaks

    @admin.display(description=_("thread"))
    def thread(self, obj):
        items = []
        for message in obj.messages.select_related("author", "from_desk", "to_desk"):
            heading = [
                message.get_kind_display(),
                formats.localize(timezone.localtime(message.created_at)),
            ]
            if message.author:
                heading.append(message.author.get_username())
            if message.kind == EnquiryMessage.Kind.HANDOVER:
                heading.append(f"{message.from_desk or '?'} → {message.to_desk or '?'}")
            items.append((" · ".join(heading), linebreaks(message.text) if message.text else ""))
        if not items:
            return gettext("No replies or notes yet.")
        return format_html(
            '<ol class="enquiry-thread">{}</ol>',
            format_html_join("", "<li><strong>{}</strong>{}</li>", items),
        )

    @admin.display(description=_("e-mails"))
    def email_log(self, obj):
        rows = [
            (
                email.get_kind_display(),
                formats.localize(timezone.localtime(email.sent_at))
                if email.sent_at
                else gettext("not sent yet")
                if email.is_deliverable()
                else gettext("not sent: no address"),
            )
            for email in obj.emails.select_related("desk")
        ]
        if not rows:
            return "—"
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{} → {}</li>", rows))


@admin.register(EnquiryEmail)
class EnquiryEmailAdmin(OwnDeskAdminMixin, OutboxAdmin):
    desk_path = "enquiry__desk"
    list_display = ["kind", "enquiry", *OutboxAdmin.delivery_columns]
    list_filter = [PendingFilter, "kind"]
    list_select_related = ["enquiry"]
    search_fields = ["enquiry__reference"]
    fields = ["enquiry", "kind", "desk", *OutboxAdmin.delivery_fields]
    readonly_fields = fields
