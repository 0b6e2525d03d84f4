"""Chroma as the index's home: embedded on disk, or a Chroma server shared by several replicas.

The live collection is named by the metadata of a small pointer collection. A build writes a
fresh collection and moves the pointer only when it is complete, so readers never see half an
index, in one process or across replicas.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from corpus import Unit
from index.errors import BuildRunning, IndexDamaged, IndexError_, IndexMissing, StoreUnreachable

POINTER = "wsis-active"
PREFIX = "wsis-units-"
WORDS_PREFIX = "wsis-words-"
"""The collection of a build's English words and their vectors (index/lexicon.py) is named after its
passages' collection, so the two are written, swapped in and dropped together."""


def words_collection(collection: str) -> str:
    return WORDS_PREFIX + collection.removeprefix(PREFIX)


def words_of(client, collection: str):
    """The collection of English words kept beside the passages' ``collection``; None when the build kept
    none. (A damaged store is not "none": it raises.)"""
    from chromadb.errors import NotFoundError  # here: importing the index loads no Chroma

    try:
        return client.get_collection(words_collection(collection))
    except NotFoundError:
        return None


def words_kept(client, info: IndexInfo) -> int:
    """How many English words the live build keeps for questions in other languages (0: none)."""
    words = words_of(client, info.collection)
    return words.count() if words is not None else 0


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
    with readable(str(path)):
        return chromadb.PersistentClient(path=str(path), settings=settings)


def where_label(home: Path, chroma_url: str | None) -> str:
    return chroma_url or str(Path(home) / "chroma")


@contextmanager
def readable(where: str, server: bool = False) -> Iterator[None]:
    """Chroma's errors for a store it cannot read (a damaged SQLite file, a broken segment) as one
    IndexDamaged naming the fix. A collection that is gone (another build dropped it) is not one."""
    try:
        yield
    except IndexError_:
        raise
    except Exception as exc:
        if isinstance(exc, sqlite3.DatabaseError) or (
            type(exc).__module__.startswith("chromadb") and type(exc).__name__ != "NotFoundError"
            and "does not exist" not in str(exc)
        ):
            raise IndexDamaged(where, exc, server) from None
        raise


LOCK_FILE = "build.lock"
SERVER_LOCK = "wsis-build-lock"
SERVER_LOCK_STALE = 600.0
"""Seconds without a heartbeat after which a Chroma server's build lock is taken over (its build died)."""


@contextmanager
def build_lock(client) -> Iterator[None]:
    """One build at a time per store; a second one is a BuildRunning saying so, at once.

    Embedded: an flock on WSIS_HOME/chroma/build.lock, which the system lets go with the process,
    even one killed. A Chroma server has no files we can lock: the lock is a collection, created
    only if absent (atomic on the server), renewed every minute while the build runs, and taken
    over when no build has renewed it for SERVER_LOCK_STALE seconds.
    """
    settings = client.get_settings()
    if settings.is_persistent and settings.persist_directory:
        with _file_lock(Path(settings.persist_directory)):
            yield
    else:
        with _server_lock(client, f"{settings.chroma_server_host}:{settings.chroma_server_http_port}"):
            yield


@contextmanager
def _file_lock(store: Path) -> Iterator[None]:
    import fcntl

    with open(store / LOCK_FILE, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise BuildRunning(str(store), handle.read().strip() or "another process") from None
        try:
            handle.truncate(0)
            handle.write(f"pid {os.getpid()}")
            handle.flush()
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _server_lock(client, where: str) -> Iterator[None]:
    mine = {"holder": f"pid {os.getpid()} on {socket.gethostname()}", "token": uuid.uuid4().hex,
            "since": datetime.now(UTC).isoformat(timespec="seconds")}
    for attempt in range(2):
        try:
            lock = client.create_collection(SERVER_LOCK, metadata={**mine, "beat": time.time()})
            break
        except Exception as exc:
            if "already exists" not in str(exc):
                raise
            held = client.get_collection(SERVER_LOCK).metadata or {}
            if attempt or time.time() - float(held.get("beat", 0)) < SERVER_LOCK_STALE:
                raise BuildRunning(where, f"{held.get('holder', 'another host')}, since {held.get('since', '?')}") from None
            client.delete_collection(SERVER_LOCK)  # its build stopped renewing it long ago: it died
    done = threading.Event()

    def renew() -> None:
        while not done.wait(60):
            try:
                lock.modify(metadata={**mine, "beat": time.time()})
            except Exception:  # the server is away for a moment: the next beat tries again
                pass

    beating = threading.Thread(target=renew, name="wsis-build-lock", daemon=True)
    beating.start()
    try:
        yield
    finally:
        done.set()
        beating.join(5)
        try:
            if (client.get_collection(SERVER_LOCK).metadata or {}).get("token") == mine["token"]:
                client.delete_collection(SERVER_LOCK)
        except Exception:  # already gone, or the server is away: a stale lock is taken over later
            pass


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
            "names": "\n".join(unit.names),
        })
    return meta


def unit_from_metadata(meta: dict) -> Unit:
    """The unit a first passage's metadata holds (Chroma metadata holds scalars: refs are joined)."""
    return Unit(
        doc=meta["doc"], locator=meta["locator"], label=meta["label"], text=meta["unit_text"],
        url=meta.get("url", ""), title=meta.get("title", ""), refs=tuple(meta.get("refs", "").split()),
        section=meta.get("section", ""), body=meta.get("body", ""), year=meta.get("year"),
        number=meta.get("number", ""), lang=meta.get("lang", "en"), kind=meta.get("kind", ""),
        names=tuple(n for n in meta.get("names", "").split("\n") if n),
    )
