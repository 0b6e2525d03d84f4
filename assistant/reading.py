"""What a question asks, read before anything is retrieved: its language, its parts, the documents,
paragraphs and scope it names, and the kind of fact it wants.

"By when was the forum to be convened, and what deadline was set for the cooperation process?"
is two questions: each part is retrieved and answered on its own. "Which resolutions of the
Plenipotentiary Conference …" is a list restricted to one body. "How much did the fund receive?"
wants a figure: a sentence without one does not answer it, however close its topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.acronyms import acronym_asked
from assistant.back_references import (
    DOCUMENT_KINDS,
    NAME,
    BackReference,
    back_reference,
    body_named,
    document_name,
)
from assistant.facts import asking_words, asks_now, wanted_fact
from corpus import Unit
from corpus.bodies import BODY_PATTERNS
from corpus.dictionary import english_senses, senses_at_start
from corpus.lang import detect
from corpus.refs import Ref, family, find_refs, fold, normalize, years
from index.catalog import Catalog
from index.filters import Filters
from index.lexical import tokenize

# -- parts ---------------------------------------------------------------------------------------
# A second question joined to the first: ", and what …", "; et quand …", "? ¿Y quién …", "以及…".
_SECOND_QUESTION = {
    "en": r"(?:(?:,|;)?\s+and|;)\s+(?=(?:(?:for|in|on|at|by|from|to|with|under|over|during|within|until|since|through)\s+)?"
          r"(?:what|who|whom|which|when|where|why"
          r"|how|whether|by\s+when|is|are|was|were|does|do|did|can|could|should|would|will|shall|must|may|might|has|have"
          r"|had)\b)",
    "fr": r"(?:,|;)?\s+et\s+(?=(?:quel|quelle|quels|quelles|qui|quand|comment|où|pourquoi|que|qu'|combien|à quel"
          r"|à quelle|en quel|en quelle|d'ici|dans quel|dans quelle|est-ce"
          r"|(?:de|à|pour|par|sur|avec|dans|en)\s+(?:quoi|qui|quel|quelle|quels|quelles|combien))\b)",
    "es": r"(?:,|;)?\s+y\s+(?=(?:(?:para|hasta|desde|en|a|de|con|por)\s+)?(?:qué|quién|quiénes|cuándo|cómo|dónde|cuál"
          r"|cuáles|cuánto|cuánta|cuántos|cuántas|por qué)\b)",
    "ru": r"(?:,|;)?\s+(?:и|а)\s+(?=(?:что|чему|чем|кто|кому|кем|когда|как|где|какой|какая|какое|какие|каков|какова"
          r"|каковы|сколько|почему"
          r"|в каком|к какому|до какого|на какой"
          r"|(?:о|об|в|на|с|по|для|от|из|за)\s+(?:ч[её]м|чего|чему|ком|кого|каком|какой|какие|каких|каким|какого|какую"
          r"|сколько))\b)",
    "ar": r"(?:[،,؛;])?\s+و(?=\s*(?:(?:في|ب|حتى)\s*)?(?:ما|ماذا|من|متى|كيف|أين|هل|أي|كم|لماذا))",
    "zh": r"[，,；;]\s*(?:以及|并且|还有|另外|同时)",
}
# A comma alone joins a second question when one starts after it: in English a question word and its verb
# before the subject ("…, what does §96 say, …": a relative clause puts the subject first, "…, where the
# Forum meets"; "which" and "who" after a comma are relative pronouns, "the Fund, which is hosted …"), in
# Spanish its opening mark ("…, ¿quién …?"), in French a few openings that only a question has.
_COMMA_QUESTION = {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in {
    "en": r",\s+(?=(?:what|when|where|why|how)\s+(?:is|are|was|were|does|do|did|will|shall|can|could|should|must"
          r"|has|have|had|many|much|long|often)\b)",
    "fr": r",\s+(?=(?:quel|quelle|quels|quelles)\s+(?:est|sont|était|étaient)\b|combien\b|qu'est-ce\b|que\s+dit\b)",
    "es": r",\s*(?=¿)",
}.items()}
# A question opens with its question word or verb (after a preposition: "By when was …"); "If carriers won't
# disclose what they charge, …" asks nothing before its comma.
_ASKS = {
    "en": re.compile(r"^\s*(?:(?:for|in|on|at|by|from|to|with|under|since|until)\s+)?(?:what|who|whom|whose|which|when"
                     r"|where|why|how|is|are|was|were|does|do|did|will|shall|can|could|should|must|has|have|had)\b",
                     re.IGNORECASE),
    "fr": re.compile(r"^\s*(?:(?:à|en|de|pour|par|dans|d'ici|depuis|jusqu'à)\s+)?(?:quel|quelle|quels|quelles|qui|que|qu'"
                     r"|quoi|quand|combien|comment|où|pourquoi|lequel|laquelle|est-ce)|-t-(?:il|elle)\b", re.IGNORECASE),
    "es": re.compile(r"¿"),
}
# Chinese often joins two questions by a comma alone: "哪个机构托管该基金，其章程又是何时通过的？". A comma
# cuts there only when the words before it and after it each ask something ("根据《议程》，…何时…" is one).
_ZH_COMMA = re.compile(r"[，,；;]")
_ZH_ASKS = re.compile(r"何时|什么时候|多少|谁|哪|什么|如何|怎样|是否|为何|为什么|几")
_QUESTION_END = re.compile(r"(?<=[?？؟])\s*(?=\S)")
MIN_PART_WORDS = 3
"""A "part" shorter than this ("and when?") is not a question of its own: it stays with the first."""

# -- lists ---------------------------------------------------------------------------------------
# "Which resolutions …", "list the agencies …", "quelles résolutions", "какие резолюции", "哪些".
_LIST = {
    # "which five Member States": the count asked of is no noun
    "en": re.compile(r"\b(?:which|what|list|name|all|every)\s+(?:(?:the|of|are|were|ITU|ITU's|WSIS|main|other|two|three"
                     r"|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)*"
                     # "which kinds of companies" lists companies
                     r"(?:(?:kind|type|sort|form)s?\s+of\s+)?(?:\w+\s+)??(?P<noun>[a-z]{3,}(?<!s)(?<!ou)s)\b", re.IGNORECASE),
    # "all countries" quantifies; it does not ask for a list
    "fr": re.compile(r"\b(?:quels|quelles|lesquels|lesquelles|énumérez|citez)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:qué\s+(?!(?:es|son)\b)\w+s|cuáles|enumere|enumera)\b", re.IGNORECASE),  # "qué es" asks what
    "ru": re.compile(r"\b(?:какие|каких|каковы|перечислите|назовите)\b", re.IGNORECASE),
    # "ما هي القرارات", and before the body that holds them (no article): "ما هي قرارات المؤتمر"; the
    # broken plurals the WSIS texts list ("خطوط العمل", "المخاطر") do not end in ات
    "ar": re.compile(r"ما\s*(?:هي\s+)?(?:ال)?(?:\w+ات|خطوط|مخاطر|دول|بلدان|أهداف|أنشطة|شركاء|وثائق|مبادئ|تدابير|مشاريع|عناصر"
                     r"|برامج|أعضاء|مراكز)\b|أي\s+(?:ال)?\w+ات\b|اذكر"),
    "zh": re.compile(r"哪些|列出"),
}
# "What are roadmaps?", "What are the roadmaps?": nothing but the plural asks what they are, not which there are
_WHAT_THEY_ARE = re.compile(r"^\s*what\s+are\s+(?:the\s+)?[a-z][\w-]*s\s*\??\s*$", re.IGNORECASE)
_NOT_PLURAL = {"does", "is", "was", "has", "this", "its", "his", "us", "as", "thus", "plus", "across", "unless", "documents",
               "focus", "status", "basis", "process"}
# After a noun, "works on", "leads the", "meets in" are verbs: a plural the question lists is
# followed by a verb ("resolutions concern", "lines is"), not by a preposition or an object.
_AFTER_VERB = {"on", "in", "with", "to", "at", "by", "for", "from", "the", "a", "an", "it", "them", "this",
               "that", "its", "their", "about", "over", "under", "up", "out", "into", "across", "through"}

# -- scope of a list -----------------------------------------------------------------------------
_SINCE = re.compile(r"\b(?:since|after|from|depuis|après|desde|después\s+de|с|после)\s+(?P<year>(?:19|20)\d{2})\b"
                    r"|(?P<zh>(?:19|20)\d{2})年(?:以来|以后|之后)|منذ\s+(?P<ar>(?:19|20)\d{2})", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:before|until|up\s+to|avant|jusqu'en|antes\s+de|hasta|до)\s+(?P<year>(?:19|20)\d{2})\b"
                    r"|(?P<zh>(?:19|20)\d{2})年(?:以前|之前)|قبل\s+(?P<ar>(?:19|20)\d{2})", re.IGNORECASE)
_KIND_WORDS = {
    "resolution": r"resolutions|résolutions|resoluciones|резолюци(?:и|й|ях|ям|ями)\b|(?:ال)?قرارات|决议",
    "roadmap": r"roadmaps|road maps|feuilles de route|hojas de ruta|дорожн\w+ карт|خرائط الطريق|خارطات|路线图",
}


@dataclass(frozen=True)
class Part:
    """One question of what was asked (most questions are one part)."""

    text: str
    query: str = ""
    """What is searched for it first: a later part after the part before it, which says what "it" is in
    "…, and which institution hosts it?" and what "…, and in what year?" asks the year of."""
    refs: tuple[Ref, ...] = ()
    """Paragraphs, clauses and resolutions it names, each scoped to the document named with it."""
    documents: tuple[str, ...] = ()
    """Held document families it names ("the Kigali Agenda"): it is answered from their own units."""
    listing: bool = False
    """It asks for several things ("which resolutions …"), not one."""
    noun: str | None = None
    """The stemmed plural an English list question asks for ("resolut")."""
    scope: Filters = field(default_factory=Filters)
    """What a list is restricted to, read from the question: a body, a kind of document, years."""
    wants: str | None = None
    """NUMBER, SHARE, MONEY, CHARGE, FREQUENCY, MOMENT or DATE when the question asks for a figure, a charge or a time,
    PERSON for who holds an office, else None."""
    counted: str | None = None
    """What "how many …" counts ("megahertz", "indicators"): the figure must be a count of it."""
    counted_english: tuple[str, ...] = ()
    """What "combien de …", "сколько …", "كم عدد …", "多少…" counts, as the English words the dictionary gives for it,
    stemmed ("combien de membres" -> ("member",)): an English text answers with a number of it when it names it."""
    focus: str | None = None
    """The kind of thing "what …" or "which …" asks for ("which ports does …" -> "port"), stemmed."""
    focus_english: tuple[str, ...] = ()
    """The same of a question in another language, as the English words the dictionary gives for it, stemmed
    ("Dans quelle ville …" -> ("citi",)): English texts are checked for it as for an English question's."""
    now: bool = False
    """It asks how things stand now ("so far", "currently", "à ce jour"), not at a date a text names."""
    acronym: str | None = None
    """The acronym it asks only the meaning of ("What is WSIS?", "Qu'est-ce que le SMSI ?" -> "WSIS")."""
    section: str | None = None
    """The part of a document it names by numeral or letter ("section III", "part B" -> "III", "B")."""
    topic: tuple[str, ...] = ()
    """The section it names by its heading's words ("the risks section", "the section on resources"), stemmed."""
    leans_back: bool = False
    """A later part that speaks of what the part before asked about by a pronoun ("и что в них включается?", "and what
    do they include?"): the units that answered that part are about its subject too."""
    back: BackReference | None = None
    """A later part's "that resolution", "cette résolution", "该决议": what the part before identified."""
    came_about: bool = False
    """A later part that asks what actually came about ("…, and when did the Board actually approve them?"), set
    against what the part before asked of a plan: neither the plan's document nor its answer is its subject."""
    ahead: bool = False
    """Its documents are named only by a part asked after it: "By when should each Member State adopt its strategy,
    and where does Resolution 47 invite it to publish it?" may ask the first of Resolution 47, or of the texts at large
    ("What coverage target, and what price target does the Agenda set?" asks both of the Agenda)."""

    @property
    def searches(self) -> tuple[str, ...]:
        """What is searched for it, in turn until a search finds units that answer: after the part before
        it, then alone ("…, and what report tracks its progress?": what "its" pointed to was the document
        the part is limited to anyway, and the first part's words only lead the search away)."""
        return tuple(dict.fromkeys((self.query or self.text, self.text)))


