"""The English words a question in another UN language uses, by the dictionary of the texts' vocabulary."""

import pytest

import corpus.dictionary as dictionary
from corpus.dictionary import english_senses, senses_at_start


def english_words(text, lang):
    """The English words a text uses forms of, in its order: what the tests below read."""
    return tuple(dict.fromkeys(word for words in english_senses(text, lang) for word in words))


@pytest.fixture
def small(tmp_path, monkeypatch):
    path = tmp_path / "dictionary.tsv"
    path.write_text(
        "# en\tfr\tes\tru\tar\tzh\n"
        "limit\tplafond|limite\ttope|límite\tпредел\tسقف\t上限\n"
        "loan\tprêt\tpréstamo\tкредит\tقرض|قروض\t贷款\n"
        "country\tpays\tpaís|países\tстран\tبلد|بلدان|دول\t国家\n"
        "focal point\tpoint focal\tpunto focal\t\tجهة اتصال\t联络人\n"
        "point\tpoint\tpunto\t\t\t\n"
        "shall\t\t\t\t\t\n"
        "year\tan\taño\tгод\tعام\t年份\n"
        "sex\tsexe\tsexo\tпол\tجنس\t性别\n"
        "committee\tcomité\tcomité\tкомитет\tلجنة\t委员会\n"
        "garden\tjardin\tjardín\tсад\tجنة\t花园\n",
        encoding="utf-8")
    monkeypatch.setattr(dictionary, "DICTIONARY", path)
    _forget()
    yield
    _forget()


def _forget():
    for cached in (dictionary._lines, dictionary._table, dictionary.english_senses):
        cached.cache_clear()


@pytest.mark.parametrize("question, lang, words", [
    ("Y a-t-il un plafond des prêts par pays ?", "fr", ("limit", "loan", "country")),
    ("¿Hay un tope para los préstamos a un mismo país?", "es", ("limit", "loan", "country")),
    # Russian forms are the start of a word: "кредитов", "страны" are inflected
    ("Есть ли предел кредитов для одной страны?", "ru", ("limit", "loan", "country")),
    # Arabic forms carry the article and the clitics a word takes: "والدول", "للقروض"
    ("هل هناك سقف للقروض والدول؟", "ar", ("limit", "loan", "country")),
    # Chinese has no spaces: forms are found anywhere
    ("一个国家的贷款有没有上限？", "zh", ("country", "loan", "limit")),
])
def test_the_words_of_a_question_stand_for_the_english_words_of_the_texts(small, question, lang, words):
    assert english_words(question, lang) == words


def test_a_form_is_the_start_of_a_word_not_any_part_of_it(small):
    assert english_words("La comprêt", "fr") == ()  # "prêt" inside another word says nothing


def test_a_short_form_is_a_whole_word_which_french_and_spanish_may_say_in_the_plural(small):
    assert english_words("¿En cuántos años?", "es") == ("year",)
    assert english_words("Какая политика?", "ru") == ()  # "пол" is a word of its own, not the start of "политика"
    assert english_words("Какой год?", "ru") == ("year",)


def test_an_arabic_word_is_read_whole_before_it_is_read_as_carrying_a_clitic(small):
    # "لجنة" is the committee before it is "ل" + "جنة" (a garden); "واللجنة" carries "وال"
    assert english_words("لجنة", "ar") == ("committee",)
    assert english_words("واللجنة", "ar") == ("committee",)


def test_the_longest_form_is_read_first(small):
    # "point focal" is the focal point, not a point
    assert english_words("Qui est le point focal ?", "fr") == ("focal point",)


def test_the_word_a_text_begins_with_is_read_alone(small):
    # what a question asks "which …" of: the form at the start, not one further on
    assert senses_at_start("comité se réunit-il chaque année ?", "fr") == ("committee",)
    assert senses_at_start("point focal du pays", "fr") == ("focal point",)
    assert senses_at_start("国家的贷款", "zh") == ("country",)
    assert senses_at_start("se réunit le comité", "fr") == ()
    assert senses_at_start("", "ru") == ()


