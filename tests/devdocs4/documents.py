"""A fourth development document family, written blind by another author than ``tests/devdocs`` to ``tests/devdocs3``.

Three fictional texts of one invented process, the second Summit on Digital Health and Telemedicine held
in Castrell in 2031, each in the layout of the official text it imitates, in file formats the earlier
families did not give these layouts:

- the Castrell Agenda for Connected Health, as the HTML page of an online outcome document (site chrome
  around it: skip link, cookie banner, masthead and menu, breadcrumb, share tools, footer); a title
  block, the title in ``<h1>``, an italic adoption line, nine roman-numbered ``<h2>`` sections, 96
  paragraphs as ``<p>`` elements opening with their number ("12. We …", the number in a ``<span>``),
  lettered sub-items "(a) …" as ``<p>`` elements of their own, and an Annex with a table of the action
  lines T1-T8;
- Resolution 27 (Vessoria, 2033) of the Halcyra Digital Development Conference, as a plain-text copy
  pasted from the PDF of the Final Acts (.txt): hard-wrapped lines, blank lines between paragraphs, the
  page numbers and the running head of the next page left between the pages (no form feeds), lines
  wrapped so that some open with a number that is not a clause number;
- the Action Line T1 roadmap, as a PDF (fpdf2): title, edition line and introduction, ten numbered
  sections, bullet lists and two tables (activities; indicators with baselines and targets), a page
  footer.

The question sets over them are ``evals/datasets/dev5-*.jsonl``. Nothing here is a WSIS text, and
nothing is taken from the earlier families. Content is data, layout is a few small builders, and every
output is deterministic (fixed dates, no clock or random ids): two calls give identical bytes.
"""

from __future__ import annotations

import html
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import fixture_files
from fixture_files import flat, slug, write_documents

AGENDA_ID = "castrell-agenda"
RESOLUTION_ID = "hdu-res-27"
ROADMAP_ID = "roadmap-t1"

AGENDA_TITLE = "Castrell Agenda for Connected Health"
RESOLUTION_TITLE = "Resolution 27 (Vessoria, 2033)"
ROADMAP_TITLE = "Action Line T1 roadmap: Connected health facilities"

FILENAMES = {
    AGENDA_ID: "SDHT-31-OD-4-E.html",
    RESOLUTION_ID: "HDDC-33-RES-27-E.txt",
    ROADMAP_ID: "T1-roadmap-2034-E.pdf",
}

# =============================================================================================
# 1. The agenda: the HTML page of an online outcome document
# =============================================================================================

AGENDA_META = [
    "Second Summit on Digital Health and Telemedicine",
    "Castrell, 14-17 October 2031",
    "Document SDHT-31/OD/4-E",
    "17 October 2031",
    "Original: English",
]
AGENDA_ADOPTION = ("Adopted by consensus at the closing plenary meeting of the Summit, on 17 October 2031, by the "
                   "representatives of the 31 Member States of the Halcyra Digital Union and of the observer States "
                   "and organizations listed in document SDHT-31/INF/2.")

