"""`wsis corpus fetch` against a local HTTP server on loopback that serves the fixture files."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import corpus_fixtures as F
from corpus.fetch import FetchOptions, fetch_documents
from corpus.registry import Document
from corpus.store import DocumentStore

FAST = FetchOptions(timeout=0.5, retries=1, backoff=0.01)


class Site:
    """What the server answers, changeable by a test: path -> (status, body, headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes, dict]] = {}
        self.hits: dict[str, int] = {}
        self.user_agents: list[str] = []
        self.slow: set[str] = set()


@pytest.fixture()
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            state.user_agents.append(self.headers.get("User-Agent", ""))
            if self.path in state.slow:
                time.sleep(1.5)
            status, body, headers = state.routes.get(self.path, (404, b"not here", {}))
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


def registry(site, **urls) -> dict[str, Document]:
    kinds = {"tais": ("agenda", "Tunis Agenda"), "pp-res-140": ("resolution", "Resolution 140 (Rev. Guadalajara, 2010)"),
             "roadmap-c5": ("roadmap", "Action Line C5 roadmap")}
    return {
        doc_id: Document(id=doc_id, title=kinds[doc_id][1], short=kinds[doc_id][1], body="WSIS", kind=kinds[doc_id][0],
                         format="html", urls=tuple(site.base + path for path in paths))
        for doc_id, paths in urls.items()
    }


def serve_fixtures(site) -> None:
    site.routes["/tunis/6rev1.html"] = (200, F.agenda_html(), {"Content-Type": "text/html; charset=utf-8", "ETag": '"v1"'})
    site.routes["/res140.pdf"] = (200, F.resolution_pdf(), {"Content-Type": "application/pdf"})
    site.routes["/c5.docx"] = (200, F.roadmap_docx(), {})


def test_documents_are_fetched_stored_with_their_hash_and_date_and_read(site, tmp_path):
    serve_fixtures(site)
    reg = registry(site, tais=["/tunis/6rev1.html"], **{"pp-res-140": ["/res140.pdf"], "roadmap-c5": ["/c5.docx"]})
    results = fetch_documents(tmp_path, None, FAST, registry=reg)
    assert [r.status for r in results] == ["fetched"] * 3, [r.message for r in results]
    store = DocumentStore(tmp_path)
    tais = store.get("tais")
    meta = json.loads((tmp_path / "documents" / "tais" / "meta.json").read_text())
    assert meta["sha256"] == tais.sha256 and len(tais.sha256) == 64 and meta["fetched_at"] and meta["lang"] == "en"
    # 8 paragraphs, the annex and the preamble (the title block, kept since issue 18)
    assert (tais.format, tais.kind, tais.units, tais.source) == ("html", "agenda", 10, site.base + "/tunis/6rev1.html")
    assert store.read(tais) == F.agenda_html()
    assert store.get("pp-res-140").units == 14 and store.get("roadmap-c5").format == "docx"
    assert all(ua.startswith("WSIS-Assistant/") for ua in site.user_agents)


def test_an_unchanged_document_is_not_stored_again(site, tmp_path):
    serve_fixtures(site)
    reg = registry(site, tais=["/tunis/6rev1.html"], **{"pp-res-140": ["/res140.pdf"]})
    fetch_documents(tmp_path, None, FAST, registry=reg)
    original = tmp_path / "documents" / "tais" / "original.html"
    before = original.stat().st_mtime_ns
    site.routes["/tunis/6rev1.html"] = (304, b"", {})  # answers the conditional request
    results = fetch_documents(tmp_path, None, FAST, registry=reg)
    assert [r.status for r in results] == ["unchanged", "unchanged"]
    assert "unchanged since" in results[0].message
    assert original.stat().st_mtime_ns == before


def test_a_404_is_one_line_for_that_document_and_the_others_are_still_fetched(site, tmp_path):
    serve_fixtures(site)
    reg = registry(site, tais=["/gone.html"], **{"pp-res-140": ["/res140.pdf"]})
    results = {r.doc_id: r for r in fetch_documents(tmp_path, None, FAST, registry=reg)}
    assert results["tais"].status == "failed"
    assert results["tais"].message == f"tais: not fetched — {site.base}/gone.html: HTTP 404 Not Found"
    assert results["pp-res-140"].status == "fetched"
    assert site.hits["/gone.html"] == 1, "a 404 is not retried"


