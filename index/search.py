"""Hybrid search: dense and lexical (BM25) ranks fused, named paragraphs first.

The dense ranking is exact over the vectors the snapshot holds, or Chroma's HNSW for large indexes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

import numpy as np

from corpus import Unit, load_registry
from corpus.dictionary import english_senses
from corpus.glossary import expand, in_english, paraphrases, plain_terms
from corpus.lang import detect
from corpus.refs import Ref, family, find_refs, years
from index.catalog import Catalog
from index.embeddings import SentenceEmbeddings
from index.errors import IndexMissing, ModelMismatch
from index.filters import Filters
from index.hits import Hit
from index.lexical import LexicalIndex
from index.lexicon import Lexicon, question_words
from index.spelling import Speller
from index.store import IndexInfo, active_info, get_all, unit_from_metadata, words_of
from index.terms import Terms

RRF_K = 60
EXACT_MAX_PASSAGES = 20_000
"""Up to this many passages, a searcher ranks a question against the vectors its snapshot holds
(one matrix product, exact, ~0.1 ms at 1k passages and ~0.5 ms at 10k, 30 MB at 20k) instead of asking
Chroma, which costs ~1 ms a question embedded and ~3 ms over HTTP to a Chroma server shared by every
replica. Beyond it, Chroma's HNSW index answers: an exact product over 100k passages takes ~7 ms and
the vectors ~150 MB in every replica (benchmarks/README.md)."""
NAMED_BOOST = 1.0  # larger than any fused score: a unit the question names ranks first
OWN_ID_BOOST = 1.0  # on top: the paragraph itself (tais:96) before a unit that only refers to it


@dataclass(frozen=True)
class _Snapshot:
    """One built index, read once: passages, their units, and the lexical index over them."""

    info: IndexInfo
    collection: Any
    """The Chroma collection the passages were read from."""
    chunk_ids: list[str]
    chunk_units: list[str]
    passages: list[str]
    units: dict[str, Unit]
    lexical: LexicalIndex
    vectors: np.ndarray | None
    """The passages' vectors, row i for chunk i, when the index is small enough to rank exactly."""
    index_of: dict[str, int]
    """Chunk id -> its position, computed once per index instead of once per query."""
    unit_chunks: dict[str, list[int]]
    """Unit id -> the positions of its chunks."""
    docs: frozenset[str]
    """The documents this index holds units of."""
    chunk_langs: np.ndarray
    """The language of each passage's unit."""
    lexicon: Callable[[], Lexicon]
    """The English words of the units, for questions in other languages, read at the first such question
    (~30 MB for 20k words, in every replica: not for an app that never asks for them); empty for an
    index built without them."""
    latest_year: int | None
    """The latest year any unit names or is dated: how far in time the index can speak."""
    catalog: Catalog
    """The held documents by the names a question may call them."""
    terms: Terms
    """The search terms of each unit, and their rarity."""
    referrers: dict[str, list[str]]
    """A document id, or a locator (``96``, ``resolves-2``) -> units whose own id or refs name it.

    Narrows a question's references to a few candidates instead of scanning every unit."""
    speller: Callable[[], Speller]
    """The words of the units and of the documents' names, to read a misspelt question by: made at the first
    question (4 ms for the 200 units of the held-out family)."""

    def mask(self, filters: Filters) -> np.ndarray | None:
        if not filters:
            return None
        return np.array(
            [filters.allows(self.units[uid]) for uid in self.chunk_units], dtype=np.float32
        )


