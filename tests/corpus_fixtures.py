"""Fixture documents in the real layouts of the official texts, with wording of our own.

Every text here is invented: the structure (ITU's table-cell HTML, the Final Acts' resolution
layout, a sectioned roadmap) is what the parsers must handle; the words are not WSIS's.
"""

from __future__ import annotations

import io
import textwrap

# -- an agenda in ITU's table-cell HTML -------------------------------------------------------

AGENDA_PARAGRAPHS = {
    1: "We, the delegates gathered here, agree on the fictional programme set out in this text.",
    2: "We note that this programme builds on the principles agreed at the first phase.",
    3: "We resolve to review the programme at regular intervals.",
    49: "We invite partners to strengthen regional cooperation on network planning.",
    95: "We encourage the exchange of best practice among regional bodies.",
    96: ("We ask the lead agency and regional organizations to help countries manage the radio-frequency "
         "spectrum in a way that is fair to all, under the international agreements in force."),
    97: "We welcome the creation of national focal points for the programme.",
}
PARAGRAPH_50 = [
    "We recognize that the costs of connecting to the backbone weigh heavily on small networks. "
    "We therefore call for a plan that lowers them, by:",
    "a) Promoting exchange points that keep local traffic local;",
    "b) Asking funders to give priority to shared infrastructure;",
    "c) Encouraging work on:",
    "i. backbone links between neighbouring countries;",
    "ii. a public register of the transit prices that carriers charge;",
    "d) Reporting on progress every second year.",
]


def _row(number: str, text: str) -> str:
    return f'<tr><td valign="top" width="5%"><p>{number}</p></td><td><p>{text}</p></td></tr>'


def agenda_html(paragraph_96: str | None = None) -> bytes:
    paras = dict(AGENDA_PARAGRAPHS)
    if paragraph_96:
        paras[96] = paragraph_96
    rows = []
    rows.append('<tr><td colspan="2"><p align="center"><b>Introduction</b></p></td></tr>')
    rows += [_row(f"{n}.", paras[n]) for n in (1, 2, 3)]
    rows.append('<tr><td colspan="2"><p><b>Financial mechanisms for connectivity</b></p></td></tr>')
    rows.append(_row("49.", paras[49]))
    intro, *items = PARAGRAPH_50
    rows.append(_row("50.", intro))
    for item in items:
        rows.append(f"<tr><td></td><td><p>{item}</p></td></tr>")
    rows.append('<tr><td colspan="2"><p><b>Internet governance</b></p></td></tr>')
    rows += [_row(f"{n}.", paras[n]) for n in (95, 96, 97)]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Tunis Agenda (fixture)</title>
