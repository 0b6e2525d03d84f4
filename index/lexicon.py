"""English words for the words of a question asked in another language, so it can match English
texts by word as well as by meaning.

The WSIS glossary (corpus/glossary.py) knows the summit's own terms; a question in French about
"le Registre des prix de transit" uses words no glossary holds. The embedding model places a word
and its translation side by side ("crée" next to "created", "soutenir" next to "support"), so each
word of such a question is given the English word of the indexed texts nearest to it, when that one
is near enough. The texts' English words are embedded once, when the index is built, and stored
beside its passages; a question embeds only its own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from corpus import Unit
from index.lexical import ARABIC_MARKS, STOP_WORDS, ZH_FRAME

_ENGLISH_WORD = re.compile(r"[a-z][a-z-]{2,}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ELIDED = re.compile(r"^(?:[ldjmnst]|qu)['’]", re.IGNORECASE)  # French "d'échange", "l'Union"

Embed = Callable[[list[str]], np.ndarray]
"""Unit vectors for words, embedded the same way at build and at question time."""
Pieces = Callable[[str], list[str]]
"""The model's own word pieces of a text: how a Chinese question, written without spaces, is cut."""


def english_words(units: Iterable[Unit]) -> list[str]:
    """The distinct words of the English units that a question's word may stand for (no stop words)."""
    words = {w.strip("-") for u in units if u.lang == "en" for w in _ENGLISH_WORD.findall(u.text.lower())}
    return sorted(w for w in words if w not in STOP_WORDS and len(w) > 2)


def question_words(text: str, pieces: Pieces) -> list[str]:
    """The content words of a question in another language than English, each once, in order."""
    words: list[str] = []
    for match in _WORD.finditer(ARABIC_MARKS.sub("", text.lower())):
        word = match[0]
        if _HAN.match(word):
            words += [p for p in (piece.lstrip("▁") for piece in pieces(word))
                      if len(p) > 1 and _HAN.match(p) and p not in ZH_FRAME]
            continue
        word = _ELIDED.sub("", word).strip("'’-")
        if len(word) > 2 and word not in STOP_WORDS:
            words.append(word)
    return list(dict.fromkeys(words))


@dataclass(frozen=True)
class Lexicon:
    """The indexed English words and their vectors (row i for word i)."""

    words: tuple[str, ...]
    vectors: np.ndarray = field(repr=False)

    @classmethod
    def empty(cls) -> Lexicon:
        return cls((), np.zeros((0, 0), dtype=np.float32))

    def english(self, words: list[str], embed: Embed, min_similarity: float) -> dict[str, str]:
        """Each word's nearest English word, for the words that have one at ``min_similarity`` or nearer:
        the setting ``min_word_similarity``, calibrated for the model (assistant/settings.py). Below it,
        a word's nearest English word is as often one that only looks like it ("combien" ~ "combines",
        "feuille" ~ "fees") as its translation."""
        if not words or not self.words:
            return {}
        similarity = np.asarray(embed(words), dtype=np.float32) @ self.vectors.T
        best = similarity.argmax(axis=1)
        return {word: self.words[j] for word, j, row in zip(words, best, similarity, strict=True)
                if row[j] >= min_similarity}
