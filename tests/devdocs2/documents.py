"""A second development document family, written by another author than ``tests/devdocs``.

Three fictional texts of one invented process, the second Summit on Digital Public Goods held in
Brennmark in 2029, each in the layout of the official text it imitates:

- the Brennmark Agenda for Digital Public Goods, as a PDF like the Tunis Agenda's (title block,
  roman-numbered section headings, numbered paragraphs with lettered sub-items, a running header
  with the document symbol and a page number on every page, a footnote, paragraphs that run over
  a page break, an Annex);
- Resolution 47 (Aldhaven, 2030) of the Austral Digital Union, as an HTML page like an online
  resolution (title, subject, enacting line, italic keyword lines, lettered preamble clauses,
  numbered operative clauses, site chrome that is not content);
- the Action Line P3 roadmap, as a DOCX in numbered Heading 1 sections with bullet lists and two
  tables (activities; indicators).

The question sets over them are ``evals/datasets/dev2-*.jsonl``. Nothing here is a WSIS text, and
nothing is taken from the first development family. Content is data, layout is a few small
builders, and every output is deterministic (fixed dates, no clock or random ids): two calls give
identical bytes.
"""

from __future__ import annotations

import html
import io
from datetime import UTC, datetime
from pathlib import Path

from fixture_files import slug, stable_zip, write_documents

AGENDA_ID = "brennmark-agenda"
RESOLUTION_ID = "adu-res-47"
ROADMAP_ID = "roadmap-p3"

AGENDA_TITLE = "Brennmark Agenda for Digital Public Goods"
RESOLUTION_TITLE = "Resolution 47 (Aldhaven, 2030)"
ROADMAP_TITLE = "Brennmark Action Line P3 roadmap: Open data and data exchange"

FILENAMES = {
    AGENDA_ID: "SDPG-29-DOC-4-REV1-E.pdf",
    RESOLUTION_ID: "adu-ddc30-res47.html",
    ROADMAP_ID: "P3-roadmap-2031.docx",
}

# =============================================================================================
# 1. The agenda: a PDF in the layout of a summit outcome document
# =============================================================================================

AGENDA_SYMBOL = "Document SDPG-29/DOC/4(Rev.1)-E"
AGENDA_RUNNING_HEADER = "SDPG-29/DOC/4(Rev.1)-E"
AGENDA_TITLE_BLOCK = [
    "Second Summit on Digital Public Goods",
    "Brennmark, 3-6 March 2029",
]
AGENDA_META = [AGENDA_SYMBOL, "6 March 2029", "Original: English"]
AGENDA_HEADING = "BRENNMARK AGENDA FOR DIGITAL PUBLIC GOODS"

