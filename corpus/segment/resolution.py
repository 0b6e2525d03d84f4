"""ITU resolutions: a unit per clause of each part.

The layout: the title line "RESOLUTION 140 (REV. GUADALAJARA, 2010)", the subject, the enacting
line ("The Plenipotentiary Conference …,"), then parts each opened by a lower-case keyword line
("considering", "resolves", "instructs the Secretary-General") holding clauses numbered "1", "2"
or lettered "a)", "b)". ``pp-res-140:resolves-2`` is "Resolution 140 (Rev. Guadalajara, 2010),
resolves 2"; a part without numbered clauses is one unit, ``pp-res-140:noting``; the title line
is the ``section`` of ``pp-res-140:title``, which holds the subject and the enacting line.

In each part, the first marker sets the clauses' kind (numbers or letters) and the running
sequence of that kind (``sequence``) says which markers open clauses: "a)", "b)" inside
"resolves 2" stay in it, and a number out of sequence stays in the clause above and is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.blocks import Block, is_keyword_line, marker
from corpus.segment.common import DocInfo, Items, Numbering, Segmented, UnitWriter, ordinal, show, slug
from corpus.segment.sequence import Candidate, running_sequence

TITLE = re.compile(r"^RESOLUTION\s+(?P<num>\d{1,4})\b\s*(?P<where>\([^)]*\))?\s*(?P<rest>.*)$", re.IGNORECASE)
WHERE = re.compile(r"^\([^)]*\)$")


@dataclass(frozen=True)
class TitleBlock:
    """Where a resolution names itself: "Resolution 140 (Rev. Guadalajara, 2010)", from block ``first`` to ``last``."""

    name: str
    number: str
    first: int
    last: int
    heading: str  # the title line(s) as the document has them
    rest: str  # text after the title on its line


@dataclass(frozen=True)
class Part:
    """A keyword line ("resolves") and the blocks up to the next one."""

    keyword: str
    blocks: tuple[Block, ...]


def title_block(blocks: list[Block]) -> int | None:
    for i, block in enumerate(blocks[:10]):
        if TITLE.match(block.text):
            return i
    return None


def _title_case(where: str) -> str:
    """"(REV. GUADALAJARA, 2010)" -> "(Rev. Guadalajara, 2010)"; mixed case is kept as it is."""
    if where != where.upper():
        return where
    return re.sub(r"[A-Z][A-Z'.-]*", lambda m: m[0].capitalize(), where)


def find_title(blocks: list[Block]) -> TitleBlock | None:
    i = title_block(blocks)
    if i is None:
        return None
    match = TITLE.match(blocks[i].text)
    assert match is not None, "title_block found the block by TITLE"
    where, last = match["where"] or "", i
    heading = blocks[i].text[: len(blocks[i].text) - len(match["rest"])].strip()
    if not where and i + 1 < len(blocks) and WHERE.match(blocks[i + 1].text):
        where, last = blocks[i + 1].text, i + 1
        heading = f"{heading} {where}"
    name = f"Resolution {match['num']}" + (f" {_title_case(where)}" if where else "")
    return TitleBlock(name, match["num"], i, last, heading, match["rest"])


def _parts(blocks: list[Block]) -> tuple[list[Block], list[Part]]:
    """The blocks before the first keyword line, and each part."""
    opening: list[Block] = []
    parts: list[tuple[str, list[Block]]] = []
    for block in blocks:
        if is_keyword_line(block.text) and not block.note:
            parts.append((block.text.rstrip(":,;").strip(), []))
        elif parts:
            parts[-1][1].append(block)
        else:
            opening.append(block)
    return opening, [Part(keyword, tuple(body)) for keyword, body in parts]


def _clauses(part: Part) -> tuple[dict[int, tuple[str, str]], str, Numbering | None]:
    """Block index (in the part) -> (marker, text after it) of each clause start, the clauses' kind, and their numbering."""
    items = Items()
    kind = None
    candidates, found = [], {}
    for i, block in enumerate(part.blocks):
        hit = marker(block.text) if not (block.note or block.wrap == "word") else None
        if not hit:
            continue
        token_kind = items.kind(hit[0])
        if kind is None or token_kind == kind:
            kind = token_kind
            items.see(hit[0])
            candidates.append(Candidate(i, ordinal(hit[0], kind), kind))
            found[i] = hit
    if kind is None:
        return {}, "", None
    sequence = running_sequence(candidates, start_cost=False)
    starts = {c.index: found[c.index] for c in sequence.chain}
    return starts, kind, Numbering.of(sequence, f"{part.keyword} ", kind)


def segment(blocks: list[Block], info: DocInfo) -> Segmented:
    title = find_title(blocks)
    if title is None:
        return Segmented((), ())
    label_name = info.short or title.name
    out = UnitWriter(info, number=title.number)
    opening, parts = _parts(blocks[title.last + 1:])
    # The title unit: what precedes the title line (a running head, a symbol), the rest of its
    # line, then the subject (set over two centred lines, it is one) and the enacting line.
    out.open("title", f"{label_name}, title", "title", section=title.heading)
    for block in blocks[: title.first]:
        out.add(block)
    if title.rest:
        out.add(title.rest)
    previous_heading = False
    for block in opening:
        if block.heading and previous_heading and out.draft.lines:
            out.draft.lines[-1] += f" {block.text}"
        else:
            out.add(block)
        previous_heading = block.heading
    numberings = []
    for part in parts:
        starts, kind, numbering = _clauses(part)
        if numbering and numbering.numbers:
            numberings.append(numbering)
        opened = False
        for i, block in enumerate(part.blocks):
            if i in starts:
                token, rest = starts[i]
                shown_token = token if kind == "number" else show(ordinal(token, kind), kind)
                out.open(f"{slug(part.keyword)}-{token.lower()}", f"{label_name}, {part.keyword} {shown_token}",
                         "clause", section=part.keyword, text=rest)
            else:
                if not opened:  # text of the part before its first clause, or a part without clauses
                    out.open(slug(part.keyword), f"{label_name}, {part.keyword}", "part", section=part.keyword)
                out.add(block)
            opened = True
        if not opened:  # a keyword line with nothing under it
            out.open(slug(part.keyword), f"{label_name}, {part.keyword}", "part", section=part.keyword)
    return out.done(numberings)
