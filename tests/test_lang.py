"""A question's language decides how its words are searched and in which language refusals are written."""

import pytest

from corpus.lang import detect


@pytest.mark.parametrize("text, lang", [
    ("Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?", "en"),
    ("Quel paragraphe de l'Agenda de Tunis traite du spectre des fréquences radioélectriques ?", "fr"),
    ("¿Qué párrafo de la Agenda de Túnez trata del espectro radioeléctrico?", "es"),
    ("Какой пункт Тунисской программы касается радиочастотного спектра?", "ru"),
    ("ما هي فقرة برنامج عمل تونس التي تتناول طيف الترددات الراديوية؟", "ar"),
    ("《突尼斯议程》哪一段涉及无线电频谱？", "zh"),
    ("国际电联在WSIS中的作用是什么？", "zh"),  # a Latin acronym inside a Chinese question
    ("Que dit le paragraphe 72 ?", "fr"),
    ("¿Qué dice el párrafo 72?", "es"),
    ("Resume la hoja de ruta K2.", "es"),  # an imperative, "la" and "de" in both languages
    ("Describa la hoja de ruta K2.", "es"),
    ("Résume la feuille de route K2.", "fr"),
    ("Décrivez la feuille de route K2.", "fr"),
    ("Describe the K2 roadmap.", "en"),
    ("What is UNGIS?", "en"),
    ("UNGIS", "en"),  # nothing to tell by: the default
    ("§ 96", "en"),
])
def test_the_language_of_a_question(text, lang):
    assert detect(text) == lang


# -- the words a lexical search matches ----------------------------------------------------------
from index.lexical import tokenize  # noqa: E402


def test_english_words_are_stemmed_and_question_words_dropped():
    assert set(tokenize("Which networks does the ITU-D support?")) == {"network", "itu-d", "itu", "support"}


def test_french_and_spanish_stop_words_do_not_match_anything():
    assert set(tokenize("Que dit le paragraphe 72 de l'Agenda de Tunis ?")) == {"paragraph", "72", "agend", "tun"}
    assert "de" not in tokenize("¿Qué dice el párrafo 72 de la Agenda de Túnez?")


def test_chinese_is_cut_into_character_pairs():
    assert tokenize("突尼斯议程") == ["突尼", "尼斯", "斯议", "议程"]
    assert "wsis" in tokenize("WSIS的成果")


def test_arabic_spelling_variants_meet():
    assert tokenize("الإعلان") == tokenize("الاعلان")


def test_russian_inflections_meet():
    assert tokenize("программы") == tokenize("программа")


# -- what the assistant says on its own behalf, in every language ---------------------------------
def test_every_refusal_and_notice_is_written_in_the_six_languages_with_the_same_blanks():
    import string

    from assistant import prompts

    phrases = {name: value for name, value in vars(prompts).items() if isinstance(value, prompts.Phrase)}
    assert {"REFUSAL", "NOT_INDEXED", "NOT_IN_DOCUMENT", "NOTICE_FALLBACK_ERROR", "NOTICE_DROPPED"} <= set(phrases)
    for name, phrase in phrases.items():
        blanks = {lang: {f for _, f, _, _ in string.Formatter().parse(phrase[lang]) if f} for lang in phrase}
        assert len({frozenset(b) for b in blanks.values()}) == 1, (name, blanks)


def test_a_refusal_answers_in_the_questions_language(assistant):
    from assistant import prompts

    for question, lang in [("Comment faire un gâteau au chocolat ?", "fr"), ("如何烤巧克力蛋糕？", "zh"),
                           ("¿Cómo se hace un pastel de chocolate?", "es")]:
        answer = assistant.ask(question)
        assert answer.refused and answer.answer == prompts.REFUSAL.say(lang)


