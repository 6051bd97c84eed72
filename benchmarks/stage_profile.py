"""Where does the time go? Time per stage and per check over the corpus.

    .venv/bin/python benchmarks/stage_profile.py [--words N] [--files-of W] [--cpu] [PATHS...]

``--files-of 200`` lints held-out text cut into ~200-word files (and
``--files-of 1000`` the same text in ~1,000-word files): the difference
between the two is the cost per file. ``--cpu`` times CPU (process time)
rather than the wall clock, steadier on a shared machine.

Runs in one process (``--jobs 1``) with every check on and prints:
startup (imports, pipeline build), the first document (which loads each
check's data), then steady-state seconds and microseconds per word for each
stage: read, load (markup → prose), the spaCy pass, every check module,
locating findings, suppression, fingerprints and the cross-article pass.
Timers wrap the engine's own functions, so the engine carries no profiling
code; wall-clock per stage, measured with ``time.perf_counter``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
import types
from collections import defaultdict
from pathlib import Path

# This file is named like the standard library's ``profile`` (which spaCy
# imports through cProfile), so its folder must not shadow the stdlib.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
_spec = importlib.util.spec_from_file_location("corpus", HERE / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
sys.modules["corpus"] = corpus
_spec.loader.exec_module(corpus)

SPENT: dict[str, float] = defaultdict(float)
clock = time.perf_counter


def timed(stage: str, function):
    def wrapper(*args, **kwargs):
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[stage] += clock() - start
    return wrapper


def timed_check(stage: str, function):
    """A check is a generator: time it until it is exhausted."""
    def wrapper(*args, **kwargs):
        start = clock()
        try:
            return list(function(*args, **kwargs))
        finally:
            SPENT[stage] += clock() - start
    return wrapper


def instrument(linter) -> None:
    from lint import engine, files, nlp, suppress

    files.read = timed("read", files.read)
    real_loader_for = files.loader_for
    files.loader_for = lambda path: timed("load (markup → prose)", real_loader_for(path))
    real_process = nlp.process
    nlp.process = lambda documents, **kw: iter([timed("spaCy pass", lambda: next(iter(real_process(documents, **kw))))()])
    suppress.apply = timed("suppression", suppress.apply)
    linter._locate = timed("locate findings", linter._locate)
    linter._fingerprint = timed("fingerprints", linter._fingerprint)
    linter._project = timed("cross-article pass", linter._project)
    proxies = []
    for module in linter.modules:
        proxy = types.ModuleType(module.__name__)
        proxy.__dict__.update({k: v for k, v in vars(module).items() if not k.startswith("__")})
        short = module.__name__.rsplit(".", 1)[-1]
        proxy.check = timed_check(f"check: {short}", module.check)
        if hasattr(module, "summarize"):
            proxy.summarize = timed(f"check: {short} (summarize)", module.summarize)
        if hasattr(module, "check_project"):
            proxy.check_project = timed_check(f"check: {short} (project)", module.check_project)
        proxies.append(proxy)
    linter.modules = proxies
    assert engine  # imported for its side effects on sys.modules only


def report(title: str, words: int, total: float | None = None) -> None:
    total = total if total is not None else sum(SPENT.values())
    print(f"\n{title}: {total:.3f} s over {words:,} words ({words / total:,.0f} words/s)" if total else title)
    print(f"  {'stage':<40} {'seconds':>8} {'share':>6} {'µs/word':>8}")
    for stage, seconds in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<40} {seconds:8.3f} {seconds / total:6.1%} {seconds / max(words, 1) * 1e6:8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="lint these instead of the benchmark corpus")
    parser.add_argument("--words", type=int, default=210_000, help="corpus size in words")
    parser.add_argument("--files-of", type=int, metavar="W", help="cut the text into files of about W words")
    parser.add_argument("--cpu", action="store_true", help="time CPU rather than the wall clock")
    args = parser.parse_args()
    global clock
    if args.cpu:
        clock = time.process_time

    # Start up as the command line does: numpy's BLAS on one thread, spaCy
    # imported without its own command line, the collector held until the
    # first document is done (frozen after it, in Linter.lint_file).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    started = time.perf_counter()
    from lint import spacy_import
    spacy_import.install()
    from lint.engine import pause_collector_for_startup
    pause_collector_for_startup()
    from lint import checks, nlp
    from lint.config import Config
    from lint.engine import Linter
    imported = time.perf_counter()
    nlp.pipeline()
    built = time.perf_counter()
    linter = Linter(Config())
    modules = [m.__name__.rsplit(".", 1)[-1] for m in checks.modules()]
    made = time.perf_counter()
    print(f"startup: imports {imported - started:.3f} s, spaCy pipeline {built - imported:.3f} s, "
          f"check modules {made - built:.3f} s ({', '.join(modules)})")

    with tempfile.TemporaryDirectory() as temp:
        if args.paths:
            from lint import files
            targets = files.discover(args.paths)[0]
        elif args.files_of:
            built_corpus = corpus.build_sized(Path(temp) / "corpus", args.files_of, min(args.words, 200_000))
            targets = sorted(str(p) for p in built_corpus.folder.iterdir())
        else:
            built_corpus = corpus.build(Path(temp) / "corpus", min_words=args.words)
            targets = sorted(str(p) for p in built_corpus.folder.iterdir())
        instrument(linter)

        first = linter.lint_file(targets[0])
        report("first document (loads each check's data)", first.words)
        SPENT.clear()

        start = clock()
        result = linter.run(targets[1:], jobs=1)
        wall = clock() - start
        report(f"steady state, {len(targets) - 1} files, --jobs 1", result.words, wall)
        print(f"  {'(engine, discovery, other)':<40} {wall - sum(SPENT.values()):8.3f}")
        print(f"\n{len(result.findings)} findings, {len(result.errors)} errors")


if __name__ == "__main__":
    main()
