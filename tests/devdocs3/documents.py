"""A third development document family, written blind by another author than ``tests/devdocs`` and ``tests/devdocs2``.

Three fictional texts of one invented process, the second Summit on Resilient Connectivity and Early
Warning held in Kalvora in 2030, each in the layout of the official text it imitates:

- the Kalvora Agenda for Resilient Connectivity, as a DOCX like a summit outcome document saved from
  Word (a title block with symbol, date and "Original: English"; the symbol in the page header and the
  page number in the footer; roman-numbered Heading 1 sections; 84 paragraphs numbered as typed text
  "12.<tab>We …", not by Word's list numbering; lettered sub-items "(a)<tab>…" as indented paragraphs
  of their own; an Annex with a table of the action lines R1-R9 and a note);
- Resolution 58 (Ardenza, 2032) of the Ostreva Telecommunication Development Conference, as a PDF like
  a resolution of the Final Acts (title line in capitals, subject, enacting line, italic keyword lines,
  lettered preamble clauses, numbered operative clauses with a hanging indent, a running head and a
  page number on every page);
- the Action Line R4 roadmap, as an HTML page with site chrome (skip link, masthead, menu, breadcrumb,
  share and download tools, related links, footer) around nine numbered ``<h2>`` sections, bullet
  lists and two tables (activities; indicators).

The question sets over them are ``evals/datasets/dev4-*.jsonl``. Nothing here is a WSIS text, and
nothing is taken from the first two families. Content is data, layout is a few small builders, and
every output is deterministic (fixed dates, no clock or random ids): two calls give identical bytes.
"""

from __future__ import annotations

import html
import io
from datetime import UTC, datetime
from pathlib import Path

import fixture_files
from fixture_files import flat, slug, stable_zip, write_documents

AGENDA_ID = "kalvora-agenda"
RESOLUTION_ID = "otu-res-58"
ROADMAP_ID = "roadmap-r4"

AGENDA_TITLE = "Kalvora Agenda for Resilient Connectivity"
RESOLUTION_TITLE = "Resolution 58 (Ardenza, 2032)"
ROADMAP_TITLE = "Kalvora Action Line R4 roadmap: Multi-hazard early warning dissemination"

FILENAMES = {
    AGENDA_ID: "SRCEW-30-DOC-9-E.docx",
    RESOLUTION_ID: "OTDC-32-RES-58-E.pdf",
    ROADMAP_ID: "r4-roadmap.html",
}

# =============================================================================================
# 1. The agenda: a DOCX in the layout of a summit outcome document
# =============================================================================================

AGENDA_SYMBOL = "Document SRCEW-30/DOC/9-E"
AGENDA_RUNNING_HEADER = "SRCEW-30/DOC/9-E"
AGENDA_TITLE_BLOCK = [
    "Second Summit on Resilient Connectivity and Early Warning",
    "Kalvora, 9-12 November 2030",
]
AGENDA_META = [AGENDA_SYMBOL, "12 November 2030", "Original: English"]
AGENDA_HEADING = "KALVORA AGENDA FOR RESILIENT CONNECTIVITY"
AGENDA_ADOPTION = ("Adopted by acclamation at the closing plenary meeting of the Summit, on 12 November 2030, by "
                   "the representatives of the 27 Member States of the Ostreva Telecommunication Union and of the "
                   "observer States and organizations listed in document SRCEW-30/INF/3.")

