"""`wsis corpus fetch`: download the registry's documents from their official URLs.

Each document's URLs are tried in order, each with a timeout, a retry with back-off on a
timeout, a refused connection or a 5xx answer, a user agent, and a size limit. What comes back
must parse into units of the document's kind, so a moved page that now shows something else is
reported, not stored. A document that fails gets one line saying why; what was stored before
stays as it was.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from corpus.blocks import CorpusError, ParseError
from corpus.library import MAX_BYTES, doc_info, read
from corpus.parsers import format_of
from corpus.registry import Document, load_registry
from corpus.store import DocumentStore, StoredDocument, now, sha256

USER_AGENT = "WSIS-Assistant/0.1 (document fetcher; +https://www.itu.int/net/wsis/)"
NO_NETWORK = "; is the network up?"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
CONTENT_TYPES = {
    "application/pdf": "pdf", "text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 30.0
    retries: int = 2
    backoff: float = 1.0
    max_bytes: int = MAX_BYTES
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class FetchResult:
    doc_id: str
    status: str  # fetched | unchanged | failed | skipped
    message: str

    @property
    def ok(self) -> bool:
        return self.status != "failed"


class FetchError(CorpusError):
    pass


@dataclass(frozen=True)
class _Response:
    status: int
    data: bytes
    url: str
    content_type: str
    etag: str
    last_modified: str


def _download(client, url: str, options: FetchOptions, headers: dict[str, str]) -> _Response:
    import httpx

    for attempt in range(options.retries + 1):
        last = attempt == options.retries
        try:
            with client.stream("GET", url, headers=headers) as response:
                if response.status_code in RETRY_STATUS and not last:
                    time.sleep(options.backoff * 2**attempt)
                    continue
                if response.status_code == 304:
                    return _Response(304, b"", str(response.url), "", "", "")
                if response.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
                declared = int(response.headers.get("content-length") or 0)
                if declared > options.max_bytes:
                    raise FetchError(f"{url}: {declared / 1e6:.1f} MB is over the {options.max_bytes / 2**20:.0f} MB limit")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchError(f"{url}: over the {options.max_bytes / 2**20:.0f} MB limit; download stopped")
                    chunks.append(chunk)
                return _Response(
                    response.status_code, b"".join(chunks), str(response.url),
                    response.headers.get("content-type", "").split(";")[0].strip().lower(),
                    response.headers.get("etag", ""), response.headers.get("last-modified", ""),
                )
        except httpx.TimeoutException:
            if last:
                raise FetchError(f"{url}: no answer within {options.timeout:g}s ({options.retries + 1} tries)") from None
        except httpx.TooManyRedirects:
            raise FetchError(f"{url}: too many redirects") from None
        except httpx.TransportError as exc:
            if last:
                reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
                raise FetchError(f"{url}: cannot connect ({reason}){NO_NETWORK}") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"{url}: invalid URL ({exc})") from None
        time.sleep(options.backoff * 2**attempt)
    raise FetchError(f"{url}: no answer")  # not reached: the last try returns or raises


def _format(response: _Response) -> str:
    name = Path(urlparse(response.url).path).name or "index.html"
    try:
        return format_of(name, response.data)
    except ParseError:
        if response.content_type in CONTENT_TYPES:
            return CONTENT_TYPES[response.content_type]
        raise


def fetch_document(client, store: DocumentStore, doc: Document, options: FetchOptions) -> FetchResult:
    stored = store.get(doc.id)
    problems: list[str] = []
    for url in doc.urls:
        headers = {}
        if stored and stored.source == url:
            headers = {k: v for k, v in (("If-None-Match", stored.etag), ("If-Modified-Since", stored.last_modified)) if v}
        try:
            response = _download(client, url, options, headers)
        except FetchError as exc:
            problems.append(str(exc))
            continue
        if stored and (response.status == 304 or stored.sha256 == sha256(response.data)):  # 304: asked with its etag
            store.touch(stored, extra={**stored.extra, "checked_at": now()})
            return FetchResult(doc.id, "unchanged", f"{doc.id}: unchanged since {stored.fetched_at} ({url})")
        moved = f" (redirected to {response.url})" if response.url.rstrip("/") != url.rstrip("/") else ""
        try:
            fmt = _format(response)
            reading = read(response.data, fmt, doc.kind, doc_info(doc.id, lang=doc.language), url)  # the registry's language
        except ParseError as exc:
            problems.append(f"{url}{moved}: does not hold the document's text ({str(exc).removeprefix(url + ': ')})")
            continue
        store.put(StoredDocument(
            id=doc.id, title=doc.title, kind=reading.kind, format=fmt, sha256=sha256(response.data),
            size=len(response.data), fetched_at=now(), source=url, url=doc.url, filename=f"original.{fmt}",
            etag=response.etag, last_modified=response.last_modified, units=len(reading.units),
            report=reading.report.to_dict(), lang=reading.info.lang,
        ), response.data)
        warnings = "".join(f"; check {w}" for w in reading.report.warnings())
        return FetchResult(doc.id, "fetched", f"{doc.id}: fetched {len(response.data) / 1024:.0f} kB from {url}{moved}, "
                                              f"{reading.report.summary()}{warnings}")
    kept = f"; the stored copy of {stored.fetched_at} is kept" if stored else ""
    reason = "; ".join(problems) or "no URL in the registry"
    if len(problems) > 1 and all(p.endswith(NO_NETWORK) for p in problems):
        hosts = ", ".join(dict.fromkeys(urlparse(u).hostname or u for u in doc.urls))
        reason = f"cannot connect to {hosts}; is the network up?"
    return FetchResult(doc.id, "failed", f"{doc.id}: not fetched — {reason}{kept}")


def fetch_documents(home: Path, ids: list[str] | None = None, options: FetchOptions = FetchOptions(),
                    registry: dict[str, Document] | None = None, on_result=None) -> list[FetchResult]:
    """Fetch the named documents (every fetchable one when none is named); one result each."""
    import httpx

    registry = load_registry() if registry is None else registry
    wanted = list(dict.fromkeys(ids)) if ids else [d.id for d in registry.values() if d.kind != "page"]
    store = DocumentStore(home)
    results = []
    with httpx.Client(timeout=httpx.Timeout(options.timeout), follow_redirects=True, max_redirects=5,
                      headers={"User-Agent": options.user_agent}) as client:
        for doc_id in wanted:
            doc = registry.get(doc_id)
            if doc is None:
                result = FetchResult(doc_id, "failed", f"{doc_id}: not in the source registry (see `wsis corpus list`); "
                                                       "for a file you have, use `wsis corpus add`")
            elif doc.kind == "page":
                result = FetchResult(doc_id, "skipped", f"{doc_id}: bundled with the project, nothing to fetch")
            else:
                try:
                    result = fetch_document(client, store, doc, options)
                except (CorpusError, OSError) as exc:
                    result = FetchResult(doc_id, "failed", f"{doc_id}: not fetched — {exc}")
            results.append(result)
            if on_result:
                on_result(result)
    return results
