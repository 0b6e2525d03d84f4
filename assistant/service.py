"""The Assistant: the one service the CLI, the HTTP API and the chat UI all call."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from langchain_core.runnables import RunnableGenerator

from assistant import prompts
from assistant.answer import Answer, Citation, Claim
from assistant.condense import standalone_question
from assistant.generators import ExtractiveGenerator, Generator, GeneratorConfigError, GeneratorUnavailable
from assistant.guard import check_question, is_steering
from assistant.postcheck import PostCheck, Thresholds
from assistant.retriever import UnitRetriever
from assistant.settings import Settings
from corpus import load_registry
from corpus.refs import Ref, asks_for_text, find_refs, whole_documents, years
from corpus.segment import sub_item_label
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
    generator: str = "extractive"


@dataclass
class _Composed:
    """Lines an answer has so far, their citations, and what the post-check kept of the generator's sentences."""

    lines: list[str]
    citations: dict[str, Citation]
    sentences: int = 0
    dropped: int = 0


class Assistant:
    def __init__(self, settings: Settings, searcher: Searcher, generator: Generator | None = None,
                 others: tuple[Generator, ...] = ()) -> None:
        """``generator`` answers by default (else the one ``settings.generator`` names); ``others`` may be chosen per question."""
        self.settings = settings
        self.searcher = searcher
        self.extractive = ExtractiveGenerator()
        self.generators: dict[str, Generator] = {self.extractive.name: self.extractive}
        for other in (*others, *([generator] if generator else [])):
            self.generators[other.name] = other
        self.generator = generator or self.generators.get(settings.generator)
        if self.generator is None:
            raise GeneratorConfigError(f"the {settings.generator} generator is not configured")
        self.postcheck = PostCheck(searcher.embeddings, Thresholds(settings.support_min_similarity, settings.support_min_overlap))
        # One runnable step, not retrieve | compose: each step of a LangChain sequence costs ~0.4 ms
        # of callback and signature bookkeeping per question, a tenth of a warm answer (benchmarks/).
        self._chain = RunnableGenerator(self._answer)

    @classmethod
    def open(cls, settings: Settings) -> "Assistant":
        """Connect to the index and load the model once; errors say which command fixes them."""
        client = connect(settings.home, settings.chroma_url)
        searcher = Searcher(
            client, settings.get_embeddings(),
            where=where_label(settings.home, settings.chroma_url), refresh_seconds=settings.refresh_seconds,
        )
        searcher.check_model()
        # The LLM generator's own packages (the `llm` extra) are imported only when it is configured.
        from assistant.generators.llm import build_llm_generator, llm_configured

        wanted = settings.generator == "llm" or llm_configured(settings)
        return cls(settings, searcher, others=(build_llm_generator(settings),) if wanted else ())

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

    def ask(self, question: str, history: list[Turn] = (), filters: Filters = Filters(), generator: str | None = None) -> Answer:
        *_, answer = self.stream(question, history, filters, generator)
        return answer

    def stream(self, question: str, history: list[Turn] = (), filters: Filters = Filters(),
               generator: str | None = None) -> Iterator[str | Answer]:
        """Lines of the answer as they pass the post-check, then the whole validated ``Answer``.

        The ``Answer`` is what counts: when the generator fails or too little of what it says is
        supported, the lines streamed so far are replaced by the extractive answer and a notice.
        """
        question = check_question(question, self.settings.max_question_chars)
        name = self.generator_name(generator)
        yield from self._chain.stream({"question": question, "history": list(history), "filters": filters, "generator": name})

    def generator_name(self, generator: str | None) -> str:
        """The generator a question is answered with; a ValueError names the ones available."""
        name = generator or self.generator.name
        if name not in self.generators:
            raise GeneratorConfigError(
                f"the {name!r} generator is not configured here; available: {', '.join(self.generators)}"
            )
        return name

    # -- the chain ------------------------------------------------------------------------
    def _retrieve(self, inputs: dict) -> _Retrieved:
        started = time.perf_counter()
        question, filters = inputs["question"], inputs["filters"]
        name = inputs.get("generator") or self.generator.name
        if is_steering(question):
            return _Retrieved(question, question, [], prompts.INSTRUCTIONS_REFUSED, _ms(started), name)
        query = self._standalone(question, inputs["history"], self.generators[name])
        missing = self._missing_references(query, filters) or self._beyond_latest_year(query)
        if missing:
            return _Retrieved(question, query, [], missing, _ms(started), name)
        retriever = UnitRetriever(searcher=self.searcher, k=self.settings.k, filters=filters)
        hits = [doc.metadata["hit"] for doc in retriever.invoke(query)]
        supported = [h for h in hits if h.named or h.similarity >= self.settings.min_similarity]
        refusal = None if supported else prompts.REFUSAL
        return _Retrieved(question, query, supported, refusal, _ms(started), name)

    def _standalone(self, question: str, history: list[Turn], generator: Generator) -> str:
        """A follow-up made standalone: by the generator's LLM when it has one, else by rule."""
        previous = [t.content for t in history if t.role == "user"]
        condense = getattr(generator, "condense", None)
        if previous and condense is not None:
            try:
                rewritten = condense(question, [(t.role, t.content) for t in history])
            except GeneratorUnavailable:
                rewritten = None
            if rewritten:
                return rewritten
        return standalone_question(question, previous)

    def _missing_references(self, query: str, filters: Filters) -> str | None:
        """A question naming only paragraphs or resolutions that no indexed unit holds."""
        refs = find_refs(query)
        registry = load_registry()
        if asks_for_text(query):
            # "What does Resolution 172 resolve?" when the page lists only its title, or "what does
            # the Geneva Plan of Action contain?" when nothing indexed speaks of it: say the text is
            # missing. The page's items on Tunis Agenda paragraphs carry their substance: answer those.
            held = self.searcher.documents_held()
            docs = sorted(d for d in whole_documents(query, refs) if d in registry and d not in held and (
                registry[d].kind == "resolution" or not self.searcher.units_named(Ref(d, None), filters)))
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

    def _beyond_latest_year(self, query: str) -> str | None:
        """A question about a year later than any the indexed documents name ("the WSIS+20 review in
        December 2025" against texts of 2005–2015): quotes of older texts would answer it wrongly."""
        asked, latest = max(years(query), default=None), self.searcher.latest_year()
        if asked is None or latest is None or asked <= latest:
            return None
        return prompts.BEYOND_LATEST_YEAR.format(year=asked, latest=latest)

    def _answer(self, inputs_stream: Iterator[dict]) -> Iterator[str | Answer]:
        for inputs in inputs_stream:
            yield from self._compose(self._retrieve(inputs))

    def _compose(self, retrieved: _Retrieved) -> Iterator[str | Answer]:
        started = time.perf_counter()
        generator = self.generators[retrieved.generator]
        composed, notice = _Composed([], {}), None
        if retrieved.refusal is None:
            try:
                yield from self._checked_lines(generator, retrieved, composed)
            except GeneratorUnavailable as exc:
                notice = exc.notice
            else:
                kept = composed.sentences - composed.dropped
                if generator is not self.extractive and (
                        not composed.lines or kept < self.settings.min_supported_share * composed.sentences):
                    notice = prompts.NOTICE_FALLBACK_UNSUPPORTED
            if notice:  # the generator failed, or too little of what it said is supported
                tried, generator, extracted = composed, self.extractive, _Composed([], {})
                yield from self._checked_lines(generator, retrieved, extracted)
                # the counts stay those of the generator that was asked: what its post-check removed
                composed = _Composed(extracted.lines, extracted.citations, tried.sentences, tried.dropped)
            elif composed.dropped:
                notice = _dropped_notice(composed.dropped)
        refused = not composed.lines
        if refused:
            composed.citations, notice = {}, None
            composed.lines = [retrieved.refusal or prompts.REFUSAL]
            yield composed.lines[0]
        lines = composed.lines
        text = lines[0] if len(lines) == 1 else "\n".join(f"- {line}" for line in lines)
        if notice:
            text = f"{text}\n\n{notice}"
        yield Answer(
            question=retrieved.question, answer=text, refused=refused,
            citations=list(composed.citations.values()), generator=generator.name, notice=notice,
            sentences=composed.sentences, dropped=composed.dropped,
            timings_ms={"retrieve": round(retrieved.retrieve_ms, 1), "answer": round(_ms(started), 1)},
        )

    def _checked_lines(self, generator: Generator, retrieved: _Retrieved, composed: _Composed) -> Iterator[str]:
        """The generator's sentences that pass the post-check and ``_cite``, as they come."""
        allowed = {h.unit.id: h for h in retrieved.hits}
        for claim in generator.claims(retrieved.query, retrieved.hits):
            composed.sentences += 1
            checked = self.postcheck.check(claim, allowed)
            line = self._cite(checked, allowed, composed.citations) if checked else None
            if line is None:
                composed.dropped += 1
                continue
            composed.lines.append(line)
            yield line

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
            quote = claim.quotes.get(unit_id) or claim.quote or claim.text
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


def _dropped_notice(count: int) -> str:
    one = count == 1
    return prompts.NOTICE_DROPPED.format(count=count, s="" if one else "s", were="was" if one else "were",
                                         it_cites="it cites" if one else "they cite", them="it" if one else "them")


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
