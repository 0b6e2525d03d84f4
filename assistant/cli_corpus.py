"""`wsis corpus`: the documents behind the index — list, fetch, add, units, remove. Thin, like cli.py.

What reading a document found (``corpus.report.Report``) is computed in ``corpus``; this module
only prints it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypedDict

import typer
from rich.table import Table

from assistant.cli_common import ChromaUrl, Home, err, fail, out, settings_from

if TYPE_CHECKING:  # imported inside the commands that use them, so `wsis --help` stays instant
    from assistant.settings import Settings
    from corpus.fetch import FetchResult
    from corpus.report import Report

corpus_app = typer.Typer(help="The documents: list them, fetch them from their official URLs, add files you have.",
                         no_args_is_help=True)
FIRST_LINE = 72  # characters of a unit's first line in `wsis corpus units`


class _ListRow(TypedDict):
    """A document as `wsis corpus list` shows it: a row of the table, an object of --json."""

    id: str
    title: str
    symbol: str
    lang: str  # ISO 639-1: the stored copy's language, else the registry's
    kind: str
    format: str
    stored: str  # "bundled", "fetched", "added", or "" when it is not stored
    fetched_at: str
    units: int
    indexed_units: int
    source: str
    report: dict[str, Any] | None  # ``Report.to_dict()`` as stored; None for a document not stored
    names: list[str]  # the other names its operator gave it (`wsis corpus add --name`)


def _print_findings(doc_id: str, report: Report) -> None:
    """A report's gaps (dim: an excerpt has them) and warnings (yellow: the document may be read wrong)."""
    findings, warnings = report.findings(), report.warnings()
    for finding in findings:
        if finding not in warnings:
            out.print(f"  [dim]{finding}[/]", highlight=False, soft_wrap=True)
    if warnings:
        err.print(f"[yellow]warning:[/] {doc_id}: {'; '.join(warnings)}. It is stored as read; "
                  f"check its units with `wsis corpus units {doc_id}`.", highlight=False, soft_wrap=True)


def _indexed_counts(settings: Settings) -> dict[str, int] | None:
    """Units per document in the live index; None when there is no index to ask."""
    from collections import Counter

    from index.errors import IndexError_
    from index.store import active_info, connect

    try:
        client = connect(settings.home, settings.chroma_url)
        info = active_info(client)
        if info is None:
            return None
        metas = client.get_collection(info.collection).get(include=["metadatas"])["metadatas"]
    except (IndexError_, Exception):  # no index yet, or a server that does not answer: shown as "no"
        return None
    return dict(Counter(doc for doc, _ in {(m["doc"], m["unit_id"]) for m in metas}))


@corpus_app.command("list")
def corpus_list(home: Home = None, chroma_url: ChromaUrl = None,
                as_json: Annotated[bool, typer.Option("--json", help="one JSON object a document")] = False) -> None:
    """Every document: fetched or added, when, how many units, and whether the index holds it."""
    from corpus.blocks import CorpusError
    from corpus.library import bundled_units
    from corpus.registry import load_registry
    from corpus.store import DocumentStore

    settings = settings_from(home, chroma_url)
    try:
        stored = {d.id: d for d in DocumentStore(settings.home).all()}
    except CorpusError as exc:
        fail(str(exc))
    indexed = _indexed_counts(settings) or {}
    registry = load_registry()
    rows: list[_ListRow] = []
    for doc_id in [*registry, *(i for i in stored if i not in registry)]:
        reg, doc = registry.get(doc_id), stored.get(doc_id)
        read_as = doc or reg  # the stored copy's kind and format, else the registry's
        assert read_as is not None, "every id listed is the registry's or the store's"
        bundled = bool(reg and reg.kind == "page")
        rows.append(_ListRow(
            id=doc_id, title=reg.short if reg else read_as.title, symbol=reg.symbol if reg else "",
            lang=doc.lang if doc else (reg.language if reg else ""), kind=read_as.kind, format=read_as.format,
            stored="bundled" if bundled else ("fetched" if doc and doc.source.startswith("http") else "added" if doc else ""),
            fetched_at=doc.fetched_at if doc else "",
            units=len(bundled_units()) if bundled else (doc.units if doc else 0),
            indexed_units=indexed.get(doc_id, 0),
            source=doc.source if doc else (reg.url if reg else ""),
            report=(doc.report or None) if doc else None,
            names=list(doc.names) if doc else [],
        ))
    if as_json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    table = Table("id", "document", "lang", "stored", "fetched", "units", "indexed")
    for row in rows:
        table.add_row(row["id"], row["title"], row["lang"], row["stored"] or "[dim]no[/]",
                      row["fetched_at"][:16].replace("T", " "), str(row["units"] or ""),
                      str(row["indexed_units"]) if row["indexed_units"] else "[dim]no[/]")
    out.print(table)
    for row in rows:
        warnings = (row["report"] or {}).get("findings", [])
        if warnings:
            out.print(f"[dim]{row['id']}: {'; '.join(warnings)}[/]", highlight=False, soft_wrap=True)
    missing = [r["id"] for r in rows if not r["stored"]]
    if missing:
        out.print(f"[dim]Not stored: {len(missing)}. Add them with `wsis corpus fetch ID` or `wsis corpus add FILE --id ID`, "
                  "then `wsis index build`.[/]")


