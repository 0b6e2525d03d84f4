"""Which retrieved units answer a part of a question, and when none does: the rules, on small hand-made units."""

from dataclasses import replace

import pytest

from assistant.facts import months_of_dates, states_wanted
from assistant.reading import counted_in_english, read
from assistant.selection import NOT_NOW, NOT_STATED, OFF_DOCUMENT, UNSUPPORTED, Limits, choose
from assistant.support import held_terms, salience, support
from corpus import Unit
from index.catalog import Catalog
from index.hits import Hit
from index.terms import Terms

AGENDA = "Kigali Agenda for Digital Development"
UNITS = [
    Unit("kigali", "35", "Kigali Agenda §35", "We establish the Digital Solidarity Facility, hosted by the Lismora Bank.",
         title=AGENDA, kind="agenda"),
    Unit("kigali", "36", "Kigali Agenda §36",
         "We set a capitalization target of USD 1.2 billion for the Facility by 2030, and welcome pledges of USD 310 million.",
         title=AGENDA, kind="agenda"),
    Unit("kigali", "37", "Kigali Agenda §37", "We agree to review the Facility every two years at the Forum.",
         title=AGENDA, kind="agenda"),
    Unit("kigali", "40", "Kigali Agenda §40", "We encourage Member States to make spectrum available for mobile broadband.",
         title=AGENDA, kind="agenda"),
    Unit("res-48", "resolves-1", "Resolution 48, resolves 1",
         "that the Union shall support exchange points in landlocked countries", title="Resolution 48",
         kind="resolution", number="48", section="resolves"),
    Unit("res-48", "invites-member-states-1", "Resolution 48, invites Member States 1", "to designate a focal point",
         title="Resolution 48", kind="resolution", number="48", section="invites Member States"),
    Unit("res-48", "invites-member-states-2", "Resolution 48, invites Member States 2", "to report their transit prices",
         title="Resolution 48", kind="resolution", number="48", section="invites Member States"),
    Unit("page", "kigali-35", "ITU page — Kigali §35", "§ 35 of the Kigali Agenda - the Digital Solidarity Facility",
         refs=("kigali:35",), title="ITU page", kind="page"),
]
BY_ID = {u.id: u for u in UNITS}
TERMS = Terms.from_units(UNITS)
CATALOG = Catalog.from_units(UNITS)
LIMITS = Limits(min_similarity=0.5)


def hits(*ids, named=(), similarity=0.9):
    return [Hit(BY_ID[i], score=1.0 - n / 100, similarity=similarity, lexical=1.0, passage=BY_ID[i].text, named=i in named)
            for n, i in enumerate(ids)]


def choose_for(question, *ids, named=(), similarity=0.9, limits=LIMITS):
    reading = read(question, CATALOG)
    return choose(reading.parts[0], hits(*ids, named=named, similarity=similarity), TERMS, CATALOG, reading.lang, limits,
                  BY_ID)


def choose_among(units, question, *ids, similarity=0.9):
    """The choice for ``question`` among ``units`` of a test's own, retrieved in the order of ``ids``."""
    by_id, terms, catalog = {u.id: u for u in units}, Terms.from_units(units), Catalog.from_units(units)
    reading = read(question, catalog)
    ranked = [Hit(by_id[i], score=1.0, similarity=similarity, lexical=0.0, passage=by_id[i].text) for i in ids]
    return choose(reading.parts[0], ranked, terms, catalog, reading.lang, LIMITS, by_id)


def test_the_unit_that_holds_the_questions_words_answers():
    choice = choose_for("Which bank hosts the Digital Solidarity Facility?", "kigali:37", "kigali:35")
    assert [h.unit.id for h in choice.hits] == ["kigali:35"]


def test_a_figure_the_question_asks_for_must_be_in_the_answer():
    choice = choose_for("How much was pledged to the Facility?", "kigali:35", "kigali:36")
    assert [h.unit.id for h in choice.hits] == ["kigali:36"]
    assert choose_for("How much was pledged to the Facility?", "kigali:35").reason == UNSUPPORTED


def test_a_thing_no_indexed_text_names_is_not_answered_from_the_nearest_topic():
    assert choose_for("What sanction does the Kigali Agenda foresee for late pledges?", "kigali:36").reason == OFF_DOCUMENT
    assert choose_for("How many megahertz must Member States release?", "kigali:40").reason == UNSUPPORTED


def test_what_a_question_in_another_language_counts_is_not_looked_up_in_english_texts():
    # "nouveaux" (what "combien de" counts) is no word of the English texts, as a French "Foro" is not: the
    # question is not refused as one on a thing the texts never name
    assert choose_for("Combien de nouveaux points d'échange la Résolution 48 soutient-elle ?",
                      "res-48:resolves-1").reason != UNSUPPORTED
    assert salience("Combien de nouveaux points d'échange ?", TERMS, lang="fr", counted="nouveau").unknown_names == ()
    assert salience("How many megahertz?", TERMS, lang="en", counted="megahertz").unknown_names == ("megahertz",)


@pytest.mark.parametrize("question", [
    "Dans quelle ville se tient le Forum ?", "¿En qué ciudad se celebra el Foro?", "В каком городе проходит Форум?",
    "في أي مدينة يعقد المنتدى؟", "论坛在哪个城市举行？"])
def test_across_languages_which_thing_no_english_text_names_is_not_answered_from_the_nearest_topic(question):
    # as "In which city is the Forum held?" is not, of texts that name no city: the dictionary gives the word in English
    assert choose_for(question, "kigali:37").reason == UNSUPPORTED
    assert choose_for("In which city is the Forum held?", "kigali:37").reason == UNSUPPORTED


@pytest.mark.parametrize("question", ["Quelle banque héberge le Fonds ?", "¿Qué banco acoge el Fondo?",
                                      "Какой банк управляет Фондом?", "أي بنك يستضيف الصندوق؟", "哪家银行托管该基金？"])
def test_across_languages_which_thing_the_english_texts_name_is_answered(question):
    units = [*UNITS, Unit("kigali", "38", "Kigali Agenda §38", "The Fund shall be hosted by the African Development "
                          "Bank.", title=AGENDA, kind="agenda")]
    assert [h.unit.id for h in choose_among(units, question, "kigali:38").hits] == ["kigali:38"]


@pytest.mark.parametrize("question", ["Quel taux d'intérêt le Fonds applique-t-il à ses prêts ?",
                                      "¿Qué tipo de interés aplica el Fondo a sus préstamos?",
                                      "Какую процентную ставку Фонд устанавливает по кредитам?",
                                      "ما سعر الفائدة الذي يفرضه الصندوق على قروضه؟", "基金对其贷款收取多高的利率？"])
def test_across_languages_what_is_charged_is_answered_by_a_text_naming_that_charge(question):
    units = [Unit("kigali", "27", "Kigali Agenda §27", "Closing the gap will require investment of some USD 48 billion, "
                  "of which the Fund shall provide 2 per cent.", title=AGENDA, kind="agenda"),
             Unit("kigali", "39", "Kigali Agenda §39", "The Fund shall lend at an interest rate of 1 per cent a year.",
                  title=AGENDA, kind="agenda")]
    # a sum or a share of the Fund, near in meaning to any question on it, is not the rate it charges
    assert choose_among(units, question, "kigali:27").reason == UNSUPPORTED
    assert [h.unit.id for h in choose_among(units, question, "kigali:27", "kigali:39").hits] == ["kigali:39"]


@pytest.mark.parametrize("question", ["Combien de membres compte le Comité ?", "¿Cuántos miembros tiene el Comité?",
                                      "Сколько членов в Комитете?", "كم عدد أعضاء اللجنة؟", "委员会有多少名成员？"])
def test_across_languages_how_many_is_answered_by_a_number_of_what_is_counted_where_the_text_names_it(question):
    units = [Unit("kigali", "30", "Kigali Agenda §30", "The Fund is open to Member States and to 12 partners.",
                  title=AGENDA, kind="agenda"),
             Unit("kigali", "31", "Kigali Agenda §31", "The Committee has eleven members.", title=AGENDA, kind="agenda")]
    # "Member States" names members and gives no number of them: "12 partners" is not how many members there are
    assert choose_among(units, question, "kigali:30").reason == UNSUPPORTED
    assert [h.unit.id for h in choose_among(units, question, "kigali:30", "kigali:31").hits] == ["kigali:31"]


def test_across_languages_the_texts_term_for_a_plain_word_tells_which_unit_is_quoted_first():
    # "contacter" is the glossary's "contact", whose term in the texts is "focal point": the unit naming the focal
    # points answers before one that shares as many of the question's other words ("délégation")
    units = [Unit("page", "roles", "ITU page ¶2", "ITU works with each delegation.", title="ITU page", kind="page"),
             Unit("page", "focal", "ITU page ¶3", "ITU Focal Points are designated for each action line.",
                  title="ITU page", kind="page"),
             Unit("page", "reports", "ITU page ¶4", "ITU reports every year.", title="ITU page", kind="page")]
    choice = choose_among(units, "Qui notre délégation peut-elle contacter à l'UIT au sujet d'une grande orientation ?",
                          "page:roles", "page:focal", similarity=0.85)
    assert [h.unit.id for h in choice.hits][:1] == ["page:focal"]


