"""The "Evals" tab of the chat UI: run a question set against the live assistant, read the report."""

from __future__ import annotations

import gradio as gr

from assistant.service import Assistant
from evals.dataset import DatasetError, shipped_datasets
from evals.report import render_html
from evals.runner import run_dataset

INTRO = (
    "Run a question set with gold citations against the assistant as it is running now, and read "
    "the report: retrieval recall and MRR, citation precision and recall, fact coverage, refusals, latency."
)


def build_evals_tab(assistant: Assistant) -> None:
    """Components of the tab; call inside a ``gr.Tab`` of the app's Blocks."""
    datasets = {path.name: path for path in shipped_datasets()}

    def run(name: str, k: float, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008 - Gradio injects the tracker here
        if name not in datasets:
            raise gr.Error("choose one of the shipped question sets")
        try:
            report = run_dataset(assistant, datasets[name], k=int(k),
                                 progress=lambda done, total, row: progress((done, total), desc=row.id))
        except DatasetError as exc:
            raise gr.Error(str(exc)) from None
        return render_html(report, standalone=False)

    gr.Markdown(INTRO)
    with gr.Row():
        dataset = gr.Dropdown(list(datasets), value=next(iter(datasets), None), label="Question set", elem_id="eval-dataset")
        k = gr.Number(5, minimum=1, maximum=50, precision=0, label="k (retrieval depth scored)")
        start = gr.Button("Run evals", variant="primary", elem_id="eval-run")
    report = gr.HTML(elem_id="eval-report")
    start.click(run, [dataset, k], report, api_name="eval")
