"""A run's results: the data (``report.json``) and a readable page (``report.html``).

The page is one self-contained file: tables, bars drawn as inline SVG, no script and nothing
fetched from elsewhere; every piece of text from a question or an answer is escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from evals.metrics import HIGHER_IS_BETTER, METRICS


class CitationRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    label: str = ""
    quote: str = ""


class QuestionResult(BaseModel):
    """One question of a run: what was retrieved and answered, and its metrics (None = not applicable)."""

    model_config = ConfigDict(frozen=True)

    id: str
    question: str
    tags: list[str] = []
    answerable: bool
    expected_citations: list[str] = []
    expected_facts: list[str] = []
    retrieved: list[str] = []
    refused: bool | None = None
    answer: str = ""
    citations: list[CitationRow] = []
    recall_at_k: float | None = None
    reciprocal_rank: float | None = None
    citation_recall: float | None = None
    citation_precision: float | None = None
    invented: list[str] = []
    fact_coverage: float | None = None
    missing_facts: list[str] = []
    latency_ms: float | None = None
    generator: str = ""
    """The generator whose answer this is (the extractive one after a fallback)."""
    sentences: int = 0
    dropped: int = 0
    notice: str | None = None
    passed: bool = False
    failures: list[str] = []
    error: str | None = None


class Summary(BaseModel):
    model_config = ConfigDict(frozen=True)

    questions: int
    answerable: int
    unanswerable: int
    passed: int
    errors: int = 0
    metrics: dict[str, float | None]


class InvalidQuestion(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    unknown_citations: list[str]


class Report(BaseModel):
    model_config = ConfigDict(frozen=True)

    dataset: str
    dataset_path: str = ""
    k: int
    started_at: str = ""
    seconds: float = 0.0
    generator: str = ""
    index_units: int = 0
    summary: Summary
    per_tag: dict[str, Summary] = {}
    questions: list[QuestionResult] = []
    invalid: list[InvalidQuestion] = []
    skipped: list[str] = []

    @property
    def failures(self) -> list[QuestionResult]:
        return [q for q in self.questions if not q.passed]


def write_report(report: Report, out_dir: str | Path) -> tuple[Path, Path]:
    """``report.json`` and ``report.html`` in out_dir (created); returns their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, html_path = out_dir / "report.json", out_dir / "report.html"
    json_path.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    html_path.write_text(render_html(report), encoding="utf-8")
    return json_path, html_path


