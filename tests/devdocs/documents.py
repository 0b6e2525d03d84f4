"""The development document family, on which answer-selection constants may be tuned.

Three fictional texts of one invented process, the Conference on Connectivity for Sustainable
Development held in Marenvik in 2027, each in the layout of the official text it imitates:

- the Marenvik Declaration and Agenda for Connectivity, as a plain-text copy pasted from its PDF
  (title block, hard-wrapped numbered paragraphs, lettered and roman sub-items, footnotes and page
  breaks, an Annex);
- Resolution 19 (Salvara, 2028) of the Meridian Telecommunication Union, as a DOCX in the Final
  Acts layout (italic keyword lines, lettered preamble clauses, operative clauses numbered by
  Word's own "List Number" numbering, so their digits are not in the text);
- the Action Line K2 roadmap, as a sectioned HTML page with site chrome.

The question sets over them are ``evals/datasets/dev-*.jsonl``. The assistant's constants may be
calibrated here and are checked on a held-out family written by someone else; nothing here is a
WSIS text. Content is data, layout is a few small builders, and every output is deterministic
(fixed dates, no clock or random ids), so two calls give identical bytes.
"""

from __future__ import annotations

import html
import io
import textwrap
from datetime import datetime
from pathlib import Path

from fixture_files import slug, stable_zip, write_documents

AGENDA_ID = "ccsd-declaration"
RESOLUTION_ID = "res-19"
ROADMAP_ID = "roadmap-k2"

AGENDA_TITLE = "Marenvik Declaration and Agenda for Connectivity"
RESOLUTION_TITLE = "Resolution 19 (Salvara, 2028)"
ROADMAP_TITLE = "Marenvik Action Line K2 roadmap: Affordable backbone and access infrastructure"

FILENAMES = {
    AGENDA_ID: "CCSD-27-DOC-3-E.txt",
    RESOLUTION_ID: "MTU-CDC-28-RES-19-E.docx",
    ROADMAP_ID: "k2-roadmap.html",
}

# =============================================================================================
# 1. The agenda: plain text pasted from a PDF
# =============================================================================================

AGENDA_HEAD = [
    "CONFERENCE ON CONNECTIVITY FOR SUSTAINABLE DEVELOPMENT",
    "Marenvik, 12-14 June 2027",
    "",
    f"{'Document CCSD-27/DOC/3-E':>78}",
    f"{'14 June 2027':>78}",
    f"{'Original: French':>78}",
    "",
    "",
    "MARENVIK DECLARATION AND AGENDA FOR CONNECTIVITY",
    "",
]

# Unnumbered text between the title and paragraph 1 (the unit ``ccsd-declaration:preamble``).
AGENDA_PREAMBLE = (
    "Adopted by acclamation at the fifth plenary meeting of the Conference, on 14 June 2027, on the "
    "proposal of its President, Ms Ilse Varnhagen, Minister of Digital Affairs of the host country."
)