# A paragraph is its text, or (its opening text, [its sub-items "(a) ..."]).
Paragraph = str | tuple[str, list[str]]
AGENDA_SECTIONS: list[tuple[str, dict[int, Paragraph]]] = [
    ("I. Our common vision", {
        1: ("We, the representatives of the peoples and Governments of the Ostreva region, assembled in Kalvora "
            "from 9 to 12 November 2030 for the second Summit on Resilient Connectivity and Early Warning, declare "
            "our common resolve to ensure that every person in the region is protected by timely warnings and can "
            "communicate when disaster strikes."),
        2: ("We recall the Orsana Call to Action, adopted at the first Summit on 22 April 2026, and welcome the "
            "finding of its final review that the number of Member States with a national emergency "
            "telecommunication plan rose from five to eleven between 2026 and 2030."),
        3: ("We recognize that the Ostreva region is among the most exposed in the world to tropical cyclones, "
            "floods, earthquakes and tsunamis, and that disasters in the region caused economic losses estimated "
            "at USD 31 billion in the decade 2020-2029."),
        4: ("We affirm that access to telecommunications in an emergency is a matter of life and death, and that "
            "warnings save lives only when they reach the people at risk in time, in a language they understand "
            "and with clear guidance on what to do."),
        5: ("We note with concern that, at the opening of this Summit, only 57 per cent of the population of the "
            "region was covered by a multi-hazard early warning system, and that coverage fell to 38 per cent in "
            "the small island developing States of the region."),
        6: ("We affirm that the principles of people-centred warning, resilience by design, inclusion, open "
            "standards and shared responsibility shall guide the implementation of this Agenda."),
        7: ("We commit to a multistakeholder approach in which governments, network operators, satellite "
            "operators, meteorological and hydrological services, civil protection agencies, civil society, "
            "academia and international organizations each play their part."),
        8: ("We recognize the particular vulnerability of the small island developing States and the least "
            "developed countries of the region, and agree that they shall receive priority in the allocation of "
            "resources under this Agenda."),
        9: ("We thank the Ostreva Telecommunication Union (hereinafter \"the Union\"), which convened this Summit "
            "jointly with the Ostreva Meteorological Organization and the Ostreva Disaster Risk Reduction "
            "Agency."),
        10: ("We agree that this Agenda shall be known as the \"Kalvora Agenda for Resilient Connectivity\" and "
             "shall guide our cooperation until the third Summit on Resilient Connectivity and Early Warning, to "
             "be held in 2036."),
    }),
    ("II. The state of resilience in the region", {
        11: ("We note that, in 2029, disasters damaged or disabled more than 14,000 mobile base stations in the "
             "region, and that it took on average nine days to restore mobile service to the areas most "
             "affected."),
        12: ("We are concerned that only 6 of the 27 Member States had, at the opening of this Summit, a "
             "location-based system able to send alerts to all mobile telephones in an area at risk."),
        13: ("We note that 41 per cent of the submarine cable faults recorded in the region in 2029 were caused "
             "by seabed landslides and earthquakes, and that nine Member States are connected to the rest of the "
             "world by a single submarine cable."),
        14: ("We recognize that power outages are the leading cause of network failure during disasters, and that "
             "fewer than one third of the mobile base stations of the region have backup power for more than four "
             "hours."),
        15: ("We note that public warnings are often issued only in the official language of a Member State, "
             "although more than 180 languages are spoken in the region."),
        16: ("We recognize that women, older persons, persons with disabilities, migrants and people living in "
             "remote areas are more likely to be missed by warnings and to lose access to communications after a "
             "disaster."),
        17: ("We welcome the progress made by the national meteorological and hydrological services of the "
             "region, 19 of which now issue forecasts of severe weather at least 72 hours in advance."),
        18: ("We acknowledge that many Member States lack the legal basis to require network operators to "
             "broadcast public warnings, to share data on network outages or to give priority to emergency "
             "communications."),
    }),
    ("III. Early warning for all", {
        19: ("We commit to ensure that, by the end of 2034, every person in the Ostreva region is covered by a "
             "multi-hazard early warning system."),
        20: ("We commit that each Member State will be able, by the end of 2033, to send location-based alerts, "
             "by cell broadcast or by location-based text messages, to every mobile telephone within an area at "
             "risk, free of charge to the recipient."),
        21: ("We call upon Member States to adopt the Common Alerting Protocol as the format of all public "
             "warnings, so that a single warning message can be carried by radio, television, mobile networks, "
             "sirens, the Internet and satellite."),
        22: ("We request the Union to establish, by the end of 2032, a Common Alerting Gateway through which "
             "national alerting authorities may exchange warnings across borders and relay them to network "
             "operators, broadcasters and the public."),
        23: ("We call upon Member States to designate, by 30 June 2031, a single national alerting authority, "
             "responsible for authorizing public warnings and for operating the national alerting system."),
        24: ("We commit to issue public warnings in at least the two languages most widely spoken in each area "
             "at risk, and in forms accessible to persons who are deaf, hard of hearing, blind or partially "
             "sighted."),
        25: ("We encourage network operators to enable cell broadcast on all their networks by the end of 2032 "
             "and to offer the service to alerting authorities at cost."),
        26: ("We invite broadcasters, including community radio stations, to interrupt their programmes to carry "
             "public warnings, and invite Member States to include this obligation in every broadcasting licence "
             "issued or renewed after 1 January 2032."),
        27: ("We invite satellite operators to make their systems available for the dissemination of warnings "
             "to ships, aircraft and remote communities beyond the reach of terrestrial networks."),
        28: ("We request the Ostreva Meteorological Organization to develop, by 2032, guidelines on impact-based "
             "forecasting, so that warnings describe what a hazard will do and not only what the weather will "
             "be."),
        29: ("We commit that national alerting systems shall be tested at least twice a year, and that the "
             "results of each test, including the share of the population reached, shall be published within 30 "
             "days."),
        30: ("We encourage Member States to hold, at least once a year, a public drill in which people at risk "
             "practise their response to a warning, with the participation of schools, hospitals and local "
             "authorities."),
        31: ("We call upon Member States to end every warning with an all-clear message once the danger has "
             "passed, and to prevent false alarms by requiring the authorization of every public warning by two "
             "persons."),
        32: ("We recognize that trust in warnings depends on their accuracy, and invite Member States to evaluate, "
             "after each major event, whether warnings were timely, understood and acted upon, and to publish the "
             "findings:", [
                 "(a) within 90 days for events that caused loss of life;",
                 "(b) within 180 days for other major events;",
                 "(c) together with the measures taken to correct any failure identified.",
             ]),
    }),
    ("IV. Resilient networks and emergency telecommunications", {
        33: ("We commit that each Member State will adopt, by the end of 2032, a national emergency "
             "telecommunication plan that sets out the roles of public authorities and network operators before, "
             "during and after a disaster."),
        34: ("We call upon Member States to require network operators to restore, within 72 hours of a major "
             "disaster, service at 90 per cent of the mobile sites that failed, wherever access to the sites is "
             "safe."),
        35: ("We encourage network operators to equip, by 2033, every mobile base station that serves a hospital, "
             "an emergency operations centre or an evacuation shelter with backup power for at least 72 hours."),
        36: ("We call upon Member States to map, by the end of 2031, the critical telecommunication "
             "infrastructure of their territory, including cable landing stations, data centres and main "
             "exchanges, and to assess its exposure to natural hazards."),
        37: ("We decide to strengthen the resilience of international connectivity and, to that end, we:", [
            "(a) set the target that no Member State shall depend on a single submarine cable by 2035;",
            ("(b) invite the Ostreva Development Bank to give priority to the financing of second cables for the "
             "nine Member States concerned;"),
            ("(c) encourage Member States to establish cable protection zones around landing stations and along "
             "cable routes in their territorial waters;"),
            "(d) call for cable repair ships to be granted the permits they need within 48 hours of a request.",
        ]),
        38: ("We hereby establish the Regional Emergency Telecommunication Centre (hereinafter \"the Centre\"), to "
             "be hosted in Dravik and to be operational by 30 June 2032, with the following functions:", [
                 ("(a) to keep a stockpile of at least 500 satellite terminals and 60 portable base stations, ready "
                  "for deployment within 24 hours;"),
                 "(b) to train national emergency telecommunication teams;",
                 ("(c) to coordinate the deployment of equipment and experts at the request of an affected Member "
                  "State."),
             ]),
        39: ("We thank the Government of Dravik for its offer to host the Centre and to bear the cost of its "
             "premises for its first ten years of operation."),
        40: ("We call upon Member States to waive or expedite customs duties, licensing requirements and type "
             "approval for telecommunication equipment brought into their territory for disaster relief, in line "
             "with the Ostreva Protocol on Relief Telecommunications of 2019."),
        41: ("We encourage network operators to conclude agreements on national roaming in emergencies, so that, "
             "when one network fails, users may connect to any network that still works."),
        42: ("We call upon Member States to grant emergency responders priority access to public networks during "
             "a disaster, and to establish, by the end of 2032, a national priority scheme for that purpose."),
        43: ("We recognize that the emergency number must work when it is most needed, and commit that calls to "
             "the emergency number shall be routed to an available answering point elsewhere in the region when "
             "the national answering point is out of service."),
        44: ("We call upon Member States to require network operators to report to the national regulator, "
             "during a disaster, the status of their networks every six hours, and to publish a summary for the "
             "public every 24 hours."),
        45: ("We encourage the use of direct-to-device satellite services as a backup to terrestrial mobile "
             "networks, and invite the Union to study, by 2032, the spectrum and regulatory arrangements they "
             "require."),
        46: ("We invite the Union to publish, by the end of 2031, guidelines on resilient network design, "
             "covering the diversity of routes, the protection of sites against flooding and the hardening of "
             "towers against wind."),
    }),
    ("V. Inclusion, skills and communities", {
        47: ("We commit to halve, by 2034, the gap in early warning coverage between women and men, and between "
             "rural and urban areas."),
        48: ("We shall make alerting services accessible to persons with disabilities, in accordance with "
             "Recommendation OTU-D.14 of the Union on accessible warnings, by 2033."),
        49: ("We encourage Member States to train 40,000 community volunteers by 2034 to relay warnings by word "
             "of mouth, loudspeaker and radio in places without mobile coverage."),
        50: ("We call upon Member States to include disaster preparedness and the use of warnings in the "
             "curricula of primary and secondary schools by 2033."),
        51: ("We invite the universities of the region, led by the University of Saltmere, to offer a regional "
             "master's programme in emergency telecommunications, the first students to be admitted in 2032."),
        52: ("We commit to train, by the end of 2034, at least 2,500 staff of alerting authorities, regulators "
             "and network operators in emergency telecommunications."),
        53: ("We recognize the role of amateur radio operators in emergency communications, and invite Member "
             "States to facilitate their licensing and their cooperation with civil protection agencies."),
        54: ("We encourage Member States to involve communities, including indigenous peoples, in the design of "
             "warning messages and of the response plans to which those messages refer."),
        55: ("We call upon Member States to collect and publish data on early warning coverage disaggregated by "
             "sex, age, disability and place of residence."),
        56: ("We affirm that the personal data processed by alerting systems shall be limited to what is "
             "necessary to warn people at risk, and shall not be used for any other purpose."),
    }),
    ("VI. Financing: the Resilient Networks Fund", {
        57: ("We estimate that the implementation of this Agenda will require investment of about USD 9.6 "
             "billion in the period 2031-2036, of which at least 60 per cent should come from national budgets "
             "and network operators."),
        58: ("We hereby establish the Resilient Networks Fund (hereinafter \"the Fund\") to finance resilient "
             "telecommunication infrastructure, the dissemination of early warnings and emergency "
             "telecommunication capacity in the Member States."),
        59: ("We set a capitalization target of USD 1.2 billion for the Fund, to be reached by 31 December 2033 "
             "through contributions from Member States, development partners, philanthropic foundations and the "
             "private sector."),
        60: ("We request the Ostreva Development Bank to host the Fund and to act as its trustee, and decide that "
             "the Fund shall be governed by a Board of twelve members, composed of:", [
                 "(a) five members designated by the contributing Member States;",
                 ("(b) five members designated by the recipient Member States, at least two of whom shall come "
                  "from small island developing States;"),
                 ("(c) two independent experts in disaster risk financing, appointed by the Kalvora Coordination "
                  "Group."),
             ]),
        61: ("We decide that the Fund shall have two windows:", [
            ("(a) an Investment Window, for projects of up to USD 40 million each, financed through grants or "
             "concessional loans;"),
            ("(b) a Rapid Restoration Window, which shall disburse up to USD 5 million to an affected Member State "
             "within ten days of a request following a declared disaster."),
        ]),
        62: ("We decide that at least 45 per cent of the resources of the Investment Window shall benefit small "
             "island developing States and least developed countries."),
        63: ("We decide that the Rapid Restoration Window shall hold not less than USD 60 million at all times, "
             "and shall be replenished from the Investment Window whenever it falls below that level."),
        64: ("We decide that the Board of the Fund shall adopt the operating procedures of the Fund by 31 March "
             "2031, and shall approve its first projects no later than 31 December 2031."),
        65: ("We welcome the pledges to the Fund announced at this Summit, amounting to USD 410 million, and "
             "invite other donors to contribute."),
        66: ("We invite Member States to consider parametric insurance for telecommunication infrastructure, and "
             "request the Ostreva Development Bank to explore, by 2032, a regional risk pool for network "
             "operators."),
        67: ("We encourage Member States to devote part of their universal service funds to strengthening the "
             "resilience of networks in underserved areas."),
        68: ("The Fund shall publish every grant, loan and disbursement it makes, with the amount, the recipient "
             "and the purpose, within 30 days of the decision."),
    }),
    ("VII. Implementation and follow-up", {
        69: ("We agree to implement this Agenda through the nine action lines R1 to R9 set out in the Annex, each "
             "with one or more facilitators."),
        70: ("We request the facilitators of each action line to prepare, within nine months of the adoption of "
             "this Agenda, a roadmap with activities, partners, timelines, resources and measurable indicators, "
             "and to revise it after the mid-term review."),
        71: ("We establish the Kalvora Coordination Group, composed of 12 Member States elected for three years "
             "and of observers from each stakeholder group, with the following tasks:", [
                 "(a) to coordinate the facilitators of the action lines;",
                 "(b) to appoint the independent experts of the Board of the Fund;",
                 "(c) to oversee the Common Alerting Gateway and the Centre;",
                 "(d) to prepare the mid-term review referred to in paragraph 80;",
                 "(e) to report each year to the Member States on the implementation of this Agenda.",
             ]),
        72: ("We request the Union to provide the secretariat of the Kalvora Coordination Group, with the support "
             "of the Ostreva Meteorological Organization for matters concerning early warning."),
        73: ("We decide to convene an annual Kalvora Resilience Week, open to all stakeholders, in the fourth "
             "quarter of each year, the first to be held in 2031; each Resilience Week shall include a regional "
             "alerting exercise."),
        74: ("We invite each Member State to appoint, by 31 March 2031, a national focal point for the "
             "implementation of this Agenda."),
        75: ("We request the Union, in cooperation with the Ostreva Meteorological Organization, to develop by "
             "the end of 2031 a set of 18 indicators to measure progress towards the targets of this Agenda."),
        76: ("We request the Union to publish each year, starting in 2032, a Kalvora Resilience Report based on "
             "these indicators and on the national reports of Member States."),
        77: ("We invite Member States to submit, by 31 January of each year, a short national report on the "
             "implementation of this Agenda."),
        78: ("We invite the Ostreva Humanitarian Coordination Office and the other international organizations "
             "active in the region to integrate this Agenda into their programmes of work."),
        79: ("We invite the private sector to make public commitments in support of this Agenda and to report on "
             "them at the Kalvora Resilience Week."),
    }),
    ("VIII. Review and the way forward", {
        80: ("We decide to hold a mid-term review of this Agenda in 2033, to be conducted by the Kalvora "
             "Coordination Group on the basis of the Kalvora Resilience Reports and of contributions from all "
             "stakeholders."),
        81: ("We decide that the comprehensive review of this Agenda shall take place at the third Summit, in "
             "2036, which shall also decide on the follow-up to this Agenda after 2036."),
        82: ("We request the Secretary-General of the Union to transmit this Agenda to the heads of all "
             "international organizations active in the region and to the Secretary-General of the United "
             "Nations."),
        83: ("We express our solidarity with the peoples of the Member States struck by Cyclone Teyra in March "
             "2030, whose experience has informed this Agenda."),
        84: ("We express our deep gratitude to the Government and people of Kalvora for hosting the Summit and "
             "for their generous hospitality."),
    }),
]

