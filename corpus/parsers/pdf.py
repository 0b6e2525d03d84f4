"""PDF -> blocks with pypdf.

Text comes out of a PDF as lines of pages. Before they are joined into paragraphs, the running
header and footer (a line repeated at the top or bottom of most pages, page numbers aside) and
bare page numbers are dropped, and a word hyphenated at a line end is joined again.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from corpus.blocks import Block, ParseError, is_page_number, lines_to_blocks

EDGE_LINES = 2  # how many lines at the top and bottom of a page can be running header or footer


def _shape(line: str) -> str:
    """A line with its numbers masked: "Page 3 of 9" and "Page 4 of 9" are the same footer."""
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def page_lines(pages: list[str]) -> list[str]:
    """All pages' lines in order, without running headers, footers and page numbers."""
    split = [[line for line in page.splitlines() if line.strip()] for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        edges.update({_shape(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    repeated = {shape for shape, n in edges.items() if len(split) >= 2 and n >= max(2, len(split) * 0.5)}
    out: list[str] = []
    for lines in split:
        for i, line in enumerate(lines):
            at_edge = i < EDGE_LINES or i >= len(lines) - EDGE_LINES
            if at_edge and (_shape(line) in repeated or is_page_number(line)):
                continue
            out.append(line)
    return out


def parse(data: bytes, name: str = "document.pdf") -> list[Block]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ParseError(f"{name}: not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ParseError(f"{name}: the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ParseError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise ParseError(f"{name}: not a readable PDF (damaged or truncated: {type(exc).__name__})") from None
    if not any(p.strip() for p in pages):
        raise ParseError(f"{name}: the PDF has no text layer (a scan?); run OCR first or add a text copy")
    return lines_to_blocks(page_lines(pages))
