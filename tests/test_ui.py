"""The chat UI: its callbacks, gradio_client against a running server, and a real browser.

The browser test opens examples/intranet.html from one local port with the app on another,
as an intranet page would embed it. It uses Debian's Chromium (never a browser download).
"""

from __future__ import annotations

import functools
import http.server
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant import prompts

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "test-output" / "ui"
CHROMIUM = Path("/usr/bin/chromium")
SPECTRUM = "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?"
XSS_QUESTION = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> [x](javascript:window.__xss=3) what is WSIS?'
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"]


# -- servers --------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(app):
    """The app under uvicorn as `wsis serve` runs it, on a free loopback port, in a thread; stopped on exit."""
    import uvicorn

    from assistant.server import server_config
    from assistant.settings import Settings

    server = uvicorn.Server(server_config(Settings(host="127.0.0.1", port=free_port()), app))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}/"
    finally:
        server.should_exit = True
        thread.join(10)


@contextmanager
def static_site(directory: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def make_app(home: Path, assistant, tmp: Path, **settings):
    from assistant.feedback import FeedbackStore
    from assistant.server import create_app
    from assistant.settings import Settings

    store = FeedbackStore(tmp / "feedback.sqlite3")
    return create_app(Settings(home=home, **settings), assistant=assistant, feedback=store), store


@pytest.fixture(scope="module")
def site():
    """examples/ served as an intranet web server would, on its own port."""
    with static_site(ROOT / "examples") as url:
        yield url


@pytest.fixture(scope="module")
def live(page_home, assistant, tmp_path_factory, site):
    """The app on another port, allowing the intranet page's origin; returns (url, feedback store)."""
    app, store = make_app(page_home, assistant, tmp_path_factory.mktemp("live"), cors_origins=[site.rstrip("/")])
    with running(app) as url:
        yield url, store


# -- the callbacks, called as Gradio calls them ---------------------------------------------------
@pytest.fixture
def calls(assistant, tmp_path):
    from assistant.access import RateLimiter
    from assistant.feedback import FeedbackStore
    from assistant.ui import ChatCallbacks

    return ChatCallbacks(assistant, FeedbackStore(tmp_path / "feedback.sqlite3"), RateLimiter(0))


def last(generator):
    *_, final = generator
    return final


def test_an_answer_streams_into_the_chat_and_its_sources_fill_the_panel(calls):
    updates = list(calls.respond(SPECTRUM, [], [], [], [], None))
    assert len(updates) >= 3, "the question shows first, then the answer as it is composed, then the sources"
    chat, sources, box, answers = updates[-1]
    assert box == "" and chat[-1]["role"] == "assistant"
    assert "[\\[1\\]](#src-0-1)" in chat[-1]["content"]
    assert answers[0].citations[0].id == "itu-wsis-page:tais-96"
    assert 'id="src-0-1"' in sources and "<mark>" in sources and 'href="http://www.itu.int/itu-wsis/index.html"' in sources


def test_a_follow_up_in_the_chat_uses_the_conversation(calls):
    chat, _, _, answers = last(calls.respond("What is UNGIS?", [], [], [], [], None))
    chat, sources, _, answers = last(calls.respond("which agencies lead it?", chat, answers, [], [], None))
    assert "itu-wsis-page:tais-103" in {c.id for c in answers[1].citations}
    assert "src-1-1" in chat[-1]["content"], "the second answer's markers point at its own sources"
    chat, _, _, answers = last(calls.respond("and what does paragraph 98 say?", chat, answers, [], [], None))
    assert answers[2].citations[0].id == "itu-wsis-page:tais-98"


def test_the_body_filter_restricts_what_the_chat_retrieves(calls):
    _, _, _, answers = last(calls.respond("ITU's role in implementing WSIS outcomes", [], [], [], ["WTDC"], None))
    assert {c.id for c in answers[0].citations} == {"itu-wsis-page:wtdc-res-30"}


def test_an_uncovered_question_gets_the_refusal_in_the_chat(calls):
    chat, sources, _, answers = last(calls.respond("What is the recipe for a chocolate cake?", [], [], [], [], None))
    assert answers[0].refused
    assert chat[-1]["content"] == calls_markdown(prompts.REFUSAL.say("en"))
    assert prompts.SOURCES_NONE.say("en") in sources


def test_a_greeting_gets_its_reply_in_the_chat_and_no_word_on_sources(calls):
    chat, sources, _, answers = last(calls.respond("Hello", [], [], [], [], None))
    assert chat[-1]["content"] == calls_markdown(prompts.GREETING.say("en", documents="ITU and WSIS page"))
    assert prompts.SOURCES_NONE.say("en") not in sources, "it asked for no source: none are missing"


def calls_markdown(text):
    from assistant.render import escape_markdown

    return escape_markdown(text)


def test_a_too_long_question_is_answered_with_what_to_change(calls):
    chat, _, _, answers = last(calls.respond("why " * 1000, [], [], [], [], None))
    assert answers == [None] and "limit is 2000" in chat[-1]["content"]


def test_a_lone_surrogate_in_the_chat_is_answered_with_what_to_change(calls):
    import json

    chat, _, _, answers = last(calls.respond("\ud800 what is WSIS?", [], [], [], [], None))
    assert answers == [None] and "not valid text" in chat[-1]["content"]
    json.dumps(chat, ensure_ascii=False).encode("utf-8")  # what Gradio sends the page: it must be UTF-8


def test_html_in_a_question_is_shown_as_text(calls):
    chat, sources, _, _ = last(calls.respond(XSS_QUESTION, [], [], [], [], None))
    shown = chat[0]["content"]
    assert "<img" not in shown and "<script" not in shown and "&lt;script&gt;" in shown
    assert "](javascript" not in shown, "a Markdown link in a question stays text"
    assert "<script" not in sources and "<img" not in sources


def test_thumbs_are_stored_with_question_answer_and_citations(calls):
    import gradio as gr

    chat, _, _, answers = last(calls.respond(SPECTRUM, [], [], [], [], None))
    calls.like(answers, gr.LikeData(None, {"index": 1, "value": chat[1]["content"], "liked": False}), None)
    calls.like(answers, gr.LikeData(None, {"index": 1, "value": chat[1]["content"], "liked": ""}), None)
    rows = calls.feedback.all()
    assert [r["rating"] for r in rows] == ["down", "withdrawn"]
    assert rows[0]["question"] == SPECTRUM and rows[0]["citations"][0]["id"] == "itu-wsis-page:tais-96"


def test_the_export_is_markdown_with_every_source_written_out(calls):
    _, _, _, answers = last(calls.respond(SPECTRUM, [], [], [], [], None))
    _, _, _, answers = last(calls.respond("What is UNGIS?", [], answers, [], [], None))
    text = calls.export(answers)
    assert text.startswith(f"# {prompts.EXPORT_TITLE}")
    assert f"## 1. {SPECTRUM}" in text and "## 2. What is UNGIS?" in text
    for c in answers[0].citations + answers[1].citations:
        assert c.label in text and c.quote in text
    assert "<http://www.itu.int/itu-wsis/index.html>" in text
    assert calls.export([]) == "" and calls.export([None]) == "", "nothing to save before an answer"


# -- gradio_client against a running server ---------------------------------------------------------
def test_gradio_client_gets_an_answer_with_citations(live):
    from gradio_client import Client

    url, _ = live
    client = Client(url, verbose=False)
    answer = client.predict(SPECTRUM, api_name="/ask")
    assert not answer["refused"] and answer["citations"][0]["id"] == "itu-wsis-page:tais-96"
    assert "[1]" in answer["answer"]
    chat, sources, box = client.predict(SPECTRUM, [], [], [], api_name="/chat")
    assert box == "" and "(#src-0-1)" in chat[-1]["content"][0]["text"]
    assert 'id="src-0-1"' in sources and "radio-frequency spectrum" in sources


def test_the_evals_tab_runs_a_shipped_question_set_against_the_live_assistant(live):
    from gradio_client import Client

    url, _ = live
    html = Client(url, verbose=False).predict("page.jsonl", 5, api_name="/eval")
    assert "recall@5" in html and "citation precision" in html.lower()
    assert "faithfulness" in html.lower(), "skipped LLM-judged metrics are said to be skipped"


# -- the rate limit holds on every route that answers ----------------------------------------------
def test_gradio_call_routes_count_against_the_same_rate_limit(page_home, assistant, tmp_path):
    import httpx
    from gradio_client import Client

    app, _ = make_app(page_home, assistant, tmp_path, rate_limit_per_minute=3)
    with running(app) as url:
        assert httpx.get(f"{url}api/search", params={"q": "spectrum"}).status_code == 200
        client = Client(url, verbose=False)
        assert client.predict(SPECTRUM, api_name="/ask")["citations"]
        assert "#src-0-1" in client.predict(SPECTRUM, [], [], [], api_name="/chat")[0][-1]["content"][0]["text"]
        with pytest.raises(Exception, match="the limit is 3 a minute"):
            client.predict(SPECTRUM, api_name="/ask")
        event = httpx.post(f"{url}gradio_api/call/ask", json={"data": [SPECTRUM, [], [], None]}).json()["event_id"]
        stream = httpx.get(f"{url}gradio_api/call/ask/{event}").text
        assert "event: error" in stream and "the limit is 3 a minute" in stream
        assert httpx.get(f"{url}api/search", params={"q": "spectrum"}).status_code == 429


def test_served_as_wsis_serve_forwarded_for_from_loopback_is_not_believed(page_home, assistant, tmp_path):
    import httpx

    app, _ = make_app(page_home, assistant, tmp_path, rate_limit_per_minute=3)
    with running(app) as url:
        codes = [httpx.get(f"{url}api/search", params={"q": "spectrum"},
                           headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code for i in range(5)]
    assert codes == [200, 200, 200, 429, 429]


# -- nothing left behind ------------------------------------------------------------------------------
def gradio_blocks(app):
    """The chat's Blocks inside the app (Gradio mounts them as a sub-application)."""
    return next(route.app.get_blocks() for route in app.routes if hasattr(getattr(route, "app", None), "get_blocks"))


def run_as_the_browser(url: str, config: dict, dep_id: int, data: list, session: str) -> list:
    """One event as the page runs it: the event, then every event chained after it with .then(), each
    through Gradio's queue; returns the outputs of the first."""
    import json

    import httpx

    deps = {d["id"]: d for d in config["dependencies"]}
    todo, first = [(deps[dep_id], data)], None
    with httpx.Client(base_url=url, timeout=60) as http:
        while todo:
            dep, inputs = todo.pop(0)
            if dep.get("backend_fn", True):
                event = http.post("gradio_api/queue/join", json={
                    "data": inputs, "fn_index": dep["id"], "session_hash": session, "event_data": None,
                    "trigger_id": dep["targets"][0][0] if dep["targets"] else None,
                }).json()["event_id"]
                output = None
                with http.stream("GET", "gradio_api/queue/data", params={"session_hash": session}) as events:
                    for line in events.iter_lines():
                        message = json.loads(line[5:]) if line.startswith("data:") else {}
                        if message.get("event_id") == event and message.get("msg") == "process_completed":
                            output = message["output"]
                            break
                assert output is not None and "error" not in output, output
                first = output["data"] if first is None else first
            # State lives on the server: the page sends nothing for it, and nothing else is read here
            todo += [(after, [None] * len(after["inputs"])) for after in deps.values() if after.get("trigger_after") == dep["id"]]
    return first or []


def files_under(*roots: Path) -> list[Path]:
    return sorted(p for root in roots if root.exists() for p in root.rglob("*") if p.is_file())


def test_twenty_answers_an_export_and_five_builds_leave_no_files_behind(page_home, assistant, embeddings, tmp_path,
                                                                      monkeypatch):
    import dataclasses
    import tempfile

    from corpus import bundled_units
    from index.build import build_index
    from index.store import connect

    temp, gradio_temp = tmp_path / "tmp", tmp_path / "gradio"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(gradio_temp))
    app, _ = make_app(page_home, assistant, tmp_path)
    config = gradio_blocks(app).get_config_file()
    by_id = {c["id"]: c for c in config["components"]}
    chat_event = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "chat")
    export = next(i for i, c in by_id.items() if c.get("props", {}).get("elem_id") == "export")
    exports = [d for d in config["dependencies"] if [export, "click"] in d["targets"]]
    with running(app) as url:
        # what the app holds from its start (files its components offer, e.g. the Evals tab's templates)
        at_start = files_under(temp, gradio_temp)
        for n in range(20):
            question = f"{prompts.EXAMPLE_QUESTIONS[n % 4]} ({n})"
            chat = run_as_the_browser(url, config, chat_event, [question, [], None, [], []], session="s1")[0]
            assert chat[-1]["role"] == "assistant"
        for dep in exports:  # a click on "Export conversation"
            run_as_the_browser(url, config, dep["id"], [None] * len(dep["inputs"]), session="s1")
        assert files_under(temp, gradio_temp) == at_start
        import httpx

        uploaded = httpx.post(f"{url}gradio_api/upload", files={"files": ("set.csv", b"question\nWhat is WSIS?\n")})
        assert uploaded.status_code == 200 and set(files_under(temp, gradio_temp)) > set(at_start)
        huge = httpx.post(f"{url}gradio_api/upload", files={"files": ("huge.csv", b"x" * 2_000_000)})
        assert huge.status_code == 413, "over WSIS_MAX_BODY_BYTES: refused, and nothing written"
    assert files_under(temp, gradio_temp) == at_start, "what was uploaded goes when the server stops"

    home = tmp_path / "home"
    units = bundled_units()[:5]
    client = connect(home, create=True)
    for n in range(5):
        build_index(client, [dataclasses.replace(units[0], text=f"{units[0].text} (build {n})"), *units[1:]], embeddings)
    folders = [p.name for p in (home / "chroma").iterdir() if p.is_dir()]
    assert len(folders) <= 1, folders
    assert files_under(temp, gradio_temp) == at_start


