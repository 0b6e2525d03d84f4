"""The LangChain face (assistant/langchain.py), as a LangChain developer uses it.

LangChain's own standard suite runs against the retriever; the chain is composed in LCEL, batched,
streamed (sync and async) and watched by a callback handler, and it answers exactly as the
Assistant does, because it is the Assistant's chain.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import reduce
from operator import add
from uuid import UUID

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.runnables import RunnableLambda
from langchain_tests.integration_tests import RetrieversIntegrationTests
from pydantic import ValidationError

from assistant import prompts
from assistant.answer import Answer
from assistant.langchain import QAInput, WsisRetriever, open_assistant, wsis_qa_chain
from assistant.requests import Query, RequestError, Turn
from assistant.settings import Settings
from assistant.steps import Draft, Retrieval
from conftest import ROOT, load_questions

SPECTRUM = "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?"
QUESTIONS = [q["question"] for q in load_questions()]
FIVE = [SPECTRUM, "What is UNGIS?", "How is ITU involved with the Internet Governance Forum?",
        "What is the recipe for apple pie?", "What is WSIS and what does paragraph 96 say?"]


@pytest.fixture(scope="session")
def settings(page_home, embeddings) -> Settings:
    """The page's index, opened by the face with the session's model (``WSIS_HOME`` set: as ``Settings()`` reads it)."""
    settings = Settings(home=page_home)
    open_assistant(settings, embeddings=embeddings)
    return settings


@pytest.fixture
def in_environment(settings, monkeypatch) -> Settings:
    """``WSIS_HOME`` names the page's index: what ``Settings()``, hence no arguments at all, opens."""
    monkeypatch.setenv("WSIS_HOME", str(settings.home))
    assert Settings() == settings
    return settings


class TestWsisRetrieverStandard(RetrieversIntegrationTests):
    """LangChain's standard retriever tests (langchain-tests), on ``WsisRetriever()`` with no arguments."""

    @pytest.fixture(autouse=True)
    def _index(self, in_environment) -> None:
        pass

    @property
    def retriever_constructor(self) -> type[WsisRetriever]:
        return WsisRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {}

    @property
    def retriever_query_example(self) -> str:
        return "radio-frequency spectrum"


def unchanged(answer: Answer) -> dict:
    """An answer without its timings: two runs of one question give the same."""
    return answer.model_dump(exclude={"timings_ms"})


class Runs(BaseCallbackHandler):
    """Every chain run LangChain reports: its name, its parent, and its input and output when it ends."""

    def __init__(self) -> None:
        self.runs: dict[UUID, dict] = {}

    def on_chain_start(self, serialized, inputs, *, run_id, parent_run_id=None, **kwargs) -> None:
        self.runs[run_id] = {"name": kwargs.get("name"), "parent": parent_run_id, "inputs": inputs}

    def on_chain_end(self, outputs, *, run_id, **kwargs) -> None:
        self.runs[run_id]["outputs"] = outputs
        if kwargs.get("inputs") is not None:  # a streamed step's input is known when it ends
            self.runs[run_id]["inputs"] = kwargs["inputs"]

    def named(self, name: str) -> list[dict]:
        return [run for run in self.runs.values() if run["name"] == name]

    def parent(self, run: dict) -> str | None:
        return self.runs[run["parent"]]["name"] if run["parent"] else None


# -- the retriever -------------------------------------------------------------------------------------
def test_the_retriever_returns_units_as_documents_with_their_citation(settings, assistant):
    docs = WsisRetriever(settings=settings, k=3).invoke(SPECTRUM)
    hits = assistant.search(SPECTRUM, 3)
    assert [d.id for d in docs] == [h.unit.id for h in hits] and docs[0].id == "itu-wsis-page:tais-96"
    for doc, hit in zip(docs, hits, strict=True):
        assert doc.page_content == hit.unit.text
        assert doc.metadata == {"id": hit.unit.id, "label": hit.unit.label, "doc": hit.unit.doc, "url": hit.unit.url,
                                "score": hit.score}


def test_the_retriever_reads_a_misspelt_query_as_search_does_and_each_document_says_how(settings):
    docs = WsisRetriever(settings=settings, k=2).invoke("radio spectrom")
    assert docs[0].id == "itu-wsis-page:tais-96" and {d.metadata["read_as"] for d in docs} == {"radio spectrum"}


