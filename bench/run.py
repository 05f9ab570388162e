"""`make bench`: throughput and latency of every public page type with wrk, each page as a cache
hit and as a cache miss, against the framework's ceiling on the same machine and gunicorn.

1. The databases. PostgreSQL (BENCH_DATABASE_URL, default portal_bench on 127.0.0.1; dropped
   and created): migrate, seed_portal --demo, BENCH_FAQS extra FAQs in the four languages
   (default 2,000: about 500 on the desk measured) and BENCH_REGISTRATIONS registrations
   (default 1,000) (`load_volume`), rebuild_search_index. For the `sqlite` pass, the SQLite
   file var/bench/bench.sqlite3 (deleted; filled by a subprocess, `bench/run.py
   --prepare-sqlite`, since one process cannot switch databases) with the seed content only,
   what `make run` serves (`seed_content`). For each, the queries of one request the page cache
   does not answer, per page. Redis (BENCH_REDIS_URL, default db 15) is flushed.
2. Every server is gunicorn started from the repository root, so ./gunicorn.conf.py applies
   (BENCH_WORKER_CLASS: `sync` by default, what production runs behind its proxy; `gevent` for
   gunicorn facing clients directly); only the app, the bind address, BENCH_WORKERS (default 4)
   and --no-control-socket are on its command line (the control socket's default path is one
   per user, which two servers at once would take from each other). The portal runs with
   production settings (DEBUG off) plus bench.urls' bare view; each pass's server adds its
   environment (PAGE_PASSES). During a page pass two servers run, the pass's and the bare
   project's, but only one is measured at a time: the other's sync workers sit idle, waiting
   for a connection.
3. The references. "bare project" (bench/bare_project/: one view returning "ok", Django's
   security and common middleware, no database, no apps) is the framework's ceiling on this
   machine. Its throughput drifts with the machine (by up to 40% within 20 minutes on a shared
   2-core machine), so it is measured in turns with the pages, for BENCH_BARE_SECONDS (default
   5) each time: before the first page, between each two and after the last. Every page's
   share (`share_of_bare_project`) is its req/s over the mean of the two bare measurements
   around it (`bare_project_requests_per_second`; `shares`). The bare project's row gives the
   mean of all its measurements in the pass, their min and max (its own spread) and each
   measurement. "bare view (through our middleware)" (/bench/bare/) is measured on each pass's
   server like a page: the cost of the portal's middleware (and page cache lookup) alone.
4. The page passes, chosen with BENCH_PASSES (comma-separated; default all of PASSES):
   - `hits`: PostgreSQL + Redis, page cache on: every page of `pages()`;
   - `misses`: the same database, PAGE_CACHE_SECONDS=0: every page except the static file;
   - `sqlite`: the same misses on SQLite with the seed content (DATABASE_URL=sqlite:///...,
     Redis still counting).
   wrk at BENCH_CONNECTIONS (50) for BENCH_SECONDS (10) per URL after a 2-second warm-up (the
   bare project's before its first measurement only); each wrk run is followed by one request
   that waits for what it left queued, so that the next measurement has the machine to itself:
   requests per second, p50/p95/p99, the share, the queries of an uncached request and the
   bytes sent compressed. Every page request is a browser's (bench/report.lua), so each is
   counted as a page view (insight/), none held back by the rate check (INSIGHT_MOST_PER_MINUTE).
5. The other passes, on PostgreSQL + Redis with the page cache on: `search`, one connection
   asking a query no request asked before each time (bench/search.lua): what a search costs
   when it misses (p50 and p99); `counting`, the cached home page counted and not counted (a
   program's user agent), in turns (`counting_cost`); `forms`, each form in `forms()` under
   concurrent submission; `alerts`, the news alerts' fan-out: ALERT_SUBSCRIBERS (10,000) queued,
   sent to a local SMTP sink by two task workers, the home page measured meanwhile.
6. Prints a table per page pass (each page's bare measurements before and after it in "bare
   around", the bare project's range under the table), then the other passes and whether each
   of TARGETS is met; writes var/bench/<time>.json and var/bench/latest.json (the servers' own
   output goes to var/bench/gunicorn.log). Exits 0: it reports, it does not gate.
   `BENCH_PASSES=sqlite BENCH_SECONDS=5 make bench` iterates on one thing.
"""