# A paragraph is its text, or (its opening text, [its sub-items "a) ..."]). "^1" marks where the
# footnote mark is raised.
Paragraph = str | tuple[str, list[str]]
AGENDA_SECTIONS: list[tuple[str, dict[int, Paragraph]]] = [
    ("I. Shared principles", {
        1: ("We, the representatives of the peoples of the Austral region, assembled in Brennmark from 3 to "
            "6 March 2029 for the second Summit on Digital Public Goods, reaffirm our commitment to build "
            "open, interoperable and trusted digital public infrastructure that serves every person in the "
            "region."),
        2: ("We define digital public goods, for the purposes of this Agenda, as open-source software, open "
            "data, open artificial intelligence models, open standards and open content that are published "
            "under an approved open licence, comply with privacy and other applicable laws, and do no harm "
            "by design."),
        3: ("We build upon the Tiravel Statement^1, adopted at the first Summit in 2024, and take note of "
            "the independent review of its implementation, which found that two of its five goals had been "
            "met by the end of 2028."),
        4: ("We recognize that digital public infrastructure, namely trusted digital identity, interoperable "
            "payments and secure data exchange, can reduce the cost of delivering public services by as "
            "much as 30 per cent when it is built on open standards and shared between institutions."),
        5: ("We note with concern that, at the opening of this Summit, 38 per cent of the adults of the "
            "region had no means of proving their identity online, and that this share reached 61 per cent "
            "among women living in rural areas."),
        6: ("We affirm that openness, interoperability, privacy by design, inclusion and accountability "
            "shall guide the implementation of this Agenda."),
        7: ("We commit to a multistakeholder approach in which governments, the private sector, civil "
            "society, the technical and academic communities and international organizations each "
            "contribute according to their respective roles."),
        8: ("We recognize the special needs of the least developed countries and the small island "
            "developing States of the region, to which particular attention shall be given in the "
            "allocation of resources under this Agenda."),
        9: ("We thank the Austral Digital Union (hereinafter \"the Union\"), which convened this Summit "
            "jointly with the Austral Investment Bank and the Austral Statistical Office."),
        10: ("We agree that this Agenda shall be known as the \"Brennmark Agenda for Digital Public Goods\" "
             "and shall guide our cooperation until the third Summit on Digital Public Goods, to be held in "
             "2034."),
    }),
    ("II. Digital public infrastructure", {
        11: ("We commit that, by 2032, every Member State will offer its residents a free and voluntary "
             "digital identity that can be used to access at least ten public services online."),
        12: ("We undertake that no person shall be denied an essential public service, whether health care, "
             "education or social protection, because he or she does not hold a digital identity."),
        13: ("We call upon Member States to make their digital identity systems mutually recognized across "
             "borders, beginning with a pilot among at least six Member States by the end of 2030."),
        14: ("We commit to build interoperable instant payment systems and, to that end, we:", [
            ("a) set the target that, by 2031, at least 70 per cent of adults in each Member State hold a "
             "transaction account;"),
            ("b) invite central banks to link their national instant payment systems through a regional "
             "switch operated by the Austral Clearing House;"),
            ("c) call for the cost of sending a cross-border remittance of USD 200 within the region not to "
             "exceed 3 per cent of the amount sent by 2030."),
        ]),
        15: ("We commit that each Member State will operate, by 2032, a national data exchange platform "
             "based on open standards, so that people and enterprises are asked to provide the same "
             "information to public administrations only once."),
        16: ("We request the Implementation Council established under paragraph 53 to adopt, by the end of "
             "2030, a Brennmark Interoperability Framework setting common technical specifications for "
             "digital identity, payments and data exchange."),
        17: ("We encourage Member States to publish the source code of digital public infrastructure that "
             "is financed with public funds, unless national security requires otherwise."),
        18: ("We recognize that public institutions need reliable connectivity, and commit to connect every "
             "public hospital and every secondary school of the region at a speed of at least 100 megabits "
             "per second by 2031."),
        19: ("We invite Member States to host sensitive government data in data centres located within the "
             "region that meet the security baseline published by the Union, while allowing the use of "
             "commercial cloud services for data that are not classified as sensitive."),
        20: ("We shall avoid dependence on a single supplier in the procurement of digital public "
             "infrastructure and, to that end, we call on Member States to include open standards and data "
             "portability clauses in every public contract for such infrastructure worth more than USD 1 "
             "million."),
        21: ("We recognize the role of local firms and developers, and encourage Member States to reserve "
             "at least 20 per cent of the value of public contracts for digital public infrastructure for "
             "small and medium-sized enterprises established in the region."),
        22: ("We invite the Union to maintain a catalogue of reference implementations of digital public "
             "infrastructure components that Member States may reuse free of charge."),
    }),
    ("III. Open software, open data and open content", {
        23: ("We establish the Austral Registry of Digital Public Goods, to be launched by the Union by 31 "
             "December 2029, in which software, data sets, models, standards and content that meet the "
             "definition in paragraph 2 may be listed after review."),
        24: ("We decide that the Registry shall be overseen by a review panel of seven experts appointed by "
             "the Implementation Council for terms of three years, at least three of whom shall come from "
             "civil society or academia."),
        25: ("We commit to publish, by 2031, at least 100 high-value public data sets per Member State in "
             "open, machine-readable formats, including data on budgets, public procurement, transport, land "
             "and the environment."),
        26: ("We encourage Member States to adopt an \"open by default\" policy for software developed by or "
             "for public administrations, and to release such software under a licence approved by the "
             "review panel of the Registry."),
        27: ("We recognize the potential of open artificial intelligence models for public services in the "
             "languages of the region, and invite the Union and the academic community to develop, by 2032, "
             "open language resources for at least 12 under-served languages of the region."),
        28: ("We encourage public broadcasters, libraries, museums and archives to make their collections "
             "available online under open licences, giving priority to educational materials."),
        29: ("We invite Member States to establish national communities of practice for digital public "
             "goods, which should:", [
                 "a) bring together public officials, developers and users at least twice a year;",
                 "b) share code, documentation and lessons learned through the Registry;",
                 "c) report on their activities to the annual Brennmark Dialogue.",
             ]),
        30: ("We recognize that open-source software needs sustained maintenance, and request the Digital "
             "Commons Fund to devote not less than 15 per cent of its annual disbursements to the "
             "maintenance of digital public goods already in use."),
        31: ("We call upon the universities of the region to include open-source development and open data "
             "in their curricula in computing, statistics and public administration."),
    }),
    ("IV. Safeguards, inclusion and trust", {
        32: ("We affirm that digital public infrastructure shall respect privacy and the protection of "
             "personal data, and commit that each Member State will have in force, by 2031, a data "
             "protection law and an independent data protection authority."),
        33: ("We support the Austral Data Protection Network, composed of the national data protection "
             "authorities, as the forum for cooperation on cross-border complaints and for common "
             "guidance."),
        34: ("We decide that every digital public infrastructure system financed under this Agenda shall "
             "undergo an independent human rights and privacy impact assessment before it enters into "
             "service, and that a summary of each assessment shall be made public."),
        35: ("We commit to give every holder of a digital identity the means to see which public "
             "institutions have accessed his or her personal data, and when."),
        36: ("We resolve to halve the gender gap in the possession of a digital identity by 2031 and to "
             "close it by 2034."),
        37: ("We shall make digital public services accessible to persons with disabilities in accordance "
             "with the Austral Accessibility Standard ADS-2, by 2031 for new services and by 2033 for "
             "existing ones."),
        38: ("We commit to keep assisted channels, such as counters, call centres and community agents, "
             "open for every public service offered online, so that persons without digital skills or "
             "devices are not excluded."),
        39: ("We encourage Member States to train 250,000 community digital agents by 2032 to help people "
             "enrol in and use digital public services, with priority for rural areas."),
        40: ("We call upon Member States to establish, by 2030, a national incident response capacity for "
             "digital public infrastructure, and to report major security incidents affecting it to the "
             "Union within 72 hours."),
    }),
    ("V. Financing: the Digital Commons Fund", {
        41: ("We estimate that the implementation of this Agenda will require investment of about USD 14 "
             "billion in the period 2029-2034, of which at least two thirds should come from national "
             "budgets."),
        42: ("We hereby establish the Digital Commons Fund (hereinafter \"the Fund\") to finance the "
             "development, deployment and maintenance of digital public goods and digital public "
             "infrastructure in the Member States."),
        43: ("We set an initial capitalization target of USD 800 million for the Fund, to be reached by 31 "
             "December 2031 through contributions from Member States, development partners, philanthropic "
             "foundations and the private sector."),
        44: ("We request the Austral Investment Bank to host the Fund and to act as its trustee, and decide "
             "that the Fund shall be governed by a Board of nine members, composed of:", [
                 "a) four representatives of contributing Member States;",
                 "b) three representatives of recipient Member States;",
                 "c) one representative of civil society, without the right to vote;",
                 "d) one representative of the Union, without the right to vote.",
             ]),
        45: ("We decide that the Fund shall finance projects through grants in Member States with a gross "
             "national income per capita below USD 4,500, and through concessional loans in the other "
             "Member States."),
        46: ("We decide that no single project may receive more than USD 25 million from the Fund, and that "
             "at least 40 per cent of the resources of the Fund shall benefit the least developed countries "
             "and the small island developing States."),
        47: ("We decide that the Board of the Fund shall adopt the operating rules of the Fund by 30 "
             "September 2029 and shall approve its first projects no later than 30 June 2030."),
        48: ("The Fund shall publish every project it finances, with the amount approved, the implementing "
             "entity and the evaluation of its results, on a public website."),
        49: ("We welcome the pledges to the Fund announced at this Summit, amounting to USD 327 million, "
             "and invite other donors to contribute."),
        50: ("We invite Member States to review the budget and procurement rules that prevent public "
             "institutions from contributing to, or using, open-source software."),
    }),
    ("VI. Implementation and follow-up", {
        51: ("We agree to implement this Agenda through the seven action lines P1 to P7 set out in the "
             "Annex, each with one or more facilitators."),
        52: ("We request the facilitators of each action line to prepare, within twelve months of the "
             "adoption of this Agenda, a roadmap with activities, deadlines, partners and measurable "
             "indicators, and to update it every three years."),
        53: ("We establish the Implementation Council of the Brennmark Agenda, composed of 15 Member States "
             "elected for two years on a rotating basis and of observers from each stakeholder group, with "
             "the following tasks:", [
                 "a) to coordinate the facilitators of the action lines;",
                 "b) to adopt the Brennmark Interoperability Framework referred to in paragraph 16;",
                 "c) to appoint the review panel of the Registry;",
                 "d) to report each year to the Member States on the implementation of this Agenda.",
             ]),
        54: ("We request the Union to provide the secretariat of the Implementation Council and to support "
             "the facilitators of the action lines, within existing resources."),
        55: ("We decide to convene an annual Brennmark Dialogue, open to all stakeholders, in the second "
             "quarter of each year, the first to be held in 2030; the Implementation Council shall choose "
             "its host."),
        56: ("We invite each Member State to appoint, by 30 June 2029, a national coordinator for digital "
             "public goods, and to adopt a national digital public infrastructure strategy by the end of "
             "2030."),
        57: ("We request the Austral Statistical Office, in cooperation with the Union, to develop by the "
             "end of 2029 a core set of 20 indicators to measure progress towards the targets of this "
             "Agenda, disaggregated by sex, age, disability and rural or urban residence."),
        58: ("We request the Union to publish each year, starting in 2030, a Brennmark Progress Report based "
             "on these indicators."),
        59: ("We invite the Austral Economic Commission and the other international organizations active in "
             "the region to integrate this Agenda into their programmes of work."),
        60: ("We invite all stakeholders to submit information on their digital public goods initiatives to "
             "the Registry, so that good practices may be shared."),
    }),
    ("VII. Review and the way forward", {
        61: ("We decide to hold a mid-term review of this Agenda in 2031, to be conducted by the "
             "Implementation Council on the basis of the Brennmark Progress Reports and of contributions "
             "from all stakeholders."),
        62: ("We decide that the comprehensive review of this Agenda shall take place at the third Summit, "
             "in 2034, which shall also consider whether to extend the Agenda until 2040."),
        63: ("We request the Secretary-General of the Union to transmit this Agenda to the heads of all "
             "international organizations active in the region."),
        64: ("We express our deep gratitude to the Government and people of Brennmark for hosting the Summit "
             "and for their generous hospitality."),
    }),
]

