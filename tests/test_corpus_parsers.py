"""Each format's parser and each layout's segmenter on fixture documents: ids, labels and texts."""

from __future__ import annotations

import pytest

import corpus_fixtures as F
from corpus.blocks import ParseError, lines_to_blocks
from corpus.library import doc_info, read_units
from corpus.parsers import format_of, parse, txt
from corpus.parsers.pdf import page_lines
from corpus.segment import detect_kind, sub_item_label


def units_of(data: bytes, fmt: str, doc_id: str, kind: str = "auto"):
    units, detected = read_units(data, fmt, kind, doc_info(doc_id), f"fixture.{fmt}")
    return {u.id: u for u in units}, detected


# -- the agenda in ITU's table-cell HTML ---------------------------------------------------------

AGENDA, AGENDA_KIND = units_of(F.agenda_html(), "html", "tais")


def test_an_html_agenda_is_one_unit_per_numbered_paragraph_and_the_annex():
    assert AGENDA_KIND == "agenda"
    # The title block above §1 is the preamble: nothing of a document is dropped (issue 18).
    assert list(AGENDA) == ["tais:preamble", "tais:1", "tais:2", "tais:3", "tais:49", "tais:50", "tais:95", "tais:96",
                            "tais:97", "tais:annex"]
    assert AGENDA["tais:96"].label == "Tunis Agenda §96"
    assert AGENDA["tais:96"].text == F.AGENDA_PARAGRAPHS[96]
    assert AGENDA["tais:annex"].label == "Tunis Agenda, Annex"
    assert "C5. Building confidence" in AGENDA["tais:annex"].text


def test_the_number_cell_is_joined_to_its_text_and_sub_items_stay_inside_the_paragraph():
    assert AGENDA["tais:50"].text == "\n".join(F.PARAGRAPH_50)
    assert not any(u.text.startswith(("50", "a)")) for u in AGENDA.values())


def test_headings_become_the_section_of_the_paragraphs_under_them():
    assert AGENDA["tais:1"].section == "Introduction"
    assert AGENDA["tais:50"].section == "Financial mechanisms for connectivity"
    assert AGENDA["tais:96"].section == "Internet governance"


def test_units_carry_the_registry_url_title_body_and_year():
    unit = AGENDA["tais:96"]
    assert unit.url.startswith("https://www.itu.int/") and unit.title == "Tunis Agenda for the Information Society"
    assert (unit.body, unit.year) == ("WSIS", 2005)


def test_scripts_and_navigation_are_not_units_and_the_title_block_is_the_preamble_only():
    text = " ".join(u.text for u in AGENDA.values())
    assert "tracking" not in text and "Home" not in text
    # the title heading is every unit's title, not preamble text; the symbol line is the preamble
    assert AGENDA["tais:preamble"].text == "Document WSIS-05/TUNIS/DOC/6(Rev.1)-E"
    assert not any("DOC/6" in u.text for uid, u in AGENDA.items() if uid != "tais:preamble")


MODERN_PAGE = b"""<!DOCTYPE html><html><head><title>K9 roadmap</title></head><body>
<header class="masthead"><a href="/">Union</a><div class="lang"><a>Fran\xc3\xa7ais</a> | <a>Espa\xc3\xb1ol</a></div></header>
<div class="wrap"><main>
<h1>Action Line K9 roadmap</h1>
<article><header><p>First edition, 2028</p></header>
<section><h2>1. Partners</h2><p>The partners are the Bureau and the Network.</p>
<aside><p>Note: partners contribute in kind.</p></aside></section></article>
<div class="downloads"><p>Download: <a href="k9.pdf">PDF</a> | <a href="k9.docx">Word</a></p></div>
<ul class="share-tools"><li><a>Share on social media</a></li></ul>
</main>
<aside class="related"><h4>Related</h4><ul><li>Action Line K1 roadmap</li></ul></aside>
<div id="sidebar"><p>Most read: WSIS Forum 2029</p></div></div>
<div class="cookie-consent"><p>We use cookies to improve your experience.</p></div>
<footer class="page-end"><p>Contact us | Privacy notice | Terms of use</p></footer>
</body></html>"""


