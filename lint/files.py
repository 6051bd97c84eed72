"""Finding the files to lint, reading them safely, and picking a loader."""

from __future__ import annotations

import codecs
import errno
import fnmatch
import os
import stat
from pathlib import Path
from typing import Callable, Iterator

from lint.documents import Document

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".txt": "text"}


class InputError(Exception):
    """A file that cannot be linted; the message names the file."""


def is_blank(text: str) -> bool:
    """An empty (or whitespace-only) article: checked, but worth a warning,
    since it is more often a failed save or export than an intended file."""
    return not text.strip()


def loader_for(path: str) -> Callable[[str, str], Document]:
    kind = SUFFIXES.get(_suffix(path).lower(), "text")
    if kind == "markdown":
        from lint.documents.markdown import load
    elif kind == "html":
        from lint.documents.html import load
    else:
        from lint.documents.text import load
    return load


def _suffix(path: str) -> str:
    """``Path(path).suffix``, without building a Path for the common case."""
    name = os.path.basename(path)
    if name in ("", ".", ".."):
        return Path(path).suffix
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def decode(path: str, data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an
    error, never silent mojibake."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # Checked before UTF-16: the UTF-32 LE BOM begins with the UTF-16 LE one.
        raise InputError(f"{path}: UTF-32 text is not supported; save it as UTF-8")
    if data.startswith(codecs.BOM_UTF8):
        data, encoding, skipped = data[3:], "utf-8", 3
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, skipped = "utf-16", 0
    else:
        encoding, skipped = "utf-8", 0
        if b"\x00" in data[:8192]:
            raise InputError(f"{path}: binary file (contains NUL bytes); not linted")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            # Count the byte from the start of the file, BOM included.
            f"{path}: not valid {encoding.upper()} (byte {error.start + skipped}: "
            f"{data[error.start:error.start + 1]!r}); save it as UTF-8"
        ) from None
    if "\x00" in text:
        raise InputError(f"{path}: binary file (contains NUL characters); not linted")
    return text


def _too_big(path: str, size: int, max_size: int) -> InputError:
    return InputError(f"{path}: file is {size:,} bytes, over the {max_size:,}-byte limit (max-file-size)")


def read(path: str, max_size: int) -> str:
    """The file's text; an InputError naming the file if it cannot be linted.

    A regular file is read through its descriptor: one ``open``, ``fstat``
    and ``read``, where ``open()``'s file objects and a ``stat`` by name
    first cost twice as much (some 10 us a file, which tells on many small
    files). Anything else, and any error, takes the general way below."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return _read(path, max_size)
    try:
        info = os.fstat(fd)
        size = info.st_size
        if not stat.S_ISREG(info.st_mode) or not size:
            data = None
        elif size > max_size:
            raise _too_big(path, size, max_size)
        else:
            # As _read does: what the file holds and a byte more, to notice
            # it growing.
            data = _read_all(fd, size + 1)
            if len(data) > size:
                data += _read_all(fd, max_size + 1 - len(data))
    except OSError:
        data = None
    finally:
        os.close(fd)
    if data is None:
        return _read(path, max_size)
    if len(data) > max_size:
        raise InputError(f"{path}: more than {max_size:,} bytes, over the limit (max-file-size)")
    return decode(path, data)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)


def _read_all(fd: int, count: int) -> bytes:
    """Up to ``count`` bytes, fewer only at the end of the file."""
    data = os.read(fd, count)
    if len(data) < count and data:
        parts = [data]
        while count > len(data):
            more = os.read(fd, count - len(data))
            if not more:
                break
            parts.append(more)
            data = b"".join(parts)
    return data


def _read(path: str, max_size: int) -> str:
    try:
        size = os.stat(path).st_size
        if size > max_size:
            raise _too_big(path, size, max_size)
        with open(path, "rb") as fh:
            # Asked for what the file holds (and a byte more, to notice it
            # growing), not for the limit: read(n) allocates n bytes first,
            # and 10 MB allocated and freed per file was a cost of many
            # small files. A device or pipe reports size 0: read to the limit.
            data = fh.read(min(size + 1, max_size + 1) if size else max_size + 1)
            if size and len(data) > size:
                data += fh.read(max_size + 1 - len(data))
        # A file may grow while read.
        if len(data) > max_size:
            raise InputError(f"{path}: more than {max_size:,} bytes, over the limit (max-file-size)")
    except InputError:
        raise
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(f"{path}: symlink loop; not followed") from None
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    return decode(path, data)


def _excluded(path: str, patterns: tuple[str, ...]) -> bool:
    if not patterns:
        return False
    posix = Path(path).as_posix()
    return any(
        fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(Path(path).name, p) or fnmatch.fnmatch(posix, f"*/{p}")
        for p in patterns
    )


def discover(paths: list[str], exclude: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """Expand paths to lintable files, sorted; returns (files, errors).

    Files named explicitly are linted whatever their suffix; directories are
    walked for known suffixes, skipping hidden folders and symlink loops.
    """
    files: list[str] = []
    errors: list[str] = []
    for raw in paths:
        if not os.path.lexists(raw):
            errors.append(f"{raw}: no such file or directory")
            continue
        if os.path.isdir(raw):
            found = list(_walk(raw, exclude, errors))
            if not found:
                errors.append(f"{raw}: directory has no .md, .markdown, .html, .htm or .txt files")
            files.extend(found)
        elif _excluded(raw, exclude):
            continue
        else:
            files.append(raw)
    seen = set()
    unique = []
    folders: dict[str, str] = {}
    for f in files:
        # The same file reached twice (named twice, or through a symlinked
        # folder) is linted once, under the first name it was found by.
        key = _real_path(f, folders)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, errors


def _real_path(path: str, folders: dict[str, str]) -> str:
    """``os.path.realpath(path)`` if the file exists, else its normal form.
    A file that is no symbolic link is its folder's real path and its name,
    the folder resolved once (``folders``) rather than once a file, which
    cost a ``stat`` of every folder up to the root for each file."""
    folder, name = os.path.split(path)
    if name not in ("", ".", ".."):
        try:
            info = os.lstat(path)
        except (OSError, ValueError):
            info = None
        if info is not None and not stat.S_ISLNK(info.st_mode):
            real = folders.get(folder)
            if real is None:
                real = folders[folder] = os.path.realpath(folder)
            return os.path.join(real, name)
    return os.path.realpath(path) if os.path.exists(path) else os.path.normpath(path)


def _dangling_reason(path: str) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop; not followed"
    return "broken symlink"


def _walk(root: str, exclude: tuple[str, ...], errors: list[str]) -> Iterator[str]:
    visited: set[tuple[int, int]] = set()

    def walk(folder: str) -> Iterator[str]:
        try:
            stat = os.stat(folder)
        except OSError as error:
            errors.append(f"{folder}: cannot read directory ({error.strerror or error})")
            return
        key = (stat.st_dev, stat.st_ino)
        if key in visited:
            errors.append(f"{folder}: symlink loop; not followed")
            return
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            errors.append(f"{folder}: cannot read directory ({error.strerror or error})")
            return
        for entry in entries:
            path = os.path.join(folder, entry.name) if folder != "." else entry.name
            if entry.name.startswith(".") or _excluded(path, exclude):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(path)
            elif _suffix(entry.name).lower() in SUFFIXES:
                if entry.is_symlink() and not os.path.exists(path):
                    errors.append(f"{path}: {_dangling_reason(path)}")
                    continue
                yield path

    yield from walk(root)
