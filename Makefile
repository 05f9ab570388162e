# The two commands a newcomer types: `make run` and `make test`. Everything else is what they call.
PYTHON ?= $(shell command -v python3.13 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers for `make test`: one per core.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
# The real-server tests (tests/server) run after the rest, away from its load: two files at a
# time. They mostly wait (for a deadline, a recovery, a worker to boot), each on its own servers.
SERVER_TEST_WORKERS ?= 2
# Links in e-mails point here: the host and port actually served.
SITE_URL ?= http://$(HOST):$(PORT)
# The local secret key of `make run`, generated once, kept between runs (var/ is not in git).
SECRET_KEY_FILE := var/secret_key

.PHONY: install install-test messages compilemessages run dev admin test lint bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.12+ is needed, found " + sys.version) if sys.version_info < (3, 12) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

# venv + dependencies + compiled catalogues (Babel compiles them: no GNU gettext needed).
install: $(VENV)/.installed compilemessages

install-test: $(VENV)/.installed-test compilemessages

compilemessages: $(VENV)/.installed
	$(BIN)/pybabel compile --domain django --directory locale --statistics
	$(BIN)/pybabel compile --domain djangojs --directory locale --statistics

# For developers who changed interface strings (needs GNU gettext): refresh the four catalogues.
messages: $(VENV)/.installed
	DEBUG=1 $(MANAGE) makemessages --all --no-location --no-obsolete --ignore='.venv/*' \
	  --ignore='staticfiles/*' --ignore='tests/*'
	msgattrib --clear-fuzzy --empty locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po
	msgen locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po
	@echo "Now translate the new entries in locale/{nl,de,fr}/LC_MESSAGES/django.po (make test checks)."

$(SECRET_KEY_FILE):
	@mkdir -p $(@D)
	@umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@echo "Generated a local secret key in $@ (kept for the next runs)."

# What production shows, on this machine: DEBUG off (404 and 500 pages in the visitor's language),
# gunicorn, hashed and compressed static files from whitenoise; but plain http (HTTPS=0), mail
# printed readable in this terminal (console:) and sent at once (no worker), SQLite.
# --demo adds an upcoming demo conference, so the registration flow can be tried.
run: export DEBUG = 0
run: export HTTPS = 0
run: export SECRET_KEY_FILE := $(SECRET_KEY_FILE)
run: export ALLOWED_HOSTS = $(HOST),127.0.0.1,localhost
run: export SITE_URL := $(SITE_URL)
# Nothing in front of gunicorn here: the client address is REMOTE_ADDR.
run: export TRUSTED_PROXY_COUNT = 0
# security.txt names a contact; on this machine, a local address.
run: export SECURITY_CONTACT ?= mailto:security@localhost
run: export EMAIL_URL = console:
run: export TASKS_BACKEND = django.tasks.backends.immediate.ImmediateBackend
# Readable log lines in this terminal (production writes JSON: docs/operations.md).
run: export LOG_FORMAT = text
run: install $(SECRET_KEY_FILE)
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_portal --demo
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "The portal is at $(SITE_URL)/ (an admin account: make admin)"
	$(BIN)/gunicorn --config gunicorn.conf.py portal.wsgi --bind $(HOST):$(PORT)

# An admin account for the local database of `make run` and `make dev` (no secret key involved),
# and the link that sets up its two-step verification (open it after signing in). Without
# questions when ADMIN_USER and ADMIN_PASSWORD (or DJANGO_SUPERUSER_PASSWORD) are set, and
# ADMIN_EMAIL if you like; otherwise it asks. In English.
admin: export DEBUG = 1
admin: export SITE_URL := $(SITE_URL)
admin: install
	$(MANAGE) migrate --noinput
	$(MANAGE) create_admin
	$(MANAGE) enrolment_link $(ADMIN_USER)

# For developers: Django's debug server (DEBUG=1: tracebacks in the browser, code reloaded on
# change, static files from the source folders, mail printed in this terminal).
dev: export DEBUG = 1
dev: export SITE_URL := $(SITE_URL)
dev: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_portal --demo
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install-test lint
	DEBUG=1 $(MANAGE) check --fail-level WARNING
	DEBUG=1 $(MANAGE) makemigrations --check --dry-run
	$(BIN)/lint-imports
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile -m "not serial" $(PYTEST_ARGS)
	$(BIN)/pytest -n $(SERVER_TEST_WORKERS) --dist loadfile -m serial $(PYTEST_ARGS) || [ $$? -eq 5 ]  # 5: PYTEST_ARGS chose no server test

# Throughput and latency of every page type with wrk at 50 connections against gunicorn on
# loopback, 2,000 extra FAQs and 1,000 registrations: each page as a cache hit (PostgreSQL + Redis)
# and as a miss (page cache off, on PostgreSQL and on SQLite), as a share of a bare Django project
# on the same gunicorn (bench/bare_project/); then uncached search, forms, news alerts, counting,
# and whether the targets are met. BENCH_PASSES=sqlite,... picks passes; bench/run.py says which
# other BENCH_* variables change what. Installs wrk, and starts PostgreSQL and Redis, if needed.
bench: install-test
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
	@pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql)" main start
	@command -v redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null; }
	@redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || redis-server --bind 127.0.0.1 --port 6379 --daemonize yes >/dev/null
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) staticfiles
