"""The "Evals" tab of the chat UI: bring a question set, run it against the live assistant, keep every
run, follow a metric across runs, compare two runs, open a failing question as the chat showed it.

Thin callbacks over the ``evals`` library (sets, runner, runs store, comparison): the tab and
``wsis eval`` read and write the same runs and sets under ``WSIS_HOME``. A run goes one question at
a time in Gradio's queue (its own group, one run at a time), so the chat keeps answering other users
while it runs, and the Cancel button stops it between two questions.
"""

from __future__ import annotations

import html
import os
import tempfile
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import gradio as gr
import pandas as pd
from platformdirs import user_cache_dir

from assistant import render
from assistant.access import RateLimiter, client_key
from assistant.answer import Answer, Citation
from assistant.eval_common import answer_settings
from assistant.feedback import FeedbackStore
from assistant.service import Assistant
from evals.compare import compare, render_compare_html
from evals.dataset import (
    COLUMNS,
    TEMPLATE_CSV,
    TEMPLATE_JSONL,
    Dataset,
    DatasetError,
    load_dataset,
    parse_table,
    shipped_datasets,
)
from evals.report import QuestionResult, checks_html, fmt, metric_label, render_html, scoped_style
from evals.runner import RunInProgress
from evals.sets import QuestionSets, feedback_drafts
from evals.store import RunRecord, RunStore

INTRO = (
    "Run a question set with gold citations against the assistant as it is running now, and read "
    "the report: retrieval recall and MRR, citation precision and recall, fact coverage, refusals, latency — "
    "overall, per tag, per language and per document. Every run is kept (with the `wsis eval` runs) to compare later."
)
COLUMNS_HELP = (
    "A set is **JSON Lines** or **CSV** with the columns `id`, `question`, `expected_citations`, `expected_facts`, "
    "`answerable`, `tags`, `lang` (`id`, `question` and `answerable` required). In CSV, a list cell holds its items "
    "separated by `;` (or a JSON array); `answerable` is `true`/`false`; an empty `lang` is detected from the question. "
    "A set is checked whole before it is kept, and every wrong line is named."
)
TREND = ("pass_rate", "recall_at_k", "citation_precision", "citation_recall", "fact_coverage", "refusal_accuracy")
"""The metrics with a trend plot: each across the kept runs of one set."""
RUN_COLUMNS = ["run", "when (UTC)", "set", "from", "generator", "index", "passed", "pass rate", "recall@k",
               "cit. precision", "cit. recall", "facts", "refusals", "note"]
FAILURE_COLUMNS = ["id", "question", "failed checks", "why"]
DRAFT_COLUMNS = ["keep", *COLUMNS, "answer shown"]
"""The draft rows' table: a tick to keep the row, the columns of a set, and the answer the chat gave (not edited)."""
ALL_SETS = "all sets"
SHOWN_RUNS = 200
"""The newest runs the table and the run pickers list (the trend follows every run of its set)."""
DRILL_TURN = 10_000
"""The turn a drilled-down answer's anchors carry (``#src-10000-n``): no chat turn has it, so the chat's
Sources panel never takes a click on the drill-down's markers."""
MAX_UPLOAD_BYTES = 5_000_000
STATUS_EVERY = 0.25
"""Seconds between two progress updates of a run (and one after the last question)."""

DRILL_LINKS_JS = render.source_links_js(f"#src-{DRILL_TURN}-", "__wsisDrillLinks")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _scoped(content: str) -> str:
    """HTML in the styles of the eval report (scoped, so they leave the rest of the page alone)."""
    return f'<div class="wsis-eval"><style>{scoped_style()}</style>{content}</div>'


def as_answer(row: QuestionResult) -> Answer:
    """The answer a question got, as the chat's own renderers take it."""
    citations = [Citation(n=c.n or i, id=c.id, doc=c.doc or c.id.partition(":")[0], label=c.label or c.id, url=c.url,
                          text=c.text or c.quote, quote=c.quote)
                 for i, c in enumerate(row.citations, 1)]
    return Answer(question=row.question, answer=row.error or row.answer, refused=bool(row.refused), citations=citations,
                  generator=row.generator or "extractive", notice=row.notice)


