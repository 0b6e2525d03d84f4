"""The kind of fact a question asks for, and whether it asks how things stand now: read in the six languages."""

import pytest

from assistant.facts import (
    CHARGE,
    DATE,
    FREQUENCY,
    MOMENT,
    MONEY,
    NUMBER,
    ONE,
    PERSON,
    SEVERAL,
    SHARE,
    WITHIN,
    asks_country,
    asks_next,
    asks_now,
    asks_outcome,
    asks_place,
    asks_progress,
    asks_then,
    counts_only,
    giver,
    numbers_given,
    of_the_year,
    only_to_come,
    ranked,
    states_as_of,
    states_country,
    states_place,
    states_then,
    states_wanted,
    to_come,
    wanted_fact,
)


@pytest.mark.parametrize("question, kind", [
    ("How much money does the roadmap allocate to each exchange point?", MONEY),
    ("What is the annual operating budget of the Regional Telemedicine Hub?", MONEY),
    ("What budget does Resolution 48 give the register?", MONEY),
    ("How many indicators monitor the Agenda?", NUMBER),
    ("What price target does the Agenda set?", CHARGE),  # a price may be a share of income: not only a sum
    ("What fee do operators pay for the licence?", CHARGE),
    ("What minimum share of the fund goes to the least developed countries?", NUMBER),
    ("By when must the statute be adopted?", DATE),
    ("Quand le forum se réunit-il ?", DATE),
    ("What period does the first edition of the roadmap cover?", DATE),  # "2029-2032"
    ("Какой период охватывает дорожная карта?", DATE),
    ("What periodic reports are due?", None),
    ("How often must the Secretary-General report?", FREQUENCY),
    ("Who chairs the committee?", None),
    ("How many times a year does the committee meet?", FREQUENCY),  # how often, not a count
    ("How many times has the roadmap been updated?", NUMBER),
    # "how much of" asks for a part: a share states it as well as a sum
    ("Is there a ceiling on how much of the regional fund any one country can get?", NUMBER),
    ("How much was pledged to the fund?", MONEY),
    ("How much more do landlocked countries pay for transit?", NUMBER),  # "three times higher"
    # "when" asks a time before a verb or at the end; before a subject it joins a clause
    ("When will the Agenda be reviewed, and by when must the fund report?", DATE),
    ("When and where will the review be held?", DATE),
    ("In which month is the Forum held, and when?", DATE),
    ("Which body should countries work through when hit by cyber incidents?", None),
    ("What should administrations prioritise when they assign spectrum?", None),
    ("When the Secretary-General seeks resources, whose record is singled out?", None),
    # when something happened is a moment; a deadline, or what is to come, a time a recurrence may give
    ("When was the Meridian CIRT Network founded?", MOMENT),
    ("When did the Board of Governors adopt the statute?", MOMENT),
    ("In which year did the ITU Council agree on the framework for the roadmaps?", MOMENT),
    ("By when did each lead facilitator have to prepare the roadmap?", DATE),
    ("When was the statute to be adopted?", DATE),
    ("By what date was the first edition to be published?", DATE),
    ("On what date was the memorandum of understanding signed?", MOMENT),
    ("When will the Forum meet?", DATE),
    # what is charged: a sum, a share or a factor
    ("What licence fee does the Agenda set for satellite user terminals?", CHARGE),
    ("How much does the Interoperability Testing Centre charge for a certificate of conformity?", CHARGE),
    ("Combien le Centre facture-t-il un certificat de conformité ?", CHARGE),
    ("¿Cuánto cobra el Centro por un certificado?", CHARGE),
    # an interest rate is a per cent: not the sum a paragraph on the loans names ("below USD 4,500")
    ("What interest rate does the Fund charge on its loans?", SHARE),
    ("Quel taux d'intérêt le Fonds applique-t-il à ses prêts ?", SHARE),
    ("¿Qué tipo de interés aplica el Fondo a sus préstamos?", SHARE),
    ("Какую процентную ставку Фонд устанавливает по кредитам?", SHARE),
    ("ما سعر الفائدة الذي يفرضه الصندوق على قروضه؟", SHARE),
    ("基金对其贷款收取多高的利率？", SHARE),
    # "charge" as a verb, of a question that asks something else
    ("If carriers won't disclose what they charge for transit, what does the plan do about it?", None),
    ("What share of the Fund goes to the least developed countries?", SHARE),
    # a count asked as a share: a per cent answers it, not a number of clinics
    ("How many rural clinics were online at the start of the Summit, as a percentage?", SHARE),
    ("How many households are connected, in percentage terms?", SHARE),
    # the figure or the date named after words that qualify it
    ("What is the target amount of the voluntary trust fund for the Emergency Telecommunication Roster?", NUMBER),
    ("What was the total number of experts on the roster?", NUMBER),
    ("What new date for universal coverage did the mid-term review set?", DATE),
    ("Which final deadline applies to the national plans?", DATE),
    # not a figure or a date asked: what the text says of one, or who does something
    ("What is the target of the voluntary trust fund?", None),
    ("What does the Agenda say about the review?", None),
    ("Which Member States were elected to the group?", None),
])
def test_the_kind_of_fact_a_question_wants(question, kind):
    assert wanted_fact(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("Quel est le montant de la contribution ?", MONEY),  # "montant" is a sum of money
    ("Quelle part du fonds va aux pays les moins avancés ?", SHARE),
    ("Combien de fois par an le comité se réunit-il ?", FREQUENCY),
    ("D'ici à quand le statut doit-il être adopté ?", DATE),
    ("¿Cuál es el monto de la contribución?", NUMBER),
    ("¿Cada cuántos años se celebra el foro?", FREQUENCY),
    ("¿Para qué fecha debe firmarse el memorando?", DATE),
    ("Какое количество точек обмена будет создано?", NUMBER),
    ("Сколько раз в год собирается комитет?", FREQUENCY),
    ("До какой даты должен быть заключен меморандум?", DATE),
    ("К какой дате должен быть опубликован доклад?", DATE),
    ("ما هو عدد أعضاء اللجنة؟", NUMBER),
    ("ما المبلغ الذي تخصصه الفقرة 50 للبنية التحتية؟", MONEY),
    ("Какую сумму пункт 50 выделяет на инфраструктуру?", MONEY),
    ("كل كم سنة يعقد المنتدى؟", FREQUENCY),
    ("كم مرة ينبغي الإبلاغ عن خفض تكاليف التوصيل؟", FREQUENCY),
    ("في أي سنة سيعقد المؤتمر؟", DATE),
    ("بحلول أي تاريخ يجب نشر التقرير؟", DATE),
    ("论坛多久举行一次？", FREQUENCY),
    ("报告应在哪一天发布？", DATE),
    ("备忘录应在什么日期之前签署？", DATE),
    ("委员会有多少名成员？", NUMBER),
    ("秘书长须在何日之前签订谅解备忘录？", DATE),
    ("报告的频率是什么？", FREQUENCY),
    ("《突尼斯议程》是否提到每个国家都应公平地获得无线电频率？", None),  # radio frequencies, not how often
    # what a thing costs, and a budget named without its article
    ("¿Cuánto cuesta la hoja de ruta K2?", MONEY),
    ("Сколько стоит реализация дорожных карт?", MONEY),
    ("Какова стоимость дорожной карты?", MONEY),
    ("ما هي ميزانية الاتحاد لخطط العمل؟", MONEY),
    ("ما مبلغ المساهمة؟", MONEY),
    ("كم تكلفة خريطة الطريق؟", MONEY),
    ("K2路线图花费多少？", MONEY),
    ("Сколько стран участвует?", NUMBER),
    ("Quand le Réseau a-t-il été créé ?", MOMENT),
    ("Quand aura lieu le Forum ?", DATE),
    ("¿Cuándo se fundó la Red?", MOMENT),
    ("Когда была создана сеть?", MOMENT),
    ("Когда состоится форум?", DATE),
    ("متى تم إنشاء الشبكة؟", MOMENT),
])
def test_the_kind_of_fact_a_question_wants_in_the_other_un_languages(question, kind):
    assert wanted_fact(question) == kind


