"""The documents an index holds, by the names a delegate calls them.

"the Tunis Agenda", "Agenda de Túnez", "WSIS-05/TUNIS/DOC/6(Rev.1)", "Resolution 48", "the D3 roadmap":
each names one document family (a document and its translations, ``tais`` and ``tais-fr``). Names
come from the registry for registered documents, and from the documents themselves (their titles
and the labels their units carry) for any other file an operator adds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from corpus import Unit, load_registry
from corpus.lang import detect
from corpus.refs import RESOLUTION_RE, document_mentions, family, fold
from index.lexical import tokenize

# "Roadmap" in the six languages: with an action-line code ("C5", "D3") it names a roadmap.
_ROADMAP_WORD = re.compile(r"roadmap|road map|feuille de route|hoja de ruta|дорожн\w* карт\w*|خارطة|خريطة|路线图")
_ACTION_LINE = re.compile(r"(?<![a-z0-9])([a-z]\d{1,2})(?![a-z0-9])", re.IGNORECASE)
# Words just before a document's name that make it the question's source, not its subject matter:
# "according to the …", "under …" say so outright; "does the …", "paragraph 35 of the …" say it too,
# less firmly ("what must the roadmap set out, according to Resolution 19?" asks the resolution).
_ARTICLE = r"\s*(?:the|le|la|l'|el|los|las)?\s*$"
_FIRM_CUE = re.compile(
    r"(?:\baccording\s+to|\bunder|\bin|\bper|\bwithin|\bselon|\bdans|\bd'apres|\ben\s+vertu\s+de|\bsegun|\ben"
    r"|\bсогласно|\bв|وفقا\s+ل{1,2}|بموجب\s+(?:ال)?|根据|按照|依据)" + _ARTICLE
)
_CUE = re.compile(
    r"(?:\bdoes|\bdo|\bdid|\bwill|\bwould|\bshould|\bmust|\bcan|\bshall|\bmay|^"
    r"|(?:§+|\bparagraphs?|\bparas?\.?|\bsections?|\bclauses?|\bannex|\bresolves|\brecalling|\bconsidering|\bnoting"
    r"|\binvites|\binstructs|\bpart)[^,;?]{0,30}?\bof)" + _ARTICLE
)
# A document's kind in the six languages (folded), to know its name said in another language:
# "l'Agenda de Marenvik", "Маренвикская повестка дня", "برنامج عمل مارنفيك" are the Marenvik Agenda.
_AGENDA = r"\bagenda\b|повестк\w*|برنامج\s+(?:ال)?عمل|جدول\s+(?:ال)?اعمال|(?:ال)?اجندة|议程"
_KIND_WORDS = {
    # Arabic calls an agenda named by its place a plan of action too ("خطة عمل كالفورا"); alone, "خطة العمل" is not
    # an agenda (it is the Geneva Plan of Action's name), so not in _THE_KIND below
    "agenda": re.compile(_AGENDA + r"|خطة\s+(?:ال)?عمل"),
    "declaration": re.compile(r"\bdeclaration\b|\bdeclaracion\b|декларац\w*|اعلان|宣言"),
}
# A document named by its kind alone, in the six languages (folded; French elides its article: "selon l'Agenda"): not
# "the Agenda for …" nor "resolution 19", the start of a name
_THE_KIND = re.compile(
    rf"(?:(?<=\s)|(?<=['’])|^)(?:(?P<agenda>{_AGENDA})"
    r"|(?P<resolution>resolution|resolucion|резолюц\w*|(?:ال)?قرار|决议)"
    r"|(?P<roadmap>roadmap|feuille\s+de\s+route|hoja\s+de\s+ruta|дорожн\w*\s+карт\w*|خريطة\s+(?:ال)?طريق|路线图))"
    r"(?!\s*(?:\d|for\b|on\b|of\b|de\b|del\b|pour\b|para\b|sur\b))")
_TO_LATIN = str.maketrans(dict(pair.split("=") for pair in (
    "а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch "
    "ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya "
    "ا=a ب=b ت=t ث=th ج=j ح=h خ=kh د=d ذ=dh ر=r ز=z س=s ش=sh ص=s ض=d ط=t ظ=z ع= غ=gh ف=f ق=q ك=k ل=l م=m ن=n ه=h "
    "ة=h و=w ي=y ى=a ء="
).split()))
_NAME_WORD = re.compile(r"[^\W\d_]+")
_RESOLUTION_PLACE = re.compile(r"\bResolution\s+\d+\s*\((?:Rev\.\s*)?(?P<place>[A-Z][\w-]+),\s*\d{4}\)", re.IGNORECASE)
# Where a title's own name ends: "Kigali Agenda for Digital Development" is "the Kigali Agenda".
_TITLE_TAIL = re.compile(r"\s+(?:for|on|of the|concerning|relating to)\s+|\s*[:(—–]\s*|\s+-\s+", re.IGNORECASE)
_LABEL_TAIL = re.compile(r"\s*(?:§.*|,\s*(?:section|preamble|introduction|title|annex|resolves|recalling|considering"
                         r"|noting|recognizing|instructs|invites|decides|requests|encourages|urges).*)$", re.IGNORECASE)


@dataclass(frozen=True)
class HeldDocument:
    family: str
    """The document's id without a language suffix: what its translations share."""
    docs: tuple[str, ...]
    """The ids of the versions the index holds (``tais``, ``tais-fr``)."""
    short: str
    title: str
    kind: str
    body: str
    number: str = ""
    year: int | None = None
    names: tuple[str, ...] = field(default=(), compare=False)


