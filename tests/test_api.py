"""The JSON HTTP API (FastAPI's test client): the contract, errors, auth, limits, feedback."""

from __future__ import annotations

import base64
import threading

import pytest
from fastapi.testclient import TestClient

from assistant import prompts
from assistant.answer import Citation

SPECTRUM = "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?"


def make_client(page_home, assistant, tmp_path, **settings) -> TestClient:
    from assistant.feedback import FeedbackStore
    from assistant.server import create_app
    from assistant.settings import Settings

    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    return TestClient(create_app(Settings(home=page_home, **settings), assistant=assistant, feedback=store))


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
def locked(page_home, assistant, tmp_path_factory):
    with make_client(page_home, assistant, tmp_path_factory.mktemp("locked"), auth="alice:s3cret",
                     api_token="token-0123456789") as client:
        yield client


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
