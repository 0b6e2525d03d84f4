"""Tables in a PDF's text layer, read row by row.

pypdf's ``extract_text`` gives a table's cells one after another with spaces, and a cell that wraps as
lines of its own, so "Primary health care facilities connected at 50 | 61% | …" comes out as "Primary
health care facilities connected at 50" / "Mbit/s or more 61% 85% …". Here the text pypdf gives is kept
as it is, but where the positions of its pieces show a table, the lines it gave for the table are
replaced by one line per row, its cells separated by tabs (``CELL``), each cell's wrapped lines joined
again; ``corpus.blocks.lines_to_blocks`` makes such a line a row "cell | cell | …", as a DOCX or HTML
table row is.

A table is what lines set in columns look like, and nothing else in a page of text does:

- runs of text (the pieces pypdf reports, each where it starts) that sit on one baseline side by side,
  on at least two lines, every run starting at an x where a run of a nearby line starts too (a column);
  a justified paragraph's words, even when each is a run of its own, do not all line up with the words
  of the lines around them;
- read in the order the PDF draws them, a row's cells come left to right and a cell's lines top to
  bottom, and the next row starts back at a column further left; so a cell set in the middle of its row
  (fpdf2) is found as well as one set at its top (Word);
- at least two rows of two cells or more; rows of a bullet or item marker ("•", "a)", "12.") and a text are a
  list or a resolution's hanging indent, not a table, and stay as they were.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from corpus.blocks import MARKER_ONLY, join_wrapped
from corpus.text import clean

CELL = "\t"  # between the cells of a row in a page's text
COLUMN = 1.5  # points: the runs of one column start this close to one another
SAME_LINE = 0.3  # of the font size: two runs this close in height sit on one baseline
REACH = 10.0  # of the font size: how far above or below a run the run starting its column may be (rows are tall)
LEADING = 1.8  # of the font size: the most a cell's line can be below its line before (more is a new row or text)
NARROWEST = 0.3  # of the font size: the narrowest a line of text can be a character, on average
GAP = 1.0  # of the font size: the least room between two cells of a row, beyond their text
_BULLET = re.compile(r"^[•●▪◦‣∙\-–—*]$")


@dataclass(frozen=True)
class Run:
    """A piece of a page's text as pypdf gives it, and where it starts on the page.

    ``x`` is None for a line break, and for text whose place pypdf does not tell (after a line break
    inside the piece it reported, or turned on the page): such a run is never part of a table."""

    text: str
    x: float | None = None
    y: float = 0.0
    size: float = 0.0


@dataclass(frozen=True)
class Table:
    """A table found among a page's runs: the first and last run it spans, and its rows' cells."""

    first: int
    last: int
    rows: tuple[tuple[str, ...], ...]


def page_text(page: Any) -> str:
    """A pypdf page's text as ``extract_text()`` gives it, but each table row a line of ``CELL``-separated cells.

    A tab pypdf gives in other text is a space, so that only a row has ``CELL`` in it."""
    runs: list[Run] = []
    text = page.extract_text(visitor_text=_collector(runs)) or ""
    if "".join(run.text for run in runs) != text:
        return text.replace(CELL, " ")  # the pieces do not add up to the text: no place to put a row
    tables = find_tables(runs)
    return with_rows(runs, tables) if tables else text.replace(CELL, " ")


def _collector(runs: list[Run]) -> Callable[[str, list[float], list[float], Any, float], None]:
    """A ``visitor_text`` for pypdf that appends the pieces it reports to ``runs``, one line break a run."""

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if not text:
            return
        a, b, c, d, x, y = _times(tm, cm)
        upright = a > 0 and d > 0 and abs(b) < 1e-6 and abs(c) < 1e-6
        for k, piece in enumerate(re.split(r"(\n)", text)):
            if piece == "\n":
                runs.append(Run(piece))
            elif piece:
                placed = upright and k == 0  # pypdf tells where a piece starts, not where a line inside it does
                runs.append(Run(piece, x if placed else None, y, float(size) * d))

    return visit


def _times(m: list[float], n: list[float]) -> tuple[float, float, float, float, float, float]:
    """The product of two PDF matrices [a b c d e f]: text space (``m``) through the page's transformation (``n``)."""
    a, b, c, d, e, f = (float(v) for v in m)
    p, q, r, s, t, u = (float(v) for v in n)
    return a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u