class Catalog:
    """Held documents and the names that point to them."""

    def __init__(self, documents: Iterable[HeldDocument]) -> None:
        self.documents = {d.family: d for d in documents}
        owners: dict[str, set[str]] = {}
        for d in self.documents.values():
            for name in d.names:
                owners.setdefault(fold(name), set()).add(d.family)
        # A name two documents share ("the Guadalajara resolution" of four) names neither.
        pairs = [(name, d.family) for d in self.documents.values() for name in d.names if len(owners[fold(name)]) == 1]
        self._names = tuple(sorted(pairs, key=lambda pair: -len(pair[0])))
        self._codes = {code: d.family for d in self.documents.values() if d.kind == "roadmap"
                       for code in map(str.upper, _ACTION_LINE.findall(f"{d.short} {d.title}"))}
        self._sounds = _name_sounds(pairs)
        self._chinese = _chinese_places(self._sounds)
        # A question is looked up several times while it is read and its parts chosen (~0.5 ms each time)
        self._mentions: dict[str, tuple[tuple[int, int, str], ...]] = {}

    @classmethod
    def from_units(cls, units: Iterable[Unit]) -> Catalog:
        by_family: dict[str, list[Unit]] = {}
        for unit in units:
            by_family.setdefault(family(unit.doc), []).append(unit)
        return cls(_held(name, members) for name, members in by_family.items())

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, family) of each held document the text names, left to right."""
        known = self._mentions.get(text)
        if known is None:
            if len(self._mentions) > 4096:  # a bound, not a policy: a process answers a few thousand questions
                self._mentions.clear()
            known = self._mentions[text] = tuple(self._find_mentions(text))
        return list(known)

    def _find_mentions(self, text: str) -> list[tuple[int, int, str]]:
        found = list(document_mentions(text, self._names))
        folded = fold(text)  # every span is an offset into the folded text
        if _ROADMAP_WORD.search(folded):
            for match in _ACTION_LINE.finditer(folded):
                if match[1].upper() in self._codes:
                    found.append((match.start(), match.end(), self._codes[match[1].upper()]))
        found += [m for m in (*_said_in_another_language(folded, self._sounds), *_said_in_chinese(folded, self._chinese))
                  if not any(start < m[1] and m[0] < end for start, end, _ in found)]
        # "according to the Agenda", "según la hoja de ruta", "By when did the Agenda ask …": the one document of that
        # kind the index holds (an agenda as what a question asks of; "must the roadmaps of the action lines" is no
        # roadmap the index holds)
        for match in _THE_KIND.finditer(folded):
            held = [d.family for d in self.documents.values() if d.kind == match.lastgroup]
            before = folded[max(0, match.start() - 50):match.start()]
            cued = _FIRM_CUE.search(before) or (match.lastgroup == "agenda" and before.strip() and _CUE.search(before))
            if (len(held) == 1 and cued
                    and not any(start < match.end() and match.start() < end for start, end, _ in found)):
                found.append((match.start(), match.end(), held[0]))
        # "Resolución 19", "Резолюция 19", "القرار 19", "第19号决议" name a held resolution as its English title
        # does; a number two held resolutions carry (PP and WTDC Resolution 140) names neither
        for match in RESOLUTION_RE.finditer(folded):
            number = match["num"] or match["zh"] or match["zh2"]
            held = [d.family for d in self.documents.values() if d.kind == "resolution" and d.number == number]
            if len(held) == 1 and not any(start <= match.start() < end for start, end, _ in found):
                found.append((match.start(), match.end(), held[0]))
        return sorted(found)

    def named(self, text: str) -> tuple[str, ...]:
        """The held document families a text names, in the order it names them."""
        return tuple(dict.fromkeys(fam for _, _, fam in self.mentions(text)))

    def asked_of(self, text: str) -> tuple[str, ...]:
        """The documents a question asks of: those it names as its source ("under the Kigali Agenda",
        "does Resolution 19 …"), else every one it names. "How many staff does Resolution 19 assign to
        the D3 roadmap?" asks Resolution 19, not the roadmap."""
        return self.cued(text) or self.named(text)

    def cued(self, text: str) -> tuple[str, ...]:
        """The documents a question names as its source by the words before their names (the first
        cue of ``asked_of``); none when it only names them ("Which resolutions mention the Kigali Agenda?")."""
        folded = fold(text)
        before = [(folded[max(0, start - 50):start], fam) for start, _, fam in self.mentions(text)]
        firm = [fam for context, fam in before if _FIRM_CUE.search(context)]
        cued = [fam for context, fam in before if _CUE.search(context)]
        return tuple(dict.fromkeys(firm or cued))

    def without_names(self, text: str) -> str:
        """The text with the names of held documents taken out: once the search is limited to a
        document, its name in the question matches every one of its units and says nothing more.
        Across languages the number of "Resolución 19" would be all the search matched: the clauses that
        cite a resolution 19 would come first."""
        # The page's name stays: its search is the whole index's on a page alone, and ranks as the question did.
        stripped = without_mentions(text, [m for m in self.mentions(text) if self.documents[m[2]].kind != "page"])
        if stripped == text:
            return text
        # Enough must be left to search with ("When was the Marenvik Agenda adopted?" keeps its name);
        # Chinese is not written with spaces between words.
        enough = len(stripped.split()) >= 3 or len(tokenize(stripped, detect(stripped))) >= 2
        return stripped if enough else text

    def rest(self, text: str) -> str:
        """What the text says besides the names of held documents ("What is about?")."""
        return without_mentions(text, self.mentions(text))

    def resolution(self, number: str) -> str | None:
        """The held resolution that carries ``number``, if one does."""
        for doc in self.documents.values():
            if doc.kind == "resolution" and doc.number == number:
                return doc.family
        return None

    def versions(self, fam: str) -> tuple[str, ...]:
        """The document ids of a family the index holds (empty for a family it does not)."""
        held = self.documents.get(fam)
        return held.docs if held else ()

    def short(self, fam: str) -> str:
        held = self.documents.get(fam)
        if held:
            return held.short
        registered = load_registry().get(fam)
        return registered.short if registered else fam

    def short_in(self, fam: str, lang: str) -> str:
        """The document's short name in ``lang`` where the registry gives one ("Agenda de Tunis")."""
        registered = load_registry().get(fam)
        return registered.name_in(lang) if registered else self.short(fam)


