"""A bare Django project: one view, two middleware, no database, no apps. What Django itself
serves on this machine, on the portal's gunicorn (bench/run.py); never used by the portal."""

import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = []
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "bench.bare_project.urls"
WSGI_APPLICATION = "bench.bare_project.wsgi.application"
DATABASES = {}
# The portal's: Django sets the process's time zone from it, which gunicorn's workers then log in
# (Django's default, America/Chicago, would stamp their lines -0600).
TIME_ZONE = "Europe/Amsterdam"