@dataclass(frozen=True)
class Reading:
    question: str
    lang: str
    parts: tuple[Part, ...]

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(d for p in self.parts for d in p.documents))


_PRONOUN = re.compile(r"\b(?:its|it|their|they|them)\b", re.IGNORECASE)
# The pronouns of the six languages by which a part speaks of what the part before asked about
_LEANS_BACK = re.compile(
    _PRONOUN.pattern + r"|\b(?:ils|elles|leur|leurs|ellos|ellas|sus?)\b"
    r"|(?<!\w)(?:них|они|их|ним|ними|него|неё|нее|нём|нем|его|её|ей|ему|ими)(?!\w)"
    r"|(?<!\w)(?:فيها|منها|لها|عنها|فيه|منه|عنه)(?!\w)|它们|它|其", re.IGNORECASE)


# The pronouns by which a part speaks of a person ("… and how can I contact him?", "и как с ним связаться?"). Not
# "il", "elle", "él", "он", "она": a committee or a resolution is one as well ("… et quand a-t-il été créé ?")
_OF_A_PERSON = re.compile(
    r"\b(?:him|her|he|she|his|hers|lui)\b"
    r"|(?<!\w)(?:ним|него|нему|нём|нем|ней|нее|неё|нею)(?!\w)|(?<!\w)(?:معه|معها|إليه|إليها)(?!\w)"
    r"|他|她", re.IGNORECASE)


