"""WSIS acronyms and their expansions (texts say "IGF", delegates ask about the Internet Governance Forum), and
the WSIS terms in the other UN languages (a question says "fracture numérique", the texts "digital divide")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from corpus.refs import fold

ACRONYMS: dict[str, str] = {
    "IGF": "Internet Governance Forum",
    "UNGIS": "United Nations Group on the Information Society",
    "TAIS": "Tunis Agenda for the Information Society",
    "WSIS": "World Summit on the Information Society",
    "IIC": "international Internet connectivity",
    "ICT": "information and communication technologies",
    "ICTs": "information and communication technologies",
    "ITU-D": "ITU Telecommunication Development Sector",
    "ITU-T": "ITU Telecommunication Standardization Sector",
    "ITU-R": "ITU Radiocommunication Sector",
    "WTDC": "World Telecommunication Development Conference",
    "WTSA": "World Telecommunication Standardization Assembly",
    "TDAG": "Telecommunication Development Advisory Group",
    "PP": "Plenipotentiary Conference",
    "UNDP": "United Nations Development Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "CWG-WSIS": "Council Working Group on WSIS",
    "WG-WSIS": "Council Working Group on WSIS",
    # Units and common short forms a delegate writes and an official text spells out ("100 Mbit/s", "at least 100
    # megabits per second"; "a digital ID", "a digital identity")
    "Mbit": "megabits", "Mbps": "megabits per second", "Gbit": "gigabits", "Gbps": "gigabits per second",
    "Tbit": "terabits", "Tbps": "terabits per second", "MHz": "megahertz", "GHz": "gigahertz",
    "ID": "identity", "IDs": "identities", "TV": "television", "NGO": "non-governmental organization",
    "NGOs": "non-governmental organizations", "PPP": "public-private partnership", "PPPs": "public-private partnerships",
    # The action lines of the Geneva Plan of Action, which texts cite by their codes alone.
    "C1": "action line C1: the role of public governance authorities and all stakeholders in the promotion of ICTs",
    "C2": "action line C2: information and communication infrastructure",
    "C3": "action line C3: access to information and knowledge",
    "C4": "action line C4: capacity building",
    "C5": "action line C5: building confidence and security in the use of ICTs",
    "C6": "action line C6: enabling environment",
    "C7": "action line C7: ICT applications, e-government, e-business, e-learning, e-health",
    "C8": "action line C8: cultural diversity and identity, linguistic diversity and local content",
    "C9": "action line C9: media",
    "C10": "action line C10: ethical dimensions of the Information Society",
    "C11": "action line C11: international and regional cooperation",
}
_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, ACRONYMS), key=len, reverse=True)) + r")(?![\w-])")


def expansions(text: str) -> list[str]:
    """The expansions of the acronyms the text uses, each once."""
    return list(dict.fromkeys(ACRONYMS[m] for m in _PATTERN.findall(text)))


def expand(text: str) -> str:
    """The text followed by the expansions of the acronyms it uses (for search, never for display)."""
    found = expansions(text)
    return f"{text} ({'; '.join(found)})" if found else text


# Words an expansion leaves out of its initials: "World Summit on the Information Society", "Sommet
# mondial sur la société de l'information".
UNCOUNTED = frozenset(
    "of on the for in and to a an at by with "
    "de du des la le les l sur pour et en au aux "
    "del el los las y para sobre".split())
# Two capitalised words at least, with the small words a name keeps between them.
NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:of|on|the|for|and|in|de|du|des|la|le|les|del|el|y|et)\s+)*[A-Z][\w'’-]+)+"
# A name a text introduces its acronym with: "the World Summit on Digital Inclusion (WSDI)"
_DEFINED = re.compile(rf"(?P<name>{NAME})\s*\(\s*(?P<acronym>[A-Z][A-Z0-9&-]{{1,9}})\s*\)")


def defined_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """The acronyms the texts spell out, and the name each stands for, where the name's last words begin with
    its letters: what the glossary's ACRONYMS are for the summit, for the names an indexed text introduces."""
    out: dict[str, str] = {}
    for text in texts:
        for match in _DEFINED.finditer(text):
            acronym = match["acronym"]
            letters = [c for c in acronym.casefold() if c.isalpha()]
            words = [w for w in match["name"].split() if w.casefold() not in UNCOUNTED][-len(letters):]
            if len(words) == len(letters) and [w[0].casefold() for w in words] == letters:
                name = match["name"].split()
                start = max(i for i, w in enumerate(name) if w == words[0])
                out.setdefault(acronym, " ".join(name[start:]))
    return out


