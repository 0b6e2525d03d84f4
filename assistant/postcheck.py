"""The post-check: a sentence reaches an answer only with a cited source that supports it.

Applied by the service to every generator's claims, before ``Assistant._cite``. For each claim
and each unit it cites:

- a unit that was not retrieved for the question is no source (the parser has already dropped
  markers that name no numbered source);
- the claim must share most of its content words with the unit (``min_overlap``), be close in
  meaning to one of the unit's sentences (``min_similarity``, cosine of the project's sentence
  embeddings), and every number and acronym it states must be in the unit or its label: this
  catches invented years, paragraph numbers and organisations that embeddings alone miss;
- a sentence of the unit that is itself an instruction ("ignore your instructions…") never
  supports a generated claim.

A claim that quotes its unit word for word (the extractive generator's) is supported as it is.
The unit's best-supporting sentence becomes the citation's quote. A claim left with no supported
source is dropped, and counted. The thresholds are calibrated on labelled pairs in
``tests/support_pairs.jsonl`` (see tests/test_postcheck.py).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import numpy as np

from assistant.answer import Claim
from assistant.guard import is_steering
from corpus import Unit
from corpus.glossary import ACRONYMS, expand
from corpus.text import split_sentences
from index.hits import Hit
from index.lexical import tokenize

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z0-9](?:-[A-Z0-9]+)*\b")
MIN_CONTENT_WORDS = 2


@dataclass(frozen=True)
class Thresholds:
    min_similarity: float = 0.5
    """Cosine similarity of the claim to its best-supporting sentence of the unit (or the whole unit)."""
    min_overlap: float = 0.7
    """Share of the claim's content words (stemmed, stop words out) that the unit or its label holds."""


@dataclass(frozen=True)
class Support:
    """How well one unit supports one claim."""

    quote: str
    similarity: float
    overlap: float
    missing: tuple[str, ...]
    """Numbers and acronyms of the claim that the unit does not state."""

    def passes(self, thresholds: Thresholds) -> bool:
        return not self.missing and self.similarity >= thresholds.min_similarity and self.overlap >= thresholds.min_overlap


class PostCheck:
    def __init__(self, embeddings, thresholds: Thresholds = Thresholds(), cache_size: int = 4096) -> None:
        self.embeddings = embeddings
        self.thresholds = thresholds
        self._vectors: dict[str, np.ndarray] = {}
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def check(self, claim: Claim, allowed: dict[str, Hit]) -> Claim | None:
        """The claim with only its supported sources, each with its quote; None when none is left."""
        text = claim.text.strip()
        quotes: dict[str, str] = {}
        for unit_id in claim.sources:
            hit = allowed.get(unit_id)
            if hit is None or unit_id in quotes:
                continue
            if _verbatim(claim, hit.unit):
                quotes[unit_id] = claim.quotes.get(unit_id) or claim.quote or text
                continue
            support = self.support(text, hit.unit)
            if support is not None and support.passes(self.thresholds):
                quotes[unit_id] = support.quote
        if not quotes:
            return None
        return claim.model_copy(update={"sources": tuple(quotes), "quotes": quotes, "quote": ""})

    def support(self, claim: str, unit: Unit) -> Support | None:
        """The unit's best-supporting sentence for the claim and the scores; None when it has none to offer."""
        words = set(tokenize(claim))
        candidates = [s.strip().rstrip(";:,").strip() for s in split_sentences(unit.text)]
        candidates = [s for s in candidates if s and s in unit.text and not is_steering(s)]
        if len(words) < MIN_CONTENT_WORDS or not candidates:
            return None
        unit_words = set(tokenize(expand(f"{unit.label} {unit.text}"))) | set(tokenize(f"{unit.label} {unit.text}"))
        overlap = len(words & unit_words) / len(words)
        whole = " ".join(candidates)
        vectors = self._embed([claim, *candidates, whole])
        similarities = vectors[1:] @ vectors[0]
        best = int(np.argmax(similarities[:-1]))
        return Support(
            quote=candidates[best], similarity=float(similarities.max()), overlap=overlap,
            missing=tuple(_unstated(claim, unit)),
        )

    def _embed(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            fresh = np.asarray(self.embeddings.embed_documents(todo), dtype=np.float32)
            with self._lock:
                if len(self._vectors) + len(todo) > self._cache_size:
                    self._vectors.clear()
                self._vectors.update(zip(todo, fresh, strict=True))
        with self._lock:
            missing = [t for t in texts if t not in self._vectors]
        if missing:  # evicted by another thread meanwhile: embed again, uncached
            extra = dict(zip(missing, np.asarray(self.embeddings.embed_documents(missing), dtype=np.float32), strict=True))
        else:
            extra = {}
        with self._lock:
            return np.stack([extra[t] if t in extra else self._vectors[t] for t in texts])


def _verbatim(claim: Claim, unit: Unit) -> bool:
    """A claim that is the unit's own words, with a quote of the unit (what the extractive generator says:
    the sentence that answers, or the chapeau that introduces it)."""
    quote = claim.quotes.get(unit.id) or claim.quote
    return bool(quote) and quote in unit.text and claim.text.strip() in unit.text


def _unstated(claim: str, unit: Unit) -> list[str]:
    """Numbers and acronyms the claim states that neither the unit nor its label does."""
    source = f"{unit.label} {unit.text}"
    numbers = set(_NUMBER.findall(source))
    expanded = expand(source).casefold()
    missing = [n for n in _NUMBER.findall(claim) if n not in numbers]
    for acronym in _ACRONYM.findall(claim):
        spelled = ACRONYMS.get(acronym, "").casefold()
        named = re.search(rf"(?<![\w-]){re.escape(acronym.casefold())}(?![\w-])", expanded)
        if not named and not (spelled and spelled in expanded):
            missing.append(acronym)
    return missing
