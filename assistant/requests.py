"""What a face hands the Assistant, and the one error it gets back when the request cannot be taken.

The CLI, the JSON API and the chat UI pass what they received as it is: the question, the
conversation so far, the filters (``{"doc": [...], "body": [...]}``) and the generator asked for.
``Assistant.request`` checks all of it once and returns a :class:`Query`; whatever is wrong is a
:class:`RequestError` whose message every face shows unchanged: the API's 400 ``error``, the
CLI's ``error:`` line, the chat's notice. So the three accept and reject the same things.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.answer import Answer
from index.filters import Filters

Role = Literal["user", "assistant"]


class RequestError(ValueError):
    """A request that cannot be answered as it is: the message says what to change."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str, what: str) -> str:
    """``text`` if it is valid Unicode text; a lone surrogate (``"\\ud800"`` in JSON, or a byte that was not
    UTF-8, as Python decodes argv and stdin) cannot be encoded, embedded or stored, so it is refused here."""
    if _SURROGATE.search(text):
        raise RequestError(not_text(what))
    return text


def not_text(what: str) -> str:
    return f"{what} is not valid text (it holds a lone surrogate, or bytes that are not UTF-8); retype it and try again"


def printable(text: str) -> str:
    """``text`` with each lone surrogate shown as U+FFFD: what a face may echo of input it refused."""
    return _SURROGATE.sub("\ufffd", text)


@dataclass(frozen=True)
class Turn:
    """One message of the conversation a follow-up question is asked in."""

    role: Role
    content: str


@dataclass(frozen=True)
class Query:
    """A checked request: what the chain answers."""

    question: str
    """Whitespace collapsed; neither empty nor over ``max_question_chars``."""
    history: tuple[Turn, ...]
    """The last ``max_history_turns`` exchanges, oldest first."""
    filters: Filters
    """Known keys and bodies, documents the live index holds."""
    generator: str
    """A generator this Assistant has."""


RawFilters = Filters | Mapping[str, object] | None
"""Filters as a face receives them: ``{"doc": [...], "body": [...]}`` (a value may be one string), or None."""


def parse_filters(raw: RawFilters, documents_held: Iterable[str]) -> Filters:
    """Filters whose keys, bodies and documents are known; anything else is a RequestError."""
    try:
        filters = raw if isinstance(raw, Filters) else Filters.parse(dict(raw or {}))
    except ValueError as exc:
        raise RequestError(str(exc)) from None
    held = set(documents_held)
    unknown = [d for d in filters.docs if d not in held]
    if unknown:
        raise RequestError(f"unknown document {unknown[0]!r}: the index holds {', '.join(sorted(held))}")
    return filters


def recent(history: Sequence[Turn], max_turns: int) -> tuple[Turn, ...]:
    """The conversation a follow-up may use: its last ``max_turns`` exchanges (a question and its answer)."""
    keep = 2 * max_turns
    kept = tuple(history[-keep:]) if keep else ()
    for turn in kept:
        check_text(turn.content, "a message of the conversation")
    return kept


def conversation(answers: Iterable[Answer | None]) -> list[Turn]:
    """The turns of a conversation kept as its answers (None: a question that got no answer)."""
    turns: list[Turn] = []
    for answer in answers:
        if answer is not None:
            turns += [Turn("user", answer.question), Turn("assistant", answer.answer)]
    return turns
