"""Same input, same bytes: across runs, hash seeds and --jobs. No network at
run time, safe loaders only, and user text can never become a regex."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"


def run_cli(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "lint", "check", str(ARTICLES), "--format", "json",
                           "--no-cache", "--fail-on", "never", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT)


def test_json_is_byte_identical_across_hash_seeds_and_jobs():
    outputs = {
        run_cli("--jobs", jobs, env_extra={"PYTHONHASHSEED": seed}).stdout
        for seed, jobs in (("1", "1"), ("2", "2"), ("3", "1"), ("random", "2"))
    }
    assert len(outputs) == 1
    assert '"findings": [' in outputs.pop()


def test_no_network_access_at_run_time(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network access attempted')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n")
    offline = run_cli(env_extra={"PYTHONPATH": str(tmp_path)})
    assert offline.returncode == 0, offline.stderr
    assert offline.stdout == run_cli().stdout


def test_only_safe_loaders_read_user_files():
    unsafe = re.compile(r"yaml\.load\(|yaml\.unsafe_load|yaml\.Loader\b|\beval\(|\bexec\(|pickle\.loads?\(")
    offenders = []
    for path in (ROOT / "lint").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if unsafe.search(line) and path.name != "cache.py":  # the cache unpickles only its own file
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders


@pytest.mark.parametrize("form", ["(a+)+$", "(x|x|x)*y", ".*.*.*=.*", "[a-z]{1,99999}"])
def test_termbase_forms_are_literal_text_never_patterns(tmp_path, form):
    from lint.config import Config
    from lint.engine import lint_text

    (tmp_path / "house.yaml").write_text(
        f"- {{preferred: safe term, category: other, deprecated: [{{term: '{form}', reason: test}}]}}\n")
    config = Config(select=("terminology/deprecated-term",), termbases=("house.yaml",), root=str(tmp_path))
    # Text that would make these shapes backtrack for minutes if they were regexes.
    hostile = "a" * 5000 + "!" + " x" * 2000
    start = time.perf_counter()
    assert lint_text(hostile, "a.md", config) == []
    assert time.perf_counter() - start < 5, "a termbase form was treated as a regular expression"
