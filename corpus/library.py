"""Where units come from: the bundled page (always) and every document stored in the data directory.

A document in another UN language is stored under its original's id with the language as a suffix
(``tais-fr``, ``tais-zh``: ``corpus.refs.family``), so the same paragraph keeps its locator in
every language (``tais:72``, ``tais-fr:72``). It takes the registry's entry of its original (body,
year, URL, kind) and is named in its own language where the registry knows the name ("Agenda de
Tunis §72"), else by the original's short name with the language shown. Its language is the one
given (``--lang``) or the one its body text is written in, and every unit carries it (``Unit.lang``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from corpus.blocks import Block, CorpusError, ParseError
from corpus.lang import ENGLISH_NAMES, LANGUAGES, detect
from corpus.page import parse_page
from corpus.parsers import format_of, read_document
from corpus.refs import LANGUAGE_SUFFIX, family
from corpus.registry import Document, load_registry
from corpus.report import Report
from corpus.segment import KINDS, DocInfo, detect_kind, document_names, segment
from corpus.segment.common import is_title_block_line
from corpus.store import DocumentStore, StoredDocument, check_id, now, sha256
from corpus.units import Unit, bounded

MAX_BYTES = 50 * 1024 * 1024  # a larger file is refused before it is read


def bundled_page_text() -> str:
    return resources.files("corpus").joinpath("data/itu-wsis-page.txt").read_text("utf-8")


def bundled_units() -> list[Unit]:
    return parse_page(bundled_page_text())


def registered(doc_id: str) -> Document | None:
    """The registry's entry for a document, or for the original a translation is of (``tais-fr`` -> ``tais``)."""
    registry = load_registry()
    return registry.get(doc_id) or registry.get(family(doc_id))


def id_language(doc_id: str) -> str:
    """The language a document id says: its suffix (``tais-fr`` -> "fr"), else its registry entry's; "" when it says none."""
    suffix = LANGUAGE_SUFFIX.match(doc_id)
    if suffix:
        return suffix["lang"]
    entry = load_registry().get(doc_id)
    return entry.language if entry else ""


def doc_info(doc_id: str, title: str = "", url: str = "", lang: str = "") -> DocInfo:
    """The registry's names for a registered document (or its original's, in ``lang``); the given title otherwise.

    ``lang`` "": the language the id says (``id_language``), else unknown until ``read`` tells it
    from the text. Without a title, ``short`` is "" and ``read`` names the document from its own text.
    """
    lang = lang or id_language(doc_id)
    entry = registered(doc_id)
    if entry:
        year = re.match(r"\d{4}", entry.date)
        return DocInfo(
            id=doc_id, short=entry.short_in(lang or entry.language), title=title or entry.title_in(lang or entry.language),
            url=entry.url, body=entry.body, year=int(year[0]) if year else None, number=entry.number, lang=lang,
        )
    return DocInfo(id=doc_id, short=title, title=title, url=url, lang=lang)


def body_language(blocks: list[Block]) -> str:
    """The UN language a document is written in, told from its running text: not its headings nor
    its title block, whose symbol and "Original: English" are in Latin letters whatever its language;
    from all of it when the running text has nothing to tell by."""
    body = [b.text for b in blocks if not b.heading and not b.note and not is_title_block_line(b.text)]
    return detect(" ".join(body), default="") or detect(" ".join(b.text for b in blocks))


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
    entry = registered(info.id)
    if kind == "auto":
        kind = detect_kind(blocks) or (entry.kind if entry and entry.kind in KINDS else "")
        if not kind:
            raise ParseError(f"{name}: cannot tell whether this is an agenda, a resolution or a roadmap; pass --kind")
    if not info.lang:
        info = replace(info, lang=body_language(blocks))
    named = False
    if not info.short or not info.title:
        # A document the registry does not name (or a translation whose title it does not know) is
        # named by its own text; a translation falls back on its original's title.
        title, short = document_names(parsed, kind)
        info = replace(info, title=info.title or title or (entry.title if entry else "") or info.id,
                       short=info.short or short or info.id)
        named = bool(title if entry else short)
    segmented = segment(blocks, kind, info)
    units = tuple(part for unit in segmented.units for part in bounded(unit))
    return Reading(units, kind, info, Report.of(segmented, blocks), named)


