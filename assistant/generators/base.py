from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from assistant.answer import Claim
from index.hits import Hit


class Generator(Protocol):
    name: str

    def claims(self, question: str, hits: list[Hit]) -> Iterator[Claim]:
        """Claims for the answer, in order; each names the units (ids) that support it.

        May raise :class:`GeneratorUnavailable` (a timeout, a server error): the service then gives
        the extractive answer with a one-line notice. A generator may also offer
        ``condense(question, history) -> str | None`` to make a follow-up question standalone.
        """
        ...


class GeneratorConfigError(ValueError):
    """A generator that cannot be built from the settings; the message says what to set or install."""


class GeneratorUnavailable(RuntimeError):
    """The generator could not answer this time (server down, error, timeout); ``notice`` says so in one line."""

    def __init__(self, notice: str) -> None:
        super().__init__(notice)
        self.notice = notice
