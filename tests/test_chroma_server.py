"""The same code against a Chroma server (`chroma run`), as several app replicas use it."""

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app

CHROMA = Path(sys.executable).with_name("chroma")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_url(tmp_path):
    if not CHROMA.exists() and not shutil.which("chroma"):
        pytest.skip("the chroma command (from chromadb) is not installed")
    port = free_port()
    command = [str(CHROMA), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("chroma run did not start within 60 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_build_and_ask_through_a_chroma_server(chroma_url, tmp_path):
    runner = CliRunner()
    env = {"HF_HUB_OFFLINE": "1"}
    home = ["--home", str(tmp_path / "app")]  # nothing local: everything lives on the server
    built = runner.invoke(app, ["index", "build", "--chroma-url", chroma_url, *home], env=env)
    assert built.exit_code == 0, built.output
    asked = runner.invoke(app, ["ask", "What does paragraph 78 say?", "--json", "--chroma-url", chroma_url, *home], env=env)
    assert asked.exit_code == 0, asked.output
    assert json.loads(asked.stdout)["citations"][0]["id"] == "itu-wsis-page:tais-78"
    assert not (tmp_path / "app" / "chroma").exists()


def test_one_build_at_a_time_on_a_chroma_server_and_a_dead_builds_lock_is_taken_over(chroma_url, tmp_path):
    import os

    from index.store import SERVER_LOCK, build_lock, connect

    runner = CliRunner()
    build = ["index", "build", "--chroma-url", chroma_url, "--home", str(tmp_path / "app")]
    client = connect(tmp_path, chroma_url)
    with build_lock(client):  # another host building now
        second = runner.invoke(app, build, env={"HF_HUB_OFFLINE": "1"})
    assert second.exit_code == 2 and second.stdout == ""
    assert second.stderr.startswith(f"error: another `wsis index build` (pid {os.getpid()} on ")
    assert second.stderr.endswith(f"is running on {chroma_url.removeprefix('http://')}; try again when it ends\n")
    assert SERVER_LOCK not in [c.name for c in client.list_collections()], "the lock goes with its build"

    client.create_collection(SERVER_LOCK, metadata={"holder": "pid 1 on a host that crashed", "token": "t",
                                                    "since": "2020-01-01T00:00:00+00:00", "beat": time.time() - 3600})
    taken_over = runner.invoke(app, build, env={"HF_HUB_OFFLINE": "1"})
    assert taken_over.exit_code == 0, taken_over.output
    assert SERVER_LOCK not in [c.name for c in client.list_collections()]