# A paragraph is its text, or (its opening text, [its sub-items "(a) ..."]).
Paragraph = str | tuple[str, list[str]]
AGENDA_SECTIONS: list[tuple[str, dict[int, Paragraph]]] = [
    ("I. Our shared vision", {
        1: ("We, the representatives of the peoples and Governments of the Halcyra region, assembled in Castrell "
            "from 14 to 17 October 2031 for the second Summit on Digital Health and Telemedicine, declare our "
            "common resolve that every person in the region shall have access to safe, affordable and trusted "
            "health care supported by digital technologies."),
        2: ("We recall the Pirano Declaration on Digital Health, adopted at the first Summit on 3 June 2027, and "
            "welcome the finding of its final review that the number of Member States with a national digital "
            "health strategy rose from eight to nineteen between 2027 and 2031."),
        3: ("We recognize that the region faces a shortage of health workers estimated at 340,000, concentrated "
            "in rural areas and on small islands, and that many people travel for more than a day to see a "
            "specialist."),
        4: ("We affirm that digital health is a means and not an end, and that technology shall support, and "
            "never replace, the relationship between patients and the health workers who care for them."),
        5: ("We affirm that the principles of equity, patient safety, privacy by design, interoperability and "
            "local ownership shall guide the implementation of this Agenda."),
        6: ("We commit to a multistakeholder approach in which governments, health authorities, network "
            "operators, health professionals, patients' organizations, academia, the private sector and "
            "international organizations each play their part."),
        7: ("We recognize the particular needs of the small island developing States and the least developed "
            "countries of the region, and agree that they shall receive priority in the allocation of resources "
            "under this Agenda."),
        8: ("We thank the Halcyra Digital Union (hereinafter \"the Union\"), which convened this Summit jointly "
            "with the Halcyra Health Organization, and the Government of Castrell, which hosted it."),
        9: ("We agree that this Agenda shall be known as the \"Castrell Agenda for Connected Health\" and shall "
            "guide our cooperation until the third Summit on Digital Health and Telemedicine, to be held in "
            "2037."),
        10: ("We decide that progress towards the targets of this Agenda shall be measured against the situation "
             "at the opening of this Summit, as described in section II."),
    }),
    ("II. Where we stand", {
        11: ("We note that, at the opening of this Summit, only 48 per cent of the primary health care facilities "
             "of the region were connected to broadband, and only 29 per cent of those in rural areas."),
        12: ("We note that one hospital in six in the region has no backup connection, and that the failure of a "
             "single fibre link in August 2030 cut off the hospitals of four provinces for 31 hours."),
        13: ("We are concerned that only 7 of the 31 Member States had, at the opening of this Summit, a national "
             "telemedicine service that patients could use free of charge."),
        14: ("We note that 9 of the 31 Member States operate a national electronic health record system, and that "
             "the records kept in one Member State can rarely be read by the health services of another."),
        15: ("We note with concern that in 2030 cyberattacks disrupted care in 212 hospitals of the region, and "
             "that 37 of those hospitals had to divert emergency patients to other hospitals."),
        16: ("We recognize that fewer than one health worker in four in the region has received any training in "
             "the use of digital tools, and that many health workers find that poorly designed systems add to "
             "their workload."),
        17: ("We note that mobile telephones are used by 91 per cent of adults in the region, but that health "
             "information is seldom available in the languages that people speak at home."),
        18: ("We recognize that women, older persons, persons with disabilities, refugees and people living in "
             "remote areas are the least likely to benefit from digital health services."),
        19: ("We welcome the progress made by the national health authorities of the region, 12 of which now "
             "issue electronic prescriptions."),
        20: ("We acknowledge that many Member States lack the legal basis to recognize a medical consultation "
             "given at a distance, or to allow health workers licensed in one Member State to give such "
             "consultations to patients in another."),
    }),
    ("III. Connecting every health facility", {
        21: ("We commit to connect, by the end of 2035, at least 90 per cent of the primary health care facilities "
             "of the region to broadband at a speed of at least 50 Mbit/s."),
        22: ("We commit to connect every hospital of the region, by the end of 2033, at a speed of at least 1 "
             "Gbit/s, with a second connection by a different route."),
        23: ("We call upon Member States to map, by 30 June 2032, the connectivity of every health facility in "
             "their territory, and to publish the results on an open map."),
        24: ("We encourage network operators to offer health facilities a dedicated broadband tariff, and invite "
             "Member States to make such a tariff a condition of the licences they issue or renew after 1 January "
             "2033."),
        25: ("We invite Member States to use their universal service funds to connect health facilities in areas "
             "where no operator offers service on commercial terms."),
        26: ("We invite satellite operators to connect the remote clinics and island health posts that "
             "terrestrial networks will not reach by 2035."),
        27: ("We call upon Member States to equip every connected primary health care facility with a solar power "
             "system or other backup power able to keep its connection and its essential equipment running for at "
             "least 8 hours."),
        28: ("We request the Union to publish, by the end of 2032, guidelines on the connectivity of health "
             "facilities, covering speed, security, backup power and the wiring of buildings."),
        29: ("We encourage Member States to connect community health workers by providing each of them with a "
             "smartphone or tablet and a data plan paid by the health service."),
        30: ("We call upon Member States to aggregate the demand of health facilities, schools and other public "
             "services in each district, so that the same network serves all of them at lower cost."),
        31: ("We decide to monitor the connectivity of health facilities in real time and, to that end, we:", [
            ("(a) request the Union to develop a connectivity measurement tool that health facilities can install "
             "free of charge;"),
            "(b) invite Member States to install the tool in at least 5,000 facilities by the end of 2033;",
            ("(c) agree that the data collected shall be published openly, without identifying any patient or "
             "health worker."),
        ]),
        32: ("We recognize that connectivity is of no use without devices and their maintenance, and invite Member "
             "States to budget for the replacement of the digital equipment of health facilities at least every "
             "six years."),
    }),
    ("IV. Telemedicine and care at a distance", {
        33: ("We commit that each Member State will offer, by the end of 2034, a national telemedicine service that "
             "any resident may use free of charge, at least for general practice consultations."),
        34: ("We hereby establish the Regional Telemedicine Hub (hereinafter \"the Hub\"), to be hosted in "
             "Montrave and to be operational by 31 March 2033, with the following functions:", [
                 ("(a) to run a network of at least 400 specialists who give teleconsultations and second opinions "
                  "to health workers in the Member States;"),
                 "(b) to provide a tele-radiology and tele-pathology service for the small island developing States;",
                 "(c) to train national telemedicine teams;",
                 ("(d) to test telemedicine equipment and software against the guidelines of the Halcyra Health "
                  "Organization."),
             ]),
        35: ("We thank the Government of Montrave for its offer to host the Hub and to bear the cost of its "
             "premises for its first eight years of operation."),
        36: ("We call upon Member States to recognize, by the end of 2033, a consultation given at a distance as "
             "having the same legal standing as a consultation in person, subject to the same standards of care."),
        37: ("We request the Halcyra Health Organization to keep, from 2034, a regional register of health workers "
             "licensed to give teleconsultations to patients in other Member States, and invite Member States to "
             "recognize the licences recorded in it."),
        38: ("We encourage Member States to include teleconsultations in the services covered by health insurance "
             "and public health services, at the same rate as consultations in person."),
        39: ("We invite Member States to give priority, in their telemedicine services, to maternal and newborn "
             "care, mental health, chronic diseases and emergency care."),
        40: ("We encourage the remote monitoring of patients with chronic conditions, and invite the Halcyra "
             "Health Organization to publish, by 2033, guidelines on the remote monitoring of patients with "
             "diabetes and heart failure."),
        41: ("We commit that every telemedicine service shall offer consultations by telephone for patients who "
             "have neither a broadband connection nor a smartphone."),
        42: ("We call upon Member States to ensure, by the end of 2035, that emergency medical services can "
             "transmit patient data and images from ambulances to hospitals."),
        43: ("We invite the Union to study, by 2033, the radio spectrum needed for mobile health services and "
             "connected ambulances."),
        44: ("We call upon Member States to require telemedicine providers to report each year the number of "
             "consultations given, the waiting times and the satisfaction of patients, and to publish a summary "
             "of those reports."),
    }),
    ("V. Health records, data and trust", {
        45: ("We commit that each Member State will adopt, by the end of 2033, a national standard for electronic "
             "health records based on the open standards recommended by the Halcyra Health Organization."),
        46: ("We request the Union to establish, by the end of 2033, the Halcyra Health Data Exchange, through "
             "which the health services of Member States may exchange patient summaries and electronic "
             "prescriptions across borders, with the consent of the patient."),
        47: ("We decide that the Health Data Exchange shall not store patient records itself but only route them "
             "between the health services of Member States, and shall keep a log of every access for ten years."),
        48: ("We affirm that health data are among the most sensitive personal data, and that their processing "
             "shall be lawful, limited to its purpose and subject to the control of the person concerned."),
        49: ("We call upon Member States to give every person the right to see, free of charge, his or her own "
             "electronic health record and the list of those who have consulted it."),
        50: ("We commit that each Member State will designate, by 30 June 2032, a national health cybersecurity "
             "team able to respond at any hour to incidents in hospitals."),
        51: ("We call upon Member States to require hospitals to report serious cyber incidents to the national "
             "health cybersecurity team within 24 hours."),
        52: ("We encourage hospitals to keep offline backups of their essential systems and to test, at least once "
             "a year, their ability to continue care when their digital systems are unavailable."),
        53: ("We request the Union to organize each year a regional cyber exercise for hospitals, the first to be "
             "held in 2032."),
        54: ("We call upon Member States to allow the secondary use of health data for research and public health "
             "only where the data have been made anonymous or the persons concerned have given their consent, "
             "under the oversight of an independent body."),
        55: ("We recognize the potential of artificial intelligence for diagnosis and for the planning of health "
             "services, and agree that no decision on the care of a patient shall be taken by an automated system "
             "without review by a health professional."),
        56: ("We request the Halcyra Health Organization to publish, by the end of 2032, guidance on the evaluation "
             "and approval of artificial intelligence tools used in health care."),
        57: ("We encourage Member States to procure digital health systems that follow open standards and do not "
             "lock the health service into a single supplier."),
        58: ("We invite Member States to share with one another, through the Union, the software they have "
             "developed for health services, under open licences."),
    }),
    ("VI. People and skills", {
        59: ("We commit to train, by the end of 2035, at least 60,000 health workers of the region in digital "
             "skills and telemedicine."),
        60: ("We call upon Member States to include digital health in the curricula of medical, nursing and "
             "midwifery schools by 2034."),
        61: ("We invite the universities of the region, led by Marbeck University, to offer a regional master's "
             "programme in digital health, the first students to be admitted in 2033."),
        62: ("We encourage Member States to train at least one digital health champion in every district "
             "hospital, to support colleagues in the use of digital tools."),
        63: ("We commit that digital health systems shall be designed together with the health workers who use "
             "them, and tested with them before they are deployed."),
        64: ("We call upon Member States to train digital health navigators in the community to help patients, in "
             "particular older persons, to use telemedicine services."),
        65: ("We invite associations of health professionals to recognize training in digital health as part of "
             "the continuing education of their members."),
        66: ("We commit to halve, by 2035, the gap between rural and urban areas in the use of telemedicine "
             "services."),
        67: ("We shall make digital health services accessible to persons with disabilities, in accordance with "
             "Recommendation HDU-H.7 of the Union on accessible health applications, by 2034."),
        68: ("We call upon Member States to provide health information by mobile telephone in at least the three "
             "languages most widely spoken in each Member State."),
    }),
    ("VII. Financing: the Connected Health Facility", {
        69: ("We estimate that the implementation of this Agenda will require investment of about USD 6.8 billion "
             "in the period 2032-2037, of which at least two thirds should come from national budgets and health "
             "insurance."),
        70: ("We hereby establish the Connected Health Facility (hereinafter \"the Facility\") to finance the "
             "connection of health facilities, telemedicine services and the digital skills of health workers in "
             "the Member States."),
        71: ("We set a capitalization target of USD 850 million for the Facility, to be reached by 30 June 2034 "
             "through contributions from Member States, development partners, philanthropic foundations and the "
             "private sector."),
        72: ("We request the Halcyra Investment Bank to host the Facility and to act as its trustee, and decide "
             "that the Facility shall be governed by a Board of ten members, composed of:", [
                 "(a) four members designated by the contributing Member States;",
                 ("(b) four members designated by the recipient Member States, at least one of whom shall come from "
                  "a small island developing State;"),
                 "(c) one member designated by the Halcyra Health Organization;",
                 "(d) one representative of patients' organizations, appointed by the Castrell Coordination Council.",
             ]),
        73: ("We decide that the Facility shall have two windows:", [
            ("(a) a Connection Window, for projects of up to USD 25 million each, financed through grants or "
             "concessional loans;"),
            ("(b) a Skills and Services Window, for grants of up to USD 3 million each for telemedicine services "
             "and the training of health workers."),
        ]),
        74: ("We decide that at least 40 per cent of the resources of the Facility shall benefit small island "
             "developing States and least developed countries."),
        75: ("We decide that the Board of the Facility shall adopt the operating rules of the Facility by 30 June "
             "2032, and shall approve its first projects no later than 31 December 2032."),
        76: ("We welcome the pledges to the Facility announced at this Summit, amounting to USD 275 million, and "
             "invite other donors to contribute."),
        77: ("We encourage Member States to agree with network operators on multi-year contracts for the "
             "connection of health facilities, so that operators may recover their investment over at least ten "
             "years."),
        78: ("We invite development banks to treat the connection of health facilities as eligible for climate "
             "finance where it reduces the travel of patients and health workers."),
        79: ("The Facility shall publish each year an audited report of its accounts, and shall publish every grant "
             "and loan it approves, with the amount, the recipient and the purpose, within 45 days of the "
             "decision."),
        80: "We decide that no more than 7 per cent of the resources of the Facility shall be spent on its administration.",
    }),
    ("VIII. Implementation and follow-up", {
        81: ("We agree to implement this Agenda through the eight action lines T1 to T8 set out in the Annex, each "
             "with one or more facilitators."),
        82: ("We request the facilitators of each action line to prepare, within eight months of the adoption of "
             "this Agenda, a roadmap with activities, partners, timelines, resources and measurable indicators, "
             "and to revise it after the mid-term review."),
        83: ("We establish the Castrell Coordination Council, composed of 10 Member States elected for two years "
             "and of observers from each stakeholder group, with the following tasks:", [
                 "(a) to coordinate the facilitators of the action lines;",
                 "(b) to appoint the representative of patients' organizations on the Board of the Facility;",
                 "(c) to oversee the Hub and the Health Data Exchange;",
                 "(d) to prepare the mid-term review referred to in paragraph 93;",
                 "(e) to report each year to the Member States on the implementation of this Agenda.",
             ]),
        84: ("We request the Union to provide the secretariat of the Castrell Coordination Council, with the "
             "support of the Halcyra Health Organization for matters of health policy."),
        85: ("We decide to convene an annual Castrell Digital Health Forum, open to all stakeholders, the first to "
             "be held in 2032; each Forum shall include an exhibition of telemedicine solutions developed in the "
             "region."),
        86: ("We invite each Member State to appoint, by 31 January 2032, a national focal point for the "
             "implementation of this Agenda."),
        87: ("We request the Union, in cooperation with the Halcyra Health Organization, to develop by the end of "
             "2032 a set of 16 indicators to measure progress towards the targets of this Agenda."),
        88: ("We request the Union to publish each year, starting in 2033, a Connected Health Monitor based on "
             "these indicators and on the national reports of Member States."),
        89: ("We invite Member States to submit, by 28 February of each year, a short national report on the "
             "implementation of this Agenda."),
        90: ("We invite the international organizations active in the region to integrate this Agenda into their "
             "programmes of work and to report on their contribution at the Castrell Digital Health Forum."),
        91: ("We invite the private sector to make public commitments in support of this Agenda, including "
             "donations of equipment and software licences to health facilities."),
        92: ("We request the Secretary-General of the Union to transmit this Agenda to the heads of all "
             "international organizations active in the region and to the Secretary-General of the United "
             "Nations."),
    }),
    ("IX. Review and the way forward", {
        93: ("We decide to hold a mid-term review of this Agenda in 2034, to be conducted by the Castrell "
             "Coordination Council on the basis of the Connected Health Monitor and of contributions from all "
             "stakeholders."),
        94: ("We decide that the comprehensive review of this Agenda shall take place at the third Summit, in 2037, "
             "which shall also decide on the follow-up to this Agenda after 2037."),
        95: ("We pay tribute to the health workers of the region who kept health services running during the "
             "floods of April 2031, whose experience has informed this Agenda."),
        96: ("We express our deep gratitude to the Government and people of Castrell for hosting the Summit and for "
             "their generous hospitality."),
    }),
]

