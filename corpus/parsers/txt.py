"""Plain text: blank lines and item markers end paragraphs; short unpunctuated lines are headings.

A form feed is a page break, as in text saved from a paged document: running headers, footers,
page numbers and footnotes are handled as in a PDF (a text without form feeds is one page).
"""

from __future__ import annotations

from corpus.blocks import Parsed
from corpus.parsers.base import decode_text
from corpus.parsers.pages import page_blocks


def parse(data: bytes, name: str = "document.txt") -> Parsed:
    return Parsed(tuple(page_blocks(decode_text(data, name).split("\f"), plain=True)))
