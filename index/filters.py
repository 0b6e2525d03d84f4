"""Restricting a search to some documents or issuing bodies."""

from __future__ import annotations

from dataclasses import dataclass

from corpus import Unit
from corpus.bodies import BODIES

__all__ = ["BODIES", "Filters"]


@dataclass(frozen=True)
class Filters:
    """What a search may return. ``docs`` and ``bodies`` come from the user (``--doc``, ``"body"``);
    ``kinds`` and the years are read from a list question ("roadmaps since 2010")."""

    docs: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None

    @classmethod
    def parse(cls, raw: dict | None) -> Filters:
        """From the API's ``{"doc": [...], "body": [...]}``; unknown keys or bodies are errors."""
        raw = raw or {}
        unknown = set(raw) - {"doc", "body"}
        if unknown:
            raise ValueError(f"unknown filter {sorted(unknown)[0]!r}: use 'doc' and/or 'body'")
        docs, bodies = (_as_tuple(raw.get(key)) for key in ("doc", "body"))
        bad = [b for b in bodies if b not in BODIES]
        if bad:
            raise ValueError(f"unknown body {bad[0]!r}: one of {', '.join(BODIES)}")
        return cls(docs, bodies)

    def __bool__(self) -> bool:
        return bool(self.docs or self.bodies or self.kinds or self.since is not None or self.until is not None)

    def allows(self, unit: Unit) -> bool:
        if (self.docs and unit.doc not in self.docs) or (self.bodies and unit.body not in self.bodies):
            return False
        if self.kinds and unit.kind not in self.kinds:
            return False
        if self.since is not None or self.until is not None:
            if unit.year is None:
                return False
            return (self.since is None or unit.year >= self.since) and (self.until is None or unit.year <= self.until)
        return True

    def narrowed(self, other: Filters) -> Filters:
        """Both restrictions at once: the user's filters and a question's own scope."""
        def both(mine: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[str, ...]:
            if not (mine and theirs):
                return mine or theirs
            # Two lists that share nothing allow nothing: "" names no document, body or kind.
            return tuple(v for v in mine if v in theirs) or ("",)

        return Filters(
            docs=both(self.docs, other.docs), bodies=both(self.bodies, other.bodies), kinds=both(self.kinds, other.kinds),
            since=max((y for y in (self.since, other.since) if y is not None), default=None),
            until=min((y for y in (self.until, other.until) if y is not None), default=None),
        )

    def chroma_where(self) -> dict | None:
        clauses: list[dict] = [
            {key: {"$in": list(values)}} for key, values in (("doc", self.docs), ("body", self.bodies), ("kind", self.kinds))
            if values
        ]
        if self.since is not None:
            clauses.append({"year": {"$gte": self.since}})
        if self.until is not None:
            clauses.append({"year": {"$lte": self.until}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError("a filter's value is a string or a list of strings")