def test_a_page_marked_up_with_html5_landmarks_is_read_from_its_main_content_alone():
    """The banner, the "Related" sidebar and the footer of a modern page are the site's, not the document's:
    a language switcher or "Contact us | Privacy notice" read as a table row would be quoted as the roadmap's."""
    text = "\n".join(b.text for b in parse(MODERN_PAGE, "html"))
    assert "First edition, 2028" in text and "partners contribute in kind" in text  # a header, an aside of the text
    for chrome in ("Union", "Français", "Related", "Action Line K1 roadmap", "Contact us", "Most read", "cookies",
                   "Download", "Share on"):  # the page's tools under the text, inside <main>, are the site's too
        assert chrome not in text
    without_main = MODERN_PAGE.replace(b"<main>", b"<div>").replace(b"</main>", b"</div>")
    text = "\n".join(b.text for b in parse(without_main, "html"))
    assert "First edition, 2028" in text and "partners contribute in kind" in text
    assert not any(chrome in text for chrome in ("Français", "Related", "Contact us", "Most read", "cookies"))


@pytest.mark.parametrize("quote, label", [
    ("b) Asking funders to give priority to shared infrastructure;", "Tunis Agenda §50(b)"),
    ("ii. a public register of the transit prices that carriers charge", "Tunis Agenda §50(c)(ii)"),
    ("i. backbone links between neighbouring countries", "Tunis Agenda §50(c)(i)"),
    ("We therefore call for a plan that lowers them, by:", "Tunis Agenda §50"),
    ("c) Encouraging work on:\ni. backbone links", "Tunis Agenda §50(c)"),
    ("b) Asking funders to give priority to shared infrastructure;\nc) Encouraging", "Tunis Agenda §50"),
    ("not in the unit", "Tunis Agenda §50"),
])
def test_a_quote_in_a_sub_item_narrows_the_label_to_it(quote, label):
    assert sub_item_label(AGENDA["tais:50"], quote) == label


def test_a_letter_i_after_h_is_a_letter_not_a_numeral():
    from corpus.segment import DocInfo

    unit = DocInfo("x", "X").unit("1", "X §1", "intro:\nh) eighth;\ni) ninth;\nj) tenth")
    assert sub_item_label(unit, "i) ninth") == "X §1(i)"


# -- the resolution, as a PDF and as a DOCX ------------------------------------------------------

RESOLUTION_IDS = [
    "pp-res-140:title",
    "pp-res-140:recalling-a", "pp-res-140:recalling-b",
    "pp-res-140:considering-a", "pp-res-140:considering-b", "pp-res-140:considering-c",
    "pp-res-140:noting",
    "pp-res-140:resolves-1", "pp-res-140:resolves-2", "pp-res-140:resolves-3",
    "pp-res-140:instructs-the-secretary-general-1", "pp-res-140:instructs-the-secretary-general-2",
    "pp-res-140:instructs-the-directors-of-the-bureaux-1",
    "pp-res-140:invites-member-states-1",
]


@pytest.fixture(scope="module", params=["pdf", "docx"])
def resolution(request):
    data = F.resolution_pdf() if request.param == "pdf" else F.resolution_docx()
    units, kind = units_of(data, request.param, "pp-res-140")
    assert kind == "resolution"
    return units


def test_a_resolution_is_one_unit_per_clause_of_each_keyword_part(resolution):
    assert list(resolution) == RESOLUTION_IDS


def test_resolution_clauses_are_labelled_as_delegates_cite_them(resolution):
    assert resolution["pp-res-140:resolves-2"].label == "Resolution 140 (Rev. Guadalajara, 2010), resolves 2"
    assert resolution["pp-res-140:considering-a"].label == "Resolution 140 (Rev. Guadalajara, 2010), considering a)"
    assert resolution["pp-res-140:noting"].label == "Resolution 140 (Rev. Guadalajara, 2010), noting"
    assert resolution["pp-res-140:instructs-the-secretary-general-1"].label == (
        "Resolution 140 (Rev. Guadalajara, 2010), instructs the Secretary-General 1")
    assert {u.section for u in resolution.values()} >= {"resolves", "instructs the Directors of the Bureaux"}
    assert all(u.number == "140" and u.body == "PP" for u in resolution.values())


