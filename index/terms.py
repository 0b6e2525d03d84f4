"""Which units hold which search terms, and how rare each term is in the index.

A question's rare words ("auctions", "Meridian Development Bank", "2031") say what it is about; a
unit that holds none of them does not answer it, however close its topic. Rarity is the BM25 idf
over units, so it is measured on the documents actually indexed, not on any one of them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from corpus import Unit
from corpus.glossary import defined_acronyms, expand
from index.lexical import tokenize


def unit_terms(unit: Unit) -> frozenset[str]:
    """The terms of a unit's text and of the names it goes by (label, section, document title)."""
    return frozenset(tokenize(expand(f"{unit.label} {unit.section} {unit.title} {unit.text}"), unit.lang))


def _named_by_acronyms(units: list[Unit]) -> dict[str, frozenset[str]]:
    """For each unit that writes an acronym another indexed text spelled out, the terms of that name: "the WSDI
    Forum" holds "World Summit on Digital Inclusion", as a unit holds what the glossary's acronyms stand for."""
    acronyms = defined_acronyms(u.text for u in units if u.lang == "en")
    if not acronyms:
        return {}
    written = re.compile(r"\b(" + "|".join(map(re.escape, acronyms)) + r")\b")
    out = {}
    for unit in units:
        found = dict.fromkeys(written.findall(f"{unit.label} {unit.section} {unit.title} {unit.text}"))
        if found:
            out[unit.id] = frozenset(tokenize(" ".join(acronyms[a] for a in found), unit.lang))
    return out


@dataclass(frozen=True)
class Terms:
    of_unit: dict[str, frozenset[str]]
    df: dict[str, int]
    units: int
    langs: frozenset[str]
    """The languages the indexed units are in: words of another language cannot be looked up."""

    @classmethod
    def from_units(cls, units: Iterable[Unit]) -> Terms:
        units = list(units)
        named = _named_by_acronyms(units)
        of_unit = {unit.id: unit_terms(unit) | named.get(unit.id, frozenset()) for unit in units}
        df: Counter[str] = Counter(term for terms in of_unit.values() for term in terms)
        return cls(of_unit=of_unit, df=dict(df), units=len(of_unit), langs=frozenset(u.lang for u in units))

    def idf(self, term: str) -> float:
        """BM25's idf: 0 for a term every unit holds, ~ln(N) for one that a single unit holds."""
        df = self.df.get(term, 0)
        return math.log(1 + (self.units - df + 0.5) / (df + 0.5))

    def known(self, term: str) -> bool:
        return term in self.df

    def telling(self, term: str) -> bool:
        """Whether at most half of the units hold ``term``: one that more of them hold says nothing of which
        one answers (its Robertson-Spärck Jones weight is below zero)."""
        return self.df.get(term, 0) <= self.units / 2
