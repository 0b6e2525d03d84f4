"""Building the index: embed what changed, write a fresh collection, then swap it in."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from corpus import Unit
from index.chunks import Chunk, chunk_unit
from index.embeddings import SentenceEmbeddings
from index.lexicon import english_words
from index.store import (
    PREFIX,
    WORDS_PREFIX,
    IndexInfo,
    active_info,
    build_lock,
    get_all,
    passage_metadata,
    prune_segments,
    set_active,
    words_collection,
    words_of,
)

BATCH = 64
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    collection: str
    units: int
    chunks: int
    embedded: int
    reused: int
    removed_units: int
    seconds: float


def _check_unique(units: list[Unit]) -> None:
    duplicates = [uid for uid, n in Counter(u.id for u in units).items() if n > 1]
    if duplicates:
        raise ValueError(f"two units share the id {duplicates[0]}: ids must be unique")


def _reusable(client, info: IndexInfo | None, model: str) -> tuple[dict[str, tuple[str, list[float]]], set[str]]:
    """Vectors of the live index by passage id, keyed with the text they embed; and its unit ids."""
    if info is None or info.model != model:
        return {}, set()
    old = get_all(client.get_collection(info.collection), ["embeddings", "documents", "metadatas"])
    vectors = {cid: (doc, list(vec)) for cid, doc, vec in zip(old["ids"], old["documents"], old["embeddings"], strict=True)}
    return vectors, {meta["unit_id"] for meta in old["metadatas"]}


def build_index(client, units: list[Unit], embeddings: SentenceEmbeddings, progress: Progress | None = None,
                words: bool = False) -> BuildReport:
    """Index ``units``; only passages whose text changed since the live index are embedded again.
    ``words``: keep the English words of the units and their vectors too, for questions in other
    languages (index/lexicon.py; the setting ``min_word_similarity`` below 1 asks for them).

    One build at a time per store (``build_lock``): a second is a BuildRunning, before it writes anything.
    """
    _check_unique(units)
    with build_lock(client):
        return _build(client, units, embeddings, progress, words)


def _build(client, units: list[Unit], embeddings: SentenceEmbeddings, progress: Progress | None, words: bool) -> BuildReport:
    started = time.perf_counter()
    chunks: list[Chunk] = [chunk for unit in units for chunk in chunk_unit(unit)]
    texts = {c.id: c.search_text for c in chunks}  # computed once: it runs the glossary expansion
    previous = active_info(client)
    old_vectors, old_units = _reusable(client, previous, embeddings.model_name)
    # Similar lengths side by side: a batch is padded to its longest text (as encode() does for
    # the texts of one call), so unsorted batches of 64 spent time embedding padding.
    todo = sorted((c for c in chunks if old_vectors.get(c.id, ("",))[0] != texts[c.id]), key=lambda c: len(texts[c.id]))
    todo_ids = {c.id for c in todo}
    dim = embeddings.dimension

    name = f"{PREFIX}{datetime.now(UTC):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}"
    built_at = datetime.now(UTC).isoformat(timespec="seconds")
    collection = client.create_collection(
        name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}},
        metadata={"model": embeddings.model_name, "dim": dim, "built_at": built_at},
    )
    try:
        vectors = {c.id: old_vectors[c.id][1] for c in chunks if c.id not in todo_ids and c.id in old_vectors}
        if progress:
            progress(0, len(todo))  # the model is loaded: show the total before the first (slow) batch
        for start in range(0, len(todo), BATCH):
            batch = todo[start:start + BATCH]
            for chunk, vector in zip(batch, embeddings.embed_documents([texts[c.id] for c in batch]), strict=True):
                vectors[chunk.id] = vector
            if progress:
                progress(min(start + BATCH, len(todo)), len(todo))
        for start in range(0, len(chunks), 512):
            batch = chunks[start:start + 512]
            collection.add(
                ids=[c.id for c in batch],
                embeddings=[vectors[c.id] for c in batch],
                documents=[texts[c.id] for c in batch],
                metadatas=[passage_metadata(c.unit, c.text, first=c.id.endswith("#0")) for c in batch],
            )
        if collection.count() != len(chunks):
            raise RuntimeError(f"index build wrote {collection.count()} of {len(chunks)} passages")
        if words:
            same_model = previous is not None and previous.model == embeddings.model_name
            _write_words(client, name, units, embeddings, previous if same_model else None)
        set_active(client, IndexInfo(name, embeddings.model_name, dim, built_at, len(units), len(chunks)))
    except BaseException:
        # KeyboardInterrupt included: the half-written collections go, the live ones stay.
        client.delete_collection(name)
        if words_of(client, name) is not None:
            client.delete_collection(words_collection(name))
        raise
    _drop_stale(client, keep=name)
    prune_segments(client)
    return BuildReport(
        collection=name, units=len(units), chunks=len(chunks), embedded=len(todo),
        reused=len(chunks) - len(todo), removed_units=len(old_units - {u.id for u in units}),
        seconds=time.perf_counter() - started,
    )


def _write_words(client, name: str, units: list[Unit], embeddings: SentenceEmbeddings, previous: IndexInfo | None) -> None:
    """The English words of the units with their vectors, beside the passages; the previous build's
    vectors are kept for the words it had."""
    words = english_words(units)
    kept = words_of(client, previous.collection) if previous is not None else None
    held = get_all(kept, ["embeddings"]) if kept is not None else {"ids": [], "embeddings": []}
    vectors = {w: list(v) for w, v in zip(held["ids"], held["embeddings"], strict=True)}
    todo = [w for w in words if w not in vectors]
    for start in range(0, len(todo), 1024):
        batch = todo[start:start + 1024]
        vectors.update(zip(batch, embeddings.embed_words(batch, batch=True).tolist(), strict=True))
    collection = client.create_collection(words_collection(name), embedding_function=None)
    for start in range(0, len(words), 2048):
        batch = words[start:start + 2048]
        collection.add(ids=batch, embeddings=[vectors[w] for w in batch])


def _drop_stale(client, keep: str) -> None:
    kept = {keep, words_collection(keep)}
    for collection in client.list_collections():
        name = getattr(collection, "name", collection)
        if name.startswith((PREFIX, WORDS_PREFIX)) and name not in kept:
            client.delete_collection(name)
