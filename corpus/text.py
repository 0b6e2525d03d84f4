"""Text clean-up shared by every parser: whitespace, bullets, sentences."""

from __future__ import annotations

import re
import unicodedata

_ABBREVIATIONS = ("res", "rev", "no", "nos", "para", "paras", "e.g", "i.e", "etc", "art", "doc", "mod", "cf", "vol")
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"”’)]*\s+(?=[\"“(]?[A-Z§0-9])")
_BULLETS = "•·▪◦‣●○■–-*"


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def strip_bullet(line: str) -> str:
    return line.strip().lstrip(_BULLETS).strip()


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a list introduced by ':' stays with its introduction.

    A line break always ends one. Semicolons end a sentence too, because clauses of resolutions and list items on the ITU page
    are joined by them and each is a claim of its own.
    """
    if "\n" in text:
        # Units of the official texts keep each sub-item on a line of its own: a line is never
        # one sentence with the next.
        return [s for line in text.split("\n") for s in split_sentences(line)]
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()].rstrip()
        last_word = re.split(r"[\s(]", before)[-1].lower().rstrip(".;")
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]|[ivx]+|\d+", last_word):
            continue  # "Res. 140", "§ 50 c. ii." are not sentence ends
        pieces.append(text[start:match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]
