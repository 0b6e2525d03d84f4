"""What the two eval faces share (``wsis eval`` and the chat UI's Evals tab): the record of what a
run ran with, the stores under ``WSIS_HOME``, and sweeping an answer setting.

The runs and the sets are the ``evals`` library's; here is only what it cannot know about the
assistant: which settings change answers, and how to open the assistant at another value of one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.settings import Settings
from evals.dataset import Dataset
from evals.report import Sweep
from evals.runner import sweep
from evals.sets import QuestionSets
from evals.store import RunStore

if TYPE_CHECKING:  # `wsis --help` stays fast: the service (LangChain, the index's code) loads when a command opens it
    from assistant.service import Assistant

ANSWER_SETTINGS = (
    "embedding_model", "generator", "k", "min_similarity", "min_coverage", "paraphrase_similarity",
    "llm_base_url", "llm_model", "llm_gguf", "llm_max_tokens", "llm_temperature", "llm_sources",
    "support_min_similarity", "support_min_overlap", "min_supported_share",
)
"""The settings that change what a question is answered: recorded with every run (never a key or password)."""

SWEEPABLE = ("min_coverage", "paraphrase_similarity", "min_similarity", "support_min_similarity", "support_min_overlap",
             "min_supported_share")
"""The answer constants ``--sweep`` may vary: each a share or a similarity between 0 and 1."""


def answer_settings(settings: Settings) -> dict[str, str | int | float | bool | None]:
    recorded: dict[str, str | int | float | bool | None] = {}
    for name in ANSWER_SETTINGS:
        value = getattr(settings, name)
        recorded[name] = str(value) if isinstance(value, Path) else value
    return recorded


def run_store(settings: Settings) -> RunStore:
    return RunStore.under(settings.home)


def question_sets(settings: Settings) -> QuestionSets:
    return QuestionSets.under(settings.home)


def parse_sweep(spec: str) -> tuple[str, list[float]]:
    """``min_coverage=0.2,0.3,0.4`` or ``min_coverage=0.2:0.8:0.1`` (from, to, step) -> the setting and its values."""
    name, sep, values = spec.partition("=")
    name = name.strip().replace("-", "_").lower()
    if not sep or not values.strip():
        raise ValueError(f"--sweep {spec!r}: write SETTING=V1,V2,… or SETTING=FROM:TO:STEP, e.g. min_coverage=0.2:0.8:0.1")
    if name not in SWEEPABLE:
        raise ValueError(f"--sweep {name!r}: a sweep varies one of {', '.join(SWEEPABLE)}")
    try:
        if ":" in values:
            start, stop, step = (float(v) for v in values.split(":"))
            if step <= 0 or stop < start:
                raise ValueError
            count = int(round((stop - start) / step)) + 1
            points = [round(start + i * step, 6) for i in range(count)]
        else:
            points = [float(v) for v in re.split(r"[,\s]+", values.strip()) if v]
    except ValueError:
        raise ValueError(f"--sweep {spec!r}: the values are numbers, V1,V2,… or FROM:TO:STEP with FROM <= TO and STEP > 0")\
            from None
    bad = [v for v in points if not 0 <= v <= 1]
    if bad:
        raise ValueError(f"--sweep {spec!r}: {bad[0]:g} is outside 0–1")
    if len(points) > 50:
        raise ValueError(f"--sweep {spec!r}: {len(points)} values; a sweep takes at most 50")
    return name, sorted(set(points))


def sweep_setting(assistant: Assistant, dataset: Dataset, setting: str, values: list[float], k: int = 5,
                  generator: str | None = None, progress: Callable[[float, int, int], None] | None = None) -> Sweep:
    """The set answered at each value of ``setting``, over the assistant's open index and loaded model."""
    configured = getattr(assistant.settings, setting)
    return sweep(lambda value: assistant.variant(**{setting: value}), dataset, setting, values,
                 configured=float(configured), k=k, generator=generator, progress=progress)
