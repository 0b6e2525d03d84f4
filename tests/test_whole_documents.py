"""A question on what a document is or says as a whole ("What is the Marenvik Agenda?", "Summarise the K2
roadmap"): its title or opening paragraph, then the headings of the rest of it; never "the document does
not cover this"."""

import pytest

from assistant.requests import Turn
from assistant.service import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="module")
def devdocs(family_home, embeddings):
    return Assistant.open(Settings(home=family_home("devdocs")), embeddings=embeddings)


def cited(answer):
    return [c.id for c in answer.citations]


def test_an_agenda_asked_about_as_a_whole_gives_its_opening_paragraph_and_its_headings(devdocs):
    answer = devdocs.ask("What is the Marenvik Agenda?")
    assert cited(answer) == ["ccsd-declaration:1"]
    assert "II. Infrastructure and affordability; III. Financing" in answer.answer
    assert "I. Our common vision" not in answer.notice, "the opening's own heading is not listed again"
    assert cited(devdocs.ask("What does the Marenvik Agenda say?")) == ["ccsd-declaration:1"]


def test_a_roadmap_to_summarise_gives_its_first_section_and_the_others_headings(devdocs):
    answer = devdocs.ask("Summarise the K2 roadmap.")
    assert cited(answer) == ["roadmap-k2:1"] and "Risks and mitigation" in answer.notice


def test_a_resolution_asked_about_as_a_whole_gives_its_title_and_its_parts(devdocs):
    answer = devdocs.ask("What does Resolution 19 say?")
    assert cited(answer) == ["res-19:title"] and "resolves; instructs the Director" in answer.notice


@pytest.mark.parametrize("question", ["Что такое Маренвикская повестка дня?", "¿Qué es la Agenda de Marenvik?",
                                      "ما هو برنامج عمل مارنفيك؟"])
def test_what_a_document_is_asked_in_other_languages_gives_its_opening(devdocs, question):
    answer = devdocs.ask(question)
    assert cited(answer) == ["ccsd-declaration:1"] and answer.notice


def test_the_headings_are_framed_in_the_questions_language(devdocs):
    answer = devdocs.ask("Qu'est-ce que l'Agenda de Marenvik ?")
    assert cited(answer) == ["ccsd-declaration:1"]
    assert answer.notice.startswith("Marenvik Declaration and Agenda for Connectivity est indexé en entier")


@pytest.mark.parametrize(("question", "unit"), [
    # "…, where" is a part asking where, not what the Agenda is
    ("According to the Marenvik Agenda itself, where and when will its mid-term review take place?",
     "ccsd-declaration:75"),
    ("What does the Marenvik Agenda say about the host of the regional fund?", "ccsd-declaration:35"),
])
def test_a_question_asking_something_of_a_document_is_answered_from_what_it_says_of_that(devdocs, question, unit):
    answer = devdocs.ask(question)
    assert cited(answer) == [unit] and not answer.notice



def test_a_follow_up_answers_what_it_asks_of_the_document_not_the_question_before_again(devdocs):
    history = [Turn("user", "What is the Marenvik Agenda?"), Turn("assistant", "…")]
    answer = devdocs.ask("What does it say about financing?", history)
    assert cited(answer) == ["ccsd-declaration:28"] and not answer.notice


@pytest.mark.parametrize("question", ["What does section VI of the Marenvik Agenda say?",
                                      "Que dit la section VI de l'Agenda de Marenvik ?",
                                      "¿Qué dice la sección VI de la Agenda de Marenvik?"])
def test_a_section_asked_for_by_its_numeral_gives_its_paragraphs_in_order(devdocs, question):
    answer = devdocs.ask(question)
    assert cited(answer) == [f"ccsd-declaration:{n}" for n in (59, 60, 61, 62)] and not answer.notice


def test_a_long_section_gives_as_many_paragraphs_as_an_answer_lists_and_names_the_rest(devdocs):
    answer = devdocs.ask("What does section III of the Marenvik Agenda say?")
    assert cited(answer) == [f"ccsd-declaration:{n}" for n in range(27, 35)]
    assert answer.notice == "The section goes on in Marenvik Declaration and Agenda for Connectivity §35–§40, " \
                            "not quoted here: ask for one of them."
    # a roadmap's numbered sections are units of their own
    assert cited(devdocs.ask("What does section 5 of the K2 roadmap list?")) == ["roadmap-k2:5"]


def test_a_list_of_what_a_document_holds_that_no_paragraph_answers_names_where_the_word_is_used(devdocs):
    # "the targets of this Agenda" in a paragraph that asks for reports on them is no target: nothing is quoted
    # as the list, and the refusal does not say the Agenda is silent on targets, which it is not.
    answer = devdocs.ask("What are the targets of the Marenvik Agenda?")
    assert answer.refused and not answer.citations
    assert "does not cover" not in answer.answer
    assert answer.answer.endswith(
        "“targets” is used in Marenvik Declaration and Agenda for Connectivity §3, §11, §15, §36, §67, §74.")
    # its name said once, the units after it by number or name, its Annex too
    assert devdocs.ask("List the action lines of the Marenvik Agenda.").answer.endswith(
        "“lines” is used in Marenvik Declaration and Agenda for Connectivity §54, §63, §71, Annex.")
    # a word the document does not use: it does not cover the question
    assert "does not cover" in devdocs.ask("What are the risks of Resolution 19?").answer


