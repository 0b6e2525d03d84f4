"""Sectioned documents (the Action Line roadmaps): one unit per numbered section.

``roadmap-c5:2`` "Action Line C5 roadmap, section 2" holds everything under the heading
"2. …" up to the next numbered heading: sub-headings, list items and table rows as lines of its
text; the heading's title is its ``section``. What comes before section 1 (an opening note, a
title other than the document's own) is ``roadmap-c5:intro``.

A section heading is a heading, or, in a PDF or TXT that has no heading styles, a short numbered
line without a closing stop ("2. Lead facilitator and partners"); which of them open sections is
the running sequence of their numbers (``sequence``), so a numbered list item inside a section
does not open one. Without numbered headings, the headings are numbered in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.blocks import COMMAS, SENTENCE_DONE, Block
from corpus.segment.common import DATE, DocInfo, Numbering, Segmented, UnitWriter
from corpus.segment.sequence import Candidate, Sequence, running_sequence
from corpus.text import opens_like_a_title, word_count

SECTION = re.compile(r"^(?:section\s+)?(?P<num>\d{1,2})(?![.\d]*\d)(?:\s*[.:)–-])?\s+(?P<title>\S.*)$", re.IGNORECASE)
TITLE_WORDS = 12


@dataclass(frozen=True)
class Head:
    """A section heading: its number and title."""

    number: str
    title: str


def _title_like(text: str) -> bool:
    return (word_count(text) <= TITLE_WORDS and opens_like_a_title(text) and not SENTENCE_DONE.search(text)
            and not text.endswith(COMMAS))


def candidate(index: int, block: Block) -> Candidate | None:
    if block.note or block.wrap == "word" or DATE.match(block.text):
        return None
    match = SECTION.match(block.text)
    if not match or not (block.heading or _title_like(match["title"])):
        return None
    return Candidate(index, int(match["num"]), "heading" if block.heading else "line")


def _title(block: Block) -> str:
    """The title after a section number, of a block ``candidate`` took."""
    match = SECTION.match(block.text)
    assert match is not None, "a section candidate's block matches SECTION"
    return match["title"]


def numbered_sections(blocks: list[Block]) -> Sequence:
    return running_sequence([c for i, b in enumerate(blocks) if (c := candidate(i, b))])


def _section_heads(blocks: list[Block]) -> tuple[dict[int, Head], Sequence | None]:
    """Block index -> its section head; and the numbering, when the sections are numbered."""
    sequence = numbered_sections(blocks)
    if len(sequence.chain) >= 2:
        return {c.index: Head(str(c.number), _title(blocks[c.index])) for c in sequence.chain}, sequence
    headings = [i for i, b in enumerate(blocks) if b.heading]
    if not headings:
        return {}, None
    top = min(blocks[i].level or 99 for i in headings)
    # A heading straight above another (the document's title) opens no section.
    tops = [i for i in headings if (blocks[i].level or 99) == top and i + 1 < len(blocks) and not blocks[i + 1].heading]
    return {i: Head(str(n), blocks[i].text) for n, i in enumerate(tops, start=1)}, None


def section_count(blocks: list[Block]) -> int:
    return len(numbered_sections(blocks).chain)


def segment(blocks: list[Block], info: DocInfo) -> Segmented:
    heads, sequence = _section_heads(blocks)
    out = UnitWriter(info)
    first = min(heads, default=len(blocks))
    opening = [b for b in blocks[:first] if not info.is_title(b)]
    if opening:
        out.open("intro", f"{info.short}, introduction", "introduction")
        for block in opening:
            out.add(block)
    for i in range(first, len(blocks)):
        if i in heads:
            head = heads[i]
            out.open(head.number, f"{info.short}, section {head.number}", "section", section=head.title)
        else:
            out.add(blocks[i])
    return out.done([Numbering.of(sequence, "section ")] if sequence else [])