def test_a_question_in_another_language_is_searched_with_the_english_wsis_terms_it_uses():
    from corpus.glossary import in_english

    assert in_english("Comment l'Agenda de Tunis entend-il suivre la fracture numérique ?") == ["digital divide"]
    assert in_english("国际电联是信息社会世界峰会哪些行动方面的唯一推动方？") == [
        "ITU", "WSIS", "action line", "facilitator", "sole",
    ]
    assert in_english("Какова роль МСЭ в подведении итогов ВВУИО?")[:2] == ["ITU", "WSIS"]
    # "联络人", the contact person, is what the texts call a focal point
    assert in_english("K2路线图的联络人是谁？") == ["focal point", "roadmap"]
    assert in_english("What is the digital divide?") == []  # English needs no bridge


@pytest.mark.parametrize("question", [
    "Who at ITU should I contact about a particular WSIS action line?",
    "¿A quién debo contactar en la UIT sobre una línea de acción concreta de la CMSI?",
    "À qui dois-je m'adresser à l'UIT au sujet d'une grande orientation du SMSI ?",
    "С кем в МСЭ мне связаться по конкретному направлению деятельности ВВУИО?",
    "我应该联系国际电联的谁来了解信息社会世界峰会的某一行动方面？",
])
def test_whom_to_contact_is_asked_of_the_focal_points_the_texts_name(assistant, question):
    """Delegates ask whom to contact; the texts call that person a focal point ("ITU Focal Points: Focal Points For
    WSIS Action Lines; …"), in no language the word "contact"."""
    assert [c.id for c in assistant.ask(question).citations][:1] == ["itu-wsis-page:focal-points"]


def test_the_texts_term_for_a_plain_word_is_read_with_it():
    from corpus.glossary import plain_terms

    assert plain_terms("Whom should we contact about the K2 roadmap?") == ["focal point"]
    assert plain_terms("Who is the point of contact for action line C5?") == ["focal point"]
    assert plain_terms("What does the roadmap say about contracts?") == []


@pytest.mark.parametrize("question, acts", [
    ("Qu'est-ce que la Résolution 19 crée au sein du Bureau ?", ["establish create"]),
    ("¿Qué establece la Resolución 19 dentro de la Oficina?", ["establish create"]),
    ("Что учреждает Резолюция 19?", ["establish create"]),
    ("ما الذي ينشئه القرار 19؟", ["establish create"]),
    ("第231号决议设立的工作组由谁担任主席？", ["establish create"]),
    ("Quelle institution accueille le Fonds ?", ["host"]),
    ("¿Qué institución acoge el Fondo?", ["host"]),
    ("Какое учреждение является принимающей организацией Фонда?", ["host"]),  # "учреждение" is no act
    ("ما المؤسسة التي تستضيف الصندوق؟", ["host"]),
    ("区域连通基金由哪个机构托管？", ["host"]),
    ("Qui préside le Comité ?", []),
])
def test_the_official_acts_a_question_names_in_another_language_are_read_in_english_words(question, acts):
    from corpus.glossary import acts_in_english

    assert acts_in_english(question) == acts


@pytest.mark.parametrize("question, term, words", [
    ("ما مبادرة الشراكة التي يقودها الاتحاد الدولي للاتصالات؟", "ITU", ("international", "telecommunication")),
    ("国际电联领导哪项倡议？", "ITU", ("international",)),
    ("По каким направлениям работает МСЭ?", "action line", ("line",)),
])
def test_the_words_of_a_wsis_term_are_that_term_not_also_each_word_the_dictionary_reads(question, term, words):
    from corpus.dictionary import english_senses
    from corpus.glossary import in_english, without_terms

    def read(text):
        return {word for sense in english_senses(text, detect(question)) for word in sense}

    assert term in in_english(question)
    assert set(words) <= read(question), "read word by word, the term's words are other words"
    assert not set(words) & read(without_terms(question))


def test_after_is_not_the_following():
    from corpus.dictionary import english_senses

    # "после публикации" (after publication) asks nothing of a text's "the following"
    assert "following" not in {w for sense in english_senses("после публикации", "ru") for w in sense}
    assert "following" in {w for sense in english_senses("в следующем году", "ru") for w in sense}


