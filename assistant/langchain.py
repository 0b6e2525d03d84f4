"""The LangChain face: a retriever and a question-answering chain for other LangChain apps.

    from assistant.langchain import WsisRetriever, wsis_qa_chain

    WsisRetriever(k=3).invoke("radio-frequency spectrum")      # Documents: each a unit, best first
    wsis_qa_chain().invoke({"question": "Which paragraph of the Tunis Agenda deals with the spectrum?"})  # an Answer

Like the CLI, the JSON API and the chat, it calls the Assistant's public methods only. The chain is
the Assistant's own (``Assistant.chain``: retrieve | generate | postcheck), so it answers as
``wsis ask`` does, and a LangChain callback handler or tracer sees each of those steps as a child
run with its input and output (``assistant/steps.py``).

Settings are those of ``wsis``: ``Settings()`` from the ``WSIS_`` environment unless given. Nothing
is loaded at import or construction: the model and the index are opened at the first question, once
per process for equal settings (``open_assistant``), and shared by every retriever and chain.
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda
from langchain_core.runnables.config import run_in_executor
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from assistant.answer import Answer
from assistant.requests import Role, Turn
from assistant.service import Assistant
from assistant.settings import Settings
from index.embeddings import SentenceEmbeddings
from index.hits import Hit

__all__ = ["QAFilters", "QAInput", "QATurn", "WsisRetriever", "open_assistant", "wsis_qa_chain"]

MAX_K = 100
"""The most units a retriever returns (as ``wsis search -k``)."""

_lock = threading.Lock()
_assistants: dict[str, Assistant] = {}
_models: dict[tuple, SentenceEmbeddings] = {}


def open_assistant(settings: Settings | None = None, embeddings: SentenceEmbeddings | None = None) -> Assistant:
    """The Assistant the settings describe (None: ``Settings()`` from the environment), opened at the first
    call and then shared by every retriever and chain of this process whose settings are equal.

    Settings that differ (another ``WSIS_HOME``, another ``k``) get their own Assistant, sharing the
    embedding model when they name the same; a model already loaded may be handed in (``embeddings``,
    e.g. the one a test session shares), else it is loaded here. A missing index is an error that says
    what to run.
    """
    settings = settings or Settings()
    key, model_key = _key(settings), _model_key(settings)
    with _lock:  # opening loads the model and reads the index, seconds: a second caller waits for the first's
        assistant = _assistants.get(key)
        if assistant is None:
            model = _models.get(model_key) or embeddings or settings.get_embeddings()
            assistant = Assistant.open(settings, embeddings=model)
            _models[model_key] = model
            _assistants[key] = assistant
        return assistant


def _key(settings: Settings) -> str:
    """Equal settings, equal key: every value, secrets included (``model_dump`` would mask them)."""
    values = {name: value.get_secret_value() if isinstance(value, SecretStr) else value for name, value in settings}
    return json.dumps(values, sort_keys=True, default=str)


def _model_key(settings: Settings) -> tuple:
    """What ``Settings.get_embeddings`` builds the model from: equal, one model."""
    return (settings.embedding_model, str(settings.models_path), settings.embed_query_threads,
            settings.embed_build_threads, settings.embed_batch_size)


# -- the retriever ---------------------------------------------------------------------------
class WsisRetriever(BaseRetriever):
    """The assistant's hybrid search (``wsis search``) as a LangChain retriever: the ``k`` best units.

    Each Document is one citable unit: its text as content, and ``id`` (``tais:96``), ``label``
    ("Tunis Agenda §96"), ``doc``, ``url`` and ``score`` (the fused rank score) in its metadata.
    ``k``, ``doc`` and ``body`` are given here or per call, ``invoke(query, k=3, doc="tais")``; a
    document the index does not hold or an unknown body is a ``RequestError`` that names the known ones.
    """

    k: int = Field(8, ge=1, le=MAX_K, description="how many units to return")
    doc: str | list[str] | None = Field(None, description="only units of these documents (ids: tais, itu-wsis-page, …)")
    body: str | list[str] | None = Field(None, description="only units of these bodies: WSIS, PP, WTDC, WTSA, Council, ITU")
    settings: Settings = Field(None, validate_default=True,  # None: from the environment
                               description="the index to search (None: Settings() from the WSIS_ environment)")

    @field_validator("settings", mode="before")
    @classmethod
    def _from_environment(cls, value: Settings | None) -> Settings:
        return Settings() if value is None else value

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None,
                                doc: str | list[str] | None = None, body: str | list[str] | None = None) -> list[Document]:
        k = self.k if k is None else k
        if not (isinstance(k, int) and 1 <= k <= MAX_K):
            raise ValueError(f"k is the number of units to return, 1 to {MAX_K}: got {k!r}")
        filters = {"doc": self.doc if doc is None else doc, "body": self.body if body is None else body}
        assistant = open_assistant(self.settings)
        hits = assistant.search(query, k, {key: v for key, v in filters.items() if v is not None})
        read_as = assistant.read_as(query)
        return [_document(hit, read_as) for hit in hits]

    async def _aget_relevant_documents(self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun,
                                       k: int | None = None, doc: str | list[str] | None = None,
                                       body: str | list[str] | None = None) -> list[Document]:
        return await run_in_executor(None, self._get_relevant_documents, query, run_manager=run_manager.get_sync(),
                                     k=k, doc=doc, body=body)


def _document(hit: Hit, read_as: str | None = None) -> Document:
    """``read_as``: the query as searched when its spelling was corrected, on each Document (a retriever
    returns nothing else)."""
    unit = hit.unit
    metadata = {"id": unit.id, "label": unit.label, "doc": unit.doc, "url": unit.url, "score": hit.score}
    return Document(id=unit.id, page_content=unit.text, metadata=metadata | ({"read_as": read_as} if read_as else {}))


# -- the question-answering chain --------------------------------------------------------------
class QATurn(BaseModel):
    """One message of the conversation a follow-up question is asked in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role
    content: str

    @model_validator(mode="before")
    @classmethod
    def _from_message(cls, value: Any) -> Any:
        """A LangChain chat message is a turn too: a human message the user's, an AI message the assistant's."""
        if isinstance(value, BaseMessage):
            if not isinstance(value, (HumanMessage, AIMessage)):
                raise ValueError(f"a turn is the user's or the assistant's, not a {value.type} message")
            return {"role": "user" if isinstance(value, HumanMessage) else "assistant", "content": value.text}
        return value