def test_the_retriever_honours_k_doc_and_body_at_construction_and_at_invoke(settings):
    units = open_assistant(settings).unit_ids()
    assert len(WsisRetriever(settings=settings).invoke("ITU resolutions")) == 8, "k is 8 unless told"
    pp = WsisRetriever(settings=settings, body="PP").invoke("ITU resolutions")
    assert pp and len(pp) < 8 and all(d.metadata["id"] in units for d in pp)
    assert [d.id for d in WsisRetriever(settings=settings).invoke("ITU resolutions", body=["PP"])] == [d.id for d in pp]
    assert len(WsisRetriever(settings=settings, k=2, body="PP").invoke("ITU resolutions", k=4)) == 4
    assert len(WsisRetriever(settings=settings, doc="itu-wsis-page").invoke("spectrum", doc=["itu-wsis-page"], k=1)) == 1


def test_a_retriever_request_the_index_cannot_take_says_what_to_change(settings):
    with pytest.raises(RequestError, match="unknown document 'tais'"):
        WsisRetriever(settings=settings, doc="tais").invoke("spectrum")
    with pytest.raises(RequestError, match="unknown body 'UN'"):
        WsisRetriever(settings=settings).invoke("spectrum", body="UN")
    with pytest.raises(ValueError, match="1 to 100"):
        WsisRetriever(settings=settings).invoke("spectrum", k=0)
    with pytest.raises(ValidationError):
        WsisRetriever(settings=settings, k=0)


async def test_the_retriever_honours_k_when_awaited(settings):
    docs = await WsisRetriever(settings=settings).ainvoke(SPECTRUM, k=2, body="ITU")
    assert [d.id for d in docs] == [d.id for d in WsisRetriever(settings=settings, k=2, body="ITU").invoke(SPECTRUM)]


def test_equal_settings_share_one_assistant_and_every_one_shares_the_model(settings, in_environment):
    assert open_assistant() is open_assistant(settings) is open_assistant(Settings(home=settings.home))
    other = open_assistant(Settings(home=settings.home, k=5))
    assert other is not open_assistant(settings) and other.settings.k == 5
    assert other.searcher.embeddings is open_assistant(settings).searcher.embeddings


# -- the question-answering chain -----------------------------------------------------------------------
def test_the_chain_answers_exactly_as_the_assistant_does(settings, assistant):
    chain = wsis_qa_chain(settings)
    for question in FIVE:
        assert unchanged(chain.invoke({"question": question})) == unchanged(assistant.ask(question))
    assert unchanged(chain.invoke(SPECTRUM)) == unchanged(assistant.ask(SPECTRUM)), "a string is the question"


def test_with_no_arguments_the_chain_answers_from_the_environment_s_index(in_environment, assistant):
    answer = wsis_qa_chain().invoke({"question": SPECTRUM})
    assert isinstance(answer, Answer) and answer.citations[0].id == "itu-wsis-page:tais-96"
    assert unchanged(answer) == unchanged(assistant.ask(SPECTRUM))


def test_the_chain_declares_its_input_and_output(settings):
    chain = wsis_qa_chain(settings)
    schema = chain.get_input_schema().model_json_schema()
    assert set(schema["properties"]) == {"question", "history", "filters"} and schema["required"] == ["question"]
    assert chain.get_input_schema() is QAInput and chain.get_output_schema() is Answer
    assert chain.InputType is QAInput and chain.OutputType is Answer


def test_the_chain_composes_in_lcel(settings):
    cited = wsis_qa_chain(settings) | RunnableLambda(lambda answer: [c.id for c in answer.citations])
    assert cited.invoke({"question": SPECTRUM}) == ["itu-wsis-page:tais-96"]
    asked = RunnableLambda(lambda topic: {"question": f"What does the Tunis Agenda say about {topic}?"}) | wsis_qa_chain(settings)
    expected = wsis_qa_chain(settings).invoke("What does the Tunis Agenda say about the radio-frequency spectrum?")
    assert unchanged(asked.invoke("the radio-frequency spectrum")) == unchanged(expected)
    # a retriever and the chain side by side, as a RAG app lays them out
    both = {"docs": WsisRetriever(settings=settings, k=2), "answer": wsis_qa_chain(settings)}
    out = (RunnableLambda(lambda x: x) | both).invoke(SPECTRUM)
    assert all(isinstance(d, Document) for d in out["docs"]) and out["answer"].citations[0].id == out["docs"][0].id


