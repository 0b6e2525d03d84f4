"""What every parser produces: the document as headings and paragraphs, in reading order.

A parser knows a file format and nothing of layouts; a segmenter knows a layout (numbered
paragraphs, resolution clauses, roadmap sections) and nothing of file formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.text import clean


class CorpusError(Exception):
    """A document that cannot be stored, fetched or read; the message says which and why."""


class ParseError(CorpusError):
    """A file that is not what its name says, or holds no text."""


@dataclass(frozen=True)
class Block:
    text: str
    heading: bool = False
    level: int = 0


# A line that opens an item: "12.", "12)", "a)", "(b)", "iv.", "(ii)".
# ITU resolutions number clauses without a stop: "1 to continue ...".
MARKER = re.compile(
    r"^(?:\((?P<p>\d{1,3}|[a-z]|[ivxl]{1,5})\)|(?P<m>\d{1,3}|[a-z]|[ivxl]{1,5})[.)]|(?P<n>\d{1,3})(?=\s+[a-z]))\s+(?=\S)"
)


def marker(line: str) -> tuple[str, str] | None:
    """The item marker a line opens with and the rest: "c) Encouraging" -> ("c", "Encouraging")."""
    match = MARKER.match(line)
    if not match:
        return None
    return (match["p"] or match["m"] or match["n"]), line[match.end():]
# A line that continues the previous one's sentence rather than starting a new block.
_SENTENCE_DONE = re.compile(r"[.;:!?]['\"”’)]*$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one string: "infor-" + "mation" -> "information"."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if re.search(r"[A-Za-z]-$", text) and line[:1].islower():
            text = text[:-1] + line  # a word hyphenated across lines
        elif text:
            text = f"{text} {line}"
        else:
            text = line
    return clean(text)


def looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation that is not an item: "Financial mechanisms"."""
    line = line.strip()
    if not line or len(line.split()) > 14 or MARKER.match(line) or _SENTENCE_DONE.search(line) or line.endswith((",", "-")):
        return False
    return line[0].isupper() or bool(re.match(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|section\s+\d+)\s+\S", line, re.IGNORECASE))


def lines_to_blocks(lines: list[str]) -> list[Block]:
    """Hard-wrapped lines (PDF, TXT) -> paragraphs and headings.

    A block ends at a blank line and before a line that opens an item ("12.", "a)"). A line that
    is clearly shorter than the text's width, follows a finished sentence and has no closing
    punctuation stands alone: a heading, or a resolution's keyword line ("resolves"). A wrapped
    line inside a paragraph runs to the full width, so it is never taken for one.
    """
    widths = sorted(len(line.strip()) for line in lines if line.strip())
    width = widths[int(len(widths) * 0.9)] if widths else 0
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            text = join_lines(current)
            if text:
                blocks.append(Block(text))
            current.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            flush()
            continue
        previous = current[-1] if current else ""
        finished = not previous or bool(_SENTENCE_DONE.search(previous)) or previous.endswith(",")
        if (is_keyword_line(line) or looks_like_heading(line)) and len(line) < 0.75 * width and finished:
            flush()
            blocks.append(Block(clean(line), heading=not is_keyword_line(line)))
            continue
        if MARKER.match(line):
            flush()
        current.append(line)
    flush()
    return blocks


# The lower-case lines that open a part of an ITU resolution.
KEYWORD_LINE = re.compile(
    r"^(?:further\s+)?(?:recalling|considering|recognizing|recognising|noting|bearing in mind|having regard|"
    r"taking into account|emphasizing|emphasising|aware|convinced|mindful|reaffirming|acknowledging|welcoming|"
    r"observing|concerned|stressing|expressing|desiring|resolves|decides|instructs|invites|requests|encourages|"
    r"urges|calls upon|appeals|recommends|endorses|approves|affirms)\b[^.;:]*$"
)


def is_keyword_line(line: str) -> bool:
    line = line.strip()
    return len(line.split()) <= 14 and bool(KEYWORD_LINE.match(line))
