"""Documents in the layouts of issue 18, read into units: what is a paragraph, what is not, and nothing lost.

The fixtures (``layout_fixtures``) are invented texts in real layouts: ITU's table-cell HTML with
the symbol, date and "Original: English" set right above the title; a PDF with a running header,
a footnote and a paragraph over a page break; plain text with numbers out of sequence; Word
numbering and footnotes; roadmaps in DOCX, PDF and HTML with tables; a resolution over three PDF
pages with alternating running heads.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

import corpus_fixtures as F
import layout_fixtures as L
from corpus.blocks import Block, ParseError
from corpus.library import doc_info, read
from corpus.parsers import read_document
from corpus.report import missing_words
from corpus.segment import agenda
from corpus.segment.sequence import Candidate, running_sequence
from index.lexical import tokenize


def reading(name: str):
    build, fmt, doc_id, _ = L.FIXTURES[name]
    return read(build(), fmt, "auto", doc_info(doc_id), name)


def units(name: str) -> dict:
    return {u.locator: u for u in reading(name).units}


# -- the HTML agenda of the issue -------------------------------------------------------------------

def test_the_date_under_the_symbol_is_not_a_paragraph_and_paragraph_1_follows_the_title_block():
    found = units("city-agenda.html")
    assert list(found) == ["preamble", *map(str, range(1, 9)), "annex"]
    assert found["preamble"].text == ("World Summit of Fictional Cities\nGeneva 2030 - Tunis 2031\n"
                                      "Document CITY-31/DOC/4(Rev.1)-E\n3 March 2031 Original: English")
    for n in (1, 2, 3, 5, 8):
        assert found[str(n)].text == L.CITY_PARAGRAPHS[n]
    assert found["4"].text == "\n".join([L.CITY_PARAGRAPHS[4], *L.CITY_ITEMS_4])


def test_a_list_numbered_1_2_3_inside_a_paragraph_stays_in_it_a_line_an_item():
    assert units("city-agenda.html")["7"].text == "\n".join([L.CITY_PARAGRAPHS[7], *L.CITY_LIST_7])
    assert units("city-agenda-word.docx")["6"].text == "\n".join(["We set three priorities:", *L.CITY_LIST_6])
    assert units("town-programme.txt")["8"].text == "We call for a yearly report on:\n1) access;\n2) skills."


def test_an_unregistered_agenda_is_labelled_with_the_title_in_its_file():
    found = units("city-agenda.html")
    assert found["3"].label == "Agenda of the Fictional City Summit §3"
    assert found["3"].title == "Agenda of the Fictional City Summit"
    assert found["annex"].label == "Agenda of the Fictional City Summit, Annex"


def test_a_table_in_the_annex_is_kept_row_by_row_and_the_breadcrumb_is_not_text():
    found = units("city-agenda.html")
    assert found["annex"].text == ("Action line | Lead | Review\n"
                                   "C1 Access | The lead agency | 2033\nC2 Skills | The partners | 2035")
    assert not any("Home" in u.text for u in found.values())


def test_the_report_names_what_was_found():
    report = reading("city-agenda.html").report
    assert report.summary() == "10 units: 8 paragraphs (§1–8), preamble, annex"
    assert report.findings() == []


# -- a PDF: running header and footer, footnote, page break, numbers inside sentences --------------

def test_numbers_at_the_start_of_wrapped_lines_stay_in_their_sentence():
    found = units("city-declaration.pdf")
    assert "in accordance with Article 85 of the Charter of the Fictional Cities and with the 2027 review" in found["1"].text
    assert found["2"].text == "We recall the conference held in the capital on 3 March 2031 and the commitments made there."
    assert list(found) == ["preamble", "1", "2", "3", "4", "5", "6"]


def test_an_entry_s_code_and_its_name_are_one_sentence_a_code_ending_a_sentence_ends_it():
    from corpus.text import split_sentences

    assert split_sentences("C5. Building confidence and security | ITU") == ["C5. Building confidence and security | ITU"]
    assert split_sentences("K2.3. Support for new exchange points") == ["K2.3. Support for new exchange points"]
    assert split_sentences("We support action line C5. The Union leads it.") == ["We support action line C5.",
                                                                                   "The Union leads it."]


def test_a_numbered_list_inside_a_paragraph_stays_inside_it_one_item_a_line():
    assert units("city-declaration.pdf")["3"].text == (
        "We propose a plan in three parts:\n1) public access points in every district;\n"
        "2) training for the staff of local governments;\n3) a yearly report on progress.")


def test_a_paragraph_runs_on_over_the_page_break_and_a_footnote_joins_the_paragraph_with_its_mark():
    found = units("city-declaration.pdf")
    assert found["4"].text == (
        "We recognize that the costs of connecting to the backbone weigh heavily on the small networks of 40 cities "
        "and that the plan must lower them through shared infrastructure and open exchange points that keep local "
        "traffic local, by:\na) promoting exchange points;\nb) asking funders to give priority to shared infrastructure.")
    assert found["1"].text.endswith("\n" + L.PDF_NOTE)
    # the text layer runs the raised mark into its word ("information1"): raised again, and no part of the word
    assert "share information¹ and knowledge" in found["1"].text
    assert "inform" in tokenize(found["1"].text.splitlines()[0], "en")
    text = "\n".join(u.text for u in found.values())
    assert "Page 1" not in text and "for participants only" not in text


def test_the_title_after_the_title_block_names_the_document_and_the_block_is_the_preamble():
    found = units("city-declaration.pdf")
    assert found["5"].label == "Declaration of the Fictional Cities §5" and found["5"].section == "Follow-up"
    assert found["preamble"].text == "World Summit of Fictional Cities\nDocument CITY-31/DOC/5-E\n3 March 2031\nOriginal: English"


# -- numbers that break the sequence: kept, and reported -------------------------------------------

def test_duplicates_and_numbers_out_of_sequence_stay_in_the_paragraph_above_and_are_reported():
    result = reading("town-programme.txt")
    found = {u.locator: u for u in result.units}
    assert [k for k in found if k.isdigit()] == ["1", "2", "3", "4", "6", "7", "8", "9", "10"]
    assert found["7"].text == "We encourage towns to exchange staff.\n7. We encourage towns to share their training material."
    assert found["9"].text == "We agree to meet again in 2033.\n3. We recall that this text is a fixture."
    report = result.report
    assert (report.gaps, report.duplicates, report.out_of_sequence) == (("§5",), ("§7",), ("3 (after §9)",))
    assert report.warnings() == ["duplicate: §7", "out of sequence: 3 (after §9)"]


def test_a_table_set_in_columns_in_plain_text_stays_in_its_paragraph_a_row_a_line():
    assert units("town-programme.txt")["6"].text == (
        "We invite the lead agency to coordinate the work with these towns:\n"
        "Town | Focal point | Since\nNorthtown | The mayor | 2029\nSouthtown | The librarian | 2030")


def test_plain_text_pages_lose_their_header_and_page_numbers_and_a_paragraph_runs_on_over_the_break():
    found = units("town-programme.txt")
    assert found["4"].text.endswith("under an open licence so that others may build on them.")
    assert found["2"].text == "We note the work done since the first phase.*\n* The first phase ended with the summit of 2029."
    assert found["preamble"].text == "CITY-31/DOC/9\n18 November 2031\nOriginal: English"
    assert not any("- 1 -" in u.text or "Fictional Towns Programme -" in u.text for u in found.values())


# -- Word numbering, HTML lists, footnotes ---------------------------------------------------------

@pytest.mark.parametrize("name, last", [("city-agenda-word.docx", 6), ("city-agenda-ol.html", 5)])
def test_list_numbering_is_the_paragraph_number_and_a_footnote_follows_its_paragraph(name, last):
    found = units(name)
    assert [k for k in found if k.isdigit()] == [str(n) for n in range(1, last + 1)]
    assert found["2"].text == L.CITY_PARAGRAPHS[2] + "¹\n1 The review is a fixture."  # the mark, raised as printed
    assert "Fictional City Summit 2031" not in " ".join(u.text for u in found.values())  # Word's page header
    assert found["4"].text == "\n".join([L.CITY_PARAGRAPHS[4], *L.CITY_ITEMS_4]) and found["4"].section == "Networks"
    assert found["preamble"].text.endswith("3 March 2031\nOriginal: English")


# -- roadmaps ------------------------------------------------------------------------------------

def test_a_roadmap_without_a_registry_entry_is_labelled_by_the_title_in_the_file():
    found = units("roadmap-h4.docx")
    assert found["2"].label == "Action Line H4 roadmap, section 2"
    assert found["2"].title == "WSIS Action Line H4 Roadmap: Fictional media"
    assert found["intro"].text == "Version of 3 March 2031, prepared by the facilitators of the fictional action line."


def test_a_table_inside_a_roadmap_section_stays_in_it_a_row_a_line():
    assert units("roadmap-h4.docx")["2"].text == (
        "The activities planned for the next two years are:\nActivity | Lead | Year\n"
        "Regional workshops | The lead agency | 2031\nA guide for newsrooms | The partners | 2032\n"
        "Partners may join at any time.")


def test_a_pdf_roadmap_is_sectioned_by_its_numbered_lines_and_list_items_stay_in_their_section():
    found = units("roadmap-c6.pdf")
    assert [k for k in found if k.isdigit()] == ["1", "2", "3", "4"]
    assert found["2"].section == "Lead facilitator and partners"
    assert found["2"].text.endswith("Partner | Role | Since\nRegional body | Co-facilitator | 2029\nTown network | Member | 2030")
    assert found["3"].text == "1. hold regional workshops on enabling rules\n2. publish a guide for national strategies"
    assert found["4"].label == "Action Line C6 roadmap, section 4"


def test_an_html_roadmap_keeps_sub_headings_and_tables_inside_its_sections():
    found = units("roadmap-c2.html")
    assert found["2"].text == ("Item | Lead\nBackbone links | The lead agency\nExchange points | The partners\n"
                               "2.1 Funding\nFunding comes from the partners.")
    assert found["1"].label == "Action Line C2 roadmap, section 1"


# -- resolutions -----------------------------------------------------------------------------------

RES = "Resolution 999 (Rev. Fictional City, 2031)"


def test_a_resolution_clause_runs_on_over_a_page_break_past_an_abbreviation():
    found = units("res-999.pdf")
    assert found["resolves-1"].text == (
        "that the Union shall keep coordinating its work on the summit outcomes through one high-level group that "
        "reports to the Council every year and to all of its members, in accordance with No. 85 of the Convention "
        "and with the plan approved by this conference;")
    assert reading("res-999.pdf").report.findings() == []


def test_alternating_running_heads_and_page_numbers_are_not_resolution_text():
    text = "\n".join(u.text + u.section for u in units("res-999.pdf").values())
    assert not any(head in text for head in L.RES_HEADS) and "101" not in text and "102" not in text


def test_resolution_parts_with_a_long_keyword_line_are_their_own_clauses():
    found = units("res-999.pdf")
    part = "instructs-the-director-of-the-telecommunication-development-bureau"
    assert found[f"{part}-1"].label == f"{RES}, instructs the Director of the Telecommunication Development Bureau 1"
    assert found[f"{part}-2"].text == "to report to the Council on the results,"
    assert found["invites-member-states"].text == (
        "to take part in the review of the summit outcomes and to share their national reports.")
    assert found["recalling-b"].label == f"{RES}, recalling b)"
    assert found["resolves-2"].text.endswith("in particular:\na) to publish a yearly report on information infrastructure;\n"
                                             "b) to support capacity building in developing countries;")


def test_an_html_resolution_reads_further_parts_and_lettered_sub_items():
    found = units("res-999.html")
    assert list(found) == ["title", "considering-a", "considering-b", "further-considering", "resolves-1", "resolves-2",
                           "resolves-3", "instructs-the-secretary-general"]
    assert found["resolves-2"].text == ("to continue to take the measures needed, in particular:\n"
                                        "a) to publish a yearly report;\nb) to support capacity building;")
    assert found["title"].section == "RESOLUTION 999 (REV. FICTIONAL CITY, 2031)"


# -- nothing lost, in every fixture ----------------------------------------------------------------

OLD_FIXTURES = {
    "tais.html": (F.agenda_html, "html", "tais", "agenda"),
    "res140.pdf": (F.resolution_pdf, "pdf", "pp-res-140", "resolution"),
    "res140.docx": (F.resolution_docx, "docx", "pp-res-140", "resolution"),
    "c5.docx": (F.roadmap_docx, "docx", "roadmap-c5", "roadmap"),
    "dop.txt": (F.agenda_txt, "txt", "geneva-declaration", "agenda"),
}
ALL = {**L.FIXTURES, **OLD_FIXTURES}


def _words(text: str) -> str:
    # NFKC: a raised footnote mark ("information¹") is the digit the parser read ("information1")
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower()))


@pytest.mark.parametrize("name", list(ALL))
def test_every_word_of_a_document_is_in_one_of_its_units_in_its_own_order(name):
    build, fmt, doc_id, kind = ALL[name]
    data = build()
    result = read(data, fmt, "auto", doc_info(doc_id), name)
    assert result.kind == kind
    blocks = read_document(data, fmt, name).blocks
    assert not missing_words(blocks, result.units) and result.report.lost_words == 0
    # Each block's words, after its item number, run together in some unit: in its text, its
    # section (a heading, a keyword line) or its document title.
    held = " | ".join(_words(f"{u.title} | {u.section} | {u.text}") for u in result.units)
    for block in blocks:
        words = re.sub(r"^(?:[a-z]|[ivx]+|\d+) ", "", _words(block.text))
        assert f" {words} " in f" {held} ".replace(" | ", " "), (name, block)


# -- how the running sequence is chosen ------------------------------------------------------------

def _chain(*numbers, styles=None) -> list[int]:
    styles = styles or ["12."] * len(numbers)
    return running_sequence([Candidate(i, n, s) for i, (n, s) in enumerate(zip(numbers, styles, strict=True))]).numbers


@pytest.mark.parametrize("numbers, chain", [
    ((1, 2, 3, 49, 50, 95, 96, 97), [1, 2, 3, 49, 50, 95, 96, 97]),  # an excerpt: jumps paid for by runs
    ((1, 2, 100, 3, 4), [1, 2, 3, 4]),  # a stray "100 countries"
    ((1, 2, 4, 5), [1, 2, 4, 5]),  # a deleted paragraph
    ((1, 2, 3, 9), [1, 2, 3]),  # a lone far number after the last paragraph
    ((3, 1, 2, 3, 4), [1, 2, 3, 4]),  # "3 March" before §1, had it got through
])
def test_the_chain_is_the_best_increasing_run_of_numbers(numbers, chain):
    assert _chain(*numbers) == chain


def test_a_number_in_another_style_fills_an_exact_slot_only():
    assert _chain(1, 2, 3, 4, styles=["12.", "12)", "12.", "12."]) == [1, 2, 3, 4]
    assert _chain(1, 2, 2, 3, styles=["12.", "12)", "12.", "12."]) == [1, 2, 3]  # "2)" inside §1, then §2


def test_a_list_restarting_at_1_inside_a_paragraph_is_neither_taken_nor_reported():
    sequence = running_sequence([Candidate(i, n, "12.") for i, n in enumerate((1, 2, 3, 1, 2, 3, 4, 5))])
    assert sequence.numbers == [1, 2, 3, 4, 5]
    assert not sequence.duplicates and not sequence.out_of_sequence


@pytest.mark.parametrize("text", ["3 March 2031 Original: English", "18 novembre 2005", "1st May", "2027 review of the programme",
                                  "3.1 Capacity building", "85 of the Convention"])
def test_dates_sub_sections_and_years_cannot_open_a_paragraph(text):
    wrap = "word" if text.startswith("85") else ""
    assert agenda.candidate(0, Block(text, wrap=wrap)) is None


def test_a_wrapped_number_after_a_comma_counts_only_in_the_documents_own_style():
    comma = agenda.candidate(0, Block("2) skills and research", wrap=","))
    assert comma.own_style_only and comma.weight < 1


# -- HTML of any depth -------------------------------------------------------------------------------

def test_a_page_nested_a_thousand_divs_deep_is_read_like_any_other():
    found = {u.locator: u for u in read(L.deep_html(1000), "html", "agenda", doc_info("deep"), "deep.html").units}
    assert [k for k in found if k.isdigit()] == ["1", "2", "3"] and found["2"].text == L.CITY_PARAGRAPHS[2]


def test_a_page_nested_deeper_than_any_document_is_refused_in_one_line():
    with pytest.raises(ParseError) as caught:
        read_document(L.deep_html(100_000), "html", "deep.html")
    assert "nested 100000 elements deep" in str(caught.value) and "\n" not in str(caught.value)
