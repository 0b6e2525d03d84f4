"""What an acronym stands for: the questions that ask only that, in the six languages, and the texts that
spell one out."""

import pytest

from assistant.acronyms import acronym_asked, spells_out
from assistant.generators import ExtractiveGenerator
from corpus import Unit
from index.hits import Hit


@pytest.mark.parametrize(("question", "acronym"), [
    ("What is WSIS?", "WSIS"),
    ("What does WSIS stand for?", "WSIS"),
    ("What's the IGF?", "IGF"),
    ("Qu'est-ce que le SMSI ?", "WSIS"),
    ("Que signifie UNGIS ?", "UNGIS"),
    ("¿Qué es la CMSI?", "WSIS"),
    ("Что такое ВВУИО?", "WSIS"),
    ("ما هي القمة العالمية لمجتمع المعلومات؟", "WSIS"),
    ("什么是信息社会世界峰会？", "WSIS"),
    ("UNGIS是什么？", "UNGIS"),
    ("WSIS", "WSIS"),                      # the acronym alone
    ("what is wsis", "WSIS"),              # one the glossary knows, in lower case
])
def test_a_question_asking_only_what_an_acronym_is_gives_its_english_form(question, acronym):
    assert acronym_asked(question) == acronym


@pytest.mark.parametrize("question", [
    "What is the IGF's mandate?",          # asks something of it, not what it is
    "What is WSIS Forum about and when is it held?",
    "What is Connect the World?",          # a name, not an acronym: answered as any question
    "What is C5?",                         # an action line's code, which the glossary expands for search
    "Which agencies lead UNGIS?",
    "What is it?",
    "spectrum?",
])
def test_a_question_asking_more_than_an_acronyms_meaning_is_not_one(question):
    assert acronym_asked(question) is None


def test_a_text_spells_an_acronym_out_in_capitals_or_before_it_in_brackets():
    assert spells_out("News from the ITU CSD Newslog on World Summit on the Information Society", "WSIS")
    assert spells_out("establishment of the United Nations Group in Information Society (UNGIS) with", "UNGIS")
    assert spells_out("the question of international Internet connectivity (IIC) as an urgent matter", "IIC")
    assert spells_out("le Sommet mondial sur la société de l'information (SMSI) a adopté", "SMSI")
    # a name introducing an acronym made of another language's initials
    assert spells_out("the Director of the Telecommunication Development Bureau (BDT) to assist", "BDT")
    # words with the same initials that are not its name
    assert not spells_out("the WSIS Stocktaking database", "WSIS")
    assert not spells_out("WSIS stakeholders in Switzerland", "WSIS")
    assert not spells_out("international internet connectivity matters", "IIC")
    assert not spells_out("as the (BDT) says", "BDT")


def test_the_answer_quotes_the_entry_that_spells_the_acronym_out_or_its_sentence_when_a_semicolon_cuts_it():
    def quotes(question, text):
        hit = Hit(Unit("page", "x", "page", text), score=1.0, similarity=0.9, lexical=1.0, passage=text)
        return [claim.text for claim in ExtractiveGenerator().claims(question, [hit])]

    assert quotes("What is WSIS?", "Latest: 2010 Roadmaps; News on World Summit on the Information Society.") == \
        ["News on World Summit on the Information Society"]
    assert quotes("What is UNGIS?", "The United Nations Group; Information Society (UNGIS) was set up.") == \
        ["The United Nations Group; Information Society (UNGIS) was set up"]
    # "Information Society (WSIS)" is a name before the acronym, but not all of it
    assert not spells_out("on the Information Society (WSIS) met", "WSIS")


def test_the_acronyms_an_indexed_text_spells_out_are_known_by_their_names():
    from corpus.glossary import defined_acronyms

    texts = ["to convene each year the World Summit on Digital Inclusion (WSDI) Forum",
             "with the United Nations Office on Drugs and Crime (UNODC) as co-facilitator",
             "the Telecommunication Development Bureau (BDT)",  # the French name's initials: not read as a name
             "as noted by the Plenipotentiary Conference (Res. 140)"]
    assert defined_acronyms(texts) == {"WSDI": "World Summit on Digital Inclusion",
                                       "UNODC": "United Nations Office on Drugs and Crime"}


def test_plain_words_are_read_as_the_texts_terms_but_never_a_names_word_or_a_term_of_its_own():
    from corpus.glossary import paraphrases
    assert paraphrases("Could a kid be turned away?") == [(("children", "child", "minors"), "kid")]
    # the longest plain phrase is read once: "internet companies" are operators, not also the private sector
    assert [said for _, said in paraphrases("What are phone and internet companies asked to do?")] == ["internet companies"]
    assert [said for _, said in paraphrases("Is carrying out the plan a job for governments alone?")] == [
        "carrying out", "job", "governments"]
    # "the Steering Committee" steers nothing; "fixed broadband" is fixed, not repaired; a fund's statute is its own term
    assert paraphrases("Who chairs the Steering Committee?") == []
    assert paraphrases("What fixed broadband target is set?") == []
    assert paraphrases("By when was the statute of the Fund adopted?") == []
    # a word's own form only: "every government" is a Member State, "e-government" is not
    assert [said for _, said in paraphrases("By what date should every government have named one office?")] == [
        "government", "named", "office"]
    assert paraphrases("What does the Agenda say on e-government?") == []
