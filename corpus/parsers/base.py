"""What the format parsers share: telling text from binary data, and decoding it."""

from __future__ import annotations

from corpus.blocks import ParseError


def is_text(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) * 0.01


def decode_text(data: bytes, name: str) -> str:
    if not is_text(data):
        raise ParseError(f"{name}: binary data, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
