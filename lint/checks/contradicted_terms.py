"""Terminology: a technical term that the text beside it contradicts.

Most wrong technical terms need world knowledge to catch, but some are
contradicted by the article itself, and this family reads those:

- a term whose own word parts say the opposite of its plain gloss
  ("blood sugar is very high (hypoglycaemia)": hypo- is low), or name a
  different organ ("hepatitis, an inflammation of the kidneys");
- a drug class whose mechanism words say the opposite ("GLP-1 antagonists
  ... copy a hormone called GLP-1");
- a stated textbook relation that a small fact table contradicts: a hormone
  and the gland that makes it, the blood cell that carries oxygen.

Data: lint/data/terminology/direction_terms.tsv, direction_words.tsv,
word_roots.tsv, organ_words.tsv, hormone_glands.tsv, blood_cells.tsv,
germ_kinds.tsv, disease_agents.tsv (tools/build_disease_agents.py), body_substances.tsv, anatomy_names.tsv,
limb_parts.tsv, location_terms.tsv, anatomy_tree.tsv (tools/build_anatomy_tree.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from lint import lexicon, resources
from lint.checks import CheckContext
from lint.findings import Finding
from lint.nlp import doc_text
from lint.rules import Rule, Severity

CONTRADICTED_TERM = Rule(
    id="terminology/contradicted-term",
    severity=Severity.WARNING,
    summary="A technical term that the words beside it contradict",
    explanation=(
        "What it does: finds a technical term that the article's own words contradict. (1) A term "
        "glossed in plain words (\"X (gloss)\", \"gloss (X)\", \"X, or gloss,\", \"X means gloss\", "
        "\"X is gloss\", \"X, a gloss\", \"gloss, called X\", \"a X to look inside the gloss\") when its "
        "word parts say the opposite: hypo-/hyper- against a low or high level of what it measures "
        "(\"blood sugar is very high (hypoglycaemia)\"), brady-/tachy- against slow or fast, -penia/-cytosis "
        "against few or many cells (`direction_terms.tsv`, `direction_words.tsv`); or when its Greek or "
        "Latin roots name one organ and the gloss names only others (\"hepatitis, an inflammation of the "
        "kidneys\", \"a colonoscope to look inside the anus\"; `word_roots.tsv`, `organ_words.tsv`). "
        "(2) A stated textbook relation that a small fact table contradicts: a hormone and the gland "
        "said to make it (\"melatonin, a hormone produced by the pituitary gland\", \"the liver makes "
        "insulin\"; `hormone_glands.tsv`), a blood cell and what it does (\"the protein in white blood cells "
        "that carries oxygen\", \"platelets fight infection\"; `blood_cells.tsv`). (3) A drug class and a "
        "verb that says the opposite of it about its own target, in its sentence or the one before "
        "(\"copying a hormone called GLP-1 ... GLP-1 antagonists\", \"dopamine agonists block dopamine\"; "
        "`drug_actions.tsv`). (4) One of a pair of clinical adjectives glossed with words of the other: "
        "\"a benign (cancerous) tumour\", \"systolic pressure (the bottom number)\", \"acute (long-term)\", "
        "\"HDL (bad) cholesterol\" "
        "(`paired_terms.tsv`). (5) A textbook relation stated the wrong way round: \"ligaments ... connect "
        "muscles to bones\", \"veins carry blood away from the heart\", \"insulin, a hormone that raises blood "
        "sugar\", \"an MRI scan uses X-rays\", muscles named for the movement they make said to make the other one (\"the flexor "
        "muscles, which bend the wrist back\", \"the hip abductors pull the leg toward the body\"), tubes and nerves said to carry what "
        "another carries (\"the ureters carry urine out of the body\", \"motor nerves carry sensations\") (`relations.tsv`). (6) A germ or a medicine called by a kind it is "
        "not: \"bacteria called dermatophytes\", \"Demodex bacteria\", \"aciclovir, an antibiotic\", \"antacids such "
        "as omeprazole\", \"metformin, a type of birth control pill\", \"a bulk-forming laxative such as lactulose\", \"NSAIDs "
        "such as paracetamol\", \"antihistamines such as pseudoephedrine\", \"ACE inhibitors such as losartan\"), or a louse's stage called by another stage (\"the eggs, called nymphs\") (`germ_kinds.tsv`); a list (\"aspirin, a statin "
        "and ...\") is not read as a gloss. (7) An infectious disease said to be caused by a kind of germ it is "
        "not: \"Lyme disease is caused by a virus\", \"chickenpox, a bacterial infection\", \"the virus that causes "
        "Lyme disease\" (`disease_agents.tsv`, built from the Human Disease Ontology's classes of disease by "
        "infectious agent, with the germs it names as causes). (8) A fluid of the body said to be made by a part "
        "that does not make it: \"sebum is produced by the sweat glands\", \"bile, a fluid made by the pancreas\", "
        "\"the gallbladder makes bile\" (`body_substances.tsv`). (9) A part of the body glossed in brackets by the "
        "name of another part: \"the top two chambers of the heart (the ventricles)\", \"the heel bone (the talus)\" "
        "(`anatomy_names.tsv`). (10) A bone or named part of one limb in a sentence that names only the other limb, in "
        "an article that names the other limb at least three times and the part's own limb nowhere else: \""
        "the femur's head sits in a socket on the shoulder blade\" in an article about the shoulder; a list or a "
        "comparison (\"unlike the femur\") is not read (`limb_parts.tsv`). (11) A term of anatomical place set by the words "
        "after it in the opposite place of the body: \"the medial ligament on the outer side of the knee\", \"the hypothenar "
        "pad on the thumb side of the palm\", \"a plantar wart on the top of the foot\" (`location_terms.tsv`) (12) A clause that places something inside one part and then "
        "in another that the MeSH anatomy tree puts beside it in the same organ, neither holding the other: \"sound-sensing "
        "cells inside the inner ear sit in the eardrum\" (`anatomy_tree.tsv`, tools/build_anatomy_tree.py); two places set "
        "side by side (\"in the inner ear or in the middle ear\", a comma, \"from\", \"to\") are not read. The message names both sides and the term the gloss describes "
        "(\"hyperglycaemia\", \"nephritis\", \"proctoscope\", \"pineal gland\", \"agonists\") when the "
        "dictionary or the table holds it.\n\n"
        "Why it matters: a reader who looks up the term finds the opposite of what the article "
        "says, and one of the two is wrong.\n\n"
        "Known problems: a term is judged only when all of its word parts are in the table, and the "
        "gloss only when it names what the term measures or an organ; a wrong term with no gloss or "
        "stated relation beside it (\"the dentine that holds the teeth in place\") needs world knowledge and "
        "is not found. The one side the message points at may be the right one: the fix is in the "
        "words beside it as often as in the term."
    ),
    bad=("If your blood sugar is very high (hypoglycaemia), you may feel drowsy.",
         "Hepatitis, an inflammation of the kidneys, is often caused by a virus."),
    good=("If your blood sugar is very high (hyperglycaemia), you may feel drowsy.",
          "Hepatitis, an inflammation of the liver, is often caused by a virus."),
)

RULES = (CONTRADICTED_TERM,)

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A gloss ends at a sentence or clause mark.
CLAUSE_END = re.compile(r"[.;:!?\[\]\n]|,\s+(?:but|so|which|who|while|although|because)\b|\s+(?:because|but|while|although|"
                        r"unless|until|caused|causing|leading|resulting|due)\b|(?<!\bin)(?<!\bduring)(?<!\bby)(?<!\bwith)\s+(?:that|which|who)\b(?!\s+(?:causes?|affects?|involves?|"
                        r"damages?|attacks?|inflames?)\b)")
CLAUSE_START = re.compile(r"[.;:!?()\[\]\n,]")
BRACKET_AFTER = re.compile(r"s?[ \t]*\(([^()\n]{1,300})\)")
BRACKET_AROUND_AFTER = re.compile(r"s?[ \t]*\)")
# The term in brackets, perhaps after a word or two ("(inguinal orchiectomy)").
BRACKET_OPENED = re.compile(r"\((?:(?!(?:without|with|no|not|non|or|and|nor|except|excluding)\b)[a-z-]+[ \t]+){0,2}$")
OR_AFTER = re.compile(r"s?,[ \t]+or[ \t]+")
VERB_AFTER = re.compile(r"s?(?:,[ \t]*(?:which|that)[ \t]+(?:is|are|means)|[ \t]+(?:means|is|are|refers[ \t]+to|describes|"
                        r"happens[ \t]+when))[ \t]+", re.I)
MEANS = re.compile(r"\b(?:means|refers|describes|happens)\b", re.I)
# A bare acronym in brackets after a term ("cardiomyopathy (HCM) is ...") is skipped.
ACRONYM_BRACKET = re.compile(r"[ \t]*\((?=[a-z0-9-]*[A-Z][^)]*[A-Z0-9])[A-Za-z0-9-]{1,10}\)")
INSTRUMENT_WORD = re.compile(r"\b(?:with|using|via|by|through)\b", re.I)
# "... and is called X": the name is the subject's, which may be far before.
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]*$", re.I)
COLON_AFTER = re.compile(r"s?[ \t]*:[ \t]+")
# A term that opens a line or list item, perhaps after a word or two ("- Partial hepatectomy: ...").
LINE_OPENING = re.compile(r"(?:^|\n|[.:][ \t]+|[ \t]{2,})[ \t]*(?:[-*•][ \t]*)?(?:[A-Za-z][\w-]*[ \t]+){0,2}"
                          r"(?:[A-Za-z]+-)?$")
APPOSITIVE_AFTER = re.compile(r"s?,[ \t]+(?=(?:a|an)[ \t])", re.I)
NAMED_BEFORE = re.compile(r"(?:,[ \t]*(?:(?:also[ \t]+|sometimes[ \t]+|often[ \t]+)?(?:called|known[ \t]+as|termed))"
                          r"|[ \t](?:also|sometimes|often)[ \t]+(?:called|known[ \t]+as|termed)|[ \t]called)[ \t]+"
                          r"(?:(?:a|an|the)[ \t]+)?$", re.I)
# "When the womb is removed, it is called a hysterectomy": the clause before the comma.
IT_IS_CALLED_BEFORE = re.compile(r",[ \t]+(?:it|this|that)[ \t]+is[ \t]+(?:also[ \t]+|sometimes[ \t]+)?(?:called|known[ \t]+as|termed)"
                                 r"[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}$", re.I)
NEGATION = re.compile(r"\b(?:not|no|never|isn't|aren't|doesn't|don't|without|neither|nor)\b|n't\b", re.I)
# Words before an organ that make it the way in, not the place looked at or named
# ("a tube passed down the throat into the stomach").
ROUTE_BEFORE = re.compile(r"\b(?:through|via|down|up|along|past|across|inserted|passed|put|placed|guided|threaded)\b"
                          r"(?:[ \t]+[\w'’-]+){0,2}[ \t]+$", re.I)
# The noun a gloss of an organ term opens with ("an inflammation of", "a test to look at").
ORGAN_GLOSS_HEADS = frozenset(
    "inflammation inflamed infection infected irritation swelling swollen disease diseases disorder condition "
    "problem problems removal remove removing surgery operation procedure test examination exam scan look "
    "enlargement enlarged pain painful ache damage damaged specialist doctor camera tube instrument scope "
    "picture image x-ray cancer disorders conditions cut opening incision repair study type form kind group removed "
    "removes x-rays pictures images scans".split())
GLOSS_HEAD_WORDS = 7
DEFINITION_OPENERS = frozenset("a an the one any surgical this these".split())
APPOSITIVE_HEAD_WORDS = 4
# A definition of a direction term opens with an article, "when", or how far the level goes.
DIRECTION_OPENERS = frozenset("a an the your when where having too abnormally very unusually low high slow fast lower "
                              "higher raised elevated reduced decreased increased".split())
IS_GLOSS_WORDS = 20
BEFORE_WORDS = 10
ORGAN_BEFORE_WORDS = 6
MEASURE_DISTANCE = 4


@dataclass(frozen=True)
class _Direction:
    scale: str
    direction: str  # less or more
    opposite: str
    measures: tuple[str, ...]


@lru_cache(maxsize=1)
def _direction_terms() -> dict[str, _Direction]:
    table: dict[str, _Direction] = {}
    for line in resources.lines("terminology/direction_terms.tsv"):
        scale, less, more, measures = line.split("\t")
        words = tuple(m.strip() for m in measures.split(","))
        table.setdefault(less, _Direction(scale, "less", more, words))
        table.setdefault(more, _Direction(scale, "more", less, words))
    return table


@lru_cache(maxsize=1)
def _direction_words() -> dict[str, list[tuple[re.Pattern, str]]]:
    """scale -> [(pattern of a direction word, less or more)]."""
    out: dict[str, list[tuple[re.Pattern, str]]] = {}
    for line in resources.lines("terminology/direction_words.tsv"):
        scale, direction, words = line.split("\t")
        for word in words.split(","):
            pattern = re.compile(r"\b" + r"[ \t]+".join(map(re.escape, word.split())) + r"\b", re.I)
            out.setdefault(scale, []).append((pattern, direction))
    return out


@lru_cache(maxsize=1)
def _direction_affixes() -> tuple[str, ...]:
    """hypo, hyper, brady, tachy, penia, cytosis, philia: a word of the table holds one of them."""
    affixes = ("hypo", "hyper", "brady", "tachy", "penia", "cytosis", "philia")
    assert all(any(a in name for a in affixes) for name in _direction_terms())
    return affixes


LETTERS = re.compile(r"[A-Za-z]*")
LOWER_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")
ROLE_WORDS = frozenset("oxygen haemoglobin hemoglobin infection infections germs antibodies antibody clot clots clotting "
                       "bleeding plug".split())
MAKING_WORDS = frozenset("produced made released secreted manufactured created generated make makes produce produces "
                         "release releases secrete secretes making producing releasing secreting".split())
LETTERS_BEFORE = re.compile(r"[A-Za-z]*$")


def _words_holding(text: str, lowered: str, parts: tuple[str, ...]) -> list[tuple[int, int]]:
    """The whole words of ``text`` that contain one of ``parts`` (lower case),
    found with str.find rather than a regex tried at every word."""
    spans = set()
    for part in parts:
        at = lowered.find(part)
        while at != -1:
            start = LETTERS_BEFORE.search(text, max(0, at - 40), at).start()
            end = LETTERS.match(text, at).end()
            spans.add((start, end))
            at = lowered.find(part, end)
    return sorted(spans)


@dataclass(frozen=True)
class _Roots:
    roots: dict[str, tuple[str, ...]]
    prefixes: frozenset[str]
    suffixes: dict[str, tuple[str, ...]]
    excepted: frozenset[str]


@lru_cache(maxsize=1)
def _roots() -> _Roots:
    roots: dict[str, tuple[str, ...]] = {}
    prefixes, excepted = set(), set()
    suffixes: dict[str, tuple[str, ...]] = {}
    for line in resources.lines("terminology/word_roots.tsv"):
        kind, part, *rest = line.split("\t")
        values = tuple(v for v in (rest[0].split(",") if rest else ()) if v)
        if kind == "root":
            roots[part] = values
        elif kind == "prefix":
            prefixes.add(part)
        elif kind == "suffix":
            suffixes[part] = values
        elif kind == "except":
            excepted.add(part)
        else:
            raise ValueError(f"word_roots.tsv: unknown kind {kind!r}")
    return _Roots(roots, frozenset(prefixes), suffixes, frozenset(excepted))


def organ_terms(text: str, lowered: str) -> Iterator[tuple[int, int, str]]:
    """Words ending in a suffix of word_roots.tsv (perhaps plural): (start, end, word)."""
    suffixes = tuple(_roots().suffixes)
    for start, end in _words_holding(text, lowered, suffixes):
        word = lowered[start:end]
        if len(word) > 5 and (word.endswith(suffixes) or word[:-1].endswith(suffixes) and word.endswith("s")):
            yield start, end, text[start:end]


@lru_cache(maxsize=1)
def _organ_words() -> tuple[re.Pattern, dict[str, str]]:
    table: dict[str, str] = {}
    for line in resources.lines("terminology/organ_words.tsv"):
        word, organ = line.split("\t")
        table[word] = organ
    names = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(r"[ \t]+".join(map(re.escape, n.split())) for n in names) + r")\b", re.I)
    return pattern, table


@lru_cache(maxsize=4096)
def split_term(word: str) -> tuple[tuple[str, ...], str] | None:
    """The word parts of a technical word made wholly of table parts:
    (parts before the suffix, suffix), or None. "colonoscope" ->
    (("colon",), "scope"); "gastroenteritis" -> (("gastr", "enter"), "itis")."""
    table = _roots()
    word = word.lower()
    if word in table.excepted:
        return None
    for suffix in sorted(table.suffixes, key=len, reverse=True):
        for stem_end in (len(word) - len(suffix), len(word) - len(suffix) - 1):
            if stem_end > 0 and word[stem_end:] in (suffix, suffix + "s"):
                parts = _split_stem(word[:stem_end], table)
                if parts:
                    return parts, suffix
    return None


def _split_stem(stem: str, table: _Roots) -> tuple[str, ...] | None:
    if not stem:
        return ()
    for size in range(len(stem), 1, -1):
        part = stem[:size]
        if part in table.roots or part in table.prefixes:
            rest = stem[size:]
            for skip in ((0, 1) if rest[:1] in ("o", "i") else (0,)):
                tail = _split_stem(rest[skip:], table)
                if tail is not None:
                    return (part,) + tail
    return None


def term_organs(word: str) -> frozenset[str]:
    split = split_term(word)
    if not split:
        return frozenset()
    roots = _roots().roots
    return frozenset(o for part in split[0] for o in roots.get(part, ()))


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    yield from findings_in(doc_text(doc))


def findings_in(text: str) -> Iterator[Finding]:
    """Every finding of the rule in a text (the check without spaCy)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): keep the offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    yield from _direction_findings(text, lowered)
    yield from _organ_findings(text, lowered)
    words = frozenset(LOWER_WORD.findall(lowered))
    if not words.isdisjoint(_hormone_first_words()) and not words.isdisjoint(MAKING_WORDS):
        yield from _hormone_findings(text, lowered, words)
    if not words.isdisjoint(ROLE_WORDS) and (not words.isdisjoint(_cell_words()) or (
            "cells" in words or "cell" in words) and not words.isdisjoint(("red", "white", "b", "t"))):
        yield from _blood_cell_findings(text, lowered)
    if "agonist" in lowered or "blocker" in lowered or "inhibitor" in lowered:
        yield from _drug_findings(text, lowered)
    if not words.isdisjoint(_paired_terms()):
        yield from _paired_findings(text, lowered)
    if not words.isdisjoint(_relation_subjects()):
        yield from _relation_findings(text, lowered, words)
    taken = []
    if not words.isdisjoint(_germ_first_words()):
        for finding in _germ_findings(text, lowered, words):
            taken.append(finding.span)
            yield finding
    if ("made" in words or "produced" in words or "makes" in words or "produce" in words or "produces" in words
            or "manufactured" in words or "make" in words) and not words.isdisjoint(_substance_first_words()):
        yield from _substance_findings(text)
    if "(" in text and not words.isdisjoint(_anatomy_words()):
        yield from _anatomy_findings(text)
    if not words.isdisjoint(AGENT_WORD):
        yield from _disease_agent_findings(text, taken)
    if not words.isdisjoint(_limb_first_words()) and any(name in lowered for name in _limb_part_names()):
        yield from _limb_findings(text)
    if not words.isdisjoint(_location_first_words()):
        yield from _location_findings(text, lowered)
    if ("in" in words or "inside" in words or "within" in words or "into" in words) and len(words) > 4:
        yield from _place_findings(text)