class Searcher:
    """Opens the live index once and follows the pointer when another process rebuilds it."""

    def __init__(self, client, embeddings: SentenceEmbeddings, where: str = "", refresh_seconds: float = 2.0,
                 exact_max: int = EXACT_MAX_PASSAGES) -> None:
        self.client = client
        self.embeddings = embeddings
        self.where = where
        self.refresh_seconds = refresh_seconds
        self.exact_max = exact_max
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    # -- the live index -------------------------------------------------------------------
    def _load(self, info: IndexInfo) -> _Snapshot:
        if info.model != self.embeddings.model_name:
            raise ModelMismatch(info.model, info.dim, self.embeddings.model_name)
        collection = self.client.get_collection(info.collection)
        exact = collection.count() <= self.exact_max
        data = get_all(collection, ["documents", "metadatas", *(["embeddings"] if exact else [])])
        units: dict[str, Unit] = {}
        unit_chunks: dict[str, list[int]] = {}
        for i, meta in enumerate(data["metadatas"]):
            if "unit_text" in meta:  # a unit's first passage holds the unit
                units[meta["unit_id"]] = unit_from_metadata(meta)
            unit_chunks.setdefault(meta["unit_id"], []).append(i)
        return _Snapshot(
            info=info, collection=collection, chunk_ids=list(data["ids"]),
            chunk_units=[m["unit_id"] for m in data["metadatas"]],
            passages=[m["passage"] for m in data["metadatas"]],
            units=units,
            lexical=LexicalIndex(list(data["documents"]), [units[m["unit_id"]].lang for m in data["metadatas"]]),
            chunk_langs=np.array([units[m["unit_id"]].lang for m in data["metadatas"]]),
            vectors=np.asarray(data["embeddings"], dtype=np.float32) if exact else None,
            index_of={cid: i for i, cid in enumerate(data["ids"])}, unit_chunks=unit_chunks,
            docs=frozenset(u.doc for u in units.values()), latest_year=_latest_year(units.values()),
            catalog=Catalog.from_units(units.values()), terms=Terms.from_units(units.values()),
            referrers=_referrers(units), lexicon=cache(partial(self._lexicon, info)),
            speller=cache(partial(_speller, units)),
        )

    def _lexicon(self, info: IndexInfo) -> Lexicon:
        words = words_of(self.client, info.collection)
        held = get_all(words, ["embeddings"]) if words is not None else {"ids": []}
        if not held["ids"]:
            return Lexicon.empty()
        return Lexicon(tuple(held["ids"]), np.asarray(held["embeddings"], dtype=np.float32))

    def snapshot(self, force: bool = False) -> _Snapshot:
        with self._lock:
            now = time.monotonic()
            if self._snapshot is None or force or now - self._checked >= self.refresh_seconds:
                self._checked = now
                for attempt in range(3):
                    info = active_info(self.client)
                    if info is None:
                        raise IndexMissing(self.where)
                    if self._snapshot is not None and info.collection == self._snapshot.info.collection:
                        break
                    try:
                        self._snapshot = self._load(info)
                        break
                    except Exception as exc:
                        # Another replica swapped the index again and dropped the collection the
                        # pointer named a moment ago: read the pointer again.
                        if attempt == 2 or not _gone(exc):
                            raise
            snapshot = self._snapshot
            assert snapshot is not None, "loaded above, or an error was raised"
            return snapshot

    def view(self, force: bool = False) -> View:
        """The live index as it is now, for every read one answer makes: one build, never two."""
        return View(self.snapshot(force), self.embeddings)

    @property
    def info(self) -> IndexInfo:
        return self.snapshot().info

    def units(self) -> dict[str, Unit]:
        return self.snapshot().units

    def documents_held(self) -> frozenset[str]:
        return self.snapshot().docs

    def check_model(self) -> None:
        """Fail early when the configured model cannot embed queries for this index."""
        info = self.info
        if self.embeddings.dimension != info.dim:
            raise ModelMismatch(info.model, info.dim, self.embeddings.model_name, self.embeddings.dimension)

    def search(self, query: str, k: int = 10, filters: Filters = Filters(),
               min_word_similarity: float = 1.0) -> list[Hit]:
        try:
            return self.view().search(query, k, filters, min_word_similarity)
        except IndexSwapped:
            return self.view(force=True).search(query, k, filters, min_word_similarity)


class IndexSwapped(RuntimeError):
    """The collection a view reads was dropped by a rebuild (maybe in another replica): take a new view."""


