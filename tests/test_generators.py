"""What every generator offers, and how a chat model's failures become notices (no model needed).

The Generator protocol declares the optional ability to condense a follow-up; a generator without a
model says so by returning None, and the service asks every generator the same way. A failure is
classified by the type of what the client raised, never by the words in its class name.
"""

from __future__ import annotations

import inspect

import httpx
import pytest

import corpus_fixtures as F
from assistant import prompts
from assistant.generators import ExtractiveGenerator, Generator
from assistant.generators.base import GeneratorUnavailable
from assistant.generators.failures import unavailable
from assistant.generators.llm import LLMGenerator
from assistant.requests import Turn

openai = pytest.importorskip("openai", reason="the llm extra is not installed: pip install '.[llm]'")
WHERE = "http://127.0.0.1:9/v1"
REQUEST = httpx.Request("POST", f"{WHERE}/chat/completions")


@pytest.mark.parametrize("generator", [ExtractiveGenerator, LLMGenerator])
def test_every_generator_has_the_protocol_s_members(generator):
    for member in ("claims", "condense"):
        declared = inspect.signature(getattr(Generator, member))
        assert list(inspect.signature(getattr(generator, member)).parameters) == list(declared.parameters), member
    assert isinstance(generator.name, str)


def test_the_extractive_generator_leaves_a_follow_up_to_the_service_s_rule():
    assert ExtractiveGenerator().condense("which agencies lead it?", [Turn("user", "What is UNGIS?")]) is None


def notice(exc: BaseException) -> str:
    made = unavailable(exc, 30.0, WHERE)
    assert isinstance(made, GeneratorUnavailable) and "\n" not in made.notice
    return made.notice


def down(reason: str) -> str:
    return prompts.NOTICE_FALLBACK_ERROR.say("en", reason=reason)


@pytest.mark.parametrize("exc", [
    TimeoutError(), httpx.ReadTimeout("read timed out"), openai.APITimeoutError(request=REQUEST),
], ids=["builtin", "httpx", "openai"])
def test_a_timeout_of_any_client_is_the_timeout_notice(exc):
    assert notice(exc) == prompts.NOTICE_FALLBACK_TIMEOUT.say("en", seconds=30.0)


@pytest.mark.parametrize("exc", [
    ConnectionRefusedError("Connection refused"), httpx.ConnectError("refused"), openai.APIConnectionError(request=REQUEST),
], ids=["builtin", "httpx", "openai"])
def test_a_server_that_does_not_answer_is_named(exc):
    assert notice(exc) == down(f"{WHERE} does not answer")


def test_an_http_error_status_is_named_from_the_response():
    response = httpx.Response(503, request=REQUEST)
    assert notice(openai.InternalServerError("busy", response=response, body=None)) == down(f"{WHERE} answered HTTP 503")
    assert notice(httpx.HTTPStatusError("busy", request=REQUEST, response=response)) == down(f"{WHERE} answered HTTP 503")


def test_the_cause_of_a_wrapped_error_counts():
    try:
        try:
            raise httpx.ConnectTimeout("slow")
        except httpx.ConnectTimeout as inner:
            raise RuntimeError("the chain failed") from inner
    except RuntimeError as outer:
        assert notice(outer) == prompts.NOTICE_FALLBACK_TIMEOUT.say("en", seconds=30.0)


def test_a_class_name_alone_does_not_make_an_error_a_timeout():
    class TimeoutBudgetExceeded(Exception):
        """Not a timeout: a name that merely sounds like one."""

    assert notice(TimeoutBudgetExceeded("the budget is spent")) == down(f"{WHERE}: the budget is spent")


def test_a_failure_notice_is_said_in_the_questions_language():
    made = unavailable(TimeoutError(), 30.0, WHERE)
    assert made.say("fr") == prompts.NOTICE_FALLBACK_TIMEOUT.say("fr", seconds=30.0) and made.say("fr").startswith("Remarque")
    assert made.say("en") == made.notice


def k9_background():
    """The background section of a roadmap: the agenda it serves, its edition and period, then the figures."""
    from corpus import Unit
    from index.hits import Hit

    unit = Unit("roadmap-k9", "1", "K9 roadmap, section 1",
                "The Lismora Agenda commits the Member States of the region to extend affordable broadband "
                "networks to every person, school and enterprise, and action line K9 brings together its "
                "commitments on backbone and access infrastructure. "
                "This roadmap is the first edition prepared under Resolution 48 (Lismora, 2028). "
                "It covers the period 2029-2032. Nine Member States depend on a single submarine cable "
                "for their international connectivity, and five have no national fibre backbone.",
                title="Action Line K9 roadmap", kind="roadmap", section="Background")
    return Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text)


