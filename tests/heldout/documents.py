"""Held-out document family: three fictional official texts for measuring the assistant honestly.

These documents are HELD OUT: never used for tuning. They and their question sets
(``evals/datasets/heldout-*.jsonl``) are written before the assistant is ever run on them. Do not adjust the
assistant, its prompts, thresholds or tests to them; do not edit them to suit the assistant.

The process is fictional: the World Summit on Digital Inclusion (WSDI), first phase in Port Aldine
(2027), second phase in Kerrowan (2029), followed by an ITU Plenipotentiary resolution (Lismora, 2030)
and the roadmap of action line D3. Each document is written in the layout its real counterpart has:

- :func:`agenda_html`: the Kerrowan Agenda, as ITU's table-cell HTML (a number cell and a text cell per
  paragraph), with page chrome around it;
- :func:`resolution_pdf`: Resolution 231 (Rev. Lismora, 2030), as the Final Acts lay it out (running
  header, page footer, hanging clause numbers, words hyphenated at line ends);
- :func:`roadmap_docx`: the Action Line D3 roadmap, a Word document with numbered section headings,
  Word list styles and tables.

The text is data (the constants below); the layout is a few small builders. Output is deterministic.
``README.md`` beside this file lists the units a segmenter should find.
"""

from __future__ import annotations

import html
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

AGENDA_ID = "kerrowan-agenda"
AGENDA_TITLE = "Kerrowan Agenda for Digital Inclusion"
AGENDA_SYMBOL = "WSDI-29/KERROWAN/DOC/6(Rev.1)-E"
AGENDA_DATE = "21 November 2029"

RESOLUTION_ID = "pp-res-231"
RESOLUTION_TITLE = "Resolution 231 (Rev. Lismora, 2030)"

ROADMAP_ID = "roadmap-d3"
ROADMAP_TITLE = "WSDI Action Line D3 roadmap"

FILE_NAMES = {AGENDA_ID: f"{AGENDA_ID}.html", RESOLUTION_ID: f"{RESOLUTION_ID}.pdf", ROADMAP_ID: f"{ROADMAP_ID}.docx"}

# -- the agenda ---------------------------------------------------------------------------------------
# ``AGENDA`` is the document in reading order: a ``str`` is a section heading; a tuple is a numbered
# paragraph ``(number, text, items)``, ``items`` holding the lettered sub-items ``(letter, text)`` or
# ``(letter, text, [(roman, text), ...])``.

Item = tuple  # (letter, text) or (letter, text, [(roman, text), ...])