AGENDA_ANNEX_HEADING = "Annex"
AGENDA_ANNEX_TITLE = "Action lines of the Castrell Agenda and their facilitators"
AGENDA_ANNEX_HEADER = ("Action line", "Title", "Facilitators")
AGENDA_ANNEX: list[tuple[str, str, str]] = [
    ("T1", "Connected health facilities", "the Union; Halcyra Telecom Operators Group"),
    ("T2", "Telemedicine services", "Halcyra Health Organization; Regional Telemedicine Hub"),
    ("T3", "Electronic health records and the Health Data Exchange", "the Union; Halcyra Health Organization"),
    ("T4", "Health data protection and cybersecurity", "the Union; Halcyra Data Protection Network"),
    ("T5", "Digital skills of health workers", "Marbeck University; Halcyra Nursing Council"),
    ("T6", "Health information for all", "Halcyra Health Organization; Halcyra Disability Forum"),
    ("T7", "Financing and procurement", "Halcyra Investment Bank"),
    ("T8", "Measurement and evidence", "the Union; Halcyra Statistics Office"),
]
AGENDA_ANNEX_NOTE = ("The facilitators of each action line designate one of their number as lead facilitator at the "
                     "first meeting of the action line. The roadmap of each action line is published on the website "
                     "of the Union.")

