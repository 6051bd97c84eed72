"""Shipped data files: located with importlib.resources, parsed and cached.

Word lists are one entry per line with ``#`` comments. Loaders validate what
they read, so a broken data file fails loudly at load time and in the tests.
"""

from __future__ import annotations

import marshal
import os
import struct
import sys
import zlib
from functools import lru_cache
from importlib import resources as _resources
from pathlib import Path
from typing import Callable, Iterable


def safe_yaml(text: str):
    """YAML through libyaml's safe loader where PyYAML was built with it
    (ten times faster than the pure-Python one: the termbase alone took
    0.4 s to parse), else PyYAML's own safe loader. Both build only plain
    data, never objects."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", None)
    if loader_class is None:
        return yaml.safe_load(text)
    loader = loader_class(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@lru_cache(maxsize=None)
def yaml_data(name: str):
    """A shipped YAML file, parsed once per process and shared by every
    reader (who must not change it): the spelling morphology file was parsed
    four times, with the pure-Python loader, at 5 ms each. Read through the
    per-user copy of parsed tables, so that a start-up which finds them all
    there never imports PyYAML (10 ms)."""
    table = cached_table(f"yaml_{name.replace('/', '_')}", lambda: [__file__, data_path(name)],
                         lambda: {"data": safe_yaml(read_text(name))})
    return table["data"]


def data_path(name: str):
    return _resources.files("lint") / "data" / name


def read_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


def lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a data file, stripped."""
    out = []
    for raw in read_text(name).splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in lines(name))


# -- parsed tables, kept per user -------------------------------------------
#
# Building the word and word-pair tables from their text files makes a
# million strings and cost 0.55-0.8 s of every start-up; reading the built
# dicts back with marshal costs 0.2 s. So each built table is
# kept in the user's cache folder, named by what it was built from: the
# Python that wrote it (marshal's format may change between versions),
# healthlint's version, and the size and modification time of each source
# file, the loader's own module among them (the convention of Python's own
# .pyc files). A file that is missing, truncated, damaged (its CRC-32 is
# checked before marshal reads it) or unwritable means the table is built
# from text as before; nothing is ever reported. marshal, unlike pickle,
# builds only plain data.

TABLE_CACHE_FORMAT = 1
_TABLE_MAGIC = b"HLTABLE" + bytes([TABLE_CACHE_FORMAT])
_TABLE_HEADER = struct.Struct("<8sIQ")  # magic, CRC-32 of the payload, payload length


def table_cache_folder() -> Path:
    """``$XDG_CACHE_HOME/healthlint/tables``, else ``~/.cache/healthlint/tables``;
    ``ValueError`` without a home folder (never a folder relative to the
    current one)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
        if not os.path.isabs(base):
            raise ValueError("no home folder")
    return Path(base, "healthlint", "tables")


def cached_table(name: str, sources: Callable[[], Iterable], build: Callable[[], dict],
                 inputs: tuple[str, ...] = ()) -> dict:
    """``build()``, or the dict it returned when last called on the same
    ``sources`` (paths of the files it reads, and of its own module) and
    ``inputs`` (anything else it was built from, as strings)."""
    try:
        stem = f"{name}-{_digest(__file__, sys.implementation.cache_tag)}"
        path = table_cache_folder() / f"{stem}-{_table_key(sources(), inputs)}.marshal"
    except (OSError, TypeError, ValueError):  # no home, or a source that is not a plain file
        return build()
    table = _read_table(path)
    if table is None:
        table = build()
        _write_table(path, stem, table)
    return table


def _digest(*parts: str) -> str:
    from hashlib import blake2b

    return blake2b("\0".join(parts).encode(), digest_size=8).hexdigest()


def _table_key(sources: Iterable, inputs: tuple[str, ...] = ()) -> str:
    """Changes whenever a source file does (size or modification time), or an input."""
    from lint import __version__

    parts = [__version__, str(marshal.version), *inputs]
    for source in sources:
        source = os.fspath(source)
        stat = os.stat(source)
        parts += [source, str(stat.st_size), str(stat.st_mtime_ns)]
    return _digest(*parts)


def clear_tables() -> tuple[Path, int]:
    """Delete every table kept per user, by any installation (each
    installation path keeps its own copies, and nothing else prunes
    them), and nothing else in the folder: only files that begin with the
    tables' magic, and this module's temporary files. Returns the folder and
    how many files went."""
    folder = table_cache_folder()
    removed = 0
    for path in folder.glob("*"):
        try:
            with open(path, "rb") as fh:
                ours = fh.read(len(_TABLE_MAGIC) - 1) == _TABLE_MAGIC[:-1]
            if ours or (path.name.startswith(".") and path.suffix == ".tmp"):
                path.unlink()
                removed += 1
        except OSError:
            pass  # a folder, unreadable, or gone meanwhile: leave it
    try:
        folder.rmdir()
    except OSError:
        pass  # someone's files, or no folder
    return folder, removed


def _read_table(path: Path) -> dict | None:
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        magic, crc, length = _TABLE_HEADER.unpack_from(blob)
        payload = memoryview(blob)[_TABLE_HEADER.size:]
        if magic != _TABLE_MAGIC or len(payload) != length or zlib.crc32(payload) != crc:
            return None
        table = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        return None
    return table if type(table) is dict else None


def _write_table(path: Path, stem: str, table: dict) -> None:
    """Written whole to a temporary file, then renamed over ``path``, so a
    reader never sees half a file. Older copies of the table written by this
    installation and Python (``stem``) are removed; other installations'
    copies are left alone, or two virtual environments would take turns
    rebuilding and deleting each other's."""
    import tempfile

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{stem}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as fh:
                payload = marshal.dumps(table)
                fh.write(_TABLE_HEADER.pack(_TABLE_MAGIC, zlib.crc32(payload), len(payload)))
                fh.write(payload)
            os.replace(temporary, path)
        except BaseException:
            try:
                os.unlink(temporary)
            except OSError:
                pass
            raise
        for old in path.parent.glob(f"{stem}-*.marshal"):
            if old.name != path.name:
                try:
                    old.unlink()
                except OSError:
                    pass
    except (OSError, ValueError):
        pass


