"""`wsis`: build the index, search it, ask it. Thin: every command calls the Assistant service.

Heavy libraries (torch, chromadb) are imported inside commands, so `wsis --help` is instant.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from assistant.answer import Answer
from assistant.cli_common import ChromaUrl, GeneratorOption, Home, err, fail, open_assistant, out, settings_from
from assistant.cli_corpus import corpus_app
from assistant.cli_eval import eval_app
from assistant.courtesy import courtesy
from assistant.guard import check_question
from assistant.render import answer_text
from assistant.requests import RequestError, conversation, printable
from assistant.settings import Settings
from corpus.bodies import BODIES

app = typer.Typer(
    help="WSIS Assistant: answers from the WSIS texts, citing the paragraph behind every sentence.",
    no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False,
)
index_app = typer.Typer(help="Build and inspect the search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")
app.add_typer(corpus_app, name="corpus")
app.add_typer(eval_app, name="eval")

DocFilter = Annotated[list[str] | None, typer.Option("--doc", help="only these documents (repeatable)")]
BodyFilter = Annotated[list[str] | None, typer.Option("--body", help=f"only these bodies: {', '.join(BODIES)} (repeatable)")]


def filters_from(docs: list[str] | None, bodies: list[str] | None) -> dict[str, list[str]]:
    """The options as the service takes filters; it checks them, as it does the API's and the chat's."""
    return {"doc": docs or [], "body": bodies or []}


@index_app.command("build")
def index_build(home: Home = None, chroma_url: ChromaUrl = None) -> None:
    """Index the bundled ITU page and every stored document; re-embeds only what changed, swaps in when complete."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from corpus.blocks import CorpusError
    from corpus.library import all_units
    from index.build import build_index
    from index.errors import IndexError_
    from index.store import connect, readable, where_label

    settings = settings_from(home, chroma_url)
    try:
        units = all_units(settings.home)
    except CorpusError as exc:
        fail(str(exc))
    bar = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=err, transient=True)
    task = bar.add_task("embedding", total=None)

    def embedded(done: int, total: int) -> None:  # the bar shows once embedding starts: nothing before an error line
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=done, total=total)

    try:
        client = connect(settings.home, settings.chroma_url, create=True)
        with readable(where_label(settings.home, settings.chroma_url), server=bool(settings.chroma_url)):
            report = build_index(client, units, settings.get_embeddings(), progress=embedded,
                                 words=settings.min_word_similarity < 1.0)
    except (IndexError_, ValueError) as exc:
        fail(str(exc))
    finally:
        if bar.live.is_started:
            bar.stop()
    out.print(
        f"Indexed {report.units} units ({report.chunks} passages: {report.embedded} embedded, "
        f"{report.reused} unchanged) in {report.seconds:.1f}s into {settings.chroma_url or settings.home}."
    )


@index_app.command("info")
def index_info(home: Home = None, chroma_url: ChromaUrl = None, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """What the live index holds and which model built it."""
    from index.errors import IndexError_, IndexMissing
    from index.store import active_info, connect, readable, where_label, words_kept

    settings = settings_from(home, chroma_url)
    where = where_label(settings.home, settings.chroma_url)
    try:
        with readable(where, server=bool(settings.chroma_url)):
            client = connect(settings.home, settings.chroma_url)
            info = active_info(client)
            if info is None:
                raise IndexMissing(where)
            words = words_kept(client, info)
    except IndexError_ as exc:
        fail(str(exc))
    if as_json:
        print(json.dumps(info.as_metadata()))
        return
    out.print(f"{info.units} units, {info.chunks} passages, model {info.model} (dim {info.dim}), built {info.built_at}")
    if words:
        out.print(f"{words} English words kept for questions in other languages (WSIS_MIN_WORD_SIMILARITY)")
    elif settings.min_word_similarity < 1.0:
        out.print("No English words kept for questions in other languages: WSIS_MIN_WORD_SIMILARITY is set, "
                  "run `wsis index build` to keep them.")


@app.command()
def search(
    query: str,
    k: Annotated[int, typer.Option("-k", "--k", min=1, max=100, help="how many units")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object: the ranked units")] = False,
    doc: DocFilter = None, body: BodyFilter = None, home: Home = None, chroma_url: ChromaUrl = None,
) -> None:
    """Rank the indexed units for a query (hybrid dense + BM25, named paragraphs first)."""
    settings = settings_from(home, chroma_url)
    checked_before_loading(query, settings)
    assistant = open_assistant(settings)
    try:
        hits = assistant.search(query, k, filters_from(doc, body))
    except RequestError as exc:
        fail(str(exc))
    rows = [{"id": h.unit.id, "label": h.unit.label, "score": round(h.score, 4), "text": h.unit.text} for h in hits]
    read_as = assistant.read_as(query)
    if as_json:
        print(json.dumps({"query": query, "results": rows} | ({"read_as": read_as} if read_as else {}), ensure_ascii=False))
        return
    if read_as:
        out.print(f"[dim]Searched as: {read_as}[/]", highlight=False)
    for rank, row in enumerate(rows, 1):
        out.print(f"[bold]{rank}. {row['label']}[/] [dim]({row['id']}, {row['score']})[/]", highlight=False)
        out.print(f"   {row['text']}", highlight=False, markup=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="the question, or - to read one question a line from stdin")],
    as_json: Annotated[bool, typer.Option("--json", help="print the JSON contract (one object a line for -)")] = False,
    doc: DocFilter = None, body: BodyFilter = None, generator: GeneratorOption = None, home: Home = None,
    chroma_url: ChromaUrl = None,
) -> None:
    """Answer a question from the indexed texts, citing the paragraph behind every sentence."""
    settings = settings_from(home, chroma_url, generator=generator)
    if question != "-":
        checked_before_loading(question, settings)
    assistant = open_assistant(settings)
    if question == "-":
        # Batch: the model is loaded once; a bad line gets an error object and the batch goes on.
        try:
            filters = assistant.check_filters(filters_from(doc, body))  # bad filters fail every line: say so once
        except RequestError as exc:
            fail(str(exc))
        failures = 0
        lenient_input(sys.stdin)
        for line in sys.stdin:
            line = line.rstrip("\n")
            try:
                answer = assistant.ask(line, filters=filters)
                print(answer.model_dump_json() if as_json else answer_text(answer), flush=True)
            except RequestError as exc:
                failures += 1
                print(json.dumps({"question": printable(line), "error": str(exc)}, ensure_ascii=False) if as_json
                      else f"error: {exc}", flush=True)
        raise typer.Exit(1 if failures else 0)
    try:
        answer = assistant.ask(question, filters=filters_from(doc, body))
    except RequestError as exc:
        fail(str(exc))
    if as_json:
        print(answer.model_dump_json())
    else:
        show_answer(answer)


