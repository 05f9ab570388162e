"""Staff editing in a real browser: language tabs marked where work is needed, a FAQ list that
fits 1,280 px, a desk form that opens short."""

import pytest

from tests.factories import make_desk, make_faq, make_location, make_topic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture
def staff_page(live_server, browser, django_user_model):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    editor = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "pw-for-tests"
    )
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-for-tests")
    page.click("input[type=submit]")
    # The second step of every staff login: the code from the authenticator app.
    page.wait_for_url("**/admin/two-factor/verify/**")
    page.fill("#id_token", f"{totp(device.bin_key):06d}")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    page.base = live_server.url
    yield page
    context.close()


def tab_texts(page):
    tabs = page.locator(".ui-tabs-nav").first
    tabs.wait_for()
    page.wait_for_function("document.readyState === 'complete'")
    page.wait_for_timeout(300)  # the load event's handlers (translation_tabs.js) have run
    return [text.strip().lower() for text in tabs.locator("li").all_inner_texts()]


def test_tabs_say_which_language_is_missing_and_which_holds_an_error(staff_page):
    topic = make_topic(slug="tax", name_fr="")
    url = f"{staff_page.base}/admin/services/topic/{topic.pk}/change/"
    staff_page.goto(url)
    assert tab_texts(staff_page)[:4] == ["nl", "de", "en", "fr (ontbreekt)"]

    staff_page.fill("#id_name_nl", "")  # Dutch is required
    staff_page.click("input[name=_save]")
    staff_page.wait_for_selector(".errornote")
    assert tab_texts(staff_page)[0] == "nl (bevat een fout)"


def test_faq_list_fits_1280_px_and_desk_form_opens_short(staff_page):
    desk = make_desk()
    topic = make_topic()
    for _n in range(3):
        make_location(desk)
        make_faq(
            desk, topic, question_nl="Hoe zit het met mijn belasting als ik in Duitsland werk? " * 3
        )
    staff_page.goto(staff_page.base + "/admin/services/faq/")
    width = staff_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1280
    staff_page.goto(f"{staff_page.base}/admin/services/servicedesk/{desk.pk}/change/")
    tab_texts(staff_page)
    height = staff_page.evaluate("document.documentElement.scrollHeight")
    assert height < 4000, height
