"""The CI quality gate: `wsis eval run SET --fail-under … --fail-over …` must pass for every shipped set.

Each set runs on the index it is written for: the bundled page alone (page, page-heldout and the
multilingual sets), the page with the development family (dev-*: tests/devdocs, on which the answer
constants were calibrated, dev-probe, dev-probe-2 and dev-probe-3 written blind at later stops; multilingual-devdocs,
multilingual-devdocs-2 and multilingual-devdocs-3, the last two written blind, ask of it in the six languages;
dev-probe-4 written blind at stop 41), the page with the second development family (dev2-*: tests/devdocs2, written by a
helper at stop 42 and run blind before any change was made for it), the page with the third (dev4-*: tests/devdocs3,
written by a helper at stop 45, likewise) and the fourth (dev5-*: tests/devdocs4, stop 46, likewise; dev6-kalvora and
dev6-castrell ask of the third and the fourth, dev6-brennmark of the second, written blind at stop 48; dev7-plain asks
of the third in everyday English, written blind at stop 51), the page with
the held-out family (heldout-*, multilingual-heldout-docs: tests/heldout, never tuned on), the page with the fixture
agenda in the six UN languages (multilingual-docs). multilingual-2 to multilingual-6 ask of the page in the six
languages too, written blind.

A "stop 51" line gives a set's figures after that stop read plain words as the texts' terms (and searched by them)
and ranked a version or a first round by its number (benchmarks/README.md); the "measured" lines above it, the
figures before.

The bounds sit 0.03 under what the assistant achieves today (0.05 for one language's questions, of
which there are only 6-16 a set), so a quality regression fails `make test`. When a change improves a
metric, raise its bound here in the same commit, and never lower a held-out bound to let a change in
unseen. A development set's bound for one language was lowered at stop 34 (one question, the same set's figures and
the held-out ones rising): it says so beside it.
"""

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from conftest import PAGE_QUESTIONS

DATASETS = PAGE_QUESTIONS.parent

QUOTABLE_PRECISION = 0.90
"""Issue 16: on the page's sets and the held-out documents' sets, at least nine in ten of an answer's citations point
to a unit that answers. Where the margin under today's figure is less than the usual 0.03, this is the bound."""
QUOTABLE_SETS = ("page", "page-heldout", "multilingual", "multilingual-heldout", "multilingual-2", "multilingual-3",
                 "multilingual-4", "multilingual-5", "multilingual-6", "heldout-agenda", "heldout-resolution",
                 "heldout-roadmap", "multilingual-heldout-docs")


def per_language(**bounds: float) -> dict[str, float]:
    """Citation recall bounds for each language's questions of a multilingual set."""
    return {f"citation_recall@lang:{lang}": bound for lang, bound in bounds.items()}