def read_units(data: bytes, fmt: str, kind: str, info: DocInfo, name: str) -> tuple[list[Unit], str]:
    """Units of one document and the kind it was read as; ParseError naming the file otherwise."""
    reading = read(data, fmt, kind, info, name)
    return list(reading.units), reading.kind


def check_language(doc_id: str, lang: str, told: str = "") -> str:
    """``lang`` when a document in it may be stored under ``doc_id``; CorpusError saying what to do otherwise.

    ``told``: how the language was known ("" given with --lang; else, e.g., "x.txt reads as French").
    A translation's id carries its language (``tais-fr``), and a registered original is in the
    registry's language: a French text added as ``tais`` or as ``tais-es`` would answer French
    questions under an English or Spanish citation.
    """
    if lang not in LANGUAGES:
        raise CorpusError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    expected = id_language(doc_id)
    if not expected or expected == lang:
        return lang
    original = family(doc_id)
    entry = registered(doc_id)
    fix = f"add it as {original if lang == (entry.language if entry else 'en') else f'{original}-{lang}'}"
    version = f"the {ENGLISH_NAMES[expected]} ({expected}) version of {original}"
    if told:
        raise CorpusError(f"{told} ({lang}), but {doc_id} is {version}: {fix}, "
                          f"or pass --lang {expected} if it is in {ENGLISH_NAMES[expected]}")
    raise CorpusError(f"--lang {lang} does not fit {doc_id}, {version}: {fix}")


def add_file(home: Path, path: Path, doc_id: str, title: str | None = None, kind: str = "auto",
             lang: str | None = None, names: tuple[str, ...] = ()) -> StoredDocument:
    """Read, check and store a file a user has; nothing is stored when it cannot be read.

    ``lang``: the language it is in (one of ``corpus.lang.LANGUAGES``); None: the language of its text.
    ``names``: other names a question may call it by (its title in the other UN languages).
    """
    check_id(doc_id)
    if kind not in ("auto", *KINDS):
        raise CorpusError(f"unknown kind {kind!r}: use auto, {', '.join(KINDS)}")
    if lang is not None:
        check_language(doc_id, lang)
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise CorpusError(f"{path.name}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit for a document")
    data = path.read_bytes()
    fmt = format_of(path.name, data)
    # Without --lang the text says its language, even under an id that says one: a wrong file is refused.
    info = replace(doc_info(doc_id, title or "", lang=lang or ""), lang=lang or "")
    reading = read(data, fmt, kind, info, path.name)
    if lang is None:
        check_language(doc_id, reading.info.lang, f"{path.name} reads as {ENGLISH_NAMES[reading.info.lang]}")
    return DocumentStore(home).put(StoredDocument(
        id=doc_id, title=reading.info.title, kind=reading.kind, format=fmt, sha256=sha256(data), size=len(data),
        fetched_at=now(), source=str(path.resolve()), url=reading.info.url, filename=f"original.{fmt}",
        units=len(reading.units), extra={"title_from": "document"} if reading.named_by_document else {},
        report=reading.report.to_dict(), lang=reading.info.lang, names=list(dict.fromkeys(n.strip() for n in names if n.strip())),
    ), data)


def stored_info(doc: StoredDocument) -> DocInfo:
    """The names a stored document's units carry: the title its owner gave, else the registry's or its own."""
    given = doc.title if doc.title != doc.id and doc.extra.get("title_from") != "document" else ""
    return doc_info(doc.id, given, doc.url, doc.lang)


def stored_units(store: DocumentStore, doc: StoredDocument) -> list[Unit]:
    try:
        units, _ = read_units(store.read(doc), doc.format, doc.kind, stored_info(doc), f"{doc.id} ({doc.filename})")
    except (OSError, ParseError) as exc:
        raise CorpusError(
            f"stored document {doc.id} cannot be read: {exc}; fetch or add it again, or `wsis corpus remove {doc.id}`"
        ) from None
    return [replace(u, names=tuple(doc.names)) for u in units] if doc.names else units


def all_units(home: Path) -> list[Unit]:
    """The bundled page and every stored document, as citable units."""
    store = DocumentStore(home)
    units = bundled_units()
    for doc in store.all():
        units.extend(stored_units(store, doc))
    return units