AGENDA: list[str | tuple[int, str, list[Item]]] = [
    (1, ("We, the representatives of the peoples of the world, have assembled in Kerrowan from 19 to 21 "
        "November 2029 for the second phase of the World Summit on Digital Inclusion (WSDI), to reaffirm "
        "our commitment to the Port Aldine Declaration of Principles and the Port Aldine Plan of Action, "
        "adopted at the first phase of the Summit in Port Aldine on 6 June 2027, and to agree on how they "
        "will be financed, governed and followed up."), []),
    (2, ("We recognize that in 2029 some 2.1 billion people, more than a quarter of humanity, had never used "
        "the Internet, and that many of those who are counted as connected still lack the affordable "
        "devices, the skills and the relevant content that make connectivity meaningful."), []),
    (3, ("We reaffirm that digital inclusion is not an end in itself but a means to achieve the Sustainable "
        "Development Goals and the development framework that will succeed the 2030 Agenda for Sustainable "
        "Development, and that it must respect human rights, both offline and online."), []),
    (4, ("We acknowledge the progress made since Port Aldine: mobile broadband networks now cover 94 per cent "
        "of the world's population. The gap that remains is increasingly a usage gap rather than a coverage "
        "gap: most people who are offline live within reach of a network they do not use."), []),
    (5, ("We are concerned that women remain 14 per cent less likely than men to use the Internet, that in "
        "the least developed countries only 35 per cent of the population is online, and that persons with "
        "disabilities and older persons are left behind in every region."), []),
    (6, ("This Agenda addresses three areas on which the first phase of the Summit asked the second phase to "
        "agree: financial mechanisms for closing the digital inclusion gap; the governance of the Internet "
        "and of digital public infrastructure; and the implementation and follow-up of the outcomes of both "
        "phases."), []),
    (7, ("We reaffirm that the Port Aldine Plan of Action, with its twelve action lines D1 to D12 listed in "
        "the Annex to this Agenda, remains the framework for the actions of all stakeholders until the "
        "overall review in 2035."), []),

    "A. Financial mechanisms for closing the digital inclusion gap",
    (8, ("We recognize the scale of the financing challenge. Achieving universal meaningful connectivity by "
        "2035 will require an estimated USD 410 billion of investment beyond current trends, close to two "
        "thirds of it in rural and remote areas."), []),
    (9, ("We recognize that private investment has provided roughly 80 per cent of the capital invested in "
        "digital networks since 2020, and that a stable, transparent, predictable and pro-competitive policy "
        "and regulatory environment remains the main determinant of that investment."), []),
    (10, ("We recognize, however, that market forces alone will not reach the last 10 per cent of the "
         "population in many countries, where expected revenues cannot recover the cost of deployment, and "
         "that public funding, including universal service funds and concessional finance, is needed to "
         "close that gap."), []),
    (11, ("We note that existing financing mechanisms have given too little attention to several areas in "
         "which more resources are needed, in particular:"), [
        ("a", ("backbone and middle-mile networks in landlocked developing countries, including cross-border "
              "fibre links to the sea;")),
        ("b", "affordable devices, in particular entry-level smartphones for low-income households;"),
        ("c", "digital skills programmes for adults outside formal education;"),
        ("d", ("the connection of public facilities such as schools, health centres, libraries and post "
              "offices;")),
        ("e", "content and services in local languages;"),
        ("f", "community networks and small-scale operators;"),
        ("g", "resilient networks in countries exposed to natural disasters; and"),
        ("h", "the capacity of national regulators and national statistical offices."),
    ]),
    (12, ("We note that official development assistance for digital projects accounted for less than 2 per "
         "cent of total official development assistance in 2028, and we encourage development partners to "
         "increase that share and to align their support with national digital inclusion strategies."), []),
    (13, ("We encourage multilateral development banks to expand blended finance for digital infrastructure, "
         "to use guarantees and first-loss instruments to attract private capital to underserved areas, and "
         "to publish each year their commitments and disbursements for digital projects."), []),
    (14, ("We welcome the Regional Digital Infrastructure Guarantee Mechanism launched in 2028 by regional "
         "development banks, which covers up to 50 per cent of the political and regulatory risk borne by "
         "private investors in underserved areas, and we invite other development partners to join it."), []),
    (15, ("We welcome the establishment of the Digital Inclusion Solidarity Facility (DISF), a voluntary, "
         "multi-donor fund hosted by the United Nations Development Programme (UNDP), which complements "
         "existing financing mechanisms. We set the Facility an initial capitalization target of USD 1.2 "
         "billion, to be reached by 31 December 2032."), []),
    (16, ("The Facility shall be governed by a Steering Board of twelve members: five representatives of "
         "governments, one from each United Nations regional group; three representatives of the private "
         "sector; two of civil society; one of the technical community; and one of academia. The Steering "
         "Board shall adopt its own rules of procedure at its first meeting."), []),
    (17, ("At least 60 per cent of the resources of the Facility shall be allocated to projects in least "
         "developed countries, landlocked developing countries and small island developing States."), []),
    (18, "We agree that the Facility should operate through thematic windows, beginning with:", [
        ("a", ("a Connected Schools Window, to which at least 25 per cent of the resources of the Facility "
              "should be directed, for connecting public schools and training teachers;")),
        ("b", ("a Community Networks Window, offering grants of up to USD 250 000 to community-based and "
              "small-scale operators; and")),
        ("c", ("a Digital Skills Window, financing programmes that reach adults outside formal education, in "
              "particular women and older persons.")),
    ]),
    (19, ("We invite public authorities to consider applying the Kerrowan principle: a voluntary "
         "contribution to the Facility equal to 0.5 per cent of the value of public procurement contracts for "
         "digital goods and services, borne by the successful supplier. Application of the Kerrowan principle "
         "is a matter for each public authority to decide."), []),
    (20, ("We invite governments, the private sector, philanthropic foundations and individuals to contribute "
         "to the Facility, and we request UNDP to publish every year a report on the contributions received "
         "and the projects financed."), []),
    (21, ("We recognize that in many countries universal service and access funds have accumulated large "
         "unspent balances. We encourage governments to reform these funds so that at least 70 per cent of "
         "the levies collected in any year are disbursed within three years, and to open them to community "
         "networks and small operators."), []),
    (22, ("We encourage governments to publish every year the size, income and disbursements of their "
         "universal service and access funds, and the results achieved with them, so that operators and "
         "citizens can hold them to account."), []),
    (23, ("We recognize that sector-specific taxes on handsets and on mobile services can put connectivity "
         "beyond the reach of low-income households, and we encourage governments to review such taxes in "
         "the light of their effect on affordability."), []),
    (24, ("We recognize the importance of remittances for millions of households, and we support the "
         "objective of reducing the average cost of sending remittances through digital channels to less "
         "than 3 per cent of the amount sent by 2030."), []),
    (25, ("We invite creditor and debtor countries to explore digital-for-development debt swaps, by which "
         "part of a country's debt service is converted into domestic investment in digital inclusion, and "
         "we request the World Bank and the United Nations Conference on Trade and Development (UNCTAD) to "
         "report on the experience gained by 2032."), []),
    (26, ("We encourage device financing schemes, including pay-as-you-go and lease-to-own models, and the "
         "refurbishment and reuse of devices in accordance with environmentally sound standards."), []),
    (27, ("We encourage infrastructure sharing, open-access wholesale networks and dig-once policies, under "
         "which ducts for fibre are laid whenever roads, railways or power lines are built."), []),
    (28, ("We recognize the role of local and municipal governments in digital inclusion, including through "
         "public access points, rights of way and local procurement, and we encourage national governments to "
         "associate them with the design of national strategies."), []),
    (29, ("We request UNDP and the World Bank to publish jointly, every two years, a Digital Inclusion "
         "Financing Report tracking public and private financing against the estimate in paragraph 8, the "
         "first edition to be published no later than June 2031."), []),
    (30, ("We invite philanthropic foundations to coordinate their support for digital inclusion with national "
         "strategies and with the Facility, so as to avoid duplication."), []),
    (31, ("We agree that projects financed by the Facility shall be subject to independent evaluation, and "
         "that evaluation reports shall be made public."), []),
    (32, ("We encourage South-South and triangular cooperation, including the exchange of experts and the "
         "sharing of open-source software, as a complement to North-South cooperation."), []),
    (33, ("We agree that the financial mechanisms described in this section shall be reviewed as part of the "
         "overall review referred to in paragraph 97."), []),

    "B. Governance of the Internet and of digital public infrastructure",
    (34, ("A working definition of digital governance is: the development and application by governments, "
         "the private sector, civil society, the technical community and academia, in their respective roles, "
         "of shared principles, norms, rules, decision-making procedures and programmes that shape the "
         "evolution and use of the Internet, of data and of digital public infrastructure."), []),
    (35, ("We reaffirm that the Internet is a global facility available to the public, and that its "
         "governance should be multilateral, multistakeholder, transparent and democratic. It should ensure "
         "an equitable distribution of resources, facilitate access for all and ensure a stable and secure "
         "functioning of the Internet, taking into account multilingualism."), []),
    (36, ("We recognize that the governance of the Internet and of digital public infrastructure involves "
         "both technical and public policy issues, and should involve all stakeholders, each in its own role:"), [
        ("a", ("governments, which hold policy authority for public policy issues, including international "
              "public policy issues;")),
        ("b", ("the private sector, which invests in, builds and operates networks and services and "
              "contributes to technical and economic development;")),
        ("c", "civil society, which plays an important role, especially at community level;"),
        ("d", ("the technical community, which develops the standards and operates the unique identifier "
              "systems on which the Internet depends;")),
        ("e", "academia, which contributes research and the training of experts; and"),
        ("f", ("intergovernmental and international organizations, which facilitate coordination and "
              "contribute to the development of standards and policies within their mandates.")),
    ]),
    (37, ("We recognize that the stable and secure functioning of the Internet depends on the continued "
         "operation of its unique identifier systems, and we support the continuing evolution of their "
         "governance towards greater accountability and participation of developing countries."), []),
    (38, ("We encourage all domain name registries, registrars, e-mail providers and software developers to "
         "achieve universal acceptance of internationalized domain names and of e-mail addresses in all "
         "scripts by 2033."), []),
    (39, ("We recognize that countries should not be involved in decisions regarding another country's "
         "country-code top-level domain, and that the legitimate interests of each country in the management "
         "of its own country-code top-level domain need to be respected."), []),
    (40, ("We recognize that data flowing across borders underpins trade, research and public services, and "
         "we encourage interoperable data governance frameworks that protect privacy, security and public "
         "interests while enabling trusted cross-border data flows."), []),
    (41, ("We encourage every country to have in force, by 2033, comprehensive personal data protection "
         "legislation and an independent data protection authority with adequate resources."), []),
    (42, ("We recognize the potential of artificial intelligence to accelerate digital inclusion, and the "
         "risk that it widens existing divides. We call for a Global AI Capacity Network, coordinated by "
         "UNESCO and ITU, to support developing countries in gaining access to computing resources, datasets "
         "and skills."), []),
    (43, ("We agree that artificial intelligence systems used in the delivery of public services should be "
         "subject to human oversight, impact assessment and transparency, and we encourage the development of "
         "openly licensed language datasets for at least 200 languages by 2035."), []),
    (44, ("We recognize digital public infrastructure as shared digital systems, such as digital "
         "identification, digital payments and data exchange, that are secure and interoperable, are built "
         "on open standards and specifications, and serve the public interest."), []),
    (45, ("We agree that digital public infrastructure should be designed and governed with the following "
         "safeguards:"), [
        ("a", ("inclusion by design, including offline and assisted alternatives for those who cannot use "
              "digital channels;")),
        ("b", "privacy by design and data minimization;"),
        ("c", "open standards and interoperability, including:", [
            ("i", "published technical specifications; and"),
            ("ii", "the portability of personal data between providers;"),
        ]),
        ("d", "accessible grievance redress mechanisms;"),
        ("e", "independent oversight; and"),
        ("f", "the avoidance of lock-in to a single vendor or technology."),
    ]),
    (46, ("We request UNDP, ITU and the World Bank to maintain a public DPI Safeguards Compendium of "
         "safeguards and country experiences, to be updated annually."), []),
    (47, ("We note that about 850 million people lacked official identification in 2028. A digital identity "
         "should not be made a condition for access to essential public services unless an alternative means "
         "of access is offered."), []),
    (48, ("We recognize that the cost of international Internet connectivity remains high for many developing "
         "countries. We call for at least one Internet exchange point in every country by 2032, and we "
         "encourage the local hosting and caching of content."), []),
    (49, ("We encourage regional backbone projects and cross-border fibre interconnection between landlocked "
         "developing countries and their coastal neighbours, and the sharing of cable landing stations on "
         "open-access terms."), []),
    (50, ("We call for cooperation in the protection and timely repair of submarine cables, and we invite ITU, "
         "together with the International Cable Protection Committee, to develop by 2031 voluntary "
         "guidelines on submarine cable resilience."), []),
    (51, ("We call upon ITU, working with regional telecommunication organizations, to promote affordable and "
         "timely access to the radio-frequency spectrum for all countries, including for the terrestrial and "
         "satellite services that connect rural and remote areas. We encourage administrations, when "
         "assigning spectrum for mobile broadband, to favour coverage obligations over up-front auction "
         "revenues."), []),
    (52, ("We call upon every country to have a national computer incident response team (CIRT) by 2032, and "
         "a national cybersecurity strategy that is reviewed at least every five years. We recognize the "
         "role of ITU as lead facilitator of action line D3 on building confidence, trust and security in "
         "the use of digital technologies."), []),
    (53, ("We underline the need for international cooperation against cybercrime and online fraud, which "
         "cost individuals and businesses an estimated USD 1 trillion in 2028, and we encourage States to "
         "consider becoming parties to the relevant international instruments."), []),
    (54, ("We recognize the need to protect children online through age-appropriate design, education and "
         "effective reporting mechanisms, and we invite ITU, UNICEF and UNESCO to update the Guidelines on "
         "Child Online Protection by 2031."), []),
    (55, ("We recognize that information integrity is essential to trust in the digital environment, and we "
         "encourage media and information literacy programmes for all age groups, with full respect for "
         "freedom of expression."), []),
    (56, ("We encourage the creation of local content and services in local and indigenous languages, and "
         "their availability on the Internet."), []),
    (57, ("We are concerned at the growing volume of electronic waste and the energy use of digital networks "
         "and data centres. We encourage extended producer responsibility schemes and the use of renewable "
         "energy to power networks."), []),
    (58, ("We encourage governments to ensure that public websites and mobile applications meet recognized "
         "accessibility standards by 2032, so that persons with disabilities can use public services online."), []),
    (59, ("We invite the Commission on Science and Technology for Development (CSTD) to convene in 2030 a "
         "working group on enhanced cooperation on data and artificial intelligence governance, composed of "
         "22 Member States and 10 representatives of other stakeholders, which shall report to the Commission "
         "by 2032."), []),
    (60, ("We ask the Secretary-General of the United Nations, in an open and inclusive process, to convene a "
         "new forum for multistakeholder policy dialogue, the Digital Governance Forum (DGF). The mandate of "
         "the Forum is to:"), [
        ("a", ("discuss public policy issues related to the Internet, data, artificial intelligence and "
              "digital public infrastructure;")),
        ("b", ("facilitate discourse between bodies dealing with different cross-cutting digital public "
              "policies;")),
        ("c", ("interface with appropriate intergovernmental organizations and other institutions on matters "
              "under their purview;")),
        ("d", "facilitate the exchange of information and best practices;"),
        ("e", "advise all stakeholders on ways to accelerate digital inclusion in developing countries;"),
        ("f", "strengthen the engagement of stakeholders, particularly those from developing countries;"),
        ("g", "identify emerging issues and, where appropriate, make recommendations;"),
        ("h", "contribute to capacity building for digital governance in developing countries; and"),
        ("i", "publish its proceedings."),
    ]),
    (61, ("The Digital Governance Forum would have no oversight function and would not replace existing "
         "arrangements, mechanisms, institutions or organizations. It shall not adopt binding decisions; its "
         "outputs shall take the form of non-binding messages."), []),
    (62, ("The first meeting of the Forum should be convened before the end of 2030. The Forum shall meet once "
         "a year, each meeting lasting no more than five days."), []),
    (63, ("We ask the Secretary-General to establish a Multistakeholder Advisory Group of 40 members, appointed "
         "for terms of three years renewable once, to prepare the programme of each meeting of the Forum."), []),
    (64, ("The secretariat of the Forum shall be located in the United Nations Department of Economic and "
         "Social Affairs (DESA). The Forum shall be financed from voluntary extrabudgetary contributions."), []),
    (65, ("We encourage the development of national and regional Digital Governance Forum initiatives, whose "
         "outcomes should feed into the global Forum."), []),
    (66, ("We ask the Secretary-General to commission an independent evaluation of the Forum in 2033, and the "
         "General Assembly to decide in 2034, on the basis of that evaluation, on the continuation of the "
         "Forum."), []),
    (67, ("We ask the Secretary-General, in supporting the Forum, to draw upon the expertise of ITU, UNESCO "
         "and other relevant organizations, and of all interested stakeholders."), []),
    (68, ("We encourage the Forum to give particular attention to the participation of young people, and to "
         "reserve at least 20 per cent of its travel support for participants under 30 years of age."), []),
    (69, ("We call upon governments to refrain from measures that intentionally prevent or disrupt access to "
         "or dissemination of information online, including Internet shutdowns."), []),
    (70, ("We recognize the importance of an open, interoperable and unfragmented Internet, and we commit to "
         "avoid measures that would fragment it at the technical level."), []),
    (71, ("We encourage the participation of developing countries in the work of standards development "
         "organizations, including ITU, the Internet Engineering Task Force and the World Wide Web "
         "Consortium, and support efforts to bridge the standardization gap."), []),
    (72, ("We invite the Digital Governance Forum to hold, at its first meeting, a main session on the "
         "governance of artificial intelligence, and to transmit its messages to the Commission on Science "
         "and Technology for Development."), []),

    "C. Implementation and follow-up",
    (73, ("We call upon each government to adopt, by the end of 2031, a national digital inclusion strategy "
         "with measurable targets, developed with the participation of all stakeholders, and to review it at "
         "least every three years."), []),
    (74, ("We ask the United Nations regional commissions, working with regional telecommunication "
         "organizations, to hold a regional review of implementation every two years, starting in 2030, and "
         "to transmit its results to the annual WSDI Forum."), []),
    (75, ("We ask the Secretary-General of the United Nations to establish, within the United Nations System "
         "Chief Executives Board for Coordination, a United Nations Digital Inclusion Coordination Group "
         "(UNDICG), with ITU, UNESCO, UNDP and UNCTAD as its lead agencies and its chair rotating among "
         "them every two years."), []),
    (76, ("The twelve action lines of the Port Aldine Plan of Action are facilitated by the United Nations "
         "agencies listed in the Annex. We ask ITU, UNESCO and UNDP to coordinate the work of the "
         "facilitators, and each lead facilitator to prepare, by the end of 2030, a roadmap for its action "
         "line setting out measurable targets, partners, timelines and resources, and to update it every "
         "two years."), []),
    (77, ("We ask ITU, UNESCO, UNDP and UNCTAD to organize jointly an annual WSDI Forum, to be held in the "
         "second quarter of each year, as the principal platform for the multistakeholder coordination of "
         "implementation, including meetings of the action-line facilitators."), []),
    (78, ("We request the Economic and Social Council (ECOSOC) to oversee the system-wide follow-up of the "
         "outcomes of both phases of the Summit, and to that end to review the mandate of the Commission on "
         "Science and Technology for Development."), []),
    (79, ("The Commission on Science and Technology for Development shall assist ECOSOC as the focal point in "
         "the system-wide follow-up, and shall review progress in implementation each year at its annual "
         "session."), []),
    (80, ("We ask the Secretary-General of the United Nations to report each year to the General Assembly, "
         "through ECOSOC, on the implementation of the outcomes of the Summit."), []),
    (81, ("We call for periodic evaluation of progress, using appropriate indicators, by the Partnership on "
         "Measuring Digital Inclusion, whose members include:"), [
        ("a", "ITU;"),
        ("b", "the UNESCO Institute for Statistics;"),
        ("c", "UNCTAD;"),
        ("d", "the World Bank;"),
        ("e", "the United Nations regional commissions; and"),
        ("f", "the United Nations Statistics Division."),
    ]),
    (82, ("We call upon the Partnership on Measuring Digital Inclusion to develop a composite Digital "
         "Inclusion Index, built on a core set of 46 indicators, the first edition to be published in 2031 "
         "and further editions every two years thereafter."), []),
    (83, ("We emphasize that indicators should be disaggregated by sex, age, disability and urban or rural "
         "location wherever possible."), []),
    (84, ("We encourage national statistical offices to conduct household surveys on access to and use of "
         "digital technologies at least every three years."), []),
    (85, ("We encourage regulators to collect and publish data on retail prices of fixed and mobile "
         "broadband services, so that affordability can be measured in every country."), []),
    (86, "We adopt the following Kerrowan targets, to be achieved by 2035:", [
        ("a", "every public school connected to the Internet at a speed of at least 100 Mbit/s;"),
        ("b", "95 per cent of the world's population covered by a mobile broadband network;"),
        ("c", ("entry-level broadband costing less than 2 per cent of monthly gross national income per "
              "capita;")),
        ("d", "the gender gap in Internet use reduced by half from its 2029 level;"),
        ("e", "at least 70 per cent of adults with basic digital skills;"),
        ("f", "Internet use by at least 60 per cent of the population of the least developed countries;"),
        ("g", "for persons with disabilities and older persons:", [
            ("i", "all government websites meeting recognized accessibility standards; and"),
            ("ii", "assistive technologies available at affordable prices;"),
        ]),
        ("h", "a global collection and recycling rate for electronic waste of at least 40 per cent."),
    ]),
    (87, ("The targets in paragraph 86 are global. We encourage each country to set national targets in its "
         "national digital inclusion strategy, taking into account its circumstances."), []),
    (88, ("We ask ITU to maintain the WSDI Stocktaking Platform as a public register of projects and "
         "activities implementing the outcomes of the Summit, and we encourage all stakeholders to submit "
         "entries to it. ITU should publish a stocktaking report every year."), []),
    (89, ("We welcome the WSDI Prizes, to be awarded each year at the WSDI Forum in categories corresponding "
         "to the twelve action lines, recognizing outstanding projects registered in the WSDI Stocktaking "
         "Platform."), []),
    (90, ("We ask the General Assembly to proclaim 12 November as International Digital Inclusion Day, to be "
         "observed every year to raise awareness of the possibilities that digital technologies bring."), []),
    (91, "We invite the General Assembly to designate 2032 as the International Year of Digital Skills.", []),
    (92, ("We invite the United Nations regional commissions to establish regional digital inclusion "
         "observatories to support the regional reviews referred to in paragraph 74."), []),
    (93, ("We encourage private-sector entities that make commitments to digital inclusion to report publicly "
         "and regularly on their implementation."), []),
    (94, ("We agree that entities accredited to either phase of the Summit are accredited to the WSDI Forum, "
         "and that civil society should be enabled to participate fully in all follow-up mechanisms."), []),
    (95, ("We encourage the establishment, by 2032, of a network of Digital Inclusion Centres of Excellence, "
         "with at least one centre in each region, coordinated by ITU."), []),
    (96, ("We encourage universities and research institutions to form a global academic network on digital "
         "inclusion, to contribute evidence to the follow-up process."), []),
    (97, ("We ask the General Assembly to conduct an overall review of the implementation of the outcomes of "
         "the Summit in 2035, concluding in a high-level meeting in December 2035, preceded by an "
         "intergovernmental preparatory process that takes into account inputs from all stakeholders and the "
         "contribution of the Commission on Science and Technology for Development."), []),
    (98, ("We recognize that the successor to the 2030 Agenda for Sustainable Development should integrate "
         "digital inclusion, and that the follow-up of the Summit should be aligned with it."), []),
    (99, ("We agree that the follow-up should be carried out within the existing resources of the agencies "
         "concerned, supplemented by voluntary contributions."), []),
    (100, ("We ask the Secretary-General of the United Nations to prepare, in 2032, a mid-term report on the "
          "implementation of the outcomes of the Summit, to be considered by the Commission on Science and "
          "Technology for Development at its annual session in 2033."), []),
    (101, "We recognize the role of independent and pluralistic media in the digital environment.", []),
    (102, ("We encourage parliaments to hold regular debates on digital inclusion and to scrutinize the "
          "implementation of national strategies."), []),
    (103, ("We encourage cities and local governments to establish public access centres in community "
          "facilities, with trained staff to assist users."), []),
    (104, ("We recognize the particular needs of indigenous peoples, and encourage their participation in the "
          "design of digital inclusion programmes that affect them."), []),
    (105, ("We encourage awareness-raising campaigns on the benefits of digital technologies and on safe "
          "behaviour online."), []),
    (106, ("We encourage governments to make essential public services available online by 2035, together "
          "with assisted channels for those who need them."), []),
    (107, ("We welcome the Last Mile Alliance, a multistakeholder partnership launched at the Summit, whose "
          "members pledged USD 38 billion for connecting unserved communities, and we encourage further "
          "partnerships of this kind."), []),
    (108, ("We encourage the use of digital technologies for disaster risk reduction and early warning, and "
          "the deployment of emergency telecommunications in humanitarian operations."), []),
    (109, ("We encourage the use of digital technologies in health systems, in agriculture and in education, "
          "with attention to the needs of rural populations."), []),
    (110, ("We encourage employers and governments to provide opportunities for workers to acquire the "
          "digital skills they need in a changing labour market."), []),
    (111, ("We encourage the recognition of digital skills acquired outside formal education through "
          "certification frameworks."), []),
    (112, ("We agree that all reports of the follow-up process shall be published online in the six official "
          "languages of the United Nations."), []),

    "D. The way forward",
    (113, ("We reaffirm our commitment to leave no one offline, and to make digital technologies a means of "
          "achieving a more inclusive, just and sustainable world."), []),
    (114, ("We recognize that the Port Aldine Declaration of Principles, the Port Aldine Plan of Action and "
          "this Agenda form a single framework for the implementation of the outcomes of the Summit."), []),
    (115, ("We agree that no third phase of the Summit is envisaged; the overall review in 2035 will consider "
          "the future of the process."), []),
    (116, ("We express our profound gratitude to the Government and people of the Republic of Kestria for "
          "hosting the second phase of the Summit, and to ITU for the work of the Executive Secretariat of "
          "the Summit."), []),
    (117, ("We thank all stakeholders who contributed to the preparatory process of both phases of the "
          "Summit."), []),
    (118, "We commit ourselves to the full implementation of this Agenda.", []),
]

