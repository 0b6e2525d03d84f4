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
