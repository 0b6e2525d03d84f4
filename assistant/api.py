"""The JSON HTTP API: thin routes over the Assistant service (README: "JSON API").

Endpoints are plain ``def``: FastAPI runs them in its thread pool, so embedding a question never
blocks the event loop that also serves the chat UI.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from assistant import prompts
from assistant.access import client_key
from assistant.answer import Answer
from assistant.feedback import FeedbackUnavailable
from assistant.requests import RequestError, Turn, check_text
from assistant.service import Assistant
from corpus.bodies import BODIES

# Every field of a body is bounded, and the whole body too (WSIS_MAX_BODY_BYTES, assistant/middleware.py).
MAX_TURN_CHARS = 20_000
MAX_QUESTION_FIELD = 100_000
"""The most WSIS_MAX_QUESTION_CHARS may be (assistant/settings.py)."""
MAX_FILTER_VALUES = 100
MAX_NAME_CHARS = 300
MAX_UNIT_CHARS = 20_000
MAX_CITATIONS = 50


def _text(value: str) -> str:
    """A body's text field: a lone surrogate cannot be stored or searched (a 422 naming the field)."""
    return check_text(value, "this field")


Text = Annotated[str, AfterValidator(_text)]


# -- request and response bodies ----------------------------------------------------------------
class HistoryTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str = Field(max_length=MAX_TURN_CHARS)


class AskRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{
            "question": "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?",
            "history": [], "filters": {"body": ["ITU"]},
        }]},
    )

    # Bounded by the service (a 400 naming WSIS_MAX_QUESTION_CHARS, at most MAX_QUESTION_FIELD), as in every face:
    # a pydantic bound here would answer first, and differently.
    question: str = Field(json_schema_extra={"maxLength": MAX_QUESTION_FIELD},
                          description="the question; empty or longer than WSIS_MAX_QUESTION_CHARS is a 400")
    history: list[HistoryTurn] = Field(
        default_factory=list, max_length=200,
        description="the conversation so far, oldest first: a follow-up question is answered from it",
    )
    filters: dict[str, Any] = Field(
        default_factory=dict, max_length=10,
        description=f'{{"doc": [document ids, see /api/documents], "body": [any of {", ".join(BODIES)}]}}',
    )
    generator: Literal["extractive", "llm"] | None = Field(
        None, description="the answer generator; default the server's (WSIS_GENERATOR); llm only when one is configured",
    )

    @field_validator("filters")
    @classmethod
    def _bounded(cls, filters: dict[str, Any]) -> dict[str, Any]:
        """Sizes only: what the keys and values mean is the service's to check (a 400 every face gives)."""
        for key, value in filters.items():
            values = value if isinstance(value, list) else [value]
            if len(values) > MAX_FILTER_VALUES:
                raise ValueError(f"at most {MAX_FILTER_VALUES} values a filter")
            if any(isinstance(v, str) and len(v) > MAX_NAME_CHARS for v in [key, *values]):
                raise ValueError(f"a filter or its value is at most {MAX_NAME_CHARS} characters")
        return filters


class FeedbackCitation(BaseModel):
    """A citation as /api/ask returned it, sent back with the rating."""

    n: int = Field(ge=1, le=1000)
    id: Text = Field(max_length=MAX_NAME_CHARS)
    doc: Text = Field(max_length=MAX_NAME_CHARS)
    label: Text = Field(max_length=1000)
    url: Text = Field(max_length=2000)
    text: Text = Field(max_length=MAX_UNIT_CHARS)
    quote: Text = Field(max_length=MAX_UNIT_CHARS)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rating: Literal["up", "down"]
    question: Text = Field(min_length=1, max_length=MAX_TURN_CHARS)
    answer: Text = Field(max_length=MAX_TURN_CHARS * 5)
    citations: list[FeedbackCitation] = Field(default_factory=list, max_length=MAX_CITATIONS)
    comment: Text = Field("", max_length=5000)


class FeedbackSaved(BaseModel):
    id: int


class SearchResult(BaseModel):
    id: str
    label: str
    score: float
    doc: str
    url: str
    text: str


class SearchResponse(BaseModel):
    query: str
    results: list[SearchResult]
    read_as: str | None = None
    """The query as it was searched when its spelling was corrected ("spectrum alocation" -> "… allocation")."""


class DocumentOut(BaseModel):
    id: str
    title: str
    short: str
    symbol: str
    url: str
    bodies: list[str]
    units: int


class IndexOut(BaseModel):
    units: int
    chunks: int
    model: str
    built_at: str


class DocumentsResponse(BaseModel):
    index: IndexOut
    documents: list[DocumentOut]


class Health(BaseModel):
    status: Literal["ok"]
    units: int


class ErrorOut(BaseModel):
    error: str = Field(description="what was wrong, in words a person can act on")


ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (400, 401, 413, 422, 429, 503)}


