"""The ITU "ITU and WSIS" page as citable units.

The bundled copy is the page's text without its markup, so the headings the HTML marked are
declared here, each with the short key its units' locators use. A line the page adds later that
is not a declared heading is kept as an item of the section it falls in, never dropped.
"""

from __future__ import annotations

import re

from corpus.bodies import BODY_NAMES
from corpus.refs import find_refs, named_body, ref_ids
from corpus.registry import load_registry
from corpus.text import clean, strip_bullet
from corpus.units import Unit

DOC = "itu-wsis-page"
SHORT = "ITU and WSIS page"

# heading text -> (locator key, level)
HEADINGS: dict[str, tuple[str, int]] = {
    "WSIS Action Line Roadmaps": ("roadmaps", 1),
    "ITU's Role in the WSIS Implementation and Follow-up": ("role", 1),
    "ITU in the WSIS Outcome Documents": ("outcome-documents", 2),
    "Latest from WSIS Implementation Process": ("latest", 1),
    "ITU Decisions Relevant to WSIS Outcomes": ("decisions", 1),
    "Plenipotentiary Conference": ("pp", 2),
    "World Telecommunication Development Conference": ("wtdc", 2),
    "World Telecommunication Standardization Assembly": ("wtsa", 2),
    "ITU Council Working Groups related to WSIS": ("council-wg", 1),
    "ITU Focal Points": ("focal-points", 1),
}
_HEADING_KEYS = {re.sub(r"\W+", " ", h).strip().lower(): h for h in HEADINGS}

BREADCRUMB = re.compile(r"^\s*Home\s*:")
FOOTER = re.compile(r"^\s*Top\s*-\s*Feedback")
BULLET = re.compile(r"^(?P<indent>\s*)[•·▪◦]\s*")
TAIS_ITEM = re.compile(r"^(?P<where>.+?)\s+of\s+TAIS\b\s*[-–—:]?\s*(?P<rest>.*)$")
RESOLUTION = re.compile(r"^Resolution\s+(?P<num>\d+)\b")
ICON = re.compile(r"\s*\b(?:Pdf|Word)\s+icon\b\s*", re.IGNORECASE)
RES_HEAD = re.compile(r"^Resolution\s+(?P<num>\d+)\s*\((?P<where>[^)]*)\)\s*(?P<title>.*)$")
DANGLING = re.compile(r"\b(?:for|of|and|the|to|in|on|with)$", re.IGNORECASE)


def _heading(line: str) -> str | None:
    return _HEADING_KEYS.get(re.sub(r"\W+", " ", line).strip().lower())


def _body_lines(raw: str) -> list[str]:
    """The page without the site's header and footer chrome."""
    lines = raw.splitlines()
    start = next((i + 1 for i, line in enumerate(lines) if BREADCRUMB.match(line)), 0)
    end = next((i for i, line in enumerate(lines) if FOOTER.match(line)), len(lines))
    return lines[start:end]


def tais_label(where: str) -> str:
    """"§ 27 and 50 c ii" -> "§27 and §50(c)(ii)"; "§ 112 to § 115" -> "§§112–115"."""
    if where.strip().lower() == "annex":
        return "Annex"
    range_match = re.fullmatch(r"§\s*(\d+)\s*to\s*§?\s*(\d+)", where.strip())
    if range_match:
        return f"§§{range_match[1]}–{range_match[2]}"
    parts = re.findall(r"(\d+)((?:\s+(?:[a-z]|[ivx]{1,4})\b)*)", where.replace("§", ""))
    return " and ".join(
        "§" + num + "".join(f"({sub})" for sub in subs.split()) for num, subs in parts
    )


