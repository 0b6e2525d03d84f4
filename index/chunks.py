"""Units -> the passages that are embedded. A long unit is split; a citation is still the unit."""

from __future__ import annotations

from dataclasses import dataclass

from corpus import Unit
from corpus.glossary import expand
from corpus.text import split_sentences

LONG_UNIT_WORDS = 80
MIN_SENTENCE_WORDS = 8


@dataclass(frozen=True)
class Chunk:
    id: str
    unit: Unit
    text: str
    """The passage as the source has it (what an answer quotes)."""

    @property
    def search_text(self) -> str:
        """What is embedded and lexically indexed: the passage under its heading."""
        heading = self.unit.heading
        text = f"{heading}: {self.text}" if heading and heading not in self.text else self.text
        return expand(text)


def chunk_unit(unit: Unit) -> list[Chunk]:
    """Short units stay whole; a long one becomes one passage per sentence.

    One sentence per passage keeps each under the embedding model's 256-token window and makes
    the best-matching passage the supporting quote of an answer.
    """
    sentences = split_sentences(unit.text)
    if len(unit.text.split()) <= LONG_UNIT_WORDS or len(sentences) < 2:
        return [Chunk(f"{unit.id}#0", unit, unit.text)]
    passages: list[str] = []
    for sentence in sentences:
        if passages and len(passages[-1].split()) < MIN_SENTENCE_WORDS:
            passages[-1] = f"{passages[-1]} {sentence}"
        else:
            passages.append(sentence)
    return [Chunk(f"{unit.id}#{i}", unit, text) for i, text in enumerate(passages)]
