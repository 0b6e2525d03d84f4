"""Hybrid search: dense (Chroma) and lexical (BM25) ranks fused, named paragraphs first."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np

from corpus import Unit
from corpus.glossary import expand
from corpus.refs import Ref, find_refs
from index.embeddings import SentenceEmbeddings
from index.errors import IndexMissing, ModelMismatch
from index.filters import Filters
from index.hits import Hit
from index.lexical import LexicalIndex
from index.store import IndexInfo, active_info, unit_from_metadata

RRF_K = 60
NAMED_BOOST = 1.0  # larger than any fused score: a unit the question names ranks first
OWN_ID_BOOST = 1.0  # on top: the paragraph itself (tais:96) before a unit that only refers to it


@dataclass(frozen=True)
class _Snapshot:
    """One built index, read once: passages, their units, and the lexical index over them."""

    info: IndexInfo
    collection: object
    chunk_ids: list[str]
    chunk_units: list[str]
    passages: list[str]
    units: dict[str, Unit]
    unit_order: list[str]
    lexical: LexicalIndex

    def mask(self, filters: Filters) -> np.ndarray | None:
        if not filters:
            return None
        return np.array(
            [filters.allows(self.units[uid].doc, self.units[uid].body) for uid in self.chunk_units], dtype=np.float32
        )


class Searcher:
    """Opens the live index once and follows the pointer when another process rebuilds it."""

    def __init__(self, client, embeddings: SentenceEmbeddings, where: str = "", refresh_seconds: float = 2.0) -> None:
        self.client = client
        self.embeddings = embeddings
        self.where = where
        self.refresh_seconds = refresh_seconds
        self._snapshot: _Snapshot | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    # -- the live index -------------------------------------------------------------------
    def _load(self, info: IndexInfo) -> _Snapshot:
        if info.model != self.embeddings.model_name:
            raise ModelMismatch(info.model, info.dim, self.embeddings.model_name)
        collection = self.client.get_collection(info.collection)
        data = collection.get(include=["documents", "metadatas"])
        units: dict[str, Unit] = {}
        for meta in data["metadatas"]:
            units.setdefault(meta["unit_id"], unit_from_metadata(meta))
        return _Snapshot(
            info=info, collection=collection, chunk_ids=list(data["ids"]),
            chunk_units=[m["unit_id"] for m in data["metadatas"]],
            passages=[m["passage"] for m in data["metadatas"]],
            units=units, unit_order=list(units), lexical=LexicalIndex(list(data["documents"])),
        )

    def snapshot(self, force: bool = False) -> _Snapshot:
        with self._lock:
            now = time.monotonic()
            if self._snapshot is None or force or now - self._checked >= self.refresh_seconds:
                self._checked = now
                info = active_info(self.client)
                if info is None:
                    raise IndexMissing(self.where)
                if self._snapshot is None or info.collection != self._snapshot.info.collection:
                    self._snapshot = self._load(info)
            return self._snapshot

    @property
    def info(self) -> IndexInfo:
        return self.snapshot().info

    def units(self) -> dict[str, Unit]:
        return self.snapshot().units

    def check_model(self) -> None:
        """Fail early when the configured model cannot embed queries for this index."""
        info = self.info
        if self.embeddings.dimension != info.dim:
            raise ModelMismatch(info.model, info.dim, self.embeddings.model_name, self.embeddings.dimension)

    def units_named(self, ref: Ref, filters: Filters = Filters()) -> list[Unit]:
        return [u for u in self.units().values() if filters.allows(u.doc, u.body) and ref.matches(u.id, u.refs)]

    # -- searching ------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: Filters = Filters()) -> list[Hit]:
        try:
            return self._search(self.snapshot(), query, k, filters)
        except IndexMissing:
            raise
        except Exception as exc:
            # Another replica swapped the index and dropped the collection under us: follow it once.
            if "does not exist" not in str(exc).lower() and "not found" not in str(exc).lower():
                raise
            return self._search(self.snapshot(force=True), query, k, filters)

    def _search(self, snap: _Snapshot, query: str, k: int, filters: Filters) -> list[Hit]:
        refs = find_refs(query)
        named = {u.id for ref in refs for u in self.units_named(ref, filters)}
        own = {uid for uid in named if any(ref.matches(uid, ()) for ref in refs)}
        query = expand(query)
        mask = snap.mask(filters)
        allowed = len(snap.chunk_ids) if mask is None else int(mask.sum())
        n = min(max(4 * k, 40), allowed)
        fused: dict[int, float] = {}
        similarity: dict[int, float] = {}
        if n:
            result = snap.collection.query(
                query_embeddings=[self.embeddings.embed_query(query)], n_results=n,
                where=filters.chroma_where(), include=["distances"],
            )
            index_of = {cid: i for i, cid in enumerate(snap.chunk_ids)}
            for rank, (cid, distance) in enumerate(zip(result["ids"][0], result["distances"][0])):
                i = index_of[cid]
                similarity[i] = 1.0 - float(distance)
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        lexical = snap.lexical.scores(query, mask)
        for rank, i in enumerate(np.argsort(-lexical)[:n]):
            if lexical[i] <= 0:
                break
            fused[int(i)] = fused.get(int(i), 0.0) + 1.0 / (RRF_K + rank + 1)

        for i, uid in enumerate(snap.chunk_units):
            if uid in named and i not in fused:
                fused[i] = 0.0  # named but matched by neither ranker: still a candidate

        best: dict[str, int] = {}
        for i, score in fused.items():
            uid = snap.chunk_units[i]
            if uid not in best or score > fused[best[uid]]:
                best[uid] = i
        hits = [
            Hit(
                unit=snap.units[uid],
                score=fused[i] + (NAMED_BOOST if uid in named else 0.0) + (OWN_ID_BOOST if uid in own else 0.0),
                similarity=max((s for j, s in similarity.items() if snap.chunk_units[j] == uid), default=0.0),
                lexical=float(lexical[i]),
                passage=snap.passages[i],
                named=uid in named,
            )
            for uid, i in best.items()
        ]
        hits.sort(key=lambda h: (-h.score, -h.similarity))
        return hits[:k]
