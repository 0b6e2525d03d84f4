"""A question is read before anything is retrieved: its parts, the documents it asks of, what kind of fact it wants."""

import pytest

from assistant.reading import (
    counted_in_english,
    counted_noun,
    focus_in_english,
    focus_noun,
    read,
    section_asked,
    section_topic,
    split_parts,
)
from corpus import Unit
from index.catalog import Catalog


def unit(doc, locator, title, kind, label=None, number="", text="Some text of the document.", lang="en"):
    return Unit(doc=doc, locator=locator, label=label or f"{title} §{locator}", text=text, title=title, kind=kind,
                number=number, lang=lang)


CATALOG = Catalog.from_units([
    unit("kigali-agenda", "1", "Kigali Agenda for Digital Development", "agenda"),
    unit("kigali-agenda-fr", "1", "Agenda de Kigali", "agenda", lang="fr"),
    unit("res-48", "resolves-1", "Resolution 48 (Rev. Lismora, 2030)", "resolution",
         label="Resolution 48 (Rev. Lismora, 2030), resolves 1", number="48"),
    unit("roadmap-d3", "1", "WSIS Action Line D3 roadmap: Trust", "roadmap", label="Action Line D3 roadmap, section 1"),
    unit("marenvik", "1", "MARENVIK DECLARATION AND AGENDA FOR CONNECTIVITY", "agenda"),
])


@pytest.mark.parametrize("question, parts", [
    ("By when was the forum to be convened, and what deadline was set for the cooperation process?",
     ["By when was the forum to be convened", "what deadline was set for the cooperation process?"]),
    ("Which roadmaps got a 2011 update, and for which meeting were they prepared?",
     ["Which roadmaps got a 2011 update", "for which meeting were they prepared?"]),
    ("How much will the Agenda cost, and over which years?", ["How much will the Agenda cost", "over which years?"]),
    ("Until when is the Agenda meant to guide cooperation, and could it be extended beyond that?",
     ["Until when is the Agenda meant to guide cooperation", "could it be extended beyond that?"]),
    ("How many hospitals suspended operations, and within how many days will the Union carry out a review?",
     ["How many hospitals suspended operations", "within how many days will the Union carry out a review?"]),
    ("What does the Agenda promise on digital skills and on the gender gap?",
     ["What does the Agenda promise on digital skills", "What does the Agenda promise on the gender gap?"]),
    ("Quel est le rôle de l'UIT, et quand le forum se réunit-il ?",
     ["Quel est le rôle de l'UIT", "quand le forum se réunit-il ?"]),
    ("论坛何时召开？合作进程的期限是什么？", ["论坛何时召开？", "合作进程的期限是什么？"]),
    ("Which resolutions and roadmaps concern spectrum?", ["Which resolutions and roadmaps concern spectrum?"]),
    ("What is UNGIS? Who?", ["What is UNGIS? Who?"]),  # a part of one word is not a question of its own
    # A comma alone joins questions when a question word and its verb follow it, not a relative clause
    ("What is UNGIS, what does paragraph 96 say, and who leads the Forum?",
     ["What is UNGIS", "what does paragraph 96 say", "who leads the Forum?"]),
    ("Who hosts the Fund, how much was pledged to it?", ["Who hosts the Fund", "how much was pledged to it?"]),
    ("What does the Fund, which is hosted by the Bank, finance?", ["What does the Fund, which is hosted by the Bank, finance?"]),
    ("Which body, when hit by incidents, do countries call?", ["Which body, when hit by incidents, do countries call?"]),
    ("What happens in the region, where the Forum meets each year?",
     ["What happens in the region, where the Forum meets each year?"]),
    ("According to the Marenvik Agenda, when will the review take place?",
     ["According to the Marenvik Agenda, when will the review take place?"]),
    ("If carriers won't disclose what they charge, what does the plan do about it?",
     ["If carriers won't disclose what they charge, what does the plan do about it?"]),
    ("Quel organisme accueille le Fonds, quel est son objectif ?",
     ["Quel organisme accueille le Fonds", "quel est son objectif ?"]),
])
def test_a_question_is_split_into_the_questions_it_holds(question, parts):
    assert split_parts(question, "fr" if "Quel" in question else "zh" if "论坛" in question else "en") == parts