# A paragraph is its opening text, then its sub-items after "\n", each starting a line of its own.
# Some paragraphs are worded so that, wrapped at 80 characters, a line starts with a number that is
# not a paragraph number, as in any PDF copy (``NOT_PARAGRAPH_LINES``; "2028. We invite" looks
# exactly like paragraph 2028).
AGENDA_SECTIONS: list[tuple[str, dict[int, str]]] = [
    ("I. Our common vision", {
        1: ("We, the ministers and high representatives of the Member States of the Meridian region, "
            "assembled in Marenvik from 12 to 14 June 2027 for the second Conference on Connectivity for "
            "Sustainable Development, declare our common resolve to bring meaningful, affordable and "
            "secure connectivity to every person, household, school and enterprise of the region."),
        2: ("We reaffirm that connectivity is not an end in itself but a means to achieve the "
            "Sustainable Development Goals¹ and to reduce inequalities within and between our countries."),
        3: ("We understand meaningful connectivity, for the purposes of this Agenda, as regular use of "
            "the Internet at a download speed of at least 10 megabits per second, on a device that the "
            "user owns, with enough data for daily use and at a price that meets the affordability "
            "target set out in paragraph 15."),
        4: ("We note with concern that, at the opening of this Conference, some 41 per cent of the "
            "people of the region did not use the Internet, that this share reached 57 per cent in rural "
            "areas, and that women were 17 per cent less likely than men to be online."),
        5: ("We affirm that openness, technology neutrality, fair competition and respect for human "
            "rights, online as offline, shall guide the implementation of this Agenda."),
        6: ("We commit to a multistakeholder approach in which governments, the private sector, civil "
            "society, the technical and academic communities and international organizations each "
            "contribute in accordance with their respective roles and responsibilities."),
        7: ("We recognize the particular needs of the least developed countries, the landlocked "
            "developing countries and the small island developing States of the region, which face the "
            "highest costs of connectivity and the greatest exposure to natural hazards."),
        8: ("We thank the Meridian Telecommunication Union (hereinafter \u201cthe Union\u201d), which convened "
            "this Conference, and the Meridian Development Bank and the Regional Economic Commission for "
            "the Meridian, which co-organized it."),
        9: ("We emphasize that the digital divide is also a divide in skills, content and trust, and "
            "that networks alone will not close it."),
        10: ("We resolve that no one shall be left behind on account of gender, age, disability, language "
             "or place of residence, and we shall measure progress separately for each of these groups "
             "wherever data allow."),
        11: ("We build upon the Corvel Declaration, adopted at the first Conference on Connectivity for "
             "Sustainable Development in 2023, and take note with appreciation of the main findings and "
             "the recommendations of the independent 2027 review of its implementation², which found that "
             "only two of its seven targets had been met."),
        12: ("We agree that this Declaration and the Agenda that follows shall be known together as the "
             "\u201cMarenvik Agenda for Connectivity\u201d and shall guide our cooperation until the comprehensive "
             "review provided for in paragraph 76."),
    }),
    ("II. Infrastructure and affordability", {
        13: ("We commit to extend broadband networks so that, by 2030, at least 95 per cent of the "
             "population of each Member State, and at least 80 per cent of the population of each least "
             "developed country, is covered by a mobile broadband network of the fourth generation or "
             "later."),
        14: ("We shall give priority to backbone and middle-mile networks, including cross-border fibre "
             "links and regional transit routes, which reduce the cost of international connectivity for "
             "landlocked countries."),
        15: ("We set as a regional target that, by 2029, an entry-level mobile broadband package of 5 "
             "gigabytes per month should cost no more than 2 per cent of monthly gross national income "
             "per capita in every Member State."),
        16: ("We encourage each Member State that does not yet have one to facilitate the establishment "
             "of a neutral and independent internet exchange point by the end of 2028. We invite "
             "operators to exchange domestic traffic at these exchange points rather than through transit "
             "routes outside the region."),
        17: ("We call upon national regulatory authorities to adopt, by 2029, rules on the sharing of "
             "passive infrastructure, including ducts, towers and poles, and on access for network "
             "operators to the rights of way held by energy, road and railway utilities."),
        18: ("We undertake to make sufficient spectrum available for mobile broadband in a timely and "
             "transparent manner, and to publish national spectrum roadmaps covering a period of at least "
             "five years."),
        19: ("We recognize the role of satellite systems, including non-geostationary constellations, in "
             "connecting remote areas and islands, and invite Member States to simplify the licensing of "
             "satellite services and user terminals."),
        20: ("We resolve to protect submarine cables and their landing stations as critical "
             "infrastructure and to facilitate the rapid repair of cable faults, including through a "
             "regional arrangement on permits for cable repair ships, to be concluded by the end of 2028."),
        21: ("We note that the lack of reliable electricity limits connectivity in rural areas, and "
             "encourage the use of renewable energy to power network sites and public access points."),
        22: ("We support community networks and small operators, and invite regulators to give them "
             "access to licences and spectrum on simplified terms, including:"
             "\na) light licensing or licence exemption for networks serving fewer than 5,000 users;"
             "\nb) reduced spectrum fees in rural areas;"
             "\nc) access to public funding on equal terms with other operators."),
        23: ("We commit to connect every public school of the region to the Internet by 2030, with a "
             "download speed of at least 50 megabits per second for each school, in cooperation with the "
             "Schools Online Meridian initiative."),
        24: ("We shall promote public access to the Internet in libraries, post offices and community "
             "centres, with the aim of at least one public access point in every municipality."),
        25: ("We recognize that the cost of devices remains a barrier, and invite Member States to review "
             "the import duties and taxes applied to entry-level smartphones and computers."),
        26: ("We request national regulatory authorities to measure the quality of broadband services and "
             "to publish the results at least once a year."),
    }),
    ("III. Financing", {
        27: ("We estimate that closing the connectivity gap of the region will require investment of some "
             "USD 48 billion between 2027 and 2030, most of which is expected to come from the private "
             "sector."),
        28: ("We call for a blended approach to financing that combines private investment, public "
             "budgets, development finance and innovative mechanisms, and that uses public money where "
             "markets alone will not deliver."),
        29: ("We urge Member States that maintain universal service funds to reform them, so that:"
             "\n(a) at least 40 per cent of their disbursements are directed to rural and remote areas by "
             "2030;"
             "\n(b) they publish audited annual reports on their collections and disbursements;"
             "\n(c) they are open on equal terms to all licensed operators, including community networks;"
             "\n(d) balances left unspent for more than two years are either committed to projects or "
             "returned through lower contribution rates."),
        30: ("We invite Member States to review sector-specific taxes and levies that raise the cost of "
             "connectivity for users, and to assess their effect on affordability before introducing new "
             "ones."),
        31: ("We call on the Meridian Development Bank and other multilateral development banks to "
             "increase their lending for digital infrastructure, and to give particular attention to "
             "cross-border and regional projects."),
        32: ("We encourage public-private partnerships for backbone networks, provided that they "
             "guarantee open and non-discriminatory wholesale access."),
        33: ("We invite Member States to design spectrum assignment procedures that favour coverage and "
             "investment commitments over the maximization of revenue."),
        34: ("We recognize that existing instruments have not been sufficient to bring networks to the "
             "least connected areas of the region, where investment cannot be recovered from users alone."),
        35: ("We hereby establish the Regional Connectivity Fund to finance backbone, middle-mile and "
             "last-mile projects in underserved areas of the region. The Fund shall be hosted by the "
             "Meridian Development Bank and shall be open to contributions from Member States, "
             "development partners, the private sector and philanthropic organizations."),
        36: ("We set an initial capitalization target of USD 1.2 billion for the Fund by 2030, and "
             "welcome the pledges totalling USD 310 million announced at this Conference³."),
        37: ("We agree to make the Fund operational in three steps: 1) the adoption of its statute by a "
             "Board of Governors of eleven members by 31 March 2028; 2) a first call for proposals before "
             "the end of 2028; 3) an independent evaluation of its operations in 2031, the results of "
             "which shall be submitted to the comprehensive review referred to in paragraph 76."),
        38: ("We decide that, in order to serve first the countries and communities that are furthest "
             "behind in connectivity and where markets will not invest, at least 30 per cent of the "
             "resources of the Fund shall be allocated to projects in the least developed countries, "
             "landlocked developing countries and small island developing States of the region, and that "
             "no single country shall receive more than 15 per cent of the commitments of the Fund in any "
             "period of three years."),
        39: ("We decide that projects submitted to the Fund by public, private or community entities "
             "shall provide co-financing of at least 20 per cent of their cost, except projects of "
             "community networks, which may be financed in full."),
        40: ("The Fund shall publish the projects it finances, the amounts committed and the results "
             "achieved on an open data portal."),
    }),
    ("IV. Skills, inclusion and content", {
        41: ("We commit to ensure that at least 70 per cent of adults in each Member State have basic "
             "digital skills by 2030, and to include digital skills in programmes of adult education and "
             "vocational training."),
        42: ("We resolve to halve the gender gap in Internet use by 2030 and to increase the "
             "participation of women and girls in studies and careers in science and technology."),
        43: ("We shall make public websites and mobile applications accessible to persons with "
             "disabilities, in accordance with recognized international accessibility standards, by 2029."),
        44: ("We encourage programmes that help older persons to use digital services safely and with "
             "confidence."),
        45: ("We shall integrate digital literacy into school curricula at primary and secondary levels "
             "and provide teachers with the training and devices they need."),
        46: ("We encourage the development of content and services in all the languages of the region, "
             "including indigenous languages, and in particular:"
             "\n(a) the digitization of public archives, libraries and cultural collections;"
             "\n(b) the development of language resources and translation tools for languages with few "
             "digital resources;"
             "\n(c) the distribution of local content through public broadcasters and community media."),
        47: ("We invite Member States to support micro, small and medium-sized enterprises in adopting "
             "digital tools, including through vouchers, advice and training."),
        48: ("We encourage Member States to offer their most used public services online by 2030, while "
             "keeping other channels open for those who are not connected."),
        49: ("We encourage the interconnection of national research and education networks through the "
             "regional backbone."),
        50: ("We recognize the importance of trusted information online and encourage media and "
             "information literacy programmes for all ages."),
    }),
    ("V. Trust, security and resilience", {
        51: ("We commit that each Member State will have an operational national computer incident "
             "response team by the end of 2028."),
        52: ("We support the Meridian CIRT Network as the platform for regional cooperation on cyber "
             "incidents, and welcome its intention to hold a regional cyber exercise every year."),
        53: ("We encourage Member States that have not yet done so to adopt legislation on the protection "
             "of personal data, and to establish independent supervisory authorities."),
        54: ("We shall protect children online through legislation, awareness raising and cooperation "
             "with industry, in line with international guidelines."),
        55: ("We commit to adopt national emergency telecommunication plans by 2029, and to pre-position "
             "emergency communication equipment in the countries most exposed to natural hazards."),
        56: ("We commit to strengthen early warning through digital networks, and to this end:"
             "\na) to make public warning by cell broadcast or location-based messaging available in every "
             "Member State by 2028;"
             "\nb) to ensure that warnings:"
             "\n(i) reach persons with disabilities in accessible formats;"
             "\n(ii) are issued in the main languages spoken in the areas at risk;"
             "\nc) to test public warning systems at least once a year."),
        57: ("We call upon operators to prepare plans for the continuity of their networks during "
             "disasters, and upon regulators to include network resilience in licence conditions."),
        58: ("We recognize the importance of consumer protection in digital markets, including clear "
             "information on prices and on the quality of services."),
    }),
    ("VI. Environment", {
        59: ("We encourage operators to improve the energy efficiency of their networks and to report "
             "their greenhouse gas emissions annually."),
        60: ("We resolve to raise the share of electronic waste that is collected and recycled to at "
             "least 30 per cent by 2030, and to adopt extended producer responsibility schemes for "
             "electronic equipment."),
        61: ("We encourage the use of digital technologies for climate monitoring, disaster risk "
             "reduction and the management of natural resources."),
        62: ("We invite Member States to include environmental criteria in the public procurement of "
             "digital equipment and services."),
    }),
    ("VII. Implementation and follow-up", {
        63: ("We agree to implement this Agenda through the eight action lines set out in the Annex, each "
             "coordinated by the facilitator or facilitators designated there."),
        64: ("We establish a Steering Committee on the Marenvik Agenda, composed of nine Member States "
             "elected by the Conference for terms of three years, with the Union, the Meridian "
             "Development Bank and the Regional Economic Commission for the Meridian as members without "
             "the right to vote. The Steering Committee shall meet at least twice a year."),
        65: ("We request the Union to provide the secretariat of the Steering Committee."),
        66: ("We decide to hold an annual Marenvik Forum, open to all stakeholders, to review progress, "
             "share experience and mobilize partnerships. The first Marenvik Forum shall be held in 2028."),
        67: ("We invite each Member State to adopt or update, by the end of 2028, a national connectivity "
             "plan that reflects the targets of this Agenda."),
        68: ("We request the Union to create and maintain a Marenvik Stocktaking Platform, and invite all "
             "stakeholders to submit entries on their projects and initiatives related to this Agenda."),
        69: ("We invite the Regional Economic Commission for the Meridian to take this Agenda into "
             "account in its regional programmes and in its assistance to Member States."),
        70: ("We welcome the launch at this Conference of the Connect Meridian Partnership, through which "
             "companies, foundations and governments make public commitments to invest in the "
             "connectivity of the region."),
        71: ("We establish a Marenvik Inter-Agency Group, composed of the facilitators of the action "
             "lines, which shall be chaired by the Union for its first two years and thereafter by each "
             "facilitator in turn."),
        72: ("We request the Steering Committee to prepare, with the Inter-Agency Group, a resource "
             "mobilization strategy for the implementation of this Agenda."),
    }),
    ("VIII. Measurement and review", {
        73: ("We request the Meridian Statistical Office, in cooperation with the Union, to propose a "
             "core set of 24 indicators for monitoring this Agenda, for adoption by the Steering "
             "Committee in 2028."),
        74: ("We request the Union to publish each year a Meridian Connectivity Report on progress "
             "towards the targets of this Agenda, with data disaggregated by sex, age and place of "
             "residence."),
        75: ("We decide to hold a mid-term review of the implementation of this Agenda at the Marenvik "
             "Forum of 2029, on the basis of the Meridian Connectivity Report of that year."),
        76: ("We decide that the comprehensive review of this Agenda shall take place at the third "
             "Conference on Connectivity for Sustainable Development, to be held in 2032, and invite "
             "Member States to offer to host it."),
        77: ("We encourage Member States to strengthen their national statistical systems and to share "
             "data on connectivity with the Meridian Statistical Office."),
        78: ("We express our gratitude to the Government and people of the host country for their "
             "generous hospitality and for the excellent organization of this Conference."),
    }),
]