# -- glosses ----------------------------------------------------------------
def _clause_after(text: str, start: int, limit: int = 160) -> int:
    """The end of the clause that opens at ``start``: a clause mark, a word
    that opens another clause, or a closing bracket that opened before it
    (a bracket within the clause is part of it)."""
    stop = min(len(text), start + limit)
    m = CLAUSE_END.search(text, start, stop)
    if m:
        stop = m.start()
    depth = 0
    for at in range(start, stop):
        char = text[at]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return at
            depth -= 1
    return stop


def _window_before(text: str, end: int, words: int) -> int:
    """Start of the clause before ``end``, at most ``words`` words back."""
    start = max(0, end - 200)
    marks = [m.end() for m in CLAUSE_START.finditer(text, start, end)]
    if marks:
        start = marks[-1]
    spans = [m.start() for m in WORD.finditer(text, start, end)]
    if len(spans) > words:
        start = spans[-words]
    return start


def glosses(text: str, start: int, end: int, verbs: tuple[str, ...] = ()) -> Iterator[tuple[int, int, str]]:
    """Plain glosses of the term at [start, end): (gloss start, end, how)."""
    m = BRACKET_AFTER.match(text, end)
    if m and ACRONYM_BRACKET.fullmatch(m.group()):
        # "cardiomyopathy (HCM) is ...": read on after the acronym, only a definition (a comma
        # after it more often goes on with a list).
        m = VERB_AFTER.match(text, m.end()) or COLON_AFTER.match(text, m.end())
        if m:
            yield m.end(), _clause_after(text, m.end()), "is"
        return
    if m:
        yield m.start(1), m.end(1), "bracket"
        return
    opened = BRACKET_OPENED.search(text, max(0, start - 30), start)
    if opened and BRACKET_AROUND_AFTER.match(text, end):
        stop = opened.start()
        while stop > 0 and text[stop - 1] in " \t":
            stop -= 1
        yield _window_before(text, stop, BEFORE_WORDS), stop, "before"
        return
    m = IT_IS_CALLED_BEFORE.search(text, max(0, start - 60), start)
    if m:
        yield _window_before(text, m.start(), BEFORE_WORDS), m.start(), "before"
        return
    m = NAMED_BEFORE.search(text, max(0, start - 60), start)
    if m and not PASSIVE_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1):
        begin = _window_before(text, m.start(), BEFORE_WORDS)
        # "an exam of the ureter with a scope called a cystoscope": the name is the scope's
        cut = [w.end() for w in INSTRUMENT_WORD.finditer(text, begin, m.start())]
        yield (cut[-1] if cut else begin), m.start(), "before"
        return
    m = COLON_AFTER.match(text, end)
    if m and LINE_OPENING.search(text, max(0, start - 40), start):
        yield m.end(), _clause_after(text, m.end()), "is"
        return
    m = OR_AFTER.match(text, end)
    if m:
        yield m.end(), _clause_after(text, m.end(), 100), "or"
        return
    m = VERB_AFTER.match(text, end)
    if m:
        yield m.end(), _clause_after(text, m.end()), "means" if MEANS.search(m.group()) else "is"
        return
    m = APPOSITIVE_AFTER.match(text, end)
    if m:
        yield m.end(), _clause_after(text, m.end(), 100), "appositive"
        return
    if verbs:
        m = re.compile(r"s?(?:[ \t]+(?:is|are)[ \t]+used)?[ \t]+(?:to|that|which|can)[ \t]+(?:" + "|".join(verbs)
                       + r")\b", re.I).match(text, end)
        if m:
            yield m.start(), _clause_after(text, m.end()), "purpose"


