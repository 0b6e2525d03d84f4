"""`wsis eval`: run a question set against the assistant, gate on its metrics, keep and compare runs.

A face over the ``evals`` library (datasets, the runner, reports, the gate, the runs store), which
knows the assistant only as the Protocol it drives. Every run is kept under ``WSIS_HOME`` (the
chat UI's Evals tab reads and writes the same runs). Importing this module loads no model.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from assistant.cli_common import ChromaUrl, GeneratorOption, Home, err, fail, open_assistant, out, settings_from
from assistant.eval_common import answer_settings, parse_sweep, question_sets, run_store, sweep_setting
from assistant.requests import RequestError
from evals.compare import Comparison, Flip, compare, fmt_change, render_compare_html
from evals.dataset import TEMPLATE_CSV, TEMPLATE_JSONL, DatasetError, unknown_citations
from evals.gate import gate, parse_bounds, scoped_metrics
from evals.report import QuestionResult, Report, Summary, fmt, language_name, load_report, metric_label, write_report
from evals.runner import known_unit_ids, run_dataset
from evals.store import RunNotFound, RunStore

eval_app = typer.Typer(help="Answer-quality evals: run a question set, gate a release on it, keep and compare runs.",
                       no_args_is_help=True)

HEADLINE = ("pass_rate", "recall_at_k", "citation_precision", "citation_recall", "fact_coverage", "refusal_accuracy")
"""The metrics the runs table shows."""


def _breakdown(report: Report, title: str, groups: dict[str, Summary], named=lambda key: key) -> None:
    table = Table(title=title, title_justify="left")
    table.add_column("metric")
    table.add_column("all", justify="right")
    for key in groups:
        table.add_column(named(key), justify="right")
    summaries = list(groups.values())
    for name in report.summary.metrics:
        table.add_row(metric_label(name, report.k), fmt(name, report.summary.metrics[name]),
                      *(fmt(name, s.metrics.get(name)) for s in summaries))
    table.add_row("questions", str(report.summary.questions), *(str(s.questions) for s in summaries))
    out.print(table)


def print_summary(report: Report) -> None:
    _breakdown(report, f"{report.dataset}: {report.summary.passed} of {report.summary.questions} passed", dict(report.per_tag))
    if report.per_lang:
        _breakdown(report, "By language", dict(report.per_lang), language_name)
    if report.per_doc:
        table = Table(title="Citation precision by document", title_justify="left")
        for column in ("document", "citations", "relevant", "questions", "precision"):
            table.add_column(column, justify="left" if column == "document" else "right")
        for doc, d in report.per_doc.items():
            table.add_row(doc, str(d.citations), str(d.relevant), str(d.questions), fmt("citation_precision", d.precision))
        out.print(table)
    for sweep in report.sweeps:
        names = ("citation_precision", "citation_recall", "refusal_accuracy", "false_refusal_rate", "pass_rate")
        table = Table(title=f"Sweep of {sweep.setting} (configured: {sweep.configured:g})" if sweep.configured is not None
                      else f"Sweep of {sweep.setting}", title_justify="left")
        table.add_column(sweep.setting, justify="right")
        for name in names:
            table.add_column(metric_label(name), justify="right")
        for p in sweep.points:
            mark = " ◀" if sweep.configured is not None and abs(p.value - sweep.configured) < 1e-9 else ""
            table.add_row(f"{p.value:g}{mark}", *(fmt(name, p.metrics.get(name)) for name in names))
        out.print(table)


def print_failures(report: Report, limit: int = 20) -> None:
    failures = report.failures
    if not failures:
        return
    out.print(f"[bold]Failures ({len(failures)})[/]")
    for q in failures[:limit]:
        checks = f" [red]{', '.join(q.failed_checks)}[/]" if q.failed_checks else ""
        out.print(f"[bold red]✗ {q.id}[/] [dim]{', '.join(q.tags)}[/]{checks}", highlight=False)
        out.print(f"   {q.question}", markup=False, highlight=False)
        for reason in q.failures:
            out.print(f"   - {reason}", markup=False, highlight=False)
        cited = ", ".join(c.id for c in q.citations) or "none"
        out.print(f"   cited: {cited}; expected: {', '.join(q.expected_citations) or 'a refusal'}", markup=False, highlight=False)
    if len(failures) > limit:
        out.print(f"   … and {len(failures) - limit} more in report.html")


def _store(settings) -> RunStore | None:
    try:
        return run_store(settings)
    except (OSError, sqlite3.Error) as exc:
        err.print(f"[yellow]the run is not kept: the runs store under {settings.home} cannot be opened ({exc})[/]",
                  highlight=False)
        return None


@eval_app.command("run")
def run(
    dataset: Annotated[str, typer.Argument(
        help="question set: a JSON Lines or CSV file, or the name of a set kept under WSIS_HOME or shipped (wsis eval sets)")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="directory for report.json and report.html "
                                                     "(default eval-runs/DATASET-TIMESTAMP)")] = None,
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=50, help="retrieval depth for recall@k and MRR")] = 5,
    fail_under: Annotated[list[str] | None, typer.Option(
        "--fail-under", help="METRIC=VALUE: exit 1 when the metric is below VALUE, e.g. recall@5=0.9; "
        "METRIC@lang:CODE=VALUE or METRIC@tag:TAG=VALUE for one language or tag, e.g. citation_recall@lang:fr=0.8 "
        "(repeatable)")] = None,
    fail_over: Annotated[list[str] | None, typer.Option(
        "--fail-over",
        help="METRIC=VALUE: exit 1 when a lower-is-better metric is above VALUE, e.g. latency_p95_ms=2000")] = None,
    skip_invalid: Annotated[bool, typer.Option(
        "--skip-invalid", help="run the questions whose expected citations the index holds, and list the others")] = False,
    sweep: Annotated[list[str] | None, typer.Option(
        "--sweep", help="SETTING=V1,V2,… or SETTING=FROM:TO:STEP: answer the set again at each value of an answer "
        "constant (min_coverage, paraphrase_similarity, min_similarity, …) and plot citation precision against recall "
        "(repeatable)")] = None,
    label: Annotated[str, typer.Option("--label", help="a note kept with the run, e.g. 'before the e5 model'")] = "",
    generator: GeneratorOption = None, home: Home = None, chroma_url: ChromaUrl = None,
) -> None:
    """Ask every question of DATASET, score retrieval, citations, facts, refusals and latency, write the report, keep the run."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    settings = settings_from(home, chroma_url, generator=generator)
    try:
        under, over = parse_bounds(fail_under, "--fail-under"), parse_bounds(fail_over, "--fail-over")
        sweeps = [parse_sweep(spec) for spec in sweep or []]
        questions = question_sets(settings).resolve(dataset)
    except (ValueError, DatasetError) as exc:
        fail(str(exc))
    assistant = open_assistant(settings)
    unknown = unknown_citations(questions, known_unit_ids(assistant))
    if unknown:
        listing = "\n  ".join(f"{qid}: {', '.join(ids)}" for qid, ids in unknown.items())
        if not skip_invalid:
            fail(f"{len(unknown)} question(s) expect citations this index does not hold:\n  {listing}\n"
                  "Fix the ids, index the documents (wsis corpus fetch …; wsis index build), or pass --skip-invalid.")
        err.print(f"[yellow]skipping {len(unknown)} question(s) whose expected citations the index does not hold:[/]"
                  f"\n  {listing}",
                  highlight=False)

    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TextColumn("[dim]{task.fields[last]}"), console=err, transient=True) as bar:
        task = bar.add_task("evaluating", total=len(questions) - len(unknown), last="")
        try:
            report = run_dataset(assistant, questions, k=k, settings=answer_settings(settings),
                                 progress=lambda done, total, row: bar.update(task, completed=done, total=total, last=row.id))
            swept = []
            for setting, values in sweeps:
                part = bar.add_task(f"sweeping {setting}", total=len(values) * report.summary.questions, last="")

                def moved(value: float, done: int, total: int, part=part, setting=setting, values=values) -> None:
                    bar.update(part, completed=values.index(value) * total + done, last=f"{setting}={value:g}")

                swept.append(sweep_setting(assistant, questions, setting, values, k=k, progress=moved))
        except RequestError as exc:
            fail(str(exc))
    if swept:
        report = report.model_copy(update={"sweeps": swept})

    out_dir = out_dir or Path("eval-runs") / f"{questions.name}-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    json_path, html_path = write_report(report, out_dir)
    store = _store(settings)
    run_id = store.add(report, questions, origin="cli", label=label) if store else None
    print_summary(report)
    print_failures(report)
    for note in report.skipped:
        out.print(f"[dim]{note}[/]", highlight=False)
    out.print(f"Report: {json_path} and {html_path}", highlight=False)
    if run_id is not None:
        out.print(f"Kept as run #{run_id} (wsis eval runs; wsis eval compare {run_id} OTHER_RUN)", highlight=False)
    problems = gate(report.summary.metrics, under, over, scoped_metrics(report))
    if problems:
        err.print("[bold red]quality gate failed:[/]\n  " + "\n  ".join(problems), highlight=False)
        raise typer.Exit(1)
    if under or over:
        out.print("[green]quality gate passed[/]")