@pytest.mark.parametrize("text", [
    "to conclude with the Bank, by 30 September 2028, a memorandum of understanding",
    "a first call for proposals before the end of 2028",
    "de publier la première édition au plus tard le 31 mars 2028",
    "d'ici à 2030",
    "a más tardar en marzo de 2028",
    "не позднее 31 марта 2028 года",
    "بحلول عام 2030",
    "于2030年前完成",
])
def test_when_a_thing_was_to_be_done_is_not_when_it_was(text):
    # "On what date was the memorandum signed?" is not answered by the date it was due
    assert not states_wanted(text, MOMENT)
    assert states_wanted(text, DATE), "it answers by when it was to be done"


def test_a_charge_is_a_sum_a_share_or_a_factor_not_a_count():
    assert states_wanted("a licence fee of 2 per cent of revenue", CHARGE)
    assert states_wanted("USD 5 per month for each terminal", CHARGE)
    assert states_wanted("about three times the price paid in coastal countries", CHARGE)
    assert states_wanted("access to the exchange points free of charge", CHARGE)
    assert not states_wanted("light licensing for networks serving fewer than 5,000 users", CHARGE)


@pytest.mark.parametrize("question", [
    "What share of the Fund's resources must go to the least developed countries?",
    "Quel pourcentage des ressources du Fonds va aux pays les moins avancés ?",
    "¿Qué proporción de los recursos del Fondo se destina a los países menos adelantados?",
    "Какая доля ресурсов Фонда направляется в наименее развитые страны?",
    "ما الحصة من موارد الصندوق التي تخصص لأقل البلدان نموا؟",
    "基金资源中有多大比例用于最不发达国家？",
])
def test_a_share_is_asked_in_six_languages_and_stated_by_a_per_cent_not_a_count(question):
    assert wanted_fact(question) == SHARE
    assert states_wanted("at least 30 per cent of the resources of the Fund shall be allocated …", SHARE)
    assert not states_wanted("Four professional staff of the Bureau work on the roadmap full time", SHARE)



def test_a_share_is_also_stated_as_a_fraction_of_the_things_counted():
    assert states_wanted("We note that one hospital in six in the region has no backup connection", SHARE)
    assert states_wanted("two out of every five schools are connected", SHARE)
    assert states_wanted("a fifth of the budget goes to training", SHARE)
    # a count in a year, or a ratio of thousands, is no fraction of the things counted
    assert not states_wanted("The Union held one workshop in 2031", SHARE)
    assert not states_wanted("one doctor for 3,000 people", SHARE)

def test_an_interest_rate_is_stated_by_a_per_cent_not_by_a_sum_near_the_loans():
    assert not states_wanted("finance projects through grants in Member States with a gross national income per capita "
                             "below USD 4,500, and through concessional loans in the other Member States", SHARE)
    assert states_wanted("loans at an interest rate of 0.75 per cent a year", SHARE)
    assert states_wanted("interest-free loans with a grace period of ten years", SHARE)


def test_a_sum_is_money_or_a_share_of_money_not_of_anything():
    assert states_wanted("projects shall provide co-financing of at least 20 per cent of their cost", MONEY)
    assert states_wanted("should cost no more than 2 per cent of monthly gross national income per capita", MONEY)
    assert states_wanted("estimated to cost USD 6.4 million over 2029-2032", MONEY)
    assert not states_wanted("mobile broadband coverage of at least 95 per cent of the population", MONEY)