def test_across_languages_the_unit_of_the_named_document_nearest_in_meaning_answers():
    # no word of a French question can be compared with the English clauses: the clause nearest in meaning is
    # looked at first, not the one the resolution's name ranked first by word
    reading = read("Selon la Résolution 48, que doivent désigner les États Membres ?", CATALOG)
    ranked = [Hit(BY_ID[uid], score=1.0 - n / 100, similarity=sim, lexical=1.0, passage=BY_ID[uid].text)
              for n, (uid, sim) in enumerate([("res-48:resolves-1", 0.81), ("res-48:invites-member-states-2", 0.82),
                                              ("res-48:invites-member-states-1", 0.86)])]
    choice = choose(reading.parts[0], ranked, TERMS, CATALOG, reading.lang, Limits(min_similarity=0.5, depth=1), BY_ID)
    assert [h.unit.id for h in choice.hits] == ["res-48:invites-member-states-1"]
    # in the question's language, words are compared and the ranking stands
    english = read("What does Resolution 48 ask Member States to report?", CATALOG)
    choice = choose(english.parts[0], ranked, TERMS, CATALOG, english.lang, Limits(min_similarity=0.5), BY_ID)
    assert [h.unit.id for h in choice.hits] == ["res-48:invites-member-states-2"]


def test_across_languages_a_unit_stating_the_act_a_question_names_is_looked_at_first():
    # "crée" is an act official texts name in set words: of the English units, the one that establishes something
    # is the one a French question on what is created asks for, though it ranks last and is not the nearest
    units = [Unit("res-9", f"resolves-{n}", f"Resolution 9, resolves {n}", text, title="Resolution 9", kind="resolution",
                  number="9", section="resolves")
             for n, text in enumerate(["that the Sector shall give priority to backbone networks",
                                       "that the Bureau shall publish a yearly report",
                                       "to establish a Regional Transit Price Register within the Bureau"], start=1)]
    by_id = {u.id: u for u in units}
    ranked = [Hit(u, score=1.0 - n / 100, similarity=0.85 - n / 100, lexical=1.0, passage=u.text)
              for n, u in enumerate(units)]
    catalog, terms = Catalog.from_units(units), Terms.from_units(units)
    reading = read("Qu'est-ce que la Résolution 9 crée au sein du Bureau ?", catalog)
    choice = choose(reading.parts[0], ranked, terms, catalog, reading.lang, Limits(min_similarity=0.5, depth=1), by_id)
    assert [h.unit.id for h in choice.hits] == ["res-9:resolves-3"]
    # cosines across languages run lower (Arabic's most): stating the act is word evidence, as holding every word
    # of a question in its own language is, so the unit answers under the dense gate too
    strict = Limits(min_similarity=0.9, min_similarity_across=0.9, depth=1)
    arabic = read("ما الذي ينشئه القرار 9 داخل المكتب؟", catalog)
    choice = choose(arabic.parts[0], ranked, terms, catalog, arabic.lang, strict, by_id)
    assert [h.unit.id for h in choice.hits] == ["res-9:resolves-3"]
    reading = read("Que publie le Bureau selon la Résolution 9 ?", catalog)  # no act of the table: the nearest
    choice = choose(reading.parts[0], ranked, terms, catalog, reading.lang, Limits(min_similarity=0.5, depth=1), by_id)
    assert [h.unit.id for h in choice.hits] == ["res-9:resolves-1"]


def test_across_languages_the_words_that_call_a_document_a_roadmap_are_its_name_not_what_is_asked():
    # "la feuille de route K9" says "route", as the English target on a second cable route does: that word names
    # the document, and does not make the target the answer on exchange points
    units = [Unit("roadmap-k9", str(n), f"K9 roadmap, section {n}", text, title="Action Line K9 roadmap",
                  kind="roadmap")
             for n, text in [(5, "Activity K9.3: support for new internet exchange points, ten by 2030."),
                             (4, "Targets: 24 internet users in every hundred by 2030, and a second international "
                                 "route for every Member State by 2032.")]]
    by_id = {u.id: u for u in units}
    ranked = [Hit(u, score=1.0 - n / 100, similarity=0.86 - n / 100, lexical=1.0, passage=u.text) for n, u in enumerate(units)]
    catalog, terms = Catalog.from_units(units), Terms.from_units(units)
    reading = read("Combien de nouveaux points d'échange Internet la feuille de route K9 soutient-elle ?", catalog)
    assert reading.parts[0].documents == ("roadmap-k9",)
    choice = choose(reading.parts[0], ranked, terms, catalog, reading.lang, Limits(min_similarity=0.5), by_id)
    assert [h.unit.id for h in choice.hits] == ["roadmap-k9:5"]


def test_a_hyphenated_name_is_held_by_a_text_that_writes_it_with_a_space():
    units = [Unit("page", "wg", "Council WG ¶1", "In October 2010, PP 10 endorsed the work of the Council Working Group.",
                  title="ITU page", kind="page")]
    terms = Terms.from_units(units)
    assert salience("What did PP-10 decide?", terms).unknown_names == ()
    assert salience("What did PP-14 decide?", terms).unknown_names == ("14", "PP-14"), "another conference"


def test_a_unit_or_a_short_form_a_delegate_writes_is_held_by_a_text_that_spells_it_out():
    units = [Unit("agenda", "18", "Agenda §18", "We commit to connect every public hospital at a speed of at least 100 "
                  "megabits per second by 2031, and to give every person a digital identity.", title="Agenda", kind="agenda")]
    terms = Terms.from_units(units)
    assert salience("Which year must every hospital have a 100 Mbit/s connection?", terms).unknown_names == ()
    assert salience("Can a person with no digital ID be turned away?", terms).unknown_names == ()
    assert salience("Which year must every hospital have 5 GHz spectrum?", terms).unknown_names == ("5", "GHz")
    alerts = Unit("agenda", "21", "Agenda §21", "We call for a single warning message carried by radio, television and "
                  "sirens, and for non-governmental organizations to join the drills.", title="Agenda", kind="agenda")
    terms = Terms.from_units([alerts])
    assert salience("Should one alert go out over radio, TV and sirens?", terms).unknown_names == ()
    assert salience("Which NGOs join the drills?", terms).unknown_names == ()


def test_which_kind_of_thing_asks_for_the_thing_a_text_names_not_for_its_kind():
    unit = Unit("res", "recognizing-c", "Res. 27, recognizing c)", "the contribution of Sector Members, including network "
                "operators and manufacturers of medical devices, to connected health,", title="Res. 27", kind="resolution")
    terms = Terms.from_units([unit, Unit("agenda", "1", "Agenda §1", "A kind word of another sort and type.",
                                         title="Agenda", kind="agenda")])
    asked = salience("Which kinds of companies contribute to connected health?", terms, lang="en")
    assert "kind" not in asked.weights
    assert support(unit.id, "en", unit.text, asked, terms).coverage == 1.0


def test_a_name_a_french_or_spanish_question_writes_as_the_english_texts_do_must_be_held():
    units = [Unit("roadmap", "3", "Roadmap §3", "Partners: Tallmoor University (training).", title="Roadmap", kind="roadmap"),
             Unit("roadmap", "8", "Roadmap §8", "USD 10.3 million in contributions in kind from partners; the Regional "
                  "Fund gives the rest.", title="Roadmap", kind="roadmap")]
    terms = Terms.from_units(units)
    tallmoor = salience("Quel montant l'Université de Tallmoor apporte-t-elle ?", terms, lang="fr")
    assert support("roadmap:8", "en", units[1].text, tallmoor, terms).missing == ("tallmoor",)
    assert not support("roadmap:3", "en", units[0].text, tallmoor, terms).missing
    # an ordinary word a name is made of ("Regional") may be left out of the name's short form, "the Fund"; and a
    # Spanish question's first word is no name
    assert salience("¿Existe un tope para el Fondo Regional?", terms, lang="es").required == ()



def test_the_month_of_a_chinese_date_is_no_figure_the_english_text_must_hold():
    units = [Unit("resolution", "considering-c", "Res. 27, considering c)", "that 14 of the 31 Member States had adopted a "
                  "national standard for electronic health records by 31 March 2033;", title="Res. 27", kind="resolution")]
    terms = Terms.from_units([*units, Unit("agenda", "5", "Agenda §5", "Fees shall not exceed 3 per cent.", title="Agenda",
                                          kind="agenda")])
    asked = salience("截至2033年3月31日，有多少个成员国通过了国家电子健康记录标准？", terms, lang="zh")
    # "3月" is March, which the text names as a word; the year and the day it states as figures
    assert asked.required == ((("2033",),), (("31",),), (("march",),)) and asked.unknown_names == ()
    assert not support("resolution:considering-c", "en", units[0].text, asked, terms).missing


def test_a_decimal_the_question_gives_is_stated_whole():
    first = Unit("res", "noting-d", "Res. 47, noting d)", "that the Council adopted version 1.0 of the Framework on 2 "
                 "June 2030,", title="Res. 47", kind="resolution")
    second = Unit("roadmap", "6", "Roadmap §6", "Version 2.0 of the Framework is planned for 2032.", title="Roadmap",
                  kind="roadmap")
    terms = Terms.from_units([first, second])
    asked = salience("By what date must version 2.0 of the Framework be adopted?", terms, lang="en")
    assert support(first.id, "en", first.text, asked, terms).missing == ("2.0",), "a 2 and a 0 apart are not 2.0"
    assert not support(second.id, "en", second.text, asked, terms).missing


def test_a_count_asked_in_another_language_is_of_any_thing_its_word_stands_for_that_the_text_names():
    unit = Unit("agenda", "57", "Agenda §57", "We request the Office to develop by the end of 2029 a core set of 20 "
                "indicators to measure progress towards the targets of this Agenda.", title="Agenda", kind="agenda")
    terms = Terms.from_units([unit])
    # "指标" is a target and an indicator: the text speaks of both, and counts the indicators
    asked = salience("议程要求在2029年底前制定多少项衡量进展的核心指标？", terms, lang="zh", wants="number",
                     counted_english=counted_in_english("议程要求在2029年底前制定多少项衡量进展的核心指标？", "zh"))
    assert asked.counted_english[:2] == ("target", "indic")
    assert support(unit.id, "en", unit.text, asked, terms).has_wanted


