"""Bad input: one clear message naming the file on stderr, exit code 2, and
every other file still fully checked and reported.

Each test lints a good article next to the bad input and asserts both: the
bad one is named with its reason, the good one's finding is still there.
"""

from __future__ import annotations

import builtins
import codecs
import json
import os

import pytest

from lint.cli import main

GOOD = "# Rest\n\nTake the the tablets with food.\n"
GOOD_FINDING = ("grammar/repeated-word", 3, 6)


def check(capsys, *argv):
    """Run ``healthlint check --format json --jobs 1`` and return (code, report, stderr lines)."""
    code = main(["check", "--format", "json", "--jobs", "1", *argv])
    out, err = capsys.readouterr()
    return code, json.loads(out), err.splitlines()


def good_findings(report, path):
    return [(f["rule"], f["line"], f["column"]) for f in report["findings"] if f["path"] == path]


def assert_one_error(report, stderr, path, message):
    assert report["errors"] == [{"path": path, "message": f"{path}: {message}"}]
    assert stderr == [f"healthlint: error: {path}: {message}"]


def test_permission_denied_is_named_and_others_still_checked(capsys, write, monkeypatch):
    good = write("good.md", GOOD)
    locked = write("locked.md", GOOD)
    if os.geteuid() != 0:
        os.chmod(locked, 0)
    else:  # root reads anything: simulate the refusal the OS would give a user
        real_open = builtins.open

        def refusing_open(file, *args, **kwargs):
            if os.fspath(file) == locked:
                raise PermissionError(13, "Permission denied", locked)
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", refusing_open)
        real_os_open = os.open  # lint.files reads regular files through descriptors

        def refusing_os_open(file, *args, **kwargs):
            if os.fspath(file) == locked:
                raise PermissionError(13, "Permission denied", locked)
            return real_os_open(file, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_os_open)
    code, report, err = check(capsys, good, locked)
    assert code == 2
    assert good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, locked, "permission denied")


def test_unreadable_file_io_error(capsys, write, monkeypatch):
    good = write("good.md", GOOD)
    broken = write("broken.md", GOOD)
    real_open = builtins.open

    def failing_open(file, *args, **kwargs):
        if os.fspath(file) == broken:
            raise OSError(5, "Input/output error", broken)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", failing_open)
    real_os_open = os.open

    def failing_os_open(file, *args, **kwargs):
        if os.fspath(file) == broken:
            raise OSError(5, "Input/output error", broken)
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", failing_os_open)
    code, report, err = check(capsys, good, broken)
    assert code == 2
    assert good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, broken, "cannot read (Input/output error)")


def test_missing_file(capsys, write, tmp_path):
    good = write("good.md", GOOD)
    missing = str(tmp_path / "gone.md")
    code, report, err = check(capsys, good, missing)
    assert code == 2 and good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, missing, "no such file or directory")


def test_directory_without_articles(capsys, write, tmp_path):
    good = write("good.md", GOOD)
    write("assets/logo.svg", "<svg/>")
    folder = str(tmp_path / "assets")
    code, report, err = check(capsys, good, folder)
    assert code == 2 and good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, folder, "directory has no .md, .markdown, .html, .htm or .txt files")


def test_binary_file(capsys, write):
    good = write("good.md", GOOD)
    image = write("chart.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    code, report, err = check(capsys, good, image)
    assert code == 2 and good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, image, "binary file (contains NUL bytes); not linted")


@pytest.mark.parametrize("content", ["", "\n\n", "\ufeff", "  \t\r\n"])
def test_empty_file_is_checked_with_a_warning_not_an_error(capsys, write, content):
    """An empty article is almost always a failed save or export, so the user
    hears about it; but it is not an input error the tool failed on, so it
    neither fails the run (exit 0 when nothing else is found) nor shows in
    the report's ``errors``."""
    empty = write("empty.md", content)
    code = main(["check", "--format", "json", empty])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 0
    assert report["errors"] == [] and report["findings"] == [] and report["summary"]["files"] == 1
    assert err.splitlines() == [f"healthlint: warning: {empty}: file is empty; nothing to check"]


def test_empty_file_next_to_findings_keeps_exit_code_1(capsys, write):
    good, empty = write("good.md", GOOD), write("empty.txt", "")
    code, report, err = check(capsys, good, empty)
    assert code == 1 and good_findings(report, good) == [GOOD_FINDING]
    assert err == [f"healthlint: warning: {empty}: file is empty; nothing to check"]


def test_file_over_the_configured_size_limit(capsys, write, tmp_path):
    config = write(".healthlint.toml", "max-file-size = 200\n")
    good = write("good.md", GOOD)
    big = write("big.md", "Rest well. " * 40)
    code, report, err = check(capsys, "--config", config, good, big)
    assert code == 2 and good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, big, "file is 440 bytes, over the 200-byte limit (max-file-size)")