@dataclass(frozen=True)
class View:
    """One built index, as a question found it.

    A rebuild may swap the live index while an answer is being made; every read of that answer goes
    through one view, so its search, the units it cites and the catalog that reads its names all
    come from the same build.
    """

    snap: _Snapshot = field(repr=False)
    embeddings: SentenceEmbeddings = field(repr=False)

    @property
    def info(self) -> IndexInfo:
        return self.snap.info

    def units(self) -> dict[str, Unit]:
        return self.snap.units

    def documents_held(self) -> frozenset[str]:
        return self.snap.docs

    def latest_year(self) -> int | None:
        return self.snap.latest_year

    def catalog(self) -> Catalog:
        return self.snap.catalog

    def speller(self) -> Speller:
        return self.snap.speller()

    def terms(self) -> Terms:
        return self.snap.terms

    def in_english(self, text: str, min_similarity: float) -> dict[str, str]:
        """The English words of the indexed texts that the words of ``text`` (a question in another
        language) stand for: {"crée": "created", "soutenir": "support"}."""
        lexicon = self.snap.lexicon()
        if not lexicon.words:  # built without them
            return {}
        return lexicon.english(question_words(text, self.embeddings.pieces), self.embeddings.embed_words, min_similarity)

    def units_named(self, ref: Ref, filters: Filters = Filters()) -> list[Unit]:
        snap = self.snap
        if ref.locator is None:
            key = ref.doc or ""
        else:  # a clause named by the start of its part ("instructs-the-director*-1") is found by its number
            key = f"~{ref.locator.rsplit('-', 1)[-1]}" if "*" in ref.locator else ref.locator
        candidates = snap.referrers.get(key, ())
        units = (snap.units[uid] for uid in candidates)
        return [u for u in units if filters.allows(u) and ref.matches(u.id, u.refs)]

    # -- searching ------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: Filters = Filters(),
               min_word_similarity: float = 1.0, refs: tuple[Ref, ...] = ()) -> list[Hit]:
        """The ``k`` best units for ``query``; :class:`IndexSwapped` when a large index was dropped meanwhile.
        ``min_word_similarity``: the cosine at which a word of a question in another language stands for an
        English word of the texts (the setting of that name; 1.0, the default here, gives it none). ``refs``:
        units the question names besides those ``query`` names (a question read whole names "the second
        instruction to the Secretary-General in Resolution 19"; its search, limited to the resolution, is
        left without the name that said it was a resolution's)."""
        try:
            return self._search(query, k, filters, min_word_similarity, refs)
        except Exception as exc:
            if _gone(exc):
                raise IndexSwapped(str(exc)) from exc
            raise

    def _search(self, query: str, k: int, filters: Filters, min_word_similarity: float,
                also_named: tuple[Ref, ...]) -> list[Hit]:
        snap = self.snap
        refs = tuple(dict.fromkeys((*find_refs(query), *also_named)))
        named = {u.id for ref in refs for u in self.units_named(ref, filters)}
        own = {uid for uid in named if any(ref.matches(uid, ()) for ref in refs)}
        lang = detect(query)
        query, english = self._searched(query, lang, min_word_similarity)
        mask = snap.mask(filters)
        allowed = len(snap.chunk_ids) if mask is None else int(mask.sum())
        n = min(max(4 * k, 40), allowed)
        fused: dict[int, float] = {}
        similarity: dict[str, float] = {}  # unit id -> cosine similarity of its best dense passage
        if n:
            for rank, (i, cosine) in enumerate(self._dense(query, n, mask, filters)):
                uid = snap.chunk_units[i]
                similarity[uid] = max(similarity.get(uid, float("-inf")), cosine)
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        # Words match words only within one language: a French question's "96" or "UIT" says
        # little about an English passage; its English terms do.
        same_language = (snap.chunk_langs == lang).astype(np.float32)
        lexical = snap.lexical.scores(query, same_language if mask is None else mask * same_language, lang)
        if english:
            in_english_units = (snap.chunk_langs == "en").astype(np.float32)
            lexical = lexical + snap.lexical.scores(
                " ".join(english), in_english_units if mask is None else mask * in_english_units, "en")
        for rank, i in enumerate(_top(lexical, n)):
            if lexical[i] <= 0:
                break
            fused[int(i)] = fused.get(int(i), 0.0) + 1.0 / (RRF_K + rank + 1)

        for i in sorted(i for uid in named for i in snap.unit_chunks.get(uid, ())):
            fused.setdefault(i, 0.0)  # named but matched by neither ranker: still a candidate

        best: dict[str, int] = {}
        for i, score in fused.items():
            uid = snap.chunk_units[i]
            if uid not in best or score > fused[best[uid]]:
                best[uid] = i
        hits = [
            Hit(
                unit=snap.units[uid],
                score=fused[i] + (NAMED_BOOST if uid in named else 0.0) + (OWN_ID_BOOST if uid in own else 0.0),
                similarity=similarity.get(uid, 0.0),
                lexical=float(lexical[i]),
                passage=snap.passages[i],
                named=uid in named,
            )
            for uid, i in best.items()
        ]
        hits.sort(key=lambda h: (-h.score, -h.similarity))
        return _in_language(hits, lang, snap.units)[:k]


    def embed_ahead(self, queries: list[str], min_word_similarity: float = 1.0) -> None:
        """Embed the questions that :meth:`search` will be asked next in one model call (the parts of one
        question: one batch costs less than one call per part); their searches then find them embedded."""
        texts = [self._searched(q, detect(q), min_word_similarity)[0] for q in dict.fromkeys(queries)]
        if len(texts) > 1:
            self.embeddings.embed_queries(texts)

    def _searched(self, query: str, lang: str, min_word_similarity: float) -> tuple[str, list[str]]:
        """What ``query`` is searched as, and the English forms of its WSIS terms. A question in another
        language than English is searched with the English forms of the terms it uses too ("fracture
        numérique" -> "digital divide"): by word among English units, and beside its own words in its vector.
        The texts' terms for its plain words are searched too, in any language ("contact" -> "focal point");
        an English question's everyday words are searched by the terms they stand for ("sign up" -> "join",
        corpus/glossary.py PARAPHRASES) by word only: in its vector they moved the cosines the gates read, and
        answered more questions but from wrong units too (benchmarks/README.md).
        Its ordinary words as the dictionary reads them ("capitalisation initiale" -> "capitalization") go in
        its vector only: e5 places a question nearer the English paragraph that answers it with them (the
        lowest cosines rise most: an Arabic question's to its answer, tenth percentile 0.779 -> 0.823; hence
        the higher gate across languages, settings.py), but searched by BM25 their other senses lead to
        neighbours (benchmarks/README.md)."""
        if lang == "en":
            plain = plain_terms(query)
            official = list(dict.fromkeys(terms[0] for terms, _ in paraphrases(query)))
            query = expand(query)
            return (f"{query} ({'; '.join(plain)})" if plain else query), official
        english = in_english(query)
        english += [t for t in plain_terms(" ".join(english)) if t not in english]
        if min_word_similarity < 1.0:
            english += [w for w in dict.fromkeys(self.in_english(query, min_word_similarity).values()) if w not in english]
        said = list(dict.fromkeys([*english, *_first_senses(query, lang)]))
        query = expand(query)
        return (f"{query} ({'; '.join(said)})" if said else query), english

    def _dense(self, query: str, n: int, mask: np.ndarray | None, filters: Filters) -> list[tuple[int, float]]:
        """The ``n`` passages closest to the question, as (position, cosine similarity), best first."""
        snap = self.snap
        vector = self.embeddings.embed_query(query)
        if snap.vectors is not None:
            scores = snap.vectors @ np.asarray(vector, dtype=np.float32)  # unit vectors: dot = cosine
            if mask is not None:
                scores = np.where(mask > 0, scores, -np.inf)
            return [(int(i), float(scores[i])) for i in _top(scores, n)]
        result = snap.collection.query(
            query_embeddings=[vector], n_results=n, where=filters.chroma_where(), include=["distances"],
        )
        return [(snap.index_of[cid], 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0], strict=True)]