@pytest.mark.parametrize("question, lang, parts", [
    ("¿Qué institución acoge el Fondo, y hasta cuándo debe adoptarse su estatuto?", "es",
     ["¿Qué institución acoge el Fondo", "hasta cuándo debe adoptarse su estatuto?"]),
    ("Según la Agenda, ¿cuándo se adoptó el estatuto?", "es", ["Según la Agenda, ¿cuándo se adoptó el estatuto?"]),
    ("¿Qué institución acoge el Fondo, ¿cuándo se adoptó su estatuto?", "es",
     ["¿Qué institución acoge el Fondo", "¿cuándo se adoptó su estatuto?"]),
    ("Кто возглавляет комитет, а когда он был создан?", "ru", ["Кто возглавляет комитет", "когда он был создан?"]),
    ("Когда она была создана и чему должна содействовать?", "ru", ["Когда она была создана", "чему должна содействовать?"]),
    ("ما المؤسسة التي تستضيف الصندوق، ومتى اعتُمد نظامه الأساسي؟", "ar",
     ["ما المؤسسة التي تستضيف الصندوق", "متى اعتُمد نظامه الأساسي؟"]),
    # Chinese joins two questions by a comma alone; a comma after a phrase that asks nothing joins nothing
    ("哪个机构托管该基金，其章程又是何时通过的？", "zh", ["哪个机构托管该基金", "其章程又是何时通过的？"]),
    ("根据《克罗万议程》，联合国大会何时对峰会成果进行全面审查？", "zh",
     ["根据《克罗万议程》，联合国大会何时对峰会成果进行全面审查？"]),
    ("在哪些方面，国际电联发挥作用？", "zh", ["在哪些方面，国际电联发挥作用？"]),
    # a second question opening with a preposition before "how much" / "how many"
    ("À quelle date le Centre devait-il être opérationnel, et avec combien d'avance a-t-il été inauguré ?", "fr",
     ["À quelle date le Centre devait-il être opérationnel", "avec combien d'avance a-t-il été inauguré ?"]),
    ("¿Cuándo debía estar operativo el Centro, y con cuánta antelación se inauguró?", "es",
     ["¿Cuándo debía estar operativo el Centro", "con cuánta antelación se inauguró?"]),
    ("Когда должен был заработать Центр и на сколько месяцев раньше его открыли?", "ru",
     ["Когда должен был заработать Центр", "на сколько месяцев раньше его открыли?"]),
])
def test_a_question_is_split_into_its_questions_in_the_other_un_languages(question, lang, parts):
    assert split_parts(question, lang) == parts


@pytest.mark.parametrize("question", [
    "What fund does the Kigali Agenda establish, and which institution hosts it?",
    "Which fund does the Kigali Agenda establish, and in what year?",
    "Quel fonds l'Agenda de Kigali crée-t-il, et en quelle année ?",
    "¿Qué fondo crea la Agenda de Kigali, y en qué año?",
    "Какой фонд учреждает Кигалийская повестка дня, и в каком году?",
    "ما الصندوق الذي ينشئه برنامج عمل كيغالي، وفي أي سنة؟",
    "《基加利议程》设立了什么基金？在哪一年？",
])
def test_a_later_part_is_searched_after_the_part_before_it_then_alone(question):
    """"…, and which institution hosts it?", "…, and in what year?": the part before says what "it" is, and
    what the year is asked of. When that finds nothing to answer with, the part is searched alone ("its"
    may be the document the part is limited to)."""
    first, second = read(question, CATALOG).parts
    assert first.searches == (first.text,)
    assert second.searches == (f"{first.text} {second.text}", second.text)


def test_a_document_a_list_of_another_kind_mentions_is_its_subject_not_where_to_look():
    assert read("Which resolutions mention the Marenvik Agenda?", CATALOG).parts[0].documents == ()
    # named as the source ("does …", "in …"), it is where to look
    assert read("Which resolutions does the Marenvik Agenda recall?", CATALOG).parts[0].documents == ("marenvik",)
    assert read("Which resolutions are recalled in the Marenvik Agenda?", CATALOG).parts[0].documents == ("marenvik",)