<script>var tracking = "not content";</script><style>td {{ font-size: 10pt }}</style></head>
<body>
<div id="nav"><a href="/">Home</a></div>
<h2>Tunis Agenda for the Information Society</h2>
<p>Document WSIS-05/TUNIS/DOC/6(Rev.1)-E</p>
<table border="0" cellpadding="4">{''.join(rows)}</table>
<h3>Annex</h3>
<table>
<tr><td><p>Action line</p></td><td><p>Possible moderators</p></td></tr>
<tr><td><p>C2. Infrastructure</p></td><td><p>The lead agency</p></td></tr>
<tr><td><p>C5. Building confidence</p></td><td><p>The lead agency</p></td></tr>
</table>
</body></html>""".encode()


# -- a resolution, as the Final Acts lay it out ---------------------------------------------

RESOLUTION_TITLE = "RESOLUTION 140 (REV. GUADALAJARA, 2010)"
RESOLUTION_SUBJECT = ["ITU's role in implementing the outcomes of the", "World Summit on the Information Society"]
RESOLUTION_ENACTING = "The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),"
RESOLUTION_PARTS: list[tuple[str, list[str]]] = [
    ("recalling", [
        "a) the outcome texts of both phases of the summit, which this fictional text does not quote;",
        "b) its earlier decision on the same subject, taken at a previous conference;",
    ]),
    ("considering", [
        "a) that the Union has a central part in building the information society, as the fixture assumes;",
        "b) that the membership asked for a single plan covering all three Sectors;",
        "c) that the plan must be reviewed against the targets agreed by the membership,",
    ]),
    ("noting", [
        "that the annual forum brings together every stakeholder of the process,",
    ]),
    ("resolves", [
        "1 that the Union shall keep coordinating its work on the summit outcomes through one "
        "high-level group that reports to the Council every year;",
        "2 to continue to take the measures needed to carry out the action lines it leads, in particular:",
        "a) to publish a yearly report on information infrastructure;",
        "b) to support cybersecurity capacity building in developing countries;",
        "3 that the work must keep within the budget approved by this conference,",
    ]),
    ("instructs the Secretary-General", [
        "1 to report to the Council each year on the progress of this plan;",
        "2 to bring this resolution to the attention of the heads of the United Nations agencies,",
    ]),
    ("instructs the Directors of the Bureaux", [
        "1 to align the operational plans of the Sectors with this resolution,",
    ]),
    ("invites Member States", [
        "1 to take part in the review of the summit outcomes and to share their national reports.",
    ]),
]
RESOLUTION_HYPHENATED = "information"  # split across two lines in the PDF: "infor-" / "mation"


def _resolution_lines(width: int = 78) -> list[str]:
    lines = [RESOLUTION_TITLE, "", *RESOLUTION_SUBJECT, "", RESOLUTION_ENACTING, ""]
    for keyword, clauses in RESOLUTION_PARTS:
        lines += [keyword, ""]
        for clause in clauses:
            lines += textwrap.wrap(clause, width) + [""]
    # Hyphenate a word inside a wrapped clause, as a typesetter would: "infor-" / "mation …".
    for i, line in enumerate(lines):
        at = line.find(" " + RESOLUTION_HYPHENATED + " ")
        if at > 0 and lines[i + 1]:
            lines[i:i + 1] = [line[:at] + " infor-", "mation" + line[at + 1 + len(RESOLUTION_HYPHENATED):]]
            break
    else:
        raise AssertionError("the fixture lost the word it hyphenates")
    return lines


PDF_HEADER = "Final Acts of the Plenipotentiary Conference - Res. 140"
PDF_FOOTER = "ITU 2010 - fictional fixture"


def resolution_pdf(truncate: bool = False) -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, PDF_HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, PDF_FOOTER, new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, f"Page {self.page_no()}")

    pdf = Doc(format=(148, 210))
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", size=7)
    for line in _resolution_lines(width=88):
        pdf.cell(0, 5 if line else 2, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    return data[: len(data) // 2] if truncate else data


def resolution_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(RESOLUTION_TITLE, level=1)
    document.add_heading(" ".join(RESOLUTION_SUBJECT), level=2)
    document.add_paragraph(RESOLUTION_ENACTING)
    for keyword, clauses in RESOLUTION_PARTS:
        document.add_paragraph().add_run(keyword).italic = True
        for clause in clauses:
            if keyword == "resolves" and clause[0].isdigit():
                # Word's own numbering: the "1" is not in the text, the parser puts it back.
                document.add_paragraph(clause.split(" ", 1)[1], style="List Number")
            else:
                document.add_paragraph(clause)
    return _save(document)


# -- a sectioned roadmap ----------------------------------------------------------------------

ROADMAP_SECTIONS = [
    ("1. Introduction", ["This fictional roadmap sets out how the lead agency takes the action line forward until 2015."]),
    ("2. Lead facilitator and partners", [
        "The lead agency facilitates the action line together with its partners.",
        ("bullet", "regional organizations"), ("bullet", "national computer incident response teams"),
    ]),
    ("3. Action items", [
        ("h2", "3.1 Capacity building"),
        ("number", "hold regional workshops on response teams"),
        ("number", "publish a guide for national strategies"),
    ]),
    ("4. Timeline and review", ["Progress is reviewed each year at the annual forum."]),
]


def roadmap_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("WSIS Action Line C5 Roadmap (fixture)", level=0)
    for heading, body in ROADMAP_SECTIONS:
        document.add_heading(heading, level=1)
        for item in body:
            if isinstance(item, str):
                document.add_paragraph(item)
            elif item[0] == "h2":
                document.add_heading(item[1], level=2)
            elif item[0] == "bullet":
                document.add_paragraph(item[1], style="List Bullet")
            else:
                document.add_paragraph(item[1], style="List Number")
    return _save(document)


def empty_docx() -> bytes:
    import docx

    return _save(docx.Document())


def agenda_txt() -> bytes:
    return (
        b"Declaration of Principles (fixture)\n\n"
        b"A common vision\n\n"
        b"1. We, the representatives, declare a common wish to build a fictional society\n"
        b"where everyone can create, use and share knowledge.\n\n"
        b"2. We reaffirm the principles of the charter that this fixture invents.\n\n"
        b"3. We recognize that education and knowledge are at the heart of this society.\n"
    )


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
