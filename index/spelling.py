"""A question's misspelt words, read as the word of the indexed texts one keystroke away: "What does the
Tunis Agnda say about spectrum?" asks about the Tunis Agenda.

Only a word of five letters or more that neither the texts nor the language's own dictionary hold is a
misspelling. "Hacking" is an English word the texts do not use, asked on purpose: it is left as it is (a
paraphrase, or a thing the texts do not cover, which the answer step judges). A slip one keystroke from two
words the texts use as often ("tosted" of "hosted" and "posted") is left alone too: guessing between them
would change the question; and so is one the search reads as the word already ("programme" of
"programmes").

The dictionaries are pyspellchecker's (English, French, Spanish and Russian word lists, shipped in the
package). Arabic and Chinese questions are not corrected: Arabic's spelling variants are folded by the
search already, and Chinese has no spelling to get wrong in this sense.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spellchecker import SpellChecker

from index.lexical import tokenize

MIN_LENGTH = 5
"""Shorter words are too often a word of their own one keystroke from another ("fund", "find") to be corrected."""

_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
_LANGUAGES = ("en", "fr", "es", "ru")


@cache
def _dictionary(lang: str) -> SpellChecker:
    """The language's own word list (loaded at the first question in it: ~0.1 s, a few MB)."""
    return SpellChecker(language=lang, distance=1)


def load_dictionaries() -> None:
    """Load every language's word list now (~0.5 s): a server's first question in a language would pay it."""
    for lang in _LANGUAGES:
        _dictionary(lang)


@dataclass(frozen=True)
class Correction:
    text: str
    """The question with its misspelt words replaced."""
    words: tuple[tuple[str, str], ...] = ()
    """(as written, as read), in the order they appear."""


@dataclass(frozen=True)
class Speller:
    """The words of the indexed texts (and of the documents' names), with how many texts use each."""

    counts: Counter[str]
    _checker: SpellChecker = field(repr=False, compare=False)
    langs: frozenset[str] | None = None
    """The languages the texts are written in, when known: in another, only a name is theirs to correct."""

    @classmethod
    def from_texts(cls, texts: Iterable[str], langs: Iterable[str] | None = None) -> Speller:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update({w.lower() for w in _WORD.findall(text) if len(w) >= MIN_LENGTH})
        checker = SpellChecker(language=None, distance=1)
        checker.word_frequency.load_json(dict(counts))
        return cls(counts, checker, frozenset(langs) if langs is not None else None)

    def correct(self, text: str, lang: str) -> Correction:
        if lang not in _LANGUAGES or not self.counts:
            return Correction(text)
        words: list[tuple[str, str]] = []

        def read(match: re.Match) -> str:
            written = match[0]
            wanted = self._word_for(written, lang)
            if wanted is None:
                return written
            as_read = wanted.capitalize() if written[:1].isupper() else wanted
            words.append((written, as_read))
            return as_read

        corrected = _WORD.sub(read, text)
        return Correction(corrected, tuple(words))

    def _word_for(self, written: str, lang: str) -> str | None:
        word = written.lower()
        if len(word) < MIN_LENGTH or written.isupper() or word in self.counts or word in _dictionary(lang):
            return None
        if self.langs is not None and lang not in self.langs and not written[:1].isupper():
            # "¿Cuántos miembros integran …?" of English texts: a Spanish verb is not a slip of their "integral";
            # names are written alike in every language ("la Agnda de Marenvik")
            return None
        candidates = self._checker.candidates(word) or set()
        candidates.discard(word)
        if not candidates:
            return None
        ranked = sorted(candidates, key=lambda w: (-self.counts[w], w))
        if len(ranked) > 1 and self.counts[ranked[0]] == self.counts[ranked[1]]:
            return None  # two words as likely: guessing would change the question
        if tokenize(ranked[0], lang) == tokenize(word, lang):
            return None  # "programme" and "programmes" are searched alike: nothing to correct
        return ranked[0]
