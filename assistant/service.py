"""The Assistant: the one service the CLI, the HTTP API and the chat UI all call."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from langchain_core.runnables import RunnableGenerator, RunnableLambda

from assistant import prompts
from assistant.answer import Answer, Citation, Claim
from assistant.condense import standalone_question
from assistant.generators import ExtractiveGenerator, Generator
from assistant.guard import check_question, is_steering
from assistant.retriever import UnitRetriever
from assistant.settings import Settings
from corpus import load_registry
from corpus.refs import asks_for_text, find_refs
from corpus.segment import sub_item_label
from index.embeddings import SentenceEmbeddings
from index.filters import Filters
from index.hits import Hit
from index.search import Searcher
from index.store import connect, where_label


@dataclass(frozen=True)
class Turn:
    role: str
    content: str


@dataclass(frozen=True)
class IndexedDocument:
    """A document the live index holds units of (what `GET /api/documents` lists)."""

    id: str
    title: str
    short: str
    url: str
    symbol: str
    bodies: tuple[str, ...]
    units: int


@dataclass(frozen=True)
class _Retrieved:
    question: str
    query: str
    hits: list[Hit]
    refusal: str | None
    retrieve_ms: float


class Assistant:
    def __init__(self, settings: Settings, searcher: Searcher, generator: Generator | None = None) -> None:
        self.settings = settings
        self.searcher = searcher
        self.generator = generator or ExtractiveGenerator()
        self._chain = RunnableLambda(self._retrieve) | RunnableGenerator(self._compose)

    @classmethod
    def open(cls, settings: Settings) -> "Assistant":
        """Connect to the index and load the model once; errors say which command fixes them."""
        client = connect(settings.home, settings.chroma_url)
        searcher = Searcher(
            client, SentenceEmbeddings(settings.embedding_model),
            where=where_label(settings.home, settings.chroma_url), refresh_seconds=settings.refresh_seconds,
        )
        searcher.check_model()
        return cls(settings, searcher)

    # -- public API -----------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: Filters = Filters()) -> list[Hit]:
        query = check_question(query, self.settings.max_question_chars)
        return self.searcher.search(query, k, filters)

    def unit_ids(self) -> set[str]:
        """Every unit the live index holds: what a citation may point to."""
        return set(self.searcher.units())

    def documents(self) -> list[IndexedDocument]:
        registry = load_registry()
        by_doc: dict[str, list] = {}
        for unit in self.searcher.units().values():
            by_doc.setdefault(unit.doc, []).append(unit)
        docs = []
        for doc_id, units in sorted(by_doc.items()):
            entry = registry.get(doc_id)
            first = units[0]
            docs.append(IndexedDocument(
                id=doc_id, title=entry.title if entry else first.title, short=entry.short if entry else first.title or doc_id,
                url=entry.url if entry else first.url, symbol=entry.symbol if entry else "",
                bodies=tuple(sorted({u.body for u in units if u.body})), units=len(units),
            ))
        return docs

    def ask(self, question: str, history: list[Turn] = (), filters: Filters = Filters()) -> Answer:
        *_, answer = self.stream(question, history, filters)
        return answer

    def stream(self, question: str, history: list[Turn] = (), filters: Filters = Filters()) -> Iterator[str | Answer]:
        """Lines of the answer as they are composed, then the whole validated ``Answer``."""
        question = check_question(question, self.settings.max_question_chars)
        yield from self._chain.stream({"question": question, "history": list(history), "filters": filters})

    # -- the chain ------------------------------------------------------------------------
    def _retrieve(self, inputs: dict) -> _Retrieved:
        started = time.perf_counter()
        question, filters = inputs["question"], inputs["filters"]
        previous = [t.content for t in inputs["history"] if t.role == "user"]
        query = standalone_question(question, previous)
        if is_steering(question):
            return _Retrieved(question, query, [], prompts.INSTRUCTIONS_REFUSED, _ms(started))
        missing = self._missing_references(query, filters)
        if missing:
            return _Retrieved(question, query, [], missing, _ms(started))
        retriever = UnitRetriever(searcher=self.searcher, k=self.settings.k, filters=filters)
        hits = [doc.metadata["hit"] for doc in retriever.invoke(query)]
        supported = [h for h in hits if h.named or h.similarity >= self.settings.min_similarity]
        refusal = None if supported else prompts.REFUSAL
        return _Retrieved(question, query, supported, refusal, _ms(started))

    def _missing_references(self, query: str, filters: Filters) -> str | None:
        """A question naming only paragraphs or resolutions that no indexed unit holds."""
        refs = find_refs(query)
        registry = load_registry()
        if refs and asks_for_text(query):
            # "What does Resolution 172 resolve?" with only the page's line about it: say it is missing.
            held = {unit.doc for unit in self.searcher.units().values()}
            docs = sorted({r.doc for r in refs if r.locator is None and r.doc in registry
                           and registry[r.doc].kind == "resolution" and r.doc not in held})
            if docs:
                return prompts.NOT_INDEXED.format(names=", ".join(registry[d].short for d in docs),
                                                  verb="is" if len(docs) == 1 else "are", ids=" ".join(docs))
        if not refs or any(self.searcher.units_named(ref, filters) for ref in refs):
            return None
        docs = sorted({ref.doc for ref in refs if ref.doc in registry})
        if not docs:
            return prompts.REFUSAL
        names = ", ".join(registry[d].short for d in docs)
        return prompts.NOT_INDEXED.format(names=names, verb="is" if len(docs) == 1 else "are", ids=" ".join(docs))

    def _compose(self, retrieved_stream: Iterator[_Retrieved]) -> Iterator[str | Answer]:
        for retrieved in retrieved_stream:
            started = time.perf_counter()
            lines: list[str] = []
            citations: dict[str, Citation] = {}
            if retrieved.refusal is None:
                allowed = {h.unit.id: h for h in retrieved.hits}
                for claim in self.generator.claims(retrieved.query, retrieved.hits):
                    line = self._cite(claim, allowed, citations)
                    if line:
                        lines.append(line)
                        yield line
            refused = not lines
            if refused:
                citations = {}
                lines = [retrieved.refusal or prompts.REFUSAL]
                yield lines[0]
            text = lines[0] if len(lines) == 1 else "\n".join(f"- {line}" for line in lines)
            yield Answer(
                question=retrieved.question, answer=text, refused=refused,
                citations=list(citations.values()), generator=self.generator.name,
                timings_ms={"retrieve": round(retrieved.retrieve_ms, 1), "answer": round(_ms(started), 1)},
            )

    def _cite(self, claim: Claim, allowed: dict[str, Hit], citations: dict[str, Citation]) -> str | None:
        """The claim with its markers, or None when no source it names was retrieved and holds its quote.

        This is the only way a citation reaches an answer: an id the generator invents, or a quote
        the unit does not contain, is dropped here.
        """
        markers = []
        for unit_id in claim.sources:
            hit = allowed.get(unit_id)
            if hit is None or unit_id not in self.searcher.units():
                continue
            quote = claim.quote or claim.text
            if quote not in hit.unit.text:
                continue
            if unit_id not in citations:
                unit = hit.unit
                citations[unit_id] = Citation(
                    n=len(citations) + 1, id=unit.id, doc=unit.doc, label=sub_item_label(unit, quote), url=unit.url,
                    text=unit.text, quote=quote,
                )
            markers.append(f"[{citations[unit_id].n}]")
        if not markers:
            return None
        return f"{claim.text.rstrip()} {' '.join(markers)}"


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
