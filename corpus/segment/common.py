"""What the layout segmenters share: the document's names, unit building, item paths, numbering findings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.blocks import QUOTES, SENTENCE_DONE, Block, item_marker, join_wrapped, marker
from corpus.refs import find_refs, ref_ids
from corpus.segment.sequence import Sequence
from corpus.text import word_count
from corpus.units import Unit

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}


@dataclass(frozen=True)
class DocInfo:
    """What a unit says about the document it comes from. ``short`` names it in labels ("Tunis Agenda",
    "Agenda de Tunis"); ``lang`` is the language of its text ("" until ``corpus.library.read`` tells it)."""

    id: str
    short: str
    title: str = ""
    url: str = ""
    body: str = ""
    year: int | None = None
    number: str = ""
    lang: str = "en"

    def is_title(self, block: Block) -> bool:
        """Whether ``block`` is a heading that says the document's title, which every unit carries."""
        return block.heading and bool(self.title) and title_key(block.text) == title_key(self.title)

    def part_label(self, part: str) -> str:
        """The label of a part that has no number, in the document's language: "Tunis Agenda, Annex",
        "Agenda de Tunis, annexe", "برنامج عمل تونس، المرفق", "突尼斯议程附件"."""
        names = PART_NAMES[part]
        lang = self.lang if self.lang in names else "en"
        return f"{self.short}{_AFTER_NAME.get(lang, ', ')}{names[lang]}"

    def unit(self, locator: str, label: str, text: str, section: str = "", **extra) -> Unit:
        refs = tuple(r for r in ref_ids(find_refs(text, own_title=self.title or self.short), default_doc=self.id)
                     if r != f"{self.id}:{locator}")
        return Unit(
            doc=self.id, locator=locator, label=label, text=text, url=self.url, title=self.title,
            refs=refs, section=section, body=self.body, year=self.year, lang=self.lang or "en", **extra,
        )


# The parts of a document a label names without a number, in the six UN languages.
PART_NAMES = {
    "preamble": {"en": "preamble", "fr": "préambule", "es": "preámbulo", "ru": "преамбула", "ar": "الديباجة", "zh": "序言"},
    "annex": {"en": "Annex", "fr": "annexe", "es": "anexo", "ru": "приложение", "ar": "المرفق", "zh": "附件"},
}
_AFTER_NAME = {"ar": "، ", "zh": ""}  # between the document's name and the part's: ", " in the others


def title_key(text: str) -> str:
    """A title as two spellings of it compare: case, spacing and the form of apostrophes aside
    ("société de l’information" is "Société de l'information")."""
    return " ".join(re.sub(r"[’‘ʼ`´]", "'", text).lower().split())


@dataclass(frozen=True)
class Numbering:
    """One running sequence a segmenter found (a document's paragraphs, a resolution part's clauses), as shown to an operator."""

    prefix: str  # put before a number: "§", "section ", "resolves "
    numbers: tuple[int, ...]
    kind: str = "number"  # how a number shows: number "2", letter "b)", roman "ii)"
    gaps: tuple[str, ...] = ()  # "§42", "§50–52"
    duplicates: tuple[str, ...] = ()  # "§7": a second paragraph numbered 7, kept in §7
    out_of_sequence: tuple[str, ...] = ()  # "7 (after §63)"

    def show(self, n: int) -> str:
        return show(n, self.kind)

    @property
    def ranges(self) -> list[str]:
        """The numbers as ranges: ["§1–3", "§49–50"]; letters as "a)–c)"."""
        runs: list[list[int]] = []
        for n in self.numbers:
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        return [f"{self.prefix}{self.show(r[0])}" + (f"–{self.show(r[-1])}" if len(r) > 1 else "") for r in runs]

    @classmethod
    def of(cls, sequence: Sequence, prefix: str, kind: str = "number") -> Numbering:
        def where(after) -> str:
            return f"after {prefix}{show(after.number, kind)}" if after else "before the first"

        gaps = tuple(f"{prefix}{show(a, kind)}" + (f"–{show(b, kind)}" if b > a else "") for a, b in sequence.gaps)
        return cls(
            prefix=prefix,
            numbers=tuple(c.number for c in sequence.chain),
            kind=kind,
            gaps=gaps,
            duplicates=tuple(f"{prefix}{show(c.number, kind)}" for c, _ in sequence.duplicates),
            out_of_sequence=tuple(f"{show(c.number, kind)} ({where(after)})" for c, after in sequence.out_of_sequence),
        )


def ordinal(token: str, kind: str) -> int:
    """The place of an item marker in its sequence: 2 for "2", "b" and "ii"."""
    token = token.lower()
    if kind == "number":
        return int(token)
    if kind == "roman":
        return ROMAN.get(token, 0)
    return ord(token[0]) - ord("a") + 1 if len(token) == 1 else 0


def show(n: int, kind: str) -> str:
    """A number as the document shows it in a label: "2", "b)", "ii)"."""
    if kind == "letter" and 1 <= n <= 26:
        return chr(ord("a") + n - 1) + ")"
    if kind == "roman":
        return next((k for k, v in ROMAN.items() if v == n), str(n)) + ")"
    return str(n)


