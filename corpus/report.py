"""What reading a document found, for the operator who added it: units by kind, the numbers as
ranges, gaps, duplicates and numbers out of sequence, and any text that ended in no unit.

``wsis corpus add`` and ``fetch`` print it, and it is stored with the document (meta.json), so
``wsis corpus list --json`` shows it without reading the file again.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from corpus.blocks import Block
from corpus.segment import Segmented
from corpus.units import Unit

NUMBERED = ("paragraph", "clause", "section")
ALONE = {"preamble", "annex", "title", "introduction"}  # at most one of each, shown by name


def _words(text: str) -> list[str]:
    # NFKC: a footnote mark the segmenter raised ("information¹") is the "information1" the parser read
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())


def missing_words(blocks: list[Block] | tuple[Block, ...], units: list[Unit] | tuple[Unit, ...]) -> Counter[str]:
    """Words of the document that no unit holds in its text, its section (a heading, a keyword line),
    its number or its document's title. Empty when nothing is lost; a word held is counted once per
    unit holding it."""
    document = Counter(word for block in blocks for word in _words(block.text))
    held: Counter[str] = Counter(_words(units[0].title) if units else ())  # the document's title: every unit's
    for unit in units:
        held.update(_words(unit.text))
        held.update(_words(unit.locator.rsplit("-", 1)[-1]))
        held.update(_words(unit.section))
    return document - held


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass(frozen=True)
class Report:
    units: int
    kinds: dict[str, int] = field(default_factory=dict)  # units by kind, in reading order
    numbers: tuple[str, ...] = ()  # the numbers taken, as ranges: "§1–3", "resolves 1–3", "section 1–4"
    parts: tuple[str, ...] = ()  # resolution parts with text outside numbered clauses
    gaps: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    out_of_sequence: tuple[str, ...] = ()
    lost_words: int = 0  # words of the document in no unit: 0 unless a segmenter has a bug

    @classmethod
    def of(cls, segmented: Segmented, blocks: list[Block] | tuple[Block, ...]) -> Report:
        kinds = Counter(segmented.kinds)
        ordered = sorted(kinds, key=lambda k: (k not in NUMBERED, segmented.kinds.index(k)))
        numberings = segmented.numberings
        return cls(
            units=len(segmented.units),
            kinds={k: kinds[k] for k in ordered},
            numbers=tuple(r for n in numberings for r in n.ranges),
            parts=tuple(dict.fromkeys(u.section for u, k in zip(segmented.units, segmented.kinds, strict=True) if k == "part")),
            gaps=tuple(g for n in numberings for g in n.gaps),
            duplicates=tuple(d for n in numberings for d in n.duplicates),
            out_of_sequence=tuple(o for n in numberings for o in n.out_of_sequence),
            lost_words=sum(missing_words(blocks, segmented.units).values()),
        )

    def summary(self) -> str:
        """"10 units: 8 paragraphs (§1–3, §49–50, §95–97), preamble, annex"."""
        return f"{_plural(self.units, 'unit')}: {self.contents()}"

    def contents(self) -> str:
        """The units by kind, numbered ones as ranges: "8 paragraphs (§1–3, §49–50, §95–97), preamble, annex"."""
        shown = []
        for kind, n in self.kinds.items():
            if kind in NUMBERED:
                numbers = [r.removeprefix("section ") for r in self.numbers]
                shown.append(f"{_plural(n, kind)} ({', '.join(numbers)})" if numbers else _plural(n, kind))
            elif kind == "part":
                shown.append(f"{_plural(n, 'part')} without numbered clauses ({', '.join(self.parts)})")
            else:
                shown.append(kind if n == 1 and kind in ALONE else _plural(n, kind))
        return ", ".join(shown)

    def findings(self) -> list[str]:
        """What an operator should look at, one phrase each: gaps, duplicates, numbers out of sequence, lost text."""
        out = []
        if self.gaps:
            out.append(f"{'gap' if len(self.gaps) == 1 else 'gaps'}: {', '.join(self.gaps)}")
        out.extend(self.warnings())
        return out

    def warnings(self) -> list[str]:
        """The findings that mean the document may be read wrong (a gap is often just an excerpt)."""
        out = []
        if self.duplicates:
            out.append(f"{'duplicate' if len(self.duplicates) == 1 else 'duplicates'}: {', '.join(self.duplicates)}")
        if self.out_of_sequence:
            out.append(f"out of sequence: {', '.join(self.out_of_sequence)}")
        if self.lost_words:
            out.append(f"{_plural(self.lost_words, 'word')} of the document in no unit")
        return out

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {**{k: list(v) if isinstance(v, tuple) else v for k, v in data.items()},
                "summary": self.summary(), "findings": self.findings()}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Report | None:
        """The report stored in meta.json; None for a document stored before reports were kept."""
        if not data:
            return None
        fields = cls.__dataclass_fields__
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in fields}
        try:
            return cls(**values)
        except TypeError:
            return None
