"""Where units come from: the bundled page (always) and every document stored in the data directory."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from corpus.blocks import CorpusError, ParseError
from corpus.page import parse_page
from corpus.parsers import format_of, parse
from corpus.registry import load_registry
from corpus.segment import KINDS, DocInfo, detect_kind, segment
from corpus.store import DocumentStore, StoredDocument, check_id, now, sha256
from corpus.units import Unit

MAX_BYTES = 50 * 1024 * 1024  # a larger file is refused before it is read


def bundled_page_text() -> str:
    return resources.files("corpus").joinpath("data/itu-wsis-page.txt").read_text("utf-8")


def bundled_units() -> list[Unit]:
    return parse_page(bundled_page_text())


def doc_info(doc_id: str, title: str = "", url: str = "") -> DocInfo:
    """The registry's names for a registered document; the given title (or the id) otherwise."""
    registered = load_registry().get(doc_id)
    if registered:
        year = re.match(r"\d{4}", registered.date)
        return DocInfo(
            id=doc_id, short=registered.short, title=title or registered.title, url=registered.url,
            body=registered.body, year=int(year[0]) if year else None, number=registered.number,
        )
    return DocInfo(id=doc_id, short=title or doc_id, title=title or doc_id, url=url)


def read_units(data: bytes, fmt: str, kind: str, info: DocInfo, name: str) -> tuple[list[Unit], str]:
    """Units of one document and the kind it was read as; ParseError naming the file otherwise."""
    blocks = parse(data, fmt, name)
    if kind == "auto":
        registered = load_registry().get(info.id)
        kind = detect_kind(blocks) or (registered.kind if registered and registered.kind in KINDS else "")
        if not kind:
            raise ParseError(f"{name}: cannot tell whether this is an agenda, a resolution or a roadmap; pass --kind")
    return segment(blocks, kind, info), kind


def add_file(home: Path, path: Path, doc_id: str, title: str | None = None, kind: str = "auto") -> StoredDocument:
    """Read, check and store a file a user has; nothing is stored when it cannot be read."""
    check_id(doc_id)
    if kind not in ("auto", *KINDS):
        raise CorpusError(f"unknown kind {kind!r}: use auto, {', '.join(KINDS)}")
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise CorpusError(f"{path.name}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit for a document")
    data = path.read_bytes()
    fmt = format_of(path.name, data)
    info = doc_info(doc_id, title or "")
    units, kind = read_units(data, fmt, kind, info, path.name)
    return DocumentStore(home).put(StoredDocument(
        id=doc_id, title=info.title, kind=kind, format=fmt, sha256=sha256(data), size=len(data),
        fetched_at=now(), source=str(path.resolve()), url=info.url, filename=f"original.{fmt}", units=len(units),
    ), data)


def stored_units(store: DocumentStore, doc: StoredDocument) -> list[Unit]:
    info = doc_info(doc.id, doc.title if doc.title != doc.id else "", doc.url)
    try:
        units, _ = read_units(store.read(doc), doc.format, doc.kind, info, f"{doc.id} ({doc.filename})")
    except (OSError, ParseError) as exc:
        raise CorpusError(
            f"stored document {doc.id} cannot be read: {exc}; fetch or add it again, or `wsis corpus remove {doc.id}`"
        ) from None
    return units


def all_units(home: Path) -> list[Unit]:
    """The bundled page and every stored document, as citable units."""
    store = DocumentStore(home)
    units = bundled_units()
    for doc in store.all():
        units.extend(stored_units(store, doc))
    return units