@pytest.mark.parametrize("question", [
    "On what dates was the first Resilience Week held?", "À quelles dates la Semaine a-t-elle eu lieu ?",
    "¿En qué fechas se celebró realmente la Semana?", "В какие даты прошла Неделя?", "في أي تواريخ عقد الأسبوع؟",
    "第一届韧性周在哪些日期举行？",
])
def test_which_dates_asks_a_time_as_which_date_does_in_six_languages(question):
    assert wanted_fact(question) in (DATE, MOMENT)


@pytest.mark.parametrize("question", [
    "How quickly must operators restore service after a major disaster?",
    "Dans quel délai les opérateurs doivent-ils rétablir le service après une catastrophe majeure ?",
    "¿En qué plazo deben los operadores restablecer el servicio tras un desastre grave?",
    "В какой срок операторы должны восстановить работу после крупного бедствия?",
    "في غضون كم يجب على المشغلين استعادة الخدمة بعد كارثة كبرى؟",
    "运营商必须在多长时间内恢复服务？",
    "How long did the Summit give facilitators to produce their roadmaps?",
])
def test_the_time_allowed_is_asked_in_six_languages_and_stated_by_a_date_or_a_span(question):
    assert wanted_fact(question) == WITHIN
    assert states_wanted("to restore, within 72 hours of a major disaster, service at 90 per cent of the sites", WITHIN)
    assert states_wanted("shall restore service by 31 December 2030", WITHIN)
    assert states_wanted("appraisals delivered within 30 working days", WITHIN)
    assert not states_wanted("shall restore service at 90 per cent of the sites that failed", WITHIN)


def test_a_span_does_not_answer_by_what_date_and_combien_de_pays_counts_countries():
    assert wanted_fact("By what date must the review panel be appointed?") == DATE
    assert not states_wanted("an assessment of each entry within 60 days of its submission", DATE)
    assert wanted_fact("Combien de pays ne disposent que d'une seule liaison sous-marine ?") == NUMBER
    assert wanted_fact("Combien les pays membres paient-ils ?") == MONEY

def test_a_duration_is_no_count_of_what_a_text_does_not_name():
    group = ("composed of the facilitators of the action lines, which shall be chaired by the Union for its first two "
             "years and thereafter by each facilitator in turn")
    assert not states_wanted(group, NUMBER, counted="member")
    # what is counted, named: the count beside it
    assert states_wanted("Appraisals delivered within 30 working days", NUMBER, counted="work")
    assert states_wanted("composed of nine Member States elected for terms of three years", NUMBER, counted="member")
    # a number the thing counted is estimated at
    assert states_wanted("the region faces a shortage of health workers estimated at 340,000", NUMBER, counted="worker")
    # … or the number of them, as it moved ("rose from five to eleven"); not a number of them still to come
    assert states_wanted("the number of Member States with a national emergency telecommunication plan rose from five to "
                         "eleven between 2026 and 2030", NUMBER, counted="state")
    assert not states_wanted("the number of Member States with a plan is expected to rise", NUMBER, counted="state")
    assert states_wanted("for terms of three years", NUMBER, counted="year")


@pytest.mark.parametrize("text", [
    "that the Board of Governors adopted the statute of the Fund on 20 February 2028",
    "a mid-term review at the Marenvik Forum of 2029",
    "to conclude a memorandum in June 2029",
    "adopted on March 3, 2030",
])
def test_a_date_or_a_year_says_when_not_how_many(text):
    # "How many members sit on the Appraisal Committee?" is not answered by the day the Board met
    assert not states_wanted(text, NUMBER)


@pytest.mark.parametrize("text", [
    "progress towards the targets set in paragraphs 13 and 15 of the Agenda",
    "as provided in paragraphes 4, 5 et 7",
    "the clauses of Res. 140 and 172",
])
def test_the_numbers_of_a_list_of_references_are_no_count(text):
    assert not states_wanted(text, NUMBER)


@pytest.mark.parametrize("text", [
    "The roadmap implements the following decisions:\n1. the commitments on infrastructure;\n2. the appraisal of projects",
    "We agree to make the Fund operational in steps: 1) the adoption of its statute; 2) a first call for proposals",
])
def test_the_markers_of_a_lists_items_are_no_count(text):
    assert not states_wanted(text, NUMBER)
    assert states_wanted(text.replace("the adoption", "the adoption by eleven members").replace(
        "the commitments", "the 24 commitments"), NUMBER), "a count among the items still answers"


def test_a_count_beside_a_date_or_a_span_of_years_still_answers_how_many():
    assert states_wanted("27 Member States by 2030", NUMBER)
    assert states_wanted("Ten new exchange points, 2029-2030", NUMBER)
    assert states_wanted("activities over 2029-2032", NUMBER, counted="year"), "a span says how many years"


def test_a_count_is_read_in_the_cells_of_the_table_row_that_names_what_is_counted():
    table = ("Table 1 - Targets by year\nIndicator | 2031 | 2032 | 2033\n"
             "New national CIRTs established with ITU assistance | 4 | 9 | 15")
    assert states_wanted(table, NUMBER, counted="cirt")
    assert not states_wanted("Indicator | 2031 | 2032\nCIRT coverage | partial | full", NUMBER, counted="cirt")



def test_a_count_is_read_across_the_words_that_describe_what_is_counted_not_across_a_link_to_another_noun():
    text = "equip 4,000 further primary health care facilities with solar power systems"
    assert states_wanted(text, NUMBER, counted="facil")
    assert not states_wanted("raise to 10 per cent the share of the region's primary health care facilities", NUMBER,
                             counted="facil")

