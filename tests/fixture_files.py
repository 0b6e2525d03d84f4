"""What the fixture document families (tests/devdocs, tests/devdocs2, tests/devdocs3) share: writing their files out,
Word archives whose bytes do not depend on the clock, and the locator of a resolution's clause in their answer keys."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
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
