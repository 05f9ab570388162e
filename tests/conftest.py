import pytest
from django.utils import translation

from tests.factories import make_desk, make_faq, make_location, make_topic
from tests.mail import MailServer

LANGUAGES = ["nl", "de", "en", "fr"]


@pytest.fixture(autouse=True)
def reset_language():
    """No test sees the language another test activated."""
    translation.activate("nl")
    yield
    translation.deactivate()


@pytest.fixture
def mail_server(settings) -> MailServer:
    """Take the mail server down (`mail_server.down(error)`) and back up, through MAILERS."""
    return MailServer(settings)


@pytest.fixture
def desk(db):
    return make_desk()


@pytest.fixture
def topic(db):
    return make_topic()


@pytest.fixture
def location(desk):
    return make_location(desk)


@pytest.fixture
def faq(desk, topic):
    return make_faq(desk, topic)


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user(
        "staff", password="pw-for-tests", is_staff=True, is_superuser=True
    )
    client.force_login(user)
    return client
