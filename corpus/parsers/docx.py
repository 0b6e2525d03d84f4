"""DOCX -> blocks with python-docx: headings by style, Word's automatic numbering written out.

Word keeps a numbered list's "1.", "a)" or "ii." out of the text (it draws them from the
numbering definitions), so the numbers are computed here and put back in front of each item.
Tables are read row by row (``row_blocks``), text in content controls is read like the rest,
and footnotes follow the paragraph that cites them.
"""

from __future__ import annotations

import io
import re
import zipfile

from corpus.blocks import ABJAD, Block, Parsed, ParseError, row_blocks
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
    if fmt == "arabicAbjad":  # أ ب ج د …, as Arabic texts letter their sub-items
        return ABJAD[(n - 1) % len(ABJAD)]
    if fmt == "hindiNumbers":  # Arabic-Indic digits
        return str(n).translate(_ARABIC_INDIC)
    return str(n)


_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


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


def _footnotes(document) -> dict[str, str]:
    """Footnote id -> its text, from the footnotes part (python-docx does not read it)."""
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            notes = {}
            for note in root.findall(f"{W}footnote"):
                if note.get(f"{W}type") in (None, "normal"):
                    text = clean(" ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in note.iter(f"{W}p")))
                    if text:
                        notes[note.get(f"{W}id")] = text
            return notes
    return {}


class _Reader:
    """Body blocks in order: paragraphs, content controls' paragraphs, tables row by row, footnotes after
    the paragraph citing them."""

    def __init__(self, document) -> None:
        self.document = document
        self.numbering = _Numbering(document)
        self.notes = _footnotes(document)
        self.shown = 0  # footnotes are numbered in the order they are cited

    def paragraph(self, element, parent) -> list[Block]:
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(element, parent)
        notes = []
        for ref in element.iter(f"{W}footnoteReference"):
            note = self.notes.get(ref.get(f"{W}id"))
            if note:
                self.shown += 1
                notes.append((str(self.shown), note))
        # Word shows a footnote's mark as a superscript number; it is put at the paragraph's end, as
        # a reader finds it in most paragraphs, and the note follows the paragraph.
        text = clean(paragraph.text + "".join(mark for mark, _ in notes))
        out = []
        if text:
            level = _heading_level(paragraph)
            num = _num_pr(paragraph)
            prefix = self.numbering.marker(*num) if num else ""
            if prefix and not text.startswith(prefix):
                text = f"{prefix} {text}"
            out.append(Block(text, heading=bool(level), level=level))
        out.extend(Block(f"{mark} {note}", note=True) for mark, note in notes)
        return out

    def blocks(self, parent, element) -> list[Block]:
        out: list[Block] = []
        for child in element.iterchildren():
            if child.tag == f"{W}p":
                out.extend(self.paragraph(child, parent))
            elif child.tag == f"{W}tbl":
                for row in child.iterchildren(f"{W}tr"):
                    out.extend(row_blocks([self.blocks(parent, cell) for cell in row.iterchildren(f"{W}tc")]))
            elif child.tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    out.extend(self.blocks(parent, content))
        return out


def _declared_title(document) -> str:
    try:
        return clean(document.core_properties.title or "")
    except Exception:  # noqa: BLE001 - damaged core properties only mean no declared title
        return ""


def parse(data: bytes, name: str = "document.docx") -> Parsed:
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
    blocks = _Reader(document).blocks(document, document.element.body)
    return Parsed(tuple(blocks), _declared_title(document))
