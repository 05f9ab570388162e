"""The error summary and field wiring every form gets from core.accessible_forms (GOV.UK
patterns): one summary at the top of the main content that takes the focus and links to each
field, each message once next to its field through aria-describedby, autocomplete and input
types, and error texts that say how to fix the problem."""

import re

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation

from core.accessible_forms import AccessibleFormMixin
from tests.conferences.test_views import post
from tests.factories import make_conference, make_site_content

pytestmark = pytest.mark.django_db


@pytest.fixture
def conference():
    make_site_content()
    return make_conference(slug="geleen", capacity=2)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


class ContactForm(AccessibleFormMixin, forms.Form):
    """A form as another engineer would write it: the mixin and one template line."""

    fix_messages = {"email": "Enter your e-mail address like name@example.org."}
    name = forms.CharField(label="Name")
    email = forms.EmailField(label="E-mail")
    organisation = forms.CharField(label="Organisation", required=False)
    phone = forms.CharField(label="Phone", required=False)
    kind = forms.ChoiceField(
        label="Kind", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect
    )
    agree = forms.BooleanField(label="I agree")

    def clean(self):
        raise forms.ValidationError("The whole form is wrong.")


def render_summary(*forms_):
    return Template("{% load core %}{% error_summary a b %}").render(
        Context({"a": forms_[0], "b": forms_[1] if len(forms_) > 1 else None})
    )


def test_any_form_gets_autocomplete_input_types_and_fix_texts():
    form = ContactForm({"email": "nope"})
    html = str(form)
    assert re.search(r'<input type="text" name="name"[^>]*autocomplete="name"', html)
    assert re.search(r'<input type="email" name="email"[^>]*autocomplete="email"', html)
    assert re.search(
        r'<input type="text" name="organisation"[^>]*autocomplete="organization"', html
    )
    assert re.search(r'<input type="tel" name="phone"[^>]*autocomplete="tel"', html)
    assert form.errors["email"] == ["Enter your e-mail address like name@example.org."]
    assert form.errors["name"] == ["Fill in “Name”."]
    assert form.errors["kind"] == ["Choose one of the options for “Kind”."]
    assert form.errors["agree"] == ["Tick the box “I agree” to go on."]


def test_summary_links_each_message_to_its_field_and_takes_the_focus():
    html = render_summary(ContactForm({"email": "nope"}))
    summary = re.search(r"<section[^>]*>", html).group(0)
    assert 'tabindex="-1"' in summary and "autofocus" in summary
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', html)
    assert links == [
        ("id_name", "Fill in “Name”."),
        ("id_email", "Enter your e-mail address like name@example.org."),
        ("id_kind_0", "Choose one of the options for “Kind”."),  # the first radio of the group
        ("id_agree", "Tick the box “I agree” to go on."),
    ]
    assert "<li>The whole form is wrong.</li>" in html  # a non-field error: no field to link
    assert "js/error-summary" in html  # the static helper (script-src 'self'), no inline script


def test_no_summary_without_errors():
    assert render_summary(ContactForm()).strip() == ""
    assert render_summary(ContactForm(), None).strip() == ""


def test_registration_errors_come_first_in_main_and_each_message_shows_once(
    client,
    conference,
    settings,
):
    settings.FORM_MIN_SECONDS = 60
    response = post(client, language="en", email="not-an-email", organisation="")
    html = response.content.decode()
    main = html[html.index("<main") :]
    # the summary is the first thing in the main content, before the heading
    assert main.index('id="error-summary"') < main.index("<h1")
    assert html.count("We could not accept the form.") == 1
    email_fix = "Enter your e-mail address in the form name@example.org."
    assert html.count(email_fix) == 2  # the summary's link and the field's own message
    assert f'<a href="#id_email">{email_fix}</a>' in html
    assert re.search(r'name="email"[^>]*aria-describedby="id_email_error"', html)
    assert re.search(
        r'id="id_email_error"[^>]*>\s*<span[^>]*><strong>' + re.escape(email_fix), html
    )
    assert '<a href="#id_organisation">Enter the name of your organisation.</a>' in html
    assert re.search(r'<input type="tel" name="phone"[^>]*autocomplete="tel"', html)


def test_guide_questions_left_open_are_summarised_with_links_to_the_first_option(client):
    response = client.get("/en/my-situation/?lives_in=NL")
    html = response.content.decode()
    assert response.status_code == 400
    assert '<a href="#id_works_in_0">Choose the country where you work or will work.</a>' in html
    assert '<a href="#id_role_0">Choose what describes you best.</a>' in html
    assert "#id_lives_in_0" not in html


def test_an_empty_search_says_how_to_search_and_a_first_visit_does_not(client):
    fix = "Enter one or more words to search for, for example “tax”."
    html = client.get("/en/search/?q=+").content.decode()
    assert f'<a href="#search-page-q">{fix}</a>' in html
    assert re.search(r'id="search-page-q"[^>]*aria-describedby="search-page-q_error"', html)
    assert html.count(fix) == 2  # the summary and next to the field
    for visit in ["/en/search/", "/en/search/?q=tax"]:
        assert 'id="error-summary"' not in client.get(visit).content.decode()