def test_a_document_named_by_its_kind_alone_as_where_to_look_is_the_one_of_that_kind_the_index_holds():
    assert read("Who leads the work, according to the roadmap?", CATALOG).parts[0].documents == ("roadmap-d3",)
    assert read("¿Qué se decide, según la resolución?", CATALOG, "es").parts[0].documents == ("res-48",)
    assert read("Selon la feuille de route, qui dirige les travaux ?", CATALOG, "fr").parts[0].documents == ("roadmap-d3",)
    # two agendas are held: "the Agenda" is neither; nor is a kind said without naming where to look
    assert read("What coverage target is set, according to the Agenda?", CATALOG).parts[0].documents == ()
    assert read("Which resolutions mention a roadmap?", CATALOG).parts[0].documents == ()



def test_the_one_agenda_held_is_what_a_part_asks_of_when_it_asks_what_the_agenda_did():
    one = Catalog.from_units([unit("castrell", "1", "Castrell Agenda for Connected Health", "agenda"),
                              unit("res-27", "resolves-1", "Resolution 27 (Vessoria, 2033)", "resolution", number="27"),
                              unit("roadmap-t1", "1", "WSIS Action Line T1 roadmap", "roadmap")])
    reading = read("By when did the Agenda ask for the Exchange to be set up, and when must it be fully operational "
                   "under Resolution 27?", one)
    assert [p.documents for p in reading.parts] == [("castrell",), ("res-27",)]
    # a roadmap by its kind alone is where to look only after "according to", "under" …: "must the roadmaps of the
    # action lines be revised" asks of no roadmap
    assert read("By what date must the roadmaps of the action lines be revised?", one).parts[0].documents == ()
    # Arabic calls an agenda "الأجندة" as well as "جدول الأعمال"
    assert read("ما هو الهدف المحدد للاتصال بموجب الأجندة؟", one, "ar").parts[0].documents == ("castrell",)
    # … but "the plan of action" alone is no agenda: it names the Geneva Plan of Action
    assert read("ما هو الهدف المحدد للاتصال بموجب خطة العمل؟", one, "ar").parts[0].documents == ()
    # French elides the article: "selon l'Agenda"
    assert read("Selon l'Agenda, qui dirige les travaux ?", one, "fr").parts[0].documents == ("castrell",)


def test_a_later_part_asking_what_actually_came_about_is_not_limited_to_the_plan_the_part_before_read():
    one = Catalog.from_units([unit("castrell", "1", "Castrell Agenda for Connected Health", "agenda"),
                              unit("res-27", "resolves-1", "Resolution 27 (Vessoria, 2033)", "resolution", number="27")])
    for question, lang in [
        ("According to the Agenda, by when was the Exchange to be set up, and when was it actually launched?", "en"),
        ("Selon l'Agenda, quand le Centre devait-il ouvrir, et avec combien d'avance a-t-il finalement ouvert ?", "fr"),
        ("Según la Agenda, ¿en qué año debía celebrarse la Semana, y en qué fechas se celebró realmente?", "es"),
    ]:
        reading = read(question, one, lang)
        assert [(p.documents, p.came_about) for p in reading.parts] == [(("castrell",), False), ((), True)], question
    # naming a document itself, it is asked of that one
    reading = read("According to the Agenda, when was the Exchange to be set up, and when did Resolution 27 say it "
                   "was actually launched?", one)
    assert [p.documents for p in reading.parts] == [("castrell",), ("res-27",)]

def test_a_document_named_in_one_part_is_the_context_of_the_other():
    reading = read("What coverage target, and what price target does the Kigali Agenda set?", CATALOG)
    assert [p.documents for p in reading.parts] == [("kigali-agenda",), ("kigali-agenda",)]


@pytest.mark.parametrize("question, documents", [
    ("What does paragraph 35 of the Kigali Agenda say?", ("kigali-agenda",)),
    ("What does the Agenda de Kigali say about spectrum?", ("kigali-agenda",)),  # a translation's name: the family
    ("How many staff does Resolution 48 assign to the D3 roadmap?", ("res-48",)),  # the source, not the subject
    ("What budget does the Kigali Agenda give for the activities of the D3 roadmap?", ("kigali-agenda",)),
    ("What must the D3 roadmap set out, according to Resolution 48?", ("res-48",)),
    ("What did the Lismora resolution decide on spectrum?", ("res-48",)),
    ("What does the Marenvik Agenda say about exchange points?", ("marenvik",)),  # "X Declaration and Agenda"
    ("What is UNGIS?", ()),
])
def test_the_documents_a_question_asks_of(question, documents):
    assert read(question, CATALOG).parts[0].documents == documents


