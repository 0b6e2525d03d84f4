"""The Assistant: the one service the CLI, the HTTP API and the chat UI all call."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from langchain_core.runnables import Runnable, RunnableConfig, RunnableGenerator, RunnableLambda, RunnableSequence
from langchain_core.runnables.config import run_in_executor

from assistant import prompts
from assistant.answer import Answer, Citation, Claim, layout
from assistant.condense import standalone_question
from assistant.courtesy import THANKS, courtesy
from assistant.facts import PERSON
from assistant.generators import ExtractiveGenerator, Generator, GeneratorConfigError, GeneratorUnavailable
from assistant.guard import check_question, is_steering
from assistant.postcheck import PostCheck, Thresholds
from assistant.reading import Part, of_a_person, read, read_back, says_nothing_else
from assistant.requests import Query, RawFilters, RequestError, Turn, parse_filters, recent
from assistant.selection import (
    NOT_DEFINED,
    NOT_HELD,
    NOT_NOW,
    NOT_STATED,
    OFF_DOCUMENT,
    UNSUPPORTED,
    Choice,
    Limits,
    asks_only_what_it_is,
    best_coverage,
    choose,
)
from assistant.settings import Settings
from assistant.steps import Draft, Proposal, Retrieval
from corpus import Unit, load_registry
from corpus.lang import detect
from corpus.refs import Ref, asks_for_text, document_mentions, find_refs, whole_documents, years
from corpus.segment import sub_item_label
from index.catalog import Catalog, without_mentions
from index.embeddings import SentenceEmbeddings
from index.filters import Filters
from index.hits import Hit
from index.lexical import tokenize
from index.search import IndexSwapped, Searcher, View
from index.spelling import Correction, load_dictionaries
from index.store import IndexInfo, connect, where_label
from index.terms import Terms

__all__ = ["Assistant", "Draft", "IndexedDocument", "Query", "RequestError", "Retrieval", "Turn"]

MAX_NAMED_DOCUMENTS = 8
"""A greeting names this many of the indexed documents, then says how many more."""


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


@dataclass
class _Composed:
    """Lines an answer has so far, their citations, and what the post-check kept of the generator's sentences."""

    lines: list[str]
    citations: dict[str, Citation]
    sentences: int = 0
    dropped: int = 0
    answered_parts: int = 0
    sub: set[int] = field(default_factory=set)
    """Lines shown under the line before them (further quotes of the same unit)."""


