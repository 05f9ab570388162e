"""An employer registers colleagues in one form (issue 21, item 5): the organisation once, a
name, address and job title per person; each gets their own e-mail and link; seats count
people; a group counts as one submission towards the rate limit."""

import re

import pytest

from conferences import rules
from conferences.models import OutgoingEmail, Registration
from core.forms import form_token
from core.models import RateLimitCounter
from tests.concurrency import hidden
from tests.factories import make_conference, make_site_content, registration_data

pytestmark = pytest.mark.django_db
Status = Registration.Status
URL = "/{language}/conferences/geleen/colleagues/"


@pytest.fixture
def conference():
    make_site_content()
    return make_conference(slug="geleen", capacity=3)


def people(*emails):
    return [
        rules.Person(name=f"Colleague {chr(65 + n)}", email=email, job_title="Engineer")
        for n, email in enumerate(emails)
    ]


def register_group(conference, *emails, **fields):
    return rules.register_group(
        conference=conference,
        people=people(*emails),
        organisation="Chemelot B.V.",
        organisation_kind="employer",
        language="de",
        **fields,
    )


def group_form(rows, **fields):
    """The group form as a browser sends it: `rows` are (name, e-mail, job title)."""
    data = {
        "organisation": "Chemelot B.V.",
        "organisation_kind": "employer",
        "privacy_consent": "on",
        "website": "",
        "rendered_at": form_token(),
        "people-TOTAL_FORMS": str(len(rows)),
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": str(rules.GROUP_MAX_PEOPLE),
    }
    for n, (name, email, job_title) in enumerate(rows):
        data |= {
            f"people-{n}-name": name,
            f"people-{n}-email": email,
            f"people-{n}-job_title": job_title,
        }
    return data | fields


def rows(count, start=0):
    return [
        (f"Colleague {chr(65 + n % 26)}", f"colleague{n}@example.org", "Engineer")
        for n in range(start, start + count)
    ]


def post(client, data, language="en", **extra):
    return client.post(URL.format(language=language), data, **extra)


# --- The rule ----------------------------------------------------------------------------------


def test_a_group_of_three_with_two_seats_left_gets_two_seats_and_one_waiting_place(
    conference, mailoutbox, django_capture_on_commit_callbacks
):
    rules.register(conference=conference, **registration_data())  # two seats left
    with django_capture_on_commit_callbacks(execute=True):  # the outbox's send task runs
        result = register_group(conference, "a@example.org", "b@example.org", "c@example.org")

    assert [r.email for r in result.confirmed] == ["a@example.org", "b@example.org"]
    assert [r.email for r in result.waitlisted] == ["c@example.org"]
    group = Registration.objects.filter(registered_by_colleague=True).order_by("pk")
    assert [(r.email, r.status) for r in group] == [
        ("a@example.org", Status.CONFIRMED),
        ("b@example.org", Status.CONFIRMED),
        ("c@example.org", Status.WAITLISTED),
    ]
    assert {r.organisation for r in group} == {"Chemelot B.V."}
    assert len({r.token for r in group}) == 3  # a personal link each
    # Each person is told which, in their own e-mail, with their own link.
    sent = {message.to[0]: message for message in mailoutbox if message.to[0] in group_emails()}
    assert sorted(sent) == ["a@example.org", "b@example.org", "c@example.org"]
    for registration in group:
        body = sent[registration.email].body
        assert registration.token in body
        assert "jemand anderes" in body.lower()  # the registrant's language: told who did it
    assert "Warteliste" in sent["c@example.org"].subject
    assert "bestätigt" in sent["a@example.org"].subject
    assert not OutgoingEmail.objects.pending().filter(registration__in=group).exists()


def group_emails():
    return {"a@example.org", "b@example.org", "c@example.org"}


def test_newcomers_in_a_group_queue_behind_people_already_waiting(conference):
    for _ in range(4):
        rules.register(conference=conference, **registration_data())  # full, one waiting
    result = register_group(conference, "a@example.org")
    assert result.confirmed == [] and [r.email for r in result.waitlisted] == ["a@example.org"]


def test_a_known_address_is_not_registered_twice_and_gets_its_link_again(conference):
    anna = rules.register(conference=conference, **registration_data(email="Anna@Example.org"))
    result = register_group(conference, "anna@example.org", "new@example.org", "NEW@example.org")

    assert result.known == [anna]
    assert [r.email for r in result.confirmed] == ["new@example.org"]  # once, not twice
    assert conference.registrations.count() == 2
    assert list(anna.emails.values_list("kind", flat=True).order_by("pk")) == [
        OutgoingEmail.Kind.CONFIRMED,
        OutgoingEmail.Kind.MANAGE_LINK,
    ]
    anna.refresh_from_db()
    assert anna.organisation != "Chemelot B.V."  # their own registration stays as it was


