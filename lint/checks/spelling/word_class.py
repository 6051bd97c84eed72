"""Confusions that the word's class gives away: a word of a confusion pair
written where English grammar needs a word of another class, and its pair
is of that class ("When we stair at screens" for stare, "Always where
gloves" for wear, "hard to breath" for breathe, "teeth can feel lose"
for loose, "a from of arthritis" for form).

The n-gram tables judge such a word by its neighbours' counts, and a
common word written after a rare neighbour ("our pharmacist weather") is
judged by its frequency alone, so classic confusions score only a little
better than the written word. The slot a word stands in is a stronger
clue, and one the grammar fixes:

- a verb slot: after a modal ("should", "can", "must": a verb's base
  form), after "we", "they" or "I" (a verb), after "to" that follows a
  verb or adjective that takes an infinitive ("hard to", "need to"), and
  after "Always" or "Never" opening a sentence (an instruction);
- a noun slot: after an article or possessive ("the", "a", "your");
- an adjective slot: after "very", "too", "quite" and the linking verbs
  "feel", "look", "seem", "become".

The written word must be of no class that fits the slot, and its pair of
one that does, by WordNet's word lists as spacy-lookups-data ships them
(a word and its inflections: "stair" is only a noun, "stare" a verb and
a noun); the pair comes from the confusion tables spelling/real-word
already reads (confusable_groups.tsv, confusables.tsv, homophones.tsv,
confusion_sets.tsv). The n-gram model must agree, by SLOT_MARGIN (log10):
the pair seen beside a neighbour, and the reading with it scoring better
over the words it takes part in.

Tried and dropped (session 13): a verb slot that also ruled out a word
WordNet lists as a verb where general English writes its pair after "to"
1,000 times as often ("to heel" a dog): symspellpy's pair list is cut at
the commoner pairs, so rare verbs looked unused ("might lurk", "difficult
to rouse", "may seep", "will fare" all read as slips on the news tune half
and MedQuAD). Lowering the classic confusables' and homophones' margins by
0.9 in documents that hold a misspelling (spelling/unknown-word's
error-prone prior): five new findings on the news tune half, all correct
words ("their sight", "a fuse blew", "is quiet", "from week to week").
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from bisect import bisect_right
from itertools import compress, repeat
from operator import eq
from pathlib import Path
from typing import Iterator

from lint import nlp, resources
from lint.checks.spelling import tables
from lint.checks.spelling.candidates import substituted_score
from lint.checks.spelling.margins import MODAL_SLOT_MARGIN, NUMBER_WORDS, SLOT_MARGIN, STRANDED_SUBJECT_MARGIN
from lint.checks.spelling.word_boundary import seen_links

MODALS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "shall", "cannot"})
SUBJECTS = frozenset({"we", "they", "i", "he", "she"})
NEGATIONS = frozenset({"n't", "n’t"})
PREPOSITIONS = frozenset({"of", "for", "with", "from", "about", "without", "by", "in", "on", "at", "into", "during",
                          "through", "between"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
# An instruction's opening word before its verb.
OPENERS = frozenset({"always", "never", "please"})
# Adverbs that may stand between a modal or subject and its verb.
BETWEEN = frozenset({"always", "never", "often", "usually", "also", "just", "still", "sometimes", "rarely", "not",
                     "all", "both", "then", "only", "even", "generally", "normally", "typically"})
# Words before "to" that take an infinitive: "to" is then no preposition.
BEFORE_INFINITIVE = frozenset({
    "able", "unable", "hard", "easy", "difficult", "likely", "unlikely", "want", "wants", "wanted", "need", "needs",
    "needed", "try", "tries", "tried", "trying", "how", "have", "has", "had", "going", "used", "help", "helps",
    "start", "starts", "started", "begin", "begins", "began", "continue", "continues", "learn", "remember",
    "forget", "decide", "decided", "plan", "important", "safe", "best", "better", "advised", "asked", "told",
    "allowed", "encouraged", "recommended", "possible", "impossible", "ought", "tend", "tends", "seem", "seems",
    "appear", "appears", "struggle", "struggles", "fail", "fails", "manage", "managed", "hope", "expect",
    "expected", "unlikely", "enough", "way", "time", "chance", "ability",
})
PRE_VERB_ADVERBS = frozenset({"soon", "also", "just", "then", "still", "even", "ever", "never", "always", "often",
                              "already", "not", "only", "now", "seldom", "again", "first", "once", "further",
                              "rather", "better", "best", "well", "sometimes", "almost", "hardly", "later",
                              "together", "instead", "too", "thus", "therefore", "all", "both", "quite", "yet",
                              "more", "less", "most", "least", "much", "far"})
# "do not" takes a verb's base form; "you" is a subject at a clause's start
# (and an object elsewhere: "give you advice").
DO = frozenset({"do", "does", "did"})
CLAUSE_OPENERS = frozenset({"if", "when", "before", "after", "until", "because", "unless", "while", "once", "and",
                            "but", "so", "that", "or"})
DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "their", "his", "its", "every", "each"})
DEGREE = frozenset({"very", "too", "quite", "extremely"})
LINKING = frozenset({"feel", "feels", "felt", "feeling", "look", "looks", "seem", "seems", "seemed", "become",
                     "becomes", "became"})
POSSESSIVE_S = frozenset({"'s", "’s"})
# Words whose "'s" is "is", "has" or "us" before a verb: "let's advise".
NOT_POSSESSORS = frozenset({"let", "it", "that", "what", "he", "she", "there", "here", "who", "where", "how", "this",
                            "everyone", "everybody", "someone", "somebody", "nobody", "one", "when", "why"})
# Forms of "be" and "have", which the word lists leave out.
HYPHENS = frozenset({"-", "‐", "–"})
AUXILIARIES = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "do", "does",
                         "did"})


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """WordNet's base forms by class (adj, adv, noun, verb) and its irregular
    forms by class ("noun forms", ...), from spacy-lookups-data's English
    lemmatizer tables; parsed once per user (the table cache)."""
    import spacy_lookups_data

    folder = Path(spacy_lookups_data.__file__).parent / "data"
    files = (folder / "en_lemma_index.json.gz", folder / "en_lemma_exc.json.gz")

    def build() -> dict[str, frozenset[str]]:
        with gzip.open(files[0], "rt", encoding="utf-8") as fh:
            index = json.load(fh)
        with gzip.open(files[1], "rt", encoding="utf-8") as fh:
            exceptions = json.load(fh)
        lists = {cls: frozenset(words) for cls, words in index.items()}
        for cls, forms in exceptions.items():
            lists[f"{cls} forms"] = frozenset(forms)
        return lists

    return resources.cached_table("word_classes", lambda: (__file__, *files), build)


SUFFIXES = {
    "noun": (("s", ""), ("es", ""), ("ies", "y"), ("men", "man"), ("ves", "f"), ("ves", "fe")),
    "verb": (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ing", ""), ("ing", "e")),
    "adj": (("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ier", "y"), ("iest", "y")),
    "adv": (),
}


def _base_of(word: str, base: frozenset[str], cls: str) -> bool:
    """Whether the word is a regular inflection of a base form of the class
    (a noun's -s, a verb's -s, -ed, -ing, an adjective's -er, -est)."""
    for suffix, restore in SUFFIXES[cls]:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[:-len(suffix)] + restore
            if stem in base or (suffix in ("ed", "ing", "er", "est") and len(stem) > 2 and stem[-1] == stem[-2]
                                and stem[:-1] in base):
                return True
    return False


@lru_cache(maxsize=65536)
def classes(word: str) -> frozenset[str]:
    """The classes a word form may be: "noun", "verb", "adj", "adv"; a form
    of "be"/"have"/"do" is a verb; a word none of the lists holds has none."""
    lists = _word_lists()
    found = set()
    for cls in ("noun", "verb", "adj", "adv"):
        base = lists.get(cls, frozenset())
        if word in base or word in lists.get(f"{cls} forms", frozenset()) or (
                _base_of(word, base, cls)):
            found.add(cls)
    if word in AUXILIARIES:
        found.add("verb")
    return frozenset(found)


def only_adjective(word: str) -> bool:
    """Is the word an adjective and nothing else by WordNet's lists ("hot", "severe", "vaginal";
    not "cold" or "daily", nouns too)?"""
    return classes(word) == {"adj"}


def adjectives() -> frozenset[str]:
    """WordNet's adjectives, base forms only."""
    return _word_lists()["adj"]


def is_base_verb(word: str) -> bool:
    return word in _word_lists()["verb"] or word == "be"


@lru_cache(maxsize=1)
def partners() -> dict[str, frozenset[str]]:
    """written -> the words the confusion tables pair it with; built once
    per user (the table cache)."""
    sources = [__file__, tables.__file__] + [resources.data_path(name) for name in (
        tables.CONFUSION_SETS, tables.CONFUSABLE_GROUPS, tables.CONFUSABLES, tables.HOMOPHONES)]
    return resources.cached_table("word_class_partners", lambda: sources, _build_partners)


def _build_partners() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for written, meant in tables.confusable_groups().items():
        table.setdefault(written, set()).update(meant)
    for written, entries in tables.confusions().items():
        table.setdefault(written, set()).update(meant for meant, _cues, _example in entries)
    for written, others in tables.homophones().items():
        table.setdefault(written, set()).update(others)
    for written, meant in tables.general_confusions().items():
        table.setdefault(written, set()).update(meant)
    return {written: frozenset(meant) for written, meant in table.items()}


def _slot(words: list[str | None], texts: list[str], k: int, opening: bool) -> tuple[str, str] | None:
    """(slot, the word that makes it) for word k: "verb", "base verb",
    "noun" or "adj"; None where no slot is certain."""
    prev = words[k - 1] if k else None
    if prev is None:
        if k and texts[k - 1] in NEGATIONS:
            return "base verb", texts[k - 1]
        if (k >= 2 and texts[k - 1] in POSSESSIVE_S and words[k - 2] is not None and texts[k - 2].islower()
                and words[k - 2] not in NOT_POSSESSORS):
            # "his doctor's advise": after a possessive a noun ("is" or "has"
            # takes no verb's base form either). Not after a name, which may
            # be a disease's ("people with Parkinson's lose").
            return "object", texts[k - 2] + texts[k - 1]
        return None
    before = words[k - 2] if k >= 2 else None
    if prev in BETWEEN and before is not None and (before in MODALS or before in SUBJECTS):
        prev, before = before, words[k - 3] if k >= 3 else None
    if prev in MODALS or (prev == "not" and before in DO):
        return "base verb", prev
    if prev in SUBJECTS or (prev == "you" and (before is None or before in CLAUSE_OPENERS)):
        return "verb", prev
    if prev in OPENERS and opening:
        return "base verb", prev
    if prev == "to" and before is not None and (before in BEFORE_INFINITIVE
                                                or nlp.lemma_table().get(before) in BEFORE_INFINITIVE):
        # Any form of a verb that takes an infinitive ("learning to",
        # "struggling to", "needing to"), not only the listed ones.
        return "base verb", prev
    if prev in DETERMINERS:
        return "noun", prev
    if prev in PREPOSITIONS:
        return "object", prev
    if prev in COPULAS:
        return "predicate", prev
    if prev in DEGREE or prev in LINKING:
        return "adj", prev
    if classes(prev) == {"adj"}:
        # After an adjective that is nothing else ("the old advise"): a
        # noun, as after a determiner.
        return "object", prev
    return None


def _fits(word: str, slot: str) -> bool:
    """Whether the word may stand in the slot (any class that fits)."""
    found = classes(word)
    if slot == "verb" or slot == "base verb":
        # An adverb may come first ("may soon change", "can really help"),
        # not "no" or "here", which WordNet lists as adverbs too.
        return "verb" in found or ("adv" in found and (word.endswith("ly") or word in PRE_VERB_ADVERBS))
    if slot == "noun":
        # An adjective or adverb may open the noun phrase ("the very", "a
        # loose"); a participle too ("the affected").
        return bool(found & {"noun", "adj", "adv"}) or word.endswith(("ing", "ed"))
    if slot == "object":
        # After a preposition only a verb's base form that is nothing else
        # is out ("for advise", "of lose"): a pronoun or a conjunction may
        # follow one ("in whom", "of whether"), and a past tense may open a
        # clause ("the house they stayed in blew down").
        return not (found == {"verb"} and is_base_verb(word))
    if slot == "predicate":
        # After "is": any noun, adjective, adverb or participle may follow;
        # not a verb's base form that is nothing else ("is lose").
        return not (found == {"verb"} and is_base_verb(word))
    return bool(found & {"adj", "adv"}) or word.endswith(("ing", "ed"))


def _belongs(word: str, slot: str, maker: str, nxt: str | None = None) -> bool:
    """Whether the meant word is of the slot's class, unambiguously enough
    to be offered; ``nxt`` is the word after it. An adjective opens a noun
    phrase as well as a noun does, when a noun follows ("with lose anagen
    hair" for loose)."""
    found = classes(word)
    if slot == "base verb":
        return is_base_verb(word)
    if slot == "verb":
        return "verb" in found
    if slot == "noun" or slot == "object":
        return "noun" in found or ("adj" in found and nxt is not None and "noun" in classes(nxt))
    # After "feel", "look": an adjective that is no noun ("feel week" is
    # read as "weak"; "feel pain" has no adjective to offer).
    return "adj" in found and (maker in DEGREE or "noun" not in found)  # (also "predicate")


def class_slips(model, words: list[str | None], texts: list[str], offsets: list[int], openings: set[int],
                reported: set[int]) -> Iterator[tuple[int, str, str, str]]:
    """(token index, meant word, slot, slot word) for each word of a
    confusion pair that its slot rules out, where its pair fits the slot
    and the n-gram model agrees by SLOT_MARGIN[slot]. ``openings``: the indices
    of sentences' first words; ``reported``: offsets already reported."""
    pairs = partners()
    # Most words are in no confusion pair: the rest are found at C speed.
    for k in compress(range(1, len(words)), map(pairs.__contains__, words[1:])):
        word = words[k]
        if offsets[k] in reported or not texts[k].islower():
            continue
        if texts[k - 1] in HYPHENS or (k + 1 < len(texts) and texts[k + 1] in HYPHENS):
            continue  # a piece of a compound ("a follow-up", "can self-renew")
        slot = _slot(words, texts, k, (k - 1) in openings or k == 1 or words[k - 2] is None)
        if slot is None:
            continue
        kind, maker = slot
        if _fits(word, kind):
            continue
        prev = words[k - 1]
        nxt = words[k + 1] if k + 1 < len(words) else None
        window = words[max(0, k - 2):k + 3]
        i = k - max(0, k - 2)
        written = substituted_score(model, window, i, word)
        best, best_gain = None, float("-inf")
        # A word of no verb's class after a modal ("so he could breath", "you
        # can't breath") is ungrammatical whatever the counts say, and the
        # tables have seen few modals before a rarer verb: the reading with
        # its own verb (see _kin) need only fit not much worse. (WordNet
        # lacks some verbs: "would text", "can null" keep the full margin.)
        # So too a verb's base form after a possessive ("his doctor's advise").
        modal = (kind == "base verb" and not (classes(word) & {"verb", "adv"}) and (
            maker in MODALS or (maker in NEGATIONS and k >= 2 and texts[k - 2].lower() in NEGATED_MODALS))) or (
            kind == "object" and maker.endswith(tuple(POSSESSIVE_S)))
        alike, alike_gain = None, 0.0
        # After a subject pronoun a verb must follow; a written word of no
        # verb's class that the tables never saw beside either neighbour
        # ("she new just what") is ruled out twice over, and its verb
        # partner, seen beside one or both, need only fit not much worse
        # (the counts favour the commoner adjective: "i new the" -0.17).
        stranded = kind == "verb" and seen_links(prev, word, nxt) == 0
        for meant in sorted(pairs[word]):
            if not _belongs(meant, kind, maker, nxt):
                continue
            gain = substituted_score(model, window, i, meant) - written
            if meant in sound_alikes(word) and gain > alike_gain:
                alike, alike_gain = meant, gain
            kin = modal and _kin(word, meant)
            if not kin and not seen_links(prev, meant, nxt):
                continue
            needed = MODAL_SLOT_MARGIN if kin else SLOT_MARGIN[kind]
            if stranded and "verb" not in classes(word):
                needed = min(needed, STRANDED_SUBJECT_MARGIN)
            if gain > needed and gain > best_gain:
                best, best_gain = meant, gain
        if best is not None:
            # The slip is settled; which word was meant is not. A word that
            # sounds the same (or a listed confusion), fits the slot and
            # scores better than the written one is a likelier intent than
            # a near-homophone a vowel away that the counts favour: "clog
            # your pours" is "pores", not "peers"; "under the heal", "heel",
            # not "hell".
            yield k, alike or best, kind, maker


@lru_cache(maxsize=4096)
def sound_alikes(word: str) -> frozenset[str]:
    """The words ``word`` sounds the same as or is a known confusion of:
    homophones.tsv, the general sets' homophones, confusable_groups.tsv and
    confusables.tsv; not the general sets' near-homophones."""
    found = set(tables.homophones().get(word, ()))
    found.update(tables.confusable_groups().get(word, ()))
    found.update(meant for meant, _cues, _example in tables.confusions().get(word, ()))
    found.update(meant for meant, (kind, _margin) in tables.general_confusions().get(word, {}).items()
                 if kind == "homophone")
    return frozenset(found)


def _kin(word: str, meant: str) -> bool:
    """A noun and its verb spelled alike but for the last letter or two
    ("breath"/"breathe", "advice"/"advise", "belief"/"believe"), not two
    words a letter apart ("text"/"test", "null"/"nail")."""
    common = 0
    for a, b in zip(word, meant):
        if a != b:
            break
        common += 1
    return common >= max(3, len(word) - 2, len(meant) - 2)


# The pieces before "n't" that make a modal or "do" ("ca" of "can't"), not
# "isn't", "wasn't" ("it isn't breath that ...").
NEGATED_MODALS = frozenset({"ca", "wo", "sha", "do", "does", "did", "could", "would", "should", "must", "might",
                            "need"})


SLOT_NAMES = {"verb": "a verb", "base verb": "a verb", "noun": "a noun", "object": "a noun", "adj": "an adjective",
              "predicate": "an adjective"}


# Number words that sound like a function word ("to" for "two", "for" for
# "four"): the slip shows where the word stands in a range of amounts,
# "to or three hours", "for or five days".
SOUNDS_LIKE_NUMBER = {"to": "two", "too": "two", "for": "four"}
AMOUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred"})
RANGE_JOINS = frozenset({"or", "and"})


def number_slips(words: list[str | None], texts: list[str], reported_offsets: set[int],
                 offsets: list[int]) -> Iterator[tuple[int, str]]:
    """(token index, number word) for "to", "too" or "for" that opens a range
    of amounts: straight before "or"/"and" and a number ("to or three",
    "for and five"). Two amounts joined so need a number first; none of these
    words is one."""
    n = len(words)
    for k in compress(range(n - 2), map(SOUNDS_LIKE_NUMBER.__contains__, words[:n - 2])):
        meant = SOUNDS_LIKE_NUMBER[words[k]]
        if (words[k + 1] in RANGE_JOINS and (words[k + 2] in AMOUNTS or texts[k + 2].isdigit())
                and texts[k].islower() and offsets[k] not in reported_offsets
                and not (k and words[k - 1] in RANGE_JOINS)):
            yield k, meant


# A clause after a verb of asking or knowing opens with a conjunction:
# "ask your pharmacist weather one is suitable" (whether). The written word
# is a noun or verb that sounds like the conjunction; a verb of asking up to
# three words before it and a clause's first word after it.
SOUNDS_LIKE_CONJUNCTION = {"weather": "whether"}
ASKING = frozenset({"ask", "asks", "asked", "asking", "know", "knows", "knew", "decide", "decides", "decided",
                    "deciding", "check", "checks", "checked", "checking", "wonder", "wonders", "wondered",
                    "wondering", "unsure", "unclear", "sure", "discuss", "discussed", "determine", "determines",
                    "determined", "see", "tell", "question", "consider", "considering", "doubt", "out"})
SUBJECT_PRONOUNS = frozenset({"you", "they", "we", "he", "she", "i"})
CLAUSE_OPENING = frozenset({"or", "you", "it", "they", "we", "he", "she", "one", "the", "a", "an", "your", "this",
                            "there", "to", "i", "his", "her", "their", "any", "these", "those", "that"})


def clause_slips(model, words: list[str | None], texts: list[str], offsets: list[int],
                 reported: set[int]) -> Iterator[tuple[int, str, str]]:
    """(token index, conjunction, asking word) for a word that sounds like
    a conjunction where a clause follows a verb of asking (see ASKING); the
    n-gram reading with the conjunction must score better. On the news
    stories and MedQuAD answers (1.4M words) "whether" stands so 298 times
    and "weather" never."""
    n = len(words)
    for k in compress(range(1, n - 1), map(SOUNDS_LIKE_CONJUNCTION.__contains__, words[1:n - 1])):
        meant = SOUNDS_LIKE_CONJUNCTION[words[k]]
        if not texts[k].islower() or offsets[k] in reported or words[k + 1] not in CLAUSE_OPENING:
            continue
        if words[k + 1] in SUBJECT_PRONOUNS or (words[k + 1] == "or" and k + 2 < n and words[k + 2] == "not"):
            # "weather you feel thirsty or not", "weather or not": no verb of
            # asking needed (news and MedQuAD: never so).
            yield k, meant, words[k + 1]
            continue
        asking = next((w for w in reversed(words[max(0, k - 3):k]) if w in ASKING), None)
        if asking is None or any(w is None for w in words[max(0, k - 3):k][words[max(0, k - 3):k].index(asking):]):
            continue
        window = words[max(0, k - 2):k + 3]
        i = k - max(0, k - 2)
        if substituted_score(model, window, i, meant) > substituted_score(model, window, i, words[k]):
            yield k, meant, asking


# "too" before a determiner is "to" ("refer you too a specialist"), and
# before a plural noun that general English writes after "two" it is "two"
# ("too types of"):
# on the news stories and MedQuAD answers (1.4M words) neither stands once.
TOO = frozenset({"too"})
TOO_DETERMINERS = frozenset({"a", "an", "the", "your", "my", "his", "her", "their", "our", "its", "this", "these",
                             "those"})


def too_slips(words: list[str | None], texts: list[str], offsets: list[int],
              reported: set[int]) -> Iterator[tuple[int, str, str]]:
    """(token index, meant word, the word after) for "too" before a
    determiner ("to") or a plural noun ("two")."""
    n = len(words)
    for k in compress(range(n - 1), map(TOO.__contains__, words[:n - 1])):
        after = words[k + 1]
        if after is None or offsets[k] in reported or not texts[k].islower() or not texts[k + 1].islower():
            continue
        if after in TOO_DETERMINERS:
            yield k, "to", after
        elif k and _infinitive_after_too(words[k - 1], after):
            yield k, "to", after
        elif len(after) > 3 and after.endswith("s") and _plural_after_two(after):
            yield k, "two", after


# "to" where "too" was meant ("the dose was to high.", "it is to early to
# tell"): "to" is a preposition, which takes a noun, or the infinitive's
# mark, which takes a verb; a word that is only an adjective or adverb (no
# verb's base form) takes neither. Such a word after "to" is "too"'s where
# an infinitive follows ("to small to be seen") or, if it is no noun either,
# where the sentence ends after it (not a comma, "or" or "and": "due to
# physical, mental or social causes" joins adjectives before a noun). A
# range ("from mild to severe.", "between early and late") reads
# otherwise: not after "from" or "between" in the same sentence.
TO_PHRASE_ENDS = frozenset({".", "!", "?", ";"})
RANGE_OPENERS = frozenset({"from", "between"})


def to_too_slips(words: list[str | None], texts: list[str], offsets: list[int], sentence_starts: list[int],
                 reported: set[int]) -> Iterator[tuple[int, str]]:
    """(token index, the word after) for "to" that stands for "too": before
    an adjective or adverb (WordNet's word lists) that is no verb's base
    form, followed by "to" and a verb's base form, or, if it is no noun,
    by the end of its sentence; not in a range (RANGE_OPENERS earlier in the
    sentence). ``sentence_starts``: the sorted indices of sentences' first words."""
    n = len(words)
    for k in compress(range(n - 1), map(eq, repeat("to"), words[:n - 1])):
        after = words[k + 1]
        if after is None or offsets[k] in reported or not texts[k].islower() or not texts[k + 1].islower():
            continue
        found = classes(after)
        if not found & {"adj", "adv"} or is_base_verb(after) or after in _NOT_DEGREE:
            continue
        prev = words[k - 1] if k else None
        linking = prev in LINKING_VERBS
        if not linking and ("noun" in found or (prev is not None and "adj" in classes(prev))):
            # "back to normal", "mild to severe": a noun, or the second
            # adjective of a range, unless a linking verb ("is", "feel")
            # shows a degree ("is to small", "feel to weak").
            continue
        start = sentence_starts[bisect_right(sentence_starts, k) - 1] if sentence_starts else 0
        if RANGE_OPENERS.intersection(words[start:k]):
            continue
        nxt = texts[k + 2] if k + 2 < n else "."
        infinitive = (k + 3 < n and words[k + 2] == "to" and words[k + 3] is not None
                      and is_base_verb(words[k + 3]))
        ends = nxt in TO_PHRASE_ENDS or k + 2 == n
        if infinitive or ends:
            yield k, after


# The verbs after which "too" and an adjective state a degree ("is too
# small", "feel too weak").
LINKING_VERBS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "become", "becomes", "became",
                           "becoming", "seem", "seems", "seemed", "feel", "feels", "felt", "look", "looks", "looked",
                           "get", "gets", "got", "getting", "grow", "grows", "grew", "remain", "remains",
                           "remained", "stay", "stays", "stayed", "sound", "sounds", "appear", "appears", "appeared",
                           "isn't", "wasn't", "aren't", "weren't"})


