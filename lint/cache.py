"""The incremental cache: one SQLite file of per-file results.

A file's findings are reused when nothing that could change them has changed:
the file's path and content, and the *context* of the run — tool version,
healthlint's own code and shipped data (``lint/``), and the configuration
(including the contents of the dictionaries and termbases it names). Each row
also keeps the file's ``summaries`` so cross-article rules see every article
whether it was linted now or earlier.

The cache is an accelerator, never a source of failure: a cache that is
corrupt, locked or unwritable is ignored with a warning and the run goes on
without it. Writes are one short transaction in WAL mode, so two runs at
once never corrupt it (the later writer waits briefly, or skips storing).
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from lint import __version__
from lint.config import Config
from lint.findings import FileResult
from lint.rules import Rule

CACHE_DIR_NAME = ".healthlint_cache"
DATABASE_NAME = "results.sqlite3"
# Bump when the table layout or the pickled payload changes shape.
SCHEMA_VERSION = 3
# How long a run waits for another run's write before giving up on the cache.
LOCK_TIMEOUT_SECONDS = 2.0
# Only these keys of the configuration cannot change a file's findings.
CONFIG_KEYS_WITHOUT_EFFECT = ("fail_on",)

PACKAGE = Path(__file__).resolve().parent

TABLES = {
    # One row per file and context: the file's result, and apart from it the
    # summaries, which only a cross-article pass that is not cached needs.
    "results": "CREATE TABLE results (path TEXT NOT NULL, context TEXT NOT NULL, content TEXT NOT NULL, "
               "payload BLOB NOT NULL, summaries BLOB NOT NULL, PRIMARY KEY (path, context))",
    # The cross-article findings of the last run in a context, for the same files.
    "project": "CREATE TABLE project (context TEXT PRIMARY KEY, files TEXT NOT NULL, payload BLOB NOT NULL)",
    # The rule registry of an installation, so a fully cached run needs no check module.
    "rules": "CREATE TABLE rules (installation TEXT PRIMARY KEY, payload BLOB NOT NULL)",
}


def default_folder(config: Config) -> Path:
    """Beside the configuration file, or in the current directory without one."""
    return Path(config.root) / CACHE_DIR_NAME


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@lru_cache(maxsize=1)
def installation_fingerprint() -> str:
    """Tool version + healthlint's code + shipped data, once per process.

    Data files are hashed by content (they are small and define behaviour);
    code by size and modification time, which is enough to notice a developer
    editing a check in an editable install without reading every module.
    """
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for folder, subfolders, names in sorted(os.walk(PACKAGE)):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        relative = Path(folder).relative_to(PACKAGE).as_posix()
        in_data = relative == "data" or relative.startswith("data/")
        for name in sorted(names):
            path = os.path.join(folder, name)
            digest.update(f"{relative}/{name}\0".encode())
            if in_data:
                with open(path, "rb") as fh:
                    digest.update(fh.read())
            elif name.endswith(".py"):
                stat = os.stat(path)
                digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def config_fingerprint(config: Config) -> str:
    """A stable hash of everything in the configuration that shapes findings,
    including the contents of the word lists and termbases it points to."""
    settings = {k: v for k, v in dataclasses.asdict(config).items() if k not in CONFIG_KEYS_WITHOUT_EFFECT}
    digest = hashlib.blake2b(json.dumps(settings, sort_keys=True, default=repr).encode(), digest_size=16)
    for relative in (*config.dictionary_files, *config.termbases):
        try:
            digest.update(config.resolve(relative).read_bytes())
        except OSError:
            digest.update(b"\0missing")  # the run reports it; the key must still differ
    return digest.hexdigest()


class _Pickler(pickle.Pickler):
    """Store rules by id: they are part of the code, which the key covers."""

    def persistent_id(self, obj):
        return obj.id if isinstance(obj, Rule) else None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, rule_id):
        from lint.checks import rule_by_id

        rule = rule_by_id(rule_id)
        if rule is None:
            raise pickle.UnpicklingError(f"unknown rule {rule_id}")
        return rule


def _dump(value) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _load(payload: bytes):
    return _Unpickler(io.BytesIO(payload)).load()


class ResultCache:
    """Look up and store per-file results for one run's context."""

    def __init__(self, folder: str | Path, config: Config):
        self.folder = Path(folder)
        self.context = hashlib.blake2b(
            f"{installation_fingerprint()}:{config_fingerprint(config)}".encode(), digest_size=16).hexdigest()
        self.warnings: list[str] = []
        self._hashes: dict[str, str] = {}
        self._summaries: dict[str, bytes] = {}  # pickled, loaded only if needed
        self._db: sqlite3.Connection | None = None
        self._open()

    # -- opening ---------------------------------------------------------
    def _open(self) -> None:
        database = self.folder / DATABASE_NAME
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by healthlint; the cache is never committed.\n*\n", encoding="utf-8")
            db = sqlite3.connect(database, timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            self._disable(f"cannot open the cache in {self.folder} ({error}); running without it")
            return
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                _transaction(db, [*((f"DROP TABLE IF EXISTS {table}", ()) for table in TABLES),
                                  *((sql, ()) for sql in TABLES.values()),
                                  (f"PRAGMA user_version={SCHEMA_VERSION}", ())])
        except sqlite3.Error as error:
            db.close()
            self._disable(f"the cache {database} is unusable ({error}); running without it "
                          f"(`healthlint cache clear` removes it)")
            return
        self._db = db

    def _disable(self, message: str) -> None:
        self.warnings.append(message)
        if self._db is not None:
            self._db.close()
        self._db = None

    # -- use ---------------------------------------------------------------
    def lookup(self, paths: Iterable[str]) -> dict[str, FileResult]:
        """Results still valid for these files; the others must be linted
        (and a file that cannot be read is left for the linter to report)."""
        found: dict[str, FileResult] = {}
        if self._db is None:
            return found
        query = "SELECT content, payload, summaries FROM results WHERE path = ? AND context = ?"
        try:
            for path in paths:
                try:
                    with open(path, "rb") as fh:
                        digest = content_hash(fh.read())
                except OSError:
                    continue
                self._hashes[path] = digest
                row = self._db.execute(query, (path, self.context)).fetchone()
                if row is None or row[0] != digest:
                    continue
                try:
                    cached = _load(row[1])
                    if not isinstance(cached, FileResult):
                        continue
                    found[path] = dataclasses.replace(cached, path=path, summaries={})
                    self._summaries[path] = row[2]
                except Exception:  # a damaged or outdated row is a miss, not a failure
                    continue
        except sqlite3.Error as error:
            self._disable(f"cannot read the cache in {self.folder} ({error}); running without it")
            return {}
        return found

    def store(self, results: Iterable[FileResult]) -> None:
        """Remember fresh results (files that failed to lint are never stored)."""
        if self._db is None:
            return
        # The whole FileResult is kept (findings, word count, summaries and
        # anything added later), so a cached file reports exactly as a fresh one.
        rows = [(r.path, self.context, self._hashes[r.path], _dump(dataclasses.replace(r, summaries={})),
                 _dump(r.summaries))
                for r in results if r.error is None and r.path in self._hashes]
        if not rows:
            return
        try:
            _transaction(self._db, [("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)", row) for row in rows])
        except sqlite3.Error as error:
            self._disable(f"cannot write the cache in {self.folder} ({error}); results not stored")

    def restore_summaries(self, results: list[FileResult]) -> None:
        """Load the summaries of cached files, for a cross-article pass that
        must run again; a file whose summaries cannot be read has none."""
        for result in results:
            blob = self._summaries.pop(result.path, None)
            if blob is not None:
                try:
                    result.summaries = _load(blob)
                except Exception:
                    result.summaries = {}

    def _files_key(self, results: list[FileResult]) -> str | None:
        """What the cross-article findings depend on beyond the context: every
        file's path and content (None if one was not hashed, e.g. stdin)."""
        digest = hashlib.blake2b(digest_size=16)
        for r in results:
            if r.path not in self._hashes:
                return None
            digest.update(f"{r.path}\0{self._hashes[r.path]}\0".encode())
        return digest.hexdigest()

    def project_findings(self, results: list[FileResult]) -> list | None:
        """The cross-article findings stored for exactly these files, if any."""
        key = self._files_key(results) if self._db is not None else None
        if key is None:
            return None
        try:
            row = self._db.execute("SELECT files, payload FROM project WHERE context = ?", (self.context,)).fetchone()
            return _load(row[1]) if row is not None and row[0] == key else None
        except Exception:  # damaged or locked: compute them again
            return None

    def store_project_findings(self, results: list[FileResult], findings: list) -> None:
        key = self._files_key(results) if self._db is not None else None
        if key is None:
            return
        try:
            _transaction(self._db, [("INSERT OR REPLACE INTO project VALUES (?, ?, ?)",
                                     (self.context, key, _dump(findings)))])
        except sqlite3.Error as error:
            self._disable(f"cannot write the cache in {self.folder} ({error}); results not stored")

    def save_rules(self, rules: tuple[Rule, ...]) -> None:
        """Keep this installation's rule registry for ``saved_rules``."""
        if self._db is None:
            return
        try:
            _transaction(self._db, [("INSERT OR REPLACE INTO rules VALUES (?, ?)",
                                     (installation_fingerprint(), pickle.dumps(tuple(rules))))])
        except sqlite3.Error:
            pass  # only an optimisation: the next run imports the checks instead

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def saved_rules(folder: str | Path) -> tuple[Rule, ...] | None:
    """The rule registry saved by an earlier run of this installation, or None
    (no cache yet, another installation, or anything wrong with it)."""
    database = Path(folder) / DATABASE_NAME
    if not database.is_file():
        return None
    try:
        db = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=LOCK_TIMEOUT_SECONDS)
        try:
            row = db.execute("SELECT payload FROM rules WHERE installation = ?",
                             (installation_fingerprint(),)).fetchone()
        finally:
            db.close()
        rules = pickle.loads(row[0]) if row is not None else None
    except Exception:  # the run opens the cache again and warns about it then
        return None
    return rules if isinstance(rules, tuple) and all(isinstance(r, Rule) for r in rules) else None


def _transaction(db: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> None:
    """One short write transaction, all or nothing; IMMEDIATE takes the write
    lock up front so a concurrent run waits (up to the timeout) instead of
    failing half-way."""
    db.execute("BEGIN IMMEDIATE")
    try:
        for sql, parameters in statements:
            db.execute(sql, parameters)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def clear(folder: str | Path) -> bool:
    """Delete the cache's own files (never anything else) in ``folder``;
    False when there was no cache there."""
    folder = Path(folder)
    ours = [folder / name for name in (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm", ".gitignore")]
    existed = any(p.exists() for p in ours)
    for path in ours:
        path.unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty (someone's files) or already gone: leave it
    return existed
