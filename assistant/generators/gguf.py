"""A local GGUF model run in this process by llama-cpp-python, as a LangChain chat model that streams tokens.

llama-cpp-python is the optional ``llm`` extra: it is imported when the model is first loaded, not
when this module is.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from assistant.settings import Settings

_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


class LlamaCppChat(BaseChatModel):
    """llama.cpp's context is not thread-safe: one answer at a time."""

    model_path: str
    n_ctx: int = 4096
    n_threads: int | None = None
    max_tokens: int = 256
    temperature: float = 0.0
    seed: int = 0
    repeat_penalty: float = 1.15
    _llama: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @classmethod
    def load(cls, path: Path, settings: Settings) -> LlamaCppChat:
        """The model the settings describe, its file loaded now: the first answer should not pay for it."""
        model = cls(
            model_path=str(path), n_threads=settings.llm_threads or os.cpu_count() or 1,
            max_tokens=settings.llm_max_tokens, temperature=settings.llm_temperature,
        )
        model.client()
        return model

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    def client(self) -> Any:
        """The llama.cpp model, loaded from its file once."""
        if self._llama is None:
            from llama_cpp import Llama  # the optional `llm` extra, compiled on install: only when a GGUF is used

            self._llama = Llama(model_path=self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads,
                                seed=self.seed, verbose=False)
        return self._llama

    def _request(self, messages: Sequence[BaseMessage], stop: list[str] | None, stream: bool) -> Any:
        return self.client().create_chat_completion(
            messages=[{"role": _ROLES.get(m.type, "user"), "content": m.text} for m in messages],
            max_tokens=self.max_tokens, temperature=self.temperature, stop=stop, stream=stream, seed=self.seed,
            repeat_penalty=self.repeat_penalty,
        )

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        with self._lock:
            out = self._request(messages, stop, stream=False)
        text = out["choices"][0]["message"].get("content") or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        with self._lock:
            for part in self._request(messages, stop, stream=True):
                delta = part["choices"][0].get("delta", {}).get("content")
                if delta:
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                    if run_manager:
                        run_manager.on_llm_new_token(delta, chunk=chunk)
                    yield chunk
