"""The chat UI (Gradio Blocks): thin callbacks over the Assistant service.

Each answer's [n] markers link to ``#src-<turn>-<n>`` in the Sources panel beside the chat; the
panel's <details> open when a marker is clicked. Gradio runs the (sync) callbacks in worker
threads, so a question being answered never blocks the server.
"""

from __future__ import annotations

import logging

import gradio as gr

from assistant import prompts, render
from assistant.access import RateLimiter, client_key
from assistant.answer import Answer
from assistant.feedback import FeedbackStore, FeedbackUnavailable, Rating
from assistant.requests import RequestError, conversation
from assistant.service import Assistant
from assistant.ui_evals import build_evals_tab
from corpus.bodies import BODIES
from corpus.lang import LANGUAGES

log = logging.getLogger(__name__)

# Runs once when the Sources panel mounts. A click on a marker opens and scrolls to its source
# without touching the page's URL: inside a <gradio-app> web component the page is the host's.
SOURCE_LINKS_JS = render.source_links_js("#src-", "__wsisLinks")

# The chat's own words, by key, in the six UN languages: Gradio shows them in the browser's language
# (another language gets English). Answers, refusals and notices follow the question's language instead.
_UI_WORDS = {"intro": prompts.UI_INTRO, "placeholder": prompts.UI_PLACEHOLDER, "export": prompts.EXPORT_LABEL,
             "clear": prompts.CLEAR_LABEL, "docs": prompts.FILTER_DOCS_LABEL, "bodies": prompts.FILTER_BODIES_LABEL,
             "generator": prompts.UI_GENERATOR_LABEL}
UI_I18N = gr.I18n(**{lang: {**{key: phrase[lang] for key, phrase in _UI_WORDS.items()},
                            "sources": f"### {prompts.SOURCES_HEADING[lang]}\n{prompts.SOURCES_EMPTY[lang]}"}
                     for lang in LANGUAGES})
"""Passed to ``mount_gradio_app`` (assistant/server.py), which holds the translations for the page."""

# "Export conversation": the Markdown the server composed is saved by the browser, from memory. No file
# is written on the server (a file per answer, as a DownloadButton's value needs, piled up in /tmp).
DOWNLOAD_JS = """
(text) => {
  if (!text) return;
  const url = URL.createObjectURL(new Blob([text], {type: 'text/markdown;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'wsis-conversation.md';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
"""

CSS = """
/* Each paragraph takes the direction of its own script: an Arabic question or refusal right to left,
   the English quote beside it left to right, whatever the page's language. */
.prose p, .prose li, .prose h3, .wsis-sources p, .wsis-sources summary, textarea { unicode-bidi: plaintext; text-align: start; }
.wsis-sources details { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 4px 8px; margin: 6px 0; }
.wsis-sources summary { cursor: pointer; }
.wsis-sources mark { background: #fff3a3; color: inherit; padding: 0 1px; }
.wsis-turn-q { font-weight: 600; margin: 12px 0 4px; }
.wsis-src-meta { font-size: 0.85em; }
"""


class ChatCallbacks:
    def __init__(self, assistant: Assistant, feedback: FeedbackStore, limiter: RateLimiter) -> None:
        self.assistant = assistant
        self.feedback = feedback
        self.limiter = limiter

    def respond(self, message: str, history: list, answers: list, docs: list | None, bodies: list | None,
                request: gr.Request, generator: str | None = None):
        """Streams the answer into the chat, then shows its sources. Yields (chat, sources, box, answers).

        ``generator`` is the "Answer generator" setting, shown when an LLM is configured.
        """
        message = message or ""
        history, answers = list(history or []), list(answers or [])
        if not message.strip():
            yield history, gr.skip(), "", answers
            return
        turn = len(answers)
        history.append({"role": "user", "content": render.question_markdown(message)})
        yield history, gr.skip(), "", answers

        answer, reply = None, None
        wait = self.limiter.retry_after(client_key(request))
        if wait:
            reply = self.limiter.refusal(wait)
        else:
            try:
                lines: list[str] = []
                filters = {"doc": docs or [], "body": bodies or []}
                for part in self.assistant.stream(message, conversation(answers), filters, generator or None):
                    if isinstance(part, Answer):
                        answer = part
                        continue
                    lines.append(part)
                    yield history + [_bot(render.streaming_markdown(lines, turn))], gr.skip(), "", answers
            except RequestError as exc:  # the message every face gives, after a word on what to do
                reply = prompts.REQUEST_PROBLEM.format(reason=str(exc).rstrip("."))
            except Exception:
                log.exception("answering %r failed", message[:200])
                reply = prompts.SERVER_ERROR
        answers.append(answer)
        if answer is None:
            content = render.escape_markdown(reply or prompts.SERVER_ERROR)
        else:
            content = render.answer_markdown(answer.answer, turn, [c.n for c in answer.citations])
        yield history + [_bot(content)], render.sources_html(answers, heading=False), "", answers

    def example(self, history: list, answers: list, docs: list | None, bodies: list | None,
                evt: gr.SelectData, request: gr.Request, generator: str | None = None):
        yield from self.respond(evt.value["text"], history, answers, docs, bodies, request, generator)

    def like(self, answers: list, evt: gr.LikeData, request: gr.Request) -> None:
        index = evt.index if isinstance(evt.index, int) else evt.index[0]
        turn = index // 2  # the chat holds (question, reply) pairs
        answer = answers[turn] if 0 <= turn < len(answers or []) else None
        if answer is None:
            return
        wait = self.limiter.retry_after(client_key(request))  # a thumb is feedback, counted as /api/feedback is
        if wait:
            gr.Warning(self.limiter.refusal(wait))
            return
        rating: Rating = "up" if evt.liked is True else "down" if evt.liked is False else "withdrawn"
        try:
            self.feedback.add(rating, answer.question, answer.answer, answer.citations, origin="ui", client=client_key(request))
        except FeedbackUnavailable as exc:
            log.error("%s", exc)
            gr.Warning(prompts.FEEDBACK_NOT_STORED.format(reason="the server cannot write it now; it is logged"))
            return
        if rating != "withdrawn":
            gr.Info(prompts.FEEDBACK_THANKS, duration=2)

    @staticmethod
    def export(answers: list) -> str:
        """The conversation as Markdown, for the browser to save (DOWNLOAD_JS); empty before any answer."""
        if not any(a is not None for a in answers or []):
            return ""
        return render.conversation_markdown(answers)

    @staticmethod
    def clear():
        return [], render.sources_html([], heading=False), "", []

    def ask_json(self, question: str, doc: list[str] | None = None, body: list[str] | None = None,
                 generator: str | None = None, request: gr.Request | None = None) -> dict:
        """The design.md answer contract, for gradio_client: `client.predict(question, api_name="/ask")`.

        A request that cannot be answered is a ``gr.Error`` with the message /api/ask gives; over the
        rate limit, the one the API's 429 gives (the API and the chat count against the same limit).
        """
        wait = self.limiter.retry_after(client_key(request))
        if wait:
            raise gr.Error(self.limiter.refusal(wait))
        try:
            answer = self.assistant.ask(question, filters={"doc": doc or [], "body": body or []}, generator=generator or None)
        except RequestError as exc:
            raise gr.Error(str(exc)) from None
        return answer.model_dump()