@corpus_app.command("fetch")
def corpus_fetch(
    ids: Annotated[list[str] | None, typer.Argument(help="registry ids (default: every document)")] = None,
    timeout: Annotated[float, typer.Option(help="seconds to wait for a server")] = 30.0,
    retries: Annotated[int, typer.Option(min=0, max=5, help="tries again after a timeout or a 5xx")] = 2,
    home: Home = None,
) -> None:
    """Download documents from their official URLs; unchanged files are kept as they are."""
    from corpus.fetch import FetchOptions, fetch_documents

    settings = settings_from(home)
    styles = {"fetched": "green", "unchanged": "dim", "skipped": "dim", "failed": "red"}

    def show(result: FetchResult) -> None:
        (err if result.status == "failed" else out).print(f"[{styles[result.status]}]{result.message}[/]",
                                                          highlight=False, soft_wrap=True)

    results = fetch_documents(settings.home, ids or None, FetchOptions(timeout=timeout, retries=retries), on_result=show)
    if any(r.status == "fetched" for r in results):
        out.print("Run `wsis index build` to index what changed.")
    raise typer.Exit(1 if any(not r.ok for r in results) else 0)


@corpus_app.command("add")
def corpus_add(
    path: Annotated[Path, typer.Argument(help="an HTML, PDF, DOCX or TXT file")],
    doc_id: Annotated[str, typer.Option("--id", help="document id, e.g. tais or pp-res-140 (see `wsis corpus list`)")],
    title: Annotated[str | None, typer.Option(help="title, for a document the registry does not list")] = None,
    kind: Annotated[str, typer.Option(help="auto | agenda | resolution | roadmap")] = "auto",
    lang: Annotated[str | None, typer.Option(
        "--lang", help="its language: en, fr, es, ru, ar or zh (default: told from its text); a translation's id "
                       "is its original's with the language after a dash: tais-fr")] = None,
    names: Annotated[list[str] | None, typer.Option(
        "--name", help="another name a question may call it by, e.g. its title in another UN language "
                       "(repeatable): --name '马伦维克议程' --name 'Agenda de Marenvik'")] = None,
    home: Home = None,
) -> None:
    """Store a copy of a document you have; it is read now, so a broken file is refused here."""
    from corpus.blocks import CorpusError
    from corpus.lang import ENGLISH_NAMES
    from corpus.library import add_file
    from corpus.report import Report

    settings = settings_from(home)
    try:
        doc = add_file(settings.home, path, doc_id, title, kind, lang, tuple(names or ()))
    except CorpusError as exc:
        fail(str(exc))
    report = Report.from_dict(doc.report)
    assert report is not None, "add_file stores the report of its reading"
    out.print(f"Added {doc.id} ({doc.format}, {doc.kind}, {ENGLISH_NAMES[doc.lang]}, {doc.units} units): {report.contents()}",
              highlight=False, soft_wrap=True)
    _print_findings(doc.id, report)
    out.print("Run `wsis index build` to index it.")


@corpus_app.command("units")
def corpus_units(
    doc_id: Annotated[str, typer.Argument(help="document id (see `wsis corpus list`)")],
    as_json: Annotated[bool, typer.Option("--json", help='a JSON array: [{"id", "label", "text"}]')] = False,
    home: Home = None,
) -> None:
    """Every unit of a stored document, as it will be cited: id, label and first line."""
    from corpus.blocks import CorpusError
    from corpus.library import bundled_units, stored_units
    from corpus.store import DocumentStore

    settings = settings_from(home)
    try:
        if doc_id == "itu-wsis-page":
            units = bundled_units()
        else:
            store = DocumentStore(settings.home)
            doc = store.get(doc_id)
            if doc is None:
                fail(f"{doc_id!r} is not stored (see `wsis corpus list`)")
            units = stored_units(store, doc)
    except CorpusError as exc:
        fail(str(exc))
    if as_json:
        print(json.dumps([{"id": u.id, "label": u.label, "text": u.text} for u in units], ensure_ascii=False))
        return
    table = Table("id", "label", "first line")
    for unit in units:
        first = unit.text.split("\n", 1)[0]
        table.add_row(unit.id, unit.label, first if len(first) <= FIRST_LINE else first[:FIRST_LINE - 1].rstrip() + "…")
    out.print(table, highlight=False)


@corpus_app.command("remove")
def corpus_remove(doc_id: Annotated[str, typer.Argument(help="document id")], home: Home = None) -> None:
    """Delete a stored document; the next `wsis index build` drops its units."""
    from corpus.blocks import CorpusError
    from corpus.store import DocumentStore

    settings = settings_from(home)
    try:
        removed = DocumentStore(settings.home).remove(doc_id)
    except CorpusError as exc:
        fail(str(exc))
    if not removed:
        fail(f"{doc_id} is not stored (see `wsis corpus list`)")
    out.print(f"Removed {doc_id}. Run `wsis index build` to drop its units from the index.")