# The bundled page is named as delegates name it ("Summarise the ITU and WSIS page", "What does this page say
# about roadmaps?"), never by the words of its title alone: "ITU and WSIS" is what half the questions ask about.
PAGE_NAMES = ("ITU and WSIS page", "ITU WSIS page", "WSIS page", "ITU page", "this page", "the page")


def _held(fam: str, units: list[Unit]) -> HeldDocument:
    registered = load_registry().get(fam)
    original = next((u for u in units if u.doc == fam), units[0])
    kind = registered.kind if registered else original.kind
    short = registered.short if registered else _label_name(original) or original.title or fam
    title = registered.title if registered else original.title or short
    names = [*(registered.names if registered else ()), short, title]
    if registered and registered.symbol:
        names.append(registered.symbol)
    # A translation is called by its own title too ("Agenda de Kigali").
    versions = {u.doc: u for u in units}
    own_names = [(v.title, _label_name(v)) for doc, v in versions.items() if doc != original.doc]
    for full in (title, short, *(n for pair in own_names for n in pair)):
        # "WSDI: Kerrowan Agenda for Digital Inclusion" is also "the Kerrowan Agenda"
        for segment in (full, *re.split(r"\s*[:—–|]\s+", full)):
            head = _TITLE_TAIL.split(segment, maxsplit=1)[0]
            names += [segment, head, *_coordinated(head)]
    # A name of one plain word ("Roadmap", "Agenda") would match any question on the subject.
    place = _RESOLUTION_PLACE.search(f"{short} {title}")
    if kind == "resolution" and place:  # "the Salvara resolution"
        names += [f"{place['place']} resolution", f"resolution of {place['place']}"]
    names = [n.strip() for n in names if n and (len(n.split()) >= 2 or re.search(r"\d|/", n))]
    names += [n for u in units for n in u.names]  # its operator's names: a Chinese title is one "word"
    numbers = {u.number for u in units if u.number}
    return HeldDocument(
        family=fam, docs=tuple(sorted({u.doc for u in units})), short=short, title=title, kind=kind or "",
        body=registered.body if registered else original.body, number=next(iter(numbers)) if len(numbers) == 1 else "",
        year=original.year, names=tuple(dict.fromkeys(names)) if kind != "page" else PAGE_NAMES,
    )