AGENDA_CHROME_TOP = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Halcyra Digital Union</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Outcome document of the second Summit on Digital Health and Telemedicine">
<link rel="stylesheet" href="/assets/hdu.css">
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookies">
<p>We use cookies to understand how our website is used. You may accept or refuse them.</p>
<p><a href="#" class="btn">Accept all cookies</a> <a href="#" class="btn">Refuse</a></p>
</div>
<header class="site-header">
<p class="site-name"><a href="/">Halcyra Digital Union</a></p>
<ul class="languages"><li><a href="?lang=en">English</a></li><li><a href="?lang=fr">Fran&ccedil;ais</a></li>
<li><a href="?lang=es">Espa&ntilde;ol</a></li></ul>
<form role="search" action="/search"><input type="search" name="q" placeholder="Search hdu.example"></form>
</header>
<nav class="primary-nav" aria-label="Main menu"><ul>
<li><a href="/about/">About</a></li><li><a href="/digital-health/">Digital health</a></li>
<li><a href="/summits/">Summits</a></li><li><a href="/documents/">Documents</a></li>
<li><a href="/news/">News</a></li></ul></nav>
<main id="main-content">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/summits/">Summits</a></li>
<li><a href="/summits/sdht-31/">Second Summit on Digital Health and Telemedicine</a></li>
<li>Outcome document</li></ol></nav>
<article class="outcome-document">
"""

AGENDA_CHROME_BOTTOM = """</article>
<div class="share-bar"><p>Share this page: <a href="#">Email</a> | <a href="#">LinkedIn</a> | <a href="#">X</a></p></div>
</main>
<footer class="site-footer">
<p><a href="#top">Back to top</a></p>
<ul><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy and cookies</a></li>
<li><a href="/accessibility/">Accessibility</a></li></ul>
<p>&copy; Halcyra Digital Union 2031</p>
</footer>
<script src="/assets/cookie-consent.js"></script>
<script>window.hdu = {{page: "sdht-31-outcome", lang: "en"}};</script>
</body>
</html>
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def agenda_html() -> bytes:
    parts = [AGENDA_CHROME_TOP.format(title=_esc(AGENDA_TITLE))]
    parts.append('<div class="document-meta">')
    parts.append(f'<p class="summit"><strong>{_esc(AGENDA_META[0])}</strong></p>')
    parts.append(f'<p class="place">{_esc(AGENDA_META[1])}</p>')
    parts.extend(f'<p class="symbol">{_esc(line)}</p>' for line in AGENDA_META[2:])
    parts.append("</div>")
    parts.append(f"<h1>{_esc(AGENDA_TITLE)}</h1>")
    parts.append(f'<p class="adoption"><em>{_esc(AGENDA_ADOPTION)}</em></p>')
    for heading, paragraphs in AGENDA_SECTIONS:
        number = heading.split(".")[0]
        parts.append(f'<h2 id="section-{number.lower()}">{_esc(heading)}</h2>')
        for n, paragraph in paragraphs.items():
            text, items = (paragraph, []) if isinstance(paragraph, str) else paragraph
            parts.append(f'<p id="para-{n}" class="para"><span class="para-num">{n}.</span> {_esc(text)}</p>')
            parts.extend(f'<p class="subpara">{_esc(item)}</p>' for item in items)
    parts.append(f'<h2 id="annex">{_esc(AGENDA_ANNEX_HEADING)}</h2>')
    parts.append(f"<h3>{_esc(AGENDA_ANNEX_TITLE)}</h3>")
    parts.append('<table class="action-lines">')
    parts.append("<thead><tr>" + "".join(f'<th scope="col">{_esc(h)}</th>' for h in AGENDA_ANNEX_HEADER)
                 + "</tr></thead>")
    parts.append("<tbody>")
    for row in AGENDA_ANNEX:
        parts.append("<tr>" + "".join(f"<td>{_esc(cell)}</td>" for cell in row) + "</tr>")
    parts.append("</tbody></table>")
    parts.append(f'<p class="note"><em>{_esc(AGENDA_ANNEX_NOTE)}</em></p>')
    parts.append(AGENDA_CHROME_BOTTOM)
    return "\n".join(parts).encode("utf-8")


