"""`healthlint lsp` end to end: a real client drives the server over stdio,
as an editor would (pytest-lsp). Its diagnostics must be what `healthlint
check` reports for the same text, so the tests compare with `check` rather
than hard-code findings (other rules change under them)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the `lsp` extra")
pytest_lsp = pytest.importorskip("pytest_lsp", reason="pytest-lsp drives the server")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

from lint.cli import main  # noqa: E402

SERVER = [sys.executable, "-m", "lint", "lsp"]
# An emoji before the slips: two UTF-16 code units but one code point, so a
# column slip in the conversion shows.
ARTICLE = "# Rest 😀\n\n😀 Take the the tablets with water, and rest.\n\nDrink plenty of fluidz.\n"
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(server_command=SERVER))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def _diagnostics(client: LanguageClient, uri: str, version: int, timeout: float = 60):
    """Wait for the diagnostics of ``uri`` at ``version``."""
    async def wait():
        while True:
            params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            if params.uri == uri and params.version == version:
                return params.diagnostics

    return await asyncio.wait_for(wait(), timeout)


async def _open(client: LanguageClient, path: Path, text: str, language: str = "markdown", version: int = 1):
    uri = path.as_uri()
    waiting = asyncio.ensure_future(_diagnostics(client, uri, version))
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return uri, await waiting


def _check(capsys, *paths) -> list[dict]:
    main(["check", *map(str, paths), "--format", "json", "--no-cache", "--fail-on", "never"])
    return json.loads(capsys.readouterr().out)["findings"]


def _utf16(text: str, line: int, column: int) -> types.Position:
    """A `check` position (1-based line, column in code points) in UTF-16."""
    line_text = text.splitlines()[line - 1] if line - 1 < len(text.splitlines()) else ""
    return types.Position(line=line - 1, character=len(line_text[:column - 1].encode("utf-16-le")) // 2)


def _as_check(diagnostics, text: str) -> list[tuple]:
    return sorted((d.code, d.range.start.line, d.range.start.character, d.range.end.line,
                   d.range.end.character, d.message) for d in diagnostics)


def _expected(findings, text: str) -> list[tuple]:
    out = []
    for f in findings:
        start, end = _utf16(text, f["line"], f["column"]), _utf16(text, f["end_line"], f["end_column"])
        out.append((f["rule"], start.line, start.character, end.line, end.character, f["message"]))
    return sorted(out)


async def test_diagnostics_on_open_equal_check(client, tmp_path, capsys):
    path = tmp_path / "rest.md"
    path.write_text(ARTICLE, encoding="utf-8")
    uri, diagnostics = await _open(client, path, ARTICLE)
    findings = _check(capsys, path)
    assert "grammar/repeated-word" in {f["rule"] for f in findings}
    assert _as_check(diagnostics, ARTICLE) == _expected(findings, ARTICLE)
    repeated = next(d for d in diagnostics if d.code == "grammar/repeated-word")
    # "😀 Take " is 8 UTF-16 units: the slip starts at character 8 of line 2.
    assert (repeated.range.start.line, repeated.range.start.character) == (2, 8)
    assert repeated.source == "healthlint"
    assert repeated.severity == types.DiagnosticSeverity.Warning


async def test_diagnostics_follow_changes_to_the_text(client, tmp_path, capsys):
    path = tmp_path / "change.md"
    path.write_text("# Sleep\n\nRest well.\n", encoding="utf-8")
    uri, diagnostics = await _open(client, path, "# Sleep\n\nRest well.\n")
    assert "grammar/repeated-word" not in {d.code for d in diagnostics}
    waiting = asyncio.ensure_future(_diagnostics(client, uri, 2))
    # Typed in two quick edits: one lint, after the pause, of the final text.
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=2, character=0), end=types.Position(line=2, character=0)),
            text="Rest rest "),
        ]))
    diagnostics = await waiting
    text = "# Sleep\n\nRest rest Rest well.\n"
    path.write_text(text, encoding="utf-8")
    assert _as_check(diagnostics, text) == _expected(_check(capsys, path), text)
    assert [d.code for d in diagnostics].count("grammar/repeated-word") >= 1


async def test_html_and_plain_text_documents(client, tmp_path, capsys):
    for name, language, text in (
            ("page.html", "html", "<html><body><h1>Rest</h1><p>Take the the tablets &amp; rest.</p></body></html>\n"),
            ("notes.txt", "plaintext", "Rest\n\nTake the the tablets and rest.\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        _, diagnostics = await _open(client, path, text, language)
        assert "grammar/repeated-word" in {d.code for d in diagnostics}
        assert _as_check(diagnostics, text) == _expected(_check(capsys, path), text)


async def test_a_document_without_a_file_is_linted_by_its_language(client):
    uri = "untitled:Untitled-1"
    waiting = asyncio.ensure_future(_diagnostics(client, uri, 1))
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="markdown", version=1, text="# Rest\n\nTake the the tablets.\n")))
    assert "grammar/repeated-word" in {d.code for d in await waiting}


async def test_code_action_applies_the_fix_and_safe_ones_are_preferred(client, tmp_path):
    text = "# Rest\n\nTake the the tablets.\n"
    uri, diagnostics = await _open(client, tmp_path / "fix.md", text)
    repeated = next(d for d in diagnostics if d.code == "grammar/repeated-word")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=repeated.range,
        context=types.CodeActionContext(diagnostics=[repeated])))
    ours = [a for a in actions if a.diagnostics and a.diagnostics[0].code == "grammar/repeated-word"]
    assert len(ours) == 1 and ours[0].kind == types.CodeActionKind.QuickFix
    assert ours[0].is_preferred is True
    edits = ours[0].edit.changes[uri]
    lines = text.splitlines(keepends=True)
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        line = lines[edit.range.start.line]
        assert edit.range.start.line == edit.range.end.line
        lines[edit.range.start.line] = (line[:edit.range.start.character] + edit.new_text
                                        + line[edit.range.end.character:])
    assert "".join(lines) == "# Rest\n\nTake the tablets.\n"


async def test_hover_explains_the_rule(client, tmp_path):
    text = "# Rest\n\nTake the the tablets.\n"
    uri, diagnostics = await _open(client, tmp_path / "hover.md", text)
    repeated = next(d for d in diagnostics if d.code == "grammar/repeated-word")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=repeated.range.start))
    assert hover is not None and hover.contents.kind == types.MarkupKind.Markdown
    assert "grammar/repeated-word" in hover.contents.value
    from lint.checks import rule_by_id

    assert rule_by_id("grammar/repeated-word").explanation.strip()[:60] in hover.contents.value
    # Nothing to say where there is no finding.
    assert await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=0))) is None


async def test_the_projects_config_is_honoured_and_the_workspace_read(client, tmp_path, capsys):
    project = tmp_path / "project"
    (project / "articles").mkdir(parents=True)
    (project / ".healthlint.toml").write_text('ignore = ["grammar/repeated-word"]\n', encoding="utf-8")
    for i in range(3):
        (project / "articles" / f"other{i}.md").write_text(
            f"# Care {i}\n\nBook a follow-up visit with your GP after the first week.\n", encoding="utf-8")
    text = "# Rest\n\nTake the the tablets and book a follow up visit after a week.\n"
    path = project / "articles" / "open.md"
    path.write_text(text, encoding="utf-8")
    uri, diagnostics = await _open(client, path, text)
    assert "grammar/repeated-word" not in {d.code for d in diagnostics}
    # Once the project's other files are read, the cross-article rules see
    # them: the diagnostics then equal a check of the whole project.
    diagnostics = await _diagnostics(client, uri, 1)
    expected = [f for f in _check(capsys, project) if Path(f["path"]).name == "open.md"]
    assert _as_check(diagnostics, text) == _expected(expected, text)


async def test_requests_about_unknown_documents_are_answered_quietly(client, tmp_path):
    uri = (tmp_path / "never-opened.md").as_uri()
    position = types.Position(line=0, character=0)
    assert await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position)) is None
    assert not await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=types.Range(start=position, end=position),
        context=types.CodeActionContext(diagnostics=[])))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="the the")]))
    client.text_document_did_close(types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    # Still serving: a document opened now is linted.
    _, diagnostics = await _open(client, tmp_path / "after.md", "# Rest\n\nTake the the tablets.\n")
    assert "grammar/repeated-word" in {d.code for d in diagnostics}


async def test_a_lone_surrogate_in_the_text_does_not_stop_the_server(client, tmp_path):
    _, diagnostics = await _open(client, tmp_path / "odd.md", "# Rest\n\nTake the the \ud800 tablets.\n")
    assert [(d.code, d.range.start.character) for d in diagnostics
            if d.code == "grammar/repeated-word"] == [("grammar/repeated-word", 5)]
    _, diagnostics = await _open(client, tmp_path / "fine.md", "# Rest\n\nTake the the tablets.\n")
    assert "grammar/repeated-word" in {d.code for d in diagnostics}
