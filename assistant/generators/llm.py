"""The LLM generator: any LangChain chat model writes a short answer with [n] markers.

Two ways to reach a model, chosen by the settings:

- ``WSIS_LLM_BASE_URL`` + ``WSIS_LLM_MODEL`` (+ ``WSIS_LLM_API_KEY``): an OpenAI-compatible server
  (vLLM, llama.cpp's server, Ollama, …) through ``langchain-openai``'s ``ChatOpenAI``;
- ``WSIS_LLM_GGUF``: a local GGUF file, run in this process by llama-cpp-python (:class:`LlamaCppChat`).

Both packages are the optional ``llm`` extra and are imported only here, only when configured; the
model is built once, at the first answer. The answer streams: every finished sentence becomes a
:class:`Claim` (markers parsed, markers naming no numbered source dropped) that the service
post-checks and shows at once. Nothing here decides whether a claim is true: the post-check does.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant import prompts
from assistant.answer import Claim
from assistant.generators.base import GeneratorConfigError, GeneratorUnavailable
from assistant.guard import is_steering
from index.hits import Hit

log = logging.getLogger(__name__)

# "[1]", "[1, 2]", "[1][2]", "[Source 1]", "【1】": one group of markers
_MARKERS = re.compile(r"\s*[\[【]\s*(?:sources?\s*)?(\d+(?:\s*(?:,|;|and|&)\s*(?:sources?\s*)?\d+)*)\s*[\]】]", re.IGNORECASE)
_MARKERS_AFTER_STOP = re.compile(r"([.!?])((?:\s*[\[【]\s*(?:sources?\s*)?\d[^\]】]*[\]】])+)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z§0-9])")
_ABBREVIATIONS = {"res", "rev", "no", "nos", "para", "paras", "e.g", "i.e", "etc", "art", "doc", "cf", "vol", "dr", "mr", "ms"}
_LIST_PREFIX = re.compile(r"^\s*(?:[-*•·▪–]+|\d+[.)])\s+")
_FENCE = re.compile(r"<\s*/?\s*(?:source|question|conversation)\b", re.IGNORECASE)


# -- parsing an answer into sentences with markers ---------------------------------------------
def parse_answer(text: str) -> list[tuple[str, tuple[int, ...]]]:
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
                sentences.append((bare, numbers))
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


# -- the prompt --------------------------------------------------------------------------------
def _fenced(text: str) -> str:
    """Text that cannot close or open the prompt's fences: its double quotes and fence tags neutralised."""
    text = _FENCE.sub(lambda m: m[0].replace("<", "‹"), text)
    return " ".join(text.replace('"', "'").replace("“", "'").replace("”", "'").split())


def answer_messages(question: str, sources: Sequence[Hit], max_words: int = 180) -> list:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    blocks = []
    for n, hit in enumerate(sources, 1):
        words = hit.unit.text.split()
        text = " ".join(words[:max_words]) + (" …" if len(words) > max_words else "")
        blocks.append(prompts.LLM_SOURCE.format(n=n, label=_fenced(hit.unit.label).replace("(", "").replace(")", ""),
                                                text=_fenced(text)))
    user = prompts.LLM_USER.format(sources="\n".join(blocks), question=_fenced(question))
    return [SystemMessage(prompts.LLM_SYSTEM), HumanMessage(prompts.LLM_EXAMPLE_USER),
            AIMessage(prompts.LLM_EXAMPLE_ANSWER), HumanMessage(user)]


def condense_messages(question: str, history: Sequence[tuple[str, str]]) -> list:
    from langchain_core.messages import HumanMessage, SystemMessage

    lines = "\n".join(f"{role}: {_fenced(content)[:500]}" for role, content in history)
    return [SystemMessage(prompts.CONDENSE_SYSTEM),
            HumanMessage(prompts.CONDENSE_USER.format(history=lines, question=_fenced(question)))]


