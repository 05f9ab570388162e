"""portal/gzip_pieces.py: pieces compressed in advance plus fresh values make valid gzip."""

import gzip
import os

import pytest

from portal.gzip_pieces import assemble, piece


@pytest.mark.parametrize(
    "parts, values",
    [
        ([b"<p>only a page</p>"], []),
        ([b"<form>", b"</form>"], [b"token-1"]),
        ([b"", b"middle", b""], [b"a", b"b"]),  # values at the very start and end
        ([os.urandom(70_000), b"x" * 150_000, "é€".encode() * 999], [b"t" * 64, b"\x00"]),
        ([b"a", b"b", b"c"], [b"", os.urandom(140_000)]),  # empty, and longer than a stored block
    ],
)
def test_the_assembled_body_is_the_page_with_its_values(parts, values):
    body = assemble([piece(part) for part in parts], values)
    expected = parts[0] + b"".join(
        value + part for value, part in zip(values, parts[1:], strict=True)
    )
    assert gzip.decompress(body) == expected  # also checks the CRC-32 and the length


def test_each_response_gets_a_random_file_name_as_breach_padding():
    pieces = [piece(b"<form>" * 100), piece(b"</form>")]
    first, second = assemble(pieces, [b"token"]), assemble(pieces, [b"token"])
    assert first[3] & gzip.FNAME
    assert first != second
    assert gzip.decompress(first) == gzip.decompress(second)


def test_the_values_are_sent_as_they_are_not_compressed():
    pieces = [piece(b"<p>csrf=token-1</p>" * 50), piece(b"<p>end</p>")]
    value = b"token-1" * 20  # a compressor would shorten it, and refer back to the page
    body = assemble(pieces, [value])
    assert value in body