import contextlib
import dataclasses
import datetime
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench"
)
SQLITE_PATH = ROOT / "var" / "bench" / "bench.sqlite3"
GUNICORN_LOG = ROOT / "var" / "bench" / "gunicorn.log"  # every server's output, this run's
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
FAQS = int(os.environ.get("BENCH_FAQS", "2000"))
REGISTRATIONS = int(os.environ.get("BENCH_REGISTRATIONS", "1000"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
WORKER_CLASS = os.environ.get("BENCH_WORKER_CLASS", "sync")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "50"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
BARE_SECONDS = int(os.environ.get("BENCH_BARE_SECONDS", "5"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
LANGUAGES = ("nl", "de", "en", "fr")
PASSES = ("hits", "misses", "sqlite", "search", "forms", "alerts", "counting")

# What gunicorn and this process run with: production settings, no mail sent (the database queue
# keeps it), no rate limit and no minimum fill-in time (one client sends everything).
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DEBUG": "0",
    "HTTPS": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "SITE_URL": BASE,
    "SECURITY_CONTACT": "mailto:security@localhost",
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": REDIS_URL,
    "EMAIL_URL": "locmem:",
    "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    "GUNICORN_WORKER_CLASS": WORKER_CLASS,
    "REGISTRATION_RATE_LIMIT": "0",
    "BOOKING_RATE_LIMIT": "0",
    "FORM_MIN_SECONDS": "0",
    "TRUSTED_PROXY_COUNT": "0",
    "LOG_LEVEL": "WARNING",
    # Every request of wrk's counted in full (one client, far more than 30 a minute).
    "INSIGHT_MOST_PER_MINUTE": "1000000000",
}
SQLITE_ENVIRONMENT = {"DATABASE_URL": f"sqlite:///{SQLITE_PATH}", "PAGE_CACHE_SECONDS": "0"}


@dataclasses.dataclass(frozen=True)
class PagePass:
    """The pages measured on one server: `environment` is what its gunicorn adds to ENVIRONMENT."""

    name: str  # in BENCH_PASSES and the JSON
    title: str
    database: str  # "postgresql" or "sqlite": whose content (slugs, queries) the pages show
    environment: dict
    hits: bool  # the page cache answers: the static file is measured too


PAGE_PASSES = [
    PagePass("hits", "cache hits — PostgreSQL + Redis", "postgresql", {}, hits=True),
    PagePass(
        "misses",
        "cache misses — PostgreSQL (page cache off)",
        "postgresql",
        {"PAGE_CACHE_SECONDS": "0"},
        hits=False,
    ),
    PagePass(
        "sqlite",
        "cache misses — SQLite, seed content only (page cache off)",
        "sqlite",
        SQLITE_ENVIRONMENT,
        hits=False,
    ),
]


@dataclasses.dataclass(frozen=True)
class Page:
    name: str
    url: str
    hit_only: bool = False  # a file, not a page: the page cache does not hold it


# The references: the framework's ceiling (its own gunicorn, bench/bare_project/), and a view
# that does nothing on the portal's server, through all its middleware.
BARE_PROJECT = Page("bare project", "/")
BARE_VIEW = Page("bare view (through our middleware)", "/bench/bare/")


def pages(content):
    from django.contrib.staticfiles.storage import staticfiles_storage

    return [
        Page("home", "/nl/"),
        Page("services overview", "/de/services/"),
        Page("desk page", f"/en/services/{content.desk_slug}/"),
        Page("topic page", f"/fr/topics/{content.topic_slug}/"),
        Page("search", "/nl/search/?q=belasting+grensarbeider"),
        Page("conference page", f"/nl/conferences/{content.demo_slug}/"),
        Page("news list", "/de/news/"),
        Page("news feed", "/fr/news/feed/"),
        Page("static file", staticfiles_storage.url("css/portal.css"), hit_only=True),
    ]


@dataclasses.dataclass(frozen=True)
class Target:
    """A figure of one page in one pass: at least `least`, or under `under`."""

    pass_name: str
    page: str
    figure: str  # a key of the page's row
    least: float | None = None
    under: float | None = None
    note: str = ""

    def met(self, row):
        value = row[self.figure]
        return value >= self.least if self.least is not None else value < self.under

    def describe(self, row):
        label, form = FIGURES[self.figure]
        limit = f"≥ {self.least:{form}}" if self.least is not None else f"< {self.under:{form}}"
        note = f" ({self.note})" if self.note else ""
        return f"{self.page} {label} {row[self.figure]:{form}} {limit}{note}"


# How a target's figure is printed: its label and format.
FIGURES = {
    "share_of_bare_project": ("share", ".2f"),
    "requests_per_second": ("req/s", ".0f"),
    "p99_ms": ("p99 ms", ".1f"),
}


def hit_targets(names, share):
    """Cached pages: a share of the bare project's throughput, and every visitor served fast."""
    return [
        target
        for name in names
        for target in (
            Target("hits", name, "share_of_bare_project", least=share),
            Target("hits", name, "p99_ms", under=50),
        )
    ]


TARGETS = [
    *hit_targets(
        ("home", "services overview", "topic page", "search", "news list", "news feed"), 0.80
    ),
    *hit_targets(("desk page", "conference page"), 0.60),  # pages with a form
    Target("sqlite", "home", "requests_per_second", least=400),
    Target("sqlite", "desk page", "requests_per_second", least=150),
    Target("misses", "desk page", "requests_per_second", least=100, note="with ~500 FAQs"),
    Target("sqlite", "search", "requests_per_second", least=250),
    Target("misses", "search", "requests_per_second", least=150),
]


@dataclasses.dataclass
class Content:
    """What a prepared database holds that the pages and forms ask for."""

    demo_slug: str
    desk_slug: str
    topic_slug: str
    slot_pk: int
    desk_faqs: int
    queries: dict = dataclasses.field(default_factory=dict)  # page name: queries of a miss


@dataclasses.dataclass
class FormBench:
    """A public form measured under concurrent submission: adding one is adding an entry."""

    name: str  # what is counted, e.g. "registrations"
    page: str  # the page that shows the form (for the visitor's CSRF cookie and token)
    action: str  # where the form posts
    fields: dict  # the submission; NNN is replaced by a value unique per submission
    count: str  # "app_label.Model": rows created are the successful submissions


def forms(content):
    demo_slug, desk_slug, slot_pk = content.demo_slug, content.desk_slug, content.slot_pk
    return [
        FormBench(
            name="registrations",
            page=f"/nl/conferences/{demo_slug}/",
            action=f"/nl/conferences/{demo_slug}/",  # the form posts to its own page
            fields={
                "name": "Bench Visitor",
                "email": "bench-NNN@example.org",
                "organisation": "Bench B.V.",
                "organisation_kind": "employer",
                "job_title": "HR manager",
                "privacy_consent": "on",
                "website": "",
            },
            count="conferences.Registration",
        ),
        FormBench(
            name="bookings",
            page=f"/nl/services/{desk_slug}/book/{slot_pk}/",
            action=f"/nl/services/{desk_slug}/book/{slot_pk}/",
            fields={
                "email": "bench-NNN@example.org",
                "name": "Bench Visitor",
                "topic": "Belasting over mijn Duitse loon",
                "website": "",
            },
            count="services.Appointment",
        ),
    ]


def main():
    if sys.argv[1:] == ["--prepare-sqlite"]:
        return prepare_sqlite_here()
    passes = chosen_passes()
    os.environ.update(ENVIRONMENT)
    need("wrk", "install it with `apt-get install wrk` (make bench does)")
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    cache.clear()
    GUNICORN_LOG.parent.mkdir(parents=True, exist_ok=True)
    GUNICORN_LOG.write_text("")
    call_command("collectstatic", "--noinput", verbosity=0)
    contents = {}
    if set(passes) - {"sqlite"}:
        recreate_database()
        contents["postgresql"] = prepare()
    if "sqlite" in passes:
        contents["sqlite"] = prepare_sqlite()
    machine = describe_machine()
    print(f"{machine['cpu']} ({machine['cores']} cores); passes: {', '.join(passes)}")
    print(f"gunicorn: {WORKERS} {WORKER_CLASS} workers")
    print(f"load average before the run: {machine['load_average_before']:.1f}")
    print(f"{FAQS} extra FAQs, {REGISTRATIONS} registrations, wrk {CONNECTIONS} connections")
    print(", ".join(f"{db}: {c.desk_faqs} FAQs on the desk page" for db, c in contents.items()))
    report = {"passes": {}}
    for page_pass in PAGE_PASSES:
        if page_pass.name in passes:
            rows = run_page_pass(page_pass, contents[page_pass.database])
            report["passes"][page_pass.name] = rows
            print_table(page_pass.title, rows)
    if {"search", "counting", "forms", "alerts"} & set(passes):
        report |= run_other_passes(passes, contents["postgresql"])
    report["targets"] = check_targets(report["passes"])
    machine["load_average_after"] = os.getloadavg()[0]
    print_targets(report["targets"])
    print(f"load average after the run: {machine['load_average_after']:.1f}")
    print_gunicorn_log()
    write_json(machine, passes, report)


def chosen_passes():
    """BENCH_PASSES, in the order of PASSES."""
    names = os.environ.get("BENCH_PASSES") or ",".join(PASSES)
    chosen = {name.strip() for name in names.split(",") if name.strip()}
    if unknown := chosen - set(PASSES):
        sys.exit(f"BENCH_PASSES: unknown {', '.join(sorted(unknown))} (known: {', '.join(PASSES)})")
    return [name for name in PASSES if name in chosen]


def run_page_pass(page_pass, content):
    """The pass's own server (the bare view through our middleware, then its pages) and the bare
    project's, both running, measured in turns: the bare project before the first page, between
    each two and after the last; each row's share of the bare project's throughput around it."""
    measured = [page for page in pages(content) if page_pass.hits or not page.hit_only]
    bare_project = {"DJANGO_SETTINGS_MODULE": "bench.bare_project.settings"}
    with (
        gunicorn("bench.bare_project.wsgi", bare_project, PORT + 1, ready="/") as bare_base,
        gunicorn("portal.wsgi", page_pass.environment) as base,
    ):
        bare = [measure(bare_base, BARE_PROJECT, 0, BARE_SECONDS)]  # no database
        rows = []
        for page in [BARE_VIEW, *measured]:
            rows.append(measure(base, page, content.queries[page.name]))
            bare.append(measure(bare_base, BARE_PROJECT, 0, BARE_SECONDS, warm_up=False))
    return shares(rows, bare)


def measure(base, page, queries, seconds=SECONDS, warm_up=True):
    """The page on the server at `base` for `seconds`, after a warm-up (connections, caches).
    Each wrk run is followed by one request: the server still answers the requests wrk left
    queued when it stopped (a slow page's can take seconds), and this one, queued behind them,
    is answered once they are; whatever is measured next has the machine to itself."""
    if warm_up:
        wrk(page.url, seconds=2, base=base)
        compressed_bytes(page.url, base)
    result = wrk(page.url, seconds=seconds, base=base)
    size = compressed_bytes(page.url, base)
    return {"page": page.name, "url": page.url, "queries": queries, "bytes": size} | result


def shares(rows, bare):
    """The pass's table: `rows` are its pages in the order measured, `bare` the bare project's
    measurements before the first, between each two and after the last. Each page's share is of
    the mean of the bare measurements just before and just after it; the bare project's row,
    first, holds the means of its measurements, their spread and each one."""
    if len(bare) != len(rows) + 1:
        raise ValueError(
            f"{len(rows)} pages need {len(rows) + 1} bare measurements, not {len(bare)}"
        )
    rates = [measurement["requests_per_second"] for measurement in bare]
    project_only = ("page", "url", "queries", "bytes")
    mean = sum(rates) / len(rates)
    project = {
        "page": BARE_PROJECT.name,
        "url": BARE_PROJECT.url,
        "queries": 0,
        "bytes": bare[0]["bytes"],
        "requests_per_second": round(mean, 1),
        **{
            figure: round(sum(m[figure] for m in bare) / len(bare), 3)
            for figure in ("p50_ms", "p95_ms", "p99_ms")
        },
        **{figure: sum(m[figure] for m in bare) for figure in ("errors", "requests")},
        "seconds": round(sum(m["seconds"] for m in bare), 2),
        "share_of_bare_project": 1.0,
        "bare_project_requests_per_second": round(mean, 1),
        "bare_project_min_requests_per_second": min(rates),
        "bare_project_max_requests_per_second": max(rates),
        # Each measurement's own figures, in the order taken.
        "bare_project_measurements": [
            {figure: value for figure, value in m.items() if figure not in project_only}
            for m in bare
        ],
    }
    table = [project]
    for row, before, after in zip(rows, rates[:-1], rates[1:], strict=True):
        reference = (before + after) / 2
        table.append(
            row
            | {
                "share_of_bare_project": round(row["requests_per_second"] / reference, 2),
                "bare_project_requests_per_second": round(reference, 1),
                "bare_project_before": before,
                "bare_project_after": after,
            }
        )
    return table


def run_other_passes(passes, content):
    """The chosen passes that are not pages' on PostgreSQL + Redis with the page cache on."""
    report = {}
    with gunicorn("portal.wsgi"):
        if "search" in passes:
            report["search_uncached"] = uncached_search()
            print_uncached_search(report["search_uncached"])
        if "counting" in passes:
            report["page_view_counting"] = counting_cost()
            print_counting(report["page_view_counting"])
        if "forms" in passes:
            report["forms"] = [submit(form) for form in forms(content)]
            print_submissions(report["forms"])
        if "alerts" in passes:
            report["news_alerts"] = alert_fanout(content.topic_slug)
            print_fanout(report["news_alerts"])
    return report


def need(command, hint):
    if not shutil.which(command):
        sys.exit(f"{command} is missing: {hint}")


def recreate_database():
    import psycopg

    parts = urllib.parse.urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def prepare(volume=True):
    """Fills this process's (empty) database, with the bench's volume or only the seed content,
    and counts each page's queries there."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_portal", "--demo", verbosity=0)
    content = load_volume() if volume else seed_content()
    # The extra FAQs were written without save signals: the search index learns them here.
    call_command("rebuild_search_index", verbosity=0)
    analyze()
    content.queries = {page.name: count_queries(page.url) for page in [*pages(content), BARE_VIEW]}
    return content


def analyze():
    """PostgreSQL's planner statistics of the filled database, as autovacuum gathers them soon
    after a bulk load in production (a server may run without it: this machine's does). The
    SQLite file stays as `make run` has it."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def prepare_sqlite():
    """A new SQLite database, prepared by this script in a process of its own (this one's
    settings use PostgreSQL); what it holds comes back as JSON."""
    for path in SQLITE_PATH.parent.glob(f"{SQLITE_PATH.name}*"):  # with its -wal and -shm
        path.unlink()
    SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, Path(__file__).resolve(), "--prepare-sqlite"]
    output = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True)
    return Content(**json.loads(re.search(r"^PREPARED (.*)$", output.stdout, re.M).group(1)))


def prepare_sqlite_here():
    """`bench/run.py --prepare-sqlite`: prepare() on the SQLite file, its content on stdout."""
    os.environ.update(ENVIRONMENT | SQLITE_ENVIRONMENT)
    import django

    django.setup()
    print("PREPARED", json.dumps(dataclasses.asdict(prepare(volume=False))))


def seed_content():
    """What the pages show in a database holding only the seed content (what `make run`
    serves): the desk with the most answers, the first topic, the demo edition."""
    from conferences.models import Conference
    from services.desks.models import ServiceDesk, Topic

    desk = max(ServiceDesk.objects.all(), key=lambda desk: desk.faqs.count())
    demo = Conference.objects.upcoming().get(slug__startswith="demo")
    topic = Topic.objects.all()[0]
    return Content(demo.slug, desk.slug, topic.slug, slot_pk=0, desk_faqs=desk.faqs.count())


def load_volume():
    """The extra FAQs (each in all four languages) and registrations on the demo edition, whose
    capacity is raised so that they are confirmed and registration stays open."""
    from django.utils import translation

    from conferences import rules
    from conferences.models import Conference
    from services.booking.models import ConsultationSlot, SlotMode
    from services.desks.models import FAQ, ServiceDesk, Topic

    desks, topics = list(ServiceDesk.objects.all()), list(Topic.objects.all())
    words = {
        "nl": ("Belastingvraag", "Het antwoord met **opmaak** en een [link](https://example.org)"),
        "de": ("Steuerfrage", "Die Antwort mit **Formatierung** und einem Link"),
        "en": ("Tax question", "The answer with **markup** and a link"),
        "fr": ("Question fiscale", "La réponse avec **mise en forme** et un lien"),
    }
    FAQ.objects.bulk_create(
        FAQ(
            desk=desks[i % len(desks)],
            topic=topics[i % len(topics)],
            order=1000 + i,
            **{f"question_{lang}": f"{words[lang][0]} {i}?" for lang in LANGUAGES},
            **{f"answer_{lang}": f"{words[lang][1]} {i}." for lang in LANGUAGES},
        )
        for i in range(FAQS)
    )
    demo = Conference.objects.upcoming().get(slug__startswith="demo")
    Conference.objects.filter(pk=demo.pk).update(capacity=REGISTRATIONS * 100)
    demo.refresh_from_db()
    with translation.override("nl"):
        for i in range(REGISTRATIONS):
            rules.register(
                conference=demo,
                name=f"Seeded {i}",
                email=f"seeded-{i}@example.org",
                organisation="Seeded B.V.",
                organisation_kind="employer",
                job_title="HR",
                phone="",
                interests=[],
                dietary_needs="",
                accessibility_needs="",
                special_data_consent=False,
                language=LANGUAGES[i % 4],
            )
    desk = max(desks, key=lambda desk: desk.faqs.count())
    # One slot that everyone books: the worst case for its row lock. Places beyond the admin's
    # limit of 100, so that every booking of the run finds one. By video: a time at the desk
    # needs a location whose address staff confirmed, which the seed does not claim.
    slot = ConsultationSlot.objects.create(
        location=desk.locations.filter(is_published=True).first(),
        date=datetime.date.today() + datetime.timedelta(days=30),
        start=datetime.time(10),
        places=30_000,
        mode=SlotMode.VIDEO,
    )
    return Content(demo.slug, desk.slug, topics[0].slug, slot.pk, desk.faqs.count())


def count_queries(url):
    """Queries of one request that the page cache does not answer (what a miss costs)."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    with override_settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as queries:
        response = Client().get(url)
    if response.status_code != 200:
        sys.exit(f"{url} answers {response.status_code}")
    return len(queries.captured_queries)


@contextlib.contextmanager
def gunicorn(app, environment=None, port=PORT, ready="/healthz"):
    """gunicorn serving `app` from the repository root, so that ./gunicorn.conf.py applies, with
    only the bind address, the worker count and no control socket on its command line and
    `environment` added to this process's. Yields its address once `ready` answers; stopped
    afterwards. The control socket's default path is one per user (~/.gunicorn/gunicorn.ctl):
    a second server takes it over and the first one's stop deletes it, and the bench uses none."""
    command = [Path(sys.executable).with_name("gunicorn"), app]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--no-control-socket"]
    environment = os.environ | (environment or {})
    with GUNICORN_LOG.open("a") as log:
        server = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + ready, timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    sys.exit(f"gunicorn {app} did not start: see {GUNICORN_LOG}")
                time.sleep(0.2)
        else:
            sys.exit(f"gunicorn {app} did not answer {ready}")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=60)


def uncached_search():
    """Searches that miss the page cache, one at a time: each a query not asked before."""
    url = "/nl/search/?q=belasting+grensarbeider+n0"
    result = wrk(url, SECONDS, script="bench/search.lua", connections=1, threads=1)
    return {
        "page": "search (uncached)",
        "url": "bench/search.lua",
        "queries": count_queries(url),
        "bytes": compressed_bytes(url),
    } | result


def compressed_bytes(url, base=BASE):
    request = urllib.request.Request(base + url, headers={"Accept-Encoding": "br, gzip"})
    with urllib.request.urlopen(request) as response:
        return len(response.read())


def wrk(
    url,
    seconds,
    script="bench/report.lua",
    extra_env=None,
    connections=CONNECTIONS,
    threads=2,
    base=BASE,
):
    # A 10-second timeout (wrk's default is 2): a slow answer is measured, not dropped.
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-s", script]
    command.append(base + url)
    output = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | (extra_env or {}),
    ).stdout
    summary = json.loads(re.search(r"^BENCH (.*)$", output, re.MULTILINE).group(1))
    duration = summary["duration_us"] / 1e6
    return {
        "requests_per_second": round(summary["requests"] / duration, 1),
        "p50_ms": summary["p50_us"] / 1000,
        "p95_ms": summary["p95_us"] / 1000,
        "p99_ms": summary["p99_us"] / 1000,
        "errors": summary["socket_errors"] + summary["http_errors"],
        "requests": summary["requests"],
        "seconds": round(duration, 2),
    }