# The abbreviations official texts cite documents and their parts by: "Plenipotentiary Conference (Res. 140) has
# noted …" names a resolution as surely as a text that spells the word.
ABBREVIATIONS: dict[str, str] = {
    "Res.": "resolution", "Resol.": "resolution", "Doc.": "document", "Rev.": "revision",
    "para.": "paragraph", "paras.": "paragraphs", "Art.": "article",
}
_ABBREVIATION = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, ABBREVIATIONS)) + r")(?=\s)")


def abbreviated(text: str) -> list[str]:
    """The words the text's abbreviations stand for, each once."""
    return list(dict.fromkeys(ABBREVIATIONS[m] for m in _ABBREVIATION.findall(text)))


# The texts' terms for what delegates ask in plain words: "Whom should I contact about action line C5?" asks for
# its focal point, which is what the roadmaps and the page call the person to write to.
PLAIN: dict[str, tuple[str, ...]] = {
    "focal point": ("contact", "contacts", "contacted", "contacting", "contact person", "point of contact",
                    "get in touch"),
}
_PLAIN_PATTERNS = [(term, re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE))
                   for term, forms in PLAIN.items()]


def plain_terms(text: str) -> list[str]:
    """The texts' terms for the plain words ``text`` (English) uses: "whom should I contact" -> "focal point"."""
    return [term for term, pattern in _PLAIN_PATTERNS if pattern.search(text)]


