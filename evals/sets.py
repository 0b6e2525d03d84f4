"""Question sets people bring: kept under the data directory by name, beside the ones that ship.

An uploaded set (JSON Lines or CSV) is checked whole before it is kept, and kept as JSON Lines
(``WSIS_HOME/eval-sets/NAME.jsonl``), so the chat UI's Evals tab and ``wsis eval run NAME`` run the
same questions. Drafts of questions from the chat's thumbs-down answers are made here too: the
question and what the answer cited, for a person to correct before they join a set.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from evals.dataset import (
    Dataset,
    DatasetError,
    Question,
    format_of,
    load_dataset,
    parse_dataset,
    shipped_datasets,
    to_jsonl,
)

SETS_DIR = "eval-sets"
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def set_name(text: str) -> str:
    """A set's name from what a person typed or a file's name: ``My set (v2).csv`` -> ``My-set-v2``."""
    stem = Path(text.strip()).name
    for suffix in (".jsonl", ".csv", ".json"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")[:64]
    if not NAME.match(name):
        raise DatasetError(f"{text!r} cannot name a question set: use letters, digits, '.', '_' or '-'")
    return name


class QuestionSets:
    """The sets kept in one folder, by name."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @classmethod
    def under(cls, home: Path | str) -> QuestionSets:
        return cls(Path(home) / SETS_DIR)

    def names(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.jsonl")) if self.folder.is_dir() else []

    def path(self, name: str) -> Path:
        return self.folder / f"{set_name(name)}.jsonl"

    def __contains__(self, name: str) -> bool:
        try:
            return self.path(name).is_file()
        except DatasetError:
            return False

    def load(self, name: str) -> Dataset:
        return load_dataset(self.path(name))

    def save(self, name: str, questions: Iterable[Question]) -> Dataset:
        """Keep the questions as the set ``name`` (replacing a set of that name); returns it as loaded back."""
        name = set_name(name)
        if name in {p.stem for p in shipped_datasets()}:
            raise DatasetError(f"{name!r} is the name of a set that ships with the assistant: choose another")
        questions = list(questions)
        seen: set[str] = set()
        for q in questions:
            if q.id in seen:
                raise DatasetError(f"the question set {name} would hold the id {q.id!r} twice")
            seen.add(q.id)
        if not questions:
            raise DatasetError(f"the question set {name} would have no questions")
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(name)
        # Written beside the target and renamed over it: a reader never sees half a set.
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(to_jsonl(questions))
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return load_dataset(target)

    def upload(self, text: str, filename: str, name: str | None = None) -> Dataset:
        """Check a set a person uploaded (``.csv`` or JSON Lines, by the file's name) and keep it as ``name``
        (default: the file's name); a set with errors is not kept and the error names every bad line."""
        dataset = parse_dataset(text.lstrip("\ufeff"), set_name(name or filename), Path(filename).name, format_of(filename))
        return self.save(dataset.name, dataset.questions)

    def add(self, name: str, questions: Iterable[Question]) -> Dataset:
        """Questions added at the end of the set ``name`` (made when it does not exist yet)."""
        kept = list(self.load(name).questions) if name in self else []
        return self.save(name, [*kept, *questions])

    def resolve(self, name_or_path: str | Path) -> Dataset:
        """A set by path, else by the name it is kept under here, else a shipped set's name (``page`` or ``page.jsonl``)."""
        path = Path(name_or_path)
        if path.is_file():
            return load_dataset(path)
        text = str(name_or_path)
        if text in self:
            return self.load(text)
        shipped = {p.stem: p for p in shipped_datasets()} | {p.name: p for p in shipped_datasets()}
        if text in shipped:
            return load_dataset(shipped[text])
        return load_dataset(path)  # the error says the file cannot be read


def feedback_drafts(feedback: Iterable[Mapping]) -> list[dict]:
    """Draft questions from the chat's feedback: each question whose latest vote is a thumbs-down, with
    what its answer cited as the expected citations (a person corrects them before saving).

    ``feedback`` rows are the feedback store's (``id``, ``rating``, ``question``, ``citations``): a
    thumbs-down taken back (``withdrawn``) or followed by a thumbs-up on the same answer is no draft.
    """
    latest: dict[tuple[str, str], Mapping] = {}
    for row in feedback:
        latest[(row["question"], row.get("answer", ""))] = row
    drafts: dict[str, dict] = {}
    for row in latest.values():
        if row["rating"] != "down" or row["question"] in drafts:
            continue
        cited = list(dict.fromkeys(c["id"] for c in row.get("citations", []) if c.get("id")))
        drafts[row["question"]] = {
            "id": f"fb-{row['id']}", "question": row["question"], "expected_citations": cited, "expected_facts": [],
            "answerable": True, "tags": ["feedback"], "lang": "", "answer": row.get("answer", ""),
        }
    return list(drafts.values())
