"""Load test: 1, 8 and 32 concurrent clients asking different questions of one `wsis serve`.

    .venv/bin/python benchmarks/load.py [--levels 1,8,32] [--home DIR]

Loopback only, bounded: each level asks the 85 page questions once (client i asks questions
i, i+c, i+2c, ...; even clients through the JSON API, odd ones through the Gradio queue, the chat
UI's `/ask`) and must finish within --max-seconds. Each level gets a fresh server, so every
question misses the query-embedding cache and really runs the model under concurrency.
A probe measures /healthz while the level runs: a blocked event loop would show there.

Passes when no request fails and every answer (text, refusal, citations with their quotes) is
identical to the single-user one (the level-1 run). Exit code 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    ROOT,
    WSIS,
    answer_key,
    api_ask,
    cpu_seconds,
    free_port,
    load_questions,
    machine,
    rss_mb,
    start_serve,
    stop,
    summary_ms,
    ui_ask,
    wait_ready,
)


def run_level(home: Path, clients: int, questions: list[str], max_seconds: float, route: str = "both") -> dict:
    """``clients`` threads share the questions; half the clients ask through /api/ask and half through
    the Gradio queue (alternating per question for a single client), or all through one ``route``."""
    import httpx

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server = start_serve(home, port)
    try:
        wait_ready(url, server)
        latencies: list[float] = []
        answers: dict[str, tuple] = {}
        errors: list[str] = []
        probe: list[float] = []
        done = threading.Event()
        deadline = time.monotonic() + max_seconds

        def client(i: int) -> None:
            with httpx.Client() as http:
                for n, q in enumerate(questions[i::clients]):
                    if time.monotonic() > deadline:
                        errors.append(f"client {i}: time bound reached")
                        return
                    via_ui = route == "ui" or (route == "both" and ((i + n) % 2 == 1 if clients == 1 else i % 2 == 1))
                    t = time.perf_counter()
                    try:
                        answer = (ui_ask if via_ui else api_ask)(http, url, q)
                    except Exception as exc:  # every failure is counted, none stops the others
                        errors.append(f"{'ui' if via_ui else 'api'} {q[:40]!r}: {type(exc).__name__}: {exc}"[:300])
                        continue
                    latencies.append(time.perf_counter() - t)
                    answers[q] = answer_key(answer)

        def health_probe() -> None:
            with httpx.Client() as http:
                while not done.is_set():
                    t = time.perf_counter()
                    try:
                        http.get(url + "healthz", timeout=30)
                        probe.append(time.perf_counter() - t)
                    except httpx.HTTPError:
                        pass
                    done.wait(0.1)

        prober = threading.Thread(target=health_probe)
        prober.start()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        cpu_before = cpu_seconds(server.pid)
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        server_cpu = cpu_seconds(server.pid) - cpu_before
        done.set()
        prober.join()
        memory = rss_mb(server.pid)
    finally:
        stop(server)
    return {
        "clients": clients, "requests": len(latencies) + len(errors), "errors": len(errors), "error_samples": errors[:5],
        "wall_s": round(wall, 2), "throughput_rps": round(len(latencies) / wall, 2), **summary_ms(latencies),
        # what one answer costs the server, whatever else runs on the machine (the load generator does)
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(len(latencies), 1), 1),
        "healthz_during_load": summary_ms(probe), "server_memory": memory, "_answers": answers,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="1,8,32")
    parser.add_argument("--home", type=Path, help="a data dir with a built index (default: build the page into a temp dir)")
    parser.add_argument("--max-seconds", type=float, default=240, help="time bound per level")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "load-results.json")
    args = parser.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    questions = [q["question"] for q in load_questions()]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wsis-load-") as tmp:
        home = args.home
        if home is None:
            home = Path(tmp) / "home"
            subprocess.run([str(WSIS), "index", "build", "--home", str(home)], check=True, capture_output=True)
        rows = []
        for clients in levels:
            print(f"[{time.perf_counter() - started:6.1f}s] {clients} concurrent client(s)", file=sys.stderr, flush=True)
            rows.append(run_level(home, clients, questions, args.max_seconds))
        print(f"[{time.perf_counter() - started:6.1f}s] one client per route", file=sys.stderr, flush=True)
        routes = {route: run_level(home, 1, questions, args.max_seconds, route) for route in ("api", "ui")}
    reference = rows[0]["_answers"]
    for row in (*rows, *routes.values()):
        answers = row.pop("_answers")
        row["answers_differing_from_single_user"] = sum(1 for q, key in answers.items() if reference.get(q) != key)
        row["ok"] = row["errors"] == 0 and row["answers_differing_from_single_user"] == 0 and len(answers) == len(questions)
    result = {"machine": machine(), "questions": len(questions), "levels": rows, "routes_one_client": routes,
              "total_s": round(time.perf_counter() - started, 1),
              "note": "reference answers: the first level (single user); 2 CPU cores shared with other work"}
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"load test, {len(questions)} distinct questions per level, half via /api/ask, half via the Gradio queue "
          f"({result['machine']['cpus']} CPUs, load avg {result['machine']['loadavg']}):")
    print(f"{'clients':>7}  {'req/s':>6}  {'p50 ms':>8}  {'p95 ms':>8}  {'errors':>6}  {'differ':>6}  {'healthz p95 ms':>14}  "
          f"{'server CPU ms/req':>17}  ok")
    for row in rows:
        print(f"{row['clients']:>7}  {row['throughput_rps']:>6}  {row['p50_ms']:>8}  {row['p95_ms']:>8}  {row['errors']:>6}  "
              f"{row['answers_differing_from_single_user']:>6}  {row['healthz_during_load']['p95_ms']:>14}  "
              f"{row['server_cpu_ms_per_request']:>17}  {row['ok']}")
        for sample in row["error_samples"]:
            print(f"         {sample}")
    for name, route in routes.items():
        print(f"one client, all via {'/api/ask' if name == 'api' else 'the Gradio queue'}: {route['throughput_rps']} req/s, "
              f"p50 {route['p50_ms']} ms, server CPU {route['server_cpu_ms_per_request']} ms/request, errors {route['errors']}, "
              f"differing {route['answers_differing_from_single_user']}, ok {route['ok']}")
    return 0 if all(row["ok"] for row in (*rows, *routes.values())) else 1


if __name__ == "__main__":
    sys.exit(main())