@pytest.mark.parametrize("question", ["Compare Resolution 19 and the K2 roadmap.",
                                      "What is the difference between Resolution 19 and the K2 roadmap?",
                                      "Comparez la Résolution 19 et la feuille de route K2."])
def test_two_documents_to_compare_give_each_ones_title_or_opening_in_the_order_named(devdocs, question):
    answer = devdocs.ask(question)
    assert cited(answer) == ["res-19:title", "roadmap-k2:1"]
    assert not answer.notice, "the headings of each would bury the comparison"


@pytest.mark.parametrize(("question", "part", "count"), [
    ("What does Resolution 19 instruct the Secretary-General to do?", "instructs-the-secretary-general", 3),
    ("Что поручает Генеральному секретарю Резолюция 19?", "instructs-the-secretary-general", 3),
    ("¿Qué encarga al Secretario General la Resolución 19?", "instructs-the-secretary-general", 3),
    ("第19号决议责成秘书长做什么？", "instructs-the-secretary-general", 3),
    ("Que décide la Résolution 19 ?", "resolves", 5),
    ("ما الذي يقرره القرار 19؟", "resolves", 5),
])
def test_a_resolutions_part_named_by_its_official_words_gives_every_clause_of_it_in_any_language(
        devdocs, question, part, count):
    assert cited(devdocs.ask(question)) == [f"res-19:{part}-{n}" for n in range(1, count + 1)]


@pytest.mark.parametrize(("question", "unit"), [
    ("Who adopted Resolution 19?", "res-19:title"),
    ("Which conference adopted Resolution 19?", "res-19:title"),
    ("Кто принял Резолюцию 19?", "res-19:title"),
    ("第19号决议是由哪个会议通过的？", "res-19:title"),
    ("When was the Marenvik Agenda adopted?", "ccsd-declaration:preamble"),
    ("Quand l'Agenda de Marenvik a-t-il été adopté ?", "ccsd-declaration:preamble"),
    ("What is the document symbol of the Marenvik Agenda?", "ccsd-declaration:preamble"),  # "CCSD-27/DOC/3-E"
    ("In which language was the Marenvik Agenda originally written?", "ccsd-declaration:preamble"),  # "Original: …"
])
def test_who_adopted_a_document_and_when_is_what_its_masthead_says(devdocs, question, unit):
    # not the paragraphs that adopt something else ("adopt … a national connectivity plan")
    assert cited(devdocs.ask(question)) == [unit]


def test_who_adopted_the_document_of_the_part_before_is_its_masthead_too_and_what_it_adopts_is_not(devdocs):
    answer = devdocs.ask("What is the subject of Resolution 19 (Salvara, 2028), and which conference adopted it?")
    assert cited(answer) == ["res-19:title"]
    assert cited(devdocs.ask("What does the Marenvik Agenda adopt on spectrum?")) == ["ccsd-declaration:18"]


def test_a_masthead_that_does_not_state_what_is_asked_of_it_is_not_the_answer(devdocs):
    # the resolution's title line names its conference, not the language it was written in
    assert devdocs.ask("What is the original language of Resolution 19?").refused


@pytest.mark.parametrize("question", ["Summarise the ITU and WSIS page.", "What is on this page?",
                                      "Give me an overview of the page."])
def test_the_bundled_page_asked_about_as_a_whole_gives_its_opening_and_its_parts(assistant, question):
    """The first thing a delegate meets is the page: named as they name it, it is summarised as a document is."""
    answer = assistant.ask(question)
    assert cited(answer) == ["itu-wsis-page:roadmaps-1"]
    assert "ITU Focal Points" in answer.notice and "Latest from WSIS Implementation Process" in answer.notice


def test_the_page_named_in_a_question_on_a_subject_answers_it(assistant):
    assert cited(assistant.ask("What does the ITU and WSIS page say about UNGIS?")) == ["itu-wsis-page:tais-103"]


@pytest.mark.parametrize("question, said", [
    ("What does paragraph 150 of the Marenvik Agenda say?",
     "Marenvik Declaration and Agenda for Connectivity is indexed, but it has no paragraph 150; its numbered "
     "paragraphs are §1–§78."),
    # a roadmap's sections are numbered as an agenda's paragraphs are: none of the nine is section 12
    ("What does section 12 of the K2 roadmap say?",
     "Action Line K2 roadmap is indexed, but it has no section 12; its numbered sections are §1–§9."),
])
def test_a_paragraph_a_held_document_does_not_have_is_said_so_with_those_it_has(devdocs, question, said):
    answer = devdocs.ask(question)
    assert answer.refused and not answer.citations and answer.answer == said
