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
from services.questions.models import Enquiry, EnquiryEmail, EnquiryMessage

# Staff work a question from its change form: reply to the visitor, hand it over to another desk,
# keep a note, change its status. Saving calls services.questions.rules (reply, hand_over, add_note,
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