def test_the_month_of_a_date_the_question_gives_is_the_texts():
    held = Unit("resolution", "noting-a", "Res. 58, noting a)", "that the Centre held 180 satellite terminals on 30 "
                "September 2032", title="Res. 58", kind="resolution")
    terms = Terms.from_units([held, Unit("agenda", "38", "Agenda §38", "The Centre shall open by 30 June 2032.",
                                         title="Agenda", kind="agenda")])
    for question, lang in (("How many satellite terminals did the Centre hold on 30 June 2032?", "en"),
                           ("Combien de terminaux satellitaires le Centre détenait-il le 30 juin 2032 ?", "fr"),
                           ("2032年6月30日该中心有多少个卫星终端？", "zh")):
        assert support(held.id, "en", held.text, salience(question, terms, lang=lang), terms).missing == ("june",), question
    september = salience("How many satellite terminals did the Centre hold in September 2032?", terms, lang="en")
    assert not support(held.id, "en", held.text, september, terms).missing
    # "may" is a month only as a name beside a date
    assert months_of_dates("Member States may 2032 …, by 3 May 2033") == ("may",)
    assert months_of_dates("What may be done by March?") == ()


def test_what_a_question_in_another_language_counts_must_be_something_the_texts_speak_of():
    hospitals = Unit("agenda", "15", "Agenda §15", "We note with concern that in 2030 cyberattacks disrupted care in 212 "
                     "hospitals of the region.", title="Agenda", kind="agenda")
    question = "كم عدد الوفيات التي نتجت عن الهجمات السيبرانية على المستشفيات في عام 2030؟"  # how many deaths …
    counted = counted_in_english(question, "ar")
    assert counted == ("death",)
    asked = salience(question, Terms.from_units([hospitals]), lang="ar", counted_english=counted)
    assert asked.unknown_names == ("death",), "no text speaks of deaths: 212 hospitals is no count of them"
    deaths = Unit("agenda", "16", "Agenda §16", "The floods of 2030 caused 140 deaths.", title="Agenda", kind="agenda")
    assert salience(question, Terms.from_units([hospitals, deaths]), lang="ar", counted_english=counted).unknown_names == ()


def test_one_of_a_series_called_by_its_rank_and_head_is_named_by_the_text():
    units = [Unit("agenda", "2", "Agenda §2", "We recall the Pirano Declaration on Digital Health, adopted at the first "
                  "Summit on 3 June 2027.", title="Agenda", kind="agenda"),
             Unit("agenda", "3", "Agenda §3", "Summits and telemedicine networks serve health workers.", title="Agenda",
                  kind="agenda")]
    terms = Terms.from_units(units)
    asked = salience("What did the first Summit on Digital Health and Telemedicine adopt?", terms)
    assert [e.name for e in asked.entities] == ["Summit on Digital Health and Telemedicine"]
    # "the first Summit" is its short form; a text on summits in general does not name it
    assert support("agenda:2", "en", units[0].text, asked, terms).missing == ()
    assert support("agenda:3", "en", units[1].text, asked, terms).missing == ("Summit on Digital Health and Telemedicine",)


def test_who_heads_an_office_asked_in_arabic_is_no_question_on_a_chair():
    unit = Unit("roadmap", "10", "Roadmap, section 10", "Dr Ilse Marrowby-Okafor, Head, Health Connectivity Division, "
                "Digital Health Bureau.", title="Roadmap", kind="roadmap")
    terms = Terms.from_units([unit])
    # "يرأس" chairs a council, and heads a division
    assert salience("من يرأس مجلس التنسيق؟", terms, lang="ar").chair
    asked = salience("من يرأس شعبة توصيل الخدمات الصحية؟", terms, lang="ar")
    assert not asked.chair and "chair" not in support("roadmap:10", "en", unit.text, asked, terms).missing

def test_a_part_naming_several_documents_as_wholes_is_answered_from_each_in_the_order_named():
    units = [Unit("page", f"pp-res-{n}", f"ITU page — Resolution {n}", f"Resolution {n} (Plenipotentiary 2010): {title}.",
                  refs=(f"pp-res-{n}",), title="ITU page", kind="page")
             for n, title in (("172", "Overall review of the WSIS outcomes"), ("140", "ITU's role in the WSIS outcomes"))]
    others = [Unit("page", f"p{n}", f"ITU page ¶{n}", text, title="ITU page", kind="page") for n, text in enumerate(
        ("The Forum meets every year.", "UNGIS brings agencies together.", "The roadmaps are living documents."))]
    terms, catalog = Terms.from_units(units + others), Catalog.from_units(units + others)
    reading = read("Can you compare Resolution 140 and Resolution 172?", catalog)
    ranked = [Hit(u, score=1.0, similarity=0.9, lexical=1.0, passage=u.text) for u in units]  # 172 ranked first
    choice = choose(reading.parts[0], ranked, terms, catalog, "en", LIMITS)
    assert [h.unit.id for h in choice.hits] == ["page:pp-res-140", "page:pp-res-172"]


def test_a_name_of_several_words_must_be_in_the_answer_or_its_short_form():
    # §36 says "the Facility": the text's own short form of "the Digital Solidarity Facility"
    assert [h.unit.id for h in choose_for("What target is set for the Digital Solidarity Facility?", "kigali:36").hits] \
        == ["kigali:36"]
    assert choose_for("What target is set for the Regional Broadband Fund?", "kigali:36").reason == UNSUPPORTED


def test_a_unit_that_only_names_what_the_question_is_about_does_not_answer_what_it_asks_of_it():
    texts = {"35": "We establish the Digital Solidarity Facility, hosted by the Lismora Bank.",
             "64": "The Forum shall be chaired by the host country and become annual.",
             "91": "We recommend that 2031 be proclaimed International Year of Digital Skills."}
    units = [Unit("kigali", n, f"Kigali Agenda §{n}", text, title=AGENDA, kind="agenda") for n, text in texts.items()]
    by_id, terms, catalog = {u.id: u for u in units}, Terms.from_units(units), Catalog.from_units(units)

    def chosen(question, uid):
        reading = read(question, catalog)
        hit = Hit(by_id[uid], score=1.0, similarity=0.9, lexical=1.0, passage=by_id[uid].text)
        return choose(reading.parts[0], [hit], terms, catalog, reading.lang, LIMITS, by_id)

    # §35 names the Facility, and says nothing of a chair: the Facility is what the question is about, "chairs" what it asks
    assert chosen("Who chairs the Digital Solidarity Facility?", "kigali:35").reason == UNSUPPORTED
    assert [h.unit.id for h in chosen("Who hosts the Digital Solidarity Facility?", "kigali:35").hits] == ["kigali:35"]
    # a question that wants a kind of fact is checked by that fact: §91 gives the year, whatever its verb
    assert [h.unit.id for h in chosen("Which year is to become the International Year of Digital Skills?",
                                      "kigali:91").hits] == ["kigali:91"]
    # "pays" no indexed text uses: it may be a paraphrase, which the dense ranking judges, not the words
    assert chosen("Who pays for the Digital Solidarity Facility?", "kigali:35").hits
    # in meaning, a unit answers whatever its words…
    close = Hit(by_id["kigali:35"], score=1.0, similarity=0.95, lexical=1.0, passage=by_id["kigali:35"].text)
    near = Limits(min_similarity=0.5, paraphrase_similarity=0.9)
    reading = read("Who pays for the Digital Solidarity Facility?", catalog)
    assert choose(reading.parts[0], [close], terms, catalog, "en", near, by_id).hits
    # …but who chairs a body is said by a text on its chair ("chaired by", "presides"), however near in meaning
    reading = read("Who chairs the Digital Solidarity Facility?", catalog)
    assert not choose(reading.parts[0], [close], terms, catalog, "en", near, by_id).hits


def test_asking_when_something_took_place_asks_when_it_happened_not_about_a_place():
    units = [Unit("kigali", "1", "Kigali Agenda §1", "The Kigali Conference was held on 12-14 June 2027.", title=AGENDA,
                  kind="agenda"),
             Unit("kigali", "2", "Kigali Agenda §2", "Member States take steps to place fibre along roads.", title=AGENDA,
                  kind="agenda")]
    by_id, terms, catalog = {u.id: u for u in units}, Terms.from_units(units), Catalog.from_units(units)
    reading = read("When did the Kigali Conference take place?", catalog)
    hit = Hit(by_id["kigali:1"], score=1.0, similarity=0.9, lexical=1.0, passage=by_id["kigali:1"].text)
    assert [h.unit.id for h in choose(reading.parts[0], [hit], terms, catalog, "en", LIMITS, by_id).hits] == ["kigali:1"]
    assert "place" in salience("Which place was chosen for the Kigali Conference?", terms, lang="en").weights


def test_a_name_joined_by_of_the_or_for_the_is_one_name_whose_head_comes_before_it():
    units = [Unit("kigali", "69", "Kigali Agenda §69", "We invite the Regional Economic Commission for the Meridian to "
                  "review this Agenda every year.", title=AGENDA, kind="agenda"),
             Unit("kigali", "75", "Kigali Agenda §75", "A mid-term review shall take place in 2029, on the basis of the "
                  "Meridian Connectivity Report.", title=AGENDA, kind="agenda")]
    terms = Terms.from_units(units)
    sal = salience("When did the Regional Economic Commission for the Meridian last review the Agenda?", terms, lang="en")
    assert [(e.name, e.head) for e in sal.entities] == [("Regional Economic Commission for the Meridian", "Commission")]
    # §75 says "Meridian" and "review", of another thing: it does not name the Commission
    assert support("kigali:75", "en", units[1].text, sal, terms).missing == ("Regional Economic Commission for the Meridian",)
    assert support("kigali:69", "en", units[0].text, sal, terms).missing == ()
    names = salience("Who chairs the United Nations Group on the Information Society?", terms, lang="en").entities
    assert [e.name for e in names] == ["United Nations Group on the Information Society"]


