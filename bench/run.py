"""`make bench`: throughput and latency of every public page type with wrk, on PostgreSQL + Redis.

1. A fresh PostgreSQL database (BENCH_DATABASE_URL, default portal_bench on 127.0.0.1) and Redis
   database (BENCH_REDIS_URL, default db 15, flushed): migrate, seed_portal --demo, BENCH_FAQS extra
   FAQs in the four languages (default 2,000) and BENCH_REGISTRATIONS registrations (default 1,000).
2. gunicorn from the repository root (so ./gunicorn.conf.py applies), with only the bind address
   and BENCH_WORKERS (default 4) on the command line, production settings (DEBUG off) plus
   bench.urls' bare view, and BENCH_WORKER_CLASS: `sync` by default, what production runs behind
   its proxy (compose); `gevent` for gunicorn facing clients directly.
3. wrk at BENCH_CONNECTIONS (50) for BENCH_SECONDS (10) per URL, after a short warm-up: requests
   per second, p50/p95/p99, the share of the bare view's throughput, the queries of an uncached
   request and the bytes sent compressed. Then "search (uncached)": one connection asking a query
   no request asked before each time (bench/search.lua), so the page cache never answers: what a
   search costs when it misses (p50 and p99). Then each form in FORMS under concurrent submission.
   Then the news alerts' fan-out: ALERT_SUBSCRIBERS (10,000) queued, sent to a local SMTP sink
   by two task workers, the home page measured meanwhile (`alert_fanout`). Every page request
   is a browser's (bench/report.lua), so each is counted as a page view (insight/), none held
   back by the rate check (INSIGHT_MOST_PER_MINUTE); `counting_cost` compares the cached home
   page counted and not counted (a program's user agent), in turns.
4. Prints a table; writes var/bench/<time>.json and var/bench/latest.json. Exits 0.
"""

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
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
FAQS = int(os.environ.get("BENCH_FAQS", "2000"))
REGISTRATIONS = int(os.environ.get("BENCH_REGISTRATIONS", "1000"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))
WORKER_CLASS = os.environ.get("BENCH_WORKER_CLASS", "sync")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "50"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
LANGUAGES = ("nl", "de", "en", "fr")

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


@dataclasses.dataclass
class FormBench:
    """A public form measured under concurrent submission: adding one is adding an entry."""

    name: str  # what is counted, e.g. "registrations"
    page: str  # the page that shows the form (for the visitor's CSRF cookie and token)
    action: str  # where the form posts
    fields: dict  # the submission; NNN is replaced by a value unique per submission
    count: str  # "app_label.Model": rows created are the successful submissions


def pages(demo_slug, desk_slug, topic_slug, static_url):
    return [
        ("home", "/nl/"),
        ("services overview", "/de/services/"),
        ("desk page", f"/en/services/{desk_slug}/"),
        ("topic page", f"/fr/topics/{topic_slug}/"),
        ("search", "/nl/search/?q=belasting+grensarbeider"),
        ("conference page", f"/nl/conferences/{demo_slug}/"),
        ("news list", "/de/news/"),
        ("news feed", "/fr/news/feed/"),
        ("static file", static_url),
        ("bare view", "/bench/bare/"),
    ]


