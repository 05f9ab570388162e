"""Booking a consultation as a visitor's browser does it: on a phone, without JavaScript, from the
desk page to the booking, then cancelling it through the confirmation page; the booking pages
without WCAG 2.1 AA errors axe-core can find."""

import pytest

from services.booking.models import Appointment, ConsultationSlot
from tests.browser.test_pages_in_browser import AXE, PHONE, phone  # noqa: F401 - a fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_book_and_cancel_a_slot_without_javascript(site, phone):  # noqa: F811
    page = phone.new_page()
    page.goto(site + "/en/services/grensinfopunt/")
    page.locator("#booking-heading ~ ul a").first.click()
    page.wait_for_url("**/book/*/")
    assert "demo" in page.locator("main").inner_text().lower()
    page.fill("#id_email", "anna@example.org")
    page.fill("#id_name", "Anna de Vries")
    page.fill("#id_phone", "+31 43 123 4567")  # the demo times are by phone: the desk calls
    page.fill("#id_topic", "Tax on my Dutch salary")
    assert page.get_by_role("radio", name="English").is_checked()  # the page's language
    assert page.get_by_role("radio", name="French").count() == 0  # not spoken at this time
    page.get_by_role("button", name="Book this time").click()
    page.wait_for_url("**/en/appointment/**")
    assert "Booked." in page.locator("main").inner_text()
    appointment = Appointment.objects.get()
    assert appointment.status == Appointment.Status.BOOKED
    assert (appointment.phone, appointment.conversation_language) == ("+31 43 123 4567", "en")

    page.get_by_role("link", name="Cancel my appointment").click()
    page.wait_for_url("**/cancel/")
    assert Appointment.objects.get().status == Appointment.Status.BOOKED
    page.get_by_role("button", name="Yes, cancel my appointment").click()
    page.wait_for_url("**/en/appointment/*/")
    assert "Cancelled." in page.locator("main").inner_text()
    assert Appointment.objects.get().status == Appointment.Status.CANCELLED
    assert ConsultationSlot.objects.bookable().filter(pk=appointment.slot_id).exists()


def test_booking_pages_have_no_wcag_21_aa_violations_axe_can_find(site, browser):  # noqa: F811
    slot = ConsultationSlot.objects.bookable().filter(location__desk__slug="grensinfopunt").first()
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # to inject axe itself
    page = context.new_page()
    paths = [
        "/nl/book/",
        "/de/services/grensinfopunt/book/",
        f"/fr/services/grensinfopunt/book/{slot.pk}/",
    ]
    for path in paths:
        page.goto(site + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} scrolls sideways on a phone ({width}px)"
        page.evaluate(AXE)
        result = page.evaluate(
            """() => axe.run(document, {runOnly: {type: 'tag',
                 values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
        )
        violations = [(v["id"], v["help"]) for v in result["violations"]]
        assert violations == [], path
    context.close()
