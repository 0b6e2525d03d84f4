"""What every parser produces: the document as headings and paragraphs, in reading order.

A parser knows a file format and nothing of layouts; a segmenter knows a layout (numbered
paragraphs, resolution clauses, roadmap sections) and nothing of file formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from corpus.text import CJK, caseless, clean, first_word, normalize_forms, opens_like_a_title, word_count


class CorpusError(Exception):
    """A document that cannot be stored, fetched or read; the message says which and why."""


class ParseError(CorpusError):
    """A file that is not what its name says, or holds no text."""


@dataclass(frozen=True)
class Block:
    text: str
    heading: bool = False
    level: int = 0
    wrap: str = ""
    """How a block of hard-wrapped text (PDF, TXT) that opens with an item marker met the line
    before it: "" a fresh line; "," that line ran to the full width and ended with a comma;
    "word" it ran to the full width mid-sentence, so "85 of the Convention …" is most likely the
    rest of its sentence. A segmenter that does not take the marker as an item joins it back
    with a space."""
    note: bool = False
    """A footnote: text of its own, kept in the unit it follows, never a paragraph start."""


@dataclass(frozen=True)
class Parsed:
    """A file as a parser reads it: its blocks, and the title the file declares for itself
    (HTML <title>, DOCX core properties, PDF metadata; "" when it declares none)."""

    blocks: tuple[Block, ...]
    title: str = ""


# Arabic texts letter sub-items in abjad order, a) b) c) … being أ) ب) ج) …, and number the items
# under them between quotation marks, ’1‘ ’2‘ for i. ii.
ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت",
         "ث", "خ", "ذ", "ض")
_ARABIC_LETTER = "|".join([*ABJAD, "ه", "ا"])  # هـ is also written without its tatweel, أ without its hamza
_LATIN_OF = {**{a: chr(ord("a") + i) for i, a in enumerate(ABJAD)}, "ه": "e", "ا": "a"}
QUOTES = "’‘'"
_QUOTED = rf"[{QUOTES}](?P<q>\d{{1,2}})[{QUOTES}]"
ROMAN_NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")

# A line that opens an item: "12.", "12)", "a)", "(b)", "iv.", "(ii)"; in Arabic "ج)", "(ج)", "’2‘", "١٢.".
# ITU resolutions number clauses without a stop: "1 to continue ...".
MARKER = re.compile(
    r"^(?:\((?P<p>\d{1,3}|[a-z]|[ivxl]{1,5})\)|(?P<m>\d{1,3}|[a-z]|[ivxl]{1,5})[.)]|(?P<n>\d{1,3})(?=\s+[a-z])"
    rf"|\(?(?P<ar>{_ARABIC_LETTER})\)|{_QUOTED})\s+(?=\S)"
)
# A line or table cell that holds nothing but a marker: "50.", "50", "(b)", "iv.", "ج)"; its text follows.
MARKER_ONLY = re.compile(rf"^(?:\(?(?:\d{{1,3}}|[a-z]|[ivxl]{{1,5}})[.)]?|\(?(?:{_ARABIC_LETTER})\)|{_QUOTED})$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def marker(line: str) -> tuple[str, str] | None:
    """The item marker a line opens with and the rest: "c) Encouraging" -> ("c", "Encouraging").

    The marker as its place in the sequence, whatever the script: the Arabic "ج)" is "c", its
    "’2‘" is "ii", "١٢." is "12"; ``item_marker`` shows it as the document writes it.
    """
    match = MARKER.match(line)
    if not match:
        return None
    if match["ar"]:
        token = _LATIN_OF[match["ar"]]
    elif match["q"]:
        token = ROMAN_NUMERALS[int(match["q"]) - 1] if 1 <= int(match["q"]) <= len(ROMAN_NUMERALS) else match["q"]
    else:
        token = (match["p"] or match["m"] or match["n"]).translate(_DIGITS)
    return token, line[match.end():]


def item_marker(line: str) -> str:
    """The item marker a line opens with as a label shows it: "(c)" for "c)", "(ii)" for "ii.", "(ج)" for
    "ج)", and an Arabic number between quotation marks as it is written, "’2‘"; "" without one."""
    match = MARKER.match(line)
    if not match:
        return ""
    if match["q"]:
        return match[0].strip()
    return f"({match['ar'] or match['p'] or match['m'] or match['n']})"


# A line that continues the previous one's sentence rather than starting a new block; the Arabic
# and Chinese stops, semicolons and colons end a line as the Latin ones do.
CLOSING = ".;:!?。；：！？؛؟"
COMMAS = (",", "،", "，", "、")
SENTENCE_DONE = re.compile(rf"[{CLOSING}]['\"”’)\]»」』]*$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
FIT = 0.85  # a line was wrapped when its next word would not have fit in this share of the text's width
ALIGNED = 12  # spaces in front of a line of plain text that is centred or set right
_COLUMNS = re.compile(r"(?<=\S)(?:\s{3,}|[ ]*\t\s*)(?=\S)")  # the gap between two columns of a table in plain text
_BARE_NUMBER = re.compile(r"^\d{1,3}\s+(?P<next>\S)")
# A list item's bullet, which a PDF's text layer keeps as a character ("• connect 85 per cent …"): the text of the
# item is what follows it, as in an HTML or DOCX list
_BULLET = re.compile(r"^[•●▪◦‣∙]\s*(?=\S)")


def _bare_number(line: str) -> bool:
    """A number without a stop before a capital (or a letter without case): "12 We …", "12 نحن …"."""
    match = _BARE_NUMBER.match(line)
    return match is not None and (match["next"] in "(\"“«" or opens_like_a_title(match["next"]))


# "in accordance with No." ends a line, not a sentence: "85 of the Convention" follows.
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:no|nos|art|arts|para|paras|res|rev|doc|vol|cf|e\.g|i\.e|pp?|mr|ms|dr)\.$", re.I)


def ends_sentence(line: str) -> bool:
    return bool(SENTENCE_DONE.search(line)) and not _ABBREVIATION_END.search(line)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one string: "infor-" + "mation" -> "information"."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        text = join_wrapped(text, line)
    return clean(text)


_CJK_REACH = 8  # characters either side of a line break that tell Chinese text from text quoting a Chinese word


def join_wrapped(text: str, line: str) -> str:
    """``line`` appended to ``text`` as the rest of its sentence: with a space, re-joining a hyphenated
    word, or straight on in Chinese, which is written without spaces and wrapped anywhere, even
    inside a number ("…降低这些费用的计" + "划，具体办法是：", "…技能和3" + ")研究")."""
    if re.search(r"[^\W\d_]-$", text) and line[:1].islower() and not MARKER.match(line):
        return text[:-1] + line
    if CJK.search(text[-_CJK_REACH:]) and CJK.search(line[:_CJK_REACH]):
        return text + line
    return f"{text} {line}" if text else line


def looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation that is not an item: "Financial mechanisms", "آليات التمويل", "导言".

    It opens with a capital, or with a letter of a script that has none (Arabic, Chinese): there,
    where it stands (alone, not the rest of a wrapped line: ``lines_to_blocks``) tells it from text.
    """
    line = line.strip()
    if not line or word_count(line) > 14 or MARKER.match(line) or SENTENCE_DONE.search(line) or line.endswith((*COMMAS, "-")):
        return False
    return opens_like_a_title(line) or bool(re.match(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|section\s+\d+)\s+\S", line, re.IGNORECASE))


def text_width(lines: list[str]) -> tuple[float, bool]:
    """How many characters a line of this text holds, and whether that was measured on wrapped lines.

    Measured on the lines that were wrapped (they run on into a line that starts in lower case, or,
    in a script without capitals, a line at least half the longest that runs on into a letter);
    without any, the longest lines (bar a tenth) are the best guess, and no line is known to wrap.
    """
    stripped = [line.strip() for line in lines]
    longest = max(map(len, stripped), default=0)
    wrapped = sorted(
        len(line) for line, following in pairwise(stripped)
        if line and (following[:1].islower() or (caseless(following[:1]) and len(line) >= longest / 2))
        and not ends_sentence(line) and not is_keyword_line(line) and not MARKER.match(following)
    )
    if wrapped:
        return wrapped[int(len(wrapped) * 0.9)], True
    widths = sorted(len(line) for line in stripped if line)
    return (widths[int(len(widths) * 0.9)] if widths else 0), False


_OPEN_WORDS = r"a|an|the|of|on|in|to|and|or|for|with|by|at|from|as|that|its|their"  # a sentence does not stop on them
_OPEN_END = re.compile(rf"\b(?:{_OPEN_WORDS})$", re.IGNORECASE)
_STOPPED_NUMBER = re.compile(r"^\d{1,2}\.\s")  # "6. Resources", not "6 of the Convention" nor "b) …"
# A line that runs on into a number it refers to: "… in paragraph" / "6. …"
_REFERRING_END = re.compile(
    rf"\b(?:{_OPEN_WORDS}|under|see|paragraphs?|sections?|articles?|chapters?|clauses?|items?|points?|annex(?:es)?"
    r"|tables?|resolutions?|nos?|pages?|parts?)$", re.IGNORECASE)


def _numbered_title(rest: str) -> bool:
    """The words after a section number, set as a title ("Lead facilitator and partners"), not a
    sentence cut short ("We recall the conference held in the capital on")."""
    return looks_like_heading(rest) and word_count(rest) <= 8 and not _OPEN_END.search(rest)


def _runs_on(following: str) -> bool:
    """Whether a line that ``following`` comes after may run on into it: it opens in lower case or with
    closing punctuation ("。" wrapped onto a line of its own), or, in a script without capitals, with
    a letter, where only the width can tell."""
    first = following[:1]
    return first.islower() or caseless(first) or (bool(first) and first in _CLOSES)


_CLOSES = ",.;:!?)]}»”’。，；：！？、）؛،؟"


def lines_to_blocks(lines: list[str], notes: dict[int, list[str]] | None = None, plain: bool = False) -> list[Block]:
    """Hard-wrapped lines (PDF, TXT) -> paragraphs and headings.

    A line was wrapped when the first word of the next one would not have fit on it (``FIT`` of
    the text's width, ``text_width``); everything else here follows from that:

    - a block ends at a blank line and before a line that opens an item ("12.", "a)", "1 that");
      a line that holds only a marker ("12.") opens the block of the line after it;
    - a line that stands alone (not wrapped, the next line not its continuation) is a block of its
      own when it is a heading (short, no closing punctuation), a resolution's keyword line
      ("instructs the Director of the Telecommunication Development Bureau"), or a numbered title
      ("2. Lead facilitator and partners"); so is a line centred or set right in plain text;
    - a number at the start of a wrapped line ("… in accordance with Article" / "85 of the
      Convention") still opens a block, marked ``Block.wrap``, for the segmenter to join back when
      it is not the next paragraph.

    ``plain``: the lines are plain text, whose spacing was typed: a line set in columns ("Town
    Focal point   Since") is a table row, a line of its own with its cells joined by " | ". Otherwise
    (a PDF's text) only a line whose cells are separated by tabs is a row.

    ``notes``: footnotes met after line ``i`` (at the foot of a page). They become note blocks
    right after the block running there ends, so a paragraph that goes on over the page break
    stays one paragraph.
    """
    lines = [normalize_forms(line) for line in lines]  # "９６．" is "96.", as ``clean`` reads it
    # A PDF table's row (cells joined by tabs) is as long as its cells together: no measure of the text's width
    width, wraps = text_width(lines if plain else [line for line in lines if "\t" not in line])
    blocks: list[Block] = []
    current: list[str] = []
    wrap = ""
    waiting: list[str] = []
    pending_marker = ""

    def flush() -> None:
        nonlocal wrap
        if current:
            text = join_lines(current)
            if text:
                blocks.append(Block(text, wrap=wrap))
            current.clear()
        wrap = ""
        if waiting:
            blocks.extend(Block(clean(note), note=True) for note in waiting if clean(note))
            waiting.clear()

    def wrap_before(previous: str, line: str) -> str:
        """"" when ``previous`` ends a sentence or stops short (the first word of ``line`` would have
        fit on it); else the line was wrapped: "," after a comma, "word" mid-sentence."""
        if not previous or ends_sentence(previous) or len(previous) + 1 + len(first_word(line)) <= FIT * width:
            return ""
        return "," if previous.endswith(COMMAS) else "word"

    for i, raw in enumerate(lines):
        line = _BULLET.sub("", raw.strip())
        if not line:
            flush()
        elif pending_marker:
            current.append(f"{pending_marker} {line}")
            pending_marker = ""
        else:
            previous = current[-1] if current else ""
            finished = not previous or ends_sentence(previous) or previous.endswith(COMMAS)
            found_wrap = wrap_before(previous, line)
            # With no line known to wrap, any line may be short; but in a script without capitals that
            # is for want of a sign: there the longest lines are the measure, unless blank lines set it apart.
            apart = not lines[i - 1].strip() if i else True
            apart = apart and (i + 1 == len(lines) or not lines[i + 1].strip())
            short = len(line) < 0.75 * width or (not wraps and (not caseless(line[:1]) or apart))
            # The line ends where it does by itself: the next one opens a new sentence or item, or
            # its first word would have fit here.
            following = next((n.strip() for n in lines[i + 1:i + 2] if n.strip()), "")
            alone = not _runs_on(following) or len(line) + 1 + len(first_word(following)) <= FIT * width
            # A PDF gives a table row's cells separated by tabs (``corpus.parsers.pdf_tables``)
            cells = _COLUMNS.split(line) if plain else line.split("\t")
            if len(cells) >= 2 and MARKER_ONLY.match(cells[0]):
                cells = [f"{cells[0]} {cells[1]}", *cells[2:]]  # "12.<tab>We …": the gap after a number is no column
            if len(cells) >= 2:
                flush()  # a row of a table set in columns
                blocks.append(Block(" | ".join(clean(cell) for cell in cells)))
            elif len(raw) - len(raw.lstrip()) >= ALIGNED and not MARKER.match(line):
                flush()  # centred or set right (a title, a symbol, a date): a line of its own
                blocks.append(Block(clean(line), heading=looks_like_heading(line)))
            elif alone and ((is_keyword_line(line) and finished)
                            or (looks_like_heading(line) and short and found_wrap != "word")):
                flush()
                blocks.append(Block(clean(line), heading=not is_keyword_line(line)))
            elif MARKER.match(line) and short and alone and _numbered_title(MARKER.sub("", line)) \
                    and (not found_wrap or (_STOPPED_NUMBER.match(line) and not _REFERRING_END.search(previous))):
                # a numbered heading set as plain text: "2. Lead facilitator and partners"; also after a line that ran
                # to the full width without a stop, a table's last row ("… 1,500 technicians trained" / "6. Resources"),
                # unless that line refers on to the number ("… as set out in section" / "6. Resources …")
                flush()
                blocks.append(Block(clean(line)))
            elif MARKER_ONLY.match(line) and not line.isdigit():
                flush()
                wrap, pending_marker = found_wrap, line
            else:
                # An item marker opens a block; so does a bare number before a capital ("12 We …") unless
                # the line before runs on into it ("… in" / "15 Member States").
                bare = _bare_number(line) and bool(current) and found_wrap != "word"
                if bare and not finished and not looks_like_heading(previous):
                    found_wrap = "word"  # "… held in the capital on" / "3 March 2031 …": one sentence
                if MARKER.match(line) or bare:
                    flush()
                    wrap = found_wrap
                current.append(line)
        if notes and i in notes:
            waiting.extend(notes[i])
    if pending_marker:
        current.append(pending_marker)
    flush()
    return blocks


def row_blocks(cells: list[list[Block]]) -> list[Block]:
    """A table row as blocks, for the HTML and DOCX parsers.

    ITU's pages lay a document out as a table: a number alone in a cell opens the text of the cell
    after it ("50." + "We acknowledge …" -> "50. We acknowledge …"). A row of cells that each hold
    one line (a data table: "C5 | Building confidence | ITU") is one line, its cells joined by " | ",
    so a table stays inside the paragraph or section it belongs to, row by row. Otherwise each cell's
    blocks follow in turn.
    """
    filled = [cell for cell in cells if cell]
    pending = ""
    while filled and len(filled[0]) == 1 and MARKER_ONLY.match(filled[0][0].text) and len(filled) > 1:
        pending = f"{pending} {filled[0][0].text}".strip()
        filled = filled[1:]
    if not filled:
        return []
    number = (pending + "." if pending[-1:].isdigit() else pending) if pending else ""
    if len(filled) >= 2 and all(len(cell) == 1 and not cell[0].note for cell in filled):
        text = " | ".join(cell[0].text for cell in filled)
        return [Block(f"{number} {text}" if number else text)]
    out = [block for cell in filled for block in cell]
    if number:
        out[0] = Block(f"{number} {out[0].text}")
    return out


# The lower-case lines that open a part of an ITU resolution.
KEYWORD_LINE = re.compile(
    r"^(?:further\s+)?(?:recalling|considering|recognizing|recognising|noting|bearing in mind|having regard|"
    r"taking into account|emphasizing|emphasising|aware|convinced|mindful|reaffirming|acknowledging|welcoming|"
    r"observing|concerned|stressing|expressing|desiring|resolves|decides|instructs|invites|requests|encourages|"
    r"urges|calls upon|appeals|recommends|endorses|approves|affirms)\b[^.;:]*[,:]?$"
)


def is_keyword_line(line: str) -> bool:
    line = line.strip()
    return len(line.split()) <= 14 and bool(KEYWORD_LINE.match(line))