def test_the_extractive_generator_quotes_the_sentence_on_the_question_not_the_one_naming_the_document():
    hit = k9_background()
    idf = {"first": 2.5, "edit": 3.5, "period": 3.2, "cover": 3.5, "roadmap": 2.0, "k9": 2.1}.get
    claims = list(ExtractiveGenerator(idf=lambda term: idf(term, 1.0)).claims(
        "What period does the first edition of the K9 roadmap cover?", [hit]))
    # "roadmap" and "K9" are in the document's title: every sentence of it is about them
    assert [c.text for c in claims] == ["It covers the period 2029-2032."]


def test_asked_when_the_next_one_is_the_sentence_on_one_to_come_is_quoted_not_one_on_what_recurs():
    from corpus import Unit
    from index.hits import Hit

    unit = Unit("roadmap-k9", "7", "K9 roadmap, section 7",
                "Progress is reported each year to the Council.\nThe results of each year are presented at the Forum.\n"
                "The roadmap is updated every two years; its second edition is due in December 2030.",
                title="Action Line K9 roadmap", kind="roadmap")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text)
    for question in ("K9路线图的下一版何时发布？", "La prochaine version paraîtra quand ?"):
        claims = list(ExtractiveGenerator().claims(question, [hit]))
        assert "December 2030" in claims[0].text, question


@pytest.mark.parametrize("question", ["What are roadmaps?", "Что такое дорожные карты?", "什么是路线图？"])
def test_asked_what_a_thing_is_the_sentence_that_says_what_it_is_is_quoted(question):
    """Not "The roadmaps include timeframes, …", which also speaks of roadmaps, in the passage search found."""
    from corpus import bundled_units
    from index.hits import Hit

    unit = next(u for u in bundled_units() if u.id == "itu-wsis-page:roadmaps-1")
    # the passage search found: the paragraph's last sentences
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text[unit.text.index("Direct links"):])
    claims = list(ExtractiveGenerator().claims(question, [hit]))
    assert "Roadmaps are detailed plans" in claims[0].text


def test_the_words_of_a_units_heading_do_not_choose_the_sentence_quoted_from_it():
    """The paragraph is under "WSIS Action Line Roadmaps": every sentence of it is on roadmaps of action lines, and the
    one naming them twice does not answer what the roadmaps include."""
    from corpus import bundled_units
    from index.hits import Hit

    unit = next(u for u in bundled_units() if u.id == "itu-wsis-page:roadmaps-1")
    assert unit.heading == "WSIS Action Line Roadmaps"
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text[unit.text.index("The roadmaps include"):])
    idf = {"roadmap": 1.0, "includ": 2.38, "action": 1.45, "line": 1.45}.get
    claims = list(ExtractiveGenerator(idf=lambda term: idf(term, 1.0)).claims(
        "What elements does each of ITU's action line roadmaps include?", [hit]))
    assert claims[0].text.startswith("The roadmaps include timeframes, expected results")


def test_the_verb_a_request_opens_with_does_not_choose_the_sentence_quoted():
    from corpus import bundled_units
    from index.hits import Hit

    unit = next(u for u in bundled_units() if u.id == "itu-wsis-page:roadmaps-1")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text)
    # "list" is the request's, not the roadmaps' "list relevant partners"
    claims = list(ExtractiveGenerator(idf=lambda term: {"list": 3.5, "facilit": 2.0}.get(term, 1.0)).claims(
        "List the action lines ITU facilitates alone, with their titles.", [hit]))
    assert "Information and Communication Infrastructure" in claims[0].text


def test_a_verbs_past_form_is_the_verb_when_a_sentence_is_chosen_to_quote():
    from corpus import Unit
    from index.hits import Hit

    unit = Unit("itu-wsis-page", "tais-112-115", "TAIS §§112–115",
                "§ 112 to § 115 of TAIS – calling for periodic evaluation using appropriate indicators and benchmarking "
                "to track global progress; developing ICT indicators, measuring the digital divide; efforts by the "
                "Partnership on Measuring ICT for Development; ICT Indices which will build upon the common set of core "
                "ICT indicators as they were defined within the Partnership on Measuring the ICT for Development",
                title="ITU and WSIS page")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text)
    # "built" is "build": the sentence on what the indices build upon answers, not the one before it on indicators
    claims = list(ExtractiveGenerator().claims("On what will the ICT indices be built?", [hit]))
    assert [c.text for c in claims][0].startswith("ICT Indices which will build upon the common set of core ICT")