def _bot(content: str) -> dict:
    return {"role": "assistant", "content": content}


def build_ui(assistant: Assistant, feedback: FeedbackStore, limiter: RateLimiter) -> gr.Blocks:
    calls = ChatCallbacks(assistant, feedback, limiter)
    documents = assistant.documents()
    # Files Gradio keeps for the page (uploads to the Evals tab, anything posted to its upload route) are
    # deleted an hour after they came, and all at shutdown; the files components offer stay.
    with gr.Blocks(title=prompts.UI_TITLE, fill_width=True, delete_cache=(3600, 3600)) as demo:
        answers = gr.State([])
        gr.Markdown(f"## {prompts.UI_TITLE}")
        gr.Markdown(UI_I18N("intro"), elem_id="intro")
        with gr.Tabs():
            with gr.Tab("Chat", elem_id="chat-tab"), gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label=prompts.UI_TITLE, elem_id="chat", height=520,
                        examples=[{"text": q} for q in prompts.EXAMPLE_QUESTIONS],
                        feedback_options=("Like", "Dislike"), sanitize_html=True, render_markdown=True,
                        latex_delimiters=[], buttons=["copy"],
                    )
                    box = gr.Textbox(placeholder=UI_I18N("placeholder"), show_label=False, elem_id="q", submit_btn=True,
                                     max_lines=6)
                    with gr.Row():
                        docs = gr.Dropdown([(d.short, d.id) for d in documents], multiselect=True, value=[],
                                           label=UI_I18N("docs"), elem_id="doc-filter")
                        bodies = gr.Dropdown(list(BODIES), multiselect=True, value=[], label=UI_I18N("bodies"),
                                             elem_id="body-filter")
                    choices = [] if len(assistant.generators) < 2 else [gr.Radio(
                        [(prompts.UI_GENERATOR_INFO.get(name, name), name) for name in assistant.generators],
                        value=assistant.generator.name, label=UI_I18N("generator"), elem_id="generator",
                    )]
                    with gr.Row():
                        export = gr.Button(UI_I18N("export"), elem_id="export")
                        clear = gr.Button(UI_I18N("clear"), elem_id="clear")
                    exported = gr.Textbox(visible=False, elem_id="export-text")
                with gr.Column(scale=2):
                    gr.Markdown(UI_I18N("sources"), elem_id="sources-heading")
                    sources = gr.HTML(render.sources_html([], heading=False), elem_id="sources", js_on_load=SOURCE_LINKS_JS)
            with gr.Tab("Evals", elem_id="evals-tab") as evals_tab:
                build_evals_tab(assistant, feedback, evals_tab, limiter)

        outputs = [chatbot, sources, box, answers]
        box.submit(calls.respond, [box, chatbot, answers, docs, bodies, *choices], outputs, api_name="chat")
        chatbot.example_select(calls.example, [chatbot, answers, docs, bodies, *choices], outputs, api_visibility="private")
        chatbot.like(calls.like, answers, None, api_visibility="private")
        export.click(calls.export, answers, exported, api_visibility="private") \
            .then(None, exported, None, js=DOWNLOAD_JS, api_visibility="private")
        clear.click(calls.clear, None, outputs, api_visibility="private")
        chatbot.clear(calls.clear, None, outputs, api_visibility="private")
        gr.api(calls.ask_json, api_name="ask")
    return demo