# Words of the adjective or adverb class that "to" takes as they are
# ("to date", "to here", "to and fro", "to where"): no degree follows.
_NOT_DEGREE = frozenset({"date", "here", "there", "where", "and", "fro", "now", "then", "home", "only", "even",
                         "just", "almost", "nearly", "about", "around", "over", "up", "down", "out", "off", "in",
                         "back", "ahead", "forward", "together", "apart", "abroad", "overseas", "upstairs",
                         "downstairs", "inside", "outside", "elsewhere", "someplace", "somewhere", "anywhere",
                         "everywhere", "nowhere", "either", "neither", "each", "other", "another", "such",
                         "whatever", "whichever", "same", "first", "last", "next", "all", "both", "none",
                         "several", "some", "any", "no", "what", "which", "that", "this", "these", "those",
                         # Quantities and negation: "down to three to be tested", "gave it to
                         # many to try", "told to not to start".
                         "many", "much", "more", "most", "few", "fewer", "less", "least", "not", "never",
                         "also", "always", "still", "yet", "again"}) | NUMBER_WORDS


def _infinitive_after_too(before: str | None, after: str) -> bool:
    """"too" between a word that takes an infinitive (BEFORE_INFINITIVE, or
    a form of one) and a verb's base form that is no adjective or adverb
    ("they need too practice", "hard too find"): "too" takes an adjective
    or adverb ("need too much"), so the infinitive's "to" was meant."""
    if before is None or not (before in BEFORE_INFINITIVE or nlp.lemma_table().get(before) in BEFORE_INFINITIVE):
        return False
    found = classes(after)
    return is_base_verb(after) and not found & {"adj", "adv"}


