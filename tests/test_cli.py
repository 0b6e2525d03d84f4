"""`wsis`: the JSON contract, batches, and one clear line for every bad input."""

import json

import pytest
from typer.testing import CliRunner

from assistant.cli import app


@pytest.fixture
def run(page_home):
    runner = CliRunner()

    def invoke(*args, input=None, home=page_home):
        return runner.invoke(app, [*args, "--home", str(home)], input=input, env={"HF_HUB_OFFLINE": "1"})

    return invoke


def test_ask_json_prints_the_contract(run):
    result = run("ask", "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["refused"] is False and data["citations"][0]["id"] == "itu-wsis-page:tais-96"
    assert "[1]" in data["answer"]


def test_ask_without_json_prints_the_answer_and_its_sources(run):
    result = run("ask", "What is UNGIS?")
    assert result.exit_code == 0
    assert "TAIS §103" in result.stdout and "UNGIS" in result.stdout


def test_batch_answers_each_line_and_a_bad_line_gets_an_error_object(run):
    lines = "What does paragraph 78 say?\n   \nbad\x01question\nHow do I bake bread?\n"
    result = run("ask", "--json", "-", input=lines)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    assert rows[0]["citations"][0]["id"] == "itu-wsis-page:tais-78"
    assert "empty" in rows[1]["error"] and "control characters" in rows[2]["error"]
    assert rows[3]["refused"] is True
    assert result.exit_code == 1, "a batch with bad lines says so in its exit code"


@pytest.mark.parametrize("question, message", [
    ("", "the question is empty"),
    ("   \t ", "the question is empty"),
    ("x" * 5000, "the limit is 2000"),
    ("what\x00is this", "control characters"),
])
def test_a_bad_question_gets_one_clear_line_and_no_traceback(run, question, message):
    result = run("ask", question)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_a_missing_index_says_which_command_builds_it(run, tmp_path):
    result = run("ask", "What is UNGIS?", home=tmp_path / "empty")
    assert result.exit_code == 2 and "wsis index build" in result.stderr


def test_an_unreachable_chroma_server_is_named(run):
    result = run("ask", "What is UNGIS?", "--chroma-url", "http://127.0.0.1:9")
    assert result.exit_code == 2 and "http://127.0.0.1:9" in result.stderr and "does not answer" in result.stderr


def test_an_unknown_body_filter_is_a_clear_error(run):
    result = run("ask", "What is UNGIS?", "--body", "FIFA")
    assert result.exit_code == 2 and "unknown body 'FIFA'" in result.stderr


def test_search_json_lists_ranked_units(run):
    result = run("search", "radio-frequency spectrum", "--json", "-k", "3")
    rows = json.loads(result.stdout)["results"]
    assert len(rows) == 3 and rows[0]["id"] == "itu-wsis-page:tais-96"
    assert set(rows[0]) == {"id", "label", "score", "text"}


def test_help_does_not_import_torch():
    import subprocess
    import sys

    code = "import sys; from assistant.cli import app; print('torch' in sys.modules, 'chromadb' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split() == ["False", "False"]
