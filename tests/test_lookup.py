""""What does paragraph N say?" answers with paragraph N itself, for every paragraph of a document nobody tuned on."""

import pytest

from heldout import documents as heldout


@pytest.fixture(scope="module")
def agenda(family_home, embeddings):
    from assistant.service import Assistant
    from assistant.settings import Settings

    assistant = Assistant.open(Settings(home=family_home("heldout")), embeddings=embeddings)
    units = [u for u in assistant.searcher.units().values() if u.doc == heldout.AGENDA_ID and u.locator.isdigit()]
    return assistant, sorted(units, key=lambda u: int(u.locator))


def test_every_numbered_paragraph_of_the_held_out_agenda_is_returned_as_itself(agenda):
    assistant, paragraphs = agenda
    assert len(paragraphs) >= 100
    wrong = []
    for unit in paragraphs:
        answer = assistant.ask(f"What does paragraph {unit.locator} of the Kerrowan Agenda say?")
        first = answer.citations[0] if answer.citations else None
        opening = unit.text.split("\n")[0][:80]
        if first is None or first.id != unit.id or opening not in answer.answer:
            wrong.append((unit.id, first.id if first else None))
    assert not wrong, wrong


def test_a_paragraph_is_labelled_as_the_delegate_cites_it(agenda):
    assistant, paragraphs = agenda
    answer = assistant.ask("What does §12 of the Kerrowan Agenda say?")
    assert answer.citations[0].label.endswith("§12") and answer.answer.startswith(f"**{answer.citations[0].label}**")