def test_a_paragraph_number_is_scoped_to_the_document_named_with_it():
    (part,) = read("What does paragraph 35 of the Kigali Agenda say?", CATALOG).parts
    assert [(r.doc, r.locator) for r in part.refs] == [("kigali-agenda", "35")]


def test_a_held_resolution_named_as_a_whole_is_a_document_to_answer_from():
    (part,) = read("What does Resolution 48 say about spectrum?", CATALOG).parts
    assert part.documents == ("res-48",) and part.refs == ()


def test_a_document_name_is_taken_out_of_the_search_once_the_search_is_limited_to_it():
    assert CATALOG.without_names("What steps does the Kigali Agenda set for the fund?") == "What steps does the set for the fund?"


@pytest.mark.parametrize("question, documents", [
    ("Según la Resolución 48, ¿con qué frecuencia debe actualizarse la hoja de ruta D3?", ("res-48",)),
    ("Согласно Резолюции 48, как часто должна обновляться дорожная карта D3?", ("res-48",)),
    ("وفقاً للقرار 48، كم مرة يجب تحديث خريطة الطريق D3؟", ("res-48",)),
    ("根据第48号决议，D3路线图应多久更新一次？", ("res-48",)),
    ("Selon l'Agenda de Marenvik, quand aura lieu son examen d'ensemble ?", ("marenvik",)),
    ("Согласно Маренвикской повестке дня, когда состоится ее всеобъемлющий обзор?", ("marenvik",)),
    ("وفقاً لبرنامج عمل مارنفيك، متى سيجري استعراضه الشامل؟", ("marenvik",)),
    ("وفقاً لخطة عمل مارنفيك، متى سيجري استعراضه الشامل؟", ("marenvik",)),  # an agenda called a plan of action
    ("根据《马伦维克议程》，其全面审查将于何时进行？", ("marenvik",)),  # ma-lun-wei-ke: Marenvik in Chinese syllables
    ("根据《内罗毕议程》，其全面审查将于何时进行？", ()),  # Nairobi's is not a held agenda
    ("According to the Agenda adopted at Marenvik, when is the review?", ("marenvik",)),
    ("When does the forum meet in Marenvik?", ()),  # a place is not a document without the document's kind
    ("¿Qué dice la Resolución 12 sobre el espectro?", ()),  # a resolution the index does not hold
], ids=["es-resolution", "ru-resolution", "ar-resolution", "zh-resolution", "fr-agenda", "ru-agenda", "ar-agenda",
        "ar-agenda-as-plan",
        "zh-agenda", "zh-agenda-not-held", "en-agenda-of-a-place", "en-place-alone", "es-resolution-not-held"])
def test_a_held_document_is_named_in_the_six_languages(question, documents):
    """A resolution by its number in each language; an agenda or declaration by its place's name, as written
    or in another script ("Маренвикской", "مارنفيك", "马伦维克"), beside its kind ("повестка", "برنامج عمل", "议程")."""
    assert read(question, CATALOG).parts[0].documents == documents


def test_chinese_does_not_sound_an_r_that_closes_a_syllable():
    held = Catalog.from_units([unit("brennmark", "1", "Brennmark Agenda for Digital Public Goods", "agenda")])
    # Brennmark is 布伦马克, bu-lun-ma-ke: the "r" of "-mark" is not heard
    assert read("布伦马克议程要求在2029年底前制定多少项核心指标？", held).parts[0].documents == ("brennmark",)


def test_a_resolution_number_two_held_resolutions_carry_names_neither():
    twins = Catalog.from_units([
        unit("pp-res-140", "resolves-1", "Resolution 140 (Rev. Guadalajara, 2010)", "resolution", number="140"),
        unit("wtdc-res-140", "resolves-1", "Resolution 140 (Kigali, 2022)", "resolution", number="140"),
    ])
    assert twins.mentions("¿Qué resuelve la Resolución 140 sobre la ciberseguridad?") == []