# The official texts' words for what a delegate says in everyday English, each with the plain forms that stand for it:
# "Could a kid …" asks of children, "the airwaves" of spectrum, "carrying out the plan" of its implementation. A text
# holding any of a term's words holds the plain words, for whether it answers (assistant/support.py); a plain word no
# indexed text uses weighs as the first of the term's words the index knows. Forms are whole words and phrases; never
# a name's word ("the Steering Committee" steers nothing), nor a word with senses of its own in these texts
# ("agreement", "online", "money", "fixed" broadband, a fund's "statute"). A plain form may be the texts' own word where
# they use both for one thing: a question's "countries" and "governments" are the "Member States" texts call upon.
PARAPHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("children", "child", "minors"), ("kid", "kids")),
    (("language", "languages"), ("tongue", "tongues")),
    (("disinformation", "misinformation"), ("fake news", "falsehood", "falsehoods", "false information", "hoax",
                                            "hoaxes")),
    (("cyber", "cybersecurity", "cyberattack", "cyberattacks"), ("hacker", "hackers", "hacking", "hacked")),
    (("operational", "launched", "operation"), ("go live", "goes live", "went live", "gone live", "up and running")),
    (("contribute", "contribution", "contributions"), ("put money in", "put in money", "chip in", "pay in")),
    (("join", "partner", "partners", "partnership"), ("sign up", "signs up", "signing up", "signed up", "come on board")),
    (("least developed countries", "developing countries", "low-income"), ("poor countries", "poorer countries",
                                                                           "poorest countries")),
    (("landlocked",), ("without a coastline", "no coastline", "without access to the sea", "no access to the sea")),
    (("small island",), ("island countries", "island nations", "island states")),
    (("operators", "operator", "service providers"), ("phone companies", "telephone companies", "telecom companies",
                                                      "internet companies", "mobile companies", "telcos")),
    (("spectrum",), ("airwaves", "radio waves")),
    (("climate", "emissions", "greenhouse"), ("global warming", "carbon footprint")),
    (("disasters", "disaster"), ("hurricane", "hurricanes", "flood", "floods", "earthquake", "earthquakes", "storm",
                                 "storms", "cyclone", "cyclones", "typhoon", "typhoons", "tsunami", "tsunamis")),
    (("exercise", "exercises"), ("drill", "drills", "rehearsal", "rehearsals")),
    (("procurement",), ("buy", "buys", "buying", "bought", "purchase", "purchases", "purchasing")),
    (("affordable", "affordability", "cost", "costs", "price", "prices"), ("cheap", "cheaper", "cheapest")),
    (("research",), ("science", "scientific", "scientists")),
    (("implement", "implementation", "implementing", "implemented"), ("carry out", "carries out", "carrying out",
                                                                      "carried out", "put into practice",
                                                                      "put into effect")),
    (("principles", "principle"), ("values",)),
    (("guide", "guided", "guiding"), ("steer", "steers", "steered")),
    (("disaggregated", "disaggregate", "disaggregation"), ("broken down", "break down", "breakdown")),
    (("regulator", "regulators", "regulatory authority", "supervisory authority"), ("watchdog", "watchdogs")),
    (("telemedicine", "teleconsultation", "teleconsultations", "remote consultation"), ("video consultation",
                                                                                       "video consultations",
                                                                                       "video call", "video calls")),
    (("reimbursed", "reimbursement", "reimburse"), ("pay back", "paid back", "refund", "refunds", "refunded")),
    (("consent",), ("agreeing", "permission", "say-so")),
    (("unspent", "unused", "unutilized", "unutilised", "dormant"), ("idle", "sitting idle", "lying idle")),
    (("submarine",), ("undersea", "underwater")),
    (("vessels", "vessel"), ("ship", "ships", "boat", "boats")),
    (("repair", "repairs", "repaired"), ("mend", "mends", "mending", "mended")),
    (("private sector", "business", "industry"), ("businesses", "companies", "firms")),
    (("civil society",), ("citizens' groups", "citizen groups", "NGOs", "non-governmental organizations",
                          "community groups")),
    (("head", "director"), ("boss",)),
    (("Member States", "Member State"), ("countries", "country", "governments", "government")),
    (("test", "tested", "testing", "tests"), ("try out", "tried out", "trying out", "trial", "trials")),
    (("issue", "issued"), ("put out", "send out", "sent out", "give out")),
    (("area", "areas"), ("place", "places")),
    (("risk", "risks"), ("danger", "dangers")),
    (("volunteers", "volunteer"), ("helpers", "helper")),
    (("relay", "relayed", "relaying"), ("pass along", "pass on", "passed on", "passing on", "passed along")),
    (("coverage",), ("signal", "reception")),
    (("finance", "financed", "financing", "cost", "costs"), ("foot the bill", "footing the bill", "bill", "price tag")),
    (("leading", "main", "principal"), ("most common", "commonest", "biggest")),
    (("failure", "failures", "outage", "outages", "disruption"), ("stop working", "stops working", "stopped working",
                                                                 "go down", "goes down", "went down")),
    (("designate", "designated", "appoint", "appointed"), ("name", "named", "pick", "picked")),
    (("authority", "authorities", "body"), ("office",)),
    (("responsible", "responsibility"), ("in charge",)),
    (("authorize", "authorizing", "authorization", "authorise", "authorising"), ("approve", "approving", "approval")),
    (("approve", "approved", "approval"), ("sign off", "signed off", "sign-off")),
    (("inaugurated", "inauguration", "opened", "launched"), ("open its doors", "opened its doors", "officially open",
                                                              "officially opened")),
    (("centre", "center"), ("hub",)),
    (("telecommunication", "telecommunications"), ("communications",)),
    (("roster",), ("standby list", "reserve list", "list of experts")),
    (("experts", "expert"), ("specialists", "specialist")),
    (("regular budget",), ("core budget", "main budget")),
    (("activity", "activities"), ("job", "jobs", "task", "tasks")),
    (("indicators", "indicator"), ("yardsticks", "yardstick", "metrics")),
    (("pledged", "pledge", "pledges", "committed", "commit"), ("promised", "promise", "promises")),
    (("free of charge", "charge", "fee", "fees"), ("pay anything", "have to pay", "has to pay", "pay to", "pay for")),
)
_PARAPHRASE_PATTERNS = [(terms, re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                                           + r")(?![\w'’-])", re.IGNORECASE)) for terms, forms in PARAPHRASES]


