"""The fixture families written blind, with an answer key (tests/devdocs3, tests/devdocs4): the key is what the project
reads from their files, and every expected fact of their question sets is in a unit the question cites. A paragraph,
clause or section the reader split, merged or soiled with a page's running head, or a table row split over lines, would
make every question citing it wrong before the assistant is asked."""

import importlib

import pytest

from conftest import PAGE_QUESTIONS

FAMILIES = ("devdocs3", "devdocs4")


@pytest.mark.parametrize("family", FAMILIES)
def test_the_answer_key_is_what_the_project_reads_from_the_three_files(family, tmp_path):
    assert importlib.import_module(f"{family}.documents").check_units(tmp_path) == []


@pytest.mark.parametrize("family", FAMILIES)
def test_every_expected_fact_of_the_four_sets_is_in_a_unit_the_question_cites(family):
    assert importlib.import_module(f"{family}.documents").check_questions(PAGE_QUESTIONS.parent) == []
