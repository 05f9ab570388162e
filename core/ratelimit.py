"""A per-client limit on form submissions, e.g. REGISTRATION_RATE_LIMIT = "10/h" (and, with
`allow_for`, a limit per anything else, e.g. reports about one page).

Counters live in the database (fixed windows), so the limit holds across several server
processes and needs no cache server; clients are identified by a keyed hash of their IP address
(an IPv6 client by its /64 network), never the address itself. Only valid submissions are
counted (the views check the form first).
"""

import datetime
import ipaddress
import re

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int] | None:
    """ "10/h" -> (10, 3600); "0", "" or "off" -> None (no limit)."""
    rate = (rate or "").strip().lower()
    if rate in {"", "0", "off", "none"}:
        return None
    match = re.fullmatch(r"(\d+)\s*/\s*(\d*)\s*([smhd])", rate)
    if not match:
        raise ValueError(f"Rate must look like 10/h, 5/m or 100/d, not {rate!r}")
    count, multiplier, unit = match.groups()
    period = int(multiplier or 1) * PERIODS[unit]
    if period == 0:
        raise ValueError(f"Rate must have a period longer than zero, not {rate!r}")
    return int(count), period


def client_address(request) -> str:
    """The client's IP address; behind TRUSTED_PROXY_COUNT proxies, from X-Forwarded-For."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [address for address in forwarded if address]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}", re.ASCII)


def client_key(address: str) -> str:
    """What the limit counts per: an IPv4 address, or an IPv6 client's /64 network (one
    subscriber's line usually gets a whole /64 and can pick any address in it)."""
    if IPV4.fullmatch(address):  # as ipaddress writes it: the common case, without parsing
        return address
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def lockout_address(request) -> str:
    """The client as the login lockout (django-axes) counts it: like client_key, but always an
    address (its field holds one), so an IPv6 client is the first address of its /64."""
    key = client_key(client_address(request))
    return key.partition("/")[0]


def allow(request, scope: str, rate: str, count: int = 1) -> bool:
    """Count one submission (or `count` of what the limit counts) of `scope` by this client;
    False once it is over the limit."""
    return allow_for(scope, client_key(client_address(request)), rate, count)


def allow_for(scope: str, subject: str, rate: str, count: int = 1) -> bool:
    """Count one submission (or `count`) of `scope` about `subject` (a client, a page: whatever
    the limit is per, kept only as a keyed hash); False once it is over the limit."""
    from core.models import RateLimitCounter  # not at import time: settings use parse_rate

    limit = parse_rate(rate)
    if limit is None:
        return True
    allowed, period = limit
    now = timezone.now()
    start = int(now.timestamp()) // period * period
    window_start = datetime.datetime.fromtimestamp(start, tz=datetime.UTC)
    subject = salted_hmac("core.ratelimit", subject, algorithm="sha256").hexdigest()[:32]
    key = f"{scope}:{subject}"
    with transaction.atomic():
        counter, _created = RateLimitCounter.objects.get_or_create(
            key=key, window_start=window_start
        )
        RateLimitCounter.objects.filter(pk=counter.pk).update(count=F("count") + count)
        counter.refresh_from_db(fields=["count"])
        # Old windows of this client, and anyone's older than two days, are of no use any more.
        RateLimitCounter.objects.filter(key=key, window_start__lt=window_start).delete()
        RateLimitCounter.objects.filter(window_start__lt=now - datetime.timedelta(days=2)).delete()
    return counter.count <= allowed
