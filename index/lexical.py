"""BM25 over the passages (bm25s), stemmed, stop words removed."""

from __future__ import annotations

import re

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_STEMMER = Stemmer.Stemmer("english")
# Question words carry no topic: "which" matching "ICT Indices which will…" is noise.
_STOP = frozenset(STOPWORDS_EN) | {"which", "what", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "do"}
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def tokenize(text: str) -> list[str]:
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
    # "ITU-D" is searched both as itself and as its parts
    parts = [p for w in words if "-" in w for p in w.split("-") if p not in _STOP]
    return _STEMMER.stemWords(words + parts)


class LexicalIndex:
    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        self._bm25.index([tokenize(t) for t in texts], show_progress=False)

    def scores(self, query: str, mask: np.ndarray | None = None) -> np.ndarray:
        tokens = [t for t in tokenize(query) if t in self._bm25.vocab_dict]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        scores = self._bm25.get_scores(tokens)
        return scores * mask if mask is not None else scores