NOT_PARAGRAPH_LINES = ("2027 review", "2028. We invite", "2030, with", "2030, and", "30 per cent", "2032, and")

AGENDA_FOOTNOTES = {
    "¹": "General Assembly resolution 70/1 of 25 September 2015.",
    "²": "Document CCSD-27/INF/2, \u201cImplementation of the Corvel Declaration: review report\u201d.",
    "³": "The pledges are listed in document CCSD-27/INF/5.",
}
# Page breaks of the PDF: after these paragraphs, the footnotes of the page, then a form feed and
# the running head of the next page (its number and the document symbol).
AGENDA_PAGE_BREAKS = {12: ("¹", "²"), 30: (), 40: ("³",), 58: ()}

AGENDA_ANNEX_TITLE = ["ANNEX", "", "Action lines of the Marenvik Agenda and their facilitators"]
AGENDA_ANNEX: list[tuple[str, str, str]] = [
    ("K1", "Policy and regulatory environment", "Meridian Telecommunication Union"),
    ("K2", "Affordable backbone and access infrastructure",
     "Meridian Telecommunication Union, with the Meridian Development Bank"),
    ("K3", "Digital skills and capacity building", "Regional Education and Science Organization"),
    ("K4", "Trust and security in the use of digital networks",
     "Meridian Telecommunication Union, with the Meridian CIRT Network"),
    ("K5", "Digital public services", "Regional Economic Commission for the Meridian"),
    ("K6", "Local content, languages and culture", "Regional Education and Science Organization"),
    ("K7", "Digital technologies for the environment", "Meridian Environment Programme"),
    ("K8", "Measurement and indicators",
     "Meridian Statistical Office, with the Meridian Telecommunication Union"),
]
AGENDA_ANNEX_NOTE = (
    "Where two bodies are named, the first is the lead facilitator and the second the co-facilitator. "
    "Facilitators may invite other organizations to take part in the work of their action lines."
)

