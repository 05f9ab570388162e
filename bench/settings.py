"""`make bench` only: the production settings plus a URLconf with a view that does nothing (the
framework's ceiling on this machine). Never used in production: portal.urls has no such view."""

from portal.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
