"""Configuration as a publisher writes it: discovery, keys, errors."""

from __future__ import annotations

import pytest

from lint.config import Config, ConfigError, discover, load_file
from lint.engine import Linter
from lint.rules import Severity

ARTICLE = "# Rest\n\nTake the the tablets.\n"


def test_pyproject_table_is_read(write):
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.healthlint]\nignore = ["claims"]\nlanguage = "en-GB"\n')
    path = write("docs/a.md", ARTICLE)
    found = discover(path)
    assert found.name == "pyproject.toml"
    config = load_file(found)
    assert config.ignore == ("claims",) and config.language == "en-GB"


def test_nearest_file_wins_and_pyproject_without_table_is_skipped(write, tmp_path):
    write(".healthlint.toml", 'fail-on = "error"\n')
    write("sub/pyproject.toml", '[project]\nname = "x"\n')
    path = write("sub/a.md", ARTICLE)
    assert discover(path) == tmp_path / ".healthlint.toml"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('colour = "red"\n', "unknown key `colour`; allowed: "),
        ('language = "en-NZ"\n', "`language` is 'en-NZ'; allowed: auto, en-US, en-GB, en-CA, en-AU"),
        ('select = "claims"\n', "`select` must be a list of strings"),
        ('[severity]\n"claims/promotional" = "fatal"\n',
         "`severity.claims/promotional` is 'fatal'; allowed: error, warning, info"),
        ("max-file-size = -3\n", "`max-file-size` must be a positive number of bytes"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_key(write, content, message):
    path = write(".healthlint.toml", content)
    with pytest.raises(ConfigError) as error:
        load_file(path)
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


def test_severity_override_and_per_file_ignores(write):
    config = Config(severity={"grammar/repeated-word": Severity.ERROR})
    [finding] = Linter(config).lint_source("a.md", ARTICLE).findings
    assert finding.effective_severity is Severity.ERROR
    config = Config(per_file_ignores={"drafts/*.md": ("grammar",)})
    assert Linter(config).lint_source("drafts/a.md", ARTICLE).findings == []
    assert len(Linter(config).lint_source("final/a.md", ARTICLE).findings) == 1


def test_relative_paths_resolve_from_the_config_file(write, tmp_path):
    config = load_file(write("conf/.healthlint.toml", 'dictionary-files = ["words.txt"]\n'))
    assert config.resolve(config.dictionary_files[0]) == tmp_path / "conf" / "words.txt"
