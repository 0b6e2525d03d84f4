"""Restricting a search to some documents or issuing bodies."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.bodies import BODIES

__all__ = ["BODIES", "Filters"]


@dataclass(frozen=True)
class Filters:
    docs: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()

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
        return bool(self.docs or self.bodies)

    def allows(self, doc: str, body: str) -> bool:
        return (not self.docs or doc in self.docs) and (not self.bodies or body in self.bodies)

    def chroma_where(self) -> dict | None:
        clauses = [{key: {"$in": list(values)}} for key, values in (("doc", self.docs), ("body", self.bodies)) if values]
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
