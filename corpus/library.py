"""Where units come from: the bundled page (always) and every document stored in the data directory."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from corpus.blocks import CorpusError, ParseError
from corpus.page import parse_page
from corpus.parsers import format_of, read_document
from corpus.registry import load_registry
from corpus.report import Report
from corpus.segment import KINDS, DocInfo, detect_kind, document_names, segment
from corpus.store import DocumentStore, StoredDocument, check_id, now, sha256
from corpus.units import Unit

MAX_BYTES = 50 * 1024 * 1024  # a larger file is refused before it is read


def bundled_page_text() -> str:
    return resources.files("corpus").joinpath("data/itu-wsis-page.txt").read_text("utf-8")


def bundled_units() -> list[Unit]:
    return parse_page(bundled_page_text())


def doc_info(doc_id: str, title: str = "", url: str = "") -> DocInfo:
    """The registry's names for a registered document; the given title otherwise.

    Without either, ``short`` is "": ``read`` then names the document from its own text.
    """
    registered = load_registry().get(doc_id)
    if registered:
        year = re.match(r"\d{4}", registered.date)
        return DocInfo(
            id=doc_id, short=registered.short, title=title or registered.title, url=registered.url,
            body=registered.body, year=int(year[0]) if year else None, number=registered.number,
        )
    return DocInfo(id=doc_id, short=title, title=title, url=url)


@dataclass(frozen=True)
class Reading:
    """A document read: its units, the kind it was read as, the names its units carry, and what was found."""

    units: tuple[Unit, ...]
    kind: str
    info: DocInfo
    report: Report
    named_by_document: bool = False  # the names come from the document's own text, not the registry or the user


def read(data: bytes, fmt: str, kind: str, info: DocInfo, name: str) -> Reading:
    """Parse, tell the layout, name and segment one document; ParseError naming the file otherwise."""
    parsed = read_document(data, fmt, name)
    blocks = list(parsed.blocks)
    if kind == "auto":
        registered = load_registry().get(info.id)
        kind = detect_kind(blocks) or (registered.kind if registered and registered.kind in KINDS else "")
        if not kind:
            raise ParseError(f"{name}: cannot tell whether this is an agenda, a resolution or a roadmap; pass --kind")
    named = False
    if not info.short:
        title, short = document_names(parsed, kind)
        info = replace(info, title=info.title or title or info.id, short=short or info.id)
        named = bool(short)
    segmented = segment(blocks, kind, info)
    return Reading(segmented.units, kind, info, Report.of(segmented, blocks), named)


def read_units(data: bytes, fmt: str, kind: str, info: DocInfo, name: str) -> tuple[list[Unit], str]:
    """Units of one document and the kind it was read as; ParseError naming the file otherwise."""
    reading = read(data, fmt, kind, info, name)
    return list(reading.units), reading.kind


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
    reading = read(data, fmt, kind, doc_info(doc_id, title or ""), path.name)
    return DocumentStore(home).put(StoredDocument(
        id=doc_id, title=reading.info.title, kind=reading.kind, format=fmt, sha256=sha256(data), size=len(data),
        fetched_at=now(), source=str(path.resolve()), url=reading.info.url, filename=f"original.{fmt}",
        units=len(reading.units), extra={"title_from": "document"} if reading.named_by_document else {},
        report=reading.report.to_dict(),
    ), data)


def stored_info(doc: StoredDocument) -> DocInfo:
    """The names a stored document's units carry: the title its owner gave, else the registry's or its own."""
    given = doc.title if doc.title != doc.id and doc.extra.get("title_from") != "document" else ""
    return doc_info(doc.id, given, doc.url)


def stored_units(store: DocumentStore, doc: StoredDocument) -> list[Unit]:
    try:
        units, _ = read_units(store.read(doc), doc.format, doc.kind, stored_info(doc), f"{doc.id} ({doc.filename})")
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
