"""Two runs side by side: how each metric moved, and which questions flipped between pass and fail,
each flipped question with both answers and their sources."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from evals.metrics import HIGHER_IS_BETTER, METRICS
from evals.report import QuestionResult, Report, checks_html, citations_html, fmt, index_line, language_name, metric_label, page


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
    old: QuestionResult | None = None
    """The question as the old run answered it."""
    new: QuestionResult | None = None


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
    lang_deltas: dict[str, list[Delta]] = field(default_factory=dict)
    old_name: str = "old"
    """What the old run is called on the page: "old", or "run #3"."""
    new_name: str = "new"

    @property
    def same_questions(self) -> bool:
        """Both runs ran the same questions (their sets' content hashes agree, when both recorded one)."""
        return not (self.old.dataset_hash and self.new.dataset_hash) or self.old.dataset_hash == self.new.dataset_hash


def _deltas(old: dict[str, float | None], new: dict[str, float | None]) -> list[Delta]:
    return [Delta(name, old.get(name), new.get(name)) for name in METRICS if name in old or name in new]


def compare(old: Report, new: Report, old_name: str = "old", new_name: str = "new") -> Comparison:
    old_rows = {q.id: q for q in old.questions}
    new_rows = {q.id: q for q in new.questions}
    both = [qid for qid in new_rows if qid in old_rows]

    def flip(qid: str) -> Flip:
        return Flip(qid, new_rows[qid].question, old_rows[qid].failures, new_rows[qid].failures, old_rows[qid], new_rows[qid])

    tags = [t for t in new.per_tag if t in old.per_tag]
    langs = [lang for lang in new.per_lang if lang in old.per_lang]
    return Comparison(
        old=old, new=new, deltas=_deltas(old.summary.metrics, new.summary.metrics),
        tag_deltas={t: _deltas(old.per_tag[t].metrics, new.per_tag[t].metrics) for t in tags},
        broke=[flip(qid) for qid in both if old_rows[qid].passed and not new_rows[qid].passed],
        fixed=[flip(qid) for qid in both if not old_rows[qid].passed and new_rows[qid].passed],
        only_old=[qid for qid in old_rows if qid not in new_rows],
        only_new=[qid for qid in new_rows if qid not in old_rows],
        lang_deltas={lang: _deltas(old.per_lang[lang].metrics, new.per_lang[lang].metrics) for lang in langs},
        old_name=old_name, new_name=new_name,
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


def answer_html(q: QuestionResult | None, title: str) -> str:
    """One run's answer to a question: pass or fail and why, the answer, its sources with the quotes marked."""
    if q is None:
        return f"<div><h4>{_e(title)}</h4><p>not in this run</p></div>"
    verdict = "<span class=good>pass</span>" if q.passed else "<span class=bad>fail</span>"
    reasons = "".join(f"<li class=bad>{_e(r)}</li>" for r in q.failures)
    return (f"<div><h4>{_e(title)}: {verdict}</h4>{checks_html(q)}<ul>{reasons}</ul>"
            f"<div class=answer>{_e(q.error or q.answer)}</div>"
            f"<p>Sources:</p><ul>{citations_html(q, whole_text=True)}</ul></div>")


def flip_html(f: Flip, old_name: str, new_name: str) -> str:
    q = f.new or f.old
    expected = ", ".join(f"<code>{_e(c)}</code>" for c in (q.expected_citations if q else [])) or "a refusal"
    facts = "; ".join(_e(x) for x in (q.expected_facts if q else [])) or "—"
    return (f'<div class=fail id="flip-{_e(f.id)}"><strong>{_e(f.id)}</strong> {_e(f.question)}'
            f"<p class=meta>Expected citations: {expected}. Expected facts: {facts}.</p>"
            f"<div class=side>{answer_html(f.old, old_name)}{answer_html(f.new, new_name)}</div></div>")


def render_compare_html(comparison: Comparison, standalone: bool = True) -> str:
    """The comparison as one self-contained HTML page (``standalone=False``: an embeddable ``<div>``)."""
    old, new = comparison.old, comparison.new
    old_name, new_name = comparison.old_name, comparison.new_name
    colour = {"better": "good", "worse": "bad", "same": ""}

    def table(deltas: list[Delta]) -> str:
        rows = "".join(
            f"<tr><td>{_e(metric_label(d.metric, new.k))}</td><td class=num>{_e(fmt(d.metric, d.old))}</td>"
            f"<td class=num>{_e(fmt(d.metric, d.new))}</td><td class=\"num {colour[d.verdict]}\">{_e(fmt_change(d))}</td>"
            f"<td class=\"{colour[d.verdict]}\">{_e(d.verdict)}</td></tr>"
            for d in deltas
        )
        return (f"<table><tr><th>metric</th><th>{_e(old_name)}</th><th>{_e(new_name)}</th><th>change</th><th></th></tr>"
                f"{rows}</table>")

    def flips(items: list[Flip], title: str) -> str:
        if not items:
            return f"<h2>{_e(title)} (0)</h2><p>None.</p>"
        rows = "".join(
            f"<tr><td><a href=\"#flip-{_e(f.id)}\"><code>{_e(f.id)}</code></a></td><td>{_e(f.question)}</td>"
            f"<td>{_e('; '.join(f.old_failures) or 'pass')}</td><td>{_e('; '.join(f.new_failures) or 'pass')}</td></tr>"
            for f in items
        )
        blocks = "".join(flip_html(f, old_name, new_name) for f in items)
        return (f"<h2>{_e(title)} ({len(items)})</h2><table><tr><th>id</th><th>question</th><th>{_e(old_name)}</th>"
                f"<th>{_e(new_name)}</th></tr>{rows}</table>{blocks}")

    def grouped(groups: dict[str, list[Delta]], named=lambda key: key) -> str:
        return "".join(f"<details><summary>{_e(named(key))}</summary>{table(deltas)}</details>"
                       for key, deltas in groups.items())

    notes = ""
    if comparison.only_old or comparison.only_new:
        notes += (f"<p class=note>Only in {_e(old_name)}: {_e(', '.join(comparison.only_old) or 'none')}. "
                  f"Only in {_e(new_name)}: {_e(', '.join(comparison.only_new) or 'none')}.</p>")
    if not comparison.same_questions:
        notes += (f"<p class=note>The two runs ran different versions of the question set "
                  f"({_e(old.dataset_hash[:12])} and {_e(new.dataset_hash[:12])}): a question edited in between "
                  "may flip for that reason alone.</p>")

    def about(report: Report, name: str) -> str:
        return (f"{_e(name)}: {_e(report.dataset)} · {_e(report.started_at)} · {report.summary.questions} questions · "
                f"generator {_e(report.generator)} · {_e(index_line(report))}")

    content = f"""<h1>Eval comparison: {_e(old_name)} → {_e(new_name)}</h1>
<p class=meta>{about(old, old_name)}<br>{about(new, new_name)}</p>
{notes}
<h2>Metrics</h2>{table(comparison.deltas)}
{flips(comparison.broke, "Pass → fail")}
{flips(comparison.fixed, "Fail → pass")}
<h2>By tag</h2>{grouped(comparison.tag_deltas)}
<h2>By language</h2>{grouped(comparison.lang_deltas, language_name)}
"""
    return page("WSIS Assistant eval comparison", content, standalone)
