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


def test_a_greeting_is_answered_not_shown_as_no_answer(run):
    result = run("ask", "hello")
    assert result.exit_code == 0 and "Hello. I answer questions" in result.stdout
    assert "No answer" not in result.stdout and "No answer" in run("ask", "Tell me about ransomware.").stdout


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


# -- bytes that are not UTF-8, and lone surrogates ----------------------------------------------------
def wsis(*args: str, input: bytes = b"", locale: str = "C.UTF-8"):
    """`wsis` in its own process, as a shell runs it: stdin and argv are bytes, decoded by the locale."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LC_ALL": locale, "HF_HUB_OFFLINE": "1"}
    env.pop("PYTHONIOENCODING", None)
    command = [sys.executable, "-c", "from assistant.cli import main; main()", *args]
    return subprocess.run(command, input=input, capture_output=True, env=env, timeout=300)


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_a_batch_line_that_is_not_utf8_gets_an_error_object_and_the_batch_goes_on(page_home, locale):
    lines = b"What is UNGIS?\n\xff x\nWhat is UNGIS?\n"
    result = wsis("ask", "--json", "-", "--home", str(page_home), input=lines, locale=locale)
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(rows) == 3 and rows[0]["citations"] and rows[2]["citations"]
    assert rows[1] == {"question": "\ufffd x", "error": rows[1]["error"]} and "not valid text" in rows[1]["error"]
    assert result.returncode == 1


def test_an_argument_that_is_not_utf8_is_one_error_line(page_home):
    result = wsis("ask", b"\xff x".decode("utf-8", "surrogateescape"), "--home", str(page_home))
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert result.stderr.decode().startswith("error: ") and len(result.stderr.decode().strip().splitlines()) == 1
    assert "not valid text" in result.stderr.decode()


def test_a_question_that_cannot_be_asked_is_said_so_before_anything_loads(run, tmp_path):
    # a data directory with no index: had the model and the index been opened first, that would be the error
    for command in ("ask", "search"):
        result = run(command, "   ", home=tmp_path / "nothing-here")
        assert result.exit_code == 2 and "the question is empty" in result.stderr
        assert "wsis index build" not in result.stderr


def test_a_lone_surrogate_in_an_argument_is_a_clear_error(run):
    single = run("ask", "\ud800 x")
    assert single.exit_code == 2 and "not valid text" in single.stderr
    assert run("search", "\ud800 x").exit_code == 2