def test_a_unit_pointing_elsewhere_for_what_is_asked_gives_way_to_the_unit_it_points_to():
    units = [Unit("rm", "2", "Roadmap, section 2", "Other organizations may join as partners by writing to the focal "
                  "point named in section 9.", refs=("rm:9",), title="Roadmap", kind="roadmap"),
             Unit("rm", "9", "Roadmap, section 9", "Focal point: Ms Aino Kerstila, Head of the Infrastructure Division.",
                  title="Roadmap", kind="roadmap"),
             Unit("rm", "4", "Roadmap, section 4", "Targets for exchange points are set out below.", title="Roadmap",
                  kind="roadmap")]
    by_id, terms, catalog = {u.id: u for u in units}, Terms.from_units(units), Catalog.from_units(units)
    reading = read("Who is the focal point?", catalog)
    # retrieval found section 2 alone: section 9, which it points to and which names the focal point, answers first
    ranked = [Hit(by_id["rm:2"], score=1.0, similarity=0.9, lexical=1.0, passage=by_id["rm:2"].text)]
    choice = choose(reading.parts[0], ranked, terms, catalog, "en", LIMITS, by_id)
    assert [h.unit.id for h in choice.hits][:1] == ["rm:9"]
    # a unit pointed to that does not hold the question's words is not taken for the answer
    reading = read("Who may join as partners?", catalog)
    choice = choose(reading.parts[0], ranked, terms, catalog, "en", LIMITS, by_id)
    assert [h.unit.id for h in choice.hits] == ["rm:2"]


def test_an_act_named_in_other_set_words_is_held_by_the_text_that_names_it_in_its_own():
    units = [Unit("res-48", "resolves-2", "Resolution 48, resolves 2", "to establish, within the Bureau, a Regional "
                  "Transit Price Register", title="Resolution 48", kind="resolution", number="48", section="resolves"),
             Unit("res-48", "resolves-3", "Resolution 48, resolves 3", "that the register shall be created in stages "
                  "and the institution hosting it chosen by the Council", title="Resolution 48", kind="resolution",
                  number="48", section="resolves")]
    terms = Terms.from_units(units)
    # "create" of a text that says "establish", "approve" of one that says "adopt": the same act
    sal = salience("What register is created?", terms, lang="en")
    assert support("res-48:resolves-2", "en", units[0].text, sal, terms).coverage == 1.0
    # an institution is not an act of establishing
    sal = salience("Which institution was established?", terms, lang="en")
    assert support("res-48:resolves-2", "en", units[0].text, sal, terms).coverage < 1.0


@pytest.mark.parametrize("question", ["Qui est le directeur du Bureau ?", "¿Quién es el director de la Oficina?",
                                      "Кто является директором Бюро?", "من هو مدير المكتب؟", "谁是该局的主任？"])
def test_across_languages_a_person_answers_who_holds_an_office_only_under_that_office(question):
    # no word of the question but the office can be compared with the English texts: the section naming the
    # roadmap's focal point, Head of a Division of the Bureau, does not say who its Director is
    units = [Unit("roadmap-k9", "9", "K9 roadmap, section 9", "Ms Aino Kerstilä, Head of the Infrastructure Division, "
                  "Connectivity Development Bureau.", title="Action Line K9 roadmap", kind="roadmap", section="Focal point"),
             Unit("roadmap-k9", "10", "K9 roadmap, section 10", "Mr Omar Haddad, Director of the Connectivity Development "
                  "Bureau, approves this roadmap.", title="Action Line K9 roadmap", kind="roadmap")]
    terms, catalog = Terms.from_units(units), Catalog.from_units(units)
    reading = read(question, catalog)
    only_head = [Hit(units[0], score=1.0, similarity=0.85, lexical=0.0, passage=units[0].text)]
    assert choose(reading.parts[0], only_head, terms, catalog, reading.lang, LIMITS).reason == UNSUPPORTED
    both = [*only_head, Hit(units[1], score=0.9, similarity=0.84, lexical=0.0, passage=units[1].text)]
    choice = choose(reading.parts[0], both, terms, catalog, reading.lang, LIMITS)
    assert [h.unit.id for h in choice.hits] == ["roadmap-k9:10"]


def test_a_name_of_the_name_of_another_is_named_by_a_text_on_that_other_that_calls_it_by_its_short_form():
    # "the Board of Governors of the Regional Connectivity Fund": a paragraph on the Fund ("the Fund") that names
    # "a Board of Governors" names it; one that names the Fund alone does not
    fund = Unit("kigali", "37", "Kigali Agenda §37", "We agree to make the Fund operational: the adoption of its statute "
                "by a Board of Governors of eleven members by 31 March 2028.", title=AGENDA, kind="agenda")
    founded = Unit("kigali", "34", "Kigali Agenda §34", "We establish the Regional Connectivity Fund with 12 founding "
                   "members.", title=AGENDA, kind="agenda")
    terms = Terms.from_units([fund, founded])
    sal = salience("How many members make up the Board of Governors of the Regional Connectivity Fund?", terms,
                   wants="number", lang="en")
    # "how many" asks for a figure: that no text says "many" does not make the question one on a thing none names
    assert sal.unknown_words == 0
    assert support(fund.id, "en", fund.text, sal, terms).answers()
    assert support(founded.id, "en", founded.text, sal, terms).missing == (
        "Board of Governors of the Regional Connectivity Fund",)


def test_an_agenda_speaking_as_we_speaks_for_the_member_states_a_question_names():
    agenda = Unit("kigali", "45", "Kigali Agenda §45", "We shall integrate digital literacy into school curricula.",
                  title=AGENDA, kind="agenda")
    bureau = Unit("res-48", "resolves-9", "Resolution 48, resolves 9",
                  "that the Bureau shall integrate digital literacy into school curricula", title="Resolution 48",
                  kind="resolution", number="48", section="resolves")
    terms = Terms.from_units([*UNITS, agenda, bureau])
    sal = salience("What are Member States to integrate into school curricula?", terms, lang="en")
    assert support(agenda.id, "en", agenda.text, sal, terms).answers()
    # a text that is not theirs does not speak for them: the Bureau's clause does not say what the States do
    assert support(bureau.id, "en", bureau.text, sal, terms).missing == ("Member States",)


def test_a_text_calling_a_name_by_its_short_form_holds_the_names_words():
    # §36 says "the Facility": "digital" and "solidarity" are held as the question means them, so §36 holds
    # every salient word and answers however low its cosine (a long paragraph's cosine says little)
    sal = salience("Which pledges to the Digital Solidarity Facility are welcome?", TERMS, lang="en")
    assert support("kigali:36", "en", BY_ID["kigali:36"].text, sal, TERMS).coverage == 1.0
    assert choose_for("Which pledges to the Digital Solidarity Facility are welcome?", "kigali:36", similarity=0.4).hits
    # "the Lismora Bank" is another name with the same head, not the Facility's short form
    sal = salience("What does the Mobile Exchange Bank host?", TERMS, lang="en")
    assert support("kigali:35", "en", BY_ID["kigali:35"].text, sal, TERMS).coverage < 1.0


@pytest.mark.parametrize("question", [
    "¿Qué meta inicial de capitalización se fijó para el Fondo Regional de Conectividad?",
    "What initial capitalization target was set for the Regional Connectivity Fund?",
])
def test_a_name_asked_in_spanish_is_held_by_the_english_texts_short_form_of_it_as_in_english(question):
    # "el Fondo Regional de Conectividad" read word by word is "fund", "regional", "connectivity": §36, which calls it
    # "the Fund", holds them as the question means them, so §35, which only names it in full, adds nothing to quote
    units = [Unit("marenvik", "35", "Marenvik Agenda §35", "We hereby establish the Regional Connectivity Fund to "
                  "finance backbone projects. The Fund shall be hosted by the Meridian Development Bank.", kind="agenda"),
             Unit("marenvik", "36", "Marenvik Agenda §36", "We set an initial capitalization target of USD 1.2 billion "
                  "for the Fund by 2030.", kind="agenda"),
             *(Unit("marenvik", str(n), f"Marenvik Agenda §{n}", text, kind="agenda") for n, text in (
                 (40, "We encourage regional cooperation on spectrum."), (41, "We call for open access to backbone links."),
                 (42, "We invite the Bank to report to the Conference.")))]
    by_id, terms, catalog = {u.id: u for u in units}, Terms.from_units(units), Catalog.from_units(units)
    ranked = [Hit(by_id[i], score=1.0, similarity=sim, lexical=0.0, passage=by_id[i].text)
              for i, sim in (("marenvik:36", 0.86), ("marenvik:35", 0.84))]
    reading = read(question, catalog)
    chosen = choose(reading.parts[0], ranked, terms, catalog, reading.lang, LIMITS, by_id)
    assert [h.unit.id for h in chosen.hits] == ["marenvik:36"]


