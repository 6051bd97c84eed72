"""Per file: read → load → one spaCy pass → checks → locate → suppress.

A bad file yields one error naming it and the run goes on; a crash inside a
check is reported the same way, never as a traceback that loses the others.
"""

from __future__ import annotations

import fnmatch
import gc
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from lint import checks, files, prose, spacy_import, suppress
from lint.checks import CheckContext
from lint.config import Config
from lint.documents import Document
from lint.findings import Edit, FileResult, Finding, Fix, Location, fingerprint, project_path
from lint.rules import RuleSelection, matches

if TYPE_CHECKING:
    from lint.cache import ResultCache
    from lint.progress import Progress

CONTEXT_CHARS = 30


@dataclass
class RunResult:
    results: list[FileResult] = field(default_factory=list)
    project_findings: list[Finding] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    # Source text of articles that exist only in memory (read with --stdin).
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        every = [f for r in self.results for f in r.findings] + self.project_findings
        return sorted(every, key=Finding.sort_key)

    @property
    def warnings(self) -> list[tuple[str, str]]:
        return sorted((r.path, message) for r in self.results for message in r.warnings)

    @property
    def words(self) -> int:
        return sum(r.words for r in self.results)

    @property
    def files(self) -> int:
        return len(self.results)


class Linter:
    def __init__(self, config: Config | None = None):
        spacy_import.install()
        self.config = config or Config()
        self.selection = RuleSelection(self.config.select, self.config.ignore, self.config.preview)
        self.rules = self.selection.filter(checks.all_rules())
        self._enabled_ids = {r.id for r in self.rules}
        self._project_folders: dict[tuple[str, str], str] = {}

    @cached_property
    def modules(self) -> list:
        """The check modules with an enabled rule; imported only when a file
        must really be linted (a fully cached run never needs them)."""
        return [m for m in checks.modules() if any(r.id in self._enabled_ids for r in m.RULES)]

    def enabled(self, rule_id: str) -> bool:
        return rule_id in self._enabled_ids

    def _rule_allowed(self, path: str, rule_id: str) -> bool:
        if rule_id not in self._enabled_ids:
            return False
        if not self.config.per_file_ignores:
            return True
        posix = Path(path).as_posix()
        for glob, selectors in self.config.per_file_ignores.items():
            if fnmatch.fnmatch(posix, glob) or fnmatch.fnmatch(Path(path).name, glob) or fnmatch.fnmatch(posix, f"*/{glob}"):
                if any(matches(rule_id, s) for s in selectors):
                    return False
        return True

    def _severity(self, finding: Finding) -> Finding:
        table = self.config.severity
        for key in (finding.rule.id, finding.rule.name, finding.rule.category):
            if key in table:
                return finding.with_(severity=table[key])
        return finding

    # -- one document ---------------------------------------------------
    def lint_document(self, document: Document) -> FileResult:
        doc, ctx = self._analyse(document)
        raw: list[Finding] = []
        summaries = {}
        for module in self.modules:
            self._check(module, document, doc, ctx, raw, summaries)
        return self._finish(document, doc, raw, summaries)

    def _analyse(self, document: Document):
        from lint import nlp

        doc = next(iter(nlp.process([document])))
        return doc, CheckContext(config=self.config, enabled=self.enabled, locate=document.source_map.locate)

    def _check(self, module, document: Document, doc, ctx: CheckContext, raw: list[Finding], summaries: dict) -> None:
        raw.extend(f for f in module.check(doc, ctx) if self._rule_allowed(document.path, f.rule.id))
        if hasattr(module, "summarize"):
            summaries[module.__name__] = module.summarize(doc, ctx)

    def _finish(self, document: Document, doc, raw: list[Finding], summaries: dict) -> FileResult:
        from lint import nlp

        raw = _sharpest(_own_prose(doc._.hl_zones, raw))
        located = _outside_references(document, self._locate(document, raw))
        report_unused = self._rule_allowed(document.path, suppress.UNUSED_SUPPRESSION.id)
        kept = suppress.apply(located, document, report_unused)
        kept = self._fingerprint(document, [self._severity(f) for f in kept], self.project_path(document.path))
        words = nlp.word_count(doc)
        end_of_startup()
        return FileResult(document.path, sorted(kept, key=Finding.sort_key), words, summaries=summaries)

    def _locate(self, document: Document, raw: Iterable[Finding]) -> list[Finding]:
        seen = set()
        located = []
        source_map, source, text = document.source_map, document.source, document.text
        for finding in raw:
            key = (finding.rule.id, finding.span)
            if key in seen:
                continue
            seen.add(key)
            location = source_map.locate(*finding.span)
            if finding.rule.scope == "article":
                # The whole article's: it starts where the file starts and
                # runs to the end of the title, so it is seen at line 1 (as
                # ruff and markdownlint place a file's findings) and beside
                # the title, whichever the reader or a CI annotation looks at.
                location = Location(1, 1, location.end_line, location.end_column, 0, location.end_offset)
            fix = finding.fix and self._source_fix(document, finding.fix)
            located.append(finding.with_(
                path=document.path,
                location=location,
                text=source[location.start_offset:location.end_offset],
                fix=fix,
            ))
        return located

    @staticmethod
    def _source_fix(document: Document, fix: Fix) -> Fix | None:
        """Move a fix from text to source offsets; drop it where the source
        differs from the text (an entity, markup inside the span)."""
        edits = []
        for edit in fix.edits:
            if edit.end > edit.start:
                start, end = document.source_map.source_span(edit.start, edit.end)
                if document.source[start:end] != document.text[edit.start:edit.end]:
                    return None
            else:
                start, _ = document.source_map.source_span(edit.start, edit.start + 1)
                end = start
            edits.append(Edit(start, end, edit.replacement))
        return Fix(tuple(edits), fix.applicability, fix.title)

    def project_path(self, path: str) -> str:
        """``path`` as fingerprints and baselines hold it (see lint.baseline).
        Worked out once per folder (and working folder): the file's name is
        one more component of the folder's project path, and resolving the
        folder (symbolic links, the project root) cost some 20 us a file."""
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            return self._project_path(path)
        key = (folder, os.getcwd() if not os.path.isabs(folder) else "")
        prefix = self._project_folders.get(key)
        if prefix is None:
            probe = self._project_path(os.path.join(folder, _PROBE))
            prefix = self._project_folders[key] = probe[:-len(_PROBE)]
        return prefix + name

    def _project_path(self, path: str) -> str:
        from lint.baseline import project_root

        return project_path(path, project_root(self.config, path))

    @staticmethod
    def _fingerprint(document: Document, found: list[Finding], path: str) -> list[Finding]:
        counts: dict[tuple, int] = {}
        out = []
        text = document.text
        for finding in sorted(found, key=Finding.sort_key):
            start, end = finding.span
            if finding.rule.scope == "article":
                # The whole article's: no words or context, so an edit
                # anywhere in it leaves the fingerprint alone.
                matched = context = ""
            elif start >= 0:
                # Context stays inside the finding's own block, so an edit to
                # a neighbouring paragraph leaves the fingerprint alone.
                block = next(((s.start, s.end) for s in document.segments if s.start <= start < s.end),
                             (0, len(text)))
                matched, context = finding.text, text[max(block[0], start - CONTEXT_CHARS):min(block[1], end + CONTEXT_CHARS)]
            else:
                matched, context = finding.text, finding.message
            key = (finding.rule.id, matched.lower(), " ".join(context.lower().split()))
            counts[key] = counts.get(key, 0) + 1
            out.append(finding.with_(fingerprint=fingerprint(finding.rule.id, path, matched, context, counts[key])))
        return out

    # -- files ------------------------------------------------------------
    def lint_source(self, path: str, source: str) -> FileResult:
        document = files.loader_for(path)(path, source)
        return _with_warnings(self.lint_document(document), document, source)

    def lint_file(self, path: str) -> FileResult:
        try:
            source = files.read(path, self.config.max_file_size)
            return self.lint_source(path, source)
        except Exception as error:  # a bug in a check must not lose the other files
            return _failed(path, error)

    def lint_files(self, paths: list[str]) -> list[FileResult]:
        """``[self.lint_file(p) for p in paths]``, the same results, sooner
        for many small files: each check runs over all the documents in
        turn rather than all the checks over each document, so a check's
        tables stay in the processor's caches from one document to the
        next instead of being evicted by the other checks' (one check after
        another on a 200-word document, the cache misses cost more than the
        words). Callers keep the batches small (see BATCH_FILES)."""
        results: list[FileResult | None] = [None] * len(paths)
        live = []  # [index, document, source, doc, ctx, raw, summaries]
        for index, path in enumerate(paths):
            try:
                source = files.read(path, self.config.max_file_size)
                document = files.loader_for(path)(path, source)
                doc, ctx = self._analyse(document)
            except Exception as error:
                results[index] = _failed(path, error)
                continue
            live.append([index, document, source, doc, ctx, [], {}])
        for module in self.modules:
            for item in live:
                index, document, _source, doc, ctx, raw, summaries = item
                if results[index] is not None:
                    continue
                try:
                    self._check(module, document, doc, ctx, raw, summaries)
                except Exception as error:
                    results[index] = _failed(document.path, error)
        for index, document, source, doc, _ctx, raw, summaries in live:
            if results[index] is None:
                try:
                    results[index] = _with_warnings(self._finish(document, doc, raw, summaries), document, source)
                except Exception as error:
                    results[index] = _failed(document.path, error)
        return results

    def run(self, paths: list[str], jobs: int = 1, stdin: tuple[str, str] | None = None,
            cache: "ResultCache | None" = None, progress: "Progress | None" = None) -> RunResult:
        """Lint ``paths`` (and an in-memory ``stdin`` article): files whose
        results are in ``cache`` are not linted again, the rest are spread
        over ``jobs`` processes; then the cross-article pass sees them all."""
        try:
            return self._run(paths, jobs, stdin, cache, progress)
        finally:
            end_of_startup()

    def _run(self, paths, jobs, stdin, cache, progress) -> RunResult:
        result = RunResult()
        targets, errors = files.discover(paths, self.config.exclude) if paths else ([], [])
        result.errors.extend(_split(e) for e in errors)
        if stdin is not None:
            result.results.append(self.lint_source(*stdin))
        cached = cache.lookup(targets) if cache is not None else {}
        misses = [t for t in targets if t not in cached]
        if progress is not None:
            progress.expect(len(misses))
        fresh = self._map(misses, jobs, progress)
        if cache is not None:
            cache.store(fresh)
        by_path = {**cached, **{r.path: r for r in fresh}}
        result.results.extend(by_path[t] for t in targets)
        for file_result in result.results:
            if file_result.error:
                result.errors.append((file_result.path, file_result.error))
        result.results = [r for r in result.results if not r.error]
        result.project_findings = self._project_cached(result.results, cache)
        result.errors.sort()
        return result

    def _project_cached(self, results: list[FileResult], cache: "ResultCache | None") -> list[Finding]:
        found = cache.project_findings(results) if cache is not None else None
        if found is None:
            if cache is not None:
                cache.restore_summaries(results)
            found = self._project(results)
            if cache is not None:
                cache.store_project_findings(results, found)
        return found

    def warm_up(self) -> None:
        """Build the pipeline and load each check's data now, by linting a
        small document that exercises the common paths, so no file pays it."""
        self.lint_source("warm-up.md", WARM_UP_ARTICLE)

    def _map(self, targets: list[str], jobs: int, progress: "Progress | None" = None) -> list[FileResult]:
        """Lint files in order; in worker processes when it pays."""
        done = progress.advance if progress is not None else (lambda count=1: None)
        if jobs <= 1 or len(targets) < 2 or _total_size(targets) < PARALLEL_MIN_BYTES:
            out = []
            for batch in _batches(targets):
                out.extend(self.lint_files(batch) if len(batch) > 1 else [self.lint_file(batch[0])])
                done(len(batch))
            return out
        global _worker_linter
        workers = min(jobs, len(targets))
        # Small chunks keep both cores busy to the end; a chunk still
        # amortises the round trip of a short article.
        chunk = max(1, min(16, len(targets) // (workers * 8)))
        context = _pool_context()
        forking = context.get_start_method() == "fork"
        if forking:
            # Load everything once here; forked workers inherit it (shared
            # copy-on-write pages) instead of each loading its own copy.
            # Frozen, the loaded objects are skipped by the workers' garbage
            # collector, which would otherwise touch (and so copy) them all.
            self.warm_up()
            _worker_linter = self
            gc.freeze()
        out = []
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                     initializer=_init_worker, initargs=(self.config,)) as pool:
                # A chunk is a batch (Linter.lint_files) in the worker.
                for results in pool.map(_lint_batch_in_worker, list(_batches(targets, chunk))):
                    out.extend(results)
                    done(len(results))
        finally:
            _worker_linter = None
            if forking:
                gc.unfreeze()
        return out

    def _project(self, results: list[FileResult]) -> list[Finding]:
        found = []
        for module in self.modules:
            if not hasattr(module, "check_project"):
                continue
            summaries = [(r.path, r.summaries[module.__name__]) for r in results if module.__name__ in r.summaries]
            ctx = CheckContext(config=self.config, enabled=self.enabled)
            for finding in module.check_project(summaries, ctx):
                if self._rule_allowed(finding.path, finding.rule.id):
                    # By the project path, as per-file findings are, and not by
                    # the message, which counts the other articles.
                    found.append(self._severity(finding).with_(fingerprint=fingerprint(
                        finding.rule.id, self.project_path(finding.path), finding.text,
                        " ".join(finding.suggestions), 1)))
        return sorted(found, key=Finding.sort_key)


# A file name no folder holds, standing for any name in Linter.project_path.
_PROBE = "\0probe"


def _failed(path: str, error: Exception) -> FileResult:
    """The result of a file that could not be linted, naming the file."""
    if isinstance(error, files.InputError):
        return FileResult(path, error=str(error))
    if isinstance(error, RecursionError):
        return FileResult(path, error=f"{path}: document is nested too deeply to lint")
    return FileResult(path, error=f"{path}: internal error while linting ({type(error).__name__}: {error}); please report it")


def _with_warnings(result: FileResult, document: Document, source: str) -> FileResult:
    result.warnings = tuple(document.warnings)
    if files.is_blank(source):
        result.warnings += (f"{document.path}: file is empty; nothing to check",)
    return result


# Files linted together by Linter.lint_files: up to this many, and this many
# bytes between them (a batch holds its documents' analyses at once; a file
# larger than that goes alone). Batches of 16 small files take a fifth off
# the time of 200-word files, a tenth off 1,000-word ones.
BATCH_FILES = 16
BATCH_BYTES = 256 * 1024


def _batches(targets: list[str], most: int | None = None) -> Iterable[list[str]]:
    """``targets`` in order, cut into batches of at most ``most`` files
    (BATCH_FILES unless given) and BATCH_BYTES."""
    most = BATCH_FILES if most is None else min(most, BATCH_FILES)
    batch: list[str] = []
    size = 0
    for target in targets:
        try:
            length = os.stat(target).st_size
        except OSError:
            length = 0
        if batch and (len(batch) >= most or size + length > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(target)
        size += length
    if batch:
        yield batch


def _outside_references(document: Document, findings: list[Finding]) -> list[Finding]:
    """Drop span findings inside a references section: cited titles are
    quoted as published, not the article's own prose."""
    opens = prose.patterns()["references_heading"].regex.match
    start = next((s.end for s in document.segments if s.kind == "heading"
                  and opens(document.text[s.start:s.end].strip())), None)
    if start is None:
        return findings
    # The section runs to the next heading, or to the first block that does
    # not read as a reference (a press release's "About us" after its list).
    lists = prose.reference_lists(document.text, [(s.start, s.end) for s in document.segments],
                                  frozenset(s.start for s in document.segments if s.kind in ("heading", "title")),
                                  frozenset(s.start for s in document.segments if s.kind == "list_item"))
    return [f for f in findings if f.rule.scope == "article" or f.span[0] < start
            or not any(first <= f.span[0] < stop for first, stop in lists)]


def _own_prose(zones, findings: list[Finding]) -> list[Finding]:
    """Drop span findings inside a zone that is not the article's own prose
    (a quotation, a byline, a URL...) when the zone's policy drops their
    rule: see lint.prose and lint/data/prose_zones.yaml."""
    if not zones:
        return findings
    return [f for f in findings if f.rule.scope == "article" or not prose.dropped(zones, f.rule.id, *f.span)]


def _sharpest(findings: list[Finding]) -> list[Finding]:
    """Drop the findings of a rule that gives way (``Rule.gives_way``)
    where another rule's finding overlaps them."""
    general = [f for f in findings if f.rule.gives_way]
    if not general:
        return findings
    sharp = [f.span for f in findings if not f.rule.gives_way and f.rule.scope != "article"]
    return [f for f in findings if not f.rule.gives_way
            or not any(start < f.span[1] and f.span[0] < end for start, end in sharp)]


def _split(error: str) -> tuple[str, str]:
    path, _, message = error.partition(": ")
    return (path, error)


# Start-up (importing spaCy and the checks, building the pipeline, reading the
# word tables) makes about a million objects that live as long as the process
# and next to no garbage, yet the cycle collector, woken every 700 new
# objects, walked them again and again: 0.1-0.2 s of a one-article run.
_collector_paused = False
_started = False


def pause_collector_for_startup() -> None:
    """Hold the cycle collector until the first document has been linted
    (once per process: a later run in the same process starts warm)."""
    global _collector_paused
    if not _started and gc.isenabled():
        gc.disable()
        _collector_paused = True


def end_of_startup() -> None:
    """Let the collector run again, leaving what start-up built out of its
    walks (frozen, as the forked workers' parent does), since it stays.
    Without the freeze, the first collection walked it all and cost more
    than the pause saved."""
    global _collector_paused, _started
    if _collector_paused:
        _collector_paused = False
        _started = True
        gc.freeze()
        gc.enable()


# Below this much input, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 64 * 1024

# Touches the common paths of every check (prose, a heading, a list, a
# number, an acronym, a citation, a misspelling that needs suggestions) so
# their data is loaded before real files.
WARM_UP_ARTICLE = """# Warming up

Aspirin may reduce the risk of a second heart attack in some adults [1].
The the dose is 75 mg a day; ask your GP or a pharmacist (NHS) first.
Most people recieve it as a tablet and it cures headaches completely.

- Take it with food.
- Stop and seek advice if you notice bleeding.
"""

_worker_linter: Linter | None = None


def _pool_context():
    """Fork where the platform has it (workers start warm, sharing the
    parent's loaded data); spawn elsewhere, warming in the initializer."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


def _total_size(targets: list[str]) -> int:
    total = 0
    for target in targets:
        try:
            total += os.stat(target).st_size
        except OSError:
            pass
        if total >= PARALLEL_MIN_BYTES:
            break
    return total


def _init_worker(config: Config) -> None:
    global _worker_linter
    if _worker_linter is not None and _worker_linter.config == config:
        return  # forked from a parent that already warmed up
    _worker_linter = Linter(config)
    _worker_linter.warm_up()


def _lint_batch_in_worker(paths: list[str]) -> list[FileResult]:
    assert _worker_linter is not None
    return _worker_linter.lint_files(paths) if len(paths) > 1 else [_worker_linter.lint_file(paths[0])]


def lint_text(text: str, filename: str = "article.md", config: Config | None = None) -> list[Finding]:
    """Lint a string as if it were the file ``filename``; for tests and tools."""
    return Linter(config).lint_source(filename, text).findings


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)