def test_the_words_a_question_in_another_language_calls_a_roadmap_by_do_not_choose_the_quote():
    from corpus import Unit
    from index.hits import Hit

    unit = Unit("roadmap-k9", "4", "K9 roadmap, section 4",
                "The roadmap aims to help Member States achieve the following targets:\n"
                "1. an operational internet exchange point in at least 12 of the 15 Member States by 2030;\n"
                "2. a second international route, by submarine cable or satellite, for every Member State by 2032.",
                title="Action Line K9 roadmap", kind="roadmap", section="Targets")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text)
    idf = {"internet": 2.2, "rout": 3.8, "point": 2.0}.get
    claims = list(ExtractiveGenerator(idf=lambda term: idf(term, 1.0)).claims(
        "Combien de points d'échange Internet la feuille de route K9 vise-t-elle ?", [hit]))
    # "route" of "feuille de route" names the document, not a cable's route
    assert "internet exchange point" in claims[0].text and "route" not in claims[0].text


def test_what_a_sentence_splitter_leaves_of_a_reference_is_never_quoted_as_the_answer():
    from corpus import Unit
    from index.hits import Hit

    text = ("Council WG-WSIS: The WG-WSIS was created in 2002 (see Resolution 1196). In October 2010, PP 10 endorsed the "
            "work of the Council Working Group on WSIS, requesting the Council to maintain it for membership input and "
            "guidance on the ITU implementation of relevant WSIS outcomes and on adapting ITU to its role in building "
            "the information society. (Res. ). For more information see the CWG-WSIS website.")
    unit = Unit("page", "council-wg-1", "ITU page — Council Working Groups ¶1", text, title="ITU page", kind="page")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage="(Res. ).")
    claims = list(ExtractiveGenerator().claims("¿Cuál es el papel del Grupo de Trabajo del Consejo?", [hit]))
    assert claims and all("(Res. )" not in c.text for c in claims)


def test_a_long_table_asked_for_by_its_section_gives_its_rows_on_the_question_or_the_first_that_fit():
    from corpus import Unit
    from index.hits import Hit

    rows = [f"K9.{n} | Activity number {n} on {topic} | Development Bureau | Regulators Network and operators of the "
            f"region | 2029-2031 | An output on {topic} published for every Member State of the region" for n, topic in
            enumerate(["exchange points", "fibre", "cable repair ships", "schools", "spectrum", "skills", "tariffs",
                       "backbones", "satellites", "indicators"], start=1)]
    text = "\n".join(["The activities of the roadmap are set out in the table below.",
                      "No. | Activity | Lead | Partners | Timeline | Output", *rows])
    unit = Unit("roadmap-k9", "5", "K9 roadmap, section 5", text, title="Action Line K9 roadmap", kind="roadmap")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=text, named=True)

    on_ships = list(ExtractiveGenerator().claims("What does section 5 of the K9 roadmap say about cable repair ships?", [hit]))
    assert [c.text for c in on_ships] == [*text.split("\n")[:2], rows[2]]
    assert on_ships[0].items == ("K9.1", "K9.10") and on_ships[0].items_on_question

    whole = list(ExtractiveGenerator().claims("What does section 5 of the K9 roadmap list?", [hit]))
    shown = [c.text for c in whole][2:]
    assert shown == rows[: len(shown)] and 1 < len(shown) < len(rows)  # the first rows, as many as fit
    assert sum(len(c.text) for c in whole) <= 1500 and not whole[0].items_on_question


