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


def test_every_lettered_item_of_the_held_out_agenda_is_returned_under_its_paragraph(agenda):
    from corpus.blocks import marker

    assistant, paragraphs = agenda
    asked = 0
    wrong = []
    for unit in paragraphs:
        lines = unit.text.split("\n")
        items = [line for line in lines if (found := marker(line)) and found[0] == "b"]
        others = [line for line in lines if (found := marker(line)) and found[0] == "a"]
        if not items or not others:
            continue
        asked += 1
        answer = assistant.ask(f"What does paragraph {unit.locator}(b) of the Kerrowan Agenda say?")
        if not answer.citations or answer.citations[0].id != unit.id or items[0] not in answer.answer \
                or others[0] in answer.answer or lines[0][:60] not in answer.answer:
            wrong.append(unit.id)
    assert asked >= 5 and not wrong, wrong


def test_a_paragraph_is_labelled_as_the_delegate_cites_it(agenda):
    assistant, paragraphs = agenda
    answer = assistant.ask("What does §12 of the Kerrowan Agenda say?")
    assert answer.citations[0].label.endswith("§12") and answer.answer.startswith(f"**{answer.citations[0].label}**")


# A clause asked for by its part and number, as a delegate writes it in each of the six languages.
CLAUSE_QUESTIONS = {
    "en": ("What does {part} {n} of Resolution 19 say?",
           {"resolves": "resolves", "instructs-the-secretary-general": "instructs the Secretary-General",
            "invites-member-states": "invites Member States"}),
    "fr": ("Que dit le {part} {n} de la Résolution 19 ?",
           {"resolves": "décide", "instructs-the-secretary-general": "charge le Secrétaire général",
            "invites-member-states": "invite les États Membres"}),
    "es": ("¿Qué dice el {part} {n} de la Resolución 19?",
           {"resolves": "resuelve", "instructs-the-secretary-general": "encarga al Secretario General",
            "invites-member-states": "invita a los Estados Miembros"}),
    "ru": ("Что гласит пункт {n} раздела «{part}» Резолюции 19?",
           {"resolves": "решает", "instructs-the-secretary-general": "поручает Генеральному секретарю",
            "invites-member-states": "предлагает Государствам-Членам"}),
    "ar": ("ماذا ينص عليه البند {n} من {part} في القرار 19؟",
           {"resolves": "يقرر", "instructs-the-secretary-general": "يكلف الأمين العام",
            "invites-member-states": "يدعو الدول الأعضاء"}),
    "zh": ("第19号决议{part}第{n}段说了什么？",
           {"resolves": "做出决议", "instructs-the-secretary-general": "责成秘书长", "invites-member-states": "请成员国"}),
}


@pytest.mark.parametrize("lang", CLAUSE_QUESTIONS)
def test_every_clause_asked_for_by_its_part_and_number_is_returned_as_itself(family_home, embeddings, lang):
    """"el resuelve 4", "пункт 2 раздела «решает»", "做出决议第2段": the clause itself, in every language."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    assistant = Assistant.open(Settings(home=family_home("devdocs")), embeddings=embeddings)
    template, parts = CLAUSE_QUESTIONS[lang]
    clauses = [u for u in assistant.searcher.units().values()
               if u.doc == "res-19" and u.locator.rsplit("-", 1)[0] in parts and u.locator[-1].isdigit()]
    assert len(clauses) == 12
    wrong = []
    for unit in clauses:
        part, n = unit.locator.rsplit("-", 1)
        answer = assistant.ask(template.format(part=parts[part], n=n))
        first = answer.citations[0].id if answer.citations else None
        if first != unit.id:
            wrong.append((unit.id, first))
    assert not wrong, wrong


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_BY_PLACE = {  # a part's opening verb -> how a delegate names one of its clauses by its place
    "resolves": "What does the {ord} resolves of Resolution 231 say?",
    "instructs": "What is the {ord} instruction to {who} in Resolution 231?",
    "invites": "What is the {ord} invitation to {who} in Resolution 231?",
}


def test_every_operative_clause_of_the_held_out_resolution_asked_for_by_its_place_is_returned_as_itself(
        family_home, embeddings):
    """"the second instruction to the Secretary-General", "the fourth invitation to Member States", "the third
    resolves": the clause itself, for every numbered clause of a resolution nobody tuned on."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    assistant = Assistant.open(Settings(home=family_home("heldout")), embeddings=embeddings)
    clauses = [u for u in assistant.searcher.units().values()
               if u.doc == heldout.RESOLUTION_ID and u.locator[-1].isdigit()]
    assert len(clauses) >= 20
    wrong = []
    for unit in clauses:
        part, n = unit.label.rsplit(", ", 1)[1].rsplit(" ", 1)
        verb, _, who = part.partition(" ")
        answer = assistant.ask(_BY_PLACE[verb].format(ord=ORDINALS[int(n) - 1], who=who))
        cited = [c.id for c in answer.citations]
        if cited != [unit.id]:
            wrong.append((unit.id, cited))
    assert not wrong, wrong


def test_a_place_named_outside_a_question_on_a_resolution_is_no_clause(page_home, embeddings):
    """"the first request to ITU" of a question on WSIS is read as words, not as a clause the index lacks."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    assistant = Assistant.open(Settings(home=page_home), embeddings=embeddings)
    assert not assistant.ask("What was the first request to ITU regarding WSIS?").refused


def test_every_section_of_the_held_out_roadmap_named_by_its_place_or_its_heading_is_returned_as_itself(
        family_home, embeddings):
    """"the fifth section of the D3 roadmap", "the risks and mitigation section of the D3 roadmap", "the
    section on resources of …": the section itself, for every numbered section of a roadmap nobody tuned on."""
    from assistant.service import Assistant
    from assistant.settings import Settings

    assistant = Assistant.open(Settings(home=family_home("heldout")), embeddings=embeddings)
    sections = [u for u in assistant.searcher.units().values() if u.doc == heldout.ROADMAP_ID and u.locator.isdigit()]
    assert len(sections) >= 8
    wrong = []
    for unit in sections:
        heading = unit.heading.lower().replace(",", "")
        for question in (f"What does the {ORDINALS_TO_TENTH[int(unit.locator) - 1]} section of the D3 roadmap say?",
                         f"What does the {heading} section of the D3 roadmap say?",
                         f"What is in the section on {heading} of the D3 roadmap?"):
            cited = [c.id for c in assistant.ask(question).citations]
            if cited[:1] != [unit.id]:
                wrong.append((question, cited))
    assert not wrong, wrong


ORDINALS_TO_TENTH = (*ORDINALS, "ninth", "tenth")