def submit(form, submissions=20_000):
    """The form under concurrent submission: one visitor's CSRF cookie, a fill-in token of its
    own (single-use) and a unique e-mail address per submission; what counts is the rows written
    per second."""
    from django.apps import apps

    from core.forms import form_token

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(BASE + form.page).read().decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    bodies = ROOT / "var" / "bench" / f"{form.name}.bodies"
    bodies.parent.mkdir(parents=True, exist_ok=True)
    bodies.write_text(
        "".join(
            urllib.parse.urlencode(
                {"csrfmiddlewaretoken": csrf, "rendered_at": form_token()}
                | {name: value.replace("NNN", str(n)) for name, value in form.fields.items()}
            )
            + "\n"
            for n in range(submissions)
        )
    )
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    model = apps.get_model(form.count)
    before = model.objects.count()
    env = {"BENCH_PATH": form.action, "BENCH_BODIES": str(bodies), "BENCH_COOKIE": cookie}
    result = wrk(form.page, SECONDS, script="bench/submit.lua", extra_env=env, connections=20)
    bodies.unlink()
    created = model.objects.count() - before
    return {
        "form": form.name,
        "connections": 20,
        "created": created,
        "created_per_second": round(created / result["seconds"], 1),
        "p50_ms": result["p50_ms"],
        "p99_ms": result["p99_ms"],
        "requests": result["requests"],
        "errors": result["errors"],
    }