class Assistant:
    """The product's one door: the CLI, the JSON API, the chat UI and the LangChain face call these public methods only.

    ``request`` checks what a face received (question, history, filters, generator) once; ``ask``
    and ``stream`` answer it, ``search`` ranks units for it. Whatever cannot be taken is a
    :class:`RequestError` with one message for every face. Answers come from ``chain``, LangChain
    runnables over the typed steps ``retrieve`` -> ``generate`` -> ``compose`` (run as ``postcheck``).
    """

    def __init__(self, settings: Settings, searcher: Searcher, generator: Generator | None = None,
                 others: tuple[Generator, ...] = ()) -> None:
        """``generator`` answers by default (else the one ``settings.generator`` names); ``others`` may be chosen per question."""
        self.settings = settings
        self.searcher = searcher
        self.extractive = ExtractiveGenerator()
        """The extractive generator by name; ``generate`` quotes with one weighing words by the answer's own index."""
        self.generators: dict[str, Generator] = {self.extractive.name: self.extractive}
        for other in (*others, *([generator] if generator else [])):
            self.generators[other.name] = other
        default = generator or self.generators.get(settings.generator)
        if default is None:
            raise GeneratorConfigError(f"the {settings.generator} generator is not configured")
        self.generator: Generator = default
        self.postcheck = PostCheck(searcher.embeddings, Thresholds(settings.support_min_similarity, settings.support_min_overlap))
        # The one chain every face answers with, a runnable per step, so that a LangChain callback handler
        # or tracer sees each step with its input and output (assistant/steps.py). LangChain's bookkeeping
        # of the four runs (callbacks, config, signatures) costs ~0.5-0.8 ms a question, against ~0.05 ms
        # for the single RunnableGenerator this replaced (interleaved on the page set, 2 loaded cores): ~2 %
        # of a cold ask, which stays within its goal of 1.5x the floor. `benchmarks/run.py` reports it as
        # "of which LangChain's runs".
        self._generate: Runnable[Retrieval, Draft] = RunnableLambda(self.generate, afunc=self._agenerate, name="generate")
        self.chain: Runnable[Query, str | Answer] = RunnableSequence(
            RunnableLambda(self.retrieve, name="retrieve"), self._generate,
            _LastChunk(self.compose, self._acompose, name="postcheck"), name="answer",
        )
        """``Query`` -> the answer's lines as they pass the post-check, then the ``Answer``: ``stream`` runs it."""

    @classmethod
    def open(cls, settings: Settings, embeddings: SentenceEmbeddings | None = None,
             searcher: Searcher | None = None) -> Assistant:
        """The Assistant the settings describe; errors say which command fixes them.

        A loaded model (``embeddings``) or an open index (``searcher``) may be handed in, e.g. one
        model shared by a test session; what is not handed in is built from the settings: the
        index connected, the model loaded once, the LLM generator made when one is configured.
        """
        if searcher is None:
            searcher = Searcher(
                connect(settings.home, settings.chroma_url), embeddings or settings.get_embeddings(),
                where=where_label(settings.home, settings.chroma_url), refresh_seconds=settings.refresh_seconds,
            )
        elif embeddings is not None and embeddings is not searcher.embeddings:
            raise ValueError("hand in the embeddings or a searcher built with them, not both")
        searcher.check_model()
        # The LLM generator's own packages (the `llm` extra) are imported only when it is configured.
        from assistant.generators.factory import build_llm_generator, llm_configured

        wanted = settings.generator == "llm" or llm_configured(settings)
        return cls(settings, searcher, others=(build_llm_generator(settings),) if wanted else ())

    def warm(self) -> None:
        """Pay now what the first questions would: the model, the index's snapshot, the spelling word lists."""
        self.searcher.view().search("warm-up", k=1)
        load_dictionaries()

    def with_generator(self, generator: Generator) -> Assistant:
        """An Assistant over the same index that answers with ``generator`` by default; the others stay available."""
        others = tuple(g for g in self.generators.values() if g is not self.extractive)
        return Assistant(self.settings, self.searcher, generator=generator, others=others)

    # -- public API -----------------------------------------------------------------------
    def request(self, question: object, history: Sequence[Turn] = (), filters: RawFilters = None,
                generator: str | None = None) -> Query:
        """What a face received, checked once; a RequestError says what to change.

        The question is neither empty nor too long, the filters name known bodies and documents the
        live index holds, the generator is one this Assistant has; the history is cut to the last
        ``max_history_turns`` exchanges.
        """
        return Query(
            question=check_question(question, self.settings.max_question_chars),
            history=recent(history, self.settings.max_history_turns),
            filters=self.check_filters(filters),
            generator=self.generator_name(generator),
        )

    def check_filters(self, raw: RawFilters) -> Filters:
        """``{"doc": [...], "body": [...]}`` as a face received it, checked against the live index."""
        return parse_filters(raw, self.searcher.documents_held())

    def search(self, query: str, k: int = 10, filters: RawFilters = None) -> list[Hit]:
        """The ``k`` units that best match ``query``. A query that names documents the index holds ("the
        Tunis Agenda", "Resolution 140") gets their own units first, as an answer is made from them, then
        the others: a clause recalling a document is not that document's text."""
        query = check_question(query, self.settings.max_question_chars)
        checked = self.check_filters(filters)
        try:
            index = self.searcher.view()
            return self._search(index, _spelled(index, query).text, k, checked)
        except IndexSwapped:
            index = self.searcher.view(force=True)
            return self._search(index, _spelled(index, query).text, k, checked)

    def read_as(self, query: str) -> str | None:
        """The query as :meth:`search` and :meth:`ask` read it when they corrected its spelling ("spectrum
        alocation" -> "spectrum allocation"), for a face to show beside its results; None when they did not."""
        correction = _spelled(self.searcher.view(), check_question(query, self.settings.max_question_chars))
        return correction.text if correction.words else None

    def _search(self, index: View, query: str, k: int, filters: Filters) -> list[Hit]:
        words, catalog = self.settings.min_word_similarity, index.catalog()
        named = catalog.asked_of(query)
        if not named:
            return index.search(query, k, filters, words)
        rest = catalog.without_names(query)
        own = index.search(rest if re.search(r"\w", rest) else query, k, _within(catalog, named, filters), words)
        if len(own) >= k:  # the named documents fill the page: the others would be cut
            return own
        ids = {hit.unit.id for hit in own}
        return [*own, *(hit for hit in index.search(query, k, filters, words) if hit.unit.id not in ids)][:k]

    def unit_ids(self) -> set[str]:
        """Every unit the live index holds: what a citation may point to."""
        return set(self.searcher.units())

    def index_info(self) -> IndexInfo:
        """The live index: its units and passages, the model that built it, when."""
        return self.searcher.info

    def variant(self, **changes: object) -> Assistant:
        """This assistant with some settings changed, over the same open index and loaded model (an eval
        sweeping an answer constant); a value out of its range is a ValueError naming the setting."""
        settings = type(self.settings).model_validate({**self.settings.model_dump(), **changes})
        return Assistant.open(settings, searcher=self.searcher)

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

    def ask(self, question: str, history: Sequence[Turn] = (), filters: RawFilters = None,
            generator: str | None = None) -> Answer:
        *_, answer = self.stream(question, history, filters, generator)
        assert isinstance(answer, Answer), "a stream ends with its Answer"
        return answer

    def stream(self, question: str, history: Sequence[Turn] = (), filters: RawFilters = None,
               generator: str | None = None) -> Iterator[str | Answer]:
        """Lines of the answer as they pass the post-check, then the whole validated ``Answer``.

        The ``Answer`` is what counts: when the generator fails or too little of what it says is
        supported, the lines streamed so far are replaced by the extractive answer and a notice.
        The request is checked at the first ``next``: a RequestError comes before any line.
        """
        query = self.request(question, history, filters, generator)
        yield from self.chain.stream(query)

    def generator_name(self, generator: str | None) -> str:
        """The generator a question is answered with (None: the default); a RequestError names the ones available."""
        name = generator or self.generator.name
        if name not in self.generators:
            raise RequestError(
                f"the {name!r} generator is not configured here; available: {', '.join(self.generators)}"
            )
        return name

    # -- the chain: retrieve | generate | postcheck ----------------------------------------
    def retrieve(self, query: Query) -> Retrieval:
        """The chain's first step: per part of a checked question, the units that answer it; or why it is refused."""
        started = time.perf_counter()
        try:
            return self._retrieve(query, self.searcher.view(), started)
        except IndexSwapped:  # a rebuild dropped the index this answer read: answer from the new one
            return self._retrieve(query, self.searcher.view(force=True), started)

    def _retrieve(self, query: Query, index: View, started: float) -> Retrieval:
        question, filters, name = query.question, query.filters, query.generator
        lang = detect(question)

        def retrieval(searched: str, choices: tuple[Choice, ...], refusal: str | None) -> Retrieval:
            finished = time.perf_counter()
            return Retrieval(question, searched, lang, choices, refusal, (finished - started) * 1000, finished, name, index,
                             read_as=correction.text if correction.words else None)

        correction = _spelled(index, question, lang)
        if is_steering(question):
            return retrieval(question, (), prompts.INSTRUCTIONS_REFUSED.say(lang))
        if said := courtesy(question):
            return replace(retrieval(question, (), _courtesy_reply(said.kind, index.catalog(), said.lang)), lang=said.lang)
        refusal: str | None = None
        choices: tuple[Choice, ...] = ()
        searched = question
        # A follow-up is searched as the model rewrote it, else as the rule makes it standalone: a
        # model's rewrite that finds nothing to answer with ("it" taken for something else) does not
        # cost the delegate the answer the rule's finds.
        for searched in self._standalone(correction.text, list(query.history), self.generators[name]):
            refusal = (self._missing_references(index, searched, filters, lang)
                       or self._beyond_latest_year(index, searched, lang))
            if refusal:
                continue
            reading = read(searched, index.catalog(), lang)
            parts = _asked_now(reading.parts, correction.text, searched)
            index.embed_ahead([_search_text(index.catalog(), part, part.searches[0]) for part in parts],
                              self.settings.min_word_similarity)
            choices = self._choose_parts(index, parts, filters, lang)
            if any(choice.hits for choice in choices):
                break
        return retrieval(searched, choices, refusal if not choices else None)

    def generate(self, retrieval: Retrieval) -> Iterator[Draft]:
        """The chain's second step: the generator's claims for each part that has units, as it proposes them.

        The chunks of one :class:`Draft`: first one without claims, then one per claim or closed part.
        A generator that fails (:class:`GeneratorUnavailable`) ends the draft with its notice.
        """
        generator = self.generators[retrieval.generator]
        yield Draft(retrieval, generator.name)
        # quotes are chosen by the rarity of words in the index the units came from
        writer = ExtractiveGenerator(idf=retrieval.index.terms().idf) if generator is self.extractive else generator
        if retrieval.refusal is not None:
            return
        try:
            for part, choice in enumerate(retrieval.choices):
                if choice.hits:
                    for claim in writer.claims(choice.part.text, self._given(generator, choice)):
                        yield Draft(retrieval, generator.name, (Proposal(part, claim),))
                yield Draft(retrieval, generator.name, parts_done=part + 1)
        except GeneratorUnavailable as exc:
            yield Draft(retrieval, generator.name, failure=exc.say(retrieval.lang))

    def compose(self, drafts: Iterable[Draft]) -> Iterator[str | Answer]:
        """The chain's last step, ``postcheck``: each proposed claim that passes the post-check and ``_cite``, as an answer line,
        as it comes; then the whole validated ``Answer``.

        ``drafts`` are the chunks of one Draft (``generate``'s stream, or the whole Draft). When the generator
        failed, or too little of what it said is supported, the extractive generator answers instead (the
        chain's ``generate`` step again, a child run of this one): its lines follow, and the ``Answer`` holds
        only them, with a notice.
        """
        tried: _Composition | None = None
        for draft in drafts:
            tried = tried or _Composition(self, draft.retrieval)
            yield from tried.feed(draft)
        assert tried is not None, "a draft has at least its first chunk"
        yield from tried.close()
        notice, fallback = self._verdict(tried)
        extracted = None
        if fallback:
            extracted = _Composition(self, replace(tried.retrieval, generator=self.extractive.name))
            for draft in self._generate.stream(extracted.retrieval):  # in a run, LangChain makes it a child run
                yield from extracted.feed(draft)
            yield from extracted.close()
        yield from self._answer(tried, extracted, notice)

    async def _agenerate(self, retrieval: Retrieval) -> AsyncIterator[Draft]:
        """``generate`` for ``astream``/``ainvoke``: the generator runs in a worker thread, the event loop stays free."""
        drafts = self.generate(retrieval)
        while (draft := await run_in_executor(None, next, drafts, None)) is not None:
            yield draft

    async def _acompose(self, drafts: AsyncIterator[Draft]) -> AsyncIterator[str | Answer]:
        """``compose`` for ``astream``/``ainvoke``: the same steps, the checks (embeddings) in a worker thread."""
        tried: _Composition | None = None
        async for draft in drafts:
            tried = tried or _Composition(self, draft.retrieval)
            for line in await run_in_executor(None, tried.feed, draft):
                yield line
        assert tried is not None, "a draft has at least its first chunk"
        for line in tried.close():
            yield line
        notice, fallback = self._verdict(tried)
        extracted = None
        if fallback:
            extracted = _Composition(self, replace(tried.retrieval, generator=self.extractive.name))
            async for draft in self._generate.astream(extracted.retrieval):
                for line in await run_in_executor(None, extracted.feed, draft):
                    yield line
            for line in extracted.close():
                yield line
        for item in self._answer(tried, extracted, notice):
            yield item

    def _choose_parts(self, index: View, parts: tuple[Part, ...], filters: Filters, lang: str) -> tuple[Choice, ...]:
        """Each part's choice in the order asked; a part pointing back ("…, and what is that resolution about?")
        is read as naming what the part before was answered from, and is not answered when that part was not:
        any resolution would do for it then, and a delegate would quote the one that came first."""
        choices: list[Choice] = []
        for part in parts:
            before = [hit.unit for hit in choices[-1].hits] if choices else []
            # A part that goes on about what the part before asked of leans on the units that answered it; one that
            # points back ("what is that resolution about?") asks of another unit, the one they point to; and one that
            # asks what actually came about is not on the plan that answered the part before
            answered = frozenset(u.id for u in before) if part.back is None and not part.came_about else frozenset()
            if choices and not choices[-1].hits and (
                    (choices[-1].part.wants == PERSON and of_a_person(part.text)) or says_nothing_else(part, lang)):
                # "Who is the focal point for C2, and how can I contact him?": no text naming the person, none says
                # how to reach them; a text on focal points in general is not about him. "What did the first Summit
                # adopt, and on what date?": no text saying what it adopted, the date of something else is no answer
                choices.append(Choice(part, reason=UNSUPPORTED))
                continue
            if part.back is not None and choices:
                resolved = read_back(part, before, index.catalog(), lang)
                if resolved is None:
                    choices.append(Choice(part, reason=UNSUPPORTED))
                    continue
                part = resolved
            choices.append(self._choose(index, part, filters, lang, answered))
        return tuple(choices)

    def _choose(self, index: View, part: Part, filters: Filters, lang: str,
                answered: frozenset[str] = frozenset()) -> Choice:
        """Retrieve for one part, within the documents it names and the scope of a list, then choose;
        each of the part's searches in turn, until one finds units that answer. ``answered``: the units the part
        before was answered from."""
        catalog, terms = index.catalog(), index.terms()
        scoped = _within(catalog, part.documents, filters) if part.documents else filters
        s = self.settings
        limits = Limits(min_similarity=s.min_similarity, min_similarity_across=s.min_similarity_across,
                        min_similarity_named_across=s.min_similarity_named_across, min_coverage=s.min_coverage,
                        paraphrase_similarity=s.paraphrase_similarity, depth=s.answer_depth,
                        addition_gain=s.addition_gain, tie_margin=s.tie_margin)
        choice = None
        words = s.min_word_similarity
        for searched in part.searches:
            query = _search_text(catalog, part, searched)
            hits = index.search(query, s.k, scoped.narrowed(part.scope), words, part.refs) if part.scope else []
            if not hits:  # no scope read from the question, or nothing within it: the documents asked about
                hits = index.search(query, s.k, scoped, words, part.refs)
            # the other documents' units, asked for only when the named one's do not hold what the part asks: one
            # that names the document may say it (the same query: its vector is the one just computed)
            def elsewhere(query: str = query) -> list[Hit]:
                return index.search(query, s.k, filters, words, part.refs)

            tried = choose(part, hits, terms, catalog, lang, limits, index.units(), answered,
                           elsewhere if part.documents else None)
            if choice is None:
                choice, first_elsewhere, first_hits = tried, elsewhere, hits
            if tried.hits:
                return tried
        assert choice is not None, "a part has a text to search"
        if choice.reason == OFF_DOCUMENT and part.ahead:
            # The document a later part names does not say it: another may, if it says more of it than any unit of
            # the named one. "Which organization co-facilitates the trust and security action line …, and what does
            # the Agenda welcome …?": the Agenda's annex, which names every facilitator, holds all its words (under
            # the gate); another action line's roadmap on its co-facilitator is not the answer.
            wider = self._choose(index, replace(part, documents=(), ahead=False), filters, lang, answered)
            if wider.hits and (best_coverage(part, wider.hits, terms, catalog, lang)
                               > best_coverage(part, first_hits, terms, catalog, lang)):
                return wider
        if choice.reason == OFF_DOCUMENT and not part.listing and not catalog.cued(part.text):
            return _spoken_of_elsewhere(part, choice, first_elsewhere(), terms, catalog, lang, limits, index.units())
        return choice

    def _standalone(self, question: str, history: list[Turn], generator: Generator) -> list[str]:
        """The question to search, made standalone when it is a follow-up: as the generator's LLM rewrites
        it when it has one, then as the rule does (to try in that order)."""
        previous = [t.content for t in history if t.role == "user"]
        ruled = standalone_question(question, previous)
        if not previous:
            return [ruled]
        try:
            rewritten = generator.condense(question, history)
        except GeneratorUnavailable:
            rewritten = None
        return list(dict.fromkeys(q for q in (rewritten, ruled) if q))

    def _missing_references(self, index: View, query: str, filters: Filters, lang: str) -> str | None:
        """A question naming only paragraphs or resolutions that no indexed unit holds."""
        refs = find_refs(query)
        registry = load_registry()
        catalog = index.catalog()
        held = index.documents_held()
        missing = [d for d in whole_documents(query, refs) if d in registry and d not in held]
        asked = [d for d in missing if not any(d in u.refs for u in index.units_named(Ref(d, None), filters))]
        if asked and asks_only_what_it_is(without_mentions(query, document_mentions(query)), lang):
            # "What does the Tunis Agenda say?", "Qu'est-ce que l'Agenda de Tunis ?": the page's items on some
            # of its paragraphs do not say what the whole is or says; the document itself is missing. (The
            # page's line on Resolution 140, its title, does say what that one is about.)
            return _not_indexed(asked, registry, lang)
        if asks_for_text(query):
            # "What does Resolution 172 resolve?" when the page lists only its title, or "what does
            # the Geneva Plan of Action contain?" when nothing indexed speaks of it: say the text is
            # missing. The page's items on Tunis Agenda paragraphs carry their substance: answer those
            # ("What does the Tunis Agenda say about spectrum?").
            docs = sorted(d for d in missing if (
                registry[d].kind == "resolution" or not index.units_named(Ref(d, None), filters))
                and not (registry[d].kind == "resolution" and catalog.resolution(registry[d].number)))
            if docs:
                return _not_indexed(docs, registry, lang)
        if not refs or any(index.units_named(ref, filters) for ref in refs):
            return None
        if any(ref.locator is None and _held_resolution(ref, catalog) for ref in refs):
            return None
        named = catalog.named(query)
        # "paragraph 150 of the Tunis Agenda", "section 12 of the K2 roadmap", of a document that is indexed:
        # say which it does hold (a paragraph named alone, "paragraph 35 of the Kerrowan Agenda", is scoped
        # to the document when the question is read)
        kept = [Ref(ref.doc or named[0], ref.locator) for ref in refs if ref.locator and "*" not in ref.locator
                and (ref.doc in catalog.documents or (ref.doc is None and len(named) == 1))]
        if kept:
            return _no_such_unit(kept[0], catalog, index.units(), registry, lang)
        if named and any(ref.doc is None for ref in refs):
            return None
        docs = sorted({ref.doc for ref in refs if ref.doc in registry})
        if not docs:
            return prompts.REFUSAL.say(lang)
        return _not_indexed(docs, registry, lang)

    def _beyond_latest_year(self, index: View, query: str, lang: str) -> str | None:
        """A question about a year later than any the indexed documents name ("the WSIS+20 review in
        December 2025" against texts of 2005–2015): quotes of older texts would answer it wrongly."""
        asked, latest = max(years(query), default=None), index.latest_year()
        if asked is None or latest is None or asked <= latest:
            return None
        return prompts.BEYOND_LATEST_YEAR.say(lang, year=asked, latest=latest)

    def _verdict(self, tried: _Composition) -> tuple[str | None, bool]:
        """The answer's notice, and whether the extractive answer is given instead of the one tried."""
        composed = tried.composed
        if tried.retrieval.refusal is not None:
            return None, False
        if tried.failure:  # the generator failed
            return tried.failure, True
        kept = composed.sentences - composed.dropped
        asked = any(choice.hits for choice in tried.retrieval.choices)
        if tried.generator is not self.extractive and asked and (
                not composed.answered_parts or kept < self.settings.min_supported_share * composed.sentences):
            # too little of what it said is supported
            return prompts.NOTICE_FALLBACK_UNSUPPORTED.say(tried.retrieval.lang), True
        dropped = prompts.NOTICE_DROPPED.say(tried.retrieval.lang, count=composed.dropped) if composed.dropped else None
        return dropped, False

    def _answer(self, tried: _Composition, extracted: _Composition | None, notice: str | None) -> Iterator[str | Answer]:
        """The Answer (after the refusal line, when nothing is answered)."""
        retrieval, composed, generator = tried.retrieval, tried.composed, tried.generator
        if extracted is not None:
            # the counts stay those of the generator that was asked: what its post-check removed
            generator, done = self.extractive, extracted.composed
            composed = _Composed(done.lines, done.citations, composed.sentences, composed.dropped, done.answered_parts, done.sub)
        refused = not composed.answered_parts
        if refused:
            composed.citations, notice = {}, None
            composed.lines = [retrieval.refusal or self._refusal(retrieval)]
            yield composed.lines[0]
        else:
            notice = " ".join(filter(None, (self._read_as(retrieval), notice or self._outline(retrieval)))) or None
        text = layout(composed.lines, composed.sub)
        if notice:
            text = f"{text}\n\n{notice}"
        yield Answer(
            question=retrieval.question, answer=text, refused=refused,
            citations=list(composed.citations.values()), generator=generator.name, notice=notice,
            sentences=composed.sentences, dropped=composed.dropped,
            timings_ms={"retrieve": round(retrieval.retrieve_ms, 1), "answer": round(_ms(retrieval.finished), 1)},
        )

    def _read_as(self, retrieval: Retrieval) -> str | None:
        """"Answered as: “What does the Tunis Agenda say …?”": a misspelt question says how it was read."""
        return prompts.READ_AS.say(retrieval.lang, question=retrieval.read_as) if retrieval.read_as else None

    def _outline(self, retrieval: Retrieval) -> str | None:
        """"What does the Marenvik Agenda say?": after its opening, the headings of the rest of it; "What does
        section III say?": the section's units that are not quoted."""
        if len(retrieval.choices) != 1:
            return None
        choice = retrieval.choices[0]
        if choice.omitted:
            return prompts.SECTION_MORE.say(retrieval.lang, labels=_span([h.unit for h in choice.omitted]))
        if not choice.outline:
            return None
        name = retrieval.index.catalog().short_in(choice.part.documents[0], retrieval.lang)
        return prompts.DOCUMENT_PARTS.say(retrieval.lang, name=name, parts="; ".join(choice.outline))

    def _given(self, generator: Generator, choice: Choice) -> list[Hit]:
        """The units a generator writes a part's answer from, and the only ones the post-check lets it cite.

        The extractive generator quotes the units chosen; a language model writes from every unit that
        supports the part, chosen ones first, and the post-check keeps what they hold.
        """
        return list(choice.hits if generator is self.extractive else choice.sources)

    def _refusal(self, retrieval: Retrieval) -> str:
        """Why nothing answers: a named document that does not cover the question says so by name."""
        lang = retrieval.lang
        unstated = [c for c in retrieval.choices if c.reason == NOT_STATED]
        kind = prompts.FACT_KINDS.get(unstated[0].part.wants or "") if unstated else None
        if kind and len(retrieval.choices) == 1:
            labels = ", ".join(h.unit.label for h in unstated[0].named)
            return prompts.NOT_STATED.say(lang, labels=labels, kind=kind.say(lang))
        if len(retrieval.choices) == 1 and retrieval.choices[0].reason == NOT_NOW:
            return prompts.NOT_NOW.say(lang)
        if len(retrieval.choices) == 1 and retrieval.choices[0].reason == NOT_DEFINED:
            return prompts.NOT_DEFINED.say(lang, name=retrieval.choices[0].part.acronym)
        if len(retrieval.choices) == 1 and retrieval.choices[0].reason == NOT_HELD:
            return _no_such_unit(retrieval.choices[0].part.refs[0], retrieval.index.catalog(), retrieval.index.units(),
                                 load_registry(), lang)
        off = [c for c in retrieval.choices if c.reason == OFF_DOCUMENT and c.part.documents]
        if off and len(retrieval.choices) == 1:
            catalog = retrieval.index.catalog()
            names = ", ".join(catalog.short_in(fam, lang) for fam in off[0].part.documents)
            word = _word_for(off[0].part.text, off[0].part.noun, lang)
            if off[0].related and word:
                labels = _span([h.unit for h in off[0].related], consecutive=False)
                return prompts.LISTED_WORD_IN.say(lang, names=names, word=word, labels=labels)
            return prompts.NOT_IN_DOCUMENT.say(lang, names=names)
        registry, held = load_registry(), retrieval.index.documents_held()
        missing = [d for d in whole_documents(retrieval.query) if d in registry and d not in held]
        if missing:
            # "What should Member States do according to the Tunis Agenda?" of the page, which quotes a few of
            # its paragraphs: the Agenda itself would say, and the delegate can add it.
            return _not_indexed(missing, registry, lang)
        return prompts.REFUSAL.say(lang)

    def _also_in_line(self, choice: Choice, citations: dict[str, Citation], lang: str) -> str:
        """"(also in: ITU and WSIS page — TAIS §96)": units that say what a quoted unit says, named once."""
        labels = [h.unit.label for uid, others in choice.also_in.items() if uid in citations for h in others]
        if not labels:
            return ""
        return prompts.ALSO_IN.say(lang, labels="; ".join(dict.fromkeys(labels)))

    def _cite(self, claim: Claim, allowed: dict[str, Hit], citations: dict[str, Citation], units: dict[str, Unit],
              style: str = "plain") -> str | None:
        """The claim with its markers, or None when no source it names was retrieved and holds its quote.

        This is the only way a citation reaches an answer: an id the generator invents, or a quote
        the unit does not contain, is dropped here. A quote is shown as one (``style`` "labelled": its
        source's label, then its words in quotation marks; "quote": the words alone, under a labelled
        quote of the same unit), so the project's words and the source's stay apart.
        """
        markers = []
        labels = []
        for unit_id in claim.sources:
            hit = allowed.get(unit_id)
            if hit is None or unit_id not in units:
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
            labels.append(sub_item_label(hit.unit, quote))
        if not markers:
            return None
        if style == "labelled" and len(labels) == 1:
            return f"**{labels[0]}**: “{claim.text.strip()}” {' '.join(markers)}"
        if style == "quote":
            return f"“{claim.text.strip()}” {' '.join(markers)}"
        return f"{claim.text.rstrip()} {' '.join(markers)}"


