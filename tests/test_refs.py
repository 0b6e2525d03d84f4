"""A question that names a paragraph or resolution is understood, however it is written."""

import pytest

from corpus.refs import Ref, find_refs, paragraph_numbers, whole_documents, years


@pytest.mark.parametrize("text, numbers", [
    ("§ 27 and 50 c ii of TAIS", ["27", "50"]),
    ("§ 112 to § 115 of TAIS", ["112", "113", "114", "115"]),
    ("paragraphs 112–115", ["112", "113", "114", "115"]),
    ("para. 96", ["96"]),
    ("What does paragraph 78 say?", ["78"]),
    ("§§ 98, 103 and 109", ["98", "103", "109"]),
    ("the 2010 roadmaps for C2", []),
])
def test_paragraph_numbers(text, numbers):
    assert paragraph_numbers(text) == numbers


def test_a_named_document_scopes_the_paragraph():
    assert find_refs("paragraph 44 of the Geneva Declaration") == (Ref("geneva-declaration", "44"),)
    assert find_refs("What does § 96 of the Tunis Agenda say?") == (Ref("tais", "96"),)
    assert find_refs("What does § 96 say?") == (Ref(None, "96"),)


def test_resolutions_resolve_to_registry_documents():
    assert find_refs("What is Resolution 140 about?") == (Ref("pp-res-140", None),)
    assert find_refs("WTDC Res. 30") == (Ref("wtdc-res-30", None),)
    assert find_refs("Resolution 999") == (Ref("res-999", None),)


def test_matching_a_unit_by_its_refs():
    refs = ("tais:27", "tais:50")
    assert Ref(None, "50").matches("itu-wsis-page:tais-27-50", refs)
    assert Ref("tais", "27").matches("itu-wsis-page:tais-27-50", refs)
    assert not Ref("geneva-declaration", "27").matches("itu-wsis-page:tais-27-50", refs)
    assert Ref("pp-res-140", None).matches("itu-wsis-page:pp-res-140", ("pp-res-140",))


@pytest.mark.parametrize("text, docs", [
    ("What does the Geneva Plan of Action contain?", ("geneva-plan",)),
    ("What does Resolution 172 resolve?", ("pp-res-172",)),
    ("What does paragraph 44 of the Geneva Declaration say?", ()),  # a paragraph, not the whole text
    ("What is UNGIS?", ()),
])
def test_documents_named_as_a_whole(text, docs):
    assert whole_documents(text) == docs


def test_the_years_a_question_names():
    assert years("the WSIS+20 review in December 2025, after the 2005 Summit") == [2025, 2005]
    assert years("paragraph 109 of Resolution 1282") == []
