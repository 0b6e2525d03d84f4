"""A greeting, thanks or "what can you do?" is not a question on the texts: it is told what the assistant answers
from and how to ask, in its own language, never "the documents do not cover this"."""

import pytest

from assistant import prompts
from assistant.courtesy import GREETING, THANKS, courtesy


@pytest.mark.parametrize(("message", "kind", "lang"), [
    ("hello", GREETING, "en"), ("Hi there!", GREETING, "en"), ("Hi, what can you do?", GREETING, "en"),
    ("help", GREETING, "en"), ("Bonjour", GREETING, "fr"), ("¡Hola!", GREETING, "es"), ("Здравствуйте", GREETING, "ru"),
    ("مرحبا", GREETING, "ar"), ("你好！", GREETING, "zh"),
    ("Thanks!", THANKS, "en"), ("thank you very much", THANKS, "en"), ("ok, thanks", THANKS, "en"),
    ("Merci beaucoup", THANKS, "fr"), ("Gracias", THANKS, "es"), ("Спасибо", THANKS, "ru"), ("شكرا", THANKS, "ar"),
    ("谢谢", THANKS, "zh"),
])
def test_a_greeting_or_thanks_is_told_apart_with_its_language(message, kind, lang):
    said = courtesy(message)
    assert said is not None and (said.kind, said.lang) == (kind, lang)


@pytest.mark.parametrize("message", ["What is WSIS?", "Hello, what is WSIS?", "Help with spectrum?", "helpdesk", "?",
                                     "Thanks to whom was UNGIS set up?"])
def test_a_question_is_not_small_talk_however_it_opens(message):
    assert courtesy(message) is None


def test_a_greeting_is_told_what_the_assistant_answers_from_in_its_language(assistant):
    hello = assistant.ask("hello")
    assert hello.refused and not hello.citations
    assert hello.answer == prompts.GREETING.say("en", documents="ITU and WSIS page")
    assert assistant.ask("Bonjour").answer == prompts.GREETING.say("fr", documents="ITU and WSIS page")
    assert assistant.ask("Thanks!").answer == prompts.THANKS.say("en")
    assert [c.id for c in assistant.ask("Hello, what does paragraph 96 of the Tunis Agenda say?").citations] == [
        "itu-wsis-page:tais-96"]