def test_a_text_that_does_not_name_what_is_counted_counts_it_only_by_a_number_of_things_it_names_otherwise():
    # the scale of a sum counts nothing: "how many deaths" of losses "estimated at USD 31 billion in the decade"
    assert not states_wanted("disasters caused economic losses estimated at USD 31 billion in the decade 2020-2029.",
                             NUMBER, counted="death")
    # "how many people" of "Four professional staff": the same people, in the text's word
    assert states_wanted("Four professional staff of the Bureau work on the roadmap full time.", NUMBER, counted="peopl")
    # "How many staff will the Centre have?" of a table whose cells count what their rows name, platforms and states
    table = ("Table 2: Indicators\nIndicator | Baseline (June 2031) | Target (December 2033) | Source\n"
             "Member States operating a national data exchange platform | 14 of 31 | 24 of 31 | Union survey\n"
             "National data exchange platforms certified by the Interoperability Testing Centre | 2 | 15 | Centre")
    assert not states_wanted(table, NUMBER, counted="staff")


def test_how_many_people_names_no_kind_of_person_so_a_count_of_the_people_meant_answers_it():
    text = "We encourage Member States to train 250,000 community digital agents by 2032 to help people enrol."
    assert states_wanted(text, NUMBER, counted="peopl"), "the agents trained are the people asked about"
    assert not states_wanted(text, NUMBER, counted="member"), "a kind the question names must be what is counted"
    # what counts no one still does not answer
    assert not states_wanted("Reports are due within 72 hours to help people stay safe.", NUMBER, counted="peopl")


def test_one_of_a_series_is_named_by_its_rank_and_kind():
    assert ranked("When is the third edition of the R4 roadmap due to be published?") == {("3", "edition")}
    assert ranked("Second edition (first biennial update), 15 December 2031") == {("2", "edition"), ("1", "update")}
    assert ranked("at the 2nd session of the Forum") == {("2", "session")}
    # a name may come between ("the third Kalvora Resilience Week"); a rank of something else, or a count, names none
    assert ranked("during the third Kalvora Resilience Week") == {("3", "week")}
    assert ranked("Which city hosted the second Castrell Digital Health Forum?") == {("2", "forum")}
    assert not ranked("as its first paragraph says") and not ranked("in its first two years")


def test_the_first_of_a_count_of_things_is_their_first_round():
    # "How many projects did the Facility approve in its first round?" of "… approved its first seven projects"
    assert ranked("the Board approved its first seven projects, worth USD 96 million") == {("1", "round")}
    assert ("1", "round") in ranked("How many projects did the Facility approve in its first round?")
    # a span of time is no round, and "the second round" is another one than the first seven projects
    assert not ranked("in its first three months") and not ranked("during the first 18 months")
    assert not ranked("the first 20 Member States to ratify it"), "the first to do something are no round"
    assert ranked("What did the Facility approve in its second round?") == {("2", "round")}


def test_a_version_is_ranked_by_its_number():
    # "the first version of the framework" of "adopted version 1.0 of the Interoperability Framework"
    assert ranked("the Council adopted version 1.0 of the Interoperability Framework") == {("1", "version")}
    assert ranked("How far ahead of schedule was the first version approved?") == {("1", "version")}
    assert ranked("Edition 2 of the roadmap") == {("2", "edition")}
    # a revision of a version is not the next one
    assert not ranked("version 1.1 of the Framework") and not ranked("version 2.3")


def test_every_states_a_time_only_of_a_recurrence():
    assert states_wanted("Operators report the state of their networks every six hours.", FREQUENCY)
    assert states_wanted("The review is held every two years.", DATE)
    text = "to organize a regional cyber exercise in which every participating Member State tests its team"
    assert not states_wanted(text, DATE) and not states_wanted(text, FREQUENCY)


def test_a_moment_is_a_year_a_month_or_a_day_not_a_recurrence():
    assert states_wanted("The memorandum was signed on 3 May 2028, before the deadline of 30 September 2028.", MOMENT)
    assert states_wanted("The Conference was held in Marenvik on 12-14 June 2027.", MOMENT)
    assert not states_wanted("We welcome its intention to hold a regional cyber exercise every year.", MOMENT)
    assert not states_wanted("The Committee reports at each session of the Council.", MOMENT)
    assert states_wanted("The Committee reports at each session of the Council.", DATE), "a time of what is to come"
    # "may" is a month only as a name
    assert not states_wanted("Facilitators may invite other organizations to take part.", DATE)
    assert not states_wanted("Facilitators may invite other organizations to take part.", MOMENT)
    assert states_wanted("The statute was adopted on 5 May.", MOMENT)


@pytest.mark.parametrize("question, now", [
    ("How much has the Regional Connectivity Fund disbursed to projects so far?", True),
    ("How many entries does the database currently hold?", True),
    ("How much has the Fund already disbursed?", True),
    ("Combien le Fonds a-t-il décaissé jusqu'à présent ?", True),
    ("¿Cuántas entradas tiene actualmente la base de datos?", True),
    ("Сколько средств фонд уже выделил на проекты?", True),
    ("Сколько записей сейчас содержится в базе данных?", True),
    ("كم عدد المدخلات الموجودة حالياً في قاعدة البيانات؟", True),
    ("数据库目前收录了多少条目？", True),
    ("Combien d'entrées la base de données compte-t-elle aujourd'hui ?", True),
    ("¿Cuántas entradas tiene hoy la base de datos?", True),
    ("Сколько записей содержит база данных сегодня?", True),
    ("如今数据库收录了多少条目？", True),
    ("How many entries did the Platform hold on 1 March 2028?", False),  # a date the texts may name
    ("What is the current capitalization target?", False),
    ("How many entries does the WSIS Stocktaking database hold today?", True),
    ("What is today's exchange rate between the euro and the dollar?", False),  # a rate of the day, not a count since
])
def test_a_question_asking_how_things_stand_now_in_six_languages(question, now):
    assert asks_now(question) is now