@eval_app.command("runs")
def runs(
    dataset: Annotated[str | None, typer.Option("--dataset", help="only the runs of this question set (its name)")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="the newest N runs")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object a run, a line each")] = False,
    home: Home = None,
) -> None:
    """The kept runs, newest first, with what they ran on and their headline metrics (CLI and UI runs alike)."""
    settings = settings_from(home)
    records = run_store(settings).runs(dataset, limit)
    if as_json:
        for r in records:
            print(json.dumps(r.__dict__, ensure_ascii=False))
        return
    if not records:
        out.print(f"No eval runs kept under {settings.home} yet: wsis eval run SET", highlight=False)
        return
    table = Table(title=f"Eval runs under {settings.home}", title_justify="left")
    for column in ("run", "when (UTC)", "set", "from", "generator", "index", "passed",
                   *(metric_label(m).replace("@k", "") for m in HEADLINE[1:]), "label"):
        table.add_column(column, justify="right" if column in ("run", "passed") else "left")
    for r in records:
        table.add_row(
            f"#{r.id}", r.created_at.replace("T", " ").removesuffix("+00:00"), f"{r.dataset} [dim]{r.dataset_hash[:8]}[/]",
            r.origin, r.generator, f"{r.index_units} units · {r.index_model} · {r.index_built_at[:16]}",
            f"{r.passed}/{r.questions}", *(fmt(m, r.metrics.get(m)) for m in HEADLINE[1:]), r.label,
        )
    out.print(table)