class _Composition:
    """One generator's answer as the post-check builds it from a Draft's chunks: each claim checked and cited
    into a line, part after part; a part nothing supports says so in one line, when another part is answered."""

    def __init__(self, assistant: Assistant, retrieval: Retrieval) -> None:
        self.assistant = assistant
        self.retrieval = retrieval
        self.generator = assistant.generators[retrieval.generator]
        self.composed = _Composed([], {})
        self.failure: str | None = None
        self._part = 0  # the part being answered: the ones before it are closed
        self._before = 0  # the lines there were when it began
        self._allowed: dict[str, Hit] | None = None  # its units, by id
        self._units: list[str] = []  # the units quoted in it so far
        self._said: set[str] = set()  # every quoted line of the answer
        self._repeated = False  # the part is answered by a quote an earlier part gave

    def feed(self, draft: Draft) -> list[str]:
        """The lines one chunk of the draft adds (the whole draft, when it comes whole)."""
        lines: list[str] = []
        for proposal in draft.proposals:
            self._close_parts(proposal.part, lines)
            self._check(proposal.claim, lines)
        self._close_parts(draft.parts_done, lines)
        self.failure = draft.failure or self.failure
        return lines

    def close(self) -> list[str]:
        """The lines of the parts no chunk closed; then, when no part is answered, no line at all."""
        lines: list[str] = []
        if self.failure:  # what it said so far counts only for what the post-check removed
            return lines
        self._close_parts(len(self.retrieval.choices), lines)
        if self.composed.answered_parts == 0:
            self.composed.lines.clear()
            self.composed.sub.clear()
        return lines

    def _check(self, claim: Claim, lines: list[str]) -> None:
        composed, assistant = self.composed, self.assistant
        if self._allowed is None:
            self._allowed = {h.unit.id: h for h in assistant._given(self.generator, self.retrieval.choices[self._part])}
        quoting = self.generator is assistant.extractive
        composed.sentences += 1
        checked = assistant.postcheck.check(claim, self._allowed)
        style = ("quote" if claim.continued else "labelled") if quoting else "plain"
        units = self.retrieval.index.units()
        line = assistant._cite(checked, self._allowed, composed.citations, units, style) if checked else None
        if line is None:
            composed.dropped += 1
            return
        if quoting and line in self._said:  # the same quote answers two parts: said once
            self._repeated = True
            return
        self._said.add(line)
        if claim.items:
            shown = prompts.ITEMS_SHOWN if claim.items_on_question else prompts.ITEMS_FIRST
            line = f"{line} {shown.say(self.retrieval.lang, first=claim.items[0], last=claim.items[1])}"
        if quoting and not claim.continued and claim.sources[0] not in self._units:
            self._units.append(claim.sources[0])
            frame = self._frame(self.retrieval.choices[self._part], len(self._units))
            if frame:
                composed.lines.append(frame)
                lines.append(frame)
        if quoting and claim.continued and len(composed.lines) > self._before:
            composed.sub.add(len(composed.lines))
        composed.lines.append(line)
        lines.append(line)

    def _frame(self, choice: Choice, nth: int) -> str | None:
        """The project's words that frame the nth unit quoted for a part: a list's scope before its first
        item ("Plenipotentiary Conference, resolutions:"), "More from the sources:" before a second unit."""
        lang = self.retrieval.lang
        if nth == 1 and choice.part.listing and choice.part.scope:
            return prompts.LIST_SCOPE.say(lang, scope=_scope_words(choice.part.scope, lang))
        if nth == 2 and not choice.part.listing and not choice.lookup and not choice.introduced:
            return prompts.MORE_FROM_SOURCES.say(lang)
        return None

    def _close_parts(self, upto: int, lines: list[str]) -> None:
        composed, choices = self.composed, self.retrieval.choices
        while self._part < min(upto, len(choices)):
            choice = choices[self._part]
            if choice.hits:
                also = self.assistant._also_in_line(choice, composed.citations, self.retrieval.lang)
                if also and len(composed.lines) > self._before:
                    composed.lines[-1] = f"{composed.lines[-1]} {also}"
            if len(composed.lines) > self._before or self._repeated:
                composed.answered_parts += 1
            elif len(choices) > 1:
                line = prompts.PART_NOT_ANSWERED.say(self.retrieval.lang, part=choice.part.text.rstrip("?？؟ "))
                composed.lines.append(line)
                lines.append(line)
            self._part, self._before, self._allowed, self._units = self._part + 1, len(composed.lines), None, []
            self._repeated = False


