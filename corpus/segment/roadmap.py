"""Sectioned documents (the Action Line roadmaps): one unit per numbered section.

``roadmap-c5:2`` "Action Line C5 roadmap, section 2" holds everything under the heading
"2. …" up to the next numbered heading, sub-headings and list items as lines of its text.
Without numbered headings, the headings are numbered in order.
"""

from __future__ import annotations

import re

from corpus.blocks import Block
from corpus.segment import DocInfo, unique
from corpus.units import Unit

SECTION = re.compile(r"^(?:section\s+)?(?P<num>\d{1,2})(?![.\d]*\d)(?:\s*[.:)–-])?\s+(?P<title>\S.*)$", re.IGNORECASE)


def _section_heads(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """Block index -> (section number, heading title)."""
    numbered = {i: (m["num"], m["title"]) for i, b in enumerate(blocks) if b.heading and (m := SECTION.match(b.text))}
    if len(numbered) >= 2:
        return numbered
    headings = [i for i, b in enumerate(blocks) if b.heading]
    if not headings:
        return {}
    top = min(blocks[i].level or 99 for i in headings)
    # A heading straight above another (the document's title) opens no section.
    tops = [i for i in headings if (blocks[i].level or 99) == top and i + 1 < len(blocks) and not blocks[i + 1].heading]
    return {i: (str(n), blocks[i].text) for n, i in enumerate(tops, start=1)}


def section_count(blocks: list[Block]) -> int:
    return len({i for i, b in enumerate(blocks) if b.heading and SECTION.match(b.text)})


def segment(blocks: list[Block], info: DocInfo) -> list[Unit]:
    heads = _section_heads(blocks)
    units: list[Unit] = []
    seen: set[str] = set()
    intro: list[str] = []
    current: list | None = None  # [number, title, lines]

    def flush() -> None:
        if current and current[2]:
            locator = unique(current[0], seen)
            units.append(info.unit(locator, f"{info.short}, section {locator}", "\n".join(current[2]), section=current[1]))

    for i, block in enumerate(blocks):
        if i in heads:
            flush()
            current = [heads[i][0], heads[i][1], []]
        elif current is not None:
            current[2].append(block.text)
        elif not block.heading:
            intro.append(block.text)
    flush()
    if sum(len(t.split()) for t in intro) >= 15:
        units.insert(0, info.unit(unique("intro", seen), f"{info.short}, introduction", "\n".join(intro)))
    return units