ANNEX_TITLE = "Annex"
ANNEX_INTRO = "Action lines of the Port Aldine Plan of Action and their facilitators"
ANNEX_HEADER = ("Action line", "Lead facilitator(s)", "Other facilitators")
ANNEX_ROWS: list[tuple[str, str, str]] = [
    ("D1. The role of governments and all stakeholders in digital inclusion", "DESA", "ITU, UNDP"),
    ("D2. Digital infrastructure and meaningful connectivity", "ITU", "World Bank"),
    ("D3. Building confidence, trust and security in the use of digital technologies", "ITU", "UNODC"),
    ("D4. Digital skills and capacity building", "UNESCO", "UNDP, ILO"),
    ("D5. Access to information and knowledge", "UNESCO", "ITU"),
    ("D6. Enabling policy and regulatory environment", "UNDP", "ITU, UNCTAD"),
    (("D7. Digital applications and services: e-government (DESA); e-business (UNCTAD); e-learning "
     "(UNESCO); e-health (WHO); e-employment (ILO); e-agriculture (FAO)"), "as indicated", "UPU, ITC"),
    ("D8. Cultural diversity, multilingualism and local content", "UNESCO", ""),
    ("D9. Media and information integrity", "UNESCO", ""),
    ("D10. Ethical dimensions of digital technologies, including artificial intelligence", "UNESCO", "OHCHR"),
    ("D11. International and regional cooperation", "UN regional commissions", "UNDP, ITU, UNESCO, DESA"),
    ("D12. Digital technologies and the environment", "UNEP", "ITU, UNITAR"),
]