class _LastChunk(RunnableGenerator):
    """A step that streams lines and then the Answer: invoked, its output is the Answer (the last chunk),
    not what ``+`` would make of lines and an Answer."""

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        *_, last = self.stream(input, config, **kwargs)
        return last

    async def ainvoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        last = None
        async for last in self.astream(input, config, **kwargs):  # noqa: B007
            pass
        return last


def _spelled(index: View, text: str, lang: str | None = None) -> Correction:
    """``text`` with the words no indexed text uses and the dictionary lacks read as the nearest indexed word."""
    return index.speller().correct(text, lang or detect(text))


def _spoken_of_elsewhere(part: Part, refused: Choice, hits: list[Hit], terms: Terms, catalog: Catalog, lang: str,
                         limits: Limits, units: dict[str, Unit]) -> Choice:
    """A part naming a document as what it asks about, not where to look ("Where did the mid-term review of the Brennmark
    Agenda take place?": no "in" or "according to" before the name), that the document's own units do not answer: the
    units of other documents that name it may say it (the roadmap reporting the review). Only those: another document
    on the same topic is not about the one asked of. Else the refusal stands. Not a list ("What are the targets of the
    Marenvik Agenda?"): what a document holds is in it, and a resolution recalling its targets lists none of them."""
    naming = [h for h in hits if h.unit.doc not in part.documents and set(catalog.named(h.unit.text)) & set(part.documents)]
    if not naming:
        return refused
    found = choose(replace(part, documents=()), naming, terms, catalog, lang, limits, units)
    return found if found.hits else refused


