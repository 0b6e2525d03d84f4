"""File formats -> blocks. One module per format, each with ``parse(data: bytes, name) -> Parsed``."""

from __future__ import annotations

from pathlib import Path

from corpus.blocks import Block, Parsed, ParseError
from corpus.parsers import docx, html, pdf, txt
from corpus.parsers.base import decode_text, is_text

__all__ = ["FORMATS", "decode_text", "format_of", "parse", "read_document"]

FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".text": "txt"}
PARSERS = {"html": html.parse, "pdf": pdf.parse, "docx": docx.parse, "txt": txt.parse}


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
    if suffix in ("", ".aspx", ".asp", ".php") and data and is_text(data):
        return "txt"
    raise ParseError(f"{name}: unknown format {suffix or '(no extension)'}; use HTML, PDF, DOCX or TXT")


def read_document(data: bytes, fmt: str, name: str = "document") -> Parsed:
    """Blocks and declared title of a document; ParseError, naming the file, when it is not readable or holds no text.

    The only door from a file's bytes into the corpus: whatever a parser or the library under it
    raises on bad input (lxml on a damaged DOCX part, pypdf on a broken stream, a parser's own
    slip) leaves here as one ParseError line, so `wsis corpus add` and `fetch` never show a traceback.
    """
    parser = PARSERS.get(fmt)
    if parser is None:
        raise ParseError(f"{name}: unknown format {fmt!r}")
    try:
        parsed = parser(data, name)
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - see the docstring: bad input of any kind is one line
        raise ParseError(f"{name}: not a readable {fmt.upper()} file ({type(exc).__name__})") from None
    if not any(b.text.strip() for b in parsed.blocks):
        raise ParseError(f"{name}: no text found in this {fmt.upper()} file")
    return parsed


def parse(data: bytes, fmt: str, name: str = "document") -> list[Block]:
    """The blocks of a document (``read_document`` without the title)."""
    return list(read_document(data, fmt, name).blocks)
