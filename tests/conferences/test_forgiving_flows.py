"""Flows that forgive mistakes (issue 13): cancelling asks for confirmation on a page of its own,
staff can undo a check-in, registrants correct their own details, and a lost link can be asked
for on the conference page itself."""

import re

import pytest
from django.conf import settings

from conferences import rules
from conferences.models import Registration
from tests.conferences.test_admin import desk_url, messages_of, queries_for, refreshed, run_action
from tests.factories import make_conference, make_site_content, registration_data

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def registration():
    make_site_content()
    conference = make_conference(slug="geleen", capacity=5)
    return rules.register(conference=conference, **registration_data(name="Anna de Vries"))


@pytest.fixture
def staff(staff_client):
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return staff_client


def cancel_url(registration, language="en"):
    return f"/{language}/registration/{registration.token}/cancel/"


def details_url(registration, language="en"):
    return f"/{language}/registration/{registration.token}/details/"


# --- Cancelling asks first ---------------------------------------------------------------------


def test_personal_page_links_to_a_confirmation_page_instead_of_cancelling_at_once(
    client, registration
):
    html = client.get(registration.get_absolute_url()).content.decode()
    assert f'href="{cancel_url(registration, "nl")}"' in html
    assert 'method="post"' not in html  # one click on the personal page changes nothing

    for language in ["nl", "de", "en", "fr"]:
        response = client.get(cancel_url(registration, language))
        assert response.status_code == 200
        assert refreshed(registration).status == Status.CONFIRMED
        page = response.content.decode()
        assert f'<form method="post" action="{cancel_url(registration, language)}"' in page
        assert f'href="{registration.get_absolute_url()}"'.replace("/nl/", f"/{language}/") in page
        assert "no-cache" in response["Cache-Control"]
        assert response["X-Robots-Tag"] == "noindex, nofollow"

    response = client.post(cancel_url(registration))
    assert response.status_code == 302
    assert refreshed(registration).status == Status.CANCELLED
    again = client.get(cancel_url(registration)).content.decode()
    assert "This registration has been cancelled." in again
    assert f'action="{cancel_url(registration)}"' not in again  # nothing left to confirm


# --- Undo a check-in ----------------------------------------------------------------------------


def test_undo_check_in_rule_takes_back_a_check_in_and_refuses_when_there_is_none(registration):
    rules.check_in(registration=registration)
    assert refreshed(registration).checked_in_at is not None
    rules.undo_check_in(registration=registration)
    assert refreshed(registration).checked_in_at is None
    with pytest.raises(rules.NotCheckedIn):
        rules.undo_check_in(registration=registration)


def test_staff_undo_a_check_in_at_the_event_desk(staff, registration):
    conference = registration.conference
    rules.check_in(registration=registration)
    response = staff.post(desk_url(conference), {"registration": registration.pk, "undo": "1"})
    assert response.status_code == 302
    assert refreshed(registration).checked_in_at is None
    assert messages_of(response) == [
        ("success", "The check-in of Anna de Vries is undone."),
    ]
    html = staff.get(desk_url(conference)).content.decode()
    assert ">Check in<span" in html

    again = staff.post(desk_url(conference), {"registration": registration.pk, "undo": "1"})
    assert messages_of(again)[0][0] == "error"  # nothing to undo: a message, not a 500


def test_staff_undo_check_ins_with_an_admin_action(staff, registration):
    rules.check_in(registration=registration)
    response = run_action(staff, "registration", "undo_check_in_registrations", [registration])
    assert response.status_code == 302
    assert refreshed(registration).checked_in_at is None


# --- Registrants correct their own details ------------------------------------------------------


def details_form(**fields):
    return {
        "name": "Anna de Vries",
        "organisation": "Brightlands",
        "organisation_kind": "campus",
        "job_title": "HR manager",
        "dietary_needs": "",
        "accessibility_needs": "",
    } | fields


def test_registrant_corrects_name_and_organisation_from_the_personal_page(client, registration):
    page = client.get(registration.get_absolute_url()).content.decode()
    assert f'href="{details_url(registration, "nl")}"' in page
    form = client.get(details_url(registration))
    assert form.status_code == 200
    assert "no-cache" in form["Cache-Control"]
    assert 'value="Anna de Vries"' in form.content.decode()
    assert re.search(r'name="name"[^>]*autocomplete="name"', form.content.decode())

    response = client.post(
        details_url(registration), details_form(name="Anna  van Vries", organisation="Chemelot")
    )
    assert response.status_code == 302
    assert response["Location"] == registration.get_absolute_url().replace("/nl/", "/en/")
    corrected = refreshed(registration)
    assert (corrected.name, corrected.organisation) == ("Anna van Vries", "Chemelot")
    assert corrected.email == registration.email  # not correctable here