# -- low or high, slow or fast ------------------------------------------------
def _direction_findings(text: str, lowered: str) -> Iterator[Finding]:
    terms = _direction_terms()
    for start, end in _words_holding(text, lowered, _direction_affixes()):
        info = terms.get(lowered[start:end])
        if info is None:
            continue
        term = text[start:end]
        for g_start, g_end, how in glosses(text, start, end):
            if how in ("is", "appositive", "or"):
                first = WORD.search(text, g_start, g_end)
                if not first or first.group().lower() not in DIRECTION_OPENERS:
                    continue  # "Hypothyroidism is more common in those over 60"
            said = _stated_direction(text, g_start, g_end, info, how)
            if said is None or said[0] == info.direction:
                continue
            word = said[1]
            opposite = _keep_case(term, info.opposite)
            yield Finding(
                rule=CONTRADICTED_TERM,
                span=(start, end),
                message=(f"\"{term}\" means {_meaning(info)}, but the words beside it say \"{word}\": "
                         f"if that is meant, the term is \"{opposite}\""),
                suggestions=(opposite,),
            )


DIRECTION_MEANINGS = {("level", "less"): "a low level", ("level", "more"): "a high level",
                      ("speed", "less"): "a slow rate", ("speed", "more"): "a fast rate",
                      ("count", "less"): "too few", ("count", "more"): "too many"}


def _meaning(info: _Direction) -> str:
    what = info.measures[0]
    if info.scale == "count":
        return f"{DIRECTION_MEANINGS[info.scale, info.direction]} {what}"
    return f"{DIRECTION_MEANINGS[info.scale, info.direction]} of {what}"


def _stated_direction(text: str, start: int, end: int, info: _Direction, how: str) -> tuple[str, str] | None:
    """Which way the gloss says the term's measure goes: the direction word
    nearest a word for what it measures, within a few words; None when the
    gloss does not say, or negates."""
    gloss = text[start:end]
    if NEGATION.search(gloss):
        return None
    measure_at = [mm.start() for w in info.measures
                  for mm in re.finditer(r"\b" + r"[ \t]+".join(map(re.escape, w.split())) + r"\b", gloss, re.I)]
    if not measure_at:
        return None
    nearest: dict[str, tuple[int, str]] = {}
    for pattern, direction in _direction_words().get(info.scale, ()):
        for dm in pattern.finditer(gloss):
            if gloss[dm.end():dm.end() + 1] == "-" or gloss[max(0, dm.start() - 1):dm.start()] == "-":
                continue  # "low-density", "low-fat": part of a compound, not a direction
            if _measures_something_else(gloss, dm, info):
                continue  # "too much carbon dioxide (hypoventilation)": the word is about carbon dioxide
            for at in measure_at:
                lo, hi = sorted((at, dm.start()))
                distance = len(WORD.findall(gloss[lo:hi]))
                if distance <= MEASURE_DISTANCE and (direction not in nearest or distance < nearest[direction][0]):
                    nearest[direction] = (distance, dm.group())
    if len(nearest) != 1:
        return None  # not said, or said both ways
    direction, (_, word) = next(iter(nearest.items()))
    return direction, word


def _any_of(names) -> str:
    """A regular-expression alternation of names, the longest first ("heel
    bone" before "heel"), each run of spaces or tabs between their words
    matching any other."""
    return "|".join(r"[ \t]+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _all_measures() -> re.Pattern:
    words = {w for info in _direction_terms().values() for w in info.measures}
    return re.compile(r"\b(?:" + _any_of(words) + r")\b", re.I)


def _measures_something_else(gloss: str, dm: re.Match, info: _Direction) -> bool:
    """Is the measure word nearest the direction word one this term does not
    measure ("too much carbon dioxide" beside "breathing")?"""
    best = None
    for mm in _all_measures().finditer(gloss):
        lo, hi = sorted((mm.start(), dm.start()))
        distance = len(WORD.findall(gloss[lo:hi]))
        if best is None or distance < best[0]:
            best = (distance, mm.group().lower())
    return best is not None and " ".join(best[1].split()) not in info.measures


def _keep_case(original: str, replacement: str) -> str:
    if original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# -- organs -------------------------------------------------------------------
def _organ_findings(text: str, lowered: str) -> Iterator[Finding]:
    table = _roots()
    organ_pattern, organ_table = _organ_words()
    for t_start, t_end, term in organ_terms(text, lowered):
        split = split_term(term)
        if not split:
            continue
        organs = term_organs(term)
        if not organs:
            continue
        suffix = split[1]
        for g_start, g_end, how in glosses(text, t_start, t_end, table.suffixes.get(suffix, ())):
            if how == "before":
                g_start = _window_before(text, g_end, ORGAN_BEFORE_WORDS)
            elif how in ("is", "means", "appositive", "or") and not _opens_with_a_head(
                    text, g_start, g_end, APPOSITIVE_HEAD_WORDS if how == "appositive" else GLOSS_HEAD_WORDS):
                continue
            if how in ("is", "means"):
                ends = [w.end() for w in WORD.finditer(text, g_start, g_end)][:IS_GLOSS_WORDS]
                g_end = ends[-1] if ends else g_end
            named = [(om.group(), organ_table[" ".join(om.group().lower().split())])
                     for om in organ_pattern.finditer(text, g_start, g_end)
                     if not ROUTE_BEFORE.search(text, max(0, om.start() - 40), om.start())]
            if not named or any(organ in organs for _, organ in named):
                continue
            if NEGATION.search(text, g_start, g_end):
                continue
            said = named[0][0]
            better = _term_for(split, {organ for _, organ in named})
            tail = f": for the {said}, the term is \"{_keep_case(term, better)}\"" if better else ""
            yield Finding(
                rule=CONTRADICTED_TERM,
                span=(t_start, t_end),
                message=(f"\"{term}\" names the {_organ_names(split)}, but the words beside it name the "
                         f"{said}{tail}"),
                suggestions=(_keep_case(term, better),) if better else (),
            )
            break


def _organ_names(split: tuple[tuple[str, ...], str]) -> str:
    roots = _roots().roots
    names = []
    for part in split[0]:
        organs = roots.get(part, ())
        if organs:
            names.append(f"{organs[0].replace('_', ' ')} ({part}-)")
    return " and ".join(names)


def _opens_with_a_head(text: str, start: int, end: int, within: int = 7) -> bool:
    """Does the gloss open as a definition: an article or a head noun first
    ("an inflammation of", "surgery to remove"), a head noun within a few
    words ("a rare form of")? "is sometimes used to guide ..." does not."""
    words = [w.lower() for w in WORD.findall(text, start, end)[:within]]
    if not words or (words[0] not in DEFINITION_OPENERS and words[0] not in ORGAN_GLOSS_HEADS):
        return False
    return any(w in ORGAN_GLOSS_HEADS for w in words)


def _term_for(split: tuple[tuple[str, ...], str], organs: set[str]) -> str:
    """The term with its one organ root replaced by a root for ``organs``,
    when the dictionary holds the word."""
    parts, suffix = split
    roots = _roots().roots
    organ_parts = [i for i, p in enumerate(parts) if roots.get(p)]
    if len(organ_parts) != 1:
        return ""
    at = organ_parts[0]
    candidates = sorted((r for r, names in roots.items() if names and set(names) & organs),
                        key=lambda r: (names_rank(roots[r], organs), -len(r)))
    for root in candidates:
        new_parts = parts[:at] + (root,) + parts[at + 1:]
        for joined in _joined(new_parts, suffix):
            if lexicon.contains(joined):
                return joined
    return ""


def names_rank(names: tuple[str, ...], organs: set[str]) -> int:
    return min(i for i, n in enumerate(names) if n in organs)


def _joined(parts: tuple[str, ...], suffix: str) -> Iterator[str]:
    word = ""
    for part in parts:
        if word and word[-1] not in "aeiou" and part[0] not in "aeiou":
            word += "o"
        word += part
    if suffix[0] in "aeiou":
        yield word + suffix
    else:
        yield word + "o" + suffix
        yield word + suffix


# -- hormones and glands -------------------------------------------------------
MAKE_VERBS = r"(?:produced|made|released|secreted|manufactured|created|generated)"
HORMONE_AFTER = re.compile(
    r"(?:[ \t]*\([^()\n]{0,40}\))?(?:,[ \t]*|[ \t]+(?:is|are|was)[ \t]+|[ \t]+)"
    r"(?:(?:a|an|the|one|another)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:(?:hormone|hormones|chemical|chemicals|substance|messenger|protein|peptide)[ \t]+)?"
    r"(?:(?:that|which)[ \t]+(?:is|are)[ \t]+|that's[ \t]+)?"
    r"(?:(?:mainly|mostly|naturally|normally|usually|largely|chiefly|also|only)[ \t]+)?"
    + MAKE_VERBS + r"[ \t]+(?:(?:mainly|mostly|naturally|normally|only|chiefly|largely)[ \t]+)?(?:by|in|from)[ \t]+", re.I)
MAKES = r"(?:makes?|produces?|releases?|secretes?|making|producing|releasing|secreting)"
ORGAN_MAKES_BEFORE = (r"(?:[ \t]+glands?)?(?:[ \t]+(?:also|mainly|normally|then|can|will|does|do|usually|is|are|was|were|"
                      r"to|stop|stops|start|starts|still))*[ \t]+" + MAKES
                      + r"\b(?:[ \t]+(?:a|an|the|hormone|hormones|called|chemical|substance|more|less|too|much|little|of|"
                      r"most|some|enough|extra))*[ \t]+$")
RELATION_WORDS = 8


@lru_cache(maxsize=1)
def _hormones() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    table: dict[str, frozenset[str]] = {}
    for line in resources.lines("terminology/hormone_glands.tsv"):
        name, organs = line.split("\t")
        table[name.lower()] = frozenset(organs.split(","))
    # Acronyms ("TSH", "GLP-1") match only as written; names in any case.
    names = sorted(table, key=len, reverse=True)
    raw = [line.split("\t")[0] for line in resources.lines("terminology/hormone_glands.tsv")]
    acronyms = {n.lower() for n in raw if n.upper() == n or n[:1].islower() and any(c.isupper() for c in n)}
    alternatives = [re.escape(n) if n in acronyms else "(?i:" + re.escape(n) + ")"
                    for n in names]
    written = {n.lower(): n for n in raw}
    alternatives = [re.escape(written[n]) if n in acronyms else "(?i:" + re.escape(n) + ")" for n in names]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])"), table