WIDTH = 80


def _wrap(text: str, prefix: str = "") -> list[str]:
    """Hard-wrap at 80 characters the way a PDF copy comes out: no indentation on continuation lines."""
    return textwrap.wrap(prefix + text, WIDTH, break_on_hyphens=False)


def _page_break(page: int, marks: tuple[str, ...]) -> list[str]:
    lines = [""]
    if marks:
        lines.append("_______________")
        for mark in marks:
            lines += _wrap(AGENDA_FOOTNOTES[mark], f"{mark} ")
    return lines + ["\f" + f"{f'- {page} -':^80}".rstrip(), f"{'CCSD-27/DOC/3-E':>78}", ""]


def _agenda_lines() -> list[str]:
    lines = list(AGENDA_HEAD) + _wrap(AGENDA_PREAMBLE) + [""]
    page = 1
    for heading, paragraphs in AGENDA_SECTIONS:
        lines += ["", heading, ""]
        for number, text in paragraphs.items():
            opening, *items = text.split("\n")
            lines += _wrap(opening, f"{number}. ")
            for item in items:
                lines += _wrap(item)
            lines.append("")
            if number in AGENDA_PAGE_BREAKS:
                page += 1
                lines += _page_break(page, AGENDA_PAGE_BREAKS[number])
    lines += ["", *AGENDA_ANNEX_TITLE, ""]
    for code, name, facilitators in AGENDA_ANNEX:
        lines += [f"{code}  {name}", f"    Facilitators: {facilitators}", ""]
    lines += _wrap(AGENDA_ANNEX_NOTE) + [""]
    return lines


def agenda_txt() -> bytes:
    lines = _agenda_lines()
    lost = [start for start in NOT_PARAGRAPH_LINES if not any(line.startswith(start) for line in lines)]
    if lost:  # an edit of the wording moved a line break: reword until the trap is back
        raise AssertionError(f"the agenda lost its wrapped lines starting with {lost}")
    return "\n".join(lines).encode("utf-8")