RUN_NUMBER = re.compile(r"^#?(\d+)$")


def _report_of(reference: str, home: Path | None) -> tuple[Report, str]:
    """A run by its number (``12`` or ``#12``) in the store under WSIS_HOME, or a report.json (or its directory);
    and what to call it."""
    match = RUN_NUMBER.match(reference.strip())
    if match and not Path(reference).exists():
        run_id = int(match[1])
        return run_store(settings_from(home)).report(run_id), f"run #{run_id}"
    return load_report(reference), Path(reference).name or reference


def _answer_cell(q: QuestionResult | None) -> str:
    if q is None:
        return "not in this run"
    verdict = "pass" if q.passed else f"fail: {'; '.join(q.failures)}"
    sources = "\n".join(f"[{c.n}] {c.label} ({c.id}): “{c.quote}”" for c in q.citations) or "no sources"
    return f"{verdict}\n\n{q.error or q.answer}\n\n{sources}"


def _print_flip(flip: Flip, comparison: Comparison) -> None:
    table = Table(title=f"{flip.id}: {flip.question}", title_justify="left", show_lines=True, expand=True)
    table.add_column(comparison.old_name, ratio=1)
    table.add_column(comparison.new_name, ratio=1)
    table.add_row(_answer_cell(flip.old), _answer_cell(flip.new))
    out.print(table, markup=False, highlight=False)