AGENDA_FOOTNOTES = {1: "Document SDPG-24/DOC/5, adopted in Tiravel on 19 October 2024."}

AGENDA_ANNEX_HEADING = "Annex"
AGENDA_ANNEX_TITLE = "Action lines of the Brennmark Agenda and their facilitators"
AGENDA_ANNEX: list[tuple[str, str, str]] = [
    ("P1", "Trusted digital identity", "the Union; Austral Data Protection Network"),
    ("P2", "Interoperable payments", "Austral Clearing House; Austral Investment Bank"),
    ("P3", "Open data and data exchange", "the Union; Austral Statistical Office"),
    ("P4", "Open-source software for public services", "the Union; Tallmoor University"),
    ("P5", "Connectivity of public institutions", "the Union"),
    ("P6", "Skills and communities of practice", "Austral Council of Universities"),
    ("P7", "Safeguards, privacy and inclusion", "Austral Data Protection Network; Austral Human Rights Commission"),
]
AGENDA_ANNEX_NOTE = ("Where an action line has two facilitators, the first named is the lead facilitator and "
                     "convenes the meetings of the action line.")

PDF_DATE = datetime(2029, 3, 6, 17, 30, tzinfo=UTC)


def _agenda_pdf_class():
    from fpdf import FPDF

    class AgendaPDF(FPDF):
        """A4, Times; the symbol at the head of every page and "- N -" at its foot, footnotes above it."""

        notes_on_page: dict[int, list[str]]

        def header(self) -> None:
            self.set_font("Times", "", 9)
            self.set_y(10)
            self.cell(0, 5, AGENDA_RUNNING_HEADER, align="R")
            self.set_y(22)

        def footer(self) -> None:
            notes = self.notes_on_page.get(self.page_no(), [])
            if notes:
                self.set_y(-34)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.set_y(-32)
                self.set_font("Times", "", 9)
                for note in notes:
                    self.multi_cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
            self.set_y(-18)
            self.set_font("Times", "", 10)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    return AgendaPDF


