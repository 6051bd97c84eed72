"""Grammar slips injected into clean text by general rules, not from the
detectors' tables: recall by kind of slip, and false alarms per 1,000 words
of the same text uncorrupted.

The kinds (each a general rule of English grammar, applied at a random
eligible place; the detectors' word lists and margins are not consulted):

- drop: one function word of a closed list (DROPPED) deleted where a word
  stands on either side of it in the same sentence ("return to work" ->
  "return work"); "to" is reported apart before a bare verb ("to+verb",
  "need to wear") and elsewhere ("to+noun", "lead to pain"). With
  ``--kinds drop --per-doc 6`` this is the missing-word benchmark: detection
  per deleted word, and false alarms on the same text unmodified;
- agree: a verb's agreement with its subject changed: is/are, was/were,
  has/have, does/do swapped after a word; a verb's -s taken off after a
  singular pronoun or noun ("the rash causes the" -> "the rash cause the")
  or put on after a plural one ("cells produce the" -> "cells produces the");
- form: a verb's form changed after a modal, "to", "do"/"does"/"did" (base
  -> -s, -ed or -ing: "can cause" -> "can caused"), after a form of "be"
  or "have" (participle -> base or -s: "is caused" -> "is cause", "have
  increased" -> "have increase").

Verb forms come from spaCy's lookup lemma table (which form belongs to
which verb; a word whose lemma has an -ing form is a verb) and must be
words of our dictionary, so every slip is a real-word one.

Text: MedQuAD answers (../shared/data/medquad/answers-dev.jsonl: lines
0-2999 are the TUNE part, 3000-10996 the CHECK part; note that the MedQuAD
word tables were counted from lines 3000 on, so the check part's clean text
is text the tables saw) and the news TUNE half (lines 250-1509 of
../shared/data/news/health-news-dev.jsonl; research use only, never
written into the project), its even lines tune and odd lines check.

    .venv/bin/python benchmarks/grammar_inject.py [--part tune|check|both] [--words N] [--preview] [--misses K]
        [--kinds drop,agree,form] [--per-doc N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import lexicon, nlp  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402

from shared_data import MEDQUAD, NEWS, SHARED  # noqa: E402
SEED = 1812
ERRORS_PER_DOC = 3
KINDS = ("drop", "agree", "form")
DROPPED = ("to", "of", "the", "a", "an", "is", "are", "be", "and", "for", "with", "that")
MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must"})
DO_FORMS = frozenset({"do", "does", "did"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
HAVE_FORMS = frozenset({"has", "have", "had"})
SWAPS = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has",
         "does": "do", "do": "does"}
# What may follow a verb and its object's start: a determiner or preposition.
AFTER_VERB = frozenset({"the", "a", "an", "your", "their", "his", "her", "its", "this", "these", "those", "some",
                        "many", "more", "less", "most", "to", "in", "on", "with", "from", "into", "about", "by",
                        "when", "if", "because", "as", "that", "how", "up", "out", "them", "it", "you", "people"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
PLURAL_PRONOUNS = frozenset({"they", "we", "you"})
# Words before which a swap or a changed verb is no agreement slip.
NOT_SUBJECTS = frozenset(MODALS | DO_FORMS | BE_FORMS | HAVE_FORMS | {
    "to", "not", "who", "which", "that", "what", "where", "when", "how", "why", "there", "here", "and", "or",
    "but", "of", "in", "on", "at", "for", "with", "by", "from", "as", "if", "than", "so", "also", "often",
    "usually", "only", "still", "just", "then", "all", "both", "each", "every", "some", "any", "many", "most",
    "more", "less", "no", "none", "one", "this", "these", "those", "i"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "your", "his", "her", "their", "our", "each",
                         "every", "my", "these", "those", "many", "some", "most", "all"})
TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\S")
MIN_FORM_COUNT = 200


@lru_cache(maxsize=1)
def forms_of() -> dict[str, set[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for form, lemma in nlp.lemma_table().items():
        table[lemma].add(form)
    return table


def is_verb(lemma: str) -> bool:
    return any(f.endswith("ing") for f in forms_of().get(lemma, ()))


def real(word: str) -> bool:
    return lexicon.contains(word) and lexicon.frequency(word) >= MIN_FORM_COUNT


def s_form(lemma: str) -> str | None:
    return next((f for f in forms_of().get(lemma, ()) if f in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
                 and real(f)), None)


def ing_form(lemma: str) -> str | None:
    return next((f for f in sorted(forms_of().get(lemma, ())) if f.endswith("ing") and real(f)), None)


def past_forms(lemma: str) -> list[str]:
    return sorted(f for f in forms_of().get(lemma, ())
                  if f != lemma and not f.endswith(("s", "ing")) and len(f) >= 3 and real(f))


def lemma(word: str) -> str:
    return nlp.lemma_table().get(word, word)


def sample(part: str, words_wanted: int) -> list[tuple[str, str]]:
    """(source, text) pairs: MedQuAD answers then news stories of the part."""
    out: list[tuple[str, str]] = []
    rng = random.Random(SEED)
    with open(MEDQUAD, encoding="utf-8") as fh:
        lines = fh.readlines()
    numbers = list(range(0, 3000) if part == "tune" else range(3000, len(lines)))
    rng.shuffle(numbers)
    words = 0
    for n in numbers:
        if words >= words_wanted:
            break
        text = json.loads(lines[n])["answer"]
        out.append(("medquad", text))
        words += len(text.split())
    with open(NEWS, encoding="utf-8") as fh:
        stories = fh.readlines()[250:1510]
    words = 0
    for n, line in enumerate(stories):
        if n % 2 != (0 if part == "tune" else 1):
            continue
        if words >= words_wanted:
            break
        story = json.loads(line)
        text = (story["title"] + "\n\n" + story["text"]) if story.get("title") else story["text"]
        out.append(("news", text))
        words += len(text.split())
    return out


def _tokens(sentence: str):
    return [(m.group(), m.start()) for m in TOKEN.finditer(sentence)]


def _joined(sentence: str, toks, i: int) -> bool:
    """Token i follows token i - 1 after one space, both plain words."""
    (a, sa), (b, sb) = toks[i - 1], toks[i]
    return sa + len(a) + 1 == sb and a.isalpha() and b.isalpha()


def _case(written: str, new: str) -> str:
    return new.capitalize() if written[:1].isupper() else new


def candidates(sentence: str, kind: str) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, subkind) edits of the kind in the sentence;
    start/end in the sentence."""
    toks = _tokens(sentence)
    low = [t.lower() for t, _ in toks]
    out = []
    n = len(toks)
    for i in range(1, n - 1):
        word, at = toks[i]
        if not word.islower() or not _joined(sentence, toks, i) or not _joined(sentence, toks, i + 1):
            continue
        prev, nxt = low[i - 1], low[i + 1]
        if kind == "drop":
            if word in DROPPED:
                sub = word
                if word == "to":
                    # An infinitive's "to" ("need to wear") or a preposition ("lead to pain").
                    sub = "to+verb" if lemma(nxt) == nxt and is_verb(nxt) and real(nxt) else "to+noun"
                out.append((at, at + len(word) + 1, "", f"drop:{sub}"))
            continue
        if kind == "agree":
            if word in SWAPS and prev not in NOT_SUBJECTS and toks[i - 1][0].islower() and not (
                    word in ("have", "has") and prev in ("i",)):
                if word in ("is", "are") and nxt in ("the", "a", "an") and prev in ("what", "who"):
                    continue
                out.append((at, at + len(word), SWAPS[word], "agree:aux"))
                continue
            if nxt not in AFTER_VERB or not toks[i - 1][0].islower():
                continue
            base = lemma(word)
            if not is_verb(base) or base == word and word.endswith("s"):
                continue
            singular = prev in SINGULAR_PRONOUNS or (
                prev not in NOT_SUBJECTS and not prev.endswith("s") and prev.isalpha() and lemma(prev) == prev
                and i >= 2 and low[i - 2] in DETERMINERS and not is_verb(prev))
            plural = prev in PLURAL_PRONOUNS or (
                prev not in NOT_SUBJECTS and prev.endswith("s") and not prev.endswith(("ss", "us", "is"))
                and lemma(prev) != prev and not is_verb(lemma(prev)) and i >= 2 and low[i - 2] in DETERMINERS)
            if singular and word == s_form(base) and real(base):
                out.append((at, at + len(word), base, "agree:-s off"))
            elif plural and word == base and s_form(base):
                out.append((at, at + len(word), s_form(base), "agree:-s on"))
            continue
        # form
        if prev in MODALS or prev == "to" or prev in DO_FORMS or (prev == "not" and i >= 2 and (
                low[i - 2] in MODALS or low[i - 2] in DO_FORMS)):
            if lemma(word) != word or not is_verb(word) or not real(word):
                continue
            if prev == "to" and nxt not in AFTER_VERB:
                continue  # "to treatment": a noun, perhaps
            if prev in DO_FORMS and not (i + 1 < n and low[i + 1] in AFTER_VERB):
                continue  # "do so", "does damage"
            choices = [s_form(word)] + past_forms(word)[:1] + ([ing_form(word)] if prev != "not" else [])
            choices = [c for c in choices if c and c != word]
            if choices:
                where = "modal" if prev in MODALS or prev == "not" else ("to" if prev == "to" else "do")
                out.append((at, at + len(word), random.Random(at + len(sentence)).choice(choices), f"form:{where}"))
            continue
        if prev in BE_FORMS or prev in HAVE_FORMS:
            base = lemma(word)
            if base == word or not is_verb(base) or word.endswith(("s", "ing")) or word not in past_forms(base):
                continue
            if prev in HAVE_FORMS and nxt not in AFTER_VERB and nxt not in ("been",):
                continue  # "had seizures", "have red hair"
            if i >= 2 and low[i - 2] == "there":
                continue
            choices = [c for c in (base, s_form(base)) if c and real(c)]
            if choices:
                where = "be" if prev in BE_FORMS else "have"
                out.append((at, at + len(word), random.Random(at + len(sentence)).choice(choices), f"form:{where}"))
    return out


