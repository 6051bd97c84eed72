"""``healthlint lsp``: a language server over stdio, so editors that speak the
Language Server Protocol (VS Code, Neovim, Helix, Emacs, Zed...) show the
findings as the writer types.

- Diagnostics on open (at once) and on change (after a short pause in typing,
  ``DEBOUNCE_SECONDS``), for the changed document only. The linter stays warm
  in the process: spaCy and the word tables load once, at start-up.
- The project's configuration (``.healthlint.toml`` or ``[tool.healthlint]``
  in pyproject.toml, found upward from the document as ``check`` finds it) is
  honoured. When there is one, the project's files are read once (through the
  same cache as ``check``) so cross-article rules compare the open document
  with them; the open document's own text replaces its file's.
- Code actions apply a finding's fix (safe fixes are marked preferred);
  hover over a finding shows its rule's explanation.
- Markdown, HTML and plain text, by the file's suffix or, for a document
  without one, the editor's language id.

A document's diagnostics are the findings ``healthlint check`` reports for the
same text, positions converted to the encoding the client asked for.
Nothing a client sends (malformed JSON, invalid UTF-8, a request about a
document it never opened) stops the server; it leaves on ``exit``.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol

from lint import __version__, files
from lint.config import Config, ConfigError, discover, load_file
from lint.findings import FileResult, Finding
from lint.rules import Applicability, Severity

logger = logging.getLogger("healthlint.lsp")

# A pause in typing this long (seconds) before the changed document is linted
# again: long enough not to lint every keystroke, short enough to feel live.
DEBOUNCE_SECONDS = 0.1
SOURCE = "healthlint"

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
# The suffix that picks the loader for a document whose name has none.
LANGUAGE_SUFFIXES = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}
LINE_BREAK = re.compile(r"\r\n|\r|\n")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# -- positions ----------------------------------------------------------------

class Lines:
    """Offsets (code points into the source) to LSP positions and back, in
    the client's position encoding; lines end at ``\\n``, ``\\r\\n`` or
    ``\\r`` as the protocol says."""

    def __init__(self, source: str, encoding: str = types.PositionEncodingKind.Utf16):
        self.source = source
        self.starts = [0] + [m.end() for m in LINE_BREAK.finditer(source)]
        self.encoding = str(encoding)

    def _units(self, text: str) -> int:
        if self.encoding == types.PositionEncodingKind.Utf32:
            return len(text)
        if self.encoding == types.PositionEncodingKind.Utf8:
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.source)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return types.Position(line=line, character=self._units(self.source[self.starts[line]:offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.source)
        start = self.starts[position.line]
        end = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else len(self.source)
        units = 0
        for i in range(start, end):
            if units >= position.character:
                return i
            units += self._units(self.source[i])
        return end


# -- projects -------------------------------------------------------------------

@dataclass
class Project:
    """One configuration and its warm linter; with a config file, the
    project's other files for the cross-article rules."""

    config: Config
    stamp: tuple = ()
    workspace: dict[str, FileResult] | None = None  # realpath -> result, once loaded
    loading: bool = False

    def __post_init__(self):
        from lint.engine import Linter

        self.linter = Linter(self.config)

    @property
    def has_file(self) -> bool:
        return self.config.source is not None

    def load_workspace(self) -> None:
        """Lint (or take from the cache) every file ``check ROOT`` would,
        keeping their results for the cross-article pass."""
        from lint.cache import ResultCache, default_folder

        cache = None
        try:
            cache = ResultCache(default_folder(self.config), self.config)
        except Exception:  # the cache is an accelerator, never a failure
            cache = None
        try:
            run = self.linter.run([self.config.root], cache=cache)
            if cache is not None:
                cache.restore_summaries(run.results)
        finally:
            if cache is not None:
                cache.close()
        self.workspace = {os.path.realpath(r.path): r for r in run.results}


@dataclass
class Linted:
    """A document's findings, and the source they were found in."""

    source: str
    findings: list[Finding] = field(default_factory=list)
    project: Project | None = None


def _stamp(path: str | None) -> tuple:
    if path is None:
        return ()
    try:
        stat = os.stat(path)
        return (path, stat.st_mtime_ns, stat.st_size)
    except OSError:
        return (path,)


