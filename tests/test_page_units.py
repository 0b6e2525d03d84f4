"""The ITU page becomes the units a delegate cites: one per item, with ids, labels and refs."""

from corpus import bundled_units
from corpus.page import parse_page, tais_label

UNITS = {u.id: u for u in bundled_units()}


def test_every_tais_item_on_the_page_is_its_own_unit_with_the_paragraphs_it_refers_to():
    tais = {uid: u.refs for uid, u in UNITS.items() if ":tais-" in uid}
    assert tais == {
        "itu-wsis-page:tais-27-50": ("tais:27", "tais:50"),
        "itu-wsis-page:tais-72": ("tais:72",),
        "itu-wsis-page:tais-78": ("tais:78",),
        "itu-wsis-page:tais-96": ("tais:96",),
        "itu-wsis-page:tais-98": ("tais:98",),
        "itu-wsis-page:tais-103": ("tais:103",),
        "itu-wsis-page:tais-109": ("tais:109",),
        "itu-wsis-page:tais-112-115": ("tais:112", "tais:113", "tais:114", "tais:115"),
        "itu-wsis-page:tais-120": ("tais:120",),
        "itu-wsis-page:tais-annex": ("tais:annex",),
    }


def test_tais_units_are_labelled_as_delegates_cite_them():
    assert UNITS["itu-wsis-page:tais-96"].label == "ITU and WSIS page — TAIS §96"
    assert UNITS["itu-wsis-page:tais-27-50"].label == "ITU and WSIS page — TAIS §27 and §50(c)(ii)"
    assert UNITS["itu-wsis-page:tais-72"].label == "ITU and WSIS page — TAIS §72(c)"
    assert UNITS["itu-wsis-page:tais-112-115"].label == "ITU and WSIS page — TAIS §§112–115"
    assert UNITS["itu-wsis-page:tais-annex"].label == "ITU and WSIS page — TAIS Annex"


def test_the_unit_text_is_the_whole_item_as_the_page_has_it():
    assert UNITS["itu-wsis-page:tais-96"].text.startswith("§ 96 of TAIS - ITU and other regional organizations")
    assert UNITS["itu-wsis-page:tais-96"].text.endswith("based on relevant international agreements")


def test_each_resolution_entry_records_its_body_year_and_number():
    resolutions = {
        uid: (u.body, u.year, u.number, u.refs) for uid, u in UNITS.items() if "-res-" in uid
    }
    assert resolutions == {
        "itu-wsis-page:pp-res-140": ("PP", 2010, "140", ("pp-res-140",)),
        "itu-wsis-page:pp-res-172": ("PP", 2010, "172", ("pp-res-172",)),
        "itu-wsis-page:pp-res-101": ("PP", 2010, "101", ("pp-res-101",)),
        "itu-wsis-page:pp-res-102": ("PP", 2010, "102", ("pp-res-102",)),
        "itu-wsis-page:wtdc-res-30": ("WTDC", 2010, "30", ("wtdc-res-30",)),
        "itu-wsis-page:wtsa-res-75": ("WTSA", 2008, "75", ("wtsa-res-75",)),
        "itu-wsis-page:council-res-1282": ("Council", 2008, "1282", ("council-res-1282",)),
    }


def test_a_resolution_entry_split_over_lines_is_one_unit_without_the_icon_text():
    unit = UNITS["itu-wsis-page:pp-res-172"]
    assert unit.text == "Resolution 172 (Plenipotentiary 2010): Overall Review of the Implementation of the WSIS Outcomes."
    assert unit.label == "ITU and WSIS page — Resolution 172 (Plenipotentiary 2010)"
    assert "icon" not in " ".join(u.text for u in UNITS.values()).lower()


def test_the_council_resolution_is_filed_under_the_council_not_the_heading_above_it():
    assert UNITS["itu-wsis-page:council-res-1282"].section == "ITU Decisions Relevant to WSIS Outcomes — ITU Council"


def test_opening_paragraphs_are_units_of_their_own_under_their_heading():
    roadmaps = [u for u in UNITS.values() if u.locator.startswith("roadmaps-")]
    assert [u.locator for u in roadmaps] == ["roadmaps-1", "roadmaps-2", "roadmaps-3", "roadmaps-4"]
    assert all(u.section == "WSIS Action Line Roadmaps" for u in roadmaps)
    assert "Sole Facilitator for AL C2" in roadmaps[0].text
    assert roadmaps[3].refs == ("pp-res-140",), "'(Res. 140)' in the text is a reference"


def test_a_heading_alone_is_never_a_unit_and_link_lists_join_their_heading():
    headings = {"WSIS Action Line Roadmaps", "ITU Focal Points", "Plenipotentiary Conference",
                "Latest from WSIS Implementation Process"}
    assert not [u for u in UNITS.values() if u.text in headings]
    focal = UNITS["itu-wsis-page:focal-points"]
    assert focal.text == ("ITU Focal Points: Focal Points For WSIS Action Lines; "
                          "Focal Points For Other WSIS Outcomes Relevant To ITU.")
    assert "(November 2010 - May 2011)" in UNITS["itu-wsis-page:latest"].text


def test_site_navigation_and_footer_are_not_content():
    text = " ".join(u.text for u in UNITS.values())
    for chrome in ("Advanced Search", "Site Map", "Copyright", "Contact for this page", "Home : ITU and WSIS"):
        assert chrome not in text


def test_ids_are_unique_and_every_unit_points_to_the_page():
    units = bundled_units()
    assert len({u.id for u in units}) == len(units) == 26
    assert all(u.url == "http://www.itu.int/itu-wsis/index.html" and u.doc == "itu-wsis-page" for u in units)


def test_an_unknown_line_is_kept_under_its_section_rather_than_dropped():
    page = "Home : X\nITU Focal Points\n\nA new link added by the webmaster\n\nTop - Feedback\n"
    (unit,) = parse_page(page)
    assert unit.id == "itu-wsis-page:focal-points" and "A new link added by the webmaster" in unit.text


def test_tais_label_formats_sub_items():
    assert tais_label("§ 50 c ii") == "§50(c)(ii)"
    assert tais_label("Annex") == "Annex"