def test_default_size_limit_is_ten_megabytes(write):
    from lint.config import Config

    assert Config().max_file_size == 10 * 1024 * 1024


def test_size_limit_applies_to_devices_that_report_size_zero(tmp_path):
    """/dev/zero has st_size 0; reading must still stop at the limit."""
    from lint import files

    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(files.InputError, match=r"^/dev/zero: more than 1,000 bytes, over the limit"):
        files.read("/dev/zero", 1000)


def test_symlink_loop_named_and_inside_a_folder(capsys, write, tmp_path):
    good = write("articles/good.md", GOOD)
    (tmp_path / "articles" / "a.md").symlink_to(tmp_path / "articles" / "b.md")
    (tmp_path / "articles" / "b.md").symlink_to(tmp_path / "articles" / "a.md")
    (tmp_path / "articles" / "again").symlink_to(tmp_path / "articles")
    folder = str(tmp_path / "articles")
    code, report, err = check(capsys, folder)
    assert code == 2 and good_findings(report, good) == [GOOD_FINDING]
    messages = [e["message"] for e in report["errors"]]
    assert messages == [f"{folder}/{name}: symlink loop; not followed" for name in ("a.md", "again", "b.md")]
    assert len(err) == 3
    # Named directly, the loop is reported the same way.
    code, report, err = check(capsys, good, f"{folder}/a.md")
    assert code == 2 and report["errors"] == [
        {"path": f"{folder}/a.md", "message": f"{folder}/a.md: symlink loop; not followed"}]


def test_same_file_through_a_symlinked_folder_is_linted_once(capsys, write, tmp_path):
    good = write("articles/good.md", GOOD)
    (tmp_path / "mirror").symlink_to(tmp_path / "articles")
    code, report, _ = check(capsys, good, str(tmp_path / "mirror"))
    assert code == 1 and [f["path"] for f in report["findings"]] == [good]


def test_invalid_utf8(capsys, write):
    good = write("good.md", GOOD)
    bad = write("latin1.md", "Caf\u00e9 au lait\n".encode("latin-1"))
    code, report, err = check(capsys, good, bad)
    assert code == 2 and good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, bad, "not valid UTF-8 (byte 3: b'\\xe9'); save it as UTF-8")


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"])
def test_supported_encodings_give_the_same_positions(capsys, write, encode):
    path = write("article.md", encode("# Caf\u00e9 rest\n\nTake the the tablets.\n"))
    code, report, err = check(capsys, path)
    assert code == 1 and err == []
    [finding] = report["findings"]
    assert (finding["line"], finding["column"], finding["end_column"]) == (3, 6, 13)


@pytest.mark.parametrize(("data", "message"), [
    (codecs.BOM_UTF32_LE + "Rest.".encode("utf-32-le"), "UTF-32 text is not supported; save it as UTF-8"),
    (codecs.BOM_UTF32_BE + "Rest.".encode("utf-32-be"), "UTF-32 text is not supported; save it as UTF-8"),
    ("Rest.".encode("utf-16-le"), "binary file (contains NUL bytes); not linted"),
    (codecs.BOM_UTF16_LE + b"R\x00e", "not valid UTF-16 (byte 4: b'e'); save it as UTF-8"),
    ("Na\u00efve".encode("cp1252"), "not valid UTF-8 (byte 2: b'\\xef'); save it as UTF-8"),
], ids=["utf-32-le", "utf-32-be", "utf-16-without-bom", "truncated-utf-16", "cp1252"])
def test_other_encodings_are_errors_never_mojibake(capsys, write, data, message):
    good = write("good.md", GOOD)
    bad = write("other.txt", data)
    code, report, err = check(capsys, good, bad)
    assert code == 2 and good_findings(report, good) == [GOOD_FINDING]
    assert_one_error(report, err, bad, message)


def test_every_bad_input_at_once_still_reports_the_good_file(capsys, write, tmp_path):
    """All the failures together: each named once, in path order; text format
    keeps stdout for the report and says how many paths failed."""
    good = write("good.md", GOOD)
    bad = [write("a-binary.txt", b"\x00\x01"), write("b-latin1.txt", b"caf\xe9"), str(tmp_path / "c-missing.md")]
    code = main(["check", "--no-color", "--jobs", "1", good, *bad])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{good}:3:6: warning grammar/repeated-word" in out
    assert out.splitlines()[-1].endswith("in 1 file, 7 words; 3 paths could not be checked (see stderr)")
    assert [line.split(": ")[2] for line in err.splitlines()] == bad
    assert not any(path in out for path in bad)


def test_invalid_byte_is_counted_from_the_start_of_the_file_after_a_bom(capsys, write):
    bad = write("bom.md", codecs.BOM_UTF8 + b"ab\xff")
    code, report, err = check(capsys, bad)
    assert code == 2
    assert_one_error(report, err, bad, "not valid UTF-8 (byte 5: b'\\xff'); save it as UTF-8")