# -- a browser on the intranet page -----------------------------------------------------------------
@contextmanager
def chromium_page(**options) -> Iterator:
    """A page of Debian's Chromium (never a browser download), closed after the test."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium and could not be (make test runs apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS)
        try:
            yield browser.new_page(**options)
        finally:
            browser.close()


RIGHT_TO_LEFT = """p => {
  const text = [...p.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).pop() || p.lastChild.firstChild;
  const at = i => {
    const r = document.createRange();
    r.setStart(text, i);
    r.setEnd(text, i + 1);
    return r.getBoundingClientRect().x;
  };
  return at(text.length - 1) < at(0);
}"""


@pytest.mark.parametrize("locale, lang", [("fr-FR", "fr"), ("es-ES", "es"), ("ru-RU", "ru"), ("ar", "ar"),
                                          ("zh-CN", "zh"), ("de-DE", "en")])
def test_the_chats_own_words_are_in_the_browsers_language_and_a_source_in_the_questions(live, locale, lang):
    """A delegate's browser in one of the six languages gets the chat's labels in it (another language
    gets English); the Sources panel speaks the language of the question it answers."""
    from playwright.sync_api import expect

    url, _ = live
    with chromium_page(locale=locale) as page:
        page.goto(url)
        box = page.locator("#q textarea")
        box.wait_for(timeout=30_000)
        expect(box).to_have_attribute("placeholder", prompts.UI_PLACEHOLDER[lang])
        expect(page.locator("#export")).to_have_text(prompts.EXPORT_LABEL[lang])
        expect(page.locator("#clear")).to_have_text(prompts.CLEAR_LABEL[lang])
        expect(page.locator("#sources-heading")).to_contain_text(prompts.SOURCES_HEADING[lang])
        if lang == "ar":
            # right to left: the full stop that ends the introduction is drawn at its left end
            assert page.locator("#intro p").first.evaluate(RIGHT_TO_LEFT), "an Arabic paragraph reads right to left"
            box.fill("على ماذا تنص الفقرة 96 من برنامج عمل تونس ?")  # "?", not "؟": a mark of no direction
            box.press("Enter")
            question = page.locator("[data-testid=user] p").last
            expect(question).to_be_visible(timeout=20_000)
            assert question.evaluate(RIGHT_TO_LEFT), "a question in Arabic reads right to left"
            quote = page.locator("[data-testid=bot] p").last
            expect(quote).to_contain_text("radio-frequency spectrum", timeout=20_000)
            assert not quote.evaluate(RIGHT_TO_LEFT), "the English quote beside it stays left to right"
        if lang == "fr":
            OUTPUT.mkdir(parents=True, exist_ok=True)
            box.fill("Que dit le paragraphe 96 de l'Agenda de Tunis sur le spectre ?")
            box.press("Enter")
            expect(page.locator("#sources")).to_contain_text(prompts.OFFICIAL_DOCUMENT["fr"], timeout=20_000)
            page.screenshot(path=str(OUTPUT / "chat-in-french.png"))


def test_in_the_intranet_page_a_question_gets_a_cited_answer_whose_source_opens(live, site):
    from playwright.sync_api import expect

    url, store = live
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with chromium_page(viewport={"width": 1280, "height": 1100}, accept_downloads=True) as page:
        page.on("dialog", lambda d: pytest.fail(f"a dialog opened: {d.message}"))
        started = time.monotonic()
        page.goto(f"{site}intranet.html?app={url}")
        chat = page.frame_locator("#assistant-frame")
        box = chat.locator("#q textarea")
        box.wait_for(timeout=30_000)
        loaded = time.monotonic() - started

        # The empty chat offers example questions.
        expect(chat.get_by_text(prompts.EXAMPLE_QUESTIONS[1])).to_be_visible()

        asked = time.monotonic()
        box.fill(SPECTRUM)
        box.press("Enter")
        bot = chat.locator("[data-testid=bot]").last
        expect(bot).to_contain_text("radio-frequency spectrum", timeout=20_000)
        answered = time.monotonic() - asked

        source = chat.locator("#src-0-1")
        expect(source).to_be_attached()
        expect(source).to_be_hidden()
        bot.locator("a[href='#src-0-1']").click()
        expect(source).to_be_visible()
        expect(source).to_contain_text("radio-frequency spectrum")
        expect(source.locator("mark")).to_contain_text("radio-frequency spectrum")
        expect(chat.locator("#sources summary").first).to_contain_text("TAIS §96")
        page.screenshot(path=str(OUTPUT / "intranet.png"), full_page=True)

        chat.locator("#chat button[aria-label=Like]").last.click()
        deadline = time.monotonic() + 10
        while not store.all() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.all()[-1]["rating"] == "up" and store.all()[-1]["question"] == SPECTRUM

        with page.expect_download(timeout=10_000) as download:
            chat.locator("#export").click()
        exported = Path(download.value.path()).read_text()
        assert "ITU and WSIS page — TAIS §96" in exported and "http://www.itu.int/itu-wsis/index.html" in exported

        # HTML and script in a question are shown as text and never run.
        box.fill(XSS_QUESTION)
        box.press("Enter")
        user = chat.locator("[data-testid=user]").last
        expect(user).to_contain_text("<script>window.__xss=2</script>", timeout=20_000)
        expect(chat.locator("[data-testid=bot]").nth(1)).to_contain_text("WSIS", timeout=20_000)
        frame = page.frame(url=re.compile(re.escape(url)))
        assert frame.evaluate("window.__xss") is None
        assert user.locator("img, script").count() == 0
        page.screenshot(path=str(OUTPUT / "intranet-after-html-question.png"), full_page=True)
    print(f"\nUI timings: intranet page + embedded app ready {loaded:.2f}s; first answer shown {answered:.2f}s")


def test_the_evals_tab_replaces_the_chat_and_shows_a_report(live):
    from playwright.sync_api import expect

    url, _ = live
    with chromium_page(viewport={"width": 1280, "height": 1000}) as page:
        page.goto(url)
        page.locator("#q textarea").wait_for(timeout=30_000)
        page.get_by_role("tab", name="Evals").click()
        expect(page.locator("#q textarea")).to_be_hidden()
        page.click("#eval-run")
        expect(page.locator("#eval-report")).to_contain_text("Citation precision", timeout=120_000)
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "evals-tab.png"))


def test_the_web_component_embed_answers_with_a_citation_that_opens(live, site):
    from playwright.sync_api import expect

    url, _ = live
    with chromium_page(viewport={"width": 1280, "height": 1100}) as page:
        failed = []
        # A request the page cancels itself (Gradio's event stream closing) is ERR_ABORTED; anything
        # else failing means the component reached for something this server does not serve (a CDN).
        page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and failed.append(r.url))
        page.goto(f"{site}intranet.html?embed=component&app={url}")
        box = page.locator("gradio-app #q textarea")
        box.wait_for(timeout=30_000)
        box.fill(SPECTRUM)
        box.press("Enter")
        bot = page.locator("gradio-app [data-testid=bot]").last
        expect(bot).to_contain_text("radio-frequency spectrum", timeout=20_000)
        bot.locator("a[href='#src-0-1']").click()
        expect(page.locator("gradio-app #src-0-1")).to_be_visible()
        assert "#src" not in page.url, "the host page's address is left alone"
        assert failed == []
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "intranet-web-component.png"), full_page=True)


@pytest.fixture(scope="module")
def hostile_app(embeddings, tmp_path_factory):
    """An app over an index whose one document carries HTML, script and a javascript: URL."""
    from assistant.service import Assistant
    from assistant.settings import Settings
    from corpus import Unit
    from index.build import build_index
    from index.store import connect

    home = tmp_path_factory.mktemp("hostile")
    unit = Unit(
        doc="hostile-doc", locator="1", label='<img src=x onerror="window.__xss=4">Hostile §1', body="ITU",
        text='<script>window.__xss=5</script>The radio-frequency spectrum <b>must</b> be shared fairly '
             'by all countries <img src=x onerror="window.__xss=6"> (https://evil.example/spectrum, www.evil.example, '
             'spectrum@evil.example, [guide](https://evil.example/guide)).',
        url="javascript:window.__xss=7",
    )
    build_index(connect(home, create=True), [unit], embeddings)
    assistant = Assistant.open(Settings(home=home), embeddings=embeddings)
    app, _ = make_app(home, assistant, home)
    with running(app) as url:
        yield url


def test_html_and_script_in_a_source_are_shown_as_text_in_the_browser(hostile_app):
    from playwright.sync_api import expect

    with chromium_page(viewport={"width": 1280, "height": 1000}) as page:
        page.on("dialog", lambda d: pytest.fail(f"a dialog opened: {d.message}"))
        page.goto(hostile_app)
        page.locator("#q textarea").fill("How must the radio-frequency spectrum be shared?")
        page.locator("#q textarea").press("Enter")
        bot = page.locator("[data-testid=bot]").last
        expect(bot).to_contain_text("<script>window.__xss=5</script>", timeout=20_000)
        bot.locator("a[href='#src-0-1']").click()
        source = page.locator("#src-0-1")
        expect(source).to_be_visible()
        expect(source).to_contain_text('<b>must</b> be shared fairly by all countries <img src=x onerror="window.__xss=6">')
        external = bot.locator("a:not([href^='#src-'])").evaluate_all("els => els.map(e => e.outerHTML)")
        assert external == [], "an address in a quoted source is text, not a link"
        expect(bot).to_contain_text("https://evil.example/spectrum")
        expect(page.locator("#sources summary").first).to_contain_text('<img src=x onerror="window.__xss=4">Hostile §1')
        live_html = "#sources img, #sources script, #sources .wsis-src-body b, #chat [data-testid=bot] img"
        found = page.locator(live_html).evaluate_all("els => els.map(e => e.outerHTML)")
        assert found == []
        assert page.locator("#sources a[href^='javascript']").count() == 0, "a javascript: URL is never a link"
        assert page.evaluate("window.__xss") is None
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "hostile-source.png"), full_page=True)


# -- the Evals tab in a browser: a set uploaded, run, a failure opened, the index changed, two runs compared --
EVAL_SET_CSV = """id,question,expected_citations,expected_facts,answerable,tags,lang
q-spectrum,Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?,itu-wsis-page:tais-96,\
radio-frequency spectrum,true,lookup,en
q-ungis,What is UNGIS and which agencies lead it?,itu-wsis-page:tais-103; itu-wsis-page:tais-109,UNESCO; UNDP,true,list,
q-fr-96,Que dit le paragraphe 96 de l'Agenda de Tunis ?,itu-wsis-page:tais-96,radio-frequency spectrum,true,reference,fr
q-wrong,Which paragraph deals with the radio-frequency spectrum?,itu-wsis-page:tais-98,Connect the World,true,lookup,
q-cake,How do I bake a chocolate cake?,,,false,off-topic,
"""
WITHDRAWN = "This paragraph is withdrawn from the test index."


@pytest.fixture(scope="module")
def evals_app(embeddings, tmp_path_factory):
    """An app over its own index of the page, which the test rebuilds; returns (url, home, rebuild)."""
    import dataclasses

    from assistant.service import Assistant
    from assistant.settings import Settings
    from corpus import bundled_units
    from index.build import build_index
    from index.store import connect

    home = tmp_path_factory.mktemp("evals-home")
    units = bundled_units()
    build_index(connect(home, create=True), units, embeddings)

    def rebuild_without_spectrum() -> None:
        """The index rebuilt with TAIS §96's item emptied of what it says (its id kept)."""
        changed = [dataclasses.replace(u, text=WITHDRAWN, sentences=()) if u.id == "itu-wsis-page:tais-96" else u for u in units]
        build_index(connect(home), changed, embeddings)

    assistant = Assistant.open(Settings(home=home, refresh_seconds=0), embeddings=embeddings)
    app, _ = make_app(home, assistant, home)
    with running(app) as url:
        yield url, home, rebuild_without_spectrum


