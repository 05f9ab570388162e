"""The pages as a visitor's browser sees them: on a 360 px phone, without JavaScript, under the
strict Content-Security-Policy, with no request to a third party, and without WCAG 2.1 AA errors
that axe-core can detect."""

import pathlib
from urllib.parse import urlsplit

import pytest

from services.desks.models import ServiceDesk
from tests.browser.submitting import submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = (pathlib.Path(__file__).parent / "vendor" / "axe.min.js").read_text()
PHONE = {"width": 360, "height": 740}
PAGES = [
    "/nl/",
    "/de/services/",
    "/en/services/grensinfopunt/",
    "/fr/services/expat-centre/",
    "/nl/topics/",
    "/de/topics/tax/",
    "/en/about/",
    "/fr/privacy/",
    "/nl/accessibility/",
    "/de/no-such-page/",
    "/en/conferences/",
    "/nl/conferences/euregional-labour-market-2024/",
    "/fr/conferences/demo-registration/",
    "/nl/search/?q=belasting",
    "/de/search/?q=xyzzy",
    "/fr/search/?q=alocations+familiales",  # "did you mean ...?" and marked synonyms
    "/en/my-situation/",
    "/fr/my-situation/?lives_in=BE&works_in=NL&role=employee",
    "/en/news/",
    "/de/news/30-percent-ruling-27-percent-2027/",
    "/fr/in-figures/",
]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    yield context
    context.close()


def test_pages_fit_a_phone_load_only_own_files_and_break_no_csp(site, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    requests, console_errors, failed = [], [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and console_errors.append(msg.text))
    page.on(
        "response",
        lambda r: (
            r.request.resource_type != "document" and r.status >= 400 and failed.append(r.url)
        ),
    )
    for path in PAGES:
        page.goto(site + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} scrolls sideways on a phone ({width}px)"
        assert page.locator("h1").count() == 1, path
    context.close()

    own = urlsplit(site).netloc
    assert [url for url in requests if urlsplit(url).netloc != own] == []
    assert failed == []  # every stylesheet, image and script the pages use is there
    assert [e for e in console_errors if "Content Security Policy" in e] == []


def test_faq_opens_without_javascript(site, phone):
    page = phone.new_page()
    page.goto(site + "/nl/services/expat-centre/")
    first = page.locator("details.faq").first
    assert not first.evaluate("el => el.open")
    first.locator("summary").click()
    assert first.evaluate("el => el.open")
    assert first.locator(":scope > div").inner_text().strip() != ""


def test_language_switcher_works_without_javascript(site, phone):
    page = phone.new_page()
    page.goto(site + "/nl/services/grensinfopunt/")
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="Deutsch").click()
    page.wait_for_url("**/de/**")
    assert page.url == site + "/de/services/grensinfopunt/"
    assert page.locator("html").get_attribute("lang") == "de"


def test_no_wcag_21_aa_violations_axe_can_find(site, browser, subtests):
    """Every page in one test (the site is seeded once), each its own subtest."""
    context = browser.new_context(viewport=PHONE, bypass_csp=True)  # to inject axe itself
    page = context.new_page()
    for path in PAGES:
        with subtests.test(path=path):
            page.goto(site + path)
            page.evaluate(AXE)
            result = page.evaluate(
                """() => axe.run(document, {runOnly: {type: 'tag',
                     values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
            )
            violations = [
                (v["id"], v["help"], [node["target"] for node in v["nodes"]][:3])
                for v in result["violations"]
            ]
            assert violations == []
    context.close()


def test_admin_change_form_shows_language_tabs_under_the_csp(site, browser, django_user_model):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    editor = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "pw-for-tests"
    )
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    context = browser.new_context()
    page = context.new_page()
    console_errors, script_errors = [], []
    page.on("console", lambda msg: msg.type == "error" and console_errors.append(msg.text))
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    desk = ServiceDesk.objects.get(slug="grensinfopunt")
    change_url = f"/admin/services/servicedesk/{desk.pk}/change/"
    page.goto(site + "/admin/login/?next=" + change_url)
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-for-tests")
    page.click("input[type=submit]")
    # The second step of every staff login: the code from the authenticator app.
    page.wait_for_url("**/admin/two-factor/verify/**")
    page.fill("#id_token", f"{totp(device.bin_key):06d}")
    page.click("input[type=submit]")
    page.wait_for_url("**" + change_url)

    tabs = page.locator(".ui-tabs-nav").first
    tabs.wait_for()
    assert [t.strip().lower() for t in tabs.locator("li").all_inner_texts()][:4] == [
        "nl",
        "de",
        "en",
        "fr",
    ]
    context.close()
    assert console_errors == []


def test_register_for_the_demo_conference_without_javascript(site, phone):
    page = phone.new_page()
    page.goto(site + "/en/conferences/demo-registration/")
    page.fill("#id_name", "Anna de Vries")
    page.fill("#id_email", "anna@example.org")
    page.fill("#id_organisation", "Brightlands")
    page.check("input[name=organisation_kind][value=campus]")
    page.fill("#id_job_title", "HR manager")
    page.check("#id_privacy_consent")
    page.get_by_role("button", name="Register").click()
    # The personal link goes only to the mailbox (no enumeration): the page says so.
    page.wait_for_url("**/en/conferences/demo-registration/check-your-email/")
    assert "Check your e-mail" in page.locator("main").inner_text()
    from django.utils import translation

    from conferences.models import Registration

    with translation.override("en"):
        page.goto(site + Registration.objects.get().get_absolute_url())
    assert "Confirmed" in page.locator("main").inner_text()

    page.get_by_role("link", name="Cancel my registration").click()
    page.wait_for_url("**/cancel/")
    assert "Confirmed" not in page.locator("main").inner_text()  # asked first, nothing done yet
    page.get_by_role("button", name="Yes, cancel my registration").click()
    page.wait_for_url("**/en/registration/*/")
    assert "cancelled" in page.locator("main").inner_text().lower()


def test_form_errors_are_announced_and_keep_the_input(site, phone):
    page = phone.new_page()
    page.goto(site + "/de/conferences/demo-registration/")
    page.fill("#id_name", "Jörg Müller")
    page.fill("#id_email", "not-an-address")
    submit(page.locator("form:has(input[name=rendered_at]) button[type=submit]"))
    assert page.locator("#error-summary").is_visible()
    assert page.input_value("#id_name") == "Jörg Müller"
    assert page.input_value("#id_email") == "not-an-address"