@pytest.mark.parametrize("question, searched", [
    ("¿Qué establece la Resolución 48 dentro de la Oficina?", "¿Qué establece la dentro de la Oficina?"),
    ("第48号决议在发展局内设立了什么？", "在发展局内设立了什么？"),  # no spaces between Chinese words
    ("وفقاً للقرار 48، ما الذي ينشئه داخل المكتب؟", "وفقاً لل، ما الذي ينشئه داخل المكتب؟"),  # "وفقاً" folds to "وفقا"
    ("Selon l'Agenda de Marenvik, quand aura lieu son examen d'ensemble ?", "Selon l', quand aura lieu son examen d'ensemble ?"),
], ids=["es", "zh", "ar", "fr"])
def test_a_document_named_in_another_language_is_taken_out_of_the_search_too(question, searched):
    """Left in, "48" would be all a question in another language shares with the English units: the clauses
    that cite a resolution 48 would rank first."""
    assert CATALOG.without_names(question) == searched


def test_what_a_question_counts_and_what_it_asks_for():
    assert counted_noun("How many megahertz of spectrum must be released?", "en") == "megahertz"
    # the noun counted, past the words that describe it: "a core set of 20 indicators" counts indicators
    assert counted_noun("How many core indicators will track progress?", "en") == "indic"
    assert counted_noun("How many new exchange points opened?", "en") == "point"
    assert counted_noun("How many people are to be trained?", "en") == "peopl"
    assert counted_noun("How many members sit on the Board?", "en") == "member"
    assert focus_noun("Which ports does the roadmap designate?", "en") == "port"
    assert focus_noun("What sanction does the roadmap foresee?", "en") == "sanction"
    assert focus_noun("By what date does the resolution invite them?", "en") is None  # a kind of fact, not a thing
    assert focus_noun("For which meeting were they prepared?", "en") is None
    # the kind of figure a target is: "not to exceed 3 per cent" is the ceiling, in words that never say "ceiling"
    assert focus_noun("What ceiling did the Summit set for the cost of a remittance?", "en") is None
    assert focus_noun("In which fields does the resolution say the Union has expertise?", "en") is None
    # what a thing is made of, asked in a word the texts need not use: its contents answer
    assert focus_noun("What elements does each of ITU's action line roadmaps include?", "en") is None
    assert focus_noun("What penalty applies to operators that fail to report their prices?", "en") == "penalti"
    # "what else" asks for more of what the text sets out, of no thing it names
    assert focus_noun("Apart from timeframes, what else do the action line roadmaps set out?", "en") is None


@pytest.mark.parametrize("question, lang, english", [
    ("Dans quelle ville se tiendra le Forum ?", "fr", ("citi",)),
    ("¿En qué ciudad se celebrará el Foro?", "es", ("citi",)),
    ("В каком городе пройдет форум?", "ru", ("citi",)),
    ("في أي مدينة اعتمد القرار 140؟", "ar", ("citi",)),  # the noun alone: Arabic puts what follows after it
    ("论坛将在哪个城市举行？", "zh", ("citi", "urban")),
    ("Pour quelles grandes orientations l'UIT est-elle seule ?", "fr", ("line", "guidanc")),  # past the adjective
    # past the count, then the adjective: "three" is not the thing asked of
    ("Pour quelles trois grandes orientations du SMSI l'UIT est-elle l'unique facilitateur ?", "fr", ("line", "guidanc")),
    ("¿De qué tres líneas de acción es la UIT el único facilitador?", "es", ("line",)),
    ("Для каких трёх направлений деятельности МСЭ является координатором?", "ru", ("line",)),
    ("Какой штраф должны платить операторы?", "ru", ("fine",)),  # folded, "какой" reads "какои"
    ("ما الغرامة التي يجب أن يدفعها المشغلون؟", "ar", ("fine",)),  # "what fine that …"
    ("ما هو دور الاتحاد؟", "ar", ()),  # "what is …": no thing asked "which" of
    ("Какой национальный план должен принять каждый член?", "ru", ("plan",)),
    ("Quel taux d'intérêt le Fonds applique-t-il ?", "fr", ()),  # a rate is a kind of fact, as in English
    ("Quelle est la date limite ?", "fr", ()),
    ("Каким образом программа отслеживает разрыв?", "ru", ()),  # "in what manner": how
    ("¿Qué establece el párrafo 3?", "es", ()),  # "qué" before a verb asks what, not which thing
    ("Los países que dependen de un cable", "es", ()),  # "que" joins a clause
    ("هل هناك أي حد لحصة بلد واحد؟", "ar", ()),  # "any", in a yes/no question
    ("为什么城市需要宽带？", "zh", ()),  # why
])
def test_the_thing_a_question_in_another_language_asks_which_of_in_english_words(question, lang, english):
    assert focus_in_english(question, lang) == english