def test_a_clause_holds_its_lettered_sub_items_and_its_text_without_the_number(resolution):
    clauses = dict(F.RESOLUTION_PARTS)
    resolves = clauses["resolves"]
    assert resolution["pp-res-140:resolves-1"].text == resolves[0].split(" ", 1)[1]
    assert resolution["pp-res-140:resolves-2"].text == "\n".join([resolves[1].split(" ", 1)[1], resolves[2], resolves[3]])
    assert resolution["pp-res-140:considering-a"].text == clauses["considering"][0].removeprefix("a) ")
    assert sub_item_label(resolution["pp-res-140:resolves-2"], "b) to support cybersecurity capacity building") == (
        "Resolution 140 (Rev. Guadalajara, 2010), resolves 2(b)")


def test_the_title_unit_holds_the_subject_and_the_enacting_line(resolution):
    text = resolution["pp-res-140:title"].text
    assert text.startswith(" ".join(F.RESOLUTION_SUBJECT)) and "The Plenipotentiary Conference" in text


def test_a_pdf_loses_its_running_header_footer_and_page_numbers_and_joins_hyphenated_words():
    import io

    from pypdf import PdfReader

    data = F.resolution_pdf()
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2, "the fixture must span pages to test running headers"
    units, _ = units_of(data, "pdf", "pp-res-140")
    text = "\n".join(u.text for u in units.values())
    assert F.PDF_HEADER not in text and F.PDF_FOOTER not in text and "Page " not in text
    assert "infor-" not in text and "building the information society" in units["pp-res-140:considering-a"].text
    # a clause wrapped over several lines is one line of text
    assert "through one high-level group that reports" in units["pp-res-140:resolves-1"].text


def test_page_lines_keep_a_line_that_repeats_inside_the_page_body():
    pages = ["Header\nfirst page text\nsame line\n1", "Header\nsecond page text\nsame line\nmore\n2", "Header\nthird\n3"]
    assert page_lines(pages) == ["first page text", "same line", "second page text", "same line", "more", "third"]


def test_wrapped_lines_join_into_paragraphs_and_short_lines_stand_alone():
    lines = ["Financial mechanisms", "1. We recognize that the costs of connecting to the backbone weigh",
             "heavily on small networks and call for a plan.", "2. We note that the plan will be reviewed by the",
             "membership every year."]
    blocks = lines_to_blocks(lines)
    assert [(b.heading, b.text) for b in blocks] == [
        (True, "Financial mechanisms"),
        (False, "1. We recognize that the costs of connecting to the backbone weigh heavily on small networks "
                "and call for a plan."),
        (False, "2. We note that the plan will be reviewed by the membership every year."),
    ]



# Text copied out of a PDF keeps each page's number and running head as lines of their own, and no form feed
PASTED_RESOLUTION = """RESOLUTION 9 (TESTVILLE, 2030)

Fixture subject: role of the Union in the fixture agenda

The Fixture Conference (Testville, 2030),

considering

a) that the first clause is short;

b) that the second clause runs over the end of the page, in a sentence that goes on to the

212

CONF-30 - Resolution 9

next page and ends there;

resolves

1 that the first operative clause stands;

213

CONF-30 - Resolution 9

2 that 24 of the 31 Member States report each year.

214
"""


def test_a_text_copied_out_of_a_pdf_loses_the_page_numbers_and_running_heads_it_kept():
    units, kind = units_of(PASTED_RESOLUTION.encode(), "txt", "fixture-res-9")
    assert kind == "resolution"
    assert list(units) == ["fixture-res-9:title", "fixture-res-9:considering-a", "fixture-res-9:considering-b",
                           "fixture-res-9:resolves-1", "fixture-res-9:resolves-2"]
    # the clause that ran over the page break is one sentence again, with nothing of the page's furniture in it
    assert units["fixture-res-9:considering-b"].text == (
        "that the second clause runs over the end of the page, in a sentence that goes on to the next page and ends there;")
    assert units["fixture-res-9:resolves-2"].text == "that 24 of the 31 Member States report each year."
    assert not any("CONF-30" in u.text or "212" in u.text for u in units.values())
    # the document's first line, its title, is no running head although it shares the head's number
    assert "Fixture subject" in units["fixture-res-9:title"].text


@pytest.mark.parametrize("text", [
    "1. First paragraph.\n\n2\n\nSecond paragraph, after a number alone.",  # one number alone proves no pages
    "Item one.\n\n4\n\nItem two.\n\n9\n\nItem three.",  # numbers alone, not counting up by one
])
def test_numbers_alone_on_a_line_that_do_not_count_pages_break_no_page(text):
    assert txt.pages(text) == [text]


