"""Metric functions: pure, on plain ids and strings, so each is checked on hand-made cases.

Per question:
- retrieval: :func:`recall_at_k` and :func:`reciprocal_rank` of the expected units among the
  units ``Assistant.search`` ranks for the question;
- citations (ALCE-style): :func:`citation_recall` (expected units the answer cites) and
  :func:`citation_precision` (cited units that are expected or hold an expected fact);
  :func:`invented_citations` (cited ids that are no unit of the index: must be none);
- answer: :func:`fact_coverage` (expected facts the answer or its quotes state).

Over a set of questions: :func:`mean` (questions a metric does not apply to are left out, never
counted as 0 or 1) and :func:`percentile` for latencies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence


def normalize(text: str) -> str:
    """Case, runs of whitespace and typographic quotes do not decide whether a fact is stated."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.casefold().split())


def contains_fact(text: str, fact: str) -> bool:
    return normalize(fact) in normalize(text)


def recall_at_k(expected: Iterable[str], retrieved: Sequence[str], k: int) -> float | None:
    """Share of the expected units among the first k retrieved; None when nothing is expected."""
    expected = set(expected)
    if not expected:
        return None
    return len(expected & set(retrieved[:k])) / len(expected)


def reciprocal_rank(expected: Iterable[str], retrieved: Sequence[str], k: int | None = None) -> float | None:
    """1/rank of the first expected unit among the retrieved (the first k), 0 when none is there."""
    expected = set(expected)
    if not expected:
        return None
    for rank, unit_id in enumerate(retrieved[:k] if k else retrieved, 1):
        if unit_id in expected:
            return 1.0 / rank
    return 0.0


def citation_recall(expected: Iterable[str], cited: Iterable[str]) -> float | None:
    """Share of the expected units that the answer cites; None when nothing is expected."""
    expected = set(expected)
    if not expected:
        return None
    return len(expected & set(cited)) / len(expected)


def citation_precision(expected: Iterable[str], citations: Sequence[tuple[str, str]], facts: Iterable[str]) -> float | None:
    """Share of the cited units that are expected or whose text holds an expected fact.

    ``citations`` are (unit id, unit text) pairs, one per cited unit. None when nothing is cited:
    an answer without citations has no precision (its recall and coverage say what is wrong).
    """
    if not citations:
        return None
    expected, facts = set(expected), list(facts)
    relevant = sum(
        1 for unit_id, text in citations
        if unit_id in expected or any(contains_fact(text, fact) for fact in facts)
    )
    return relevant / len(citations)


def invented_citations(cited: Iterable[str], known: Iterable[str]) -> list[str]:
    """Cited ids that are no unit of the index, in citation order."""
    known = set(known)
    return [unit_id for unit_id in dict.fromkeys(cited) if unit_id not in known]


def missing_facts(facts: Iterable[str], answer: str, quotes: Iterable[str] = ()) -> list[str]:
    """The expected facts that neither the answer nor its cited quotes state."""
    said = " \n ".join([answer, *quotes])
    return [fact for fact in facts if not contains_fact(said, fact)]


def fact_coverage(facts: Sequence[str], answer: str, quotes: Iterable[str] = ()) -> float | None:
    """Share of the expected facts stated in the answer or its quotes; None when none is expected."""
    if not facts:
        return None
    return 1 - len(missing_facts(facts, answer, quotes)) / len(facts)


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the values a metric has; None when it applies to none of them."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def percentile(values: Iterable[float], p: float) -> float | None:
    """The p-th percentile (0-100) by linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return None
    if not 0 <= p <= 100:
        raise ValueError("p is a percentage between 0 and 100")
    position = (len(ordered) - 1) * p / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# -- the metrics a run reports, and which way is better ---------------------------------------
HIGHER_IS_BETTER = {
    "recall_at_k": "retrieval recall@k of the expected units (Assistant.search)",
    "mrr": "mean reciprocal rank of the first expected unit among the first k retrieved",
    "citation_recall": "expected units the answer cites",
    "citation_precision": "cited units that are expected or hold an expected fact",
    "fact_coverage": "expected facts the answer states",
    "refusal_accuracy": "questions with answerable: false that are refused",
    "pass_rate": "questions fully right: right citation and all facts, or a refusal when unanswerable",
}
LOWER_IS_BETTER = {
    "invented_citations": "cited ids that are no unit of the index (must be 0)",
    "false_refusal_rate": "answerable questions that are refused",
    "latency_p50_ms": "median time to answer a question (ms)",
    "latency_p95_ms": "95th percentile time to answer a question (ms)",
    "dropped_sentence_share": "generated sentences the post-check removed: no source they cite supports them",
    "fallback_rate": "answers where the chosen generator failed or was not supported and the extractive answer was given",
}
METRICS = {**HIGHER_IS_BETTER, **LOWER_IS_BETTER}
_ALIASES = {"mrr@k": "mrr", "p50": "latency_p50_ms", "p95": "latency_p95_ms", "latency_p50": "latency_p50_ms",
            "latency_p95": "latency_p95_ms", "refusal": "refusal_accuracy", "invented": "invented_citations",
            "dropped": "dropped_sentence_share", "fallback": "fallback_rate"}


def metric_name(name: str) -> str:
    """The canonical metric key for a name a person types: ``recall@5``, ``MRR``, ``p95``, …"""
    key = name.strip().lower().replace("-", "_")
    if re.fullmatch(r"recall@\d+|recall|retrieval_recall", key):
        return "recall_at_k"
    key = _ALIASES.get(key, key)
    if key not in METRICS:
        raise ValueError(f"unknown metric {name!r}: one of {', '.join(METRICS)}")
    return key