# -- the generator -----------------------------------------------------------------------------
class LLMGenerator:
    name = "llm"

    def __init__(self, model: Callable[[], Any] | Any, where: str, timeout: float = 60.0, max_sources: int = 5) -> None:
        """``model`` is a LangChain chat model, or a function that builds one (called once, at first use)."""
        self._model = None if callable(model) and not hasattr(model, "stream") else model
        self._factory = model if self._model is None else None
        self.where = where
        self.timeout = timeout
        self.max_sources = max_sources
        self._lock = threading.Lock()

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = self._factory()
            return self._model

    def claims(self, question: str, hits: list[Hit]) -> Iterator[Claim]:
        sources = hits[: self.max_sources]
        ids = [h.unit.id for h in sources]
        buffer, emitted, said = "", 0, set()
        stream = self._text(answer_messages(question, sources))
        for buffer in stream:
            parsed = parse_answer(buffer)
            for text, numbers in parsed[emitted:-1]:  # the last sentence may not be finished yet
                if text in said:  # a small model repeating itself: nothing new is coming
                    stream.close()
                    return
                said.add(text)
                yield _claim(text, numbers, ids)
            emitted = max(emitted, len(parsed) - 1)
        for text, numbers in parse_answer(buffer)[emitted:]:
            if text not in said:
                said.add(text)
                yield _claim(text, numbers, ids)

    def condense(self, question: str, history: Sequence[tuple[str, str]]) -> str | None:
        """The follow-up as a standalone question, or None when the model's rewrite is unusable."""
        text = ""
        for text in self._text(condense_messages(question, history), timeout=min(self.timeout, 30.0)):
            pass
        lines = [ln for ln in text.strip().splitlines() if ln.strip()]
        if not lines:
            return None
        rewritten = re.sub(r"^(?:rewritten|standalone)?\s*question\s*:\s*", "", lines[0].strip(), flags=re.IGNORECASE)
        rewritten = rewritten.strip(" \"'“”")
        if not 3 <= len(rewritten) <= max(300, 3 * len(question)) or is_steering(rewritten):
            return None
        return rewritten

    def _text(self, messages: list, timeout: float | None = None) -> Iterator[str]:
        """The answer so far, after each streamed chunk; a timeout or server error is GeneratorUnavailable."""
        timeout = timeout or self.timeout
        deadline = time.monotonic() + timeout
        text = ""
        try:
            for chunk in self.model.stream(messages):
                content = chunk.content if isinstance(chunk.content, str) else chunk.text
                text += content
                if time.monotonic() > deadline:
                    raise TimeoutError
                yield text
        except GeneratorUnavailable:
            raise
        except Exception as exc:  # whatever the client raises: one line for the user, the rest in the log
            log.warning("LLM at %s failed: %r", self.where, exc)
            raise _unavailable(exc, timeout, self.where) from exc


def _claim(text: str, numbers: tuple[int, ...], ids: list[str]) -> Claim:
    named = [ids[n - 1] for n in numbers if 1 <= n <= len(ids)]
    return Claim(text=text, sources=tuple(dict.fromkeys(named)), markers_dropped=len(numbers) - len(named))


def _unavailable(exc: Exception, timeout: float, where: str) -> GeneratorUnavailable:
    names = " ".join(type(e).__name__ for e in (exc, exc.__cause__, exc.__context__) if e is not None)
    if isinstance(exc, TimeoutError) or "Timeout" in names:
        return GeneratorUnavailable(prompts.NOTICE_FALLBACK_TIMEOUT.format(seconds=timeout))
    status = getattr(exc, "status_code", None)
    if status:
        reason = f"{where} answered HTTP {status}"
    elif "Connect" in names:
        reason = f"{where} does not answer"
    else:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:120]
        reason = f"{where}: {first}"
    return GeneratorUnavailable(prompts.NOTICE_FALLBACK_ERROR.format(reason=reason))


# -- building it from the settings -------------------------------------------------------------
def llm_configured(settings) -> bool:
    return bool(settings.llm_base_url or settings.llm_gguf)


