"""The termbase: preferred terms, accepted variants, deprecated forms with
reasons, concepts that must not be confused, and categories.

Format (YAML, read with a safe loader; see docs/termbase.md)::

    - preferred: hair loss
      category: condition
      variants: [alopecia]
      deprecated:
        - {term: hair fall, reason: "non-standard; readers and search use \\"hair loss\\""}
      distinct_from: [hair thinning]
      examples:
        - {bad: "Stress can worsen hair fall.", good: "Stress can worsen hair loss."}

The shipped files live in ``data/termbase/``; a project adds its own with
``termbases = ["house.yaml"]``. Entries are validated when loaded, so a
broken entry fails loudly, and each entry's examples are run by the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lint import resources

CATEGORIES = ("condition", "treatment", "procedure", "drug", "anatomy", "test", "outcome", "other")
KEYS = {"preferred", "category", "variants", "deprecated", "distinct_from", "examples", "note"}


class TermbaseError(Exception):
    pass


@dataclass(frozen=True)
class Deprecated:
    term: str
    reason: str
    # The words that replace the term when the preferred name does not fit
    # its place in the sentence ("committed suicide" -> "died by suicide",
    # not the concept's name "suicide").
    use: str = ""


@dataclass(frozen=True)
class Entry:
    preferred: str
    category: str
    variants: tuple[str, ...] = ()
    deprecated: tuple[Deprecated, ...] = ()
    distinct_from: tuple[str, ...] = ()
    examples: tuple[tuple[str, str], ...] = ()
    source: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.preferred, *self.variants)


@dataclass(frozen=True)
class Termbase:
    entries: tuple[Entry, ...]
    # Lower-cased form (preferred, variant or deprecated) → entry.
    by_form: dict = field(default_factory=dict)
    matcher: re.Pattern | None = None

    def entry(self, form: str) -> Entry | None:
        return self.by_form.get(normalise(form))


def normalise(term: str) -> str:
    """Case, hyphens and runs of spaces do not distinguish forms."""
    return " ".join(re.split(r"[\s-]+", term.lower().replace("’", "'").strip()))


def form_pattern(term: str) -> str:
    """A term's words, separated by any run of spaces or a hyphen."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", term.strip()) if w]
    return r"[\s-]+".join(words).replace("'", "['’]")


def _alternative(form: str) -> str:
    """Acronyms (COPD, MS, AFib) match only as written; words in any case."""
    pattern = form_pattern(form)
    return f"(?-i:{pattern})" if _as_written(form) else pattern


def _as_written(form: str) -> bool:
    """Is this form an acronym, to be matched only as written?"""
    capitals = sum(c.isupper() for c in form)
    return capitals >= 2 and capitals >= sum(c.islower() for c in form)


def _entry(raw, where: str) -> Entry:
    if not isinstance(raw, dict) or "preferred" not in raw or "category" not in raw:
        raise TermbaseError(f"{where}: every entry needs `preferred` and `category`")
    unknown = set(raw) - KEYS
    if unknown:
        raise TermbaseError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(KEYS)}")
    if raw["category"] not in CATEGORIES:
        raise TermbaseError(f"{where}: category {raw['category']!r}; allowed: {', '.join(CATEGORIES)}")
    deprecated = []
    for item in raw.get("deprecated") or ():
        if not isinstance(item, dict) or not item.get("term") or not item.get("reason"):
            raise TermbaseError(f"{where}: each deprecated form needs `term` and `reason`")
        extra = set(item) - {"term", "reason", "use"}
        if extra:
            raise TermbaseError(f"{where}: unknown key(s) {sorted(extra)} in a deprecated form; allowed: term, reason, use")
        deprecated.append(Deprecated(str(item["term"]), str(item["reason"]), str(item.get("use") or "")))
    examples = []
    for item in raw.get("examples") or ():
        if not isinstance(item, dict) or set(item) != {"bad", "good"}:
            raise TermbaseError(f"{where}: each example needs exactly `bad` and `good`")
        examples.append((str(item["bad"]), str(item["good"])))
    strings = lambda key: tuple(str(v) for v in (raw.get(key) or ()))  # noqa: E731
    return Entry(str(raw["preferred"]), raw["category"], strings("variants"), tuple(deprecated),
                 strings("distinct_from"), tuple(examples), where)


def _parse(text: str, where: str):
    import yaml  # here, not at the top: a start-up that reads the kept copy never needs it

    try:
        return resources.safe_yaml(text)
    except yaml.YAMLError as error:
        raise TermbaseError(f"{where}: invalid YAML: {error}") from None


def _entries(data, where: str) -> list[Entry]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise TermbaseError(f"{where}: a termbase is a list of entries")
    return [_entry(raw, f"{where} entry {i + 1}") for i, raw in enumerate(data)]


def _read(text: str, where: str) -> list[Entry]:
    return _entries(_parse(text, where), where)


def _shipped() -> dict:
    """The parsed YAML of each shipped termbase file, by file name, through
    the per-user copy of parsed tables: parsing took 8 ms of every start-up.
    Entries are still checked each time, so a broken file fails as before."""
    folder = resources.data_path("termbase")
    files = sorted((item for item in folder.iterdir() if item.name.endswith(".yaml")), key=lambda p: p.name)

    def build() -> dict:
        return {item.name: _parse(item.read_text(encoding="utf-8"), f"termbase/{item.name}") for item in files}

    return resources.cached_table("termbase", lambda: [__file__, *files], build)


