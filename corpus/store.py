"""Stored documents: ``<home>/documents/<id>/`` holds the original bytes and ``meta.json``.

meta.json: id, title, kind, format, sha256, size, fetched_at, source (the URL or path it came
from), url (where a citation points), etag / last_modified for a conditional re-fetch, units,
report (what reading it found: ``corpus.report.Report.to_dict``; absent in older files), lang (the
UN language of its text, ISO 639-1; absent in older files, which were all English), names (other names
its operator gave it: ``wsis corpus add --name``).
A document is written to a temporary folder and moved into place whole, so an error part-way
never leaves a stored document half-replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from corpus.blocks import CorpusError

ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")  # always fullmatch: "$" would let "evil\n" through
RESERVED = {"itu-wsis-page"}  # bundled with the project, never stored


@dataclass(frozen=True)
class StoredDocument:
    id: str
    title: str
    kind: str
    format: str
    sha256: str
    size: int
    fetched_at: str
    source: str
    url: str = ""
    filename: str = "original"
    etag: str = ""
    last_modified: str = ""
    units: int = 0
    extra: dict = field(default_factory=dict)
    report: dict = field(default_factory=dict)
    lang: str = "en"
    names: list[str] = field(default_factory=list)


def check_id(doc_id: str) -> str:
    if not isinstance(doc_id, str) or not ID_RE.fullmatch(doc_id):
        raise CorpusError(
            f"{doc_id!r} is not a valid document id: use lower-case letters, digits and '-' (e.g. tais, pp-res-140)"
        )
    if doc_id in RESERVED:
        raise CorpusError(f"{doc_id} is bundled with the project and cannot be replaced or removed")
    return doc_id


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DocumentStore:
    def __init__(self, home: Path) -> None:
        self.root = Path(home) / "documents"

    def folder(self, doc_id: str) -> Path:
        return self.root / check_id(doc_id)

    def get(self, doc_id: str) -> StoredDocument | None:
        meta = self.root / doc_id / "meta.json"
        if not ID_RE.fullmatch(doc_id) or not meta.is_file():
            return None
        try:
            return StoredDocument(**json.loads(meta.read_text("utf-8")))
        except (ValueError, TypeError) as exc:
            raise CorpusError(f"{meta} is damaged ({exc}); remove the document with `wsis corpus remove {doc_id}`") from None

    def all(self) -> list[StoredDocument]:
        if not self.root.is_dir():
            return []
        docs = [self.get(p.name) for p in sorted(self.root.iterdir()) if p.is_dir() and not p.name.startswith(".")]
        return [d for d in docs if d is not None]

    def read(self, doc: StoredDocument) -> bytes:
        return (self.root / doc.id / doc.filename).read_bytes()

    def put(self, doc: StoredDocument, data: bytes) -> StoredDocument:
        """Store ``data`` under ``doc.id``, replacing what was there only once everything is written."""
        target = self.folder(doc.id)
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{doc.id}-", dir=self.root))
        try:
            (staging / doc.filename).write_bytes(data)
            (staging / "meta.json").write_text(json.dumps(asdict(doc), indent=2, ensure_ascii=False), "utf-8")
            old = None
            if target.exists():
                old = self.root / f".{doc.id}-old-{os.getpid()}"
                target.rename(old)
            staging.rename(target)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return doc

    def touch(self, doc: StoredDocument, **changes) -> StoredDocument:
        """Update meta.json only (a re-fetch that found the same bytes)."""
        updated = StoredDocument(**{**asdict(doc), **changes})
        meta = self.root / doc.id / "meta.json"
        tmp = meta.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(updated), indent=2, ensure_ascii=False), "utf-8")
        tmp.replace(meta)
        return updated

    def remove(self, doc_id: str) -> bool:
        folder = self.folder(doc_id)
        if not folder.exists():
            return False
        shutil.rmtree(folder)
        return True
