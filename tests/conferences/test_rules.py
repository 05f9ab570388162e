"""The registration rules: seats, waiting list, window, duplicates, cancel and promote."""

import datetime

import pytest
from django.utils import timezone

from conferences.models import OutgoingEmail, Registration
from conferences.rules import (
    AlreadyRegistered,
    AlreadyTakenPlace,
    NoSeatFree,
    PersonalDataDeleted,
    RegistrationClosed,
    cancel,
    check_in,
    promote,
    promote_waitlist,
    register,
)
from tests.factories import make_conference, registration_data

pytestmark = pytest.mark.django_db
Status = Registration.Status


def test_registrant_is_confirmed_while_seats_are_free_then_waitlisted():
    conference = make_conference(capacity=2)
    first = register(conference=conference, **registration_data())
    second = register(conference=conference, **registration_data())
    third = register(conference=conference, **registration_data())
    assert [first.status, second.status, third.status] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITLISTED,
    ]
    assert list(OutgoingEmail.objects.values_list("kind", flat=True)) == [
        "confirmed",
        "confirmed",
        "waitlisted",
    ]


def test_registration_keeps_the_visitors_language_and_consent_time():
    conference = make_conference()
    registration = register(conference=conference, **registration_data(language="de"))
    assert registration.language == "de"
    assert registration.privacy_consent_at is not None


def test_same_email_cannot_register_twice_whatever_its_case():
    conference = make_conference()
    register(conference=conference, **registration_data(email="Anna@Example.org"))
    with pytest.raises(AlreadyRegistered):
        register(conference=conference, **registration_data(email="anna@example.ORG"))


def test_after_cancelling_the_same_email_may_register_again():
    conference = make_conference()
    registration = register(conference=conference, **registration_data(email="a@example.org"))
    cancel(registration=registration)
    again = register(conference=conference, **registration_data(email="a@example.org"))
    assert again.status == Status.CONFIRMED


def test_past_edition_takes_no_registrations():
    with pytest.raises(RegistrationClosed):
        register(conference=make_conference(days_ahead=-1), **registration_data())


def test_registration_window_closes_and_opens():
    now = timezone.now()
    closed = make_conference(registration_closes_at=now - datetime.timedelta(minutes=1))
    not_yet = make_conference(registration_opens_at=now + datetime.timedelta(days=1))
    for conference in (closed, not_yet):
        with pytest.raises(RegistrationClosed):
            register(conference=conference, **registration_data())


def test_unpublished_conference_takes_no_registrations():
    with pytest.raises(RegistrationClosed):
        register(conference=make_conference(is_published=False), **registration_data())


def test_cancelling_frees_the_seat_for_the_first_on_the_waiting_list():
    conference = make_conference(capacity=1)
    seated = register(conference=conference, **registration_data())
    first_waiting = register(conference=conference, **registration_data())
    second_waiting = register(conference=conference, **registration_data())

    promoted = cancel(registration=seated)

    assert promoted == [first_waiting]
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == Status.CONFIRMED
    assert first_waiting.promoted_at is not None
    assert second_waiting.status == Status.WAITLISTED
    kinds = list(OutgoingEmail.objects.values_list("registration_id", "kind"))
    assert (seated.pk, "cancelled") in kinds
    assert (first_waiting.pk, "promoted") in kinds


def test_cancelling_a_waitlisted_registrant_promotes_nobody():
    conference = make_conference(capacity=1)
    register(conference=conference, **registration_data())
    waiting = register(conference=conference, **registration_data())
    assert cancel(registration=waiting) == []


def test_cancelling_twice_is_harmless():
    registration = register(conference=make_conference(), **registration_data())
    cancel(registration=registration)
    assert cancel(registration=registration) == []
    assert OutgoingEmail.objects.filter(kind="cancelled").count() == 1


def test_more_capacity_promotes_the_waiting_list_in_order():
    conference = make_conference(capacity=1)
    register(conference=conference, **registration_data())
    waiting = [register(conference=conference, **registration_data()) for _ in range(3)]
    conference.capacity = 3
    conference.save()
    assert promote_waitlist(conference=conference) == waiting[:2]


def test_staff_promote_by_hand_only_into_a_free_seat():
    conference = make_conference(capacity=1)
    seated = register(conference=conference, **registration_data())
    waiting = register(conference=conference, **registration_data())
    later = register(conference=conference, **registration_data())
    with pytest.raises(NoSeatFree):
        promote(registration=later)
    conference.capacity = 2
    conference.save()
    assert promote(registration=later).status == Status.CONFIRMED  # staff may skip the queue
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITLISTED
    assert seated.status == Status.CONFIRMED


def test_check_in_confirmed_registrant_once():
    registration = register(conference=make_conference(), **registration_data())
    first = check_in(registration=registration).checked_in_at
    assert first is not None
    assert check_in(registration=registration).checked_in_at == first


def test_newcomers_queue_behind_the_waiting_list_when_seats_appear():
    conference = make_conference(capacity=1)
    register(conference=conference, **registration_data())
    waiting = register(conference=conference, **registration_data())
    conference.capacity = 2
    conference.save()  # e.g. staff changed it outside the admin, before promoting
    newcomer = register(conference=conference, **registration_data())
    assert newcomer.status == Status.WAITLISTED
    assert promote_waitlist(conference=conference) == [waiting]


def test_same_address_in_other_unicode_case_is_a_duplicate_not_an_error():
    conference = make_conference()
    register(conference=conference, **registration_data(email="k@example.org"))
    try:
        register(conference=conference, **registration_data(email="\u212a@example.org"))
    except AlreadyRegistered:
        pass  # PostgreSQL: LOWER('K') (Kelvin sign) is 'k', the unique index says duplicate
    assert Registration.objects.filter(status=Status.CONFIRMED).count() >= 1


def test_no_promotion_once_the_conference_has_started():
    conference = make_conference(capacity=1)
    seated = register(conference=conference, **registration_data())
    register(conference=conference, **registration_data())
    during_the_event = conference.starts_at + datetime.timedelta(minutes=30)
    assert cancel(registration=seated, now=during_the_event) == []


def test_cancelling_after_the_event_is_refused_by_the_rule():
    conference = make_conference(capacity=1)
    registration = register(conference=conference, **registration_data())
    Conference = type(conference)
    Conference.objects.filter(pk=conference.pk).update(
        date=timezone.localdate() - datetime.timedelta(days=2)
    )
    registration.refresh_from_db()
    with pytest.raises(AlreadyTakenPlace):
        cancel(registration=registration)


def test_rules_refuse_registrations_whose_personal_data_is_deleted():
    conference = make_conference(capacity=1)
    registration = register(conference=conference, **registration_data())
    Registration.objects.filter(pk=registration.pk).update(anonymised_at=timezone.now())
    with pytest.raises(PersonalDataDeleted):
        cancel(registration=registration)
    assert not OutgoingEmail.objects.filter(kind="cancelled").exists()


def test_dietary_needs_are_kept_only_with_explicit_consent():
    conference = make_conference()
    without = register(conference=conference, **registration_data(dietary_needs="Halal"))
    with_consent = register(
        conference=conference,
        **registration_data(dietary_needs="Halal", special_data_consent=True),
    )
    assert (without.dietary_needs, without.special_data_consent_at) == ("", None)
    assert with_consent.dietary_needs == "Halal"
    assert with_consent.special_data_consent_at is not None
