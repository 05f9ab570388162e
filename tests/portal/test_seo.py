"""What search engines and link previews read: sitemap, robots.txt, JSON-LD, titles, Open Graph."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
import zoneinfo

import pytest

from conferences.models import Conference
from services.desks.models import GuideEntry, ServiceDesk
from tests.factories import (
    make_conference,
    make_desk,
    make_faq,
    make_location,
    make_news_item,
    make_site_content,
    make_topic,
)

pytestmark = pytest.mark.django_db
LANGUAGES = ["nl", "de", "en", "fr"]
# One page of each type that belongs in the sitemap, in the `content` fixture's data.
PUBLIC_PAGES = [
    "",
    "services/",
    "services/grensinfopunt/",
    "topics/",
    "topics/tax/",
    "about/",
    "privacy/",
    "accessibility/",
    "conferences/",
    "conferences/geleen/",
    "my-situation/",
    "contact/",
    "news/",
    "news/rule-change/",
    "in-figures/",
]
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def content():
    make_site_content()
    topic = make_topic(slug="tax")
    desk = make_desk(slug="grensinfopunt")
    make_location(desk, phone="+31 43 350 4040", email="desk@example.org")
    faq = make_faq(desk, topic)
    make_desk(slug="hidden", is_published=False)
    make_conference(slug="geleen")
    make_news_item(slug="rule-change", topics=[topic], desks=[desk], answers=[faq])
    return desk


def every_page(desk, language="nl"):
    """One page of each type, the guide's and the search's answers included."""
    faq = desk.faqs.get()
    entry = GuideEntry.objects.create(lives_in="BE", works_in="NL", title_nl="België, Nederland")
    entry.desks.add(desk)
    entry.faqs.add(faq)
    answers = ["my-situation/?lives_in=BE&works_in=NL&role=employee", "search/?q=question"]
    return [f"/{language}/{path}" for path in [*PUBLIC_PAGES, "search/", *answers]]


def things(data):
    """Every schema.org item in a JSON-LD block, the nested ones included."""
    if isinstance(data, list):
        for value in data:
            yield from things(value)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from things(value)


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def of_type(items, kind):
    return [item for item in items if item["@type"] == kind]


def test_sitemap_lists_every_public_page_in_every_language_with_alternates(client, content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}
    for language in LANGUAGES:
        for path in PUBLIC_PAGES:
            assert f"http://testserver/{language}/{path}" in urls, (language, path)
    assert not any("hidden" in url for url in urls)
    desk_entry = urls["http://testserver/de/services/grensinfopunt/"]
    alternates = {
        link.get("hreflang"): link.get("href") for link in desk_entry.findall("x:link", NS)
    }
    assert set(alternates) == {*LANGUAGES, "x-default"}
    assert alternates["fr"] == "http://testserver/fr/services/grensinfopunt/"
    assert desk_entry.find("s:lastmod", NS) is not None
    guide_entry = urls["http://testserver/en/my-situation/"]
    alternates = {
        link.get("hreflang"): link.get("href") for link in guide_entry.findall("x:link", NS)
    }
    assert set(alternates) == {*LANGUAGES, "x-default"}


def sitemap_alternates(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def head_alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.mark.parametrize(
    "path",
    [
        "",
        "services/grensinfopunt/",
        "topics/tax/",
        "about/",
        "conferences/geleen/",
        "my-situation/",
    ],
)
def test_page_head_and_sitemap_name_the_same_alternates_and_x_default(client, content, path):
    in_sitemap = sitemap_alternates(client)
    for language in LANGUAGES:
        url = f"http://testserver/{language}/{path}"
        in_head = head_alternates(client.get(url).content.decode())
        assert in_head == in_sitemap[url], url
    assert in_head["x-default"] == f"http://testserver/{path}"
    # x-default is for visitors whose language is none of ours: it sends them to a version.
    response = client.get(f"/{path}", headers={"accept-language": "pl, de;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == f"/de/{path}"


def test_robots_txt_points_to_the_sitemap_and_keeps_out_admin_and_personal_pages(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Disallow: /nl/registration/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_home_has_organization_and_no_breadcrumb_of_one_item(client, content):
    html = client.get("/en/").content.decode()
    items = json_ld(html)
    organisation = of_type(items, "GovernmentOrganization")[0]
    assert organisation["name"] and organisation["url"] == "http://testserver/"
    assert not of_type(items, "BreadcrumbList")
    assert 'class="breadcrumb"' not in html


def test_no_page_has_a_breadcrumb_of_one_item(client, content):
    for url in every_page(content):
        html = client.get(url).content.decode()
        for crumbs in of_type(json_ld(html), "BreadcrumbList"):
            assert len(crumbs["itemListElement"]) >= 2, url
        for nav in re.findall(r'<ol class="breadcrumb">(.*?)</ol>', html, re.S):
            assert nav.count("<li") >= 2, url


def test_desk_page_has_government_service_offices_hours_faqs_and_breadcrumbs(client, content):
    items = json_ld(client.get("/de/services/grensinfopunt/").content.decode())
    service = of_type(items, "GovernmentService")[0]
    assert service["name"] == content.name_de
    office = service["availableChannel"][0]["serviceLocation"]
    assert office["@type"] == "GovernmentOffice"
    assert office["address"]["@type"] == "PostalAddress"
    assert office["address"]["addressLocality"] == "Maastricht"
    assert office["telephone"] == "+31 43 350 4040"
    hours = office["openingHoursSpecification"][0]
    assert hours["dayOfWeek"] == "https://schema.org/Tuesday"
    assert (hours["opens"], hours["closes"]) == ("09:00", "17:00")
    faq = of_type(items, "FAQPage")[0]
    question = faq["mainEntity"][0]
    assert question["@type"] == "Question"
    assert question["acceptedAnswer"]["@type"] == "Answer"
    assert "[de]" in question["name"]
    assert service["availableChannel"][0]["availableLanguage"] == LANGUAGES
    crumbs = of_type(items, "BreadcrumbList")[0]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3]
    assert crumbs[-1]["item"] == "http://testserver/de/services/grensinfopunt/"


def test_conference_page_has_an_event(client, content):
    items = json_ld(client.get("/fr/conferences/geleen/").content.decode())
    event = of_type(items, "Event")[0]
    for key in [
        "name",
        "startDate",
        "endDate",
        "eventStatus",
        "eventAttendanceMode",
        "location",
        "offers",
        "organizer",
        "image",
        "description",
    ]:
        assert key in event, key
    conference = Conference.objects.get(slug="geleen")
    starts = datetime.datetime.combine(
        conference.date, conference.start_time, tzinfo=zoneinfo.ZoneInfo("Europe/Amsterdam")
    )
    assert event["startDate"] == starts.isoformat()  # Dutch time, with its offset that day
    assert event["location"]["@type"] == "Place"
    assert event["location"]["address"]["addressLocality"] == "Geleen"
    assert event["offers"]["price"] == "0"
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"


def test_every_page_type_has_its_own_title_description_and_open_graph(client, content):
    seen = set()
    for url in [
        "/nl/",
        "/de/services/",
        "/en/services/grensinfopunt/",
        "/fr/topics/",
        "/nl/topics/tax/",
        "/de/about/",
        "/en/conferences/",
        "/fr/conferences/geleen/",
    ]:
        html = client.get(url).content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
        assert title and description, url
        assert title not in seen, url
        seen.add(title)
        assert re.search(r'<meta property="og:title" content="[^"]+">', html)
        assert (
            '<meta property="og:image" content="http://testserver/static/img/og-default.png">'
            in html
        )
        assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert ServiceDesk.objects.count() == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_faq_is_marked_up_as_faq_page_once_on_the_whole_site(client, content, language):
    marked = []
    for url in every_page(content, language):
        for page in of_type(json_ld(client.get(url).content.decode()), "FAQPage"):
            marked += [(url, question["name"]) for question in page["mainEntity"]]
    faq = content.faqs.get()
    question = getattr(faq, f"question_{language}")
    assert marked == [(f"/{language}/services/grensinfopunt/", question)]


# What schema.org allows on each type we emit (a property of the type or of a type it extends),
# as far as we use it: checked against schema.org. A new property gets checked and added here.
SCHEMA_PROPERTIES = {
    "GovernmentOrganization": {"name", "url", "logo", "areaServed", "member"},
    "GovernmentService": {
        "name",
        "description",
        "url",
        "areaServed",
        "provider",
        "availableChannel",
    },
    "ServiceChannel": {"serviceLocation", "availableLanguage", "serviceUrl", "name"},
    "GovernmentOffice": {
        "name",
        "address",
        "telephone",
        "email",
        "geo",
        "openingHoursSpecification",
    },
    "PostalAddress": {"addressLocality", "addressCountry", "streetAddress", "postalCode"},
    "GeoCoordinates": {"latitude", "longitude"},
    "OpeningHoursSpecification": {"dayOfWeek", "opens", "closes"},
    "FAQPage": {"mainEntity"},
    "Question": {"name", "acceptedAnswer"},
    "Answer": {"text"},
    "Event": {
        "name",
        "description",
        "startDate",
        "endDate",
        "eventStatus",
        "eventAttendanceMode",
        "location",
        "image",
        "url",
        "inLanguage",
        "isAccessibleForFree",
        "offers",
        "organizer",
    },
    "Place": {"name", "address"},
    "Offer": {"price", "priceCurrency", "url", "availability", "validFrom"},
    "NewsArticle": {
        "headline",
        "description",
        "datePublished",
        "dateModified",
        "inLanguage",
        "url",
        "mainEntityOfPage",
        "author",
        "publisher",
    },
    "BreadcrumbList": {"itemListElement"},
    "ListItem": {"position", "name", "item"},
}


def test_json_ld_uses_only_properties_schema_org_allows_on_each_type(client, content):
    make_location(content, latitude=50.85, longitude=5.69)
    seen = set()
    for url in every_page(content):
        for block in json_ld(client.get(url).content.decode()):
            for thing in things(block):
                kind = thing["@type"]
                assert kind in SCHEMA_PROPERTIES, (url, kind)
                extra = set(thing) - {"@context", "@type"} - SCHEMA_PROPERTIES[kind]
                assert not extra, (url, kind, extra)
                seen.add(kind)
    assert seen >= {
        "GovernmentService",
        "ServiceChannel",
        "GeoCoordinates",
        "Event",
        "FAQPage",
        "NewsArticle",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_open_graph_names_its_locale_first_and_every_page_its_url(client, content, language):
    for url in [*every_page(content, language), f"/{language}/no-such-page/"]:
        html = client.get(url).content.decode()
        locales = re.findall(r'<meta property="(og:locale(?::alternate)?)" content="([^"]+)"', html)
        assert locales[0][0] == "og:locale", url
        assert [kind for kind, _value in locales[1:]] == ["og:locale:alternate"] * 3, url
        assert locales[0][1].startswith(language + "_"), url
        og_url = re.search(r'<meta property="og:url" content="([^"]+)">', html).group(1)
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html)
        assert og_url == (canonical.group(1) if canonical else f"http://testserver{url}"), url


def test_search_results_are_not_indexed_the_search_form_may_be(client, content):
    noindex = '<meta name="robots" content="noindex">'
    assert noindex in client.get("/nl/search/", {"q": "question"}).content.decode()
    assert noindex in client.get("/nl/search/", {"q": "nothing-like-this"}).content.decode()
    assert noindex not in client.get("/nl/search/").content.decode()
    assert noindex not in client.get("/nl/services/grensinfopunt/").content.decode()


def test_json_ld_escapes_as_django_json_script_does():
    """A text from content cannot end the data block or open a tag in it: the tag escapes <, >
    and & exactly as Django's json_script does (with str.replace, which is faster)."""
    from django.utils.html import json_script

    from core.templatetags.core import json_ld as json_ld_tag

    data = {
        "name": "</script><script>alert(1)</script> & <b>Zoll</b> €",
        "when": datetime.date(2024, 2, 22),
    }
    html = json_ld_tag(data)
    django = json_script(data).replace('type="application/json"', 'type="application/ld+json"')
    assert html == django
    inner = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert not {"<", ">", "&"} & set(inner)
    assert json.loads(inner) == {**data, "when": "2024-02-22"}