def _write_runs(pdf, text: str, height: float) -> None:
    """``text`` with its "^N" footnote marks raised; each mark is listed on the page it lands on."""
    pieces = text.split("^")
    pdf.write(height, pieces[0])
    for piece in pieces[1:]:
        mark, rest = piece[0], piece[1:]
        pdf.char_vpos = "SUP"
        pdf.write(height, mark)
        pdf.char_vpos = "LINE"
        pdf.notes_on_page.setdefault(pdf.page_no(), []).append(f"{mark} {AGENDA_FOOTNOTES[int(mark)]}")
        pdf.write(height, rest)


def agenda_pdf() -> bytes:
    pdf = _agenda_pdf_class()(format="A4")
    pdf.notes_on_page = {}
    pdf.set_creation_date(PDF_DATE)
    pdf.set_producer("Summit Documents Service")
    pdf.set_creator("Microsoft Word")
    pdf.set_title("Brennmark Agenda for Digital Public Goods")
    pdf.set_author("SDPG Secretariat")
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, margin=36)
    pdf.add_page()

    pdf.set_font("Times", "B", 13)
    for line in AGENDA_TITLE_BLOCK:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "", 11)
    for line in AGENDA_META:
        pdf.cell(0, 5, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 8, AGENDA_HEADING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    height = 5.5
    for heading, paragraphs in AGENDA_SECTIONS:
        pdf.ln(3)
        pdf.set_font("Times", "B", 12)
        pdf.cell(0, 7, heading, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Times", "", 11.5)
        for number, paragraph in paragraphs.items():
            text, items = (paragraph, []) if isinstance(paragraph, str) else paragraph
            pdf.set_left_margin(25)
            pdf.set_x(25)
            pdf.cell(10, height, f"{number}.")
            pdf.set_left_margin(35)
            _write_runs(pdf, text, height)
            pdf.ln(height)
            pdf.set_left_margin(42)
            for item in items:
                letter, rest = item.split(" ", 1)
                pdf.set_x(35)
                pdf.cell(7, height, letter)
                pdf.write(height, rest)
                pdf.ln(height)
            pdf.set_left_margin(25)
            pdf.ln(2.5)

    pdf.add_page()
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 7, AGENDA_ANNEX_HEADING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, AGENDA_ANNEX_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    with pdf.table(col_widths=(15, 75, 70), text_align="LEFT", line_height=6) as table:
        pdf.set_font("Times", "", 11)
        table.row(("", "Action line", "Facilitators"))
        for code, name, who in AGENDA_ANNEX:
            table.row((code, name, who))
    pdf.ln(4)
    pdf.set_font("Times", "I", 10.5)
    pdf.multi_cell(0, 5, AGENDA_ANNEX_NOTE)
    return bytes(pdf.output())


# =============================================================================================
# 2. The resolution: an HTML page like an online resolution, with site chrome
# =============================================================================================

RESOLUTION_HEADING = "Resolution 47 (Aldhaven, 2030)"
RESOLUTION_SUBJECT = ("Digital public goods and digital public infrastructure: role of the Austral Digital "
                      "Union in the implementation of the Brennmark Agenda")
RESOLUTION_ENACTING = "The Digital Development Conference of the Austral Digital Union (Aldhaven, 2030),"

LETTERED, NUMBERED = "lettered", "numbered"
RESOLUTION_PARTS: list[tuple[str, str, list[str]]] = [
    ("recalling", LETTERED, [
        ("a) the Brennmark Agenda for Digital Public Goods, adopted by the second Summit on Digital Public "
         "Goods on 6 March 2029;"),
        ("b) paragraph 51 and the Annex of the Brennmark Agenda, which designate the Union as a facilitator "
         "of action lines P1, P3, P4 and P5;"),
        ("c) paragraph 54 of the Brennmark Agenda, which requests the Union to provide the secretariat of "
         "the Implementation Council;"),
        ("d) Resolution 12 (Rev. Aldhaven, 2030) of this Conference, on the security of critical digital "
         "infrastructure,"),
    ]),
    ("considering", LETTERED, [
        ("a) that, according to the first Brennmark Progress Report, published on 28 May 2030, 34 per cent "
         "of adults in the region still had no means of proving their identity online at the end of 2029;"),
        ("b) that only 9 of the 31 Member States operated a national data exchange platform at the end of "
         "2029;"),
        ("c) that sending a cross-border remittance of USD 200 within the region cost on average 6.4 per cent "
         "of the amount sent in 2029;"),
        ("d) that the Union has expertise in standardization, conformance testing, cybersecurity and the "
         "measurement of digital development that is relevant to the Brennmark Agenda,"),
    ]),
    ("noting with satisfaction", LETTERED, [
        ("a) that the Board of the Digital Commons Fund adopted the operating rules of the Fund on 12 "
         "September 2029 and approved its first eleven projects, worth USD 96 million, on 18 April 2030;"),
        "b) that pledges to the Digital Commons Fund had reached USD 512 million by 15 September 2030;",
        ("c) that the Austral Registry of Digital Public Goods was launched on 14 January 2030 and listed "
         "212 digital public goods on 30 September 2030;"),
        ("d) that the Implementation Council adopted version 1.0 of the Brennmark Interoperability "
         "Framework on 2 June 2030, seven months ahead of the deadline set in the Brennmark Agenda,"),
    ]),
    ("noting", LETTERED, [
        "a) that the Brennmark Agenda provides for a mid-term review in 2031;",
        ("b) that the Union published the roadmaps of action lines P1, P3, P4 and P5 between 15 January "
         "and 20 March 2030,"),
    ]),
    ("recognizing", LETTERED, [
        ("a) that decisions on the financing of projects by the Digital Commons Fund rest with the Board of "
         "the Fund alone;"),
        ("b) that the reuse of digital public goods across borders requires common specifications and "
         "independent conformance testing;"),
        ("c) the contribution of Sector Members, academia and open-source communities to the development "
         "and maintenance of digital public goods,"),
    ]),
    ("resolves", NUMBERED, [
        ("that the Digital Development Sector shall give priority to action lines P1, P3, P4 and P5 of the "
         "Brennmark Agenda in its operational plans for the period 2031-2034;"),
        ("to establish, within the Digital Development Bureau, an Interoperability Testing Centre, which "
         "shall test digital public infrastructure components for conformity with the Brennmark "
         "Interoperability Framework and issue certificates of conformity valid for three years;"),
        ("that the Union shall provide the review panel of the Austral Registry of Digital Public Goods "
         "with a technical assessment of each candidate entry within 60 days of its submission;"),
        ("that the roadmaps of the action lines facilitated by the Union shall be updated every two years, "
         "the first update being due by 31 March 2032;"),
        ("that the activities of the Union under this resolution shall be financed from its regular budget, "
         "up to USD 3.8 million a year, and from voluntary contributions;"),
        "to review the implementation of this resolution at the next Digital Development Conference, in 2034,",
    ]),
    ("instructs the Director of the Digital Development Bureau", NUMBERED, [
        "to put the Interoperability Testing Centre into operation by 1 July 2031;",
        ("to assist Member States, upon request, in designing their national data exchange platforms and "
         "digital identity systems, giving priority to the least developed countries and small island "
         "developing States;"),
        ("to submit to the Implementation Council, by 31 March 2031, a report on the contribution of the "
         "Union to the implementation of the Brennmark Agenda, for the mid-term review;"),
        ("to organize each year, in conjunction with the Brennmark Dialogue, a training course for the "
         "national coordinators for digital public goods;"),
        "to report each year to the Council of the Union on the implementation of this resolution,",
    ]),
    ("instructs the Secretary-General", NUMBERED, [
        ("to conclude with the Austral Investment Bank, by 31 March 2031, a memorandum of understanding on "
         "the technical appraisal by the Union of projects submitted to the Digital Commons Fund;"),
        "to bring this resolution to the attention of the Implementation Council and of the Board of the Fund,",
    ]),
    ("invites Member States", NUMBERED, [
        ("to submit their digital public infrastructure components to the Interoperability Testing Centre "
         "for certification before deploying them;"),
        ("to contribute to the Digital Commons Fund, in particular to its window for the maintenance of "
         "digital public goods;"),
        ("to share with the Union, each year by 31 January, the data needed for the indicators of the "
         "Brennmark Progress Report;"),
        ("to publish their national digital public infrastructure strategies in the Austral Registry of "
         "Digital Public Goods,"),
    ]),
    ("invites Sector Members and academia", NUMBERED, [
        ("to contribute open-source components to the catalogue of reference implementations maintained by "
         "the Union;"),
        ("to take part in the conformance testing events organized by the Interoperability Testing Centre, "
         "at least two of which shall be held each year."),
    ]),
]

RESOLUTION_CHROME_TOP = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Austral Digital Union</title>
<link rel="stylesheet" href="/static/adu-2030.css">
<script src="/static/consent.js"></script>
</head>
<body class="resolution">
<div id="skip"><a href="#main">Skip to main content</a></div>
<header id="masthead">
<a class="brand" href="/">Austral Digital Union</a>
<form class="search" action="/search"><input name="q" placeholder="Search ADU"><button>Search</button></form>
<ul class="languages"><li><a href="/ar/">العربية</a></li><li><a href="/zh/">中文</a></li>
<li><a href="/fr/">Français</a></li><li><a href="/ru/">Русский</a></li><li><a href="/es/">Español</a></li></ul>
</header>
<nav id="menu"><ul>
<li><a href="/about/">About the Union</a></li>
<li><a href="/digital-development/">Digital Development</a></li>
<li><a href="/conferences/">Conferences</a></li>
<li><a href="/publications/">Publications</a></li>
<li><a href="/media/">Media centre</a></li>
</ul></nav>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/digital-development/">Digital Development</a></li>
<li><a href="/conferences/ddc-30/">DDC-30 (Aldhaven)</a></li><li>Resolutions</li></ol>
<main id="main">
<article class="final-acts">
<p class="doc-source">Final Report of the Digital Development Conference (Aldhaven, 2030)</p>
"""

RESOLUTION_CHROME_BOTTOM = """</article>
<div class="downloads"><p>Download: <a href="/md/DDC30-RES47-PDF-E.pdf">PDF</a> |
<a href="/md/DDC30-RES47-MSW-E.docx">Word</a></p></div>
</main>
<aside class="see-also"><h2>See also</h2><ul>
<li><a href="../res-45/">Resolution 45 (Aldhaven, 2030)</a></li>
<li><a href="../res-46/">Resolution 46 (Aldhaven, 2030)</a></li>
<li><a href="/brennmark/">Brennmark Agenda portal</a></li>
</ul></aside>
<footer id="colophon">
<ul><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li>
<li><a href="/accessibility/">Accessibility</a></li><li><a href="/terms/">Terms of use</a></li></ul>
<p>&copy; Austral Digital Union 2030. All rights reserved. Page last updated: 21 November 2030.</p>
</footer>
<script>window.adu = {page: "ddc30-res47", lang: "en"};</script>
<script src="/static/analytics.min.js" async></script>
</body>
</html>
"""


def resolution_html() -> bytes:
    esc = html.escape
    parts = [RESOLUTION_CHROME_TOP.format(title=esc(RESOLUTION_HEADING))]
    parts.append(f'<h1 class="res-title">{esc(RESOLUTION_HEADING)}</h1>')
    parts.append(f'<p class="res-subject"><strong>{esc(RESOLUTION_SUBJECT)}</strong></p>')
    parts.append(f'<p class="res-enacting">{esc(RESOLUTION_ENACTING)}</p>')
    for keyword, kind, clauses in RESOLUTION_PARTS:
        parts.append(f'<p class="call"><em>{esc(keyword)}</em></p>')
        for number, clause in enumerate(clauses, 1):
            if kind == LETTERED:
                letter, rest = clause.split(" ", 1)
                parts.append(f'<p class="clause"><span class="mark">{esc(letter)}</span>\t{esc(rest)}</p>')
            else:
                parts.append(f'<p class="clause"><span class="mark">{number}</span>\t{esc(clause)}</p>')
    parts.append(RESOLUTION_CHROME_BOTTOM)
    return "\n".join(parts).encode("utf-8")


# =============================================================================================
# 3. The roadmap: DOCX in numbered Heading 1 sections, with bullet lists and tables
# =============================================================================================

ROADMAP_HEAD = [
    ("Title", "Brennmark Action Line P3 roadmap"),
    ("Subtitle", "Open data and data exchange"),
    (None, "Second edition (first biennial update), 15 December 2031"),
    (None, "Prepared by the Digital Development Bureau of the Austral Digital Union, lead facilitator of "
           "action line P3"),
]

# A section: its heading and its blocks; a block is ("p", text), ("ul", [items]), ("h2", text) or
# ("table", (caption, header, rows)).
Block = tuple[str, object]
ROADMAP_SECTIONS: list[tuple[str, list[Block]]] = [
    ("1. Introduction", [
        ("p", ("Action line P3 of the Brennmark Agenda for Digital Public Goods covers open data and the "
               "secure exchange of data between public administrations. This second edition of the P3 roadmap "
               "replaces the first edition of 20 March 2030 and covers the period from 1 January 2032 to 31 "
               "December 2033.")),
        ("p", ("It is the first biennial update of the roadmap, prepared ahead of the deadline of 31 March "
               "2032 and taking into account the conclusions of the mid-term review of the Brennmark Agenda "
               "held at the Brennmark Dialogue in Porvasalo on 12-14 May 2031.")),
    ]),
    ("2. Mandate", [
        ("p", "The roadmap implements the following decisions:"),
        ("ul", [
            ("paragraphs 15, 16 and 25 of the Brennmark Agenda, on national data exchange platforms, the "
             "Brennmark Interoperability Framework and high-value data sets;"),
            "paragraph 52 of the Brennmark Agenda, which requests a roadmap for each action line;",
            ("Resolution 47 (Aldhaven, 2030), resolves 4, under which the roadmaps of the action lines "
             "facilitated by the Union are updated every two years;"),
            ("Resolution 47 (Aldhaven, 2030), instructs the Director of the Digital Development Bureau 2, "
             "on assistance to Member States in designing data exchange platforms."),
        ]),
    ]),
    ("3. Facilitators and partners", [
        ("p", ("The Austral Digital Union is the lead facilitator of action line P3 and the Austral "
               "Statistical Office its co-facilitator. The following partners have agreed to lead or support "
               "activities of this roadmap:")),
        ("ul", [
            "Austral Data Protection Network (data protection safeguards for cross-border exchange);",
            "Tallmoor University, School of Public Administration (training in data stewardship);",
            "Open Knowledge Austral, a civil society network (open licences and metadata);",
            "Austral Clearing House (exchange of payment-related administrative data);",
            "national coordinators for digital public goods of the 31 Member States.",
        ]),
        ("p", ("Partners contribute staff time and expertise in kind. A new partner may join at any time by "
               "a letter to the focal point named in section 10, after consultation of the co-facilitator.")),
    ]),
    ("4. Situation at mid-2031", [
        ("p", ("The mid-term review found that 14 of the 31 Member States operated a national data exchange "
               "platform in June 2031. Only two of these platforms had been certified by the Interoperability "
               "Testing Centre, which began operating on 14 June 2031.")),
        ("p", ("Member States published on average 38 high-value data sets each, well short of the target of "
               "100 per Member State by 2031 set in the Brennmark Agenda; the review concluded that this "
               "target will not be met before 2034. Budget and procurement data were the most often "
               "published, land and environment data the least.")),
        ("p", ("Eleven Member States had not yet adopted a national open data policy, and six had no legal "
               "basis for the exchange of personal data between administrations.")),
    ]),
    ("5. Objectives", [
        ("p", "By 31 December 2033, the roadmap aims to:"),
        ("ul", [
            "bring the number of Member States operating a national data exchange platform to 24;",
            ("have at least 15 national data exchange platforms certified against the data exchange profile "
             "of the Brennmark Interoperability Framework;"),
            "raise the average number of high-value data sets published per Member State to 80;",
            "put into operation four cross-border once-only services between Member States;",
            "train 600 public officials in data stewardship.",
        ]),
    ]),
    ("6. Activities and timeline", [
        ("p", ("Table 1 lists the activities of the roadmap with their dates and lead partners. Activities "
               "A2 and A6 depend on the data exchange profile produced under A1.")),
        ("table", ("Table 1: Activities", ("No.", "Activity", "Start", "End", "Lead partner"), [
            ("A1", "Data exchange profile of the Brennmark Interoperability Framework (version 1.1)",
             "January 2032", "June 2032", "Digital Development Bureau"),
            ("A2", "Cross-border once-only pilot linking the data exchange platforms of five Member States",
             "March 2032", "December 2033", "Digital Development Bureau, with the Austral Data Protection Network"),
            ("A3", "Open data readiness assessments in 12 Member States", "February 2032", "November 2032",
             "Austral Statistical Office"),
            ("A4", "Data stewardship training for public officials", "April 2032", "December 2033",
             "Tallmoor University"),
            ("A5", "Model open licence and metadata standard for high-value data sets", "January 2032",
             "September 2032", "Open Knowledge Austral"),
            ("A6", "Data exchange conformance testing event (twice a year)", "October 2032", "October 2033",
             "Interoperability Testing Centre"),
            ("A7", "Statistical data hub for the 20 Brennmark indicators", "July 2032", "June 2033",
             "Austral Statistical Office"),
        ])),
    ]),
    ("7. Indicators and targets", [
        ("p", "Progress is measured with the indicators in Table 2."),
        ("table", ("Table 2: Indicators", ("Indicator", "Baseline (June 2031)", "Target (December 2033)",
                                           "Source"), [
            ("Member States operating a national data exchange platform", "14 of 31", "24 of 31",
             "Union survey"),
            ("National data exchange platforms certified by the Interoperability Testing Centre", "2", "15",
             "Interoperability Testing Centre"),
            ("Average number of high-value data sets published per Member State", "38", "80",
             "Austral Registry of Digital Public Goods"),
            ("Share of published data sets in machine-readable formats", "54%", "85%",
             "Austral Statistical Office"),
            ("Public officials trained in data stewardship", "140", "740", "Tallmoor University"),
            ("Cross-border once-only services in operation", "0", "4", "Digital Development Bureau"),
        ])),
    ]),
    ("8. Resources", [
        ("p", ("The activities of this roadmap are estimated to cost USD 58.5 million over 2032-2033, to be "
               "met as follows:")),
        ("ul", [
            ("USD 46 million requested from the Digital Commons Fund, mainly for the once-only pilot (A2) "
             "and for grants to Member States building data exchange platforms;"),
            "USD 2.2 million from the regular budget of the Union (USD 1.1 million a year);",
            "USD 10.3 million in contributions in kind from partners.",
        ]),
        ("p", ("The Digital Development Bureau assigns six professional staff to the roadmap, and the Austral "
               "Statistical Office two.")),
    ]),
    ("9. Monitoring, reporting and review", [
        ("p", ("The lead facilitator reports on progress to the Implementation Council each year by 31 March, "
               "and presents the results at the Brennmark Dialogue.")),
        ("h2", "Risks"),
        ("ul", [
            ("delays in the adoption of data protection laws may hold back cross-border exchange: the "
             "Austral Data Protection Network will publish model safeguards by June 2032;"),
            ("pledges to the Digital Commons Fund may fall short: activities A2 and A4 will be scaled down "
             "first if less than USD 30 million is approved."),
        ]),
        ("p", "The next update of this roadmap is due by 31 December 2033."),
    ]),
    ("10. Focal point", [
        ("p", ("Mr Teodor Lindqvist-Amaru, Head of the Data and Interoperability Division, Digital Development "
               "Bureau, Austral Digital Union (p3-roadmap@adu.example).")),
    ]),
]

DOCX_DATE = datetime(2031, 12, 15, 9, 0, 0)


def roadmap_docx() -> bytes:
    import docx

    document = docx.Document()
    core = document.core_properties
    core.title, core.author, core.comments = ROADMAP_TITLE, "ADU Digital Development Bureau", ""
    core.created = core.modified = core.last_printed = DOCX_DATE
    core.revision = 3
    document.sections[0].footer.paragraphs[0].text = "ADU/DDB - Action Line P3 roadmap - Second edition"

    for style, text in ROADMAP_HEAD:
        document.add_paragraph(text, style=style) if style else document.add_paragraph(text)
    for heading, blocks in ROADMAP_SECTIONS:
        document.add_heading(heading, level=1)
        for kind, content in blocks:
            if kind == "p":
                document.add_paragraph(content)
            elif kind == "h2":
                document.add_heading(content, level=2)
            elif kind == "ul":
                for item in content:
                    document.add_paragraph(item, style="List Bullet")
            else:
                caption, header, rows = content
                document.add_paragraph(caption, style="Caption")
                table = document.add_table(rows=1 + len(rows), cols=len(header))
                table.style = "Table Grid"
                for row, cells in zip(table.rows, (header, *rows), strict=True):
                    for cell, text in zip(row.cells, cells, strict=True):
                        cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue(), DOCX_DATE.timetuple()[:6])


# =============================================================================================
# Writing them out, and the units a reader expects
# =============================================================================================

def write_all(folder: Path) -> dict[str, Path]:
    """Write the three documents into ``folder``; document id -> path."""
    return write_documents(folder, {AGENDA_ID: agenda_pdf, RESOLUTION_ID: resolution_html, ROADMAP_ID: roadmap_docx}, FILENAMES)



def _flat(text: str) -> str:
    return " ".join(text.replace("^1", "").split())


def expected_units() -> dict[str, str]:
    """Unit id -> its text as written here (whitespace collapsed, footnote marks dropped), in document order.

    The answer key the question sets were checked against, computed from the data and not from any
    parser of the project.
    """
    units: dict[str, str] = {}
    for _heading, paragraphs in AGENDA_SECTIONS:
        for number, paragraph in paragraphs.items():
            text, items = (paragraph, []) if isinstance(paragraph, str) else paragraph
            units[f"{AGENDA_ID}:{number}"] = _flat(" ".join([text, *items]))
    # a table's rows a line each, cells joined by " | " (the header's "Action line" spans the code and the title)
    annex = [" | ".join(row) for row in AGENDA_ANNEX]
    units[f"{AGENDA_ID}:annex"] = _flat(" ".join([AGENDA_ANNEX_TITLE, "Action line | Facilitators", *annex,
                                                  AGENDA_ANNEX_NOTE]))

    units[f"{RESOLUTION_ID}:title"] = _flat(f"{RESOLUTION_SUBJECT} {RESOLUTION_ENACTING}")
    for keyword, kind, clauses in RESOLUTION_PARTS:
        for number, clause in enumerate(clauses, 1):
            locator = f"{slug(keyword)}-{clause[0] if kind == LETTERED else number}"
            units[f"{RESOLUTION_ID}:{locator}"] = _flat(clause)

    for heading, blocks in ROADMAP_SECTIONS:
        words = [heading.split(" ", 1)[1]]
        for kind, content in blocks:
            if kind in ("p", "h2"):
                words.append(content)
            elif kind == "ul":
                words += content
            else:
                caption, header, rows = content
                words += [caption, " ".join(header)] + [" ".join(row) for row in rows]
        units[f"{ROADMAP_ID}:{heading.split('.')[0]}"] = _flat(" ".join(words))
    return units