def _first_senses(query: str, lang: str) -> list[str]:
    """The dictionary's first English word for each of its forms ``query`` uses: its usual sense. All senses
    were measured too; the rarer ones ("draft" beside "projects") pull the vector off the question."""
    return [senses[0] for senses in english_senses(query, lang) if senses]


def _in_language(hits: list[Hit], lang: str, units: dict[str, Unit]) -> list[Hit]:
    """Each unit once, in the question's language when the index holds that version of it.

    The same paragraph in English and French (``tais:96``, ``tais-fr:96``) is one source: the
    question's language wins the higher of the two places; otherwise the better-ranked version stays.
    """
    out: list[Hit] = []
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        key = (family(hit.unit.doc), hit.unit.locator)
        if key in seen:
            continue
        seen.add(key)
        if hit.unit.lang != lang:
            doc = key[0] if lang == "en" else f"{key[0]}-{lang}"
            twin = units.get(f"{doc}:{key[1]}")
            if twin is not None and twin.lang == lang:
                hit = Hit(unit=twin, score=hit.score, similarity=hit.similarity, lexical=hit.lexical,
                          passage=twin.text, named=hit.named)
        out.append(hit)
    return out


def _top(scores: np.ndarray, n: int) -> np.ndarray:
    """Positions of the ``n`` highest scores, best first (a partial sort: O(size), not O(size log size))."""
    if n <= 0:
        return np.empty(0, dtype=np.int64)
    if n < len(scores):
        part = np.argpartition(-scores, n - 1)[:n]
        return part[np.argsort(-scores[part])]
    return np.argsort(-scores)


def _gone(exc: Exception) -> bool:
    """Chroma's error for a collection that was dropped (by a rebuild, maybe in another replica)."""
    message = str(exc).lower()
    return "does not exist" in message or "not found" in message


def _speller(units: dict[str, Unit]) -> Speller:
    """Words of the units and of every known document's names: "Tunis Agnda" is read right before the Agenda is
    indexed, so that the answer can say which command adds it."""
    names = (name for doc in load_registry().values() for name in (doc.title, doc.short, *doc.names))
    return Speller.from_texts([*(f"{u.label} {u.section} {u.title} {u.text}" for u in units.values()), *names],
                              langs={u.lang for u in units.values()})


def _referrers(units: dict[str, Unit]) -> dict[str, list[str]]:
    """Each unit under the documents and locators its id and refs name (what ``Ref.matches`` reads)."""
    index: dict[str, list[str]] = {}
    for uid, unit in units.items():
        keys = set()
        for target in (uid, *unit.refs):
            doc, _, locator = target.partition(":")
            keys.add(doc)
            if locator:
                locator = locator.split("~")[0]  # a part of a long paragraph is found as the paragraph
                keys.add(locator)
                keys.add(f"~{locator.rsplit('-', 1)[-1]}")
        for key in keys:
            index.setdefault(key, []).append(uid)
    return index


def _latest_year(units) -> int | None:
    found = [y for unit in units for y in (*years(unit.text), *([unit.year] if unit.year else []))]
    return max(found, default=None)