# -- the resolution (Final Acts layout) -------------------------------------------------------

RESOLUTION_NUMBER = "RESOLUTION 231 (REV. LISMORA, 2030)"
RESOLUTION_SUBJECT = [
    "ITU's role in implementing the outcomes of the World Summit",
    "on Digital Inclusion and in their review",
]
RESOLUTION_ENACTING = ("The Plenipotentiary Conference of the International Telecommunication Union "
                       "(Lismora, 2030),")
RESOLUTION_HEADER = "Res. 231 - Final Acts of the Plenipotentiary Conference (Lismora, 2030)"

Clause = tuple  # (label, text) or (label, text, [(letter, text), ...]); label "" for an unnumbered part

RESOLUTION_PARTS: list[tuple[str, list[Clause]]] = [
    ("recalling", [
        ("a)", ("Resolution 231 (Dunmore, 2026) of the Plenipotentiary Conference, on ITU's role in the "
               "preparation of the World Summit on Digital Inclusion (WSDI);")),
        ("b)", ("the Port Aldine Declaration of Principles and the Port Aldine Plan of Action, adopted at the "
               "first phase of the Summit (Port Aldine, 2027);")),
        ("c)", ("the Kerrowan Agenda for Digital Inclusion, adopted at the second phase of the Summit "
               "(Kerrowan, 2029), and in particular paragraphs 52, 76 and 77 thereof, on national computer "
               "incident response teams, the roadmaps of the action lines and the annual WSDI Forum;")),
        ("d)", ("United Nations General Assembly resolution 84/197, by which the General Assembly endorsed "
               "the outcomes of both phases of the Summit;")),
        ("e)", ("Resolution 92 (Harbourne, 2029) of the World Telecommunication Development Conference, on "
               "the role of the Telecommunication Development Sector in implementing the outcomes of the "
               "Summit,")),
    ]),
    ("noting", [
        ("a)", ("that the Annex to the Kerrowan Agenda entrusts ITU with the lead facilitation of action "
               "lines D2 and D3 and with the co-facilitation of action line D6;")),
        ("b)", ("that the Digital Inclusion Solidarity Facility, hosted by the United Nations Development "
               "Programme, became operational on 1 July 2030, and that its Steering Board held its first "
               "meeting in August 2030;")),
        ("c)", ("that, according to ITU estimates, 1.9 billion people were still offline in mid-2030, of "
               "whom more than half were women,")),
    ]),
    ("considering", [
        ("a)", ("that the mandate and expertise of the Union in telecommunication infrastructure, the "
               "management of the radio-frequency spectrum, standardization and development assistance "
               "place it at the centre of efforts to achieve the Kerrowan targets;")),
        ("b)", ("that the activities of the three Sectors and of the General Secretariat in support of the "
               "Summit outcomes need to be coordinated, to avoid duplication and to make the best use of "
               "the limited resources of the Union;")),
        ("c)", ("that any expansion of these activities must be met within the financial plan of the Union "
               "for 2032-2035 or from voluntary contributions;")),
        ("d)", ("that measurement is essential for the follow-up of the Summit, and that the Union has long "
               "experience in the collection of telecommunication and ICT statistics,")),
    ]),
    ("recognizing", [
        ("a)", ("the role of ITU, together with UNESCO, UNDP and UNCTAD, in the organization of the annual "
               "WSDI Forum;")),
        ("b)", ("the work of the Partnership on Measuring Digital Inclusion, of which ITU is a founding "
               "member;")),
        ("c)", ("that many developing countries, and in particular least developed countries, still have no "
               "national computer incident response team;")),
        ("d)", ("that satellite direct-to-device services could bring connectivity to remote areas where "
               "terrestrial networks are not economically viable, provided that suitable spectrum is "
               "available,")),
    ]),
    ("bearing in mind", [
        ("", ("that the General Assembly of the United Nations will conduct an overall review of the "
             "implementation of the outcomes of the Summit in 2035, to which the Union is expected to "
             "contribute,")),
    ]),
    ("noting with appreciation", [
        ("a)", ("the contribution of the Government of the Republic of Kestria as host of the second phase of "
               "the Summit;")),
        ("b)", ("the voluntary contributions made by Member States and Sector Members to the trust fund of the "
               "WSDI Forum,")),
    ]),
    ("resolves", [
        ("1", ("that ITU shall continue to act as lead facilitator for action lines D2 and D3 and as "
              "co-facilitator for action line D6, and shall maintain for each of these action lines a roadmap "
              "setting out measurable targets, partners, timelines and resources;")),
        ("2", ("to align the strategic and operational plans of the Union with the Kerrowan targets set out "
              "in paragraph 86 of the Kerrowan Agenda, and to report on progress towards them using the "
              "Digital Inclusion Index;")),
        ("3", ("to establish a Union-wide WSDI Task Force, chaired by the Deputy Secretary-General and "
              "composed of representatives of the General Secretariat and of the three Bureaux, with the "
              "following functions:"), [
            ("a)", ("to coordinate the contributions of the Union to the implementation of the outcomes of "
                   "the Summit;")),
            ("b)", ("to prepare the contributions of the Union to the annual WSDI Forum and to the reports of "
                   "the United Nations Digital Inclusion Coordination Group;")),
            ("c)", ("to maintain a single inventory of the WSDI-related activities of the Union and of their "
                   "costs;")),
            ("d)", ("to advise the Secretary-General on the contribution of the Union to the overall review "
                   "in 2035;")),
        ]),
        ("4", ("that ITU shall provide technical assistance to projects financed by the Digital Inclusion "
              "Solidarity Facility at the request of the Member States concerned, but shall neither act as "
              "trustee of the Facility nor administer its resources;")),
        ("5", ("that ITU shall host the secretariat of the annual WSDI Forum, and that the contribution of "
              "the regular budget of the Union to the costs of each Forum shall not exceed CHF 600 000, any "
              "further costs being met from voluntary contributions;")),
        ("6", ("that the Radiocommunication Sector shall study the spectrum needs of satellite "
              "direct-to-device services for connecting unserved and underserved areas, and shall report its "
              "findings to the World Radiocommunication Conference in 2031 (WRC-31);")),
        ("7", ("that ITU shall compile the connectivity pillar of the Digital Inclusion Index and shall "
              "convene the World Digital Inclusion Indicators Symposium every year;")),
        ("8", ("that the contribution of the Union to the overall review in 2035 shall take the form of a "
              "consolidated report, to be considered by the Council at its 2034 session,")),
    ]),
    ("instructs the Secretary-General", [
        ("1", ("to submit to each annual session of the Council a report on the implementation of this "
              "resolution, including the activities and costs recorded in the inventory referred to in "
              "resolves 3 c);")),
        ("2", ("to bring this resolution to the attention of the Secretary-General of the United Nations and "
              "of the lead agencies of the United Nations Digital Inclusion Coordination Group;")),
        ("3", ("to prepare the consolidated report referred to in resolves 8 and to submit it to the Council "
              "no later than 31 March 2034;")),
        ("4", ("to seek voluntary contributions to the trust fund of the WSDI Forum, and to report each year "
              "to the Council on the contributions received,")),
    ]),
    ("instructs the Director of the Telecommunication Development Bureau", [
        ("1", ("to assist Member States, in particular least developed countries and small island developing "
              "States, in establishing and strengthening national computer incident response teams, "
              "including through regional cyber drills;")),
        ("2", ("to implement, jointly with UNICEF, the SchoolLink initiative for connecting schools to the "
              "Internet, in coordination with the Connected Schools Window of the Digital Inclusion "
              "Solidarity Facility;")),
        ("3", ("to publish, by the end of 2031, a toolkit on the reform of universal service funds, drawing "
              "on paragraph 21 of the Kerrowan Agenda;")),
        ("4", ("to organize every year at least one regional digital inclusion workshop in each of the six "
              "regions of the Telecommunication Development Sector;")),
        ("5", ("to report every year to the Telecommunication Development Advisory Group on the implementation "
              "of the roadmaps for action lines D2, D3 and D6,")),
    ]),
    ("instructs the Director of the Radiocommunication Bureau", [
        ("", ("to submit to WRC-31 the report of the Radiocommunication Sector referred to in resolves 6, "
             "after its consideration by the Radiocommunication Advisory Group,")),
    ]),
    ("instructs the Council", [
        ("", ("to consider at each of its annual sessions the report of the Secretary-General referred to in "
             "instructs the Secretary-General 1, and to establish at its 2031 session a Council Working Group "
             "on WSDI, open to Member States only, with open consultations for all other stakeholders before "
             "each of its meetings,")),
    ]),
    ("invites Member States", [
        ("1", ("to contribute, on a voluntary basis, to the Digital Inclusion Solidarity Facility and to the "
              "trust fund of the WSDI Forum;")),
        ("2", ("to adopt national digital inclusion strategies as called for in paragraph 73 of the Kerrowan "
              "Agenda, and to share them with the Telecommunication Development Bureau;")),
        ("3", "to submit entries on their projects to the WSDI Stocktaking Platform;"),
        ("4", ("to make available to the Union the statistical data needed for the Digital Inclusion Index, "
              "disaggregated by sex and age wherever possible;")),
        ("5", "to participate actively in the work of the Council Working Group on WSDI."),
    ]),
]

