"""Addresses as the mailer sends them (core.addresses): findings 4 and 9."""

import pytest

from core.addresses import UndeliverableAddress, normalise_email


@pytest.mark.parametrize(
    "typed, normalised",
    [
        ("ann@example.org", "ann@example.org"),
        ("  Ann@Example.ORG ", "Ann@example.org"),
        ('"ann"@example.org', "ann@example.org"),
        ("ann@bücher.de", "ann@xn--bcher-kva.de"),
        ("ann@BÜCHER.de", "ann@xn--bcher-kva.de"),
        ("ann@xn--bcher-kva.de", "ann@xn--bcher-kva.de"),
    ],
)
def test_one_mailbox_has_one_form(typed, normalised):
    assert normalise_email(typed) == normalised


@pytest.mark.parametrize(
    "typed",
    [
        "gı@example.org",  # dotless ı: Django's case-insensitive pattern lets it through
        "ännchen@example.org",  # would need SMTPUTF8
        "ann@exa\x01mple.org",
        "ann\u200b@example.org",  # zero-width space
        '"ann smith"@example.org',
        '"a@b"@example.org',
        "ann@-example-.org",
        "ann@",
        "annexample.org",
    ],
)
def test_addresses_the_mailer_cannot_send_to_are_refused(typed):
    with pytest.raises(UndeliverableAddress):
        normalise_email(typed)
