"""Answers as the faces show them: the chat's Markdown, the Sources panel, the export, the terminal's text.

Everything that comes from a document or a user is untrusted: it is escaped here, so HTML or
script in a source or a question is shown as text, and so is an address (a Markdown renderer
would make https://…, www.… and name@host live links by itself). Only the links this module adds
are live: the [n] markers, and the official document's URL when it is http(s).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from assistant import prompts
from assistant.answer import BULLET, Answer, Citation, layout
from assistant.courtesy import courtesy
from assistant.requests import printable
from corpus.lang import detect

_MARKER = re.compile(r"\\\[(\d+)\\\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~$>])")
# What GFM renderers link by themselves (the "autolink" extension): a backslash before the ':' of
# "https://", the '.' of "www." or the '@' of an address keeps it text, and renders as nothing.
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp|mailto)(?=:)|\bwww(?=\.)|\w(?=@\w)")


def escape_markdown(text: str) -> str:
    """Text shown literally by a Markdown renderer: HTML escaped, Markdown punctuation backslashed,
    addresses kept from becoming links."""
    escaped = _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    return _AUTOLINK.sub(lambda m: m[0] + "\\", escaped)


def source_anchor(turn: int, n: int) -> str:
    """The element id of citation ``n`` of the ``turn``-th answer in the Sources panel."""
    return f"src-{turn}-{n}"


def question_markdown(question: str) -> str:
    """The question as the chat shows it, refused or not: a lone surrogate as U+FFFD (the page takes UTF-8)."""
    return escape_markdown(printable(question))


def answer_markdown(text: str, turn: int, numbers: Iterable[int] | None = None) -> str:
    """The answer with each [n] a link to its source; ``numbers`` limits links to real citations."""
    allowed = None if numbers is None else set(numbers)
    lines = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip(" "))]
        line = line[len(indent):]
        bullet = line.startswith(BULLET)
        body = _quote_markdown(line[len(BULLET):] if bullet else line)
        body = _MARKER.sub(lambda m: _link(m, turn, allowed), body)
        lines.append(indent + (BULLET if bullet else "") + body)
    return "\n".join(lines)


# The service writes a quote as `**label**: “words of the source” [n]` (or `“…” [n]` under it).
_QUOTED = re.compile(r"^(?:\*\*(?P<label>.+?)\*\*: )?“(?P<quote>.*)”(?P<rest>(?: \[\d+\])*.*)$", re.DOTALL)


def _quote_markdown(line: str) -> str:
    """A line of the answer, escaped, with the project's words and the source's told apart: the label
    bold, the quoted words in italics between quotation marks."""
    match = _QUOTED.match(line)
    if not match:
        return escape_markdown(line)
    label = f"**{escape_markdown(match['label'])}**: " if match["label"] else ""
    quote = escape_markdown(match["quote"].strip())
    return f"{label}“*{quote}*”{escape_markdown(match['rest'])}" if quote else escape_markdown(line)


def streaming_markdown(lines: Sequence[str], turn: int) -> str:
    """The lines composed so far, laid out as the final answer will be."""
    return answer_markdown(layout(lines), turn)


def _link(match: re.Match, turn: int, allowed: set[int] | None) -> str:
    n = int(match[1])
    if allowed is not None and n not in allowed:
        return match[0]
    return f"[\\[{n}\\]](#{source_anchor(turn, n)})"


def safe_url(url: str) -> str | None:
    """Only http(s) links are shown: a javascript: or data: URL in a document is dropped."""
    url = (url or "").strip()
    return url if re.match(r"https?://", url, re.IGNORECASE) else None


def highlighted(text: str, quote: str) -> str:
    """The unit's text, escaped, with the supporting sentence marked."""
    start = text.find(quote) if quote else -1
    if start < 0:
        return html.escape(text)
    end = start + len(quote)
    return f"{html.escape(text[:start])}<mark>{html.escape(quote)}</mark>{html.escape(text[end:])}"


def citation_html(turn: int, c: Citation, lang: str = "en") -> str:
    url = safe_url(c.url)
    official = prompts.OFFICIAL_DOCUMENT.say(lang)
    link = (
        f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{official}</a> · '
        if url else ""
    )
    return (
        f'<details class="wsis-src"><summary><b>[{c.n}]</b> {html.escape(c.label)}</summary>'
        f'<div class="wsis-src-body" id="{source_anchor(turn, c.n)}">'
        f"<p>{highlighted(c.text, c.quote)}</p>"
        f'<p class="wsis-src-meta">{link}<code>{html.escape(c.id)}</code></p></div></details>'
    )


