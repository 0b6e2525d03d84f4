"""A misspelt word of the texts is read as the word one keystroke away, and the answer says how the question
was read; a word the texts do not use but the language has is the delegate's own, and left as written."""

import pytest

from index.spelling import Speller

SPELLER = Speller.from_texts([
    "Tunis Agenda for the Information Society", "Resolution 140 of the Plenipotentiary Conference",
    "Marenvik Declaration and Agenda for Connectivity", "The Fund shall be hosted by the Meridian Development Bank.",
    "The report is posted on the Forum's site each year.", "The programmes of the Fund",
])


@pytest.mark.parametrize(("question", "lang", "read_as"), [
    ("What does the Tunis Agnda say about spectrum?", "en", "What does the Tunis Agenda say about spectrum?"),
    ("What is Resolutoin 140?", "en", "What is Resolution 140?"),
    ("Which plenipotentary resolutions concern WSIS?", "en", "Which plenipotentiary resolutions concern WSIS?"),
    ("What is the Marenvick Agenda?", "en", "What is the Marenvik Agenda?"),  # a name of the texts, capitalised
    ("¿Qué dice la Agnda de Marenvik?", "es", "¿Qué dice la Agenda de Marenvik?"),
])
def test_a_misspelt_word_of_the_texts_is_read_as_that_word(question, lang, read_as):
    correction = SPELLER.correct(question, lang)
    assert correction.text == read_as and len(correction.words) == 1


@pytest.mark.parametrize(("question", "lang"), [
    ("Tell me about hacking.", "en"),           # an English word the texts do not use: asked on purpose
    ("Who funds the Fund?", "en"),              # too short to tell a slip from another word
    ("What is WSSI?", "en"),                    # an acronym is not a misspelt word
    ("Where is the Fund tosted?", "en"),        # one keystroke from two words used as often: no guess
    ("Which programme does the Fund run?", "en"),  # "programmes" of the texts is searched alike: nothing to correct
    ("Qu'est-ce que l'Agenda de Marenvik ?", "fr"),
    ("ما هي أجندة تونس؟", "ar"),               # Arabic and Chinese are not corrected
    ("突尼斯议程讲了什么？", "zh"),
])
def test_a_word_that_is_not_a_slip_is_left_as_written(question, lang):
    correction = SPELLER.correct(question, lang)
    assert correction.text == question and correction.words == ()


def test_a_word_of_another_language_than_the_texts_is_not_read_as_theirs_but_a_name_is():
    english = Speller.from_texts(["An integral part of the Marenvik Agenda", "the integral text"], langs={"en"})
    # "integran" (they make up) is Spanish, not a slip of the English texts' "integral"
    assert english.correct("¿Cuántos miembros integran el Comité?", "es").words == ()
    assert english.correct("¿Qué dice la Agnda de Marenvik?", "es").text == "¿Qué dice la Agenda de Marenvik?"
    assert english.correct("Is it an integrl part?", "en").text == "Is it an integral part?"


def test_an_answer_to_a_misspelt_question_says_how_it_was_read(assistant):
    answer = assistant.ask("What does the Tunis Agnda say about spectrum?")
    assert [c.id for c in answer.citations] == ["itu-wsis-page:tais-96"]
    assert answer.notice == "Answered as: “What does the Tunis Agenda say about spectrum?”"
    assert assistant.ask("What does the Tunis Agenda say about spectrum?").notice is None
    # a document's name is read right before it is indexed: the answer names the command that adds it
    assert "wsis corpus fetch tais" in assistant.ask("What does paragraph 999 of the Tunis Agnda say?").answer


def test_a_search_reads_a_misspelt_query_as_an_answer_does_and_every_face_says_so(assistant, page_home, tmp_path):
    """`wsis search`, `GET /api/search` and the Assistant rank "radio spectrom" as "radio spectrum", and say so."""
    import json

    from typer.testing import CliRunner

    from assistant.cli import app
    from test_api import make_client

    assert [h.unit.id for h in assistant.search("radio spectrom", 1)] == ["itu-wsis-page:tais-96"]
    assert assistant.read_as("radio spectrom") == "radio spectrum"
    assert assistant.read_as("radio spectrum") is None
    printed = CliRunner().invoke(app, ["search", "radio spectrom", "-k", "1", "--json", "--home", str(page_home)])
    assert json.loads(printed.stdout)["read_as"] == "radio spectrum"
    assert "read_as" not in json.loads(CliRunner().invoke(
        app, ["search", "radio spectrum", "-k", "1", "--json", "--home", str(page_home)]).stdout)
    with make_client(page_home, assistant, tmp_path, rate_limit_per_minute=0) as client:
        body = client.get("/api/search", params={"q": "radio spectrom", "k": 1}).json()
    assert body["read_as"] == "radio spectrum" and body["results"][0]["id"] == "itu-wsis-page:tais-96"


def test_a_served_assistant_has_its_word_lists_before_the_first_question(assistant):
    from index import spelling

    spelling._dictionary.cache_clear()
    assistant.warm()  # what `wsis serve` does at start-up: the first question in French pays nothing more
    assert spelling._dictionary.cache_info().currsize == len(spelling._LANGUAGES)
