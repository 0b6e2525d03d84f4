"""The CI quality gate: `wsis eval run evals/datasets/{page,page-heldout}.jsonl --fail-under …` must pass.

The bounds sit just under what the assistant achieves today on the page's question sets (one more
failed question breaks most of them), so a quality regression fails `make test`. When a change
improves a metric, raise its bound here in the same commit.
"""

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from conftest import PAGE_QUESTIONS

HELDOUT_QUESTIONS = PAGE_QUESTIONS.with_name("page-heldout.jsonl")

# page.jsonl, measured on the bundled page (85 questions, k=5): recall@5 0.955, MRR 0.918, citation
# recall 0.918, citation precision 0.659, fact coverage 0.888, refusal accuracy 1.0, pass rate 0.894
# (76/85), no false refusals, no invented citations.
PAGE_FAIL_UNDER = {
    "recall@5": 0.95,
    "mrr": 0.91,
    "citation_recall": 0.91,
    "citation_precision": 0.65,
    "fact_coverage": 0.88,
    "refusal_accuracy": 0.98,
    "pass_rate": 0.88,
}
# page-heldout.jsonl: 32 questions written after the selection margins and thresholds were tuned on
# page.jsonl. First run: 29/32 (two false refusals from a rule added the same day, then narrowed);
# now recall@5 1.0, MRR 0.931, citation recall 0.958, precision 0.656, facts 0.958, refusals 1.0, 31/32.
HELDOUT_FAIL_UNDER = {
    "recall@5": 0.96,
    "mrr": 0.90,
    "citation_recall": 0.93,
    "citation_precision": 0.63,
    "fact_coverage": 0.93,
    "refusal_accuracy": 0.98,
    "pass_rate": 0.93,
}
FAIL_OVER = {
    "false_refusal_rate": 0.0,
    "latency_p95_ms": 2000,  # generous: catches a pathological slowdown, not a busy CI machine
}


@pytest.mark.parametrize("dataset, fail_under", [(PAGE_QUESTIONS, PAGE_FAIL_UNDER), (HELDOUT_QUESTIONS, HELDOUT_FAIL_UNDER)],
                         ids=["page", "page-heldout"])
def test_the_question_sets_pass_the_quality_gate(page_home, tmp_path, dataset, fail_under):
    args = ["eval", "run", str(dataset), "--k", "5", "--home", str(page_home), "--out", str(tmp_path)]
    for name, bound in fail_under.items():
        args += ["--fail-under", f"{name}={bound}"]
    for name, bound in FAIL_OVER.items():
        args += ["--fail-over", f"{name}={bound}"]
    result = CliRunner().invoke(app, args, env={"HF_HUB_OFFLINE": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, f"quality gate failed (report in {tmp_path}):\n{result.output}"
    assert "quality gate passed" in result.stdout