def test_a_field_shared_by_entries_is_quoted_under_each_entry_it_belongs_to():
    from corpus import Unit
    from index.hits import Hit

    entries = [("K1 Policy and regulatory environment", "Telecommunication Union"),
               ("K3 Digital skills and capacity building", "Regional Education and Science Organization"),
               ("K5 Digital public services", "Regional Economic Commission"),
               ("K6 Local content, languages and culture", "Regional Education and Science Organization"),
               ("K8 Measurement and indicators", "Statistical Office, with the Telecommunication Union")]
    text = "\n".join(["Action lines of the Agenda and their facilitators",
                      *(f"{line}\nFacilitators: {who}" for line, who in entries),
                      "Where two bodies are named, the first is the lead facilitator and the second the co-facilitator."])
    unit = Unit("agenda", "annex", "Agenda, Annex", text, title="Lismora Agenda", kind="agenda")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=text)
    claims = list(ExtractiveGenerator().claims(
        "Which action lines are facilitated by the Regional Education and Science Organization?", [hit]))
    # "Facilitators: …" alone says not of what; each of the two entries it belongs to comes with it
    assert [c.text for c in claims] == [
        "K3 Digital skills and capacity building\nFacilitators: Regional Education and Science Organization",
        "K6 Local content, languages and culture\nFacilitators: Regional Education and Science Organization"]
    assert all(c.text in text for c in claims)  # quote-true


def test_an_entry_asked_for_by_its_code_is_quoted_with_its_fields_not_the_list_s_title():
    from corpus import Unit
    from index.hits import Hit

    text = "\n".join(["Action lines of the Agenda and their facilitators",
                      "K1 Policy and regulatory environment", "Facilitators: Telecommunication Union",
                      "K3 Digital skills and capacity building", "Facilitators: Regional Education and Science Organization",
                      "K7 Digital technologies for the environment", "Facilitators: Environment Programme"])
    unit = Unit("agenda", "annex", "Agenda, Annex", text, title="Lismora Agenda", kind="agenda")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=text)
    # the title holds "action line" and "facilitators", every word of the question but the code asked for
    claims = list(ExtractiveGenerator().claims("Who facilitates action line K3?", [hit]))
    assert [c.text for c in claims] == ["K3 Digital skills and capacity building\nFacilitators: Regional Education and "
                                        "Science Organization"]


def test_a_table_row_asked_for_by_its_code_is_quoted_under_the_header_alone():
    from corpus import Unit
    from index.hits import Hit

    text = "Action line | Possible moderators\nC2. Infrastructure | The lead agency\nC5. Building confidence | ITU"
    unit = Unit("tais", "annex", "Tunis Agenda, Annex", text, title="Tunis Agenda for the Information Society", kind="agenda")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=text)
    claims = list(ExtractiveGenerator().claims("Who are the possible moderators for action line C5?", [hit]))
    # "C5. Building confidence" is an entry's code and its name, not a sentence "C5." and another
    assert [c.text for c in claims] == ["Action line | Possible moderators", "C5. Building confidence | ITU"]


@pytest.mark.parametrize("question", [
    "How many new internet exchange points will the plan support?",
    "Combien de nouveaux points d'échange Internet le plan soutiendra-t-il ?",
    "¿Cuántos nuevos puntos de intercambio de Internet apoyará el plan?",
    "كم عدد نقاط تبادل الإنترنت الجديدة التي سيدعمها الخطة؟",
    "该计划将支持多少个新的互联网交换点？",
])
def test_a_question_in_any_language_quotes_the_table_row_on_it_not_the_first_row_with_a_number(question):
    from corpus import Unit
    from index.hits import Hit

    text = ("The activities are set out in the table below.\nNo. | Activity | Timeline | Output\n"
            "1 | Regional infrastructure map | 2029 | Open map of backbone networks and exchange points\n"
            "2 | Support for new internet exchange points | 2029-2030 | Ten new exchange points\n"
            "3 | Cross-border fibre programme | 2030 | Four new links")
    unit = Unit("plan", "5", "Plan, section 5", text, title="Connectivity plan", kind="roadmap")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=text)
    claims = list(ExtractiveGenerator().claims(question, [hit]))
    # a number and "exchange points" are in both rows: the question's other words, read in English, tell them apart
    assert claims[-1].text.endswith("Ten new exchange points")


PARAGRAPH_50 = "\n".join(F.PARAGRAPH_50)  # the fixture agenda's §50: a chapeau, items a) to d), i. and ii. under c)