@lru_cache(maxsize=1)
def _hormone_makers() -> dict[str, tuple[str, ...]]:
    """hormone -> the organs that make it, in the table's order (the main one first)."""
    return {line.split("\t")[0].lower(): tuple(line.split("\t")[1].split(","))
            for line in resources.lines("terminology/hormone_glands.tsv")}


@lru_cache(maxsize=1)
def _hormone_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _hormones()[1])


@lru_cache(maxsize=1)
def _organ_before_pattern() -> re.Pattern:
    organ_pattern, _ = _organ_words()
    return re.compile(r"(" + organ_pattern.pattern + r")" + ORGAN_MAKES_BEFORE, re.I)


@lru_cache(maxsize=1)
def _organ_display() -> dict[str, str]:
    _, table = _organ_words()
    by_organ: dict[str, list[str]] = {}
    for word, organ in table.items():
        by_organ.setdefault(organ, []).append(word)
    return {organ: min(words, key=lambda w: ("gland" not in w, w != organ, len(w), w))
            for organ, words in by_organ.items()}


def _hormone_findings(text: str, lowered: str, words: frozenset[str]) -> Iterator[Finding]:
    pattern, table = _hormones()
    organ_pattern, organ_table = _organ_words()
    hormone_spans = []
    for name in table:
        if name.split()[0] not in words:
            continue
        at = lowered.find(name)
        while at != -1:
            m = pattern.match(text, at)  # the name as written, at a word's edges
            if m and m.end() == at + len(name) and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")):
                hormone_spans.append((at, m.end(), m.group()))
            at = lowered.find(name, at + 1)
    hormone_spans.sort()
    if not hormone_spans:
        return
    inside = [(s, e) for s, e, _ in hormone_spans]

    def organs_in(start: int, end: int) -> list[tuple[int, int, str]]:
        return [(om.start(), om.end(), organ_table[" ".join(om.group().lower().split())])
                for om in organ_pattern.finditer(text, start, end)
                if not any(s <= om.start() < e for s, e in inside)]

    for start, end, name in hormone_spans:
        makers = table[name.lower()]
        named: list[tuple[int, int, str]] = []
        m = HORMONE_AFTER.match(text, end)
        if m:
            stop = _clause_after(text, m.end(), 80)
            words = [w.end() for w in WORD.finditer(text, m.end(), stop)][:6]
            named = [n for n in organs_in(m.end(), words[-1] if words else stop) if n[2] in _GLANDS]
        if not named:
            win = _window_before(text, start, RELATION_WORDS + 4)
            before = _organ_before_pattern().search(text, win, start)
            if before and before.end() == start:
                named = organs_in(before.start(1), before.end(1))
        named = [n for n in named if n[2] in _GLANDS]
        if not named or any(organ in makers for _, _, organ in named):
            continue
        o_start, o_end, organ = named[0]
        names = [_organ_display()[o] for o in _hormone_makers()[name.lower()]]
        right = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        yield Finding(
            rule=CONTRADICTED_TERM,
            span=(o_start, o_end),
            message=f"{name} is not made by the {text[o_start:o_end]}: it is made by the {right}",
            suggestions=(names[0],),
        )


# The organs a sentence may say make a hormone (every organ of hormone_glands.tsv and the
# other glands): a hormone said to be made "in the blood" or "by the brain" is not judged.
_GLANDS = frozenset("adrenal pancreas thyroid parathyroid pineal pituitary hypothalamus ovary testicle placenta "
                    "kidney liver fat stomach intestine gut thymus prostate spleen".split())


# -- blood cells -------------------------------------------------------------
BRACKETED = re.compile(r"[ \t]*\([^()\n]*\)")
DOES_BETWEEN = re.compile(r"[ \t]*\)?[ \t]*,?[ \t]*(?:(?:which|that|who|also|help|helps|to|can|normally|mainly|usually|then|"
                          r"and|are|is|the|cells|ones|able)[ \t]+){0,4}$", re.I)
HOLDS_BETWEEN = re.compile(r"^[ \t]*,?[ \t]*(?:(?:is|are|was|the|a|an|protein|proteins|substance|pigment|molecule|"
                           r"molecules|found|made|produced|carried|mainly|only|by|in|inside|within|of|from|your|"
                           r"special|kind|type|some|certain|that|which|iron-rich|red|oxygen-carrying)[ \t]*,?[ \t]+)+$", re.I)


@lru_cache(maxsize=1)
def _blood_cells():
    cells, does, holds = {}, [], []
    for line in resources.lines("terminology/blood_cells.tsv"):
        kind, cell, phrases = line.split("\t")
        for phrase in phrases.split(","):
            if kind == "cell":
                cells[phrase.lower()] = cell
            elif kind == "does":
                does.append((phrase, cell))
            else:
                holds.append((phrase, cell))

    def alternation(items):
        names = sorted(items, key=len, reverse=True)
        return "|".join(r"[ \t]+".join(map(re.escape, n.split())) for n in names)

    cell_pattern = re.compile(r"\b(?:" + alternation(cells) + r")\b", re.I)
    does_pattern = re.compile(r"\b(?:" + alternation([p for p, _ in does]) + r")\b", re.I)
    holds_pattern = re.compile(r"\b(?:" + alternation([p for p, _ in holds]) + r")\b", re.I)
    does_kind = {" ".join(p.lower().split()): c for p, c in does}
    holds_kind = {" ".join(p.lower().split()): c for p, c in holds}
    return cell_pattern, cells, does_pattern, does_kind, holds_pattern, holds_kind


def cell_names() -> frozenset[str]:
    """Every name of a blood cell (lower case), as blood_cells.tsv lists them."""
    return frozenset(_blood_cells()[1])


@lru_cache(maxsize=1)
def _cell_words() -> frozenset[str]:
    """Words of which every cell name holds one ("blood", "platelets", "b-cells")."""
    return frozenset(w for name in _blood_cells()[1] for w in LOWER_WORD.findall(name.lower())
                     if w not in ("cell", "cells", "blood", "plasma", "red", "white", "b", "t"))


def _blood_cell_findings(text: str, lowered: str) -> Iterator[Finding]:
    cell_pattern, cells, does_pattern, does_kind, holds_pattern, holds_kind = _blood_cells()
    # Each name found with str.find, then read with the pattern there (its longest form, at word edges).
    starts = set()
    for key in {name if len(name.split()[0]) < 3 else name.split()[0] for name in cells}:
        at = lowered.find(key)
        while at != -1:
            starts.add(at)
            at = lowered.find(key, at + 1)
    mentions, last_end = [], -1
    for at in sorted(starts):
        if at < last_end:
            continue
        m = cell_pattern.match(text, at)
        if m and (at == 0 or not text[at - 1].isalnum()):
            mentions.append((m.start(), m.end(), cells[" ".join(m.group().lower().split())]))
            last_end = m.end()
    if not mentions:
        return
    reported: set[int] = set()

    def report(cell, role_text, role_kind):
        start, end, kind = cell
        if start in reported:
            return None
        reported.add(start)
        right = {"red": "red blood cells", "white": "white blood cells", "platelet": "platelets"}[role_kind]
        said = f"\"{role_text}\" is the work of" if role_text.lower() not in cells else f"\"{role_text}\" are"
        return Finding(
            rule=CONTRADICTED_TERM,
            span=(start, end),
            message=f"{said} {right}, not {text[start:end]}",
            suggestions=(right,),
        )

    # One kind of cell glossed as another: "lymphocytes (red blood cells)".
    for (s1, e1, k1), (s2, e2, k2) in zip(mentions, mentions[1:]):
        if k1 != k2 and re.fullmatch(r"[ \t]*\([ \t]*(?:(?:a|the|or|also[ \t]+called|called)[ \t]+)?", text[e1:s2]) \
                and re.match(r"[ \t]*\)", text[e2:]):
            found = report((s2, e2, k2), text[s1:e1], k1)
            if found:
                yield found
    for m in does_pattern.finditer(text):
        role_kind = does_kind[" ".join(m.group().lower().split())]
        before = [c for c in mentions if c[1] <= m.start() and m.start() - c[1] < 60]
        if not before:
            continue
        cell = before[-1]
        if cell[2] != role_kind and DOES_BETWEEN.fullmatch(text, cell[1], m.start()) \
                and not NEGATION.search(text, cell[1], m.start()):
            found = report(cell, m.group(), role_kind)
            if found:
                yield found
    for m in holds_pattern.finditer(text):
        role_kind = holds_kind[" ".join(m.group().lower().split())]
        after = [c for c in mentions if c[0] >= m.end() and c[0] - m.end() < 80]
        if not after:
            continue
        cell = after[0]
        if cell[2] != role_kind and HOLDS_BETWEEN.match(BRACKETED.sub(" ", text[m.end():cell[0]])) \
                and not NEGATION.search(text, m.end(), cell[0]):
            found = report(cell, m.group(), role_kind)
            if found:
                yield found


# -- agonists and antagonists --------------------------------------------------
DRUG_CLASS = re.compile(r"(?<![\w-])([A-Za-z0-9][\w-]*)(?:[ \t]+receptors?)?[ \t]+"
                        r"(agonists?|antagonists?|blockers?|inhibitors?)\b", re.I)
DRUG_CLASS_BEFORE = re.compile(r"(?<![\w-])[A-Za-z0-9][\w-]*(?:[ \t]+receptors?)?[ \t]+$")
NOT_A_TARGET = frozenset("a an the these those partial full selective inverse competitive potent new some other "
                         "receptor receptors and or of as are is with".split())
SENTENCE_MARK = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def _drug_actions() -> dict[str, tuple[frozenset[str], re.Pattern]]:
    out = {}
    for line in resources.lines("terminology/drug_actions.tsv"):
        kind, nouns, verbs = line.split("\t")
        alternation = "|".join(r"[ \t]+".join(map(re.escape, v.split())) for v in sorted(verbs.split(","), key=len,
                                                                                          reverse=True))
        out[kind] = (frozenset(nouns.split(",")), re.compile(r"\b(?:" + alternation + r")\b", re.I))
    return out


