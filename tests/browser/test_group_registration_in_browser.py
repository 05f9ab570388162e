"""An employer registers three colleagues in one form, in a real browser on a 360 px phone and
without JavaScript (issue 21): a person is added by posting the form back, a mistake is named by
person and linked to their field, and the group reaches the waiting list, each person told which
in their own e-mail."""

import pathlib
import re

import pytest
from django.utils import translation

from conferences import rules
from conferences.models import Registration
from tests.browser.submitting import focus_after_load, submit
from tests.factories import make_conference, make_site_content, registration_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
AXE = (pathlib.Path(__file__).parent / "vendor" / "axe.min.js").read_text()


@pytest.fixture
def site(live_server):
    make_site_content()
    conference = make_conference(slug="geleen", capacity=3)
    rules.register(conference=conference, **registration_data())  # two seats left
    return live_server.url


def focused(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def fill_person(page, number, name, email, job_title):
    row = page.get_by_role("group", name=f"Person {number}", exact=True)
    row.get_by_label("Name").fill(name)
    row.get_by_label("E-mail address").fill(email)
    row.get_by_label("Job title").fill(job_title)


def test_a_group_of_three_registers_without_javascript_and_reaches_the_waiting_list(
    site, browser, mailoutbox
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/en/conferences/geleen/")
    page.get_by_role("link", name="Register them together in one form").click()
    page.wait_for_url("**/en/conferences/geleen/colleagues/")
    assert "2 seats are still free" in page.locator("main").inner_text()

    page.fill("#id_organisation", "Chemelot B.V.")
    page.check("input[name=organisation_kind][value=employer]")
    fill_person(page, 1, "Anna de Vries", "anna@example.org", "HR manager")
    fill_person(page, 2, "Bram Jansen", "bram@example.org", "Engineer")
    submit(page.get_by_role("button", name="Add another person"))
    # Posted back as typed, with a fourth row that has the focus.
    assert page.get_by_role("group", name=re.compile(r"^Person \d$")).count() == 4
    assert focus_after_load(page, "id_people-3-name") == "id_people-3-name"
    assert page.input_value("#id_people-1-email") == "bram@example.org"
    assert page.input_value("#id_organisation") == "Chemelot B.V."
    assert page.locator("#error-summary").count() == 0

    fill_person(page, 3, "Carla Smit", "ANNA@example.org", "Buyer")  # a slip: Anna's address
    page.check("#id_privacy_consent")
    submit(page.get_by_role("button", name="Register these people"))
    # The summary has the focus, names the person and leads to their field.
    assert focus_after_load(page, "error-summary") == "error-summary"
    link = page.locator("#error-summary a[href='#id_people-2-email']")
    assert link.inner_text().startswith("Person 3: This address is given for person 1")
    link.click()
    assert page.url.endswith("#id_people-2-email")
    assert page.input_value("#id_people-2-name") == "Carla Smit"  # nothing typed is lost
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]

    page.fill("#id_people-2-email", "carla@example.org")
    page.get_by_role("button", name="Register these people").click()
    page.wait_for_url("**/en/conferences/geleen/check-your-email/?group=1")
    assert "tell your colleagues" in page.locator("main").inner_text()

    group = Registration.objects.filter(registered_by_colleague=True).order_by("pk")
    assert [(r.name, r.status) for r in group] == [
        ("Anna de Vries", "confirmed"),
        ("Bram Jansen", "confirmed"),
        ("Carla Smit", "waitlisted"),
    ]
    subjects = {message.to[0]: message.subject for message in mailoutbox}
    assert subjects["anna@example.org"].startswith("Registration confirmed")
    assert subjects["bram@example.org"].startswith("Registration confirmed")
    assert subjects["carla@example.org"].startswith("On the waiting list")

    with translation.override("en"):
        page.goto(site + group.get(name="Carla Smit").get_absolute_url())
    assert "On the waiting list" in page.locator("main").inner_text()
    context.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_enter_in_a_field_registers_the_group_and_adds_no_row(site, browser, javascript):
    """The register button is the form's first, so the browser's Enter presses it, not "Add
    another person" (which follows it, beneath the last person, in the page and for Tab)."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{site}/en/conferences/geleen/colleagues/")
    buttons = page.locator("form[action$='/colleagues/'] button[type=submit]")
    assert buttons.all_inner_texts() == ["Register these people", "Add another person"]
    register, add = (button.bounding_box() for button in buttons.all())
    last_person = page.get_by_role("group", name="Person 3", exact=True).bounding_box()
    assert register["y"] > last_person["y"] + last_person["height"]  # beneath the people
    assert add["x"] > register["x"] or add["y"] > register["y"]  # after it, as read

    page.fill("#id_organisation", "Chemelot B.V.")
    page.check("input[name=organisation_kind][value=employer]")
    page.check("#id_privacy_consent")
    fill_person(page, 1, "Anna de Vries", "anna@example.org", "HR manager")
    page.get_by_role("group", name="Person 1", exact=True).get_by_label("Job title").press("Enter")
    page.wait_for_url("**/en/conferences/geleen/check-your-email/?group=1")
    assert Registration.objects.filter(registered_by_colleague=True).count() == 1
    context.close()


def test_the_group_form_has_no_wcag_21_aa_violations_axe_can_find(site, browser):
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # to inject axe itself
    page = context.new_page()
    page.goto(f"{site}/de/conferences/geleen/colleagues/")
    fresh = axe_violations(page)
    page.fill("#id_people-0-email", "not-an-address")
    submit(page.get_by_role("button", name="Diese Personen anmelden"))
    assert page.locator("#error-summary").is_visible()
    assert axe_violations(page) == fresh == []
    context.close()


def axe_violations(page):
    page.evaluate(AXE)
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
    )
    return [
        (v["id"], v["help"], [node["target"] for node in v["nodes"]][:3])
        for v in result["violations"]
    ]
