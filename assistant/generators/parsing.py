"""A generated answer read back: its sentences, and the numbered sources each one's markers name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from assistant.answer import Claim

# "[1]", "[1, 2]", "[1][2]", "[Source 1]", "【1】": one group of markers
_MARKERS = re.compile(r"\s*[\[【]\s*(?:sources?\s*)?(\d+(?:\s*(?:,|;|and|&)\s*(?:sources?\s*)?\d+)*)\s*[\]】]", re.IGNORECASE)
_MARKERS_AFTER_STOP = re.compile(r"([.!?])((?:\s*[\[【]\s*(?:sources?\s*)?\d[^\]】]*[\]】])+)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z§0-9])")
_ABBREVIATIONS = {"res", "rev", "no", "nos", "para", "paras", "e.g", "i.e", "etc", "art", "doc", "cf", "vol", "dr", "mr", "ms"}
_LIST_PREFIX = re.compile(r"^\s*(?:[-*•·▪–]+|\d+[.)])\s+")


class Sentence(NamedTuple):
    text: str
    """The sentence without its markers."""
    sources: tuple[int, ...]
    """The source numbers its markers name, in order (1-based, as numbered in the prompt)."""


def parse_answer(text: str) -> list[Sentence]:
    """Sentences of a generated answer, each with the source numbers its markers name.

    A marker after the full stop ("… spectrum. [1]") belongs to the sentence before it; list
    bullets and numbering are removed; a line break always ends a sentence.
    """
    sentences = []
    for line in text.replace("\r", "").split("\n"):
        line = _LIST_PREFIX.sub("", line).strip()
        if not line:
            continue
        line = _MARKERS_AFTER_STOP.sub(lambda m: f"{m[2]}{m[1]}", line)
        for piece in _split(line):
            numbers = tuple(int(n) for group in _MARKERS.findall(piece) for n in re.findall(r"\d+", group))
            bare = re.sub(r"\s+([.,;:!?])", r"\1", _MARKERS.sub("", piece))
            bare = " ".join(bare.split())
            if bare.strip(" .,;:!?\"'"):
                sentences.append(Sentence(bare, numbers))
    return sentences


def _split(line: str) -> list[str]:
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        before = line[start:match.start()].rstrip()
        last_word = re.split(r"[\s(]", before)[-1].lower().rstrip(".")
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]|[ivx]+|\d+|§", last_word):
            continue
        pieces.append(line[start:match.start()].strip())
        start = match.end()
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


def claim(sentence: Sentence, ids: Sequence[str]) -> Claim:
    """A sentence as a Claim on the units its markers number (1-based into ``ids``); other numbers are dropped."""
    named = [ids[n - 1] for n in sentence.sources if 1 <= n <= len(ids)]
    return Claim(text=sentence.text, sources=tuple(dict.fromkeys(named)), markers_dropped=len(sentence.sources) - len(named))