def checked_before_loading(question: str, settings: Settings) -> None:
    """A question that cannot be asked (not text, empty, too long) is said so at once, before the model and the
    index load for seconds; the service checks it again, with the same words."""
    try:
        check_question(question, settings.max_question_chars)
    except RequestError as exc:
        fail(str(exc))


def lenient_input(stream) -> None:
    """A line that is not UTF-8 reaches the service, which says so for that line (its bytes become
    lone surrogates, as in an argument), instead of a UnicodeDecodeError ending the whole run."""
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="surrogateescape")


def show_answer(answer: Answer) -> None:
    """The answer in a panel, then each citation with its quote and link (the terminal's layout)."""
    from rich.markdown import Markdown
    from rich.panel import Panel

    if answer.refused and not courtesy(answer.question):
        title, colour = "No answer", "red"
    else:  # a greeting's reply is no failed answer
        title, colour = "Answer", "green"
    out.print(Panel(Markdown(answer.answer), title=title, border_style=colour))
    for c in answer.citations:
        out.print(f"[bold][{c.n}] {c.label}[/]  [dim]{c.id}[/]", highlight=False)
        out.print(f"    “{c.quote}”", highlight=False, markup=False)
        if c.url:
            out.print(f"    {c.url}", highlight=False, markup=False, style="blue")


@app.command()
def chat(generator: GeneratorOption = None, home: Home = None, chroma_url: ChromaUrl = None) -> None:
    """Ask questions in the terminal, with follow-ups that use the conversation."""
    assistant = open_assistant(settings_from(home, chroma_url, generator=generator))
    answers: list[Answer] = []
    lenient_input(sys.stdin)
    out.print("Ask about WSIS (empty line or Ctrl-D to quit).")
    while True:
        try:
            question = input("? ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        try:
            answer = assistant.ask(question, conversation(answers))
        except RequestError as exc:
            err.print(f"error: {exc}", highlight=False, markup=False)
            continue
        show_answer(answer)
        answers.append(answer)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option("--host", help="interface to listen on, default 127.0.0.1 (env WSIS_HOST)")] = None,
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, help="default 7860 (env WSIS_PORT)")] = None,
    root_path: Annotated[str | None, typer.Option(
        "--root-path", help="public path prefix behind a reverse proxy, e.g. /wsis (env WSIS_ROOT_PATH)")] = None,
    generator: GeneratorOption = None, home: Home = None, chroma_url: ChromaUrl = None,
) -> None:
    """Serve the chat UI at / and the JSON API at /api (docs at /docs), loading the model once."""
    from assistant.server import serve as run_server
    from index.errors import IndexError_

    flags: dict[str, Any] = {"host": host, "port": port, "root_path": root_path, "home": home, "chroma_url": chroma_url,
             "generator": generator.value if generator else None}
    try:
        settings = Settings(**{k: v for k, v in flags.items() if v is not None})
    except Exception as exc:  # pydantic's ValidationError: a bad flag or WSIS_* variable
        fail(f"bad configuration: {exc}")
    try:
        run_server(settings)
    except (IndexError_, ValueError, OSError) as exc:
        fail(str(exc))


def main() -> None:
    app()
