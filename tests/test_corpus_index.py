"""Stored documents end to end: `wsis corpus add` each format, `wsis index build`, `wsis ask --json` cites them."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

import corpus_fixtures as F
from assistant.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def wsis(embeddings):
    """Runs `wsis ARGS` in-process, with the session's model instead of loading it per command."""
    import index.embeddings

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index.embeddings, "SentenceEmbeddings", lambda *a, **k: embeddings)

        def run(*args, home, code=0):
            result = runner.invoke(app, [*map(str, args), "--home", str(home)])
            assert result.exit_code == code, (result.output, result.exception)
            return result

        yield run


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("files")
    docs = {"6rev1.html": F.agenda_html(), "res140.pdf": F.resolution_pdf(), "res140.docx": F.resolution_docx(),
            "c5-roadmap.docx": F.roadmap_docx(), "dop.txt": F.agenda_txt()}
    for name, data in docs.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def home(tmp_path_factory, files, wsis):
    home = tmp_path_factory.mktemp("corpus-home")
    wsis("corpus", "add", files / "6rev1.html", "--id", "tais", home=home)
    wsis("corpus", "add", files / "res140.pdf", "--id", "pp-res-140", home=home)
    wsis("corpus", "add", files / "res140.docx", "--id", "res-140-word", "--kind", "resolution", home=home)
    wsis("corpus", "add", files / "c5-roadmap.docx", "--id", "roadmap-c5", home=home)
    wsis("corpus", "add", files / "dop.txt", "--id", "geneva-declaration", home=home)
    wsis("index", "build", home=home)
    return home


def ask(wsis, home, question, *extra):
    return json.loads(wsis("ask", question, "--json", *extra, home=home).stdout)


def built(result) -> tuple[int, int]:
    match = re.search(r"(\d+) embedded, (\d+) unchanged", result.output)
    return int(match[1]), int(match[2])


def test_add_reports_the_units_it_read(wsis, files, tmp_path):
    result = wsis("corpus", "add", files / "res140.pdf", "--id", "pp-res-140", home=tmp_path)
    assert "Added pp-res-140 (pdf, resolution, English, 14 units)" in result.output


def test_corpus_list_shows_every_document_whether_stored_and_indexed(wsis, home):
    rows = {r["id"]: r for r in map(json.loads, wsis("corpus", "list", "--json", home=home).stdout.splitlines())}
    # 8 paragraphs, the annex and the preamble (the title block, kept since issue 18)
    assert rows["tais"]["stored"] == "added" and rows["tais"]["units"] == 10 and rows["tais"]["indexed_units"] == 10
    assert rows["tais"]["fetched_at"]
    assert rows["itu-wsis-page"]["stored"] == "bundled" and rows["itu-wsis-page"]["indexed_units"] > 20
    assert rows["pp-res-172"]["stored"] == "" and rows["pp-res-172"]["indexed_units"] == 0
    assert rows["res-140-word"]["units"] == 14 and rows["res-140-word"]["indexed_units"] == 14
    table = wsis("corpus", "list", home=home).output
    assert "Tunis Agenda" in table and "wsis corpus fetch" in table


def test_an_answer_cites_the_paragraph_itself_before_the_page_summary_of_it(wsis, home):
    answer = ask(wsis, home, "What does paragraph 96 of the Tunis Agenda say?")
    assert not answer["refused"]
    assert answer["citations"][0]["id"] == "tais:96" and answer["citations"][0]["label"] == "Tunis Agenda §96"
    assert answer["citations"][0]["quote"] in F.AGENDA_PARAGRAPHS[96]
    ranked = [r["id"] for r in json.loads(wsis("search", "paragraph 96", "--json", "-k", "3", home=home).stdout)["results"]]
    assert ranked[:2] == ["tais:96", "itu-wsis-page:tais-96"]


def test_a_quote_from_a_sub_item_is_cited_with_the_sub_item_in_its_label(wsis, home):
    answer = ask(wsis, home, "Which paragraph of the Tunis Agenda asks for a public register of transit prices?")
    citation = next(c for c in answer["citations"] if c["id"] == "tais:50")
    assert citation["label"] == "Tunis Agenda §50(c)(ii)"
    assert citation["quote"] == "ii. a public register of the transit prices that carriers charge"


def test_a_resolution_clause_from_a_pdf_is_cited(wsis, home):
    answer = ask(wsis, home, "What does Resolution 140 resolve about cybersecurity capacity building?")
    cited = {c["id"]: c["label"] for c in answer["citations"]}
    assert cited.get("pp-res-140:resolves-2") == "Resolution 140 (Rev. Guadalajara, 2010), resolves 2"


def test_a_resolution_clause_from_a_docx_is_cited(wsis, home):
    answer = ask(wsis, home, "Who must report to the Council each year on the progress of the plan?", "--doc", "res-140-word")
    assert answer["citations"][0]["id"] == "res-140-word:instructs-the-secretary-general-1"
    assert answer["citations"][0]["label"] == "Resolution 140 (Rev. Guadalajara, 2010), instructs the Secretary-General 1"


def test_a_roadmap_section_from_a_docx_is_cited(wsis, home):
    answer = ask(wsis, home, "Who are the lead facilitator and partners of the C5 roadmap?")
    assert "roadmap-c5:2" in {c["id"] for c in answer["citations"]}


def test_a_paragraph_from_a_txt_is_cited(wsis, home):
    answer = ask(wsis, home, "What does paragraph 3 of the Geneva Declaration say about education?")
    assert answer["citations"][0]["id"] == "geneva-declaration:3"
    assert answer["citations"][0]["label"] == "Geneva Declaration §3"


