"""Shared fixtures: the real embedding model and one index of the bundled page per session."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
PAGE_QUESTIONS = ROOT / "evals" / "datasets" / "page.jsonl"


@pytest.fixture(scope="session")
def embeddings():
    from index.embeddings import SentenceEmbeddings

    return SentenceEmbeddings()


@pytest.fixture(scope="session")
def page_home(tmp_path_factory, embeddings) -> Path:
    """A data directory holding an index of the bundled page, built once."""
    from corpus import bundled_units
    from index.build import build_index
    from index.store import connect

    home = tmp_path_factory.mktemp("home")
    build_index(connect(home, create=True), bundled_units(), embeddings)
    return home


@pytest.fixture(scope="session")
def assistant(page_home, embeddings):
    from assistant.service import Assistant
    from assistant.settings import Settings
    from index.search import Searcher
    from index.store import connect

    settings = Settings(home=page_home)
    return Assistant(settings, Searcher(connect(page_home), embeddings, where=str(page_home)))


def load_questions() -> list[dict]:
    return [json.loads(line) for line in PAGE_QUESTIONS.read_text().splitlines() if line.strip()]
