"""What `wsis corpus add`, `units` and `list` tell an operator about a document's units, and ids that cannot name a folder."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import layout_fixtures as L
from assistant.cli import app
from corpus.blocks import CorpusError
from corpus.report import Report
from corpus.store import DocumentStore, StoredDocument, check_id

runner = CliRunner()


def wsis(*args, home, code=0):
    result = runner.invoke(app, [*map(str, args), "--home", str(home)])
    assert result.exit_code == code, (result.output, result.exception)
    return result


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layouts")
    for name, (build, *_) in L.FIXTURES.items():
        (folder / name).write_bytes(build())
    return folder


@pytest.fixture(scope="module")
def home(tmp_path_factory, files):
    home = tmp_path_factory.mktemp("home")
    wsis("corpus", "add", files / "city-agenda.html", "--id", "city-agenda", home=home)
    wsis("corpus", "add", files / "town-programme.txt", "--id", "town-programme", home=home)
    return home


def test_add_prints_the_units_by_kind_and_the_paragraph_numbers_as_ranges(files, tmp_path):
    output = wsis("corpus", "add", files / "city-agenda.html", "--id", "city-agenda", home=tmp_path).output
    assert output.splitlines() == [
        "Added city-agenda (html, agenda, English, 10 units): 8 paragraphs (§1–8), preamble, annex",
        "Run `wsis index build` to index it.",
    ]


def test_a_document_with_duplicates_or_numbers_out_of_order_is_added_with_a_warning_that_says_which(files, tmp_path):
    output = wsis("corpus", "add", files / "town-programme.txt", "--id", "town-programme", home=tmp_path).output
    lines = output.splitlines()
    assert lines[0] == "Added town-programme (txt, agenda, English, 10 units): 9 paragraphs (§1–4, §6–10), preamble"
    assert lines[1].strip() == "gap: §5"
    assert lines[2] == ("warning: town-programme: duplicate: §7; out of sequence: 3 (after §9). It is stored as read; "
                        "check its units with `wsis corpus units town-programme`.")
    assert DocumentStore(tmp_path).get("town-programme").units == 10


def test_add_reports_resolution_clauses_and_roadmap_sections(files, tmp_path):
    resolution = wsis("corpus", "add", files / "res-999.pdf", "--id", "res-999", home=tmp_path).output.splitlines()[0]
    assert resolution == (
        "Added res-999 (pdf, resolution, English, 10 units): 8 clauses (recalling a)–b), considering a)–b), resolves 1–2, "
        "instructs the Director of the Telecommunication Development Bureau 1–2), title, 1 part without numbered "
        "clauses (invites Member States)")
    roadmap = wsis("corpus", "add", files / "roadmap-h4.docx", "--id", "roadmap-h4", home=tmp_path).output.splitlines()[0]
    assert roadmap == "Added roadmap-h4 (docx, roadmap, English, 4 units): 3 sections (1–3), introduction"


def test_units_json_lists_id_label_and_text_of_every_unit(home):
    units = json.loads(wsis("corpus", "units", "city-agenda", "--json", home=home).stdout)
    assert all(set(u) == {"id", "label", "text"} for u in units)
    assert [u["id"] for u in units] == ["city-agenda:preamble", *(f"city-agenda:{n}" for n in range(1, 9)), "city-agenda:annex"]
    assert units[3] == {"id": "city-agenda:3", "label": "Agenda of the Fictional City Summit §3", "text": L.CITY_PARAGRAPHS[3]}


def test_units_as_a_table_shows_each_units_first_line(home):
    table = wsis("corpus", "units", "town-programme", home=home).output
    cells = " ".join(" ".join(part.strip() for part in line.split("│")) for line in table.splitlines())
    assert "town-programme:7" in table and "We encourage towns" in cells
    assert "training material" not in cells  # the second line of §7


def test_units_of_a_document_not_stored_is_one_line(home):
    result = wsis("corpus", "units", "pp-res-172", home=home, code=2)
    assert "'pp-res-172' is not stored" in result.output and len(result.output.strip().splitlines()) == 1


def test_units_of_the_bundled_page_are_listed_too(home):
    units = json.loads(wsis("corpus", "units", "itu-wsis-page", "--json", home=home).stdout)
    assert "itu-wsis-page:tais-96" in {u["id"] for u in units}


def test_list_json_carries_each_documents_report_without_reading_it_again(home):
    rows = {r["id"]: r for r in map(json.loads, wsis("corpus", "list", "--json", home=home).stdout.splitlines())}
    report = rows["town-programme"]["report"]
    assert report["numbers"] == ["§1–4", "§6–10"] and report["gaps"] == ["§5"]
    assert report["duplicates"] == ["§7"] and report["out_of_sequence"] == ["3 (after §9)"]
    assert report["kinds"] == {"paragraph": 9, "preamble": 1} and report["lost_words"] == 0
    assert report["summary"] == "10 units: 9 paragraphs (§1–4, §6–10), preamble"
    assert rows["pp-res-172"]["report"] is None  # not stored
    assert "town-programme: gap: §5; duplicate: §7" in wsis("corpus", "list", home=home).output


def test_a_document_stored_before_reports_were_kept_still_loads(home, tmp_path):
    meta_path = home / "documents" / "city-agenda" / "meta.json"
    meta = json.loads(meta_path.read_text())
    old = {k: v for k, v in meta.items() if k != "report"}
    copy = tmp_path / "documents" / "city-agenda"
    copy.mkdir(parents=True)
    (copy / "meta.json").write_text(json.dumps(old))
    (copy / meta["filename"]).write_bytes((meta_path.parent / meta["filename"]).read_bytes())
    doc = DocumentStore(tmp_path).get("city-agenda")
    assert doc.report == {} and Report.from_dict(doc.report) is None
    rows = {r["id"]: r for r in map(json.loads, wsis("corpus", "list", "--json", home=tmp_path).stdout.splitlines())}
    assert rows["city-agenda"]["report"] is None and rows["city-agenda"]["units"] == 10
    assert len(json.loads(wsis("corpus", "units", "city-agenda", "--json", home=tmp_path).stdout)) == 10


def test_the_report_round_trips_through_meta_json():
    report = Report(units=3, kinds={"paragraph": 2, "preamble": 1}, numbers=("§1–2",), gaps=(), duplicates=("§2",))
    assert Report.from_dict(json.loads(json.dumps(report.to_dict()))) == report


@pytest.mark.parametrize("bad", ["evil\n", "tais\n", "Tais", "a/b", "", "x" * 65, "-lead"])
def test_an_id_that_could_name_a_strange_folder_is_refused(bad):
    with pytest.raises(CorpusError, match="not a valid document id"):
        check_id(bad)


def test_an_id_ending_in_a_newline_stores_nothing(files, tmp_path):
    result = wsis("corpus", "add", files / "city-agenda.html", "--id", "evil\n", home=tmp_path, code=2)
    assert "not a valid document id" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "documents").exists() or list((tmp_path / "documents").iterdir()) == []
    assert DocumentStore(tmp_path).get("evil\n") is None


def test_a_stored_document_keeps_its_report_field_in_meta_json(home):
    doc = DocumentStore(home).get("city-agenda")
    assert isinstance(doc, StoredDocument) and doc.report["summary"] == "10 units: 8 paragraphs (§1–8), preamble, annex"
    assert doc.extra.get("title_from") == "document" and doc.title == "Agenda of the Fictional City Summit"


def test_add_reads_a_page_nested_a_thousand_deep_and_refuses_a_deeper_one_in_one_line(tmp_path):
    deep, deeper = tmp_path / "deep.html", tmp_path / "deeper.html"
    deep.write_bytes(L.deep_html(1000))
    deeper.write_bytes(L.deep_html(100_000))
    assert "3 paragraphs (§1–3)" in wsis("corpus", "add", deep, "--id", "deep", "--kind", "agenda", home=tmp_path).output
    result = wsis("corpus", "add", deeper, "--id", "deeper", home=tmp_path, code=2)
    assert "deeper.html: HTML nested 100000 elements deep" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1 and DocumentStore(tmp_path).get("deeper") is None
