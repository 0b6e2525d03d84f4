"""HTML -> blocks with selectolax.

ITU's WSIS pages lay a document out as a table: a row per paragraph, its number in one cell and
its text in the next, sub-items in rows of their own or as lines (``<br>``, ``<p>``) of the text
cell. A number alone in a cell is joined to the text beside it: "50." + "We acknowledge …".
"""

from __future__ import annotations

import re

from corpus.blocks import Block, ParseError, marker
from corpus.parsers import decode_text
from corpus.text import clean

SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav", "iframe", "object", "select", "button"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCKS = {
    "p", "div", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "td", "th", "blockquote", "section",
    "article", "body", "html", "center", "dl", "dt", "dd", "hr", "main", "header", "footer", "form",
    "pre", "address", "caption", "figure", "aside", "fieldset",
}
_MARKER_ONLY = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivxl]{1,5})[.)]?$")
_BOLD = {"b", "strong"}


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.bold: list[bool] = []

    def flush(self) -> None:
        text = clean("".join(self.buffer))
        if text:
            all_bold = bool(self.bold) and all(self.bold)
            heading = all_bold and len(text.split()) <= 15 and not text.endswith((".", ";", ",")) and not marker(text)
            self.blocks.append(Block(text, heading=heading, level=3 if heading else 0))
        self.buffer, self.bold = [], []

    def walk(self, node, bold: bool = False) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text(deep=False) or ""
                self.buffer.append(text)
                if text.strip():
                    self.bold.append(bold)
            elif tag in SKIP or tag == "-comment":
                continue
            elif tag == "br":
                self.flush()
            elif tag in HEADINGS:
                self.flush()
                text = clean(child.text(separator=" "))
                if text:
                    self.blocks.append(Block(text, heading=True, level=HEADINGS[tag]))
            elif tag == "tr":
                self.flush()
                self.row(child)
            elif tag in BLOCKS:
                self.flush()
                self.walk(child, bold)
                self.flush()
            else:
                self.walk(child, bold or tag in _BOLD)

    def row(self, tr) -> None:
        cells = [c for c in tr.iter() if c.tag in ("td", "th")]
        pending = ""
        for cell in cells:
            inner = _Walker()
            inner.walk(cell)
            inner.flush()
            blocks = inner.blocks
            if not blocks:
                continue
            if len(blocks) == 1 and _MARKER_ONLY.match(blocks[0].text):
                pending = f"{pending} {blocks[0].text}".strip()
                continue
            if pending:
                number = pending if not pending[-1].isdigit() else pending + "."
                blocks[0] = Block(f"{number} {blocks[0].text}")
                pending = ""
            self.blocks.extend(blocks)


def parse(data: bytes, name: str = "document.html") -> list[Block]:
    from selectolax.lexbor import LexborHTMLParser

    text = decode_text(data, name)
    if not re.search(r"<\s*[a-zA-Z!]", text[:4096]):
        raise ParseError(f"{name}: not HTML (no markup found)")
    tree = LexborHTMLParser(text)
    root = tree.body or tree.root
    if root is None:
        raise ParseError(f"{name}: not HTML (nothing to read)")
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    return walker.blocks