@dataclass(frozen=True)
class Segmented:
    """A document's units in reading order, the kind of each, and the numbering found on the way."""

    units: tuple[Unit, ...]
    kinds: tuple[str, ...]  # per unit: paragraph, preamble, annex; title, clause, part; section, introduction
    numberings: tuple[Numbering, ...] = ()


@dataclass
class _Draft:
    """The unit being written: its place and names are set when it opens, its lines as blocks come."""

    locator: str
    label: str
    kind: str
    section: str
    lines: list[str] = field(default_factory=list)


_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class UnitWriter:
    """Writes a document's units in reading order; every block given to it ends in one of them.

    ``open`` starts a unit, ``add`` puts a block's text in the open one as a line of its own (a
    block the segmenter did not take as an item start but the parser marked as a wrapped line is
    joined back to the line above with a space; a footnote goes to the unit whose text carries its
    mark, "society1", else to the open one), ``done`` closes the last and returns them all.
    """

    def __init__(self, info: DocInfo, **extra) -> None:
        self.info = info
        self.extra = extra
        self.drafts: list[_Draft] = []
        self.seen: set[str] = set()

    @property
    def draft(self) -> _Draft:
        """The unit ``open`` opened last, being written."""
        assert self.drafts, "draft before open()"
        return self.drafts[-1]

    def open(self, locator: str, label: str, kind: str, section: str = "", text: str = "") -> None:
        self.drafts.append(_Draft(unique(locator, self.seen), label, kind, section, [text] if text else []))

    def add(self, block: Block | str) -> None:
        assert self.drafts, "add() before open()"
        if isinstance(block, str):
            block = Block(block)
        lines = self._note_home(block.text) if block.note else self.drafts[-1].lines
        if lines and (block.wrap == "word" or (block.wrap == "," and block.text[:1].isdigit())):
            lines[-1] = join_wrapped(lines[-1], block.text)
        else:
            lines.append(block.text)

    def _note_home(self, note: str) -> list[str]:
        mark = re.match(r"(\d{1,2}|\*{1,3}|†)", note)
        if mark:
            glued = re.compile(rf"(?<=[a-z)\]])([.,;:]?){re.escape(mark[1])}(?![\d)\w/])")
            for draft in reversed(self.drafts):
                for i, line in enumerate(draft.lines):
                    if line != note and glued.search(line):
                        # A PDF's text layer gives the raised mark as a digit run into its word ("Statement1"),
                        # which is then no longer the name a question uses: raised again, as printed
                        if mark[1].isdigit():
                            draft.lines[i] = glued.sub(lambda m: m[1] + mark[1].translate(_RAISED), line, count=1)
                        return draft.lines
        return self.drafts[-1].lines

    def done(self, numberings: tuple[Numbering, ...] | list[Numbering] = ()) -> Segmented:
        units, kinds = [], []
        for draft in self.drafts:
            text = "\n".join(line for line in draft.lines if line) or draft.section  # a heading with nothing under it
            if text:
                units.append(self.info.unit(draft.locator, draft.label, text, section=draft.section, **self.extra))
                kinds.append(draft.kind)
        return Segmented(tuple(units), tuple(kinds), tuple(numberings))


class Items:
    """Tells letters from roman numerals as items go by: "h)" then "i)" is a letter, "c)" then "i." a numeral."""

    def __init__(self) -> None:
        self.letter: str | None = None
        self.roman: str | None = None

    def kind(self, token: str) -> str:
        token = token.lower()
        if token.isdigit():
            return "number"
        if token in ROMAN and (len(token) > 1 or self._roman_next(token)):
            return "roman"
        return "letter"

    def _roman_next(self, token: str) -> bool:
        if token == "i":
            return self.letter != "h"
        previous = ROMAN.get(self.roman or "", 0)
        expected_letter = chr(ord(self.letter) + 1) if self.letter else "a"
        return previous + 1 == ROMAN[token] and token != expected_letter

    def see(self, token: str, roman: bool = False) -> tuple[str, ...]:
        """The path of an item opened with ``token``: ("c",) or ("c", "ii").

        ``roman``: the marker says it is a numeral whatever the letters before (the Arabic ’1‘ after ح)).
        """
        token = token.lower()
        kind = "roman" if roman else self.kind(token)
        if kind == "letter":
            self.letter, self.roman = token, None
            return (token,)
        if kind == "roman":
            self.roman = token
            return (self.letter, token) if self.letter else (token,)
        return ()


def item_paths(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, path) of each line of a unit's text; a line without a marker stays in the item above.

    A path is the items' places, in any script: ("c", "ii") for "c)" then "ii." as for the Arabic "ج)" then "’2‘"."""
    return [(start, end, path) for start, end, path, _ in _item_lines(text)]


