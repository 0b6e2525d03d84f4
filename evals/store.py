"""Every eval run kept: SQLite under the data directory, beside the feedback store.

A run is stored with the questions it ran (by their content hash: a set edited between two runs
is two sets), the index it answered from, the generator and the settings that change answers,
its report, and each question's answer with its citations. ``wsis eval run`` and the chat UI's
Evals tab write here; ``wsis eval runs``, ``wsis eval compare RUN_A RUN_B`` and the tab read here.

WAL mode and a connection per call, as the feedback store: a run written by the CLI is seen by a
running app, and two writers wait for each other instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from evals.dataset import Dataset, Question
from evals.report import QuestionResult, Report

RUNS_FILE = "eval-runs.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS datasets (
    hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    questions TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    dataset TEXT NOT NULL,
    dataset_hash TEXT NOT NULL,
    generator TEXT NOT NULL,
    k INTEGER NOT NULL,
    questions INTEGER NOT NULL,
    passed INTEGER NOT NULL,
    seconds REAL NOT NULL,
    index_units INTEGER NOT NULL,
    index_model TEXT NOT NULL,
    index_built_at TEXT NOT NULL,
    settings TEXT NOT NULL,
    metrics TEXT NOT NULL,
    report TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_by_dataset ON runs (dataset, id);
CREATE TABLE IF NOT EXISTS answers (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    passed INTEGER NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX IF NOT EXISTS answers_by_question ON answers (run_id, question_id);
"""


@dataclass(frozen=True)
class RunRecord:
    """A stored run as the runs table lists it: what it ran on, and its headline metrics."""

    id: int
    created_at: str
    origin: str
    label: str
    dataset: str
    dataset_hash: str
    generator: str
    k: int
    questions: int
    passed: int
    seconds: float
    index_units: int
    index_model: str
    index_built_at: str
    settings: dict
    metrics: dict[str, float | None]


class RunNotFound(LookupError):
    def __init__(self, run_id: int, where: Path) -> None:
        super().__init__(f"no eval run #{run_id} in {where} (list them: wsis eval runs)")


class RunStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    @classmethod
    def under(cls, home: Path | str) -> RunStore:
        """The store of the data directory ``home`` (``WSIS_HOME``)."""
        return cls(Path(home) / RUNS_FILE)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA foreign_keys=ON")
            db.row_factory = sqlite3.Row
            with db:  # one transaction, committed on exit
                yield db
        finally:
            db.close()

    # -- writing --------------------------------------------------------------------------
    def add(self, report: Report, dataset: Dataset | None = None, origin: str = "cli", label: str = "") -> int:
        """Keep a run; returns its number. ``dataset`` (the questions run) is kept once per content hash."""
        index = report.index
        head = report.model_dump_json(exclude={"questions"})
        with self._connect() as db:
            if dataset is not None:
                db.execute("INSERT OR IGNORE INTO datasets (hash, name, questions, created_at) VALUES (?, ?, ?, ?)",
                           (dataset.content_hash, dataset.name,
                            json.dumps([q.model_dump(mode="json") for q in dataset.questions], ensure_ascii=False), _now()))
            cursor = db.execute(
                "INSERT INTO runs (created_at, origin, label, dataset, dataset_hash, generator, k, questions, passed, seconds,"
                " index_units, index_model, index_built_at, settings, metrics, report)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_now(), origin, label, report.dataset, report.dataset_hash, report.generator, report.k,
                 report.summary.questions, report.summary.passed, report.seconds,
                 int(index.get("units", report.index_units)), str(index.get("model", "")), str(index.get("built_at", "")),
                 json.dumps(report.settings), json.dumps(report.summary.metrics), head),
            )
            run_id = cursor.lastrowid
            assert run_id is not None, "an INSERT sets the row id"
            db.executemany(
                "INSERT INTO answers (run_id, position, question_id, passed, result) VALUES (?, ?, ?, ?, ?)",
                [(run_id, i, q.id, int(q.passed), q.model_dump_json()) for i, q in enumerate(report.questions)],
            )
        return run_id

    def delete(self, run_id: int) -> None:
        with self._connect() as db:
            if not db.execute("DELETE FROM runs WHERE id = ?", (run_id,)).rowcount:
                raise RunNotFound(run_id, self.path)

    # -- reading --------------------------------------------------------------------------
    def runs(self, dataset: str | None = None, limit: int | None = None) -> list[RunRecord]:
        """Stored runs, the newest first; of one set (by name) when ``dataset`` is given."""
        query = "SELECT * FROM runs" + (" WHERE dataset = ?" if dataset else "") + " ORDER BY id DESC"
        params: list[object] = [dataset] if dataset else []
        if limit:
            query += " LIMIT ?"
            params.append(limit)
        with self._connect() as db:
            return [_record(row) for row in db.execute(query, params)]

    def record(self, run_id: int) -> RunRecord:
        with self._connect() as db:
            row = db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise RunNotFound(run_id, self.path)
        return _record(row)

    def report(self, run_id: int) -> Report:
        """The whole report of a run, every question's answer in it."""
        with self._connect() as db:
            row = db.execute("SELECT report FROM runs WHERE id = ?", (run_id,)).fetchone()
            if row is None:
                raise RunNotFound(run_id, self.path)
            results = [r["result"] for r in db.execute("SELECT result FROM answers WHERE run_id = ? ORDER BY position",
                                                        (run_id,))]
        head = Report.model_validate_json(row["report"])
        return head.model_copy(update={"questions": [QuestionResult.model_validate_json(r) for r in results]})

    def answer(self, run_id: int, question_id: str) -> QuestionResult:
        """One question of a run, as it was answered (for a drill-down)."""
        with self._connect() as db:
            row = db.execute("SELECT result FROM answers WHERE run_id = ? AND question_id = ?", (run_id, question_id)).fetchone()
        if row is None:
            self.record(run_id)  # RunNotFound when the run itself is missing
            raise LookupError(f"run #{run_id} has no question {question_id!r}")
        return QuestionResult.model_validate_json(row["result"])

    def questions(self, dataset_hash: str) -> list[Question]:
        """The questions a run ran, by the content hash it recorded (empty for a set never stored)."""
        with self._connect() as db:
            row = db.execute("SELECT questions FROM datasets WHERE hash = ?", (dataset_hash,)).fetchone()
        return [Question.model_validate(q) for q in json.loads(row["questions"])] if row else []

    def datasets(self) -> list[str]:
        """The names of the sets that have runs, the most recently run first."""
        with self._connect() as db:
            return [r["dataset"] for r in db.execute("SELECT dataset, MAX(id) AS last FROM runs GROUP BY dataset "
                                                     "ORDER BY last DESC")]


def _record(row: sqlite3.Row) -> RunRecord:
    return RunRecord(
        id=row["id"], created_at=row["created_at"], origin=row["origin"], label=row["label"], dataset=row["dataset"],
        dataset_hash=row["dataset_hash"], generator=row["generator"], k=row["k"], questions=row["questions"],
        passed=row["passed"], seconds=row["seconds"], index_units=row["index_units"], index_model=row["index_model"],
        index_built_at=row["index_built_at"], settings=json.loads(row["settings"]), metrics=json.loads(row["metrics"]),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
