"""A release gate on a run's metrics: bounds people type (``recall@5=0.9``) and the ones a run misses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from evals.metrics import HIGHER_IS_BETTER, LOWER_IS_BETTER, metric_name


def parse_bounds(specs: Sequence[str] | None, option: str) -> dict[str, float]:
    """``["recall@5=0.9", "mrr=0.8"]`` -> ``{"recall_at_k": 0.9, "mrr": 0.8}``.

    ``option`` is ``--fail-under`` or ``--fail-over``; a bound the wrong way round for its metric
    (a lower-is-better metric under ``--fail-under``) is a ValueError saying which option to use.
    """
    bounds: dict[str, float] = {}
    for spec in specs or []:
        name, sep, value = spec.partition("=")
        if not sep:
            raise ValueError(f"{option} {spec!r}: write METRIC=VALUE, e.g. recall@5=0.9")
        key = metric_name(name)
        wrong_way = LOWER_IS_BETTER if option == "--fail-under" else HIGHER_IS_BETTER
        if key in wrong_way:
            better, other = ("lower", "--fail-over") if option == "--fail-under" else ("higher", "--fail-under")
            raise ValueError(f"{option} {name}: {better} is better for {key}; use {other} {name}=BOUND")
        try:
            bounds[key] = float(value)
        except ValueError:
            raise ValueError(f"{option} {spec!r}: {value!r} is not a number") from None
    return bounds


def gate(summary_metrics: Mapping[str, float | None], under: Mapping[str, float], over: Mapping[str, float]) -> list[str]:
    """The bounds a run misses, in words; invented citations always fail a run."""
    problems = []
    for name, bound in under.items():
        value = summary_metrics.get(name)
        if value is None or value < bound:
            problems.append(f"{name} = {'n/a' if value is None else f'{value:.4f}'} is below {bound}")
    for name, bound in over.items():
        value = summary_metrics.get(name)
        if value is None or value > bound:
            problems.append(f"{name} = {'n/a' if value is None else f'{value:.4f}'} is above {bound}")
    invented = summary_metrics.get("invented_citations") or 0
    if invented and "invented_citations" not in over:
        problems.append(f"invented_citations = {invented:.0f}: every citation must be a unit of the index")
    return problems
