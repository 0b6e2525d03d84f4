"""`wsis eval`: run a question set against the assistant, gate on its metrics, compare two runs.

A face over the ``evals`` library (datasets, the runner, reports, the gate), which knows the
assistant only as the Protocol it drives. Importing this module loads no model.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from assistant.cli_common import ChromaUrl, GeneratorOption, Home, err, fail, open_assistant, out, settings_from
from assistant.requests import RequestError
from evals.compare import compare, fmt_change, render_compare_html
from evals.dataset import DatasetError, load_dataset, unknown_citations
from evals.gate import gate, parse_bounds
from evals.report import Report, fmt, load_report, metric_label, write_report
from evals.runner import known_unit_ids, run_dataset

eval_app = typer.Typer(help="Answer-quality evals: run a question set, gate a release on it, compare runs.",
                       no_args_is_help=True)


def print_summary(report: Report) -> None:
    table = Table(title=f"{report.dataset}: {report.summary.passed} of {report.summary.questions} passed", title_justify="left")
    table.add_column("metric")
    table.add_column("all", justify="right")
    tags = list(report.per_tag)
    for tag in tags:
        table.add_column(tag, justify="right")
    for name in report.summary.metrics:
        table.add_row(metric_label(name, report.k), fmt(name, report.summary.metrics[name]),
                      *(fmt(name, report.per_tag[t].metrics.get(name)) for t in tags))
    table.add_row("questions", str(report.summary.questions), *(str(report.per_tag[t].questions) for t in tags))
    out.print(table)


def print_failures(report: Report, limit: int = 20) -> None:
    failures = report.failures
    if not failures:
        return
    out.print(f"[bold]Failures ({len(failures)})[/]")
    for q in failures[:limit]:
        out.print(f"[bold red]✗ {q.id}[/] [dim]{', '.join(q.tags)}[/]", highlight=False)
        out.print(f"   {q.question}", markup=False, highlight=False)
        for reason in q.failures:
            out.print(f"   - {reason}", markup=False, highlight=False)
        cited = ", ".join(c.id for c in q.citations) or "none"
        out.print(f"   cited: {cited}; expected: {', '.join(q.expected_citations) or 'a refusal'}", markup=False, highlight=False)
    if len(failures) > limit:
        out.print(f"   … and {len(failures) - limit} more in report.html")


@eval_app.command("run")
def run(
    dataset: Annotated[Path, typer.Argument(help="question set, JSON Lines (see design.md)")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="directory for report.json and report.html "
                                                     "(default eval-runs/DATASET-TIMESTAMP)")] = None,
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=50, help="retrieval depth for recall@k and MRR")] = 5,
    fail_under: Annotated[list[str] | None, typer.Option(
        "--fail-under", help="METRIC=VALUE: exit 1 when the metric is below VALUE, e.g. recall@5=0.9 (repeatable)")] = None,
    fail_over: Annotated[list[str] | None, typer.Option(
        "--fail-over",
        help="METRIC=VALUE: exit 1 when a lower-is-better metric is above VALUE, e.g. latency_p95_ms=2000")] = None,
    skip_invalid: Annotated[bool, typer.Option(
        "--skip-invalid", help="run the questions whose expected citations the index holds, and list the others")] = False,
    generator: GeneratorOption = None, home: Home = None, chroma_url: ChromaUrl = None,
) -> None:
    """Ask every question of DATASET, score retrieval, citations, facts, refusals and latency, write the report."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    try:
        under, over = parse_bounds(fail_under, "--fail-under"), parse_bounds(fail_over, "--fail-over")
        questions = load_dataset(dataset)
    except (ValueError, DatasetError) as exc:
        fail(str(exc))
    assistant = open_assistant(settings_from(home, chroma_url, generator=generator))
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
            report = run_dataset(assistant, questions, k=k,
                                 progress=lambda done, total, row: bar.update(task, completed=done, total=total, last=row.id))
        except RequestError as exc:
            fail(str(exc))

    out_dir = out_dir or Path("eval-runs") / f"{questions.name}-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    json_path, html_path = write_report(report, out_dir)
    print_summary(report)
    print_failures(report)
    for note in report.skipped:
        out.print(f"[dim]{note}[/]", highlight=False)
    out.print(f"Report: {json_path} and {html_path}", highlight=False)
    problems = gate(report.summary.metrics, under, over)
    if problems:
        err.print("[bold red]quality gate failed:[/]\n  " + "\n  ".join(problems), highlight=False)
        raise typer.Exit(1)
    if under or over:
        out.print("[green]quality gate passed[/]")


@eval_app.command("compare")
def compare_runs(
    old: Annotated[Path, typer.Argument(help="the earlier run: its report.json or directory")],
    new: Annotated[Path, typer.Argument(help="the later run: its report.json or directory")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="also write compare.html into this directory")] = None,
) -> None:
    """Metric deltas between two runs, and the questions that flipped between pass and fail."""
    try:
        comparison = compare(load_report(old), load_report(new))
    except ValueError as exc:
        fail(str(exc))
    style = {"better": "green", "worse": "red", "same": "dim"}
    table = Table(title=f"Metrics: old ({comparison.old.generator}) → new ({comparison.new.generator})", title_justify="left")
    for column in ("metric", "old", "new", "change"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for d in comparison.deltas:
        table.add_row(metric_label(d.metric, comparison.new.k), fmt(d.metric, d.old), fmt(d.metric, d.new),
                      f"[{style[d.verdict]}]{fmt_change(d)}[/]")
    out.print(table)
    for title, flips, colour in (("Pass → fail", comparison.broke, "red"), ("Fail → pass", comparison.fixed, "green")):
        out.print(f"[bold {colour}]{title} ({len(flips)})[/]")
        for flip in flips:
            out.print(f"  {flip.id}: {flip.question}", markup=False, highlight=False)
            reasons = flip.new_failures if colour == "red" else flip.old_failures
            if reasons:
                out.print(f"    {'; '.join(reasons)}", markup=False, highlight=False, style="dim")
    if comparison.only_old or comparison.only_new:
        out.print(f"[yellow]only in old: {', '.join(comparison.only_old) or 'none'}; "
                  f"only in new: {', '.join(comparison.only_new) or 'none'}[/]", highlight=False)
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / "compare.html"
        path.write_text(render_compare_html(comparison), encoding="utf-8")
        out.print(f"Comparison: {path}", highlight=False)
