"""Thumbs up / down on answers, kept in SQLite under the data directory.

WAL mode and a connection per write: several threads (and several processes sharing the data
directory) can record feedback at once, and a committed row survives a restart.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from assistant.answer import Citation

Rating = Literal["up", "down", "withdrawn"]
"""``withdrawn``: the chat's thumb was clicked again to take the vote back."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down', 'withdrawn')),
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    client TEXT NOT NULL DEFAULT ''
)
"""


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA busy_timeout=30000")
        return db

    def add(
        self, rating: Rating, question: str, answer: str, citations: list[Citation] | list[dict],
        comment: str = "", origin: str = "", client: str = "",
    ) -> int:
        rows = [c.model_dump() if isinstance(c, Citation) else dict(c) for c in citations]
        db = self._connect()
        try:
            with db:  # one transaction, committed on exit
                cursor = db.execute(
                    "INSERT INTO feedback (created_at, rating, question, answer, citations, comment, origin, client)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (datetime.now(UTC).isoformat(timespec="seconds"), rating, question, answer,
                     json.dumps(rows, ensure_ascii=False), comment, origin, client),
                )
            row = cursor.lastrowid
            assert row is not None, "an INSERT sets the row id"
            return row
        finally:
            db.close()

    def all(self) -> list[dict]:
        db = self._connect()
        try:
            db.row_factory = sqlite3.Row
            rows = [dict(r) for r in db.execute("SELECT * FROM feedback ORDER BY id")]
        finally:
            db.close()
        for row in rows:
            row["citations"] = json.loads(row["citations"])
        return rows