def _drug_findings(text: str, lowered: str) -> Iterator[Finding]:
    actions = _drug_actions()
    found = []
    for noun in ("agonist", "blocker", "inhibitor"):  # "antagonist" holds "agonist"
        at = lowered.find(noun)
        while at != -1:
            word = LETTERS_BEFORE.search(text, max(0, at - 40), at).start()
            found.append(word)
            at = lowered.find(noun, at + 1)
    for word_start in sorted(set(found)):
        m = DRUG_CLASS_BEFORE.search(text, max(0, word_start - 60), word_start)
        if not m:
            continue
        m = DRUG_CLASS.match(text, m.start())
        if not m:
            continue
        target, noun = m.group(1), m.group(2)
        if target.lower() in NOT_A_TARGET or len(target) < 2:
            continue
        kind = next((k for k, (nouns, _) in actions.items() if noun.lower() in nouns), None)
        if kind is None:
            continue
        verbs = actions[kind][1]
        # This sentence and the one before it.
        marks = [x.end() for x in SENTENCE_MARK.finditer(text, max(0, m.start() - 400), m.start())]
        begin = marks[-2] if len(marks) >= 2 else (max(0, m.start() - 400) if not marks else max(0, m.start() - 400))
        end_mark = SENTENCE_MARK.search(text, m.end())
        end = end_mark.start() if end_mark else len(text)
        stem = re.escape(target.rstrip("s") if len(target) > 4 else target)
        object_target = re.compile(r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:the[ \t]+|its[ \t]+)?" + stem + r"(?![\w])|"
                                   r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:the[ \t]+|its[ \t]+)?" + stem + r"[\w-]*", re.I)
        for v in verbs.finditer(text, begin, end):
            if v.start() >= m.start() and v.start() < m.end():
                continue
            if text[v.start() - 1:v.start()] == "-":
                continue  # "immune-activating agents": a modifier, not what the drug does to its target
            target_m = object_target.match(text, v.end())
            if not target_m or target_m.end() >= m.start(1) and v.end() <= m.start(1):
                continue  # the object is the class's own name ("... agents known as checkpoint inhibitors")
            if NEGATION.search(text, max(begin, v.start() - 20), v.start()):
                continue
            opposite = "agonist" if kind == "antagonist" else "antagonist"
            plural = "s" if noun.lower().endswith("s") else ""
            better = opposite + plural
            yield Finding(
                rule=CONTRADICTED_TERM,
                span=(m.start(2), m.end(2)),
                message=(f"\"{noun}\" {'work against' if kind == 'antagonist' else 'activate'} {target}, but "
                         f"\"{v.group()}\" says the drug {'copies or activates' if kind == 'antagonist' else 'blocks'} "
                         f"it: such a drug is an {opposite} (\"{target} {better}\")"),
                suggestions=(f"{target} {better}",),
            )
            break


# -- paired adjectives: benign/malignant, acute/chronic, systolic/diastolic ------
NEGATED_BEFORE = re.compile(r"\b(?:not|no|non-?|never)[ \t]*$", re.I)
CLAUSE_OPENING_BEFORE = re.compile(r"(?:^|[.;:!?()\n,\-•*]|\b(?:a|an|the|your|their|his|her|its|this|that|these|those|"
                                   r"high|low|raised|having|and|but|so|while|whereas))[ \t]*[\"'“‘]?$", re.I)
PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|for|with|from|to|by|about|on|at|than)[ \t]+$", re.I)
PAIRED_STOP_WORDS = frozenset("and or nor but to versus vs is are was were that which who can may might will would "
                               "has have had in of for with on at by from as than so".split())
PAIRED_MORE_WORDS = re.compile(r"[ \t]+[a-z][a-z-]*")
PAIRED_GLOSS_END = re.compile(r"[.;:!?()\[\]\n,]|\s+(?:but|while|although|whereas|unlike)\b")


def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + r"[ \t]+".join(map(re.escape, phrase.split())) + r"(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _paired_terms() -> dict[str, tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...], str]]:
    table = {}
    for line in resources.lines("terminology/paired_terms.tsv"):
        term, agree, contradict, opposite = line.split("\t")
        table[term] = (tuple(_phrase_pattern(w) for w in agree.split(",")),
                       tuple(_phrase_pattern(w) for w in contradict.split(",")), opposite)
    return table


@lru_cache(maxsize=1)
def _paired_pattern() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(_paired_terms(), key=len, reverse=True)) + r")\b", re.I)


def _paired_findings(text: str, lowered: str) -> Iterator[Finding]:
    table = _paired_terms()
    for start, end in _words_holding(text, lowered, tuple(table)):
        if lowered[start:end] not in table:
            continue  # "chronically", "acuteness"
        m = _paired_pattern().match(text, start)
        if m is None or m.end() != end:
            continue
        term = m.group()
        agree, contradict, opposite = table[term.lower()]
        if _paired_pattern().search(text, max(0, m.start() - 24), m.start()):
            continue  # "systolic or diastolic readings": the gloss is the pair's
        # The gloss may follow the adjective or the phrase it opens ("systolic blood pressure (the top number)").
        ends = [m.end()]
        for _ in range(2):
            more = PAIRED_MORE_WORDS.match(text, ends[-1])
            if not more or more.group().split()[0] in PAIRED_STOP_WORDS or more.group().split()[0] in table:
                break  # "benign or malignant (cancerous)": the gloss is the other word's
            ends.append(more.end())
        found = None
        for end in ends:
            spans = list(glosses(text, m.start(), end))
            if spans:
                found = spans[0]
                break
        if not found:
            continue
        g_start, g_end, how = found
        if how in ("is", "means") and not CLAUSE_OPENING_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "The main symptom of acute bronchitis is ...", "Lowering LDL is good": another subject
        if how != "before":
            # the gloss runs to the end of its phrase ("pain that comes on suddenly")
            stop = PAIRED_GLOSS_END.search(text, g_start, min(len(text), g_start + 200))
            g_end = stop.start() if stop else min(len(text), g_start + 200)
            words = [w.end() for w in WORD.finditer(text, g_start, g_end)][:IS_GLOSS_WORDS]
            g_end = words[-1] if words else g_end
        gloss = text[g_start:g_end]
        if _paired_pattern().search(gloss):
            continue  # both terms side by side
        agreeing = [a.span() for p in agree for a in p.finditer(gloss)
                    if not NEGATED_BEFORE.search(gloss, max(0, a.start() - 8), a.start())]
        saying = [(c.start(), c.end(), c.group()) for p in contradict for c in p.finditer(gloss)]
        # A match inside a longer one of the other list is part of it ("beats" in "between beats",
        # "cancerous" in "not cancerous").
        agreeing = [(a, b) for a, b in agreeing if not any(s <= a and b <= e and e - s > b - a for s, e, _ in saying)]
        saying = [x for x in saying if not any(a <= x[0] and x[1] <= b and b - a > x[1] - x[0] for a, b in agreeing)]
        if agreeing or not saying:
            continue
        said = min(saying)[2]
        right = _keep_case(term, opposite)
        yield Finding(
            rule=CONTRADICTED_TERM,
            span=(m.start(), m.end()),
            message=(f"\"{term}\" is the opposite of what the words beside it say (\"{said}\"): "
                     f"if that is meant, the term is \"{right}\""),
            suggestions=(right,),
        )


# -- stated relations: ligaments and tendons, arteries and veins, insulin and glucagon --
# Words a definition may put between a subject and its verb ("ligaments are tough bands of
# tissue that connect"); anything else ("insulin resistance raises") ends the reading.
RELATION_GAP = ("which|that|is|are|a|an|the|hormone|hormones|help|helps|to|work|works|tissue|tissues|band|bands|of|"
                "tough|strong|fibrous|flexible|cord|cords|vessel|vessels|blood|normally|also|can|made|thick|thin|"
                "elastic|stretchy|short|small|large|body's|your|main|cord-like|rope-like|band-like|connective|"
                "in|body|largest|biggest|thin-walled|thick-walled|other|procedure|test|scan|scans|technique|method|"
                "imaging|kind|tendon|tendons|muscle|muscles|forearm|thigh")
RELATION_EXCLUDED_BEFORE = re.compile(r"\b(?:coronary|pulmonary|umbilical|without|no|lack[ \t]+of|too[ \t]+little|"
                                      r"not[ \t]+enough|low|less|resistance[ \t]+to)[ \t]+$", re.I)
RELATION_OBJECT_WORDS = 8
CONTRAST = re.compile(r"\b(?:rather[ \t]+than|instead[ \t]+of|unlike|not|than|versus|vs)\b", re.I)


@lru_cache(maxsize=1)
def _relations() -> tuple[tuple[frozenset[str], re.Pattern, tuple[re.Pattern, ...], str, str], ...]:
    out = []
    for line in resources.lines("terminology/relations.tsv"):
        subjects, verbs, objects, right, truth = line.split("\t")
        forms = "|".join(re.escape(f) for f in sorted(subjects.split(","), key=len, reverse=True))
        verb = "|".join(r"[ \t]+".join(map(re.escape, v.split())) for v in sorted(verbs.split(","), key=len,
                                                                                  reverse=True))
        pattern = re.compile(r"(?<![\w-])(?:" + forms + r")(?![\w-])(?:[ \t]*\([^()\n]{0,60}\))?(?:[ \t]*[,(:])?(?:[ \t]*,?[ \t]*\(?(?:" + RELATION_GAP
                             + r")(?![\w-])){0,8}?[ \t]*,?[ \t]+(?P<verb>" + verb + r")\b(?P<object>[^.;:!?\n]{0,80})", re.I)
        plural = max(subjects.split(","), key=len)
        out.append((frozenset(f.split()[0].lower() for f in subjects.split(",")), pattern, tuple(_phrase_pattern(o) for o in objects.split(",")),
                    right, f"{plural} {truth}"))
    return tuple(out)


@lru_cache(maxsize=1)
def _relation_subjects() -> frozenset[str]:
    return frozenset(f.split()[0].lower() for line in resources.lines("terminology/relations.tsv")
                     for f in line.split("\t")[0].split(","))


def _relation_findings(text: str, lowered: str, words: frozenset[str]) -> Iterator[Finding]:
    for forms, pattern, objects, right, truth in _relations():
        if words.isdisjoint(forms):
            continue
        starts = set()
        for form in forms:
            at = lowered.find(form)
            while at != -1:
                starts.add(at)
                at = lowered.find(form, at + 1)
        for m in filter(None, (pattern.match(text, at) for at in sorted(starts))):
            if RELATION_EXCLUDED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            ends = [w.end() for w in WORD.finditer(text, m.start("object"), m.end("object"))][:RELATION_OBJECT_WORDS]
            if not ends:
                continue
            window = text[m.start("object"):ends[-1]].split(",")[0]
            if NEGATION.search(window) or CONTRAST.search(window):
                continue  # "strong magnets rather than X-rays"
            said = next((o.search(window) for o in objects if o.search(window)), None)
            if said is None or re.match(r"[ \t]*(?:muscle|itself|'s|’s)\b", window[said.end():]):
                continue  # "coronary arteries carry blood to the heart muscle"
            subject = WORD.match(text, m.start()).group()
            yield Finding(
                rule=CONTRADICTED_TERM,
                span=(m.start(), m.start() + len(subject)),
                message=(f"{truth[:1].upper() + truth[1:]}: what the sentence describes (\"{text[m.start('verb'):m.start('object') + said.end()]}\") "
                         f"is the work of {right}"),
                suggestions=(right,),
            )


# -- germs and anti-infectives called by a kind they are not --------------------------
# "bacteria called dermatophytes", "Demodex bacteria", "aciclovir, an antibiotic that ...",
# "antibiotics such as fluconazole": the name and the kind word side by side in a naming construction.
GERM_PRODUCT = r"(?:[ \t]+(?:medicines?|medications?|drugs?|creams?|tablets?|pills?|ointments?|treatments?|infections?))?"
GERM_NAMING = r"[ \t]*,?[ \t]+(?:(?:also[ \t]+)?(?:called|named|known[ \t]+as)|such[ \t]+as|like|including|e\.g\.,?)[ \t]+(?:the[ \t]+)?"
# "aciclovir (an antiviral", "aciclovir is an antibiotic"; after a comma only with an article ("aciclovir,
# an antibiotic that"): "like ibuprofen, corticosteroids" and "such as aspirin, and steroids" are lists.
GERM_IS = (r"(?:[ \t]*\((?:an?[ \t]+|the[ \t]+)?|(?P<comma>[ \t]*,[ \t]*)(?:an?|the)[ \t]+|[ \t]+(?:is|are|was|were)[ \t]+"
           r"(?:an?[ \t]+|the[ \t]+)?)(?:(?:type|kind|form|sort|group|class)[ \t]+of[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}?")
