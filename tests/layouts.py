"""Agendas as official documents lay them out, written as HTML, DOCX, PDF and TXT.

An ``Agenda`` is what a document says: a title block (organisation, symbol, date,
"Original: English"), a title, headings, numbered paragraphs with their sub-items, footnotes, an
annex. ``render(agenda, fmt, layout)`` lays it out the way one format does it in the wild: ITU's
table-cell HTML, ``<p>`` or ``<ol>`` HTML, typed or Word-numbered or tabled DOCX, a PDF with
running headers, footers and page numbers, plain text wrapped at 72 columns with or without blank
lines and page breaks. The words are invented; the layouts are the point.

``test_layout_properties`` generates agendas with hypothesis and checks that exactly their
paragraphs come back; ``test_layouts`` reads hand-written ones (the cases of issue 18).
"""

from __future__ import annotations

import html
import io
import re
import textwrap
from dataclasses import dataclass

WIDTH = 72  # TXT columns


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str  # the paragraph's opening, without its number
    items: tuple[str, ...] = ()  # sub-items as the document writes them: "a) …", "i. …"
    note: str = ""  # a footnote marked at the end of the opening

    @property
    def unit_text(self) -> str:
        """What the paragraph's unit must hold: the opening, then one line per sub-item."""
        return "\n".join((self.text, *self.items))


@dataclass(frozen=True)
class Agenda:
    title: str
    parts: tuple[Paragraph | str, ...]  # a str is a heading
    symbol: str = "CITY-31/DOC/4(Rev.1)-E"
    date: str = "3 March 2031"
    org: str = "World Summit of Fictional Cities"
    style: str = "."  # "12." or "12"
    annex: tuple[str, ...] = ()
    header: str = "Fictional City Summit 2031 - agenda fixture"  # a PDF's or paged TXT's running header
    meta_title: str = ""  # the title the file declares (HTML <title>, DOCX/PDF properties)
    original: str = "Original: English"  # the title block's line, in the document's language
    annex_heading: str = "Annex"  # "Annexe", "Приложение", "المرفق", "附件"

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for p in self.parts if isinstance(p, Paragraph)]

    def number(self, n: int) -> str:
        return f"{n}{self.style}"

    def title_block(self) -> list[str]:
        return [line for line in (self.symbol, self.date, self.original if self.symbol else "") if line]


LAYOUTS = {
    "html": ("table", "table-br", "p", "ol"),
    "docx": ("typed", "table", "numbered"),
    "pdf": ("pages",),
    "txt": ("blank-lines", "wrapped", "pages"),
}


def render(agenda: Agenda, fmt: str, layout: str = "") -> bytes:
    layout = layout or LAYOUTS[fmt][0]
    return {"html": _html, "docx": _docx, "pdf": _pdf, "txt": _txt}[fmt](agenda, layout)


def consecutive(agenda: Agenda) -> bool:
    return [p.number for p in agenda.paragraphs] == list(range(1, len(agenda.paragraphs) + 1))


