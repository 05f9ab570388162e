"""Settings for the South Limburg work portal.

One file. Every deploy-time value comes from the environment (see docs/operations.md); the defaults
are for development only, and with DEBUG off the portal refuses to start on a development default.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from core.mailers import mailers_from_url
from core.ratelimit import parse_rate

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
# Served over HTTPS (production: behind a TLS-terminating proxy). HTTPS=0 is for serving on this
# machine over plain http (`make run`): no redirect to https, no HSTS, cookies not marked Secure.
HTTPS = env_bool("HTTPS", not DEBUG)

DEVELOPMENT_SECRET_KEY = "django-insecure-development-only-never-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Or the key in a file (a container secret, or the local key `make run` generates once).
if not SECRET_KEY and (SECRET_KEY_FILE := os.environ.get("SECRET_KEY_FILE")):
    try:
        SECRET_KEY = Path(SECRET_KEY_FILE).read_text().strip()
    except OSError as error:
        raise ImproperlyConfigured(f"SECRET_KEY_FILE cannot be read: {error}") from None
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (generate one with "
            "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
        )
    SECRET_KEY = DEVELOPMENT_SECRET_KEY
elif not DEBUG and (
    SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5
):
    raise ImproperlyConfigured(
        "SECRET_KEY is a development key, shorter than 50 characters or not random enough."
    )

# The portal's public address, for links in e-mails (sent outside any request). Required in
# production: a wrong default would send every personal link to a development address.
SITE_URL = (os.environ.get("SITE_URL") or ("http://127.0.0.1:8000" if DEBUG else "")).rstrip("/")
if not SITE_URL:
    raise ImproperlyConfigured(
        "SITE_URL must be set when DEBUG is off, e.g. https://werkportaal.example.nl"
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "core.apps.AdminConfig",  # django.contrib.admin with the portal's site (core/admin_site.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "nested_admin",
    "crispy_forms",
    "crispy_bootstrap5",
    "core.apps.TasksDatabaseConfig",  # django_tasks_db, its name translated
    # History of every content change, with restore from the admin (docs/content-guide.md).
    "reversion",
    # Staff accounts: login throttling and lockout (counted in the database, so shared by every
    # process), and a second factor (TOTP, with one-time recovery codes) for every staff account.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "core",
    "portal",
    "insight",
    "services",
    "conferences",
    "news",
]

MIDDLEWARE = [
    # First: every request gets an id, one log line and its metrics (core/logs.py).
    "core.logs.RequestMiddleware",
    "portal.middleware.HeadMiddleware",  # first: HEAD gets GET's headers, without the body
    # Anonymous page views, counted above the page cache so that its hits count (insight/).
    "insight.middleware.PageViewMiddleware",
    # Whole pages for anonymous visitors, from the shared cache (portal/pagecache.py). A hit is
    # answered here, below only what every answer needs (the middleware above), with the headers
    # that all the middleware below made when the page was stored (security headers, CSP,
    # language, Vary, ETag...); it compresses what it stores and what it answers itself, as
    # GZipMiddleware would, and answers 304 itself.
    "portal.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Django's, with its BREACH mitigation (random bytes in the gzip header of every response);
    # below whitenoise, which sends static files compressed itself.
    "django.middleware.gzip.GZipMiddleware",
    # Django's, minus Vary on language-neutral views; the language comes from the path (or a
    # cookie), never the session.
    "portal.middleware.LocaleMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified()
    "portal.middleware.StaffTwoFactorMiddleware",  # no admin page without the second factor
    "django.middleware.http.ConditionalGetMiddleware",  # ETag from the content; 304
    # Above the messages middleware, so it sees the cookie that a shown message clears.
    "portal.middleware.PublicCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last: answers a locked-out login
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

# Database: a SQLite file unless DATABASE_URL says otherwise (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Kept open between requests like PostgreSQL's (opening one and running its PRAGMAs cost
    # about a twentieth of an uncached page).
    DATABASES["default"]["OPTIONS"] = {
        # Writers take the lock when the transaction starts, so two of them never deadlock.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
# A database that hangs or is down: give up quickly, answer 503, try again by itself
# (core/postgresql/base.py). Seconds; DB_STATEMENT_TIMEOUT=0 turns the statement limit off (e.g.
# for a long data migration).
DB_CONNECT_TIMEOUT = int(os.environ.get("DB_CONNECT_TIMEOUT", "3"))
DB_STATEMENT_TIMEOUT = float(os.environ.get("DB_STATEMENT_TIMEOUT", "4"))
DB_CLIENT_DEADLINE = DB_STATEMENT_TIMEOUT + 0.5 if DB_STATEMENT_TIMEOUT else 0
DB_RETRY_SECONDS = float(os.environ.get("DB_RETRY_SECONDS", "2"))
# How long a rule that locks a conference or a slot waits for that lock (PostgreSQL lock_timeout,
# core.rules.locking_transaction): a burst queues for a few seconds, then the visitor gets the form
# back to send again, long before the statement deadline (which is for a database that hangs).
DB_LOCK_TIMEOUT = float(os.environ.get("DB_LOCK_TIMEOUT", "2"))
if DB_STATEMENT_TIMEOUT and not 0 < DB_LOCK_TIMEOUT < DB_STATEMENT_TIMEOUT:
    raise ImproperlyConfigured("DB_LOCK_TIMEOUT must be above 0 and below DB_STATEMENT_TIMEOUT.")
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "core.postgresql"
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=max(DB_CONNECT_TIMEOUT, 2),  # libpq's minimum
        # A statement whose client is gone (a worker killed or timed out) stops within a second
        # instead of running, or waiting for a lock, on its own (PostgreSQL 14+).
        options=f"-c statement_timeout={int(DB_STATEMENT_TIMEOUT * 1000)}"
        " -c client_connection_check_interval=1000",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server), else local memory.
if REDIS_URL := os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "core.cache.RedisCache",  # one Redis client per pool
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Seconds the server keeps a whole page for anonymous visitors (portal/pagecache.py), at most: a
# content change or a scheduled publish time ends it sooner. Only with a shared cache (Redis) by
# default: local memory is one process's own, and another process would not see an invalidation.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600" if REDIS_URL else "0"))
# Megabytes of pages each process keeps in its own memory as well, so that a hit asks Redis
# nothing (portal/pagecache_memory.py; with Redis only).
PAGE_CACHE_MEMORY_MB = int(os.environ.get("PAGE_CACHE_MEMORY_MB", "32"))
if PAGE_CACHE_SECONDS > 0 and not REDIS_URL and not DEBUG:
    raise ImproperlyConfigured(
        "PAGE_CACHE_SECONDS needs REDIS_URL when DEBUG is off: a cache in one process's memory "
        "would keep serving pages another process has invalidated."
    )
# Desks, locations and FAQs not checked for this many months are due for a check (dashboard and
# the owners' weekly digest, services/desks/freshness.py).
FRESHNESS_MONTHS = int(os.environ.get("FRESHNESS_MONTHS", "12"))
# Seconds an anonymous visitor's browser or a shared cache may keep a public page.
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "300"))

# django-axes first: it counts failed logins and refuses a locked-out one before the password is
# checked. After AXES_FAILURE_LIMIT failures, for AXES_COOLOFF_TIME hours, it locks the
# combination of user name and client (so a stranger who knows a user name locks out only
# themselves; the staff member still signs in from their own network), and a client that fails
# on any user names (password spraying). The client is core.ratelimit.lockout_address: the
# address the nearest trusted proxy saw (TRUSTED_PROXY_COUNT; a forged X-Forwarded-For changes
# nothing), an IPv6 client by its /64 (which one line can pick addresses from).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.lockout_address"
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# Two factors for staff (portal/otp.py): the TOTP app's issuer name.
OTP_TOTP_ISSUER = "Werkportaal Zuid-Limburg"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch first, so it is the first tab in the admin and the default.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Dutch")),
    ("de", _("German")),
    ("en", _("English")),
    ("fr", _("French")),
]
# When a text is missing in the visitor's language, show it in the first of these that has it
# (docs/architecture.md explains the choice).
FALLBACK_LANGUAGES = {
    "nl": ("en", "de", "fr"),
    "de": ("en", "nl", "fr"),
    "en": ("nl", "de", "fr"),
    "fr": ("en", "nl", "de"),
}
MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("nl",), **FALLBACK_LANGUAGES}
# The tabbed admin's jQuery UI, served by the portal itself (static/vendor/jquery-ui).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = HTTPS
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
FORMAT_MODULE_PATH = ["portal.formats"]  # FULL_DATE_FORMAT per language; British English
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# E-mail (Django 6.1 MAILERS, from EMAIL_URL). Development prints mail to the console; production
# must name a real server.
EMAIL_URL = os.environ.get("EMAIL_URL", "console:" if DEBUG else "")
if not EMAIL_URL:
    raise ImproperlyConfigured(
        "EMAIL_URL must be set when DEBUG is off, e.g. smtp://host:587?tls=1"
    )
MAILERS = mailers_from_url(EMAIL_URL)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Werkportaal Zuid-Limburg <noreply@localhost>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Background work (e-mail): Django's task framework. Production runs a database-backed queue and
# `manage.py db_worker`; development and tests run tasks immediately, in the request.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django.tasks.backends.immediate.ImmediateBackend"
            if DEBUG
            else "django_tasks_db.DatabaseBackend",
        )
    }
}

# Finished task results (their tracebacks can quote personal data) are deleted after this many
# hours, by every run of send_pending_emails (core.outbox.prune_task_results).
TASK_RESULT_RETENTION_HOURS = int(os.environ.get("TASK_RESULT_RETENTION_HOURS", "24"))

# Searches without results kept for staff (portal.search.record_miss): at most this many rows,
# each deleted when nobody searched it for this many days.
SEARCH_MISS_MAX_ROWS = int(os.environ.get("SEARCH_MISS_MAX_ROWS", "1000"))
SEARCH_MISS_RETENTION_DAYS = int(os.environ.get("SEARCH_MISS_RETENTION_DAYS", "180"))

# Public forms: the minimum fill-in time (core.forms).
FORM_MIN_SECONDS = float(os.environ.get("FORM_MIN_SECONDS", "3"))


# Submissions per client: "10/h", "5/m", "100/d"; "0" turns the limit off (load tests).
def rate_setting(name: str, default: str) -> str:
    """A rate limit from the environment ("10/h"), refused at start-up when malformed."""
    value = os.environ.get(name, default)
    try:
        parse_rate(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}: {error}") from None
    return value


REGISTRATION_RATE_LIMIT = rate_setting("REGISTRATION_RATE_LIMIT", "10/h")
# People registered by group registrations (an employer's colleagues) per client: a group is one
# submission of the limit above, and its people count here, so an office registers its staff
# and one connection cannot fill an edition with strangers' addresses.
REGISTRATION_PEOPLE_RATE_LIMIT = rate_setting("REGISTRATION_PEOPLE_RATE_LIMIT", "40/h")
# Visitor feedback ("Did this page help you?", outdated information): same protection as the
# other public forms, its own limit per client.
FEEDBACK_RATE_LIMIT = rate_setting("FEEDBACK_RATE_LIMIT", "20/h")
# Reports of outdated information about one page, from anyone: each one e-mails the page's owners.
OUTDATED_REPORT_PAGE_RATE_LIMIT = rate_setting("OUTDATED_REPORT_PAGE_RATE_LIMIT", "5/d")
# Personal data of registrants is deleted this many days after the event (purge_registrations).
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "90"))
# Booking a consultation (services): bookings per client, like registrations; personal data of
# appointments is deleted this many days after the appointment or its cancellation.
BOOKING_RATE_LIMIT = rate_setting("BOOKING_RATE_LIMIT", "10/h")
# Upcoming appointments one mailbox may hold with one desk (services.booking.rules.book);
# 0: no limit.
BOOKING_MAX_UPCOMING = int(os.environ.get("BOOKING_MAX_UPCOMING", "2"))
APPOINTMENT_RETENTION_DAYS = int(os.environ.get("APPOINTMENT_RETENTION_DAYS", "365"))
# Reverse proxies in front of the portal that append to X-Forwarded-For (0: use REMOTE_ADDR).
# Required in production: 0 behind a proxy would give every visitor the proxy's address (one
# client could then block registration for everyone); too many lets clients forge theirs.
_proxies = os.environ.get("TRUSTED_PROXY_COUNT") or ("0" if DEBUG else "")
if not _proxies.strip().isdigit():
    raise ImproperlyConfigured(
        "TRUSTED_PROXY_COUNT must be set when DEBUG is off: the number of reverse proxies in "
        "front of the portal that append to X-Forwarded-For (0 when clients connect directly)."
    )
TRUSTED_PROXY_COUNT = int(_proxies)

# Security. Behind a TLS-terminating proxy the portal trusts X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Where to report a vulnerability (/.well-known/security.txt, RFC 9116): a mailto: or https: URI
# that someone reads. Required in production, and never the sending address (every e-mail the
# portal sends calls that one unread).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "").strip() or (
    "mailto:security@localhost" if DEBUG else ""
)
if not SECURITY_CONTACT.startswith(("mailto:", "https://")):
    raise ImproperlyConfigured(
        "SECURITY_CONTACT must be set when DEBUG is off: a mailto: or https: address that is "
        "read, for /.well-known/security.txt, e.g. mailto:security@werkportaal.example.nl"
    )
_sending = {
    address.rpartition("<")[2].rstrip(">").strip().lower()
    for address in (DEFAULT_FROM_EMAIL, SERVER_EMAIL)
}
if SECURITY_CONTACT.removeprefix("mailto:").strip().lower() in _sending:
    raise ImproperlyConfigured(
        "SECURITY_CONTACT must not be the portal's sending address (DEFAULT_FROM_EMAIL or "
        "SERVER_EMAIL): its e-mails say that address is not read."
    )
# Browser features no page of the portal uses, switched off (portal.middleware).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

# A strict Content-Security-Policy for every page, the admin included: only the portal's own files,
# no inline script or style.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# One handler, on the root logger: every record is written once, to standard error (gunicorn
# writes its own lines through its own loggers, which do not propagate). Django's default
# configuration gives the "django" logger a console handler of its own (with DEBUG) that also
# propagates to the root: each of its lines came twice. It gets none here.
# LOG_FORMAT=json (the default with DEBUG off, so in the image and compose): one JSON object per
# line for a log shipper, with each request's id, view, status and duration (core/logs.py);
# `make run` sets text. Personal links are redacted either way, and no query string is logged.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
LOG_FORMAT = os.environ.get("LOG_FORMAT") or ("text" if DEBUG else "json")
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured("LOG_FORMAT must be json or text.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "text": {
            "format": "[{asctime}] [{process}] [{levelname}] {name}: {message}",
            "datefmt": "%Y-%m-%d %H:%M:%S %z",
            "style": "{",
        },
        "json": {"()": "core.logs.JsonFormatter"},
    },
    # Personal links never reach a log (core.redaction; gunicorn's access log: gunicorn.conf.py).
    "filters": {
        "redact_tokens": {"()": "core.redaction.RedactTokens"},
        "request_id": {"()": "core.logs.RequestIdFilter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["redact_tokens", "request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        # Lockouts are warnings; its start-up banner and every reset are not worth a line.
        "axes": {"level": "WARNING"},
        # One line per request. In text mode gunicorn's access log says it already.
        "core.request": {"level": LOG_LEVEL if LOG_FORMAT == "json" else "WARNING"},
    },
}

# /metrics (core/metrics.py) answers only with `Authorization: Bearer <METRICS_TOKEN>`; without
# a token it does not exist. From METRICS_TOKEN or a file (METRICS_TOKEN_FILE, a secret).
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")
if not METRICS_TOKEN and (METRICS_TOKEN_FILE := os.environ.get("METRICS_TOKEN_FILE")):
    try:
        METRICS_TOKEN = Path(METRICS_TOKEN_FILE).read_text().strip()
    except OSError as error:
        raise ImproperlyConfigured(f"METRICS_TOKEN_FILE cannot be read: {error}") from None
if METRICS_TOKEN and len(METRICS_TOKEN) < 32:
    raise ImproperlyConfigured("METRICS_TOKEN must be at least 32 characters.")

# Questions to a desk (services.Enquiry): submissions per client, and how many months after a
# question is closed its personal data is deleted (manage.py purge_enquiries, run daily).
ENQUIRY_RATE_LIMIT = rate_setting("ENQUIRY_RATE_LIMIT", "5/h")
ENQUIRY_RETENTION_MONTHS = int(os.environ.get("ENQUIRY_RETENTION_MONTHS", "12"))
# E-mails to staff (core.StaffEmail: digests, reports quoting visitors) are deleted this many days
# after they were sent (by send_pending_emails).
STAFF_EMAIL_RETENTION_DAYS = int(os.environ.get("STAFF_EMAIL_RETENTION_DAYS", "30"))

# News alerts (news/): subscription requests per client and confirmation e-mails per address (so
# nobody floods a stranger's mailbox); unconfirmed requests are deleted after this many days
# (purge_subscriptions, daily); alerts are handed to the task worker this many at a time, each
# batch over one connection to the mail server.
SUBSCRIBE_RATE_LIMIT = rate_setting("SUBSCRIBE_RATE_LIMIT", "10/h")
SUBSCRIBE_ADDRESS_RATE_LIMIT = rate_setting("SUBSCRIBE_ADDRESS_RATE_LIMIT", "3/d")
UNCONFIRMED_SUBSCRIPTION_DAYS = int(os.environ.get("UNCONFIRMED_SUBSCRIPTION_DAYS", "7"))
ALERT_BATCH_SIZE = int(os.environ.get("ALERT_BATCH_SIZE", "200"))
# The records of e-mails sent to subscribers are deleted this many days after sending
# (purge_subscriptions): they say who was told what.
SENT_ALERT_RETENTION_DAYS = int(os.environ.get("SENT_ALERT_RETENTION_DAYS", "30"))

# Usage figures (insight/): page views are kept per day for this many days, then only per month.
INSIGHT_DAILY_DAYS = int(os.environ.get("INSIGHT_DAILY_DAYS", "400"))
if INSIGHT_DAILY_DAYS < 62:  # the dashboard's eight weeks are read from the daily figures
    raise ImproperlyConfigured("INSIGHT_DAILY_DAYS must be 62 or more (the dashboard: 8 weeks).")
# A client reading more pages than this in a minute is a program: its views are not counted.
INSIGHT_MOST_PER_MINUTE = int(os.environ.get("INSIGHT_MOST_PER_MINUTE", "30"))