# -- compiled regular expressions, kept per user -------------------------------
#
# ``re.compile`` parses and compiles a pattern in Python before handing the
# result (a list of integers) to the C engine: for the termbase's one big
# pattern that took 0.02-0.03 s of every start-up, and the C part 0.2 ms.
# So that list is kept with the parsed tables, keyed by the pattern itself,
# and handed to the engine directly. This leans on the private ``_sre`` and
# ``re._compiler``: the list is kept only when the engine, given it, builds
# a pattern equal to ``re.compile``'s (same text, flags and code), and
# anything unexpected, then or later, means an ordinary ``re.compile``.


def compiled_regex(name: str, pattern: str, flags: int = 0) -> "re.Pattern":
    """``re.compile(pattern, flags)``, from a copy of its compiled form."""
    import re

    compiled = []

    def build() -> dict:
        compiled.append(re.compile(pattern, flags))
        return _regex_parts(pattern, flags, compiled[0])

    try:
        import _sre

        parts = cached_table(f"regex_{name}", lambda: [__file__], build,
                             (pattern, str(int(flags)), str(_sre.MAGIC), sys.version))
        if parts and not compiled:
            return _sre.compile(pattern, parts["flags"], parts["code"], parts["groups"],
                                parts["groupindex"], parts["indexgroup"])
    except Exception:  # a Python whose regex internals differ: compile as usual
        pass
    return compiled[0] if compiled else re.compile(pattern, flags)


def _regex_parts(pattern: str, flags: int, expected: "re.Pattern") -> dict:
    """What ``_sre.compile`` needs to rebuild ``expected``, which is
    ``re.compile(pattern, flags)``, or an empty dict when what it builds
    from them is not equal to it."""
    from re import _compiler, _parser

    import _sre

    parsed = _parser.parse(pattern, flags)
    indexgroup = [None] * parsed.state.groups
    for group_name, index in parsed.state.groupdict.items():
        indexgroup[index] = group_name
    parts = {
        # Plain ints: the flags are an enum and the opcodes an int subclass,
        # neither of which marshal writes.
        "flags": int(flags | parsed.state.flags),
        "code": [int(op) for op in _compiler._code(parsed, flags)],
        "groups": parsed.state.groups - 1,
        "groupindex": dict(parsed.state.groupdict),
        "indexgroup": tuple(indexgroup),
    }
    rebuilt = _sre.compile(pattern, parts["flags"], parts["code"], parts["groups"],
                           parts["groupindex"], parts["indexgroup"])
    return parts if rebuilt == expected else {}
