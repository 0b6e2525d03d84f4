"""The Assistant: the one service the CLI, the HTTP API and the chat UI all call."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from langchain_core.runnables import RunnableGenerator

from assistant import prompts
from assistant.answer import Answer, Citation, Claim, layout
from assistant.condense import standalone_question
from assistant.generators import ExtractiveGenerator, Generator, GeneratorConfigError, GeneratorUnavailable
from assistant.guard import check_question, is_steering
from assistant.postcheck import PostCheck, Thresholds
from assistant.reading import Part, read
from assistant.requests import Query, RawFilters, RequestError, Turn, parse_filters, recent
from assistant.selection import OFF_DOCUMENT, Choice, Limits, choose
from assistant.settings import Settings
from corpus import load_registry
from corpus.lang import detect
from corpus.refs import Ref, asks_for_text, find_refs, whole_documents, years
from corpus.segment import sub_item_label
from index.embeddings import SentenceEmbeddings
from index.filters import Filters
from index.hits import Hit
from index.search import Searcher
from index.store import IndexInfo, connect, where_label

__all__ = ["Assistant", "IndexedDocument", "Query", "RequestError", "Turn"]


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
    """What retrieval found for a question: a choice of units per part, or why it is not answered."""

    question: str
    query: str
    lang: str
    choices: tuple[Choice, ...]
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
    answered_parts: int = 0
    sub: set[int] = field(default_factory=set)
    """Lines shown under the line before them (further quotes of the same unit)."""


class Assistant:
    """The product's one door: the CLI, the JSON API and the chat UI call these public methods only.

    ``request`` checks what a face received (question, history, filters, generator) once; ``ask``
    and ``stream`` answer it, ``search`` ranks units for it. Whatever cannot be taken is a
    :class:`RequestError` with one message for every face.
    """

    def __init__(self, settings: Settings, searcher: Searcher, generator: Generator | None = None,
                 others: tuple[Generator, ...] = ()) -> None:
        """``generator`` answers by default (else the one ``settings.generator`` names); ``others`` may be chosen per question."""
        self.settings = settings
        self.searcher = searcher
        self.extractive = ExtractiveGenerator()
        self.generators: dict[str, Generator] = {self.extractive.name: self.extractive}
        for other in (*others, *([generator] if generator else [])):
            self.generators[other.name] = other
        default = generator or self.generators.get(settings.generator)
        if default is None:
            raise GeneratorConfigError(f"the {settings.generator} generator is not configured")
        self.generator: Generator = default
        self.postcheck = PostCheck(searcher.embeddings, Thresholds(settings.support_min_similarity, settings.support_min_overlap))
        # One runnable step, not retrieve | compose: each step of a LangChain sequence costs ~0.4 ms
        # of callback and signature bookkeeping per question, a tenth of a warm answer (benchmarks/).
        self._chain = RunnableGenerator(self._answer)

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
                connect(settings.home, settings.chroma_url), embeddings or SentenceEmbeddings(settings.embedding_model),
                where=where_label(settings.home, settings.chroma_url), refresh_seconds=settings.refresh_seconds,
            )
        elif embeddings is not None and embeddings is not searcher.embeddings:
            raise ValueError("hand in the embeddings or a searcher built with them, not both")
        searcher.check_model()
        # The LLM generator's own packages (the `llm` extra) are imported only when it is configured.
        from assistant.generators.factory import build_llm_generator, llm_configured

        wanted = settings.generator == "llm" or llm_configured(settings)
        return cls(settings, searcher, others=(build_llm_generator(settings),) if wanted else ())

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
        query = check_question(query, self.settings.max_question_chars)
        return self.searcher.search(query, k, self.check_filters(filters))

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
        yield from self._chain.stream({"question": query.question, "history": list(query.history),
                                       "filters": query.filters, "generator": query.generator})

    def generator_name(self, generator: str | None) -> str:
        """The generator a question is answered with (None: the default); a RequestError names the ones available."""
        name = generator or self.generator.name
        if name not in self.generators:
            raise RequestError(
                f"the {name!r} generator is not configured here; available: {', '.join(self.generators)}"
            )
        return name

    # -- the chain ------------------------------------------------------------------------
    def _retrieve(self, inputs: dict) -> _Retrieved:
        started = time.perf_counter()
        question, filters = inputs["question"], inputs["filters"]
        name = inputs.get("generator") or self.generator.name
        lang = detect(question)

        def refused(message: str, query: str = question) -> _Retrieved:
            return _Retrieved(question, query, lang, (), message, _ms(started), name)

        if is_steering(question):
            return refused(prompts.INSTRUCTIONS_REFUSED.say(lang))
        query = self._standalone(question, inputs["history"], self.generators[name])
        missing = self._missing_references(query, filters, lang) or self._beyond_latest_year(query, lang)
        if missing:
            return refused(missing, query)
        reading = read(query, self.searcher.catalog(), lang)
        choices = tuple(self._choose(part, filters, lang) for part in reading.parts)
        return _Retrieved(question, query, lang, choices, None, _ms(started), name)

    def _choose(self, part: Part, filters: Filters, lang: str) -> Choice:
        """Retrieve for one part, within the documents it names and the scope of a list, then choose."""
        catalog, terms = self.searcher.catalog(), self.searcher.terms()
        scoped = filters
        if part.documents:
            versions = tuple(d for fam in part.documents for d in catalog.versions(fam))
            scoped = scoped.narrowed(Filters(docs=versions))
        query = part.query or part.text
        hits = self.searcher.search(query, self.settings.k, scoped.narrowed(part.scope)) if part.scope else []
        if not hits:  # no scope read from the question, or nothing within it: the documents asked about
            hits = self.searcher.search(query, self.settings.k, scoped)
        limits = Limits(self.settings.min_similarity, self.settings.min_coverage, self.settings.paraphrase_similarity)
        return choose(part, hits, terms, catalog, lang, limits, self.searcher.units())

    def _standalone(self, question: str, history: list[Turn], generator: Generator) -> str:
        """A follow-up made standalone: by the generator's LLM when it has one, else by rule."""
        previous = [t.content for t in history if t.role == "user"]
        if previous:
            try:
                rewritten = generator.condense(question, history)
            except GeneratorUnavailable:
                rewritten = None
            if rewritten:
                return rewritten
        return standalone_question(question, previous)

    def _missing_references(self, query: str, filters: Filters, lang: str) -> str | None:
        """A question naming only paragraphs or resolutions that no indexed unit holds."""
        refs = find_refs(query)
        registry = load_registry()
        catalog = self.searcher.catalog()
        if asks_for_text(query):
            # "What does Resolution 172 resolve?" when the page lists only its title, or "what does
            # the Geneva Plan of Action contain?" when nothing indexed speaks of it: say the text is
            # missing. The page's items on Tunis Agenda paragraphs carry their substance: answer those.
            held = self.searcher.documents_held()
            docs = sorted(d for d in whole_documents(query, refs) if d in registry and d not in held and (
                registry[d].kind == "resolution" or not self.searcher.units_named(Ref(d, None), filters))
                and not (registry[d].kind == "resolution" and catalog.resolution(registry[d].number)))
            if docs:
                return prompts.NOT_INDEXED.say(lang, names=", ".join(registry[d].short for d in docs), ids=" ".join(docs))
        if not refs or any(self.searcher.units_named(ref, filters) for ref in refs):
            return None
        if any(ref.locator is None and _held_resolution(ref, catalog) for ref in refs):
            return None
        if catalog.named(query) and any(ref.doc is None for ref in refs):
            return None  # "paragraph 35 of the Kerrowan Agenda": scoped when the question is read
        docs = sorted({ref.doc for ref in refs if ref.doc in registry})
        if not docs:
            return prompts.REFUSAL.say(lang)
        return prompts.NOT_INDEXED.say(lang, names=", ".join(registry[d].short for d in docs), ids=" ".join(docs))

    def _beyond_latest_year(self, query: str, lang: str) -> str | None:
        """A question about a year later than any the indexed documents name ("the WSIS+20 review in
        December 2025" against texts of 2005–2015): quotes of older texts would answer it wrongly."""
        asked, latest = max(years(query), default=None), self.searcher.latest_year()
        if asked is None or latest is None or asked <= latest:
            return None
        return prompts.BEYOND_LATEST_YEAR.say(lang, year=asked, latest=latest)

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
                if generator is not self.extractive and composed.answered_parts and (
                        not composed.lines or kept < self.settings.min_supported_share * composed.sentences):
                    notice = prompts.NOTICE_FALLBACK_UNSUPPORTED
            if notice:  # the generator failed, or too little of what it said is supported
                tried, generator, extracted = composed, self.extractive, _Composed([], {})
                yield from self._checked_lines(generator, retrieved, extracted)
                # the counts stay those of the generator that was asked: what its post-check removed
                composed = _Composed(extracted.lines, extracted.citations, tried.sentences, tried.dropped,
                                     extracted.answered_parts, extracted.sub)
            elif composed.dropped:
                notice = _dropped_notice(composed.dropped)
        refused = not composed.answered_parts
        if refused:
            composed.citations, notice = {}, None
            composed.lines = [retrieved.refusal or self._refusal(retrieved)]
            yield composed.lines[0]
        text = layout(composed.lines, composed.sub)
        if notice:
            text = f"{text}\n\n{notice}"
        yield Answer(
            question=retrieved.question, answer=text, refused=refused,
            citations=list(composed.citations.values()), generator=generator.name, notice=notice,
            sentences=composed.sentences, dropped=composed.dropped,
            timings_ms={"retrieve": round(retrieved.retrieve_ms, 1), "answer": round(_ms(started), 1)},
        )

    def _refusal(self, retrieved: _Retrieved) -> str:
        """Why nothing answers: a named document that does not cover the question says so by name."""
        lang = retrieved.lang
        off = [c for c in retrieved.choices if c.reason == OFF_DOCUMENT and c.part.documents]
        if off and len(retrieved.choices) == 1:
            catalog = self.searcher.catalog()
            names = ", ".join(catalog.short(fam) for fam in off[0].part.documents)
            return prompts.NOT_IN_DOCUMENT.say(lang, names=names)
        return prompts.REFUSAL.say(lang)

    def _checked_lines(self, generator: Generator, retrieved: _Retrieved, composed: _Composed) -> Iterator[str]:
        """Each part's answer: the generator's sentences that pass the post-check and ``_cite``, as they come.

        A part nothing supports says so in one line, when another part is answered.
        """
        several = len(retrieved.choices) > 1
        for choice in retrieved.choices:
            before = len(composed.lines)
            if choice.hits:
                allowed = {h.unit.id: h for h in choice.hits}
                quoting = generator is self.extractive
                for claim in generator.claims(choice.part.text, list(choice.hits)):
                    composed.sentences += 1
                    checked = self.postcheck.check(claim, allowed)
                    style = ("quote" if claim.continued else "labelled") if quoting else "plain"
                    line = self._cite(checked, allowed, composed.citations, style) if checked else None
                    if line is None:
                        composed.dropped += 1
                        continue
                    if claim.items:
                        line = f"{line} {prompts.ITEMS_SHOWN.say(retrieved.lang, first=claim.items[0], last=claim.items[1])}"
                    if quoting and claim.continued and len(composed.lines) > before:
                        composed.sub.add(len(composed.lines))
                    composed.lines.append(line)
                    yield line
                also = self._also_in_line(choice, composed.citations, retrieved.lang)
                if also and len(composed.lines) > before:
                    composed.lines[-1] = f"{composed.lines[-1]} {also}"
            if len(composed.lines) > before:
                composed.answered_parts += 1
            elif several:
                line = prompts.PART_NOT_ANSWERED.say(retrieved.lang, part=choice.part.text.rstrip("?？؟ "))
                composed.lines.append(line)
                yield line
        if composed.answered_parts == 0:
            composed.lines.clear()
            composed.sub.clear()

    def _also_in_line(self, choice: Choice, citations: dict[str, Citation], lang: str) -> str:
        """"(also in: ITU and WSIS page — TAIS §96)": units that say what a quoted unit says, named once."""
        labels = [h.unit.label for uid, others in choice.also_in.items() if uid in citations for h in others]
        if not labels:
            return ""
        return prompts.ALSO_IN.say(lang, labels="; ".join(dict.fromkeys(labels)))

    def _cite(self, claim: Claim, allowed: dict[str, Hit], citations: dict[str, Citation], style: str = "plain") -> str | None:
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
            labels.append(sub_item_label(hit.unit, quote))
        if not markers:
            return None
        if style == "labelled" and len(labels) == 1:
            return f"**{labels[0]}**: “{claim.text.strip()}” {' '.join(markers)}"
        if style == "quote":
            return f"“{claim.text.strip()}” {' '.join(markers)}"
        return f"{claim.text.rstrip()} {' '.join(markers)}"


def _held_resolution(ref: Ref, catalog) -> bool:
    number = ref.doc.rsplit("-", 1)[-1] if ref.doc else ""
    return number.isdigit() and catalog.resolution(number) is not None


def _dropped_notice(count: int) -> str:
    one = count == 1
    return prompts.NOTICE_DROPPED.format(count=count, s="" if one else "s", were="was" if one else "were",
                                         it_cites="it cites" if one else "they cite", them="it" if one else "them")


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
