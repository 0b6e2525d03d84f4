"""Answer generators: each turns a question and its retrieved units into claims with sources.

The LLM generator lives in ``assistant.generators.llm`` and is imported only when configured: its
packages are the optional ``llm`` extra.
"""

from assistant.generators.base import Generator, GeneratorConfigError, GeneratorUnavailable
from assistant.generators.extractive import ExtractiveGenerator

__all__ = ["Generator", "GeneratorConfigError", "GeneratorUnavailable", "ExtractiveGenerator"]
