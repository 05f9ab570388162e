# The two commands a newcomer types: `make run` and `make test`. Everything else is what they call.
PYTHON ?= $(shell command -v python3.13 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-test messages compilemessages run test lint bench clean

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

# For developers who changed interface strings (needs GNU gettext): refresh the four catalogues.
messages: $(VENV)/.installed
	DEBUG=1 $(MANAGE) makemessages --all --no-location --no-obsolete --ignore='.venv/*' \
	  --ignore='staticfiles/*' --ignore='tests/*'
	msgattrib --clear-fuzzy --empty locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po
	msgen locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po
	@echo "Now translate the new entries in locale/{nl,de,fr}/LC_MESSAGES/django.po (make test checks)."

# Development settings (DEBUG=1: no secret key or mail server needed, mail goes to the console).
# --demo adds an upcoming demo conference, so the registration flow can be tried.
run: export DEBUG = 1
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_portal --demo
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "The portal is at http://$(HOST):$(PORT)/ (admin: $(BIN)/python manage.py createsuperuser)"
	$(BIN)/gunicorn portal.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install-test lint
	DEBUG=1 $(MANAGE) check --fail-level WARNING
	DEBUG=1 $(MANAGE) makemigrations --check --dry-run
	$(BIN)/lint-imports
	$(BIN)/pytest $(PYTEST_ARGS)

# Response times and query counts of every page type with 5,000 FAQs (BENCH_FAQS, BENCH_ROUNDS;
# DATABASE_URL to measure on PostgreSQL).
bench: install-test
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) staticfiles
