"""BM25 over the passages (bm25s), with words cut the way each UN language needs.

Latin-script words are stemmed by the text's language (English, French or Spanish), Cyrillic
words by the Russian stemmer, Arabic words by the Arabic one after its letter variants are
folded; Chinese has no spaces, so a run of Chinese characters is indexed as its overlapping
character pairs ("突尼斯议程" -> 突尼 尼斯 斯议 议程), the usual unit for Chinese full-text search.
Stop words of every language are dropped, so a French question's "de la" matches nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_CHINESE, STOPWORDS_EN_PLUS, STOPWORDS_FRENCH, STOPWORDS_RUSSIAN, STOPWORDS_SPANISH

from corpus.lang import detect

# Question words carry no topic: "which" matching "ICT Indices which will…" is noise. Nor does the
# frame naming the source ("according to the Agenda", "согласно повестке"): it says where to look, and
# its word matches every text "in accordance with" something.
_QUESTION_WORDS = {
    "en": "which what who whom whose when where why how does did do according",
    "fr": "quel quelle quels quelles quoi qui que comment pourquoi où quand dit dire fait selon conformément",
    "es": "qué que quién quiénes cuál cuáles cómo dónde cuándo por dice decir según conforme",
    "ru": "какой какая какие каких что кто когда где почему как говорится согласно соответствии",
}
_ARABIC_STOP = frozenset(
    "في من إلى على عن مع هذا هذه ذلك تلك التي الذي الذين ما ماذا من هل كيف متى أين لماذا أي و أو ثم قد لا لم لن "
    "كان كانت يكون هو هي هم بين كل بعض عند لدى حول ضد وفقا طبقا".split()
)
ZH_FRAME = ("根据", "按照", "依照")
"""The Chinese "according to": a question's frame, not its topic."""
_STOPS = {
    "en": frozenset(STOPWORDS_EN_PLUS),
    "fr": frozenset(STOPWORDS_FRENCH),
    "es": frozenset(STOPWORDS_SPANISH),
    "ru": frozenset(STOPWORDS_RUSSIAN),
}
STOP_WORDS = frozenset().union(*_STOPS.values(), _ARABIC_STOP, *(set(w.split()) for w in _QUESTION_WORDS.values()))
_ZH_STOP = frozenset(STOPWORDS_CHINESE)
_STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}

_TOKEN = re.compile(
    r"(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
    r"|(?P<arabic>[\u0621-\u064a\u0671-\u06d3]+)"
    r"|(?P<cyrillic>[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*)"
    r"|(?P<latin>[0-9a-z\u00c0-\u024f]+(?:-[0-9a-z\u00c0-\u024f]+)*)"
)
_RAISED = re.compile("[⁰¹²³⁴-⁹]")
# Arabic letter variants and vowel marks that spelling leaves optional.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[language])


def _han_pairs(run: str) -> list[str]:
    if len(run) == 1:
        return [] if run in _ZH_STOP else [run]
    return [pair for pair in (run[i:i + 2] for i in range(len(run) - 1)) if pair not in ZH_FRAME]


def tokenize(text: str, lang: str | None = None) -> list[str]:
    """The text's search terms. ``lang`` picks the Latin stemmer; detected when not given."""
    # A raised footnote mark is no part of its word: "Statement¹" is the Statement a question names
    text = unicodedata.normalize("NFKC", _RAISED.sub(" ", text)).lower()
    latin_lang = lang if lang in ("en", "fr", "es") else None
    if latin_lang is None:
        detected = detect(text)
        latin_lang = detected if detected in ("fr", "es") else "en"
    latin: list[str] = []
    out: list[str] = []
    for match in _TOKEN.finditer(ARABIC_MARKS.sub("", text)):
        kind, word = match.lastgroup, match[0]
        if kind == "han":
            out.extend(_han_pairs(word))
        elif word in STOP_WORDS:
            continue
        elif kind == "arabic":
            folded = word.translate(_ARABIC_FOLD)
            if len(folded) > 1:
                out.append(_stemmer("ar").stemWord(folded))
        elif kind == "cyrillic":
            parts = [word, *(p for p in word.split("-") if p not in STOP_WORDS)] if "-" in word else [word]
            out.extend(_stemmer("ru").stemWords(parts))
        else:
            latin.append(word)
            if "-" in word:  # "ITU-D" is searched both as itself and as its parts
                latin.extend(p for p in word.split("-") if p and p not in STOP_WORDS)
    return _stemmer(latin_lang).stemWords(latin) + out


class LexicalIndex:
    def __init__(self, texts: list[str], langs: Sequence[str | None] | None = None) -> None:
        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        langs = langs or [None] * len(texts)
        self._bm25.index([tokenize(t, lang) for t, lang in zip(texts, langs, strict=True)], show_progress=False)

    def scores(self, query: str, mask: np.ndarray | None = None, lang: str | None = None) -> np.ndarray:
        tokens = [t for t in tokenize(query, lang) if t in self._bm25.vocab_dict]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        scores = self._bm25.get_scores(tokens)
        return scores * mask if mask is not None else scores
