"""Questions of several parts, asked of a family of documents as an operator adds them."""

import pytest

from assistant.service import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="module")
def devdocs(family_home, embeddings):
    return Assistant.open(Settings(home=family_home("devdocs")), embeddings=embeddings)


def test_a_part_whose_pronoun_points_to_the_document_is_answered_from_its_own_words(devdocs):
    """"its progress" is the Agenda's, the document both parts are limited to: searched with the first
    part's indicators as well, the report paragraph ranks below the gate; searched alone, it answers."""
    answer = devdocs.ask("How many indicators will monitor the Marenvik Agenda, and what yearly report tracks its progress?")
    assert [c.id for c in answer.citations] == ["ccsd-declaration:73", "ccsd-declaration:74"]


def test_a_part_whose_pronoun_points_to_the_first_part_is_still_searched_with_it(devdocs):
    answer = devdocs.ask("What fund does the Marenvik Agenda establish, and which institution hosts it?")
    assert "ccsd-declaration:35" in [c.id for c in answer.citations]


def test_a_part_with_no_subject_of_its_own_is_answered_of_what_the_part_before_asks_about(devdocs):
    """"…, and from how many Member States?" counts the Member States of the entries asked about first, not
    those of any other count the documents make ("14 of the 27 Member States" in the roadmap)."""
    answer = devdocs.ask("How many entries did the Marenvik Stocktaking Platform hold on 1 March 2028, "
                         "and from how many Member States?")
    assert [c.id for c in answer.citations] == ["res-19:noting-with-satisfaction-c"]
