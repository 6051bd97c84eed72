"""The shipped confusion tables: listed health confusions with their cue
words, homophones (CMU Pronouncing Dictionary), the classic confusable
groups, and the words never questioned."""

from __future__ import annotations

from functools import lru_cache

from lint import resources


HOMOPHONES = "context/homophones.tsv"
CONFUSABLE_GROUPS = "context/confusable_groups.tsv"
CONFUSION_SETS = "context/confusion_sets.tsv"
CONFUSABLES = "confusables.tsv"


@lru_cache(maxsize=1)
def confusable_groups() -> dict[str, dict[str, float]]:
    """written -> {meant: the margin the pair needs}: the classic English
    confusables and medical near-pairs, each pair with a margin tuned for
    precision on clean text (tools/tune_confusable_margins.py).

    A confusion goes both ways: people who write "loss" for "lose" also
    write "lose" for "loss". A pair listed one way only is questioned the
    other way too, at REVERSED_GROUP_MARGIN or the listed way's margin,
    whichever is higher (see margins.py)."""
    from lint.checks.spelling.margins import REVERSED_GROUP_MARGIN

    table = listed_groups()
    closed = {written: dict(meant) for written, meant in table.items()}
    for written, meant in table.items():
        for other, margin in meant.items():
            if written not in table.get(other, {}):
                closed.setdefault(other, {})[written] = max(margin, REVERSED_GROUP_MARGIN)
    return closed


@lru_cache(maxsize=1)
def listed_groups() -> dict[str, dict[str, float]]:
    """``confusable_groups()`` as the file lists them, each pair only the way it is written there."""
    table: dict[str, dict[str, float]] = {}
    for line in resources.lines(CONFUSABLE_GROUPS):
        written, meant, margin, _example = line.split("\t")
        table.setdefault(written, {})[meant] = float(margin)
    return table


@lru_cache(maxsize=1)
def general_confusions() -> dict[str, dict[str, tuple[str, float]]]:
    """written -> {meant: (kind, margin)}: the general confusion sets, derived
    by rule from the CMU Pronouncing Dictionary (tools/build_confusion_sets.py):
    common words that sound the same ("homophone": waist/waste, heel/heal)
    or one vowel or voicing apart and are spelled alike ("near":
    accept/except, lose/loose, breath/breadth), each way with a margin tuned
    for precision on clean text. A pair that confusable_groups.tsv or
    confusables.tsv lists either way is theirs alone."""
    return general_confusions_of(frozenset({"homophone", "near"}))


@lru_cache(maxsize=4)
def general_confusions_of(kinds: frozenset[str]) -> dict[str, dict[str, tuple[str, float]]]:
    """``general_confusions()`` with only the pairs of these kinds, parsed
    once per user (the table cache): 23,000 lines take 80 ms to read."""
    sources = [__file__] + [resources.data_path(name) for name in (CONFUSION_SETS, CONFUSABLE_GROUPS, CONFUSABLES)]
    table = resources.cached_table(f"confusion_sets_{'_'.join(sorted(kinds))}", lambda: sources,
                                   lambda: _read_general(kinds))
    return {written: {meant: tuple(entry) for meant, entry in others.items()} for written, others in table.items()}


def _read_general(kinds: frozenset[str]) -> dict[str, dict[str, tuple[str, float]]]:
    table: dict[str, dict[str, tuple[str, float]]] = {}
    for line in resources.lines(CONFUSION_SETS):
        written, meant, kind, margin = line.split("\t")
        if kind in kinds:
            table.setdefault(written, {})[meant] = (kind, float(margin))
    for written, meant in confusable_groups().items():
        for other in meant:
            table.get(written, {}).pop(other, None)
            table.get(other, {}).pop(written, None)
    for written, entries in confusions().items():
        for other, _cues, _example in entries:
            table.get(written, {}).pop(other, None)
            table.get(other, {}).pop(written, None)
    return {written: meant for written, meant in table.items() if meant}


FUNCTION_HOMOPHONES = "context/function_homophones.tsv"


@lru_cache(maxsize=1)
def function_homophones() -> dict[str, tuple[str, ...]]:
    """written -> the words it sounds like, where one of the two is a
    function word ("here"/"hear", "which"/"witch", "would"/"wood";
    tools/build_function_homophones.py): homophones.tsv leaves function
    words out, and only the last sound-alike tiers question these."""
    table: dict[str, list[str]] = {}
    for line in resources.lines(FUNCTION_HOMOPHONES):
        written, meant = line.split("\t")
        table.setdefault(written, []).append(meant)
    return {written: tuple(meant) for written, meant in table.items()}


@lru_cache(maxsize=1)
def homophones() -> dict[str, tuple[str, ...]]:
    """word -> the common words that sound the same (tools/build_homophones.py)."""
    return {word: tuple(others.split(",")) for word, others in
            (line.split("\t") for line in resources.lines(HOMOPHONES))}


@lru_cache(maxsize=1)
def confusions() -> dict[str, list[tuple[str, frozenset[str], str]]]:
    table: dict[str, list] = {}
    for line in resources.lines("confusables.tsv"):
        written, meant, cues, example = line.split("\t")
        table.setdefault(written, []).append((meant, frozenset(cues.split(",")), example))
    return table


@lru_cache(maxsize=1)
def unquestioned() -> frozenset[str]:
    return resources.word_set("context/unquestioned_words.txt")


@lru_cache(maxsize=1)
def function_word_kin() -> frozenset[frozenset[str]]:
    """Pairs of stop words that are forms or kin of one word (our/your,
    become/becomes): never questioned as function-word slips."""
    return frozenset(frozenset(line.split()) for line in resources.lines("context/function_word_kin.txt"))