@lru_cache(maxsize=8)
def load_termbase(extra_paths: tuple[str, ...] = ()) -> Termbase:
    entries: list[Entry] = []
    for name, data in _shipped().items():
        entries += _entries(data, f"termbase/{name}")
    for path in extra_paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise TermbaseError(f"{path}: cannot read termbase ({error.strerror or error})") from None
        entries += _read(text, str(path))
    by_form: dict[str, Entry] = {}
    for entry in entries:
        for form in (*entry.forms, *(d.term for d in entry.deprecated)):
            key = normalise(form)
            if key in by_form and by_form[key].preferred != entry.preferred and entry.source.startswith("termbase/"):
                raise TermbaseError(f"{entry.source}: {form!r} also belongs to {by_form[key].preferred!r}")
            by_form[key] = entry
    written = {}
    for entry in entries:
        for form in (*entry.forms, *(d.term for d in entry.deprecated)):
            written.setdefault(form, None)
    # Only the shipped termbase's pattern is kept: with a project's own
    # termbases, projects linted in turn would each evict the other's copy.
    kept_as = None if extra_paths else "termbase"
    return Termbase(tuple(entries), by_form, _matcher(sorted(written, key=len, reverse=True), kept_as))


def _matcher(forms: list[str], kept_as: str | None = None) -> re.Pattern:
    """One regex for every form, longest first, split into branches by first
    character so that each word start tries only the forms beginning with
    its letter (the flat alternation cost ~7 µs per word of text).

    A branch opens with a case-sensitive class holding both cases of its
    letter: the regex engine skips an alternative that starts with a plain
    class without entering it, but had to enter and run the
    case-insensitive lookahead of every branch at every word start (a
    quarter of the time here). Within a branch the forms are split the same
    way by their second letter, as the engine tried each of a letter's
    dozens of forms in turn (a third of the remaining time). Forms in
    different branches cannot match at the same place, and within one the
    order of preference is unchanged, so the matches are the same. When
    every form starts with an ASCII letter or digit, one class of those
    first letters turns the engine away at once from the places no form can
    start (after a space or a comma), which it tried branch by branch.
    """
    branches: dict[str, list[str]] = {}
    for form in forms:
        first = form.strip()[:1].lower()
        branches.setdefault(first if first.isalnum() else "", []).append(form)
    parts = []
    for first, alts in sorted(branches.items()):
        if _is_ascii_alnum(first):
            patterns = [(form_pattern(form), _as_written(form)) for form in alts]
            parts.append(f"(?-i:{_either_case(first)})(?:{_alternation(patterns, 1)})")
        else:
            alternatives = "|".join(map(_alternative, alts))
            parts.append(f"(?={re.escape(first)})(?:{alternatives})" if first else f"(?:{alternatives})")
    guard = ""
    if all(_is_ascii_alnum(first) for first in branches):
        guard = f"(?=(?-i:[{''.join(_cases(first) for first in sorted(branches))}]))"
    pattern = r"(?<![\w-])" + guard + "(?:" + "|".join(parts) + r")(?![\w-])"
    return resources.compiled_regex(kept_as, pattern, re.I) if kept_as else re.compile(pattern, re.I)


# Under IGNORECASE these non-ASCII characters match an ASCII letter too
# (a test checks this against every character).
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# How far forms are split by their leading characters, and the fewest forms
# worth splitting: splitting deeper or finer matched a tenth faster but took
# half as long again to compile, repaid only after ~200,000 words.
SPLIT_DEPTH = 2
SPLIT_MIN_FORMS = 8


def _is_ascii_alnum(char: str) -> bool:
    return len(char) == 1 and char.isascii() and char.isalnum()


def _either_case(char: str) -> str:
    """A case-sensitive class matching what ``char`` matches under IGNORECASE."""
    return f"[{_cases(char)}]"


def _cases(char: str) -> str:
    """The characters that ``char`` (an ASCII letter or digit) matches under IGNORECASE."""
    lower = char.lower()
    return "".join(dict.fromkeys(lower + char.upper() + _OTHER_CASES.get(lower, "")))


def _alternation(forms: list[tuple[str, bool]], depth: int) -> str:
    """The alternation for forms, as (pattern, is an acronym) pairs, whose
    first ``depth`` characters (ASCII letters or digits, in either case)
    have matched; split in turn by their next character. Forms whose next
    character is not a letter or digit (or that have none) come last, where
    no letter can enter."""
    if depth >= SPLIT_DEPTH or len(forms) < SPLIT_MIN_FORMS:
        return "|".join(_after(pattern, acronym, depth) for pattern, acronym in forms)
    groups: dict[str, list[tuple[str, bool]]] = {}
    for pattern, acronym in forms:
        unit = pattern[depth:depth + 1]
        if unit and any(unit in partners for partners in _OTHER_CASES.values()):
            # It would match a letter: keep one list.
            return "|".join(_after(pattern, acronym, depth) for pattern, acronym in forms)
        groups.setdefault(unit.lower() if _is_ascii_alnum(unit) else "", []).append((pattern, acronym))
    parts = [f"(?-i:{_either_case(unit)})(?:{_alternation(group, depth + 1)})"
             for unit, group in groups.items() if unit]
    return "|".join(parts + [_after(pattern, acronym, depth) for pattern, acronym in groups.get("", ())])


def _after(pattern: str, acronym: bool, depth: int) -> str:
    """A form's pattern once its first ``depth`` characters have matched in
    either case: an acronym checks that they were as written."""
    if acronym:
        return f"(?-i:(?<={pattern[:depth]}){pattern[depth:]})"
    return pattern[depth:]


def termbase_for(config) -> Termbase:
    return load_termbase(tuple(str(config.resolve(p)) for p in config.termbases))