@pytest.mark.parametrize("question, lang, english", [
    ("Combien de membres compte le Conseil ?", "fr", ("membership", "member")),  # "membres", and "membre"
    ("¿Cuántos países dependen de un solo cable?", "es", ("countri",)),
    ("Сколько членов входит в Совет?", "ru", ("member",)),
    ("كم عدد أعضاء المجلس؟", "ar", ("member",)),
    ("理事会有多少名成员？", "zh", ("membership", "member")),
    ("Combien de nouveaux membres ?", "fr", ("membership", "member")),  # past the adjective
    ("K2路线图计划支持多少个新的互联网交换点？", "zh", ("point",)),  # past what describes it, the noun's last word
    ("理事会由多少名成员组成？", "zh", ("membership", "member")),  # a verb after the noun: the noun
    ("截至2028年初有多少个成员国拥有正常运行的互联网交换点？", "zh", ("state",)),  # a clause of its own
    ("Quel est le budget du Fonds ?", "fr", ()),
])
def test_what_a_question_in_another_language_counts_in_english_words(question, lang, english):
    assert counted_in_english(question, lang) == english


@pytest.mark.parametrize("question, lang, listing", [
    ("Which resolutions deal with WSIS?", "en", True),
    ("At what address should partners write?", "en", False),  # "address", "access", "progress": no plural in -ss
    ("What access does the Fund give to small operators?", "en", False),
    ("Quelles grandes orientations l'UIT facilite-t-elle seule ?", "fr", True),
    ("Quel organisme héberge le Fonds ?", "fr", False),
    ("¿Cuáles son las resoluciones sobre la CMSI?", "es", True),
    ("¿Qué institución acoge el Fondo?", "es", False),
    ("¿Qué resoluciones tratan de la CMSI?", "es", True),
    ("¿Qué es la Agenda de Kigali?", "es", False),  # "qué es" asks what it is, "es" is no plural
    ("What are roadmaps?", "en", False),  # nothing but the plural: what they are, not which there are
    ("What are the roadmaps?", "en", False),
    ("Which roadmaps has ITU prepared?", "en", True),
    ("Which five Member States take part in the cross-border pilot?", "en", True),  # past the count it gives
    ("Каковы риски дорожной карты K2?", "ru", True),
    ("Какова роль МСЭ?", "ru", False),
    ("ما خطوط العمل التي ييسرها الاتحاد وحده؟", "ar", True),  # a broken plural
    ("ما المخاطر التي تحددها خريطة الطريق K2؟", "ar", True),
    ("ما المؤسسة التي تستضيف الصندوق؟", "ar", False),
    ("ما العناصر التي تتضمنها خرائط الطريق؟", "ar", True),
    ("国际电联单独推动哪些行动方面？", "zh", True),
    ("哪个机构托管该基金？", "zh", False),
])
def test_a_list_question_is_told_from_a_question_on_one_thing_in_six_languages(question, lang, listing):
    assert read(question, CATALOG, lang).parts[0].listing == listing


def test_a_list_question_reads_its_scope():
    (part,) = read("Which resolutions of the 2010 Plenipotentiary Conference deal with WSIS?", CATALOG).parts
    assert part.listing and part.noun == "resolut"
    assert part.scope.bodies == ("PP",) and (part.scope.since, part.scope.until) == (2010, 2010)
    (part,) = read("Which roadmaps since 2010 concern cybersecurity?", CATALOG).parts
    assert part.scope.kinds == ("roadmap",) and part.scope.since == 2010 and part.scope.until is None
    # "which kinds of companies" lists companies, not kinds
    (part,) = read("Which kinds of companies does the Agenda credit with contributing?", CATALOG).parts
    assert part.listing and part.noun == "compani"


