"""Hand-written documents in the layouts issue 18 found wanting, and the other layouts official texts come in.

Each builder returns the file's bytes; the words are invented. ``FIXTURES`` lists them all with the
format, the id they are added under and the kind they must be read as, for the tests that run over
every fixture (nothing lost, the report).
"""

from __future__ import annotations

import io

from layouts import Agenda, Paragraph, render

# -- the HTML agenda of the issue: ITU table cells, a right-aligned block above the title -----------

CITY_PARAGRAPHS = {
    1: "We, the representatives of the fictional cities, gathered on 3 March 2031, "
       "declare our will to share the programme set out here.",
    2: "We recall that 2027 review of the programme, which found that 40 cities had no public access point.",
    3: "We resolve to bring open networks to every district by 2035.",
    4: "We ask the partners to help local governments plan their networks, by:",
    5: "We invite the lead agency to report on progress every second year.",
    6: "We welcome the offers of 12 partners to host regional workshops.",
    7: "We agree that the programme is reviewed at the summit of 2033, on:",
    8: "We thank the host city for its hospitality.",
}
CITY_LIST_7 = ["1) access;", "2) skills;", "3) the review itself."]
CITY_ITEMS_4 = ["a) mapping the districts without access;", "b) sharing designs for public access points;",
                "c) training staff in 3 regions."]