def test_in_the_evals_tab_an_uploaded_set_runs_and_a_flip_after_an_index_change_shows(evals_app, tmp_path, monkeypatch):
    import time

    from playwright.sync_api import expect

    from assistant.ui_evals import EvalsTab
    from evals.dataset import TEMPLATE_CSV
    from evals.store import RunStore

    url, home, rebuild = evals_app
    # Opening the tab lists the sets; that list, made before the upload and slow to arrive (a busy server), must not
    # unselect the set uploaded meanwhile: the set ran as "Run #1" and then no second run started
    listed, real = [], EvalsTab.set_choices

    def slow_first_list(self):
        choices = real(self)
        listed.append(choices)
        if len(listed) == 1:
            time.sleep(3)
        return choices

    monkeypatch.setattr(EvalsTab, "set_choices", slow_first_list)
    upload = tmp_path / "delegates-check.csv"
    upload.write_text(EVAL_SET_CSV, encoding="utf-8")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with chromium_page(viewport={"width": 1400, "height": 1000}) as page:
        page.goto(url)
        page.locator("#q textarea").wait_for(timeout=30_000)
        page.get_by_role("tab", name="Evals").click()

        # 1. Bring your own set: a CSV, checked and kept under WSIS_HOME.
        page.locator("#eval-sets-box").get_by_text("Your question sets").click()
        page.locator("#eval-upload input[type=file]").set_input_files(str(upload))
        expect(page.locator("#eval-upload-result")).to_contain_text("Kept as delegates-check", timeout=20_000)
        expect(page.locator("#eval-upload-result")).to_contain_text("5 questions")
        assert (home / "eval-sets" / "delegates-check.jsonl").exists()
        expect(page.locator("#eval-dataset input")).to_have_value("delegates-check (yours)")
        time.sleep(3)  # the tab's list has arrived by now
        expect(page.locator("#eval-dataset input")).to_have_value("delegates-check (yours)")
        page.screenshot(path=str(OUTPUT / "evals-upload.png"))
        with page.expect_download(timeout=10_000) as download:
            page.click("#eval-template-csv")
        assert Path(download.value.path()).read_text(encoding="utf-8") == TEMPLATE_CSV

        # 2. Run it: progress, then the kept run in the table and its report.
        page.locator("#eval-note textarea, #eval-note input").first.fill("before the index change")
        page.click("#eval-run")
        expect(page.locator("#eval-done")).to_contain_text("Run #1", timeout=60_000)
        expect(page.locator("#eval-runs")).to_contain_text("before the index change", timeout=10_000)
        expect(page.locator("#eval-report")).to_contain_text("Eval report: delegates-check", timeout=10_000)
        expect(page.locator("#eval-report")).to_contain_text("fr (français)")
        page.screenshot(path=str(OUTPUT / "evals-run.png"))

        # 3. Open a failing question: the answer as the chat showed it, its sources, the check that failed.
        page.locator("#eval-failures").get_by_text("q-wrong", exact=True).filter(visible=True).click()
        expect(page.locator("#eval-drill")).to_contain_text(re.compile(r"Failed check\(s\): retrieval, citation, fact"),
                                                           timeout=10_000)
        expect(page.locator("#eval-drill")).to_contain_text("itu-wsis-page:tais-98")
        chat = page.locator("#eval-drill-chat")
        expect(chat).to_contain_text("radio-frequency spectrum")
        chat.locator("a[href='#src-10000-1']").click()
        source = page.locator("#eval-drill-sources #src-10000-1")
        expect(source).to_be_visible()
        expect(source.locator("mark")).to_contain_text("radio-frequency spectrum")
        page.locator("#eval-drill").scroll_into_view_if_needed()
        page.screenshot(path=str(OUTPUT / "evals-drill-down.png"))

        # 4. The index changes (TAIS §96 emptied); the same set runs again.
        rebuild()
        page.locator("#eval-note textarea, #eval-note input").first.fill("after the index change")
        page.click("#eval-run")
        expect(page.locator("#eval-done")).to_contain_text("Run #2", timeout=60_000)
        expect(page.locator("#eval-trend-title")).to_contain_text("across its 2 kept run(s)", timeout=10_000)

        # 5. Compare the two runs: the questions that flipped, both answers side by side.
        expect(page.locator("#eval-compare-a input")).to_have_value(re.compile(r"^#1 · delegates-check"))
        expect(page.locator("#eval-compare-b input")).to_have_value(re.compile(r"^#2 · delegates-check"))
        page.click("#eval-compare-go")
        comparison = page.locator("#eval-comparison")
        expect(comparison).to_contain_text("Pass → fail", timeout=10_000)
        flip = comparison.locator("#flip-q-spectrum")
        expect(flip).to_contain_text("run #1: pass")
        expect(flip).to_contain_text("run #2: fail")
        expect(flip.locator("mark").first).to_contain_text("radio-frequency spectrum"), "run #1's source, its quote marked"
        flip.scroll_into_view_if_needed()
        page.screenshot(path=str(OUTPUT / "evals-compare.png"))
        page.locator("#eval-trend").scroll_into_view_if_needed()
        page.screenshot(path=str(OUTPUT / "evals-trend.png"))

    # The CLI reads the runs the UI wrote.
    from typer.testing import CliRunner

    from assistant.cli import app

    runs = RunStore.under(home).runs()
    assert [(r.id, r.origin, r.label) for r in runs] == [(2, "ui", "after the index change"),
                                                         (1, "ui", "before the index change")]
    assert runs[0].index_built_at > runs[1].index_built_at, "each run records the index it answered from"
    shown = CliRunner().invoke(app, ["eval", "compare", "1", "2", "--home", str(home)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "Pass → fail" in shown.stdout and "q-spectrum" in shown.stdout, shown.output


def test_a_long_run_in_the_evals_tab_can_be_cancelled_and_keeps_nothing(live, page_home):
    from playwright.sync_api import expect

    from evals.dataset import load_dataset, shipped_datasets
    from evals.sets import QuestionSets
    from evals.store import RunStore

    url, _ = live
    # Every shipped question, once: a few hundred distinct questions (a repeated one is answered from caches).
    questions = {q.question: q for path in shipped_datasets() for q in load_dataset(path).questions}
    QuestionSets.under(page_home).save("long-run", [q.model_copy(update={"id": f"q{i}"})
                                                   for i, q in enumerate(questions.values())])
    store = RunStore.under(page_home)
    before = [r.id for r in store.runs("long-run")]
    with chromium_page(viewport={"width": 1400, "height": 1000}) as page:
        page.goto(url)
        page.locator("#q textarea").wait_for(timeout=30_000)
        page.get_by_role("tab", name="Evals").click()
        page.locator("#eval-dataset input").click()
        page.get_by_role("option", name="long-run (yours)", exact=True).click()
        page.click("#eval-run")
        expect(page.locator("#eval-progress")).to_contain_text("questions of long-run", timeout=30_000)
        expect(page.locator("#eval-progress")).to_contain_text("elapsed")
        page.click("#eval-cancel")
        expect(page.locator("#eval-cancelled")).to_be_visible(timeout=10_000)
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUTPUT / "evals-cancelled.png"))
        time.sleep(1.5)
        expect(page.locator("#eval-done")).to_have_count(0)
    assert [r.id for r in store.runs("long-run")] == before, "a cancelled run is not kept"