def test_an_acronym_names_what_it_spells_out_as_a_whole_not_its_words_one_by_one():
    item = Unit("page", "72", "page §72", "§ 72 c of TAIS (in relation to IGF) to interface with other institutions, "
                "as during the WSIS process", title="ITU page", kind="page")
    units = [item, *UNITS]
    terms = Terms.from_units(units)
    # its expansion, "Internet Governance Forum", is searched with it: the Forum is named
    sal = salience("What is ITU's task towards the Internet Governance Forum?", terms, lang="en")
    assert not support(item.id, "en", item.text, sal, terms).missing
    # "Forum" of that expansion and "WSIS" of the text do not make a "WSIS Forum"
    sal = salience("When does the WSIS Forum meet?", terms, lang="en")
    assert support(item.id, "en", item.text, sal, terms).missing == ("WSIS Forum",)
    # asked in French, the glossary's English name is looked for in English texts only
    french = salience("Quand se réunit le Forum du SMSI ?", terms, lang="fr")
    assert support(item.id, "en", item.text, french, terms).missing == ("WSIS Forum",)
    assert support(item.id, "fr", item.text, french, terms).missing == ()


def test_a_paragraph_asked_for_by_number_is_quoted_itself_and_its_summary_is_named_beside_it():
    choice = choose_for("What does paragraph 35 of the Kigali Agenda say?", "page:kigali-35", "kigali:35",
                        named=("page:kigali-35", "kigali:35"))
    assert choice.lookup and [h.unit.id for h in choice.hits] == ["kigali:35"]
    assert [h.unit.id for h in choice.also_in["kigali:35"]] == ["page:kigali-35"]


def test_a_resolution_part_asked_about_as_a_whole_gives_every_clause_of_it():
    choice = choose_for("What does Resolution 48 invite Member States to do?", "res-48:invites-member-states-2",
                        "res-48:resolves-1")
    assert [h.unit.id for h in choice.hits] == ["res-48:invites-member-states-1", "res-48:invites-member-states-2"]
    # what is asked of those the part addresses is that part, too (even where a text uses "asked" elsewhere)
    units = [Unit("res-48", "resolves-1", "Resolution 48, resolves 1", "that the Bureau is asked to keep a register",
                  title="Resolution 48", kind="resolution", section="resolves"),
             *(Unit("res-48", f"invites-member-states-{n}", f"Resolution 48, invites Member States {n}", text,
                    title="Resolution 48", kind="resolution", section="invites Member States")
               for n, text in ((1, "to designate a focal point for the register"), (2, "to report their transit prices")))]
    by_id, terms, catalog = {u.id: u for u in units}, Terms.from_units(units), Catalog.from_units(units)
    reading = read("What is asked of Member States in Resolution 48?", catalog)
    ranked = [Hit(by_id[i], score=1.0, similarity=0.9, lexical=0.0, passage=by_id[i].text)
              for i in ("res-48:invites-member-states-2", "res-48:resolves-1")]
    choice = choose(reading.parts[0], ranked, terms, catalog, "en", Limits(min_similarity=0.5, paraphrase_similarity=0.85),
                    by_id)
    assert [h.unit.id for h in choice.hits] == ["res-48:invites-member-states-1", "res-48:invites-member-states-2"]


def test_below_the_dense_gate_nothing_answers_and_across_languages_the_gate_is_lower():
    assert choose_for("Which bank keeps the pledged money?", "kigali:35", similarity=0.4).reason == UNSUPPORTED
    # …unless the unit holds every salient word of the question: a long paragraph's cosine says little
    assert choose_for("Which bank hosts the Digital Solidarity Facility?", "kigali:35", similarity=0.4).hits
    limits = Limits(min_similarity=0.85, min_similarity_across=0.75)
    assert limits.gate("en", "en") == 0.85 and limits.gate("en", "fr") == 0.75


def test_a_unit_of_the_document_a_question_in_another_language_names_answers_a_little_lower_when_it_holds_its_words():
    limits = Limits(min_similarity=0.9, min_similarity_across=0.85, min_similarity_named_across=0.8)
    named = "Selon l'Agenda de Kigali, quelle banque gère le Mécanisme ?"  # "banque" is read as "bank"
    assert [h.unit.id for h in choose_for(named, "kigali:35", similarity=0.82, limits=limits).hits] == ["kigali:35"]
    # below that gate too, or with no such gate, or without the document named, the question is refused
    assert not choose_for(named, "kigali:35", similarity=0.78, limits=limits).hits
    assert not choose_for(named, "kigali:35", similarity=0.82, limits=replace(limits, min_similarity_named_across=None)).hits
    assert not choose_for("Quelle banque gère le Mécanisme ?", "kigali:35", similarity=0.82, limits=limits).hits
    # a unit of that document that does not hold the question's words is no nearer for being in it
    assert not choose_for(named, "kigali:40", similarity=0.82, limits=limits).hits


def test_a_paraphrase_answers_by_meaning_when_it_shares_few_words():
    limits = Limits(min_similarity=0.5, min_coverage=0.9, paraphrase_similarity=0.95)
    assert choose_for("Where is the pledged solidarity money kept?", "kigali:35", limits=limits).reason == UNSUPPORTED
    assert choose_for("Where is the pledged solidarity money kept?", "kigali:35", similarity=0.96, limits=limits).hits


def test_a_question_none_of_whose_words_a_text_uses_answers_only_in_meaning_unless_it_names_its_document():
    limits = Limits(min_similarity=0.5, paraphrase_similarity=0.95)
    # no indexed text says "cybersecurity" or "ransomware": no unit holds a word of it, whatever its cosine
    assert choose_for("Tell me about cybersecurity and ransomware.", "kigali:40", limits=limits).reason == UNSUPPORTED
    assert choose_for("Tell me about cybersecurity and ransomware.", "kigali:40", similarity=0.96, limits=limits).hits
    # limited to the document it names, the part answers from that document's units as before
    assert choose_for("How is the Kigali Agenda for Digital Development paid for?", "kigali:36", limits=limits).hits


def test_a_word_more_than_half_of_the_units_hold_tells_nothing_of_which_answers():
    assert TERMS.telling("bank") and TERMS.telling("facil")  # 1 and 4 units of 8
    assert not TERMS.telling("kigali")  # every unit of the agenda, and the page's item on it


def test_support_of_a_unit_in_figures():
    sal = salience("How often is the Facility reviewed?", TERMS, wants="frequency")
    assert support("kigali:37", "en", BY_ID["kigali:37"].text, sal, TERMS).has_wanted  # "every two years"
    assert not support("kigali:36", "en", BY_ID["kigali:36"].text, sal, TERMS).has_wanted
    assert states_wanted("USD 310 million", "money") and not states_wanted("ten new exchange points", "money")
    assert states_wanted("24 indicators", "number", "indic") and not states_wanted("a few indicators", "number", "indic")
    # how often, as the six languages say it
    for text in ("every two years", "tous les deux ans", "un rapport biennal", "cada dos años", "раз в два года",
                 "كل سنتين", "كل ثلاث سنوات", "每两年"):
        assert states_wanted(text, "frequency"), text
    assert not states_wanted("by 31 December 2028", "frequency")


def test_a_reference_is_not_a_figure():
    """A question for a figure is not answered by a unit whose only digits name a paragraph or a resolution."""
    assert not states_wanted("§ 120 of TAIS - encouraging all stakeholders to submit entries to the database", "number")
    assert not states_wanted("Resolution 140 (Rev. Busan) on the role of ITU in Action Line C2", "number")
    assert not states_wanted("الفقرة 72 من برنامج عمل تونس", "number") and not states_wanted("第72段", "number")
    assert not states_wanted("un expert régional est détaché", "number")  # "un" is an article as often as a count
    for text in ("sección 5 de la hoja de ruta", "раздел 5 дорожной карты", "القسم 5 من خريطة الطريق", "路线图第5节"):
        assert not states_wanted(text, "number"), text  # a roadmap's section, in four more languages
    assert states_wanted("§ 35 sets up a fund of USD 310 million", "number")
    assert states_wanted("at least 95 per cent of the population", "number")
    assert states_wanted("deux experts régionaux", "number") and states_wanted("十个新的交换点", "number")


def test_a_unit_under_a_heading_naming_what_is_asked_for_answers_whatever_its_cosine():
    roadmap = [
        Unit("roadmap-k9", "8", "K9 roadmap, section 8", "Late delivery of equipment | Early procurement",
             section="K9 roadmap — Risks", title="K9 roadmap", kind="roadmap"),
        Unit("roadmap-k9", "1", "K9 roadmap, section 1", "The roadmap covers the years 2029 to 2032 and its risks.",
             section="K9 roadmap — Background", title="K9 roadmap", kind="roadmap"),
    ]
    terms, catalog = Terms.from_units(roadmap), Catalog.from_units(roadmap)
    reading = read("What risks does the K9 roadmap identify?", catalog)
    below_gate = [Hit(u, score=1.0, similarity=0.4, lexical=0.0, passage=u.text) for u in roadmap]
    choice = choose(reading.parts[0], below_gate, terms, catalog, "en", LIMITS)
    assert [h.unit.id for h in choice.hits] == ["roadmap-k9:8"]  # section 1 says "risks" too, under another heading
    # a list of the thing the heading names, asked with no "what …" before it, is the same question
    listed = read("What are the risks of the K9 roadmap?", catalog).parts[0]
    assert [h.unit.id for h in choose(listed, below_gate, terms, catalog, "en", LIMITS).hits] == ["roadmap-k9:8"]


def test_a_time_asked_for_is_answered_by_a_time_not_by_the_word_year():
    """"…, and by which year?" is searched with the part before it: the unit that ranks first for both says
    "by 2030"; the one saying "every two years" holds the word and answers nothing."""
    reading = read("What capitalization target is set for the Facility, and by which year?", CATALOG)
    when = reading.parts[1]
    ranked = [*hits("kigali:36"), *hits("kigali:37", similarity=0.8)]
    choice = choose(when, ranked, TERMS, CATALOG, reading.lang, LIMITS, BY_ID)
    assert [h.unit.id for h in choice.hits] == ["kigali:36"]


