"""The answer contract (design.md): what `wsis ask --json` prints and /api/ask returns."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from pydantic import BaseModel, ConfigDict, Field

BULLET = "- "


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
    generator: str = Field("extractive", description="the generator whose sentences the answer shows")
    notice: str | None = Field(
        None, description="one line on how the answer was made: sentences the post-check removed, or a fallback "
        "to the extractive answer (also the answer's last line)",
    )
    sentences: int = Field(0, description="sentences the generator proposed")
    dropped: int = Field(0, description="of those, removed by the post-check: no source they cite supports them")


_MARKER = re.compile(r"\[\d+\]")


def layout(lines: Sequence[str], sub: Collection[int] = ()) -> str:
    """An answer's text from its lines: one line alone; several as a Markdown list, the lines in ``sub``
    (further quotes of one unit) nested under the line before them. A line that cites nothing is the
    project's framing of the items after it ("Scope: Plenipotentiary Conference.", "More from the
    sources:"): a paragraph of its own above them, not one of them.

    The one layout: the service writes ``Answer.answer`` with it, and the chat lays out the lines
    it streams with it, so what streams in looks like what the answer becomes.
    """
    top = [i for i in range(len(lines)) if i not in sub]
    if len(top) <= 1:
        return "\n".join(lines[i] if i not in sub else f"{BULLET}{lines[i]}" for i in range(len(lines)))
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in sub:
            out.append(f"  {BULLET}{line}")
        elif _MARKER.search(line):
            out.append(f"{BULLET}{line}")
        else:
            out.append(("\n" if out else "") + line + "\n")
    return "\n".join(out)


class Claim(BaseModel):
    """One sentence a generator proposes, with the units it says support it."""

    model_config = ConfigDict(frozen=True)

    text: str
    sources: tuple[str, ...]
    quote: str = ""
    quotes: dict[str, str] = Field(default_factory=dict, description="per source id, its supporting sentence (the post-check's)")
    markers_dropped: int = Field(0, description="markers that named no source given (an LLM's invention)")
    continued: bool = Field(False, description="another quote of the same unit came just before: shown under it")
    items: tuple[str, str] | None = Field(None, description="(first, last) sub-item of a paragraph quoted in part")
    items_on_question: bool = Field(True, description="the sub-items quoted are those on the question, else the first ones")
