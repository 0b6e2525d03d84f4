"""Plain text: blank lines and item markers end paragraphs; short unpunctuated lines are headings."""

from __future__ import annotations

from corpus.blocks import Block, lines_to_blocks
from corpus.parsers import decode_text


def parse(data: bytes, name: str = "document.txt") -> list[Block]:
    return lines_to_blocks(decode_text(data, name).splitlines())