# -- access: every /api route needs credentials (when configured); the costly ones are rate-limited
def authorized(request: Request) -> None:
    """The credentials, when configured; a client that failed too often waits (429), its guess unchecked."""
    credentials, logins = request.app.state.credentials, request.app.state.logins
    if not credentials.required:
        return
    client, tried = client_key(request), credentials.presented(request.headers)
    wait = logins.retry_after(client) if tried else 0
    if wait:
        raise HTTPException(429, logins.refusal(wait), headers={"Retry-After": str(wait)})
    if credentials.allows(request.headers):
        logins.succeeded(client)
        return
    if tried:
        logins.failed(client)
    raise HTTPException(401, prompts.AUTH_REQUIRED, headers={"WWW-Authenticate": 'Basic realm="WSIS Assistant"'})


def within_limit(request: Request) -> None:
    limiter = request.app.state.limiter
    wait = limiter.retry_after(client_key(request))
    if wait:
        raise HTTPException(429, limiter.refusal(wait), headers={"Retry-After": str(wait)})


def service(request: Request) -> Assistant:
    return request.app.state.assistant


Service = Annotated[Assistant, Depends(service)]
router = APIRouter(prefix="/api", dependencies=[Depends(authorized)], responses=ERRORS, tags=["assistant"])
health = APIRouter(tags=["operations"])


@router.post("/ask", response_model=Answer, dependencies=[Depends(within_limit)], summary="Answer a question, with citations")
def ask(body: AskRequest, assistant: Service) -> Answer:
    """The design.md answer contract: every `[n]` in `answer` has its entry in `citations`."""
    try:
        return assistant.ask(body.question, _history(body), body.filters, body.generator)
    except RequestError as exc:  # the question, a filter or the generator: what to change, as every face says it
        raise HTTPException(400, str(exc)) from None


@router.post("/ask/stream", dependencies=[Depends(within_limit)], summary="Answer a question, streamed as JSON Lines",
             response_class=StreamingResponse,
             responses={200: {"content": {"application/x-ndjson": {}}, "description": (
                 'one JSON object a line: {"type": "line", "text": "..."} for each sentence as it passes the '
                 'post-check, then {"type": "answer", "answer": {...}}: the whole answer, which is what counts '
                 "(after a fallback its lines replace the streamed ones)")}})
def ask_stream(body: AskRequest, assistant: Service) -> StreamingResponse:
    """The same answer as /api/ask, its sentences sent as they are checked."""
    try:
        parts = assistant.stream(body.question, _history(body), body.filters, body.generator)
        first = next(parts)  # a request that cannot be answered is a 400, before the stream starts
    except RequestError as exc:
        raise HTTPException(400, str(exc)) from None

    def lines() -> Iterator[str]:
        for item in itertools.chain([first], parts):
            if isinstance(item, Answer):
                yield json.dumps({"type": "answer", "answer": item.model_dump()}, ensure_ascii=False) + "\n"
            else:
                yield json.dumps({"type": "line", "text": item}, ensure_ascii=False) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson")


def _history(body: AskRequest) -> list[Turn]:
    """The conversation as the service takes it (which keeps the last WSIS_MAX_HISTORY_TURNS of it)."""
    return [Turn(t.role, t.content) for t in body.history]


@router.get("/search", response_model=SearchResponse, dependencies=[Depends(within_limit)], summary="Rank the indexed units")
def search(
    q: Annotated[str, Query(description="the query")],
    assistant: Service,
    doc: Annotated[list[str], Query(default_factory=list, max_length=MAX_FILTER_VALUES,
                                    description="only these documents (repeatable)")],
    body: Annotated[list[str], Query(default_factory=list, max_length=MAX_FILTER_VALUES,
                                     description=f"only these bodies: {', '.join(BODIES)}")],
    k: Annotated[int, Query(ge=1, le=50, description="how many units")] = 10,
) -> SearchResponse:
    try:
        hits = assistant.search(q, k, {"doc": doc, "body": body})
    except RequestError as exc:
        raise HTTPException(400, str(exc)) from None
    return SearchResponse(query=q, read_as=assistant.read_as(q), results=[
        SearchResult(id=h.unit.id, label=h.unit.label, score=round(h.score, 4), doc=h.unit.doc, url=h.unit.url, text=h.unit.text)
        for h in hits
    ])


@router.get("/documents", response_model=DocumentsResponse, summary="What is indexed")
def documents(assistant: Service) -> DocumentsResponse:
    info = assistant.index_info()
    return DocumentsResponse(
        index=IndexOut(units=info.units, chunks=info.chunks, model=info.model, built_at=info.built_at),
        documents=[DocumentOut(**{**d.__dict__, "bodies": list(d.bodies)}) for d in assistant.documents()],
    )


@router.post("/feedback", response_model=FeedbackSaved, status_code=201, dependencies=[Depends(within_limit)],
             summary="Record thumbs up / down on an answer")
def feedback(body: FeedbackRequest, request: Request) -> FeedbackSaved:
    try:
        row = request.app.state.feedback.add(
            body.rating, body.question, body.answer, [c.model_dump() for c in body.citations], comment=body.comment,
            origin="api", client=client_key(request),
        )
    except FeedbackUnavailable as exc:
        raise HTTPException(503, str(exc)) from None
    return FeedbackSaved(id=row)


@health.get("/healthz", response_model=Health, responses={503: {"model": ErrorOut}}, summary="Liveness and index check")
def healthz(assistant: Service) -> Health:
    return Health(status="ok", units=assistant.index_info().units)