# =============================================================================================
# 2. The resolution: a plain-text copy of a resolution of the Final Acts, pasted from the PDF
# =============================================================================================

RESOLUTION_HEADING = "RESOLUTION 27 (VESSORIA, 2033)"
RESOLUTION_SUBJECT = ("Connected health: role of the Halcyra Digital Union in the implementation of the Castrell "
                      "Agenda for Connected Health")
RESOLUTION_ENACTING = "The Halcyra Digital Development Conference (Vessoria, 2033),"
RESOLUTION_RUNNING_HEAD = "HDDC-33 - Resolution 27"
RESOLUTION_FIRST_PAGE = 143  # the resolution's first page in the Final Acts
RESOLUTION_WIDTH = 86  # characters a line of the PDF held
RESOLUTION_PAGE_LINES = 46  # lines of text (blank lines included) on a page of the PDF

DIRECTOR = "instructs the Director of the Digital Health Bureau"
LETTERED, NUMBERED = "lettered", "numbered"
RESOLUTION_PARTS: list[tuple[str, str, list[str]]] = [
    ("recalling", LETTERED, [
        ("a) the Castrell Agenda for Connected Health, adopted by the second Summit on Digital Health and "
         "Telemedicine on 17 October 2031;"),
        ("b) paragraphs 31 and 46 of the Castrell Agenda, which request the Union to develop a connectivity "
         "measurement tool and to establish the Halcyra Health Data Exchange;"),
        ("c) paragraph 81 and the Annex of the Castrell Agenda, under which the Union is a facilitator of action "
         "lines T1, T3, T4 and T8;"),
        "d) Resolution 11 (Rev. Vessoria, 2033) of this Conference, on telecommunications for health,",
    ]),
    ("considering", LETTERED, [
        ("a) that, according to the first Connected Health Monitor, published on 9 April 2033, 57 per cent of the "
         "primary health care facilities of the region were connected to broadband at the end of 2032;"),
        ("b) that only 11 of the 31 Member States offered a national telemedicine service free of charge to "
         "patients at the end of 2032;"),
        ("c) that 14 of the 31 Member States had adopted a national standard for electronic health records by 31 "
         "March 2033;"),
        ("d) that 81 per cent of the hospitals of the region were connected at a speed of at least 1 Gbit/s at "
         "the end of 2032, but that only 52 per cent had a second connection by a different route;"),
        ("e) that ransomware attacks forced 19 hospitals of the region to suspend planned operations in 2032, "
         "some of them for more than a week,"),
    ]),
    ("noting with satisfaction", LETTERED, [
        ("a) that the Regional Telemedicine Hub was inaugurated in Montrave on 2 February 2033, eight weeks ahead "
         "of the deadline set in the Castrell Agenda, and had 260 specialists in its network on 30 June 2033;"),
        ("b) that the Board of the Connected Health Facility adopted the operating rules of the Facility on 12 May "
         "2032 and approved its first seven projects, worth USD 96 million, on 30 November 2032;"),
        "c) that pledges to the Connected Health Facility had reached USD 512 million by 31 March 2033;",
        ("d) that the connectivity measurement tool developed by the Union had been installed in 3,140 health "
         "facilities by 30 June 2033;"),
        ("e) that the first Castrell Digital Health Forum, held in Quintela from 6 to 8 December 2032, brought "
         "together 1,120 participants from 29 Member States,"),
    ]),
    ("bearing in mind", LETTERED, [
        ("a) that the mid-term review of the Castrell Agenda, to be held in 2034, will assess whether its targets "
         "for 2033 can still be met;"),
        ("b) that the pilot phase of the Halcyra Health Data Exchange began on 1 September 2033 with the health "
         "services of five Member States,"),
    ]),
    ("recognizing", LETTERED, [
        ("a) that telemedicine reaches patients only when connectivity, equipment, trained health workers and "
         "the legal recognition of consultations at a distance come together;"),
        "b) that many health facilities lack the staff needed to maintain their connections and equipment;",
        ("c) the contribution of Sector Members, including network and satellite operators and manufacturers of "
         "medical devices, to connected health,"),
    ]),
    ("resolves", NUMBERED, [
        ("that the Digital Development Sector shall give priority to action lines T1, T3 and T4 of the Castrell "
         "Agenda in its operational plans for the period 2034-2037;"),
        ("that the Union shall bring the Halcyra Health Data Exchange into full service by 31 March 2034 and "
         "shall connect to it, free of charge, the health service of every Member State that so requests;"),
        ("to establish an HDU Health Connectivity Task Force of at least 25 engineers who can assist a Member "
         "State in connecting its health facilities, within 30 days of a request;"),
        ("that the Union shall carry out, upon request, a health cybersecurity readiness review of a Member "
         "State within 120 days of the request, and shall share its findings only with the Member State "
         "concerned;"),
        ("that the roadmaps of the action lines facilitated by the Union shall be revised by 31 January 2034, "
         "and shall each include indicators with baselines and targets for 2036;"),
        ("that the activities of the Union under this resolution shall be financed from its regular budget, up "
         "to USD 1.9 million a year, and from voluntary contributions;"),
        ("to review the implementation of this resolution at the next Halcyra Digital Development Conference, in "
         "2037,"),
    ]),
    (DIRECTOR, NUMBERED, [
        ("to put the Health Connectivity Task Force into operation by 1 March 2034, and to publish each year a "
         "list of the requests it has received and served;"),
        ("to assist Member States, upon request, in drafting the laws and regulations that give consultations "
         "at a distance the same legal standing as consultations in person;"),
        ("to submit to the Castrell Coordination Council, by 31 May 2034, a report on the contribution of the "
         "Union to the mid-term review of the Castrell Agenda;"),
        ("to organize, in conjunction with each Castrell Digital Health Forum, a regional cyber exercise for "
         "hospitals in which every participating Member State tests its national health cybersecurity team;"),
        "to report each year to the Council of the Union on the implementation of this resolution,",
    ]),
    ("instructs the Secretary-General", NUMBERED, [
        ("to conclude with the Government of Montrave, by 30 June 2034, an agreement on the status of the staff "
         "of the Union assigned to the Regional Telemedicine Hub;"),
        "to establish a voluntary trust fund for the Health Connectivity Task Force and to invite contributions to it;",
        ("to bring this resolution to the attention of the Castrell Coordination Council, the Halcyra Health "
         "Organization and the Halcyra Investment Bank,"),
    ]),
    ("invites Member States", NUMBERED, [
        ("to designate their national health cybersecurity team, if they have not yet done so, and to notify its "
         "contact details to the Union;"),
        "to connect their national health services to the Halcyra Health Data Exchange;",
        ("to contribute to the Connected Health Facility, in particular to its Connection Window, and to the "
         "voluntary trust fund for the Health Connectivity Task Force;"),
        "to install the connectivity measurement tool in all their public health facilities;",
        "to share with the Union, each year by 28 February, the data needed for the Connected Health Monitor,",
    ]),
    ("encourages Sector Members", NUMBERED, [
        "to offer health facilities the dedicated broadband tariffs called for in paragraph 24 of the Castrell Agenda;",
        "to second engineers to the Health Connectivity Task Force;",
        "to take part in the regional cyber exercises for hospitals.",
    ]),
]