# After a kind word set off by a comma: the list goes on ("aspirin, a statin and altering your diet").
LIST_GOES_ON = re.compile(r"[ \t]+(?:and|or)\b|,?[ \t]+(?:and|or)[ \t]+(?:an?|the)[ \t]", re.I)
# Before a name set off by a comma: an article ("a baby aspirin, a statin, ...") makes it one of a list.
ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)[ \t]+(?:[A-Za-z-]+[ \t]+)?$", re.I)
GERMS = frozenset({"bacterium", "fungus", "virus", "mite"})
GERM_PLURALS = {"bacterium": "bacteria", "fungus": "fungi", "virus": "viruses", "young louse": "young lice"}
GERM_ADJECTIVE = {"bacterium": "bacterial", "fungus": "fungal", "virus": "viral"}
GERM_ADJECTIVES = frozenset(GERM_ADJECTIVE.values())


def _plural(kind: str) -> str:
    return GERM_PLURALS.get(kind, kind + "s")


def _singular(kind: str) -> str:
    # "an NSAID", "an H2 blocker": an initialism is read by its letters' names.
    vowel = kind[0] in "aeiou" or kind[:2].isupper() and kind[0] in "AEFHILMNORSX"
    return ("an " if vowel else "a ") + kind
# Another kind word just before ("bacteria and viruses such as ..."): the names after it may be any of the kinds.
GERM_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)[ \t]*$", re.I)


@lru_cache(maxsize=1)
def _germ_kinds() -> tuple[dict[str, str], dict[str, frozenset[str]], tuple[re.Pattern, ...]]:
    words: dict[str, str] = {}
    names: dict[str, frozenset[str]] = {}
    for line in resources.lines("terminology/germ_kinds.tsv"):
        row, what, forms = line.split("\t")
        for form in forms.split(","):
            if row == "kind":
                words[form.lower()] = what
            else:
                names[form.lower()] = frozenset(what.split(","))
    # The germs the Disease Ontology names as a disease's cause ("Borrelia burgdorferi"), of the kinds above.
    for line in resources.lines("terminology/disease_agents.tsv"):
        row, germ, what = line.split("\t")
        if row == "germ" and what in words.values() and germ.lower() not in names:
            names[germ.lower()] = frozenset({what})
    kind = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    name = _any_of(names)
    edge_name = r"(?P<name>(?<![\w-])(?:" + name + r")(?![\w-]))"
    edge_kind = r"(?P<kind>(?<![\w-])(?:" + kind + r")(?![\w-]))"
    patterns = (
        re.compile(edge_kind + GERM_PRODUCT + GERM_NAMING + edge_name, re.I),   # bacteria called dermatophytes
        re.compile(edge_name + r"[ \t]+" + edge_kind, re.I),                      # Demodex bacteria
        re.compile(edge_name + GERM_IS + edge_kind, re.I),                        # aciclovir, an antibiotic
        re.compile(edge_kind + GERM_PRODUCT + r"[ \t]*\([ \t]*" + edge_name + r"[ \t]*\)", re.I),  # antibiotics (aciclovir)
    )
    return words, names, patterns


@lru_cache(maxsize=1)
def _germ_first_words() -> frozenset[str]:
    words, names, _ = _germ_kinds()
    return frozenset(n.split()[0].rstrip(".") for n in names) | frozenset(n.split()[0] for n in names)


def _germ_matches(text: str, lowered: str, present: frozenset[str]) -> Iterator[tuple[re.Pattern, re.Match]]:
    """The naming constructions around each name the text holds: found by the names' first words
    (a scan of the whole text by every pattern's long alternation cost more than the check)."""
    _, names, patterns = _germ_kinds()
    starts = set()
    for name in names:
        first = name.split()[0]
        if first in present or first.rstrip(".") in present:
            at = lowered.find(first)
            while at != -1:
                starts.add(at)
                at = lowered.find(first, at + 1)
    for start in sorted(starts):
        for n, pattern in enumerate(patterns):
            if n in (1, 2):  # the name first
                m = pattern.match(text, start)
                if m:
                    yield pattern, m
            else:  # the kind word first
                for m in pattern.finditer(text, max(0, start - GERM_KIND_BEFORE), start + GERM_NAME_LONGEST):
                    if m.start("name") == start:
                        yield pattern, m


# How far before a name its kind word may start ("antibiotic medicines such as the ..."), and a name's longest length.
GERM_KIND_BEFORE = 120
GERM_NAME_LONGEST = 40


def _germ_findings(text: str, lowered: str, present: frozenset[str]) -> Iterator[Finding]:
    words, names, patterns = _germ_kinds()
    seen: set[int] = set()
    for pattern, m in _germ_matches(text, lowered, present):
        name, kind = m.group("name"), m.group("kind")
        said = words[kind.lower()]
        what = names[" ".join(name.lower().split())]
        between = text[min(m.end("name"), m.end("kind")):max(m.start("name"), m.start("kind"))]
        if said in what or m.start("kind") in seen or NEGATION.search(between) or CONTRAST.search(between):
            continue
        if "comma" in pattern.groupindex and m.group("comma") is not None \
                and ARTICLE_BEFORE.search(text, max(0, m.start("name") - 24), m.start("name")):
            continue  # "a baby aspirin, a statin to ...": a list of things, not a gloss
        if "comma" in pattern.groupindex and m.group("comma") is not None \
                and LIST_GOES_ON.match(text, m.end("kind")):
            continue  # "taking aspirin, a statin and ...", "aspirin, a statin, and a beta blocker"
        if (said in GERMS) != bool(what & GERMS):
            continue  # a medicine and the germs it fights: "acyclovir (to fight viral infections)"
        if m.start("kind") > m.start("name") and not between.strip() and kind[:1].isupper():
            continue  # a run-on list or a heading after the name: "... or E. Coli Viral infections such as"
        if m.start("kind") < m.start("name") and GERM_LIST_BEFORE.search(text, max(0, m.start("kind") - 6),
                                                                       m.start("kind")):
            continue  # "viruses and bacteria such as Salmonella": the names may be of either kind
        if m.start("kind") < m.start("name") and any(
                words.get(w.lower(), said) != said for w in WORD.findall(text[m.end("name"):m.end("name") + 40])[:4]):
            continue  # "bacteria such as staph and fungi": another kind follows
        seen.add(m.start("kind"))
        right = sorted(what)[0]
        plural_name = name.lower().endswith("s") and not name.lower().endswith(("us", "ss"))
        is_what = " and ".join(_plural(k) if plural_name else _singular(k) for k in sorted(what))
        written = kind.lower()
        wanted = GERM_ADJECTIVE.get(right, right) if written in GERM_ADJECTIVES else \
            _plural(right) if written.endswith("s") and not written.endswith("us") or written in ("bacteria", "fungi") or written.endswith("lice") \
            else right
        yield Finding(
            rule=CONTRADICTED_TERM,
            # The whole naming construction: either side may be the slip ("antacids such as omeprazole").
            span=(min(m.start("kind"), m.start("name")), max(m.end("kind"), m.end("name"))),
            message=f"\"{name}\" {'are' if plural_name else 'is'} {is_what}, not {_plural(said) if plural_name else _singular(said)}",
            suggestions=(_keep_case(kind, wanted),),
        )


# -- the kind of germ that causes a disease ------------------------------------
# "Lyme disease is caused by a virus", "Chickenpox is a highly contagious bacterial infection", "the virus
# that causes Lyme disease": the Disease Ontology files each infectious disease under the kind of germ
# that causes it (disease_agents.tsv, tools/build_disease_agents.py).
AGENT_FORMS = {"bacterium": ("bacterium", "bacteria", "bacterial"), "virus": ("virus", "viruses", "viral"),
               "fungus": ("fungus", "fungi", "fungal"), "parasite": ("parasite", "parasites", "parasitic")}
AGENT_WORD = {form: (kind, n) for kind, forms in AGENT_FORMS.items() for n, form in enumerate(forms)}
AGENT_PATTERN = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(AGENT_WORD, key=len, reverse=True)) + r")(?![\w-])",
                           re.I)
# Kinds a writer may fairly blur: microsporidia are fungi that textbooks call parasites.
AGENT_BLURRED = frozenset({frozenset({"parasite", "fungus"})})
# "<disease> is (mainly) caused by (a type of) <kind>"; "<disease>, which is caused by ...".
CAUSED_BY_BEFORE = re.compile(
    r"\bcaused[ \t]+by[ \t]+(?:(?:a|an|the|one|some|certain|specific|single|common|tiny|type|kind|form|group|family|"
    r"strain|species|of)[ \t]+){0,4}$", re.I)
# Words between a disease and "caused by": "Flu, which is mainly caused by".
SUBJECT_TAIL = frozenset("is are was were can may be been get gets got which that also mainly mostly usually often "
                         "always typically commonly generally normally actually really".split())
SUBJECT_CLAUSE = re.compile(r"[.;:!?()\[\]\n]")
# "<disease> is a (highly contagious) <kind> infection"; "<disease>, a <kind> infection".
IS_A_BEFORE = re.compile(
    r"(?P<subject>(?:[A-Za-z][\w'’-]*[ \t]+){0,3}[A-Za-z][\w'’-]*)(?:[ \t]+(?:is|are|was|were)|[ \t]*,)[ \t]+"
    r"(?:an?|the)[ \t]+(?P<between>(?:[a-z][\w-]*[ \t]+){0,3})$", re.I)
INFECTION_AFTER = re.compile(r"[ \t]+(?:infections?|diseases?|illness(?:es)?)\b", re.I)
# "the virus that causes Lyme disease".
CAUSES_AFTER = re.compile(r"[ \t]+(?:that|which)[ \t]+(?:causes|cause|caused)[ \t]+(?P<subject>(?:[A-Za-z][\w'’-]*"
                          r"(?:[ \t]+|$)){1,4})", re.I)
AGENT_BETWEEN_STOP = frozenset("not no and or but than like unlike of with to for from in on as such other".split())


