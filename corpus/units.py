"""The citable unit: the piece of an official text that an answer points to."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unit:
    """One paragraph, clause, section or page item, with a stable id ``<doc>:<locator>``.

    ``refs`` are ids of what the unit talks about (``tais:96`` for the page's bullet on §96,
    or a whole document such as ``pp-res-140``), so a question naming a paragraph finds it.
    """

    doc: str
    locator: str
    label: str
    text: str
    url: str = ""
    title: str = ""
    refs: tuple[str, ...] = ()
    section: str = ""
    body: str = ""
    year: int | None = None
    number: str = ""
    lang: str = "en"
    """The language of ``text`` (one of the six UN languages, ISO 639-1): a question prefers units in its own."""
    kind: str = ""
    """The layout of the document it comes from: page, agenda, resolution or roadmap."""
    sentences: tuple[str, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.locator}"

    @property
    def content_hash(self) -> str:
        """Changes when anything that is embedded or shown changes, so a rebuild re-embeds it."""
        payload = "\x1f".join([self.label, self.section, self.text])
        return hashlib.sha256(payload.encode()).hexdigest()[:16]
