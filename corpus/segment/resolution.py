"""ITU resolutions: a unit per clause of each part.

The layout: the title line "RESOLUTION 140 (REV. GUADALAJARA, 2010)", the subject, the enacting
line ("The Plenipotentiary Conference …,"), then parts each opened by a lower-case keyword line
("considering", "resolves", "instructs the Secretary-General") holding clauses numbered "1", "2"
or lettered "a)", "b)". ``pp-res-140:resolves-2`` is "Resolution 140 (Rev. Guadalajara, 2010),
resolves 2"; a part without numbered clauses is one unit, ``pp-res-140:noting``.
"""

from __future__ import annotations

import re

from corpus.blocks import Block, is_keyword_line, marker
from corpus.segment import DocInfo, Items, slug, unique
from corpus.units import Unit

TITLE = re.compile(r"^RESOLUTION\s+(?P<num>\d{1,4})\b\s*(?P<where>\([^)]*\))?\s*(?P<rest>.*)$", re.IGNORECASE)
WHERE = re.compile(r"^\([^)]*\)$")


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


def resolution_name(blocks: list[Block]) -> tuple[str, str, int] | None:
    """("Resolution 140 (Rev. Guadalajara, 2010)", number, index of the last title block)."""
    i = title_block(blocks)
    if i is None:
        return None
    match = TITLE.match(blocks[i].text)
    where = match["where"] or ""
    last = i
    if not where and i + 1 < len(blocks) and WHERE.match(blocks[i + 1].text):
        where, last = blocks[i + 1].text, i + 1
    name = f"Resolution {match['num']}" + (f" {_title_case(where)}" if where else "")
    return name, match["num"], last


def segment(blocks: list[Block], info: DocInfo) -> list[Unit]:
    found = resolution_name(blocks)
    if found is None:
        return []
    name, number, last = found
    label_name = info.short if info.short and info.short != info.id else name
    opening: list[str] = []
    rest = TITLE.match(blocks[title_block(blocks)].text)["rest"]
    if rest:
        opening.append(rest)
    units: list[Unit] = []
    seen: set[str] = set()
    part = ""
    clause: list | None = None  # [locator, label, lines]
    clause_kind: str | None = None
    items = Items()
    opening_heading = False

    def flush() -> None:
        nonlocal clause
        if clause:
            locator = unique(clause[0], seen)
            units.append(info.unit(locator, clause[1], "\n".join(clause[2]), section=part, number=number))
        clause = None

    for block in blocks[last + 1:]:
        text = block.text
        if is_keyword_line(text):
            flush()
            part, clause_kind, items = text.rstrip(":,;").strip(), None, Items()
            continue
        if not part:
            if block.heading and opening and opening_heading:
                opening[-1] += f" {text}"  # a subject set over two centred lines
            else:
                opening.append(text)
            opening_heading = block.heading
            continue
        found_marker = marker(text)
        kind = items.kind(found_marker[0]) if found_marker else None
        if found_marker and (clause_kind is None or kind == clause_kind):
            clause_kind = kind
            items.see(found_marker[0])
            flush()
            token = found_marker[0].lower()
            shown = token if kind == "number" else f"{token})"
            clause = [f"{slug(part)}-{token}", f"{label_name}, {part} {shown}", [found_marker[1]]]
        elif clause is not None:
            clause[2].append(text)
        else:
            clause = [slug(part), f"{label_name}, {part}", [text]]
    flush()
    if opening:
        units.insert(0, info.unit(unique("title", seen), f"{label_name}, title", "\n".join(opening), number=number))
    return units