def alert_fanout(topic_slug):
    """News alerts for ALERT_SUBSCRIBERS subscribers (default 10,000) of one topic: the time to
    queue them (staff press "send": the e-mail rows and the worker's batches written), then two
    `db_worker` processes sending them to a local SMTP sink (bench/smtp_sink.py), at the sink's
    pace; meanwhile wrk measures the home page, which the new item's save has just renewed."""
    from django.conf import settings
    from django_tasks_db.models import DBTaskResult

    from bench.smtp_sink import SMTPSink
    from news.alerts import request_alert
    from news.models import AlertEmail, NewsItem, Subscription
    from services.desks.models import Topic

    count = int(os.environ.get("ALERT_SUBSCRIBERS", "10000"))
    topic = Topic.objects.get(slug=topic_slug)
    subscriptions = Subscription.objects.bulk_create(
        Subscription(
            email=f"reader-{n}@example.org",
            language=LANGUAGES[n % 4],
            status=Subscription.Status.ACTIVE,
            token=f"bench-{n:030d}",
        )
        for n in range(count)
    )
    Subscription.topics.through.objects.bulk_create(
        Subscription.topics.through(subscription_id=s.pk, topic_id=topic.pk) for s in subscriptions
    )
    texts = {
        f"{field}_{language}": f"{field} {language}: de regels voor 2027"
        for field in ("title", "summary", "body")
        for language in LANGUAGES
    }
    item = NewsItem.objects.create(slug="bench-alert", **texts)
    item.topics.add(topic)
    # The forms' e-mails went into the same queue: they are not what this measures.
    DBTaskResult.objects.all().delete()

    start = time.perf_counter()
    queued = sum(request_alert(item=item).values())
    queue_seconds = time.perf_counter() - start
    batches = DBTaskResult.objects.count()

    sink = SMTPSink().start()
    environment = os.environ | {"EMAIL_URL": f"smtp://127.0.0.1:{sink.port}"}
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"]
    start = time.perf_counter()
    workers = [subprocess.Popen(command, cwd=ROOT, env=environment) for _ in range(2)]
    home = wrk("/nl/", seconds=5)
    for worker in workers:
        worker.wait(timeout=3600)
    send_seconds = time.perf_counter() - start
    sink.shutdown()
    sent = AlertEmail.objects.sent().count()
    return {
        "subscribers": count,
        "queued": queued,
        "batches": batches,
        "batch_size": settings.ALERT_BATCH_SIZE,
        "queue_seconds": round(queue_seconds, 2),
        "sent": sent,
        "received_by_sink": sink.count,
        "send_seconds": round(send_seconds, 1),
        "sent_per_second": round(sent / send_seconds, 1),
        "home_while_sending": home,
    }


