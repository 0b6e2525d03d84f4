"""Two runs side by side: how each metric moved, and which questions flipped between pass and fail."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from evals.metrics import HIGHER_IS_BETTER, METRICS
from evals.report import STYLE, Report, fmt, metric_label


@dataclass(frozen=True)
class Delta:
    metric: str
    old: float | None
    new: float | None

    @property
    def change(self) -> float | None:
        return None if self.old is None or self.new is None else self.new - self.old

    @property
    def verdict(self) -> str:
        """"better", "worse" or "same", by which way the metric is better."""
        change = self.change
        if change is None or abs(change) < 1e-9:
            return "same"
        return "better" if (change > 0) == (self.metric in HIGHER_IS_BETTER) else "worse"


@dataclass(frozen=True)
class Flip:
    id: str
    question: str
    old_failures: list[str]
    new_failures: list[str]


@dataclass(frozen=True)
class Comparison:
    old: Report
    new: Report
    deltas: list[Delta]
    tag_deltas: dict[str, list[Delta]]
    broke: list[Flip] = field(default_factory=list)
    """Passed in the old run, fail in the new one."""
    fixed: list[Flip] = field(default_factory=list)
    """Failed in the old run, pass in the new one."""
    only_old: list[str] = field(default_factory=list)
    only_new: list[str] = field(default_factory=list)


def _deltas(old: dict[str, float | None], new: dict[str, float | None]) -> list[Delta]:
    return [Delta(name, old.get(name), new.get(name)) for name in METRICS if name in old or name in new]


def compare(old: Report, new: Report) -> Comparison:
    old_rows = {q.id: q for q in old.questions}
    new_rows = {q.id: q for q in new.questions}
    both = [qid for qid in new_rows if qid in old_rows]
    broke = [Flip(qid, new_rows[qid].question, old_rows[qid].failures, new_rows[qid].failures)
             for qid in both if old_rows[qid].passed and not new_rows[qid].passed]
    fixed = [Flip(qid, new_rows[qid].question, old_rows[qid].failures, new_rows[qid].failures)
             for qid in both if not old_rows[qid].passed and new_rows[qid].passed]
    tags = [t for t in new.per_tag if t in old.per_tag]
    return Comparison(
        old=old, new=new, deltas=_deltas(old.summary.metrics, new.summary.metrics),
        tag_deltas={t: _deltas(old.per_tag[t].metrics, new.per_tag[t].metrics) for t in tags},
        broke=broke, fixed=fixed,
        only_old=[qid for qid in old_rows if qid not in new_rows],
        only_new=[qid for qid in new_rows if qid not in old_rows],
    )


def fmt_change(delta: Delta) -> str:
    change = delta.change
    if change is None:
        return "—"
    if abs(change) < 1e-9:
        return "0"
    return f"{change:+.0f}" if delta.metric.endswith("_ms") or delta.metric == "invented_citations" else f"{change:+.3f}"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_compare_html(comparison: Comparison) -> str:
    """The comparison as one self-contained HTML page."""
    old, new = comparison.old, comparison.new
    colour = {"better": "good", "worse": "bad", "same": ""}

    def table(deltas: list[Delta]) -> str:
        rows = "".join(
            f"<tr><td>{_e(metric_label(d.metric, new.k))}</td><td class=num>{_e(fmt(d.metric, d.old))}</td>"
            f"<td class=num>{_e(fmt(d.metric, d.new))}</td><td class=\"num {colour[d.verdict]}\">{_e(fmt_change(d))}</td>"
            f"<td class=\"{colour[d.verdict]}\">{_e(d.verdict)}</td></tr>"
            for d in deltas
        )
        return f"<table><tr><th>metric</th><th>old</th><th>new</th><th>change</th><th></th></tr>{rows}</table>"

    def flips(items: list[Flip], title: str) -> str:
        if not items:
            return f"<h2>{_e(title)} (0)</h2><p>None.</p>"
        rows = "".join(
            f"<tr><td><code>{_e(f.id)}</code></td><td>{_e(f.question)}</td>"
            f"<td>{_e('; '.join(f.old_failures) or 'pass')}</td><td>{_e('; '.join(f.new_failures) or 'pass')}</td></tr>"
            for f in items
        )
        return (f"<h2>{_e(title)} ({len(items)})</h2><table><tr><th>id</th><th>question</th><th>old</th><th>new</th></tr>"
                f"{rows}</table>")

    tag_sections = "".join(
        f"<details><summary>{_e(tag)}</summary>{table(deltas)}</details>" for tag, deltas in comparison.tag_deltas.items()
    )
    missing = ""
    if comparison.only_old or comparison.only_new:
        missing = (f"<p class=note>Only in the old run: {_e(', '.join(comparison.only_old) or 'none')}. "
                   f"Only in the new run: {_e(', '.join(comparison.only_new) or 'none')}.</p>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>WSIS Assistant eval comparison</title><style>{STYLE}</style></head><body>
<h1>Eval comparison</h1>
<p class=meta>old: {_e(old.dataset)} · {_e(old.started_at)} · {old.summary.questions} questions · generator {_e(old.generator)} ·
new: {_e(new.dataset)} · {_e(new.started_at)} · {new.summary.questions} questions · generator {_e(new.generator)}</p>
{missing}
<h2>Metrics</h2>{table(comparison.deltas)}
{flips(comparison.broke, "Pass → fail")}
{flips(comparison.fixed, "Fail → pass")}
<h2>By tag</h2>{tag_sections}
</body></html>
"""