def of_a_person(text: str) -> bool:
    """Whether a later part speaks of a person by a pronoun: of the one the part before asked who is."""
    return bool(_OF_A_PERSON.search(text))


def says_nothing_else(part: Part, lang: str) -> bool:
    """Whether a part holds no word besides those asking for the kind of fact it wants ("…, and on what date?"): it
    asks of what the part before asked about, and of nothing else."""
    own = set(tokenize(part.text, lang)) - set(tokenize(asking_words(part.text, part.wants), lang))
    return bool(part.wants) and not own


# A later part asks what actually came about, against what the part before read in a document: "…, and when did the
# Board actually approve them?", "… a-t-il finalement été inauguré ?", "… se celebró realmente?"
_ACTUALLY = re.compile(
    r"\b(?:actually|in\s+fact|in\s+the\s+end|eventually|réellement|effectivement|finalement|en\s+réalité|en\s+fait"
    r"|realmente|efectivamente|finalmente|en\s+realidad)\b|(?<!\w)(?:фактически|на\s+самом\s+деле|в\s+итоге"
    r"|в\s+действительности)(?!\w)|فعلياً|فعليا|الفعلي|في\s+الواقع|实际|最终", re.IGNORECASE)


def read(question: str, catalog: Catalog, lang: str | None = None) -> Reading:
    """The question's language and parts; documents it names that the index holds, via ``catalog``."""
    lang = lang or detect(question)
    texts = split_parts(question, lang)
    # A document named in one part is the context of the parts that name none: "What coverage target,
    # and what price target does the Kigali Agenda set?" asks both of the Agenda.
    named = catalog.asked_of(question)
    parts = []
    for i, text in enumerate(texts):
        query = f"{texts[i - 1]} {text}" if i else text
        # "Under Resolution 19, by when was the K2 roadmap to be published, and when is its next edition due?":
        # "its" is the roadmap's, which the part before speaks of under the resolution it cites as its source
        context = (tuple(dict.fromkeys((*named, *catalog.named(texts[i - 1])))) if i and _PRONOUN.search(text)
                   else named)
        came_about = bool(i and _ACTUALLY.search(text))
        if came_about:
            # "Selon l'Agenda, à quelle date le Centre devait-il être opérationnel, et avec combien d'avance a-t-il
            # finalement été inauguré ?": what came about, set against the plan, is not the plan's to say
            context = ()
        part = replace(read_part(text, catalog, lang, context, query), came_about=came_about,
                       ahead=bool(named) and not catalog.asked_of(" ".join(texts[: i + 1])))
        parts.append(replace(part, back=back_reference(text, lang), leans_back=bool(_LEANS_BACK.search(text)))
                     if i else part)
    return Reading(question=question, lang=lang, parts=tuple(parts))


