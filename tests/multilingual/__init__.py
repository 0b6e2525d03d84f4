"""Fixtures for questions and documents in the six UN languages.

``write_agendas`` writes the fixture agenda in its six versions (the English one as ITU's HTML,
``corpus_fixtures.agenda_html``; the translations as plain text, ``translations.agenda_txt``), and
``add_agendas`` stores them in a data directory the way an operator would, ``wsis corpus add FILE
--id tais-fr --lang fr``: the English original as ``tais``, each translation under its id with the
language suffix (``tais-fr`` … ``tais-zh``). Index ``corpus.all_units(home)`` to search the page and
the six versions together, as ``evals/datasets/multilingual-docs.jsonl`` expects::

    home = tmp_path / "home"
    add_agendas(home, tmp_path / "files")
    build_index(connect(home, create=True), all_units(home), embeddings)
"""

from __future__ import annotations

from pathlib import Path

import corpus_fixtures as F
from multilingual.translations import AGENDAS, DOC_IDS, agenda_txt

LANGS: tuple[str, ...] = tuple(AGENDAS)
"""The six UN languages, English first: "en", "fr", "es", "ru", "ar", "zh"."""


def agenda_file(lang: str) -> tuple[str, bytes]:
    """The file name and bytes of one version of the fixture agenda."""
    if lang == "en":
        return "6rev1.html", F.agenda_html()
    return f"6rev1-{lang}.txt", agenda_txt(lang)


def write_agendas(folder: Path, langs: tuple[str, ...] = LANGS) -> dict[str, Path]:
    """Write the versions of the fixture agenda into ``folder``: document id -> the file written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for lang in langs:
        name, data = agenda_file(lang)
        path = folder / name
        path.write_bytes(data)
        written[DOC_IDS[lang]] = path
    return written


def add_agendas(home: Path, folder: Path, langs: tuple[str, ...] = LANGS, tell_language: bool = True) -> dict[str, str]:
    """Store the versions of the fixture agenda in the data directory ``home`` (files written to ``folder``).

    ``tell_language``: pass each version's language, as ``--lang`` does; False leaves it to be told
    from the text. Returns document id -> the language it was stored in.
    """
    from corpus.library import add_file

    stored = {}
    for lang in langs:
        doc_id = DOC_IDS[lang]
        path = write_agendas(folder, (lang,))[doc_id]
        stored[doc_id] = add_file(home, path, doc_id, lang=lang if tell_language else None).lang
    return stored
