"""Start-up shortcuts: what they skip stays reachable, and what they keep
on disk is rebuilt whenever it is stale or damaged."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lint import resources


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_spacy_is_imported_without_its_command_line_which_stays_importable():
    result = _run(
        "import sys\n"
        "from lint import spacy_import\n"
        "spacy_import.install()\n"
        "import spacy\n"
        "assert 'spacy.cli' not in sys.modules and 'typer' not in sys.modules\n"
        "assert not any(isinstance(f, spacy_import._Finder) for f in sys.meta_path)\n"
        "assert spacy.__loader__ is spacy.__spec__.loader and not isinstance(spacy.__loader__, spacy_import._Loader)\n"
        "assert callable(spacy.cli.download) and 'spacy.cli' in sys.modules\n"
        "import spacy.cli\n"
        "from spacy.cli.info import info\n"
        "assert callable(spacy.cli.download) and callable(info) and callable(spacy.info)\n"
        "assert spacy.blank('en')('a test').text == 'a test'\n")
    assert result.returncode == 0, result.stderr


def test_spacy_is_imported_the_ordinary_way_when_the_stand_in_falls_short():
    result = _run(
        "import sys\n"
        "from lint import spacy_import\n"
        "spacy_import.STAND_IN_INFO.clear()\n"
        "spacy_import.install()\n"
        "import spacy\n"
        "assert 'spacy.cli' in sys.modules and spacy.info is sys.modules['spacy.cli.info'].info\n"
        "assert spacy.blank('en')('a test').text == 'a test'\n")
    assert result.returncode == 0, result.stderr


# -- the per-user copies of parsed tables --------------------------------------

@pytest.fixture
def table_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("one")
    built = []

    def load():
        def build():
            built.append(source.read_text())
            return {source.read_text(): len(built)}
        return resources.cached_table("test_table", lambda: [source], build)

    return source, built, load, tmp_path / "cache" / "healthlint" / "tables"


def test_a_table_is_built_once_then_read_back(table_cache):
    source, built, load, folder = table_cache
    assert load() == {"one": 1} and load() == {"one": 1} and built == ["one"]
    assert [p.name.startswith("test_table-") for p in folder.iterdir()] == [True]


def test_a_changed_source_rebuilds_the_table_and_drops_the_old_copy(table_cache):
    source, built, load, folder = table_cache
    load()
    source.write_text("three")
    assert load() == {"three": 2} and len(list(folder.iterdir())) == 1


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_a_damaged_copy_is_rebuilt_silently(table_cache, damage):
    source, built, load, folder = table_cache
    load()
    (copy,) = folder.iterdir()
    data = bytearray(copy.read_bytes())
    if damage == "truncate":
        data = data[:len(data) // 2]
    elif damage == "flip":
        data[-2] ^= 0x40
    elif damage == "empty":
        data = b""
    else:
        data = b"HLTABLE\x01" + os.urandom(200)
    copy.write_bytes(bytes(data))
    assert load() == {"one": 2} and load() == {"one": 2} and len(built) == 2


def test_an_unwritable_cache_folder_only_means_building_each_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    built = []
    build = lambda: built.append(1) or {"a": 1}  # noqa: E731
    assert resources.cached_table("t", lambda: [blocker], build) == {"a": 1}
    assert resources.cached_table("t", lambda: [blocker], build) == {"a": 1} and len(built) == 2


def test_a_source_that_cannot_be_found_means_building(table_cache):
    assert resources.cached_table("t", lambda: ["/no/such/file"], lambda: {"b": 2}) == {"b": 2}


def test_shipped_tables_read_back_equal_to_built(tmp_path):
    """The copies hold exactly what parsing the text gives, order included."""
    code = (
        "from lint import lexicon, context_model as m\n"
        "tables = [lexicon.frequencies(), m._symspell_words(), m._symspell_pairs(),\n"
        "          m._health_words(), m._health_pairs(), m._health_triples()]\n"
        "print(hash(tuple(tuple(t.items()) for t in tables)), sum(map(len, tables)))\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": "0"}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
            for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr + runs[1].stderr
    assert len(list((tmp_path / "healthlint" / "tables").glob("*.marshal"))) == 6
    assert runs[0].stdout == runs[1].stdout
    blocked = tmp_path / "blocked"
    blocked.write_text("")
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                           env={**env, "XDG_CACHE_HOME": str(blocked)})
    assert fresh.stdout == runs[0].stdout


def test_without_a_home_folder_tables_are_built_and_nothing_is_written_here(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    monkeypatch.chdir(tmp_path)
    assert resources.cached_table("t", lambda: [__file__], lambda: {"c": 3}) == {"c": 3}
    assert list(tmp_path.iterdir()) == []


def test_the_collector_runs_again_after_the_first_document(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("The the dose is 75 mg a day.\n")
    result = _run(
        "import gc, sys\n"
        "from lint.cli import main\n"
        f"argv = ['check', '--no-cache', '--quiet', {str(article)!r}]\n"
        "assert main(argv) == 1 and gc.isenabled() and gc.get_freeze_count() > 0\n"
        "frozen = gc.get_freeze_count()\n"
        "assert main(argv) == 1 and gc.isenabled() and gc.get_freeze_count() == frozen\n")
    assert result.returncode == 0, result.stderr


# -- compiled regular expressions kept with the tables --------------------------

def test_a_kept_regex_is_the_pattern_re_compile_gives(tmp_path, monkeypatch):
    import re

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pattern = r"(?<![\w-])(?:(?-i:[Aa])(?:cne|sthma)|(?P<word>[bc]\w+))(?![\w-])"
    first = resources.compiled_regex("test", pattern, re.I)
    assert len(list((tmp_path / "healthlint" / "tables").glob("regex_test-*.marshal"))) == 1
    again = resources.compiled_regex("test", pattern, re.I)
    expected = re.compile(pattern, re.I)
    assert first == expected and again == expected and again is not expected
    assert again.groupindex == expected.groupindex and again.flags == expected.flags
    assert again.findall("Asthma, acne and bronchitis") == expected.findall("Asthma, acne and bronchitis")


def test_a_regex_is_compiled_as_usual_when_the_engine_internals_differ(tmp_path, monkeypatch):
    """Code the engine rejects (as a changed engine would), or none kept."""
    import re

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    rejected = {"flags": 32, "code": [10 ** 6, 1, 2], "groups": 0, "groupindex": {}, "indexgroup": (None,)}
    monkeypatch.setattr(resources, "_regex_parts", lambda pattern, flags, expected: rejected)
    for _ in range(2):
        assert resources.compiled_regex("test", "a+b", 0) == re.compile("a+b")
    monkeypatch.setattr(resources, "_regex_parts", lambda pattern, flags, expected: {})
    for _ in range(2):
        assert resources.compiled_regex("test", "c+d", 0) == re.compile("c+d")


def test_the_tokenizer_patterns_are_spacys_own_and_spacy_gets_re_back(tmp_path):
    code = (
        "import re\n"
        "from lint import nlp\n"
        "from spacy import util\n"
        "from spacy.lang.en import English\n"
        "tokenizer = nlp.pipeline().tokenizer\n"
        "assert util.re is re\n"
        "d = English.Defaults\n"
        # Each expression sits inside nlp's _UnlessLetters, as its bound methods.
        "assert tokenizer.prefix_search.__self__._search.__self__ == util.compile_prefix_regex(d.prefixes)\n"
        "assert tokenizer.suffix_search.__self__._search.__self__ == util.compile_suffix_regex(d.suffixes)\n"
        "assert tokenizer.infix_finditer.__self__._finditer.__self__ == util.compile_infix_regex(d.infixes)\n"
        "print([t.text for t in nlp.pipeline()('(Re-)check e.g. 5mg/day, ok?')])\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
            for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr + runs[1].stderr
    assert len(list((tmp_path / "healthlint" / "tables").glob("regex_spacy_tokenizer_*.marshal"))) == 3
    assert runs[0].stdout == runs[1].stdout


def test_the_command_line_asks_openblas_for_one_thread_unless_the_user_chose():
    code = "import os, lint.cli, numpy; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    default = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    chosen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**env, "OPENBLAS_NUM_THREADS": "3"})
    assert (default.stdout, chosen.stdout) == ("1\n", "3\n"), default.stderr + chosen.stderr
