"""The admin of booking: consultation slots (series, day list, cancelling), appointments and
their e-mails; desk staff see their own desks' (OwnDeskAdminMixin)."""

import datetime

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from core.admin_mixins import (
    OutboxAdmin,
    PendingFilter,
    RuleActionsMixin,
    TranslatedAdmin,
    rule_action,
)
from services.booking import exports, rules
from services.booking.models import Appointment, AppointmentEmail, ConsultationSlot, SlotMode
from services.desks.admin import OwnDeskAdminMixin
from services.desks.models import Location, OpeningHours

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
        languages = cleaned.get("languages")
        if location is not None and languages:
            try:
                rules.check_slot_languages(location=location, languages=languages)
            except rules.BookingError as error:
                self.add_error("languages", error.message)
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
    date = forms.DateField(
        label=_("date"), widget=forms.DateInput(attrs={"type": "date"}), initial=timezone.localdate
    )

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
        log="Cancelled the slot (services.booking.rules.cancel_slot).",
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
        """Create a series of slots (services.booking.rules.create_series)."""
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


class AppointmentTimeFilter(admin.SimpleListFilter):
    """By the appointment's time, not the booking's: today, the coming days, past."""

    title = _("appointment time")
    parameter_name = "when"
    COMING_DAYS = 7

    def lookups(self, request, model_admin):
        return [
            ("today", _("Today")),
            ("coming", _("Today and the coming 7 days")),
            ("upcoming", _("From today on")),
            ("past", _("Past")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        match self.value():
            case "today":
                return queryset.filter(slot__date=today)
            case "coming":
                until = today + datetime.timedelta(days=self.COMING_DAYS)
                return queryset.filter(slot__date__gte=today, slot__date__lte=until)
            case "upcoming":
                return queryset.filter(slot__date__gte=today)
            case "past":
                return queryset.filter(slot__date__lt=today)
        return queryset


@admin.register(Appointment)
class AppointmentAdmin(OwnDeskAdminMixin, RuleActionsMixin, admin.ModelAdmin):
    """Appointments are booked by visitors on the site; staff see them, mark attendance, cancel
    and export them. Their own desk's only, unless they handle all desks."""

    rule_error = rules.BookingError
    desk_path = "slot__location__desk"
    view_on_site = False  # its page is the visitor's own (core.tokens.has_personal_page)
    list_display = ["slot", "name", "email", "status", "conversation_language", "created_at"]
    list_filter = [
        AppointmentTimeFilter,
        "status",
        ("slot__location", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["slot__location"]
    search_fields = ["name", "email"]
    date_hierarchy = "slot__date"
    change_list_template = "admin/services/appointment/change_list.html"
    fields = [
        "slot",
        "status",
        "name",
        "email",
        "phone",
        "topic",
        "conversation_language",
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
        log="Cancelled the appointment (services.booking.rules.cancel).",
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
