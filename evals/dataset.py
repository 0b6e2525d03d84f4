"""Question sets: JSON Lines, one question a line, in the schema of design.md.

```json
{"id": "q-spectrum", "question": "...", "expected_citations": ["tais:96"],
 "expected_facts": ["radio-frequency spectrum"], "answerable": true, "tags": ["lookup"]}
```

Loading checks the shape of every line (and says which line is wrong); :func:`unknown_citations`
checks the expected ids against the units an index holds, so a typo or a document that was never
indexed is reported instead of being scored as a retrieval miss.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

UNIT_ID = re.compile(r"^[a-z0-9][a-z0-9.-]*:[A-Za-z0-9][\w.-]*$")


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

    @field_validator("expected_citations")
    @classmethod
    def _unit_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [v for v in value if not UNIT_ID.match(v)]
        if bad:
            raise ValueError(f"{bad[0]!r} is not a unit id of the form <doc>:<locator>")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        if self.answerable and not self.expected_citations:
            raise ValueError("an answerable question needs at least one expected citation")
        if not self.answerable and (self.expected_citations or self.expected_facts):
            raise ValueError("a question with answerable: false cannot expect citations or facts")
        return self


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


def load_dataset(path: str | Path) -> Dataset:
    """Read and check a JSON Lines question set; every problem found is in the one error raised."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"cannot read the question set {path}: {exc.strerror or exc}") from exc
    questions: list[Question] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            question = Question.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{number}: not JSON ({exc.msg})")
            continue
        except ValidationError as exc:
            details = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'question'}: {e['msg']}" for e in exc.errors()
            )
            problems.append(f"{path}:{number}: {details}")
            continue
        if question.id in seen:
            problems.append(f"{path}:{number}: duplicate id {question.id!r} (first on line {seen[question.id]})")
            continue
        seen[question.id] = number
        questions.append(question)
    if problems:
        raise DatasetError("the question set has errors:\n  " + "\n  ".join(problems))
    if not questions:
        raise DatasetError(f"the question set {path} has no questions")
    return Dataset(name=path.stem, path=str(path), questions=tuple(questions))


def unknown_citations(dataset: Dataset, known_ids: Iterable[str]) -> dict[str, list[str]]:
    """Question id -> the expected citations that are not units of the index, for each such question."""
    known = set(known_ids)
    unknown = {q.id: [c for c in q.expected_citations if c not in known] for q in dataset.questions}
    return {qid: ids for qid, ids in unknown.items() if ids}


DATASETS_DIR = Path(__file__).resolve().parent / "datasets"


def shipped_datasets() -> list[Path]:
    """The question sets that ship with the project (``evals/datasets/*.jsonl``), e.g. for the UI to offer."""
    return sorted(DATASETS_DIR.glob("*.jsonl"))