@lru_cache(maxsize=1)
def disease_agents() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(lower-case disease name -> kind, acronym-like disease name -> kind, germ name -> kind)."""
    lower: dict[str, str] = {}
    exact: dict[str, str] = {}
    germs: dict[str, str] = {}
    for line in resources.lines("terminology/disease_agents.tsv"):
        row, name, kind = line.split("\t")
        if row == "germ":
            germs[name] = kind
        elif name == name.lower():
            lower[name] = kind
        else:
            exact[name] = kind
    return lower, exact, germs


def _disease_at_end(words: list[str]) -> tuple[str, str] | None:
    """The longest run of the last words that names a disease of one kind: (name as written, kind)."""
    for n in range(min(4, len(words)), 0, -1):
        kind = _disease_kind(words[-n:])
        if kind:
            return " ".join(words[-n:]), kind
    return None


def _disease_at_start(words: list[str]) -> tuple[str, str] | None:
    for n in range(min(4, len(words)), 0, -1):
        kind = _disease_kind(words[:n])
        if kind:
            return " ".join(words[:n]), kind
    return None


def _disease_kind(words: list[str]) -> str | None:
    lower, exact, _ = disease_agents()
    name = " ".join(words).replace("’", "'")
    return exact.get(name) or lower.get(name.lower())


def _disease_agent_findings(text: str, taken: list[tuple[int, int]]) -> Iterator[Finding]:
    for m in AGENT_PATTERN.finditer(text):
        said, form = AGENT_WORD[m.group().lower()]
        found = None
        window = max(0, m.start() - 140)
        before = None
        caused = CAUSED_BY_BEFORE.search(text, window, m.start())
        if caused is not None:
            start = max([window] + [c.end() for c in SUBJECT_CLAUSE.finditer(text, window, caused.start())])
            words = list(WORD.finditer(text, start, caused.start()))
            while words and words[-1].group().lower() in SUBJECT_TAIL:
                words.pop()
            found = _disease_at_end([w.group() for w in words])
            between = text[words[-1].end() if words else m.start():m.start()]
        elif form == 2 and INFECTION_AFTER.match(text, m.end()):
            before = IS_A_BEFORE.search(text, window, m.start())
            if before is not None and AGENT_BETWEEN_STOP.intersection(before.group("between").lower().split()):
                before = None
        if before is not None:
            found = _disease_at_end(WORD.findall(before.group("subject")))
            between = text[before.end("subject"):m.start()]
        elif caused is None:
            after = CAUSES_AFTER.match(text, m.end())
            if after is not None and form != 2:
                found = _disease_at_start(WORD.findall(after.group("subject")))
                between = text[m.end():after.start("subject")]
        if found is None or NEGATION.search(between) or CONTRAST.search(between):
            continue
        name, kind = found
        if kind == said or frozenset({kind, said}) in AGENT_BLURRED:
            continue
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue  # the germ's own name already says it ("a virus called Borrelia burgdorferi")
        wanted = AGENT_FORMS[kind][form]
        article = "an" if kind[0] in "aeiou" else "a"
        yield Finding(
            rule=CONTRADICTED_TERM,
            span=(m.start(), m.end()),
            message=f"\"{name}\" is caused by {article} {kind}, not {'an' if said[0] in 'aeiou' else 'a'} {said}",
            suggestions=(_keep_case(m.group(), wanted),),
        )


# -- fluids of the body and what makes them ------------------------------------
# "sebum is produced by the sweat glands", "bile, a fluid made by the pancreas", "the gallbladder makes
# bile" (body_substances.tsv). Only making verbs: bile is rightly "released from the gallbladder".
SUBSTANCE_MAKE = r"(?:produced|made|manufactured|created|generated)"
SUBSTANCE_AFTER = re.compile(
    r"(?:[ \t]*\([^()\n]{0,40}\))?(?:,[ \t]*|[ \t]+(?:is|are|was|were)[ \t]+|[ \t]+)"
    r"(?:(?:a|an|the|one|another)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:(?:that|which)[ \t]+(?:is|are)[ \t]+|that's[ \t]+)?"
    r"(?:(?:mainly|mostly|naturally|normally|usually|largely|chiefly|also|only)[ \t]+)?"
    + SUBSTANCE_MAKE + r"[ \t]+(?:(?:mainly|mostly|naturally|normally|only|chiefly|largely)[ \t]+)?(?:by|in)[ \t]+"
    r"(?:(?:the|your|our|their|its|tiny|small|special|two|many)[ \t]+){0,2}", re.I)
SUBSTANCE_MAKES = re.compile(
    r"[ \t]+(?:(?:also|mainly|normally|usually|actually|only)[ \t]+)?(?:makes?|produces?|manufactures?|making|producing)"
    r"(?:[ \t]+(?:a|an|the|most|some|all|of|your|its))*[ \t]+$", re.I)


# Where the maker is, between it and its verb: "the meibomian glands along the edges of your eyelids produce".
WHERE_BETWEEN = re.compile(r"[ \t]+(?:in|on|along|at|near|inside|under|around|behind|lining)[ \t]+"
                           r"(?:(?:the|your|each|of|a|an|[a-z]+)[ \t]+){0,6}?(?:the|your)?[ \t]*[a-z]+", re.I)


@lru_cache(maxsize=1)
def _substances() -> tuple[re.Pattern, dict[str, frozenset[str]], re.Pattern, dict[str, str], dict[str, str]]:
    """(substance pattern, substance -> maker ids, maker pattern, maker word -> id, maker id -> its name)."""
    makers: dict[str, str] = {}
    display: dict[str, str] = {}
    substances: dict[str, frozenset[str]] = {}
    for line in resources.lines("terminology/body_substances.tsv"):
        row, what, names = line.split("\t")
        for name in names.split(","):
            if row == "maker":
                makers[name.lower()] = what
                display.setdefault(what, name)
                if name.endswith("s") and what + "s" not in display:
                    display[what + "s"] = name  # the plural, for a plural said
            else:
                substances[name.lower()] = frozenset(what.split(","))

    def alternation(words) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + _any_of(words) + r")(?![\w-])", re.I)
    return alternation(substances), substances, alternation(makers), makers, display


def _substance_findings(text: str) -> Iterator[Finding]:
    substance_pattern, substances, maker_pattern, makers, display = _substances()
    for m in substance_pattern.finditer(text):
        right = substances[" ".join(m.group().lower().split())]
        said = None
        after = SUBSTANCE_AFTER.match(text, m.end(), min(len(text), m.end() + 120))
        if after is not None:
            maker = maker_pattern.match(text, after.end())
            if maker is not None:
                said = maker
        if said is None:
            window = max(0, m.start() - 80)
            before = SUBSTANCE_MAKES.search(text, window, m.start())
            if before is not None:
                found = [mm for mm in maker_pattern.finditer(text, window, before.start())
                         if mm.end() == before.start() or WHERE_BETWEEN.fullmatch(text, mm.end(), before.start())]
                said = found[-1] if found else None
        if said is None:
            continue
        between = text[min(m.end(), said.end()):max(m.start(), said.start())]
        if NEGATION.search(between) or CONTRAST.search(between):
            continue
        organ = makers[" ".join(said.group().lower().split())]
        if organ in right:
            continue
        plural = said.group().lower().endswith("s") and not said.group().lower().endswith(("testis", "pancreas"))
        names = [display.get(o + "s", display[o]) if plural else display[o] for o in sorted(right)]
        yield Finding(
            rule=CONTRADICTED_TERM,
            # The maker named after the fluid is the likely slip; before it ("the meibomian glands ... produce
            # the watery layer"), either side may be: the whole statement.
            span=(said.start(), said.end()) if said.start() > m.start() else (said.start(), m.end()),
            message=f"\"{m.group()}\" is made by the {' or the '.join(names)}, not the {said.group()}",
            suggestions=(_keep_case(said.group(), names[0]),),
        )


@lru_cache(maxsize=1)
def _substance_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _substances()[1])


# -- a part of the body glossed by the plain name of another --------------------
# "the top two chambers of the heart (the ventricles)", "the heel bone (the talus)" (anatomy_names.tsv).
ANATOMY_OF = r"(?:[ \t]+of[ \t]+(?:the|your)[ \t]+[a-z]+)?"
ANATOMY_BRACKET = r"[ \t]*\([ \t]*(?:(?:the|your|a|an)[ \t]+)?(?P<inner>{names})" + ANATOMY_OF + r"[ \t]*\)"


@lru_cache(maxsize=1)
def _anatomy() -> tuple[re.Pattern, dict[str, frozenset[str]], dict[str, bool], dict[str, str]]:
    """(outer name + bracketed name pattern, name -> parts, name -> is technical, part -> its first plain name)."""
    parts: dict[str, set[str]] = {}
    technical: dict[str, bool] = {}
    plain_of: dict[str, str] = {}
    technical_of: dict[str, str] = {}
    for line in resources.lines("terminology/anatomy_names.tsv"):
        part, techs, plains = line.split("\t")
        for name in techs.split(","):
            parts.setdefault(name, set()).add(part)
            technical[name] = True
        for name in plains.split(","):
            parts.setdefault(name, set()).add(part)
            technical.setdefault(name, False)
        plain_of[part] = plains.split(",")[0]
        technical_of[part] = techs.split(",")[0]
    names = _any_of(parts)
    pattern = re.compile(r"(?<![\w-])(?P<outer>" + names + r")" + ANATOMY_OF + ANATOMY_BRACKET.format(names=names),
                         re.I)
    return pattern, {n: frozenset(p) for n, p in parts.items()}, technical, {**plain_of, **{
        "technical:" + p: t for p, t in technical_of.items()}}


def _anatomy_findings(text: str) -> Iterator[Finding]:
    pattern, parts, technical, names_of = _anatomy()
    for m in pattern.finditer(text):
        outer, inner = (" ".join(m.group(g).lower().split()) for g in ("outer", "inner"))
        if parts[outer] & parts[inner] or technical[outer] == technical[inner]:
            continue
        # Report the technical name: "the heel bone (the talus)" reports "talus", which is the ankle bone.
        group = "inner" if technical[inner] else "outer"
        tech, plain = (inner, outer) if technical[inner] else (outer, inner)
        right = sorted(parts[plain])[0]
        wanted = names_of["technical:" + right]
        said_plain = names_of[sorted(parts[tech])[0]]
        yield Finding(
            rule=CONTRADICTED_TERM,
            span=(m.start(group), m.end(group)),
            message=f"\"{m.group(group)}\" names the {said_plain}, not the "
                    f"{' '.join(m.group('outer' if group == 'inner' else 'inner').split())} (the {wanted})",
            suggestions=(_keep_case(m.group(group), wanted),),
        )


@lru_cache(maxsize=1)
def _anatomy_words() -> frozenset[str]:
    return frozenset(w for name in _anatomy()[1] for w in name.split())


# -- a part of one limb in a sentence and an article about the other limb ------------
# "The rounded head of the femur fits into a cup on the shoulder blade", in an article that names
# only the shoulder and the arm: the femur is the thigh bone (limb_parts.tsv).
# A sentence ends at a full stop or a line end; a list's spaced dash or a table's percentage ends an item
# ("Short 5th metacarpal - Short fifth metatarsal", "Abnormality of the femur 50%").
LIMB_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n|[ \t]-[ \t]|\d%(?=\s)|\b\d+/\d+(?=\s)")
# A part set beside another in a list ("the femur, tibia and humerus") or compared with one ("unlike the
# femur"): the sentence may be about both limbs.
LIMB_LIST_BEFORE = re.compile(r"(?:,|\b(?:and|or|nor|to|from|versus|vs))[ \t]+(?:(?:the|a|an|your|their|its|his|her)"
                              r"[ \t]+)?(?:[A-Za-z-]+[ \t]+)?$", re.I)
LIMB_LIST_AFTER = re.compile(r"^(?:s)?(?:[ \t]*\([^()]*\))?(?:[ \t]+(?:and|or|nor|to|versus|vs)\b|,)", re.I)
LIMB_CONTRAST = re.compile(r"\b(?:unlike|like|than|both|similar|similarly|compared|comparison|as[ \t]+well[ \t]+as|"
                           r"whereas|either|neither|also|other|another|elsewhere|any|every|all)\b", re.I)
# The other limb is named this often in the article, and the part's own limb nowhere else.
LIMB_ARTICLE_MENTIONS = 3


@lru_cache(maxsize=1)
def _limb_parts() -> tuple[re.Pattern, dict[str, tuple[str, str, str]], frozenset[str]]:
    """(pattern of every name, name -> (kind, limb, counterpart), first words)."""
    names: dict[str, tuple[str, str, str]] = {}
    for line in resources.lines("terminology/limb_parts.tsv"):
        kind, limb, forms, counterpart = line.split("\t")
        for form in forms.split(","):
            names[form] = (kind, limb, counterpart)
    pattern = re.compile(r"(?<![\w-])(?:" + _any_of(names) + r")(?![\w-])", re.I)
    return pattern, names, frozenset(n.split()[0] for n, v in names.items() if v[0] == "part")


def _limb_findings(text: str) -> Iterator[Finding]:
    pattern, names, _ = _limb_parts()
    mentions = [(m.start(), m.end(), names[" ".join(m.group().lower().split())]) for m in pattern.finditer(text)]
    parts = [x for x in mentions if x[2][0] == "part"]
    if not parts:
        return
    by_limb: dict[str, int] = {}
    for _, _, (_, limb, _) in mentions:
        by_limb[limb] = by_limb.get(limb, 0) + 1
    for a, b, (_, limb, counterpart) in parts:
        start = max((m.end() for m in LIMB_SENTENCE_END.finditer(text, 0, a)), default=0)
        stop = LIMB_SENTENCE_END.search(text, b)
        end = stop.start() if stop else len(text)
        inside = [x for x in mentions if start <= x[0] and x[1] <= end and (x[0], x[1]) != (a, b)]
        own = [x for x in inside if x[2][1] == limb]
        other = [x for x in inside if x[2][1] != limb]
        if own or not other:
            continue
        # the article names the other limb often and the part's own limb nowhere but by this name
        if by_limb.get(other[0][2][1], 0) < LIMB_ARTICLE_MENTIONS or any(
                x[2][1] == limb and text[x[0]:x[1]].lower() != text[a:b].lower() for x in mentions):
            continue
        if LIMB_LIST_BEFORE.search(text, max(start, a - 40), a) or LIMB_LIST_AFTER.search(text[b:min(end, b + 80)]):
            continue
        if LIMB_CONTRAST.search(text, start, end):
            continue
        written = text[a:b]
        said = text[other[0][0]:other[0][1]]
        other_limb = other[0][2][1]
        yield Finding(
            rule=CONTRADICTED_TERM,
            span=(a, b),
            message=(f"\"{written}\" is part of the {limb}, but the sentence and the article are about the "
                     f"{other_limb} (\"{said}\")" + (f": the {other_limb}'s counterpart is the {counterpart}"
                                                    if counterpart != "-" else "")),
            suggestions=(counterpart,) if counterpart != "-" else (),
        )


@lru_cache(maxsize=1)
def _limb_part_names() -> tuple[str, ...]:
    return tuple(n for n, v in _limb_parts()[1].items() if v[0] == "part")


@lru_cache(maxsize=1)
def _limb_first_words() -> frozenset[str]:
    return _limb_parts()[2]


# -- a term of place set in the opposite place -------------------------------------
# "the lateral ligament on the inside of the knee", "the thenar muscles at the base of the little finger":
# the term, up to three more words of its noun phrase, perhaps a verb of lying or hurting, a preposition
# of place and the place (location_terms.tsv).
LOCATION_LINK = re.compile(
    r"(?P<phrase>(?:[ \t]+(?!(?:is|are|was|were|and|or|but|that|which|who|to|of|in|on|at|with|for|from|by|as|"
    r"than|can|may|will)\b)[A-Za-z][\w'’-]*){0,3})[ \t]*\)?(?:[ \t]*,)?"
    r"(?:[ \t]+(?:is|are|lies|lie|sits|sit|runs|run|found|located|attaches|attach|causes|cause|causing|"
    r"(?:is|are)[ \t]+(?:found|located)|pain|aches?|hurts?)){0,2}"
    r"[ \t]+(?:on|at|in|along|across|near|over|under)[ \t]+(?:the|your|its|their|his|her)[ \t]+", re.I)
LOCATION_WORDS = 8
# The place must name a part of the body ("the inside of the elbow", "the base of the thumb"): "lateral thinking
# in the inner city" gives no place of the body.
LOCATION_BODY = ("head neck chest abdomen belly spine eye eyes eyeball ear ears nose mouth jaw tongue heart lung lungs brain "
                 "skull hand hands arm arms body kidney kidneys liver stomach bowel pelvis tooth teeth skin face joint "
                 "joints bone bones muscle muscles tendon tendons ligament ligaments cartilage").split()
LOCATION_END = re.compile(r"[.;:!?()\[\]\n,]|\s+(?:and|or|but|while|whereas|unlike|than|which|that|where|when)\b", re.I)


@lru_cache(maxsize=1)
def _location_terms() -> dict[str, tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...], str]]:
    table = {}
    for line in resources.lines("terminology/location_terms.tsv"):
        term, agree, contradict, opposite = line.split("\t")
        table[term] = (tuple(_phrase_pattern(w) for w in agree.split(",")),
                       tuple(_phrase_pattern(w) for w in contradict.split(",")), opposite)
    return table


def _location_findings(text: str, lowered: str) -> Iterator[Finding]:
    table = _location_terms()
    for start, end in _words_holding(text, lowered, tuple(table)):
        term = text[start:end]
        if term.lower() not in table:
            continue  # "bilateral", "lateralised"
        agree, contradict, opposite = table[term.lower()]
        link = LOCATION_LINK.match(text, end)
        if not link:
            continue
        if any(w.lower() in table for w in WORD.findall(link.group("phrase"))):
            continue  # "medial and lateral ...": two terms, one place
        stop = LOCATION_END.search(text, link.end(), min(len(text), link.end() + 120))
        place_end = stop.start() if stop else min(len(text), link.end() + 120)
        words = [w.end() for w in WORD.finditer(text, link.end(), place_end)][:LOCATION_WORDS]
        if not words:
            continue
        place = text[link.end():words[-1]]
        if NEGATION.search(place) or any(p.search(place) for p in agree):
            continue
        if not _location_body().search(place):
            continue
        said = next((c.group() for p in contradict for c in p.finditer(place)), None)
        if said is None:
            continue
        right = _keep_case(term, opposite)
        yield Finding(
            rule=CONTRADICTED_TERM,
            span=(start, end),
            message=(f"\"{term}\" names the opposite place to the one the words after it give (\"{said}\"): "
                     f"if that place is meant, the term is \"{right}\""),
            suggestions=(right,),
        )


@lru_cache(maxsize=1)
def _location_body() -> re.Pattern:
    """Words of a part of the body: LOCATION_BODY and the arm's and leg's names of limb_parts.tsv."""
    return re.compile(r"(?<![\w-])(?:" + _any_of(set(LOCATION_BODY) | set(_limb_parts()[1])) + r")(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _location_first_words() -> frozenset[str]:
    return frozenset(_location_terms())


# -- a part placed inside another of its organ that does not hold it ----------------
# "Sound-sensing cells inside the inner ear sit in the eardrum": the eardrum is no part of the inner ear
# (anatomy_tree.tsv, the MeSH 2015 anatomy trees; tools/build_anatomy_tree.py). Two places of one clause,
# each after "in", "inside" or "within", that the tree puts side by side under one organ (the ear, the eye,
# the heart), neither holding the other; or a part written "in" another of its organ that does not hold it.
PLACE_OPENING = re.compile(r"\b(?:in|inside|within|into)[ \t]+(?:(?:the|your|each|its|their|his|her|a|an)[ \t]+)?"
                           r"(?:(?:tiny|small|thin|delicate|fluid-filled|bony)[ \t]+)?", re.I)
PLACE_NAME_CHARS = 60  # the longest name of a part read after a place's opening
# Between the two places: a mark or a word that may set them side by side, or a second clause.
PLACE_APART = re.compile(r"[,;:()\[\]]|\b(?:and|or|nor|from|to|toward|towards|through|than|unlike|versus|while|whereas|"
                         r"but|behind|beside|next|near|between|beyond|across|past|into|onto|out|outside|if|when|which|"
                         r"that|where|not|no|never)\b", re.I)
ORGAN_LEVELS = 2  # the places share a tree number this deep (A09.246, the ear)


@lru_cache(maxsize=1)
def _anatomy_tree():
    from lint.checks.misfit_terms import NameMatcher
    trees: dict[str, tuple[str, ...]] = {}
    names: dict[str, str] = {}
    shown: dict[str, str] = {}
    for line in resources.lines("terminology/anatomy_tree.tsv"):
        mesh_id, numbers, keys = line.split("\t")
        trees[mesh_id] = tuple(numbers.split(","))
        for key in keys.split(","):
            names[key] = mesh_id
        shown[mesh_id] = keys.split(",")[0]
    return trees, NameMatcher(names), shown


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    return any(i == o or i.startswith(o + ".") for o in outer for i in inner)


def _side_by_side(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two parts under one organ, neither holding the other."""
    if _holds(a, b) or _holds(b, a):
        return False
    return any(x.split(".")[:ORGAN_LEVELS] == y.split(".")[:ORGAN_LEVELS]
               and len(x.split(".")) > ORGAN_LEVELS and len(y.split(".")) > ORGAN_LEVELS for x in a for y in b)