def _plural_after_two(word: str) -> bool:
    """A plural noun that is no adjective or adverb, and that general English
    (symspellpy's pairs) writes after "two" TWO_OVER_TOO times as often as
    after "too" ("two types", "two days")."""
    found = classes(word)
    if "noun" not in found or found & {"adj", "adv"}:
        return False
    from lint import context_model

    general = context_model.language_model().general_pairs
    return general.get(f"two {word}", 0) + 1 >= TWO_OVER_TOO * (general.get(f"too {word}", 0) + 1)


TWO_OVER_TOO = 20


# A contraction and the possessive that sounds like it, with the verb the
# contraction holds: "you're" + a noun ("you're insurance", "you're
# shoulder") is "your" where general English writes "your" before that noun
# POSSESSIVE_OVER_VERB times as often as "are" (symspellpy's pairs); a noun
# that is a verb too only in the singular (a plural may be what they are:
# "they're doctors"). "your", "their" or "whose" + "a", "an", "the" is the
# contraction. On the news stories and MedQuAD answers (1.4M words) the
# first found one story's slip ("you're insurance denies") and nothing else,
# the second nothing. ("it's" before a noun is agreement.py's.)
CONTRACTED = {("you", "re"): ("your", "are"), ("they", "re"): ("their", "are"), ("who", "s"): ("whose", "is")}
CONTRACTION_PIECES = frozenset({"'re", "’re", "'s", "’s"})
POSSESSIVE_BEFORE_ARTICLE = {"your": "you're", "their": "they're", "whose": "who's"}
ARTICLES = frozenset({"a", "an", "the"})
POSSESSIVE_OVER_VERB = 20
CONTRACTION_WORDS = frozenset({"you", "they", "who", "your", "their", "whose"})


