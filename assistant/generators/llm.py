"""The LLM generator: any LangChain chat model writes a short answer with [n] markers.

The answer streams: every finished sentence becomes a :class:`Claim` (markers parsed, markers
naming no numbered source dropped) that the service post-checks and shows at once. Nothing here
decides whether a claim is true: the post-check does. The model is reached as the settings say
(``factory.py``), built once at the first answer; its failures become one-line notices
(``failures.py``).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.answer import Claim
from assistant.generators.base import GeneratorUnavailable
from assistant.generators.failures import unavailable
from assistant.generators.messages import answer_messages, condense_messages
from assistant.generators.parsing import claim, parse_answer
from assistant.guard import is_steering
from assistant.requests import Turn
from index.hits import Hit

log = logging.getLogger(__name__)


class LLMGenerator:
    name = "llm"

    def __init__(self, model: BaseChatModel | Callable[[], BaseChatModel], where: str, timeout: float = 60.0,
                 max_sources: int = 5) -> None:
        """``model`` is a LangChain chat model, or a function that builds one (called once, at first use)."""
        if isinstance(model, BaseChatModel):
            self._model: BaseChatModel | None = model
            self._factory: Callable[[], BaseChatModel] | None = None
        else:
            self._model, self._factory = None, model
        self.where = where
        self.timeout = timeout
        self.max_sources = max_sources
        self._lock = threading.Lock()

    @property
    def model(self) -> BaseChatModel:
        with self._lock:
            if self._model is None:
                assert self._factory is not None, "a generator has a model or a factory"
                self._model = self._factory()
            return self._model

    def claims(self, question: str, hits: list[Hit]) -> Iterator[Claim]:
        sources = hits[: self.max_sources]
        ids = [h.unit.id for h in sources]
        buffer, emitted, said = "", 0, set()
        stream = self._text(answer_messages(question, sources))
        for buffer in stream:
            parsed = parse_answer(buffer)
            for sentence in parsed[emitted:-1]:  # the last sentence may not be finished yet
                if sentence.text in said:  # a small model repeating itself: nothing new is coming
                    stream.close()
                    return
                said.add(sentence.text)
                yield claim(sentence, ids)
            emitted = max(emitted, len(parsed) - 1)
        for sentence in parse_answer(buffer)[emitted:]:
            if sentence.text not in said:
                said.add(sentence.text)
                yield claim(sentence, ids)

    def condense(self, question: str, history: Sequence[Turn]) -> str | None:
        """The follow-up as a standalone question, or None when the model's rewrite is unusable."""
        text = ""
        for text in self._text(condense_messages(question, history), timeout=min(self.timeout, 30.0)):  # noqa: B007
            pass  # the whole rewrite: only the last, longest text counts
        lines = [ln for ln in text.strip().splitlines() if ln.strip()]
        if not lines:
            return None
        rewritten = re.sub(r"^(?:rewritten|standalone)?\s*question\s*:\s*", "", lines[0].strip(), flags=re.IGNORECASE)
        rewritten = rewritten.strip(" \"'“”")
        if not 3 <= len(rewritten) <= max(300, 3 * len(question)) or is_steering(rewritten):
            return None
        return rewritten

    def _text(self, messages: list[BaseMessage], timeout: float | None = None) -> Generator[str, None, None]:
        """The answer so far, after each streamed chunk; a timeout or server error is GeneratorUnavailable."""
        timeout = timeout or self.timeout
        deadline = time.monotonic() + timeout
        text = ""
        try:
            for chunk in self.model.stream(messages):
                text += chunk.content if isinstance(chunk.content, str) else chunk.text
                if time.monotonic() > deadline:
                    raise TimeoutError
                yield text
        except GeneratorUnavailable:
            raise
        except Exception as exc:  # whatever the client raises: one line for the user, the rest in the log
            log.warning("LLM at %s failed: %r", self.where, exc)
            raise unavailable(exc, timeout, self.where) from exc
