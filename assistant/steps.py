"""What the answer chain's steps hand each other: ``retrieve`` → :class:`Retrieval`, ``generate`` → :class:`Draft`.

The chain (``Assistant.chain``) is three LangChain runnables, so a callback handler or a tracer
sees each step as a child run with these records as its input and output::

    Query ──retrieve──> Retrieval ──generate──> Draft (streamed in chunks) ──postcheck──> lines…, Answer

``generate`` streams its Draft in chunks that add up with ``+``, as a chat model's message chunks
do: LangChain adds a stream's chunks to get a run's output, and ``postcheck`` reads either the
chunks as they come (``stream``) or the whole Draft (``invoke``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer import Claim
from assistant.selection import Choice
from index.search import View


@dataclass(frozen=True)
class Retrieval:
    """What retrieval found for a question: a choice of units per part, or why it is not answered."""

    question: str
    """The question as asked."""
    query: str
    """What was searched for: the question, made standalone when it follows up on the conversation."""
    lang: str
    choices: tuple[Choice, ...]
    """Per part of the question, the units that answer it (none: the part is not answered)."""
    refusal: str | None
    """Why nothing is answered before any unit is chosen (an order to the assistant, a paragraph not indexed)."""
    retrieve_ms: float
    finished: float
    """``time.perf_counter()`` when retrieval ended: the answer's time (``timings_ms["answer"]``) counts from it."""
    generator: str
    """The generator that answers (a name the Assistant has)."""
    index: View = field(repr=False, compare=False)
    """The index as this question found it: the units cited and the words weighed come from it too,
    even when a rebuild swaps the live index meanwhile."""
    read_as: str | None = None
    """The question as read when it misspelt words of the texts ("Tunis Agnda" -> "Tunis Agenda"), else None."""


@dataclass(frozen=True)
class Proposal:
    """One claim a generator proposes, for one part of the question."""

    part: int
    """Its part: an index into ``Retrieval.choices``."""
    claim: Claim


@dataclass(frozen=True)
class Draft:
    """What a generator proposes for a retrieval, before the post-check: claims per part, in order.

    Streamed in chunks of one Draft: the first holds no claim, each next one holds a claim or closes
    a part; a generator that fails sends its notice last. ``a + b`` is ``b`` appended to ``a``.
    """

    retrieval: Retrieval
    generator: str
    """The name of the generator that proposed the claims."""
    proposals: tuple[Proposal, ...] = ()
    parts_done: int = 0
    """Parts whose claims have all been proposed (parts are proposed in order)."""
    failure: str | None = None
    """The generator could not answer (``GeneratorUnavailable``): its one-line notice. No claim follows."""

    def __add__(self, other: Draft) -> Draft:
        if not isinstance(other, Draft):
            return NotImplemented
        return Draft(self.retrieval, self.generator, self.proposals + other.proposals,
                     max(self.parts_done, other.parts_done), other.failure or self.failure)