class QAFilters(BaseModel):
    """What the answer may come from: some documents, some bodies (as ``wsis ask --doc/--body``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: list[str] = Field(default_factory=list, description="document ids: tais, itu-wsis-page, …")
    body: list[str] = Field(default_factory=list, description="WSIS, PP, WTDC, WTSA, Council, ITU")

    @field_validator("doc", "body", mode="before")
    @classmethod
    def _one_is_a_list(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class QAInput(BaseModel):
    """A question for ``wsis_qa_chain``, with the conversation before it and filters (a plain string is the question)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str
    history: list[QATurn] = Field(default_factory=list, description="the conversation so far, oldest first")
    filters: QAFilters | None = None

    @model_validator(mode="before")
    @classmethod
    def _question_alone(cls, value: Any) -> Any:
        return {"question": value} if isinstance(value, str) else value


def wsis_qa_chain(settings: Settings | None = None, generator: str | BaseChatModel | None = None) -> Runnable[QAInput, Answer]:
    """The assistant as a LangChain runnable: a :class:`QAInput` in, the ``Answer`` of the JSON contract out.

    ``invoke``, ``batch`` and their async forms give Answers; ``stream`` and ``astream`` give the
    answer's lines as they pass the post-check, then the ``Answer`` (which is what counts: when the
    generator falls back, its lines are replaced). Each question is one run named ``wsis_qa`` with the
    Assistant's chain (``answer``: ``retrieve``, ``generate``, ``postcheck``) inside it.

    ``generator`` answers every question: a name the Assistant has ("extractive", or "llm" when the
    settings configure one), or any LangChain chat model, whose sentences are post-checked like every
    generator's. None: the settings' generator. A bad request is a ``RequestError`` saying what to change.
    """
    settings = settings or Settings()
    chat, name = (generator, "llm") if isinstance(generator, BaseChatModel) else (None, generator)
    with_chat: list[Assistant] = []  # the Assistant with the chat model, made at the first question

    def opened() -> Assistant:
        assistant = open_assistant(settings)
        if chat is None:
            return assistant
        with _lock:
            if not with_chat:
                from assistant.generators.llm import LLMGenerator  # the LLM generator's own modules, only when used

                where = str(getattr(chat, "model_name", None) or getattr(chat, "model", None) or type(chat).__name__)
                with_chat.append(assistant.with_generator(LLMGenerator(chat, where=where, timeout=settings.llm_timeout,
                                                                       max_sources=settings.llm_sources)))
            return with_chat[0]

    def request(assistant: Assistant, inputs: QAInput | Mapping[str, Any] | str):
        asked = QAInput.model_validate(inputs)
        history = [Turn(turn.role, turn.content) for turn in asked.history]
        filters = asked.filters.model_dump() if asked.filters else None
        return assistant.request(asked.question, history, filters, name)

    def wsis_qa(inputs: QAInput | Mapping[str, Any] | str) -> Iterator[str | Answer]:
        assistant = opened()
        yield from assistant.chain.stream(request(assistant, inputs))  # in this run, LangChain makes it a child run

    async def awsis_qa(inputs: QAInput | Mapping[str, Any] | str) -> AsyncIterator[str | Answer]:
        assistant = await run_in_executor(None, opened)  # the first call loads the model: not on the event loop
        query = await run_in_executor(None, request, assistant, inputs)
        async for chunk in assistant.chain.astream(query):
            yield chunk

    chain: Runnable[Any, Any] = RunnableLambda(wsis_qa, afunc=awsis_qa, name="wsis_qa")
    return chain.with_types(input_type=QAInput, output_type=Answer)