def city_agenda_html() -> bytes:
    """The layout of issue 18: a header table whose right cell holds the symbol, then the date run
    together with "Original: English", the title in a bold centred cell, and §1 straight after it."""
    rows = [
        '<tr><td colspan="2" align="center"><p><b>Agenda of the Fictional City Summit</b></p></td></tr>',
    ]
    for n, text in CITY_PARAGRAPHS.items():
        if n == 7:
            text += "".join(f"<br>{item}" for item in CITY_LIST_7)
        rows.append(f'<tr><td valign="top" width="6%"><p>{n}.</p></td><td valign="top"><p>{text}</p></td></tr>')
        if n == 4:
            rows += [f"<tr><td></td><td><p>{item}</p></td></tr>" for item in CITY_ITEMS_4]
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Agenda of the Fictional City Summit</title></head>
<body>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/docs">Documents</a></div>
<table width="100%" border="0">
<tr>
<td width="50%" valign="top"><p><b>World Summit of Fictional Cities</b><br>Geneva 2030 - Tunis 2031</p></td>
<td width="50%" align="right" valign="top">
<p>Document CITY-31/DOC/4(Rev.1)-E</p>
<p>3 March 2031 <span class="orig">Original: English</span></p>
</td>
</tr>
</table>
<table width="100%" border="0" cellpadding="4">{''.join(rows)}</table>
<h3>Annex</h3>
<table border="1">
<tr><th>Action line</th><th>Lead</th><th>Review</th></tr>
<tr><td>C1 Access</td><td>The lead agency</td><td>2033</td></tr>
<tr><td>C2 Skills</td><td>The partners</td><td>2035</td></tr>
</table>
</body></html>""".encode()


# -- an agenda in a PDF: title block, page headers and footers, footnotes, wrapped numbers ----------

PDF_HEADER = "CITY-31/DOC/5-E  Page {page} of {pages}"
PDF_LINES: list[str | tuple[str, str]] = [
    "World Summit of Fictional Cities",
    ("R", "Document CITY-31/DOC/5-E"),
    ("R", "3 March 2031"),
    ("R", "Original: English"),
    ("C", "Declaration of the Fictional Cities"),
    "1. We, the representatives of the fictional cities, declare our common will to build a society",
    "where everyone can create, use and share information1 and knowledge, in accordance with Article",
    "85 of the Charter of the Fictional Cities and with the 2027 review of its programme.",
    "2. We recall the conference held in the capital on",
    "3 March 2031 and the commitments made there.",
    "3. We propose a plan in three parts:",
    "1) public access points in every district;",
    "2) training for the staff of local governments;",
    "3) a yearly report on progress.",
    "4. We recognize that the costs of connecting to the backbone weigh heavily on the small networks",
    "of 40 cities and that the plan must lower them through shared infrastructure and open exchange",
]
PDF_PAGE_2: list[str | tuple[str, str]] = [
    "points that keep local traffic local, by:",
    "a) promoting exchange points;",
    "b) asking funders to give priority to shared infrastructure.",
    "Follow-up",
    "5. We resolve to review the plan at the summit of 2033.",
    "6. We thank the host city.",
]
PDF_NOTE = "1 Information here means the records that cities hold in trust."


def city_declaration_pdf() -> bytes:
    """Two pages: a running header with the page number, a footer, a footnote at the foot of page 1
    whose paragraph goes on over the page break, "85 of the Charter" and "2027 review" at the start
    of wrapped lines, a date at the start of a line inside §2, a numbered list "1) 2) 3)" inside §3."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, PDF_HEADER.format(page=self.page_no(), pages="{nb}"), align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, "Fictional City Summit - for participants only", align="C")

    pdf = Doc(format="A4")
    pdf.set_auto_page_break(False)
    for page in (PDF_LINES, PDF_PAGE_2):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for line in page:
            align, text = line if isinstance(line, tuple) else ("L", line)
            bold = text in ("Declaration of the Fictional Cities", "Follow-up")
            pdf.set_font("Helvetica", style="B" if bold else "", size=10)
            pdf.cell(0, 5.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if page is PDF_LINES:
            pdf.set_y(-30)
            pdf.set_font("Helvetica", size=8)
            pdf.cell(0, 4, PDF_NOTE, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# -- plain text saved from a paged document, with numbers that break the sequence ----------------

def numbered_badly_txt() -> bytes:
    """§1–10 with §5 missing, §7 twice and a stray "3." after §9; a running header, page numbers,
    form feeds, a footnote, a paragraph split across a page break, a table of aligned columns in §6
    and a list numbered "1)" inside §8."""
    page_1 = """Fictional Towns Programme - CITY-31/DOC/9
                                                  CITY-31/DOC/9
                                                  18 November 2031
                                                  Original: English

                    Programme of Action for Fictional Towns

1. We adopt this programme of action for the fictional towns and their
partners.

2. We note the work done since the first phase.*

3. We ask every town to name a focal point.

4. We ask the partners to share their designs for public access points
with the towns of the region and to publish them under an open licence

* The first phase ended with the summit of 2029.
- 1 -"""
    page_2 = """Fictional Towns Programme - CITY-31/DOC/9

so that others may build on them.

6. We invite the lead agency to coordinate the work with these towns:

   Town          Focal point        Since
   Northtown     The mayor          2029
   Southtown     The librarian      2030

7. We encourage towns to exchange staff.

7. We encourage towns to share their training material.

8. We call for a yearly report on:
   1) access;
   2) skills.

9. We agree to meet again in 2033.

3. We recall that this text is a fixture.

10. We thank the host town.
- 2 -"""
    return f"{page_1}\f{page_2}\n".encode()


# -- a roadmap without a registry entry, in DOCX, with a table inside a section ---------------------

def roadmap_h4_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("WSIS Action Line H4 Roadmap: Fictional media", level=0)
    document.add_paragraph("Version of 3 March 2031, prepared by the facilitators of the fictional action line.")
    document.add_heading("1. Introduction", level=1)
    document.add_paragraph("This roadmap sets out how the facilitators take the fictional action line forward.")
    document.add_heading("2. Activities and partners", level=1)
    document.add_paragraph("The activities planned for the next two years are:")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("Activity", "Lead", "Year"), ("Regional workshops", "The lead agency", "2031"),
                             ("A guide for newsrooms", "The partners", "2032")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("Partners may join at any time.")
    document.add_heading("3. Review", level=1)
    document.add_paragraph("Progress is reviewed each year at the annual forum.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- a roadmap in a PDF: numbered section lines without heading styles, a table, list items ---------

ROADMAP_PDF_LINES = [
    "WSIS Action Line C6 Roadmap (fixture)",
    "1. Introduction",
    "This fictional roadmap sets out the work of the facilitators on the enabling environment until 2033.",
    "2. Lead facilitator and partners",
    "The lead agency facilitates the action line with its partners:",
    "Partner | Role | Since",
    "Regional body | Co-facilitator | 2029",
    "Town network | Member | 2030",
    "3. Action items",
    "1. hold regional workshops on enabling rules",
    "2. publish a guide for national strategies",
    "4. Timeline and review",
    "Progress is reviewed each year at the annual forum.",
]


def roadmap_c6_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    for line in ROADMAP_PDF_LINES:
        bold = line[0].isdigit() and line[1] == "." and line[3].isupper()
        pdf.set_font("Helvetica", style="B" if bold else "", size=10)
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def roadmap_c2_html() -> bytes:
    return b"""<!DOCTYPE html><html><head><title>WSIS Action Line C2 roadmap (fixture)</title></head><body>
<nav><a href="/">Home</a></nav>
<h1>Action Line C2 roadmap (fixture)</h1>
<p>Prepared by the facilitators, 18 November 2031.</p>
<h2>1. Scope</h2><p>Infrastructure for fictional towns.</p>
<h2>2. Work plan</h2>
<table><tr><th>Item</th><th>Lead</th></tr><tr><td>Backbone links</td><td>The lead agency</td></tr>
<tr><td>Exchange points</td><td>The partners</td></tr></table>
<h3>2.1 Funding</h3><p>Funding comes from the partners.</p>
<h2>3. Review</h2><p>The plan is reviewed every year.</p>
</body></html>"""


# -- a resolution over three PDF pages: alternating running heads, a clause over a page break -------

RES_PAGES = [
    [
        "RESOLUTION 999 (REV. FICTIONAL CITY, 2031)",
        "The role of the fictional Union in the summit follow-up",
        "The Plenipotentiary Conference of the fictional Union (Fictional City, 2031),",
        "recalling",
        "a) its earlier decisions on the follow-up of the summit, which this fixture invents;",
        "b) the outcome of the 2027 review, which found gaps in the reporting of the Sectors,",
        "considering",
        "a) that the Union has a central part in building the information society;",
        "b) that a single plan covering all three Sectors was asked for,",
        "resolves",
        "1 that the Union shall keep coordinating its work on the summit outcomes through one high-level",
        "group that reports to the Council every year and to all of its members, in accordance with No.",
    ],
    [
        "85 of the Convention and with the plan approved by this conference;",
        "2 to continue to take the measures needed to carry out the action lines it leads, in particular:",
        "a) to publish a yearly report on information infrastructure;",
        "b) to support capacity building in developing countries;",
        "instructs the Director of the Telecommunication Development Bureau",
        "1 to assist Member States in their national plans;",
        "2 to report to the Council on the results,",
    ],
    [
        "invites Member States",
        "to take part in the review of the summit outcomes and to share their national reports.",
    ],
]
RES_HEADS = ["Res. 999 - Final Acts (fixture)", "PP-31 - Resolution 999"]


def resolution_999_pdf() -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, RES_HEADS[(self.page_no() - 1) % 2], align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, str(100 + self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.set_auto_page_break(False)
    for lines in RES_PAGES:
        pdf.add_page()
        for line in lines:
            keyword = line.split()[0] in ("recalling", "considering", "resolves", "instructs", "invites")
            pdf.set_font("Helvetica", style="I" if keyword else "", size=10)
            pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def resolution_999_html() -> bytes:
    return b"""<!DOCTYPE html><html><body>
<p align="center">RESOLUTION 999 (REV. FICTIONAL CITY, 2031)</p>
<p align="center"><b>The role of the fictional Union in the summit follow-up</b></p>
<p>The Plenipotentiary Conference of the fictional Union (Fictional City, 2031),</p>
<p><i>considering</i></p>
<p><i>a)</i> that the Union has a central part in building the information society;</p>
<p><i>b)</i> that a single plan was asked for,</p>
<p><i>further considering</i></p>
<p>that the membership has grown,</p>
<p><i>resolves</i></p>
<p>1 that the Union shall keep coordinating its work;</p>
<p>2 to continue to take the measures needed, in particular:</p>
<p>a) to publish a yearly report;</p>
<p>b) to support capacity building;</p>
<p>3 that this resolution replaces its earlier version,</p>
<p><i>instructs the Secretary-General</i></p>
<p>to report to the Council each year.</p>
</body></html>"""


# -- an agenda in the official layout, rendered by layouts.render in DOCX with Word numbering -------

def city_agenda(fmt: str, layout: str = "") -> bytes:
    agenda = Agenda(
        title="Agenda of the Fictional City Summit",
        parts=(
            Paragraph(1, CITY_PARAGRAPHS[1]), Paragraph(2, CITY_PARAGRAPHS[2], note="The review is a fixture."),
            Paragraph(3, CITY_PARAGRAPHS[3]), "Networks", Paragraph(4, CITY_PARAGRAPHS[4], tuple(CITY_ITEMS_4)),
            Paragraph(5, CITY_PARAGRAPHS[5]),
            # a list numbered like paragraphs, inside one (an <ol> would number it "1."; see city_agenda_html)
            *([Paragraph(6, "We set three priorities:", CITY_LIST_6)] if layout != "ol" else []),
        ),
        meta_title="Agenda of the Fictional City Summit",
    )
    return render(agenda, fmt, layout)


CITY_LIST_6 = ("1) public access points;", "2) training for local staff;", "3) a yearly report.")


def deep_html(depth: int) -> bytes:
    paragraphs = "".join(f"<p>{n}. {CITY_PARAGRAPHS[n]}</p>" for n in (1, 2, 3))
    return f"<html><body>{'<div>' * depth}{paragraphs}{'</div>' * depth}</body></html>".encode()


# (builder, format, document id, kind it must be read as)
FIXTURES = {
    "city-agenda.html": (city_agenda_html, "html", "city-agenda", "agenda"),
    "city-declaration.pdf": (city_declaration_pdf, "pdf", "city-declaration", "agenda"),
    "town-programme.txt": (numbered_badly_txt, "txt", "town-programme", "agenda"),
    "city-agenda-word.docx": (lambda: city_agenda("docx", "numbered"), "docx", "city-agenda-word", "agenda"),
    "city-agenda-ol.html": (lambda: city_agenda("html", "ol"), "html", "city-agenda-ol", "agenda"),
    "roadmap-h4.docx": (roadmap_h4_docx, "docx", "roadmap-h4", "roadmap"),
    "roadmap-c6.pdf": (roadmap_c6_pdf, "pdf", "roadmap-c6", "roadmap"),
    "roadmap-c2.html": (roadmap_c2_html, "html", "roadmap-c2", "roadmap"),
    "res-999.pdf": (resolution_999_pdf, "pdf", "res-999", "resolution"),
    "res-999.html": (resolution_999_html, "html", "res-999-html", "resolution"),
}
