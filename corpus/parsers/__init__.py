"""File formats -> blocks. One module per format, each with ``parse(data: bytes) -> list[Block]``."""

from __future__ import annotations

from pathlib import Path

from corpus.blocks import Block, ParseError

FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".text": "txt"}


def format_of(name: str, data: bytes = b"") -> str:
    """The format a file name says, or what its first bytes say when the name says nothing."""
    suffix = Path(name).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    if suffix == ".doc":
        raise ParseError(f"{name}: the old binary Word format (.doc) is not supported; save it as .docx")
    head = data[:512].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if suffix in ("", ".aspx", ".asp", ".php") and data and _is_text(data):
        return "txt"
    raise ParseError(f"{name}: unknown format {suffix or '(no extension)'}; use HTML, PDF, DOCX or TXT")


def _is_text(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) * 0.01


def decode_text(data: bytes, name: str) -> str:
    if not _is_text(data):
        raise ParseError(f"{name}: binary data, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def parse(data: bytes, fmt: str, name: str = "document") -> list[Block]:
    """Blocks of a document; ParseError, naming the file, when it is not readable or holds no text."""
    from corpus.parsers import docx, html, pdf, txt

    parser = {"html": html.parse, "pdf": pdf.parse, "docx": docx.parse, "txt": txt.parse}.get(fmt)
    if parser is None:
        raise ParseError(f"{name}: unknown format {fmt!r}")
    blocks = parser(data, name)
    if not any(b.text.strip() for b in blocks):
        raise ParseError(f"{name}: no text found in this {fmt.upper()} file")
    return blocks
