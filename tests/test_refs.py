"""A question that names a paragraph or resolution is understood, however it is written."""

import pytest

from corpus.refs import (
    Ref,
    asked_items,
    clause_locators,
    conference_year_digits,
    conference_years,
    find_refs,
    paragraph_numbers,
    whole_documents,
    years,
)


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


def test_a_documents_text_naming_a_paragraph_of_another_document_does_not_point_to_its_own():
    clause = "to assist Member States with the plans referred to in paragraphs 18 and 67 of the Marenvik Agenda;"
    assert find_refs(clause, own_title="Resolution 19 (Salvara, 2028)") == ()
    # its own name, a short one, or none: its own paragraphs
    assert find_refs(clause, own_title="Marenvik Declaration and Agenda for Connectivity") == (Ref(None, "18"), Ref(None, "67"))
    assert find_refs("as set out in paragraph 5 of the Agenda", own_title="Kerrowan Agenda") == (Ref(None, "5"),)
    assert find_refs("the focal point named in section 9.", own_title="Action Line K2 roadmap") == (Ref(None, "9"),)
    # a document the registry knows is named as before
    assert find_refs("see paragraph 96 of the Tunis Agenda", own_title="Resolution 19") == (Ref("tais", "96"),)


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


# -- the six UN languages ----------------------------------------------------------------------

@pytest.mark.parametrize("text, refs", [
    ("Que dit le paragraphe 72 de l'Agenda de Tunis ?", (Ref("tais", "72"),)),
    ("¿Qué dice el párrafo 72 de la Agenda de Túnez?", (Ref("tais", "72"),)),
    ("Что говорится в пункте 72 Тунисской программы?", (Ref("tais", "72"),)),
    ("ماذا تقول الفقرة 72 من برنامج عمل تونس؟", (Ref("tais", "72"),)),
    ("ماذا تقول الفقرة ٧٢ من برنامج عمل تونس؟", (Ref("tais", "72"),)),  # Arabic-Indic digits
    ("《突尼斯议程》第72段说了什么？", (Ref("tais", "72"),)),
    ("What does paragraph 44 of the Declaration of Principles say?", (Ref("geneva-declaration", "44"),)),
    ("Que prévoit le paragraphe 44 de la Déclaration de principes ?", (Ref("geneva-declaration", "44"),)),
])
def test_a_paragraph_reference_is_read_in_each_un_language(text, refs):
    assert find_refs(text) == refs


@pytest.mark.parametrize("text, numbers", [
    ("paragraphes 112 à 115", ["112", "113", "114", "115"]),
    ("párrafos 112 a 115", ["112", "113", "114", "115"]),
    ("пункты 27 и 50", ["27", "50"]),
    ("第112至115段", ["112", "113", "114", "115"]),
    ("第96和98段", ["96", "98"]),
    ("الفقرتين 27 و50", ["27", "50"]),
    ("paragraph 50 c ii", ["50"]),
    ("paragraphs from 35 to 37", ["35", "36", "37"]),
    ("de los párrafos desde 35 hasta 37", ["35", "36", "37"]),
    ("в пунктах с 35 по 37", ["35", "36", "37"]),
    ("الفقرات من 35 إلى 37", ["35", "36", "37"]),
    ("el párrafo 35 hasta 2030", ["35"]),  # a year is no paragraph 203
])
def test_lists_and_ranges_of_paragraphs_in_each_language(text, numbers):
    assert paragraph_numbers(text) == numbers


@pytest.mark.parametrize("text", [
    "Quel est l'objet de la résolution 140 ?",
    "¿De qué trata la Resolución 140?",
    "О чём Резолюция 140?",
    "ما موضوع القرار 140؟",
    "第140号决议是关于什么的？",
])
def test_a_resolution_number_is_read_in_each_language(text):
    assert find_refs(text) == (Ref("pp-res-140", None),)


def test_a_resolution_body_is_read_in_french_and_spanish():
    assert find_refs("la résolution 30 de la CMDT") == (Ref("wtdc-res-30", None),)
    assert find_refs("la Resolución 75 de la AMNT") == (Ref("wtsa-res-75", None),)