def contraction_slips(words: list[str | None], texts: list[str], offsets: list[int],
                      reported: set[int]) -> Iterator[tuple[int, int, str, str]]:
    """(start offset, end offset, written, meant) for a contraction written
    for a possessive or a possessive for a contraction (see CONTRACTED)."""
    n = len(words)
    nouns_after_your = resources.word_set("grammar/nouns_after_your.txt")  # grammar/contraction-confusion's
    for k in compress(range(n - 1), map(CONTRACTION_WORDS.__contains__, words[:n - 1])):
        word, text = words[k], texts[k]
        if not (text.islower() or text[1:].islower()) or offsets[k] in reported:  # not "WHO's goal"
            continue
        if word in POSSESSIVE_BEFORE_ARTICLE:
            if texts[k + 1] in ARTICLES:
                meant = POSSESSIVE_BEFORE_ARTICLE[word]
                yield offsets[k], offsets[k] + len(text), text, text[:1] + meant[1:]
            continue
        if k + 2 >= n or texts[k + 1] not in CONTRACTION_PIECES or offsets[k] + len(text) != offsets[k + 1]:
            continue
        piece = texts[k + 1]
        pair = CONTRACTED.get((word, piece[1:].lower()))
        following = texts[k + 2]
        if pair is None or (word == "you" and following in nouns_after_your):
            continue
        if k + 3 < n and texts[k + 3] in HYPHENS:
            continue  # "you're sleep-deprived"
        if _possessive_noun(word, pair, following):
            yield offsets[k], offsets[k + 1] + len(piece), text + piece, text[:1] + pair[0][1:]


