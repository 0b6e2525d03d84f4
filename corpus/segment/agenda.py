"""Numbered-paragraph documents: one unit per paragraph, sub-items inside it, the Annex apart.

``tais:50`` "Tunis Agenda §50" holds "… by:\\na) …\\nc) …\\ni. …": one line per sub-item, so
``sub_item_label`` can name "§50(c)(i)" when the supporting sentence is in one.
"""

from __future__ import annotations

import re

from corpus.blocks import Block
from corpus.segment import DocInfo, unique
from corpus.units import Unit

PARAGRAPH = re.compile(r"^(?P<num>\d{1,3})(?:\.|\))?\s+(?P<rest>\S.*)$", re.DOTALL)
ANNEX = re.compile(r"^annex\b", re.IGNORECASE)
MAX_GAP = 10


def _numbered(blocks: list[Block]):
    """(block index, number, text) of each block that continues the paragraph numbering.

    A number further on than the last one by more than a few counts only when the next
    numbered block follows it (an excerpt: §1–3, then §49–50), not "100 countries …".
    """
    candidates = [(i, int(m["num"]), m["rest"]) for i, b in enumerate(blocks)
                  if not b.heading and (m := PARAGRAPH.match(b.text))]
    last = 0
    for k, (i, number, rest) in enumerate(candidates):
        following = candidates[k + 1][1] if k + 1 < len(candidates) else None
        if last < number and (number <= last + MAX_GAP or following == number + 1):
            last = number
            yield i, number, rest


def paragraph_count(blocks: list[Block]) -> int:
    return sum(1 for _ in _numbered(blocks))


def _is_annex(block: Block) -> bool:
    return bool(ANNEX.match(block.text)) and (block.heading or len(block.text.split()) <= 8)


def segment(blocks: list[Block], info: DocInfo) -> list[Unit]:
    starts = {i: (number, rest) for i, number, rest in _numbered(blocks)}
    units: list[Unit] = []
    seen: set[str] = set()
    section = ""
    preamble: list[str] = []
    current: tuple[int, list[str], str] | None = None
    annex: list[str] | None = None
    annex_title = ""

    def flush() -> None:
        nonlocal current
        if current:
            number, lines, where = current
            locator = unique(str(number), seen)
            units.append(info.unit(locator, f"{info.short} §{locator}", "\n".join(lines), section=where))
            current = None

    for i, block in enumerate(blocks):
        if annex is not None:
            annex.append(block.text)
        elif _is_annex(block):
            flush()
            annex, annex_title = [], block.text
        elif i in starts:
            flush()
            number, rest = starts[i]
            current = (number, [rest], section)
        elif block.heading:
            flush()
            section = block.text
        elif current:
            current[1].append(block.text)
        else:
            preamble.append(block.text)
    flush()
    if sum(len(t.split()) for t in preamble) >= 15:
        units.insert(0, info.unit("preamble", f"{info.short}, preamble", "\n".join(preamble)))
    if annex:
        units.append(info.unit(unique("annex", seen), f"{info.short}, Annex", "\n".join(annex), section=annex_title))
    return units
