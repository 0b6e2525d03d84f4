"""Answer generators: each turns a question and its retrieved units into claims with sources.

``base``: the :class:`Generator` protocol (with its optional ``condense`` ability) and its errors;
``extractive``: quotes and cites, needs no LLM. The LLM generator is split by job: ``parsing`` (a
generated answer read back), ``messages`` (the prompts sent), ``llm`` (the generator),
``failures`` (a client's errors as notices), ``gguf`` (a local model as a LangChain chat model),
``factory`` (built from the settings). Those are imported only when an LLM is configured.
"""

from assistant.generators.base import Generator, GeneratorConfigError, GeneratorUnavailable
from assistant.generators.extractive import ExtractiveGenerator

__all__ = ["Generator", "GeneratorConfigError", "GeneratorUnavailable", "ExtractiveGenerator"]