def inject(text: str, rng: random.Random, turn: list[int],
           kinds: tuple[str, ...] = KINDS, per_doc: int = ERRORS_PER_DOC) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Up to ERRORS_PER_DOC slips, each in its own sentence; returns the new
    text and (start, end, subkind, written) spans in the new text (a dropped
    word's span is its two neighbours)."""
    pieces = re.split(r"(?<=[.!?])(\s+)|(\n+)", text)
    pieces = [p or "" for p in pieces]
    free = list(range(0, len(pieces), 3))
    rng.shuffle(free)
    chosen: dict[int, tuple[int, int, str, str]] = {}
    options = {index: {kind: candidates(pieces[index], kind) for kind in kinds} for index in free}
    for _ in range(per_doc):
        kind = kinds[turn[0] % len(kinds)]
        # A subkind first, then a place: so "is"/"are" swaps, which are
        # everywhere, do not stand for the whole agreement kind.
        by_sub: dict[str, list[tuple[int, tuple[int, int, str, str]]]] = defaultdict(list)
        for index in free:
            if index not in chosen:
                for option in options[index][kind]:
                    by_sub[option[3]].append((index, option))
        if not by_sub:
            continue
        sub = rng.choice(sorted(by_sub))
        index, option = rng.choice(by_sub[sub])
        chosen[index] = option
        turn[0] += 1
    out, spans, at = [], [], 0
    for index, piece in enumerate(pieces):
        if index in chosen:
            s, e, new, sub = chosen[index]
            new = _case(piece[s:e], new) if new else new
            piece = piece[:s] + new + piece[e:]
            if new:
                spans.append((at + s, at + s + len(new), sub, new))
            else:
                left = piece.rfind(" ", 0, s - 1) + 1
                right = piece.find(" ", s + 1)
                right = len(piece) if right < 0 else right
                spans.append((at + left, at + right, sub, piece[left:right]))
        out.append(piece)
        at += len(piece)
    return "".join(out), spans


GRAMMAR_RULES = ("spelling/real-word", "grammar/missing-verb", "grammar/double-determiner",
                 "grammar/indefinite-article", "grammar/contraction-confusion", "grammar/missing-article", "grammar/fixed-phrase",
                 "grammar/agreement", "grammar/verb-form", "grammar/dropped-word")
PREVIEW_RULES = ("grammar/missing-word",)


def run(part: str, words: int, preview: bool, misses: int, kinds: tuple[str, ...] = KINDS,
        per_doc: int = ERRORS_PER_DOC) -> None:
    from lint.checks import all_rules

    known = {r.id for r in all_rules()}
    rules = tuple(r for r in GRAMMAR_RULES + (PREVIEW_RULES if preview else ()) if r in known)
    linter = Linter(Config(select=rules, preview=preview))
    docs = sample(part, words)
    rng = random.Random(SEED)
    turn = [0]
    tally: dict[str, Counter] = defaultdict(Counter)
    by_sub: dict[str, Counter] = defaultdict(Counter)
    clean: dict[str, Counter] = defaultdict(Counter)
    nwords: Counter = Counter()
    false_alarms = Counter()
    missed: list[str] = []
    start = time.perf_counter()
    for number, (source, text) in enumerate(docs):
        nwords[source] += len(text.split())
        before = linter.lint_source(f"d{number}.txt", text).findings
        for f in before:
            clean[source][f.rule.id] += 1
        broken, spans = inject(text, rng, turn, kinds, per_doc)
        after = linter.lint_source(f"d{number}.txt", broken).findings
        old = Counter((f.rule.id, f.text) for f in before)
        new = []
        for f in after:
            key = (f.rule.id, f.text)
            if old[key]:
                old[key] -= 1
            else:
                new.append(f)
        for s, e, sub, written in spans:
            kind = sub.split(":")[0]
            hits = [f for f in new if f.location.start_offset < e and f.location.end_offset > s]
            for t in (tally[f"{source} {kind}"], by_sub[sub]):
                t["injected"] += 1
                t["found"] += bool(hits)
            if not hits and len(missed) < 10_000:
                lo = broken.rfind(" ", 0, max(0, s - 25)) + 1
                missed.append(f"{sub:14} ...{broken[lo:e + 25]}...".replace("\n", " "))
        for f in new:
            if not any(f.location.start_offset < e and f.location.end_offset > s for s, e, _, _ in spans):
                false_alarms[f.rule.id] += 1
    elapsed = time.perf_counter() - start
    print(f"Part {part}: rules {', '.join(rules)}")
    print(f"  {len(docs)} documents, words {dict(nwords)}; seed {SEED}; {elapsed:.0f} s")
    for source in ("medquad", "news"):
        cells = []
        for kind in kinds:
            t = tally[f"{source} {kind}"]
            cells.append(f"{kind} {t['found'] / max(t['injected'], 1):.3f} ({t['found']}/{t['injected']})")
        print(f"  {source:8} recall: " + "; ".join(cells))
    for kind in kinds:
        t = Counter()
        for source in ("medquad", "news"):
            t.update(tally[f"{source} {kind}"])
        print(f"  ALL {kind:6} recall {t['found'] / max(t['injected'], 1):.3f} ({t['found']}/{t['injected']})")
    print("  by subkind: " + ", ".join(f"{sub} {t['found']}/{t['injected']}" for sub, t in sorted(by_sub.items())))
    for source in ("medquad", "news"):
        total = sum(clean[source].values())
        print(f"  clean {source}: {total} findings, {1000 * total / max(nwords[source], 1):.3f} per 1,000 words "
              f"({', '.join(f'{r} {n}' for r, n in clean[source].most_common())})")
    print(f"  new findings away from the injected slips: {sum(false_alarms.values())} "
          f"({', '.join(f'{r} {n}' for r, n in false_alarms.most_common())})")
    if misses:
        rng2 = random.Random(7)
        for line in rng2.sample(missed, min(misses, len(missed))):
            print("   miss", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("tune", "check", "both"), default="both")
    parser.add_argument("--words", type=int, default=60_000, help="words per source per part")
    parser.add_argument("--preview", action="store_true", help="measure grammar/missing-word (preview) too")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed slips (tune part only!)")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="kinds to inject, comma-separated (drop alone: the missing-word benchmark)")
    parser.add_argument("--per-doc", type=int, default=ERRORS_PER_DOC, help="slips per document")
    args = parser.parse_args()
    kinds = tuple(k for k in args.kinds.split(",") if k in KINDS) or KINDS
    if not MEDQUAD.exists() or not NEWS.exists():
        print(f"shared data not found at {SHARED}")
        return
    for part in (("tune", "check") if args.part == "both" else (args.part,)):
        run(part, args.words, args.preview, args.misses if part == "tune" else 0, kinds, args.per_doc)


if __name__ == "__main__":
    main()