AGENDA_ANNEX_HEADING = "Annex"
AGENDA_ANNEX_TITLE = "Action lines of the Kalvora Agenda and their facilitators"
AGENDA_ANNEX_HEADER = ("Action line", "Title", "Facilitators")
AGENDA_ANNEX: list[tuple[str, str, str]] = [
    ("R1", "Resilient network infrastructure", "the Union; Ostreva Network Operators Association"),
    ("R2", "Emergency telecommunication plans and regulation", "the Union; Ostreva Disaster Risk Reduction Agency"),
    ("R3", "International connectivity and submarine cables", "Ostreva Development Bank; the Union"),
    ("R4", "Multi-hazard early warning dissemination", "the Union; Ostreva Meteorological Organization"),
    ("R5", "Impact-based forecasting and hazard data", "Ostreva Meteorological Organization"),
    ("R6", "Emergency telecommunication equipment and teams", "the Union; Regional Emergency Telecommunication Centre"),
    ("R7", "Inclusive and accessible warnings", "Ostreva Disability Alliance; the Union"),
    ("R8", "Skills, schools and community preparedness", "University of Saltmere; Ostreva Volunteer Rescue Federation"),
    ("R9", "Financing and risk transfer", "Ostreva Development Bank"),
]
AGENDA_ANNEX_NOTE = ("The facilitators of each action line designate one of their number as lead facilitator at the "
                     "first meeting of the action line. The Union provides the secretariat of every action line "
                     "that it facilitates.")