def paraphrases(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The official terms the plain words of ``text`` (English) stand for, each with the words that said it."""
    found = sorted(((match.start(), match.end(), terms) for terms, pattern in _PARAPHRASE_PATTERNS
                    for match in pattern.finditer(text)), key=lambda m: (m[0], -m[1]))
    out: list[tuple[tuple[str, ...], str]] = []
    end = -1
    for start, stop, terms in found:
        if start >= end:  # "internet companies" are operators, not also companies of the private sector
            out.append((terms, text[start:stop]))
            end = stop
    return out


# WSIS terms in the other five UN languages, as the UN's texts and terminology write them (or their
# stems, for Russian inflection): a French, Arabic or Chinese question is searched with the English
# words too, so it finds English units by word as well as by meaning.
TERMS: dict[str, tuple[str, ...]] = {
    "ITU": ("UIT", "МСЭ", "Международный союз электросвязи", "الاتحاد الدولي للاتصالات", "国际电联", "国际电信联盟"),
    "WSIS": ("SMSI", "CMSI", "ВВУИО", "Всемирная встреча на высшем уровне по вопросам информационного общества",
             "القمة العالمية لمجتمع المعلومات", "信息社会世界峰会"),
    "WSIS Forum": ("Forum du SMSI", "Foro de la CMSI", "Форум ВВУИО", "Форума ВВУИО", "منتدى القمة العالمية لمجتمع المعلومات",
                   "信息社会世界峰会论坛"),
    "action line": ("grande orientation", "grandes orientations", "ligne d'action", "línea de acción", "líneas de acción",
                    "направлени", "خط العمل", "خطوط العمل", "خطوط عمل", "行动方面", "行动方针"),
    "facilitator": ("coordonnateur", "facilitateur", "animateur", "facilitador", "coordinador", "координатор",
                    "посредник", "الميسر", "ميسر", "推动方", "协调方", "主持方"),
    "sole": ("seul", "unique", "único", "única", "единственн", "الوحيد", "唯一"),
    "Stocktaking database": ("inventaire", "recensement", "base de données", "balance", "inventario", "base de datos",
                             "подведени итогов", "подведения итогов", "база данных", "базе данных", "الجرد", "قاعدة بيانات",
                             "盘点", "数据库"),
    "focal point": ("point de contact", "points de contact", "point focal", "points focaux", "centro de coordinación",
                    "centros de coordinación", "punto focal", "puntos focales", "координационн", "контактн",
                    "جهة الاتصال", "جهات الاتصال", "جهات التنسيق", "联络点", "联络人", "协调人"),
    "contact": ("contacter", "s'adresser", "m'adresser", "nous adresser", "contacto", "contactar", "ponerse en contacto",
                "обратиться", "связаться", "الاتصال", "联系"),
    "roadmap": ("feuille de route", "feuilles de route", "hoja de ruta", "hojas de ruta", "дорожн", "خارطة الطريق",
                "خريطة الطريق", "خرائط الطريق", "路线图"),
    "radio-frequency spectrum": ("spectre", "fréquences radioélectriques", "espectro", "спектр", "радиочастот",
                                 "الطيف", "الترددات", "频谱", "无线电频率"),
    "equitable access": ("accès équitable", "acceso equitativo", "справедлив", "النفاذ المنصف", "公平获取", "公平使用"),
    "digital divide": ("fracture numérique", "brecha digital", "цифров разрыв", "цифрового разрыва", "цифровой разрыв",
                       "الفجوة الرقمية", "数字鸿沟"),
    "indicators": ("indicateurs", "indicadores", "показател", "индикатор", "مؤشرات", "المؤشرات", "指标"),
    "measuring": ("mesure", "mesurer", "medición", "medir", "измерени", "измерять", "قياس", "衡量", "测量"),
    "international Internet connectivity": ("connectivité Internet internationale", "connectivité internationale",
                                            "conectividad internacional", "международн подключени", "подключения к интернету",
                                            "التوصيلية الدولية", "الاتصال الدولي بالإنترنت", "国际互联网连接"),
    "Connect the World": ("Connecter le monde", "Conectar el mundo", "Соединим мир", "Подключим мир", "توصيل العالم",
                          "连通世界"),
    "Internet Governance Forum": ("gouvernance de l'Internet", "Gobernanza de Internet", "управления интернетом",
                                  "управлению интернетом", "управления использованием интернета",
                                  "управлению использованием интернета", "إدارة الإنترنت", "互联网治理论坛", "互联网治理"),
    "United Nations Group on the Information Society": ("Groupe des Nations Unies sur la société de l'information",
                                                        "Grupo de las Naciones Unidas sobre la Sociedad de la Información",
                                                        "Группа Организации Объединенных Наций по информационному обществу",
                                                        "فريق الأمم المتحدة المعني بمجتمع المعلومات", "联合国信息社会小组"),
    "Secretary-General": ("Secrétaire général", "Secretario General", "Генеральный секретарь", "Генерального секретаря",
                          "الأمين العام", "秘书长"),
    "expertise": ("compétences", "expertise", "experiencia", "conocimientos especializados", "опыт", "экспертн", "خبرة",
                  "专业经验", "专长"),
    "Plenipotentiary Conference": ("Conférence de plénipotentiaires", "Conferencia de Plenipotenciarios",
                                   "Полномочная конференция", "Полномочной конференции", "مؤتمر المندوبين المفوضين",
                                   "全权代表大会"),
    "Council Working Group": ("Groupe de travail du Conseil", "Grupo de Trabajo del Consejo", "Рабочая группа Совета",
                              "Рабочей группы Совета", "فريق العمل التابع للمجلس", "理事会工作组"),
    "UNESCO": ("ЮНЕСКО", "اليونسكو", "教科文组织"),
    "UNDP": ("PNUD", "ПРООН", "برنامج الأمم المتحدة الإنمائي", "开发计划署"),
    "partnership": ("partenariat", "asociación", "партнерств", "الشراكة", "شراكة", "伙伴关系"),
    "initiative": ("iniciativa", "инициатив", "مبادرة", "倡议"),
    "lead": ("chef de file", "chefs de file", "rector", "rectores", "ведущ", "رائدة", "الرائدة", "牵头"),
    "implementation": ("mise en œuvre", "suivi", "aplicación", "seguimiento", "выполнени", "осуществлени", "последующ",
                       "تنفيذ", "متابعة", "落实", "执行", "后续"),
    "update": ("mise à jour", "actualización", "обновлен", "تحديث", "更新"),
    "project": ("projet", "proyecto", "проект", "مشروع", "项目"),
    "cybersecurity": ("cybersécurité", "ciberseguridad", "кибербезопасност", "الأمن السيبراني", "网络安全"),
    "resolution": ("résolution", "resolución", "резолюци", "القرار", "决议"),
}
# The acts official texts name in set words ("establishes", "is hosted by"), as a question in another UN
# language names them: the only words of such a question that can be compared with an English text's.
ACTS: dict[str, tuple[str, ...]] = {
    "establish create": ("établi", "crée", "créer", "créé", "institue", "instituer", "establece", "establecer",
                         "estableció", "crea", "crear", "creó", "instituye", "учрежда", "учредил", "учредит", "созда",
                         "ينشئ", "أنشأ", "إنشاء", "تنشئ", "设立", "建立", "创建", "创设"),
    "host": ("accueille", "héberge", "hébergé", "acoge", "alberga", "принимающ", "размещ", "يستضيف", "تستضيف",
             "استضافة", "托管", "主办"),
}


# The offices a question asks who holds ("Qui est le directeur du Bureau ?"), in the words of the other UN languages:
# a text that names a person answers only if it gives that office ("Ms Kerstilä, Head of the Infrastructure
# Division" is not the Director of the Bureau).
OFFICES: dict[str, tuple[str, ...]] = {
    "director": ("directeur", "directrice", "director", "directora", "директор", "مدير", "主任", "局长", "司长"),
    "secretary-general": ("secrétaire général", "secretario general", "secretaria general", "генеральн", "الأمين العام",
                          "أمين عام", "秘书长"),
    "chair chairman president": ("président", "presidente", "presidenta", "председател", "رئيس", "主席"),
    "head": ("chef", "jefe", "jefa", "руководител", "глав", "رئيس", "负责人"),
    "focal point contact": ("point focal", "punto focal", "контактн", "جهة الاتصال", "جهة التنسيق", "联络人", "联络点"),
    "minister": ("ministre", "ministro", "ministra", "министр", "وزير", "部长"),
    "governor": ("gouverneur", "gobernador", "gobernadora", "управляющ", "محافظ", "行长"),
}


def _variant(form: str) -> str:
    """A form looked for where a word starts (Latin, Cyrillic); Arabic and Chinese forms anywhere, since
    Arabic joins prefixes to words and Chinese has no spaces."""
    folded = re.escape(fold(form))
    return rf"(?<!\w){folded}" if re.match(r"[a-z\u0400-\u04ff]", fold(form)) else folded


def _patterns(table: dict[str, tuple[str, ...]]) -> list[tuple[str, re.Pattern]]:
    return [(english, re.compile("|".join(_variant(v) for v in variants))) for english, variants in table.items()]


_TERM_PATTERNS = _patterns(TERMS)
_ACT_PATTERNS = _patterns(ACTS)
_OFFICE_PATTERNS = _patterns(OFFICES)


def _english_of(text: str, patterns: list[tuple[str, re.Pattern]]) -> list[str]:
    folded = fold(text)
    return [english for english, pattern in patterns if pattern.search(folded)]


def acts_in_english(text: str) -> list[str]:
    """The English words of the official acts ``text`` names in another language: "crée" -> "establish create"."""
    return _english_of(text, _ACT_PATTERNS)


def offices_in_english(text: str) -> list[str]:
    """The English words of the offices ``text`` names in another language: "directeur" -> "director"."""
    return _english_of(text, _OFFICE_PATTERNS)


_TERM_WORDS = [re.compile(rf"(?:{pattern.pattern})[^\W\u4e00-\u9fff]*") for _, pattern in _TERM_PATTERNS]


def without_terms(text: str) -> str:
    """``text`` (folded) less the words of the WSIS terms it uses in another language: "الاتحاد الدولي للاتصالات"
    is ITU, whose words are not also "international" and "telecommunication" (a Chinese term, less its characters)."""
    folded = fold(text)
    for pattern in _TERM_WORDS:
        folded = pattern.sub(" ", folded)
    return folded


def in_english(text: str) -> list[str]:
    """The English WSIS terms whose other-language forms ``text`` uses: "fracture numérique" -> "digital divide"."""
    return _english_of(text, _TERM_PATTERNS)