# =============================================================================================
# 2. The resolution: DOCX in the Final Acts layout
# =============================================================================================

RESOLUTION_HEADING = "RESOLUTION 19 (SALVARA, 2028)"
RESOLUTION_SUBJECT = ("Role of the Meridian Telecommunication Union in the implementation of the Marenvik "
                      "Agenda for Connectivity")
RESOLUTION_ENACTING = ("The Connectivity Development Conference of the Meridian Telecommunication Union "
                       "(Salvara, 2028),")
RESOLUTION_RUNNING_HEADER = "MTU Connectivity Development Conference (Salvara, 2028) \u2013 Final Report"

# A part: its keyword line, how its clauses are marked, and its clauses. LETTERED clauses carry
# their letter in the text ("a)\t…"); NUMBERED clauses get their number from Word's List Number
# numbering, restarted in each part, and may have lettered sub-items after "\n"; a PLAIN part is
# one unnumbered paragraph.
LETTERED, NUMBERED, PLAIN = "lettered", "numbered", "plain"
RESOLUTION_PARTS: list[tuple[str, str, list[str]]] = [
    ("recalling", LETTERED, [
        ("a)\tthe Marenvik Declaration and Agenda for Connectivity, adopted on 14 June 2027 by the "
         "second Conference on Connectivity for Sustainable Development, and in particular its "
         "paragraphs 35 to 38, which establish the Regional Connectivity Fund;"),
        ("b)\tparagraph 63 and the Annex of the Marenvik Agenda, which designate the Union as lead "
         "facilitator of action lines K1, K2 and K4 and as co-facilitator of action line K8;"),
        ("c)\tparagraph 65 of the Marenvik Agenda, which requests the Union to provide the secretariat "
         "of the Steering Committee on the Marenvik Agenda;"),
        ("d)\tResolution 11 (Rev. Salvara, 2028) of this Conference, on universal service in rural and "
         "remote areas,"),
    ]),
    ("considering", LETTERED, [
        ("a)\tthat, according to the first Meridian Connectivity Report, published in March 2028, 38 "
         "per cent of the people of the region did not use the Internet at the end of 2027;"),
        ("b)\tthat the wholesale price of international transit capacity in the landlocked developing "
         "countries of the region remains, on average, three times higher than in coastal countries;"),
        ("c)\tthat only 11 of the 27 Member States of the region had an operational internet exchange "
         "point on 1 January 2028;"),
        ("d)\tthat the Union has expertise in spectrum management, numbering, standardization and "
         "telecommunication statistics that is relevant to action lines K1, K2, K4 and K8,"),
    ]),
    ("noting with satisfaction", LETTERED, [
        ("a)\tthat the Board of Governors of the Regional Connectivity Fund adopted the statute of the "
         "Fund on 20 February 2028, ahead of the deadline set in paragraph 37 of the Marenvik Agenda;"),
        "b)\tthat pledges to the Fund had reached USD 455 million by 1 March 2028;",
        ("c)\tthe launch of the Marenvik Stocktaking Platform by the secretariat of the Union in "
         "January 2028, which held 212 entries from 19 Member States on 1 March 2028,"),
    ]),
    ("noting", PLAIN, [
        ("that the Marenvik Agenda provides for a mid-term review at the Marenvik Forum of 2029 and "
         "for a comprehensive review at the third Conference on Connectivity for Sustainable "
         "Development in 2032,"),
    ]),
    ("recognizing", LETTERED, [
        ("a)\tthat the Regional Connectivity Fund is governed by its own Board of Governors and hosted "
         "by the Meridian Development Bank, and that the Union does not manage any of its resources;"),
        "b)\tthe role of Sector Members in investing in backbone and access networks;",
        ("c)\tthat reliable data on prices and coverage are a precondition for directing the resources "
         "of the Fund to the areas that need them most,"),
    ]),
    ("resolves", NUMBERED, [
        ("that the Connectivity Development Sector shall give priority to action line K2 of the "
         "Marenvik Agenda in its operational plans for the period 2029-2032;"),
        ("to establish, within the Connectivity Development Bureau, a Regional Transit Price "
         "Register, which shall publish twice a year the wholesale prices of international transit "
         "capacity reported for each Member State;"),
        ("that the Union shall carry out the technical appraisal of project proposals submitted to "
         "the Regional Connectivity Fund, at the request of the Board of Governors of the Fund, "
         "without taking part in funding decisions;"),
        ("that the roadmap for action line K2 shall be updated every two years and shall set out:"
         "\na)\tthe activities, with their lead entities and partners;"
         "\nb)\ta timeline with measurable targets;"
         "\nc)\tthe human and financial resources required;"),
        ("to review the implementation of this resolution at the next Connectivity Development "
         "Conference, in 2032,"),
    ]),
    ("instructs the Director of the Connectivity Development Bureau", NUMBERED, [
        ("to prepare the roadmap for action line K2 and to publish its first edition no later than 31 "
         "December 2028;"),
        ("to assist Member States, upon request, in preparing the national connectivity plans and "
         "spectrum roadmaps referred to in paragraphs 18 and 67 of the Marenvik Agenda;"),
        ("to organize each year, jointly with the Meridian Development Bank, a capacity-building "
         "workshop for the administrators of universal service funds;"),
        ("to report to the Council each year on the implementation of this resolution, including:"
         "\na)\tthe number of requests for technical appraisal received from the Fund and the average "
         "time taken to answer them;"
         "\nb)\tthe prices published in the Regional Transit Price Register;"
         "\nc)\tprogress towards the targets set in paragraphs 13 and 15 of the Marenvik Agenda,"),
    ]),
    ("instructs the Secretary-General", NUMBERED, [
        ("to provide the secretariat of the Steering Committee on the Marenvik Agenda within existing "
         "budgetary resources;"),
        ("to conclude with the Meridian Development Bank, by 30 September 2028, a memorandum of "
         "understanding on cooperation with the Regional Connectivity Fund;"),
        ("to bring this resolution to the attention of the Steering Committee and of the Marenvik "
         "Forum of 2028,"),
    ]),
    ("invites Member States", NUMBERED, [
        ("to require operators under their jurisdiction to report their wholesale prices of "
         "international transit capacity to the Regional Transit Price Register;"),
        ("to contribute to the Regional Connectivity Fund, in particular to its window for the least "
         "developed countries;"),
        "to designate, by 31 October 2028, a national focal point for action line K2;",
        ("to submit entries on their national connectivity projects to the Marenvik Stocktaking "
         "Platform,"),
    ]),
    ("encourages Sector Members", NUMBERED, [
        ("to take part in the activities of the K2 roadmap, in particular the mapping of backbone "
         "networks;"),
        ("to share with the Connectivity Development Bureau, on a confidential basis, data on the "
         "coverage of their networks;"),
        ("to co-finance projects of the Regional Connectivity Fund, including in the least developed "
         "countries,"),
    ]),
    ("invites the Meridian Development Bank", PLAIN, [
        ("to take into account the technical appraisals of the Union when selecting the projects of "
         "the Regional Connectivity Fund."),
    ]),
]


