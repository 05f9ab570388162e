"""The rate limit counts per client; behind trusted proxies the client is the address the
nearest proxy we trust saw, not whatever the client put first in X-Forwarded-For."""

import pytest

from core.ratelimit import allow, client_address, parse_rate


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no proxy trusted: the header is the client's to forge
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.66, 203.0.113.9", "203.0.113.9"),  # a forged first entry is ignored
        (2, "198.51.100.66, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (1, " 198.51.100.66 ,203.0.113.9 ", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.1"),  # fewer entries than proxies: not trusted
        (1, "", "10.0.0.1"),
    ],
)
def test_client_address_behind_trusted_proxies(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


@pytest.mark.django_db
def test_a_forged_first_forwarded_entry_does_not_escape_the_limit(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    results = [
        allow(
            rf.post(
                "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.9"
            ),
            "test",
            "2/h",
        )
        for n in range(4)
    ]
    assert results == [True, True, False, False]
    # Another client behind the same proxy has its own count.
    other = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert allow(other, "test", "2/h")


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("10/h", (10, 3600)), ("5/m", (5, 60)), ("100/d", (100, 86400)), ("3/10s", (3, 10))],
)
def test_parse_rate(rate, expected):
    assert parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["0", "", "off"])
def test_zero_or_off_means_no_limit(rate):
    assert parse_rate(rate) is None


@pytest.mark.parametrize("rate", ["10", "ten/h", "5/0m", "5/w"])
def test_bad_rates_are_refused(rate):
    with pytest.raises(ValueError):
        parse_rate(rate)