def sources_html(answers: Sequence[Answer | None], heading: bool = True) -> str:
    """The Sources panel: each answer's citations, the newest answer first, its words in the language of
    the question they answer. ``heading``: the panel's heading and its hint when empty, in English (the
    chat shows its own, in the browser's language)."""
    groups = []
    for turn in reversed(range(len(answers))):
        answer = answers[turn]
        if answer is None or (not answer.citations and courtesy(answer.question)):
            continue  # a greeting asked for no source: "the documents do not cover this" would say it did
        lang = detect(answer.question)
        body = ("".join(citation_html(turn, c, lang) for c in answer.citations)
                or f"<p><i>{prompts.SOURCES_NONE.say(lang)}</i></p>")
        groups.append(
            f'<section class="wsis-turn" id="turn-{turn}">'
            f'<p class="wsis-turn-q">{html.escape(answer.question)}</p>{body}</section>'
        )
    if not heading:
        return f'<div class="wsis-sources">{"".join(groups)}</div>'
    inner = "".join(groups) or f"<p><i>{prompts.SOURCES_EMPTY}</i></p>"
    return f'<div class="wsis-sources"><h3>{prompts.SOURCES_HEADING}</h3>{inner}</div>'


def conversation_markdown(answers: Sequence[Answer | None], now: datetime | None = None) -> str:
    """The conversation for a brief: every question, answer and source (label, quote, URL)."""
    now = now or datetime.now(UTC)
    out = [f"# {prompts.EXPORT_TITLE}", "", f"_Exported {now:%Y-%m-%d %H:%M} UTC_", ""]
    for number, answer in enumerate((a for a in answers if a is not None), 1):
        out += [f"## {number}. {_md_text(answer.question)}", "", _md_text(answer.answer), ""]
        if answer.citations:
            out += [f"**{prompts.EXPORT_SOURCES}**", ""]
            for c in answer.citations:
                url = f" — <{_md_url(c.url)}>" if safe_url(c.url) else ""
                out.append(f"- [{c.n}] **{_md_text(c.label)}** ({_md_text(c.id)}): “{_md_text(c.quote)}”{url}")
            out.append("")
    return "\n".join(out)


_BRACKET = re.compile(r"([\[\]])")
_EXPORT_MARKER = re.compile(r"\\\[(\d+)\\\](?![(\[:])")


def _md_text(text: str) -> str:
    """Text in the export, as any Markdown viewer will show it: HTML tags stay text, and so do links
    and images written in a source or a question (``[x](javascript:…)``, ``![](https://…)``, and
    ``[x]: …`` definitions), their brackets backslashed; the answer's [n] markers stay as they are."""
    text = _BRACKET.sub(r"\\\1", html.escape(text, quote=False))
    return _EXPORT_MARKER.sub(r"[\1]", text)


def _md_url(url: str) -> str:
    """An http(s) URL inside <…>: characters that would end the link early are percent-encoded."""
    return "".join(f"%{ord(ch):02X}" if ch in "<> \n\t" else ch for ch in url.strip())


def answer_text(answer: Answer) -> str:
    """The answer as plain text with its sources listed below it (``wsis ask -`` without ``--json``)."""
    sources = "\n".join(f"  [{c.n}] {c.label} — {c.url}" for c in answer.citations)
    return f"{answer.answer}\n{sources}\n" if sources else f"{answer.answer}\n"


def source_links_js(prefix: str, flag: str) -> str:
    """The script a sources panel runs when it mounts: a click on a marker linking to ``prefix…`` opens its
    source (and the <details> around it) and scrolls to it, without touching the page's URL (inside a
    <gradio-app> web component, the page is the host's). ``flag`` keeps it from listening twice."""
    return """
if (!element.FLAG) {
  element.FLAG = true;
  element.getRootNode().addEventListener('click', (event) => {
    const link = event.composedPath().find(
      (n) => n.tagName === 'A' && (n.getAttribute('href') || '').startsWith('PREFIX'));
    if (!link) return;
    const target = element.querySelector(link.getAttribute('href'));
    if (!target) return;
    event.preventDefault();
    for (let d = target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    target.scrollIntoView({behavior: 'smooth', block: 'center'});
  }, true);
}
""".replace("FLAG", flag).replace("PREFIX", prefix)
