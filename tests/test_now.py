"""A question about how things stand now ("so far", "currently"), asked of texts fixed at their dates."""

import pytest

from assistant import prompts
from assistant.service import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="module")
def devdocs(family_home, embeddings):
    return Assistant.open(Settings(home=family_home("devdocs")), embeddings=embeddings)


@pytest.mark.parametrize("question, lang", [
    ("How much has the Regional Connectivity Fund disbursed to projects so far?", "en"),
    ("¿Cuánto ha desembolsado hasta ahora el Fondo Regional de Conectividad para proyectos?", "es"),
    ("Combien le Fonds régional pour la connectivité a-t-il décaissé pour des projets jusqu'à présent ?", "fr"),
])
def test_a_figure_asked_for_as_it_stands_now_is_refused_saying_the_texts_are_dated(devdocs, question, lang):
    answer = devdocs.ask(question)
    assert answer.refused and not answer.citations
    assert answer.answer == prompts.NOT_NOW.say(lang)


def test_a_figure_asked_for_at_a_date_a_text_names_is_answered(devdocs):
    answer = devdocs.ask("How many entries did the Marenvik Stocktaking Platform hold on 1 March 2028?")
    assert not answer.refused and "212 entries" in answer.answer


# -- a figure asked for as it stood at a past moment the question names ----------------------------
@pytest.mark.parametrize("question", [
    # the K2 roadmap's target "in at least 24 of the 27 Member States by the end of 2030" is no count of them
    "How many internet exchange points were operating in the Meridian region at the end of 2030?",
    # its table plans "Ten new exchange points" for 2029-2030; none is said to have opened
    "How many of the ten new exchange points of the K2 roadmap had opened by the end of 2029?",
])
def test_a_target_for_a_year_does_not_answer_what_had_come_about_by_then(devdocs, question):
    answer = devdocs.ask(question)
    assert answer.refused and not answer.citations


@pytest.mark.parametrize("question, cited, fact", [
    ("According to Resolution 19, how many Member States had an operational internet exchange point on 1 January 2028?",
     "res-19:considering-c", "only 11 of the 27 Member States"),
    ("According to Resolution 19, how much had been pledged to the Fund by 1 March 2028?",
     "res-19:noting-with-satisfaction-b", "USD 455 million"),
    ("According to Resolution 19, what share of the region's people did not use the Internet at the end of 2027?",
     "res-19:considering-a", "38 per cent"),
])
def test_a_figure_stated_as_it_stood_at_a_past_moment_answers_it(devdocs, question, cited, fact):
    answer = devdocs.ask(question)
    assert not answer.refused and cited in [c.id for c in answer.citations] and fact in answer.answer