# Where a word may be broken at a line end, as the Final Acts' typesetting does ("imple-" / "mentation").
HYPHENATION = {
    "implementation": "im-ple-men-ta-tion",
    "implementing": "im-ple-ment-ing",
    "international": "in-ter-na-tion-al",
    "telecommunication": "tele-com-mu-ni-ca-tion",
    "Telecommunication": "Tele-com-mu-ni-ca-tion",
    "Radiocommunication": "Ra-dio-com-mu-ni-ca-tion",
    "contributions": "con-tri-bu-tions",
    "contribution": "con-tri-bu-tion",
    "infrastructure": "in-fra-struc-ture",
    "organization": "or-gan-i-za-tion",
    "standardization": "stand-ard-iza-tion",
    "operational": "op-er-a-tion-al",
    "strengthening": "strength-en-ing",
    "coordination": "co-or-di-na-tion",
    "Development": "De-vel-op-ment",
    "development": "de-vel-op-ment",
    "developing": "de-vel-op-ing",
    "connectivity": "con-nec-tiv-i-ty",
    "consolidated": "con-sol-i-dat-ed",
    "statistical": "sta-tis-ti-cal",
    "programme": "pro-gramme",
    "Programme": "Pro-gramme",
    "activities": "ac-tiv-i-ties",
}


