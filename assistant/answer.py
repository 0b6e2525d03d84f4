"""The answer contract (design.md): what `wsis ask --json` prints and /api/ask returns."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True)

    n: int = Field(description="the marker [n] in the answer")
    id: str = Field(description="the cited unit, <doc>:<locator>")
    doc: str
    label: str
    url: str
    text: str = Field(description="the whole unit")
    quote: str = Field(description="the sentence of the unit that supports the claim")


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    question: str
    answer: str = Field(description="markdown with [n] markers")
    refused: bool
    citations: list[Citation] = []
    timings_ms: dict[str, float] = {}
    generator: str = "extractive"


class Claim(BaseModel):
    """One sentence a generator proposes, with the units it says support it."""

    model_config = ConfigDict(frozen=True)

    text: str
    sources: tuple[str, ...]
    quote: str = ""
