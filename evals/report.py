"""A run's results: the data (``report.json``) and a readable page (``report.html``).

The page is one self-contained file: tables, bars drawn as inline SVG, no script and nothing
fetched from elsewhere; every piece of text from a question or an answer is escaped.
"""

from __future__ import annotations

import html
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from corpus.lang import NAMES
from evals.metrics import HIGHER_IS_BETTER, METRICS


class CitationRow(BaseModel):
    """A citation of an answer as the chat showed it: its marker, the unit, and the quote that supports the claim."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str = ""
    quote: str = ""
    n: int = 0
    doc: str = ""
    url: str = ""
    text: str = ""
    """The whole unit, as the Sources panel shows it with the quote marked."""
    relevant: bool | None = None
    """Expected, or holds an expected fact (citation precision counts these); None for a question to refuse."""


CHECKS = ("retrieval", "citation", "fact", "refusal")
"""What a question is checked on. A question passes on what its answer says and cites (citation, fact,
refusal); retrieval is a diagnosis: the expected units among the first k ranked, whatever was cited."""


class QuestionResult(BaseModel):
    """One question of a run: what was retrieved and answered, and its metrics (None = not applicable)."""

    model_config = ConfigDict(frozen=True)

    id: str
    question: str
    tags: list[str] = []
    lang: str = ""
    """The question's language: the set's ``lang``, or detected from the question."""
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
    checks: dict[str, bool | None] = {}
    """Each of :data:`CHECKS`: True passed, False failed, None does not apply (retrieval of a question to refuse)."""
    error: str | None = None

    @property
    def failed_checks(self) -> list[str]:
        return [name for name in CHECKS if self.checks.get(name) is False]


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


class DocCitations(BaseModel):
    """Citation precision of one document: of the citations of its units in answers, those that were relevant."""

    model_config = ConfigDict(frozen=True)

    citations: int
    relevant: int
    questions: int
    precision: float | None


class SweepPoint(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: float
    metrics: dict[str, float | None]
    passed: int
    questions: int


class Sweep(BaseModel):
    """The set run again at each value of one answer setting, the index and model unchanged."""

    model_config = ConfigDict(frozen=True)

    setting: str
    configured: float | None = None
    """The value the assistant is configured with (marked on the plot)."""
    points: list[SweepPoint] = []


SWEEP_METRICS = ("citation_precision", "citation_recall", "refusal_accuracy", "false_refusal_rate", "fact_coverage", "pass_rate")


class Report(BaseModel):
    model_config = ConfigDict(frozen=True)

    dataset: str
    dataset_path: str = ""
    dataset_hash: str = ""
    """SHA-256 of the questions run (``Dataset.content_hash``): two runs of one set are comparable when it is equal."""
    k: int
    started_at: str = ""
    seconds: float = 0.0
    generator: str = ""
    index_units: int = 0
    index: dict[str, str | int] = {}
    """The index answered from: its units, the embedding model, when it was built, its collection."""
    settings: dict[str, str | int | float | bool | None] = {}
    """The assistant's settings that change answers, as the face that ran the set recorded them."""
    summary: Summary
    per_tag: dict[str, Summary] = {}
    per_lang: dict[str, Summary] = {}
    per_doc: dict[str, DocCitations] = {}
    """Citation precision per document (``<doc>`` of the cited unit's id), over the answerable questions."""
    questions: list[QuestionResult] = []
    invalid: list[InvalidQuestion] = []
    skipped: list[str] = []
    sweeps: list[Sweep] = []

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
.check{display:inline-block;border-radius:1em;padding:0 .5em;margin-right:.25em;font-size:.8rem;border:1px solid #d0d7de}
.check.failed{background:#ffebe9;border-color:#cf222e;color:#cf222e}.check.ok{background:#dafbe1;border-color:#1a7f37}
blockquote{margin:.2rem 0 .2rem 1rem;color:#57606a}code{font-size:.85rem}details{margin:.5rem 0}
mark{background:#fff3a3;color:inherit}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.side{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}.side>div{min-width:0}
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


SERIES_COLOURS = {"citation_precision": "#0969da", "citation_recall": "#1a7f37", "refusal_accuracy": "#bf8700",
                  "false_refusal_rate": "#cf222e", "fact_coverage": "#8250df", "pass_rate": "#57606a"}


def line_chart(title: str, x_label: str, xs: list[float], series: dict[str, list[float | None]],
               marker: float | None = None, width: int = 460, height: int = 250) -> str:
    """Lines of values between 0 and 1 over x (a setting's values), as inline SVG; ``marker`` draws a
    dashed vertical line at one x (the configured value)."""
    left, right, top, bottom = 40, 130, 26, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    low, high = min([*xs, *([marker] if marker is not None else [])]), max([*xs, *([marker] if marker is not None else [])])
    span = (high - low) or 1.0

    def px(x: float) -> float:
        return left + (x - low) / span * plot_w

    def py(y: float) -> float:
        return top + (1 - max(0.0, min(1.0, y))) * plot_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_e(title)}">',
             f'<title>{_e(title)}</title>', f'<text x="0" y="14" font-size="13" font-weight="600">{_e(title)}</text>',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#f6f8fa"/>']
    for tick in (0, 0.25, 0.5, 0.75, 1):
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{py(tick):.1f}" y2="{py(tick):.1f}" stroke="#d0d7de"/>'
                     f'<text x="{left - 4}" y="{py(tick) + 4:.1f}" font-size="10" text-anchor="end">{tick:g}</text>')
    for x in xs:
        parts.append(f'<text x="{px(x):.1f}" y="{top + plot_h + 14}" font-size="10" text-anchor="middle">{x:g}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" font-size="11" text-anchor="middle">{_e(x_label)}</text>')
    if marker is not None:
        parts.append(f'<line x1="{px(marker):.1f}" x2="{px(marker):.1f}" y1="{top}" y2="{top + plot_h}" stroke="#1b1f24" '
                     f'stroke-dasharray="4 3"><title>configured: {marker:g}</title></line>'
                     f'<text x="{px(marker) + 3:.1f}" y="{top + 10}" font-size="10">configured {marker:g}</text>')
    for i, (name, ys) in enumerate(series.items()):
        colour = SERIES_COLOURS.get(name, "#57606a")
        points = [(px(x), py(y), x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
        if len(points) > 1:
            path = " ".join(f"{'M' if j == 0 else 'L'}{a:.1f},{b:.1f}" for j, (a, b, _, _) in enumerate(points))
            parts.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for a, b, x, y in points:
            parts.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{colour}">'
                         f'<title>{_e(metric_label(name))} at {x:g}: {y:.3f}</title></circle>')
        legend_y = top + 12 + i * 16
        parts.append(f'<rect x="{left + plot_w + 10}" y="{legend_y - 8}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{left + plot_w + 24}" y="{legend_y + 1}" font-size="11">{_e(metric_label(name))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _span(values: list[float], margin: float = 0.05) -> tuple[float, float]:
    """An axis range around the values (within 0–1, at least 0.2 wide), so close points stay apart."""
    low, high = max(0.0, min(values) - margin), min(1.0, max(values) + margin)
    if high - low < 0.2:
        middle = (low + high) / 2
        low, high = max(0.0, middle - 0.1), min(1.0, middle + 0.1)
    return low, high


def tradeoff_chart(sweep: Sweep, width: int = 360, height: int = 250) -> str:
    """Citation precision against citation recall, one point per value of the setting (labelled with it),
    the configured one ringed; the axes span the points, not all of 0–1."""
    title = f"Precision against recall, by {sweep.setting}"
    left, top, size_w, size_h = 44, 26, width - 70, height - 60
    points = [(p.value, p.metrics.get("citation_recall"), p.metrics.get("citation_precision")) for p in sweep.points]
    known = [(v, r, q) for v, r, q in points if r is not None and q is not None]
    (x_low, x_high), (y_low, y_high) = _span([r for _, r, _ in known] or [0, 1]), _span([q for _, _, q in known] or [0, 1])

    def px(x: float) -> float:
        return left + (x - x_low) / (x_high - x_low) * size_w

    def py(y: float) -> float:
        return top + (1 - (y - y_low) / (y_high - y_low)) * size_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_e(title)}">',
             f'<title>{_e(title)}</title>', f'<text x="0" y="14" font-size="13" font-weight="600">{_e(title)}</text>',
             f'<rect x="{left}" y="{top}" width="{size_w}" height="{size_h}" fill="#f6f8fa"/>']
    for i in range(3):
        x_tick, y_tick = x_low + i * (x_high - x_low) / 2, y_low + i * (y_high - y_low) / 2
        parts.append(f'<text x="{left - 4}" y="{py(y_tick) + 4:.1f}" font-size="10" text-anchor="end">{y_tick:.2f}</text>'
                     f'<text x="{px(x_tick):.1f}" y="{top + size_h + 14}" font-size="10" text-anchor="middle">'
                     f'{x_tick:.2f}</text>')
    parts.append(f'<text x="{left + size_w / 2:.1f}" y="{height - 8}" font-size="11" text-anchor="middle">citation recall</text>'
                 f'<text x="10" y="{top + size_h / 2:.1f}" font-size="11" text-anchor="middle" '
                 f'transform="rotate(-90 10 {top + size_h / 2:.1f})">citation precision</text>')
    drawn = [(v, px(r), py(q)) for v, r, q in known]
    if len(drawn) > 1:
        parts.append('<path d="' + " ".join(f"{'M' if i == 0 else 'L'}{a:.1f},{b:.1f}" for i, (_, a, b) in enumerate(drawn))
                     + '" fill="none" stroke="#0969da" stroke-width="1.5"/>')
    for value, a, b in drawn:
        configured = sweep.configured is not None and abs(value - sweep.configured) < 1e-9
        ring = 'r="6" fill="none"' if configured else 'r="3" fill="#0969da"'
        parts.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" {ring} stroke="#0969da" stroke-width="2">'
                     f'<title>{_e(sweep.setting)} = {value:g}</title></circle>'
                     f'<text x="{a + 6:.1f}" y="{b - 5:.1f}" font-size="10">{value:g}</text>')
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


def language_name(code: str) -> str:
    return f"{code} ({NAMES[code]})" if code in NAMES else code


def _breakdown_table(report: Report, heading: str, groups: dict[str, Summary], badge: bool = True) -> str:
    head = "".join(f"<th>{_e(metric_label(c, report.k))}</th>" for c in TAG_COLUMNS)
    body = "".join(
        f"<tr><td>{f'<span class=tag>{_e(name)}</span>' if badge else _e(name)}</td><td class=num>{s.questions}</td>"
        + "".join(f"<td class=num>{_e(fmt(c, s.metrics.get(c)))}</td>" for c in TAG_COLUMNS) + "</tr>"
        for name, s in [("all", report.summary), *groups.items()]
    )
    return f"<table><tr><th>{_e(heading)}</th><th>questions</th>{head}</tr>{body}</table>"


def _tag_table(report: Report) -> str:
    return _breakdown_table(report, "tag", report.per_tag)


CHART_METRICS = ("pass_rate", "recall_at_k", "citation_recall", "citation_precision", "fact_coverage")


def _charts(report: Report, groups: dict[str, Summary], by: str) -> str:
    charts = []
    for name in CHART_METRICS:
        items = [(group, s.metrics.get(name), s.questions) for group, s in groups.items()]
        charts.append(bar_chart(f"{metric_label(name, report.k)} by {by}", items))
    return f'<div class=charts>{"".join(charts)}</div>'


def _doc_section(report: Report) -> str:
    if not report.per_doc:
        return "<p>No answer cited a unit.</p>"
    rows = "".join(
        f"<tr><td><code>{_e(doc)}</code></td><td class=num>{d.citations}</td><td class=num>{d.relevant}</td>"
        f"<td class=num>{d.questions}</td><td class=num>{_e(fmt('citation_precision', d.precision))}</td></tr>"
        for doc, d in report.per_doc.items()
    )
    chart = bar_chart("Citation precision by document", [(doc, d.precision, d.citations) for doc, d in report.per_doc.items()])
    tags = bar_chart("Citation precision by tag", [(t, s.metrics.get("citation_precision"), s.questions)
                                                   for t, s in report.per_tag.items()])
    return (f"<p class=meta>Of the citations of each document's units in answers to answerable questions, the share that "
            f"were expected or hold an expected fact (the number in brackets: citations, or questions for a tag).</p>"
            f'<div class=charts>{chart}{tags if report.per_tag else ""}</div>'
            f"<table><tr><th>document</th><th>citations</th><th>relevant</th><th>questions</th><th>precision</th></tr>"
            f"{rows}</table>")


def _sweep_section(report: Report) -> str:
    if not report.sweeps:
        return ""
    blocks = []
    for sweep in report.sweeps:
        xs = [p.value for p in sweep.points]
        series = {name: [p.metrics.get(name) for p in sweep.points]
                  for name in ("citation_precision", "citation_recall", "refusal_accuracy")}
        head = "".join(f"<th>{_e(metric_label(name))}</th>" for name in SWEEP_METRICS)
        rows = "".join(
            f"<tr{' class=good' if sweep.configured is not None and abs(p.value - sweep.configured) < 1e-9 else ''}>"
            f"<td class=num>{p.value:g}</td><td class=num>{p.passed}/{p.questions}</td>"
            + "".join(f"<td class=num>{_e(fmt(name, p.metrics.get(name)))}</td>" for name in SWEEP_METRICS) + "</tr>"
            for p in sweep.points
        )
        configured = "" if sweep.configured is None else f" (configured: {sweep.configured:g})"
        blocks.append(
            f"<h3>{_e(sweep.setting)}{_e(configured)}</h3><div class=charts>"
            f"{line_chart(f'Citations and refusals by {sweep.setting}', sweep.setting, xs, series, sweep.configured)}"
            f"{tradeoff_chart(sweep)}</div>"
            f"<table><tr><th>{_e(sweep.setting)}</th><th>passed</th>{head}</tr>{rows}</table>"
        )
    return ("<h2>Precision/recall trade-off</h2><p class=meta>The set answered again at each value of the setting, "
            "with the same index and model: a value that buys recall with precision shows as the lines crossing.</p>"
            + "".join(blocks))


def highlighted(text: str, quote: str) -> str:
    """The unit's text, escaped, with the quote marked (as the chat's Sources panel shows it)."""
    start = text.find(quote) if quote else -1
    if start < 0:
        return _e(text)
    return f"{_e(text[:start])}<mark>{_e(quote)}</mark>{_e(text[start + len(quote):])}"


def checks_html(q: QuestionResult) -> str:
    spans = []
    for name in CHECKS:
        state = q.checks.get(name)
        if state is None:
            continue
        spans.append(f'<span class="check {"ok" if state else "failed"}">{_e(name)} {"✓" if state else "✗"}</span>')
    return "".join(spans)


def citations_html(q: QuestionResult, whole_text: bool = False) -> str:
    """The answer's citations: marker, label, id, and the quote (within the unit's text when ``whole_text``)."""
    items = []
    for c in q.citations:
        relevant = "" if c.relevant is None else (" <span class=good>relevant</span>" if c.relevant
                                                  else " <span class=bad>not relevant</span>")
        body = highlighted(c.text, c.quote) if whole_text and c.text else _e(c.quote)
        marker = f"[{c.n}] " if c.n else ""
        items.append(f"<li>{marker}<code>{_e(c.id)}</code> {_e(c.label)}{relevant}<blockquote>{body}</blockquote></li>")
    return "".join(items) or "<li>none</li>"


def _question_block(q: QuestionResult) -> str:
    tags = "".join(f"<span class=tag>{_e(t)}</span>" for t in q.tags)
    reasons = "".join(f"<li class=bad>{_e(r)}</li>" for r in q.failures)
    expected = ", ".join(f"<code>{_e(c)}</code>" for c in q.expected_citations) or "none (should be refused)"
    retrieved = ", ".join(f"<code>{_e(c)}</code>" for c in q.retrieved) or "none"
    facts = "; ".join(_e(f) for f in q.expected_facts) or "—"
    lang = f" <span class=meta>{_e(q.lang)}</span>" if q.lang else ""
    return (
        f'<div class=fail id="{_e(q.id)}"><strong>{_e(q.id)}</strong>{lang} {tags} {checks_html(q)}'
        f"<p>{_e(q.question)}</p><ul>{reasons}</ul>"
        f"<div class=answer>{_e(q.error or q.answer)}</div>"
        f"<p>Citations:</p><ul>{citations_html(q)}</ul>"
        f"<p class=meta>Expected citations: {expected}. Expected facts: {facts}. Retrieved: {retrieved}.</p></div>"
    )


def _id_cell(q: QuestionResult) -> str:
    """A failed question links to its block in the failures section."""
    return _e(q.id) if q.passed else f'<a href="#{_e(q.id)}">{_e(q.id)}</a>'


def _all_questions(report: Report) -> str:
    def cell(v: float | None) -> str:
        return "—" if v is None else f"{v:.2f}"

    rows = "".join(
        f"<tr><td>{_id_cell(q)}</td><td>{_e(q.question)}</td><td>{_e(q.lang)}</td>"
        f"<td>{'<span class=good>pass</span>' if q.passed else '<span class=bad>fail</span>'}</td>"
        f"<td class=num>{cell(q.recall_at_k)}</td><td class=num>{cell(q.reciprocal_rank)}</td>"
        f"<td class=num>{cell(q.citation_recall)}</td><td class=num>{cell(q.citation_precision)}</td>"
        f"<td class=num>{cell(q.fact_coverage)}</td><td>{'yes' if q.refused else 'no'}</td>"
        f"<td class=num>{'—' if q.latency_ms is None else f'{q.latency_ms:.0f}'}</td></tr>"
        for q in report.questions
    )
    return (f"<table><tr><th>id</th><th>question</th><th>lang</th><th></th><th>recall@{report.k}</th><th>RR</th>"
            f"<th>cit. recall</th><th>cit. precision</th><th>facts</th><th>refused</th><th>ms</th></tr>{rows}</table>")


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


def page(title: str, content: str, standalone: bool = True) -> str:
    """``content`` as one self-contained HTML page, or as an embeddable ``<div>`` with its styles scoped."""
    if not standalone:
        return f'<div class="wsis-eval"><style>{scoped_style()}</style>{content}</div>'
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{STYLE}</style></head><body>
{content}
</body></html>
"""


def render_html(report: Report, standalone: bool = True) -> str:
    """The whole report as one self-contained HTML page; ``standalone=False`` gives an embeddable ``<div>``
    (its styles scoped to ``.wsis-eval``), e.g. for a ``gr.HTML`` component in the chat UI's Evals tab."""
    return page(f"WSIS Assistant eval — {report.dataset}", _content(report), standalone)


def index_line(report: Report) -> str:
    """The index a run answered from, in words."""
    index = report.index
    if not index:
        return f"index of {report.index_units} units"
    units, model, built = index.get("units", report.index_units), index.get("model", "?"), index.get("built_at", "?")
    return f"index of {units} units, {model}, built {built}"


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
    digest = f" · set {_e(report.dataset_hash[:12])}" if report.dataset_hash else ""
    languages = {language_name(code): summary for code, summary in report.per_lang.items()}
    return f"""<h1>Eval report: {_e(report.dataset)}</h1>
<p class=meta>{_e(report.dataset_path)}{digest} · started {_e(report.started_at)} · {report.seconds:.1f} s
· generator {_e(report.generator)} · {_e(index_line(report))} · k = {report.k}</p>
<p><strong>{s.passed} of {s.questions}</strong> questions passed
({s.answerable} answerable, {s.unanswerable} to refuse{rejected}).</p>
{notes}
<h2>Summary</h2>{_summary_table(report)}
<h2>By tag</h2>{_charts(report, report.per_tag, "tag")}{_tag_table(report)}
<h2>By language</h2>{_charts(report, languages, "language")}{_breakdown_table(report, "language", languages, badge=False)}
<h2>Citation precision by document</h2>{_doc_section(report)}
{_sweep_section(report)}
<h2>Failures ({len(report.failures)})</h2>{failures}
<details><summary>All {len(report.questions)} questions</summary>{_all_questions(report)}</details>
"""
