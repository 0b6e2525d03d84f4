"""Thumbs up / down on answers, kept in SQLite under the data directory.

WAL mode and a connection per write: several threads (and several processes sharing the data
directory) can record feedback at once, and a committed row survives a restart. A database
deleted while the server runs is made again at the next write; one that cannot be written (a
read-only file or disk, a full disk) is a FeedbackUnavailable naming it, until it can be again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from assistant.answer import Citation

log = logging.getLogger(__name__)

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


class FeedbackUnavailable(RuntimeError):
    """Feedback cannot be stored now; the message names the database and why."""

    def __init__(self, path: Path, reason: str) -> None:
        readonly = "readonly" in reason.replace("-", "").replace(" ", "")
        fix = "it is read-only: make it (and its folder) writable" if readonly else "check that its disk and folder are writable"
        super().__init__(f"feedback cannot be stored in {path} ({reason}): {fix}")


class FeedbackStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._create()
        except (sqlite3.DatabaseError, OSError) as exc:  # the app serves; each vote tries again and says why
            log.warning("%s", FeedbackUnavailable(self.path, str(exc)))

    def _create(self) -> None:
        """The folder, the file and the table, as far as they are missing."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = self._connect()
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)
            db.commit()
        finally:
            db.close()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA busy_timeout=30000")
        return db

    def add(
        self, rating: Rating, question: str, answer: str, citations: list[Citation] | list[dict],
        comment: str = "", origin: str = "", client: str = "",
    ) -> int:
        rows = [c.model_dump() if isinstance(c, Citation) else dict(c) for c in citations]
        values = (datetime.now(UTC).isoformat(timespec="seconds"), rating, question, answer,
                  json.dumps(rows, ensure_ascii=False), comment, origin, client)
        try:
            try:
                return self._insert(values)
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc) and "unable to open" not in str(exc):
                    raise
                self._create()  # the file or its folder was deleted while we ran
                return self._insert(values)
        except (sqlite3.DatabaseError, OSError) as exc:  # read-only, a full disk, a damaged file
            raise FeedbackUnavailable(self.path, str(exc)) from None

    def _insert(self, values: tuple) -> int:
        db = self._connect()
        try:
            with db:  # one transaction, committed on exit
                cursor = db.execute(
                    "INSERT INTO feedback (created_at, rating, question, answer, citations, comment, origin, client)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values,
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