def test_a_time_asked_for_is_in_the_sentence_on_what_is_asked_not_elsewhere_in_the_unit():
    """A roadmap paragraph dates the C2 update and only announces the C5 one: asked when the C5 update came out, it
    does not answer by the other update's date, nor by the year the question gives itself."""
    units = [Unit("page", "4", "Page ¶4", "The 2011 Update for Action Line C2 was prepared in May 2011 on the occasion "
                  "of TDAG. The 2011 Update for Action Line C5 will be made available shortly.", title="Page", kind="page"),
             Unit("page", "5", "Page ¶5", "Member States take steps to place fibre along roads.", title="Page", kind="page")]
    for question in ("When was the 2011 update for Action Line C5 published?",
                     "À quelle date la mise à jour 2011 de la ligne d'action C5 a-t-elle été publiée ?"):
        assert choose_among(units, question, "page:4").reason == UNSUPPORTED, question
    assert [h.unit.id for h in choose_among(units, "When was the 2011 update for Action Line C2 prepared?",
                                            "page:4").hits] == ["page:4"]


def test_a_sentence_opening_with_a_pronoun_goes_on_about_the_one_before():
    units = [Unit("rm", "1", "Roadmap, section 1", "Action line K2 brings together paragraphs 13 to 24. This roadmap is "
                  "the first edition prepared under Resolution 19 (Salvara, 2028). It covers the period 2029-2032.",
                  title="K2 roadmap", kind="roadmap")]
    assert [h.unit.id for h in choose_among(units, "What period does the first edition of the roadmap cover?",
                                            "rm:1").hits] == ["rm:1"]


def test_which_country_is_answered_only_by_a_text_naming_one():
    units = [Unit("decl", "76", "Declaration §76", "We decide that the review shall take place at the third Conference, to be "
                  "held in 2032, and invite Member States to offer to host it.", title="Declaration", kind="agenda"),
             Unit("decl", "77", "Declaration §77", "We thank the Government of Tunisia for hosting the second Conference.",
                  title="Declaration", kind="agenda")]
    for question in ("Which country will host the third Conference in 2032?", "哪个国家将主办2032年第三次会议？"):
        assert choose_among(units, question, "decl:76").reason == UNSUPPORTED, question
    assert [h.unit.id for h in choose_among(units, "Which country hosted the second Conference?",
                                            "decl:77").hits] == ["decl:77"]


def test_when_the_next_one_is_is_answered_only_by_a_text_that_speaks_of_one_to_come():
    units = [Unit("page", "res-172", "Resolution 172 (Plenipotentiary 2010)", "Resolution 172 (Plenipotentiary 2010): "
                  "Overall Review of the Implementation of the WSIS Outcomes.", title="Page", kind="page"),
             Unit("rm", "7", "Roadmap, section 7", "The roadmap is reviewed every two years; the next review is due in "
                  "December 2030.", title="Roadmap", kind="roadmap")]
    for question in ("When will the next review of Resolution 172 take place?",
                     "Когда состоится следующий обзор выполнения резолюции 172?"):
        assert choose_among(units, question, "page:res-172").reason == UNSUPPORTED, question
    assert [h.unit.id for h in choose_among(units, "When is the next review of the roadmap due?", "rm:7").hits] == ["rm:7"]


def test_which_ones_so_far_is_not_answered_by_a_decision_on_what_shall_be():
    units = [Unit("decl", "38", "Declaration §38", "We decide that at least 30 per cent of the resources of the Fund shall "
                  "be allocated to the least developed countries, and that no single country shall receive more than 15 "
                  "per cent of its commitments.", title="Declaration", kind="agenda"),
             Unit("page", "4", "Page ¶4", "The 2011 Update for Action Line C5 will be made available shortly.",
                  title="Page", kind="page")]
    assert choose_among(units, "Which countries have received money from the Fund so far?", "decl:38").reason == NOT_NOW
    # asked whether it has already come about, a text saying it is still to come answers: not yet
    assert [h.unit.id for h in choose_among(units, "Has the 2011 Update for Action Line C5 already been made available?",
                                            "page:4").hits] == ["page:4"]


def test_where_an_event_is_held_is_answered_only_by_a_text_naming_a_place():
    units = [Unit("decl", "66", "Declaration §66", "We decide to hold an annual Marenvik Forum, open to all stakeholders. "
                  "The first Marenvik Forum shall be held in 2028.", title="Declaration", kind="agenda"),
             Unit("decl", "75", "Declaration §75", "We decide to hold a mid-term review of this Agenda at the Marenvik "
                  "Forum of 2029.", title="Declaration", kind="agenda")]
    assert choose_among(units, "Where will the next Marenvik Forum be held?", "decl:66").reason == UNSUPPORTED
    assert [h.unit.id for h in choose_among(units, "Where will the mid-term review take place?",
                                            "decl:75").hits] == ["decl:75"]


def test_a_list_gives_only_the_items_that_say_what_the_first_item_says_of_the_question():
    """"Which resolutions deal with spectrum in developing countries?": Resolution 11, on numbering in
    developing countries, supports the question on its own words, but not as the others do."""
    def resolution(n, text):
        return Unit(f"res-{n}", "resolves-1", f"Resolution {n}, resolves 1", text, title=f"Resolution {n}",
                    kind="resolution", number=str(n), section="resolves")
    units = [resolution(9, "that spectrum be managed efficiently in developing countries"),
             resolution(10, "that spectrum monitoring be strengthened in developing countries"),
             resolution(11, "that numbering resources be allocated fairly to developing countries"),
             resolution(12, "that the budget be reviewed"), resolution(13, "that the Council meet each year"),
             resolution(14, "that the Secretary-General report to the Council")]
    terms, catalog = Terms.from_units(units), Catalog.from_units(units)
    reading = read("Which resolutions deal with spectrum in developing countries?", catalog)
    part = reading.parts[0]
    ranked = [Hit(u, score=1.0, similarity=0.9, lexical=1.0, passage=u.text) for u in units[:3]]
    sal = salience(part.text, terms, wants=part.wants, lang="en")
    assert support("res-11:resolves-1", "en", units[2].text, sal, terms).answers()  # on its own, it would do
    choice = choose(part, ranked, terms, catalog, "en", LIMITS)
    assert part.listing and [h.unit.id for h in choice.hits] == ["res-9:resolves-1", "res-10:resolves-1"]


def test_a_further_unit_joins_for_what_it_adds_to_the_same_subject_not_for_another_subject():
    limits = Limits(min_similarity=0.5, min_coverage=0.1, addition_gain=0.1)

    def chosen(question, first, second):
        part = read(question, CATALOG).parts[0]
        ranked = [*hits(first), *hits(second, similarity=0.8)]
        return [h.unit.id for h in choose(part, ranked, TERMS, CATALOG, "en", limits, BY_ID).hits]

    # §40 holds "spectrum" and none of the first unit's words: another reading of the question, not its other half
    assert chosen("Which bank hosts the spectrum facility?", "kigali:35", "kigali:40") == ["kigali:35"]
    # §36 speaks of the Facility too, and adds its capitalization target
    assert chosen("Which bank hosts the Facility with its capitalization target?", "kigali:35", "kigali:36") \
        == ["kigali:35", "kigali:36"]


@pytest.mark.parametrize("question, lang", [
    ("What is Resolution 48 about?", "en"), ("What is the subject of Resolution 48?", "en"),
    ("De quoi traite la Résolution 48 ?", "fr"), ("¿Cuál es el tema de la Resolución 48?", "es"),
    ("Что является темой Резолюции 48?", "ru"), ("ما موضوع القرار 48؟", "ar"), ("第48号决议的主题是什么？", "zh"),
])
def test_a_question_on_what_a_resolution_is_about_is_answered_by_its_title(question, lang):
    title = Unit("res-48", "title", "Resolution 48", "RESOLUTION 48: Exchange points in landlocked countries",
                 title="Resolution 48", kind="resolution", number="48")
    units = {u.id: u for u in (*UNITS, title)}
    catalog = Catalog.from_units(units.values())
    part = read(question, catalog, lang).parts[0]
    choice = choose(part, [], Terms.from_units(units.values()), catalog, lang, LIMITS, units)
    assert choice.lookup and [h.unit.id for h in choice.hits] == ["res-48:title"]
    # …and what it says of something is still searched for
    what = read("What does Resolution 48 say about exchange points?", catalog).parts[0]
    assert not choose(what, [], Terms.from_units(units.values()), catalog, "en", LIMITS, units).hits


def test_a_document_asked_about_as_a_whole_is_answered_by_its_first_numbered_paragraph_whatever_its_heading():
    # the Kigali units have no headings: the opening is its first numbered paragraph, not "no answer"
    choice = choose_for("What is the Kigali Agenda for Digital Development?", "kigali:40")
    assert choice.lookup and [h.unit.id for h in choice.hits] == ["kigali:35"] and choice.outline == ()


def test_a_paragraph_asked_for_by_number_for_a_kind_of_fact_it_does_not_state_does_not_say_it():
    """"What does §35 say?" is §35; "How much money does §35 commit?" of a §35 that states no sum is no answer."""
    assert choose_for("What does paragraph 35 of the Kigali Agenda say?", "kigali:35", named=("kigali:35",)).lookup
    money = choose_for("How much money does paragraph 35 of the Kigali Agenda commit?", "kigali:35", named=("kigali:35",))
    assert money.reason == NOT_STATED and [h.unit.id for h in money.named] == ["kigali:35"] and not money.hits
    stated = choose_for("How much money does paragraph 36 of the Kigali Agenda set?", "kigali:36", named=("kigali:36",))
    assert stated.lookup and [h.unit.id for h in stated.hits] == ["kigali:36"]  # USD 1.2 billion
    often = choose_for("How often does paragraph 37 of the Kigali Agenda review the Facility?", "kigali:37",
                       named=("kigali:37",))
    assert often.lookup  # every two years


