"""What every `wsis` command group shares: the common options, the consoles, and failing cleanly."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from assistant.settings import Settings

if TYPE_CHECKING:  # the service is imported when a command opens it: it loads LangChain and the index's code
    from assistant.service import Assistant

out = Console()
err = Console(stderr=True)

Home = Annotated[Path | None, typer.Option("--home", help="data directory (env WSIS_HOME)")]
ChromaUrl = Annotated[str | None, typer.Option(
    "--chroma-url", help="a Chroma server, e.g. http://127.0.0.1:8000 (env WSIS_CHROMA_URL)")]


class GeneratorName(StrEnum):
    extractive = "extractive"
    llm = "llm"


GeneratorOption = Annotated[GeneratorName | None, typer.Option(
    "--generator",
    help="extractive (quotes, no LLM) or llm (needs WSIS_LLM_BASE_URL + WSIS_LLM_MODEL, or WSIS_LLM_GGUF) (env WSIS_GENERATOR)")]


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and a non-zero exit: what a person sees instead of a traceback."""
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def settings_from(home: Path | None, chroma_url: str | None = None, **flags) -> Settings:
    try:
        flags = {name: getattr(value, "value", value) for name, value in flags.items()}  # an Enum choice is its value
        return Settings().with_overrides(home=home, chroma_url=chroma_url, **flags)
    except Exception as exc:  # pydantic's ValidationError: a bad WSIS_* variable
        fail(f"bad configuration: {str(exc).splitlines()[0]} — {exc}")


def open_assistant(settings: Settings) -> Assistant:
    """The Assistant the settings describe, or one line on what to fix (a missing index, a bad generator setting)."""
    from assistant.generators import GeneratorConfigError
    from assistant.service import Assistant
    from index.errors import IndexError_
    from index.store import readable, where_label

    try:
        with readable(where_label(settings.home, settings.chroma_url), server=bool(settings.chroma_url)):
            return Assistant.open(settings)
    except (IndexError_, GeneratorConfigError) as exc:
        fail(str(exc))
