"""Shipped data files: located with importlib.resources, parsed and cached.

Word lists are one entry per line with ``#`` comments. Loaders validate what
they read, so a broken data file fails loudly at load time and in the tests.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _resources


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