INTRODUCING = [
    Unit("page", "role-1", "Page, Role ¶1", "ITU keeps playing a key role in the follow-up, including:", section="Role",
         kind="page"),
    Unit("page", "tais-109", "Page, §109", "§ 109 - ITU, UNESCO and UNDP play lead facilitating roles.",
         section="Role — Outcome documents", kind="page"),
    Unit("page", "tais-120", "Page, §120", "§ 120 - stakeholders submit entries to the stocktaking database.",
         section="Role — Outcome documents", kind="page"),
    Unit("page", "news", "Page, News", "News on the role of the regional commissions.", section="News", kind="page"),
]


def test_a_unit_ending_with_a_colon_is_followed_by_what_it_introduces_that_answers_too():
    units = {u.id: u for u in INTRODUCING}
    terms, catalog = Terms.from_units(INTRODUCING), Catalog.from_units(INTRODUCING)
    ranked = [Hit(units[i], score=1.0 - n / 100, similarity=0.9 - n / 100, lexical=1.0, passage=units[i].text)
              for n, i in enumerate(["page:role-1", "page:news", "page:tais-120", "page:tais-109"])]
    reading = read("What is ITU's role?", catalog)
    choice = choose(reading.parts[0], ranked, terms, catalog, "en", LIMITS, units)
    # §109 answers (a role) and is under the sub-section the colon opens; §120 says nothing of roles; the
    # news item is another section
    assert [h.unit.id for h in choice.hits] == ["page:role-1", "page:tais-109"]
    assert [h.unit.id for h in choice.introduced] == ["page:tais-109"]
    # a unit that does not end with a colon introduces nothing
    plain = [Hit(units["page:news"], 1.0, 0.9, 1.0, units["page:news"].text), *ranked[2:]]
    assert not choose(reading.parts[0], plain, terms, catalog, "en", LIMITS, units).introduced


def test_a_figure_asked_for_as_it_stands_now_is_not_answered_by_a_target_or_a_pledge():
    # §36 gives a target and the pledges made at the conference: not what the Facility holds now
    assert choose_for("How much money has the Facility received so far?", "kigali:36").reason == NOT_NOW
    assert choose_for("How much money was pledged to the Facility?", "kigali:36").hits  # no "now": §36 answers
    reported = Unit("kigali", "50", "Kigali Agenda §50", "As of 1 March 2031, the Facility had received USD 95 million.",
                    title=AGENDA, kind="agenda")
    units = [*UNITS, reported]
    terms, catalog = Terms.from_units(units), Catalog.from_units(units)
    ranked = [Hit(u, score=1.0, similarity=0.9 - n / 100, lexical=1.0, passage=u.text)
              for n, u in enumerate([BY_ID["kigali:36"], reported])]
    reading = read("How much money has the Facility received so far?", catalog)
    choice = choose(reading.parts[0], ranked, terms, catalog, "en", LIMITS, {u.id: u for u in units})
    assert [h.unit.id for h in choice.hits] == ["kigali:50"]


def test_asking_how_a_text_defines_a_thing_asks_what_it_says_it_is():
    """"How does the Agenda define meaningful connectivity?" is answered by the paragraph that says what it is,
    in its own words ("We understand meaningful connectivity as …"): "define" frames the question."""
    defining = Unit("kigali", "3", "Kigali Agenda §3", "We understand meaningful connectivity as regular use of the Internet.",
                    title=AGENDA, kind="agenda")
    other = Unit("res-48", "recalling-a", "Resolution 48, recalling a)", "the terms defined in the Convention",
                 title="Resolution 48", kind="resolution", number="48")
    terms = Terms.from_units([*UNITS, defining, other])
    for question in ("How does the Kigali Agenda define meaningful connectivity?",
                     "Comment l'Agenda de Kigali définit-il la connectivité ?", "¿Cómo define la Agenda la conectividad?"):
        assert not {"defin", "définit", "défin"} & set(salience(question, terms).weights), question
    sal = salience("How does the Kigali Agenda define meaningful connectivity?", terms)
    assert support(defining.id, "en", defining.text, sal, terms).answers()


def test_the_year_in_a_resolutions_name_is_not_a_date_the_text_gives():
    assert not states_wanted("This roadmap is the first edition prepared under Resolution 19 (Salvara, 2028).", "date")
    assert not states_wanted("as Resolution 140 (Rev. Guadalajara, 2010) requires", "date")
    assert states_wanted("Resolution 140 (Rev. Guadalajara, 2010) asks for a report by 2012", "date")
    assert states_wanted("adopted at Salvara in 2028", "date")


def test_which_paragraphs_speak_of_a_thing_lists_every_paragraph_that_names_it_whatever_its_cosine():
    """"Which paragraphs of the Kigali Agenda deal with the Facility?": each paragraph naming it, though a
    paragraph need not say "paragraph" and a short question's one word leaves their cosines low."""
    question = "Which paragraphs of the Kigali Agenda deal with the Facility?"
    choice = choose_for(question, "kigali:35", "kigali:36", "kigali:37", "kigali:40", similarity=0.3)
    assert [h.unit.id for h in choice.hits] == ["kigali:35", "kigali:36", "kigali:37"]
    # one word alone does not make a unit answer a question that is not such a list
    assert choose_for("What does the Kigali Agenda say of the Facility?", "kigali:37", similarity=0.3).reason


def test_a_unit_below_the_depth_looked_at_that_holds_every_word_answers_when_none_above_does():
    # §36 and §37 name the Facility and hold some of the words; §35, ranked third, holds them all
    shallow = Limits(min_similarity=0.5, min_coverage=0.3, depth=2)
    choice = choose_for("Which bank hosts the Digital Solidarity Facility?", "kigali:36", "kigali:37", "kigali:35",
                        limits=shallow)
    assert [h.unit.id for h in choice.hits][:1] == ["kigali:35"]
    # one looked at holds them all: nothing is fetched from below
    choice = choose_for("Which bank hosts the Digital Solidarity Facility?", "kigali:35", "kigali:37", "kigali:36",
                        limits=shallow)
    assert [h.unit.id for h in choice.hits] == ["kigali:35"]


def test_a_text_that_cites_a_resolution_by_its_abbreviation_holds_the_word_resolution():
    """"Plenipotentiary Conference (Res. 140) has noted 2010 WSIS Action Line Roadmaps" names a resolution as surely
    as a text that spells the word: "Which resolution took note of the roadmaps?" finds every word of it there."""
    units = [*UNITS, Unit("page", "roadmaps-4", "ITU page — Roadmaps ¶4",
                          "Plenipotentiary Conference (Res. 140) has noted the roadmaps.", title="ITU page", kind="page")]
    terms = Terms.from_units(units)
    sal = salience("Which Plenipotentiary resolution noted the roadmaps?", terms, lang="en")
    assert support("page:roadmaps-4", "en", units[-1].text, sal, terms).coverage == 1.0
    # "Res" that is no abbreviation (a word, no period) is not a resolution
    assert held_terms("x:1", "Res judicata applies.", sal, terms) == frozenset()


@pytest.mark.parametrize("question", [
    "What is the ceiling on the contribution of the regular budget to each World Summit on Digital Inclusion Forum?",
    "Quel est le plafond de la contribution du budget ordinaire à chaque Forum du Sommet mondial sur l'inclusion "
    "numérique ?",
    "Каков предельный размер взноса из регулярного бюджета на каждый Форум Всемирной встречи на высшем уровне по "
    "цифровой интеграции?",
])
def test_a_unit_writing_an_acronym_holds_the_name_another_text_spelled_it_out_with(question):
    # §5 says "WSDI Forum"; §3 holds "summit" and "digital" in other words: it adds nothing to what was asked
    title = "Resolution 231"
    units = [Unit("res-231", "resolves-1", "Resolution 231, resolves 1",
                  "to convene each year the World Summit on Digital Inclusion (WSDI) Forum", title=title,
                  kind="resolution", number="231", section="resolves"),
             Unit("res-231", "resolves-5", "Resolution 231, resolves 5",
                  "that the contribution of the regular budget of the Union to the costs of each WSDI Forum shall not "
                  "exceed CHF 600 000", title=title, kind="resolution", number="231", section="resolves"),
             Unit("res-231", "resolves-3", "Resolution 231, resolves 3",
                  "to establish a task force to prepare a world summit report on digital skills, within the budget",
                  title=title, kind="resolution", number="231", section="resolves")]
    assert {"world", "summit", "digit", "inclus"} <= Terms.from_units(units).of_unit["res-231:resolves-5"]
    chosen = chosen_of(question, units, {"res-231:resolves-5": 0.86, "res-231:resolves-3": 0.84})
    assert chosen == ["res-231:resolves-5"]


def test_across_languages_no_unit_joins_for_the_dictionarys_words_when_the_first_holds_none_of_them():
    # "秘书长" and "专业经验" are the glossary's Secretary-General and expertise, which §78 holds; "开展" and "工作"
    # are the dictionary's "carried out" and "work", which only the working group's paragraph holds
    units = [Unit("page", "tais-78", "ITU page — TAIS §78", "We request the UN Secretary-General to draw on the "
                  "expertise of ITU and UNESCO in the follow-up of WSIS.", title="ITU page", kind="page"),
             Unit("page", "council-wg", "ITU page — Council Working Group", "The Council Working Group carried out "
                  "its work on WSIS matters.", title="ITU page", kind="page"),
             Unit("page", "other", "ITU page — other", "The Forum meets in Geneva.", title="ITU page", kind="page"),
             Unit("page", "more", "ITU page — more", "Roadmaps list partners.", title="ITU page", kind="page")]
    chosen = chosen_of("联合国秘书长在开展信息社会世界峰会后续工作时应借助谁的专业经验？", units,
                       {"page:tais-78": 0.856, "page:council-wg": 0.855})
    assert chosen == ["page:tais-78"]


