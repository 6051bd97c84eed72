"""Configuration: ``[tool.healthlint]`` in pyproject.toml, or .healthlint.toml.

The nearest file upward from the first path is used; ``--config`` wins. An
unknown key or a bad value is a ``ConfigError`` naming the file and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from lint.rules import Severity

LANGUAGES = ("auto", "en-US", "en-GB", "en-CA", "en-AU")
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)
    fail_on: str = "warning"
    exclude: tuple[str, ...] = ()
    per_file_ignores: dict = field(default_factory=dict)
    language: str = "auto"
    words: tuple[str, ...] = ()
    dictionary_files: tuple[str, ...] = ()
    termbases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    preview: bool = False
    # Where the config file lives; relative paths in it resolve from here.
    root: str = "."
    source: str | None = None

    def with_(self, **changes) -> "Config":
        return replace(self, **changes)

    def resolve(self, relative: str) -> Path:
        path = Path(relative)
        return path if path.is_absolute() else Path(self.root) / path


def _strings(file: str, key: str, value) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{file}: `{key}` must be a list of strings")
    return tuple(value)


def _choice(file: str, key: str, value, allowed) -> str:
    if value not in allowed:
        raise ConfigError(f"{file}: `{key}` is {value!r}; allowed: {', '.join(allowed)}")
    return value


def _severity_table(file: str, value) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{file}: `severity` must be a table of rule = level")
    table = {}
    for rule, level in value.items():
        try:
            table[rule] = Severity.parse(str(level))
        except ValueError:
            raise ConfigError(
                f"{file}: `severity.{rule}` is {level!r}; allowed: error, warning, info"
            ) from None
    return table


def _per_file_ignores(file: str, value) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{file}: `per-file-ignores` must be a table of glob = [rules]")
    return {glob: _strings(file, f"per-file-ignores.{glob}", rules) for glob, rules in value.items()}


def _size(file: str, value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"{file}: `max-file-size` must be a positive number of bytes")
    return value


def _flag(file: str, key: str, value) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{file}: `{key}` must be true or false")
    return value


KEYS = {
    "select": lambda f, v: ("select", _strings(f, "select", v)),
    "ignore": lambda f, v: ("ignore", _strings(f, "ignore", v)),
    "severity": lambda f, v: ("severity", _severity_table(f, v)),
    "fail-on": lambda f, v: ("fail_on", _choice(f, "fail-on", v, FAIL_ON)),
    "exclude": lambda f, v: ("exclude", _strings(f, "exclude", v)),
    "per-file-ignores": lambda f, v: ("per_file_ignores", _per_file_ignores(f, v)),
    "language": lambda f, v: ("language", _choice(f, "language", v, LANGUAGES)),
    "words": lambda f, v: ("words", _strings(f, "words", v)),
    "dictionary-files": lambda f, v: ("dictionary_files", _strings(f, "dictionary-files", v)),
    "termbases": lambda f, v: ("termbases", _strings(f, "termbases", v)),
    "acronyms": lambda f, v: ("acronyms", _strings(f, "acronyms", v)),
    "max-file-size": lambda f, v: ("max_file_size", _size(f, v)),
    "preview": lambda f, v: ("preview", _flag(f, "preview", v)),
}


def parse(table: dict, file: str, root: str) -> Config:
    values = {}
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{file}: unknown key `{key}`; allowed: {', '.join(sorted(KEYS))}")
        name, parsed = KEYS[key](file, value)
        values[name] = parsed
    return Config(root=root, source=file, **values)


def load_file(path: str | Path) -> Config:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("healthlint", {})
    else:
        table = data.get("tool", {}).get("healthlint", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.healthlint] must be a table")
    return parse(table, str(path), str(path.parent))


def discover(start: str | Path) -> Path | None:
    """The nearest .healthlint.toml, or pyproject.toml with [tool.healthlint]."""
    here = Path(start).resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / ".healthlint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                with open(pyproject, "rb") as fh:
                    if "healthlint" in tomllib.load(fh).get("tool", {}):
                        return pyproject
            except (OSError, tomllib.TOMLDecodeError):
                continue
    return None
