"""Shipped data files: located with importlib.resources, parsed and cached.

Word lists are one entry per line with ``#`` comments. Loaders validate what
they read, so a broken data file fails loudly at load time and in the tests.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _resources


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