def path_for(uri: str, language_id: str | None) -> str:
    """The file path a document is linted as: its own for a file, else a
    name whose suffix matches the editor's language id."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        path = unquote(parsed.path)
        if os.name == "nt" and re.match(r"/[A-Za-z]:", path):
            path = path[1:]
    else:
        path = unquote(parsed.path or parsed.opaque or "untitled") or "untitled"
        path = os.path.join(os.getcwd(), os.path.basename(path) or "untitled")
    if Path(path).suffix.lower() not in files.SUFFIXES:
        suffix = LANGUAGE_SUFFIXES.get((language_id or "").lower())
        if suffix:
            path += suffix
    return path


# -- the server -----------------------------------------------------------------

class Protocol(LanguageServerProtocol):
    """pygls's protocol, answering a request whose parameters it cannot read
    with an error (the client would otherwise wait for ever) and going on."""

    def structure_message(self, data):
        try:
            return super().structure_message(data)
        except Exception as error:
            if isinstance(data, dict) and "id" in data and "method" in data and self.writer is not None:
                fault = error if isinstance(error, JsonRpcException) else JsonRpcInvalidParams()
                self._send_response(data["id"], error=fault.to_response_error())
            logger.warning("ignored a message that does not fit the protocol: %s", str(data)[:200])
            return None

    def handle_message(self, message):
        if message is not None:
            super().handle_message(message)


class HealthlintServer(LanguageServer):
    def __init__(self):
        super().__init__("healthlint", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental, protocol_cls=Protocol)
        # Linting runs on one thread, one document at a time, off the event
        # loop so that messages keep flowing; the linter is not shared
        # between threads.
        self.linting = ThreadPoolExecutor(max_workers=1, thread_name_prefix="healthlint")
        self.projects: dict[tuple, Project] = {}
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task] = {}

    def report_server_error(self, error: Exception, source) -> None:
        """A message the server could not handle (malformed JSON, invalid
        UTF-8, a change to a document never opened): logged to stderr, where
        editors keep the server's log, rather than shown to the writer."""
        logger.warning("%s: %s", getattr(source, "__name__", source), error)

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    def project_for(self, path: str) -> Project:
        found = discover(path)
        key = _stamp(str(found) if found else None)
        project = self.projects.get(key)
        if project is None:
            config = load_file(found) if found else Config(root=os.getcwd())
            # An edited config file gets a new project; drop its old one.
            for old in [k for k in self.projects if k and found and k[0] == str(found)]:
                del self.projects[old]
            project = self.projects[key] = Project(config, key)
        return project

    # -- linting (on the lint thread) ---------------------------------------
    def warm_up(self) -> None:
        from lint.engine import Linter, end_of_startup

        try:
            Linter().warm_up()
        except Exception:
            logger.exception("warm-up failed")
        finally:
            end_of_startup()

    def lint(self, path: str, source: str) -> Linted:
        project = self.project_for(path)
        config = project.config
        if len(source.encode("utf-8", "surrogatepass")) > config.max_file_size:
            raise files.InputError(f"{path}: over the {config.max_file_size:,}-byte limit (max-file-size); not linted")
        # JSON can carry a lone surrogate ("\ud800"), which no encoding can;
        # each becomes U+FFFD, one code point for one, so offsets hold.
        result = project.linter.lint_source(path, LONE_SURROGATE.sub("\ufffd", source))
        findings = list(result.findings)
        others = []
        if project.workspace is not None:
            me = os.path.realpath(path)
            others = [r for p, r in project.workspace.items() if p != me]
        findings += [f for f in project.linter._project(others + [result]) if f.path == path]
        return Linted(source, sorted(findings, key=Finding.sort_key), project)

    # -- publishing (on the event loop) --------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            await self.lint_and_publish(uri)
        except asyncio.CancelledError:
            pass
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    async def lint_and_publish(self, uri: str) -> None:
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return
        version, source = document.version, document.source
        path = path_for(uri, document.language_id)
        loop = asyncio.get_running_loop()
        try:
            linted = await loop.run_in_executor(self.linting, self.lint, path, source)
        except asyncio.CancelledError:
            raise
        except (files.InputError, ConfigError) as error:
            self._tell(types.MessageType.Warning, f"healthlint: {error}")
            linted = Linted(source)
        except Exception as error:  # a bug in a check must not stop the server
            logger.exception("linting %s failed", uri)
            self._tell(types.MessageType.Error,
                       f"healthlint: internal error while linting {path} ({type(error).__name__}: {error}); "
                       f"please report it")
            linted = Linted(source)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return  # closed, or changed meanwhile: a newer lint is on its way
        self.linted[uri] = linted
        lines = Lines(source, self.encoding)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=[diagnostic(f, lines) for f in linted.findings]))
        project = linted.project
        if project is not None and project.has_file and project.workspace is None and not project.loading:
            project.loading = True
            asyncio.ensure_future(self._load_workspace(project))

    async def _load_workspace(self, project: Project) -> None:
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self.linting, project.load_workspace)
        except Exception as error:
            logger.exception("reading the project failed")
            self._tell(types.MessageType.Warning, f"healthlint: could not read the project's files ({error}); "
                                                  f"cross-article rules see only open documents")
            project.workspace = {}
        for uri, linted in list(self.linted.items()):
            if linted.project is project:
                self.schedule(uri, 0)

    def _tell(self, kind: types.MessageType, message: str) -> None:
        try:
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
        except Exception:
            logger.exception("could not send a log message")

    def findings_at(self, uri: str, position: types.Position | None = None,
                    range_: types.Range | None = None) -> tuple[Lines, list[Finding]] | None:
        """The findings of ``uri`` at a position (or across a range), if the
        document is unchanged since they were found."""
        document = self.workspace.text_documents.get(uri)
        linted = self.linted.get(uri)
        if document is None or linted is None or linted.source != document.source:
            return None
        lines = Lines(linted.source, self.encoding)
        if position is not None:
            start = end = lines.offset(position)
        else:
            start, end = lines.offset(range_.start), lines.offset(range_.end)
        hits = [f for f in linted.findings if f.location is not None
                and f.location.start_offset <= end and start <= f.location.end_offset]
        return lines, hits


