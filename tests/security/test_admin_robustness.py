"""Finding 11 of issue 18: bad filter values and out-of-range dates in the admin give a message,
never a 500.

A huge `created_at__year` answered 500. This test feeds every changelist filter of every
registered model (each list filter's parameters and the date hierarchy's) extreme values."""

import pytest
from django.contrib import admin
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import RequestFactory
from django.urls import reverse

pytestmark = pytest.mark.django_db

EXTREMES = ["99999999999999999999", "-1", "abc", "9999", "１", "\x00"]
DATES = [("9999", "12", "31"), ("1", "1", "1"), ("2026", "2", "31"), ("10000", "1", "1")]


def changelist_status(model_admin, user, query) -> int:
    """The changelist's answer to `query`, rendered (templates run too), as the admin view
    gives it (no middleware: thousands of requests stay quick)."""
    request = RequestFactory().get("/", query)
    request.user = user
    request._messages = CookieStorage(request)
    try:
        response = model_admin.changelist_view(request)
        if hasattr(response, "render"):
            response.render()
    except Exception:  # what would have been a 500
        return 500
    return response.status_code


def filter_parameters(model_admin, user):
    """The query parameters of the admin's changelist filters and date hierarchy."""
    request = RequestFactory().get("/")
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    parameters = [
        parameter for spec in changelist.filter_specs for parameter in spec.expected_parameters()
    ]
    if model_admin.date_hierarchy:
        field = model_admin.date_hierarchy
        parameters += [f"{field}__year", f"{field}__month", f"{field}__day"]
    return parameters


def test_every_changelist_filter_answers_extreme_values_without_a_server_error(
    django_user_model,
):
    root = django_user_model.objects.create_user("root", is_staff=True, is_superuser=True)
    failures, checked, models = [], 0, set()
    for model, model_admin in admin.site._registry.items():
        queries = [
            {parameter: value}
            for parameter in filter_parameters(model_admin, root)
            for value in EXTREMES
        ]
        if model_admin.date_hierarchy:
            field = model_admin.date_hierarchy
            queries += [
                {f"{field}__year": year, f"{field}__month": month, f"{field}__day": day}
                for year, month, day in DATES
            ]
        for query in queries:
            checked += 1
            models.add(model)
            if changelist_status(model_admin, root, query) >= 500:
                failures.append(f"{model._meta.label} {query}")
    assert checked > 300 and len(models) > 15
    assert failures == []


@pytest.fixture
def root_client(client, django_user_model):
    root = django_user_model.objects.create_user("root", is_staff=True, is_superuser=True)
    client.force_login(root)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("starts_on", ["9999-12-20", "9999-12-31", "0001-01-01", "2999-01-04"])
def test_a_slot_series_out_of_range_is_a_message_not_a_500(root_client, starts_on):
    from services.booking.models import ConsultationSlot
    from tests.factories import make_desk, make_location

    location = make_location(make_desk())
    response = root_client.post(
        reverse("admin:services_consultationslot_series"),
        {
            "location": location.pk,
            "weekday": "2",
            "starts_on": starts_on,
            "window_start": "10:00",
            "window_end": "12:00",
            "slot_minutes": "30",
            "weeks": "52",
            "places": "1",
            "mode": "desk",
            "languages": ["nl"],
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["starts_on"]
    assert not ConsultationSlot.objects.exists()


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "2999-01-04"])
def test_a_slot_out_of_range_is_a_message_not_a_500(root_client, date):
    from services.booking.models import ConsultationSlot
    from tests.factories import make_desk, make_location

    location = make_location(make_desk())
    data = {
        "location": location.pk,
        "date": date,
        "start": "23:30",
        "duration": "480",
        "places": "1",
        "mode": "desk",
        "languages": ["nl"],
    } | {f"note_{code}": "" for code in ["nl", "de", "en", "fr"]}
    response = root_client.post(reverse("admin:services_consultationslot_add"), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["date"]
    assert not ConsultationSlot.objects.exists()
