import pytest
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db


def test_health_check_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_check_answers_503_when_the_database_is_down(client, monkeypatch):
    def database_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", database_down)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_a_page_whose_database_fails_answers_a_translated_503(client, monkeypatch):
    """The 503 page itself (the gunicorn tests in tests/server prove the timing)."""

    def database_down(*args, **kwargs):
        raise OperationalError("connection timeout expired")

    monkeypatch.setattr(connection, "cursor", database_down)
    client.raise_request_exception = False
    response = client.get("/de/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert "Vorübergehend nicht verfügbar" in response.content.decode()
