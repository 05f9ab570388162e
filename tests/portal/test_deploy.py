"""The production shape in compose.yaml, the proxy's configuration and the backup script.

compose.yaml is checked structurally (no docker here): the keys the compose specification allows
at the top and in a service, every reference resolved (services, volumes, secrets, files in the
repository), and the shape the portal needs (a TLS proxy, app replicas with a health check, the
task worker, its schedule, PostgreSQL, Redis). nginx checks its own configuration (`nginx -t`,
Debian's nginx; .ci/run installs it). The backup script dumps and restores a real database."""

import os
import re
import subprocess
import uuid
from pathlib import Path

import pytest
import yaml
from django.core.management import get_commands
from django.db import connection

from conferences.rules import register
from services.desks.models import FAQ
from tests.factories import make_conference, registration_data
from tests.server.conftest import database_server

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
NGINX_CONFIG = ROOT / "deploy" / "nginx" / "portal.conf"
# Files a deployment provides itself (never in git): the certificate and the secret key.
DEPLOYMENT_FILES = {"./deploy/certs", "./deploy/secret_key"}

# From the compose specification: top-level elements and service attributes used here.
TOP_LEVEL = {"version", "name", "services", "networks", "volumes", "secrets", "configs", "include"}
SERVICE_KEYS = {
    "build", "image", "command", "entrypoint", "environment", "env_file", "ports", "expose",
    "volumes", "secrets", "depends_on", "deploy", "healthcheck", "restart", "networks", "user",
    "working_dir", "labels", "logging", "stop_grace_period", "read_only", "tmpfs",
}  # fmt: skip
RESTART = {"no", "always", "on-failure", "unless-stopped"}
DEPENDS_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}


def services():
    return COMPOSE["services"]


def command_line(service):
    command = services()[service]["command"]
    return " ".join(command) if isinstance(command, list) else command


def test_compose_file_has_the_specifications_structure():
    assert set(COMPOSE) - {key for key in COMPOSE if key.startswith("x-")} <= TOP_LEVEL
    for name, service in services().items():
        assert set(service) <= SERVICE_KEYS, (name, set(service) - SERVICE_KEYS)
        assert "image" in service or "build" in service, name
        assert service.get("restart", "no") in RESTART, name
        for dependency, condition in service.get("depends_on", {}).items():
            assert dependency in services(), (name, dependency)
            assert condition["condition"] in DEPENDS_CONDITIONS, (name, dependency)
        for secret in service.get("secrets", []):
            assert secret in COMPOSE["secrets"], (name, secret)
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert source in DEPLOYMENT_FILES or (ROOT / source).exists(), (name, source)
            else:
                assert source in COMPOSE["volumes"], (name, source)
        for port in service.get("ports", []):
            assert re.fullmatch(r"\d+:\d+", port), (name, port)
        if "healthcheck" in service:
            assert service["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL"), name
    for secret in COMPOSE["secrets"].values():
        assert secret["file"] in DEPLOYMENT_FILES
    # ${VAR}, ${VAR:-default} and ${VAR:?error} only; a literal dollar is written $$.
    text = (ROOT / "compose.yaml").read_text()
    for match in re.finditer(r"(?<!\$)\$(?!\$)(\{[^}]*\}|\w+)?", text.replace("$$", "")):
        assert re.fullmatch(r"\{\w+(:?[-?][^}]*)?\}", match.group(1) or ""), match.group(0)


def test_compose_file_describes_the_production_shape():
    proxy, app = services()["proxy"], services()["app"]
    assert proxy["image"].startswith("nginx")
    assert "443:443" in proxy["ports"]
    assert (
        f"./{NGINX_CONFIG.relative_to(ROOT)}:/etc/nginx/conf.d/portal.conf:ro" in proxy["volumes"]
    )
    assert app["deploy"]["replicas"] >= 2
    assert "ports" not in app  # only through the proxy
    assert "/healthz" in " ".join(app["healthcheck"]["test"])
    assert command_line("app").startswith("gunicorn portal.wsgi")
    environment = app["environment"]
    assert "@db:5432/" in environment["DATABASE_URL"]
    assert environment["REDIS_URL"].startswith("redis://redis:6379/")
    assert environment["TRUSTED_PROXY_COUNT"] == "1"  # nginx appends to X-Forwarded-For
    assert services()["db"]["image"].startswith("postgres")
    assert services()["redis"]["image"].startswith("redis")
    assert command_line("worker") == "python manage.py db_worker"
    # Every periodic job runs from its own declaration (tests/core/test_schedule.py): the
    # scheduler service starts the one scheduler and lists no job of its own.
    assert command_line("scheduler") == "python manage.py run_schedule"
    assert "run_schedule" in get_commands()