def _place_findings(text: str) -> Iterator[Finding]:
    trees, matcher, _ = _anatomy_tree()
    placed = []  # parts named straight after "in the", "inside your" ...: (start, end, descriptor)
    for m in PLACE_OPENING.finditer(text):
        word = WORD.match(text, m.end())
        if word is None or word.group().lower().rstrip("s") not in _place_first_words():
            continue
        found = matcher.find(text[m.end():m.end() + PLACE_NAME_CHARS])
        if found and found[0][0] == 0 and found[0][2] in trees:
            placed.append((m.end() + found[0][0], m.end() + found[0][1], found[0][2]))
    for first, second in zip(placed, placed[1:]):
        if first[2] == second[2] or LIMB_SENTENCE_END.search(text, first[1], second[0]) \
                or PLACE_APART.search(text, first[1], second[0]):
            continue  # another sentence, or two places set side by side
        if not _side_by_side(trees[first[2]], trees[second[2]]):
            continue
        written, holder = text[second[0]:second[1]], text[first[0]:first[1]]
        yield Finding(
            rule=CONTRADICTED_TERM,
            span=(second[0], second[1]),
            message=(f"\"{written}\" is no part of the {holder}, where the sentence also places "
                     f"what it describes: one of the two names is likely wrong"),
        )


@lru_cache(maxsize=1)
def _place_first_words() -> frozenset[str]:
    """First words of the tree's names, as a word after "in the" is compared: lower case, one final s off."""
    return frozenset(w.rstrip("s") for w in _anatomy_tree()[1].first)
