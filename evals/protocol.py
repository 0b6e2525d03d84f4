"""What the evals drive: any object that searches and answers, described here and nowhere above.

``assistant.service.Assistant`` satisfies :class:`Answerer`; ``evals`` never imports it, so the
evals stay a library below the product (design.md, "Data flow and layers") and can score any
other implementation of the same few methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from index.hits import Hit
from index.store import IndexInfo


class CitationLike(Protocol):
    """One citation of an answer: the unit cited and the sentence of it that supports the claim."""

    @property
    def n(self) -> int:
        """The answer's marker [n] for this citation."""
        ...

    @property
    def id(self) -> str: ...

    @property
    def doc(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def quote(self) -> str: ...


class AnswerLike(Protocol):
    """An answer as the design.md contract gives it, and how it was made."""

    @property
    def answer(self) -> str: ...

    @property
    def refused(self) -> bool: ...

    @property
    def citations(self) -> Sequence[CitationLike]: ...

    @property
    def generator(self) -> str: ...

    @property
    def sentences(self) -> int: ...

    @property
    def dropped(self) -> int: ...

    @property
    def notice(self) -> str | None: ...


class Answerer(Protocol):
    """Searches and answers over one index.

    A question it will not take (empty, too long) raises ``ValueError``, whose message says why:
    the runner records it as a rejected question and goes on.
    """

    def search(self, query: str, k: int = ...) -> Sequence[Hit]:
        """The units ranked for the query, best first."""
        ...

    def ask(self, question: str, *, generator: str | None = ...) -> AnswerLike:
        """The answer, with its citations, by the generator named (None: the default one)."""
        ...

    def unit_ids(self) -> set[str]:
        """Every unit the index holds: what a citation may point to."""
        ...

    def generator_name(self, generator: str | None) -> str:
        """The generator ``ask`` would use; ValueError for one it does not have."""
        ...

    def index_info(self) -> IndexInfo:
        """The index answered from: its units, the model that embedded them, when it was built."""
        ...