def forms(demo_slug, desk_slug, slot_pk):
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
    os.environ.update(ENVIRONMENT)
    need("wrk", "install it with `apt-get install wrk` (make bench does)")
    recreate_database()
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    cache.clear()
    call_command("migrate", verbosity=0)
    call_command("seed_portal", "--demo", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    demo_slug, desk_slug, topic_slug, slot_pk = load_volume()
    from django.contrib.staticfiles.storage import staticfiles_storage

    # The extra FAQs were written without save signals: the search index learns them here.
    call_command("rebuild_search_index", verbosity=0)
    urls = pages(demo_slug, desk_slug, topic_slug, staticfiles_storage.url("css/portal.css"))
    machine = describe_machine()
    print(f"{machine['cpu']} ({machine['cores']} cores), PostgreSQL + Redis")
    print(f"gunicorn: {WORKERS} {WORKER_CLASS} workers")
    print(f"load average before the run: {machine['load_average_before']:.1f}")
    print(f"{FAQS} extra FAQs, {REGISTRATIONS} registrations, wrk {CONNECTIONS} connections")
    queries = {name: count_queries(url) for name, url in urls}
    server = start_gunicorn()
    try:
        results = []
        for name, url in urls:
            size = compressed_bytes(url)
            wrk(url, seconds=2)  # warm-up: connections, caches
            result = wrk(url, seconds=SECONDS)
            results.append({"page": name, "url": url, "queries": queries[name], "bytes": size})
            results[-1] |= result
        results.append(uncached_search())
        counting = counting_cost()
        bare = next(r for r in results if r["page"] == "bare view")["requests_per_second"]
        for result in results:
            result["share_of_bare"] = round(result["requests_per_second"] / bare, 2)
        submissions = [submit(form) for form in forms(demo_slug, desk_slug, slot_pk)]
        fanout = alert_fanout(topic_slug)
    finally:
        server.terminate()
        server.wait(timeout=30)
    machine["load_average_after"] = os.getloadavg()[0]
    print_table(results, submissions)
    print_fanout(fanout)
    print(
        f"page view counting: home {counting['counted_rps']:.0f} req/s counted, "
        f"{counting['not_counted_rps']:.0f} not counted: {counting['cost_percent']:.1f}% "
        f"(target at most 5%)"
    )
    print(f"load average after the run: {machine['load_average_after']:.1f}")
    write_json(machine, results, submissions, fanout, counting)


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
    return demo.slug, desk.slug, topics[0].slug, slot.pk


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


def start_gunicorn():
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [gunicorn, "portal.wsgi", "--bind", f"127.0.0.1:{PORT}", "--workers", str(WORKERS)],
        cwd=ROOT,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{BASE}/healthz", timeout=1)
            return server
        except OSError:
            if server.poll() is not None:
                sys.exit("gunicorn did not start")
            time.sleep(0.2)
    server.terminate()
    sys.exit("gunicorn did not answer /healthz")


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


def compressed_bytes(url):
    request = urllib.request.Request(BASE + url, headers={"Accept-Encoding": "br, gzip"})
    with urllib.request.urlopen(request) as response:
        return len(response.read())


def wrk(
    url, seconds, script="bench/report.lua", extra_env=None, connections=CONNECTIONS, threads=2
):
    # A 10-second timeout (wrk's default is 2): a slow answer is measured, not dropped.
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command += ["-s", script]
    command.append(BASE + url)
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


def print_table(results, submissions):
    print()
    print(
        f"{'page':18} {'req/s':>8} {'share':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'queries':>7} {'bytes':>7} {'errors':>6}"
    )
    for r in results:
        print(
            f"{r['page']:18} {r['requests_per_second']:8.0f} {r['share_of_bare']:6.2f} "
            f"{r['p50_ms']:7.1f} {r['p95_ms']:7.1f} {r['p99_ms']:7.1f} {r['queries']:7d} "
            f"{r['bytes']:7d} {r['errors']:6d}"
        )
    for s in submissions:
        print(
            f"{s['form']}: {s['created_per_second']:.0f}/s under {s['connections']} concurrent "
            f"submitters ({s['created']} written, p50 {s['p50_ms']:.1f} ms, "
            f"p99 {s['p99_ms']:.1f} ms)"
        )


def write_json(machine, results, submissions, fanout, counting):
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    data = {
        "time": stamp,
        "commit": commit,
        "machine": machine,
        "settings": {
            "workers": WORKERS,
            "worker_class": WORKER_CLASS,
            "connections": CONNECTIONS,
            "seconds": SECONDS,
            "faqs": FAQS,
            "registrations": REGISTRATIONS,
        },
        "pages": results,
        "forms": submissions,
        "news_alerts": fanout,
        "page_view_counting": counting,
    }
    folder = ROOT / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=2)
    (folder / f"{stamp}.json").write_text(text)
    (folder / "latest.json").write_text(text)
    print(f"\nwritten: var/bench/{stamp}.json")


if __name__ == "__main__":
    main()