def test_the_chain_batches_five_questions_in_order(settings, assistant):
    answers = wsis_qa_chain(settings).batch([{"question": q} for q in FIVE], {"max_concurrency": 3})
    assert [unchanged(a) for a in answers] == [unchanged(assistant.ask(q)) for q in FIVE]
    assert answers[3].refused and answers[3].answer == prompts.REFUSAL.say("en")


def test_a_bad_question_in_a_batch_is_its_own_error(settings):
    answers = wsis_qa_chain(settings).batch(
        [{"question": SPECTRUM}, {"question": "  "}, {"question": SPECTRUM, "filters": {"doc": "tais"}}],
        return_exceptions=True)
    assert isinstance(answers[0], Answer)
    assert isinstance(answers[1], RequestError) and isinstance(answers[2], RequestError)
    assert "unknown document 'tais'" in str(answers[2])
    with pytest.raises(ValidationError):
        wsis_qa_chain(settings).invoke({"question": SPECTRUM, "filters": {"year": 2005}})


def test_the_chain_streams_checked_lines_then_the_answer(settings, assistant):
    question = "What is WSIS and what does paragraph 96 say?"
    parts = list(wsis_qa_chain(settings).stream({"question": question}))
    *lines, answer = parts
    assert isinstance(answer, Answer) and lines and all(isinstance(line, str) for line in lines)
    assert parts[:-1] == list(assistant.stream(question))[:-1]
    assert all(line in answer.answer for line in lines)


def test_history_and_filters_reach_the_assistant(settings, assistant):
    history = [Turn("user", "What is UNGIS?"), Turn("assistant", "The United Nations Group on the Information Society.")]
    expected = assistant.ask("who leads it?", history, {"body": ["PP"]})
    chain = wsis_qa_chain(settings)
    as_dicts = chain.invoke({"question": "who leads it?", "history": [t.__dict__ for t in history], "filters": {"body": "PP"}})
    as_messages = chain.invoke({"question": "who leads it?", "filters": {"body": ["PP"]},
                                "history": [HumanMessage(history[0].content), AIMessage(history[1].content)]})
    assert unchanged(as_dicts) == unchanged(as_messages) == unchanged(expected)


async def test_the_chain_answers_when_awaited(settings, assistant):
    chain = wsis_qa_chain(settings)
    assert unchanged(await chain.ainvoke({"question": SPECTRUM})) == unchanged(assistant.ask(SPECTRUM))
    answers = await chain.abatch([{"question": q} for q in FIVE[:3]])
    assert [unchanged(a) for a in answers] == [unchanged(assistant.ask(q)) for q in FIVE[:3]]
    parts = [part async for part in chain.astream({"question": FIVE[-1]})]
    assert parts[:-1] == list(assistant.stream(FIVE[-1]))[:-1] and isinstance(parts[-1], Answer)


def assert_the_steps_are_child_runs(runs: Runs, top: str) -> dict[str, dict]:
    steps = {name: runs.named(name) for name in ("answer", "retrieve", "generate", "postcheck")}
    assert all(len(found) == 1 for found in steps.values()), {k: len(v) for k, v in steps.items()}
    step = {name: found[0] for name, found in steps.items()}
    assert runs.parent(step["answer"]) == top
    assert {name: runs.parent(step[name]) for name in ("retrieve", "generate", "postcheck")} == dict.fromkeys(
        ("retrieve", "generate", "postcheck"), "answer")
    assert isinstance(step["answer"]["inputs"], Query) and isinstance(step["answer"]["outputs"], Answer)
    assert isinstance(step["retrieve"]["inputs"], Query) and isinstance(step["retrieve"]["outputs"], Retrieval)
    assert step["generate"]["inputs"] is step["retrieve"]["outputs"]
    draft = step["generate"]["outputs"]
    assert isinstance(draft, Draft) and draft.retrieval is step["retrieve"]["outputs"] and draft.proposals
    assert step["postcheck"]["inputs"] == draft and step["postcheck"]["outputs"] == step["answer"]["outputs"]
    return step


def test_a_callback_handler_sees_each_step_with_its_input_and_output(settings):
    runs = Runs()
    answer = wsis_qa_chain(settings).invoke({"question": SPECTRUM}, {"callbacks": [runs]})
    (top,) = runs.named("wsis_qa")
    assert top["parent"] is None and top["outputs"] == answer
    step = assert_the_steps_are_child_runs(runs, "wsis_qa")
    assert step["retrieve"]["inputs"].question == SPECTRUM
    assert [p.claim.sources for p in step["generate"]["outputs"].proposals][0] == ("itu-wsis-page:tais-96",)


