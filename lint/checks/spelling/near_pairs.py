"""spelling/near-pair (a preview rule): a medical word written for another one
or two letters away ("urine-rich foods" for purine-rich, "chest pain from
vagina" for angina), which every spell checker accepts.

The pairs and the words that tell each pair apart come from
``context/medical_near_pairs.tsv`` (tools/build_near_pairs.py: words of MeSH,
Disease Ontology and MedQuAD topic names within two edits; cue weights from
MedQuAD answers and the words' MeSH tree branches). Each use of a pair word
is read against the words within WINDOW words either side: the cue weights
that favour the other word are added up (a cue that favours the written
word counts against), and a finding needs that sum to reach
MIN_CUE_EVIDENCE and the other word to fit its neighbours under the n-gram
model better by MIN_NGRAM_MARGIN (log10) or more. A word the article uses
more often than its partner, twice or more, is taken as meant. The listed
confusions, homophones and classic confusable groups are left to
spelling/real-word (ileum/ilium, mucous/mucus, prostrate/prostate).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from typing import Iterator

from lint import resources

TABLE = "context/medical_near_pairs.tsv"
WINDOW = 10  # words either side (the cue weights were counted with 20)
# Tuned on the tune half of the pairs injected into the odd-numbered held-out
# MedQuAD answers (benchmarks/near_pairs.py --lines odd --sweep), then read on
# the news tune half. With 20 words either side and 1.0 / 1.0 it found 0.330
# at precision 0.977 with 0.023 false alarms per 1,000 clean words, and 5
# findings on the news tune half, all correct words; with 10 words and 0.75
# it finds 0.332 at 0.986, 0.008 per 1,000 clean words, and 3 on the news
# tune half (0.5 finds 0.415 at 0.960 but 12 on news; 40 words 0.360 at
# 0.974 but 7 on news). An n-gram margin of 0.0 finds more at far lower
# precision (0.360 at 0.884 with 20 words). A penalty for pairs two edits
# apart and a prior from the words' MedQuAD counts were tried and dropped:
# the penalty cost recall for no precision, the prior raised recall on the
# injection but read "oncology" as "ontology" across the news tune half
# (MedQuAD's rare-disease answers cite the Human Phenotype Ontology).
MIN_CUE_EVIDENCE = 0.75
MIN_NGRAM_MARGIN = 1.0


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


def scored(model, words: list[str | None], vocabulary: Counter, skip=frozenset(),
           floor: float = MIN_CUE_EVIDENCE) -> Iterator[tuple[int, str, float, float]]:
    """(index, meant word, cue evidence, n-gram margin) for every use of a
    pair word whose partner the context may favour. ``words`` are the lower-
    case words, None for anything else."""
    table = pairs()
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
