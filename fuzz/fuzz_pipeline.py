"""Fuzz the loaders and the whole pipeline.

Each input picks a format (Markdown, HTML, text) from its first byte, is
decoded the way ``lint.files`` decodes a file (bad bytes become an
``InputError``, which is fine), loaded, checked for an exact source map,
and every so often linted end to end. Any exception other than
``InputError`` is a crash.

With atheris (coverage-guided; ``pip install atheris``)::

    python fuzz/fuzz_pipeline.py -runs=20000 -max_len=4096 /tmp/corpus fuzz/seeds

Without it, or with ``--random N``, it runs N seeded random inputs built
from the seed files (mutations and splices), which needs nothing extra::

    python fuzz/fuzz_pipeline.py --random 20000 --seed 1

It prints how many inputs ran. Not part of the test suite (it runs for
minutes); ``tests/test_properties.py`` runs a 200-input smoke test of it.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(__file__).resolve().parent / "seeds"
sys.path.insert(0, str(ROOT))

SUFFIXES = ("a.md", "a.html", "a.txt")
# The spaCy pass costs ~100x a load; lint every Nth input end to end.
PIPELINE_EVERY = 8

_count = 0
_linter = None


def _modules():
    from lint import files
    from lint.documents import html, markdown, text

    return files, {"a.md": markdown.load, "a.html": html.load, "a.txt": text.load}


def test_one_input(data: bytes) -> None:
    """One fuzz input: must never raise anything but ``InputError``."""
    global _count, _linter
    from tests.test_properties import assert_findings_map_back, assert_maps_back

    files, loaders = _modules()
    _count += 1
    if not data:
        return
    path = SUFFIXES[data[0] % len(SUFFIXES)]
    try:
        source = files.decode(path, data[1:])
    except files.InputError:
        return
    assert_maps_back(loaders[path](path, source))
    if _count % PIPELINE_EVERY == 0:
        assert_findings_map_back(path, source)


def seed_inputs() -> list[bytes]:
    return [path.read_bytes() for path in sorted(SEEDS.iterdir()) if path.is_file()]


def random_inputs(count: int, seed: int):
    """Seeded mutations and splices of the seed files (no atheris needed)."""
    rng = random.Random(seed)
    seeds = seed_inputs()
    alphabet = list(b"ab \n\r\t*_`[]()!<>&;#-|\\:\"'=/0123456789") + [0xC3, 0xA9, 0xE2, 0x80, 0x8B, 0xF0, 0x9F, 0x98, 0x80]
    for _ in range(count):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 12)):
            op = rng.random()
            pos = rng.randint(0, len(data))
            if op < 0.35:
                data[pos:pos] = bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
            elif op < 0.6 and data:
                del data[pos:pos + rng.randint(1, 8)]
            elif op < 0.8:
                other = rng.choice(seeds)
                start = rng.randint(0, len(other))
                data[pos:pos] = other[start:start + rng.randint(1, 80)]
            elif data:
                data[min(pos, len(data) - 1)] = rng.randrange(256)
        yield bytes(data[:4096])


def main(argv: list[str]) -> int:
    if "--random" in argv or not _have_atheris():
        count = int(argv[argv.index("--random") + 1]) if "--random" in argv else 10_000
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 0
        for data in random_inputs(count, seed):
            try:
                test_one_input(data)
            except Exception:
                print(f"crash on input {data!r}", file=sys.stderr)
                raise
        print(f"fuzz_pipeline: {_count} inputs, no crash")
        return 0
    import atheris

    with atheris.instrument_imports(include=["lint", "markdown_it", "mdit_py_plugins"]):
        _modules()
    import atexit

    atexit.register(lambda: print(f"fuzz_pipeline: {_count} inputs", file=sys.stderr))
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
    return 0


def _have_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv))
