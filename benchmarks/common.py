"""What the benchmark scripts share: percentiles, a `wsis serve` process, HTTP calls, a synthetic corpus.

Every timing the scripts report is paired with a reference measured in the same run (same process
when possible, interleaved question by question), because absolute times on shared machines drift.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "evals" / "datasets" / "page.jsonl"
WSIS = Path(sys.executable).with_name("wsis")
CHROMA = Path(sys.executable).with_name("chroma")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def load_questions() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text().splitlines() if line.strip()]


def pct(values, q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else float("nan")


def summary_ms(seconds: list[float]) -> dict:
    return {"p50_ms": round(pct(seconds, 50) * 1000, 2), "p95_ms": round(pct(seconds, 95) * 1000, 2), "n": len(seconds)}


def machine() -> dict:
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    return {"cpus": os.cpu_count(), "loadavg": [float(x) for x in load], "python": sys.version.split()[0],
            "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> dict:
    """Current and peak resident memory of a process (Linux /proc), in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    return {"rss_mb": fields.get("VmRSS"), "peak_rss_mb": fields.get("VmHWM")}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- a `wsis serve` process --------------------------------------------------------------------
def serve_env(home: Path, port: int, chroma_url: str | None = None, **extra: str) -> dict:
    env = {**os.environ, "WSIS_HOME": str(home), "WSIS_PORT": str(port), "WSIS_HOST": "127.0.0.1",
           "WSIS_RATE_LIMIT_PER_MINUTE": "0", "GRADIO_ANALYTICS_ENABLED": "False", **extra}
    if chroma_url:
        env["WSIS_CHROMA_URL"] = chroma_url
    return env


def start_serve(home: Path, port: int, chroma_url: str | None = None, log: Path | None = None, **extra: str) -> subprocess.Popen:
    out = open(log, "w") if log else subprocess.DEVNULL
    return subprocess.Popen([str(WSIS), "serve"], env=serve_env(home, port, chroma_url, **extra),
                            stdout=out, stderr=subprocess.STDOUT)


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 120) -> float:
    """Seconds until /healthz answers 200."""
    import httpx

    started = time.perf_counter()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"wsis serve exited with {process.returncode}")
        try:
            if httpx.get(url + "healthz", timeout=2).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"wsis serve at {url} not ready in {timeout} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def api_ask(client, url: str, question: str) -> dict:
    response = client.post(url + "api/ask", json={"question": question}, timeout=120)
    response.raise_for_status()
    return response.json()


def ui_ask(client, url: str, question: str) -> dict:
    """The chat UI's `/ask` endpoint through the Gradio queue (what gradio_client does, in plain HTTP)."""
    # named parameters (v2): robust to optional parameters added to the endpoint later
    started = client.post(url + "gradio_api/call/v2/ask", json={"question": question}, timeout=120)
    started.raise_for_status()
    event_id = started.json()["event_id"]
    with client.stream("GET", url + f"gradio_api/call/ask/{event_id}", timeout=120) as stream:
        event = None
        for line in stream.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                data = json.loads(line.split(":", 1)[1].strip() or "null")
                if event == "error":
                    raise RuntimeError(f"gradio error: {data}")
                return data[0]
    raise RuntimeError("gradio stream ended without an answer")


def answer_key(answer: dict) -> tuple:
    """What must not change with concurrency: the text, refusal, and each citation (id, quote)."""
    return (answer["answer"], answer["refused"], tuple((c["id"], c["quote"]) for c in answer["citations"]))


# -- a synthetic corpus ------------------------------------------------------------------------
def synthetic_units(n: int, seed: int = 7):
    """``n`` units whose texts read like the page's: its sentences, with a share of the words
    replaced from a Zipf-distributed vocabulary so that BM25 sees a large, realistic vocabulary.
    Lengths follow the page's units (1 to 3 sentences: ~35 words on average)."""
    from corpus import Unit, bundled_units
    from corpus.text import split_sentences

    rng = random.Random(seed)
    pool = [s for u in bundled_units() for s in split_sentences(u.text) if len(s.split()) >= 5]
    vocab = [f"{a}{b}" for a in ("tele", "info", "net", "data", "cyber", "radio", "spect", "digi", "comm", "gov",
                                 "stand", "devel", "secur", "access", "capac", "polic", "regul", "broad", "mobil", "satel")
             for b in range(1000)]
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    units = []
    for i in range(n):
        sentences = rng.sample(pool, rng.choice((1, 1, 1, 2, 2, 3)))  # ~35 words, ~1.2 passages: like the page
        words = " ".join(sentences).split()
        swapped = rng.choices(vocab, weights=weights, k=len(words))
        text = " ".join(w if rng.random() > 0.3 or not re.match(r"^[a-z]+$", w) else s
                        for w, s in zip(words, swapped, strict=True))
        units.append(Unit(doc="synthetic", locator=str(i), label=f"Synthetic unit {i}", text=text,
                          section="Synthetic", body="ITU"))
    return units


class SyntheticVectors:
    """Real query embeddings, random (deterministic) unit vectors for the passages.

    Used where embedding every passage with the model would take longer than the benchmark may
    (10k and 100k units): the build then measures everything but the model, whose cost is known
    from the measured encode throughput. The model name matches, so the Searcher accepts the index.
    """

    def __init__(self, real) -> None:
        self.real = real
        self.model_name = real.model_name
        self.seconds = 0.0

    @property
    def dimension(self) -> int:
        return self.real.dimension

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        started = time.perf_counter()
        rng = np.random.default_rng(len(texts) * 7919 + sum(map(len, texts)))
        vectors = rng.standard_normal((len(texts), self.dimension)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        self.seconds += time.perf_counter() - started
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.real.embed_query(text)

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        return self.real.embed_queries(texts)

    def clear_query_cache(self) -> None:
        self.real.clear_query_cache()
