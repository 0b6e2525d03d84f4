"""A question in another language finds English texts by word too: each of its words is given the
English word of the indexed texts that the model places next to it, when it is near enough."""

import pytest

from corpus import Unit, bundled_units
from index.build import build_index
from index.lexicon import Lexicon, english_words, question_words
from index.search import Searcher
from index.store import WORDS_PREFIX, connect

RESOLUTION = Unit("res-19", "resolves-2", "Resolution 19, resolves 2",
                  "to create, within the Connectivity Development Bureau, a Regional Transit Price Register, which "
                  "shall support the exchange of prices between new Internet exchange points, paid for by the Regional Fund",
                  kind="resolution")


def test_the_words_a_question_may_stand_for_are_the_english_texts_own_without_stop_words():
    translated = Unit("res-19-fr", "resolves-2", "Résolution 19", "de créer un registre", lang="fr")
    words = english_words([RESOLUTION, translated])
    assert {"create", "connectivity", "register", "exchange", "internet"} <= set(words)
    assert not {"the", "which", "between"} & set(words), "stop words stand for nothing"
    assert "créer" not in words, "only the English texts' words"
    assert len(words) == len(set(words))


def test_a_questions_words_are_its_content_words_cut_as_the_model_cuts_chinese(embeddings):
    assert question_words("Combien de nouveaux points d'échange la feuille de route prévoit-elle ?", embeddings.pieces) \
        == ["combien", "nouveaux", "points", "échange", "feuille", "route", "prévoit-elle"]
    chinese = question_words("数字治理论坛的秘书处设在哪里？", embeddings.pieces)
    assert {"数字", "治理", "论坛", "秘书"} <= set(chinese)
    assert "的" not in chinese, "one character alone is a particle as often as a word"


@pytest.fixture(scope="module")
def lexicon(embeddings):
    words = english_words([RESOLUTION, *bundled_units()])
    return Lexicon(tuple(words), embeddings.embed_words(words, batch=True))


@pytest.mark.parametrize("word, english", [
    ("crée", {"create", "created"}), ("soutenir", {"support"}), ("fonds", {"fund"}),  # French
    ("registro", {"register"}), ("fondo", {"fund"}),  # Spanish
    ("поддержки", {"support"}), ("фонд", {"fund"}),  # Russian
])
def test_a_word_is_given_its_translation_among_the_indexed_english_words(lexicon, embeddings, word, english):
    found = lexicon.english([word], embeddings.embed_words)
    assert found.keys() == {word} and found[word] in english


def test_a_word_whose_nearest_english_word_is_not_near_enough_stands_for_nothing(lexicon, embeddings):
    # "combien" (how many) is nearest to an English word that only looks like it; "feuille" (leaf, sheet)
    # and "sein" (within) to none. Arabic and Chinese words are further from their translations than
    # the gate (a limit: "صندوق" is nearest to "fund" at ~0.89), so they are left to the dense search.
    assert lexicon.english(["combien", "feuille", "sein", "صندوق"], embeddings.embed_words) == {}


def test_the_english_words_are_kept_beside_the_passages_and_follow_each_rebuild(tmp_path, embeddings):
    client = connect(tmp_path, create=True)
    build_index(client, bundled_units(), embeddings)
    build_index(client, [*bundled_units(), RESOLUTION], embeddings)
    kept = [c.name for c in client.list_collections() if c.name.startswith(WORDS_PREFIX)]
    assert len(kept) == 1, "the previous build's words go with its passages"
    view = Searcher(client, embeddings).view()
    assert {"spectrum", "register"} <= set(view.snap.lexicon.words)
    found = view.in_english("la résolution crée un registre")
    assert found["résolution"] == "resolution" and found["registre"] == "register" and "la" not in found


def test_an_index_built_before_words_were_kept_still_answers_by_meaning(tmp_path, embeddings):
    client = connect(tmp_path, create=True)
    build_index(client, bundled_units(), embeddings)
    for collection in client.list_collections():
        if collection.name.startswith(WORDS_PREFIX):
            client.delete_collection(collection.name)
    view = Searcher(client, embeddings).view()
    assert view.in_english("spectre radioélectrique") == {}
    assert view.search("répartition équitable du spectre radioélectrique", 3)