def test_a_numbered_heading_after_a_table_row_that_ran_to_the_full_width_is_a_heading():
    # a page of a roadmap as pypdf reads it: a table's cells run together, and its last row fills the line
    lines = [
        "Partners contribute staff and expertise in kind. Other organizations may join by writing to the focal",
        "point named in section 10.",
        "5. Activities",
        "Table 1: Activities of the roadmap",
        "T1.6 Missions of the Health Connectivity Task Force Digital Health Bureau From March 2034 At least 12 missions",
        "T1.7 Training of health facility technicians Regional Telemedicine Hub September 2034-December 2036 1,500 "
        "technicians trained",
        "6. Resources",
        "The activities of this roadmap are estimated to cost USD 212 million over the period 2034-2036, to",
        "be met as follows:",
    ]
    # (``wrap`` "": a block of its own, which a segmenter does not join back to the row before)
    blocks = [(b.text, b.wrap) for b in lines_to_blocks(lines)]
    assert ("6. Resources", "") in blocks
    assert blocks[-1] == ("The activities of this roadmap are estimated to cost USD 212 million over the period "
                          "2034-2036, to be met as follows:", "")
    # a line that refers on to the number runs on into it: "… as set out in section" / "6. Resources …"
    lines[5] = "T1.7 Training of health facility technicians at the Hub, in the period and to the standards set out in section"
    assert ("6. Resources", "") not in [(b.text, b.wrap) for b in lines_to_blocks(lines)]


def test_a_bullet_kept_by_a_pdf_text_layer_is_not_part_of_the_item():
    lines = ["By 31 December 2036, the roadmap aims to:", "• connect 85 per cent of the primary health care facilities;",
             "• train 1,500 technicians."]
    assert [b.text for b in lines_to_blocks(lines)] == [
        "By 31 December 2036, the roadmap aims to: connect 85 per cent of the primary health care facilities; "
        "train 1,500 technicians."]

# -- the roadmap as DOCX, and a TXT agenda -------------------------------------------------------

def test_a_roadmap_is_one_unit_per_numbered_section():
    units, kind = units_of(F.roadmap_docx(), "docx", "roadmap-c5")
    assert kind == "roadmap"
    # The document's title, above section 1, is its introduction: nothing is dropped (issue 18).
    assert list(units) == ["roadmap-c5:intro", "roadmap-c5:1", "roadmap-c5:2", "roadmap-c5:3", "roadmap-c5:4"]
    assert units["roadmap-c5:intro"].text == "WSIS Action Line C5 Roadmap (fixture)"
    assert units["roadmap-c5:2"].label == "Action Line C5 roadmap, section 2"
    assert units["roadmap-c5:2"].section == "Lead facilitator and partners"
    assert units["roadmap-c5:2"].text == ("The lead agency facilitates the action line together with its partners.\n"
                                          "regional organizations\nnational computer incident response teams")
    # Word's automatic list numbers are written out; sub-headings stay inside their section.
    assert units["roadmap-c5:3"].text == ("3.1 Capacity building\n1. hold regional workshops on response teams\n"
                                          "2. publish a guide for national strategies")


def test_a_txt_agenda_joins_wrapped_lines_and_reads_its_heading():
    units, kind = units_of(F.agenda_txt(), "txt", "geneva-declaration")
    assert kind == "agenda"
    assert list(units) == ["geneva-declaration:preamble", "geneva-declaration:1", "geneva-declaration:2", "geneva-declaration:3"]
    assert units["geneva-declaration:preamble"].text == "Declaration of Principles (fixture)"
    assert units["geneva-declaration:1"].label == "Geneva Declaration §1"
    assert units["geneva-declaration:1"].text.endswith(
        "build a fictional society where everyone can create, use and share knowledge.")
    assert units["geneva-declaration:1"].section == "A common vision"


def test_an_unregistered_document_is_named_by_its_title():
    # Named by the title in the file, not by its id (issue 18: "roadmap-h4, section 2" was the id).
    units, _ = units_of(F.agenda_txt(), "txt", "my-notes")
    assert units["my-notes:2"].label == "Declaration of Principles (fixture) §2"
    named, _ = read_units(F.agenda_txt(), "txt", "auto", doc_info("my-notes", "Delegation notes"), "notes.txt")
    by_id = {u.id: u for u in named}
    assert by_id["my-notes:2"].label == "Delegation notes §2" and by_id["my-notes:2"].url == ""