def _resolution_lines() -> list[str]:
    """The resolution as the PDF sets it: lines wrapped to the page's width, a blank line between paragraphs."""
    def wrapped(text: str) -> list[str]:
        return textwrap.wrap(text, RESOLUTION_WIDTH, break_long_words=False, break_on_hyphens=False)

    lines = [RESOLUTION_HEADING, "", *wrapped(RESOLUTION_SUBJECT), "", *wrapped(RESOLUTION_ENACTING)]
    for keyword, kind, clauses in RESOLUTION_PARTS:
        lines += ["", keyword]
        for number, clause in enumerate(clauses, 1):
            lines += ["", *wrapped(clause if kind == LETTERED else f"{number} {clause}")]
    return lines


def resolution_txt() -> bytes:
    """The text a reader gets by selecting all in the PDF viewer and pasting: no form feeds, and between two
    pages the page number of the one and the running head of the next, each on a line of its own."""
    lines = _resolution_lines()
    out: list[str] = []
    page = RESOLUTION_FIRST_PAGE
    for start in range(0, len(lines), RESOLUTION_PAGE_LINES):
        chunk = lines[start:start + RESOLUTION_PAGE_LINES]
        while chunk and not chunk[0]:
            chunk = chunk[1:]
        if start:
            out += [RESOLUTION_RUNNING_HEAD, ""]
        out += chunk
        while out and not out[-1]:
            out.pop()
        out += ["", str(page), ""]
        page += 1
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")


# =============================================================================================
# 3. The roadmap: a PDF with numbered sections, bullet lists and two tables
# =============================================================================================

ROADMAP_INTRO = [
    "Revised edition, 20 January 2034",
    ("Prepared by the Digital Health Bureau of the Halcyra Digital Union, lead facilitator of action line T1 of "
     "the Castrell Agenda for Connected Health, with the Halcyra Telecom Operators Group, co-facilitator. This "
     "edition replaces the first edition of 14 June 2032 and covers the period from 1 February 2034 to 31 "
     "December 2036."),
]

