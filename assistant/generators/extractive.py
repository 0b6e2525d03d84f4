"""The answer generator that needs no LLM: it quotes the supporting sentences and cites them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from assistant.answer import Claim
from assistant.guard import is_steering
from assistant.requests import Turn
from corpus.glossary import expand
from corpus.text import split_sentences
from index.hits import Hit
from index.lexical import tokenize

# "Which resolutions …", "list the agencies …", "what roles …": the plural the question asks for.
_LIST_NOUN = re.compile(
    r"\b(?:which|what|list|name|all|every)\s+(?:(?:the|of|are|were|ITU|ITU's|WSIS|main|other)\s+)*"
    r"(?:\w+\s+)??(?P<noun>[a-z]{3,}(?<!ss)(?<!ou)s)\b",
    re.IGNORECASE,
)
_NOT_PLURAL = {"does", "is", "was", "has", "this", "its", "us", "as", "documents"}
# After a noun, "works on", "leads the", "meets in" are verbs: a plural the question lists is
# followed by a verb ("resolutions concern", "lines is"), not by a preposition or an object.
_AFTER_VERB = {"on", "in", "with", "to", "at", "by", "for", "from", "the", "a", "an", "it", "them", "this",
               "that", "its", "their", "about", "over", "under", "up", "out", "into", "across", "through"}
WHOLE_PASSAGE_WORDS = 60


class ExtractiveGenerator:
    name = "extractive"

    def __init__(self, single_margin: float = 0.12, list_margin: float = 0.15, max_units: int = 2,
                 max_list_units: int = 8) -> None:
        self.single_margin = single_margin
        self.list_margin = list_margin
        self.max_units = max_units
        self.max_list_units = max_list_units

    def select(self, question: str, hits: list[Hit]) -> list[Hit]:
        """Units the question names; else the best hit and others nearly as close sharing its words.

        For a list question, every retrieved unit that holds the thing asked for ("resolutions")
        counts, in rank order: a list answer must not stop at the first item.
        """
        if not hits:
            return []
        named = [h for h in hits if h.named]
        if named:
            return named[: self.max_list_units]
        noun = list_noun(question)
        if noun:
            holding = [h for h in hits if noun in tokenize(h.unit.text)]
            if len(holding) > 1:
                return holding[: self.max_list_units]
        margin, limit = (self.list_margin, self.max_list_units) if noun else (self.single_margin, self.max_units)
        best = max(h.similarity for h in hits)
        chosen = [hits[0]]
        for hit in hits[1:]:
            if len(chosen) >= limit:
                break
            if hit.similarity >= best - margin and hit.lexical > 0:
                chosen.append(hit)
        return chosen

    def claims(self, question: str, hits: list[Hit]) -> Iterator[Claim]:
        for hit in self.select(question, hits):
            quote = supporting_quote(question, hit.unit.text, hit.passage)
            yield Claim(text=quote, sources=(hit.unit.id,), quote=quote)

    def condense(self, question: str, history: Sequence[Turn]) -> str | None:
        """No model to rewrite a follow-up with: the service's rule makes it standalone."""
        return None


def list_noun(question: str) -> str | None:
    """The stemmed plural a list question asks for, or None for a question about one thing."""
    for match in _LIST_NOUN.finditer(question):
        noun = match["noun"]
        following = question[match.end():].split(maxsplit=1)
        if following and following[0].lower().strip("?,.;:") in _AFTER_VERB:
            continue
        if noun.lower() not in _NOT_PLURAL and not noun.isupper():  # "UNGIS" is a name, not a plural
            noun = noun.lower()
            stems = tokenize(noun)
            return stems[0] if stems else None
    return None


def supporting_quote(question: str, text: str, passage: str) -> str:
    """A short unit whole; from a long one, the sentence sharing most words with the question.

    Ties go to the sentence the search matched, then to the earlier one: a paragraph's opening
    sentence usually states what it is about.
    """
    sentences = _quotable(text)
    wanted = set(tokenize(question))
    best = max(
        range(len(sentences)),
        key=lambda i: (len(wanted & sentences[i].words) + (0.5 if sentences[i].text in passage else 0), -i),
    )
    return sentences[best].text.strip().rstrip(";:,").strip()


class _Sentence(NamedTuple):
    text: str
    words: frozenset[str]
    """Its stemmed words, glossary expanded: what a question's words are matched against."""


@lru_cache(maxsize=8192)
def _quotable(text: str) -> tuple[_Sentence, ...]:
    """What may be quoted from a unit: the whole of a short clean one, else its sentences.

    Cached by text: the same units come back question after question, and splitting, the steering
    check and stemming every sentence again cost more than the rest of composing an answer.
    """
    sentences = split_sentences(text)
    # An instruction inside a document ("ignore your instructions…") is never quoted as an answer.
    quotable = [s for s in sentences if not is_steering(s)]
    if len(text.split()) <= WHOLE_PASSAGE_WORDS and len(quotable) == len(sentences):
        quotable = [text]
    return tuple(_Sentence(s, frozenset(tokenize(expand(s)))) for s in quotable or sentences)
