"""A document a question names as what it asks about, not as where to look.

"Where did the mid-term review of the Brennmark Agenda take place?" names the Agenda with no cue ("in", "according to",
"does … say"): the Agenda plans the review, the P3 roadmap reports where it was held. The answer cites the roadmap's
section, under the roadmap's own label. A question that names the Agenda as its source is answered from the Agenda or
told that the Agenda does not say it.
"""

import pytest

from assistant.service import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="module")
def devdocs2(family_home, embeddings):
    return Assistant.open(Settings(home=family_home("devdocs2")), embeddings=embeddings)


def test_a_document_named_as_the_topic_is_answered_by_the_text_that_reports_on_it(devdocs2):
    answer = devdocs2.ask("Where and when did the mid-term review of the Brennmark Agenda take place?")
    assert [c.id for c in answer.citations] == ["roadmap-p3:1"]
    assert "Porvasalo" in answer.answer and "12-14 May 2031" in answer.answer
    assert "Action Line P3 roadmap" in answer.answer


def test_a_document_named_as_the_source_that_does_not_say_it_is_named_in_the_refusal(devdocs2):
    answer = devdocs2.ask("According to the Brennmark Agenda, where did its mid-term review take place?")
    assert answer.citations == [] or all(c.id.startswith("brennmark-agenda:") for c in answer.citations)
    assert "Porvasalo" not in answer.answer