# -- HTML ------------------------------------------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _html(agenda: Agenda, layout: str) -> bytes:
    head = f"<title>{_e(agenda.meta_title)}</title>" if agenda.meta_title else ""
    right = "<br>".join(_e(line) for line in agenda.title_block())
    top = (f'<table width="100%"><tr><td valign="top"><b>{_e(agenda.org)}</b></td>'
           f'<td align="right" valign="top">{right}</td></tr></table>') if agenda.org or right else ""
    body = [top, f'<p align="center"><b>{_e(agenda.title)}</b></p>', '<div id="main-menu"><a href="/">Home</a></div>']
    notes: list[str] = []

    def opening(p: Paragraph) -> str:
        if not p.note:
            return _e(p.text)
        notes.append(p.note)
        return f'{_e(p.text)}<sup><a href="#fn{len(notes)}">{len(notes)}</a></sup>'

    if layout in ("table", "table-br"):
        rows = []
        for part in agenda.parts:
            if isinstance(part, str):
                rows.append(f'<tr><td colspan="2"><p><b>{_e(part)}</b></p></td></tr>')
                continue
            if layout == "table-br":
                cell = "<br>\n".join([opening(part), *map(_e, part.items)])
                rows.append(f'<tr><td valign="top" width="5%">{agenda.number(part.number)}</td><td><p>{cell}</p></td></tr>')
            else:
                rows.append(f'<tr><td valign="top" width="5%"><p>{agenda.number(part.number)}</p></td>'
                            f'<td><p>{opening(part)}</p></td></tr>')
                rows += [f"<tr><td></td><td><p>{_e(item)}</p></td></tr>" for item in part.items]
        body.append(f'<table border="0" cellpadding="4">{"".join(rows)}</table>')
    elif layout == "p":
        for part in agenda.parts:
            if isinstance(part, str):
                body.append(f"<h3>{_e(part)}</h3>")
            else:
                body.append(f"<p>{agenda.number(part.number)} {opening(part)}</p>")
                body += [f'<p style="margin-left:2em">{_e(item)}</p>' for item in part.items]
    elif layout == "ol":
        assert agenda.style == ".", "a browser shows <ol> numbers as '12.'"
        open_list = False
        for part in agenda.parts:
            if isinstance(part, str):
                if open_list:
                    body.append("</ol>")
                    open_list = False
                body.append(f"<h3>{_e(part)}</h3>")
                continue
            if not open_list:
                body.append(f'<ol start="{part.number}">')
                open_list = True
            body.append(f'<li value="{part.number}">{opening(part)}{_html_items(part.items)}</li>')
        if open_list:
            body.append("</ol>")
    else:
        raise ValueError(layout)
    if notes:
        body.append("<hr>" + "".join(f'<p class="footnote"><sup>{i}</sup> {_e(n)}</p>' for i, n in enumerate(notes, 1)))
    if agenda.annex:
        body.append(f"<h2>{_e(agenda.annex_heading)}</h2>" + "".join(f"<p>{_e(line)}</p>" for line in agenda.annex))
    body.append('<div class="footer">Fictional City Summit | Contact | Privacy</div>')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}<script>var t = "not text";</script></head>'
            f'<body>{"".join(body)}</body></html>').encode()


def _html_items(items: tuple[str, ...]) -> str:
    """Sub-items "a) …" / "i. …" as nested lists: <ol type="a"> with <ol type="i"> inside an item."""
    if not items:
        return ""
    out, inner = ['<ol type="a">'], False
    for item in items:
        marker, text = item.split(" ", 1)
        if marker.endswith(".") or marker.startswith("’"):  # a roman sub-item, inside the letter item above
            if not inner:
                out.append('<ol type="i">')
                inner = True
            out.append(f"<li>{_e(text)}</li>")
            continue
        if inner:
            out.append("</ol>")
            inner = False
        if len(out) > 1:
            out.append("</li>")
        out.append(f"<li>{_e(text)}")
    if inner:
        out.append("</ol>")
    out.append("</li></ol>")
    return "".join(out)


# -- DOCX ------------------------------------------------------------------------------------------

def _docx(agenda: Agenda, layout: str) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    if agenda.meta_title:
        document.core_properties.title = agenda.meta_title
    section = document.sections[0]  # a running header and footer: Word keeps them out of the body
    section.header.paragraphs[0].text = agenda.header
    section.footer.paragraphs[0].text = f"{agenda.symbol} - page footer"
    if layout == "table":
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).paragraphs[0].add_run(agenda.org).bold = True
        right = table.cell(0, 1)
        for i, line in enumerate(agenda.title_block()):
            paragraph = right.paragraphs[0] if i == 0 else right.add_paragraph()
            paragraph.add_run(line)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        if agenda.org:
            document.add_paragraph(agenda.org)
        for line in agenda.title_block():
            document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_heading(agenda.title, level=0)
    numbered = layout == "numbered" and agenda.style == "." and consecutive(agenda)
    rows = None
    for part in agenda.parts:
        if isinstance(part, str):
            rows = None
            document.add_heading(part, level=2)
            continue
        if layout == "table":
            if rows is None:
                rows = document.add_table(rows=0, cols=2)
            row = rows.add_row()
            row.cells[0].paragraphs[0].add_run(agenda.number(part.number))
            cell = row.cells[1]
            cell.paragraphs[0].add_run(part.text)
            _docx_note(document, cell.paragraphs[0], part.note)
            for item in part.items:
                cell.add_paragraph(item)
            continue
        if numbered:
            paragraph = document.add_paragraph(part.text, style="List Number")
        else:
            paragraph = document.add_paragraph(f"{agenda.number(part.number)} {part.text}")
        _docx_note(document, paragraph, part.note)
        for item in part.items:
            document.add_paragraph(item)
    if agenda.annex:
        document.add_heading(agenda.annex_heading, level=1)
        for line in agenda.annex:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_note(document, paragraph, text: str) -> None:
    """A real Word footnote: a reference in the paragraph, its text in the footnotes part."""
    if not text:
        return
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.FOOTNOTES), None)
    if part is None:
        xml = (f'<w:footnotes xmlns:w="{w}"><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>'
               f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote></w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode(), document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)
    root = parse_xml(part.blob)
    note_id = str(len(root.findall(qn("w:footnote"))) - 1)
    root.append(parse_xml(f'<w:footnote xmlns:w="{w}" w:id="{note_id}"><w:p><w:r><w:t xml:space="preserve">'
                          f"{html.escape(text)}</w:t></w:r></w:p></w:footnote>"))
    from lxml import etree

    part._blob = etree.tostring(root)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{w}" w:id="{note_id}"/>'))


