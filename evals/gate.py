"""A release gate on a run's metrics: bounds people type (``recall@5=0.9``) and the ones a run misses.

A bound may hold for one language or one tag of the set: ``citation_recall@lang:fr=0.8`` bounds
the citation recall of the French questions, ``pass_rate@tag:paraphrase=0.9`` that of the questions
tagged ``paraphrase``. A scope with no question in the run misses its bound (its value is n/a).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from corpus.lang import LANGUAGES
from evals.metrics import HIGHER_IS_BETTER, LOWER_IS_BETTER, metric_name
from evals.report import Report

SCOPES = ("lang", "tag")


def parse_bounds(specs: Sequence[str] | None, option: str) -> dict[str, float]:
    """``["recall@5=0.9", "mrr@lang:fr=0.8"]`` -> ``{"recall_at_k": 0.9, "mrr@lang:fr": 0.8}``.

    ``option`` is ``--fail-under`` or ``--fail-over``; a bound the wrong way round for its metric
    (a lower-is-better metric under ``--fail-under``) is a ValueError saying which option to use.
    """
    bounds: dict[str, float] = {}
    for spec in specs or []:
        name, sep, value = spec.partition("=")
        if not sep:
            raise ValueError(f"{option} {spec!r}: write METRIC=VALUE, e.g. recall@5=0.9 (or citation_recall@lang:fr=0.8)")
        name, scope = split_scope(name, option)
        key = metric_name(name)
        wrong_way = LOWER_IS_BETTER if option == "--fail-under" else HIGHER_IS_BETTER
        if key in wrong_way:
            better, other = ("lower", "--fail-over") if option == "--fail-under" else ("higher", "--fail-under")
            raise ValueError(f"{option} {name}: {better} is better for {key}; use {other} {name}=BOUND")
        try:
            bounds[f"{key}@{scope}" if scope else key] = float(value)
        except ValueError:
            raise ValueError(f"{option} {spec!r}: {value!r} is not a number") from None
    return bounds


def split_scope(name: str, option: str = "--fail-under") -> tuple[str, str]:
    """``"citation_recall@lang:fr"`` -> ``("citation_recall", "lang:fr")``; ``"recall@5"`` -> ``("recall@5", "")``."""
    head, at, tail = name.rpartition("@")
    kind, colon, value = tail.partition(":")
    if not at or not colon:
        return name, ""
    kind, value = kind.strip().lower(), value.strip()
    if kind not in SCOPES:
        raise ValueError(f"{option} {name!r}: after @, write lang:CODE or tag:TAG")
    if kind == "lang":
        value = value.lower()
        if value not in LANGUAGES:
            raise ValueError(f"{option} {name!r}: {value!r} is not one of the six UN languages: {', '.join(LANGUAGES)}")
    if not value:
        raise ValueError(f"{option} {name!r}: name the {kind} after {kind}:")
    return head, f"{kind}:{value}"


def scoped_metrics(report: Report) -> dict[str, Mapping[str, float | None]]:
    """The run's metrics by scope: ``""`` the whole set, ``"lang:fr"``, ``"tag:paraphrase"``, …"""
    scopes: dict[str, Mapping[str, float | None]] = {"": report.summary.metrics}
    scopes.update({f"lang:{lang}": s.metrics for lang, s in report.per_lang.items()})
    scopes.update({f"tag:{tag}": s.metrics for tag, s in report.per_tag.items()})
    return scopes


def gate(summary_metrics: Mapping[str, float | None], under: Mapping[str, float], over: Mapping[str, float],
         scopes: Mapping[str, Mapping[str, float | None]] | None = None) -> list[str]:
    """The bounds a run misses, in words; invented citations always fail a run.

    ``scopes`` (:func:`scoped_metrics`) gives the metrics a scoped bound (``mrr@lang:fr``) is checked on.
    """
    def value_of(key: str) -> float | None:
        name, _, scope = key.partition("@")
        metrics = summary_metrics if not scope else (scopes or {}).get(scope, {})
        return metrics.get(name)

    def shown(key: str, value: float | None) -> str:
        scope = key.partition("@")[2]
        if value is None:
            return "n/a" + (f" (no question of {scope} in the run)" if scope and scope not in (scopes or {}) else "")
        return f"{value:.4f}"

    problems = []
    for key, bound in under.items():
        value = value_of(key)
        if value is None or value < bound:
            problems.append(f"{key} = {shown(key, value)} is below {bound}")
    for key, bound in over.items():
        value = value_of(key)
        if value is None or value > bound:
            problems.append(f"{key} = {shown(key, value)} is above {bound}")
    invented = summary_metrics.get("invented_citations") or 0
    if invented and "invented_citations" not in over:
        problems.append(f"invented_citations = {invented:.0f}: every citation must be a unit of the index")
    return problems
