"""Plain text: blank lines and item markers end paragraphs; short unpunctuated lines are headings.

A form feed is a page break, as in text saved from a paged document: running headers, footers,
page numbers and footnotes are handled as in a PDF. Text copied out of a PDF has lost its form feeds
but kept its page numbers, each a line of its own ("143", "- 4 -"): where they run in sequence, a
page ends after each, and its running head is found as in a PDF (a text with neither is one page).
"""

from __future__ import annotations

import re

from corpus.blocks import Parsed, is_page_number
from corpus.parsers.base import decode_text
from corpus.parsers.pages import page_blocks


def parse(data: bytes, name: str = "document.txt") -> Parsed:
    return Parsed(tuple(page_blocks(pages(decode_text(data, name)), plain=True)))


def pages(text: str) -> list[str]:
    """The pages of ``text``: at its form feeds, or else after its page numbers."""
    if "\f" in text:
        return text.split("\f")
    lines = text.split("\n")
    ends = _page_number_lines(lines)
    if not ends:
        return [text]
    starts = [0, *(i + 1 for i in ends)]
    return ["\n".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


def _page_number_lines(lines: list[str]) -> list[int]:
    """The lines that are a page's number: alone between blank lines, and counting up by one from the first, at
    least two of them. One number alone is no proof of pages ("2" of a list set out a line each)."""
    alone = [i for i, line in enumerate(lines) if is_page_number(line)
             and (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())]
    numbered = [(i, int(re.search(r"\d+", lines[i])[0])) for i in alone]  # type: ignore[index]
    run: list[tuple[int, int]] = []
    for i, number in numbered:
        if run and number == run[-1][1] + 1:
            run.append((i, number))
        elif len(run) < 2:
            run = [(i, number)]
    return [i for i, _ in run] if len(run) >= 2 else []