def test_a_question_on_what_an_unindexed_resolution_resolves_names_the_command_that_adds_it(wsis, home):
    answer = ask(wsis, home, "What does Resolution 172 resolve?")
    assert answer["refused"] and answer["citations"] == []
    assert "the index does not hold" in answer["answer"] and "wsis corpus fetch pp-res-172" in answer["answer"]
    about = ask(wsis, home, "What is Resolution 172 about?")
    assert not about["refused"] and about["citations"][0]["id"] == "itu-wsis-page:pp-res-172"


@pytest.fixture()
def copy(home, tmp_path):
    """A copy of the built home, for tests that change it."""
    target = tmp_path / "home"
    shutil.copytree(home, target)
    return target


def test_rebuilding_re_embeds_only_the_changed_paragraph(wsis, files, copy, tmp_path):
    assert built(wsis("index", "build", home=copy))[0] == 0, "nothing changed: nothing embedded"
    changed = tmp_path / "6rev1.html"
    changed.write_bytes(F.agenda_html(paragraph_96="We ask regional bodies to publish a yearly census of satellite orbits."))
    wsis("corpus", "add", changed, "--id", "tais", home=copy)
    embedded, unchanged = built(wsis("index", "build", home=copy))
    assert embedded == 1 and unchanged > 50
    answer = ask(wsis, copy, "What does paragraph 96 of the Tunis Agenda say?")
    assert "census of satellite orbits" in answer["citations"][0]["text"]


def test_removing_a_document_drops_its_units_at_the_next_build(wsis, copy):
    assert "Removed roadmap-c5" in wsis("corpus", "remove", "roadmap-c5", home=copy).output
    result = wsis("index", "build", home=copy)
    assert built(result)[0] == 0
    rows = {r["id"]: r for r in map(json.loads, wsis("corpus", "list", "--json", home=copy).stdout.splitlines())}
    assert rows["roadmap-c5"]["stored"] == "" and rows["roadmap-c5"]["indexed_units"] == 0
    ranked = json.loads(wsis("search", "action line roadmap section", "--json", "-k", "50", home=copy).stdout)["results"]
    assert not any(r["id"].startswith("roadmap-c5:") for r in ranked)


@pytest.mark.parametrize("name, make, message", [
    ("truncated.pdf", lambda: F.resolution_pdf(truncate=True), "truncated.pdf: not a readable PDF"),
    ("empty.docx", F.empty_docx, "empty.docx: no text found"),
    ("junk.html", lambda: bytes(range(256)) * 64, "junk.html: binary data, not text"),
    ("huge.txt", None, "huge.txt: 52.4 MB is over the 50 MB limit"),
])
def test_a_malformed_file_is_refused_with_one_line_and_nothing_changes(wsis, copy, tmp_path, name, make, message):
    path = tmp_path / name
    if make is None:
        with open(path, "wb") as handle:
            handle.truncate(50 * 2**20 + 1)  # sparse: no 50 MB written to disk
    else:
        path.write_bytes(make())
    stored_before = sorted(p.name for p in (copy / "documents").iterdir())
    tais_meta = (copy / "documents" / "tais" / "meta.json").read_text()
    index_before = wsis("index", "info", "--json", home=copy).stdout
    result = wsis("corpus", "add", path, "--id", "tais", home=copy, code=2)
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in (copy / "documents").iterdir()) == stored_before
    assert (copy / "documents" / "tais" / "meta.json").read_text() == tais_meta
    assert wsis("index", "info", "--json", home=copy).stdout == index_before


def test_bad_ids_and_unknown_documents_are_clear_errors(wsis, files, tmp_path):
    assert "not a valid document id" in wsis("corpus", "add", files / "dop.txt", "--id", "Bad Id", home=tmp_path, code=2).output
    bundled = wsis("corpus", "add", files / "dop.txt", "--id", "itu-wsis-page", home=tmp_path, code=2)
    assert "bundled with the project" in bundled.output
    assert "is not stored" in wsis("corpus", "remove", "tais", home=tmp_path, code=2).output
    prose = tmp_path / "notes.txt"
    prose.write_text("Some notes from the meeting.\n\nNothing in them is numbered.\n")
    assert "cannot tell whether" in wsis("corpus", "add", prose, "--id", "notes", home=tmp_path, code=2).output
    assert not (tmp_path / "documents" / "notes").exists()


def test_a_document_is_asked_about_by_the_names_its_operator_gives_it(wsis, files, tmp_path):
    """A document the registry does not know is named in its own title's language only: `--name` gives it
    the names delegates use in the others ("马伦维克议程"), which no sound or spelling could guess."""
    wsis("corpus", "add", files / "6rev1.html", "--id", "tais", home=tmp_path)  # it has a paragraph 3 too
    wsis("corpus", "add", files / "dop.txt", "--id", "marenvik-agenda", "--title", "Marenvik Agenda",
         "--name", "马伦维克议程", "--name", "Agenda de Marenvik", home=tmp_path)
    wsis("index", "build", home=tmp_path)
    listed = [json.loads(line) for line in wsis("corpus", "list", "--json", home=tmp_path).stdout.splitlines()]
    assert next(row for row in listed if row["id"] == "marenvik-agenda")["names"] == ["马伦维克议程", "Agenda de Marenvik"]
    answer = ask(wsis, tmp_path, "《马伦维克议程》第3段说了什么？")  # without the name: both paragraphs 3
    assert [c["id"] for c in answer["citations"]] == ["marenvik-agenda:3"]
