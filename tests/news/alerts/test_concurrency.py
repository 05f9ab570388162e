"""Confirmations of one address at the same moment (two tabs, two mails' links, a scanner and the
person): one live subscription, and no error (on PostgreSQL no deadlock: the rows of the address
are locked in one statement, in one order)."""

import pytest

from news import rules
from news.models import Subscription
from tests.concurrency import at_once

pytestmark = pytest.mark.django_db(transaction=True)
REQUESTS = 4


@pytest.mark.parametrize("live_before", [False, True], ids=["new address", "known address"])
def test_confirming_one_address_at_once_leaves_one_live_subscription(live_before):
    if live_before:
        rules.confirm(token=rules.subscribe(email="anna@example.org", language="nl").token)
    pending = [
        rules.subscribe(email="anna@example.org", language=language)
        for language in ["nl", "de", "en", "fr"][:REQUESTS]
    ]
    errors = at_once(REQUESTS, lambda n: rules.confirm(token=pending[n].token))
    assert errors == []
    live = Subscription.objects.filter(status__in=["active", "paused"])
    assert live.count() == 1
    assert Subscription.objects.count() == 1  # the others merged into it
    assert live.get().email == "anna@example.org"