def test_a_translation_is_matched_as_its_original():
    assert Ref("tais", "72").matches("tais-fr:72", ())
    assert Ref(None, "72").matches("tais-zh:72", ())
    assert not Ref("tais", "72").matches("tais-fr:73", ())


def test_years_next_to_chinese_characters():
    assert years("2025年12月的审查") == [2025]
    assert years("WSIS-05/TUNIS/DOC/6(Rev.1)") == []


def test_the_parts_of_a_paragraph_cut_for_its_length_are_that_paragraph():
    assert Ref("tais", "96").matches("tais:96~3", ())
    assert not Ref("tais", "9").matches("tais:96~3", ())


@pytest.mark.parametrize("text, locators", [
    ("What does resolves 2 say?", ["resolves*-2"]),
    ("¿Qué dispone el resuelve 7 de la Resolución 231?", ["resolves*-7"]),
    ("Que dit le point 2 du décide de la Résolution 231 ?", ["resolves*-2"]),
    ("Что гласит пункт 3 раздела «решает» Резолюции 231?", ["resolves*-3"]),
    ("ماذا ينص عليه البند 3 من يقرر في القرار 231؟", ["resolves*-3"]),
    ("第231号决议做出决议第3段说了什么？", ["resolves*-3"]),
    ("Selon la Résolution 19, que charge le Secrétaire général 2 ?", ["instructs-the-secretary-general*-2"]),
    ("Что предлагает Государствам-Членам 2 Резолюция 19?", ["invites-member-states*-2"]),
    ("¿Qué dice el recordando b) de la Resolución 19?", ["recalling*-b"]),
    ("Что гласит напоминая б) Резолюции 19?", ["recalling*-b"]),  # Cyrillic б) is b)
    ("La résolution décide de créer un fonds.", []),  # the verb, not a clause
    ("第231号决议第3段说了什么？", []),  # a paragraph of the resolution, not a clause of a part
])
def test_a_clause_reference_is_read_in_each_un_language(text, locators):
    """The locators stay the English clauses' (``resolves-7``): a translation keeps its original's ids."""
    assert clause_locators(text) == locators


def test_an_english_verb_is_not_a_clause_of_another_language():
    assert clause_locators("When will the Council decide 2 budget questions?") == []


@pytest.mark.parametrize("text, items", [
    ("What does §72(c) say?", ("c",)),
    ("What does item (c) of paragraph 72 say?", ("c",)),
    ("Que dit l'alinéa c) du paragraphe 72 ?", ("c",)),
    ("¿Qué dice el inciso c del párrafo 72?", ("c",)),
    ("Что говорится в подпункте в) пункта 72?", ("c",)),
    ("ماذا تقول الفقرة الفرعية (ج) من الفقرة 72؟", ("c",)),
    ("第72段c项说了什么？", ("c",)),
    ("What does paragraph 72 say?", ()),
    ("What does paragraph 72 say about items a country must report?", ()),  # an article
    ("What does item c say?", ()),  # of no paragraph
    ("What do paragraphs 50(a) and (c) say?", ("a", "c")),
    ("Que disent les alinéas a) et c) du paragraphe 50 ?", ("a", "c")),
    ("ماذا تقول الفقرتان الفرعيتان (أ) و(ج) من الفقرة 50؟", ("a", "c")),
])
def test_the_sub_item_a_question_asks_for_with_its_paragraph(text, items):
    assert asked_items(text) == items


def test_a_resolutions_part_is_named_by_its_official_words_in_the_other_languages():
    from corpus.refs import parts_named

    assert parts_named("Что поручает Генеральному секретарю Резолюция 19?") == ["instructs-the-secretary-general"]
    assert parts_named("Que décide la Résolution 19 ?") == ["resolves"]
    assert parts_named("What did the Council decide?") == [], "an English verb, not the French part"