def counting_cost():
    """The cached home page as a browser asks for it (each request counted as a page view) and
    as a program does (not counted), in turns, so that both see the same machine."""
    counted, not_counted = [], []
    for _ in range(2):
        counted.append(wrk("/nl/", SECONDS)["requests_per_second"])
        program = {"BENCH_AGENT": "bench-bot/1.0"}
        not_counted.append(wrk("/nl/", SECONDS, extra_env=program)["requests_per_second"])
    counted_rps, not_counted_rps = sum(counted) / 2, sum(not_counted) / 2
    return {
        "counted_rps": round(counted_rps, 1),
        "not_counted_rps": round(not_counted_rps, 1),
        "cost_percent": round((1 - counted_rps / not_counted_rps) * 100, 1),
    }


def print_fanout(fanout):
    print(
        f"news alerts: {fanout['queued']} queued for {fanout['subscribers']} subscribers in "
        f"{fanout['queue_seconds']:.2f} s ({fanout['batches']} batches of at most "
        f"{fanout['batch_size']}); {fanout['sent']} sent by 2 workers to the SMTP sink in "
        f"{fanout['send_seconds']:.1f} s ({fanout['sent_per_second']:.0f}/s); home page "
        f"meanwhile {fanout['home_while_sending']['requests_per_second']:.0f} req/s, p99 "
        f"{fanout['home_while_sending']['p99_ms']:.1f} ms"
    )