def test_a_text_gives_a_figure_as_of_a_moment_it_names_not_by_saying_already():
    assert states_as_of("As of 1 March 2028, the Platform held 212 entries")
    assert states_as_of("the Fund has so far received USD 40 million")
    assert states_as_of("по состоянию на 1 марта 2028 года") and states_as_of("截至2028年3月1日")
    assert not states_as_of("the relevant work already undertaken by ITU")
    assert not states_as_of("We set a capitalization target of USD 1.2 billion for the Fund by 2030")
    # a text's own "now" is its date's
    assert states_as_of("We welcome the progress made by the national health authorities, 12 of which now issue "
                        "electronic prescriptions.")


def test_the_numbers_a_question_gives_are_read_in_figures_and_words_less_references():
    assert numbers_given("How many of the ten new exchange points had opened by the end of 2029?") == {"10", "2029"}
    assert numbers_given("Combien des dix points prévus pour 2030 ?") == {"10", "2030"}
    assert numbers_given("How many Member States does paragraph 64 put on the Committee?") == frozenset()
    assert numbers_given("How many staff work on it?") == frozenset()
    # Chinese writes a number between characters, with no space: it is a number all the same; "C6" is a name
    assert numbers_given("TDAG是在哪一天的会议上审议C2和C6路线图2011年更新的？") == {"2011"}


def test_a_figure_the_question_gives_is_not_the_figure_it_asks_for():
    question = "How many of the ten new exchange points had opened by the end of 2029?"
    plan = "K2.3 | Support for new internet exchange points | 2029 | Ten new exchange points"
    assert not states_wanted(plan, NUMBER, given=numbers_given(question))
    assert states_wanted(plan + ". By December 2029, four had opened.", NUMBER, given=numbers_given(question))
    assert states_wanted(plan, NUMBER), "without the question's own figures, the plan states a figure"
    # a count of what is counted must be another one too
    assert not states_wanted("Ten new exchange points", NUMBER, counted="point", given=frozenset({"10"}))
    assert states_wanted("14 of the 27 Member States", NUMBER, counted="state", given=frozenset({"27"}))


def test_a_question_asks_for_a_figure_as_it_stood_by_a_past_verb_and_a_year_in_six_languages():
    assert asks_then("How many internet exchange points were operating at the end of 2030?", "en")
    assert asks_then("How much had the Fund disbursed by the end of 2030?", "en")
    assert not asks_then("How many internet exchange points will be operating at the end of 2030?", "en")
    assert not asks_then("How much was pledged at the Conference?", "en"), "no moment named"
    assert asks_then("Combien de points d'échange étaient en service à la fin de 2030 ?", "fr")
    assert asks_then("¿Cuántos agentes digitales comunitarios se habían formado a finales de 2031?", "es")
    assert asks_then("¿Cuántas autoridades de alerta estaban conectadas a la Pasarela a finales de 2034?", "es")
    assert asks_then("Сколько агентов было обучено к концу 2031 года?", "ru")
    assert asks_then("كم عدد الوكلاء الذين تم تدريبهم بحلول نهاية عام 2031؟", "ar")
    assert asks_then("到2031年底已经培训了多少名社区数字代理？", "zh")
    assert not asks_then("¿Cuántos agentes se formarán antes de 2032?", "es")
    # the figure a text set, in its own act: a target answers
    assert not asks_then("What ceiling did the Summit set for the cost of sending USD 200 by 2030?", "en")
    assert asks_then("What did a transfer of USD 200 actually cost in 2029?", "en")
    assert not asks_then("Combien de points d'échange seront en service en 2030 ?", "fr")


def test_a_figure_as_it_stood_is_stated_in_the_past_a_target_is_not():
    given = numbers_given("How many Member States had an operational internet exchange point at the end of 2030?")
    assert states_then("only 11 of the 27 Member States had an operational internet exchange point on 1 January 2028;", given)
    assert states_then("the Platform, which held 212 entries from 19 Member States on 1 March 2028", given)
    assert states_then("As of 1 March 2028, pledges stood at USD 455 million.", given)
    # a past verb whose form is the present's too, or one that tells how a figure moved
    assert states_then("sending a remittance of USD 200 cost on average 6.4 per cent of the amount sent in 2029;", given)
    assert states_then("the share of adults without an online identity declined to 34 per cent at the end of 2029", given)
    # any verb in the past before the figure it tells of; not a participle of what is to be, nor a verb in "-eed"
    assert states_then("that ransomware attacks forced 19 hospitals of the region to suspend planned operations", given)
    # … or before what it brought about, put at a figure ("estimated at"): not a figure put on what is to be
    assert states_then("disasters in the region caused economic losses estimated at USD 31 billion in 2020-2029", given)
    assert not states_then("The cost of the programme is estimated at USD 5 million.", given)
    assert not states_then("The Board shall approve the planned 40 centres and the expected 12 projects.", given)
    assert not states_then("We ask that the fee not exceed 3 per cent of the amount sent.", given)
    assert not states_then("The activities are estimated to cost USD 58.5 million over 2032-2033.", given)
    assert not states_then("We call for the cost of sending a remittance of USD 200 not to exceed 3 per cent by 2030.", given)
    # a table's column of baselines at a date gives its figures as they stood then; its targets do not
    table = ("Table 2: Indicators, baselines and targets\nIndicator | Baseline (December 2032) | Target (December 2035)\n"
             "National alerting authorities connected to the Common Alerting Gateway | 11 | 27")
    assert states_then(table, numbers_given("How many authorities were connected at the December 2032 baseline?"))
    assert not states_then(table.replace("Baseline (December 2032) | ", "").replace("| 11 ", ""), given)
    assert not states_then("an operational internet exchange point in at least 24 of the 27 Member States by the end "
                           "of 2030;", given), "a target for the year"
    # a sentence in the past that gives only a year, a reference or the question's own figure states no count
    assert not states_then("The arrangement, which paragraph 20 of the Agenda expected by the end of 2028, was not "
                           "concluded in 2028.", given)
    assert not states_then("It was to reach 2030 targets.", given)


