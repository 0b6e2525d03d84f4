"""The JSON HTTP API (FastAPI's test client): the contract, errors, auth, limits, feedback."""

from __future__ import annotations

import base64
import re
import threading

import pytest
from fastapi.testclient import TestClient
from markdown_it import MarkdownIt

from assistant import prompts
from assistant.answer import Citation

SPECTRUM = "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?"


def make_client(page_home, assistant, tmp_path, peer: str = "testclient", **settings) -> TestClient:
    """The app under FastAPI's test client; ``peer`` is the address requests come from."""
    from assistant.feedback import FeedbackStore
    from assistant.server import create_app
    from assistant.settings import Settings

    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    return TestClient(create_app(Settings(home=page_home, **settings), assistant=assistant, feedback=store),
                      client=(peer, 50000))


@pytest.fixture(scope="module")
def api(page_home, assistant, tmp_path_factory):
    with make_client(page_home, assistant, tmp_path_factory.mktemp("api"), rate_limit_per_minute=0) as client:
        yield client


# -- the contract ---------------------------------------------------------------------------------
def test_ask_returns_the_design_contract_with_a_citation_of_paragraph_96(api):
    response = api.post("/api/ask", json={"question": SPECTRUM})
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"question", "answer", "refused", "citations", "timings_ms"}
    assert data["question"] == SPECTRUM and data["refused"] is False
    assert set(data["citations"][0]) == {"n", "id", "doc", "label", "url", "text", "quote"}
    assert data["citations"][0]["id"] == "itu-wsis-page:tais-96" and "[1]" in data["answer"]
    assert set(data["timings_ms"]) == {"retrieve", "answer"}


def test_a_follow_up_uses_the_history_sent_with_it(api):
    history = [{"role": "user", "content": "What is UNGIS?"}, {"role": "assistant", "content": "…"}]
    follow_up = api.post("/api/ask", json={"question": "which agencies lead it?", "history": history}).json()
    assert "itu-wsis-page:tais-103" in {c["id"] for c in follow_up["citations"]}
    paragraph = api.post("/api/ask", json={"question": "and what does paragraph 98 say?", "history": history}).json()
    assert paragraph["citations"][0]["id"] == "itu-wsis-page:tais-98"


def test_an_uncovered_question_is_refused_with_the_refusal_sentence(api):
    data = api.post("/api/ask", json={"question": "What is the recipe for a chocolate cake?"}).json()
    assert data["refused"] is True and data["answer"] == prompts.REFUSAL.say("en") and data["citations"] == []


def test_filters_restrict_retrieval_by_body_and_by_document(api):
    role = "ITU's role in implementing WSIS outcomes"
    data = api.post("/api/ask", json={"question": role, "filters": {"body": ["WTDC"]}}).json()
    assert {c["id"] for c in data["citations"]} == {"itu-wsis-page:wtdc-res-30"}
    hits = api.get("/api/search", params={"q": "ITU's role in implementing WSIS outcomes", "body": "WTDC"}).json()["results"]
    assert [h["id"] for h in hits] == ["itu-wsis-page:wtdc-res-30"]
    by_doc = api.post("/api/ask", json={"question": SPECTRUM, "filters": {"doc": ["itu-wsis-page"]}}).json()
    assert by_doc["citations"][0]["id"] == "itu-wsis-page:tais-96"


def test_search_ranks_units_and_honours_k(api):
    data = api.get("/api/search", params={"q": "radio-frequency spectrum", "k": 3}).json()
    assert data["query"] == "radio-frequency spectrum" and len(data["results"]) == 3
    assert data["results"][0]["id"] == "itu-wsis-page:tais-96"
    assert set(data["results"][0]) == {"id", "label", "score", "doc", "url", "text"}


def test_documents_lists_what_is_indexed(api):
    data = api.get("/api/documents").json()
    assert data["index"]["units"] == 26 and data["index"]["model"]
    page = next(d for d in data["documents"] if d["id"] == "itu-wsis-page")
    assert page["units"] == 26 and "WTDC" in page["bodies"] and page["url"].startswith("http")


