"""Question sets: JSON Lines or CSV, one question a line (a row), in the schema of design.md.

```json
{"id": "q-spectrum", "question": "...", "expected_citations": ["tais:96"],
 "expected_facts": ["radio-frequency spectrum"], "answerable": true, "tags": ["lookup"], "lang": "en"}
```

A CSV set has the same columns, named in its first row (:data:`COLUMNS`; ``id``, ``question`` and
``answerable`` are required). A list column (``expected_citations``, ``expected_facts``, ``tags``)
holds its items separated by ``;``, or a JSON array (``["a; b", "c"]``) when an item holds a ``;``.
``answerable`` is ``true``/``false`` (``yes``/``no``, ``1``/``0``); an empty ``lang`` is detected
from the question. :data:`TEMPLATE_CSV` is a set of two examples to start from.

Loading checks the shape of every line (and says which line is wrong); :func:`unknown_citations`
checks the expected ids against the units an index holds, so a typo or a document that was never
indexed is reported instead of being scored as a retrieval miss.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from corpus.lang import LANGUAGES, detect

UNIT_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*:[A-Za-z0-9][\w.-]*$")

COLUMNS = ("id", "question", "expected_citations", "expected_facts", "answerable", "tags", "lang")
"""The fields of a question, in the order a CSV set and the template give them."""
LIST_COLUMNS = ("expected_citations", "expected_facts", "tags")
REQUIRED_COLUMNS = ("id", "question", "answerable")

Format = Literal["jsonl", "csv"]


class DatasetError(ValueError):
    """A question set that cannot be run as it is; the message names the file and line."""


class Question(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    expected_citations: tuple[str, ...] = ()
    expected_facts: tuple[str, ...] = ()
    answerable: bool
    tags: tuple[str, ...] = ()
    lang: str | None = None
    """The question's language (ISO 639-1, one of the six UN languages); None: detected from its text."""

    @field_validator("expected_citations")
    @classmethod
    def _unit_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [v for v in value if not UNIT_ID.match(v)]
        if bad:
            raise ValueError(f"{bad[0]!r} is not a unit id of the form <doc>:<locator>")
        return value

    @field_validator("lang")
    @classmethod
    def _un_language(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        code = value.strip().lower()
        if code not in LANGUAGES:
            raise ValueError(f"{value!r} is not one of the six UN languages: {', '.join(LANGUAGES)}")
        return code

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        if self.answerable and not self.expected_citations:
            raise ValueError("an answerable question needs at least one expected citation")
        if not self.answerable and (self.expected_citations or self.expected_facts):
            raise ValueError("a question with answerable: false cannot expect citations or facts")
        return self

    @property
    def language(self) -> str:
        """``lang`` when the set gives it, else the language the question is written in."""
        return self.lang or detect(self.question)


@dataclass(frozen=True)
class Dataset:
    name: str
    path: str
    questions: tuple[Question, ...]

    def __len__(self) -> int:
        return len(self.questions)

    @property
    def tags(self) -> list[str]:
        return sorted({t for q in self.questions for t in q.tags})

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the questions as loaded: the same questions give the same hash from JSONL or CSV,
        and any change to one (a word, an expected citation, the order) gives another."""
        return hashlib.sha256(to_jsonl(self.questions).encode("utf-8")).hexdigest()


def load_dataset(path: str | Path) -> Dataset:
    """Read and check a question set (``.csv``: CSV, anything else: JSON Lines); every problem found is
    in the one error raised, each with its file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DatasetError(f"cannot read the question set {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(f"the question set {path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return parse_dataset(text, path.stem, str(path), format_of(path))


def format_of(path: str | Path) -> Format:
    return "csv" if Path(path).suffix.lower() == ".csv" else "jsonl"


def parse_dataset(text: str, name: str, source: str, fmt: Format = "jsonl") -> Dataset:
    """Check a question set given as text; ``source`` names it in the errors (``source:line: …``)."""
    return _checked(_csv_records(text, source) if fmt == "csv" else _jsonl_records(text, source), name, source)


def _checked(records: Iterable[tuple[int, dict[str, Any] | str]], name: str, source: str) -> Dataset:
    questions: list[Question] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, record in records:
        if isinstance(record, str):
            problems.append(record)
            continue
        try:
            question = Question.model_validate(record)
        except ValidationError as exc:
            details = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'question'}: {e['msg']}" for e in exc.errors()
            )
            problems.append(f"{source}:{number}: {details}")
            continue
        if question.id in seen:
            problems.append(f"{source}:{number}: duplicate id {question.id!r} (first on line {seen[question.id]})")
            continue
        seen[question.id] = number
        questions.append(question)
    if problems:
        raise DatasetError("the question set has errors:\n  " + "\n  ".join(problems))
    if not questions:
        raise DatasetError(f"the question set {source} has no questions")
    return Dataset(name=name, path=source, questions=tuple(questions))


def _jsonl_records(text: str, source: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, the line's object, or a problem in words) for every line that is not blank."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"{source}:{number}: not JSON ({exc.msg})"


def _csv_records(text: str, source: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number where the row starts, the row as a question's fields, or a problem) for every row."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield 1, f"{source}:1: not CSV ({exc})"
        return

    def rows() -> Iterator[tuple[int, list[str]]]:
        end = reader.line_num
        while True:
            start = end + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _Unreadable(start, f"{source}:{start}: not CSV ({exc})") from None
            end = reader.line_num
            yield start, row

    try:
        yield from _table_records(header, rows(), source)
    except _Unreadable as exc:
        yield exc.line, exc.problem


class _Unreadable(Exception):
    def __init__(self, line: int, problem: str) -> None:
        self.line, self.problem = line, problem


def _table_records(header: list[str], rows: Iterable[tuple[int, list[str]]], source: str,
                   ) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Rows of cells under the header (a CSV set, a table edited in the UI) as a question's fields, or a problem."""
    header = [h.strip().lower() for h in header]
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if unknown or missing or len(set(header)) != len(header):
        said = [f"unknown column {h!r}" for h in unknown] + [f"no {c!r} column" for c in missing]
        if len(set(header)) != len(header):
            said.append("a column is named twice")
        yield 1, f"{source}:1: {'; '.join(said)} (the columns are {', '.join(COLUMNS)})"
        return
    for number, row in rows:
        cells = ["" if cell is None else str(cell).strip() for cell in row]
        if not any(cells):
            continue
        if len(cells) > len(header):
            yield number, f"{source}:{number}: {len(cells)} cells for {len(header)} columns (a comma in a cell needs quotes)"
            continue
        record: dict[str, Any] = {}
        problem = None
        for column, cell in zip(header, cells, strict=False):
            if column in LIST_COLUMNS:
                try:
                    record[column] = split_list_cell(cell)
                except ValueError as exc:
                    problem = f"{source}:{number}: {column}: {exc}"
            elif cell:  # an empty cell is a missing value: the default, or "Field required"
                record[column] = cell
        yield number, problem or record


def parse_table(header: list[str], rows: Iterable[list[object]], name: str, source: str) -> Dataset:
    """Check a question set given as a table (the columns of a CSV set): its rows are numbered from 1."""
    return _checked(_table_records(header, ((n, [str(c) if c is not None else "" for c in row])
                                            for n, row in enumerate(rows, 1)), source), name, source)


def split_list_cell(cell: str) -> list[str]:
    """A list cell of a CSV set: ``a; b; c``, or a JSON array of strings."""
    if cell.startswith("["):
        try:
            items = json.loads(cell)
        except json.JSONDecodeError as exc:
            raise ValueError(f"starts with [ but is not a JSON array ({exc.msg})") from None
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError("a JSON array in a cell holds strings only")
        return [i.strip() for i in items if i.strip()]
    return [item.strip() for item in cell.split(";") if item.strip()]


def question_record(question: Question) -> dict[str, Any]:
    """A question as a JSON Lines record: the design's keys, and ``lang`` when the set gives it."""
    record = question.model_dump(mode="json")
    if record["lang"] is None:
        del record["lang"]
    return record


def to_jsonl(questions: Iterable[Question]) -> str:
    return "".join(json.dumps(question_record(q), ensure_ascii=False) + "\n" for q in questions)


def to_csv(questions: Iterable[Question]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for q in questions:
        cells = []
        for column in COLUMNS:
            value = getattr(q, column)
            if column in LIST_COLUMNS:
                cells.append(json.dumps(list(value), ensure_ascii=False) if any(";" in v for v in value)
                             else "; ".join(value))
            elif column == "answerable":
                cells.append("true" if value else "false")
            else:
                cells.append(value or "")
        writer.writerow(cells)
    return buffer.getvalue()


TEMPLATE_QUESTIONS = (
    Question(id="q-spectrum", question="Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?",
             expected_citations=("itu-wsis-page:tais-96",), expected_facts=("radio-frequency spectrum",), answerable=True,
             tags=("lookup", "paraphrase"), lang="en"),
    Question(id="q-cake", question="Comment faire un gâteau au chocolat ?", answerable=False, tags=("off-topic",), lang="fr"),
)
TEMPLATE_CSV = to_csv(TEMPLATE_QUESTIONS)
"""Two example rows under the columns: one question to answer from a unit, one to refuse."""
TEMPLATE_JSONL = to_jsonl(TEMPLATE_QUESTIONS)


def unknown_citations(dataset: Dataset, known_ids: Iterable[str]) -> dict[str, list[str]]:
    """Question id -> the expected citations that are not units of the index, for each such question."""
    known = set(known_ids)
    unknown = {q.id: [c for c in q.expected_citations if c not in known] for q in dataset.questions}
    return {qid: ids for qid, ids in unknown.items() if ids}


DATASETS_DIR = Path(__file__).resolve().parent / "datasets"


def shipped_datasets() -> list[Path]:
    """The question sets that ship with the project (``evals/datasets/*.jsonl``), e.g. for the UI to offer."""
    return sorted(DATASETS_DIR.glob("*.jsonl"))