# A section: its heading and its blocks; a block is ("p", text), ("ul", [items]) or
# ("table", (caption, header, column widths, rows)).
Block = tuple[str, object]
ROADMAP_SECTIONS: list[tuple[str, list[Block]]] = [
    ("1. Introduction", [
        ("p", ("Action line T1 covers the connection of health facilities: hospitals, primary health care "
               "facilities, remote clinics and island health posts, and the community health workers who serve "
               "them.")),
        ("p", ("This revised edition responds to Resolution 27 (Vessoria, 2033), resolves 5. It takes stock of the "
               "first two years of implementation and will be adjusted, if needed, after the mid-term review of "
               "the Castrell Agenda, to be held at the third Castrell Digital Health Forum in Tamsk from 8 to 10 "
               "October 2034.")),
    ]),
    ("2. Mandate", [
        ("p", "The roadmap implements the following decisions:"),
        ("ul", [
            ("paragraphs 21 to 32 of the Castrell Agenda, on the connection of health facilities, backup power, "
             "dedicated tariffs and the connectivity measurement tool;"),
            "paragraph 82 of the Castrell Agenda, which requests a roadmap for each action line;",
            ("Resolution 27 (Vessoria, 2033), resolves 3, on the Health Connectivity Task Force, and resolves 5, on "
             "the revision of the roadmaps by 31 January 2034;"),
            ("Resolution 27 (Vessoria, 2033), encourages Sector Members 1, on dedicated broadband tariffs for "
             "health facilities."),
        ]),
    ]),
    ("3. Objectives", [
        ("p", "By 31 December 2036, the roadmap aims to:"),
        ("ul", [
            ("connect 85 per cent of the primary health care facilities of the region to broadband at a speed of "
             "at least 50 Mbit/s;"),
            ("give every hospital, by the end of 2035, a connection of at least 1 Gbit/s and a second connection "
             "by a different route;"),
            "equip 4,000 further primary health care facilities with solar power systems;",
            "have the connectivity measurement tool running in 9,000 health facilities;",
            "connect 1,200 further remote clinics and island health posts by satellite.",
        ]),
        ("p", ("The facilitators consider that the target in paragraph 21 of the Castrell Agenda, to connect 90 per "
               "cent of primary health care facilities by the end of 2035, will not be met. They propose that the "
               "mid-term review move that target to the end of 2037, and have set 85 per cent by the end of 2036 "
               "as the target of this roadmap. The target in paragraph 22 for hospitals, due at the end of 2033, "
               "was missed; this roadmap aims to meet it two years late.")),
    ]),
    ("4. Partners", [
        ("p", "The following partners have agreed to lead or support activities of this roadmap:"),
        ("ul", [
            "Halcyra Telecom Operators Group, co-facilitator (network deployment and dedicated tariffs);",
            "Halcyra Health Organization (standards for connected health facilities);",
            "Halcyra Satellite Operators Council (connection of remote clinics and island health posts);",
            "Regional Telemedicine Hub, Montrave (testing of equipment and training of technicians);",
            "Halcyra Investment Bank (financing through the Connected Health Facility);",
            "the ministries of health and the regulators of the Member States.",
        ]),
        ("p", ("Partners contribute staff and expertise in kind. Other organizations may join by writing to the "
               "focal point named in section 10.")),
    ]),
    ("5. Activities", [
        ("p", ("Table 1 lists the activities of the roadmap. Activities T1.3 and T1.4 depend on financing from the "
               "Connected Health Facility.")),
        ("table", ("Table 1: Activities of the roadmap", ("No.", "Activity", "Lead", "Timeline", "Output"),
                   (14, 52, 40, 30, 24), [
            ("T1.1", "Open map of the connectivity of health facilities, updated every quarter",
             "Digital Health Bureau", "February 2034-December 2036", "Map of all 31 Member States"),
            ("T1.2", "Second connections for hospitals in 14 Member States", "Halcyra Telecom Operators Group",
             "March 2034-December 2035", "310 hospitals with a second route"),
            ("T1.3", "Solar power systems for primary health care facilities", "Halcyra Investment Bank",
             "April 2034-June 2036", "4,000 facilities equipped"),
            ("T1.4", "Satellite connections for remote clinics and island health posts",
             "Halcyra Satellite Operators Council", "June 2034-December 2036", "1,200 sites connected"),
            ("T1.5", "Deployment of the connectivity measurement tool", "Digital Health Bureau",
             "February 2034-December 2035", "Tool in 9,000 facilities"),
            ("T1.6", "Missions of the Health Connectivity Task Force", "Digital Health Bureau", "From March 2034",
             "At least 12 missions a year"),
            ("T1.7", "Training of health facility technicians", "Regional Telemedicine Hub",
             "September 2034-December 2036", "1,500 technicians trained"),
        ])),
    ]),
    ("6. Resources", [
        ("p", ("The activities of this roadmap are estimated to cost USD 212 million over the period 2034-2036, to "
               "be met as follows:")),
        ("ul", [
            ("USD 168 million requested from the Connection Window of the Connected Health Facility, mainly for "
             "activities T1.3 and T1.4;"),
            "USD 5.4 million from the regular budget of the Union (USD 1.8 million a year);",
            "USD 31 million in co-financing from network and satellite operators;",
            "USD 7.6 million in contributions in kind from partners.",
        ]),
        ("p", ("The Digital Health Bureau assigns four professional staff to the roadmap, and the Halcyra Telecom "
               "Operators Group two.")),
    ]),
    ("7. Indicators", [
        ("p", "Progress is measured with the indicators in Table 2."),
        ("table", ("Table 2: Indicators, baselines and targets",
                   ("Indicator", "Baseline (December 2033)", "Target (December 2036)", "Source"),
                   (70, 28, 28, 34), [
            ("Primary health care facilities connected at 50 Mbit/s or more", "61%", "85%",
             "Connected Health Monitor"),
            ("Hospitals connected at 1 Gbit/s or more", "88%", "100%", "Union survey"),
            ("Hospitals with a second connection by a different route", "58%", "100%", "Union survey"),
            ("Primary health care facilities with backup power for 8 hours", "3,400", "7,400",
             "Halcyra Health Organization"),
            ("Health facilities running the connectivity measurement tool", "4,870", "9,000", "Digital Health Bureau"),
            ("Remote clinics and island health posts connected by satellite", "310", "1,510",
             "Halcyra Satellite Operators Council"),
        ])),
        ("p", ("The lead facilitator reports on progress against these indicators to the Castrell Coordination "
               "Council by 31 March of each year.")),
    ]),
    ("8. Risks", [
        ("p", "The facilitators have identified the following risks and the measures to reduce them:"),
        ("ul", [
            ("network operators may not extend their networks to remote areas without public funding: the "
             "facilitators will help Member States to use their universal service funds;"),
            ("the Connected Health Facility may approve less than requested: if less than USD 120 million is "
             "approved by 30 June 2035, activity T1.3 will be limited to 2,000 facilities;"),
            "equipment may be stolen or damaged: every site will be insured and its equipment registered;",
            ("floods and storms may damage solar power systems: installations will follow the guidelines of the "
             "Union on the connectivity of health facilities."),
        ]),
    ]),
    ("9. Reporting and review", [
        ("p", ("A report on the implementation of this roadmap is presented each year at the Castrell Digital Health "
               "Forum. The roadmap will be revised after the mid-term review of the Castrell Agenda, and again "
               "before the third Summit on Digital Health and Telemedicine.")),
    ]),
    ("10. Focal point", [
        ("p", ("Dr Ilse Marrowby-Okafor, Head, Health Connectivity Division, Digital Health Bureau, Halcyra Digital "
               "Union (t1-roadmap@hdu.example). Deputy: Mr Rafael Sunthorn-Pike, Senior Engineer, Halcyra Telecom "
               "Operators Group.")),
    ]),
]