def _sound(word: str) -> str:
    """A word's consonants, written in Latin letters: "Marenvik", "Маренвикской" and "مارنفيك" all begin
    with "mrnfk". Vowels, and the letters scripts render as vowels (w, y, h), are dropped."""
    latin = re.sub(r"[^a-z]", "", word.translate(_TO_LATIN))
    consonants = re.sub(r"[aeiouywhx]", "", latin).translate(str.maketrans("vqcj", "fkkg"))
    return re.sub(r"(.)\1+", r"\1", consonants)


def _name_sounds(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str, str, str], ...]:
    """(place, sound, kind, family) of each name "<Place> Agenda" or "<Place> Declaration" a document has:
    said in another language, the place's name is what stays."""
    out = []
    for name, fam in pairs:
        words = fold(name).split()
        if len(words) == 2 and words[1] in _KIND_WORDS and len(words[0]) >= 4:
            out.append((words[0], _sound(words[0]), words[1], fam))
    return tuple(dict.fromkeys(out))


def _said_in_another_language(folded: str, sounds: tuple[tuple[str, str, str, str], ...]) -> list[tuple[int, int, str]]:
    """(start, end, family) of each held document named by its place and its kind in any of the six languages:
    the place as written ("Agenda de Kerrowan"), or in another script when its consonants are enough to
    tell it (under four, "Tunis" or "Kerrowan", would match too many words)."""
    found: list[tuple[int, int, str]] = []
    if not sounds:
        return found
    for word in _NAME_WORD.finditer(folded):
        heard = _sound(word[0])
        for place, sound, kind, fam in sounds:
            if not (word[0] == place or (len(sound) >= 4 and heard.startswith(sound))):
                continue
            near = [k for k in _KIND_WORDS[kind].finditer(folded) if abs(k.start() - word.start()) <= 40]
            if near:
                kind_word = min(near, key=lambda k: abs(k.start() - word.start()))
                found.append((min(word.start(), kind_word.start()), max(word.end(), kind_word.end()), fam))
    return found


# Chinese writes a foreign place by syllables ("马伦维克" ma-lun-wei-ke for Marenvik) before the kind of document:
# its sound is compared in the letters both keep, "r" heard as "l", "v" and "f" as nothing (Chinese has neither)
_ZH_NAMED = re.compile(r"([\u4e00-\u9fff]{2,6}?)(议程|宣言)")
_COARSE = str.maketrans({"r": "l", "f": None})
_CODA_R = re.compile(r"(?<=[aeiou])r(?![aeiou])")