@cache
def template_file(fmt_: str) -> str:
    """The question-set template as a file the download button serves, in the user's cache folder: one fixed
    place, written over by each process (a temporary folder per page built, or per process, which a server
    stopped by a signal does not remove, had left thousands behind)."""
    text = TEMPLATE_CSV if fmt_ == "csv" else TEMPLATE_JSONL
    name = f"wsis-question-set-template.{fmt_}"
    try:
        folder = Path(user_cache_dir("wsis-assistant")) / "eval-templates"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            staging = folder / f".{name}.{os.getpid()}"
            staging.write_text(text, encoding="utf-8")
            staging.replace(path)  # another process reading it never sees half a file
    except OSError:  # no writable cache folder (a read-only home): one temporary file for this process
        path = Path(tempfile.mkdtemp(prefix="wsis-eval-template-")) / name
        path.write_text(text, encoding="utf-8")
    return str(path)


class EvalsTab:
    """The tab's callbacks, over the live assistant, the runs store and the kept sets of its data directory."""

    def __init__(self, assistant: Assistant, feedback: FeedbackStore | None = None,
                 store: RunStore | None = None, sets: QuestionSets | None = None,
                 limiter: RateLimiter | None = None) -> None:
        home = assistant.settings.home
        self.assistant = assistant
        self.feedback = feedback
        self.limiter = limiter
        self.store = store or RunStore.under(home)
        self.sets = sets or QuestionSets.under(home)
        self.shipped = {path.name: path for path in shipped_datasets()}

    # -- question sets --------------------------------------------------------------------
    def set_choices(self) -> list[tuple[str, str]]:
        """Kept sets first (by name), then the shipped ones (by file name)."""
        return [(f"{name} (yours)", name) for name in self.sets.names()] + [(name, name) for name in self.shipped]

    def dataset(self, name: str) -> Dataset:
        """A kept set or a shipped one, by the name the dropdown gives: never a path from a request."""
        if name in self.sets:
            return self.sets.load(name)
        if name in self.shipped:
            return load_dataset(self.shipped[name])
        raise gr.Error(f"no question set named {name!r}: choose one of the list, or upload one")

    def template(self, fmt_: str) -> str:
        return template_file(fmt_)

    def upload(self, path: str | None, name: str):
        """Check an uploaded set and keep it; returns (message, the set dropdown)."""
        if not path:
            return gr.skip(), gr.skip()
        file = Path(path)
        if file.stat().st_size > MAX_UPLOAD_BYTES:
            too_big = f"{file.name} is over {MAX_UPLOAD_BYTES // 1_000_000} MB: a question set is far smaller"
            return self._problem(too_big), gr.skip()
        try:
            dataset = self.sets.upload(file.read_bytes().decode("utf-8"), file.name, name.strip() or None)
        except UnicodeDecodeError:
            return self._problem(f"{file.name} is not UTF-8 text: save it as CSV UTF-8 or JSON Lines"), gr.skip()
        except DatasetError as exc:
            return self._problem(str(exc)), gr.skip()
        tags = ", ".join(dataset.tags) or "none"
        message = (f"**Kept as `{dataset.name}`**: {len(dataset)} questions "
                   f"({sum(q.answerable for q in dataset.questions)} answerable), tags: {render.escape_markdown(tags)}. "
                   "It is selected above: press *Run evals*.")
        return message, gr.Dropdown(choices=self.set_choices(), value=dataset.name)

    @staticmethod
    def _problem(text: str) -> str:
        return f"**Not kept.**\n\n```\n{text}\n```"

    # -- a run ------------------------------------------------------------------------------
    def run(self, name: str, k: float, label: str = "", request: gr.Request | None = None) -> Iterator[tuple[str, int | None]]:
        """Run the set one question at a time, yielding (status, the kept run's number once it is kept).

        A run counts against the client's rate limit as one request, like a question in the chat.
        """
        wait = self.limiter.retry_after(client_key(request)) if self.limiter is not None else 0
        if wait and self.limiter is not None:
            raise gr.Error(self.limiter.refusal(wait))
        dataset = self.dataset(name)
        try:
            run = RunInProgress(self.assistant, dataset, k=int(k or 5), settings=answer_settings(self.assistant.settings))
        except ValueError as exc:
            raise gr.Error(str(exc)) from None
        yield self.status(run, ""), None
        shown = time.monotonic()
        for row in run:
            if time.monotonic() - shown >= STATUS_EVERY:
                shown = time.monotonic()
                yield self.status(run, row.id), None
        report = run.report()
        run_id = self.store.add(report, dataset, origin="ui", label=(label or "").strip())
        s = report.summary
        skipped = f"; {len(report.invalid)} not run (unknown expected citations)" if report.invalid else ""
        yield (f'<p id="eval-done"><b>Run #{run_id}</b> of <code>{_e(dataset.name)}</code>: {s.passed} of {s.questions} passed '
               f"in {report.seconds:.1f} s{_e(skipped)}.</p>"), run_id

    @staticmethod
    def status(run: RunInProgress, current: str) -> str:
        done, total = len(run.rows), run.total
        return (f'<p id="eval-progress"><progress max="{total}" value="{done}"></progress> '
                f"<b>{done}/{total}</b> questions of <code>{_e(run.dataset.name)}</code>"
                f"{f' · {_e(current)}' if current else ''} · {run.elapsed:.0f} s elapsed</p>")

    @staticmethod
    def cancelled() -> str:
        return '<p id="eval-cancelled"><b>Cancelled.</b> The questions asked so far are not kept as a run.</p>'

    def run_api(self, dataset: str, k: int = 5) -> str:
        """Run a kept or shipped question set and keep the run; returns its report as HTML (``api_name="/eval"``)."""
        *_, (_, run_id) = self.run(dataset, k)
        assert run_id is not None, "a run that finishes is kept"
        return render_html(self.store.report(run_id), standalone=False)

    # -- the runs ---------------------------------------------------------------------------
    @staticmethod
    def run_label(r: RunRecord) -> str:
        note = f" · {r.label}" if r.label else ""
        return f"#{r.id} · {r.dataset} · {r.created_at[:16].replace('T', ' ')} · {r.passed}/{r.questions}{note}"

    def runs_frame(self, records: list[RunRecord]) -> pd.DataFrame:
        rows = [[r.id, r.created_at[:19].replace("T", " "), f"{r.dataset} · {r.dataset_hash[:8]}", r.origin, r.generator,
                 f"{r.index_units} units · {r.index_model} · {r.index_built_at[:16].replace('T', ' ')}",
                 f"{r.passed}/{r.questions}", *(fmt(m, r.metrics.get(m)) for m in TREND), r.label] for r in records]
        return pd.DataFrame(rows, columns=RUN_COLUMNS)

    def trend(self, dataset: str | None) -> list:
        """One line plot per metric across the kept runs of ``dataset`` (oldest first)."""
        records = list(reversed(self.store.runs(dataset))) if dataset else []
        when = pd.to_datetime([r.created_at for r in records], utc=True).tz_localize(None)
        plots = []
        for name in TREND:
            frame = pd.DataFrame({"when": when, "value": [r.metrics.get(name) for r in records],
                                  "run": [f"#{r.id}" for r in records]}).dropna()
            plots.append(gr.LinePlot(frame, x="when", y="value", title=metric_label(name), y_lim=[0, 1]))
        return plots

    def refresh(self, selected: int | None, dataset_filter: str | None):
        """The runs table, the run pickers and the trend, with ``selected`` picked (default: the newest run)."""
        records = self.store.runs(None if dataset_filter in (None, "", ALL_SETS) else dataset_filter, limit=SHOWN_RUNS)
        everything = self.store.runs(limit=SHOWN_RUNS)
        choices = [(self.run_label(r), r.id) for r in everything]
        by_id = {r.id: r for r in everything}
        if selected not in by_id:
            selected = records[0].id if records else (everything[0].id if everything else None)
        current = by_id.get(selected) if selected is not None else None
        previous = next((r.id for r in everything if current and r.dataset == current.dataset and r.id < current.id), None)
        trend_set = current.dataset if current else None
        if dataset_filter not in (None, "", ALL_SETS):
            trend_set = dataset_filter
        kept = self.store.runs(trend_set) if trend_set else []
        versions = len({r.dataset_hash for r in kept})
        edited = f" ({versions} versions of the set: an edit moves the lines too)" if versions > 1 else ""
        trend_title = (f"**Trend of `{trend_set}`** across its {len(kept)} kept run(s){edited}" if trend_set
                       else "*No runs kept yet: run a set above, or `wsis eval run SET`.*")
        return (
            self.runs_frame(records),
            gr.Dropdown(choices=[ALL_SETS, *self.store.datasets()], value=dataset_filter or ALL_SETS),
            gr.Dropdown(choices=choices, value=selected),
            gr.Dropdown(choices=choices, value=previous),
            gr.Dropdown(choices=choices, value=selected),
            trend_title,
            *self.trend(trend_set),
        )

    @staticmethod
    def picked_row(evt: gr.SelectData) -> int | None:
        """The run number of the row clicked in the runs table."""
        row = evt.row_value or []
        try:
            return int(row[0])
        except (IndexError, TypeError, ValueError):
            return None

    def show_run(self, run_id: int | None):
        """A kept run: its report, its failing questions, and the drill-down cleared."""
        empty_drill: tuple[str, list, str] = ("", [], "")
        if run_id is None:
            return "", pd.DataFrame([], columns=FAILURE_COLUMNS), *empty_drill
        try:
            report = self.store.report(int(run_id))
        except LookupError as exc:
            raise gr.Error(str(exc)) from None
        failures = pd.DataFrame([[q.id, q.question, ", ".join(q.failed_checks) or ("rejected" if q.error else ""),
                                  "; ".join(q.failures)] for q in report.failures], columns=FAILURE_COLUMNS)
        return render_html(report, standalone=False), failures, *empty_drill

    def drill(self, run_id: int | None, evt: gr.SelectData):
        """A failing question opened: the answer as the chat showed it, its sources with the quotes marked,
        what was expected, and which check failed. Returns (details, chat, sources)."""
        row = evt.row_value or []
        if run_id is None or not row:
            return gr.skip(), gr.skip(), gr.skip()
        try:
            q = self.store.answer(int(run_id), str(row[0]))
        except LookupError as exc:
            raise gr.Error(str(exc)) from None
        answer = as_answer(q)
        shown = (render.escape_markdown(q.error) if q.error
                 else render.answer_markdown(answer.answer, DRILL_TURN, [c.n for c in answer.citations]))
        chat = [{"role": "user", "content": render.question_markdown(q.question)}, {"role": "assistant", "content": shown}]
        sources = render.sources_html([*([None] * DRILL_TURN), answer]).replace('<details class="wsis-src">',
                                                                                '<details class="wsis-src" open>')
        expected = ", ".join(f"<code>{_e(c)}</code>" for c in q.expected_citations) or "a refusal"
        facts = "; ".join(_e(f) for f in q.expected_facts) or "—"
        retrieved = ", ".join(f"<code>{_e(c)}</code>" for c in q.retrieved) or "none"
        failed = ", ".join(q.failed_checks) or ("the question was rejected" if q.error else "none")
        reasons = "".join(f"<li class=bad>{_e(r)}</li>" for r in q.failures)
        details = (f'<div id="eval-drill-details"><h3>{_e(q.id)} <span class=meta>({_e(q.lang)})</span></h3>'
                   f"<p>{_e(q.question)}</p><p>{checks_html(q)}</p><p><b>Failed check(s): {_e(failed)}</b></p><ul>{reasons}</ul>"
                   f"<p class=meta>Expected citations: {expected}. Expected facts: {facts}. "
                   f"Retrieved (first {len(q.retrieved)}): {retrieved}.</p></div>")
        return _scoped(details), chat, sources

    def compare(self, old: int | None, new: int | None) -> str:
        if old is None or new is None:
            raise gr.Error("choose two runs to compare")
        try:
            comparison = compare(self.store.report(int(old)), self.store.report(int(new)), f"run #{old}", f"run #{new}")
        except LookupError as exc:
            raise gr.Error(str(exc)) from None
        return render_compare_html(comparison, standalone=False)

    # -- from feedback to a question set ------------------------------------------------------
    def drafts(self) -> tuple[pd.DataFrame, str]:
        rows = feedback_drafts(self.feedback.all()) if self.feedback else []
        frame = pd.DataFrame([[True, d["id"], d["question"], "; ".join(d["expected_citations"]), "", "true",
                               "; ".join(d["tags"]), "", d["answer"]] for d in rows], columns=DRAFT_COLUMNS)
        if not rows:
            return frame, "*No thumbs-down answers in the feedback yet.*"
        return frame, (f"{len(rows)} question(s) whose answer got a thumbs-down, with what the answer cited as the expected "
                       "citations: correct them (and add the facts an answer must state), untick the rows to leave out, "
                       "then add them to a set.")

    def save_drafts(self, table: pd.DataFrame | None, target: str | None):
        """The ticked draft rows checked and added to a kept set; returns (message, the set dropdowns)."""
        if table is None or table.empty:
            return "*Nothing to add: load the thumbs-down answers first.*", gr.skip(), gr.skip()
        if not (target or "").strip():
            return "**Name the set to add the questions to.**", gr.skip(), gr.skip()
        kept = table[table["keep"].astype(str).str.lower().isin(("true", "1"))]
        if kept.empty:
            return "*No row is ticked.*", gr.skip(), gr.skip()
        try:
            questions = parse_table(list(COLUMNS), kept[list(COLUMNS)].values.tolist(), "drafts", "draft row").questions
            dataset = self.sets.add(str(target).strip(), questions)
        except DatasetError as exc:
            return self._problem(str(exc).replace("draft row:", "row ")), gr.skip(), gr.skip()
        names = self.sets.names()
        return (f"**Added {len(questions)} question(s) to `{dataset.name}`** (now {len(dataset)}).",
                gr.Dropdown(choices=self.set_choices(), value=dataset.name),
                gr.Dropdown(choices=names, value=dataset.name))