def read_back(part: Part, before: Sequence[Unit], catalog: Catalog, lang: str) -> Part | None:
    """``part`` with what its back-reference points to named in its place, ``before`` being the units that answered
    the part before: "what is that resolution about?" after an answer from a unit that cites Res. 140 -> "what is
    Resolution 140 about?" (the document that answered, else one it cites, else one the question names); "how many
    members does that body have?" after "…the Board of Governors of the Fund adopted …" -> "… does Board of
    Governors have?". None when they identify nothing it can point to: the part before went unanswered, or what
    answered it names no document or body of that kind. "That paragraph" is left as it is, searched after the
    part before."""
    back = part.back
    if back is None:
        return part
    if back.kind == NAME:
        name = body_named(back.head, before, part.query)
        return _named_instead(part, back, name, catalog, lang) if name else None
    if back.kind not in DOCUMENT_KINDS:
        return part if before else None
    candidates = [*(family(u.doc) for u in before), *(family(ref.partition(":")[0]) for u in before for ref in u.refs),
                  *part.documents]
    for fam in dict.fromkeys(candidates):
        name = document_name(fam, back.kind, catalog, lang)
        if name:
            return _named_instead(part, back, name, catalog, lang)
    return None


def _named_instead(part: Part, back: BackReference, name: str, catalog: Catalog, lang: str) -> Part:
    text = part.text.replace(back.phrase, name, 1)
    return replace(read_part(text, catalog, lang, part.documents, text), back=None)


def split_parts(question: str, lang: str) -> list[str]:
    """The questions a question holds, in the order asked."""
    question = question.strip()
    pattern = re.compile(_SECOND_QUESTION.get(lang, _SECOND_QUESTION["en"]), re.IGNORECASE)
    cuts = sorted({m.start() for m in _QUESTION_END.finditer(question)} | {m.start() for m in pattern.finditer(question)}
                  | (_zh_comma_cuts(question) if lang == "zh" else _comma_cuts(question, lang)))
    # Spans of the question between the cuts: merging two neighbours gives back the words as asked.
    spans = [(a, b) for a, b in zip([0, *cuts], [*cuts, len(question)], strict=True) if question[a:b].strip()]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = _clean_part(question[start:end], pattern)
        if merged and (_word_count(piece) < MIN_PART_WORDS
                       or _word_count(_clean_part(question[slice(*merged[-1])], pattern)) < MIN_PART_WORDS):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    parts = [part for start, end in merged for part in _shared_frame(_clean_part(question[start:end], pattern), lang)]
    return parts or [question]


def _comma_cuts(question: str, lang: str) -> set[int]:
    """Commas that a second question follows, after words that ask one themselves ("According to the Agenda,
    when will …" is one question)."""
    after = _COMMA_QUESTION.get(lang)
    if after is None:
        return set()
    cuts = set()
    start = 0
    for match in after.finditer(question):
        if _ASKS[lang].search(question[start:match.start()]):
            cuts.add(match.start())
            start = match.start() + 1
    return cuts