def test_a_run_in_the_evals_tab_does_not_hold_up_the_chat(live):
    from gradio_client import Client

    url, _ = live
    client = Client(url, verbose=False)
    job = client.submit("page.jsonl", 5, api_name="/eval")
    deadline = time.monotonic() + 30
    while job.status().code.name not in ("PROCESSING", "ITERATING") and time.monotonic() < deadline:
        time.sleep(0.05)
    asked = time.monotonic()
    answer = client.predict(SPECTRUM, api_name="/ask")
    answered = time.monotonic() - asked
    running_still = not job.done()
    assert answer["citations"][0]["id"] == "itu-wsis-page:tais-96"
    html = job.result(timeout=120)
    assert "Eval report: page" in html
    assert running_still, f"the answer came after the whole eval run ({answered:.2f}s)"
    print(f"\nchat answer during an eval run: {answered:.2f}s")


# -- answers a delegate can quote, as the chat shows them ---------------------------------------------
def ask_in_the_chat(page, url: str, question: str, expected: str):
    from playwright.sync_api import expect

    page.goto(url)
    box = page.locator("#q textarea")
    box.wait_for(timeout=30_000)
    box.fill(question)
    box.press("Enter")
    bot = page.locator("[data-testid=bot]").last
    expect(bot).to_contain_text(expected, timeout=30_000)
    return bot