def with_rows(runs: list[Run], tables: list[Table]) -> str:
    """The page's text from its runs, each table's runs replaced by its rows, a line each."""
    starts = {table.first: table for table in tables}
    lines: list[str] = []
    line: list[str] = []
    after_table = False
    i = 0
    while i < len(runs):
        if i in starts:
            if "".join(line).strip():
                lines.append("".join(line))
            line = []
            lines.extend(CELL.join(cells) for cells in starts[i].rows)
            after_table, i = True, starts[i].last + 1
            continue
        if runs[i].text == "\n":
            if line or not after_table:
                lines.append("".join(line))
            line, after_table = [], False
        else:
            line.append(runs[i].text.replace(CELL, " "))
        i += 1
    if line:
        lines.append("".join(line))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Finding tables
# ---------------------------------------------------------------------------------------------

def find_tables(runs: list[Run]) -> list[Table]:
    """The tables among a page's runs (in the order the page draws them)."""
    marks = [i for i, run in enumerate(runs) if run.text.strip()]
    placed = [i for i in marks if runs[i].x is not None]
    lines = _baselines(runs, placed)
    starts = [[runs[i].x or 0.0 for i in line] for line in lines]
    aligned = {i for i in placed if _starts_column(runs, i, lines, starts)}
    tables = []
    for stretch in _stretches(runs, lines, aligned):
        for group in _contiguous(sorted(stretch), marks):
            tables.extend(_tables(runs, group))
    return tables


def _baselines(runs: list[Run], placed: list[int]) -> list[list[int]]:
    """The runs on each line of the page, top to bottom, each line's left to right."""
    lines: list[list[int]] = []
    for i in sorted(placed, key=lambda i: -runs[i].y):
        if lines and runs[lines[-1][0]].y - runs[i].y <= SAME_LINE * runs[i].size:
            lines[-1].append(i)
        else:
            lines.append([i])
    return [sorted(line, key=lambda i: runs[i].x or 0.0) for line in lines]


def _starts_column(runs: list[Run], i: int, lines: list[list[int]], starts: list[list[float]]) -> bool:
    """Whether another line nearby has a run starting where run ``i`` starts (``starts``: each line's x, in order)."""
    run = runs[i]
    assert run.x is not None
    for line, xs in zip(lines, starts, strict=True):
        if abs(runs[line[0]].y - run.y) > REACH * run.size or i in line:
            continue
        k = bisect_left(xs, run.x - COLUMN)
        if k < len(xs) and xs[k] <= run.x + COLUMN:
            return True
    return False


def _stretches(runs: list[Run], lines: list[list[int]], aligned: set[int]) -> list[list[int]]:
    """The runs of each series of lines one under another whose every run starts a column (and those side by
    side leave room between them), with two lines or more that hold two runs side by side (a line that holds one
    may be a cell's wrapped line)."""
    stretches: list[list[int]] = []
    current: list[list[int]] = []
    for line in [*lines, []]:
        if line and all(i in aligned for i in line) and _apart(runs, line):
            current.append(line)
            continue
        if sum(len(row) >= 2 for row in current) >= 2:
            stretches.append([i for row in current for i in row])
        current = []
    return stretches


def _apart(runs: list[Run], line: list[int]) -> bool:
    """Whether the runs side by side on a line leave room for a gap between them: each starts at least its text's
    narrowest width and an em after the one before (not so a PDF that sets each letter or short word apart)."""
    return all((runs[b].x or 0.0) - (runs[a].x or 0.0) >= (NARROWEST * len(runs[a].text.strip()) + GAP) * runs[a].size
               for a, b in pairwise(line))