def test_an_english_question_or_an_empty_entry_gives_no_words(small):
    assert english_words("What is the limit per country?", "en") == ()
    assert english_words("shall", "fr") == ()


def test_the_shipped_dictionary_reads_in_every_language():
    # every line has a form in each language or none: a line with another number of cells is a typing error
    lines = dictionary._lines()
    assert lines and all(len(line.split("\t")) == 6 for line in lines)
    assert english_words("Quel est le montant du fonds ?", "fr")


def test_across_languages_the_unit_holding_most_of_the_questions_words_in_english_is_quoted_first(small):
    from assistant.reading import read
    from assistant.selection import Limits, choose
    from corpus import Unit
    from index.catalog import Catalog
    from index.hits import Hit
    from index.terms import Terms

    units = [Unit("kigali", "35", "Kigali Agenda §35", "We establish the Regional Fund, hosted by the Lismora Bank.",
                  title="Kigali Agenda", kind="agenda"),
             Unit("kigali", "38", "Kigali Agenda §38", "No single country shall receive loans above the limit of 15 per "
                  "cent of the commitments of the Fund.", title="Kigali Agenda", kind="agenda"),
             Unit("kigali", "40", "Kigali Agenda §40", "We encourage operators to share towers.", title="Kigali Agenda",
                  kind="agenda")]
    ranked = [Hit(u, score=1.0 - n / 100, similarity=0.86 - n / 100, lexical=0.0, passage=u.text)
              for n, u in enumerate(units)]
    terms, catalog = Terms.from_units(units), Catalog.from_units(units)
    reading = read("Y a-t-il un plafond aux prêts qu'un même pays peut recevoir du Fonds ?", catalog)
    choice = choose(reading.parts[0], ranked, terms, catalog, reading.lang, Limits(min_similarity=0.5), {u.id: u for u in units})
    # "plafond", "prêts" and "pays" are "limit", "loans" and "country" of §38; §35 ranked first holds none of them
    assert [h.unit.id for h in choice.hits] == ["kigali:38"]


@pytest.mark.parametrize("question, lang, framework", [
    # "in the frame of the roadmap" is "in the roadmap"
    ("Que prévoit-on dans le cadre de la feuille de route K2 ?", "fr", False),
    ("¿Qué se prevé en el marco de la hoja de ruta K2?", "es", False),
    ("Что планируется в рамках дорожной карты K2?", "ru", False),
    ("ما المخطط في إطار خريطة الطريق K2؟", "ar", False),
    ("在K2路线图框架内计划了什么？", "zh", False),
    # a framework named as such is still asked for
    ("Quel cadre juridique la feuille de route prévoit-elle ?", "fr", True),
    ("¿Qué marco jurídico prevé la hoja de ruta?", "es", True),
    ("Какие правовые рамки предусмотрены?", "ru", True),
])
def test_a_phrase_that_only_places_a_thing_asks_for_no_framework(question, lang, framework):
    assert ("framework" in english_words(question, lang)) == framework


def test_the_russian_verb_of_support_reads_as_support():
    """"поддержать" (to support) is not only "endorsed", which its stem also starts."""
    assert "support" in english_words("Сколько точек планируется поддержать?", "ru")


def test_a_russian_noun_whose_stem_loses_a_vowel_is_read_in_every_case():
    """"точка", "точки", and "точек", whose stem drops its "к" before the ending."""
    assert all("points" in english_words(f"Сколько {word} обмена?", "ru") for word in ("точки", "точек", "точкам"))


@pytest.mark.parametrize("question, lang, agreement", [
    ("Согласно Резолюции 19, кто готовит доклад?", "ru", False),  # "according to", though it starts "согласие"
    ("Les États ont-ils convenu de se réunir ?", "fr", True),
    ("Государства согласились провести обзор?", "ru", True),
    ("Какое соглашение было подписано?", "ru", True),
])
def test_an_agreement_is_read_as_one_and_according_to_a_text_is_not(question, lang, agreement):
    assert ("agree" in english_words(question, lang)) == agreement