def test_a_paragraph_asked_for_and_a_scoped_list_read_as_a_delegate_quotes_them(family_home, embeddings, tmp_path, live):
    """Screenshots: test-output/ui/answer-paragraph.png and answer-scoped-list.png."""
    from playwright.sync_api import expect

    from assistant.service import Assistant
    from assistant.settings import Settings

    home = family_home("heldout")
    agenda = Assistant.open(Settings(home=home), embeddings=embeddings)
    paragraph = next(u for u in agenda.searcher.units().values() if u.id == "kerrowan-agenda:45")
    app, _ = make_app(home, agenda, tmp_path)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with running(app) as url, chromium_page(viewport={"width": 1280, "height": 1000}) as page:
        bot = ask_in_the_chat(page, url, "What does paragraph 45 of the Kerrowan Agenda say?", paragraph.label)
        # the label is the project's words, in bold; the paragraph's own words are quoted, each sub-item on its line
        expect(bot.locator("strong").first).to_contain_text(paragraph.label)
        expect(bot.locator("em").first).to_contain_text(paragraph.text.split("\n")[0][:40])
        # the answer streams in: wait for the paragraph's last sub-item before counting them
        last_item = paragraph.text.split("\n")[-1].split(")", 1)[-1].strip()
        expect(bot.locator("li").filter(has_text=last_item[-30:])).to_have_count(1, timeout=30_000)
        assert bot.locator("li").count() >= paragraph.text.count("\n")
        page.screenshot(path=str(OUTPUT / "answer-paragraph.png"), full_page=True)

        bot = ask_in_the_chat(page, live[0], "Which resolutions of the Plenipotentiary Conference deal with WSIS?",
                              "Scope: Plenipotentiary Conference.")
        for number in ("140", "172", "101", "102"):
            expect(bot).to_contain_text(f"Resolution {number} (Plenipotentiary 2010)")
        expect(bot).not_to_contain_text("WTDC")
        page.screenshot(path=str(OUTPUT / "answer-scoped-list.png"), full_page=True)