@pytest.mark.parametrize("question", [
    "Which resolutions concern spectrum?",
    "Quelles résolutions portent sur le spectre ?",
    "¿Qué resoluciones tratan del espectro?",
    "В каких резолюциях говорится о спектре?",  # the plural in any case
    "ما هي قرارات المؤتمر بشأن الطيف؟",  # without its article before the body that adopted them
    "哪些决议涉及频谱？",
])
def test_a_list_question_reads_the_kind_of_document_it_lists_in_six_languages(question):
    (part,) = read(question, CATALOG).parts
    assert part.listing and part.scope.kinds == ("resolution",)


@pytest.mark.parametrize(("question", "body"), [
    ("Quelles résolutions de la Conférence de plénipotentiaires portent sur le SMSI ?", "PP"),
    ("Quelles résolutions de la Conférence mondiale de développement des télécommunications portent sur le SMSI ?",
     "WTDC"),
    ("¿Qué resoluciones de la Asamblea Mundial de Normalización de las Telecomunicaciones tratan de la CMSI?", "WTSA"),
    ("Какие резолюции Всемирной ассамблеи по стандартизации электросвязи касаются ВВУИО?", "WTSA"),
    ("ما هي قرارات مؤتمر المندوبين المفوضين بشأن القمة؟", "PP"),  # a plural before its body takes no article
    # A Bureau is not the conference whose words it shares
    ("Quelles tâches le Bureau de développement des télécommunications a-t-il reçues ?", None),
    ("¿Qué tareas tiene la Oficina de Normalización de las Telecomunicaciones?", None),
    ("Какие задачи поставлены перед Бюро стандартизации электросвязи?", None),
])
def test_a_list_question_reads_the_body_it_is_scoped_to_in_six_languages(question, body):
    (part,) = read(question, CATALOG).parts
    assert part.listing
    assert part.scope.bodies == ((body,) if body else ())


def test_a_document_is_named_by_the_names_its_operator_gave_it():
    named = Catalog.from_units([unit("marenvik", "1", "MARENVIK DECLARATION AND AGENDA FOR CONNECTIVITY", "agenda")])
    given = Catalog.from_units([Unit(doc="marenvik", locator="1", label="Marenvik Agenda §1", text="Some text.",
                                     title="MARENVIK DECLARATION AND AGENDA FOR CONNECTIVITY", kind="agenda",
                                     names=("连通议程",))])
    # a name translated, not said in the place's syllables ("马伦维克议程" is heard as Marenvik by its sound)
    question = "根据《连通议程》，其全面审查将于何时进行？"
    assert read(question, named).parts[0].documents == ()
    assert read(question, given).parts[0].documents == ("marenvik",)
    assert given.without_names(question) == "根据《》，其全面审查将于何时进行？"


def test_a_registered_document_is_named_in_the_questions_language_when_it_does_not_cover_a_question():
    held = Catalog.from_units([unit("tais", "96", "Tunis Agenda for the Information Society", "agenda")])
    assert [held.short_in("tais", lang) for lang in ("en", "fr", "zh")] == ["Tunis Agenda", "Agenda de Tunis", "突尼斯议程"]
    assert CATALOG.short_in("marenvik", "fr") == CATALOG.short("marenvik")  # no other name known: its own


@pytest.mark.parametrize(("question", "section"), [
    ("What does section III of the Marenvik Agenda say?", "III"),
    ("What is in part B of the Geneva Declaration?", "B"),
    ("Que dit le chapitre II ?", "II"),
    ("¿Qué dice la sección A de la Agenda de Kerrowan?", "A"),
    ("Что говорится в разделе III?", "III"),
    ("What does section 5 of the K2 roadmap list?", None),   # a roadmap's section 5 is a unit, named by number
    ("Which part of the Union must act?", None),
    ("Which part I should read first on spectrum?", None),  # the pronoun
    ("What does part I of the Geneva Declaration say?", "I"),
])
def test_a_part_of_a_document_is_named_by_its_numeral_or_letter(question, section):
    assert section_asked(question) == section


@pytest.mark.parametrize("question, topic", [
    ("What does the risks section of the K2 roadmap say?", ("risk",)),
    ("What is in the section on resources of the K2 roadmap?", ("resourc",)),
    ("What does the monitoring and reporting section say?", ("monitor", "report")),
    ("What does the fifth section of the K2 roadmap say?", ()),  # a place: a number, read as one
    ("Which section deals with spectrum?", ()),
])
def test_a_section_named_by_its_heading_words(question, topic):
    assert section_topic(question, "en") == topic
