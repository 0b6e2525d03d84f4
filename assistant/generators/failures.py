"""A chat model's failure, by the type of what its client raised, as the one-line notice an answer carries.

Timeouts first (the OpenAI client's timeout is a kind of connection error), then a server that
does not answer, then an HTTP error status; anything else is named by its first line. The whole
error goes to the log; the user reads one line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, cast

import httpx

from assistant import prompts
from assistant.generators.base import GeneratorUnavailable

_TIMEOUT: tuple[type[BaseException], ...] = (TimeoutError, httpx.TimeoutException)
_UNREACHABLE: tuple[type[BaseException], ...] = (ConnectionError, httpx.ConnectError, httpx.RemoteProtocolError)
_STATUS: tuple[type[BaseException], ...] = (httpx.HTTPStatusError,)
try:  # the OpenAI client comes with the `llm` extra (langchain-openai); without it none of its errors can occur
    import openai
except ImportError:  # pragma: no cover - the extra is installed for the tests
    pass
else:
    _TIMEOUT += (openai.APITimeoutError,)
    _UNREACHABLE += (openai.APIConnectionError,)
    _STATUS += (openai.APIStatusError,)


class _WithResponse(Protocol):
    response: httpx.Response


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error and what it was raised from or during, nearest first."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def unavailable(exc: BaseException, timeout: float, where: str) -> GeneratorUnavailable:
    """The notice for a model at ``where`` that failed with ``exc``."""
    errors = list(_chain(exc))
    if any(isinstance(e, _TIMEOUT) for e in errors):
        return GeneratorUnavailable(prompts.NOTICE_FALLBACK_TIMEOUT.say(seconds=timeout), prompts.NOTICE_FALLBACK_TIMEOUT,
                                    seconds=timeout)
    status = next((e for e in errors if isinstance(e, _STATUS)), None)
    if status is not None:
        # httpx.HTTPStatusError and openai.APIStatusError both carry the server's httpx.Response
        reason = f"{where} answered HTTP {cast(_WithResponse, status).response.status_code}"
    elif any(isinstance(e, _UNREACHABLE) for e in errors):
        reason = f"{where} does not answer"
    else:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:120]
        reason = f"{where}: {first}"
    return GeneratorUnavailable(prompts.NOTICE_FALLBACK_ERROR.say(reason=reason), prompts.NOTICE_FALLBACK_ERROR, reason=reason)