def _search_text(catalog: Catalog, part: Part, query: str) -> str:
    """What one of a part's searches looks for: limited to the documents it names, their names match
    every unit alike and are left out."""
    return catalog.without_names(query) if part.documents else query


def _within(catalog: Catalog, families: Sequence[str], filters: Filters) -> Filters:
    """``filters`` limited to every version of the document families named (``tais`` and ``tais-fr``)."""
    return filters.narrowed(Filters(docs=tuple(d for fam in families for d in catalog.versions(fam))))


def _scope_words(scope: Filters, lang: str) -> str:
    """"Plenipotentiary Conference, resolutions, 2010": a list's scope as the answer states it."""
    words = [prompts.SCOPE_NAMES[name].say(lang) if name in prompts.SCOPE_NAMES else name
             for name in (*scope.bodies, *scope.kinds) if name]
    if scope.since is not None and scope.since == scope.until:
        words.append(str(scope.since))
    elif scope.since is not None or scope.until is not None:
        words.append(f"{scope.since or ''}–{scope.until or ''}")
    return ("、" if lang == "zh" else "، " if lang == "ar" else ", ").join(words)


def _no_such_unit(ref: Ref, catalog: Catalog, units: dict[str, Unit], registry, lang: str) -> str:
    """A held document asked for a paragraph (or a roadmap's section) it does not have, and the ones it has."""
    held = catalog.documents[ref.doc or ""]
    own = {u.locator for u in units.values() if u.doc in held.docs}
    numbers = sorted({int(loc) for loc in own if loc.isdigit()})
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][-1] + 1:
            spans[-1].append(n)
        else:
            spans.append([n])
    ranges = ", ".join(f"§{s[0]}" if len(s) == 1 else f"§{s[0]}–§{s[-1]}" for s in spans)
    phrase = prompts.NO_SUCH_SECTION if held.kind == "roadmap" else prompts.NO_SUCH_PARAGRAPH
    name = registry[held.family].name_in(lang) if held.family in registry else held.short
    return phrase.say(lang, name=name, number=ref.locator, held=ranges or "—")


