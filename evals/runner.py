"""Run a question set against a live assistant: each question searched and asked, then scored.

The UI's "Evals" tab and ``wsis eval run`` both call the runner; it drives the assistant only
through the :class:`~evals.protocol.Answerer` Protocol (search, ask, unit_ids, generator_name,
index_info), which ``Assistant`` satisfies. :func:`run_dataset` runs a whole set; a face that
shows progress and may stop a run iterates a :class:`RunInProgress` instead; :func:`sweep` runs a
set again at each value of an answer setting, over assistants a factory the face hands in opens.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from evals import metrics as m
from evals.dataset import Dataset, Question, load_dataset, unknown_citations
from evals.protocol import Answerer
from evals.report import (
    SWEEP_METRICS,
    CitationRow,
    DocCitations,
    InvalidQuestion,
    QuestionResult,
    Report,
    Summary,
    Sweep,
    SweepPoint,
)

Progress = Callable[[int, int, QuestionResult], None]
"""Called after each question: (questions done, questions to run, that question's result)."""

Settings = dict[str, str | int | float | bool | None]
"""The assistant's settings that change answers, as a face records them with a run."""

FAITHFULNESS_SKIPPED = (
    "Faithfulness metrics (LLM-judged: is each sentence supported by the text it cites?) were skipped: "
    "no LLM judge is configured. Citation precision and fact coverage above are computed from the "
    "answer's own quotes, without a model."
)


def known_unit_ids(assistant: Answerer) -> set[str]:
    """Ids of every unit the assistant's live index holds (what a citation may point to)."""
    return assistant.unit_ids()


class RunInProgress:
    """One run of a set, a question at a time: iterate it to ask the next question and get its result;
    :meth:`report` scores what has been asked so far (all of it once the iteration is over).

    A face that stops iterating (a cancelled run) leaves the rest of the set unasked: nothing runs
    in the background. Questions whose expected citations name units the index does not hold are
    not run: they are listed in ``Report.invalid`` (a dataset problem, not a retrieval miss). A
    generator the assistant does not have is a ValueError when the run is made, before any question.
    """

    def __init__(self, assistant: Answerer, dataset: Dataset | str | Path, k: int = 5, generator: str | None = None,
                 settings: Settings | None = None) -> None:
        self.assistant = assistant
        self.generator = assistant.generator_name(generator)
        self.dataset = dataset if isinstance(dataset, Dataset) else load_dataset(dataset)
        self.k = k
        self.settings = dict(settings or {})
        self.known = known_unit_ids(assistant)
        self.unknown = unknown_citations(self.dataset, self.known)
        self.runnable = [q for q in self.dataset.questions if q.id not in self.unknown]
        self.rows: list[QuestionResult] = []
        self.started = datetime.now(UTC)
        self._clock = time.monotonic()
        self._seconds: float | None = None

    @property
    def total(self) -> int:
        return len(self.runnable)

    @property
    def elapsed(self) -> float:
        return self._seconds if self._seconds is not None else time.monotonic() - self._clock

    @property
    def finished(self) -> bool:
        return len(self.rows) == self.total

    def __iter__(self) -> Iterator[QuestionResult]:
        for question in self.runnable[len(self.rows):]:
            row = score_question(self.assistant, question, self.k, self.known, self.generator)
            self.rows.append(row)
            yield row
        self._seconds = time.monotonic() - self._clock

    def report(self) -> Report:
        rows, k, generator = self.rows, self.k, self.generator
        info = self.assistant.index_info()
        return Report(
            dataset=self.dataset.name, dataset_path=self.dataset.path, dataset_hash=self.dataset.content_hash, k=k,
            started_at=self.started.isoformat(timespec="seconds"), seconds=round(self.elapsed, 2),
            generator=generator, index_units=len(self.known),
            index={"units": info.units, "model": info.model, "built_at": info.built_at, "collection": info.collection},
            settings=self.settings,
            summary=summarize(rows, k, generator),
            per_tag={tag: summarize([r for r in rows if tag in r.tags], k, generator)
                     for tag in sorted({t for r in rows for t in r.tags})},
            per_lang={lang: summarize([r for r in rows if r.lang == lang], k, generator)
                      for lang in sorted({r.lang for r in rows})},
            per_doc=citations_by_document(rows),
            questions=rows,
            invalid=[InvalidQuestion(id=qid, unknown_citations=ids) for qid, ids in self.unknown.items()],
            skipped=[FAITHFULNESS_SKIPPED],
        )


def run_dataset(assistant: Answerer, dataset: Dataset | str | Path, k: int = 5, progress: Progress | None = None,
                generator: str | None = None, settings: Settings | None = None) -> Report:
    """Search and ask every valid question of the set; score them overall, per tag, per language, per document."""
    run = RunInProgress(assistant, dataset, k, generator, settings)
    for done, row in enumerate(run, 1):
        if progress:
            progress(done, run.total, row)
    return run.report()


def score_question(assistant: Answerer, question: Question, k: int, known: set[str],
                   generator: str | None = None) -> QuestionResult:
    """One question: the units retrieved for it, the answer, and every per-question metric."""
    expected = list(question.expected_citations)
    base = dict(id=question.id, question=question.question, tags=list(question.tags), lang=question.language,
                answerable=question.answerable, expected_citations=expected, expected_facts=list(question.expected_facts))
    try:
        retrieved = [hit.unit.id for hit in assistant.search(question.question, k)]
        started = time.perf_counter()
        answer = assistant.ask(question.question, generator=generator)
        latency = (time.perf_counter() - started) * 1000
    except ValueError as exc:  # the assistant would not take the question (the Protocol's rejection)
        return QuestionResult(**base, error=str(exc), passed=False, failures=[f"the question was rejected: {exc}"])

    cited = [c.id for c in answer.citations]
    quotes = [c.quote for c in answer.citations]
    facts = list(question.expected_facts)
    relevant = {c.id: m.citation_precision(expected, [(c.id, c.text)], facts) == 1.0 for c in answer.citations}
    row = QuestionResult(
        **base,
        retrieved=retrieved,
        refused=answer.refused,
        answer=answer.answer,
        citations=[CitationRow(id=c.id, label=c.label, quote=c.quote, n=c.n, doc=c.doc, url=c.url, text=c.text,
                               relevant=relevant[c.id] if question.answerable else None)
                   for c in answer.citations],
        recall_at_k=m.recall_at_k(expected, retrieved, k),
        reciprocal_rank=m.reciprocal_rank(expected, retrieved, k),
        citation_recall=m.citation_recall(expected, cited) if question.answerable else None,
        citation_precision=(m.citation_precision(expected, [(c.id, c.text) for c in answer.citations], facts)
                            if question.answerable else None),
        invented=m.invented_citations(cited, known),
        fact_coverage=m.fact_coverage(facts, answer.answer, quotes) if question.answerable else None,
        missing_facts=m.missing_facts(facts, answer.answer, quotes),
        latency_ms=round(latency, 1),
        generator=answer.generator,
        sentences=answer.sentences,
        dropped=answer.dropped,
        notice=answer.notice,
    )
    failed = failed_checks(row)
    failures = [reason for _, reason in failed]
    failed_names = {check for check, _ in failed}
    refused_wrongly = row.answerable and row.refused  # what it cites and states is then beside the point
    checks: dict[str, bool | None] = {
        "retrieval": (row.recall_at_k == 1.0) if row.answerable else None,
        "citation": None if refused_wrongly else "citation" not in failed_names,
        "fact": None if refused_wrongly or not (row.answerable and facts) else "fact" not in failed_names,
        "refusal": "refusal" not in failed_names,
    }
    return row.model_copy(update={"passed": not failures, "failures": failures, "checks": checks})


def failed_checks(row: QuestionResult) -> list[tuple[str, str]]:
    """What a question got wrong: (the check, in words) for each, none when it passed."""
    failed = []
    if row.invented:
        failed.append(("citation", f"invented citations: {', '.join(row.invented)}"))
    if row.answerable:
        if row.refused:
            failed.append(("refusal", "refused an answerable question"))
        elif not row.citation_recall:
            failed.append(("citation", "cites none of the expected units"))
        if row.missing_facts and not row.refused:
            failed.append(("fact", f"facts not stated: {'; '.join(row.missing_facts)}"))
    else:
        if not row.refused:
            failed.append(("refusal", "answered a question it should refuse"))
        if row.citations:
            failed.append(("refusal", "cites units for a question it should refuse"))
    return failed


def failure_reasons(row: QuestionResult) -> list[str]:
    """What a question got wrong, in words; empty when it passed."""
    return [reason for _, reason in failed_checks(row)]


def summarize(rows: list[QuestionResult], k: int, generator: str | None = None) -> Summary:
    """Every metric over some questions (the whole set, or one tag's, or one language's)."""
    answerable = [r for r in rows if r.answerable]
    unanswerable = [r for r in rows if not r.answerable]
    latencies = [r.latency_ms for r in rows if r.latency_ms is not None]

    def share(items, predicate):
        return sum(1 for r in items if predicate(r)) / len(items) if items else None

    values = {
        "recall_at_k": m.mean(r.recall_at_k for r in answerable),
        "mrr": m.mean(r.reciprocal_rank for r in answerable),
        "citation_recall": m.mean(r.citation_recall for r in answerable),
        "citation_precision": m.mean(r.citation_precision for r in answerable),
        "fact_coverage": m.mean(r.fact_coverage for r in answerable),
        "refusal_accuracy": share(unanswerable, lambda r: r.refused),
        "false_refusal_rate": share(answerable, lambda r: r.refused),
        "pass_rate": share(rows, lambda r: r.passed),
        "invented_citations": float(sum(len(r.invented) for r in rows)),
        "latency_p50_ms": m.percentile(latencies, 50),
        "latency_p95_ms": m.percentile(latencies, 95),
        "dropped_sentence_share": (sum(r.dropped for r in rows) / sum(r.sentences for r in rows)
                                   if any(r.sentences for r in rows) else None),
        "fallback_rate": (share([r for r in rows if r.generator and not r.refused], lambda r: r.generator != generator)
                          if generator and generator != "extractive" else None),
    }
    return Summary(
        questions=len(rows), answerable=len(answerable), unanswerable=len(unanswerable),
        passed=sum(r.passed for r in rows), errors=sum(r.error is not None for r in rows),
        metrics={name: (None if v is None else round(v, 4)) for name, v in values.items()},
    )


def citations_by_document(rows: list[QuestionResult]) -> dict[str, DocCitations]:
    """Citation precision per document: the relevant share of the citations of its units, over answerable questions."""
    counts: dict[str, list[int]] = {}
    questions: dict[str, set[str]] = {}
    for row in rows:
        for c in row.citations:
            if c.relevant is None:
                continue
            doc = c.doc or c.id.partition(":")[0]
            tally = counts.setdefault(doc, [0, 0])
            tally[0] += 1
            tally[1] += c.relevant
            questions.setdefault(doc, set()).add(row.id)
    return {doc: DocCitations(citations=n, relevant=r, questions=len(questions[doc]), precision=round(r / n, 4))
            for doc, (n, r) in sorted(counts.items())}


def sweep(open_at: Callable[[float], Answerer], dataset: Dataset, setting: str, values: Sequence[float],
          configured: float | None = None, k: int = 5, generator: str | None = None,
          progress: Callable[[float, int, int], None] | None = None) -> Sweep:
    """The set answered at each value of one setting: ``open_at(value)`` gives the assistant to ask.

    A face opens each over the index and model it already has (``Assistant.variant``), so a point
    costs the answers, not a model load. ``progress`` is called with (value, done, total) per question.
    """
    points = []
    for value in values:
        run = RunInProgress(open_at(value), dataset, k, generator)
        for done, _ in enumerate(run, 1):
            if progress:
                progress(value, done, run.total)
        summary = run.report().summary
        points.append(SweepPoint(value=value, metrics={name: summary.metrics.get(name) for name in SWEEP_METRICS},
                                 passed=summary.passed, questions=summary.questions))
    return Sweep(setting=setting, configured=configured, points=points)