class _PageBuilder:
    def __init__(self) -> None:
        registry = load_registry()
        self.url = registry[DOC].url
        self.registry = registry
        self.units: list[Unit] = []
        self.section = ""
        self.subsection = ""
        self.items: list[str] = []
        self.paragraphs: dict[str, int] = {}

    @property
    def key(self) -> str:
        return HEADINGS[self.subsection or self.section][0] if (self.subsection or self.section) else "intro"

    @property
    def section_path(self) -> str:
        return " — ".join(h for h in (self.section, self.subsection) if h)

    def add(self, locator: str, label: str, text: str, refs: tuple[str, ...] | None = None,
            section: str | None = None, **extra) -> None:
        self.units.append(Unit(
            doc=DOC, locator=locator, label=f"{SHORT} — {label}", text=text, url=self.url,
            title=self.registry[DOC].title,
            refs=ref_ids(find_refs(text), default_doc="tais") if refs is None else refs,
            section=self.section_path if section is None else section,
            **{"body": self.registry[DOC].body, "kind": "page", **extra},
        ))

    def heading(self, heading: str) -> None:
        self.flush_items()
        if HEADINGS[heading][1] == 1:
            self.section, self.subsection = heading, ""
        else:
            self.subsection = heading

    def flush_items(self) -> None:
        """Link lists and short items under a heading become one unit named for the heading."""
        if not self.items:
            return
        heading = self.subsection or self.section or "Introduction"
        text = "; ".join(item.rstrip(":;.") for item in self.items) + "."
        self.add(self.key, heading, f"{heading}: {text}")
        self.items = []

    def paragraph(self, text: str) -> None:
        n = self.paragraphs[self.key] = self.paragraphs.get(self.key, 0) + 1
        heading = self.subsection or self.section or "Introduction"
        self.add(f"{self.key}-{n}", f"{heading} ¶{n}", text)

    def tais_item(self, where: str, rest: str, line: str) -> None:
        label = tais_label(where)
        numbers = re.findall(r"\d+", where)
        span = numbers[:1] + numbers[-1:] if len(numbers) > 1 else numbers  # "§§ 112 to 115": tais-112-115
        locator = "tais-" + ("annex" if label == "Annex" else "-".join(span))
        self.add(locator, f"TAIS {label}", line)

    def resolution(self, entry: str) -> None:
        entry = clean(ICON.sub(" ", entry))
        match = RES_HEAD.match(entry)
        if not match:
            self.items.append(entry)
            return
        where = match["where"]
        body = named_body(where) or ""
        year_match = re.search(r"(\d{4})|-(\d{2})\b", where)
        year = int(year_match[1] or f"20{year_match[2]}") if year_match else None
        doc_id = next(
            (d.id for d in self.registry.values() if d.kind == "resolution" and d.number == match["num"] and d.body == body),
            f"{body.lower()}-res-{match['num']}",
        )
        text = f"Resolution {match['num']} ({where}): {match['title'].strip().rstrip('.')}."
        # The Council entry sits under the WTSA heading on the page; its body says where it belongs.
        section = " — ".join(h for h in (self.section, BODY_NAMES.get(body, "")) if h)
        self.add(doc_id, f"Resolution {match['num']} ({where})", text, refs=(doc_id,),
                 section=section, body=body, year=year, number=match["num"])


def parse_page(raw: str) -> list[Unit]:
    builder = _PageBuilder()
    lines = _body_lines(raw)
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = clean(line)
        i += 1
        if not stripped:
            continue
        heading = _heading(stripped)
        if heading:
            builder.heading(heading)
            continue
        if BULLET.match(line):
            text = clean(strip_bullet(line))
            tais = TAIS_ITEM.match(text)
            if tais and (tais["where"].startswith("§") or tais["where"].lower() == "annex"):
                builder.tais_item(tais["where"], tais["rest"], text)
            else:
                builder.items.append(text)
            continue
        if RESOLUTION.match(stripped):
            # An entry runs on over the following lines until a blank line or the next entry.
            entry = [stripped]
            while i < len(lines) and clean(lines[i]) and not RESOLUTION.match(clean(lines[i])) and not _heading(clean(lines[i])):
                entry.append(clean(lines[i]))
                i += 1
            builder.resolution(" ".join(entry))
            continue
        if len(stripped) >= 100 or stripped.endswith((".", ":")):
            builder.paragraph(stripped)
        elif builder.items and (stripped.startswith("(") or DANGLING.search(builder.items[-1])):
            # "(November 2010 - May 2011)" qualifies the line above; "Focal Points For" runs on.
            builder.items[-1] += " " + stripped
        else:
            builder.items.append(stripped)
    builder.flush_items()
    return builder.units