def _not_indexed(docs: list[str], registry, lang: str) -> str:
    """The notice naming documents the index lacks, each by its short name in the question's language."""
    names = ", ".join(registry[d].name_in(lang) for d in docs)
    return prompts.NOT_INDEXED.say(lang, names=names, ids=" ".join(docs))


def _asked_now(parts: tuple[Part, ...], question: str, searched: str) -> tuple[Part, ...]:
    """The parts of a follow-up made standalone by putting the question before it ("What is the Marenvik
    Agenda? What does it say about financing?") that the follow-up asks: the one before was answered
    already, and is searched with them as their context."""
    if searched == question or not searched.endswith(question):
        return parts
    asked = tuple(part for part in parts if part.text in question)
    return asked or parts


def _span(units: list[Unit], consecutive: bool = True) -> str:
    """Units of one document, its name said once: consecutive ones as a span ("Marenvik Agenda §35–§40"), others
    each by its number ("Marenvik Agenda §3, §11, §15") or by what follows the name ("…, §71, Annex")."""
    labels = [u.label for u in units]
    split = [label.rsplit(" ", 1) for label in labels]
    if len(labels) > 1 and all(len(s) == 2 for s in split) and len({s[0] for s in split}) == 1:
        return f"{labels[0]}–{split[-1][1]}" if consecutive else ", ".join([labels[0], *(s[1] for s in split[1:])])
    title = units[0].title.casefold() if units else ""
    rest = [u.label[len(title):].strip(" ,") for u in units
            if title and u.title.casefold() == title and u.label.casefold().startswith(title)]
    if not consecutive and len(rest) == len(units) > 1 and all(r and (r[0].isalnum() or r[0] == "§") for r in rest):
        return f"{labels[0][:len(title)]} {', '.join(rest)}"  # the name as the labels write it
    return ", ".join(labels) if consecutive else "; ".join(labels)


def _courtesy_reply(kind: str, catalog: Catalog, lang: str) -> str:
    """A greeting is told what the assistant answers from, by the held documents' short names; thanks, welcomed."""
    if kind == THANKS:
        return prompts.THANKS.say(lang)
    names = [catalog.short_in(fam, lang) for fam in catalog.documents]
    shown = "; ".join(names[:MAX_NAMED_DOCUMENTS]) + (f"; +{len(names) - MAX_NAMED_DOCUMENTS}"
                                                       if len(names) > MAX_NAMED_DOCUMENTS else "")
    return prompts.GREETING.say(lang, documents=shown)


def _word_for(text: str, stem: str | None, lang: str) -> str | None:
    """The word of ``text`` that the index stems as ``stem``, as the question wrote it ("targets")."""
    return next((w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if stem and tokenize(w, lang) == [stem]), None)


def _held_resolution(ref: Ref, catalog) -> bool:
    number = ref.doc.rsplit("-", 1)[-1] if ref.doc else ""
    return number.isdigit() and catalog.resolution(number) is not None


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
