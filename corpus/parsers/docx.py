"""DOCX -> blocks with python-docx: headings by style, Word's automatic numbering written out.

Word keeps a numbered list's "1.", "a)" or "ii." out of the text (it draws them from the
numbering definitions), so the numbers are computed here and put back in front of each item.
"""

from __future__ import annotations

import io
import re
import zipfile

from corpus.blocks import Block, ParseError
from corpus.text import clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class _Numbering:
    """Counters of Word's lists, and the marker each numbered paragraph shows."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for node in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[int(lvl.get(f"{W}ilvl"))] = (
                    fmt.get(f"{W}val") if fmt is not None else "decimal",
                    text.get(f"{W}val") if text is not None else "%1.",
                    int(start.get(f"{W}val")) if start is not None else 1,
                )
            abstract[node.get(f"{W}abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{W}val"), {}).items():
                self.levels[(num.get(f"{W}numId"), ilvl)] = spec

    def marker(self, num_id: str, ilvl: int) -> str:
        spec = self.levels.get((num_id, ilvl))
        if spec is None or spec[0] in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else spec[2]

        def level_value(match: re.Match) -> str:
            level = int(match[1]) - 1
            fmt = self.levels.get((num_id, level), ("decimal", "", 1))[0]
            return _format(counters[level] or 1, fmt)

        return re.sub(r"%(\d)", level_value, spec[1]).strip()


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, level) from the paragraph, else from its style and the styles it is based on."""
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for ppr in sources:
        if ppr is None or ppr.numPr is None:
            continue
        num_id = ppr.numPr.numId
        if num_id is None or num_id.val == 0:
            return None
        ilvl = ppr.numPr.ilvl
        return str(num_id.val), (ilvl.val if ilvl is not None else 0)
    return None


def _heading_level(paragraph) -> int:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name == "Title":
        return 1
    match = re.match(r"Heading (\d)", name)
    return int(match[1]) if match else 0


def _body_items(document):
    """Paragraphs in body order, tables' cell paragraphs included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(parent, element):
        for child in element.iterchildren():
            if child.tag == f"{W}p":
                yield Paragraph(child, parent)
            elif child.tag == f"{W}tbl":
                table = Table(child, parent)
                for row in table.rows:
                    for cell in row.cells:
                        yield from walk(cell, cell._tc)

    yield from walk(document, document.element.body)


def parse(data: bytes, name: str = "document.docx") -> list[Block]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ParseError(f"{name}: not a DOCX file (a DOCX is a zip archive)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ParseError(f"{name}: not a readable DOCX ({type(exc).__name__})") from None
    except Exception as exc:  # lxml's XMLSyntaxError and kin from a damaged part
        raise ParseError(f"{name}: not a readable DOCX ({type(exc).__name__})") from None
    numbering = _Numbering(document)
    blocks: list[Block] = []
    for paragraph in _body_items(document):
        text = clean(paragraph.text)
        if not text:
            continue
        level = _heading_level(paragraph)
        num = _num_pr(paragraph)
        prefix = numbering.marker(*num) if num else ""
        if prefix and not text.startswith(prefix):
            text = f"{prefix} {text}"
        blocks.append(Block(text, heading=bool(level), level=level))
    return blocks