def _zh_comma_cuts(question: str) -> set[int]:
    commas = [m.start() for m in _ZH_COMMA.finditer(question)]
    bounds = [0, *commas, len(question)]
    return {bounds[i] for i in range(1, len(bounds) - 1)
            if _ZH_ASKS.search(question[bounds[i - 1]:bounds[i]]) and _ZH_ASKS.search(question[bounds[i]:bounds[i + 1]])}


def _clean_part(piece: str, joiner: re.Pattern) -> str:
    """A part without the conjunction that joined it to the one before: "and what deadline …" -> "what deadline …"."""
    match = joiner.match(piece)
    return (piece[match.end():] if match else piece).strip(" ,;，；")


# "What does it say on X and on Y?": one frame, two subjects, each asked as its own part.
_SHARED_FRAME = {
    "en": re.compile(r"^(?P<frame>.*?\b(?P<prep>on|about|regarding|concerning|for))\s+(?P<a>.+?)\s+and\s+(?P=prep)\s+(?P<b>.+)$",
                     re.IGNORECASE),
    "fr": re.compile(r"^(?P<frame>.*?\b(?P<prep>sur|concernant|pour))\s+(?P<a>.+?)\s+et\s+(?P=prep)\s+(?P<b>.+)$",
                     re.IGNORECASE),
    "es": re.compile(r"^(?P<frame>.*?\b(?P<prep>sobre|acerca de|para))\s+(?P<a>.+?)\s+y\s+(?P=prep)\s+(?P<b>.+)$",
                     re.IGNORECASE),
}
# The words that ask for a time ("in what year?", "et à quelle date ?", "и в каком году?", "在哪一年？"),
# stemmed as the index stems them: they name the kind of fact wanted, which an answer states ("by 2030"),
# not a word it must hold.
WHEN_WORDS = {lang: frozenset(tokenize(words, lang)) for lang, words in {
    "en": "year years date dates month day time deadline when",
    "fr": "année an ans date mois jour délai quand",
    "es": "año años fecha mes día plazo cuándo",
    "ru": "каком какой году год дата дату месяц срок когда",
    "ar": "وفي في أي سنة عام تاريخ موعد متى",
    "zh": "在哪一年 哪年 何时 什么时候 日期",
}.items()}


def _shared_frame(clause: str, lang: str) -> list[str]:
    pattern = _SHARED_FRAME.get(lang)
    match = pattern.match(clause) if pattern else None
    if not match or _word_count(match["a"]) > 12:
        return [clause]
    return [f"{match['frame']} {match['a']}", f"{match['frame']} {match['b']}"]


def _word_count(text: str) -> int:
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    return len(text.split()) + han // 2


def read_part(text: str, catalog: Catalog, lang: str, context: tuple[str, ...] = (), query: str | None = None) -> Part:
    """One part; ``context``: the documents the whole question names, for a part that names none;
    ``query``: what to search for it, when the part alone does not say (it points back)."""
    cued = catalog.cued(text)
    documents = cued or catalog.named(text) or context
    refs, whole = _scoped_refs(find_refs(text), documents, catalog)
    documents = tuple(dict.fromkeys((*documents, *whole)))
    listing, noun = list_question(text, lang)
    scope = list_scope(text, catalog) if listing else Filters()
    if scope.kinds and not cued:
        # "Which resolutions mention the Marenvik Agenda?": resolutions are not found in an agenda; the one it
        # names without a cue ("in", "does …") is what they speak of, not where to look.
        documents = tuple(d for d in documents if d not in catalog.documents or catalog.documents[d].kind in scope.kinds)
    return Part(text=text, query=query or text, refs=refs, documents=documents, listing=listing, noun=noun,
                scope=scope, wants=wanted_fact(text),
                counted=counted_noun(text, lang), focus=focus_noun(text, lang),
                focus_english=focus_in_english(text, lang), counted_english=counted_in_english(text, lang),
                now=asks_now(text),
                acronym=acronym_asked(text), section=section_asked(text), topic=section_topic(text, lang))


def _scoped_refs(refs: tuple[Ref, ...], documents: tuple[str, ...], catalog: Catalog) -> tuple[tuple[Ref, ...], tuple[str, ...]]:
    """"paragraph 35" in a question naming the Kigali Agenda is the Agenda's §35. A held document named
    as a whole ("Resolution 48", whatever id the registry would give it) is a document to answer from,
    not a reference: returned apart."""
    out: list[Ref] = []
    whole: list[str] = []
    for ref in refs:
        if ref.locator is None:
            number = re.search(r"(\d+)$", ref.doc or "")
            held = catalog.resolution(number[1]) if number else None
            held = held or (ref.doc if ref.doc in catalog.documents else None)
            if held:
                whole.append(held)
            else:
                out.append(ref)
        elif ref.doc is None and len(documents) == 1:
            out.append(Ref(documents[0], ref.locator))
        else:
            out.append(ref)
    return tuple(dict.fromkeys(out)), tuple(dict.fromkeys(whole))


