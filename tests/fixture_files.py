"""What the fixture document families (tests/devdocs to tests/devdocs4) share: writing their files out, Word archives
whose bytes do not depend on the clock, the locator of a resolution's clause in their answer keys, and the checks of
an answer key (tests/devdocs3, tests/devdocs4) against what the project reads and against its question sets."""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path


def stable_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """The same archive with every member dated ``when``, so that two builds give identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def write_documents(folder: Path, builders: dict[str, Callable[[], bytes]], filenames: dict[str, str]) -> dict[str, Path]:
    """Each document built into ``folder`` under its file name; document id -> path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for doc_id, build in builders.items():
        paths[doc_id] = folder / filenames[doc_id]
        paths[doc_id].write_bytes(build())
    return paths


def slug(keyword: str) -> str:
    """A resolution part's keyword as its clauses' locators spell it: "instructs the Director" -> "instructs-the-director"."""
    return re.sub(r"[^a-z0-9]+", "-", keyword.lower()).strip("-")


def flat(text: str) -> str:
    """``text`` with its whitespace collapsed, as an answer key compares it."""
    return " ".join(text.split())


def read_units(home: Path, written: dict[str, Path]) -> dict[str, str]:
    """Unit id -> text (whitespace collapsed) as ``corpus.library`` reads the ``written`` files (document id -> path)
    into ``home``, for those documents only."""
    from corpus.library import add_file, all_units

    for doc_id, path in written.items():
        add_file(Path(home), path, doc_id)
    return {u.id: flat(u.text) for u in all_units(Path(home)) if u.doc in written}


def unit_differences(expected: dict[str, str], found: dict[str, str]) -> list[str]:
    """Differences between an answer key's units and those read, each shown where it starts; [] when they agree."""
    problems = [f"missing {uid}" for uid in expected if uid not in found]
    problems += [f"unexpected {uid}: {found[uid][:90]}" for uid in found if uid not in expected]
    for uid, text in expected.items():
        if uid in found and found[uid] != text:
            at = next((i for i, (a, b) in enumerate(zip(text, found[uid], strict=False)) if a != b),
                      min(len(text), len(found[uid])))
            problems.append(f"{uid} differs at {at}: expected …{text[max(0, at - 30):at + 40]!r} "
                            f"read …{found[uid][max(0, at - 30):at + 40]!r}")
    return problems


FIELDS = ["id", "question", "expected_citations", "expected_facts", "answerable", "tags", "lang"]
TAGS = {"reference", "named-document", "paraphrase", "list", "multi-part", "near-miss", "yes-no", "number", "date",
        "who", "where"}


def question_problems(datasets: Path, sets: Iterable[str], units: dict[str, str]) -> list[str]:
    """Problems in the question ``sets`` (``<datasets>/<set>.jsonl``) written against the answer key ``units``: fields,
    ids, tags, citations, and facts that are not a substring (case-insensitive) of one of the cited units' text."""
    units = {uid: text.lower() for uid, text in units.items()}
    problems: list[str] = []
    seen: set[str] = set()
    for name in sets:
        for n, line in enumerate((Path(datasets) / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            problems += _item_problems(f"{name}:{n}", json.loads(line), units, seen)
    return problems


def _item_problems(where: str, item: dict, units: dict[str, str], seen: set[str]) -> list[str]:
    problems = []
    if list(item) != FIELDS:
        problems.append(f"{where}: fields {list(item)}")
    if item["id"] in seen:
        problems.append(f"{where}: duplicate id {item['id']}")
    seen.add(item["id"])
    tags = set(item["tags"])
    bad = {t for t in tags if t not in TAGS and not re.fullmatch(r"lang:(en|fr|es|ru|ar|zh)", t)}
    if bad or f"lang:{item['lang']}" not in tags:
        problems.append(f"{where}: tags {sorted(bad)} / lang {item['lang']}")
    cited, facts = item["expected_citations"], item["expected_facts"]
    if not item["answerable"]:
        if cited or facts or "near-miss" not in tags:
            problems.append(f"{where}: a near miss cites or states facts, or lacks its tag")
        return problems
    if not cited or not facts or "near-miss" in tags:
        problems.append(f"{where}: an answerable question without citations or facts")
    problems += [f"{where}: no unit {uid}" for uid in cited if uid not in units]
    problems += [f"{where}: fact {fact!r} is in none of {cited}" for fact in facts
                 if not any(fact.lower() in units.get(uid, "") for uid in cited)]
    if "multi-part" in tags and len(cited) < 2:
        problems.append(f"{where}: multi-part with one citation")
    if len(cited) >= 2:
        problems += [f"{where}: no fact from {uid}" for uid in cited
                     if not any(f.lower() in units.get(uid, "") for f in facts)]
    return problems


def self_check(check_units: Callable[[Path], list[str]], check_questions: Callable[[Path], list[str]],
               root: Path) -> list[str]:
    """A family's two checks for the repository at ``root``, the units read in a scratch home; [] when all agree."""
    with tempfile.TemporaryDirectory() as scratch:
        return check_units(Path(scratch)) + check_questions(Path(root) / "evals" / "datasets")