GATES = [
    # measured: recall@5 0.970, citation recall 0.866, precision 0.914, facts 0.851, refusals 1.0, false refusals 0.045
    ("page", "page", {"recall@5": 0.94, "citation_recall": 0.83, "citation_precision": 0.90, "fact_coverage": 0.82,
                      "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.08}),
    # measured: recall@5 1.0, citation recall 0.875, precision 0.955, facts 0.875, refusals 1.0, false refusals 0.083
    ("page-heldout", "page", {"recall@5": 0.97, "citation_recall": 0.84, "citation_precision": 0.92, "fact_coverage": 0.84,
                              "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.12}),
    # measured: recall@5 0.979, citation recall 0.958 (ar 0.94, en 0.94, es 1.0, fr 0.94, ru 1.0, zh 0.94),
    # precision 0.956, facts 0.943 (0.932 until stop 45 quoted the sentence on what roadmaps include, not the one holding
    # the heading's words), refusals 1.0, false refusals 0.010 (ar 0.88 until stop 44 read "الفترة" as the
    # period, not "ألف", a thousand; French 1.0 until stop 37 put the dictionary's
    # English words in a question's vector: "Où le déclarer …" now ranks the page's list of outcome documents first;
    # precision 0.935 while the dictionary read "برنامج عمل تونس", the Tunis Agenda, as "programme" and "action")
    ("multilingual", "page", {"recall@5": 0.94, "citation_recall": 0.92, "citation_precision": 0.92, "fact_coverage": 0.91,
                              "refusal_accuracy": 0.97, **per_language(ar=0.89, en=0.89, es=0.95, fr=0.89, ru=0.95, zh=0.89)},
     {"false_refusal_rate": 0.05}),
    # measured: recall@5 0.976, citation recall 0.881 (ar 1.0, the rest 0.86), precision 0.902, facts 0.881, refusals
    # 0.833, false refusals 0.024 (citation recall 0.786 and precision 0.892 until stop 44 read "PP-10" as 2010;
    # 0.762 and 0.865, zh 0.71, until stop 37)
    # stop 52: refusals 1.0 (its French and Russian orders to the assistant are refused since the guard reads the same
    # orders said in other words: tests/test_guard.py, written without reading this set's)
    ("multilingual-heldout", "page", {"recall@5": 0.94, "citation_recall": 0.85, "citation_precision": 0.90,
                                      "fact_coverage": 0.85, "refusal_accuracy": 0.97,
                                      **per_language(ar=0.95, en=0.81, es=0.81, fr=0.81, ru=0.81, zh=0.81)},
     {"false_refusal_rate": 0.06}),
    # measured: recall@5 1.0, citation recall 1.0 (every language), precision 1.0, facts 1.0, refusals 1.0, false
    # refusals 0.0. Written at stop 38 and committed before its first, blind run: recall@5 0.976, citation recall 0.857
    # (ru 0.71), precision 0.842, facts 0.857, refusals 0.750, false refusals 0.024. Its failures chose that stop's
    # changes, so these figures are a development set's, not a held-out one's
    ("multilingual-2", "page", {"recall@5": 0.97, "citation_recall": 0.97, "citation_precision": 0.97, "fact_coverage": 0.97,
                                "refusal_accuracy": 0.95, **per_language(ar=0.95, en=0.95, es=0.95, fr=0.95, ru=0.95, zh=0.95)},
     {"false_refusal_rate": 0.03}),
    # measured: recall@5 0.976, citation recall 0.929 (ar 0.86, en 0.86, es 1.0, fr 1.0, ru 1.0, zh 0.86), precision
    # 0.976, facts 0.833, refusals 0.917, false refusals 0.024. Written at stop 38 and committed before its first, blind
    # run, which was the same but facts 0.810 and refusals 0.500: its "who chairs …?" was answered in five languages by
    # a text that speaks of no chair, and "be built" did not find "will build upon". Its failures chose those rules, so
    # these figures are a development set's
    ("multilingual-3", "page", {"recall@5": 0.94, "citation_recall": 0.89, "citation_precision": 0.94, "fact_coverage": 0.80,
                                "refusal_accuracy": 0.88, **per_language(ar=0.80, en=0.80, es=0.95, fr=0.95, ru=0.95, zh=0.80)},
     {"false_refusal_rate": 0.06}),
    # measured: recall@5 1.0, citation recall 0.952 (ar 0.71, the rest 1.0), precision 1.0, facts 0.929, refusals
    # 1.0 (0.750 until stop 41 asked a text to name countries for "quels pays", "ما البلدان", "哪些国家"), false refusals
    # 0.048. Written at stop 40 and committed before its first, blind run: citation recall 0.833 (es, fr, ru 0.86:
    # "quelles trois grandes orientations" asked of "three"), precision 1.0, facts 0.809, refusals 0.667, false refusals
    # 0.167. Its failures chose that stop's changes, so these figures are a development set's
    ("multilingual-4", "page", {"recall@5": 0.97, "citation_recall": 0.92, "citation_precision": 0.97, "fact_coverage": 0.89,
                                "refusal_accuracy": 0.97, **per_language(ar=0.66, en=0.95, es=0.95, fr=0.95, ru=0.95, zh=0.95)},
     {"false_refusal_rate": 0.08}),
    # measured: recall@5 1.0, citation recall 0.972 (es 0.83, the rest 1.0), precision 1.0, facts 0.972, refusals 0.917,
    # false refusals 0.028. Written at stop 41 and committed before its first, blind run: the same but facts 0.958 and
    # refusals 0.583 (which country, which countries, when the next one is, a date given for another update). Its
    # failures chose that stop's changes, so these figures are a development set's
    ("multilingual-5", "page", {"recall@5": 0.97, "citation_recall": 0.94, "citation_precision": 0.97, "fact_coverage": 0.94,
                                "refusal_accuracy": 0.88, **per_language(ar=0.95, en=0.95, es=0.78, fr=0.95, ru=0.95, zh=0.95)},
     {"false_refusal_rate": 0.06}),
    # measured: recall@5 0.99, citation recall 0.917 (ar 0.625, fr 0.875, the rest 1.0), precision 0.963, facts 0.854,
    # refusals 1.0, false refusals 0.062. Written at stop 44 and committed before its first, blind run: citation
    # recall 0.833, precision 0.936, facts 0.750, refusals 0.667, false refusals 0.125. Its failures chose that stop's
    # changes, so these figures are a development set's
    ("multilingual-6", "page", {"recall@5": 0.96, "citation_recall": 0.88, "citation_precision": 0.93, "fact_coverage": 0.82,
                                "refusal_accuracy": 0.97, **per_language(ar=0.57, en=0.95, es=0.95, fr=0.82, ru=0.95, zh=0.95)},
     {"false_refusal_rate": 0.10}),
    # measured: recall@5 1.0, citation recall 1.0 (every language), precision 1.0, facts 1.0, refusals 1.0,
    # false refusals 0.0
    ("multilingual-docs", "agendas", {"recall@5": 0.97, "citation_recall": 0.97, "citation_precision": 0.97,
                                      "fact_coverage": 0.97, "refusal_accuracy": 0.95,
                                      **per_language(ar=0.95, en=0.95, es=0.95, fr=0.95, ru=0.95, zh=0.95)},
     {"false_refusal_rate": 0.06}),
    # measured: recall@5 0.925, citation recall 0.875, precision 1.0, facts 0.875, refusals 1.0 (0.933 until stop 41 asked
    # a text to name a country for "Which country will host …?"), false refusals 0.125
    # (0.863 and 0.863 until stop 36 held "coverage" by "is covered by")
    ("dev-agenda", "devdocs", {"recall@5": 0.89, "citation_recall": 0.83, "citation_precision": 0.97, "fact_coverage": 0.83,
                               "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.16}),
    # measured: recall@5 0.946, citation recall 0.892, precision 1.0, facts 0.892, refusals 1.0, false refusals 0.108
    # (0.865, 0.970 and 0.865 until stop 39 let a clause naming the K2 roadmap say what the roadmap's own text does not)
    ("dev-resolution", "devdocs", {"recall@5": 0.92, "citation_recall": 0.86, "citation_precision": 0.97,
                                   "fact_coverage": 0.86, "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.14}),
    # measured: recall@5 0.970, citation recall 0.849, precision 0.966, facts 0.838, refusals 0.929 (0.857 until stop 40
    # refused what came of an event the texts only plan: "What changed in the December 2030 edition …?"), false refusals
    # 0.121 (0.818, 0.931 and 0.808 until stop 37 found its Russian question's answer: "Сколько новых точек обмена …")
    ("dev-roadmap", "devdocs", {"recall@5": 0.90, "citation_recall": 0.81, "citation_precision": 0.93, "fact_coverage": 0.80,
                                "refusal_accuracy": 0.89}, {"false_refusal_rate": 0.16}),
    # measured: recall@5 0.95, citation recall 0.917, precision 0.966, facts 0.933, refusals 1.0 (0.917 until stop 43
    # read "24 indicators" as how many, not which), false refusals 0.033 (citation recall 0.900, facts 0.883 and
    # refusals 0.583 on its first, blind run)
    ("dev-probe", "devdocs", {"recall@5": 0.92, "citation_recall": 0.88, "citation_precision": 0.93, "fact_coverage": 0.90,
                              "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.07}),
    # measured: recall@5 0.75, citation recall 0.611, precision 0.938 (0.900 until stop 47 refused a question on the K4
    # co-facilitator it had answered from another unit), facts 0.607, refusals 0.833 (0.750 until stop 40
    # refused the conclusions of a review the texts only plan), false refusals 0.333 (0.306 until stop 47, the same question)
    # (0.569 and 0.565 on its first, blind run): its plain-language paraphrases (no word of the text) are refused, 11 of 12
    # stop 51: citation recall 0.694, precision 0.944, facts 0.690, false refusals 0.250
    ("dev-probe-2", "devdocs", {"recall@5": 0.72, "citation_recall": 0.66, "citation_precision": 0.91, "fact_coverage": 0.65,
                                "refusal_accuracy": 0.80}, {"false_refusal_rate": 0.28}),
    # measured: recall@5 0.927, citation recall 0.949, precision 0.978, facts 1.0, refusals 1.0, false refusals 0.0.
    # Written at stop 40 and committed before its first, blind run: citation recall 0.819, precision 0.975, facts 0.870,
    # refusals 0.800, false refusals 0.130. Its failures chose that stop's changes, so these are a development set's
    ("dev-probe-3", "devdocs", {"recall@5": 0.89, "citation_recall": 0.91, "citation_precision": 0.94, "fact_coverage": 0.97,
                                "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.03}),
    # measured: recall@5 1.0, citation recall 1.0, precision 1.0, facts 1.0, refusals 1.0, false refusals 0.0. Written
    # at stop 41 and committed before its first, blind run: citation recall 0.962, precision 0.962, facts 0.962,
    # refusals 0.818 ("Which countries have received money from the Fund so far?" answered by a decision on what it shall
    # allocate; "Where will the next Marenvik Forum be held?" by "The first Marenvik Forum shall be held in 2028"). Its
    # failures chose that stop's changes, so these figures are a development set's
    ("dev-probe-4", "devdocs", {"recall@5": 0.97, "citation_recall": 0.97, "citation_precision": 0.97, "fact_coverage": 0.97,
                                "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.03}),
    # measured: recall@5 0.900, citation recall 0.967 (ar 1.0, en 1.0, es 1.0, fr 1.0, ru 0.9, zh 0.9), precision 0.983
    # (0.975 until stop 39 held "el Fondo Regional de Conectividad" by the English text's "the Fund"), facts 0.983,
    # refusals 1.0 (0.917 until stop 38 asked a text on who chairs to speak of a chair), false refusals
    # 0.0: the same twelve questions in each language (0.917, ar 0.8 and
    # ru 0.8, until stop 37 put the dictionary's English words in a question's vector; precision was
    # 0.786 while "combien de nouveaux points …" was refused for "nouveaux", a word no English text has; zh 0.6 and
    # fr 0.6 while a named document's units were ranked by word across languages: "K2路线图的联络人是谁？" now
    # gets section 6, nearer by 0.004 than section 9; facts 0.900 while a table's row was quoted for "كم عدد نقاط
    # تبادل الإنترنت الجديدة" by no word of the question: the first row with a number)
    ("multilingual-devdocs", "devdocs", {"recall@5": 0.86, "citation_recall": 0.93, "citation_precision": 0.95,
                                         "fact_coverage": 0.95, "refusal_accuracy": 0.97,
                                         **per_language(ar=0.95, en=0.95, es=0.95, fr=0.95, ru=0.85, zh=0.85)},
     {"false_refusal_rate": 0.03}),
    # measured: recall@5 0.944, citation recall 0.815 (ar 0.89, en 0.67, es 0.89, fr 0.78, ru 0.78, zh 0.89), precision
    # 0.936, facts 0.815, false refusals 0.130 (0.796, 0.935, 0.796 and 0.148, zh 0.78, until stop 48 counted "国家" as the
    # first thing it stands for that the text names, not any of them; 0.778, 0.933, 0.778 and 0.167, fr 0.67, until stop 47
    # read "Combien de pays" as a count of countries, not a sum of money: "pays" is no form of "payer"). Stop 46:
    # precision 0.933 (0.922 until stop 39 read the Russian "обслуживания" as "services" too, not "serve" alone), facts 0.778,
    # refusals 1.0, false refusals 0.167 (0.741, 0.919, 0.741 and 0.204, ar 0.78 and zh 0.67, until
    # stop 37 put the dictionary's English words in a question's vector; 0.676, 0.822, 0.676, 0.400 and 0.167 on its first, blind
    # run): fourteen questions asked in each language; near misses in other languages than English were answered (0.867
    # while "combien de membres siègent au Comité d'évaluation technique" took a date for a count, 0.967 while "paragraphs 13
    # and 15" counted 15 things). Precision 0.886 and false refusals 0.185 while the Spanish "integran" was read as the
    # texts' "integral": its board-size question now finds no unit giving a count of the Board, not a wrong one.
    # Chinese's bound was 0.73 until stop 34 read what "多少" counts in English: its single-cable question, answered
    # from the right unit without the figure, is refused as the English one is (no number of countries there), while
    # Spanish gained it and the held-out documents' set gained in precision and French: lowered with that change
    # stop 51: citation recall 0.833, precision 0.938, facts 0.833, false refusals 0.111
    # stop 52: citation recall 0.852 (ar 1.0), precision 0.939, facts 0.852, false refusals 0.093
    ("multilingual-devdocs-2", "devdocs", {"recall@5": 0.90, "citation_recall": 0.82, "citation_precision": 0.90,
                                           "fact_coverage": 0.82, "refusal_accuracy": 0.95,
                                           **per_language(ar=0.97, en=0.62, es=0.84, fr=0.72, ru=0.73, zh=0.84)},
     {"false_refusal_rate": 0.13}),
    # measured: recall@5 1.0, citation recall 0.917 (en and zh 0.75, the rest 1.0), precision 0.957, facts 0.917,
    # refusals 1.0 (0.833 while the folded Russian "какой" and the Arabic "ما الغرامة التي" were not read as "which
    # fine"), false refusals 0.042. Written at
    # stop 40 and committed before its first, blind run: the same but precision 0.917, refusals 0.667 and false refusals
    # 0.0 ("What share …?" was answered by "Four professional staff"; now refused in English). Its failures chose that
    # stop's changes, so these figures are a development set's
    ("multilingual-devdocs-3", "devdocs", {"recall@5": 0.97, "citation_recall": 0.88, "citation_precision": 0.92,
                                           "fact_coverage": 0.88, "refusal_accuracy": 0.97,
                                           **per_language(ar=0.95, en=0.70, es=0.95, fr=0.95, ru=0.95, zh=0.70)},
     {"false_refusal_rate": 0.07}),
    # The second development family (tests/devdocs2: a PDF agenda, an HTML resolution, a DOCX roadmap), its four sets
    # written by a helper that never ran the assistant nor read its code, committed before their first, blind run at
    # stop 42. Their failures chose that stop's changes, so these figures are a development set's.
    # measured: recall@5 0.855, citation recall 0.804, precision 0.947, facts 0.804 (0.790, 0.930, 0.790 until stop 47
    # read "did the Agenda …" as asking of the one agenda held), refusals 1.0 (0.700 until stop 43
    # asked an interest rate as a per cent, a city of 2030 of a sentence on 2031 and what the host country pledged of a
    # text naming it), false refusals 0.174 (0.217 until stop 45 read "how many people" as naming no kind of person) (blind:
    # 0.659, 0.922, 0.659, 0.700 and 0.261: "Tiravel Statement1" was no name a question uses, "how many core
    # indicators" counted "core", "100 Mbit/s" was no text's "100 megabits per second")
    ("dev2-agenda", "devdocs2", {"recall@5": 0.82, "citation_recall": 0.77, "citation_precision": 0.91, "fact_coverage": 0.77,
                                 "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.20}),
    # measured: recall@5 0.977, citation recall 0.795, precision 0.947, facts 0.795, refusals 1.0 (0.625 until stop 43
    # read "its first eleven projects" as how many, not which, "how much … charge" as a charge, and "how many staff" of a
    # table counting platforms as no count of staff), false refusals 0.136
    # (blind: 0.727, 0.944, 0.727, 0.625 and 0.182: "cost on average 6.4 per cent … in 2029" was not read as a figure
    # as it stood, "What is asked of Sector Members and academia …?" got one clause of the part addressing them)
    # stop 51: citation recall 0.841, precision 0.950, facts 0.841, false refusals 0.091
    ("dev2-resolution", "devdocs2", {"recall@5": 0.94, "citation_recall": 0.81, "citation_precision": 0.92,
                                     "fact_coverage": 0.81, "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.13}),
    # measured: recall@5 0.944, citation recall 0.907, precision 0.980, facts 0.907, refusals 0.750 (0.625, as on its
    # blind run, until stop 43 read "five Member States" as how many, not which), false refusals 0.056 (0.796, 0.978,
    # 0.796 and 0.167, as on its blind run, until stop 43 read "by the end of 2033" as the year, quoted a list to its
    # last item and answered where the mid-term review "of the Brennmark Agenda" was held from the roadmap reporting it)
    ("dev2-roadmap", "devdocs2", {"recall@5": 0.91, "citation_recall": 0.87, "citation_precision": 0.95, "fact_coverage": 0.87,
                                  "refusal_accuracy": 0.72}, {"false_refusal_rate": 0.09}),
    # measured: recall@5 0.935, citation recall 0.848 (ar 1.0, en 0.88, es 1.0, fr 0.67, ru 0.75, zh 0.75), precision
    # 0.952, facts 0.804, refusals 1.0, false refusals 0.087 (blind: 0.783, 0.947, 0.739, 0.571 and 0.174: "第三届…将在
    # 哪个城市举行?" and "¿Cuántos … se habían formado a finales de 2031?" were answered by a plan, "l'Université de
    # Tallmoor" was not looked for)
    ("dev2-multilingual", "devdocs2", {"recall@5": 0.90, "citation_recall": 0.81, "citation_precision": 0.92,
                                       "fact_coverage": 0.77, "refusal_accuracy": 0.97,
                                       **per_language(ar=0.95, en=0.83, es=0.95, fr=0.62, ru=0.70, zh=0.70)},
     {"false_refusal_rate": 0.12}),
    # measured: recall@5 0.925, citation recall 0.798, precision 0.925 (0.902 until stop 45), facts 0.798, refusals 0.933
    # (0.667 until stop 38
    # asked a text on who chairs to speak of a chair, 0.733 until stop 41 looked for a time asked for in the sentence on
    # what is asked and for a place named where a place is asked, 0.867 until stop 42 read "which city" as asking where),
    # false refusals 0.149 (0.128 until stop 45 refused "…, and on what date?" after a refused part: a wrong answer
    # became a refusal)
    ("heldout-agenda", "heldout", {"recall@5": 0.89, "citation_recall": 0.76, "citation_precision": 0.90,
                                   "fact_coverage": 0.76, "refusal_accuracy": 0.90}, {"false_refusal_rate": 0.17}),
    # measured: recall@5 0.930, citation recall 0.756, precision 0.922, facts 0.756, refusals 0.867, false refusals 0.163
    ("heldout-resolution", "heldout", {"recall@5": 0.89, "citation_recall": 0.72, "citation_precision": 0.90,
                                       "fact_coverage": 0.72, "refusal_accuracy": 0.83}, {"false_refusal_rate": 0.20}),
    # measured: recall@5 0.987, citation recall 0.923, precision 0.980 (0.954 until stop 43: one answer citing another
    # unit is refused since a table's cells count only what their rows name), facts 0.833, refusals 0.733 (0.667 until
    # stop 38 asked a text on who chairs to speak of a chair; 0.800 since stop 44 asked a text on the results of
    # something to speak of what came about), false refusals 0.051 (0.026 until stop 43: that answer)
    ("heldout-roadmap", "heldout", {"recall@5": 0.95, "citation_recall": 0.89, "citation_precision": 0.95,
                                    "fact_coverage": 0.80, "refusal_accuracy": 0.77}, {"false_refusal_rate": 0.06}),
    # measured: recall@5 0.938, citation recall 0.857 (ar 0.8, en 0.844, es 0.9, fr 1.0, ru 1.0, zh 0.7), precision
    # 0.935 (0.917 until stop 45), facts 0.833, refusals 1.0, false refusals 0.107 (0.089 until stop 45 refused "…, and on
    # what date?" after a refused part, one that its top unit answered). Citation recall 0.848 and facts 0.824, fr 0.88,
    # until stop 49 no longer asked "…, et à quelle date a-t-il réellement commencé ses activités ?" of the resolution
    # the part before names. Written at stop 44 and committed before its first, blind run: the same but refusals 0.625.
    # Its failures chose that stop's changes, so these are a development set's figures
    # stop 51: citation recall 0.893, precision 0.938, facts 0.869, false refusals 0.071
    ("dev3-docs", "devdocs2", {"recall@5": 0.90, "citation_recall": 0.86, "citation_precision": 0.90, "fact_coverage": 0.83,
                               "refusal_accuracy": 0.97, **per_language(ar=0.75, en=0.81, es=0.85, fr=0.95, ru=0.75, zh=0.65)},
     {"false_refusal_rate": 0.11}),
    # The third development family (tests/devdocs3: a DOCX agenda, a PDF resolution, an HTML roadmap of the Ostreva
    # Telecommunication Union), its four sets written by a helper at stop 45 and committed before their first, blind run
    # (right unit / precision / facts / refusals / false refusals then: agenda 0.778 / 0.927 / 0.789 / 0.889 / 0.089,
    # resolution 0.929 / 1.0 / 0.943 / 0.75 / 0.029, roadmap 0.814 / 0.896 / 0.686 / 0.429 / 0.114, multilingual 0.889 /
    # 0.830 / 0.889 / 0.5 / 0.028). Their failures chose that stop's changes, so these are a development set's figures.
    # measured: recall@5 0.967, citation recall 0.867, precision 0.964, facts 0.867, refusals 1.0, false refusals 0.067
    # (0.822 / 0.963 / 0.833 until stop 47: a past form is the verb, "to be held" of "to hold a mid-term review"; 0.844 /
    # 0.963 / 0.844 / 0.089 until stop 48 read losses "estimated at" after a past verb as a figure to come)
    # stop 51: citation recall 0.889, precision 0.965, facts 0.889, false refusals 0.044
    ("dev4-agenda", "devdocs3", {"recall@5": 0.93, "citation_recall": 0.85, "citation_precision": 0.93, "fact_coverage": 0.85,
                                 "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.08}),
    # measured: recall@5 1.0, citation recall 0.929, precision 0.985 (1.0 until stop 48: "what kind of fund" asks for a
    # fund, and a second clause on the roster now joins), facts 0.943, refusals 0.75, false refusals 0.029
    # stop 51: citation recall 0.957, precision 0.986, facts 0.971, false refusals 0.000
    # stop 53: refusals 0.875 ("What is the target amount of …?" asks for a figure)
    ("dev4-resolution", "devdocs3", {"recall@5": 0.97, "citation_recall": 0.92, "citation_precision": 0.97,
                                     "fact_coverage": 0.94, "refusal_accuracy": 0.84}, {"false_refusal_rate": 0.03}),
    # measured: recall@5 0.886, citation recall 0.886, precision 0.931, facts 0.757, refusals 0.571, false refusals 0.086
    # (0.814 / 0.896 / 0.714 / 0.114 until stop 47 held "how many countries" by a count of Member States; 0.843 / 0.900
    # until stop 48: the two-part question on the current edition cites its introduction; 0.871 / 0.743 until stop 49
    # asked a part before the one naming a document of every document, when that one says less of it)
    ("dev4-roadmap", "devdocs3", {"recall@5": 0.85, "citation_recall": 0.85, "citation_precision": 0.90,
                                  "fact_coverage": 0.72, "refusal_accuracy": 0.54}, {"false_refusal_rate": 0.12}),
    # measured: recall@5 0.931, citation recall 0.944 (ar 0.833, en 0.917, es 1.0, fr 1.0, ru 0.917, zh 1.0), precision
    # 0.881 (0.867 until stop 48 read "خطة عمل كالفورا" as the Kalvora Agenda), facts 0.944, refusals 0.833, false
    # refusals 0.0 (0.917 / 0.858 / 0.917 / 0.028, ru 0.75, until stop 47 read "В какой срок" as the time allowed, which
    # "within 72 hours" states)
    # stop 52: citation recall 0.972 (ar 1.0), precision 0.908, facts 0.972
    ("dev4-multilingual", "devdocs3", {"recall@5": 0.90, "citation_recall": 0.94, "citation_precision": 0.87,
                                       "fact_coverage": 0.94, "refusal_accuracy": 0.63,
                                       **per_language(ar=0.97, en=0.86, es=0.95, fr=0.95, ru=0.86, zh=0.95)},
     {"false_refusal_rate": 0.03}),
    # The fourth development family (tests/devdocs4: an HTML agenda, a resolution as text copied out of its PDF, a PDF
    # roadmap with tables, of the Halcyra Digital Union), its four sets written by a helper at stop 46 and committed
    # before their first, blind run (right unit / precision / facts / refusals / false refusals then: agenda 0.810 /
    # 0.940 / 0.822 / 0.700 / 0.138, resolution 0.905 / 0.975 / 0.905 / 0.889 / 0.048, roadmap 0.800 / 0.923 / 0.693 /
    # 0.667 / 0.114, multilingual 0.614 / 0.778 / 0.643 / 0.333 / 0.143). Their failures chose that stop's changes, so
    # these are a development set's figures.
    # measured: recall@5 0.983, citation recall 0.905, precision 0.962, facts 0.905, refusals 1.0, false refusals 0.086
    # (0.862 / 0.962 / 0.874 / 0.103 until stop 47: the Agenda's own §21 on its target, not the roadmap's sentence naming it)
    # stop 51: citation recall 0.922, precision 0.963, facts 0.922, false refusals 0.069
    ("dev5-agenda", "devdocs4", {"recall@5": 0.95, "citation_recall": 0.89, "citation_precision": 0.93, "fact_coverage": 0.89,
                                 "refusal_accuracy": 0.97}, {"false_refusal_rate": 0.10}),
    # measured: recall@5 1.0, citation recall 0.941, precision 0.976, facts 0.941, refusals 0.889, false refusals 0.024
    # stop 51: citation recall 0.988, precision 1.000, facts 0.988, false refusals 0.000
    ("dev5-resolution", "devdocs4", {"recall@5": 0.97, "citation_recall": 0.95, "citation_precision": 0.97,
                                     "fact_coverage": 0.95, "refusal_accuracy": 0.86}, {"false_refusal_rate": 0.03}),
    # measured: recall@5 0.951, citation recall 0.866, precision 0.964, facts 0.848 (0.805 until stop 47 quoted every
    # partner of a list the PDF's bullets left on one line), refusals 0.778, false refusals 0.073 (0.842 / 0.963 / 0.823 /
    # 0.098 until stop 48: "what kinds of places" asks for places)
    # stop 51: citation recall 0.890, precision 0.965, facts 0.872, false refusals 0.049
    ("dev5-roadmap", "devdocs4", {"recall@5": 0.92, "citation_recall": 0.86, "citation_precision": 0.93,
                                  "fact_coverage": 0.84, "refusal_accuracy": 0.75}, {"false_refusal_rate": 0.08}),
    # measured: recall@5 0.903, citation recall 0.819 (ar 0.667, en 1.0, es 0.833, fr 0.833, ru 0.833, zh 0.75),
    # precision 0.892, facts 0.833, refusals 0.667, false refusals 0.056 (0.778 / 0.848 / 0.792, en 0.917, ru 0.667, until
    # stop 47 read "one hospital in six" as a share and "did the Agenda …" as asking of the one agenda held)
    ("dev5-multilingual", "devdocs4", {"recall@5": 0.87, "citation_recall": 0.78, "citation_precision": 0.86,
                                       "fact_coverage": 0.80, "refusal_accuracy": 0.63,
                                       **per_language(ar=0.61, en=0.95, es=0.78, fr=0.78, ru=0.78, zh=0.70)},
     {"false_refusal_rate": 0.09}),
    # Three blind sets on the second, third and fourth families (stop 48): written by helpers that saw neither the code
    # nor a run, committed before their first run (e3fffdf, 8d3b6af), 56 questions each, 24 of them in the five other
    # languages. Blind run (right unit / precision / facts / refusals / false refusals): castrell 0.807 / 0.863 / 0.807 /
    # 0.500 / 0.136, kalvora 0.750 / 0.833 / 0.727 / 0.750 / 0.114, brennmark (after the first two had been worked on)
    # 0.682 / 0.841 / 0.636 / 0.750 / 0.159. Their failures chose that stop's changes: a development set's figures now.
    # measured: recall@5 0.886, citation recall 0.727 (ar 0.625, en 0.78, es 0.875, fr 0.625, ru 0.375, zh 0.833),
    # precision 0.845, facts 0.682, refusals 0.917, false refusals 0.136 (0.705 / 0.659, en 0.74, until stop 49: "What
    # ceiling did the Summit set …" is answered by the target, and a part before "Resolution 47" by the Agenda)
    # stop 51: citation recall 0.750, precision 0.849, facts 0.705, false refusals 0.114
    ("dev6-brennmark", "devdocs2", {"recall@5": 0.85, "citation_recall": 0.72, "citation_precision": 0.81,
                                    "fact_coverage": 0.67, "refusal_accuracy": 0.88,
                                    **per_language(ar=0.57, en=0.75, es=0.82, fr=0.57, ru=0.32, zh=0.78)},
     {"false_refusal_rate": 0.15}),
    # measured: recall@5 0.932, citation recall 0.807 (ar 0.625, en 0.72, es 1.0, fr 1.0, ru 1.0, zh 1.0), precision
    # 0.863, facts 0.807, refusals 0.667, false refusals 0.136
    ("dev6-castrell", "devdocs4", {"recall@5": 0.90, "citation_recall": 0.78, "citation_precision": 0.83,
                                   "fact_coverage": 0.78, "refusal_accuracy": 0.64,
                                   **per_language(ar=0.57, en=0.69, es=0.95, fr=0.95, ru=0.95, zh=0.95)},
     {"false_refusal_rate": 0.17}),
    # measured: recall@5 0.920, citation recall 0.830 (ar 0.375, en 0.82, es 1.0, fr 1.0, ru 1.0, zh 0.833),
    # precision 0.917, facts 0.807, refusals 0.833, false refusals 0.091 (0.773 / 0.902 / 0.750 / 0.114, en 0.76, es and fr
    # 0.875, until stop 49 read "What deadline did the Agenda give the Fund's Board …" as asking for a time, "selon
    # l'Agenda" as the Agenda, asked "… did the Board actually approve them?" of more than the plan the part before
    # reads, and read a table's "Baseline (December 2032)" column as figures as they stood). Arabic "خطة عمل كالفورا" is
    # the Kalvora Agenda since stop 48: its four Arabic questions no longer cite Resolution 58 beside or instead of it
    # (precision 0.842), but one of them, limited to the Agenda, finds its paragraph just under the gate (ar 0.625,
    # false refusals 0.068)
    # stop 51: citation recall 0.886, precision 0.954, facts 0.864, false refusals 0.091
    # stop 52: citation recall 0.932 (ar 0.875), precision 0.956, facts 0.909, false refusals 0.045
    ("dev6-kalvora", "devdocs3", {"recall@5": 0.89, "citation_recall": 0.90, "citation_precision": 0.92,
                                  "fact_coverage": 0.87, "refusal_accuracy": 0.80,
                                  **per_language(ar=0.84, en=0.79, es=0.95, fr=0.95, ru=0.95, zh=0.78)},
     {"false_refusal_rate": 0.08}),
    # measured: recall@5 0.861, citation recall 0.625, precision 0.821, facts 0.583, refusals 0.875, false refusals 0.222.
    # Everyday English on the third family (stop 51: 44 questions a helper wrote blind from the units alone, committed
    # before any run): 0.361 / 0.643 / 0.347 / 0.875 / 0.417 on the code it was written against, 0.417 / 0.705 / 0.403 /
    # 0.875 / 0.389 with the first plain words read as the texts' terms; its failures chose the rest (0.542 / 0.800 /
    # 0.528 / 0.875 / 0.306 before its plain words were searched by the texts' terms), so these are a development set's
    # figures
    ("dev7-plain", "devdocs3", {"recall@5": 0.83, "citation_recall": 0.59, "citation_precision": 0.79,
                                "fact_coverage": 0.55, "refusal_accuracy": 0.84}, {"false_refusal_rate": 0.26}),
    # measured: recall@5 0.967, citation recall 0.983 (ar 1.0, en 1.0, es 1.0, fr 1.0, ru 1.0, zh 0.9), precision 0.978
    # (0.963 until stop 38, 0.971 until stop 41), facts 0.983, refusals 0.917 (0.583 until stop 38 asked a text on who
    # chairs to speak of a chair: four languages' "who chairs …?"), false refusals 0.0 (0.950 and 0.929, ar 0.9 and zh 0.8,
    # until stop 37 put the dictionary's English words in a question's vector; 0.617 and 0.616 on its first, blind
    # run). French's bound, lowered
    # to 0.85 at stop 33 (its dictionary cost one of ten questions), is 0.95 again since stop 34 regained it. Precision
    # was 0.896 while "the WSDI Forum" did not hold the "World Summit on Digital Inclusion" another clause spelled out
    ("multilingual-heldout-docs", "heldout", {"recall@5": 0.93, "citation_recall": 0.95, "citation_precision": 0.94,
                                              "fact_coverage": 0.95, "refusal_accuracy": 0.88,
                                              **per_language(ar=0.95, en=0.95, es=0.95, fr=0.95, ru=0.95, zh=0.85)},
     {"false_refusal_rate": 0.03}),
]
ALWAYS_OVER = {
    "invented_citations": 0,  # an invented citation is a defect, on any set
    "latency_p95_ms": 2000,  # generous: catches a pathological slowdown, not a busy CI machine
}


@pytest.fixture(scope="module")
def homes(page_home, family_home, agendas_home):
    return {"page": page_home, "devdocs": family_home("devdocs"), "devdocs2": family_home("devdocs2"),
            "devdocs3": family_home("devdocs3"), "devdocs4": family_home("devdocs4"), "heldout": family_home("heldout"),
            "agendas": agendas_home}


@pytest.mark.parametrize("name, home, fail_under, fail_over", GATES, ids=[g[0] for g in GATES])
def test_the_question_sets_pass_the_quality_gate(homes, tmp_path, name, home, fail_under, fail_over):
    args = ["eval", "run", str(DATASETS / f"{name}.jsonl"), "--k", "5", "--home", str(homes[home]), "--out", str(tmp_path)]
    for metric, bound in fail_under.items():
        args += ["--fail-under", f"{metric}={bound}"]
    for metric, bound in {**fail_over, **ALWAYS_OVER}.items():
        args += ["--fail-over", f"{metric}={bound}"]
    result = CliRunner().invoke(app, args, env={"HF_HUB_OFFLINE": "1", "COLUMNS": "200"})
    assert result.exit_code == 0, f"quality gate failed (report in {tmp_path}):\n{result.output}"
    assert "quality gate passed" in result.stdout


def test_the_page_and_held_out_sets_are_gated_at_quotable_precision():
    bounds = {name: under.get("citation_precision", 0.0) for name, _, under, _ in GATES}
    assert {name: bounds.get(name) for name in QUOTABLE_SETS if bounds.get(name, 0.0) < QUOTABLE_PRECISION} == {}