ROADMAP_DATE = datetime(2034, 1, 20, 9, 30, tzinfo=UTC)
ROADMAP_FOOTER = "Action Line T1 roadmap - revised edition 2034"


def _roadmap_pdf_class():
    from fpdf import FPDF

    class RoadmapPDF(FPDF):
        """A4, Helvetica; a footer line with the page number on every page."""

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"{ROADMAP_FOOTER}  |  page {self.page_no()}", align="C")

    return RoadmapPDF


def roadmap_pdf() -> bytes:
    from fpdf.fonts import FontFace

    pdf = _roadmap_pdf_class()(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # the bullet "•" and the dash, as Word sets them
    pdf.set_creation_date(ROADMAP_DATE)
    pdf.set_producer("HDU Publications")
    pdf.set_creator("Microsoft Word")
    pdf.set_title(ROADMAP_TITLE)
    pdf.set_author("Halcyra Digital Union")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, ROADMAP_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10.5)
    pdf.multi_cell(0, 5.5, ROADMAP_INTRO[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10.5)
    for text in ROADMAP_INTRO[1:]:
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    height = 5.5
    for heading, blocks in ROADMAP_SECTIONS:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 10.5)
        for kind, content in blocks:
            if kind == "p":
                pdf.multi_cell(0, height, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "ul":
                for item in content:
                    pdf.set_x(27)
                    pdf.cell(5, height, "\u2022")
                    pdf.multi_cell(0, height, item, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
                pdf.ln(1)
            else:
                caption, header, widths, rows = content
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(0, height, caption, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                pdf.set_font("Helvetica", "", 9)
                with pdf.table(col_widths=widths, width=sum(widths), line_height=4.6, text_align="LEFT",
                               headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True) as table:
                    for row in (header, *rows):
                        cells = table.row()
                        for cell in row:
                            cells.cell(cell)
                pdf.ln(3)
                pdf.set_font("Helvetica", "", 10.5)
    return bytes(pdf.output())


# =============================================================================================
# Writing them out, and the units a reader expects
# =============================================================================================

def write_all(folder: Path) -> dict[str, Path]:
    """Write the three documents into ``folder``; document id -> path."""
    return write_documents(folder, {AGENDA_ID: agenda_html, RESOLUTION_ID: resolution_txt, ROADMAP_ID: roadmap_pdf},
                           FILENAMES)


def expected_units() -> dict[str, str]:
    """Unit id -> its text as written here (whitespace collapsed), in document order.

    The answer key the question sets were checked against, computed from the data and not from any
    parser of the project: what a reader of each document takes as the paragraph, clause or section,
    without site chrome, running heads, page numbers or bullet signs. Table rows are their cells joined
    by " | ", as a reader of tables gives them; a roadmap section's heading is its ``section``, not its text.
    """
    units: dict[str, str] = {}
    units[f"{AGENDA_ID}:preamble"] = flat(" ".join([*AGENDA_META, AGENDA_ADOPTION]))
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
    for heading, blocks in ROADMAP_SECTIONS:
        words: list[str] = []
        for kind, content in blocks:
            if kind == "p":
                words.append(content)
            elif kind == "ul":
                words += content
            else:
                caption, header, _widths, table_rows = content
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


QUESTION_SETS = ("dev5-agenda", "dev5-resolution", "dev5-roadmap", "dev5-multilingual", "dev6-castrell")


def check_questions(datasets: Path) -> list[str]:
    """Problems in the question sets ``QUESTION_SETS`` (``dev5-*.jsonl``, ``dev6-castrell.jsonl``): fields, ids, citations,
    and facts that are not a substring (case-insensitive) of one of the cited units' text."""
    return fixture_files.question_problems(datasets, QUESTION_SETS, expected_units())


def self_check(root: Path) -> list[str]:
    """Both checks for the repository at ``root``, the units read in a scratch home; [] when all agree.

    cd /work/main && HF_HUB_OFFLINE=1 .venv/bin/python -c "import sys; sys.path[:0] = ['tests', '.'];
    from pathlib import Path; from devdocs4.documents import self_check; print(self_check(Path('.')) or 'ok')"
    """
    return fixture_files.self_check(check_units, check_questions, root)