def list_question(text: str, lang: str) -> tuple[bool, str | None]:
    """Whether the question asks for a list, and (in English) the stemmed plural it lists."""
    pattern = _LIST.get(lang)
    if pattern is None:
        return False, None
    if lang != "en":
        return bool(pattern.search(text)), None
    if _WHAT_THEY_ARE.match(text):
        return False, None
    for match in pattern.finditer(text):
        noun = match["noun"]
        following = text[match.end():].split(maxsplit=1)
        if following and following[0].lower().strip("?,.;:") in _AFTER_VERB:
            continue
        if noun.lower() not in _NOT_PLURAL and not noun.isupper():  # "UNGIS" is a name, not a plural
            stems = tokenize(noun.lower(), "en")
            return True, stems[0] if stems else None
    return False, None


_COUNTED = {
    "en": re.compile(r"\bhow\s+many\s+(?P<noun>[a-z][\w-]*)", re.IGNORECASE),
    "fr": re.compile(r"\bcombien\s+d[e']\s*(?P<noun>\w+)", re.IGNORECASE),
    "es": re.compile(r"\bcu[aá]nt[oa]s\s+(?P<noun>\w+)", re.IGNORECASE),
}


_FOCUS = re.compile(
    # "what else do the roadmaps set out?" asks of no thing named
    r"\b(?:what|which)\s+(?!else\b)(?:(?:kind|type|sort|form)s?\s+of\s+)?(?P<phrase>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:does|do|did|is|are|was|were|will|would|should|must|can|could|has|have|had|shall|may"
    # or a verb that says only that the thing is there: "What penalty applies to operators that …?"
    r"|applies|apply|exists|exist|happens|happen|occurs|occur|remains|remain)\b",
    re.IGNORECASE,
)


# Words that name the kind of fact wanted, not a thing the texts must speak of: "what date",
# "which year", "what share" are answered by a date, a year, a figure.
_FACT_KINDS = frozenset(tokenize(
    "date dates year years month day time period deadline number amount sum share percentage proportion rate figure "
    "total level size name names kind type role purpose aim goal objective way means part step steps thing things "
    # the kind of figure a target is: "What ceiling did the Summit set for …?" is answered by "not to exceed 3 per cent"
    "target targets ceiling ceilings cap caps limit limits threshold thresholds maximum minimum quota timeframe "
    "timetable timeline "
    "one ones point points body bodies entity entities organization organizations country countries "
    # hypernyms a question uses for the kind of answer it expects: "for which meeting" -> "TDAG"
    "meeting meetings event events basis group groups forum document documents text texts instrument mechanism "
    "process institution institutions agency agencies partner partners initiative initiatives programme programmes "
    "measure measures action actions activity activities issue issues matter matters topic topics area areas "
    "subject subjects provision provisions decision decisions commitment commitments "
    # what a thing is made of: "What elements does each roadmap include?" asks for its contents, in the text's words
    "element elements component components aspect aspects feature features item items detail details content "
    # "in what manner" asks how ("Каким образом …?")
    "contents manner manners "
    # "In which fields does the Union have expertise?": the fields are the text's own words ("standardization, …")
    "field fields domain domains category categories respect respects "
    # "Which paragraphs of the Tunis Agenda …?" asks for citable units, which a text numbers without calling them so
    # ("§ 112 to § 115 of TAIS")
    "paragraph paragraphs clause clauses section sections article articles", "en"))


# "section III", "part B", "chapitre II", "sección B", "раздел III": a part of an agenda by its numeral or
# letter. (A roadmap's numbered sections are units of their own, named by number as paragraphs are.)
_SECTION = re.compile(r"(?i:\b(?:section|part|chapter|partie|chapitre|secci[oó]n|parte|cap[ií]tulo|раздел[а-я]*|част[ьи]"
                      r"|глав[аы]))\s+(?P<x>[IVXLC]{1,6}|[A-Z])(?![\w.])")


_PRONOUN_I = re.compile(r"\s+(?:am|was|have|had|do|did|should|must|need|can|could|would|will|want|think|read|ask)\b",
                        re.IGNORECASE)


def section_asked(text: str) -> str | None:
    """The numeral or letter of the part of a document the text names ("What does section III say?" -> "III").
    "I" before a verb is the pronoun: "Which part I should read first?" names no part I."""
    for match in _SECTION.finditer(text):
        if match["x"] == "I" and _PRONOUN_I.match(text, match.end()):
            continue
        return match["x"]
    return None


# "the risks section of the K2 roadmap", "the section on resources", "the financing chapter": a section
# named by its heading's words (English questions).
_TOPIC = re.compile(
    r"\bthe\s+(?P<a>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}?)\s+(?:section|chapter)\b"
    r"|\b(?:section|chapter)\s+(?:on|about|dealing\s+with)\s+(?P<b>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:of|in)\b|\s*[?.,]|\s*$)", re.IGNORECASE)


def section_topic(text: str, lang: str) -> tuple[str, ...]:
    """The stemmed words of the heading a question names a section by (English questions): "What does the
    risks section of the K2 roadmap say?" -> ("risk",)."""
    match = _TOPIC.search(text) if lang == "en" else None
    if not match:
        return ()
    return tuple(t for t in tokenize(match["a"] or match["b"], lang) if t not in _NOT_TOPICS)


