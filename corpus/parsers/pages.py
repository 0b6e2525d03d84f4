"""Paged text (PDF pages, a TXT file with form feeds) -> the document's lines and footnotes.

Before a page's lines are joined into paragraphs, the running header and footer (a line repeated
at the top or bottom of pages, page numbers masked; on a page where it alternates, a first or last
line that carries its number) and bare page numbers are dropped, and the
footnotes at the foot of a page are set apart, so a paragraph that runs over a page break is one
paragraph again and its footnotes follow it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from corpus.blocks import MARKER, SENTENCE_DONE, Block, is_keyword_line, is_page_number, lines_to_blocks

EDGE_LINES = 2  # how many lines at the top and bottom of a page can be running header or footer
REPEATED = 0.3  # a header is at the edge of at least this share of pages (odd and even pages may differ)
NOTE_LINES = 10  # how many lines at the foot of a page can be footnotes
# A footnote opens with its mark, then a capital: "1 See Resolution 71", "2The Council", "* Revised".
_NOTE_START = re.compile(r"^(?P<mark>\d{1,2}|\*{1,3}|†)\s*(?=[A-Z(\"“'])")


@dataclass(frozen=True)
class Page:
    body: tuple[str, ...]
    notes: tuple[str, ...] = ()


def _shape(line: str) -> str:
    """A line with its numbers masked: "Page 3 of 9" and "Page 4 of 9" are the same footer."""
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _footnotes(lines: list[str]) -> tuple[list[str], list[str]]:
    """(body, footnotes) of a page: footnotes are the last lines, from one that opens with a mark the body uses.

    The mark must sit on a word or its punctuation in the body ("society1", "2010),2"): a line that
    merely opens with a number ("2 to continue …", "12. We note") is body text.
    """
    for start in range(max(1, len(lines) - NOTE_LINES), len(lines)):
        found = _NOTE_START.match(lines[start].strip())
        if not found:
            continue
        body = "\n".join(lines[:start])
        if re.search(rf"[a-z)\]][.,;:]?{re.escape(found['mark'])}(?![\d)\w/])", body):
            return lines[:start], lines[start:]
    return lines, []


def _trim(lines: list[str]) -> list[str]:
    """Without leading and trailing blank lines."""
    start = next((i for i, line in enumerate(lines) if line), len(lines))
    end = next((i for i in range(len(lines), 0, -1) if lines[i - 1]), 0)
    return lines[start:end]


def _numbers(line: str) -> set[str]:
    return set(re.findall(r"\d{2,}", line))


def _running(split: list[list[str]], filled: list[list[int]], repeated: set[str], end: int) -> set[str]:
    """The numbers in the running header (``end`` 0) or footer (-1) found on most pages: "999" of "Res. 999".

    ``split``: each page's lines; ``filled``: the positions of each page's non-blank lines, a list per page.
    """
    found = [lines[where[end]] for lines, where in zip(split, filled, strict=True)
             if where and _shape(lines[where[end]]) in repeated]
    if len(found) < 2:
        return set()
    return set.intersection(*(_numbers(line) for line in found))


def _alternate(line: str, numbers: set[str]) -> bool:
    """The other running head of a document whose odd and even pages differ ("PP-31 - Resolution 999"):
    the first or last line of a page, not a sentence nor an item, sharing the running head's number."""
    text = line.strip()
    return (bool(numbers & _numbers(text)) and len(text.split()) <= 12 and not SENTENCE_DONE.search(text)
            and not MARKER.match(text) and not is_keyword_line(text))


def split_pages(pages: list[str], blank_lines: bool = False) -> list[Page]:
    """Each page's body lines and footnotes, without running headers, footers and page numbers.

    ``blank_lines``: keep the blank lines inside a page (they end paragraphs in plain text; a PDF's
    text layer has none worth keeping). A page's leading and trailing blank lines always go, so a
    paragraph runs on over a page break.
    """
    # Lines keep their indentation: in plain text it tells a centred title from a wrapped line.
    split = [[line.rstrip() for line in page.splitlines() if blank_lines or line.strip()] for page in pages]
    filled = [[i for i, line in enumerate(lines) if line] for lines in split]
    edges: Counter[str] = Counter()
    for lines, where in zip(split, filled, strict=True):
        edges.update({_shape(lines[i]) for i in where[:EDGE_LINES] + where[-EDGE_LINES:]
                      if not is_keyword_line(lines[i].strip()) and not MARKER.match(lines[i].strip())})
    repeated = {shape for shape, n in edges.items() if len(split) >= 2 and n >= max(2, len(split) * REPEATED)}
    running = {0: _running(split, filled, repeated, 0), -1: _running(split, filled, repeated, -1)}
    out = []
    for page, (lines, where) in enumerate(zip(split, filled, strict=True)):
        edge = set(where[:EDGE_LINES] + where[-EDGE_LINES:])
        drop = {i for i in edge if _shape(lines[i]) in repeated or is_page_number(lines[i])}
        for end, numbers in running.items():
            # The document's first line is its title ("RESOLUTION 27 (VESSORIA, 2033)"), not a head run from a page before
            if where and numbers and _alternate(lines[where[end]], numbers) and (page, end) != (0, 0):
                drop.add(where[end])
        kept = [line for i, line in enumerate(lines) if i not in drop]
        body, notes = _footnotes(_trim(kept))
        out.append(Page(tuple(_trim(body)), tuple(notes)))
    return out


def page_lines(pages: list[str]) -> list[str]:
    """All pages' lines in order, without running headers, footers and page numbers; footnotes at their page's end."""
    return [line for page in split_pages(pages) for line in (*page.body, *page.notes)]


def page_blocks(pages: list[str], plain: bool = False) -> list[Block]:
    """Paragraphs and headings of paged text; a page's footnotes after the paragraph running at its end.

    ``plain``: plain text, whose blank lines and spacing were typed (``lines_to_blocks``).
    """
    lines: list[str] = []
    notes: dict[int, list[str]] = {}
    for page in split_pages(pages, blank_lines=plain):
        if not page.body and not lines:
            lines.extend(page.notes)  # nothing yet for a note to follow: it is text like any other
            continue
        lines.extend(page.body)
        if page.notes:
            notes.setdefault(len(lines) - 1, []).extend(page.notes)
    return lines_to_blocks(lines, notes, plain=plain)