@pytest.mark.parametrize("question, person", [
    ("Who is the Director of the Connectivity Development Bureau?", True),
    ("Who is the focal point for the K2 roadmap?", True),
    ("Who is the current chair of the Steering Committee?", True),
    ("Who is the lead facilitator of the K2 roadmap?", False),  # a body holds it: ITU, the Union
    ("Who hosts the Regional Connectivity Fund?", False),
    ("Qui est le directeur du Bureau de développement des télécommunications ?", True),
    ("¿Quién es la secretaria general de la Unión?", True),
    ("Кто является директором Бюро развития электросвязи?", True),
    ("من هو مدير مكتب تنمية الاتصالات؟", True),
    ("谁是电信发展局主任？", True),
    ("K2路线图的联络人是谁？", True),
    # an action line's facilitator is a body in every language: "chef de file", "координатор", "منسق", "协调人"
    ("Qui est le chef de file de la grande orientation C2 ?", False),
    ("Кто является координатором направления деятельности C2?", False),
    ("من هو منسق خط العمل C2؟", False),
    ("谁是C2行动方面的协调人？", False),
    # the name of one who serves is a person's, in every language; the name of a thing is not
    ("What is the name of the regional expert seconded to the roadmap?", True),
    ("Quel est le nom de l'expert régional détaché ?", True),
    ("¿Cuál es el nombre del experto regional?", True),
    ("Как зовут регионального эксперта?", True),
    ("ما اسم الخبير الإقليمي؟", True),
    ("区域专家的姓名是什么？", True),
    ("What is the name of the Fund?", False),
    # who heads an office is a person; an action line or a committee may be led or chaired by a body or a State
    ("Who heads the Connectivity Development Bureau?", True),
    ("¿Quién dirige la Oficina de Desarrollo de la Conectividad?", True),
    ("Кто руководит Бюро развития?", True),
    ("谁领导连通发展局？", True),
    ("Who leads action line C5?", False),
    ("Who chairs the Steering Committee?", False),
    ("Quel est le nom du fonds ?", False),
    # "exactly" only insists, and "ITU's focal point" is the focal point ITU names
    ("Who exactly is ITU's focal point for action line C2?", True),
    ("Кто именно является контактным лицом МСЭ?", True),
    ("Who is ITU's partner for action line C2?", False),
])
def test_who_holds_an_office_asks_for_a_person(question, person):
    assert (wanted_fact(question) == PERSON) == person


def test_a_person_is_stated_by_name_and_title_not_by_the_office_alone():
    assert states_wanted("Ms Aino Kerstilä, Head of the Infrastructure Division (k2-roadmap@mtu.example).", PERSON)
    assert states_wanted("Focal point: Dr. Omar Haddad, Senior Adviser.", PERSON)
    # a clause that instructs the Director does not say who the Director is
    assert not states_wanted("to prepare the roadmap for action line K2 and to publish its first edition", PERSON)
    assert not states_wanted("The Board of Governors of the Fund adopted its statute.", PERSON)


def test_a_word_made_on_what_is_counted_names_it_without_giving_its_number():
    # "How many members does the Council Working Group have?" of a text on its "membership input", which names
    # "PP 10" and "Resolution 1196": it speaks of members and gives no count of them
    text = ("The WG-WSIS was created in 2002 (see Resolution 1196). In October 2010, PP 10 requested the Council to "
            "maintain the WG-WSIS in order to facilitate membership input.")
    assert not states_wanted(text, NUMBER, "member")
    assert states_wanted("The Board of Governors has eleven members.", NUMBER, "member")
    assert states_wanted("The Council has 48 seats.", NUMBER, "member")  # a text that never names members may count them


@pytest.mark.parametrize("question, outcome", [
    ("What were the conclusions of the mid-term review held at the 2029 Marenvik Forum?", True),
    ("What changed in the December 2030 edition of the K2 roadmap?", True),
    ("What did the 2027 independent review find?", True),
    ("Quelles ont été les conclusions de l'examen à mi-parcours ?", True),
    ("¿Cuáles fueron los resultados del examen de mitad de período?", True),
    ("Каковы были выводы среднесрочного обзора?", True),
    ("ما نتائج الاستعراض الذي عقد في منتدى 2029؟", True),
    ("2029年论坛举行的中期审查得出了什么结论？", True),
    # which things a body's acts since reached
    ("Which projects did the Digital Commons Fund finance in its first round of approvals?", True),
    ("Quels projets le Fonds a-t-il financés en 2030 ?", True),
    ("¿Qué proyectos financió el Fondo en su primera ronda?", True),
    ("Which projects does the Fund finance?", False),  # what it is for, which the Agenda says
    ("Which projects did the Fund's Board approve in its first round?", True),
    # a time, the Fund's Board named on the way: not which things were approved
    ("What deadline did the Agenda give the Fund's Board for approving its first projects?", False),
    # what a review decided came of the review
    ("What did the mid-term review decide about the 90 per cent connectivity target?", True),
    ("En quelle année le Conseil a-t-il approuvé le cadre ?", False),  # when, not which things
    # the text's own act, which it states as it makes it: "We decide to hold a mid-term review …"
    ("What did the Marenvik Agenda decide about the mid-term review?", False),
    ("When will the mid-term review be held?", False),
    ("What does the review cover?", False),
])
def test_a_question_asking_what_came_of_an_event_in_six_languages(question, outcome):
    assert asks_outcome(question) is outcome


