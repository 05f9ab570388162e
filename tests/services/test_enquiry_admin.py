"""Desk staff see and work only their own desks' questions; a permission covers every desk."""

import pytest
from django.contrib.auth.models import Permission

from services.questions import rules
from services.questions.models import Enquiry, EnquiryEmail
from tests.factories import make_desk

pytestmark = pytest.mark.django_db


def ask(desk, **fields):
    return rules.ask_question(
        desk=desk, email="anna@example.org", question="Vraag?", language="nl", **fields
    )


@pytest.fixture
def desks():
    return make_desk(reference_prefix="GIP"), make_desk(reference_prefix="ECMR")


def desk_user(django_user_model, *desks, all_desks=False, name="worker"):
    user = django_user_model.objects.create_user(name, password="pw-for-tests", is_staff=True)
    codenames = ["view_enquiry", "change_enquiry", "view_enquiryemail", "change_enquiryemail"]
    if all_desks:
        codenames.append("handle_all_desks")
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    for desk in desks:
        desk.staff.add(user)
    return user


def test_desk_staff_see_only_their_own_desks_questions(client, django_user_model, desks):
    gip, ecmr = desks
    mine, theirs = ask(gip), ask(ecmr)
    client.force_login(desk_user(django_user_model, gip))

    listing = client.get("/admin/services/enquiry/").content.decode()
    assert mine.reference in listing and theirs.reference not in listing
    assert client.get(f"/admin/services/enquiry/{mine.pk}/change/").status_code == 200
    # Another desk's question is as if it did not exist: no page, no change.
    response = client.post(
        f"/admin/services/enquiry/{theirs.pk}/change/",
        {"status": "closed", "reply": "x", "hand_over_to": "", "handover_note": "", "note": ""},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    theirs.refresh_from_db()
    assert theirs.status == Enquiry.Status.NEW and not theirs.messages.exists()
    emails = client.get("/admin/services/enquiryemail/").content.decode()
    assert mine.reference in emails and theirs.reference not in emails


def test_the_all_desks_permission_sees_every_question(client, django_user_model, desks):
    gip, ecmr = desks
    first, second = ask(gip), ask(ecmr)
    client.force_login(desk_user(django_user_model, all_desks=True))
    listing = client.get("/admin/services/enquiry/").content.decode()
    assert first.reference in listing and second.reference in listing


def test_staff_hand_over_to_a_desk_they_do_not_work_for_and_then_lose_sight_of_it(
    client, django_user_model, desks
):
    gip, ecmr = desks
    enquiry = ask(gip)
    client.force_login(desk_user(django_user_model, gip))
    response = client.post(
        f"/admin/services/enquiry/{enquiry.pk}/change/",
        {
            "status": "new",
            "reply": "",
            "hand_over_to": str(ecmr.pk),
            "handover_note": "",
            "note": "",
            "_continue": "1",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/services/enquiry/"
    enquiry.refresh_from_db()
    assert enquiry.desk == ecmr
    assert client.get(f"/admin/services/enquiry/{enquiry.pk}/change/").status_code == 302


def test_a_view_only_user_sees_the_question_without_the_reply_form(
    client, django_user_model, desks
):
    gip, _ecmr = desks
    enquiry = ask(gip)
    user = desk_user(django_user_model, gip)
    user.user_permissions.set(Permission.objects.filter(codename="view_enquiry"))
    client.force_login(user)
    html = client.get(f"/admin/services/enquiry/{enquiry.pk}/change/").content.decode()
    assert "Vraag?" in html
    assert 'name="reply"' not in html


def test_questions_cannot_be_added_or_deleted_in_the_admin(staff_client, desks):
    enquiry = ask(desks[0])
    assert staff_client.get("/admin/services/enquiry/add/").status_code == 403
    assert staff_client.get(f"/admin/services/enquiry/{enquiry.pk}/delete/").status_code == 403
    assert EnquiryEmail.objects.filter(enquiry=enquiry).count() == 1  # the acknowledgement


def test_the_desk_list_shows_which_desks_have_no_inbox(staff_client, desks):
    gip, ecmr = desks
    gip.enquiry_email = "inbox@gip.example"
    gip.save()
    html = staff_client.get("/admin/services/servicedesk/").content.decode()
    assert "inbox voor vragen" in html.lower()
    assert html.count('alt="False"') >= 1 and html.count('alt="True"') >= 1


def test_question_and_thread_show_as_escaped_text_with_line_breaks(staff_client, desks):
    """Issue 18, finding 12: the text showed as literal `<p>` markup; it must show as text,
    paragraphs and line breaks kept, anything a visitor typed escaped."""
    gip, _ecmr = desks
    enquiry = rules.ask_question(
        desk=gip,
        email="anna@example.org",
        question="Eerste regel\n<b>vet</b> & <script>x</script>\n\nTweede alinea",
        language="nl",
    )
    rules.reply(enquiry=enquiry, text="Antwoord\n<i>schuin</i>", author=None)
    html = staff_client.get(f"/admin/services/enquiry/{enquiry.pk}/change/").content.decode()
    typed = "&lt;b&gt;vet&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;"
    assert f"<p>Eerste regel<br>{typed}</p>" in html
    assert "<p>Tweede alinea</p>" in html
    assert "<p>Antwoord<br>&lt;i&gt;schuin&lt;/i&gt;</p>" in html
    assert "&lt;p&gt;" not in html and "<b>vet" not in html and "<i>schuin" not in html