# -- PDF -------------------------------------------------------------------------------------------

def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def _pdf(agenda: Agenda, layout: str) -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, _latin1(agenda.header), new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Doc(format=(148, 210))
    if agenda.meta_title:
        pdf.set_title(agenda.meta_title)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    if agenda.org:
        pdf.cell(0, 5, _latin1(agenda.org), new_x="LMARGIN", new_y="NEXT")
    for line in agenda.title_block():
        pdf.cell(0, 5, _latin1(line), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", style="B", size=10)
    pdf.cell(0, 6, _latin1(agenda.title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for part in agenda.parts:
        if isinstance(part, str):
            pdf.ln(2)
            pdf.set_font("Helvetica", style="B", size=9)
            pdf.cell(0, 5, _latin1(part), new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", size=9)
        pdf.ln(1)
        pdf.multi_cell(0, 4.5, _latin1(f"{agenda.number(part.number)} {part.text}"), new_x="LMARGIN", new_y="NEXT")
        for item in part.items:
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(0, 4.5, _latin1(item), new_x="LMARGIN", new_y="NEXT")
    if agenda.annex:
        pdf.ln(3)
        pdf.set_font("Helvetica", style="B", size=10)
        pdf.cell(0, 6, _latin1(agenda.annex_heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=9)
        for line in agenda.annex:
            pdf.multi_cell(0, 4.5, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# -- TXT -------------------------------------------------------------------------------------------

def _wrap(text: str, indent: str = "") -> list[str]:
    if re.search(r"[\u4e00-\u9fff]", text):  # Chinese, written without spaces, is set line by line anywhere
        lines, rest = [text[:WIDTH]], text[WIDTH:]
        while rest:
            lines.append(indent + rest[:WIDTH - len(indent)])
            rest = rest[WIDTH - len(indent):]
        return lines
    return textwrap.wrap(text, WIDTH, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False)


def txt_lines(agenda: Agenda, blank_lines: bool = True) -> list[str]:
    gap = [""] if blank_lines else []
    lines = [agenda.org] if agenda.org else []
    lines += [line.rjust(WIDTH) for line in agenda.title_block()]
    lines += ["", agenda.title.center(WIDTH).rstrip(), ""]
    for part in agenda.parts:
        if isinstance(part, str):
            lines += ["", part, ""] if blank_lines else [part]
            continue
        lines += _wrap(f"{agenda.number(part.number)} {part.text}") + gap
        for item in part.items:
            lines += _wrap(item, "   ") + gap
    if agenda.annex:
        lines += ["", agenda.annex_heading, ""]
        for line in agenda.annex:
            lines += _wrap(line) + gap
    return lines


def _txt(agenda: Agenda, layout: str) -> bytes:
    lines = txt_lines(agenda, blank_lines=layout != "wrapped")
    if layout == "pages":
        pages, size = [], 40
        for n, start in enumerate(range(0, len(lines), size), 1):
            pages.append("\n".join([agenda.header, "", *lines[start:start + size], "", f"- {n} -"]))
        return "\f".join(pages).encode("utf-8")
    return "\n".join(lines).encode("utf-8")
