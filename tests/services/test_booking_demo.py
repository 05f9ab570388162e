"""`seed_portal --demo` adds clearly marked demo slots so a newcomer can try booking; a real seed
adds none."""

from io import StringIO

import pytest
from django.core.management import call_command

from core.forms import form_token
from services.booking.models import Appointment, ConsultationSlot

pytestmark = pytest.mark.django_db


def seed(*args):
    call_command("seed_portal", *args, stdout=StringIO())


def test_real_seed_adds_no_slots():
    seed()
    assert not ConsultationSlot.objects.exists()


def test_demo_seed_adds_marked_demo_slots_once_and_a_newcomer_can_book_one(client):
    seed("--demo")
    slots = ConsultationSlot.objects.all()
    assert slots.count() == 3 * 4 + 3 * 2
    assert all(slot.is_demo for slot in slots)
    assert all(slot.note_nl.startswith("Demo:") for slot in slots)
    seed("--demo")
    assert ConsultationSlot.objects.count() == 3 * 4 + 3 * 2

    page = client.get("/en/services/grensinfopunt/book/").content.decode()
    assert "demo" in page
    slot = ConsultationSlot.objects.filter(location__desk__slug="grensinfopunt").first()
    form = client.get(f"/en/services/grensinfopunt/book/{slot.pk}/").content.decode()
    assert "This is a demo time for trying out booking" in form
    response = client.post(
        f"/en/services/grensinfopunt/book/{slot.pk}/",
        {
            "email": "newcomer@example.org",
            "name": "New Comer",
            "topic": "Trying it out",
            "phone": "+31 43 123 4567",
            "conversation_language": "en",
            "website": "",
            "rendered_at": form_token(),
        },
    )
    assert response.status_code == 302
    assert Appointment.objects.get().slot == slot
