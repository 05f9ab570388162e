"""`make bench`: response time and query count of every public page type, at real volume.

Builds a fresh database (a temporary SQLite file, or a test database on DATABASE_URL's server),
loads the seed content plus BENCH_FAQS extra FAQs (default 5,000), then requests each page
BENCH_ROUNDS times (default 30) through Django's full middleware stack and reports the median and
95th percentile in milliseconds and the number of queries. Prints a table; exits 0.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

FAQS = int(os.environ.get("BENCH_FAQS", "5000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
PAGES = [
    "/nl/",
    "/de/services/",
    "/en/services/grensinfopunt/",
    "/fr/services/expat-centre/",
    "/nl/topics/",
    "/de/topics/tax/",
    "/en/about/",
    "/fr/privacy/",
    "/nl/search/?q=belasting",
    "/de/search/?q=Steuern+Grenzgänger",
    "/en/search/?q=fast+track+BSN",
    "/nl/search/?q=belasting&page=3",
    "/en/my-situation/?lives_in=BE&works_in=NL&role=employee",
    "/healthz",
]


def main():
    import django

    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from services.models import FAQ, ServiceDesk, Topic

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        call_command("seed_portal", verbosity=0)
        desks, topics = list(ServiceDesk.objects.all()), list(Topic.objects.all())
        FAQ.objects.bulk_create(
            FAQ(
                desk=desks[i % len(desks)],
                topic=topics[i % len(topics)],
                question_nl=f"Benchmarkvraag {i}?",
                answer_nl=f"Antwoord {i} met **opmaak** en een [link](https://example.org).",
                order=1000 + i,
            )
            for i in range(FAQS)
        )
        client = Client()
        print(f"{FAQS + 45} FAQs, {ROUNDS} requests a page, {connection.vendor}")
        print(f"{'page':34} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'KiB':>6}")
        for url in PAGES:
            timings = []
            for _ in range(ROUNDS):
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            p95 = statistics.quantiles(timings, n=20)[-1]
            print(
                f"{url:34} {statistics.median(timings):10.1f} {p95:8.1f} "
                f"{len(queries.captured_queries):8d} {len(response.content) / 1024:6.0f}"
            )
        if connection.vendor == "postgresql":
            explain_search(connection)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def explain_search(connection):
    """Which plan PostgreSQL picks for the FAQ search at this volume (indexes or a scan)."""
    from django.contrib.auth.models import AnonymousUser

    from portal.search import SEARCHABLES, _postgres_matches
    from services.models import FAQ

    visible = FAQ.objects.visible_to(AnonymousUser())
    queryset = _postgres_matches(SEARCHABLES[0], visible, "belasting", "nl")
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("EXPLAIN ANALYZE " + sql, params)
        plan = [row[0] for row in cursor.fetchall()]
    scans = [line.strip() for line in plan if "Scan" in line]
    print("FAQ search plan:", "; ".join(scans))
    print(plan[-1].strip())


if __name__ == "__main__":
    main()