def _possessive_noun(pronoun: str, pair: tuple[str, str], following: str) -> bool:
    if not following.isalpha() or not following.islower() or len(following) < 3:
        return False
    found = classes(following)
    if (following in resources.word_set("grammar/function_words.txt") or "noun" not in found
            or found & {"adj", "adv"} or following.endswith(("ing", "ed"))):
        return False
    if found != {"noun"} and (pronoun not in ("you", "they") or following.endswith("s")):
        return False
    from lint import context_model

    general = context_model.language_model().general_pairs
    possessive, verb = pair
    return general.get(f"{possessive} {following}", 0) + 1 >= POSSESSIVE_OVER_VERB * (
        general.get(f"{verb} {following}", 0) + 1)


# "lead" for its past participle "led": after a form of "be" or "have"
# before "by" or "to" ("was lead by", "has lead to"), or after a noun before
# "by" and a name or determiner ("a trial lead by Kelly Rohan", "the team,
# lead by Dr."): the present "lead by" takes "example", not an agent.
LEAD_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})
LEAD_SUBJECTS = frozenset({"i", "we", "you", "they", "who", "which", "that", "to", "and", "or", "will", "would",
                           "can", "could", "may", "might", "should", "must", "not", "also", "often", "generally"})
AGENT_DETERMINERS = frozenset({"the", "a", "an", "researchers", "scientists", "experts", "doctors"})


def led_slips(words: list[str | None], texts: list[str], offsets: list[int],
              reported: set[int]) -> Iterator[tuple[int, str]]:
    """(token index, the word before) for "lead" written for "led" (see LEAD_AUXILIARIES)."""
    n = len(words)
    for k in compress(range(1, n - 2), map(eq, repeat("lead"), words[1:n - 2])):
        if texts[k] != "lead" or offsets[k] in reported:
            continue
        before, after, agent = words[k - 1], words[k + 1], texts[k + 2]
        if after not in ("by", "to"):
            continue
        if before in LEAD_AUXILIARIES:
            yield k, texts[k - 1]
            continue
        # After a noun (or its comma: "The research team, lead by Dr.").
        noun = texts[k - 1]
        if before is None and noun == "," and k >= 2 and words[k - 2] is not None:
            noun = texts[k - 2]
        elif before is None:
            continue
        if after != "by" or noun.lower() in LEAD_SUBJECTS or "noun" not in classes(noun.lower()):
            continue
        if agent[:1].isupper() or agent.lower() in AGENT_DETERMINERS:
            yield k, noun