_NOT_TOPICS = frozenset(tokenize("first second third fourth fifth sixth seventh eighth ninth tenth last next "
                                 "previous same whole entire following which what this that", "en"))


def focus_noun(text: str, lang: str) -> str | None:
    """The stemmed head of what "what X does …" / "which X will …" asks for (English questions), unless
    it only names the kind of fact wanted ("what date …")."""
    match = _FOCUS.search(text) if lang == "en" else None
    if not match:
        return None
    stems = tokenize(match["phrase"].split()[-1], lang)
    return stems[0] if stems and stems[0] not in _FACT_KINDS else None


# "Which …?" in the other UN languages, with the word asked of, on folded text (accents kept off: "qué" is a
# question, "que" also joins a clause, so Spanish is read before folding). Not Arabic's "أي" of a yes/no question
# ("هل هناك أي حد …?": "is there any limit"), nor Chinese "为什么" (why).
_FOCUS_ACROSS = {
    "fr": re.compile(r"\bquel(?:le)?s?\s+(?:(?:sorte|type|genre|forme|categorie)s?\s+d[e'’]\s*)?(?P<noun>\w+)\b"),
    "es": re.compile(r"(?:^|[\s¿¡(])(?:qué|cuál(?:es)?)\s+(?:(?:tipo|clase|forma)s?\s+de\s+)?(?P<noun>\w+)\b"
                     r"(?!\s+(?:el|la|los|las|lo|le|les|un|una|al|del)\b)"),
    # folded, "й" is "и": "какой" reads "какои"
    "ru": re.compile(r"\bкак(?:о[йи]|ая|ое|ие|ого|ому|ом|ую|им|ими|их)\s+(?P<noun>\w+)"),
    # or "ما الغرامة التي …": "what fine that …"
    "ar": re.compile(r"^(?!\s*هل\b)(?:.*?(?:^|\s)(?:في|من|الى|على|عن|ب|ل)?\s*اي(?:ة)?\s+|\s*ما\s+(?=ال\w+\s+(?:التي|الذي)\b))"
                     r"(?P<noun>\w+)"),
    "zh": re.compile(r"(?:哪一个|哪几个|哪个|哪些|哪一|哪家|哪座|(?<!为)什么)(?P<noun>\S+)"),
}
# Adjectives French and Spanish put before the noun; Russian ones, by their endings
_BEFORE_NOUN = {
    "fr": frozenset(fold(w) for w in "grand grande grands grandes petit petite petits petites nouveau nouvel nouvelle "
                    "nouveaux nouvelles premier première premiers premières dernier dernière derniers dernières "
                    "principal principale principaux principales seul seule seuls seules autre autres meilleur "
                    "meilleure meilleurs meilleures prochain prochaine prochains prochaines même mêmes".split()),
    "es": frozenset(fold(w) for w in "gran grandes nuevo nueva nuevos nuevas primer primero primera primeros primeras "
                    "último última últimos últimas principal principales único única únicos únicas otro otra otros "
                    "otras mejor mejores próximo próxima próximos próximas mismo misma mismos mismas".split()),
}
# Folded, "ый" and "ой" read "ыи" and "ои"; not "ий" as "ии", the ending of nouns too ("направлений", "организации")
_RUSSIAN_ADJECTIVE = re.compile(r"(?:ы[йи]|ий|о[йи]|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ым|им|ых|их|ыми|ими)$")
# Numbers a question puts before the noun it asks of ("quelles trois grandes orientations", "qué tres líneas",
# "каких трёх направлений"): what is asked of is the noun, not the count. Folded.
_COUNT_WORDS = {
    "fr": frozenset("deux trois quatre cinq six sept huit neuf dix douze".split()),
    "es": frozenset("dos tres cuatro cinco seis siete ocho nueve diez doce".split()),
    "ru": frozenset("два две двух двум трех три четыре четырех пять пяти шесть шести семь семи восемь восьми "
                    "девять девяти десять десяти".split()),
}
_NOT_ASKED_OF = frozenset("est sont etait etaient sera seront es son fue fueron sera seran ha han se".split())


def focus_in_english(text: str, lang: str) -> tuple[str, ...]:
    """The English words, stemmed, that the thing a question in another language asks "which …" of may stand
    for ("En qué ciudad se celebrará …?" -> ("citi",)); none when the dictionary does not know the word, or when
    it names the kind of fact wanted ("quelle date", "какой страны")."""
    pattern = _FOCUS_ACROSS.get(lang)
    read = text.lower() if lang == "es" else fold(text)
    match = pattern.search(read) if pattern else None
    if not match or match["noun"] in _NOT_ASKED_OF:
        return ()
    rest = _past_adjective(read[match.start("noun"):], lang)
    stems = tuple(dict.fromkeys(tokenize(" ".join(senses_at_start(rest, lang)), "en")))
    return () if not stems or any(t in _FACT_KINDS for t in stems) else stems


