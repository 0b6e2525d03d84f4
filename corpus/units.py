"""The citable unit: the piece of an official text that an answer points to."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Unit:
    """One paragraph, clause, section or page item, with a stable id ``<doc>:<locator>``.

    ``refs`` are ids of what the unit talks about (``tais:96`` for the page's bullet on §96,
    or a whole document such as ``pp-res-140``), so a question naming a paragraph finds it.
    """

    doc: str
    locator: str
    label: str
    text: str
    url: str = ""
    title: str = ""
    refs: tuple[str, ...] = ()
    section: str = ""
    body: str = ""
    year: int | None = None
    number: str = ""
    lang: str = "en"
    """The language of ``text`` (one of the six UN languages, ISO 639-1): a question prefers units in its own."""
    kind: str = ""
    """The layout of the document it comes from: page, agenda, resolution or roadmap."""
    names: tuple[str, ...] = ()
    """Other names its document goes by, as its operator gave them (``wsis corpus add --name``): its
    title in another UN language ("马伦维克议程"), a short name a delegation uses."""
    sentences: tuple[str, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.locator}"

    @property
    def heading(self) -> str:
        """The heading it stands under, the last of its section's path ("Risks and mitigation")."""
        return self.section.split(" — ")[-1] if self.section else ""

    @property
    def content_hash(self) -> str:
        """Changes when anything that is embedded or shown changes, so a rebuild re-embeds it."""
        payload = "\x1f".join([self.label, self.section, self.text])
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


MAX_UNIT_CHARS = 20_000
"""The longest unit kept whole. The longest paragraph of the WSIS texts is ~4,000 characters; a
longer "unit" is a file whose numbering the segmenter could not see (a 19 KB DOCX once expanded to
one 3.4 MB paragraph), and one unit that size is a quote no one can check and a load on the index."""
PART_MARK = "~"
"""``tais:96~2``: the second part of §96. ``Ref`` for "paragraph 96" finds every part."""


def bounded(unit: Unit, limit: int = MAX_UNIT_CHARS) -> list[Unit]:
    """``unit`` as parts of at most ``limit`` characters, cut between lines, else between sentences,
    else between words. The first part keeps the unit's id; every part keeps its label, "(part n of N)"."""
    if len(unit.text) <= limit:
        return [unit]
    pieces: list[str] = []
    current = ""
    for piece in _pieces(unit.text, limit):
        joined = f"{current}{piece}" if current else piece.lstrip()
        if current and len(joined) > limit:
            pieces.append(current.rstrip())
            current = piece.lstrip()
        else:
            current = joined
    if current.strip():
        pieces.append(current.rstrip())
    total = len(pieces)
    return [
        replace(unit, locator=unit.locator if n == 1 else f"{unit.locator}{PART_MARK}{n}",
                label=f"{unit.label} (part {n} of {total})", text=text)
        for n, text in enumerate(pieces, start=1)
    ]


def _pieces(text: str, limit: int) -> list[str]:
    """The text in pieces no longer than ``limit``, each with the separator that ended it."""
    out: list[str] = []
    for line in re.split(r"(?<=\n)", text):
        if len(line) <= limit:
            out.append(line)
            continue
        for sentence in re.split(r"(?<=[.;!?。；！？])\s+", line):
            while len(sentence) > limit:  # no sentence end: cut at the last space before the limit
                cut = sentence.rfind(" ", 0, limit) if " " in sentence[:limit] else limit
                out.append(sentence[:cut] + " ")
                sentence = sentence[cut:].lstrip()
            out.append(sentence + " ")
    return out