def diagnostic(finding: Finding, lines: Lines) -> types.Diagnostic:
    loc = finding.location
    return types.Diagnostic(
        range=lines.range(loc.start_offset, loc.end_offset),
        message=finding.message,
        severity=SEVERITIES[finding.effective_severity],
        code=finding.rule.id,
        source=SOURCE,
        data={"suggestions": list(finding.suggestions), "fingerprint": finding.fingerprint},
    )


def hover_text(finding: Finding) -> str:
    rule = finding.rule
    parts = [f"**{rule.id}** ({finding.effective_severity.label}): {finding.message}"]
    if finding.suggestions:
        parts.append("Suggestion: " + ", ".join(f"`{s}`" for s in finding.suggestions[:5]))
    parts.append(f"*{rule.summary}*")
    parts.append(rule.explanation.strip())
    return "\n\n".join(parts)


def code_actions(uri: str, lines: Lines, findings: list[Finding]) -> list[types.CodeAction]:
    actions = []
    for finding in findings:
        fix = finding.fix
        if fix is None:
            continue
        edits = [types.TextEdit(range=lines.range(e.start, e.end), new_text=e.replacement) for e in fix.edits]
        safe = fix.applicability is Applicability.SAFE
        title = fix.title or (f"Replace with \"{fix.edits[0].replacement}\"" if len(fix.edits) == 1
                              else f"Fix {finding.rule.id}")
        actions.append(types.CodeAction(
            title=f"{title} ({finding.rule.id})" + ("" if safe else " [unsafe]"),
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic(finding, lines)],
            is_preferred=safe,
            edit=types.WorkspaceEdit(changes={uri: edits}),
        ))
    return actions


def make_server() -> HealthlintServer:
    server = HealthlintServer()

    @server.feature(types.INITIALIZED)
    def initialized(ls: HealthlintServer, params: types.InitializedParams) -> None:
        # Load spaCy and the tables now, while the editor opens its files.
        ls.linting.submit(ls.warm_up)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: HealthlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: HealthlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: HealthlintServer, params: types.DidSaveTextDocumentParams) -> None:
        # A saved configuration file changes every project it governs.
        if Path(path_for(params.text_document.uri, None)).name in (".healthlint.toml", "pyproject.toml"):
            for uri in list(ls.linted):
                ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: HealthlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.linted.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: HealthlintServer, params: types.HoverParams) -> types.Hover | None:
        found = ls.findings_at(params.text_document.uri, position=params.position)
        if not found or not found[1]:
            return None
        lines, hits = found
        first = min(f.location.start_offset for f in hits)
        last = max(f.location.end_offset for f in hits)
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                         value="\n\n---\n\n".join(hover_text(f) for f in hits)),
            range=lines.range(first, last),
        )

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: HealthlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        found = ls.findings_at(params.text_document.uri, range_=params.range)
        if not found:
            return None
        return code_actions(params.text_document.uri, *found)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: HealthlintServer, params) -> None:
        for task in ls.pending.values():
            task.cancel()
        ls.pending.clear()

    return server


def serve() -> int:
    """Serve on stdin/stdout until the client says exit; the exit code is 0
    after a shutdown request, 1 without one (as the protocol asks)."""
    logging.basicConfig(level=logging.WARNING, format="healthlint lsp: %(levelname)s: %(message)s")
    from lint import spacy_import
    from lint.engine import pause_collector_for_startup

    spacy_import.install()
    pause_collector_for_startup()
    server = make_server()
    server.start_io()
    server.linting.shutdown(wait=False, cancel_futures=True)
    return 0 if server.protocol._shutdown else 1
