"""spelling/near-pair (a preview rule): a medical word written for another one or two letters
away ("the pelvic ileum" for ilium, "perineal nerve" for peroneal), which
every spell checker accepts.

The pairs and the words that tell each pair apart come from
``context/medical_near_pairs.tsv`` (tools/build_near_pairs.py: words of MeSH
and Disease Ontology names within two edits; cue weights from MedQuAD). Each
use of a pair word is read against the words within WINDOW words either
side: the cue weights that favour the other word are added up (a cue that
favours the written word counts against), and a finding needs that sum to
reach MIN_CUE_EVIDENCE and the other word to fit its neighbours under the
n-gram model no worse than MIN_NGRAM_MARGIN below the written one. A word the
article uses more often than its partner, twice or more, is taken as meant.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from typing import Iterator

from lint import resources

TABLE = "context/medical_near_pairs.tsv"
WINDOW = 20  # words either side, as the cue weights were counted
# Tuned on the tune half of the pairs injected into the odd-numbered held-out
# MedQuAD answers (benchmarks/near_pairs.py --lines odd --sweep): at 1.0 and
# 1.0 it finds 0.330 at precision 0.977 with 0.023 false alarms per 1,000
# clean words; an n-gram margin of 0.0 finds 0.360 at 0.884 and 0.113/1k;
# cue evidence 2.0 finds 0.182 at 0.967. A penalty for pairs two edits apart
# and a prior from the words' MedQuAD counts were tried and dropped: the
# penalty cost recall for no precision, the prior raised recall on the
# injection but read "oncology" as "ontology" across the news tune half
# (MedQuAD's rare-disease answers cite the Human Phenotype Ontology).
MIN_CUE_EVIDENCE = 1.0
MIN_NGRAM_MARGIN = 1.0
# A pair two edits apart is a less likely slip than one edit apart, so its cue
# evidence is read this much lower.
TWO_EDIT_PENALTY = 0.0


@lru_cache(maxsize=1)
def pairs() -> dict[str, dict[str, dict[str, float]]]:
    """written -> meant -> cue word -> weight (log10; > 0 favours the meant word)."""
    table: dict[str, dict[str, dict[str, float]]] = {}
    for line in resources.lines(TABLE):
        a, b, _na, _nb, cues = line.split("\t")
        weights = {}
        for item in cues.split(","):
            cue, _, weight = item.partition(":")
            weights[cue] = float(weight)
        table.setdefault(a, {})[b] = weights
        table.setdefault(b, {})[a] = {cue: -w for cue, w in weights.items()}
    return table


@lru_cache(maxsize=1)
def two_edit_pairs() -> frozenset[tuple[str, str]]:
    """The pairs two edits apart, both ways round."""
    return frozenset((a, b) for a, meants in pairs().items() for b in meants if not _one_edit(a, b))


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def scored(model, words: list[str | None], vocabulary: Counter, skip=frozenset(),
           floor: float = MIN_CUE_EVIDENCE) -> Iterator[tuple[int, str, float, float]]:
    """(index, meant word, cue evidence, n-gram margin) for every use of a
    pair word whose partner the context may favour. ``words`` are the lower-
    case words, None for anything else."""
    table = pairs()
    two_edits = two_edit_pairs()
    present = table.keys() & vocabulary.keys()
    present.difference_update(skip)
    if not present:
        return
    # The uses, found at C speed: most documents hold a few or none.
    for k in compress(range(len(words)), map(present.__contains__, words)):
        word = words[k]
        window = None
        for meant, weights in table[word].items():
            uses, partner_uses = vocabulary[word], vocabulary.get(meant, 0)
            if uses >= 2 and uses > partner_uses:
                continue  # the article's own word
            if window is None:
                window = set(words[max(0, k - WINDOW):k])
                window.update(words[k + 1:k + WINDOW + 1])
            evidence = sum(weights.get(c, 0.0) for c in window if c is not None)
            if (word, meant) in two_edits:
                evidence -= TWO_EDIT_PENALTY
            if evidence < floor:
                continue
            yield k, meant, evidence, _ngram(model, words, k, meant) - _ngram(model, words, k, word)


def _ngram(model, words, k, word) -> float:
    a = words[k - 2] if k >= 2 else None
    b = words[k - 1] if k >= 1 else None
    c = words[k + 1] if k + 1 < len(words) else None
    d = words[k + 2] if k + 2 < len(words) else None
    score = model.log_conditional(a, b, word)
    if c is not None:
        score += model.log_conditional(b, word, c)
        if d is not None:
            score += model.log_conditional(word, c, d)
    return score


def near_pair_slips(model, words, vocabulary, skip=frozenset()) -> Iterator[tuple[int, str, float]]:
    """(index, meant word, evidence) for each use that the context says is a slip."""
    best: dict[int, tuple[float, str]] = {}
    for k, meant, evidence, margin in scored(model, words, vocabulary, skip):
        if evidence >= MIN_CUE_EVIDENCE and margin >= MIN_NGRAM_MARGIN and evidence > best.get(k, (0.0, ""))[0]:
            best[k] = (evidence, meant)
    for k in sorted(best):
        yield k, best[k][1], best[k][0]


def strongest_cue(words, k: int, meant: str) -> str:
    """The nearby word that most favours the meant word."""
    weights = pairs()[words[k]][meant]
    window = set(words[max(0, k - WINDOW):k]) | set(words[k + 1:k + WINDOW + 1])
    return max((c for c in window if c is not None and weights.get(c, 0.0) > 0), key=weights.__getitem__)