def build_llm_generator(settings) -> LLMGenerator:
    """The generator the settings describe; a GeneratorConfigError says what is missing."""
    if settings.llm_base_url:
        if not settings.llm_model:
            raise GeneratorConfigError("WSIS_LLM_BASE_URL is set but WSIS_LLM_MODEL is not: name the model the server serves")
        _require("langchain_openai", "langchain-openai")
        return LLMGenerator(lambda: openai_chat(settings), where=settings.llm_base_url,
                            timeout=settings.llm_timeout, max_sources=settings.llm_sources)
    if settings.llm_gguf:
        path = Path(settings.llm_gguf).expanduser()
        if not path.is_file():
            raise GeneratorConfigError(f"WSIS_LLM_GGUF={settings.llm_gguf}: no such model file")
        _require("llama_cpp", "llama-cpp-python")
        return LLMGenerator(lambda: LlamaCppChat.create(path, settings), where=path.name,
                            timeout=settings.llm_timeout, max_sources=settings.llm_sources)
    raise GeneratorConfigError(
        "the llm generator needs a model: set WSIS_LLM_BASE_URL and WSIS_LLM_MODEL (an OpenAI-compatible server) "
        "or WSIS_LLM_GGUF (a local model file)"
    )


def _require(module: str, package: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise GeneratorConfigError(f"the llm generator needs {package}: pip install 'wsis-assistant[llm]'")


def openai_chat(settings):
    from langchain_openai import ChatOpenAI

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    return ChatOpenAI(
        base_url=settings.llm_base_url, model=settings.llm_model, api_key=key, timeout=settings.llm_timeout,
        max_retries=0, temperature=settings.llm_temperature, max_completion_tokens=settings.llm_max_tokens,
    )


def _chat_model_class():
    """LlamaCppChat, defined on first use so that importing this module needs no LangChain model class."""
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import AIMessage, AIMessageChunk
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
    from pydantic import PrivateAttr

    class _LlamaCppChat(BaseChatModel):
        """A GGUF model run in process by llama-cpp-python, as a LangChain chat model (streams tokens).

        llama.cpp's context is not thread-safe: one answer at a time.
        """

        model_path: str
        n_ctx: int = 4096
        n_threads: int | None = None
        max_tokens: int = 256
        temperature: float = 0.0
        seed: int = 0
        repeat_penalty: float = 1.15
        _llama: Any = PrivateAttr(default=None)
        _lock: Any = PrivateAttr(default_factory=threading.Lock)

        @property
        def _llm_type(self) -> str:
            return "llama-cpp"

        def client(self):
            if self._llama is None:
                from llama_cpp import Llama

                self._llama = Llama(model_path=self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads,
                                    seed=self.seed, verbose=False)
            return self._llama

        def _request(self, messages, stop, stream: bool):
            roles = {"system": "system", "human": "user", "ai": "assistant"}
            return self.client().create_chat_completion(
                messages=[{"role": roles.get(m.type, "user"), "content": m.text} for m in messages],
                max_tokens=self.max_tokens, temperature=self.temperature, stop=stop, stream=stream, seed=self.seed,
                repeat_penalty=self.repeat_penalty,
            )

        def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
            with self._lock:
                out = self._request(messages, stop, stream=False)
            text = out["choices"][0]["message"].get("content") or ""
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

        def _stream(self, messages, stop=None, run_manager=None, **kwargs) -> Iterator[ChatGenerationChunk]:
            with self._lock:
                for part in self._request(messages, stop, stream=True):
                    delta = part["choices"][0].get("delta", {}).get("content")
                    if delta:
                        chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                        if run_manager:
                            run_manager.on_llm_new_token(delta, chunk=chunk)
                        yield chunk

    return _LlamaCppChat


class LlamaCppChat:
    """Builds the in-process GGUF chat model (a LangChain ``BaseChatModel``) and loads the file once."""

    _class = None

    @classmethod
    def create(cls, path: Path, settings) -> Any:
        import os

        if cls._class is None:
            cls._class = _chat_model_class()
        model = cls._class(
            model_path=str(path), n_threads=settings.llm_threads or os.cpu_count() or 1,
            max_tokens=settings.llm_max_tokens, temperature=settings.llm_temperature,
        )
        model.client()  # load now, once: the first answer should not pay for it twice
        return model
