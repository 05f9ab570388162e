"""`gunicorn bench.bare_project.wsgi`, from the repository root (bench/run.py starts it)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.bare_project.settings")

application = get_wsgi_application()