async def test_a_callback_handler_sees_each_step_of_a_stream_and_of_an_awaited_answer(settings):
    for run in ("stream", "astream", "ainvoke"):
        runs = Runs()
        chain, asked = wsis_qa_chain(settings), {"question": SPECTRUM}
        if run == "stream":
            *_, answer = chain.stream(asked, {"callbacks": [runs]})
        elif run == "astream":
            answer = [part async for part in chain.astream(asked, {"callbacks": [runs]})][-1]
        else:
            answer = await chain.ainvoke(asked, {"callbacks": [runs]})
        step = assert_the_steps_are_child_runs(runs, "wsis_qa")
        assert step["answer"]["outputs"] == answer, run


def test_the_assistant_streams_with_the_same_chain(assistant):
    """``Assistant.stream`` runs ``Assistant.chain``: the steps a handler sees are those of every face."""
    runs = Runs()
    query = assistant.request(SPECTRUM)
    answer = assistant.chain.invoke(query, {"callbacks": [runs]})
    assert isinstance(answer, Answer) and unchanged(answer) == unchanged(assistant.ask(SPECTRUM))
    assert runs.named("answer")[0]["parent"] is None
    assert_the_steps_are_child_runs(runs, None)


def test_the_steps_compose_the_same_answer_from_a_whole_draft_as_from_its_chunks(assistant):
    for question in [*FIVE, "Which resolutions implement WSIS?", "What does paragraph 50 of the Tunis Agenda ask of ITU?"]:
        retrieval = assistant.retrieve(assistant.request(question))
        draft = reduce(add, assistant.generate(retrieval))
        streamed = list(assistant.compose(assistant.generate(retrieval)))
        whole = list(assistant.compose([draft]))
        assert streamed[:-1] == whole[:-1] and unchanged(streamed[-1]) == unchanged(whole[-1])
        assert unchanged(whole[-1]) == unchanged(assistant.ask(question))


def test_the_timings_count_retrieval_and_the_answer_apart(settings):
    answer = wsis_qa_chain(settings).invoke({"question": SPECTRUM})
    assert set(answer.timings_ms) == {"retrieve", "answer"} and all(ms > 0 for ms in answer.timings_ms.values())


def test_a_chat_model_handed_in_writes_the_answer_and_a_failing_one_falls_back_in_a_child_run(settings):
    from test_postcheck import FailingChat, ScriptedChat

    writes = ScriptedChat(script=lambda prompt: "ITU and other regional organizations should ensure equitable access "
                                                "to the radio-frequency spectrum [{TAIS §96}].")
    answer = wsis_qa_chain(settings, generator=writes).invoke({"question": SPECTRUM})
    assert answer.generator == "llm" and [c.id for c in answer.citations] == ["itu-wsis-page:tais-96"]

    runs = Runs()
    answer = wsis_qa_chain(settings, generator=FailingChat(script=None)).invoke({"question": SPECTRUM}, {"callbacks": [runs]})
    assert answer.generator == "extractive" and answer.notice.startswith("Note: the language model is unavailable")
    asked, fallback = runs.named("generate")
    assert runs.parent(asked) == "answer" and asked["outputs"].failure == answer.notice
    assert runs.parent(fallback) == "postcheck" and fallback["outputs"].generator == "extractive"
    assert answer.notice != prompts.NOTICE_FALLBACK_UNSUPPORTED.say("en")
    with pytest.raises(RequestError, match="available: extractive"):
        wsis_qa_chain(settings, generator="llm").invoke(SPECTRUM)


def test_importing_and_making_the_face_loads_nothing_and_the_first_question_opens_the_index(page_home):
    """A fresh process, as a LangChain app starts: no model or index at import or construction."""
    script = f"""
import json, sys
from assistant.langchain import WsisRetriever, wsis_qa_chain
retriever, chain = WsisRetriever(), wsis_qa_chain()
loaded = sorted(m for m in ("torch", "chromadb", "sentence_transformers") if m in sys.modules)
docs = retriever.invoke("radio-frequency spectrum", k=1)
answer = chain.invoke({{"question": {SPECTRUM!r}}})
print(json.dumps({{"loaded": loaded, "docs": [d.id for d in docs], "cited": [c.id for c in answer.citations]}}))
"""
    env = {**os.environ, "WSIS_HOME": str(page_home), "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out == {"loaded": [], "docs": ["itu-wsis-page:tais-96"], "cited": ["itu-wsis-page:tais-96"]}
