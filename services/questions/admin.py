"""The admin of questions to a desk and their e-mails; desk staff see their own desks'."""

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.template.defaultfilters import linebreaks_filter as linebreaks
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin_mixins import (
    OutboxAdmin,
    PendingFilter,
    RuleActionsMixin,
)
from services.desks.admin import OwnDeskAdminMixin
from services.desks.models import ServiceDesk
from services.questions import rules
from services.questions.emails import Recipients, staff_to_tell
from services.questions.models import Enquiry, EnquiryEmail, EnquiryMessage

# Staff work a question from its change form: reply to the visitor, hand it over to another desk,
# keep a note, change its status. Saving calls services.questions.rules (reply, hand_over, add_note,
# set_status) in one transaction; a refusal is a message and nothing is saved
# (RuleActionsMixin.changeform_view). Desk staff see only their own desks' questions
# (OwnDeskAdminMixin); the "handle all desks" permission sees them all.


def desks_nobody_hears_of():
    """Published desks whose new questions nobody is told of: no inbox, no staff with an address,
    and nobody who handles every desk has one either."""
    return [
        desk
        for desk in ServiceDesk.objects.published().filter(enquiry_email="")
        if staff_to_tell(desk)[0] == Recipients.NOBODY
    ]


class EnquiryAdminForm(forms.ModelForm):
    reply = forms.CharField(
        label=_("Reply to the visitor"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Sent by e-mail exactly as written (plain text): begin with your greeting and end "
            "with your name. The e-mail adds no greeting of its own; it adds the desk's name, the "
            "reference, the visitor's question and a link through which the visitor can reply, "
            "in the visitor's language. The question then counts as answered."
        ),
    )
    hand_over_to = forms.ModelChoiceField(
        label=_("Hand over to another desk"),
        queryset=ServiceDesk.objects.none(),
        required=False,
        help_text=_(
            "The visitor is told which desk handles the question now; they need not ask again. "
            "The other desk's staff get a notice."
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

    # The visitor's latest reply when the page was shown: a newer one stops the save (clean).
    seen = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    class Meta:
        model = Enquiry
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen"].initial = rules.newest_visitor_message(self.instance)
        if "hand_over_to" in self.fields:
            # Any published desk may receive a question, also one the user does not work for.
            self.fields["hand_over_to"].queryset = ServiceDesk.objects.published().exclude(
                pk=self.instance.desk_id
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("handover_note", "").strip() and not cleaned.get("hand_over_to"):
            self.add_error(
                "hand_over_to",
                _(
                    "Choose the desk to hand the question over to, or move the note to "
                    "“Internal note”."
                ),
            )
        newest = rules.newest_visitor_message(self.instance) if self.instance.pk else 0
        if cleaned.get("seen") is not None and newest > cleaned["seen"]:
            # Said with everything typed kept; the next save (the reply now read) goes through.
            self.add_error(None, rules.VisitorRepliedMeanwhile.message)
            self.data = self.data.copy()
            self.data[self.add_prefix("seen")] = newest
        # Said here, with everything typed kept; services.questions.rules.set_status refuses too.
        answered = rules.EnquiryStatus.ANSWERED
        if (
            "status" in self.changed_data
            and cleaned.get("status") == answered
            and not cleaned.get("reply", "").strip()
            and not rules.is_answered(self.instance)
        ):
            self.add_error("status", rules.NotAnsweredYet.message)
        return cleaned


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
                (_("Reply"), {"fields": ["reply", "seen"]}),
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
            rules.reply(enquiry=obj, text=data["reply"], author=user, seen=data.get("seen"))
            self.message_user(request, gettext("The reply was sent to the visitor."))
        if data.get("hand_over_to"):
            rules.hand_over(
                enquiry=obj, to_desk=data["hand_over_to"], note=data["handover_note"], author=user
            )
        if "status" in form.changed_data:
            rules.set_status(enquiry=obj, status=data["status"], seen=data.get("seen"))
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
        missing = [str(desk) for desk in desks_nobody_hears_of()]
        if missing:
            self.message_user(
                request,
                gettext(
                    "Nobody is told of new questions for these desks: they have no inbox for "
                    "questions and no staff with an e-mail address, and nobody who handles every "
                    "desk has one. Check this list for them: %(desks)s. Add an inbox or staff on "
                    "the desk's page."
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