def test_the_next_url_is_tried_when_the_first_fails(site, tmp_path):
    serve_fixtures(site)
    reg = registry(site, tais=["/gone.html", "/tunis/6rev1.html"])
    [result] = fetch_documents(tmp_path, None, FAST, registry=reg)
    assert result.status == "fetched" and DocumentStore(tmp_path).get("tais").source.endswith("/tunis/6rev1.html")


def test_a_server_that_does_not_answer_times_out_after_a_retry(site, tmp_path):
    serve_fixtures(site)
    site.slow.add("/tunis/6rev1.html")
    reg = registry(site, tais=["/tunis/6rev1.html"])
    started = time.monotonic()
    [result] = fetch_documents(tmp_path, None, FAST, registry=reg)
    assert result.status == "failed" and "no answer within 0.5s (2 tries)" in result.message
    assert site.hits["/tunis/6rev1.html"] == 2
    assert time.monotonic() - started < 5


def test_a_5xx_is_retried_with_back_off(site, tmp_path):
    serve_fixtures(site)
    reg = registry(site, tais=["/flaky.html"])
    site.routes["/flaky.html"] = (503, b"busy", {})
    [result] = fetch_documents(tmp_path, None, FAST, registry=reg)
    assert result.status == "failed" and "HTTP 503" in result.message and site.hits["/flaky.html"] == 2


def test_no_network_is_a_clear_line(tmp_path):
    reg = {"tais": Document(id="tais", title="Tunis Agenda", short="Tunis Agenda", body="WSIS", kind="agenda",
                            format="html", urls=("http://127.0.0.1:9/closed.html",))}
    [result] = fetch_documents(tmp_path, None, FAST, registry=reg)
    assert result.status == "failed" and "cannot connect" in result.message and "network" in result.message


def test_a_moved_url_that_now_shows_another_page_is_reported_not_stored(site, tmp_path):
    serve_fixtures(site)
    site.routes["/old.html"] = (301, b"", {"Location": "/home.html"})
    site.routes["/home.html"] = (200, b"<html><body><p>Welcome to our new site.</p></body></html>", {"Content-Type": "text/html"})
    reg = registry(site, tais=["/old.html"])
    [result] = fetch_documents(tmp_path, None, FAST, registry=reg)
    assert result.status == "failed"
    assert f"redirected to {site.base}/home.html" in result.message and "does not hold the document's text" in result.message
    assert DocumentStore(tmp_path).get("tais") is None


def test_nothing_stored_is_lost_when_a_later_fetch_fails(site, tmp_path):
    serve_fixtures(site)
    reg = registry(site, tais=["/tunis/6rev1.html"])
    fetch_documents(tmp_path, None, FAST, registry=reg)
    stored = DocumentStore(tmp_path).get("tais")
    for status, body in [(404, b"gone"), (200, b"\x00\x01 junk"), (200, F.agenda_html()[:40])]:
        site.routes["/tunis/6rev1.html"] = (status, body, {"Content-Type": "text/html"})
        [result] = fetch_documents(tmp_path, None, FAST, registry=reg)
        assert result.status == "failed" and f"the stored copy of {stored.fetched_at} is kept" in result.message
        assert DocumentStore(tmp_path).get("tais") == stored
        assert DocumentStore(tmp_path).read(stored) == F.agenda_html()
    assert sorted(p.name for p in (tmp_path / "documents").iterdir()) == ["tais"], "no staging folders left behind"


def test_a_download_over_the_size_limit_is_stopped(site, tmp_path):
    serve_fixtures(site)
    reg = registry(site, tais=["/tunis/6rev1.html"])
    [result] = fetch_documents(tmp_path, None, FetchOptions(timeout=1, retries=0, max_bytes=1000), registry=reg)
    assert result.status == "failed" and "limit" in result.message


def test_unknown_and_bundled_ids_get_their_own_line(tmp_path):
    results = fetch_documents(tmp_path, ["no-such-doc", "itu-wsis-page"], FAST)
    assert [r.status for r in results] == ["failed", "skipped"]
    assert "not in the source registry" in results[0].message and "bundled" in results[1].message
