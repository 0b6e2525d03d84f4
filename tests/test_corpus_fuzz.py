"""Any bytes, in any of the four formats: units, or one CorpusError line; and nothing stored before is lost.

`wsis corpus fetch` stores what a server sends and `add` what an operator has, so a parser meets
anything: random bytes, damaged files (flipped bytes, cut short), tag soup nested at random,
numbers in every place. Hypothesis throws each at the reader; every one must give units or be
refused with a one-line ``CorpusError`` (fetch catches no other exception), and adding it over a
stored document either replaces it whole or leaves it exactly as it was.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import corpus_fixtures as F
import layout_fixtures as L
from corpus.blocks import CorpusError
from corpus.library import add_file, doc_info, read

FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
VALID = {"html": L.city_agenda_html(), "pdf": L.city_declaration_pdf(), "docx": L.roadmap_h4_docx(),
         "txt": L.numbered_badly_txt()}
TOKENS = ["<div>", "</div>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<ol start=-2>", "<ol type=i>",
          "<li value=x>", "<li value=99999999999>", "</ol>", "<sup>", "</sup>", "<b>", "</b>", "<br>", "<h2>", "</h2>",
          "<p>", "</p>", "<nav>", "<td colspan=3>", "<!--", "-->", "<script>", "</script>", "&amp;", "\x00", "\ufeff",
          "1.", "12 ", "a)", "iv.", "(3)", "3 March 2031", "Annex", "RESOLUTION 5 (X)", "resolves", "considering",
          "instructs the Director", "WSIS-05/TUNIS/DOC/6(Rev.1)-E", "Original: English", "2. Scope", "1 that",
          "We agree.", "\n", "\f", " | ", "¹", "٣", "第72段"]


def outcome(data: bytes, fmt: str, kind: str = "auto") -> None:
    """Units, or a CorpusError of one line: nothing else may come out of reading a document."""
    try:
        result = read(data, fmt, kind, doc_info("fuzzed"), f"fuzzed.{fmt}")
    except CorpusError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(("fuzzed", "fuzzed.")), str(exc)
        return
    assert result.units and result.report.lost_words == 0


@st.composite
def damaged(draw, fmt: str) -> bytes:
    data = bytearray(VALID[fmt])
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(("flip", "cut", "insert", "repeat")))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if how == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif how in ("cut", "flip"):
            del data[at:]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
    return bytes(data)


@st.composite
def damaged_docx_xml(draw) -> bytes:
    """A DOCX whose zip is sound and whose document.xml is damaged: lxml and python-docx meet it."""
    source = zipfile.ZipFile(io.BytesIO(VALID["docx"]))
    xml = bytearray(source.read("word/document.xml"))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(xml) - 1))
        piece = draw(st.sampled_from([b"<w:tbl>", b"</w:p>", b"<w:numPr><w:numId w:val=\"9\"/></w:numPr>", b"\xff",
                                      b"<w:footnoteReference w:id=\"7\"/>", b"<w:sdt><w:sdtContent>", b""]))
        xml[at:at + draw(st.integers(0, 40))] = piece
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, bytes(xml) if item.filename == "word/document.xml" else source.read(item.filename))
    return out.getvalue()


soup = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=120).map("".join)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "txt"])
def test_random_bytes_are_units_or_one_line(fmt):
    @FUZZ
    @given(data=st.binary(max_size=2048), prefix=st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><body>"]))
    def run(data, prefix):
        outcome(prefix + data, fmt)

    run()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "txt"])
def test_damaged_files_are_units_or_one_line(fmt):
    @FUZZ
    @given(data=damaged(fmt))
    def run(data):
        outcome(data, fmt)

    run()


@pytest.mark.timeout(120)
def test_a_docx_with_damaged_xml_is_units_or_one_line():
    @FUZZ
    @given(data=damaged_docx_xml())
    def run(data):
        outcome(data, "docx")

    run()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", ["auto", "agenda", "resolution", "roadmap"])
def test_tag_soup_and_stray_numbers_are_units_or_one_line(kind):
    @FUZZ
    @given(text=soup, fmt=st.sampled_from(["html", "txt"]))
    def run(text, fmt):
        body = f"<html><body>{text}</body></html>" if fmt == "html" else text
        outcome(body.encode("utf-8", "surrogatepass"), fmt, kind)

    run()


@pytest.mark.timeout(120)
def test_adding_any_file_over_a_stored_document_replaces_it_whole_or_not_at_all(tmp_path):
    home, good = tmp_path / "home", tmp_path / "good.html"
    good.write_bytes(F.agenda_html())
    add_file(home, good, "tais")
    folder = home / "documents" / "tais"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    @FUZZ
    @given(data=st.one_of(damaged("html"), damaged("pdf"), st.binary(max_size=512)),
           name=st.sampled_from(["x.html", "x.pdf", "x.txt", "x.docx"]))
    def run(data, name):
        path = tmp_path / name
        path.write_bytes(data)
        try:
            add_file(home, path, "tais")
        except CorpusError as exc:
            assert "\n" not in str(exc)
            assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
        else:  # it was readable after all: stored whole, with its report; put the original back
            meta = json.loads((folder / "meta.json").read_text())
            assert meta["units"] >= 1 and meta["report"]["units"] == meta["units"]
            add_file(home, good, "tais")
            before.clear()
            before.update({p.name: p.read_bytes() for p in folder.iterdir()})
        assert sorted(p.name for p in (home / "documents").iterdir()) == ["tais"], "no staging folder left behind"

    run()
