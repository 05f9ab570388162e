"""Gzip bodies assembled from pieces compressed in advance, with a few fresh values in between:
how the page cache sends a stored form page with each visitor's own tokens without compressing
the whole page again (portal/pagecache.py).

Each piece is raw deflate data ending on a byte boundary with an empty window (a full flush), so
pieces one after another, then a final empty block, are one valid deflate stream in which no
piece refers back to another; the values between them are sent as stored (uncompressed) blocks:
a token shares no compression context with the page, and is not compressed at all (BREACH has
nothing to compare it with, and its length is its own). The gzip trailer's CRC-32 of the whole
page is combined from each piece's CRC and a table for its length (the linear algebra of zlib's
crc32_combine), so a response needs neither the page's text nor a pass over it."""

import gzip
import secrets
import struct
import zlib
from typing import NamedTuple

MASK = 0xFFFFFFFF
FINAL_BLOCK = zlib.compressobj(6, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)  # final and empty


class Piece(NamedTuple):
    deflated: bytes
    crc: int
    size: int
    shift: tuple[int, ...]  # CRC-32 advanced over `size` bytes: the image of each of 32 bits


def deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


def stored_blocks(data: bytes) -> bytes:
    """`data` as raw deflate stored blocks (at most 65,535 bytes each), from a byte boundary to a
    byte boundary: a header byte (not final, type 00), the length and its complement, the bytes."""
    return b"".join(
        struct.pack("<BHH", 0, len(chunk), len(chunk) ^ 0xFFFF) + chunk
        for chunk in (data[start : start + 0xFFFF] for start in range(0, len(data), 0xFFFF))
    )


def piece(data: bytes) -> Piece:
    zeros = bytes(len(data))
    # zlib.crc32(zeros, c) == ~A(~c), with A the linear step over len(data) zero bytes.
    shift = tuple(~zlib.crc32(zeros, ~(1 << bit) & MASK) & MASK for bit in range(32))
    return Piece(deflate(data), zlib.crc32(data), len(data), shift)


def _combine(crc: int, following: Piece) -> int:
    """CRC-32 of A + B from CRC-32 of A and B's piece (zlib's crc32_combine)."""
    shifted = 0
    for bit in range(32):
        if crc >> bit & 1:
            shifted ^= following.shift[bit]
    return shifted ^ following.crc


def assemble(pieces: list[Piece], values: list[bytes]) -> bytes:
    """The gzip body of pieces[0] + values[0] + pieces[1] + ... + pieces[-1], with a random file
    name in the header (as GZipMiddleware pads against BREACH: the length tells nothing)."""
    blocks, crc, size = [], 0, 0
    for index, kept in enumerate(pieces):
        if index:
            value = values[index - 1]
            blocks.append(stored_blocks(value))
            crc = zlib.crc32(value, crc)
            size += len(value)
        blocks.append(kept.deflated)
        crc = _combine(crc, kept)
        size += kept.size
    name = secrets.token_hex(secrets.randbelow(50) + 1).encode()
    header = b"\x1f\x8b\x08" + bytes([gzip.FNAME]) + bytes(4) + b"\x00\xff" + name + b"\x00"
    return header + b"".join(blocks) + FINAL_BLOCK + struct.pack("<II", crc, size & MASK)
