"""What a search returns: a unit, how well it matched, and the passage that matched."""

from __future__ import annotations

from dataclasses import dataclass

from corpus import Unit


@dataclass(frozen=True)
class Hit:
    unit: Unit
    score: float
    """Fused rank score (reciprocal rank fusion, plus a boost for a named paragraph)."""
    similarity: float
    """Cosine similarity of the question to the unit's best passage; 0 when not among the dense hits."""
    lexical: float
    """BM25 score of the unit's best passage."""
    passage: str
    """The part of the unit that matched best: the whole unit, or one sentence of a long one."""
    named: bool = False
    """The question names this unit's paragraph or resolution."""
