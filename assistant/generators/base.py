from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from assistant.answer import Claim
from index.hits import Hit


class Generator(Protocol):
    name: str

    def claims(self, question: str, hits: list[Hit]) -> Iterator[Claim]:
        """Claims for the answer, in order; each names the units (ids) that support it."""
        ...
