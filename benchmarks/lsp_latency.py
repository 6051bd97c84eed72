"""How soon `healthlint lsp` answers, as an editor sees it.

    .venv/bin/python benchmarks/lsp_latency.py [--changes N] [--words N]

Starts the server as an editor does (a fresh process over stdio), opens one
~1,000-word Markdown article (held-out MedQuAD answers; see ``corpus.py``)
as soon as ``initialize`` is answered, then types ``--changes`` small edits,
each after the previous one's diagnostics arrived. Prints the seconds from
start to the ``initialize`` reply, from ``didOpen`` to the first diagnostics
(start-up included: the goal is ≤ 2 s) and from each ``didChange`` to its
diagnostics (debounce included: the goal is ≤ 0.3 s once warm), with the
server's CPU seconds and the load average, since the machine may be shared.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

SERVER = [sys.executable, "-m", "lint", "lsp"]
GOALS = {"first diagnostics (s)": 2.0, "after a change (s)": 0.3}


class Client:
    def __init__(self, command: list[str]):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)

    def send(self, **message) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self) -> dict:
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("the server closed its output")
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
            elif line == b"\r\n" and length is not None:
                return json.loads(self.process.stdout.read(length))

    def wait_for(self, predicate) -> dict:
        while True:
            message = self.receive()
            if predicate(message):
                return message

    def diagnostics(self, uri: str, version: int) -> dict:
        return self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                             and m["params"]["uri"] == uri and m["params"].get("version") == version)

    def cpu_seconds(self) -> float:
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20, help="edits to time after the first open")
    parser.add_argument("--words", type=int, default=1000, help="size of the article")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        path = corpus.article(Path(temp), args.words)
        text = path.read_text(encoding="utf-8")
        uri = path.resolve().as_uri()
        load = os.getloadavg()
        start = time.perf_counter()
        client = Client(SERVER)
        client.send(id=1, method="initialize", params={"processId": os.getpid(), "rootUri": Path(temp).as_uri(),
                                                       "capabilities": {}})
        client.wait_for(lambda m: m.get("id") == 1)
        initialized = time.perf_counter() - start
        client.send(method="initialized", params={})
        opened = time.perf_counter()
        client.send(method="textDocument/didOpen", params={"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        found = len(client.diagnostics(uri, 1)["params"]["diagnostics"])
        first = time.perf_counter() - opened
        cpu_at_open = client.cpu_seconds()
        changes = []
        lines = text.count("\n")
        for version in range(2, args.changes + 2):
            line = 2 + (version * 7) % max(1, lines - 2)
            sent = time.perf_counter()
            client.send(method="textDocument/didChange", params={
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": line, "character": 0},
                                              "end": {"line": line, "character": 0}},
                                    "text": "Take the the "}]})
            client.diagnostics(uri, version)
            changes.append(time.perf_counter() - sent)
        cpu = client.cpu_seconds()
        client.send(id=2, method="shutdown")
        client.wait_for(lambda m: m.get("id") == 2)
        client.send(method="exit")
        code = client.process.wait(timeout=30)

    print(f"article: {corpus.words_in(text):,} words, {found} diagnostics; {os.cpu_count()} cores; "
          f"load average before {load[0]:.2f}, after {os.getloadavg()[0]:.2f}")
    print(f"initialize answered           {initialized:7.3f} s")
    print(f"first diagnostics after open  {first:7.3f} s  (server CPU so far {cpu_at_open:.2f} s)  "
          f"goal ≤ {GOALS['first diagnostics (s)']} s: {'met' if first <= GOALS['first diagnostics (s)'] else 'NOT met'}")
    median, worst = statistics.median(changes), max(changes)
    print(f"after a change ({len(changes)} edits)    median {median:.3f} s, worst {worst:.3f} s  "
          f"(server CPU per edit {(cpu - cpu_at_open) / len(changes):.3f} s)  "
          f"goal ≤ {GOALS['after a change (s)']} s: {'met' if median <= GOALS['after a change (s)'] else 'NOT met'}")
    print(f"exit code after shutdown/exit {code}")


if __name__ == "__main__":
    main()