def test_healthz_says_ok_with_the_unit_count(api):
    assert api.get("/healthz").json() == {"status": "ok", "units": 26}


def test_the_openapi_schema_documents_every_endpoint(api):
    schema = api.get("/openapi.json").json()
    assert {"/api/ask", "/api/search", "/api/documents", "/api/feedback", "/healthz"} <= set(schema["paths"])
    assert "AskRequest" in schema["components"]["schemas"] and "Answer" in schema["components"]["schemas"]


# -- bad requests: always a 4xx with a JSON error, never a 500 -----------------------------------
@pytest.mark.parametrize("body, status, words", [
    ({"question": ""}, 400, "empty"),
    ({"question": "   "}, 400, "empty"),
    ({"question": "why " * 1000}, 400, "limit is 2000"),
    ({"question": "bad\x00char"}, 400, "control characters"),
    ({}, 422, "question"),
    ({"question": 42}, 422, "question"),
    ({"question": "What is WSIS?", "filters": {"year": ["2005"]}}, 400, "unknown filter 'year'"),
    ({"question": "What is WSIS?", "filters": {"body": ["UNESCO"]}}, 400, "unknown body"),
    ({"question": "What is WSIS?", "filters": {"doc": ["no-such-doc"]}}, 400, "unknown document"),
    ({"question": "What is WSIS?", "filters": {"body": [1]}}, 400, "string"),
    ({"question": "What is WSIS?", "history": [{"role": "system", "content": "x"}]}, 422, "history"),
    ({"question": "What is WSIS?", "colour": "blue"}, 422, "colour"),
], ids=["empty", "blank", "too-long", "control-char", "missing", "not-text", "unknown-filter", "unknown-body",
        "unknown-doc", "bad-filter-value", "bad-history-role", "unknown-field"])
