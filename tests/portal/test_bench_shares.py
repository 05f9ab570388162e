"""`make bench` measures the bare project in turns with the pages: each page's share is of the
bare project measured just before and just after it (bench/run.py's `shares`)."""

import pytest

from bench.run import shares


def measured(page, requests_per_second):
    """One wrk measurement as bench/run.py's `measure` returns it."""
    return {
        "page": page,
        "url": "/",
        "queries": 0,
        "bytes": 2,
        "requests_per_second": requests_per_second,
        "p50_ms": 1.0,
        "p95_ms": 2.0,
        "p99_ms": 4.0,
        "errors": 0,
        "requests": requests_per_second * 5,
        "seconds": 5.0,
    }


# The bare project drifting from 1,000 to 5,000 req/s over the pass: any other reference (the
# first measurement, the last, the pass's mean, a neighbour's) gives other shares.
BARE = [measured("bare project", rps) for rps in (1000, 3000, 5000)]
PAGES = [measured("home", 1000), measured("desk page", 2000)]


def test_each_page_share_is_of_the_bare_project_just_before_and_after_it():
    _, home, desk = shares(PAGES, BARE)
    assert (home["page"], home["bare_project_before"], home["bare_project_after"]) == (
        "home",
        1000,
        3000,
    )
    assert home["bare_project_requests_per_second"] == 2000
    assert home["share_of_bare_project"] == 0.5
    assert (desk["page"], desk["bare_project_before"], desk["bare_project_after"]) == (
        "desk page",
        3000,
        5000,
    )
    assert desk["bare_project_requests_per_second"] == 4000
    assert desk["share_of_bare_project"] == 0.5
    assert desk["requests_per_second"] == 2000  # the page's own figures kept


def test_the_bare_project_row_gives_its_mean_spread_and_every_measurement():
    bare = shares(PAGES, BARE)[0]
    assert bare["page"] == "bare project"
    assert bare["requests_per_second"] == 3000 and bare["share_of_bare_project"] == 1
    assert bare["bare_project_min_requests_per_second"] == 1000
    assert bare["bare_project_max_requests_per_second"] == 5000
    assert [m["requests_per_second"] for m in bare["bare_project_measurements"]] == [
        1000,
        3000,
        5000,
    ]
    assert (bare["requests"], bare["seconds"], bare["p99_ms"]) == (45_000, 15.0, 4.0)


def test_a_page_without_a_bare_measurement_after_it_is_refused():
    with pytest.raises(ValueError):
        shares(PAGES, BARE[:2])
