"""The index: built in full or not at all, re-embedding only what changed, tied to its model."""

import dataclasses
import os
import re
import threading

import pytest
from typer.testing import CliRunner

from assistant.cli import app as cli
from corpus import bundled_units
from index.build import build_index
from index.embeddings import SentenceEmbeddings
from index.errors import IndexMissing, ModelMismatch
from index.search import Searcher
from index.store import PREFIX, active_info, connect


class FailingEmbeddings(SentenceEmbeddings):
    """The real model, which breaks down after the first batch (a crash, a full disk, Ctrl-C)."""

    def __init__(self, real: SentenceEmbeddings, error: BaseException) -> None:
        super().__init__(real.model_name, models_dir=real.models_dir)  # the process's one copy of the model
        self.error = error

    def embed_documents(self, texts):
        raise self.error


def changed(units, unit_id, text):
    return [dataclasses.replace(u, text=text) if u.id == unit_id else u for u in units]


@pytest.fixture
def home(tmp_path, embeddings):
    build_index(connect(tmp_path, create=True), bundled_units(), embeddings)
    return tmp_path


def collections(client):
    return sorted(c.name for c in client.list_collections() if c.name.startswith(PREFIX))


@pytest.mark.parametrize("error", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_a_failed_or_interrupted_build_leaves_the_live_index_as_it_was(home, embeddings, error):
    client = connect(home)
    before, live = active_info(client), collections(client)
    units = changed(bundled_units(), "itu-wsis-page:tais-96", "§ 96 of TAIS - rewritten text about satellites.")
    with pytest.raises(type(error)):
        build_index(client, units, FailingEmbeddings(embeddings, error))
    assert active_info(client) == before
    assert collections(client) == live, "the half-written collection is removed"
    hits = Searcher(client, embeddings).search("radio-frequency spectrum", 1)
    assert "radio-frequency spectrum" in hits[0].unit.text


def test_a_rebuild_re_embeds_only_the_unit_whose_text_changed(home, embeddings):
    client = connect(home)
    units = changed(bundled_units(), "itu-wsis-page:tais-98",
                    "§ 98 of TAIS – encouraging partnerships such as Connect the World and others")
    report = build_index(client, units, embeddings)
    assert (report.embedded, report.reused) == (1, report.chunks - 1)
    assert Searcher(client, embeddings).units()["itu-wsis-page:tais-98"].text.endswith("and others")
    assert len(collections(client)) == 1, "the previous collection is dropped after the swap"


def test_names_given_to_a_document_reach_the_index_on_a_rebuild(home, embeddings):
    """Names change nothing embedded (no passage is embedded again), but a question reads them from the index."""
    client = connect(home)
    units = [dataclasses.replace(u, names=("国际电联信息社会世界峰会页面",)) if u.id == "itu-wsis-page:tais-98" else u
             for u in bundled_units()]
    report = build_index(client, units, embeddings)
    assert report.embedded == 0
    assert Searcher(client, embeddings).units()["itu-wsis-page:tais-98"].names == ("国际电联信息社会世界峰会页面",)


def test_units_of_a_removed_document_leave_the_index(home, embeddings):
    client = connect(home)
    units = [u for u in bundled_units() if not u.locator.startswith("tais-")]
    report = build_index(client, units, embeddings)
    assert report.removed_units == 10 and report.embedded == 0
    assert not [uid for uid in Searcher(client, embeddings).units() if ":tais-" in uid]


def test_duplicate_unit_ids_are_refused_before_anything_is_written(home, embeddings):
    client = connect(home)
    before = active_info(client)
    units = bundled_units()
    with pytest.raises(ValueError, match="share the id"):
        build_index(client, units + units[:1], embeddings)
    assert active_info(client) == before


def test_opening_the_index_with_another_model_names_the_rebuild_command(home):
    searcher = Searcher(connect(home), SentenceEmbeddings("/opt/some-other-model"))
    with pytest.raises(ModelMismatch, match="wsis index build") as info:
        searcher.search("spectrum")
    assert "multilingual-e5-small" in str(info.value)


def test_a_missing_index_names_the_build_command(tmp_path, embeddings):
    with pytest.raises(IndexMissing, match="wsis index build"):
        connect(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists(), "a reader never creates an empty store"
    client = connect(tmp_path, create=True)
    with pytest.raises(IndexMissing, match="wsis index build"):
        Searcher(client, embeddings).search("spectrum")


def test_a_searcher_follows_a_rebuild_by_another_process(home, embeddings):
    reader = Searcher(connect(home), embeddings, refresh_seconds=0)
    assert "satellites" not in reader.search("§ 96", 1)[0].unit.text
    units = changed(bundled_units(), "itu-wsis-page:tais-96", "§ 96 of TAIS - spectrum and satellites.")
    build_index(connect(home), units, embeddings)
    assert "satellites" in reader.search("§ 96", 1)[0].unit.text


def test_an_answer_begun_on_one_build_is_finished_on_it(home, embeddings):
    """A rebuild (here, or in another replica) may swap the index between an answer's search and its
    citations: the answer cites what its own build held, never a mix of two builds."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    assistant = Assistant.open(Settings(home=home, refresh_seconds=0), embeddings=embeddings)
    question = "What does the Tunis Agenda ask about managing the radio-frequency spectrum?"
    retrieval = assistant.retrieve(assistant.request(question))
    cited = retrieval.choices[0].hits[0].unit.id
    build_index(connect(home), [u for u in bundled_units() if u.id != cited], embeddings)  # the rebuild drops it
    *_, answer = assistant.compose(assistant.generate(retrieval))
    assert not answer.refused and cited in [c.id for c in answer.citations]
    assert cited not in [c.id for c in assistant.ask(question).citations]  # the next question reads the new build


def test_a_question_is_embedded_bit_for_bit_as_encode_would(embeddings):
    """The query path skips encode()'s per-call bookkeeping; the vectors it gives must not change
    by a bit, so that answers stay those the evals measured. e5 reads a question after its
    ``query: `` prompt, as encode(prompt_name="query") gives it."""
    import numpy as np

    from tests.conftest import load_questions

    assert embeddings.query_prompt == "query: "
    texts = [q["question"] for q in load_questions()] + [u.text for u in bundled_units()[:5]]
    embeddings.clear_query_cache()
    ours = np.array([embeddings.embed_query(t) for t in texts])
    reference = embeddings.model.encode(texts, prompt_name="query", batch_size=1, normalize_embeddings=True,
                                        show_progress_bar=False)
    assert np.array_equal(ours, reference.astype(ours.dtype))


def test_the_parts_of_a_question_are_embedded_in_one_model_call_and_then_found_embedded(embeddings, monkeypatch):
    """A question of two parts is searched twice: its parts are embedded together first (one batch
    costs less than two calls, benchmarks/README.md), as the same vectors, give or take rounding."""
    import numpy as np

    parts = ["Which Council resolution created the working group on WSIS",
             "Which Council resolution created the working group on WSIS, and in what year?"]
    embeddings.clear_query_cache()
    alone = np.array([embeddings.embed_query(t) for t in parts])
    embeddings.clear_query_cache()
    calls = []
    model_call = embeddings._embed_queries_uncached
    monkeypatch.setattr(embeddings, "_embed_queries_uncached", lambda texts: calls.append(texts) or model_call(texts))
    together = np.array(embeddings.embed_queries(parts))
    assert calls == [parts]
    assert np.allclose(together, alone, atol=1e-5)
    assert np.array_equal(np.array([embeddings.embed_query(t) for t in parts]), together)
    assert calls == [parts], "found embedded, not embedded again"


def test_passages_are_embedded_after_the_passage_prompt(embeddings):
    import numpy as np

    texts = [u.text for u in bundled_units()[:8]]
    ours = np.array(embeddings.embed_documents(texts), dtype=np.float32)
    reference = embeddings.model.encode(texts, prompt_name="passage", batch_size=embeddings.batch_size,
                                        normalize_embeddings=True, show_progress_bar=False)
    bare = embeddings.model.encode(texts, batch_size=embeddings.batch_size, normalize_embeddings=True,
                                   show_progress_bar=False)
    assert np.allclose(ours, reference, atol=1e-6)
    assert not np.allclose(ours, bare, atol=1e-3), "the prompt changes the vectors"


def test_a_small_index_is_ranked_in_memory_exactly_as_chroma_ranks_it(page_home, embeddings):
    """Below EXACT_MAX_PASSAGES a question costs no Chroma query; the ranking must not change."""
    from index.filters import Filters
    from tests.conftest import load_questions

    in_memory = Searcher(connect(page_home), embeddings)
    by_chroma = Searcher(connect(page_home), embeddings, exact_max=0)
    assert in_memory.snapshot().vectors.shape == (len(in_memory.snapshot().chunk_ids), embeddings.dimension)
    assert by_chroma.snapshot().vectors is None

    object.__setattr__(in_memory.snapshot(), "collection", _NoQueries())
    for question in [q["question"] for q in load_questions()]:
        for filters in (Filters(), Filters(bodies=("PP",)), Filters(docs=("itu-wsis-page",))):
            ours, chroma = in_memory.search(question, 10, filters), by_chroma.search(question, 10, filters)
            assert [h.unit.id for h in ours] == [h.unit.id for h in chroma], question
            assert all(abs(a.similarity - b.similarity) < 1e-5 for a, b in zip(ours, chroma, strict=True))


class _NoQueries:
    def query(self, *args, **kwargs):
        raise AssertionError("the in-memory path asked Chroma")


def test_rebuilds_leave_no_folders_of_dropped_collections_behind(tmp_path, embeddings):
    units = bundled_units()[:5]
    client = connect(tmp_path, create=True)
    for n in range(5):
        changed = [dataclasses.replace(units[0], text=f"{units[0].text} (build {n})"), *units[1:]]
        build_index(client, changed, embeddings)
    folders = [p for p in (tmp_path / "chroma").iterdir() if p.is_dir()]
    assert len(folders) <= 1, folders  # the live collection's vectors only


def test_a_long_unit_is_stored_once_not_once_per_passage(tmp_path, embeddings):
    from corpus import Unit

    sentences = " ".join(f"Sentence {i} says the fund shall finance rural networks in the region." for i in range(300))
    unit = Unit(doc="long", locator="1", label="Long §1", text=sentences)
    client = connect(tmp_path, create=True)
    build_index(client, [unit], embeddings)
    collection = client.get_collection(active_info(client).collection)
    metas = collection.get(include=["metadatas"])["metadatas"]
    assert len(metas) > 100  # one passage a sentence
    stored = sum(len(str(m)) for m in metas)
    assert stored < 4 * len(sentences)
    searcher = Searcher(connect(tmp_path), embeddings, where=str(tmp_path))
    assert searcher.units()["long:1"].text == sentences


def test_a_build_reports_its_total_before_the_first_batch_and_then_each_batch(tmp_path, embeddings):
    """e5 embeds ~25-40 passages/s on 2 cores: the bar must show the work to do from the start."""
    seen = []
    report = build_index(connect(tmp_path, create=True), bundled_units(), embeddings,
                         progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, report.embedded) and seen[-1] == (report.embedded, report.embedded)


# -- two builds at once, and a damaged store -----------------------------------------------------------
class BlockingEmbeddings(SentenceEmbeddings):
    """The real model, which waits inside its first batch until the test lets it go on."""

    def __init__(self, real: SentenceEmbeddings) -> None:
        super().__init__(real.model_name, models_dir=real.models_dir)  # the process's one copy of the model
        self.started, self.go_on = threading.Event(), threading.Event()

    def embed_documents(self, texts):
        self.started.set()
        assert self.go_on.wait(60)
        return super().embed_documents(texts)


def test_a_second_build_while_one_runs_says_so_in_one_line_and_the_first_completes(tmp_path, embeddings):
    slow = BlockingEmbeddings(embeddings)
    first = threading.Thread(target=build_index, args=(connect(tmp_path, create=True), bundled_units(), slow))
    first.start()
    try:
        assert slow.started.wait(60)
        second = CliRunner().invoke(cli, ["index", "build", "--home", str(tmp_path)], env={"HF_HUB_OFFLINE": "1"})
    finally:
        slow.go_on.set()
        first.join(60)
    assert second.exit_code == 2 and second.stdout == "", second.output
    assert re.fullmatch(rf"error: another `wsis index build` \(pid {os.getpid()}\) is running on "
                        rf"{re.escape(str(tmp_path / 'chroma'))}; try again when it ends\n", second.stderr), second.stderr
    assert active_info(connect(tmp_path)).units == len(bundled_units())
    again = CliRunner().invoke(cli, ["index", "build", "--home", str(tmp_path)], env={"HF_HUB_OFFLINE": "1"})
    assert again.exit_code == 0, "the lock goes with the build that held it"


def damage(home, how: str) -> None:
    db = home / "chroma" / "chroma.sqlite3"
    data = bytearray(db.read_bytes())
    if how == "overwritten":
        data[:] = b"\x93 not a database " * (len(data) // 18)
    else:  # pages in the middle of the file
        middle = len(data) // 2
        data[middle:middle + len(data) // 4] = bytes(len(data) // 4)
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["overwritten", "torn"])
def test_a_damaged_store_is_one_line_naming_the_fix_and_nothing_is_deleted(tmp_path, embeddings, how):
    build_index(connect(tmp_path, create=True), bundled_units(), embeddings)
    damage(tmp_path, how)
    before = sorted(p.name for p in (tmp_path / "chroma").iterdir())
    store = tmp_path / "chroma"
    for args in (["ask", "What is UNGIS?"], ["search", "spectrum"], ["index", "info"], ["index", "build"]):
        result = CliRunner().invoke(cli, [*args, "--home", str(tmp_path)], env={"HF_HUB_OFFLINE": "1"})
        if args == ["index", "info"] and how == "torn" and result.exit_code == 0:
            continue  # the pointer it reads is intact
        assert result.exit_code == 2, (args, result.output)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output, (args, result.stderr)
        assert f"The index at {store} cannot be read" in result.stderr and "Error" in result.stderr, result.stderr
        assert f"move it away (mv {store} {store}.damaged) and run `wsis index build`" in result.stderr, result.stderr
    assert sorted(p.name for p in store.iterdir()) == before, "nothing is deleted on its own"


class HashEmbeddings:
    """Vectors from a hash of the text: the index's storage is measured, not the model's meaning."""

    model_name, dimension = "hash-384", 384

    def embed_documents(self, texts):
        import hashlib

        import numpy as np

        out = []
        for text in texts:
            raw = np.frombuffer(hashlib.sha512(text.encode()).digest() * 6, dtype=np.uint8)[:384].astype(np.float32) - 127.5
            out.append((raw / np.linalg.norm(raw)).tolist())
        return out

    def embed_words(self, words, batch=False):
        import numpy as np

        return np.array(self.embed_documents(words), dtype=np.float32).reshape(len(words), self.dimension)


def test_a_paragraph_of_hundreds_of_kilobytes_is_cut_into_parts_and_the_index_grows_with_the_text(tmp_path):
    """A file whose numbering the segmenter cannot see is one paragraph (a 19 KB DOCX once expanded to 3.4 MB):
    it is cut into parts of at most MAX_UNIT_CHARS, and stored once. (300 KB cut as 1 MB is, in a quarter of
    the time: the cut does not depend on the size.)"""
    from corpus.library import add_file, all_units
    from corpus.units import MAX_UNIT_CHARS

    text = "Title of the document\n\n1. " + " ".join(
        f"Sentence {i} says the fund shall finance rural networks in the region." for i in range(4200))
    (tmp_path / "s.txt").write_text(text)
    add_file(tmp_path, tmp_path / "s.txt", "s", kind="agenda")
    units = [u for u in all_units(tmp_path) if u.doc == "s"]
    parts = [u for u in units if u.locator.split("~")[0] == "1"]
    assert len(parts) > 12 and max(len(u.text) for u in parts) <= MAX_UNIT_CHARS
    assert parts[0].id == "s:1" and parts[1].id == "s:1~2" and parts[1].label.endswith(f"(part 2 of {len(parts)})")
    report = build_index(connect(tmp_path, create=True), all_units(tmp_path), HashEmbeddings())
    stored = sum(f.stat().st_size for f in (tmp_path / "chroma").rglob("*") if f.is_file())
    floor = len(text.encode()) + report.chunks * 384 * 4  # the text and the vectors, once
    assert stored < 3 * floor, (stored, floor)  # 716 MB for a 147 KB paragraph before passages stopped repeating it


def test_a_question_in_another_language_is_embedded_with_the_english_words_the_dictionary_reads(page_home, embeddings,
                                                                                                  monkeypatch):
    """e5 places an Arabic question nearer the English paragraph that answers it when the question's vector holds
    its words in English too; an English question is embedded as asked (its plain-word terms aside)."""
    embedded = []
    monkeypatch.setattr(embeddings, "embed_query", lambda text: embedded.append(text) or [0.0] * embeddings.dimension)
    searcher = Searcher(connect(page_home), embeddings)

    searcher.search("ما هدف الرسملة الأولي الذي حُدد لصندوق التوصيلية الإقليمي؟", 3)
    assert embedded[-1].startswith("ما هدف الرسملة")
    assert {"capitalization", "fund", "connectivity", "regional"} <= set(re.findall(r"\w+", embedded[-1]))
    assert "objectives" not in embedded[-1], "a form's first sense only: its others pull the vector off the question"

    searcher.search("What initial capitalization target was set for the Regional Connectivity Fund?", 3)
    assert embedded[-1] == "What initial capitalization target was set for the Regional Connectivity Fund?"