def test_a_bad_question_or_filter_gets_a_4xx_json_error(api, body, status, words):
    response = api.post("/api/ask", json=body)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_bad_json_gets_a_422_json_error(api):
    response = api.post("/api/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert response.status_code == 422 and "not valid JSON" in response.json()["error"]


@pytest.mark.parametrize("params", [
    {"q": ""}, {"q": "spectrum", "k": 0}, {"q": "spectrum", "k": 500}, {}, {"q": "x", "body": "Nope"},
    {"q": "x", "doc": "nosuch"},
])
def test_a_bad_search_gets_a_4xx_json_error(api, params):
    response = api.get("/api/search", params=params)
    assert 400 <= response.status_code < 500 and response.json()["error"]


def test_an_unexpected_failure_is_a_logged_500_without_a_traceback(page_home, assistant, tmp_path, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(assistant, "ask", broken)
    client = make_client(page_home, assistant, tmp_path)
    client = TestClient(client.app, raise_server_exceptions=False)
    response = client.post("/api/ask", json={"question": SPECTRUM})
    assert response.status_code == 500
    assert response.json() == {"error": "internal error; it is logged on the server"}
    assert "secret internal detail" in caplog.text


# -- auth -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def locked_app(page_home, assistant, tmp_path_factory):
    with make_client(page_home, assistant, tmp_path_factory.mktemp("locked"), auth="alice:s3cret",
                     api_token="token-0123456789") as client:
        yield client


@pytest.fixture
def locked(locked_app):
    """The app with credentials, its failed logins of earlier tests forgotten (they back off)."""
    locked_app.app.state.logins.clear()
    return locked_app


def basic(user: str, password: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@pytest.mark.parametrize("headers", [{}, basic("alice", "wrong"), {"Authorization": "Bearer nope"}, {"X-API-Token": "nope"}],
                         ids=["none", "wrong-password", "wrong-bearer", "wrong-token-header"])
def test_with_auth_configured_the_api_refuses_requests_without_credentials(locked, headers):
    response = locked.get("/api/documents", headers=headers)
    assert response.status_code == 401 and response.json()["error"] == prompts.AUTH_REQUIRED
    assert locked.post("/api/ask", json={"question": SPECTRUM}, headers=headers).status_code == 401


@pytest.mark.parametrize("headers", [basic("alice", "s3cret"), {"Authorization": "Bearer token-0123456789"},
                                     {"X-API-Token": "token-0123456789"}], ids=["basic", "bearer", "token-header"])
def test_with_auth_configured_the_api_accepts_the_password_or_the_token(locked, headers):
    assert locked.get("/api/documents", headers=headers).status_code == 200
    assert locked.post("/api/ask", json={"question": SPECTRUM}, headers=headers).json()["citations"]


def test_with_auth_configured_the_ui_needs_a_login_and_healthz_stays_open(locked):
    locked.cookies.clear()
    assert locked.get("/config").status_code == 401
    assert locked.get("/healthz").status_code == 200
    assert locked.post("/login", data={"username": "alice", "password": "wrong"}).status_code == 400
    assert locked.post("/login", data={"username": "alice", "password": "s3cret"}).status_code == 200
    assert locked.get("/config").status_code == 200
    locked.cookies.clear()


def test_auth_is_off_by_default_only_on_loopback():
    from assistant.access import check_exposure
    from assistant.settings import Settings

    check_exposure(Settings(host="127.0.0.1"))
    with pytest.raises(ValueError, match="WSIS_AUTH"):
        check_exposure(Settings(host="0.0.0.0"))
    check_exposure(Settings(host="0.0.0.0", auth="a:b"))
    check_exposure(Settings(host="0.0.0.0", allow_anonymous=True))


# -- limits ---------------------------------------------------------------------------------------
def test_over_the_rate_limit_a_client_gets_429_with_retry_after(page_home, assistant, tmp_path):
    with make_client(page_home, assistant, tmp_path, rate_limit_per_minute=2) as client:
        for _ in range(2):
            assert client.get("/api/search", params={"q": "spectrum"}).status_code == 200
        response = client.post("/api/ask", json={"question": SPECTRUM})
        assert response.status_code == 429 and "limit is 2 a minute" in response.json()["error"]
        assert 1 <= int(response.headers["Retry-After"]) <= 60
        assert client.get("/healthz").status_code == 200, "health checks are never limited"


def test_the_question_length_limit_is_a_setting(page_home, assistant, tmp_path, monkeypatch):
    from assistant.settings import Settings

    monkeypatch.setenv("WSIS_MAX_QUESTION_CHARS", "20")
    assert Settings().max_question_chars == 20
    monkeypatch.setattr(assistant, "settings", Settings(home=page_home, max_question_chars=20))
    with make_client(page_home, assistant, tmp_path) as client:
        response = client.post("/api/ask", json={"question": "What does paragraph 96 say?"})
    assert response.status_code == 400 and "the limit is 20" in response.json()["error"]


# -- CORS -----------------------------------------------------------------------------------------
def test_only_allowed_origins_get_cors_headers(page_home, assistant, tmp_path):
    with make_client(page_home, assistant, tmp_path, cors_origins=["http://intranet.example"]) as client:
        preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
        allowed = client.options("/api/ask", headers={"Origin": "http://intranet.example", **preflight})
        assert allowed.headers.get("access-control-allow-origin") == "http://intranet.example"
        other = client.options("/api/ask", headers={"Origin": "http://elsewhere.example", **preflight})
        assert "access-control-allow-origin" not in other.headers


def test_cors_origins_are_read_comma_separated_from_the_environment(monkeypatch):
    from assistant.settings import Settings

    monkeypatch.setenv("WSIS_CORS_ORIGINS", "http://intranet.example, https://portal.example/")
    assert Settings().cors_origins == ["http://intranet.example", "https://portal.example"]


# -- feedback -------------------------------------------------------------------------------------
def test_feedback_is_stored_and_survives_a_restart(page_home, assistant, tmp_path):
    from assistant.feedback import FeedbackStore

    with make_client(page_home, assistant, tmp_path) as client:
        answer = client.post("/api/ask", json={"question": SPECTRUM}).json()
        saved = client.post("/api/feedback", json={
            "rating": "down", "question": answer["question"], "answer": answer["answer"],
            "citations": answer["citations"], "comment": "wanted the Tunis Agenda itself",
        })
        assert saved.status_code == 201 and saved.json()["id"] >= 1
        assert client.post("/api/feedback", json={"rating": "meh", "question": "q", "answer": "a"}).status_code == 422
    reopened = FeedbackStore(tmp_path / "feedback.sqlite3").all()  # a new process would open it like this
    assert len(reopened) == 1
    row = reopened[0]
    assert (row["rating"], row["question"], row["origin"]) == ("down", SPECTRUM, "api")
    assert row["citations"][0]["id"] == "itu-wsis-page:tais-96" and row["comment"] == "wanted the Tunis Agenda itself"


def test_concurrent_feedback_writes_are_all_kept(tmp_path):
    from assistant.feedback import FeedbackStore

    path = tmp_path / "feedback.sqlite3"
    citation = Citation(n=1, id="d:1", doc="d", label="D §1", url="https://example.org", text="t", quote="t")

    def write(worker: int) -> None:
        store = FeedbackStore(path)  # each writer its own store, as separate replicas would be
        for i in range(25):
            store.add("up" if i % 2 else "down", f"q{worker}-{i}", "a", [citation])

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rows = FeedbackStore(path).all()
    assert len(rows) == 200 and len({r["question"] for r in rows}) == 200
    import sqlite3

    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# -- rendering: untrusted text stays text ---------------------------------------------------------
def test_sources_and_answers_escape_html_and_drop_unsafe_links():
    from assistant import render
    from assistant.answer import Answer

    hostile = Citation(n=1, id="x:1", doc="x", label="<b>L</b>", url="javascript:alert(1)",
                       text="before <script>alert(1)</script> after", quote="<script>alert(1)</script>")
    html_out = render.sources_html([Answer(question="<img src=x onerror=alert(1)>", answer="a [1]", refused=False,
                                           citations=[hostile])])
    assert "<script" not in html_out and "<img" not in html_out and "<b>L</b>" not in html_out
    assert "<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in html_out
    assert "javascript:" not in html_out
    markdown = render.answer_markdown("<script>x</script> [see](javascript:alert(1)) [1] [7]", 0, [1])
    assert "<script" not in markdown and "](javascript" not in markdown
    assert "[\\[1\\]](#src-0-1)" in markdown and "(#src-0-7)" not in markdown, "only real citations are links"


# -- errors of routing: the same {"error": ...} shape as every other error ------------------------
@pytest.mark.parametrize("method, path, status", [
    ("GET", "/api/ask", 405), ("PUT", "/api/feedback", 405), ("DELETE", "/api/documents", 405), ("POST", "/healthz", 405),
    ("GET", "/api/nowhere", 404), ("POST", "/api/ask/nowhere", 404), ("GET", "/api", 404),
])
def test_an_unknown_route_or_method_is_a_json_error(api, method, path, status):
    response = api.request(method, path)
    assert response.status_code == status, response.text
    assert set(response.json()) == {"error"} and response.json()["error"]
    if status == 405:
        assert response.headers["allow"], "a 405 says which methods the route takes"


# -- sizes: every field and the whole body are bounded ---------------------------------------------
def test_a_body_over_the_size_limit_is_a_413_before_it_is_read(page_home, assistant, tmp_path):
    with make_client(page_home, assistant, tmp_path, max_body_bytes=50_000) as client:
        huge = b'{"question": "' + b"x" * 60_000 + b'"}'
        response = client.post("/api/ask", content=huge, headers={"content-type": "application/json"})
        assert response.status_code == 413 and "WSIS_MAX_BODY_BYTES" in response.json()["error"]

        def chunks():  # no Content-Length: the body is counted as it arrives
            yield b'{"question": "'
            for _ in range(10):
                yield b"y" * 10_000
            yield b'"}'

        streamed = client.post("/api/ask", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413 and "50000 bytes" in streamed.json()["error"]
        assert client.post("/api/ask", json={"question": SPECTRUM}).status_code == 200


def test_feedback_with_a_hundred_huge_citations_is_refused_and_the_database_stays_small(page_home, assistant, tmp_path):
    big = {"n": 1, "id": "itu-wsis-page:tais-96", "doc": "itu-wsis-page", "label": "L", "url": "https://example.org",
           "text": "t" * 200_000, "quote": "t"}
    with make_client(page_home, assistant, tmp_path) as client:
        whole = client.post("/api/feedback", json={"rating": "up", "question": "q", "answer": "a", "citations": [big] * 100})
        assert whole.status_code == 413 and whole.json()["error"]
        one = client.post("/api/feedback", json={"rating": "up", "question": "q", "answer": "a", "citations": [big]})
        assert one.status_code == 422 and "citations.0.text" in one.json()["error"]
        many = client.post("/api/feedback", json={"rating": "up", "question": "q", "answer": "a",
                                                  "citations": [{**big, "text": "t"}] * 51})
        assert many.status_code == 422 and "citations" in many.json()["error"]
    assert (tmp_path / "feedback.sqlite3").stat().st_size < 100_000


def test_the_api_schema_states_a_bound_for_every_string_and_list_of_a_body(api):
    schema = api.get("/openapi.json").json()["components"]["schemas"]
    unbounded = []
    for name in ("AskRequest", "HistoryTurn", "FeedbackRequest", "FeedbackCitation"):
        for field, spec in schema[name]["properties"].items():
            for option in spec.get("anyOf", [spec]):
                if option.get("type") == "string" and "enum" not in option and "maxLength" not in option:
                    unbounded.append(f"{name}.{field}")
                if option.get("type") in ("array", "object") and "maxItems" not in option and "maxProperties" not in option:
                    unbounded.append(f"{name}.{field}")
    assert unbounded == []


# -- text that is not text: lone surrogates -------------------------------------------------------
SURROGATE = b'"\\ud800 x"'


@pytest.mark.parametrize("route", ["/api/ask", "/api/ask/stream"])
def test_a_lone_surrogate_in_the_question_is_a_400_not_a_crash(api, route):
    response = api.post(route, content=b'{"question": ' + SURROGATE + b"}", headers={"content-type": "application/json"})
    assert response.status_code == 400 and "not valid text" in response.json()["error"]


def test_a_lone_surrogate_anywhere_in_a_body_is_a_4xx(api):
    history = b'{"question": "and then?", "history": [{"role": "user", "content": ' + SURROGATE + b"}]}"
    response = api.post("/api/ask", content=history, headers={"content-type": "application/json"})
    assert response.status_code in (400, 422) and "history.0.content: this field is not valid text" in response.json()["error"]
    filters = b'{"question": "What is WSIS?", "filters": {"body": [' + SURROGATE + b"]}}"
    assert api.post("/api/ask", content=filters, headers={"content-type": "application/json"}).status_code == 400
    for field in (b'"question": ' + SURROGATE + b', "answer": "a"', b'"question": "q", "answer": "a", "comment": ' + SURROGATE):
        feedback = b'{"rating": "up", ' + field + b"}"
        response = api.post("/api/feedback", content=feedback, headers={"content-type": "application/json"})
        assert response.status_code == 422 and "not valid text" in response.json()["error"]
    assert api.get("/api/search", params={"q": "\ud800 spectrum".encode("utf-8", "surrogatepass")}).status_code < 500


# -- feedback: the database may go away while serving ---------------------------------------------
def test_feedback_recreates_a_database_deleted_while_serving(page_home, assistant, tmp_path):
    import shutil

    feedback = {"rating": "up", "question": "q", "answer": "a"}
    with make_client(page_home, assistant, tmp_path / "data") as client:
        assert client.post("/api/feedback", json=feedback).status_code == 201
        shutil.rmtree(tmp_path / "data")
        response = client.post("/api/feedback", json=feedback)
        assert response.status_code == 201, response.text
        assert [r["question"] for r in client.app.state.feedback.all()] == ["q"]


def test_a_read_only_feedback_database_is_a_503_naming_it_until_it_is_writable_again(page_home, assistant, tmp_path,
                                                                                     monkeypatch):
    import sqlite3

    feedback = {"rating": "up", "question": "q", "answer": "a"}
    with make_client(page_home, assistant, tmp_path) as client:
        store = client.app.state.feedback
        writable = store._connect
        # root ignores file modes: open the file read-only, as a read-only file or disk would be
        monkeypatch.setattr(store, "_connect", lambda: sqlite3.connect(f"file:{store.path}?mode=ro", uri=True))
        response = client.post("/api/feedback", json=feedback)
        assert response.status_code == 503
        assert "read-only" in response.json()["error"] and str(store.path) in response.json()["error"]
        monkeypatch.setattr(store, "_connect", writable)
        assert client.post("/api/feedback", json=feedback).status_code == 201, "no restart needed"


# -- who a client is: X-Forwarded-For only from a trusted proxy ------------------------------------
def test_forwarded_for_from_an_untrusted_peer_does_not_escape_the_rate_limit(page_home, assistant, tmp_path):
    with make_client(page_home, assistant, tmp_path, peer="127.0.0.1", rate_limit_per_minute=3) as client:
        codes = [client.get("/api/search", params={"q": "spectrum"}, headers={"X-Forwarded-For": f"10.0.0.{i}"}).status_code
                 for i in range(6)]
    assert codes == [200, 200, 200, 429, 429, 429]


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(page_home, assistant, tmp_path):
    with make_client(page_home, assistant, tmp_path, peer="127.0.0.1", rate_limit_per_minute=1,
                     trusted_proxies=["127.0.0.1"]) as client:
        def search(forwarded: str) -> int:
            return client.get("/api/search", params={"q": "spectrum"}, headers={"X-Forwarded-For": forwarded}).status_code

        assert [search(f"10.0.0.{i}") for i in range(3)] == [200, 200, 200]
        assert search("10.0.0.1") == 429
        assert search("198.51.100.7, 10.0.0.1") == 429, "what the client itself put in the header is not believed"


def test_trusted_proxies_are_read_comma_separated_and_must_be_addresses(monkeypatch):
    from pydantic import ValidationError

    from assistant.settings import Settings

    assert Settings().trusted_proxies == []
    monkeypatch.setenv("WSIS_TRUSTED_PROXIES", "127.0.0.1, 10.1.0.0/16 ,::1")
    assert Settings().trusted_proxies == ["127.0.0.1", "10.1.0.0/16", "::1"]
    monkeypatch.setenv("WSIS_TRUSTED_PROXIES", "proxy.example")
    with pytest.raises(ValidationError, match="WSIS_TRUSTED_PROXIES"):
        Settings()


# -- failed logins back off ---------------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def guarded(page_home, assistant, tmp_path):
    """An app with credentials whose login back-off runs on a clock the test moves."""
    with make_client(page_home, assistant, tmp_path, auth="alice:s3cret", api_token="token-0123456789") as client:
        clock = Clock()
        client.app.state.logins.clock = clock
        yield client, clock


def test_wrong_api_credentials_back_off_with_429_and_retry_after(guarded):
    client, clock = guarded
    codes = [client.get("/api/documents", headers=basic("alice", f"guess{i}")).status_code for i in range(60)]
    assert codes.count(401) <= 5 and codes[-1] == 429
    refused = client.get("/api/documents", headers={"Authorization": "Bearer token-0123456789"})
    assert refused.status_code == 429, "while backing off, even the right token waits: guesses tell nothing"
    assert int(refused.headers["Retry-After"]) >= 1 and "Retry-After" not in refused.json()["error"]
    assert client.get("/api/documents").status_code == 401, "a request without credentials is not a failed login"


def test_the_back_off_ends_and_a_correct_login_then_gets_in(guarded):
    client, clock = guarded
    for i in range(8):
        client.get("/api/documents", headers=basic("alice", f"guess{i}"))
    waiting = client.get("/api/documents", headers=basic("alice", "s3cret"))
    assert waiting.status_code == 429
    clock.now += int(waiting.headers["Retry-After"])
    assert client.get("/api/documents", headers=basic("alice", "s3cret")).status_code == 200
    assert client.get("/api/documents", headers=basic("alice", "wrong")).status_code == 401, "a success forgets the failures"


def test_the_chat_login_backs_off_the_same_way(guarded):
    client, clock = guarded
    codes = [client.post("/login", data={"username": "alice", "password": f"guess{i}"}).status_code for i in range(60)]
    assert codes.count(400) <= 5 and codes[-1] == 429
    refused = client.post("/login", data={"username": "alice", "password": "s3cret"})
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1 and refused.json()["error"]
    clock.now += 3600
    assert client.post("/login", data={"username": "alice", "password": "s3cret"}).status_code == 200
    client.cookies.clear()


def test_a_guess_that_is_not_text_is_a_wrong_guess(guarded):
    client, _ = guarded
    form = {"content-type": "application/x-www-form-urlencoded"}
    assert client.post("/login", content=b"username=alice&password=%ED%A0%80%FF", headers=form).status_code == 400
    not_utf8 = base64.b64encode(b"alice:\xed\xa0\x80").decode()
    assert client.get("/api/documents", headers={"Authorization": f"Basic {not_utf8}"}).status_code == 401


def test_api_and_chat_login_failures_count_together(guarded):
    client, _ = guarded
    for i in range(5):
        client.post("/login", data={"username": "alice", "password": f"guess{i}"})
    for i in range(3):
        client.get("/api/documents", headers={"X-API-Token": f"guess{i}"})
    assert client.get("/api/documents", headers={"X-API-Token": "token-0123456789"}).status_code == 429


# -- the API's docs need the API's credentials ---------------------------------------------------------
@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json"])
def test_with_auth_configured_the_api_docs_need_credentials(locked, path):
    assert locked.get(path).status_code == 401
    assert locked.get(path, headers=basic("alice", "s3cret")).status_code == 200
    assert locked.get(path, headers=basic("anyone", "token-0123456789")).status_code == 200, "the token works as at the login"


def test_without_auth_the_api_docs_are_open(api):
    assert api.get("/docs").status_code == 200 and api.get("/redoc").status_code == 200
    assert "/api/ask" in api.get("/openapi.json").json()["paths"]


# -- links inside document text stay text ----------------------------------------------------------
HOSTILE_LINKS = ("See https://evil.example/x, www.evil.example/y, ftp://evil.example, mail@evil.example, "
                 "<https://evil.example/auto> [click](javascript:alert(1)) ![](https://evil.example/pixel.png) "
                 "[ref][r] [r]: javascript:alert(2)")
AUTOLINKED = re.compile(r"(?i)(?:https?|ftp)://|www\.|\w@\w")  # what GFM renderers turn into links by themselves


def test_links_in_a_quoted_source_are_not_live_in_the_chat():
    from assistant import render

    markdown = render.answer_markdown(f"“{HOSTILE_LINKS}” [1]", 0, [1])
    assert not AUTOLINKED.search(markdown), markdown
    rendered = MarkdownIt("commonmark").render(markdown)
    assert re.findall(r"<(?:a|img)\b[^>]*>", rendered) == ['<a href="#src-0-1">']
    assert "evil.example/x" in rendered.replace("\\", ""), "the address is still there to read"


def test_the_export_neutralises_links_and_images_from_document_text():
    from assistant import render
    from assistant.answer import Answer

    citation = Citation(n=1, id="x:1", doc="x", label="L [a](javascript:alert(3))", url="https://www.itu.int/wsis",
                        text=HOSTILE_LINKS, quote=HOSTILE_LINKS)
    exported = render.conversation_markdown([Answer(question="what? [q](javascript:alert(4))", answer=f"{HOSTILE_LINKS} [1]",
                                                    refused=False, citations=[citation])])
    rendered = MarkdownIt("commonmark").render(exported)
    links = re.findall(r'<a href="([^"]*)"', rendered)
    assert links == ["https://www.itu.int/wsis"], links
    assert "<img" not in rendered
    assert "[1]" in rendered and "evil.example/pixel.png" in rendered, "the words are kept, as text"
