"""The CI quality gate: `wsis eval run evals/datasets/page.jsonl --fail-under …` must pass.

The bounds sit just under what the assistant achieves today on the page's question set (one more
failed question breaks most of them), so a quality regression fails `make test`. When a change
improves a metric, raise its bound here in the same commit.
"""

from typer.testing import CliRunner

from assistant.cli import app
from conftest import PAGE_QUESTIONS

# Measured on the bundled page (85 questions, k=5): recall@5 0.955, MRR 0.918, citation recall 0.918,
# citation precision 0.659, fact coverage 0.888, refusal accuracy 0.889, pass rate 0.871 (74/85),
# no false refusals, no invented citations, p95 latency ~5 ms.
FAIL_UNDER = {
    "recall@5": 0.95,
    "mrr": 0.91,
    "citation_recall": 0.91,
    "citation_precision": 0.65,
    "fact_coverage": 0.88,
    "refusal_accuracy": 0.88,
    "pass_rate": 0.86,
}
FAIL_OVER = {
    "false_refusal_rate": 0.0,
    "latency_p95_ms": 2000,  # generous: catches a pathological slowdown, not a busy CI machine
}


def test_the_page_question_set_passes_the_quality_gate(page_home, tmp_path):
    args = ["eval", "run", str(PAGE_QUESTIONS), "--k", "5", "--home", str(page_home), "--out", str(tmp_path)]
    for name, bound in FAIL_UNDER.items():
        args += ["--fail-under", f"{name}={bound}"]
    for name, bound in FAIL_OVER.items():
        args += ["--fail-over", f"{name}={bound}"]
    result = CliRunner().invoke(app, args, env={"HF_HUB_OFFLINE": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, f"quality gate failed (report in {tmp_path}):\n{result.output}"
    assert "quality gate passed" in result.stdout
