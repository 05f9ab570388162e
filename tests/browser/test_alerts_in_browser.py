"""News alerts as a visitor's browser does it, on a phone without JavaScript: from the guide's
result to the form, the confirmation link from the e-mail, the personal page, and the end."""

import re

import pytest
from django.conf import settings
from django.core import mail

from news.models import Subscription
from tests.browser import test_pages_in_browser as pages
from tests.browser.test_pages_in_browser import AXE, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
# The same JavaScript-free phone as the other browser tests (`site`: tests/browser/conftest.py).
phone = pages.phone


def test_subscribe_confirm_change_and_unsubscribe_without_javascript(site, phone):
    page = phone.new_page()
    page.goto(site + "/en/my-situation/?lives_in=BE&works_in=NL&role=employee")
    page.get_by_role("link", name="Get alerts for my situation").click()
    page.wait_for_url("**/en/alerts/?*")
    ticked = page.locator("input[type=checkbox]:checked")
    assert ticked.count() > 0  # the guide's topics and desks, ticked
    chosen = set(ticked.evaluate_all("boxes => boxes.map(box => box.value)"))

    page.get_by_label("Once a week, all news of the week in one e-mail").check()
    page.fill("#id_email", "anna@example.org")
    page.get_by_label("I have read the privacy statement.").check()
    page.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/en/alerts/check-your-email/")
    assert page.locator("h1").inner_text() == "Check your e-mail"

    subscription = Subscription.objects.get()
    assert (subscription.status, subscription.frequency) == ("pending", "weekly")
    assert {t.slug for t in subscription.topics.all()} | {
        d.slug for d in subscription.desks.all()
    } == chosen
    [message] = mail.outbox  # the confirmation only
    link = re.search(r"http://\S+/en/alerts/confirm/\S+/", message.body).group(0)

    page.goto(link.replace(settings.SITE_URL, site))
    assert Subscription.objects.get().status == "pending"  # opening the link confirms nothing
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(f"**/en/alerts/{subscription.token}/")
    assert "your news alerts are confirmed" in page.locator(".messages").inner_text()
    assert Subscription.objects.get().status == "active"

    page.get_by_label("As soon as news is published").check()
    page.get_by_role("button", name="Save my choices").click()
    page.wait_for_url(f"**/en/alerts/{subscription.token}/#main")
    assert "Your choices have been saved." in page.locator(".messages").inner_text()
    assert Subscription.objects.get().frequency == "immediate"

    page.get_by_role("button", name="End my news alerts").click()
    page.wait_for_url(f"**/en/alerts/{subscription.token}/unsubscribe/")
    assert page.locator("h1").inner_text() == "Your news alerts have ended"
    ended = Subscription.objects.get()
    assert (ended.status, ended.email) == ("ended", "")
    assert len(mail.outbox) == 1  # nothing but the confirmation was ever sent


@pytest.mark.parametrize("path", ["/de/alerts/", "personal page"])
def test_the_alert_pages_have_no_wcag_21_aa_violations_axe_can_find(site, browser, path):
    if path == "personal page":
        from news import rules

        subscription = rules.subscribe(email="anna@example.org", language="fr")
        path = rules.confirm(token=subscription.token).get_absolute_url()
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    page.goto(site + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    page.evaluate(AXE)
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
    )
    context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