def _item_lines(text: str) -> list[tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """``item_paths``, each path also as the document writes its markers: ("(c)", "(ii)"), ("(ج)", "’2‘")."""
    items = Items()
    out = []
    path: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()
    offset = 0
    for line in text.split("\n"):
        found = marker(line)
        if found and not found[0].isdigit():
            shown_marker = item_marker(line)
            path = items.see(found[0], roman=shown_marker[:1] in QUOTES)
            shown = (*shown[: len(path) - 1], shown_marker)
        out.append((offset, offset + len(line), path, shown))
        offset += len(line) + 1
    return out


def sub_item_label(unit: Unit, quote: str) -> str:
    """The unit's label narrowed to the sub-item holding ``quote``: "Tunis Agenda §50" -> "Tunis Agenda §50(c)(ii)",
    with the markers as the document writes them: "برنامج عمل تونس §50(ج)’2‘".

    The whole unit's label when the quote is in the paragraph's opening, spans several items, or
    is not in the unit at all.
    """
    start = unit.text.find(quote.strip()) if quote.strip() else -1
    if start < 0 or "\n" not in unit.text:
        return unit.label
    end = start + len(quote.strip())
    lines = [(path, shown) for a, b, path, shown in _item_lines(unit.text) if a < end and b > start]
    if not lines or not lines[0][0]:
        return unit.label
    common, shown = lines[0]
    for path, _ in lines[1:]:
        n = 0
        while n < min(len(common), len(path)) and common[n] == path[n]:
            n += 1
        common = common[:n]
    return unit.label + "".join(shown[: len(common)])


def unique(locator: str, seen: set[str]) -> str:
    candidate, n = locator, 2
    while candidate in seen:
        candidate, n = f"{locator}-{n}", n + 1
    seen.add(candidate)
    return candidate


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# A date that opens a line: "3 March 2031", "18 novembre 2005", "18 de noviembre de 2005", "18 ноября
# 2005 года", "18 تشرين الثاني/نوفمبر 2005", "2005年11月18日", "1st May": never a paragraph number.
_ARABIC_MONTHS = ("كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|يناير|فبراير|مارس|أبريل|مايو|يونيه|يونيو|"
                  "يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر")
DATE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(?:jan(?:uary|vier)?|feb(?:ruary)?|févr(?:ier)?|mar(?:ch|s)?|apr(?:il)?|"
    r"avr(?:il)?|may|mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|août|sep(?:t(?:ember)?)?|septembre|oct(?:ober|obre)?|"
    r"nov(?:ember|embre)?|dec(?:ember)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"sept?iembre|octubre|noviembre|diciembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря)\b\.?(?:,?\s+(?:de\s+)?\d{4}\b|\s*$|\s+(?=[A-Z(]))"
    rf"|^\d{{1,2}}\s+(?:{_ARABIC_MONTHS})(?:[\s/]+\S+){{0,2}}?\s+\d{{4}}\b"
    r"|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?",
    re.IGNORECASE,
)

# Lines of a title block, above the title: the symbol, the date, "Original: English", "Distr.: General".
_SYMBOL = re.compile(r"\S*[A-Za-z]\S*/\S*\d|\S*\d\S*/\S*[A-Za-z]")  # "WSIS-05/TUNIS/DOC/6(Rev.1)-E"
_FORMALITY = re.compile(
    r"^(?:(?:original|оригинал|الأصل|原文|distr(?:ibution)?\.?|language|date)\s*[:：]"
    r"|(?:distr\.?\s+)?(?:general|générale|limited|limitée|restricted|restreinte|limitada|reservada)$"
    r"|(?:agenda\s+)?item\s+\d)",
    re.IGNORECASE,
)


def is_symbol(text: str) -> bool:
    return word_count(text) <= 6 and bool(_SYMBOL.search(text))


def is_title_block_line(text: str) -> bool:
    """A document symbol, a date or a formality ("Original: English"): a line of the block above a title."""
    return bool(DATE.match(text) or _FORMALITY.match(text) or is_symbol(text))


def _is_body(block: Block) -> bool:
    """A block of running text: the title block and the title are above the first one."""
    return not block.heading and not is_title_block_line(block.text) and (
        word_count(block.text) > 15 or bool(SENTENCE_DONE.search(block.text)) or bool(marker(block.text)))


def title_heading(blocks: list[Block], end: int, known: str = "") -> int:
    """Where the document's title is among its first ``end`` blocks, above its running text; -1 when it shows none.

    The title is a heading that is not a line of the title block: the one that reads as the
    ``known`` title (the registry's, or the file's own), else a top-level heading (h1, h2, a Word
    title) above the title block, else the first heading after the title block (the official
    layout: organisation, symbol, date, "Original: English", then the title), else the first heading.
    """
    end = min(end, len(blocks), next((i for i, b in enumerate(blocks) if _is_body(b)), len(blocks)))
    heads = [i for i in range(end) if blocks[i].heading and not is_title_block_line(blocks[i].text)]
    if not heads:
        return -1
    known = title_key(known)
    for i in heads:
        text = title_key(blocks[i].text)
        if known and (text == known or (len(text) >= 12 and (text in known or known in text))):
            return i
    block_line = max((i for i in range(end) if is_title_block_line(blocks[i].text)), default=-1)
    for i in heads:
        if i < block_line and blocks[i].level in (1, 2):
            return i
    return next((i for i in heads if i > block_line), heads[0])
