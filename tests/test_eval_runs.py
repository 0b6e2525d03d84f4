"""Evals for the people who run them: their own sets (JSONL and CSV), every run kept, runs compared,
metrics per language and per document, a gate per language, and a sweep of an answer constant.

The Evals tab's callbacks are called here as Gradio calls them; the browser test is in test_ui.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from evals.compare import compare, render_compare_html
from evals.dataset import (
    TEMPLATE_CSV,
    TEMPLATE_JSONL,
    TEMPLATE_QUESTIONS,
    DatasetError,
    Question,
    load_dataset,
    parse_dataset,
    shipped_datasets,
    to_csv,
)
from evals.gate import gate, parse_bounds, scoped_metrics
from evals.report import render_html
from evals.runner import RunInProgress, run_dataset
from evals.sets import QuestionSets, feedback_drafts, set_name
from evals.store import RunNotFound, RunStore

P = "itu-wsis-page:"
SPECTRUM = "Which paragraph of the Tunis Agenda deals with the radio-frequency spectrum?"
MIXED = [
    {"id": "q-spectrum", "question": SPECTRUM, "expected_citations": [P + "tais-96"],
     "expected_facts": ["radio-frequency spectrum"], "answerable": True, "tags": ["lookup"]},
    {"id": "q-ungis", "question": "What is UNGIS and which agencies lead it?",
     "expected_citations": [P + "tais-103", P + "tais-109"], "expected_facts": ["UNESCO", "UNDP"], "answerable": True,
     "tags": ["list"]},
    {"id": "q-fr-96", "question": "Que dit le paragraphe 96 de l'Agenda de Tunis ?", "expected_citations": [P + "tais-96"],
     "expected_facts": ["radio-frequency spectrum"], "answerable": True, "tags": ["reference"]},
    {"id": "q-cake", "question": "How do I bake a chocolate cake?", "answerable": False, "tags": ["off-topic"], "lang": "en"},
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def run_cli(page_home):
    runner = CliRunner()

    def invoke(*args, home=page_home):
        return runner.invoke(app, ["eval", *args, *(["--home", str(home)] if home else [])],
                             env={"HF_HUB_OFFLINE": "1", "COLUMNS": "200"})

    return invoke


def kept_run(output: str) -> int:
    return int(re.search(r"Kept as run #(\d+)", output)[1])


# -- question sets: CSV beside JSON Lines, a language per question -----------------------------------
def test_a_csv_set_is_the_same_questions_as_its_jsonl_with_lists_separated_by_semicolons(tmp_path):
    jsonl = load_dataset(write_jsonl(tmp_path / "mixed.jsonl", MIXED))
    csv_path = tmp_path / "mixed.csv"
    csv_path.write_text(to_csv(jsonl.questions), encoding="utf-8")
    assert "itu-wsis-page:tais-103; itu-wsis-page:tais-109" in csv_path.read_text()
    from_csv = load_dataset(csv_path)
    assert from_csv.questions == jsonl.questions
    assert from_csv.content_hash == jsonl.content_hash, "the hash is of the questions, not of the file's format"
    edited = parse_dataset(csv_path.read_text().replace("UNDP", "UNICEF"), "mixed", "mixed.csv", "csv")
    assert edited.content_hash != jsonl.content_hash


def test_a_csv_cell_may_hold_a_json_array_and_the_template_loads():
    text = ('id,question,expected_citations,expected_facts,answerable,tags\n'
            'q1,What?,"[""itu-wsis-page:tais-96""]","[""a; b"", ""c""]",yes,\n')
    [q] = parse_dataset(text, "x", "x.csv", "csv").questions
    assert q.expected_citations == (P + "tais-96",) and q.expected_facts == ("a; b", "c") and q.answerable
    assert parse_dataset(TEMPLATE_CSV, "t", "t.csv", "csv").questions == TEMPLATE_QUESTIONS
    assert TEMPLATE_CSV.splitlines()[0] == "id,question,expected_citations,expected_facts,answerable,tags,lang"
    assert len(TEMPLATE_CSV.splitlines()) == 3, "the columns and two examples"


def test_a_bad_csv_set_names_every_bad_line_counting_lines_of_multi_line_cells():
    text = ("id,question,expected_citations,answerable,lang\n"
            'q1,"a question\non two lines",tais 96,true,\n'   # lines 2-3
            "q2,x,a:b,maybe,\n"                                 # line 4
            "q3,x,a:b,true,de\n"                                # line 5
            "q4,x,,true,\n"                                     # line 6
            "q5,x,a:b,,\n"                                      # line 7
            "q6,x,a:b,true,en,extra\n")                         # line 8
    with pytest.raises(DatasetError) as error:
        parse_dataset(text, "bad", "bad.csv", "csv")
    message = str(error.value)
    for line, words in [(2, "not a unit id"), (4, "valid boolean"), (5, "six UN languages"),
                        (6, "needs at least one expected citation"), (7, "answerable: Field required"), (8, "6 cells for 5")]:
        assert re.search(rf"bad\.csv:{line}: .*{words}", message), (line, message)
    with pytest.raises(DatasetError, match=r"bad\.csv:1: unknown column 'colour'.*no 'answerable' column"):
        parse_dataset("id,question,colour\nq,x,red\n", "bad", "bad.csv", "csv")


def test_questions_carry_a_language_given_or_detected_and_the_multilingual_sets_load():
    for path in shipped_datasets():
        load_dataset(path)  # every shipped set loads, `lang` and all
    multilingual = load_dataset(next(p for p in shipped_datasets() if p.name == "multilingual.jsonl"))
    assert {q.lang for q in multilingual.questions} == {"ar", "zh", "en", "fr", "ru", "es"}
    assert Question(id="a", question="Que dit le paragraphe 72 ?", answerable=False).language == "fr"
    assert Question(id="a", question="x", answerable=False, lang="ZH").lang == "zh"
    with pytest.raises(ValueError, match="six UN languages"):
        Question(id="a", question="x", answerable=False, lang="de")


# -- the report by language and by document; the gate per language ----------------------------------
@pytest.fixture(scope="module")
def mixed_report(assistant, tmp_path_factory):
    return run_dataset(assistant, write_jsonl(tmp_path_factory.mktemp("mixed") / "mixed.jsonl", MIXED), k=5)


def test_every_metric_is_broken_down_by_language(mixed_report):
    by_id = {q.id: q for q in mixed_report.questions}
    assert by_id["q-fr-96"].lang == "fr" and by_id["q-spectrum"].lang == "en" and by_id["q-cake"].lang == "en"
    assert set(mixed_report.per_lang) == {"en", "fr"}
    assert mixed_report.per_lang["fr"].questions == 1
    assert mixed_report.per_lang["fr"].metrics["citation_recall"] == by_id["q-fr-96"].citation_recall
    assert mixed_report.per_lang["en"].questions == 3
    page = render_html(mixed_report)
    assert "By language" in page and "fr (français)" in page


def test_citation_precision_per_document_counts_the_relevant_citations_of_its_units(mixed_report):
    cited = [c for q in mixed_report.questions if q.answerable for c in q.citations]
    assert cited and all(c.relevant is not None and c.text and c.n for c in cited)
    [(doc, per_doc)] = mixed_report.per_doc.items()
    assert doc == "itu-wsis-page"
    assert per_doc.citations == len(cited) and per_doc.relevant == sum(c.relevant for c in cited)
    assert per_doc.precision == pytest.approx(per_doc.relevant / per_doc.citations, abs=1e-4)
    assert "Citation precision by document" in render_html(mixed_report)


def test_each_failure_says_which_check_failed(mixed_report):
    cake = next(q for q in mixed_report.questions if q.id == "q-cake")
    assert cake.checks["retrieval"] is None and cake.checks["refusal"] is True
    for q in mixed_report.questions:
        assert set(q.checks) == {"retrieval", "citation", "fact", "refusal"}
        assert bool(q.failed_checks) == (not q.passed), q.id


def test_a_bound_may_hold_for_one_language_or_one_tag(mixed_report):
    under = parse_bounds(["citation_recall@lang:fr=0.5", "pass_rate@tag:lookup=1", "mrr=0.1"], "--fail-under")
    assert under == {"citation_recall@lang:fr": 0.5, "pass_rate@tag:lookup": 1.0, "mrr": 0.1}
    scopes = scoped_metrics(mixed_report)
    assert gate(mixed_report.summary.metrics, under, {}, scopes) == []
    missed = gate(mixed_report.summary.metrics, {"citation_recall@lang:fr": 1.01, "pass_rate@lang:zh": 0.5}, {}, scopes)
    assert missed[0].startswith("citation_recall@lang:fr = ") and "below 1.01" in missed[0]
    assert "n/a (no question of lang:zh in the run)" in missed[1]
    for spec, words in [("mrr@lang:de=0.5", "six UN languages"), ("mrr@colour:red=0.5", "lang:CODE or tag:TAG"),
                        ("latency_p95_ms@lang:fr=5", "lower is better")]:
        with pytest.raises(ValueError, match=words):
            parse_bounds([spec], "--fail-under")


def test_eval_run_gates_on_a_language(tmp_path, run_cli):
    path = write_jsonl(tmp_path / "mixed.jsonl", MIXED)
    ok = run_cli("run", str(path), "--out", str(tmp_path / "a"), "--fail-under", "refusal_accuracy@lang:en=1")
    assert ok.exit_code == 0 and "quality gate passed" in ok.stdout, ok.output
    assert "By language" in ok.stdout and "fr (français)" in ok.stdout and "Citation precision by document" in ok.stdout
    missed = run_cli("run", str(path), "--out", str(tmp_path / "b"), "--fail-under", "citation_recall@lang:ru=0.5")
    assert missed.exit_code == 1 and "citation_recall@lang:ru = n/a" in missed.stderr


# -- every run kept -----------------------------------------------------------------------------------
def test_a_kept_run_reads_back_whole_with_what_it_ran_on(tmp_path, mixed_report, assistant):
    store = RunStore.under(tmp_path)
    dataset = load_dataset(write_jsonl(tmp_path / "mixed.jsonl", MIXED))
    report = mixed_report.model_copy(update={"settings": {"min_coverage": 0.5}})
    first = store.add(report, dataset, origin="ui", label="before")
    second = store.add(report, dataset)
    assert store.report(first) == report, "the report and every answer with its citations"
    records = store.runs()
    assert [r.id for r in records] == [second, first], "newest first"
    record = store.record(first)
    info = assistant.index_info()
    assert (record.origin, record.label, record.dataset_hash) == ("ui", "before", dataset.content_hash)
    assert (record.index_units, record.index_model, record.index_built_at) == (info.units, info.model, info.built_at)
    assert record.settings == {"min_coverage": 0.5} and record.metrics == report.summary.metrics
    assert store.answer(first, "q-ungis") == next(q for q in report.questions if q.id == "q-ungis")
    assert store.questions(dataset.content_hash) == list(dataset.questions)
    assert store.datasets() == ["mixed"]
    with pytest.raises(RunNotFound, match="no eval run #999"):
        store.report(999)
    store.delete(second)
    assert [r.id for r in store.runs()] == [first]


def test_eval_run_keeps_the_run_and_eval_runs_lists_it(tmp_path, run_cli, assistant):
    path = write_jsonl(tmp_path / "mixed.jsonl", MIXED)
    result = run_cli("run", str(path), "--out", str(tmp_path / "r"), "--label", "cli test")
    assert result.exit_code == 0, result.output
    run_id = kept_run(result.stdout)
    listed = run_cli("runs", "--json", "--dataset", "mixed")
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    mine = next(r for r in records if r["id"] == run_id)
    assert mine["origin"] == "cli" and mine["label"] == "cli test" and mine["index_units"] == len(assistant.unit_ids())
    assert mine["settings"]["min_coverage"] == assistant.settings.min_coverage and "llm_api_key" not in mine["settings"]
    table = run_cli("runs", "--limit", "3")
    assert f"#{run_id}" in table.stdout and "cli test" in table.stdout
    shown = run_cli("show", str(run_id), "--question", "q-spectrum")
    assert shown.exit_code == 0 and "retrieval: ✓" in shown.stdout and "tais-96" in shown.stdout
    assert run_cli("show", "99999").exit_code == 2


def test_eval_run_takes_a_csv_file_and_a_set_kept_by_name(tmp_path, run_cli, page_home):
    csv_path = tmp_path / "mixed.csv"
    csv_path.write_text(to_csv(load_dataset(write_jsonl(tmp_path / "m.jsonl", MIXED)).questions), encoding="utf-8")
    by_file = run_cli("run", str(csv_path), "--out", str(tmp_path / "a"))
    assert by_file.exit_code == 0, by_file.output
    home = tmp_path / "home"
    QuestionSets.under(home).upload(csv_path.read_text(), "mine.csv")
    listed = run_cli("sets", home=home)
    assert "mine" in listed.stdout and "page" in listed.stdout
    assert (home / "eval-sets" / "mine.jsonl").exists()
    assert run_cli("template", home=None).stdout == TEMPLATE_CSV


def test_compare_takes_run_numbers_and_shows_both_answers_of_a_flipped_question(tmp_path, run_cli, mixed_report, page_home):
    store = RunStore.under(page_home)

    def flipped(report, passed):
        rows = [q.model_copy(update={"passed": passed, "failures": [] if passed else ["cites none of the expected units"]})
                if q.id == "q-ungis" else q for q in report.questions]
        return report.model_copy(update={"questions": rows})

    old = store.add(flipped(mixed_report, True))
    new = store.add(flipped(mixed_report, False))
    shown = run_cli("compare", str(old), f"#{new}", "--out", str(tmp_path / "cmp"))
    assert shown.exit_code == 0, shown.output
    assert "Pass → fail (1)" in shown.stdout and f"run #{old}" in shown.stdout and f"run #{new}" in shown.stdout
    answer = next(q for q in mixed_report.questions if q.id == "q-ungis")
    assert shown.stdout.count(answer.citations[0].label) >= 2, "both answers with their sources, side by side"
    page = (tmp_path / "cmp" / "compare.html").read_text()
    assert 'id="flip-q-ungis"' in page and "<mark>" in page and "<script" not in page
    missing = run_cli("compare", str(old), "99999")
    assert missing.exit_code == 2 and "no eval run #99999" in missing.stderr


# -- the sweep of an answer constant --------------------------------------------------------------------
def test_a_sweep_answers_the_set_at_each_value_over_the_same_index(tmp_path, run_cli, assistant):
    path = write_jsonl(tmp_path / "mixed.jsonl", MIXED)
    result = run_cli("run", str(path), "--out", str(tmp_path / "s"), "--sweep", "min_coverage=0.3,0.9")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "s" / "report.json").read_text())
    [sweep] = data["sweeps"]
    assert sweep["setting"] == "min_coverage" and sweep["configured"] == assistant.settings.min_coverage
    assert [p["value"] for p in sweep["points"]] == [0.3, 0.9]
    for point in sweep["points"]:
        assert {"citation_precision", "citation_recall", "refusal_accuracy"} <= set(point["metrics"])
        assert point["questions"] == len(MIXED)
    page = (tmp_path / "s" / "report.html").read_text()
    assert "Precision/recall trade-off" in page and f"configured {assistant.settings.min_coverage:g}" in page
    assert "Sweep of min_coverage" in result.stdout


def test_the_sweep_moves_the_answers_as_the_setting_moves(assistant, tmp_path):
    from assistant.eval_common import sweep_setting

    # a paraphrase shares few words with its answer: only the dense gate lets it through
    paraphrase = {"id": "q-airwaves", "question": "What is ITU asked to do about sharing the airwaves fairly between countries?",
                  "expected_citations": [P + "tais-96"], "expected_facts": ["equitable access"], "answerable": True}
    dataset = load_dataset(write_jsonl(tmp_path / "mixed.jsonl", [*MIXED, paraphrase]))
    swept = sweep_setting(assistant, dataset, "min_similarity", [0.0, 0.99])
    low, high = swept.points
    assert high.metrics["false_refusal_rate"] > low.metrics["false_refusal_rate"], "at 0.99 answerable questions are refused"
    variant = assistant.variant(min_similarity=0.99)
    assert variant.settings.min_similarity == 0.99 and assistant.settings.min_similarity != 0.99
    assert variant.index_info() == assistant.index_info() and variant.unit_ids() == assistant.unit_ids()
    with pytest.raises(ValueError, match="min_similarity"):
        assistant.variant(min_similarity=2)


@pytest.mark.parametrize("spec, words", [
    ("min_coverage", "SETTING=V1,V2"), ("k=1,2", "a sweep varies one of"), ("min_coverage=0.5,1.5", "outside 0–1"),
    ("min_coverage=0.8:0.2:0.1", "FROM <= TO"), ("min_coverage=a,b", "are numbers"),
])
def test_a_bad_sweep_is_a_clear_error(spec, words, run_cli, tmp_path):
    result = run_cli("run", str(write_jsonl(tmp_path / "m.jsonl", MIXED[:1])), "--sweep", spec)
    assert result.exit_code == 2 and words in result.stderr, result.output


def test_a_sweep_range_gives_every_step():
    from assistant.eval_common import parse_sweep

    assert parse_sweep("min_coverage=0.2:0.8:0.1") == ("min_coverage", [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    assert parse_sweep("paraphrase-similarity=0.9, 0.7") == ("paraphrase_similarity", [0.7, 0.9])


# -- sets kept under the data directory; drafts from feedback -------------------------------------------
def test_an_uploaded_set_is_checked_whole_and_kept_as_json_lines(tmp_path):
    sets = QuestionSets.under(tmp_path)
    kept = sets.upload(TEMPLATE_CSV, "My set (v2).csv")
    assert kept.name == "My-set-v2" and sets.names() == ["My-set-v2"]
    assert sets.path("My-set-v2").read_text().startswith('{"id": "q-spectrum"')
    assert sets.resolve("My-set-v2").questions == kept.questions == TEMPLATE_QUESTIONS
    with pytest.raises(DatasetError, match=r"bad\.csv:3: .*valid boolean"):
        sets.upload(TEMPLATE_CSV.replace("false", "nope"), "bad.csv")
    assert "bad" not in sets.names(), "a set with errors is not kept"
    with pytest.raises(DatasetError, match="ships with the assistant"):
        sets.upload(TEMPLATE_CSV, "page.csv")
    added = sets.add("My-set-v2", [Question(id="q-new", question="x", answerable=False)])
    assert [q.id for q in added.questions] == ["q-spectrum", "q-cake", "q-new"]
    with pytest.raises(DatasetError, match="'q-new' twice"):
        sets.add("My-set-v2", [Question(id="q-new", question="y", answerable=False)])
    assert sets.resolve("page").name == "page" and sets.resolve("page.jsonl").name == "page"
    with pytest.raises(DatasetError, match="cannot name a question set"):
        set_name("../..")


def test_thumbs_down_answers_become_draft_questions_with_what_was_cited():
    citations = [{"id": P + "tais-96"}, {"id": P + "tais-98"}]
    feedback = [
        {"id": 1, "rating": "down", "question": "Q1", "answer": "A1", "citations": citations},
        {"id": 2, "rating": "down", "question": "Q2", "answer": "A2", "citations": []},
        {"id": 3, "rating": "withdrawn", "question": "Q2", "answer": "A2", "citations": []},
        {"id": 4, "rating": "up", "question": "Q3", "answer": "A3", "citations": citations},
        {"id": 5, "rating": "down", "question": "Q1", "answer": "A1 again", "citations": citations[:1]},
    ]
    drafts = feedback_drafts(feedback)
    assert [d["question"] for d in drafts] == ["Q1"], "a withdrawn thumbs-down and a thumbs-up are no drafts"
    assert drafts[0]["expected_citations"] == [P + "tais-96", P + "tais-98"] and drafts[0]["id"] == "fb-1"
    assert drafts[0]["answer"] == "A1" and drafts[0]["tags"] == ["feedback"]


# -- the Evals tab's callbacks ---------------------------------------------------------------------------
@pytest.fixture
def tab(assistant, tmp_path):
    from assistant.feedback import FeedbackStore
    from assistant.ui_evals import EvalsTab

    sets = QuestionSets.under(tmp_path)
    sets.save("mixed", load_dataset(write_jsonl(tmp_path / "m.jsonl", MIXED)).questions)
    return EvalsTab(assistant, FeedbackStore(tmp_path / "feedback.sqlite3"), RunStore.under(tmp_path), sets)


def test_the_tabs_templates_are_one_file_each_in_the_users_cache_not_a_temporary_folder_per_page(tab, assistant,
                                                                                                 tmp_path):
    import tempfile

    from assistant.ui_evals import EvalsTab

    csv, jsonl = Path(tab.template("csv")), Path(tab.template("jsonl"))
    assert csv.read_text(encoding="utf-8") == TEMPLATE_CSV and jsonl.read_text(encoding="utf-8") == TEMPLATE_JSONL
    another_page = EvalsTab(assistant, store=RunStore.under(tmp_path), sets=QuestionSets.under(tmp_path))
    assert another_page.template("csv") == str(csv)
    # a folder per page built (or per server, which a signal stops before it cleans up) had piled up in /tmp
    assert not csv.is_relative_to(tempfile.gettempdir()) and csv.parent == jsonl.parent


def test_without_a_writable_cache_folder_the_template_is_still_served(monkeypatch, tmp_path):
    import tempfile

    import assistant.ui_evals as ui_evals

    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(ui_evals, "user_cache_dir", lambda app: str(blocked / "cache"))  # under a file: no folder
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the fallback's folder, removed with the test's
    ui_evals.template_file.cache_clear()
    try:
        assert Path(ui_evals.template_file("jsonl")).read_text(encoding="utf-8") == TEMPLATE_JSONL
    finally:
        ui_evals.template_file.cache_clear()


def test_a_run_in_the_tab_shows_its_progress_and_is_kept(tab):
    steps = list(tab.run("mixed", 5, "from the tab"))
    assert "0/4" in steps[0][0] and steps[0][1] is None
    status, run_id = steps[-1]
    assert run_id is not None and f"Run #{run_id}" in status
    record = tab.store.record(run_id)
    assert record.origin == "ui" and record.label == "from the tab" and record.questions == 4
    runs, *_ = tab.refresh(None, None)
    assert list(runs["run"]) == [run_id]


def test_a_cancelled_run_stops_between_questions_and_keeps_nothing(tab, monkeypatch):
    import assistant.ui_evals as ui_evals

    monkeypatch.setattr(ui_evals, "STATUS_EVERY", 0)
    steps = tab.run("mixed", 5)
    first, second = next(steps), next(steps)
    assert "0/4" in first[0] and "1/4" in second[0] and "q-spectrum" in second[0] and "elapsed" in second[0]
    steps.close()  # what Gradio's cancel leaves: a generator no longer iterated
    assert tab.store.runs() == []


def test_a_failing_question_opens_as_the_chat_showed_it(tab):
    import gradio as gr

    *_, (_, run_id) = tab.run("mixed", 5)
    report_html, failures, *_ = tab.show_run(run_id)
    assert "Eval report: mixed" in report_html
    q = tab.store.answer(run_id, "q-spectrum")
    details, chat, sources = tab.drill(run_id, gr.SelectData(None, {"index": [0, 0], "value": "q-spectrum",
                                                                     "row_value": ["q-spectrum", SPECTRUM, "", ""]}))
    from assistant.render import question_markdown

    assert chat[0]["content"] == question_markdown(SPECTRUM), "the question as the chat shows it"
    assert "(#src-10000-1)" in chat[1]["content"], "its markers link to its sources"
    assert 'id="src-10000-1"' in sources and "<mark>" in sources and "open" in sources
    assert q.citations[0].label in sources
    assert "retrieval ✓" in details and "Expected citations" in details and "tais-96" in details


def test_the_tab_compares_two_kept_runs_side_by_side(tab, mixed_report):
    old = tab.store.add(mixed_report)
    rows = [q.model_copy(update={"passed": False, "failures": ["refused an answerable question"]}) if q.id == "q-spectrum" else q
            for q in mixed_report.questions]
    new = tab.store.add(mixed_report.model_copy(update={"questions": rows}))
    page = tab.compare(old, new)
    assert "Pass → fail (1)" in page and 'id="flip-q-spectrum"' in page and f"run #{old}" in page
    assert page.startswith('<div class="wsis-eval">')
    assert compare(tab.store.report(old), tab.store.report(new)).broke[0].old.passed


def test_thumbs_down_drafts_are_reviewed_and_added_to_a_set_in_the_tab(tab, assistant):
    answer = assistant.ask(SPECTRUM)
    tab.feedback.add("down", SPECTRUM, answer.answer, answer.citations, origin="ui")
    table, note = tab.drafts()
    assert list(table["question"]) == [SPECTRUM] and table["expected_citations"][0] == P + "tais-96"
    table.loc[0, "expected_facts"] = "radio-frequency spectrum; nonsense fact"
    message, _, _ = tab.save_drafts(table, "from-feedback")
    assert "Added 1 question" in message
    [q] = tab.sets.load("from-feedback").questions
    assert q.expected_facts == ("radio-frequency spectrum", "nonsense fact") and q.tags == ("feedback",)
    table.loc[0, "expected_citations"] = "not an id"
    message, _, _ = tab.save_drafts(table, "from-feedback")
    assert "Not kept" in message and "row 1" in message and "not a unit id" in message


def test_an_upload_in_the_tab_names_every_bad_line_or_selects_the_kept_set(tab, tmp_path):
    good = tmp_path / "upload.csv"
    good.write_text(TEMPLATE_CSV, encoding="utf-8")
    message, dropdown = tab.upload(str(good), "")
    assert "Kept as `upload`" in message and dropdown.value == "upload"
    bad = tmp_path / "broken.csv"
    bad.write_text(TEMPLATE_CSV.replace("true", "sure"), encoding="utf-8")
    message, _ = tab.upload(str(bad), "")
    assert "Not kept" in message and "broken.csv:2: answerable" in message
    assert ("upload (yours)", "upload") in tab.set_choices() and ("page.jsonl", "page.jsonl") in tab.set_choices()


def test_the_tab_runs_only_sets_it_lists(tab):
    import gradio as gr

    with pytest.raises(gr.Error):
        next(tab.run("/etc/passwd", 5))


def test_the_comparison_page_escapes_every_text(mixed_report):
    hostile = mixed_report.model_copy(update={"questions": [
        q.model_copy(update={"question": "<script>x()</script>", "passed": q.id != "q-ungis"}) for q in mixed_report.questions]})
    page = render_compare_html(compare(mixed_report, hostile))
    assert "<script>x()" not in page and "&lt;script&gt;" in page


def test_a_run_in_progress_reports_what_it_asked_so_far(assistant, tmp_path):
    run = RunInProgress(assistant, write_jsonl(tmp_path / "m.jsonl", MIXED), k=5)
    assert run.total == 4 and not run.finished
    next(iter(run))
    partial = run.report()
    assert partial.summary.questions == 1 and partial.dataset_hash


def test_a_run_from_the_evals_tab_counts_against_the_rate_limit(assistant):
    import gradio as gr

    from assistant.access import RateLimiter
    from assistant.ui_evals import EvalsTab

    limiter = RateLimiter(per_minute=1)
    tab = EvalsTab(assistant, limiter=limiter)
    limiter.retry_after("unknown")  # the client's one request of the minute
    with pytest.raises(gr.Error, match="the limit is 1 a minute"):
        next(tab.run("page.jsonl", 5))
