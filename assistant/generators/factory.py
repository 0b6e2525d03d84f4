"""The LLM generator the settings describe: an OpenAI-compatible server, or a local GGUF file.

- ``WSIS_LLM_BASE_URL`` + ``WSIS_LLM_MODEL`` (+ ``WSIS_LLM_API_KEY``): a server (vLLM, llama.cpp's
  server, Ollama, …) through ``langchain-openai``'s ``ChatOpenAI``;
- ``WSIS_LLM_GGUF``: a model file run in this process by llama-cpp-python (:class:`LlamaCppChat`).

Both packages are the optional ``llm`` extra: checked for here, imported when the model is built.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.generators.base import GeneratorConfigError
from assistant.generators.gguf import LlamaCppChat
from assistant.generators.llm import LLMGenerator
from assistant.settings import Settings


def llm_configured(settings: Settings) -> bool:
    return bool(settings.llm_base_url or settings.llm_gguf)


def build_llm_generator(settings: Settings) -> LLMGenerator:
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
        return LLMGenerator(lambda: LlamaCppChat.load(path, settings), where=path.name,
                            timeout=settings.llm_timeout, max_sources=settings.llm_sources)
    raise GeneratorConfigError(
        "the llm generator needs a model: set WSIS_LLM_BASE_URL and WSIS_LLM_MODEL (an OpenAI-compatible server) "
        "or WSIS_LLM_GGUF (a local model file)"
    )


def _require(module: str, package: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise GeneratorConfigError(f"the llm generator needs {package}: pip install 'wsis-assistant[llm]'")


def openai_chat(settings: Settings) -> BaseChatModel:
    """``ChatOpenAI`` at the configured server: no retries (a failure falls back at once), the answer's token limit."""
    from langchain_openai import ChatOpenAI  # the optional `llm` extra, imported only when a server is configured

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
    return ChatOpenAI(
        base_url=settings.llm_base_url, model=settings.llm_model, api_key=key, timeout=settings.llm_timeout,
        max_retries=0, temperature=settings.llm_temperature, max_completion_tokens=settings.llm_max_tokens,
    )
