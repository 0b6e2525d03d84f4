"""One bad request, three faces: `wsis ask`, `POST /api/ask` and the chat get the same error message.

The Assistant checks a request once (``Assistant.request``); each face only shows its RequestError:
the CLI as one ``error:`` line, the API as a 400 ``{"error": ...}``, the chat as a notice and
gradio_client's ``/ask`` as a ``gr.Error``.
"""

from __future__ import annotations

import gradio as gr
import pytest
from typer.testing import CliRunner

from assistant import prompts
from assistant.cli import app
from assistant.render import escape_markdown
from assistant.requests import RequestError
from test_api import make_client

BAD = {
    "unknown-document": ("What is WSIS?", ["nosuch"], [], "unknown document 'nosuch': the index holds itu-wsis-page"),
    "unknown-body": ("What is WSIS?", [], ["FIFA"], "unknown body 'FIFA': one of ITU, WSIS, PP, WTDC, WTSA, Council"),
    "empty-question": ("   ", [], [], "the question is empty; type a question about WSIS"),
    "too-long": ("x" * 2500, [], [], "the question is 2500 characters long; the limit is 2000 (WSIS_MAX_QUESTION_CHARS)"),
}


@pytest.fixture(scope="module")
def api(page_home, assistant, tmp_path_factory):
    with make_client(page_home, assistant, tmp_path_factory.mktemp("faces"), rate_limit_per_minute=0) as client:
        yield client


@pytest.fixture
def calls(assistant, tmp_path):
    from assistant.access import RateLimiter
    from assistant.feedback import FeedbackStore
    from assistant.ui import ChatCallbacks

    return ChatCallbacks(assistant, FeedbackStore(tmp_path / "feedback.sqlite3"), RateLimiter(0))


def cli_args(docs: list[str], bodies: list[str]) -> list[str]:
    return [*(f"--doc={d}" for d in docs), *(f"--body={b}" for b in bodies)]


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_the_service_says_what_is_wrong_once(assistant, case):
    question, docs, bodies, message = BAD[case]
    with pytest.raises(RequestError) as raised:
        assistant.request(question, filters={"doc": docs, "body": bodies})
    assert str(raised.value) == message


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_wsis_ask_prints_the_message_as_its_one_error_line(page_home, case):
    question, docs, bodies, message = BAD[case]
    result = CliRunner().invoke(app, ["ask", question, *cli_args(docs, bodies), "--home", str(page_home)],
                                env={"HF_HUB_OFFLINE": "1"})
    assert result.exit_code == 2 and result.stderr == f"error: {message}\n" and result.stdout == ""


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_the_api_answers_400_with_the_message(api, case):
    question, docs, bodies, message = BAD[case]
    for route in ("/api/ask", "/api/ask/stream"):
        response = api.post(route, json={"question": question, "filters": {"doc": docs, "body": bodies}})
        assert (response.status_code, response.json()) == (400, {"error": message}), route


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_the_chat_shows_the_message_and_gradio_client_gets_it_as_the_error(calls, case):
    question, docs, bodies, message = BAD[case]
    with pytest.raises(gr.Error) as raised:
        calls.ask_json(question, docs, bodies)
    assert raised.value.message == message
    *_, (chat, _, _, answers) = calls.respond(question, [], [], docs, bodies, None)
    if not question.strip():
        assert chat == [] and answers == [], "an empty box sends nothing"
        return
    assert answers == [None]
    assert chat[-1]["content"] == escape_markdown(prompts.REQUEST_PROBLEM.format(reason=message))


def test_search_rejects_the_same_filters_in_the_cli_and_the_api(page_home, api):
    for case in ("unknown-document", "unknown-body"):
        _, docs, bodies, message = BAD[case]
        result = CliRunner().invoke(app, ["search", "spectrum", *cli_args(docs, bodies), "--home", str(page_home)],
                                    env={"HF_HUB_OFFLINE": "1"})
        assert result.exit_code == 2 and result.stderr == f"error: {message}\n"
        response = api.get("/api/search", params={"q": "spectrum", "doc": docs, "body": bodies})
        assert (response.status_code, response.json()) == (400, {"error": message})


def test_a_batch_with_bad_filters_says_so_once_before_reading_a_line(page_home):
    _, docs, _, message = BAD["unknown-document"]
    result = CliRunner().invoke(app, ["ask", "--json", "-", *cli_args(docs, []), "--home", str(page_home)],
                                input="What is UNGIS?\n", env={"HF_HUB_OFFLINE": "1"})
    assert result.exit_code == 2 and result.stderr == f"error: {message}\n" and result.stdout == ""


def test_an_unknown_generator_is_the_same_kind_of_error(assistant, api):
    with pytest.raises(RequestError) as raised:
        assistant.request("What is WSIS?", generator="llm")
    assert str(raised.value) == "the 'llm' generator is not configured here; available: extractive"
    response = api.post("/api/ask", json={"question": "What is WSIS?", "generator": "llm"})
    assert (response.status_code, response.json()) == (400, {"error": str(raised.value)})


def test_the_history_a_follow_up_uses_is_cut_by_the_service(assistant):
    from assistant.requests import Turn

    turns = [Turn("user" if i % 2 == 0 else "assistant", f"turn {i}") for i in range(100)]
    query = assistant.request("and the next?", turns)
    assert len(query.history) == 2 * assistant.settings.max_history_turns and query.history[-1] == turns[-1]


def test_open_takes_a_loaded_model_or_an_open_index_and_builds_the_rest(assistant, page_home, embeddings):
    from assistant.service import Assistant
    from assistant.settings import Settings
    from index.embeddings import SentenceEmbeddings

    settings = Settings(home=page_home)
    assert Assistant.open(settings, searcher=assistant.searcher).searcher is assistant.searcher
    assert Assistant.open(settings, embeddings=embeddings).searcher.embeddings is embeddings
    with pytest.raises(ValueError, match="not both"):
        Assistant.open(settings, embeddings=SentenceEmbeddings(), searcher=assistant.searcher)
