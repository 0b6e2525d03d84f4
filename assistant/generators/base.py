"""The interface every answer generator has, and the two ways one can fail."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from assistant.answer import Claim
from assistant.prompts import Phrase
from assistant.requests import Turn
from index.hits import Hit


class Generator(Protocol):
    name: str
    """How a request names it (``"extractive"``, ``"llm"``)."""

    def claims(self, question: str, hits: list[Hit]) -> Iterator[Claim]:
        """Claims for the answer, in order; each names the units (ids) that support it.

        May raise :class:`GeneratorUnavailable` (a timeout, a server error): the service then gives
        the extractive answer with a one-line notice.
        """
        ...

    def condense(self, question: str, history: Sequence[Turn]) -> str | None:
        """A follow-up question rewritten to stand alone, from the conversation before it.

        None leaves it to the service's rule (``assistant.condense``): what a generator without a
        language model returns. May raise :class:`GeneratorUnavailable`, with the same effect.
        """
        ...


class GeneratorConfigError(ValueError):
    """A generator that cannot be built from the settings; the message says what to set or install."""


class GeneratorUnavailable(RuntimeError):
    """The generator could not answer this time (server down, error, timeout); ``notice`` says so in one line,
    in English, and ``say(lang)`` in the question's language."""

    def __init__(self, notice: str, phrase: Phrase | None = None, **values: object) -> None:
        super().__init__(notice)
        self.notice = notice
        self.phrase = phrase
        self.values = values

    def say(self, lang: str) -> str:
        return self.phrase.say(lang, **self.values) if self.phrase is not None else self.notice