def load_report(path: str | Path) -> Report:
    """A report.json, or a directory holding one."""
    path = Path(path)
    if path.is_dir():
        path = path / "report.json"
    try:
        return Report.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read the report {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ValueError(f"{path} is not a report.json written by `wsis eval run`: {str(exc).splitlines()[0]}") from exc


# -- formatting shared with the terminal and the comparison page ------------------------------
METRIC_LABELS = {
    "recall_at_k": "Retrieval recall@k",
    "mrr": "MRR@k",
    "citation_recall": "Citation recall",
    "citation_precision": "Citation precision",
    "fact_coverage": "Fact coverage",
    "refusal_accuracy": "Refusal accuracy",
    "false_refusal_rate": "False refusals",
    "pass_rate": "Pass rate",
    "invented_citations": "Invented citations",
    "latency_p50_ms": "Latency p50 (ms)",
    "latency_p95_ms": "Latency p95 (ms)",
    "dropped_sentence_share": "Sentences dropped by the post-check",
    "fallback_rate": "Fallbacks to extractive",
}


def metric_label(name: str, k: int | None = None) -> str:
    label = METRIC_LABELS.get(name, name)
    return label.replace("@k", f"@{k}") if k else label


def fmt(name: str, value: float | None) -> str:
    if value is None:
        return "—"
    if name.endswith("_ms"):
        return f"{value:.0f}"
    if name == "invented_citations":
        return f"{value:.0f}"
    return f"{value:.3f}"


# -- the page -----------------------------------------------------------------------------------
STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:64rem;color:#1b1f24;
line-height:1.45;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
.meta{color:#57606a;font-size:.9rem}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .75rem;border-radius:4px}
.bad{color:#cf222e}.good{color:#1a7f37}.fail{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem;margin:.75rem 0}
.answer{white-space:pre-wrap;background:#f6f8fa;padding:.4rem .6rem;border-radius:4px;font-size:.9rem}
.tag{display:inline-block;background:#ddf4ff;border-radius:1em;padding:0 .5em;margin-right:.25em;font-size:.8rem}
blockquote{margin:.2rem 0 .2rem 1rem;color:#57606a}code{font-size:.85rem}details{margin:.5rem 0}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def bar_chart(title: str, items: list[tuple[str, float | None, int]], width: int = 420) -> str:
    """Horizontal bars for values between 0 and 1, one per (label, value, questions) item, as inline SVG."""
    row, label_w, bar_w = 22, 130, width - 130 - 60
    height = row * len(items) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_e(title)}">',
             f'<title>{_e(title)}</title>',
             f'<text x="0" y="14" font-size="13" font-weight="600">{_e(title)}</text>']
    for i, (label, value, count) in enumerate(items):
        y = 24 + i * row
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end">{_e(label)} ({count})</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="14" fill="#eaeef2"/>')
        if value is not None:
            color = "#2da44e" if value >= 0.9 else "#bf8700" if value >= 0.6 else "#cf222e"
            filled = bar_w * max(0.0, min(1.0, value))
            parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{filled:.1f}" height="14" fill="{color}"/>')
        text = "n/a" if value is None else f"{value:.2f}"
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}" font-size="12">{text}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _summary_table(report: Report) -> str:
    rows = "".join(
        f"<tr><td>{_e(metric_label(name, report.k))}</td><td class=num>{_e(fmt(name, report.summary.metrics.get(name)))}</td>"
        f"<td>{'higher' if name in HIGHER_IS_BETTER else 'lower'} is better</td><td>{_e(description)}</td></tr>"
        for name, description in METRICS.items()
    )
    return f"<table><tr><th>metric</th><th>value</th><th></th><th>what it measures</th></tr>{rows}</table>"


TAG_COLUMNS = ("pass_rate", "recall_at_k", "mrr", "citation_recall", "citation_precision", "fact_coverage",
               "refusal_accuracy", "false_refusal_rate", "latency_p95_ms")


def _tag_table(report: Report) -> str:
    head = "".join(f"<th>{_e(metric_label(c, report.k))}</th>" for c in TAG_COLUMNS)
    body = "".join(
        f"<tr><td><span class=tag>{_e(tag)}</span></td><td class=num>{s.questions}</td>"
        + "".join(f"<td class=num>{_e(fmt(c, s.metrics.get(c)))}</td>" for c in TAG_COLUMNS) + "</tr>"
        for tag, s in [("all", report.summary), *report.per_tag.items()]
    )
    return f"<table><tr><th>tag</th><th>questions</th>{head}</tr>{body}</table>"


def _charts(report: Report) -> str:
    charts = []
    for name in ("pass_rate", "recall_at_k", "citation_recall", "fact_coverage"):
        items = [(tag, s.metrics.get(name), s.questions) for tag, s in report.per_tag.items()]
        charts.append(bar_chart(f"{metric_label(name, report.k)} by tag", items))
    return f'<div class=charts>{"".join(charts)}</div>'


def _question_block(q: QuestionResult) -> str:
    tags = "".join(f"<span class=tag>{_e(t)}</span>" for t in q.tags)
    reasons = "".join(f"<li class=bad>{_e(r)}</li>" for r in q.failures)
    citations = "".join(
        f"<li><code>{_e(c.id)}</code> {_e(c.label)}<blockquote>{_e(c.quote)}</blockquote></li>" for c in q.citations
    ) or "<li>none</li>"
    expected = ", ".join(f"<code>{_e(c)}</code>" for c in q.expected_citations) or "none (should be refused)"
    retrieved = ", ".join(f"<code>{_e(c)}</code>" for c in q.retrieved) or "none"
    facts = "; ".join(_e(f) for f in q.expected_facts) or "—"
    return (
        f'<div class=fail id="{_e(q.id)}"><strong>{_e(q.id)}</strong> {tags}'
        f"<p>{_e(q.question)}</p><ul>{reasons}</ul>"
        f"<div class=answer>{_e(q.error or q.answer)}</div>"
        f"<p>Citations:</p><ul>{citations}</ul>"
        f"<p class=meta>Expected citations: {expected}. Expected facts: {facts}. Retrieved: {retrieved}.</p></div>"
    )


def _id_cell(q: QuestionResult) -> str:
    """A failed question links to its block in the failures section."""
    return _e(q.id) if q.passed else f'<a href="#{_e(q.id)}">{_e(q.id)}</a>'


def _all_questions(report: Report) -> str:
    def cell(v: float | None) -> str:
        return "—" if v is None else f"{v:.2f}"

    rows = "".join(
        f"<tr><td>{_id_cell(q)}</td><td>{_e(q.question)}</td>"
        f"<td>{'<span class=good>pass</span>' if q.passed else '<span class=bad>fail</span>'}</td>"
        f"<td class=num>{cell(q.recall_at_k)}</td><td class=num>{cell(q.reciprocal_rank)}</td>"
        f"<td class=num>{cell(q.citation_recall)}</td><td class=num>{cell(q.citation_precision)}</td>"
        f"<td class=num>{cell(q.fact_coverage)}</td><td>{'yes' if q.refused else 'no'}</td>"
        f"<td class=num>{'—' if q.latency_ms is None else f'{q.latency_ms:.0f}'}</td></tr>"
        for q in report.questions
    )
    return (f"<table><tr><th>id</th><th>question</th><th></th><th>recall@{report.k}</th><th>RR</th><th>cit. recall</th>"
            f"<th>cit. precision</th><th>facts</th><th>refused</th><th>ms</th></tr>{rows}</table>")


def scoped_style(scope: str = ".wsis-eval") -> str:
    """The page's CSS with every rule under ``scope``, for a report embedded in another page."""
    rules = []
    for rule in STYLE.replace("\n", "").split("}"):
        if "{" not in rule:
            continue
        selectors, body = rule.split("{", 1)
        scoped = ",".join(scope if sel.strip() == "body" else f"{scope} {sel.strip()}" for sel in selectors.split(","))
        rules.append(f"{scoped}{{{body}}}")
    return "".join(rules)


def render_html(report: Report, standalone: bool = True) -> str:
    """The whole report as one self-contained HTML page; ``standalone=False`` gives an embeddable ``<div>``
    (its styles scoped to ``.wsis-eval``), e.g. for a ``gr.HTML`` component in the chat UI's Evals tab."""
    if not standalone:
        return f'<div class="wsis-eval"><style>{scoped_style()}</style>{_content(report)}</div>'
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>WSIS Assistant eval — {_e(report.dataset)}</title><style>{STYLE}</style></head><body>
{_content(report)}
</body></html>
"""


def _content(report: Report) -> str:
    s = report.summary
    notes = "".join(f"<p class=note>{_e(note)}</p>" for note in report.skipped)
    if report.invalid:
        items = "".join(f"<li><code>{_e(i.id)}</code>: {', '.join(f'<code>{_e(c)}</code>' for c in i.unknown_citations)}</li>"
                        for i in report.invalid)
        notes += (f"<div class=note><strong>{len(report.invalid)} question(s) not run</strong>: their expected citations "
                  "name units this index does not hold (a dataset or index problem, not scored as misses)."
                  f"<ul>{items}</ul></div>")
    failures = "".join(_question_block(q) for q in report.failures) or "<p class=good>No failures.</p>"
    rejected = f", {s.errors} rejected" if s.errors else ""
    return f"""<h1>Eval report: {_e(report.dataset)}</h1>
<p class=meta>{_e(report.dataset_path)} · started {_e(report.started_at)} · {report.seconds:.1f} s
· generator {_e(report.generator)} · index of {report.index_units} units · k = {report.k}</p>
<p><strong>{s.passed} of {s.questions}</strong> questions passed
({s.answerable} answerable, {s.unanswerable} to refuse{rejected}).</p>
{notes}
<h2>Summary</h2>{_summary_table(report)}
<h2>By tag</h2>{_charts(report)}{_tag_table(report)}
<h2>Failures ({len(report.failures)})</h2>{failures}
<details><summary>All {len(report.questions)} questions</summary>{_all_questions(report)}</details>
"""