@pytest.mark.parametrize("question, lang", [
    ("Au plus tard quand le rapport doit-il être publié ?", "fr"),
    ("¿A más tardar cuándo debe publicarse el informe?", "es"),
    ("Не позднее какого срока должен быть опубликован доклад?", "ru"),
])
def test_a_deadline_asks_by_when_not_for_something_later(question, lang):
    assert "later" not in english_words(question, lang)
    assert "publish" in english_words(question, lang)


def test_a_word_for_year_before_a_year_is_that_year_not_its_other_senses():
    # "لعام 2010" is "of 2010": "عام" also means "public" and "general", which other units hold ("public policy")
    read = english_senses("ما هو قرار مؤتمر المندوبين المفوضين لعام 2010؟", "ar")
    assert ("year",) in read and not {"public", "general"} & {w for sense in read for w in sense}
    assert "public" in {w for sense in english_senses("السياسة العامة", "ar") for w in sense}


def test_based_on_is_read_as_a_phrase_not_as_a_list():
    # "الشبكات القائمة على بروتوكول الإنترنت": networks based on the Internet Protocol, not a "list" of them
    assert ("based",) in english_senses("الشبكات القائمة على بروتوكول الإنترنت", "ar")
    assert ("list",) in english_senses("ما هي القائمة؟", "ar")


def test_other_is_not_read_as_last():
    # folded, "أخرى" (other) starts with the letters of "آخر" (last, latest): the page's "Latest from WSIS …" is no
    # answer to "نتائج أخرى" (other outcomes)
    assert not {"last", "latest"} & {w for sense in english_senses("لنتائج أخرى", "ar") for w in sense}
    assert "latest" in {w for sense in english_senses("آخر تحديث", "ar") for w in sense}


def test_a_service_is_read_as_the_texts_say_it_in_every_language():
    # "фонды универсального обслуживания" are universal service funds: the English stemmer keeps "service" and "serve"
    # apart, and a Russian question read as "serve" alone found "served" in another paragraph, not "service" in its own
    for text, lang in (("фондах универсального обслуживания", "ru"), ("fondos de servicio universal", "es"),
                       ("fonds de service universel", "fr"), ("صناديق الخدمة الشاملة", "ar"), ("普遍服务基金", "zh")):
        assert "services" in {w for sense in english_senses(text, lang) for w in sense}, lang


@pytest.mark.parametrize("question, lang, word", [
    # "communiqué" starts as "commun" (common) does: it is the page's "disseminated"
    ("À qui le cadre des feuilles de route a-t-il été communiqué ?", "fr", "disseminated"),
    # "يُيسّره", the verb: the Union facilitates the action line, as "الميسر" is its facilitator
    ("ما هو موضوع خط العمل C2 الذي يُيسّره الاتحاد؟", "ar", "facilitators"),
    ("في أي عام عُقدت مرحلة جنيف من القمة؟", "ar", "Geneva"),
    ("¿Qué se decidió en Ginebra?", "es", "Geneva"),
    # the page's working group is "to facilitate membership input"
    ("Когда она была создана и чему должна содействовать?", "ru", "facilitate"),
    ("它的作用是促进什么？", "zh", "facilitate"),
])
def test_the_shipped_dictionary_reads_the_pages_words_a_delegate_says_otherwise(question, lang, word):
    assert word in english_words(question, lang)
    assert "common" not in english_words(question, lang)


def test_an_arabic_word_that_is_a_form_after_its_article_is_not_read_as_a_form_it_starts_with():
    # "ألف" (thousand) folds to "الف", which "الفترة" (the period) starts with: the article and "فترة" are read first
    assert english_words("ما الفترة التي تغطيها المساهمة؟", "ar")[0] == "period"
    assert senses_at_start("الفترة التي تغطيها المساهمة", "ar") == ("period",)
    assert "thousand" in english_words("ألف دولار", "ar")
    # nor when the word goes on past the form: "الفنية" (technical) does not start with a thousand
    assert "thousand" not in english_words("ما الخبرة الفنية للاتحاد؟", "ar")
    assert "electronic" in english_words("الحكومة الالكترونية", "ar")