@eval_app.command("compare")
def compare_runs(
    old: Annotated[str, typer.Argument(help="the earlier run: its number (wsis eval runs), or its report.json or directory")],
    new: Annotated[str, typer.Argument(help="the later run: its number, or its report.json or directory")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="also write compare.html into this directory")] = None,
    home: Home = None,
) -> None:
    """Metric deltas between two runs, the questions that flipped between pass and fail, and both answers of each."""
    try:
        (old_report, old_name), (new_report, new_name) = _report_of(old, home), _report_of(new, home)
        comparison = compare(old_report, new_report, old_name, new_name)
    except (ValueError, RunNotFound) as exc:
        fail(str(exc))
    style = {"better": "green", "worse": "red", "same": "dim"}
    table = Table(title=f"Metrics: {old_name} ({comparison.old.generator}) → {new_name} ({comparison.new.generator})",
                  title_justify="left")
    for column in ("metric", "old", "new", "change"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for d in comparison.deltas:
        table.add_row(metric_label(d.metric, comparison.new.k), fmt(d.metric, d.old), fmt(d.metric, d.new),
                      f"[{style[d.verdict]}]{fmt_change(d)}[/]")
    out.print(table)
    if not comparison.same_questions:
        out.print("[yellow]the two runs ran different versions of the question set: an edited question may flip for that "
                  "reason alone[/]")
    for title, flips, colour in (("Pass → fail", comparison.broke, "red"), ("Fail → pass", comparison.fixed, "green")):
        out.print(f"[bold {colour}]{title} ({len(flips)})[/]")
        for flip in flips:
            out.print(f"  {flip.id}: {flip.question}", markup=False, highlight=False)
            reasons = flip.new_failures if colour == "red" else flip.old_failures
            if reasons:
                out.print(f"    {'; '.join(reasons)}", markup=False, highlight=False, style="dim")
    for flip in [*comparison.broke, *comparison.fixed]:
        _print_flip(flip, comparison)
    if comparison.only_old or comparison.only_new:
        out.print(f"[yellow]only in old: {', '.join(comparison.only_old) or 'none'}; "
                  f"only in new: {', '.join(comparison.only_new) or 'none'}[/]", highlight=False)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / "compare.html"
        path.write_text(render_compare_html(comparison), encoding="utf-8")
        out.print(f"Comparison: {path}", highlight=False)


@eval_app.command("show")
def show(
    run_id: Annotated[str, typer.Argument(help="the run's number (wsis eval runs)")],
    question: Annotated[str | None, typer.Option("--question", "-q", help="one question of the run, by its id")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help="write the run's report.json and report.html here")] = None,
    home: Home = None,
) -> None:
    """A kept run: its summary and failures, one question's answer and sources, or its report files."""
    store = run_store(settings_from(home))
    match = RUN_NUMBER.match(run_id.strip())
    if not match:
        fail(f"{run_id!r} is not a run number (wsis eval runs lists them)")
    try:
        report = store.report(int(match[1]))
        row = store.answer(int(match[1]), question) if question else None
    except LookupError as exc:
        fail(str(exc.args[0]) if exc.args else str(exc))
    if row is not None:
        out.print(f"[bold]{row.id}[/] ({row.lang}) {'[green]pass[/]' if row.passed else '[red]fail[/]'}", highlight=False)
        out.print(row.question, markup=False, highlight=False)
        for name, state in row.checks.items():
            if state is not None:
                out.print(f"  {name}: {'[green]✓[/]' if state else '[red]✗[/]'}", highlight=False)
        for reason in row.failures:
            out.print(f"  - {reason}", markup=False, highlight=False)
        out.print(f"\n{row.error or row.answer}\n", markup=False, highlight=False)
        for c in row.citations:
            out.print(f"[{c.n}] {c.label} ({c.id}) — {c.url}\n    “{c.quote}”", markup=False, highlight=False)
        out.print(f"\nexpected: {', '.join(row.expected_citations) or 'a refusal'}; facts: "
                  f"{'; '.join(row.expected_facts) or '—'}; retrieved: {', '.join(row.retrieved) or 'none'}",
                  markup=False, highlight=False)
        return
    print_summary(report)
    print_failures(report)
    if out_dir:
        json_path, html_path = write_report(report, out_dir)
        out.print(f"Report: {json_path} and {html_path}", highlight=False)


@eval_app.command("sets")
def sets(home: Home = None) -> None:
    """The question sets `wsis eval run NAME` takes: those kept under WSIS_HOME (from the Evals tab) and the shipped ones."""
    from evals.dataset import shipped_datasets

    library = question_sets(settings_from(home))
    table = Table(title="Question sets", title_justify="left")
    for column in ("name", "questions", "where"):
        table.add_column(column, justify="right" if column == "questions" else "left")
    for name in library.names():
        try:
            table.add_row(name, str(len(library.load(name))), str(library.path(name)))
        except DatasetError as exc:
            table.add_row(name, "?", f"cannot be read: {str(exc).splitlines()[0]}")
    for path in shipped_datasets():
        table.add_row(path.stem, str(sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())),
                      "shipped")
    out.print(table)


class TemplateFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


@eval_app.command("template")
def template(
    fmt_: Annotated[TemplateFormat, typer.Option("--format", help="csv or jsonl")] = TemplateFormat.csv,
) -> None:
    """Print a question set of two examples under its columns, to start a set from: wsis eval template > mine.csv"""
    print(TEMPLATE_CSV if fmt_ == TemplateFormat.csv else TEMPLATE_JSONL, end="")