def chosen_of(question: str, units: list[Unit], ranked: dict[str, float]) -> list[str]:
    """The units chosen to answer the question's first part, of those retrieved in the order and with the
    similarities given, where a unit joins the first for a tenth of the question's words."""
    by_id, terms, catalog = {u.id: u for u in units}, Terms.from_units(units), Catalog.from_units(units)
    reading = read(question, catalog)
    hits = [Hit(by_id[i], score=1.0, similarity=sim, lexical=0.0, passage=by_id[i].text) for i, sim in ranked.items()]
    choice = choose(reading.parts[0], hits, terms, catalog, reading.lang,
                    Limits(min_similarity=0.5, addition_gain=0.1), by_id)
    return [h.unit.id for h in choice.hits]


def test_a_noun_in_age_is_held_by_a_text_using_the_word_it_is_made_of():
    units = [Unit("kigali", "13", "Kigali Agenda §13", "By 2030, 95 per cent of the population is covered by mobile broadband.",
                  title=AGENDA, kind="agenda"),
             Unit("kigali", "14", "Kigali Agenda §14", "The coverage of rural areas is reported each year.",
                  title=AGENDA, kind="agenda"),
             Unit("kigali", "15", "Kigali Agenda §15", "Operators pack their offers.", title=AGENDA, kind="agenda"),
             Unit("kigali", "16", "Kigali Agenda §16", "An entry-level package costs 2 per cent of income.",
                  title=AGENDA, kind="agenda")]
    terms = Terms.from_units(units)
    held = held_terms(units[0].id, units[0].text, salience("What coverage target is set for mobile broadband?", terms), terms)
    assert "coverag" in held
    held = held_terms(units[1].id, units[1].text, salience("Which rural areas are covered?", terms), terms)
    assert "cover" in held
    # a base of four letters says another thing: "pack" is not what "package" says
    assert "packag" not in held_terms(units[2].id, units[2].text, salience("What does the package cost?", terms), terms)


def test_the_words_that_frame_a_year_or_a_purpose_are_not_what_a_text_must_hold():
    units = [Unit("roadmap", "5", "Roadmap §5", "By 31 December 2033, the roadmap aims to:\ntrain 600 public officials in "
                  "data stewardship.", title="Roadmap", kind="roadmap"),
             Unit("roadmap", "6", "Roadmap §6", "The end of the pilot is due in 2033; the Fund aims to finance it.",
                  title="Roadmap", kind="roadmap")]
    terms = Terms.from_units(units)
    # "the end of 2033" is the year, which "31 December 2033" states; "aim to achieve" asks what the text aims to do
    assert set(salience("What does the roadmap aim to achieve by the end of 2033?", terms).weights) == {"roadmap", "aim"}
    assert support("roadmap:5", "en", units[0].text, salience("What does the roadmap aim to achieve by the end of 2033?",
                                                                terms), terms).coverage == 1.0
    # what a text aims to finance is a thing it must name; an end that is no year's is a word of the question
    assert "financ" in salience("What does the Fund aim to finance?", terms).weights
    assert "end" in salience("When is the end of the pilot due?", terms).weights


def test_how_much_one_giver_gave_is_not_answered_by_the_total_of_everyones():
    units = [Unit("agenda", "49", "Agenda §49", "We welcome the pledges to the Fund announced at this Summit, amounting to "
                  "USD 327 million, and invite other donors to contribute.", title="Agenda", kind="agenda"),
             Unit("agenda", "50", "Agenda §50", "We thank the host country, whose Government hosted this Summit.",
                  title="Agenda", kind="agenda")]
    asked = "How much did the host country pledge to the Fund at the Summit?"
    assert choose_among(units, asked, "agenda:49", "agenda:50").reason == UNSUPPORTED
    # a text that names the giver answers; so does the total, asked as the total
    units[0] = replace(units[0], text=units[0].text + " The host country pledged USD 40 million of it.")
    assert [h.unit.id for h in choose_among(units, asked, "agenda:49", "agenda:50").hits] == ["agenda:49"]
    assert [h.unit.id for h in choose_among(units, "How much was pledged to the Fund at the Summit?", "agenda:49").hits] == [
        "agenda:49"]


def test_the_items_of_a_list_a_sentence_opens_are_part_of_what_it_says():
    evaluation = Unit("kalvora", "32", "Kalvora Agenda §32",
                      "We recognize that trust in warnings depends on their accuracy, and invite Member States to evaluate, "
                      "after each major event, whether warnings were timely, and to publish the findings:\n"
                      "(a) within 90 days for events that caused loss of life;\n(b) within 180 days for other major events.",
                      title="Kalvora Agenda", kind="agenda")
    choice = choose_among([evaluation, *UNITS], "How soon should the evaluation of warnings be published after an event "
                                        "in which people died?", "kalvora:32")
    assert [h.unit.id for h in choice.hits] == ["kalvora:32"]


def test_a_past_form_of_an_irregular_verb_is_the_verb_a_text_uses():
    decision = Unit("kalvora", "80", "Kalvora Agenda §80", "We decide to hold a mid-term review of this Agenda in 2033, to "
                    "be conducted by the Kalvora Coordination Group.", title="Kalvora Agenda", kind="agenda")
    mention = Unit("roadmap-r4", "1", "R4 roadmap, section 1", "The roadmap will be adjusted after the mid-term review of "
                   "the Kalvora Agenda, to be held during the third Resilience Week in November 2033.",
                   title="Action Line R4 roadmap", kind="roadmap")
    choice = choose_among([decision, mention, *UNITS], "When is the mid-term review of the Agenda to be held?",
                          "kalvora:80", "roadmap-r4:1")
    assert [h.unit.id for h in choice.hits][0] == "kalvora:80"


def test_how_many_countries_is_answered_by_a_text_counting_member_states():
    records = Unit("castrell", "14", "Castrell Agenda §14", "We note that only 11 Member States operate a national "
                   "electronic health record.", title="Castrell Agenda", kind="agenda")
    other = Unit("castrell", "15", "Castrell Agenda §15", "Many countries run a payment system for patients.",
                 title="Castrell Agenda", kind="agenda")
    choice = choose_among([records, other, *UNITS], "How many countries run a national electronic health record system "
                                                    "for patients?", "castrell:14")
    assert [h.unit.id for h in choice.hits] == ["castrell:14"]


def test_a_plain_word_a_delegate_uses_is_held_by_a_text_that_uses_the_official_term():
    units = [Unit("agenda", "12", "Agenda §12", "No child shall be refused health care or schooling for lack of a "
                  "digital identity.", title="Agenda", kind="agenda"),
             Unit("agenda", "57", "Agenda §57", "We call on operators to prepare continuity plans so that networks keep "
                  "working through disasters.", title="Agenda", kind="agenda")]
    terms = Terms.from_units(units)
    kids = salience("Could a school turn away a kid who has no digital identity?", terms, lang="en")
    child = salience("Could a school turn away a child who has no digital identity?", terms, lang="en")
    # "kid" no text uses: it weighs as "child" does, and is not a word of something the texts never speak of
    assert kids.weights["kid"] == child.weights["child"] and kids.unknown_words == child.unknown_words
    assert support("agenda:12", "en", units[0].text, kids, terms).coverage == 1.0
    storms = salience("What must phone companies prepare so that service keeps working through floods?", terms, lang="en")
    assert support("agenda:57", "en", units[1].text, storms, terms).coverage == 1.0
    # a word the lexicon does not read stays a word no text uses
    rains = salience("What must phone companies prepare so that service keeps working through rains?", terms, lang="en")
    assert rains.unknown_words == storms.unknown_words + 1 and "rain" not in rains.weights


def test_a_plain_word_does_not_make_a_text_on_something_else_answer():
    units = [Unit("agenda", "12", "Agenda §12", "No child shall be refused health care for lack of a digital identity.",
                  title="Agenda", kind="agenda"),
             Unit("agenda", "30", "Agenda §30", "We shall organize a public warning exercise every year.", title="Agenda",
                  kind="agenda")]
    terms = Terms.from_units(units)
    asked = salience("Could a hospital turn away kids without a digital identity?", terms, lang="en")
    assert support("agenda:30", "en", units[1].text, asked, terms).coverage < 0.5
    # which unit is quoted first goes by the words as asked: the plain word is held only for whether a unit answers
    assert "kid" not in held_terms("agenda:12", units[0].text, asked, terms)


def test_the_countries_and_governments_a_question_names_are_the_member_states_a_text_calls_upon():
    unit = Unit("res", "invites-member-states-3", "Res. 47, invites Member States 3", "to share with the Union, each year "
                "by 31 January, the data needed for the indicators of the Progress Report;", title="Res. 47",
                kind="resolution")
    terms = Terms.from_units([unit, Unit("agenda", "1", "Agenda §1", "Developing countries and their governments.",
                                         title="Agenda", kind="agenda")])
    for question in ("By when each year do countries have to send the Union the data for the report?",
                     "By when each year do governments have to send the Union the data for the report?"):
        asked = salience(question, terms, lang="en")
        assert support(unit.id, "en", unit.text, asked, terms).coverage == 1.0, question