def describe_machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    # The machine may be shared: a load average above the core count makes every figure slower.
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "load_average_before": os.getloadavg()[0],
    }


def print_table(title, rows):
    print(f"\n{title} (share: of the bare project's req/s around the page, before and after it)")
    print(
        f"{'page':34} {'req/s':>8} {'share':>6} {'bare around':>11} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'queries':>7} {'bytes':>7} {'errors':>6}"
    )
    for r in rows:
        around = (
            f"{r['bare_project_before']:5.0f}/{r['bare_project_after']:<5.0f}"
            if "bare_project_before" in r
            else ""
        )
        print(
            f"{r['page']:34} {r['requests_per_second']:8.0f} {r['share_of_bare_project']:6.2f} "
            f"{around:>11} {r['p50_ms']:7.1f} {r['p95_ms']:7.1f} {r['p99_ms']:7.1f} "
            f"{r['queries']:7d} {r['bytes']:7d} {r['errors']:6d}"
        )
    bare = rows[0]
    mean, low, high = (
        bare["requests_per_second"],
        bare["bare_project_min_requests_per_second"],
        bare["bare_project_max_requests_per_second"],
    )
    print(
        f"bare project: {len(bare['bare_project_measurements'])} measurements of "
        f"{BARE_SECONDS} s in turns with the pages: {low:.0f}-{high:.0f} req/s, mean {mean:.0f} "
        f"(max - min: {(high - low) / mean:.0%} of the mean)"
    )


