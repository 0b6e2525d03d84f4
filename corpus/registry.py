"""The source registry: every document the assistant knows, where it officially lives."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from corpus.bodies import BODY_PATTERNS


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    short: str
    body: str
    kind: str
    format: str
    urls: tuple[str, ...]
    symbol: str = ""
    number: str = ""
    date: str = ""
    language: str = "en"
    status: str = "inferred"
    names: tuple[str, ...] = ()
    """What delegates call it, in the six UN languages: "Tunis Agenda", "Agenda de Túnez", "突尼斯议程"."""
    shorts: dict[str, str] = field(default_factory=dict, hash=False)
    """Its short name in the other UN languages, by ISO 639-1 code: what its translations' labels say."""
    titles: dict[str, str] = field(default_factory=dict, hash=False)
    """Its title in the other UN languages."""

    @property
    def url(self) -> str:
        return self.urls[0] if self.urls else ""

    def short_in(self, lang: str) -> str:
        """The short name a version in ``lang`` is labelled with: its own in that language, else the
        original's with the language shown ("Action Line C5 roadmap [fr]")."""
        if lang == self.language:
            return self.short
        return self.shorts.get(lang) or f"{self.short} [{lang}]"

    def name_in(self, lang: str) -> str:
        """The short name a reader of ``lang`` knows it by: its own in that language where the registry
        gives one ("Agenda de Tunis"), else the original's."""
        return self.shorts.get(lang) or self.short

    def title_in(self, lang: str) -> str:
        """The title of a version in ``lang``; "" when the registry does not know it."""
        return self.title if lang == self.language else self.titles.get(lang, "")


@cache
def load_registry() -> dict[str, Document]:
    raw = tomllib.loads(resources.files("corpus").joinpath("data/registry.toml").read_text("utf-8"))
    docs = {}
    for entry in raw["document"]:
        entry = dict(entry, urls=tuple(entry.get("urls", ())), names=tuple(entry.get("names", ())))
        docs[entry["id"]] = Document(**entry)
    return docs


def resolution_doc_id(number: str, body: str | None = None) -> str:
    """The registry id of ``Resolution <number>``; a made-up id when the registry lacks it.

    The made-up id (``res-999``) matches no unit, which is what lets the assistant say a
    named resolution is not in the index instead of answering from something else.
    """
    resolutions = [d for d in load_registry().values() if d.kind == "resolution" and d.number == number]
    # A body named loosely in a question ("the Council's work ... Resolution 140") must not hide
    # the one resolution that carries that number.
    if resolutions:
        return min(resolutions, key=lambda d: d.body != body).id
    # A body that adopts numbered resolutions (one with a pattern) prefixes their ids: pp-res-140.
    prefix = body.lower() if body and body in BODY_PATTERNS else ""
    return f"{prefix}-res-{number}" if prefix else f"res-{number}"