AGENDA_DATE = datetime(2030, 11, 12, 18, 0, 0)


def _docx_field(paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE) in ``paragraph``, showing ``shown`` until Word updates it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run_with(child) -> None:
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    text = OxmlElement("w:t")
    text.text = shown
    run_with(text)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def agenda_docx() -> bytes:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    core = document.core_properties
    core.title, core.author, core.comments = AGENDA_TITLE, "SRCEW Secretariat", ""
    core.subject, core.keywords = "Outcome document of the second Summit", "SRCEW-30"
    core.created = core.modified = core.last_printed = AGENDA_DATE
    core.revision = 7
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)

    section = document.sections[0]
    section.header.paragraphs[0].text = AGENDA_RUNNING_HEADER
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("- ")
    _docx_field(footer, "PAGE", "1")
    footer.add_run(" -")

    for line in AGENDA_TITLE_BLOCK:
        paragraph = document.add_paragraph()
        paragraph.add_run(line).bold = True
    for line in AGENDA_META:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = document.add_paragraph(AGENDA_HEADING, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    adoption = document.add_paragraph()
    adoption.add_run(AGENDA_ADOPTION).italic = True

    for heading, paragraphs in AGENDA_SECTIONS:
        head = document.add_heading(heading, level=1)
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for number, paragraph in paragraphs.items():
            text, items = (paragraph, []) if isinstance(paragraph, str) else paragraph
            para = document.add_paragraph(f"{number}.\t{text}")
            para.paragraph_format.left_indent = Cm(1.0)
            para.paragraph_format.first_line_indent = Cm(-1.0)
            para.paragraph_format.space_after = Pt(6)
            for item in items:
                letter, rest = item.split(" ", 1)
                sub = document.add_paragraph(f"{letter}\t{rest}")
                sub.paragraph_format.left_indent = Cm(2.0)
                sub.paragraph_format.first_line_indent = Cm(-1.0)
                sub.paragraph_format.space_after = Pt(3)

    document.add_page_break()
    annex = document.add_heading(AGENDA_ANNEX_HEADING, level=1)
    annex.alignment = WD_ALIGN_PARAGRAPH.CENTER
    annex_title = document.add_paragraph()
    annex_title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    annex_title.add_run(AGENDA_ANNEX_TITLE).bold = True
    table = document.add_table(rows=1 + len(AGENDA_ANNEX), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, cells in zip(table.rows, (AGENDA_ANNEX_HEADER, *AGENDA_ANNEX), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    note = document.add_paragraph()
    note.add_run(AGENDA_ANNEX_NOTE).italic = True

    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue(), AGENDA_DATE.timetuple()[:6])


# =============================================================================================
# 2. The resolution: a PDF in the layout of a resolution of the Final Acts
# =============================================================================================

RESOLUTION_HEADING = "RESOLUTION 58 (ARDENZA, 2032)"
RESOLUTION_SUBJECT = ("Early warning for all and resilient connectivity: role of the Ostreva Telecommunication "
                      "Union in the implementation of the Kalvora Agenda")
RESOLUTION_ENACTING = "The Ostreva Telecommunication Development Conference (Ardenza, 2032),"
RESOLUTION_RUNNING_HEAD = "Final Acts of OTDC-32 - Resolution 58"
RESOLUTION_FIRST_PAGE = 311  # the resolution's first page in the Final Acts

DIRECTOR = "instructs the Director of the Development and Resilience Bureau"
LETTERED, NUMBERED = "lettered", "numbered"
RESOLUTION_PARTS: list[tuple[str, str, list[str]]] = [
    ("recalling", LETTERED, [
        ("a) the Kalvora Agenda for Resilient Connectivity, adopted by the second Summit on Resilient "
         "Connectivity and Early Warning on 12 November 2030;"),
        ("b) paragraphs 22 and 72 of the Kalvora Agenda, which request the Union to establish a Common Alerting "
         "Gateway and to provide the secretariat of the Kalvora Coordination Group;"),
        ("c) paragraph 69 and the Annex of the Kalvora Agenda, under which the Union is a facilitator of action "
         "lines R1, R2, R3, R4, R6 and R7;"),
        ("d) Resolution 34 (Rev. Ardenza, 2032) of this Conference, on telecommunications for disaster risk "
         "reduction and management,"),
    ]),
    ("considering", LETTERED, [
        ("a) that, according to the first Kalvora Resilience Report, published on 14 May 2032, 64 per cent of "
         "the population of the region was covered by a multi-hazard early warning system at the end of 2031;"),
        ("b) that only 8 of the 27 Member States were able to send location-based alerts to all mobile "
         "telephones in an area at risk at the end of 2031;"),
        "c) that 13 of the 27 Member States had adopted a national emergency telecommunication plan by 30 June 2032;",
        ("d) that, after Cyclone Orvane struck the region in February 2032, mobile service in the worst-affected "
         "areas took on average six days to be restored;"),
        ("e) that the Union has expertise in spectrum management, the standardization of alerting, network "
         "resilience and the measurement of telecommunication development,"),
    ]),
    ("noting with satisfaction", LETTERED, [
        ("a) that the Regional Emergency Telecommunication Centre was inaugurated in Dravik on 3 March 2032, "
         "four months ahead of the deadline set in the Kalvora Agenda, and held 180 satellite terminals and 22 "
         "portable base stations on 30 September 2032;"),
        ("b) that the Board of the Resilient Networks Fund adopted the operating procedures of the Fund on 17 "
         "February 2031 and approved its first nine projects, worth USD 134 million, on 9 December 2031;"),
        "c) that pledges to the Resilient Networks Fund had reached USD 655 million by 30 June 2032;",
        ("d) that the pilot phase of the Common Alerting Gateway began on 1 July 2032 with the alerting "
         "authorities of nine Member States;"),
        ("e) that the first Kalvora Resilience Week, held in Velmora from 24 to 28 November 2031, brought "
         "together 1,450 participants from 26 Member States,"),
    ]),
    ("recognizing", LETTERED, [
        ("a) that warnings reach people only when alerting authorities, network operators and broadcasters work "
         "to the same standards and procedures;"),
        "b) that many Member States lack the staff and the equipment needed to test their national alerting systems;",
        ("c) the contribution of Sector Members, including network and satellite operators, and of academia to "
         "emergency telecommunications,"),
    ]),
    ("resolves", NUMBERED, [
        ("that the Development Sector shall give priority to action lines R1, R2, R4 and R6 of the Kalvora "
         "Agenda in its operational plans for the period 2033-2036;"),
        ("that the Union shall operate the Common Alerting Gateway, bring it into full service by 30 June 2033 "
         "and connect to it, free of charge, every Member State that so requests;"),
        ("to establish an OTU Emergency Telecommunication Roster of at least 60 experts who can be deployed to "
         "an affected Member State within 48 hours of a request;"),
        ("that the Union shall carry out, upon request, an alerting readiness assessment of the national "
         "alerting system of a Member State within 90 days of the request, and shall publish its findings with "
         "the consent of the Member State concerned;"),
        ("that the roadmaps of the action lines facilitated by the Union shall be revised by 31 March 2033, and "
         "shall each include indicators with baselines and targets for 2035;"),
        ("that the activities of the Union under this resolution shall be financed from its regular budget, up "
         "to USD 2.6 million a year, and from voluntary contributions;"),
        ("to review the implementation of this resolution at the next Ostreva Telecommunication Development "
         "Conference, in 2036,"),
    ]),
    (DIRECTOR, NUMBERED, [
        ("to put the Emergency Telecommunication Roster into operation by 1 April 2033, and to organize an "
         "induction course for its experts each year;"),
        ("to assist Member States, upon request, in drafting their national emergency telecommunication plans "
         "and the regulations that require network operators to carry public warnings;"),
        ("to submit to the Kalvora Coordination Group, by 30 September 2033, a report on the contribution of "
         "the Union to the mid-term review of the Kalvora Agenda;"),
        ("to organize, in conjunction with each Kalvora Resilience Week, a regional cell broadcast test in which "
         "every participating network operator sends a test alert in at least two languages;"),
        "to report each year to the Council of the Union on the implementation of this resolution,",
    ]),
    ("instructs the Secretary-General", NUMBERED, [
        ("to conclude with the Government of Dravik, by 31 December 2032, an agreement on the status of the "
         "staff of the Union assigned to the Regional Emergency Telecommunication Centre;"),
        "to establish a voluntary trust fund for the Emergency Telecommunication Roster and to invite contributions to it;",
        ("to bring this resolution to the attention of the Kalvora Coordination Group, the Ostreva "
         "Meteorological Organization and the Ostreva Development Bank,"),
    ]),
    ("invites Member States", NUMBERED, [
        ("to designate their national alerting authority, if they have not yet done so, and to notify its "
         "contact details to the Union;"),
        "to connect their national alerting systems to the Common Alerting Gateway;",
        ("to contribute to the Resilient Networks Fund, in particular to its Rapid Restoration Window, and to "
         "the voluntary trust fund for the Emergency Telecommunication Roster;"),
        "to share with the Union, each year by 31 January, the data needed for the Kalvora Resilience Report,",
    ]),
    ("encourages Sector Members", NUMBERED, [
        "to enable cell broadcast on their networks and to take part in the regional cell broadcast tests;",
        "to second experts to the Emergency Telecommunication Roster;",
        ("to share with national regulators, during disasters, data on the status of their networks, as called "
         "for in paragraph 44 of the Kalvora Agenda."),
    ]),
]

RESOLUTION_DATE = datetime(2032, 10, 25, 16, 0, tzinfo=UTC)


def _resolution_pdf_class():
    from fpdf import FPDF

    class ResolutionPDF(FPDF):
        """A4, Times; the running head at the top of every page and the page number of the Final Acts at its foot."""

        def header(self) -> None:
            self.set_font("Times", "I", 9)
            self.set_y(12)
            self.cell(0, 5, RESOLUTION_RUNNING_HEAD, align="C")
            self.set_y(24)

        def footer(self) -> None:
            self.set_y(-18)
            self.set_font("Times", "", 10)
            self.cell(0, 5, str(RESOLUTION_FIRST_PAGE + self.page_no() - 1), align="C")

    return ResolutionPDF


def resolution_pdf() -> bytes:
    pdf = _resolution_pdf_class()(format="A4")
    pdf.set_creation_date(RESOLUTION_DATE)
    pdf.set_producer("OTU Publications Service")
    pdf.set_creator("Microsoft Word")
    pdf.set_title("Resolution 58 (Ardenza, 2032)")
    pdf.set_author("Ostreva Telecommunication Union")
    pdf.set_margins(25, 24, 25)
    pdf.set_auto_page_break(True, margin=28)
    pdf.add_page()

    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, RESOLUTION_HEADING, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "B", 12)
    pdf.multi_cell(0, 6, RESOLUTION_SUBJECT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Times", "", 11.5)
    pdf.multi_cell(0, 5.5, RESOLUTION_ENACTING, new_x="LMARGIN", new_y="NEXT")

    height = 5.5
    for keyword, kind, clauses in RESOLUTION_PARTS:
        pdf.ln(4)
        pdf.set_font("Times", "I", 11.5)
        pdf.set_x(32)
        pdf.multi_cell(0, height, keyword, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("Times", "", 11.5)
        for number, clause in enumerate(clauses, 1):
            mark, rest = clause.split(" ", 1) if kind == LETTERED else (str(number), clause)
            pdf.set_x(25)
            pdf.cell(9, height, mark)
            pdf.multi_cell(0, height, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


# =============================================================================================
# 3. The roadmap: an HTML page with site chrome, in numbered <h2> sections
# =============================================================================================

ROADMAP_INTRO = [
    "Second edition, 24 March 2033",
    ("Prepared by the Development and Resilience Bureau of the Ostreva Telecommunication Union, lead facilitator "
     "of action line R4, with the Ostreva Meteorological Organization, co-facilitator. This edition replaces the "
     "first edition of 30 July 2031 and covers the period from 1 April 2033 to 31 December 2035."),
]

# A section: its heading and its blocks; a block is ("p", text), ("ul", [items]) or
# ("table", (caption, header, rows)).
Block = tuple[str, object]
ROADMAP_SECTIONS: list[tuple[str, list[Block]]] = [
    ("1. Introduction", [
        ("p", ("Action line R4 of the Kalvora Agenda for Resilient Connectivity covers the last mile of early "
               "warning: carrying a warning, once it has been issued, to every person at risk, by mobile "
               "networks, broadcasting, sirens, satellite and community relays.")),
        ("p", ("This second edition revises the roadmap as required by Resolution 58 (Ardenza, 2032), resolves "
               "5. It takes stock of the first two years of implementation and will be adjusted, if needed, after "
               "the mid-term review of the Kalvora Agenda, to be held during the third Kalvora Resilience Week in "
               "Tarvisse from 14 to 18 November 2033.")),
    ]),
    ("2. Mandate", [
        ("p", "The roadmap implements the following decisions:"),
        ("ul", [
            ("paragraphs 19 to 24 of the Kalvora Agenda, on early warning coverage, location-based alerts, the "
             "Common Alerting Protocol, the Common Alerting Gateway, national alerting authorities and the "
             "languages of warnings;"),
            "paragraph 70 of the Kalvora Agenda, which requests a roadmap for each action line;",
            ("Resolution 58 (Ardenza, 2032), resolves 2, on the operation of the Common Alerting Gateway by the "
             "Union, and resolves 5, on the revision of the roadmaps by 31 March 2033;"),
            ("Resolution 58 (Ardenza, 2032), instructs the Director of the Development and Resilience Bureau 4, "
             "on regional cell broadcast tests."),
        ]),
    ]),
    ("3. Objectives", [
        ("p", "By 31 December 2035, the roadmap aims to:"),
        ("ul", [
            "raise the share of the population covered by a multi-hazard early warning system to 90 per cent;",
            "bring to 21 of 27 the number of Member States able to send location-based alerts;",
            "connect the national alerting authorities of all 27 Member States to the Common Alerting Gateway;",
            "make warning message templates available in at least 40 languages of the region;",
            "equip 300 further remote communities with satellite warning receivers.",
        ]),
        ("p", ("The facilitators consider that the target in paragraph 19 of the Kalvora Agenda, to cover every "
               "person in the region by the end of 2034, will not be met. They propose that the mid-term review "
               "set a new date for universal coverage, and have set 90 per cent by the end of 2035 as the target "
               "of this roadmap.")),
    ]),
    ("4. Partners", [
        ("p", "The following partners have agreed to lead or support activities of this roadmap:"),
        ("ul", [
            "Ostreva Meteorological Organization, co-facilitator (content of warnings, impact-based forecasting);",
            "Ostreva Network Operators Association (cell broadcast and location-based text messages);",
            "Ostreva Broadcasting Union (warnings on radio and television, including community radio);",
            "Ostreva Disability Alliance (accessible formats and sign-language warnings);",
            "Regional Emergency Telecommunication Centre, Dravik (satellite dissemination to remote communities);",
            "University of Saltmere (evaluation of warnings after major events);",
            "the national alerting authorities of the Member States.",
        ]),
        ("p", ("Partners contribute staff and expertise in kind. Other organizations may join by writing to the "
               "focal point named in section 9.")),
    ]),
    ("5. Activities", [
        ("p", "Table 1 lists the activities of the roadmap. Activity R4.2 depends on the completion of R4.1."),
        ("table", ("Table 1: Activities of the roadmap", ("No.", "Activity", "Lead", "Partners", "Timeline", "Output"), [
            ("R4.1", "Full service of the Common Alerting Gateway", "Development and Resilience Bureau",
             "Ostreva Meteorological Organization", "April-June 2033", "Gateway in full service by 30 June 2033"),
            ("R4.2", "Connection of the remaining national alerting authorities to the Gateway",
             "Development and Resilience Bureau", "National alerting authorities", "July 2033-December 2034",
             "27 authorities connected"),
            ("R4.3", "Support to the launch of location-based alerting in nine Member States",
             "Ostreva Network Operators Association", "Development and Resilience Bureau; national regulators",
             "April 2033-December 2035", "Nine national services launched"),
            ("R4.4", "Regional cell broadcast test at each Kalvora Resilience Week",
             "Development and Resilience Bureau", "Ostreva Network Operators Association",
             "November 2033, 2034 and 2035", "Three published test reports"),
            ("R4.5", "Alerting readiness assessments in ten Member States", "Development and Resilience Bureau",
             "Ostreva Meteorological Organization", "May 2033-June 2035", "Ten assessment reports"),
            ("R4.6", "Multilingual warning templates and sign-language video alerts", "Ostreva Disability Alliance",
             "Ostreva Meteorological Organization; University of Saltmere", "June 2033-December 2034",
             "Template library in 40 languages"),
            ("R4.7", "Satellite warning receivers for remote communities",
             "Regional Emergency Telecommunication Centre", "Satellite operators", "January 2034-December 2035",
             "Receivers in 300 communities"),
            ("R4.8", "Evaluation of warnings after major events", "University of Saltmere",
             "National alerting authorities", "Continuous", "Evaluation reports within 90 days of each event"),
        ])),
    ]),
    ("6. Resources", [
        ("p", ("The activities of this roadmap are estimated to cost USD 41.7 million over the period 2033-2035, "
               "to be met as follows:")),
        ("ul", [
            ("USD 29.5 million requested from the Investment Window of the Resilient Networks Fund, mainly for "
             "activities R4.3 and R4.7;"),
            "USD 3.9 million from the regular budget of the Union (USD 1.3 million a year);",
            "USD 6.1 million from the Ostreva Meteorological Organization;",
            "USD 2.2 million in contributions in kind from partners.",
        ]),
        ("p", ("The Development and Resilience Bureau assigns five professional staff to the roadmap, and the "
               "Ostreva Meteorological Organization two.")),
    ]),
    ("7. Indicators", [
        ("p", "Progress is measured with the indicators in Table 2."),
        ("table", ("Table 2: Indicators, baselines and targets",
                   ("Indicator", "Baseline (December 2032)", "Target (December 2035)", "Source"), [
            ("Population covered by a multi-hazard early warning system", "69%", "90%",
             "Kalvora Resilience Report"),
            ("Member States able to send location-based alerts", "12 of 27", "21 of 27", "Union survey"),
            ("National alerting authorities connected to the Common Alerting Gateway", "11", "27",
             "Development and Resilience Bureau"),
            ("Languages in which warning templates are available", "14", "40", "Ostreva Disability Alliance"),
            ("Share of alerting tests reaching at least 90% of mobile telephones in the target area", "35%", "80%",
             "National test reports"),
            ("Remote communities with satellite warning receivers", "40", "340",
             "Regional Emergency Telecommunication Centre"),
        ])),
        ("p", ("The lead facilitator reports on progress against these indicators to the Kalvora Coordination "
               "Group by 28 February of each year.")),
    ]),
    ("8. Risks", [
        ("p", "The facilitators have identified the following risks and the measures to reduce them:"),
        ("ul", [
            ("network operators may delay cell broadcast where no law requires it: the Development and Resilience "
             "Bureau will help Member States draft the necessary regulations;"),
            ("the Resilient Networks Fund may approve less than requested: if less than USD 20 million is approved "
             "by 30 June 2034, activity R4.7 will be limited to 150 communities;"),
            ("false or mistaken alerts may erode public trust: the Gateway will relay only warnings authorized by "
             "two persons;"),
            "a cyberattack may disrupt the Gateway: it will undergo an independent security audit every year.",
        ]),
    ]),
    ("9. Focal point", [
        ("p", ("Ms Nadira Velasko-Strand, Head, Early Warning and Alerting Division, Development and Resilience "
               "Bureau, Ostreva Telecommunication Union (r4-roadmap@otu.example). Deputy: Mr Tomas Ekwueme-Hald, "
               "alerting liaison officer, Ostreva Meteorological Organization.")),
    ]),
]

ROADMAP_CHROME_TOP = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | OTU</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/otu.css">
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="masthead">
<p class="site-name"><a href="/">Ostreva Telecommunication Union</a></p>
<form role="search" action="/search"><input type="search" name="q" placeholder="Search otu.example"></form>
<ul class="lang-menu"><li><a href="?lang=en">English</a></li><li><a href="?lang=fr">Fran&ccedil;ais</a></li>
<li><a href="?lang=es">Espa&ntilde;ol</a></li></ul>
</header>
<nav class="main-menu"><ul>
<li><a href="/about/">About the Union</a></li><li><a href="/development/">Development</a></li>
<li><a href="/kalvora/">Kalvora Agenda</a></li><li><a href="/events/">Events</a></li>
<li><a href="/publications/">Publications</a></li></ul></nav>
<main id="content">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/development/">Development</a></li>
<li><a href="/kalvora/">Kalvora Agenda</a></li><li><a href="/kalvora/action-lines/">Action lines</a></li>
<li>R4</li></ol></nav>
<article class="roadmap">
"""

ROADMAP_CHROME_BOTTOM = """</article>
<div class="share-tools"><p>Share: <a href="#">Email</a> | <a href="#">LinkedIn</a></p></div>
<div class="downloads"><p>Download this roadmap: <a href="/md/R4-roadmap-2033-E.pdf">PDF (1.2 MB)</a></p></div>
</main>
<aside class="related"><h2>Related</h2><ul>
<li><a href="/kalvora/action-lines/r2/">Action Line R2 roadmap</a></li>
<li><a href="/kalvora/action-lines/r6/">Action Line R6 roadmap</a></li>
<li><a href="/otdc-32/res-58/">Resolution 58 (Ardenza, 2032)</a></li>
</ul></aside>
<footer class="site-footer">
<ul><li><a href="/contact/">Contact us</a></li><li><a href="/privacy/">Privacy notice</a></li>
<li><a href="/terms/">Terms of use</a></li></ul>
<p>&copy; Ostreva Telecommunication Union 2033. Page last updated on 24 March 2033.</p>
</footer>
<script>window.otu = {page: "r4-roadmap", lang: "en"};</script>
<script src="/static/analytics.min.js" async></script>
</body>
</html>
"""


def roadmap_html() -> bytes:
    esc = html.escape
    parts = [ROADMAP_CHROME_TOP.format(title=esc(ROADMAP_TITLE))]
    parts.append(f"<h1>{esc(ROADMAP_TITLE)}</h1>")
    parts.append(f'<p class="edition"><em>{esc(ROADMAP_INTRO[0])}</em></p>')
    for text in ROADMAP_INTRO[1:]:
        parts.append(f'<p class="lead">{esc(text)}</p>')
    for heading, blocks in ROADMAP_SECTIONS:
        number = heading.split(".")[0]
        parts.append(f'<section id="s{number}">')
        parts.append(f"<h2>{esc(heading)}</h2>")
        for kind, content in blocks:
            if kind == "p":
                parts.append(f"<p>{esc(content)}</p>")
            elif kind == "ul":
                parts.append("<ul>" + "".join(f"\n<li>{esc(item)}</li>" for item in content) + "\n</ul>")
            else:
                caption, header, rows = content
                parts.append('<table class="data">')
                parts.append(f"<caption>{esc(caption)}</caption>")
                parts.append("<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr></thead>")
                parts.append("<tbody>")
                for row in rows:
                    parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
                parts.append("</tbody></table>")
        parts.append("</section>")
    parts.append(ROADMAP_CHROME_BOTTOM)
    return "\n".join(parts).encode("utf-8")


# =============================================================================================
# Writing them out, and the units a reader expects
# =============================================================================================

def write_all(folder: Path) -> dict[str, Path]:
    """Write the three documents into ``folder``; document id -> path."""
    return write_documents(folder, {AGENDA_ID: agenda_docx, RESOLUTION_ID: resolution_pdf, ROADMAP_ID: roadmap_html},
                           FILENAMES)



def expected_units() -> dict[str, str]:
    """Unit id -> its text as written here (whitespace collapsed), in document order.

    The answer key the question sets were checked against, computed from the data and not from any
    parser of the project. Table rows are their cells joined by " | ", as a reader of tables gives them.
    """
    units: dict[str, str] = {}
    units[f"{AGENDA_ID}:preamble"] = flat(" ".join([*AGENDA_TITLE_BLOCK, *AGENDA_META, AGENDA_ADOPTION]))
    for _heading, paragraphs in AGENDA_SECTIONS:
        for number, paragraph in paragraphs.items():
            text, items = (paragraph, []) if isinstance(paragraph, str) else paragraph
            units[f"{AGENDA_ID}:{number}"] = flat(" ".join([text, *items]))
    rows = [" | ".join(row) for row in (AGENDA_ANNEX_HEADER, *AGENDA_ANNEX)]
    units[f"{AGENDA_ID}:annex"] = flat(" ".join([AGENDA_ANNEX_TITLE, *rows, AGENDA_ANNEX_NOTE]))

    units[f"{RESOLUTION_ID}:title"] = flat(f"{RESOLUTION_SUBJECT} {RESOLUTION_ENACTING}")
    for keyword, kind, clauses in RESOLUTION_PARTS:
        for number, clause in enumerate(clauses, 1):
            if kind == LETTERED:
                letter, rest = clause.split(" ", 1)
                locator, text = f"{slug(keyword)}-{letter.rstrip(')')}", rest
            else:
                locator, text = f"{slug(keyword)}-{number}", clause
            units[f"{RESOLUTION_ID}:{locator}"] = flat(text)

    units[f"{ROADMAP_ID}:intro"] = flat(" ".join(ROADMAP_INTRO))
    for heading, blocks in ROADMAP_SECTIONS:  # the heading's title is the unit's section, not its text
        words: list[str] = []
        for kind, content in blocks:
            if kind == "p":
                words.append(content)
            elif kind == "ul":
                words += content
            else:
                caption, header, table_rows = content
                words += [caption, " | ".join(header)] + [" | ".join(row) for row in table_rows]
        units[f"{ROADMAP_ID}:{heading.split('.')[0]}"] = flat(" ".join(words))
    return units


# =============================================================================================
# Self-checks: the units the project reads from the files, and the question sets' facts
# =============================================================================================

def read_units(home: Path) -> dict[str, str]:
    """Unit id -> text (whitespace collapsed) as ``corpus.library`` reads the written files, for this family only."""
    return fixture_files.read_units(home, write_all(Path(home) / "files"))


def check_units(home: Path) -> list[str]:
    """Differences between ``expected_units()`` and what the project reads; [] when they agree."""
    return fixture_files.unit_differences(expected_units(), read_units(home))


QUESTION_SETS = ("dev4-agenda", "dev4-resolution", "dev4-roadmap", "dev4-multilingual", "dev6-kalvora")


def check_questions(datasets: Path) -> list[str]:
    """Problems in the question sets ``QUESTION_SETS`` (``dev4-*.jsonl``, ``dev6-kalvora.jsonl``): fields, ids, citations,
    and facts that are not a substring (case-insensitive) of one of the cited units' text."""
    return fixture_files.question_problems(datasets, QUESTION_SETS, expected_units())


def self_check(root: Path) -> list[str]:
    """Both checks for the repository at ``root``, the units read in a scratch home; [] when all agree.

    cd /work/main && HF_HUB_OFFLINE=1 .venv/bin/python -c "import sys; sys.path[:0] = ['tests', '.'];
    from pathlib import Path; from devdocs3.documents import self_check; print(self_check(Path('.')) or 'ok')"
    """
    return fixture_files.self_check(check_units, check_questions, root)