def _past_adjective(text: str, lang: str) -> str:
    """``text`` from its noun: past the adjectives and the count put before it ("quelles grandes orientations",
    "какую процентную ставку", "combien de nouveaux points", "qué tres líneas")."""
    for _ in range(3):  # "quelles trois grandes orientations": a count, then an adjective
        first, *after = text.split(maxsplit=1)
        before = (fold(first) in _BEFORE_NOUN.get(lang, ()) or fold(first) in _COUNT_WORDS.get(lang, ())
                  or first.isdigit() or (lang == "ru" and _RUSSIAN_ADJECTIVE.search(first)))
        if not (after and before):
            return text
        text = after[0]
    return text


def counted_noun(text: str, lang: str) -> str | None:
    """The stemmed noun "how many …" counts, when the question names one."""
    pattern = _COUNTED.get(lang)
    match = pattern.search(text) if pattern else None
    if not match:
        return None
    noun = _english_head(text[match.start("noun"):]) if lang == "en" else match["noun"]
    stems = tokenize(noun, lang)
    return stems[0] if stems else None


def _english_head(phrase: str) -> str:
    """The noun of "how many core indicators will …", "how many new exchange points …": past the words that describe
    it, to the first plural within three words; the first word when none is ("how many people are …")."""
    words = re.findall(r"[A-Za-z][\w-]*", phrase)[:3]
    for word in words:
        if word.lower() in _NOT_PLURAL:
            break
        if word.lower().endswith("s") and not word.lower().endswith("ss"):
            return word
    return words[0] if words else phrase


# "how many …" in the other languages, with the noun counted (Chinese may put a measure word between)
_COUNTED_ACROSS = {
    **{lang: _COUNTED[lang] for lang in ("fr", "es")},
    "ru": re.compile(r"\bсколько\s+(?P<noun>\w+)", re.IGNORECASE),
    "ar": re.compile(r"كم\s+(?:عدد\s+)?(?P<noun>\S+)"),
    "zh": re.compile(r"多少(?:个|名|项|家|座|位|条|所)?(?P<noun>\S+)"),
}


def counted_in_english(text: str, lang: str) -> tuple[str, ...]:
    """The English words, stemmed, that what a question in another language counts may stand for."""
    pattern = _COUNTED_ACROSS.get(lang)
    match = pattern.search(fold(text)) if pattern else None
    if not match:
        return ()
    rest = _past_adjective(fold(text)[match.start("noun"):], lang)
    noun = rest.split()[0]
    senses = _chinese_head(rest) if lang == "zh" else senses_at_start(rest, lang)
    if lang in ("fr", "es") and noun.endswith("s"):
        senses += senses_at_start(noun[:-1], lang)  # "membres" is read as "membership" and as "membre"
    return tuple(dict.fromkeys(tokenize(" ".join(senses), "en")))


def _chinese_head(text: str) -> tuple[str, ...]:
    """What "多少…" counts: the noun right after it ("多少名成员组成" -> "member"), or, past the words that describe it
    ("多少个新的互联网交换点"), the last word of the noun they describe: a Chinese noun is headed by its last word."""
    phrase = re.split(r"[？?，,。；;！!：:]", text)[0]
    described = phrase[:_DESCRIBED_WITHIN].rfind("的")
    if described < 0:
        return senses_at_start(text, "zh")
    noun = phrase[described + 1:]
    if not re.fullmatch(r"[？?。]?\s*", text[len(phrase):]):
        return senses_at_start(noun, "zh")  # a verb may follow the noun: its first word, read alone
    words = english_senses(noun, "zh")
    return words[-1] if words else ()


_DESCRIBED_WITHIN = 5
"""How far after "多少" a "的" still ends a word or two that describe the counted noun ("新的", "正常运行的"): further,
it ends a clause whose subject is the counted noun ("多少个成员国拥有正常运行的互联网交换点" counts member States)."""


def list_scope(text: str, catalog: Catalog) -> Filters:
    """The body, kind of document and years a list question is restricted to, when the index can honour them."""
    folded = fold(text)
    bodies = tuple(body for body, pattern in BODY_PATTERNS.items() if re.search(pattern, folded, re.IGNORECASE))
    held_kinds = {d.kind for d in catalog.documents.values()}
    kinds = tuple(kind for kind, pattern in _KIND_WORDS.items()
                  if kind in held_kinds and re.search(pattern, folded, re.IGNORECASE))
    since = _year(_SINCE.search(normalize(text)))
    until = _year(_UNTIL.search(normalize(text)))
    if since is None and until is None and len(set(years(text))) == 1 and bodies:
        # "the resolutions of the 2010 Plenipotentiary Conference": that year's
        since = until = years(text)[0]
    return Filters(bodies=bodies, kinds=kinds, since=since, until=until)


def _year(match: re.Match | None) -> int | None:
    if match is None:
        return None
    value = match["year"] or match["zh"] or match["ar"]
    return int(value) if value else None