def _numbering_restart(document, style_num_id: str) -> str:
    """A new w:num over the List Number list that starts again at 1, as Word writes "Restart at 1"."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = next(n for n in numbering.findall("{*}num") if n.get(_w("numId")) == style_num_id)
    abstract_id = abstract.find("{*}abstractNumId").get(_w("val"))
    new_id = str(max(int(n.get(_w("numId"))) for n in numbering.findall("{*}num")) + 1)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract_id}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    return new_id


def _w(name: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + name


def _set_num(paragraph, num_id: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _clause(document, text: str, indent_cm: float):
    """A typed-letter clause "a)\\t…" with a hanging indent, or a plain paragraph (indent 0)."""
    from docx.shared import Cm

    paragraph = document.add_paragraph(text)
    if indent_cm:
        paragraph.paragraph_format.left_indent = Cm(indent_cm)
        paragraph.paragraph_format.first_line_indent = Cm(-1)
    return paragraph


def resolution_docx() -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    core = document.core_properties
    core.title, core.author, core.comments = RESOLUTION_TITLE, "MTU", ""
    core.created = core.modified = core.last_printed = datetime(2028, 4, 14)  # deterministic bytes
    core.revision = 1
    document.sections[0].header.paragraphs[0].text = RESOLUTION_RUNNING_HEADER

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(RESOLUTION_HEADING).bold = True
    subject = document.add_paragraph()
    subject.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subject.add_run(RESOLUTION_SUBJECT).bold = True
    document.add_paragraph(RESOLUTION_ENACTING)

    style_num_id = document.styles["List Number"].element.pPr.numPr.numId.get(_w("val"))
    for keyword, kind, clauses in RESOLUTION_PARTS:
        document.add_paragraph().add_run(keyword).italic = True
        num_id = _numbering_restart(document, style_num_id) if kind == NUMBERED else None
        for clause in clauses:
            if kind == NUMBERED:
                text, *items = clause.split("\n")
                _set_num(document.add_paragraph(text, style="List Number"), num_id)
                for item in items:
                    _clause(document, item, 2.0)
            else:
                _clause(document, clause, 1.0 if kind == LETTERED else 0.0)

    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue(), (2028, 4, 14, 0, 0, 0))


# =============================================================================================
# 3. The roadmap: a sectioned HTML page with site chrome
# =============================================================================================

# A section: its heading and its blocks; a block is ("p", text), ("ul"/"ol", [items]),
# ("h3", text) or ("table", (header, rows)).
Block = tuple[str, object]
ROADMAP_EDITION = "First edition, 15 December 2028"
ROADMAP_SECTIONS: list[tuple[str, list[Block]]] = [
    ("1. Background", [
        ("p", ("The Marenvik Declaration and Agenda for Connectivity, adopted on 14 June 2027, commits the "
               "Member States of the Meridian region to extend affordable broadband networks to every "
               "person, school and enterprise of the region. Action line K2, Affordable backbone and "
               "access infrastructure, brings together the commitments of paragraphs 13 to 24 of the "
               "Agenda.")),
        ("p", ("This roadmap is the first edition prepared under Resolution 19 (Salvara, 2028). It covers "
               "the period 2029-2032. In November 2028, 14 of the 27 Member States had a national "
               "fibre backbone reaching all their provincial capitals, and 9 Member States depended on a "
               "single submarine cable for their international connectivity.")),
    ]),
    ("2. Lead facilitator and partners", [
        ("p", ("The Meridian Telecommunication Union is the lead facilitator of action line K2, through its "
               "Connectivity Development Bureau. The Meridian Development Bank is co-facilitator. The "
               "following partners have confirmed their participation:")),
        ("ul", [
            "Regional Economic Commission for the Meridian",
            "Meridian Regulators Network",
            "Meridian Association of Internet Exchange Points",
            "Island Cable Consortium",
            "Community Networks Alliance of the Meridian",
            "Schools Online Meridian",
        ]),
        ("p", ("Other organizations may join as partners by writing to the focal point named in section 9. "
               "Partners contribute in kind and are not required to make financial contributions.")),
    ]),
    ("3. Mandate", [
        ("p", "The roadmap implements the following decisions:"),
        ("ol", [
            "paragraphs 13 to 24 of the Marenvik Agenda (infrastructure and affordability);",
            ("paragraphs 35 to 38 of the Marenvik Agenda, as regards the technical appraisal of projects "
             "submitted to the Regional Connectivity Fund;"),
            ("Resolution 19 (Salvara, 2028), resolves 1, 2 and 4, and instructs the Director of the "
             "Connectivity Development Bureau 1."),
        ]),
    ]),
    ("4. Objectives and targets", [
        ("p", ("By the end of the period covered by this roadmap, the lead facilitator and partners aim to "
               "help Member States achieve the following targets:")),
        ("ol", [
            ("mobile broadband coverage of at least 95 per cent of the population in every Member State "
             "by 2030;"),
            ("an operational internet exchange point in at least 24 of the 27 Member States by the end of "
             "2030;"),
            ("a reduction of 50 per cent in the average wholesale price of international transit capacity "
             "in landlocked developing countries by 2031, against the 2028 baseline of the Regional Transit "
             "Price Register;"),
            "six new cross-border fibre links in operation by 2031;",
            ("a second international route, by submarine cable or satellite, for every Member State that "
             "depends on a single submarine cable, by 2032."),
        ]),
    ]),
    ("5. Activities and timeline", [
        ("p", ("The activities of the roadmap, with their lead entities, partners and timeline, are set out "
               "in the table below.")),
        ("table", (
            ("No.", "Activity", "Lead", "Partners", "Timeline", "Output"),
            [
                ("K2.1", "Regional infrastructure map", "Connectivity Development Bureau",
                 "Meridian Regulators Network; operators", "2029",
                 "Open map of backbone, middle-mile networks and exchange points"),
                ("K2.2", "Regional Transit Price Register", "Connectivity Development Bureau",
                 "Meridian Regulators Network", "First publication June 2029, then every six months",
                 "Published price series for each Member State"),
                ("K2.3", "Support for new internet exchange points",
                 "Meridian Association of Internet Exchange Points", "Connectivity Development Bureau",
                 "2029-2030", "Ten new exchange points"),
                ("K2.4", "Cross-border fibre programme", "Meridian Development Bank",
                 "Regional Economic Commission for the Meridian; operators", "2029-2031",
                 "Six cross-border links financed"),
                ("K2.5", "Regional arrangement on permits for cable repair ships", "Island Cable Consortium",
                 "Connectivity Development Bureau", "Negotiations to conclude by June 2029",
                 "Signed arrangement"),
                ("K2.6", "Technical appraisal for the Regional Connectivity Fund",
                 "Connectivity Development Bureau", "Meridian Development Bank", "Continuous from 2029",
                 "Appraisals delivered within 30 working days"),
                ("K2.7", "Community network licensing toolkit", "Connectivity Development Bureau",
                 "Community Networks Alliance of the Meridian", "2030",
                 "Toolkit and pilots in five countries"),
                ("K2.8", "School connectivity mapping", "Schools Online Meridian",
                 "Connectivity Development Bureau", "2029", "Map of all public schools and their speeds"),
            ],
        )),
        ("p", ("The arrangement on permits for cable repair ships, which paragraph 20 of the Marenvik "
               "Agenda expected by the end of 2028, was not concluded in 2028; activity K2.5 carries the "
               "negotiations forward.")),
    ]),
    ("6. Resources", [
        ("h3", "Financial resources"),
        ("p", ("The activities of this roadmap are estimated to cost USD 6.4 million over 2029-2032, of "
               "which USD 3.9 million is provided from the budget of the Connectivity Development Sector "
               "and USD 2.5 million is to be mobilized from extra-budgetary sources. The Regional "
               "Connectivity Fund finances projects in Member States; it does not finance the activities "
               "of this roadmap.")),
        ("h3", "Human resources"),
        ("p", ("Four professional staff of the Connectivity Development Bureau work on the roadmap full "
               "time, supported by one regional expert seconded by the Meridian Regulators Network.")),
    ]),
    ("7. Monitoring and reporting", [
        ("ul", [
            ("Progress is reported each year to the Council in the report of the Director of the "
             "Connectivity Development Bureau on Resolution 19."),
            ("Indicators are drawn from the core set adopted by the Steering Committee on the Marenvik "
             "Agenda and from the Meridian Connectivity Report."),
            "The results of each year are presented at the Marenvik Forum.",
            "The roadmap is updated every two years; the next edition is due in December 2030.",
        ]),
    ]),
    ("8. Risks and mitigation", [
        ("table", (
            ("Risk", "Mitigation"),
            [
                ("Operators decline to report wholesale transit prices",
                 ("Member States require reporting, as invited by Resolution 19; prices are published only "
                  "as national averages")),
                ("Extra-budgetary funding falls short",
                 "Activities K2.1 and K2.2 are financed first from the budget of the Sector"),
                ("Cable faults during the cyclone season delay repairs",
                 "Repair ships are pre-authorized under the regional arrangement (activity K2.5)"),
            ],
        )),
    ]),
    ("9. Focal point", [
        ("p", ("Ms Aino Kerstilä, Head of the Infrastructure Division, Connectivity Development Bureau, "
               "Meridian Telecommunication Union (k2-roadmap@mtu.example).")),
    ]),
]

ROADMAP_CHROME_TOP = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | MTU</title>
<link rel="stylesheet" href="/assets/site.css">
<script>window.dataLayer = window.dataLayer || []; function track(e) {{ dataLayer.push(e); }}</script>
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Meridian Telecommunication Union</a>
<nav class="top-nav"><ul>
<li><a href="/about">About MTU</a></li><li><a href="/events">Events</a></li>
<li><a href="/marenvik">Marenvik Agenda</a></li><li><a href="/publications">Publications</a></li>
</ul></nav>
<div class="lang"><a href="?lang=fr">Français</a> | <a href="?lang=es">Español</a> | <a href="?lang=ar">عربي</a></div>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/marenvik">Marenvik Agenda</a> &gt; Action lines &gt; K2</div>
<main id="content">
<h1>{title}</h1>
<p class="edition">{edition}</p>
"""

