"""Blocks -> citable units, one module per layout; and the sub-item a quote sits in.

``agenda``: numbered paragraphs (Tunis Agenda, Geneva Declaration, Tunis Commitment);
``resolution``: ITU resolutions, one unit per clause of each keyword part;
``roadmap``: documents in numbered sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.blocks import Block, ParseError, is_keyword_line, marker
from corpus.refs import find_refs, ref_ids
from corpus.units import Unit

KINDS = ("agenda", "resolution", "roadmap")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}


@dataclass(frozen=True)
class DocInfo:
    """What a unit says about the document it comes from."""

    id: str
    short: str
    title: str = ""
    url: str = ""
    body: str = ""
    year: int | None = None
    number: str = ""

    def unit(self, locator: str, label: str, text: str, section: str = "", **extra) -> Unit:
        refs = tuple(r for r in ref_ids(find_refs(text), default_doc=self.id) if r != f"{self.id}:{locator}")
        return Unit(
            doc=self.id, locator=locator, label=label, text=text, url=self.url, title=self.title,
            refs=refs, section=section, body=self.body, year=self.year, **extra,
        )


class Items:
    """Tells letters from roman numerals as items go by: "h)" then "i)" is a letter, "c)" then "i." a numeral."""

    def __init__(self) -> None:
        self.letter: str | None = None
        self.roman: str | None = None

    def kind(self, token: str) -> str:
        token = token.lower()
        if token.isdigit():
            return "number"
        if token in ROMAN and (len(token) > 1 or self._roman_next(token)):
            return "roman"
        return "letter"

    def _roman_next(self, token: str) -> bool:
        if token == "i":
            return self.letter != "h"
        previous = ROMAN.get(self.roman or "", 0)
        expected_letter = chr(ord(self.letter) + 1) if self.letter else "a"
        return previous + 1 == ROMAN[token] and token != expected_letter

    def see(self, token: str) -> tuple[str, ...]:
        """The path of an item opened with ``token``: ("c",) or ("c", "ii")."""
        token = token.lower()
        kind = self.kind(token)
        if kind == "letter":
            self.letter, self.roman = token, None
            return (token,)
        if kind == "roman":
            self.roman = token
            return (self.letter, token) if self.letter else (token,)
        return ()


def item_paths(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, path) of each line of a unit's text; a line without a marker stays in the item above."""
    items = Items()
    out = []
    path: tuple[str, ...] = ()
    offset = 0
    for line in text.split("\n"):
        found = marker(line)
        if found and not found[0].isdigit():
            path = items.see(found[0])
        out.append((offset, offset + len(line), path))
        offset += len(line) + 1
    return out


def sub_item_label(unit: Unit, quote: str) -> str:
    """The unit's label narrowed to the sub-item holding ``quote``: "Tunis Agenda §50" -> "Tunis Agenda §50(c)(ii)".

    The whole unit's label when the quote is in the paragraph's opening, spans several items, or
    is not in the unit at all.
    """
    start = unit.text.find(quote.strip()) if quote.strip() else -1
    if start < 0 or "\n" not in unit.text:
        return unit.label
    end = start + len(quote.strip())
    paths = [path for a, b, path in item_paths(unit.text) if a < end and b > start]
    if not paths or not paths[0]:
        return unit.label
    common = paths[0]
    for path in paths[1:]:
        n = 0
        while n < min(len(common), len(path)) and common[n] == path[n]:
            n += 1
        common = common[:n]
    return unit.label + "".join(f"({p})" for p in common) if common else unit.label


def unique(locator: str, seen: set[str]) -> str:
    candidate, n = locator, 2
    while candidate in seen:
        candidate, n = f"{locator}-{n}", n + 1
    seen.add(candidate)
    return candidate


def detect_kind(blocks: list[Block]) -> str | None:
    """The layout a document is in, from its text; None when it fits none."""
    from corpus.segment import agenda, resolution, roadmap

    head = " ".join(b.text for b in blocks[:6]).lower()
    if resolution.title_block(blocks) is not None and any(is_keyword_line(b.text) for b in blocks):
        return "resolution"
    if "roadmap" in head and roadmap.section_count(blocks) >= 2:
        return "roadmap"
    if agenda.paragraph_count(blocks) >= 3:
        return "agenda"
    if roadmap.section_count(blocks) >= 2:
        return "roadmap"
    return None


def segment(blocks: list[Block], kind: str, info: DocInfo) -> list[Unit]:
    from corpus.segment import agenda, resolution, roadmap

    split = {"agenda": agenda.segment, "resolution": resolution.segment, "roadmap": roadmap.segment}.get(kind)
    if split is None:
        raise ParseError(f"{info.id}: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    units = [replace(unit, kind=kind) for unit in split(blocks, info)]
    if not units:
        raise ParseError(f"{info.id}: no {kind} units found (is it really a {kind}? pass --kind)")
    return units


def strip_marker(text: str) -> str:
    found = marker(text)
    return found[1] if found else text


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