# -- the roadmap (DOCX) ---------------------------------------------------------------------------

ROADMAP_HEADING = "WSDI Action Line D3 roadmap"
ROADMAP_SUBTITLE = "Building confidence, trust and security in the use of digital technologies"
ROADMAP_FRONT = [
    "Roadmap 2031-2035 of the lead facilitator, ITU",
    "Version 1.0, December 2030",
]

# A section is (heading, blocks); a block is ("p", text), ("bullets", [text, ...]),
# ("numbers", [text, ...]), ("caption", text) or ("table", header, rows).
Block = tuple
ROADMAP_SECTIONS: list[tuple[str, list[Block]]] = [
    ("1. Introduction", [
        ("p", ("This roadmap sets out the activities that ITU, as lead facilitator of action line D3 of the "
              "Port Aldine Plan of Action, will carry out with its partners from 2031 to 2035 to build "
              "confidence, trust and security in the use of digital technologies.")),
        ("p", ("It responds to paragraph 76 of the Kerrowan Agenda for Digital Inclusion, which asks each lead "
              "facilitator to prepare a roadmap for its action line by the end of 2030, and to resolves 1 of "
              "Resolution 231 (Rev. Lismora, 2030) of the Plenipotentiary Conference, which confirms ITU as "
              "lead facilitator for action lines D2 and D3.")),
        ("p", ("The roadmap is a living document. This first version was endorsed at the D3 facilitation "
              "meeting held online on 9 December 2030. The next update is due in December 2032.")),
    ]),
    ("2. Lead facilitator and partners", [
        ("p", ("ITU is the lead facilitator of action line D3, and the United Nations Office on Drugs and "
              "Crime (UNODC) is its co-facilitator, as set out in the Annex to the Kerrowan Agenda. Within "
              "ITU, the roadmap is managed by the Cybersecurity Division of the Telecommunication Development "
              "Bureau (BDT), which acts as the D3 focal point.")),
        ("p", "The following partners have agreed to contribute to the activities of the roadmap:"),
        ("bullets", [
            ("the Forum of Incident Response and Security Teams (FIRST), for the training of incident "
            "responders;"),
            ("the regional CIRT networks AfricaCERT, APCERT and OIC-CERT, for regional cyber drills and peer "
            "support;"),
            "UNICEF and UNESCO, for child online protection;",
            ("the United Nations Institute for Disarmament Research (UNIDIR), for the training of diplomats "
            "in cyber diplomacy;"),
            ("the World Bank and the Global Forum on Cyber Expertise (GFCE), for national cybersecurity "
            "strategies;"),
            "UNDP, for the security of digital public infrastructure.",
        ]),
        ("p", "Partners contribute expertise and staff time in kind."),
    ]),
    ("3. Mandate and linkages", [
        ("p", "The roadmap implements the following provisions:"),
        ("numbers", [
            ("paragraph 52 of the Kerrowan Agenda, which calls upon every country to have a national computer "
            "incident response team (CIRT) by 2032 and a national cybersecurity strategy reviewed at least "
            "every five years;"),
            ("paragraph 54 of the Kerrowan Agenda, which invites ITU, UNICEF and UNESCO to update the "
            "Guidelines on Child Online Protection by 2031;"),
            ("instructs the Director of the Telecommunication Development Bureau 1 of Resolution 231 (Rev. "
            "Lismora, 2030), on assistance to Member States in establishing and strengthening national "
            "CIRTs;"),
            ("resolves 3 of the same resolution, under which the activities of this roadmap are recorded in "
            "the inventory kept by the WSDI Task Force."),
        ]),
        ("p", ("Action line D3 is closely linked with action lines D2 (digital infrastructure and meaningful "
              "connectivity), D6 (enabling policy and regulatory environment) and D10 (ethical dimensions of "
              "digital technologies). Joint activities with those action lines are identified in section 6.")),
    ]),
    ("4. Baseline", [
        ("p", ("At the end of 2030, 138 of the 194 Member States of ITU had a national CIRT and 112 had a "
              "national cybersecurity strategy. Of the 56 Member States without a national CIRT, 31 are least "
              "developed countries or small island developing States.")),
        ("p", ("At the current pace, the call in paragraph 52 of the Kerrowan Agenda for a national CIRT in "
              "every country by 2032 will not be met. This roadmap therefore aims to help establish 25 new "
              "national CIRTs by 2035, giving priority to those 31 countries.")),
        ("p", "In 2030, women made up 24 per cent of the participants in ITU cybersecurity training courses."),
    ]),
    ("5. Objectives and targets", [
        ("p", "The roadmap pursues five objectives:"),
        ("numbers", [
            ("Objective 1, national incident response: help countries establish, operate and mature national "
            "CIRTs;"),
            "Objective 2, strategies: help countries adopt and review national cybersecurity strategies;",
            ("Objective 3, child online protection: promote the updated Guidelines on Child Online Protection "
            "and national child online protection frameworks;"),
            ("Objective 4, skills: train cybersecurity professionals, raising the share of women among "
            "trainees to 40 per cent by 2035;"),
            ("Objective 5, measurement: publish a Global Cybersecurity Readiness Review every two years, "
            "beginning in 2032."),
        ]),
        ("p", ("Table 1 sets out the targets by year. Figures are cumulative from 1 January 2031 unless "
              "stated otherwise.")),
        ("caption", "Table 1 - Targets by year"),
        ("table", ["Indicator", "2031", "2032", "2033", "2034", "2035"], [
            ["New national CIRTs established with ITU assistance", "4", "9", "15", "20", "25"],
            ["Member States with a national cybersecurity strategy (total)", "118", "126", "134", "142", "150"],
            ["Regional cyber drills held (in the year)", "6", "6", "6", "6", "6"],
            ["Cybersecurity professionals trained", "1 500", "3 500", "6 000", "8 500", "11 000"],
            ["Share of women among trainees (in the year)", "30%", "33%", "35%", "38%", "40%"],
            ["Countries with a child online protection framework (total)", "70", "80", "90", "100", "110"],
        ]),
    ]),
    ("6. Activities and timeline", [
        ("p", ("Table 2 lists the activities of the roadmap, the partners involved, their timeline and the "
              "indicator used to follow each of them.")),
        ("caption", "Table 2 - Activities, partners, timeline and indicators"),
        ("table", ["Activity", "Lead and partners", "Timeline", "Indicator"], [
            ["A1. CIRT readiness assessments and establishment support", "ITU; FIRST; regional CIRT networks",
             "2031-2035", "New national CIRTs operational"],
            ["A2. Regional cyber drills", "ITU; AfricaCERT, APCERT, OIC-CERT",
             "Every year, one drill in each of the six ITU regions", "Drills held; teams participating"],
            ["A3. Support for national cybersecurity strategies", "ITU; World Bank; GFCE", "2031-2034",
             "Strategies adopted or reviewed"],
            ["A4. Update of the Guidelines on Child Online Protection", "ITU; UNICEF; UNESCO",
             "Publication in the fourth quarter of 2031", "Updated guidelines published"],
            ["A5. Her CyberTrack training and mentoring programme", "ITU; FIRST; UNIDIR", "2031-2035",
             "Professionals trained; share of women"],
            ["A6. Global Cybersecurity Readiness Review", "ITU", "2032 and 2034", "Review published"],
            ["A7. Security guidance for digital public infrastructure (joint with action line D2)",
             "ITU; UNDP; World Bank", "2032-2033", "Countries applying the guidance (target: 10)"],
        ]),
        ("p", ("Activities A1 and A2 are delivered in priority to least developed countries and small island "
              "developing States.")),
        ("p", "Milestones:"),
        ("bullets", [
            "second quarter of 2031: first D3 facilitation meeting under this roadmap, at the WSDI Forum;",
            "fourth quarter of 2031: updated Guidelines on Child Online Protection published;",
            "2032: first Global Cybersecurity Readiness Review;",
            "2033: mid-term review of the roadmap;",
            "2035: final report, as a contribution to the overall review.",
        ]),
    ]),
    ("7. Resources", [
        ("p", ("The estimated cost of the roadmap for 2031-2035 is CHF 14.6 million. Of this amount, CHF 5.8 "
              "million (40 per cent) is covered by the regular budget of ITU, and CHF 8.8 million is to be "
              "mobilized from voluntary contributions.")),
        ("p", ("When this version was adopted, voluntary contributions of CHF 5.7 million had been pledged, "
              "leaving a funding gap of CHF 3.1 million. The cost is distributed among the activities as "
              "follows:")),
        ("bullets", [
            "A1 and A2: CHF 6.2 million;",
            "A3: CHF 2.4 million;",
            "A4: CHF 0.9 million;",
            "A5: CHF 3.1 million;",
            "A6 and A7: CHF 2.0 million.",
        ]),
        ("p", ("The roadmap is carried out by six professional staff and two support staff of the "
              "Cybersecurity Division. If the funding gap has not been closed by the end of 2032, activity A5 "
              "will be scaled down first.")),
    ]),
    ("8. Monitoring, reporting and review", [
        ("bullets", [
            ("Progress is reported every year at the D3 facilitation meeting held during the WSDI Forum in "
            "the second quarter."),
            ("ITU reports every year to the Telecommunication Development Advisory Group (TDAG) on the "
            "implementation of this roadmap, as Resolution 231 (Rev. Lismora, 2030) requires."),
            ("The roadmap is updated every two years; the mid-term review in 2033 will assess whether the "
            "targets in Table 1 remain realistic."),
            ("A final report will be prepared in 2035 as a contribution to the overall review by the General "
            "Assembly."),
        ]),
        ("p", ("Each activity is registered as a project on the WSDI Stocktaking Platform, where its progress "
              "data are published.")),
    ]),
    ("9. Risks and mitigation", [
        ("p", "The main risks identified, and the measures planned to reduce them, are:"),
        ("bullets", [
            ("insufficient voluntary funding: prioritization of activities (see section 7) and joint resource "
            "mobilization with UNODC;"),
            ("lack of qualified staff in beneficiary countries: a train-the-trainer approach and twinning "
            "with established CIRTs;"),
            ("the political sensitivity of cybersecurity: activities are carried out only at the request of "
            "the Member State concerned;"),
            ("duplication with other capacity-building providers: coordination through the GFCE "
            "clearinghouse."),
        ]),
    ]),
]