def build_evals_tab(assistant: Assistant, feedback: FeedbackStore | None = None, tab: gr.Tab | None = None,
                    limiter: RateLimiter | None = None) -> EvalsTab:
    """Components of the tab; call inside the ``gr.Tab`` of the app's Blocks (``tab``: refreshed when it is opened)."""
    calls = EvalsTab(assistant, feedback, limiter=limiter)
    choices = calls.set_choices()

    gr.Markdown(INTRO)
    with gr.Row(equal_height=True):
        dataset = gr.Dropdown(choices, value="page.jsonl" if "page.jsonl" in calls.shipped else None, label="Question set",
                              elem_id="eval-dataset", scale=3)
        k = gr.Number(5, minimum=1, maximum=50, precision=0, label="k (retrieval depth scored)", elem_id="eval-k", scale=1)
        note = gr.Textbox(label="Note kept with the run", placeholder="e.g. before the index rebuild", elem_id="eval-note",
                          scale=2)
        start = gr.Button("Run evals", variant="primary", elem_id="eval-run", scale=1)
        stop = gr.Button("Cancel", variant="stop", elem_id="eval-cancel", scale=1)
    status = gr.HTML(elem_id="eval-status")
    last_run = gr.State(None)

    with gr.Accordion("Your question sets: upload one, or download the template", open=False, elem_id="eval-sets-box"):
        gr.Markdown(COLUMNS_HELP)
        with gr.Row():
            upload = gr.File(label="Question set (.csv or .jsonl)", file_types=[".csv", ".jsonl"], type="filepath",
                             elem_id="eval-upload", scale=3)
            with gr.Column(scale=2):
                set_name = gr.Textbox(label="Keep as", placeholder="default: the file's name", elem_id="eval-set-name")
                gr.DownloadButton("Template (CSV)", value=calls.template("csv"), elem_id="eval-template-csv")
                gr.DownloadButton("Template (JSON Lines)", value=calls.template("jsonl"), elem_id="eval-template-jsonl")
        upload_result = gr.Markdown(elem_id="eval-upload-result")

    with gr.Accordion("From feedback: thumbs-down answers as draft questions", open=False, elem_id="eval-drafts-box"):
        load_drafts = gr.Button("Load the thumbs-down answers", elem_id="eval-drafts-load")
        drafts_note = gr.Markdown()
        drafts = gr.Dataframe(pd.DataFrame([], columns=DRAFT_COLUMNS), interactive=True, wrap=True, elem_id="eval-drafts",
                              datatype=["bool", "str", "str", "str", "str", "str", "str", "str", "str"],
                              static_columns=[len(COLUMNS) + 1],
                              column_widths=["6%", "8%", "24%", "18%", "14%", "8%", "8%", "5%", "19%"],
                              max_chars=200)
        with gr.Row():
            target = gr.Dropdown(calls.sets.names(), value=None, allow_custom_value=True, label="Add them to the set",
                                 info="a kept set, or a new name", elem_id="eval-drafts-target")
            save_drafts = gr.Button("Check and add the ticked rows", elem_id="eval-drafts-save")
        drafts_result = gr.Markdown(elem_id="eval-drafts-result")

    gr.Markdown("### Kept runs")
    with gr.Row(equal_height=True):
        runs_filter = gr.Dropdown([ALL_SETS], value=ALL_SETS, label="Runs of", elem_id="eval-runs-filter", scale=3)
        refresh = gr.Button("Refresh", elem_id="eval-refresh", scale=1)
    runs = gr.Dataframe(pd.DataFrame([], columns=RUN_COLUMNS), interactive=False, elem_id="eval-runs", max_height=300)
    trend_title = gr.Markdown(elem_id="eval-trend-title")
    plots = []
    with gr.Row(elem_id="eval-trend"):
        for name in TREND:
            plots.append(gr.LinePlot(x="when", y="value", title=metric_label(name), y_lim=[0, 1], height=170, min_width=180,
                                     x_title="run (UTC)", y_title=None, tooltip="all",
                                     elem_id=f"eval-trend-{name.replace('_', '-')}"))

    gr.Markdown("### Compare two runs")
    with gr.Row(equal_height=True):
        compare_a = gr.Dropdown([], label="Run A (before)", elem_id="eval-compare-a", scale=3)
        compare_b = gr.Dropdown([], label="Run B (after)", elem_id="eval-compare-b", scale=3)
        compare_go = gr.Button("Compare", elem_id="eval-compare-go", scale=1)
    comparison = gr.HTML(elem_id="eval-comparison")

    gr.Markdown("### A run: its failing questions and report")
    run_pick = gr.Dropdown([], label="Run", elem_id="eval-run-pick")
    failures = gr.Dataframe(pd.DataFrame([], columns=FAILURE_COLUMNS), interactive=False, wrap=True, elem_id="eval-failures",
                            label="Failing questions: click one to open it", max_height=320,
                            column_widths=["18%", "40%", "14%", "28%"])
    drill_details = gr.HTML(elem_id="eval-drill")
    with gr.Row(equal_height=False):
        drill_chat = gr.Chatbot(label="The answer as the chat showed it", elem_id="eval-drill-chat", height=360,
                                sanitize_html=True, render_markdown=True, latex_delimiters=[], buttons=["copy"], scale=3)
        drill_sources = gr.HTML(elem_id="eval-drill-sources", js_on_load=DRILL_LINKS_JS)
    with gr.Accordion("Report", open=True):
        report = gr.HTML(elem_id="eval-report")

    # -- events ---------------------------------------------------------------------------------
    listing = [runs, runs_filter, run_pick, compare_a, compare_b, trend_title, *plots]
    running = start.click(calls.run, [dataset, k, note], [status, last_run], api_visibility="private",
                          concurrency_limit=1, concurrency_id="evals", show_progress="hidden")
    running.success(calls.refresh, [last_run, runs_filter], listing, api_visibility="private")
    # The status is written once the run is cancelled: a progress update still on its way would overwrite it.
    stop.click(None, None, None, cancels=[running], api_visibility="private") \
        .then(calls.cancelled, None, status, api_visibility="private")
    gr.api(calls.run_api, api_name="eval", concurrency_limit=1, concurrency_id="evals")

    # The events that set the sets' dropdown run one at a time, in the order they came: opening the tab lists the sets
    # as they are; a set uploaded right after must not be unselected by that list arriving last, without it.
    sets_queue = "eval-sets"
    upload.upload(calls.upload, [upload, set_name], [upload_result, dataset], api_visibility="private",
                  concurrency_limit=1, concurrency_id=sets_queue)
    load_drafts.click(calls.drafts, None, [drafts, drafts_note], api_visibility="private")
    save_drafts.click(calls.save_drafts, [drafts, target], [drafts_result, dataset, target], api_visibility="private",
                      concurrency_limit=1, concurrency_id=sets_queue)

    refresh.click(calls.refresh, [run_pick, runs_filter], listing, api_visibility="private")
    runs_filter.input(calls.refresh, [run_pick, runs_filter], listing, api_visibility="private")
    runs.select(calls.picked_row, None, run_pick, api_visibility="private")
    run_pick.change(calls.show_run, run_pick, [report, failures, drill_details, drill_chat, drill_sources],
                    api_visibility="private")
    failures.select(calls.drill, run_pick, [drill_details, drill_chat, drill_sources], api_visibility="private")
    compare_go.click(calls.compare, [compare_a, compare_b], comparison, api_visibility="private")
    if tab is not None:  # opening the tab shows the sets and runs kept since (by `wsis eval` too)
        tab.select(calls.refresh, [run_pick, runs_filter], listing, api_visibility="private")
        tab.select(lambda: gr.Dropdown(choices=calls.set_choices()), None, dataset, api_visibility="private",
                   concurrency_limit=1, concurrency_id=sets_queue)
    return calls
