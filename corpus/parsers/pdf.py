"""PDF -> blocks with pypdf: the text of each page (a table's rows a line each: ``pdf_tables``), then ``pages``
drops running headers and footers."""

from __future__ import annotations

import io

from corpus.blocks import Parsed, ParseError
from corpus.parsers.pages import page_blocks, page_lines
from corpus.parsers.pdf_tables import page_text

__all__ = ["page_lines", "parse"]


def _declared_title(reader) -> str:
    try:
        title = reader.metadata.title if reader.metadata else ""
    except Exception:  # noqa: BLE001 - a damaged info dictionary only means no declared title
        return ""
    return " ".join(str(title or "").split())


def parse(data: bytes, name: str = "document.pdf") -> Parsed:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ParseError(f"{name}: not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ParseError(f"{name}: the PDF is encrypted; save an unprotected copy")
        pages = [page_text(page) for page in reader.pages]
    except ParseError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise ParseError(f"{name}: not a readable PDF (damaged or truncated: {type(exc).__name__})") from None
    if not any(p.strip() for p in pages):
        raise ParseError(f"{name}: the PDF has no text layer (a scan?); run OCR first or add a text copy")
    return Parsed(tuple(page_blocks(pages)), _declared_title(reader))