# =====================================================================================================
# Builders
# =====================================================================================================

# -- agenda: ITU's table-cell HTML ---------------------------------------------------------------------

# Paragraphs whose sub-items the page puts in rows of their own (empty number cell), as the official
# pages do for some long lists; the others keep their sub-items as lines inside the text cell.
_ITEMS_AS_ROWS = {11, 60, 86}
# Headings set as <h3> between tables rather than as a bold row inside the table.
_HEADINGS_AS_H3 = {"B. Governance of the Internet and of digital public infrastructure", "D. The way forward"}


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _item_html(letter: str, text: str, romans: list[tuple[str, str]]) -> str:
    lines = [f"{letter})&nbsp;&nbsp;{_e(text)}"]
    lines += [f"&nbsp;&nbsp;&nbsp;&nbsp;{roman}.&nbsp;&nbsp;{_e(rtext)}" for roman, rtext in romans]
    return "<br>\n".join(lines)


def _paragraph_rows(number: int, text: str, items: list) -> list[str]:
    number_cell = f'<td valign="top" width="6%"><p class="num">{number}.</p></td>'
    parsed = [(it[0], it[1], it[2] if len(it) > 2 else []) for it in items]
    if number in _ITEMS_AS_ROWS:
        rows = [f"<tr>{number_cell}<td><p>{_e(text)}</p></td></tr>"]
        rows += [f'<tr><td></td><td><p class="item">{_item_html(*item)}</p></td></tr>' for item in parsed]
        return rows
    body = f"<p>{_e(text)}</p>" + "".join(f'<p class="item">{_item_html(*item)}</p>' for item in parsed)
    return [f"<tr>{number_cell}<td>{body}</td></tr>"]


def _table(rows: list[str]) -> str:
    return '<table class="paras" border="0" cellpadding="4" cellspacing="0" width="100%">\n' + "\n".join(rows) + "\n</table>"