def test_kind_detection_tells_the_layouts_apart():
    assert detect_kind(parse(F.agenda_html(), "html")) == "agenda"
    assert detect_kind(parse(F.resolution_docx(), "docx")) == "resolution"
    assert detect_kind(parse(F.roadmap_docx(), "docx")) == "roadmap"
    assert detect_kind(parse(b"Just a note.\n\nNothing numbered here.", "txt")) is None


# -- malformed input -------------------------------------------------------------------------------

@pytest.mark.parametrize("data, fmt, message", [
    (F.resolution_pdf(truncate=True), "pdf", "not a readable PDF"),
    (b"%PDF-1.4 garbage", "pdf", "not a readable PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "html", "binary data"),
    (b"PK\x03\x04 not really a zip", "docx", "not a DOCX"),
    (F.empty_docx(), "docx", "no text found"),
    (b"   \n\n  ", "txt", "no text found"),
])
def test_a_malformed_file_gets_one_clear_error_naming_it(data, fmt, message):
    with pytest.raises(ParseError, match=message) as caught:
        parse(data, fmt, f"bad.{fmt}")
    assert f"bad.{fmt}" in str(caught.value) and "\n" not in str(caught.value)


def test_formats_come_from_the_name_or_the_first_bytes():
    assert format_of("a.PDF") == "pdf" and format_of("x.htm") == "html" and format_of("x.docx") == "docx"
    assert format_of("6rev1", b"<!DOCTYPE html><html>") == "html"
    assert format_of("download", b"%PDF-1.7") == "pdf"
    with pytest.raises(ParseError, match=r"\.doc\)"):
        format_of("old.doc")


# -- tables in a PDF --------------------------------------------------------------------------------

PDF_TABLE = [("No.", "Activity", "Lead", "Output"),
             ("X1.1", "Open map of the connectivity of health facilities, updated every quarter", "Digital Health Bureau",
              "Map of all 31 Member States"),
             ("X1.2", "Second connections for hospitals", "Telecom Operators Group", "310 hospitals with a second route"),
             ("X1.3", "Training of technicians", "Regional Hub", "1,500 technicians trained")]
PDF_JUSTIFIED = ("The activities of this roadmap are estimated to cost USD 212 million over the period, to be met from the "
                 "Connection Window of the Facility, from the regular budget of the Union, from co-financing by network "
                 "and satellite operators and from contributions in kind by the partners of the action line, who have "
                 "agreed to report each year on what they gave.")


def _pdf(draw) -> bytes:
    """A one-page A4 PDF drawn by ``draw(pdf)`` in Helvetica 10.5."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    draw(pdf)
    return bytes(pdf.output())


def _roadmap_with_table(v_align: str, text_align: str):
    def draw(pdf) -> None:
        for heading, text in [("1. Introduction", "Action line X1 covers the connection of health facilities."),
                              ("2. Activities", "Table 1 lists the activities of the roadmap.")]:
            pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5.5, "Table 1: Activities of the roadmap", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        # narrow columns, so that the cells of X1.1 wrap over two and three lines
        with pdf.table(col_widths=(14, 52, 40, 40), width=146, line_height=4.6, v_align=v_align,
                       text_align=text_align) as table:
            for row in PDF_TABLE:
                table.row(row)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 7, "3. Resources", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5.5, "The activities are estimated to cost USD 212 million.", new_x="LMARGIN", new_y="NEXT")

    return _pdf(draw)


@pytest.mark.parametrize(("v_align", "text_align"), [("MIDDLE", "LEFT"), ("TOP", "LEFT"), ("BOTTOM", "JUSTIFY")])
def test_a_pdf_table_is_read_row_by_row_with_its_cells_joined_and_a_wrapped_cell_whole(v_align, text_align):
    units, kind = units_of(_roadmap_with_table(v_align, text_align), "pdf", "roadmap-x1")
    assert kind == "roadmap"
    assert list(units) == ["roadmap-x1:1", "roadmap-x1:2", "roadmap-x1:3"]
    # each row one line of the section's unit, as a DOCX or HTML table's; the caption and the text before it stay text
    assert units["roadmap-x1:2"].text.split("\n") == [
        "Table 1 lists the activities of the roadmap.", "Table 1: Activities of the roadmap",
        "No. | Activity | Lead | Output",
        "X1.1 | Open map of the connectivity of health facilities, updated every quarter | Digital Health Bureau | "
        "Map of all 31 Member States",
        "X1.2 | Second connections for hospitals | Telecom Operators Group | 310 hospitals with a second route",
        "X1.3 | Training of technicians | Regional Hub | 1,500 technicians trained"]
    # the heading right after the last row opens the next section
    assert units["roadmap-x1:3"].text == "The activities are estimated to cost USD 212 million."


def test_a_pdf_table_row_is_a_line_of_tab_separated_cells_which_lines_to_blocks_keeps_as_a_row():
    lines = ["Table 1 lists the activities of the", "roadmap.", "No.\tActivity\tLead", "X1.1\tOpen map\tthe Bureau",
             "3. Resources"]
    assert [b.text for b in lines_to_blocks(lines)] == [
        "Table 1 lists the activities of the roadmap.", "No. | Activity | Lead", "X1.1 | Open map | the Bureau",
        "3. Resources"]


def _page_texts(data: bytes) -> list[tuple[str, str]]:
    """(as pypdf reads each page, as the PDF parser reads it)."""
    import io

    from pypdf import PdfReader

    from corpus.parsers.pdf_tables import page_text

    return [(page.extract_text(), page_text(page)) for page in PdfReader(io.BytesIO(data)).pages]


def _justified_word_by_word(pdf) -> None:
    """A justified paragraph set as Word may set it: each word a piece of text of its own, the gaps widened."""
    width, words, line = pdf.epw, PDF_JUSTIFIED.split(), []
    y = 40.0
    for word in [*words, None]:
        if word is not None and pdf.get_string_width(" ".join([*line, word])) <= width:
            line.append(word)
            continue
        gap = (width - sum(pdf.get_string_width(w) for w in line)) / (len(line) - 1) if word is not None else \
            pdf.get_string_width(" ")
        x = pdf.l_margin
        for w in line:
            pdf.text(x, y, w)
            x += pdf.get_string_width(w) + gap
        y, line = y + 5.5, [word]


def _hanging_indents(pdf) -> None:
    """A resolution's clauses and a bulleted list: a marker set in a cell of its own before a hanging-indented text."""
    pdf.multi_cell(0, 5.5, "resolves", new_x="LMARGIN", new_y="NEXT")
    for mark, text in [("a)", PDF_JUSTIFIED), ("b)", "that the second clause is short;"), ("c)", PDF_JUSTIFIED)]:
        pdf.cell(9, 5.5, mark)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    for mark in ["1", "2", "12."]:
        pdf.cell(9, 5.5, mark)
        pdf.multi_cell(0, 5.5, "to report each year to the Council on the progress made;", new_x="LMARGIN", new_y="NEXT")
    for item in ["connect 85 per cent of the primary health care facilities;", PDF_JUSTIFIED]:
        pdf.set_x(27)
        pdf.cell(5, 5.5, "-")
        pdf.multi_cell(0, 5.5, item, new_x="LMARGIN", new_y="NEXT")


@pytest.mark.parametrize("draw", [
    _justified_word_by_word,
    lambda pdf: pdf.multi_cell(0, 5.5, "\n".join([PDF_JUSTIFIED] * 3), align="J"),
    _hanging_indents,
], ids=["justified-word-by-word", "justified", "hanging-indents"])
def test_text_that_is_no_table_reads_as_pypdf_gives_it(draw):
    pages = _page_texts(_pdf(draw))
    assert all("\t" not in ours and ours == theirs for theirs, ours in pages)


def _letter_by_letter(pdf) -> None:
    """Lines set a letter at a time, as some PDF printers do, in a fixed-width font, so that the letters of one line
    start where those of the next do: letters side by side are no cells."""
    pdf.set_font("Courier", "", 10.5)
    import textwrap

    for n, line in enumerate(textwrap.wrap(PDF_JUSTIFIED, 60)):
        x = pdf.l_margin
        for letter in line:
            pdf.text(x, 40 + 5.5 * n, letter)
            x += pdf.get_string_width(letter)


def test_text_set_a_letter_at_a_time_reads_as_pypdf_gives_it():
    pages = _page_texts(_pdf(_letter_by_letter))
    assert all("\t" not in ours and ours == theirs for theirs, ours in pages)
