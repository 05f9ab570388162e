"""Issue 21, item 12, in a real browser: at 1,280 px, in Dutch, with the admin's menu open and
the filters beside the list, every list of published content shows its "publication" column
(and "last checked", where it has one) within the visible part of the list, not scrolled away
behind the filters; a scheduled item reads "gepland vanaf <date>"."""

import datetime

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core.publishing import Publishable
from services.desks.models import FAQ
from tests.browser.test_staff_editing import staff_page  # noqa: F401 - the fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Where a column of the list ends, and where the visible part of the list and the filters begin.
LAYOUT = """() => {
  const edge = (el) => el ? el.getBoundingClientRect() : null;
  const results = edge(document.querySelector('#changelist .results'));
  const filters = edge(document.querySelector('#changelist-filter'));
  const columns = {};
  for (const th of document.querySelectorAll('#result_list thead th')) {
    const box = th.getBoundingClientRect();
    columns[th.className.match(/column-(\\S+)/)?.[1] || ''] = [box.left, box.right];
  }
  const menu = document.querySelector('.main.shifted #nav-sidebar') !== null;
  return {results: [results.left, results.right], filters: filters && filters.left, columns, menu};
}"""


def test_publication_and_checked_columns_show_beside_the_filters_at_1280_px(staff_page):  # noqa: F811
    call_command("seed_portal", "--demo", verbosity=0)
    faq = FAQ.objects.order_by("order", "pk").first()
    faq.publish_at = timezone.now() + datetime.timedelta(days=30)
    faq.save()
    lists = [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin.site._registry
        if issubclass(model, Publishable)
    ]
    assert len(lists) >= 9
    hidden = {}
    for url in lists:
        staff_page.goto(staff_page.base + url)
        layout = staff_page.evaluate(LAYOUT)
        assert layout["menu"], "the admin's menu is open (the narrowest case)"
        visible_right = min(layout["results"][1], layout["filters"] or 10_000)
        for column in ("publication", "last_checked"):
            if column in layout["columns"] and layout["columns"][column][1] > visible_right + 1:
                hidden.setdefault(url, []).append(column)
    assert hidden == {}
    staff_page.goto(staff_page.base + reverse("admin:services_faq_changelist"))
    assert "gepland vanaf" in staff_page.locator("#result_list").inner_text()
