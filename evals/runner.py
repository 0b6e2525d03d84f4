"""Run a question set against a live assistant: each question searched and asked, then scored.

The UI's "Evals" tab and ``wsis eval run`` both call :func:`run_dataset`; it drives the
assistant only through the :class:`~evals.protocol.Answerer` Protocol (search, ask, unit_ids,
generator_name), which ``Assistant`` satisfies.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from evals import metrics as m
from evals.dataset import Dataset, Question, load_dataset, unknown_citations
from evals.protocol import Answerer
from evals.report import CitationRow, InvalidQuestion, QuestionResult, Report, Summary

Progress = Callable[[int, int, QuestionResult], None]
"""Called after each question: (questions done, questions to run, that question's result)."""

FAITHFULNESS_SKIPPED = (
    "Faithfulness metrics (LLM-judged: is each sentence supported by the text it cites?) were skipped: "
    "no LLM judge is configured. Citation precision and fact coverage above are computed from the "
    "answer's own quotes, without a model."
)


def known_unit_ids(assistant: Answerer) -> set[str]:
    """Ids of every unit the assistant's live index holds (what a citation may point to)."""
    return assistant.unit_ids()


def run_dataset(assistant: Answerer, dataset: Dataset | str | Path, k: int = 5, progress: Progress | None = None,
                generator: str | None = None) -> Report:
    """Search and ask every valid question of the set; score them overall and per tag.

    Questions whose expected citations name units the index does not hold are not run: they are
    listed in ``Report.invalid`` (a dataset problem, not a retrieval miss). A generator the
    assistant does not have is a ValueError before any question is asked.
    """
    generator = assistant.generator_name(generator)
    if not isinstance(dataset, Dataset):
        dataset = load_dataset(dataset)
    known = known_unit_ids(assistant)
    unknown = unknown_citations(dataset, known)
    runnable = [q for q in dataset.questions if q.id not in unknown]
    started = datetime.now(UTC)
    rows: list[QuestionResult] = []
    for done, question in enumerate(runnable, 1):
        row = score_question(assistant, question, k, known, generator)
        rows.append(row)
        if progress:
            progress(done, len(runnable), row)
    return Report(
        dataset=dataset.name, dataset_path=dataset.path, k=k,
        started_at=started.isoformat(timespec="seconds"),
        seconds=round((datetime.now(UTC) - started).total_seconds(), 2),
        generator=generator,
        index_units=len(known),
        summary=summarize(rows, k, generator),
        per_tag={tag: summarize([r for r in rows if tag in r.tags], k, generator)
                 for tag in sorted({t for r in rows for t in r.tags})},
        questions=rows,
        invalid=[InvalidQuestion(id=qid, unknown_citations=ids) for qid, ids in unknown.items()],
        skipped=[FAITHFULNESS_SKIPPED],
    )


def score_question(assistant: Answerer, question: Question, k: int, known: set[str],
                   generator: str | None = None) -> QuestionResult:
    """One question: the units retrieved for it, the answer, and every per-question metric."""
    expected = list(question.expected_citations)
    base = dict(id=question.id, question=question.question, tags=list(question.tags), answerable=question.answerable,
                expected_citations=expected, expected_facts=list(question.expected_facts))
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
    row = QuestionResult(
        **base,
        retrieved=retrieved,
        refused=answer.refused,
        answer=answer.answer,
        citations=[CitationRow(id=c.id, label=c.label, quote=c.quote) for c in answer.citations],
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
    failures = failure_reasons(row)
    return row.model_copy(update={"passed": not failures, "failures": failures})


def failure_reasons(row: QuestionResult) -> list[str]:
    """What a question got wrong, in words; empty when it passed."""
    reasons = []
    if row.invented:
        reasons.append(f"invented citations: {', '.join(row.invented)}")
    if row.answerable:
        if row.refused:
            reasons.append("refused an answerable question")
        elif not row.citation_recall:
            reasons.append("cites none of the expected units")
        if row.missing_facts and not row.refused:
            reasons.append(f"facts not stated: {'; '.join(row.missing_facts)}")
    else:
        if not row.refused:
            reasons.append("answered a question it should refuse")
        if row.citations:
            reasons.append("cites units for a question it should refuse")
    return reasons


def summarize(rows: list[QuestionResult], k: int, generator: str | None = None) -> Summary:
    """Every metric over some questions (the whole set, or one tag's)."""
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