@pytest.mark.parametrize("question", [
    "هل يكفل برنامج عمل تونس لكل بلد حصة منصفة من الترددات الراديوية؟",
    "¿Qué iniciativa de asociación encabezada por la UIT fomenta la Agenda de Túnez?",
])
def test_a_documents_name_in_another_language_is_that_document_not_words_the_dictionary_reads(assistant, question):
    """"برنامج عمل تونس" is the Tunis Agenda: read word by word it is also a "programme" and an "action", which the
    page's list of action lines holds; "Agenda de Túnez" is no "agenda" of another unit. Only the paragraph that
    answers is cited."""
    from assistant.support import salience
    from corpus.refs import document_mentions
    from index.catalog import without_mentions

    unnamed = without_mentions(question, document_mentions(question))
    assert "Túnez" not in unnamed and "تونس" not in unnamed
    read = {t for stems, _ in salience(question, assistant.searcher.view().terms(), unnamed=unnamed).english
            for t in stems}
    assert not {"programm", "action", "agenda"} & read
    assert len(assistant.ask(question).citations) == 1


@pytest.mark.parametrize("question, unit", [
    # a conference named by its year is cited by its short form: "WTDC-10" is the 2010 conference
    ("What is Resolution 30 of the 2010 World Telecommunication Development Conference about?", "wtdc-res-30"),
    ("Sur quoi porte la Résolution 30 de la Conférence mondiale de développement des télécommunications de 2010 ?",
     "wtdc-res-30"),
    # "لعام 2010" is "of 2010", not also "public" (Resolution 102's "public policy"); "القائمة على" is "based on"
    ("ما هو قرار مؤتمر المندوبين المفوضين لعام 2010 الذي يتناول الشبكات القائمة على بروتوكول الإنترنت؟", "pp-res-101"),
    # "涉及" (concerns) asks what a resolution is about, as "concerns" does: Resolution 102's "pertaining to" is no answer
    ("2010年全权代表大会的哪项决议涉及基于互联网协议的网络？", "pp-res-101"),
    # the Russian name of the Internet Governance Forum is the page's "IGF"
    ("С кем МСЭ должен взаимодействовать в связи с Форумом по управлению использованием Интернета?", "tais-72"),
    # the second part goes on about the roadmaps the first asked of: the paragraph that answered it answers it too
    ("¿En qué año acordó el Consejo de la UIT el marco de las hojas de ruta, y hasta qué año abarcan la aplicación "
     "de la CMSI?", "roadmaps-1"),
])
def test_the_unit_that_answers_is_cited_alone(assistant, question, unit):
    assert [c.id for c in assistant.ask(question).citations] == [f"itu-wsis-page:{unit}"]


@pytest.mark.parametrize("question", [
    "How many members does the Council Working Group on WSIS have?",
    "Сколько членов входит в Рабочую группу Совета по ВВУИО?",
    "كم عدد أعضاء فريق عمل المجلس المعني بالقمة العالمية لمجتمع المعلومات؟",
])
def test_how_many_members_is_not_answered_by_a_text_on_their_membership(assistant, question):
    # the page speaks of the working group's "membership input" and gives no number of members
    assert assistant.ask(question).refused


@pytest.mark.parametrize("question", [
    "Who chairs the Council Working Group on WSIS?",
    "Qui préside le Groupe de travail du Conseil sur le SMSI ?",
    "¿Quién preside el Grupo de Trabajo del Consejo sobre la CMSI?",
    "Кто председательствует в Рабочей группе Совета по ВВУИО?",
    "من يرأس فريق عمل المجلس المعني بالقمة العالمية لمجتمع المعلومات؟",
    "谁担任理事会信息社会世界峰会工作组主席？",
])
def test_who_chairs_is_not_answered_by_a_text_that_never_speaks_of_a_chair(assistant, question):
    # the page says when the working group was created and what it does, never who chairs it
    assert assistant.ask(question).refused