def print_uncached_search(r):
    print(
        f"\nsearch (uncached, one connection, PostgreSQL): {r['requests_per_second']:.0f} req/s, "
        f"p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, "
        f"{r['queries']} queries, {r['errors']} errors"
    )


def print_counting(counting):
    print(
        f"page view counting: home {counting['counted_rps']:.0f} req/s counted, "
        f"{counting['not_counted_rps']:.0f} not counted: {counting['cost_percent']:.1f}% "
        f"(target at most 5%)"
    )


def print_submissions(submissions):
    for s in submissions:
        print(
            f"{s['form']}: {s['created_per_second']:.0f}/s under {s['connections']} concurrent "
            f"submitters ({s['created']} written, p50 {s['p50_ms']:.1f} ms, "
            f"p99 {s['p99_ms']:.1f} ms, {s['errors']} errors)"
        )


def check_targets(passes):
    """Each of TARGETS whose pass ran: met or not."""
    checked = []
    for target in TARGETS:
        rows = {row["page"]: row for row in passes.get(target.pass_name, [])}
        if row := rows.get(target.page):
            checked.append(
                dataclasses.asdict(target)
                | {
                    "value": row[target.figure],
                    "met": target.met(row),
                    "text": target.describe(row),
                }
            )
    return checked


def print_targets(checked):
    if checked:
        print("\ntargets")
    for target in checked:
        print(
            f"  {'met' if target['met'] else 'NOT met':8} {target['pass_name']:7} {target['text']}"
        )


def print_gunicorn_log():
    """What the servers logged beyond their start and stop (gunicorn's INFO lines)."""
    lines = GUNICORN_LOG.read_text().splitlines()
    beyond = [line for line in lines if '"level": "INFO"' not in line]
    print(f"gunicorn's log: {GUNICORN_LOG.relative_to(ROOT)}, {len(beyond)} lines beyond INFO")
    for line in beyond[:10]:
        print(f"  {line[:200]}")


def write_json(machine, passes, report):
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    data = {
        "time": stamp,
        "commit": commit,
        "machine": machine,
        "settings": {
            "passes": passes,
            "workers": WORKERS,
            "worker_class": WORKER_CLASS,
            "connections": CONNECTIONS,
            "seconds": SECONDS,
            "bare_seconds": BARE_SECONDS,
            "faqs": FAQS,
            "registrations": REGISTRATIONS,
        },
        **report,
    }
    folder = ROOT / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=2, ensure_ascii=False)
    (folder / f"{stamp}.json").write_text(text)
    (folder / "latest.json").write_text(text)
    print(f"\nwritten: var/bench/{stamp}.json")


if __name__ == "__main__":
    main()