def test_needs_added_later_need_consent_and_keep_what_was_typed(client, registration):
    response = client.post(details_url(registration), details_form(dietary_needs="Vegan"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="error-summary"' in html and "Vegan" in html
    assert refreshed(registration).dietary_needs == ""

    response = client.post(
        details_url(registration),
        details_form(dietary_needs="Vegan", special_data_consent="on"),
    )
    assert response.status_code == 302
    corrected = refreshed(registration)
    assert corrected.dietary_needs == "Vegan"
    assert corrected.special_data_consent_at is not None


def test_the_rule_refuses_needs_without_consent(registration):
    with pytest.raises(rules.NeedsConsent):
        rules.correct_own_details(registration=registration, changes={"dietary_needs": "Vegan"})
    assert refreshed(registration).dietary_needs == ""
    with pytest.raises(TypeError):
        rules.correct_own_details(registration=registration, changes={"email": "x@example.org"})


def test_a_cancelled_registration_is_not_corrected(client, registration):
    rules.cancel(registration=registration)
    assert client.get(details_url(registration)).status_code == 302
    assert (
        details_url(registration, "nl")
        not in client.get(registration.get_absolute_url()).content.decode()
    )
    response = client.post(details_url(registration), details_form(name="Someone Else"))
    assert response.status_code == 302
    assert refreshed(registration).name == "Anna de Vries"
    assert messages_of(response)[0][0] == "error"


def test_registrant_corrects_phone_and_programme_choices_from_the_personal_page(
    client, registration
):
    """Issue 21, item 6: the phone number and the programme choices, with the registration
    form's checks and the same notice as other corrections."""
    conference = registration.conference
    welcome = conference.programme.get()
    panel = conference.programme.create(title_nl="Paneel", title_en="Panel", order=2)
    form = client.get(details_url(registration)).content.decode()
    assert re.search(r'name="phone"[^>]*autocomplete="tel"', form)
    assert 'name="interests"' in form and "Panel" in form

    bad = client.post(
        details_url(registration),
        details_form(phone="call me", interests=[str(panel.pk)], name="Anna Bakker"),
    )
    assert bad.status_code == 400
    html = bad.content.decode()
    assert 'href="#id_phone"' in html  # in the error summary, linked to the field
    assert 'value="call me"' in html and 'value="Anna Bakker"' in html  # kept as typed
    assert re.search(rf'value="{panel.pk}"[^>]*checked', html)
    assert refreshed(registration).phone == ""

    response = client.post(
        details_url(registration),
        details_form(phone="+31 43 123 4567", interests=[str(welcome.pk), str(panel.pk)]),
    )
    assert response.status_code == 302
    assert messages_of(response) == [("success", "Your details have been corrected.")]
    corrected = refreshed(registration)
    assert corrected.phone == "+31 43 123 4567"
    assert set(corrected.interests.all()) == {welcome, panel}
    page = client.get(registration.get_absolute_url()).content.decode()
    assert "+31 43 123 4567" in page and "Panel" in page

    # Unticking every part clears the choice; the phone may be emptied again.
    client.post(details_url(registration), details_form(phone=""))
    corrected = refreshed(registration)
    assert corrected.phone == "" and not corrected.interests.exists()


def test_the_rule_corrects_phone_and_interests_but_checks_the_phone_length(registration):
    welcome = registration.conference.programme.get()
    rules.correct_own_details(
        registration=registration, changes={"phone": "043 123 4567", "interests": [welcome]}
    )
    corrected = refreshed(registration)
    assert corrected.phone == "043 123 4567" and list(corrected.interests.all()) == [welcome]
    with pytest.raises(rules.RegistrationError):
        rules.correct_own_details(registration=registration, changes={"phone": "1" * 41})
    assert refreshed(registration).phone == "043 123 4567"


def test_the_details_page_runs_the_same_queries_for_one_programme_part_and_for_twelve(
    client, registration
):
    few = queries_for(client, details_url(registration))
    for n in range(11):
        item = registration.conference.programme.create(title_nl=f"Onderdeel {n}", order=n + 2)
        registration.interests.add(item)
    assert few == queries_for(client, details_url(registration)) <= 6


# --- Lost your link? ----------------------------------------------------------------------------


def test_conference_page_offers_the_lost_link_form_directly_with_ids_of_its_own(client):
    make_site_content()
    make_conference(slug="geleen")
    for language in ["nl", "de", "en", "fr"]:
        html = client.get(f"/{language}/conferences/geleen/").content.decode()
        # It posts to the page itself (tests/conferences/test_forms_at_the_page_address.py).
        assert f'action="/{language}/conferences/geleen/"' in html
        assert 'name="form" value="resend_link"' in html
        assert 'id="id_resend_email"' in html
        ids = re.findall(r'\sid="([^"]+)"', html)
        assert len(ids) == len(set(ids))  # two forms on one page, no id twice
        assert 'id="error-summary"' not in html