@pytest.mark.parametrize("text, locators", [
    ("What is the second instruction to the Secretary-General in Resolution 19?", ["instructs-the-secretary-general*-2"]),
    ("What is the fourth instruction to the Director of the Connectivity Development Bureau in Resolution 19?",
     ["instructs-the-director-of-the-connectivity-development-bureau*-4"]),
    ("What is the 2nd invitation to Member States in Resolution 19?", ["invites-member-states*-2"]),
    ("What does the third resolves of Resolution 19 say?", ["resolves*-3"]),
    ("What does operative paragraph 4 of Resolution 19 say?", ["resolves*-4"]),
    ("What does the first operative paragraph of Resolution 19 say?", ["resolves*-1"]),
    ("What does the second considering paragraph of Resolution 19 say?", ["considering*-b"]),  # the preamble is lettered
    ("What are the first instruction to the Secretary-General and the first instruction to the Director of the "
     "Connectivity Development Bureau in Resolution 19?",
     ["instructs-the-secretary-general*-1", "instructs-the-director-of-the-connectivity-development-bureau*-1"]),
    # no resolution spoken of: "first" and "request" are words of the question
    ("What was the first request to ITU regarding WSIS?", []),
])
def test_a_clause_named_by_its_place_in_its_part(text, locators):
    assert clause_locators(text) == locators


@pytest.mark.parametrize("text, refs", [
    ("What does the fifteenth paragraph of the Marenvik Agenda say?", (Ref(None, "15"),)),
    ("What is in the fifth section of the K2 roadmap?", (Ref(None, "5"),)),
    ("What does the Tunis Agenda say in its 3rd paragraph?", (Ref("tais", "3"),)),
    ("Is this the first paragraph that mentions spectrum?", ()),  # a place among those that mention it
    ("What does the first paragraph of resolves in Resolution 19 say?",  # a clause of a resolution's part
     (Ref(None, "resolves*-1"), Ref("res-19", None))),
])
def test_a_paragraph_or_section_named_by_its_place(text, refs):
    assert find_refs(text) == refs


@pytest.mark.parametrize("text, refs", [
    ("Que dit le cinquième paragraphe de l'Agenda de Tunis ?", (Ref("tais", "5"),)),
    ("Que dit la deuxième section de la feuille de route K2 ?", (Ref(None, "2"),)),
    ("¿Qué dice el quinto párrafo de la Agenda de Túnez?", (Ref("tais", "5"),)),
    ("¿Qué dice la primera sección de la hoja de ruta K2?", (Ref(None, "1"),)),
    ("Что говорится в пятом пункте Тунисской программы?", (Ref("tais", "5"),)),
    ("Что сказано в первом разделе дорожной карты K2?", (Ref(None, "1"),)),
    ("Le premier paragraphe qui parle du spectre ?", ()),  # a place among those that speak of it
    ("《突尼斯议程》第十五段说了什么？", (Ref("tais", "15"),)),  # Chinese numerals
    ("第一百零三段是什么？", (Ref(None, "103"),)),
    ("ماذا تقول الفقرة الخامسة من برنامج عمل تونس؟", (Ref("tais", "5"),)),  # an Arabic ordinal
])
def test_a_paragraph_or_section_named_by_its_place_or_in_chinese_numerals_in_the_other_un_languages(text, refs):
    assert find_refs(text) == refs


@pytest.mark.parametrize("text, named", [
    ("Resolution 30 (WTDC-10): Role of the ITU Telecommunication Development Sector", {"2010"}),
    ("In October 2010, PP 10 endorsed the relevant work", {"2010"}),
    ("Resolution 75 (WTSA-08)", {"2008"}),
    ("Resolution 140 (Rev. PP-98)", {"1998"}),
    ("Action Lines AL C2, C5 and C6; Resolution 1196", set()),  # an action line or a number is no conference's year
])
def test_a_conference_named_by_its_short_form_names_its_year(text, named):
    assert conference_years(text) == named


@pytest.mark.parametrize("text, digits", [
    ("Какой теме посвящена Резолюция 101 ПК-10?", {"10": "2010"}),
    ("Какая резолюция ВАСЭ-08 касается вклада МСЭ-T?", {"08": "2008"}),
    ("Que dit la résolution 30 de la CMDT-10 ?", {"10": "2010"}),
    ("¿Qué resolución de la AMNT-08 trata de la CMSI?", {"08": "2008"}),
    ("What does paragraph 10 of the Tunis Agenda say?", {}),  # a paragraph's number is no session's
])
def test_a_delegate_names_a_conferences_session_by_its_years_last_two_digits_in_any_language(text, digits):
    assert conference_year_digits(text) == digits