def _chinese_places(sounds: tuple[tuple[str, str, str, str], ...]) -> dict[tuple[str, str], str]:
    """(kind, sound as Chinese renders it) -> family, for the names ``_said_in_chinese`` hears; a sound two
    places share names neither."""
    heard_as: dict[tuple[str, str], set[str]] = {}
    for place, sound, kind, fam in sounds:
        # an "r" that closes a syllable is not heard at all ("Brennmark" is 布伦马克 bu-lun-ma-ke, "Berlin" 柏林)
        for heard in {_coarse(sound), _coarse(_sound(_CODA_R.sub("", place)))}:
            if len(heard) >= 3:
                heard_as.setdefault((kind, heard), set()).add(fam)
    return {key: next(iter(fams)) for key, fams in heard_as.items() if len(fams) == 1}


def _said_in_chinese(folded: str, places: dict[tuple[str, str], str]) -> list[tuple[int, int, str]]:
    """(start, end, family) of each held document named in Chinese by its place, as the syllables of its name,
    and its kind: "《马伦维克议程》" is the Marenvik Agenda."""
    matches = list(_ZH_NAMED.finditer(folded))
    if not matches or not places:
        return []
    from pypinyin import lazy_pinyin  # only for a Chinese question that names an agenda or a declaration

    found: list[tuple[int, int, str]] = []
    for match in matches:
        kind = "agenda" if match[2] == "议程" else "declaration"
        chars = match[1]
        for start in range(len(chars) - 1):  # the place is the characters just before the kind word
            fam = places.get((kind, _coarse(_sound("".join(lazy_pinyin(chars[start:]))))))
            if fam:
                found.append((match.start(1) + start, match.end(), fam))
                break
    return found


def _coarse(sound: str) -> str:
    return re.sub(r"(.)\1+", r"\1", sound.translate(_COARSE))


def without_mentions(text: str, mentions: list[tuple[int, int, str]]) -> str:
    """``text`` less the names ``mentions`` found in it (spans into its folded form, as ``document_mentions``
    and ``Catalog.mentions`` give them)."""
    starts = _folded_offsets(text)
    spans = [(starts[start], starts[end]) for start, end, _ in mentions] if starts else []
    if not spans:
        return text
    out, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            out.append(text[last:start])
        last = max(last, end)
    out.append(text[last:])
    return re.sub(r"\s+", " ", "".join(out)).strip()


def mentioned(text: str, mentions: list[tuple[int, int, str]]) -> list[str]:
    """The names ``mentions`` found in ``text``, as the text writes them ("K2", "l'Agenda de Marenvik")."""
    starts = _folded_offsets(text)
    return [text[starts[start]:starts[end]] for start, end, _ in mentions] if starts else []


def roadmap_words(text: str) -> list[str]:
    """The words that call a document named by its action line a roadmap ("la feuille de route K2")."""
    return [m[0] for m in _ROADMAP_WORD.finditer(fold(text))]


def _folded_offsets(text: str) -> list[int] | None:
    """For each offset into ``fold(text)`` (and its end), the offset into ``text`` it comes from: the
    spans of names are found in the folded text ("وفقاً" folds to "وفقا", "Résolution" to "resolution")."""
    starts: list[int] = []
    for i, ch in enumerate(text):
        starts += [i] * len(fold(ch))
    if len(starts) != len(fold(text)):  # a character folds differently alone than in context
        return None
    return [*starts, len(text)]


def _coordinated(head: str) -> list[str]:
    """"Marenvik Declaration and Agenda" is also "the Marenvik Declaration" and "the Marenvik Agenda"."""
    match = re.match(r"^(?P<own>(?:[A-Z][\w'’-]*\s+)+?)(?P<first>[A-Z]\w+)\s+(?i:and|&)\s+(?P<second>[A-Z]\w+)$", head)
    if not match:
        return []
    own = match["own"].strip()
    return [f"{own} {match['first']}", f"{own} {match['second']}"]


def _label_name(unit: Unit) -> str:
    """The document's name as its units' labels give it: "Kigali Agenda §12" -> "Kigali Agenda"."""
    return _LABEL_TAIL.sub("", unit.label).strip(" ,")