def agenda_html() -> bytes:
    """The Kerrowan Agenda as the official site would serve it (UTF-8 HTML)."""
    blocks: list[str] = []
    rows: list[str] = []
    for entry in AGENDA:
        if isinstance(entry, str):
            if entry in _HEADINGS_AS_H3:
                blocks.append(_table(rows))
                rows = []
                blocks.append(f"<h3>{_e(entry)}</h3>")
            else:
                rows.append(f'<tr><td colspan="2"><p><b>{_e(entry)}</b></p></td></tr>')
        else:
            rows += _paragraph_rows(*entry)
    blocks.append(_table(rows))
    annex_rows = ["<tr>" + "".join(f"<th><p>{_e(h)}</p></th>" for h in ANNEX_HEADER) + "</tr>"]
    annex_rows += ["<tr>" + "".join(f"<td><p>{_e(c)}</p></td>" for c in row) + "</tr>" for row in ANNEX_ROWS]
    annex = (f'<h3 align="center">{ANNEX_TITLE}</h3>\n<p align="center"><i>{_e(ANNEX_INTRO)}</i></p>\n'
             '<table class="annex" border="1" cellpadding="4" cellspacing="0">\n' + "\n".join(annex_rows) + "\n</table>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>WSDI: {_e(AGENDA_TITLE)}</title>
<link rel="stylesheet" href="/net/wsdi/css/wsdi.css">
<script type="text/javascript">
  var _paq = window._paq || []; _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
</script>
</head>
<body>
<div id="nav">
  <a href="/">ITU Home</a> | <a href="/net/wsdi/">WSDI</a> | <a href="/net/wsdi/documents/">Documents</a> |
  <a href="/net/wsdi/stocktaking/">Stocktaking</a> | <a href="/net/wsdi/forum/">WSDI Forum</a> | <a href="/contact/">Contact us</a>
  <form action="/search"><input type="text" name="q" value="Search"><input type="submit" value="Go"></form>
</div>
<div id="breadcrumb"><a href="/net/wsdi/">WSDI</a> &gt; <a href="/net/wsdi/documents/">Outcome documents</a> &gt; Kerrowan phase</div>
<div id="content">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr>
<td valign="top" width="50%"><p><b>World Summit on Digital Inclusion</b><br>Port Aldine 2027 &ndash; Kerrowan 2029</p></td>
<td valign="top" align="right" width="50%"><p align="right">Document {AGENDA_SYMBOL}<br>
{AGENDA_DATE}<br>
Original: English</p></td>
</tr>
</table>
<h2 align="center">{_e(AGENDA_TITLE)}</h2>
{chr(10).join(blocks)}
{annex}
</div>
<script type="text/javascript">document.getElementById('nav').className = 'ready';</script>
<div id="footer"><p>&copy; ITU 2029 All Rights Reserved | <a href="/privacy/">Privacy notice</a> | <a href="/accessibility/">Accessibility</a> | <a href="/contact/">Contact us</a> | Updated: 2029-11-28</p></div>
</body>
</html>
"""
    return page.encode("utf-8")


# -- resolution: the Final Acts layout (PDF) -----------------------------------------------------------

_PAGE = (176, 250)          # B5, the Final Acts' page size (mm)
_MARGIN_X, _TOP, _BOTTOM = 21.0, 24.0, 226.0
_FONT, _SIZE, _LINE = "Times", 11.0, 5.1
_HANG, _SUB_HANG = 8.0, 15.0  # clause text indent; sub-item text indent
_CREATED = datetime(2030, 10, 19, 12, 0, 0, tzinfo=UTC)


def _hyphen_split(pdf, line: str, word: str, width: float) -> tuple[str, str] | None:
    """Break ``word`` at the latest hyphenation point that still fits after ``line``; None if none does."""
    core = word.rstrip(",;:.)")
    pattern = HYPHENATION.get(core)
    if not pattern:
        return None
    syllables = pattern.split("-")
    for k in range(len(syllables) - 1, 0, -1):
        head = "".join(syllables[:k])
        candidate = f"{line} {head}-" if line else f"{head}-"
        if pdf.get_string_width(candidate) <= width:
            return candidate, word[len(head):]
    return None


def _wrap(pdf, text: str, width: float, hyphenate: bool = True) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if pdf.get_string_width(trial) <= width:
            line = trial
            continue
        split = _hyphen_split(pdf, line, word, width) if hyphenate else None
        if split:
            lines.append(split[0])
            line = split[1]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def resolution_pdf() -> bytes:
    """Resolution 231 (Rev. Lismora, 2030) as a Final Acts PDF: several pages, header and footer on each."""
    from fpdf import FPDF

    class FinalActs(FPDF):
        def header(self) -> None:
            self.set_font(_FONT, "I", 8.5)
            self.set_xy(_MARGIN_X, 11)
            self.cell(_PAGE[0] - 2 * _MARGIN_X, 4, RESOLUTION_HEADER, align="L")
            self.line(_MARGIN_X, 16.5, _PAGE[0] - _MARGIN_X, 16.5)

        def footer(self) -> None:
            self.set_font(_FONT, "", 8.5)
            self.set_xy(_MARGIN_X, _PAGE[1] - 16)
            self.cell(_PAGE[0] - 2 * _MARGIN_X, 4, f"Page {self.page_no()}", align="C")

    pdf = FinalActs(unit="mm", format=_PAGE)
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(_CREATED)
    pdf.set_title(f"{RESOLUTION_TITLE} - " + " ".join(RESOLUTION_SUBJECT))
    pdf.set_author("International Telecommunication Union")
    pdf.add_page()
    width = _PAGE[0] - 2 * _MARGIN_X
    y = _TOP

    def emit(lines: list[str], x: float, style: str = "", align: str = "L", label: str | None = None,
             label_x: float = _MARGIN_X, space_before: float = 0.0, keep_with_next: int = 0) -> None:
        nonlocal y
        y += space_before
        if keep_with_next and y + _LINE * (len(lines) + keep_with_next) > _BOTTOM:
            pdf.add_page()  # a keyword line is never left alone at the foot of a page
            y = _TOP
        for i, text in enumerate(lines):
            if y + _LINE > _BOTTOM:
                pdf.add_page()
                y = _TOP
            pdf.set_font(_FONT, style, _SIZE)
            if i == 0 and label:
                pdf.set_xy(label_x, y)
                pdf.cell(x - label_x, _LINE, label)
            pdf.set_xy(x, y)
            pdf.cell(_PAGE[0] - _MARGIN_X - x, _LINE, text, align=align)
            y += _LINE

    pdf.set_font(_FONT, "B", _SIZE + 1)
    emit([RESOLUTION_NUMBER], _MARGIN_X, "B", align="C", space_before=4)
    emit(RESOLUTION_SUBJECT, _MARGIN_X, "B", align="C", space_before=3)
    pdf.set_font(_FONT, "", _SIZE)
    emit(_wrap(pdf, RESOLUTION_ENACTING, width), _MARGIN_X, space_before=7)
    for keyword, clauses in RESOLUTION_PARTS:
        pdf.set_font(_FONT, "I", _SIZE)
        emit(_wrap(pdf, keyword, width, hyphenate=False), _MARGIN_X, "I", space_before=4.5, keep_with_next=2)
        for clause in clauses:
            label, text = clause[0], clause[1]
            subitems = clause[2] if len(clause) > 2 else []
            pdf.set_font(_FONT, "", _SIZE)
            if label:
                emit(_wrap(pdf, text, width - _HANG), _MARGIN_X + _HANG, label=label, space_before=2)
            else:
                emit(_wrap(pdf, text, width), _MARGIN_X, space_before=2)
            for sub_label, sub_text in subitems:
                emit(_wrap(pdf, sub_text, width - _SUB_HANG), _MARGIN_X + _SUB_HANG, label=sub_label,
                     label_x=_MARGIN_X + _HANG, space_before=1.5)
    return bytes(pdf.output())


# -- roadmap: a Word document ---------------------------------------------------------------------------

_DOCX_TIME = (2030, 12, 9, 10, 0, 0)


def _restart_numbering(document, paragraphs) -> None:
    """Give a "List Number" list its own numbering instance, so each list starts at 1 in Word."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    style = document.styles["List Number"].element
    style_num_id = style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    abstract_id = next(
        n.find(qn("w:abstractNumId")).get(qn("w:val"))
        for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == style_num_id
    )
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), new_id)
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), abstract_id)
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    for paragraph in paragraphs:
        p_pr = paragraph._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), new_id)
        num_pr.append(ilvl)
        num_pr.append(num_id)
        p_pr.append(num_pr)


def _normalized_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed timestamps, so the same text always gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_DOCX_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def roadmap_docx() -> bytes:
    """The Action Line D3 roadmap as a .docx: numbered headings, Word list styles, two tables."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    props = document.core_properties
    props.title = f"{ROADMAP_HEADING}: {ROADMAP_SUBTITLE}"
    props.author = "ITU Telecommunication Development Bureau"
    props.last_modified_by = "ITU Telecommunication Development Bureau"
    props.created = datetime(*_DOCX_TIME)
    props.modified = datetime(*_DOCX_TIME)
    props.revision = 1

    document.add_paragraph(ROADMAP_HEADING, style="Title")
    document.add_paragraph(ROADMAP_SUBTITLE, style="Subtitle")
    for line in ROADMAP_FRONT:
        document.add_paragraph(line)
    for heading, blocks in ROADMAP_SECTIONS:
        document.add_heading(heading, level=1)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                document.add_paragraph(block[1])
            elif kind == "caption":
                caption = document.add_paragraph(style="Caption")
                caption.add_run(block[1]).bold = True
            elif kind == "bullets":
                for text in block[1]:
                    document.add_paragraph(text, style="List Bullet")
            elif kind == "numbers":
                items = [document.add_paragraph(text, style="List Number") for text in block[1]]
                _restart_numbering(document, items)
            elif kind == "table":
                header, rows = block[1], block[2]
                table = document.add_table(rows=1, cols=len(header))
                table.style = "Table Grid"
                for cell, text in zip(table.rows[0].cells, header, strict=True):
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = True
                for row in rows:
                    for cell, text in zip(table.add_row().cells, row, strict=True):
                        cell.paragraphs[0].add_run(text).font.size = Pt(10)
            else:  # pragma: no cover - data error
                raise ValueError(f"unknown roadmap block {kind!r}")
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalized_zip(buffer.getvalue())


# -- all three ----------------------------------------------------------------------------------------

def write_all(folder: Path) -> dict[str, Path]:
    """Write the three documents into ``folder``; document id -> the file written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    builders = {AGENDA_ID: agenda_html, RESOLUTION_ID: resolution_pdf, ROADMAP_ID: roadmap_docx}
    written: dict[str, Path] = {}
    for doc_id, build in builders.items():
        path = folder / FILE_NAMES[doc_id]
        path.write_bytes(build())
        written[doc_id] = path
    return written
