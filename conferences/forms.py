import copy

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout
from django import forms
from django.forms import formset_factory
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from conferences.models import Registration
from conferences.rules import GROUP_MAX_PEOPLE
from core.accessible_forms import AccessibleFormMixin, error_links
from core.forms import BotCheckedForm, MailableEmailField, clean_phone, honeypot, person_name
from core.i18n import localize


class ProgrammeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, item):
        return localize(item, "title").text


NEEDS_CONSENT = _("Please agree, or leave the dietary and accessibility fields empty.")


def require_special_consent(form, cleaned) -> None:
    """Dietary or accessibility needs (special-category data) only with explicit consent, where
    the form asks for it (a correction form does not ask again once it was given)."""
    needs = cleaned.get("dietary_needs") or cleaned.get("accessibility_needs")
    if needs and "special_data_consent" in form.fields and not cleaned.get("special_data_consent"):
        form.add_error(
            "special_data_consent", forms.ValidationError(NEEDS_CONSENT, code="special_consent")
        )


ENTER_EMAIL = _("Enter your e-mail address in the form name@example.org.")


class RegistrationForm(AccessibleFormMixin, BotCheckedForm):
    """One person's registration. Validation only: the rules live in conferences.rules."""

    fix_messages = {
        "name": _("Enter your name, for example Anna de Vries."),
        "email": ENTER_EMAIL,
        "organisation": _("Enter the name of your organisation."),
        "organisation_kind": _("Choose the kind of organisation that fits yours best."),
        "job_title": _("Enter your job title, for example HR manager."),
        "privacy_consent": _("Tick the box to confirm that you have read the privacy statement."),
    }

    name = forms.CharField(label=_("Name"), max_length=200)
    email = MailableEmailField(label=_("E-mail address"), max_length=254)
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=Registration.OrganisationKind.choices,
        widget=forms.RadioSelect,
    )
    job_title = forms.CharField(label=_("Job title"), max_length=200)
    phone = forms.CharField(
        label=_("Phone (optional)"),
        max_length=40,
        required=False,
        help_text=_("Only used to reach you about this conference."),
    )
    interests = ProgrammeChoiceField(
        label=_("Which parts of the programme interest you? (optional)"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    dietary_needs = forms.CharField(
        label=_("Dietary needs (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    special_data_consent = forms.BooleanField(
        label=_(
            "I agree that my dietary and accessibility needs are used only to organise this "
            "conference and are deleted with my other data after it."
        ),
        required=False,
    )
    privacy_consent = forms.BooleanField(label=_("I have read the privacy statement."))

    def __init__(self, *args, conference, **kwargs):
        super().__init__(*args, **kwargs)
        self.conference = conference
        self.fields["interests"].queryset = conference.programme.all()
        if not conference.programme.all():
            del self.fields["interests"]
        privacy_url = reverse("portal:privacy")
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Fieldset(_("About you"), "name", "email", "phone"),
            Fieldset(_("Your organisation"), "organisation", "organisation_kind", "job_title"),
            *([Fieldset(_("Programme"), "interests")] if "interests" in self.fields else []),
            Fieldset(
                _("Dietary and accessibility needs"),
                HTML(
                    format_html(
                        '<p class="form-text">{}</p>',
                        _(
                            "We ask this only so that everyone can take part. This is sensitive "
                            "information: it is deleted with your registration, at the latest "
                            "%(days)s days after the conference."
                        )
                        % {"days": conference.retention_days},
                    )
                ),
                "dietary_needs",
                "accessibility_needs",
                "special_data_consent",
            ),
            Fieldset(
                _("Privacy"),
                HTML(
                    format_html(
                        '<p class="form-text"><a href="{}">{}</a></p>',
                        privacy_url,
                        _("Read the privacy statement"),
                    )
                ),
                "privacy_consent",
            ),
            honeypot(),
        )

    def clean_name(self):
        return person_name(self.cleaned_data["name"])

    def clean_phone(self):
        return clean_phone(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        require_special_consent(self, cleaned)
        return cleaned


class ResendLinkForm(AccessibleFormMixin, forms.Form):
    fix_messages = {"email": ENTER_EMAIL}

    def __init__(self, *args, **kwargs):
        # On the conference page next to the registration form: ids of its own.
        kwargs.setdefault("auto_id", "id_resend_%s")
        super().__init__(*args, **kwargs)

    email = MailableEmailField(label=_("E-mail address"), max_length=254)


def rules_fields(fields):
    """The form's fields that are the registration's own (not the consent check box)."""
    return [name for name in fields if name != "special_data_consent"]


def _registration_field(name):
    return copy.deepcopy(RegistrationForm.base_fields[name])


class CorrectDetailsForm(AccessibleFormMixin, forms.Form):
    """A registrant corrects their own details from their personal page
    (conferences.rules.correct_own_details): the registration form's fields, texts and checks."""

    fix_messages = RegistrationForm.fix_messages
    name = _registration_field("name")
    phone = _registration_field("phone")
    organisation = _registration_field("organisation")
    organisation_kind = _registration_field("organisation_kind")
    job_title = _registration_field("job_title")
    interests = _registration_field("interests")
    dietary_needs = _registration_field("dietary_needs")
    accessibility_needs = _registration_field("accessibility_needs")
    special_data_consent = _registration_field("special_data_consent")
    clean_name = RegistrationForm.clean_name
    clean_phone = RegistrationForm.clean_phone

    def __init__(self, *args, registration, **kwargs):
        initial = {name: getattr(registration, name) for name in rules_fields(self.base_fields)}
        # The programme as prefetched with the registration (conferences.views._registration):
        # its items are the choices, its chosen ones the initial value, without a query each.
        programme = list(registration.conference.programme.all())
        initial["interests"] = [item.pk for item in registration.interests.all()]
        super().__init__(*args, initial=initial, **kwargs)
        self.registration = registration
        if programme:
            self.fields["interests"].queryset = registration.conference.programme.all()
        else:
            del self.fields["interests"]
        if registration.special_data_consent_at is not None:
            del self.fields["special_data_consent"]  # given already, when registering
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean(self):
        cleaned = super().clean()
        require_special_consent(self, cleaned)
        return cleaned

    def changes(self) -> dict:
        """Only what the registrant changed, as correct_own_details takes it."""
        return {name: self.cleaned_data[name] for name in rules_fields(self.changed_data)}


# --- Registering colleagues (conferences.rules.register_group) -------------------------------


class GroupForm(AccessibleFormMixin, BotCheckedForm):
    """What an employer says once for everyone they register: the organisation, the programme
    parts that interest them, and that they read the privacy statement. The people are a
    `PersonFormSet` beside it."""

    fix_messages = {
        "organisation": RegistrationForm.fix_messages["organisation"],
        "organisation_kind": RegistrationForm.fix_messages["organisation_kind"],
        "privacy_consent": _(
            "Tick the box to confirm that you have read the privacy statement and will tell "
            "your colleagues."
        ),
    }

    organisation = _registration_field("organisation")
    organisation_kind = _registration_field("organisation_kind")
    interests = ProgrammeChoiceField(
        label=_("Which parts of the programme interest them? (optional)"),
        help_text=_("Each person can change this later with their personal link."),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "I have read the privacy statement and will tell my colleagues that I registered them."
        )
    )

    def __init__(self, *args, conference, **kwargs):
        super().__init__(*args, **kwargs)
        self.conference = conference
        if conference.programme.all():
            self.fields["interests"].queryset = conference.programme.all()
        else:
            del self.fields["interests"]

    def typed(self) -> dict:
        """What was typed, as the initial values of a new form (to show it again unchanged)."""
        return {field.name: field.value() for field in self}


class PersonForm(AccessibleFormMixin, forms.Form):
    """One colleague: their name, e-mail address and job title."""

    fix_messages = {
        "name": _("Enter the person's name, for example Anna de Vries."),
        "email": _("Enter the person's e-mail address in the form name@example.org."),
        "job_title": _("Enter the person's job title, for example HR manager."),
    }

    # Not the visitor's own details: no autocomplete (the browser would offer the employer's).
    name = forms.CharField(
        label=_("Name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    email = MailableEmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    job_title = forms.CharField(
        label=_("Job title"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    clean_name = RegistrationForm.clean_name


class BasePersonFormSet(forms.BaseFormSet):
    """The people's rows, all of them optional on their own (an empty row is left out)."""

    def __init__(self, *args, typed=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.typed = list(typed)  # an unbound formset's rows as typed so far

    def get_form_kwargs(self, index):
        # index is None for the formset's empty_form (its template row)
        if index is not None and index < len(self.typed):
            return {"initial": self.typed[index]}
        return {}

    default_error_messages = {
        "too_many_forms": _(
            "Register at most %(num)d people at once; register the others in a second round."
        ),
    }

    def clean(self):
        """At least one person; no address twice (compared as the database compares them).
        Checked also when a row has other mistakes, so that every message shows at once."""
        if not any(form.has_changed() for form in self.forms):
            raise forms.ValidationError(
                _("Fill in the name, e-mail address and job title of at least one person."),
                code="no_people",
            )
        seen = {}
        for number, form in enumerate(self.forms, start=1):
            email = (getattr(form, "cleaned_data", None) or {}).get("email", "").lower()
            if not email:
                continue
            if email in seen:
                form.add_error(
                    "email",
                    forms.ValidationError(
                        _("This address is given for person %(number)s already."),
                        code="duplicate",
                        params={"number": seen[email]},
                    ),
                )
            else:
                seen[email] = number

    def people(self) -> list[dict]:
        """The filled-in rows (empty ones are left out), in order."""
        return [form.cleaned_data for form in self.forms if form.cleaned_data]


PersonFormSet = formset_factory(
    PersonForm,
    formset=BasePersonFormSet,
    extra=0,
    max_num=GROUP_MAX_PEOPLE,
    validate_max=True,
    absolute_max=GROUP_MAX_PEOPLE,
)
# Rows an empty group form shows; "Add another person" posts the form back with one more.
GROUP_ROWS = 3


def people_formset(data=None, *, rows=GROUP_ROWS, typed=()) -> BasePersonFormSet:
    """The people's rows: bound to `data`, or `rows` new ones, the first filled with `typed`
    (the rows as typed so far, when a person is added)."""
    people = PersonFormSet(data, prefix="people", typed=typed)
    if data is None:
        people.extra = max(1, min(rows, GROUP_MAX_PEOPLE))
    return people


def typed_people(people: BasePersonFormSet) -> list[dict]:
    """Each row of a bound formset as typed, without validating it."""
    return [{field.name: field.value() for field in form} for form in people.forms]


def group_error_links(form: GroupForm, people: BasePersonFormSet) -> list[tuple[str, object]]:
    """The error summary of the group form (`includes/error_summary.html`): the organisation's
    messages, then each person's, named by their number and linked to their field."""
    links = error_links(form)
    first_row = people.forms[0]["name"].id_for_label if people.forms else ""
    links += [(first_row, error) for error in people.non_form_errors()]
    for number, person in enumerate(people.forms, start=1):
        for anchor, error in error_links(person):
            message = _("Person %(number)s: %(error)s") % {"number": number, "error": error}
            links.append((anchor, message))
    return links