def test_a_text_that_plans_an_event_does_not_say_what_came_of_it():
    assert only_to_come(["We decide to hold a mid-term review of the implementation of this Agenda at the Marenvik Forum "
                         "of 2029, on the basis of the Meridian Connectivity Report of that year."])
    assert only_to_come(["The roadmap is updated every two years; the next edition is due in December 2030."])
    # a text that reports it: "which found that only two of its seven targets had been met"
    assert not only_to_come(["We take note of the findings of the independent 2027 review of its implementation, which "
                             "found that only two of its seven targets had been met."])
    assert not only_to_come(["The Conference adopted the Corvel Declaration."])  # nothing said to come
    # what a text invites others, or commits itself, to do is to come: not who has done it already
    assert only_to_come(["b) invite central banks to link their national instant payment systems through a regional "
                         "switch operated by the Austral Clearing House;"])
    assert only_to_come(["We commit to build interoperable instant payment systems."])
    assert not only_to_come(["We invite the Secretary-General to the Forum."])  # nothing done


@pytest.mark.parametrize("question, asked", [
    ("Which country will host the third Conference in 2032?", ONE),
    ("Dans quel pays se tiendra la Conférence ?", ONE),
    ("¿Qué país acogerá la Conferencia?", ONE),
    ("Какая страна примет Конференцию?", ONE),
    ("أي بلد سيستضيف المؤتمر؟", ONE),
    ("哪个国家主办了2010年全权代表大会？", ONE),
    ("Which countries financed the Connect the World initiative?", SEVERAL),
    ("Quels pays ont financé l'initiative ?", SEVERAL),
    ("¿Qué países financiaron la iniciativa?", SEVERAL),
    ("Какие страны возглавляют Группу?", SEVERAL),
    ("ما البلدان التي موّلت المبادرة؟", SEVERAL),
    ("哪些国家资助了该倡议？", SEVERAL),
    ("Quels sont les pays qui ont financé l'initiative ?", SEVERAL),
    ("Which other countries joined?", SEVERAL),
    ("Which Member States made the pledges to the Facility announced at the Summit?", SEVERAL),
    ("Quels États membres ont pris des engagements ?", SEVERAL),
    ("¿Qué Estados miembros forman el Consejo?", SEVERAL),
    ("Какие государства-члены входят в Совет?", SEVERAL),
    ("卡斯特雷尔协调理事会由哪十个成员国组成？", SEVERAL),
    ("多少个成员国通过了标准？", None),  # how many
    # which group of them, how many of them, or countries as the subject: not which
    ("Which groups of countries face the highest costs?", None),
    ("How many countries signed the Declaration?", None),
    ("What should countries do about spectrum?", None),
    ("ما دور الاتحاد الدولي للاتصالات؟", None),  # "الدولي" is "international", not "دول"
])
def test_a_question_asking_which_country_or_countries_in_six_languages(question, asked):
    assert asks_country(question) == asked


def test_which_country_is_answered_by_a_countrys_name_and_which_countries_also_by_their_kind():
    for text in ("The Conference will be hosted by the Government of Tunisia.", "La Conférence se tiendra en Tunisie.",
                 "Конференция пройдёт в Мексике.", "يعقد المؤتمر في المكسيك.", "会议在墨西哥举行。"):
        assert states_country(text, ONE), text
    # a text that invites the States to host names none; a city is no country
    assert not states_country("We invite Member States to offer to host it.", ONE)
    assert not states_country("The Conference was held in Guadalajara.", ONE)
    assert states_country("priority goes to the least developed countries and small island developing States", SEVERAL)
    assert states_country("la priorité va aux pays les moins avancés", SEVERAL)
    assert not states_country("encouraging partnerships such as the ITU-led Connect the World initiative", SEVERAL)
    # "United Nations" is one body, and a text that "states" a thing names no States
    assert not states_country("initiating establishment of the United Nations Group on the Information Society; the "
                              "roadmap states its targets", SEVERAL)


def test_a_count_of_things_does_not_say_which_they_are():
    # "Which projects did the Fund finance in its first round?", "Which five Member States take part in the pilot?"
    assert counts_only("the Board approved its first eleven projects, worth USD 96 million, on 18 April 2030", "project")
    assert counts_only("A2 | Cross-border pilot linking the platforms of five Member States | March 2032", "state")
    # the States a text addresses all together are none of them named
    assert counts_only("We call upon Member States to make their systems mutually recognized, beginning with a pilot "
                       "among at least six Member States by the end of 2030.", "state")
    # … and so are those a body reports to: "Which Member States were elected to the Group?"
    assert counts_only("the Group, composed of 12 Member States elected for three years, with the following tasks:\n"
                       "(e) to report each year to the Member States on the implementation of this Agenda.", "state")
    # the same count, then the list it opens; or the word used of the things themselves
    assert not counts_only("five Member States: Aldmark, Beltria, Corvenia, Duskland and Estmere", "state")
    assert not counts_only("it financed three projects, namely the Open Clinic, the Land Registry and the ID Hub", "project")
    assert not counts_only("the Open Clinic project and the Land Registry project were approved", "project")
    # a year before the word is when, not how many; a text that does not use the word is not a count of it
    assert not counts_only("in 2030 projects in Aldmark and Beltria were approved", "project")
    assert not counts_only("the Board approved the Open Clinic and the Land Registry", "project")


def test_how_much_a_giver_gave_names_the_giver_unless_a_pronoun():
    assert giver("How much did the host country pledge to the Fund at the Summit?") == ("host", "countri")
    assert giver("How much money did donors pledge?") == ("donor",)
    assert giver("How much will each Member State receive in grants?") == ("member", "state")
    assert giver("How much did we pledge?") == ()
    assert giver("How much does the roadmap cost?") == ()  # what it costs, given by no one


