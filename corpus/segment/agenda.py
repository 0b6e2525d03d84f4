"""Numbered-paragraph documents: one unit per paragraph, sub-items inside it, the Annex apart.

``tais:50`` "Tunis Agenda §50" holds "… by:\\na) …\\nc) …\\ni. …": one line per sub-item, so
``sub_item_label`` can name "§50(c)(i)" when the supporting sentence is in one.

Which numbered lines open paragraphs is decided over the whole document (``sequence``): the
date under the symbol, a number wrapped to the start of a line, a list inside a paragraph are
not paragraphs. Nothing is dropped: the title block and anything before §1 is the preamble
(``tais:preamble``), headings are the ``section`` of the paragraphs under them, everything from
the Annex heading on is ``tais:annex``, and any other line stays in the paragraph above it. The
heading that is the document's title is every unit's ``title``, not preamble text: a unit that
holds nothing but the title would answer every question that names the document.
"""

from __future__ import annotations

import re

from corpus.blocks import Block
from corpus.segment.common import DATE, DocInfo, Numbering, Segmented, UnitWriter, is_title_block_line, title_heading
from corpus.segment.sequence import Candidate, Sequence, running_sequence
from corpus.text import word_count

# "12. We …", "12) We …", "(12) We …", "12 We …"; not "3.1 Capacity" (a sub-section) nor "2027 review" (four digits).
PARAGRAPH = re.compile(r"^(?:\((?P<bracketed>\d{1,3})\)|(?P<num>\d{1,3})(?P<punct>[.)])?)(?![.\d])\s+(?P<rest>\S.*)$", re.DOTALL)
# The Annex heading in the six languages, in capitals or with its letters spaced out ("A N N E X",
# "附 件"); Chinese may number it straight after the word ("附件一").
_ANNEX_WORDS = ("annexe", "annex", "anexo", "приложение", "المرفق", "مرفق", "الملحق", "ملحق", "附件")
_SPACED_OUT = "|".join(r"\s?".join(map(re.escape, word)) for word in _ANNEX_WORDS)
ANNEX = re.compile(rf"^(?:{_SPACED_OUT})(?:[一二三四五六七八九十]+)?(?![^\W\d_])", re.IGNORECASE)
STYLES = {".": "12.", ")": "12)", None: "12"}
COMMA_WRAP = 0.5  # a number opening a line after a full-width line ending in a comma: half as likely a start, and
                  # only in the document's own style ("…funding,\n2) skills" is a list inside a paragraph)


def candidate(index: int, block: Block) -> Candidate | None:
    """The paragraph number a block could open with, in its style; None when it cannot open a paragraph."""
    if block.heading or block.note or block.wrap == "word":
        return None
    match = PARAGRAPH.match(block.text)
    if not match or DATE.match(block.text):
        return None
    if match["bracketed"]:
        number, style = int(match["bracketed"]), "(12)"
    else:
        number, style = int(match["num"]), STYLES[match["punct"]]
    return Candidate(index, number, style, COMMA_WRAP if block.wrap == "," else 1.0, own_style_only=block.wrap == ",")


def _rest(block: Block) -> str:
    """The text after the paragraph number, of a block ``candidate`` took."""
    match = PARAGRAPH.match(block.text)
    assert match is not None, "a paragraph candidate's block matches PARAGRAPH"
    return match["rest"]


def _is_annex(block: Block) -> bool:
    return bool(ANNEX.match(block.text)) and (block.heading or word_count(block.text) <= 8)


def paragraphs(blocks: list[Block]) -> tuple[Sequence, int]:
    """The running sequence of paragraph numbers, and where the Annex starts (``len(blocks)`` without one).

    The Annex is the first annex heading after §1 (one in a table of contents above it is not),
    and numbers inside the Annex are its own.
    """
    candidates = [c for i, b in enumerate(blocks) if (c := candidate(i, b))]
    sequence = running_sequence(candidates)
    first = sequence.chain[0].index if sequence.chain else 0
    annex = next((i for i in range(first + 1, len(blocks)) if _is_annex(blocks[i])), len(blocks))
    if annex < len(blocks):
        sequence = running_sequence([c for c in candidates if c.index < annex])
    return sequence, annex


def paragraph_count(blocks: list[Block]) -> int:
    return len(paragraphs(blocks)[0].chain)


def segment(blocks: list[Block], info: DocInfo) -> Segmented:
    sequence, annex = paragraphs(blocks)
    starts = {c.index: c for c in sequence.chain}
    first = min(starts, default=annex)
    # Headings straight above §1 are its section. The title block (symbol, date, "Original: English")
    # and the document's title (its first heading that is not such a line) are the preamble, with
    # anything else before §1.
    lead = first
    while starts and lead > 0 and blocks[lead - 1].heading:
        lead -= 1
    if starts:
        title = title_heading(blocks, first, info.title)
        block_line = max((i for i in range(first) if is_title_block_line(blocks[i].text)), default=-1)
        lead = max(lead, title + 1, block_line + 1)
    out = UnitWriter(info)
    opening = [b for b in blocks[:lead] if not info.is_title(b)]
    if opening:
        out.open("preamble", info.part_label("preamble"), "preamble")
        for block in opening:
            out.add(block)
    headings = [b.text for b in blocks[lead:first]]
    section = ""
    for i in range(first, annex):
        block = blocks[i]
        if i in starts:
            if headings:
                section, headings = " — ".join(headings), []
            number = starts[i].number
            out.open(str(number), f"{info.short} §{number}", "paragraph", section, _rest(block))
        elif block.heading:
            headings.append(block.text)
        else:
            for heading in headings:  # a heading followed by unnumbered text: kept in its place
                out.add(heading)
            headings = []
            out.add(block)
    for heading in headings:  # headings after the last paragraph, with nothing under them
        out.add(heading)
    if annex < len(blocks):
        out.open("annex", info.part_label("annex"), "annex", section=blocks[annex].text)
        for block in blocks[annex + 1:]:
            out.add(block)
    return out.done([Numbering.of(sequence, "§")])