def _contiguous(stretch: list[int], marks: list[int]) -> list[list[int]]:
    """A stretch's runs cut where the page draws other text between them: a table is drawn in one go."""
    position = {i: n for n, i in enumerate(marks)}
    groups: list[list[int]] = []
    for i in stretch:
        if groups and position[i] == position[groups[-1][-1]] + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _columns(runs: list[Run], group: list[int]) -> list[float]:
    """The x where each column of a group of runs starts, left to right."""
    starts: list[float] = []
    for x in sorted(runs[i].x or 0.0 for i in group):
        if not starts or x - starts[-1] > COLUMN:
            starts.append(x)
    return starts


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[int, tuple[int, ...]], ...]  # (column, runs) of each cell, left to right

    @property
    def columns(self) -> set[int]:
        return {column for column, _ in self.cells}


def _rows(runs: list[Run], group: list[int]) -> list[_Row]:
    """A group's runs as rows, in drawing order: a cell's lines go down its column, the next cell is in a column
    further right and beside the row; anything else (back to a column on the left, a line too far below) starts
    a new row."""
    starts = _columns(runs, group)
    rows: list[list[tuple[int, list[int]]]] = []
    for i in group:
        column = min(range(len(starts)), key=lambda k: abs(starts[k] - (runs[i].x or 0.0)))
        if rows and rows[-1][-1][0] < column and _beside(runs, [j for _, cell in rows[-1] for j in cell], runs[i]):
            rows[-1].append((column, [i]))
        elif rows and rows[-1][-1][0] == column and _next_line(runs[rows[-1][-1][1][-1]], runs[i]):
            rows[-1][-1][1].append(i)
        else:
            rows.append([(column, [i])])
    return [_Row(tuple((column, tuple(cell)) for column, cell in row)) for row in rows]


def _beside(runs: list[Run], row: list[int], run: Run) -> bool:
    """Whether a cell starting with ``run`` can be beside a row's runs so far: its first line is not below them all
    (a caption or a paragraph that comes before a table is not the first cell of its first row)."""
    return run.y >= min(runs[i].y for i in row) - SAME_LINE * run.size


def _next_line(above: Run, run: Run) -> bool:
    """Whether ``run`` is the line after ``above`` in one cell: lower, but by no more than a line's spacing."""
    drop = above.y - run.y
    return SAME_LINE * run.size < drop <= LEADING * run.size


def _side_by_side(runs: list[Run], row: _Row) -> bool:
    """A row's cells share some height: set at the top, middle or bottom of the row, they overlap."""
    spans = [[runs[i].y for i in cell] for _, cell in row.cells]
    slack = SAME_LINE * min(runs[cell[0]].size for _, cell in row.cells)
    return max(min(span) for span in spans) <= min(max(span) for span in spans) + slack


def _tables(runs: list[Run], group: list[int]) -> list[Table]:
    """The tables among a group's rows: series of two rows or more of two cells or more side by side, each row
    sharing a column with the one before, that are not a list."""
    tables = []
    series: list[_Row] = []
    for row in [*_rows(runs, group), None]:
        full = row is not None and len(row.cells) >= 2 and _side_by_side(runs, row)
        if row is not None and full and series and row.columns & series[-1].columns:
            series.append(row)
            continue
        if len(series) >= 2 and not _a_list(runs, series):
            tables.append(_table(runs, series))
        series = [row] if row is not None and full else []
    return tables


def _a_list(runs: list[Run], rows: list[_Row]) -> bool:
    """Rows of two cells, the first a bullet or an item marker: a list, or a resolution's clauses set with a hanging
    indent ("a)" then the clause), which read as they always have. The first row may be the line above the list
    ("resolves" set where the markers are, and so read as the first marker's cell)."""
    return all(len(row.cells) == 2 and _is_marker(_cell_text(runs, row.cells[0][1])) for row in rows[1:])


def _is_marker(text: str) -> bool:
    return bool(_BULLET.match(text) or MARKER_ONLY.match(text))


def _table(runs: list[Run], rows: list[_Row]) -> Table:
    indices = [i for row in rows for _, cell in row.cells for i in cell]
    texts = tuple(tuple(text for text in (_cell_text(runs, cell) for _, cell in row.cells) if text) for row in rows)
    return Table(min(indices), max(indices), texts)


def _cell_text(runs: list[Run], cell: Iterable[int]) -> str:
    """A cell's lines (its runs, one a line) joined as a wrapped paragraph's are: "infor-" + "mation"."""
    text = ""
    for i in cell:
        text = join_wrapped(text, runs[i].text.strip())
    return clean(text)