def nginx_test(nginx, tmp_path, config_text):
    """`nginx -t` on the portal's server blocks inside an http block, as the official image
    includes conf.d/*.conf, with a throwaway self-signed certificate in place of the real one."""
    certs = tmp_path / "certs"
    certs.mkdir()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=localhost", "-keyout", certs / "privkey.pem", "-out", certs / "fullchain.pem"],
        check=True, capture_output=True,
    )  # fmt: skip
    (tmp_path / "logs").mkdir()
    (tmp_path / "portal.conf").write_text(config_text.replace("/etc/nginx/certs", str(certs)))
    (tmp_path / "nginx.conf").write_text(
        f"events {{}}\nhttp {{\n  include {tmp_path / 'portal.conf'};\n}}\n"
    )
    return subprocess.run(
        [nginx, "-t", "-p", tmp_path, "-c", tmp_path / "nginx.conf", "-g", "error_log stderr;"],
        capture_output=True,
        text=True,
    )


def test_the_proxy_configuration_passes_nginxs_own_test(nginx, tmp_path):
    result = nginx_test(nginx, tmp_path, NGINX_CONFIG.read_text())
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_nginxs_test_catches_a_broken_configuration(nginx, tmp_path):
    broken = NGINX_CONFIG.read_text().replace("proxy_buffering on;", "proxy_buffering maybe;")
    assert nginx_test(nginx, tmp_path, broken).returncode != 0


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump/pg_restore: PostgreSQL")
def test_a_backup_restores_into_an_empty_database(faq, tmp_path):
    import psycopg

    conference = make_conference(capacity=5)
    register(conference=conference, **registration_data())
    server, name = database_server(), connection.settings_dict["NAME"]
    source = f"{server}/{name}"
    copy_name = f"{name}_restore_{uuid.uuid4().hex[:8]}"
    dump = tmp_path / "portal.dump"
    script = ROOT / "deploy" / "backup.sh"
    run = {"check": True, "capture_output": True, "text": True}
    subprocess.run([script, "dump", dump], env=os.environ | {"DATABASE_URL": source}, **run)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{copy_name}"')
    try:
        target = {"DATABASE_URL": f"{server}/{copy_name}"}
        subprocess.run([script, "restore", dump], env=os.environ | target, **run)
        # Restoring again over the restored copy replaces it (--clean), it does not duplicate.
        subprocess.run([script, "restore", dump], env=os.environ | target, **run)
        with psycopg.connect(target["DATABASE_URL"]) as copy:
            faqs = copy.execute("SELECT question_nl FROM services_faq").fetchall()
            registrations = copy.execute("SELECT email FROM conferences_registration").fetchall()
        assert faqs == [(faq.question_nl,)]
        assert len(registrations) == 1
        # A file that is not a dump changes nothing.
        (tmp_path / "junk.dump").write_text("not a dump")
        failed = subprocess.run(
            [script, "restore", tmp_path / "junk.dump"], env=os.environ | target, check=False
        )
        assert failed.returncode != 0
        assert FAQ.objects.count() == 1
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{copy_name}" WITH (FORCE)')


def test_a_worker_moves_the_application_it_loaded_out_of_the_collectors_reach(
    monkeypatch, tmp_path
):
    """gunicorn.conf.py's post_worker_init: gc.freeze(), so full collections skip it."""
    import gc
    import runpy

    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))  # what the file sets
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert gc.get_freeze_count() == 0
    try:
        config["post_worker_init"](worker=None)
        assert gc.get_freeze_count() > 100_000  # Django and the apps, as loaded here
    finally:
        gc.unfreeze()