def test_the_programme_choice_applies_to_each_and_too_large_a_group_is_refused(conference):
    welcome = conference.programme.get()
    result = register_group(conference, "a@example.org", "b@example.org", interests=[welcome])
    for registration in result.confirmed:
        assert list(registration.interests.all()) == [welcome]
    too_many = [f"p{n}@example.org" for n in range(rules.GROUP_MAX_PEOPLE + 1)]
    with pytest.raises(rules.GroupTooLarge) as refused:
        register_group(conference, *too_many)
    assert str(rules.GROUP_MAX_PEOPLE) in str(refused.value.message)
    assert conference.registrations.count() == 2


def test_a_closed_conference_refuses_a_group(conference):
    conference.registration_closes_at = conference.starts_at.replace(year=2000)
    conference.save()
    with pytest.raises(rules.RegistrationClosed):
        register_group(conference, "a@example.org")
    assert not conference.registrations.exists()


# --- The page ----------------------------------------------------------------------------------


def test_conference_page_links_to_the_group_form_which_shows_three_rows(client, conference):
    page = client.get("/de/conferences/geleen/").content.decode()
    assert 'href="/de/conferences/geleen/colleagues/"' in page
    response = client.get(URL.format(language="de"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<legend class="h6') == 3  # a fieldset with a legend per person
    assert "Person 3" in html
    assert 'name="people-0-email"' in html and 'name="people-2-job_title"' in html
    # The browser must not offer the employer's own name and address for a colleague.
    assert re.search(r'name="people-0-name"[^>]*autocomplete="off"', html)
    assert 'name="rendered_at"' in html
    assert 'id="error-summary"' not in html


def test_registering_three_colleagues_answers_like_the_single_form(
    client, conference, mailoutbox, django_capture_on_commit_callbacks
):
    welcome = conference.programme.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, group_form(rows(3), interests=[str(welcome.pk)]), language="fr")

    assert response.status_code == 303
    assert response["Location"] == "/fr/conferences/geleen/check-your-email/?group=1"
    registrations = Registration.objects.order_by("pk")
    assert [(r.email, r.status, r.language) for r in registrations] == [
        (f"colleague{n}@example.org", Status.CONFIRMED, "fr") for n in range(3)
    ]
    assert all(r.registered_by_colleague for r in registrations)
    assert all(list(r.interests.all()) == [welcome] for r in registrations)
    assert sorted(message.to[0] for message in mailoutbox) == [
        f"colleague{n}@example.org" for n in range(3)
    ]
    page = client.get(response["Location"]).content.decode()
    assert "collègues" in page  # "tell your colleagues", in French


def test_a_group_larger_than_the_seats_left_reaches_the_waiting_list(client, conference):
    response = post(client, group_form(rows(5)))
    assert response.status_code == 303
    statuses = list(Registration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [Status.CONFIRMED] * 3 + [Status.WAITLISTED] * 2


def test_empty_rows_are_left_out_but_at_least_one_person_is_needed(client, conference):
    data = group_form([("", "", ""), *rows(1), ("", "", "")])
    assert post(client, data).status_code == 303
    assert Registration.objects.get().email == "colleague0@example.org"

    response = post(client, group_form([("", "", "")] * 3), language="en")
    assert response.status_code == 400
    html = response.content.decode()
    assert "at least one person" in html
    assert 'href="#id_people-0-name"' in html


def test_errors_name_the_person_link_to_their_field_and_keep_everything_typed(client, conference):
    data = group_form(
        [
            ("Anna de Vries", "anna@example.org", "HR manager"),
            ("Bob 2000", "bob@example", "Engineer"),
            ("Carla Smit", "ANNA@example.org", ""),
        ],
        organisation="",
    )
    response = post(client, data, language="en")
    html = response.content.decode()
    assert response.status_code == 400
    assert Registration.objects.count() == 0
    summary = html[html.index('id="error-summary"') : html.index("</section>")]
    assert 'href="#id_organisation"' in summary
    assert re.search(r'href="#id_people-1-name">Person 2: Enter your name with letters', summary)
    assert 'href="#id_people-1-email">Person 2: ' in summary
    assert 'href="#id_people-2-email">Person 3: This address is given for person 1' in summary
    assert 'href="#id_people-2-job_title">Person 3: ' in summary
    assert 'href="#id_people-0-' not in summary  # the first person is fine
    for typed in ("Anna de Vries", "Bob 2000", "bob@example", "ANNA@example.org", "Carla Smit"):
        assert f'value="{typed}"' in html
    assert re.search(r'id="id_people-2-email"[^>]*aria-invalid="true"', html) or re.search(
        r'aria-invalid="true"[^>]*id="id_people-2-email"', html
    )


def test_add_another_person_posts_back_as_typed_with_one_more_row(client, conference):
    data = group_form(rows(3), organisation="Chemelot B.V.")
    data["people-1-email"] = "not-yet-an-address"  # half typed: no error shown for it yet
    response = post(client, data | {"add_person": "1"}, language="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="error-summary"' not in html and "aria-invalid" not in html
    assert html.count('<legend class="h6') == 4
    assert 'value="not-yet-an-address"' in html and 'value="Chemelot B.V."' in html
    assert 'value="colleague2@example.org"' in html
    assert re.search(r'name="people-3-name"[^>]*autofocus', html)  # the new row has the focus
    assert re.search(r'value="employer"[^>]*checked', html.replace("\n", " ")) or (
        'value="employer"  id="id_organisation_kind_0" required checked' in html
    )
    assert hidden(html, "rendered_at") == data["rendered_at"]  # the same fill-in time
    assert hidden(html, "people-TOTAL_FORMS") == "4"
    assert not Registration.objects.exists()
    assert not RateLimitCounter.objects.filter(key__startswith="register:").exists()

    # Up to the most people a group may hold: then no more rows, and no button.
    full = post(client, group_form(rows(rules.GROUP_MAX_PEOPLE)) | {"add_person": "1"})
    html = full.content.decode()
    assert html.count('<legend class="h6') == rules.GROUP_MAX_PEOPLE
    assert 'name="add_person"' not in html


def test_a_group_counts_as_one_submission_towards_the_rate_limit(client, conference, settings):
    settings.REGISTRATION_RATE_LIMIT = "2/h"
    make_conference(slug="big", capacity=100)

    def post_group(start):
        data = group_form(rows(10, start=start))
        return client.post("/en/conferences/big/colleagues/", data)

    assert post_group(0).status_code == 303  # ten people, one submission
    assert post_group(10).status_code == 303
    response = post_group(20)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many registrations" in html
    assert 'value="colleague29@example.org"' in html  # nothing typed is lost
    assert RateLimitCounter.objects.get(key__startswith="register:").count == 3
    assert Registration.objects.count() == 20


def test_the_people_of_groups_count_towards_their_own_limit(client, conference, settings):
    """However few the submissions, one connection registers at most
    REGISTRATION_PEOPLE_RATE_LIMIT colleagues an hour (a group of 20 is one submission)."""
    settings.REGISTRATION_PEOPLE_RATE_LIMIT = "25/h"
    make_conference(slug="big", capacity=100)

    def post_group(start, count):
        return client.post("/en/conferences/big/colleagues/", group_form(rows(count, start=start)))

    assert post_group(0, 20).status_code == 303
    response = post_group(20, 10)  # 30 people: over the 25
    assert response.status_code == 429
    assert 'value="colleague29@example.org"' in response.content.decode()  # kept
    assert post_group(40, 5).status_code == 429  # the refused ten counted: an attempt is one
    assert Registration.objects.count() == 20


def test_at_most_twenty_people_per_group_and_odd_submissions_never_cause_a_500(client, conference):
    too_many = group_form(rows(rules.GROUP_MAX_PEOPLE + 1))
    response = post(client, too_many)
    assert response.status_code == 400
    assert "at most 20 people" in response.content.decode()
    for data in (
        {},
        {"people-TOTAL_FORMS": "x"},
        group_form(rows(2), **{"people-TOTAL_FORMS": "100000"}),
        group_form(rows(2), **{"people-TOTAL_FORMS": "-1"}),
        group_form(rows(1), organisation_kind="nonsense", interests=["x", "999"]),
        {"add_person": "1"},
        {"add_person": "1", "people-TOTAL_FORMS": "99999"},
    ):
        assert post(client, data).status_code in (200, 400)
    assert not Registration.objects.exists()


def test_bot_checks_apply_to_the_group_form(client, conference, settings):
    assert post(client, group_form(rows(2), website="https://spam.example")).status_code == 400
    assert post(client, group_form(rows(2), rendered_at="forged")).status_code == 400
    data = group_form(rows(2))
    assert post(client, data).status_code == 303
    assert post(client, data).status_code == 400  # the token is used up: no replay
    assert Registration.objects.count() == 2


def test_a_closed_conference_sends_the_group_form_to_the_conference_page(client):
    make_site_content()
    make_conference(slug="geleen", days_ahead=-3)
    response = client.get(URL.format(language="en"))
    assert response.status_code == 302
    assert response["Location"] == "/en/conferences/geleen/"
    assert post(client, group_form(rows(2))).status_code == 302
    assert not Registration.objects.exists()


def test_the_group_page_runs_the_same_queries_for_three_rows_and_for_twenty(
    client, conference, django_assert_max_num_queries
):
    def measure(data):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = post(client, data)
        return response.status_code, len(queries)

    few = group_form(rows(3), organisation="")
    many = group_form(rows(rules.GROUP_MAX_PEOPLE), organisation="")
    assert measure(few)[0] == measure(many)[0] == 400
    assert measure(few)[1] == measure(many)[1]
    added = measure(few | {"add_person": "1"}), measure(many | {"add_person": "1"})
    assert added[0] == (200, added[1][1]) and added[1][0] == 200
    with django_assert_max_num_queries(6):
        assert client.get(URL.format(language="en")).status_code == 200
    with django_assert_max_num_queries(6):
        assert post(client, many).status_code == 400