@pytest.mark.parametrize("question, next_one", [
    ("When will the next review of Resolution 172 take place?", True),
    ("Quand aura lieu la prochaine édition du Forum ?", True),
    ("¿Cuándo se publicará la próxima edición de la hoja de ruta?", True),
    ("Когда состоится следующий обзор выполнения резолюции 172?", True),
    ("متى سيُعقد الاستعراض القادم؟", True),
    ("下一次审查何时举行？", True),
    ("K2路线图的下一版何时发布？", True),
    ("When was the review held?", False),
    ("متى عقد الاستعراض الدولي؟", False),
    # or when one is to take place: a text dating something held, or a resolution adopted, does not say that
    ("In what year is the overall review under Resolution 172 to take place?", True),
    ("В каком году должен состояться общий обзор, предусмотренный Резолюцией 172?", True),
    ("Quand le Forum aura-t-il lieu ?", True),
    ("¿Cuándo se celebrará el Foro?", True),
    ("متى ستعقد القمة؟", True),
    ("论坛将于何时举行？", True),
    ("When did the review take place?", False),
    ("When was Resolution 172 adopted?", False),
    ("When will the report be published?", False),  # a publication, not an event held
])
def test_a_question_asking_when_the_next_one_is_in_six_languages(question, next_one):
    assert asks_next(question) is next_one


def test_a_text_speaks_of_a_thing_as_to_come_or_not():
    assert to_come(["The roadmap is updated every two years; the next edition is due in December 2030."])
    assert to_come(["The comprehensive review shall take place at the third Conference, to be held in 2032."])
    assert not to_come(["Resolution 172 (Plenipotentiary 2010): Overall Review of the Implementation of the WSIS Outcomes."])


@pytest.mark.parametrize("question, place", [
    ("Where will the next Marenvik Forum be held?", True),
    ("According to the Agenda, where and when will its mid-term review take place?", True),
    ("Où se tiendra le prochain Forum ?", True),
    ("¿Dónde se celebrará el próximo Foro?", True),
    ("Где состоится следующий Форум?", True),
    ("أين سيعقد المنتدى القادم؟", True),
    ("下一届论坛在哪里举行？", True),
    ("Which city hosted the first Dialogue in 2030?", True),
    ("Dans quelle ville se tiendra le troisième Sommet ?", True),
    ("第三届峰会将在哪个城市举行？", True),
    ("В каком городе пройдет следующий Форум?", True),
    ("Where can stakeholders record their WSIS activities?", False),  # a database answers that
    ("When will the next Forum be held?", False),
])
def test_a_question_asking_where_an_event_is_held_in_six_languages(question, place):
    assert asks_place(question) is place


def test_a_place_is_a_country_or_a_name_after_in_or_at_not_a_month_nor_the_thing_asked_about():
    assert states_place("We decide to hold a mid-term review at the Marenvik Forum of 2029.")
    assert states_place("assembled in Marenvik from 12 to 14 June 2027")
    assert states_place("The Conference will be hosted by the Government of Tunisia.")
    assert not states_place("The first Marenvik Forum shall be held in 2028.")
    assert not states_place("The next edition is due in December 2030.")
    # where the Forum is held is not said by what is presented at it
    assert not states_place("The results of each year are presented at the Marenvik Forum.", ("marenvik forum",))


def test_asked_of_one_years_event_a_sentence_on_another_years_is_not_about_it():
    sentences = ["This edition replaces the first edition of 20 March 2030.",
                 "It takes into account the review held at the Brennmark Dialogue in Porvasalo on 12-14 May 2031."]
    # "Which city hosted the first Brennmark Dialogue in 2030?": Porvasalo hosted the one of 2031
    assert of_the_year(sentences, numbers_given("Which city hosted the first Brennmark Dialogue in 2030?")) == sentences[:1]
    assert of_the_year(sentences, numbers_given("Which city hosted the Brennmark Dialogue in 2031?")) == sentences[1:]
    # a question that gives no year, or a sentence that names none, keeps them
    assert of_the_year(sentences, numbers_given("Which city hosted the Brennmark Dialogue?")) == sentences
    assert of_the_year(["It was held in Porvasalo."], frozenset({"2030"})) == ["It was held in Porvasalo."]


def test_a_count_of_some_of_the_things_a_text_names_is_a_count_of_them():
    # "How many conformance testing events should the Centre hold every year?"
    text = ("to take part in the conformance testing events organized by the Interoperability Testing Centre, at least "
            "two of which shall be held each year.")
    assert states_wanted(text, NUMBER, "event")
    # "of which" with no number counts nothing
    assert not states_wanted("the events organized in 2030 by the Centre, of which the first was held in May.", NUMBER,
                             "event")


@pytest.mark.parametrize("question, progress", [
    ("Are countries on track to publish 100 key open datasets each by 2031?", True),
    ("Les États sont-ils en bonne voie d'atteindre la cible ?", True),
    ("¿Están los países en camino de cumplir la meta?", True),
    ("Находятся ли страны на пути к достижению цели?", True),
    ("هل البلدان على المسار الصحيح لتحقيق الهدف؟", True),
    ("各国是否有望实现目标？", True),
    ("What is the target for open data sets by 2031?", False),
])
def test_whether_something_is_on_track_asks_how_things_stand_in_six_languages(question, progress):
    assert asks_progress(question) is progress


def test_a_part_of_a_sum_the_question_gives_is_not_stated_by_that_sum_nor_by_a_code():
    question = "Of the USD 46 million the P3 roadmap requests from the Fund, how much exactly will go to the A2 pilot?"
    sentence = "USD 46 million requested from the Digital Commons Fund, mainly for the once-only pilot (A2) and for grants"
    assert not states_wanted(sentence, wanted_fact(question), given=numbers_given(question))
    assert states_wanted("USD 12 million for the once-only pilot (A2)", wanted_fact(question), given=numbers_given(question))
