"""Answer generators: each turns a question and its retrieved units into claims with sources."""

from assistant.generators.base import Generator
from assistant.generators.extractive import ExtractiveGenerator

__all__ = ["Generator", "ExtractiveGenerator"]
