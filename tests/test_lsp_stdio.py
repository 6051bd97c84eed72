"""`healthlint lsp` fed raw bytes over stdio, as no client library would
send them: it answers what it can and leaves cleanly."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("pygls", reason="the language server needs the `lsp` extra")

SERVER = [sys.executable, "-m", "lint", "lsp"]


def _frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _message(**fields) -> bytes:
    return _frame(json.dumps({"jsonrpc": "2.0", **fields}).encode())


def test_malformed_messages_and_invalid_utf8_then_a_clean_exit():
    """Raw bytes no client library would send: the server answers what it
    can, and leaves with code 0 after shutdown and exit."""
    stream = b"".join([
        _message(id=1, method="initialize", params={"processId": None, "rootUri": None, "capabilities": {}}),
        _message(method="initialized", params={}),
        _frame(b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": "\xff\xfe"}'),
        _frame(b"{not json"),
        _message(method="textDocument/didOpen", params={"textDocument": {"uri": 5}}),
        _message(id=2, method="textDocument/hover", params={"bad": True}),
        _message(id=3, method="textDocument/hover", params={
            "textDocument": {"uri": "file:///never/opened.md"}, "position": {"line": 0, "character": 0}}),
        _message(id=4, method="shutdown"),
        _message(method="exit"),
    ])
    done = subprocess.run(SERVER, input=stream, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    replies = {}
    for chunk in done.stdout.split(b"Content-Length: ")[1:]:
        body = json.loads(chunk.split(b"\r\n\r\n", 1)[1])
        if "id" in body:
            replies[body["id"]] = body
    assert replies[1]["result"]["serverInfo"]["name"] == "healthlint"
    assert "error" in replies[2]
    assert replies[3]["result"] is None
    assert replies[4]["result"] is None
    assert b"window/showMessage" not in done.stdout


def test_exit_without_shutdown_is_code_1():
    stream = _message(id=1, method="initialize", params={"processId": None, "capabilities": {}}) + _message(method="exit")
    assert subprocess.run(SERVER, input=stream, capture_output=True, timeout=120).returncode == 1