@pytest.mark.parametrize("question", [
    "What does paragraph 50(c) of the Agenda say?",
    "What does item (c) of paragraph 50 say?",
    "Que dit l'alinéa c) du paragraphe 50 ?",
    "¿Qué dice el apartado c) del párrafo 50?",
    "Что говорится в подпункте в) пункта 50?",  # в) is the third letter of a Russian list
    "ماذا تقول الفقرة الفرعية (ج) من الفقرة 50؟",  # ج is the third letter of an Arabic one
    "第50段(c)项说了什么？",
])
def test_a_sub_item_asked_for_by_its_letter_is_quoted_under_its_paragraphs_opening_words(question):
    from corpus import Unit
    from index.hits import Hit

    unit = Unit("agenda", "50", "Agenda §50", PARAGRAPH_50, title="Lismora Agenda", kind="agenda")
    claims = list(ExtractiveGenerator().claims(question, [Hit(unit, 1.0, 0.9, 1.0, PARAGRAPH_50, named=True)]))
    lines = PARAGRAPH_50.split("\n")
    assert [c.text for c in claims] == [lines[0], *lines[3:6]]  # the opening words, c) and the items under it
    assert claims[0].items == ("a", "d")


def test_a_paragraph_without_the_item_asked_for_is_quoted_whole():
    from corpus import Unit
    from index.hits import Hit

    unit = Unit("agenda", "50", "Agenda §50", PARAGRAPH_50, title="Lismora Agenda", kind="agenda")
    claims = list(ExtractiveGenerator().claims("What does paragraph 50(k) say?",
                                               [Hit(unit, 1.0, 0.9, 1.0, PARAGRAPH_50, named=True)]))
    assert [c.text for c in claims] == PARAGRAPH_50.split("\n")


def test_a_list_is_quoted_to_its_last_item_which_ends_with_a_full_stop():
    from corpus import Unit
    from index.hits import Hit

    unit = Unit("roadmap-p9", "5", "P9 roadmap, section 5",
                "By 31 December 2033, the roadmap aims to:\nbring the number of Member States operating a national data "
                "exchange platform to 24;\nput into operation four cross-border once-only services between Member "
                "States;\ntrain 600 public officials in data stewardship.\nProgress is reviewed every year.",
                title="Action Line P9 roadmap", kind="roadmap")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text)
    claims = list(ExtractiveGenerator().claims("What does the P9 roadmap aim to do by the end of 2033?", [hit]))
    assert [c.text for c in claims] == [
        "By 31 December 2033, the roadmap aims to:",
        "bring the number of Member States operating a national data exchange platform to 24;",
        "put into operation four cross-border once-only services between Member States;",
        "train 600 public officials in data stewardship.",
    ]


def test_asked_how_many_countries_in_another_language_the_sentence_counting_member_states_is_quoted():
    claims = list(ExtractiveGenerator().claims(
        "Combien de pays de la région ne disposent que d'une seule liaison sous-marine ?", [k9_background()]))
    # a span of years is a figure too, but it counts no countries: the texts count them as Member States
    assert [c.text for c in claims] == ["Nine Member States depend on a single submarine cable for their international "
                                        "connectivity, and five have no national fibre backbone."]

PARTNERS = ("The following partners have agreed to lead or support activities of this roadmap: Lismora Telecom Operators "
            "Group, co-facilitator (network deployment); Lismora Health Organization (standards for connected health "
            "facilities); Regional Telemedicine Hub (testing of equipment and training of technicians); Lismora "
            "Investment Bank (financing). Partners contribute staff and expertise in kind. Others may join by writing "
            "to the focal point named in section 10, who keeps the list up to date and "
            "publishes it with each edition of the roadmap.")


def test_a_list_run_into_one_line_is_quoted_whole_when_the_question_asks_for_a_list():
    from corpus import Unit
    from index.hits import Hit

    # a PDF's bullets leave the items on one line, after the introduction, ended by semicolons
    unit = Unit("roadmap-k9", "4", "K9 roadmap, section 4", PARTNERS, title="Action Line K9 roadmap", kind="roadmap")
    hit = Hit(unit, score=1.0, similarity=0.9, lexical=1.0, passage=unit.text)
    listed = [c.text for c in ExtractiveGenerator().claims("Which organizations are partners of the K9 roadmap?", [hit])]
    assert len(listed) == 4 and listed[0].startswith("The following partners") and "Lismora Investment Bank" in listed[3]
    # asked of one of them, the item on it alone
    one = [c.text for c in ExtractiveGenerator().claims("Which partner of the K9 roadmap trains technicians?", [hit])]
    assert one == ["Regional Telemedicine Hub (testing of equipment and training of technicians)"]
