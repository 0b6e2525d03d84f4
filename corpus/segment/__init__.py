"""Blocks -> citable units, one module per layout; and the sub-item a quote sits in.

``agenda``: numbered paragraphs (Tunis Agenda, Geneva Declaration, Tunis Commitment);
``resolution``: ITU resolutions, one unit per clause of each keyword part;
``roadmap``: documents in numbered sections.
``common`` holds what they share and ``sequence`` how a document's running numbering is found;
this module only dispatches, and names a document from its own text when the registry cannot.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.blocks import MARKER, SENTENCE_DONE, Block, Parsed, ParseError, is_keyword_line, is_page_number
from corpus.segment import agenda, resolution, roadmap
from corpus.segment.common import (
    DocInfo,
    Items,
    Numbering,
    Segmented,
    is_title_block_line,
    item_paths,
    slug,
    sub_item_label,
    title_heading,
    unique,
)
from corpus.text import word_count

__all__ = [
    "KINDS", "DocInfo", "Items", "Numbering", "Segmented", "detect_kind", "document_names", "item_paths", "segment",
    "short_name", "slug", "sub_item_label", "unique",
]

KINDS = ("agenda", "resolution", "roadmap")
SEGMENTERS = {"agenda": agenda.segment, "resolution": resolution.segment, "roadmap": roadmap.segment}
NUMBERED = {"agenda": "paragraph", "resolution": "clause", "roadmap": "section"}


def detect_kind(blocks: list[Block]) -> str | None:
    """The layout a document is in, from its text; None when it fits none."""
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


def segment(blocks: list[Block], kind: str, info: DocInfo) -> Segmented:
    split = SEGMENTERS.get(kind)
    if split is None:
        raise ParseError(f"{info.id}: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    segmented = split(list(blocks), info)
    if not segmented.units or (kind != "resolution" and NUMBERED[kind] not in segmented.kinds):
        raise ParseError(f"{info.id}: no {kind} units found (is it really a {kind}? pass --kind)")
    return replace(segmented, units=tuple(replace(unit, kind=kind) for unit in segmented.units))


# -- a document's names, from its own text --------------------------------------------------------

_ROADMAP = re.compile(r"\baction\s+line\s+(?P<line>[A-Z]\d{1,2})\b", re.I)
SHORT_WORDS = 10


def _plausible_title(text: str, line: bool = False) -> bool:
    """Could ``text`` be a title? ``line``: a line of body text, held to a title's shape (short, no closing stop)."""
    words = word_count(text)
    if line and (words > 15 or SENTENCE_DONE.search(text) or MARKER.match(text)):
        return False
    return (2 <= words <= 30 and sum(c.isalpha() for c in text) >= 6 and not is_title_block_line(text)
            and not is_page_number(text) and "|" not in text)


def short_name(title: str) -> str:
    """A label-sized name: "WSIS Action Line H4 Roadmap: Media" -> "Action Line H4 roadmap"; a subtitle after
    ":" or "—" goes, and so does a one-word prefix before one ("WSDI: Kerrowan Agenda" -> "Kerrowan Agenda")."""
    roadmap_line = _ROADMAP.search(title)
    if roadmap_line and "roadmap" in title.lower():
        return f"Action Line {roadmap_line['line'].upper()} roadmap"
    segments = [s.strip() for s in re.split(r"\s*(?::\s|\s—\s|\s–\s|\s-\s)", title) if s.strip()]
    short = next((s for s in segments if len(s.split()) >= 2), "")
    if title.isupper() and short:  # "MARENVIK DECLARATION AND AGENDA" as a label reads "Marenvik Declaration and Agenda"
        short = " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in short.split())
    words = short.split()
    return " ".join(words[:SHORT_WORDS]) + ("…" if len(words) > SHORT_WORDS else "") if words else title


_SMALL_WORDS = {"and", "for", "of", "the", "on", "in", "to", "a", "an", "de", "du", "des", "la", "le", "et", "y", "el"}


def document_names(parsed: Parsed, kind: str) -> tuple[str, str]:
    """(title, short name) a document gives itself, for one the registry does not list; ("", "") when it gives none.

    A resolution is named by its title line; anything else by the title its file declares (HTML
    <title>, DOCX or PDF properties), else its first heading, else its first lines that are not a
    symbol, a date or "Original: English".
    """
    blocks = list(parsed.blocks)
    if kind == "resolution":
        found = resolution.find_title(blocks)
        if found:
            return found.name, found.name
    head = blocks[:15]
    title_at = title_heading(head, len(head), parsed.title)
    choices = [parsed.title, head[title_at].text if title_at >= 0 else "", *(b.text for b in head if b.heading)]
    title = next((" ".join(c.split()) for c in choices if c and _plausible_title(c)), "")
    title = title or next((b.text for b in head if not b.heading and not b.note and _plausible_title(b.text, line=True)), "")
    if kind == "roadmap" and not _ROADMAP.search(title):
        title = next((" ".join(b.text.split()) for b in head if _ROADMAP.search(b.text) and "roadmap" in b.text.lower()), title)
    return title, short_name(title) if title else ""