ROADMAP_CHROME_BOTTOM = """</main>
<aside class="related"><h4>Related</h4><ul>
<li><a href="/marenvik/k1">Action Line K1 roadmap</a></li>
<li><a href="/marenvik/k4">Action Line K4 roadmap</a></li>
<li><a href="/marenvik/stocktaking">Marenvik Stocktaking Platform</a></li>
</ul></aside>
<footer class="site-footer">
<p><a href="/contact">Contact us</a> | <a href="/privacy">Privacy notice</a> | <a href="/terms">Terms of use</a></p>
<p>&copy; Meridian Telecommunication Union 2028. All rights reserved.</p>
</footer>
<script src="/assets/analytics.js"></script>
<script>track({page: "k2-roadmap"});</script>
</body>
</html>
"""


def _html_block(kind: str, content) -> str:
    esc = html.escape
    if kind in ("p", "h3"):
        return f"<{kind}>{esc(content)}</{kind}>"
    if kind in ("ul", "ol"):
        return f"<{kind}>\n" + "\n".join(f"  <li>{esc(item)}</li>" for item in content) + f"\n</{kind}>"
    if kind == "table":
        header, rows = content
        head = "".join(f"<th>{esc(cell)}</th>" for cell in header)
        body = "\n".join("  <tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        return f'<table class="roadmap">\n  <thead><tr>{head}</tr></thead>\n  <tbody>\n{body}\n  </tbody>\n</table>'
    raise ValueError(f"unknown block kind {kind!r}")


def roadmap_html() -> bytes:
    parts = [ROADMAP_CHROME_TOP.format(title=html.escape(ROADMAP_TITLE), edition=ROADMAP_EDITION)]
    for heading, blocks in ROADMAP_SECTIONS:
        parts.append(f'<section id="s{heading.split(".")[0]}">\n<h2>{html.escape(heading)}</h2>')
        parts += [_html_block(kind, content) for kind, content in blocks]
        parts.append("</section>")
    parts.append(ROADMAP_CHROME_BOTTOM)
    return "\n".join(parts).encode("utf-8")


# =============================================================================================
# Writing them out, and the units a reader expects
# =============================================================================================

def write_all(folder: Path) -> dict[str, Path]:
    """Write the three documents into ``folder``; document id -> path."""
    return write_documents(folder, {AGENDA_ID: agenda_txt, RESOLUTION_ID: resolution_docx, ROADMAP_ID: roadmap_html}, FILENAMES)



def _flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def expected_units() -> dict[str, str]:
    """Unit id -> its text as written here (whitespace collapsed, footnote marks kept), in document order.

    This is the answer key for the question sets' citations and facts, computed from the data and
    not from any parser of the project.
    """
    units: dict[str, str] = {f"{AGENDA_ID}:preamble": _flat(AGENDA_PREAMBLE)}
    for _heading, paragraphs in AGENDA_SECTIONS:
        for number, text in paragraphs.items():
            units[f"{AGENDA_ID}:{number}"] = _flat(text)
    annex = [f"{code} {name} Facilitators: {who}" for code, name, who in AGENDA_ANNEX]
    units[f"{AGENDA_ID}:annex"] = _flat(" ".join([*AGENDA_ANNEX_TITLE[1:], *annex, AGENDA_ANNEX_NOTE]))

    units[f"{RESOLUTION_ID}:title"] = _flat(f"{RESOLUTION_HEADING} {RESOLUTION_SUBJECT} {RESOLUTION_ENACTING}")
    for keyword, kind, clauses in RESOLUTION_PARTS:
        part = slug(keyword)
        for number, clause in enumerate(clauses, 1):
            locator = {NUMBERED: f"{part}-{number}", LETTERED: f"{part}-{clause[0]}", PLAIN: part}[kind]
            units[f"{RESOLUTION_ID}:{locator}"] = _flat(clause)

    for heading, blocks in ROADMAP_SECTIONS:
        words = [heading]
        for kind, content in blocks:
            if kind in ("p", "h3"):
                words.append(content)
            elif kind in ("ul", "ol"):
                words += content
            else:
                header, rows = content
                words += [" ".join(header)] + [" ".join(row) for row in rows]
        units[f"{ROADMAP_ID}:{heading.split('.')[0]}"] = _flat(" ".join(words))
    return units
