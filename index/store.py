"""Chroma as the index's home: embedded on disk, or a Chroma server shared by several replicas.

The live collection is named by the metadata of a small pointer collection. A build writes a
fresh collection and moves the pointer only when it is complete, so readers never see half an
index, in one process or across replicas.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from corpus import Unit
from index.errors import IndexMissing, StoreUnreachable

POINTER = "wsis-active"
PREFIX = "wsis-units-"


@dataclass(frozen=True)
class IndexInfo:
    collection: str
    model: str
    dim: int
    built_at: str
    units: int
    chunks: int

    def as_metadata(self) -> dict:
        return self.__dict__.copy()


def connect(home: Path, chroma_url: str | None = None, create: bool = False):
    """A Chroma client for the index. ``create`` is False for readers: never make an empty store."""
    import chromadb  # heavy import, only when the index is used
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if chroma_url:
        parsed = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        try:
            client = chromadb.HttpClient(
                host=parsed.hostname or "localhost",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=settings,
            )
            client.heartbeat()
        except Exception as exc:  # chromadb raises several types for a server that is not there
            raise StoreUnreachable(chroma_url, str(exc).splitlines()[0][:160] or type(exc).__name__) from None
        return client
    path = Path(home) / "chroma"
    if not create and not path.exists():
        raise IndexMissing(str(path))
    return chromadb.PersistentClient(path=str(path), settings=settings)


def where_label(home: Path, chroma_url: str | None) -> str:
    return chroma_url or str(Path(home) / "chroma")


def active_info(client) -> IndexInfo | None:
    try:
        pointer = client.get_collection(POINTER)
    except Exception:  # NotFound: nothing was ever built here
        return None
    meta = pointer.metadata or {}
    if "collection" not in meta:
        return None
    return IndexInfo(**{field: meta[field] for field in IndexInfo.__dataclass_fields__})


def get_all(collection, include: list[str], page: int = 5000) -> dict:
    """Every record of a collection, read in pages: one ``get()`` of a large collection (~100k
    passages) fails in Chroma with "too many SQL variables"."""
    merged: dict[str, list] = {"ids": [], **{key: [] for key in include}}
    offset = 0
    while True:
        batch = collection.get(include=include, limit=page, offset=offset)
        for key in merged:
            merged[key].extend(batch[key] if batch[key] is not None else [])
        offset += len(batch["ids"])
        if len(batch["ids"]) < page:
            return merged


_SEGMENT_DIR = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def prune_segments(client) -> int:
    """Delete the vector folders of dropped collections from an embedded store; how many went.

    Chroma drops a collection's rows but leaves its HNSW folder on disk, so every rebuild left one
    more (12 folders for one live collection after a few builds). A folder is removed only when no
    segment row names it, so a collection another process has just created keeps its own.
    """
    settings = client.get_settings()
    if not settings.is_persistent or not settings.persist_directory:
        return 0
    root = Path(settings.persist_directory)
    with sqlite3.connect(root / "chroma.sqlite3") as db:
        live = {row[0] for row in db.execute("SELECT id FROM segments")}
    removed = 0
    for folder in root.iterdir():
        if folder.is_dir() and _SEGMENT_DIR.match(folder.name) and folder.name not in live:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def set_active(client, info: IndexInfo) -> None:
    pointer = client.get_or_create_collection(POINTER, embedding_function=None)
    pointer.modify(metadata=info.as_metadata())


def passage_metadata(unit: Unit, passage: str, first: bool) -> dict:
    """What a passage carries: what filters need (document, body, kind, year, language) on every
    passage, the unit's own fields once, on its first passage.

    A long unit is many passages: its text stored with each of them grew the index with the square
    of the unit's length (a 147 KB paragraph took 716 MB). Stored once, the index grows with the text.
    """
    meta: dict[str, str | int] = {"unit_id": unit.id, "doc": unit.doc, "body": unit.body, "kind": unit.kind, "lang": unit.lang,
            "passage": passage}
    if unit.year is not None:
        meta["year"] = unit.year
    if first:
        meta.update({
            "locator": unit.locator, "label": unit.label, "unit_text": unit.text, "url": unit.url, "title": unit.title,
            "refs": " ".join(unit.refs), "section": unit.section, "number": unit.number, "hash": unit.content_hash,
        })
    return meta


def unit_from_metadata(meta: dict) -> Unit:
    """The unit a first passage's metadata holds (Chroma metadata holds scalars: refs are joined)."""
    return Unit(
        doc=meta["doc"], locator=meta["locator"], label=meta["label"], text=meta["unit_text"],
        url=meta.get("url", ""), title=meta.get("title", ""), refs=tuple(meta.get("refs", "").split()),
        section=meta.get("section", ""), body=meta.get("body", ""), year=meta.get("year"),
        number=meta.get("number", ""), lang=meta.get("lang", "en"), kind=meta.get("kind", ""),
    )
