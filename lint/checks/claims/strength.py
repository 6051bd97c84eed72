"""Claim strength, read from the predicate: what a sentence says happens to a
health outcome, and how strongly.

The scale is Yu et al.'s (2019): 0 no claim, 1 correlational ("is linked to"),
2 conditional causal ("may reduce"), 3 direct causal ("reduces", "causes",
"is effective in"). The subject can be anything: a claim's shape is its
predicate and the health outcome it acts on, not a listed treatment.

Only words are read (lower-cased tokens): no parse. A verb form counts as a
predicate where English allows a finite verb there: not after "to", an
article or a preposition ("to lower", "a reduced risk", "with increased
mortality"), and a bare base form only after a modal or a plural subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lint import resources
from lint.checks.claims.lexicon import (PhraseSet, intervention_words, names_condition, organ_words, outcome_words,
                                        phrases, third_person)
from lint.checks.spelling.word_class import only_adjective

NO_CLAIM, CORRELATIONAL, CONDITIONAL, DIRECT = 0, 1, 2, 3

BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "remains", "remain", "proved", "proves",
                "prove", "appears", "appear", "seems", "seem"})
HAVE = frozenset({"has", "have", "had", "having"})
MODALS = frozenset({"can", "will", "could", "may", "might", "would", "should", "must", "does", "do", "did", "cannot",
                    "to"})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                         "your", "my", "some", "any", "no", "every", "each", "more", "less", "most", "much", "many"})
PREPOSITIONS = frozenset({"of", "with", "for", "in", "on", "at", "by", "from", "into", "to", "about", "as", "than",
                          "among", "after", "before", "during", "without", "through", "over", "under", "per",
                          "and", "or", "nor", "versus", "vs", "between", "against", "like", "via", "toward",
                          "towards", "whose", "significantly", "statistically"})
# Words between a subject and its verb that leave the verb finite.
ADVERBS = frozenset({"very", "quite", "just", "also", "each", "really", "actually", "even", "further", "greatly", "significantly", "substantially",
                     "dramatically", "markedly", "naturally", "directly", "quickly", "effectively", "efficiently",
                     "not", "n't", "never", "only", "still", "all", "both", "often", "usually", "always",
                     "generally", "typically", "largely", "considerably", "sharply", "drastically", "indeed",
                     "independently", "strongly", "clearly", "rapidly", "permanently", "completely", "fully"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor", "cannot", "without", "none", "nothing",
                       "fail", "fails", "failed", "unlikely"})
NOT_PLURAL = frozenset({"is", "was", "has", "does", "its", "this", "thus", "always", "also", "as", "us", "yes",
                        "plus", "his", "hers", "ours", "yours", "theirs", "less", "across", "always", "whereas",
                        "perhaps", "various", "previous", "serious", "numerous", "famous", "nervous", "anxious",
                        "obvious", "dangerous", "status", "analysis", "diagnosis", "virus", "focus", "bonus",
                        "this", "thus", "physics", "news", "mumps", "measles", "diabetes", "rickets", "herpes",
                        "aids", "ms", "unless", "whereas"})
PLURAL_PRONOUNS = frozenset({"they", "these", "those", "we", "you", "i", "which", "who", "that", "people", "children",
                             "women", "men", "adults"})
# Where a clause ends: the predicate's object stops here, and hedges and
# negations before it govern only their own clause.
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", "but", "while", "although", "whereas", "because",
                           "which", "who", "whom", "when", "if", "unless", "since", "though", "so", "and", "\"",
                           "“", "”", " - "})
# A hyphen between two words joins them ("nurse-led clinics") and ends no
# clause; one with a space beside it is a dash, read as this token, which no
# tokenizer writes (claims._dashes).
SPACED_HYPHEN = " - "
OBJECT_STOPS = CLAUSE_BREAKS | frozenset({".", "!", "?", "that", "by", "after", "before", "as", "than", "according",
                                          "said", "says", "say", "through", "with", "for", "in", "to", "keeping",
                                          "giving", "making", "within", "without", "from", "on", "at", "among",
                                          "compared", "during"})
NON_ASSERTIVE = frozenset({"whether", "if", "unless", "until", "why", "whatever"})
OBJECT_WORDS = 10
HEALTH_IN_CLAUSE = True
ANY_OUTCOME = True
# Suffixes of disease and symptom names: a word with one is a health outcome.
HEALTH_SUFFIXES = ("itis", "osis", "oses", "emia", "aemia", "oma", "omas", "pathy", "algia", "plegia", "trophy",
                   "pnea", "pnoea", "uria", "ectomy", "cardia", "philia", "phobia", "rrhea", "rrhoea", "graphy",
                   "scopy", "therapy")
GENERAL_OUTCOMES = frozenset({
    "mortality", "death", "deaths", "dying", "die", "survival", "lifespan", "longevity", "outcomes", "outcome",
    "complications", "complication", "hospitalization", "hospitalisation", "hospitalizations", "readmission",
    "readmissions", "recurrence", "progression", "decline", "deterioration", "disability", "morbidity",
    "wellbeing", "well-being", "fitness", "bone", "bones", "lung", "lungs",
    "blindness", "deafness", "paralysis", "addiction", "suicide", "harm", "harms", "illnesses", "ailments",
    "symptom", "pressure", "glucose", "insulin", "cognition", "cognitive", "dementia", "autism",
    "obese", "overweight", "fracture", "pregnancy", "miscarriage", "stillbirth",
    "infertility", "virus", "viruses", "cases", "trauma", "bacteria", "transmission", "spread", "tumour", "lesions",
    "lives", "risk", "risks", "odds", "chance", "chances", "likelihood", "incidence", "prevalence",
    "rates", "rate", "levels", "level", "recovery", "expectancy", "damage", "stress", "problems",
    "effects", "efficacy", "treatment", "response", "resistance", "sensitivity", "burden",
})


# The particle of a phrasal predicate ("build up", "clear up"): with no object after it, a change is reported.
PARTICLES = frozenset({"up", "out", "off", "away", "down"})
INTRANSITIVE_PARTICLES = frozenset({"into", "onto", "away", "over", "around", "off", "through", "across", "along"})
# Adverbs of place and time without "-ly" after a verb that takes no object: "is
# decreasing nationwide", "are rising again" report a change, not an effect.
INTRANSITIVE_ADVERBS = frozenset({"nationwide", "worldwide", "everywhere", "again", "now", "today", "fast", "too",
                                  "here", "there", "overall", "globally", "locally"})
NOT_ADVERBS = frozenset({"likely", "unlikely", "early", "daily", "weekly", "monthly", "yearly", "family", "only",
                         "elderly", "rely", "apply", "supply", "reply", "ally", "fly", "belly", "jelly", "july"})


def is_adverb(word: str) -> bool:
    return word in ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS)


# "has a big impact on", "plays a key role in", "poses a risk to": a verb of
# having, a noun of effect and, within a few words, the outcome.
EFFECT_VERBS = frozenset({"has", "have", "had", "play", "plays", "played", "pose", "poses", "posed", "exert",
                          "exerts", "exerted", "offer", "offers", "offered", "provide", "provides", "provided"})
EFFECT_NOUNS = frozenset({"impact", "effect", "effects", "benefit", "benefits", "influence", "role", "part", "risk",
                          "threat", "danger", "protection"})
SHOWN = frozenset({"shown", "found", "proven", "proved", "known", "demonstrated", "able"})
# "is expected to prevent", "is set to cut": a prospect, a conditional claim.
# ("aims to suppress", "is designed to relieve" state a purpose, not a result,
# and are not here.)
PROSPECTS = frozenset({"expected", "likely", "set", "appears", "appear", "appeared", "seems", "seem", "seemed",
                       "unlikely", "predicted", "poised", "promises"})
# Adjectives that make a claim without "is" in headlines ("Drug X effective in
# treating Y") as well as with it.
ADJECTIVE_PREDICATES = frozenset({"effective", "ineffective", "beneficial", "futile", "successful", "harmful",
                                  "protective"})
# A headline's noun-phrase predicate after its subject or a colon ("X a cure
# for Y", "X: good for Y"); the words that cannot end a subject before it.
HEADLINE_LINKS = frozenset({"a", "an", "the", "good", ":"})
HEADLINE_HARMS = frozenset({"cause", "factor", "trigger", "risk"})
HEADLINE_NOT_BEFORE = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "with", "as", "by",
                                 "at", "from", "not", "no", "than", "is", "are", "be", "what", "how", "why", "whether",
                                 "about", "into", "like"})
HEADLINE_WORDS = 14
ADJECTIVE_LINKS = frozenset({"in", "for", "at", "against", "to", "than", "as", "among"})
# Words a subject never ends with: a base verb after one is not finite.
NOT_SUBJECT_ENDS = frozenset({"and", "or", "to", "not", "that", "which", "who", "than", "as", "also", "only", "but"})
CAUSE_NOUNS = frozenset({"cause", "causes", "culprit", "trigger", "triggers", "driver", "drivers", "contributor",
                         "source", "route", "cure", "treatment", "remedy"})
QUANTITIES = frozenset({"half", "thousands", "millions", "hundreds", "many", "more", "fewer", "less", "most",
                        "dozens", "tens", "one", "two", "three"})
OBJECT_DETERMINERS = frozenset({"patients", "people", "women", "men", "children", "both", "up"})
COMPARED = frozenset({"risk", "risks", "rate", "rates", "levels", "level", "odds", "chance", "chances", "than", "in",
                      "incidence", "mortality", "numbers", "prevalence", "scores", "likelihood"})
LESSENING = frozenset({"reduce", "lower", "decrease", "cut", "diminish", "halve", "minimise", "minimize",
                       "suppress", "curb", "lessen", "shorten"})
LOSSES = frozenset({"loss", "losses"})
# What a cause brings less of: "causes fewer side effects", "leads to reduced pain".
LESS_OF = frozenset({"fewer", "less"})
LESSENED = frozenset({"lower", "reduced", "diminished", "decreased", "lessened", "milder", "shorter"})
# Verbs of slowing or stopping: a benefit when what they slow is a disease
# ("slows bone loss"), a harm when it is a good outcome ("slows healing").
SLOWING = frozenset({"slow", "delay", "impair", "hinder", "stop", "prevent", "block", "inhibit"})
# Verbs that stop something: said of an organ ("blocks the ear"), not of a
# symptom ("blocks pain"), they harm it.
BLOCKING = frozenset({"block", "stop", "inhibit", "impair", "hinder", "suppress", "narrow", "clog", "obstruct"})


def _is_organ(word: str) -> bool:
    organs = organ_words()
    return word in organs or word[-1:] == "s" and word[:-1] in organs


def _organ_object(words: list[str], start: int, end: int) -> bool:
    """Is an organ the head of the object ("damages your retina", "causes
    perforated eardrums", "blocks the ear and ..."), not a word that
    qualifies another noun ("the amount of healthy breast tissue", "the years
    the breast tissue is exposed")? The organ ends the object's first noun
    phrase: what follows it, if anything, is a preposition, a conjunction,
    punctuation or an adverb."""
    for k in range(start, end):
        if _is_organ(words[k]):
            after = words[k + 1] if k + 1 < len(words) else "."
            return (not after[:1].isalpha() or after in PREPOSITIONS or after in CLAUSE_BREAKS
                    or after in OBJECT_STOPS or is_adverb(after))
    return False


# Where in an organ a part lies: "the flap at the top of the windpipe",
# "the pad on the inside of the knee", "the lining of the stomach".
POSITIONS = frozenset({"bottom", "top", "base", "back", "front", "end", "entrance", "exit", "side", "tip", "root",
                       "neck", "opening", "floor", "roof", "wall", "walls", "lining", "surface", "inside",
                       "outside", "centre", "center", "middle"})
PLACE_LINKS = frozenset({"at", "on", "in", "inside", "around", "near"})


def _placed_in_organ(words: list[str], k: int) -> bool:
    """Does the object go on, at ``k``, to place itself in an organ ("the
    flap at the top of the windpipe", "the tissue in the lining of the
    womb")? A place word after "at"/"on"/"in" and "the", then "of" and the organ."""
    if words[k] not in PLACE_LINKS or words[k + 1:k + 2] not in (["the"], ["its"], ["your"]):
        return False
    if k + 3 >= len(words) or words[k + 2] not in POSITIONS or words[k + 3] != "of":
        return False
    return _organ_object(words, k + 4, min(len(words), k + 8))


def _only_organs(words: list[str]) -> bool:
    """Is an object an organ ("the ear", "your arteries"), not a condition,
    a symptom or what happens to an organ ("the muscle loss")? Its head, the
    last word before any adverb, names the organ, and no other health word
    stands in it."""
    words = [w for w in words if w.isalpha()]
    while words and is_adverb(words[-1]):
        words.pop()
    return bool(words) and _is_organ(words[-1]) and not any(is_health_word(w) for w in words)
# Nouns of change: the object of "leads to", "results in" is the change, and
# its outcome follows "in" ("a sharp fall in deaths"); a fall is a benefit
# unless the outcome is a good one ("a fall in survival").
CHANGE_NOUNS = {"reduction": "down", "reductions": "down", "decrease": "down", "decreases": "down", "drop": "down",
                "drops": "down", "fall": "down", "falls": "down", "decline": "down", "declines": "down",
                "increase": "up", "increases": "up", "rise": "up", "rises": "up", "surge": "up", "jump": "up",
                "spike": "up", "improvement": "better", "improvements": "better"}
# -ly adverbs that qualify, time or frequency a claim rather than inflate it.
NOT_BOOSTERS = frozenset({"typically", "usually", "often", "generally", "also", "only", "significantly", "partly",
                          "slightly", "mildly", "modestly", "largely", "independently", "statistically", "recently",
                          "previously", "currently", "initially", "eventually", "ultimately", "normally",
                          "commonly", "frequently", "occasionally", "sometimes", "rarely", "gradually", "mainly",
                          "mostly", "primarily", "particularly", "especially", "really", "actually", "further",
                          "newly", "reportedly", "apparently", "similarly", "likewise", "additionally", "reliably",
                          "consistently", "routinely", "already", "directly", "indirectly", "substantially",
                          "markedly", "moderately", "somewhat", "relatively", "potentially", "possibly", "probably",
                          "clinically", "safely", "naturally", "still", "daily", "early", "temporarily",
                          "briefly", "partially", "transiently"})
# What follows "affects" when it says how common a condition is ("affects about 1 in 20 adults").
PREVALENCE_STARTS = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "over", "some",
                               "more", "up", "an", "millions", "thousands", "hundreds", "half", "many",
                               "most", "as", "between", "fewer", "less", "at"})
# "helps reduce", "can help cut": the verb after help is a predicate (the hedge is help's).
HELP = frozenset({"help", "helps"})
PERSON_OBJECTS = frozenset({"you", "them", "him", "her", "us", "me", "people", "patients"})
BOOSTING = frozenset({"boost", "improve", "promote", "enhance", "stimulate", "strengthen", "restore"})
RISK_VERBS = frozenset({"pose", "poses", "posed"})


@dataclass(slots=True)
class Claim:
    strength: int
    start: int  # first token of the predicate, sentence-relative
    end: int  # one past the object's last token
    kind: str  # benefit or harm
    negated: bool
    subject: tuple[str, ...]  # the clause's words before the predicate
    base: str  # the predicate's base form, for messages
    booster: int | None = None  # token index of an intensifying adverb right before it
    past: bool = False  # "reduced", "has lowered", "was effective": a report of what happened
    possible: bool = False  # "can lower": direct on Yu et al.'s scale, what is possible in consumer health text
    descriptive: bool = False  # a relative clause, or what a condition does: description, not a claim to source
    # Read for strength but not reported: the outcome is named outside the
    # object ("improves follow-up visits for severe burns"), or the claim
    # is a participle clause (", reducing the risk of stroke") that follows one.
    indirect: bool = False
    # The noun a ", which ..." clause is about ("stem cells, which regenerate ..."): cells.
    antecedent: str | None = None
    # "thins the skin permanently", "completely destroys": the effect is said
    # to be total or to last for ever (claims/boosters.txt, LASTING).
    overstated: bool = False
    # A participle clause (", reducing the risk of stroke") after a main clause.
    participle: bool = False
    # Said in a relative clause ("a drug that lowers ..."): a description.
    relative: bool = False
    # A present perfect ("has reduced deaths"): past, but a result said to hold now.
    perfect: bool = False
    # "Ginger helps settle nausea": "helps" with no modal before it, read as
    # direct; reported only when the subject is a treatment (claims/__init__).
    helped: bool = False
    # Said of some cases only: "sometimes causes", "in a small number of
    # people, X causes" (QUALIFIERS): what happens, like "can", not a rule.
    qualified: bool = False
    # A cause stated in an article's own voice, whatever its subject (set by claims/__init__).
    stated_cause: bool = False


@lru_cache(maxsize=1)
def predicates() -> tuple[PhraseSet, dict[tuple[str, ...], tuple[str, str, str]]]:
    """Every form of every predicate -> (base, kind, form: base/3sg/past)."""
    forms: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for line in resources.lines("claims/predicates.tsv"):
        base, kind, *irregular = line.split("\t")
        words = base.split()
        head, rest = words[0], words[1:]
        past = irregular[0].split() if irregular else [_past(head), *rest]
        participle = irregular[1].split() if len(irregular) > 1 else past
        if words == ["put", "at", "risk"]:
            rest = []  # "puts patients at risk": the object sits inside
            past = participle = ["put"]
        forms[(head, *rest)] = (base, kind, "base")
        forms[(third_person(head), *rest)] = (base, kind, "3sg")
        forms.setdefault(tuple(past), (base, kind, "past"))
        forms.setdefault(tuple(participle), (base, kind, "past"))
        forms.setdefault((_ing(head), *rest), (base, kind, "ing"))
    for form, entry in SLANG_FORMS.items():
        forms.setdefault(form, entry)
    return PhraseSet(" ".join(p) for p in forms), forms


# Headline verbs with no regular paradigm of ours: "X ups the risk of Y".
SLANG_FORMS = {("ups",): ("up", "effect", "3sg"), ("upped",): ("up", "effect", "past")}


def _ing(verb: str) -> str:
    """ "cause" -> "causing", "cut" -> "cutting", "lower" -> "lowering"."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if (len(verb) <= 4 and len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou"
            and verb[-3] not in "aeiou"):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


NEUTRAL = frozenset({"affect", "influence", "impact", "alter", "change", "determine", "produce", "generate",
                     "yield", "drive"})


@lru_cache(maxsize=1)
def _past_forms() -> frozenset[str]:
    forms = predicates()[1]
    return frozenset(p[0] for p, (_b, _k, form) in forms.items() if form == "past")


class _PastForms:
    def __contains__(self, word: str) -> bool:
        return word in _past_forms()


PAST_FORMS = _PastForms()


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """Words of which a claim holds at least one (a verb form, or the noun or
    adjective of a copular predicate): a sentence with none has no claim, and
    is not read word by word."""
    copular = {w for options in phrases("copular_predicates").by_first.values() for p in options for w in p}
    # Only the words a copular claim cannot do without: "effective" in "more
    # effective than", "factor" in "a risk factor for".
    copular -= {"a", "an", "the", "for", "of", "in", "to", "at", "against", "and", "most", "common", "main",
                "major", "leading", "best", "as", "more", "less", "cost", "-", "safe", "risk"}
    return (frozenset(predicates()[0].by_first) | frozenset(copular) | CAUSE_NOUNS | ADJECTIVE_PREDICATES
            | EFFECT_NOUNS | MADE_HARMS | {"worse"} | GIVES | LEAVES)  # "makes acne worse", "gives you flu"


def is_health_word(word: str) -> bool:
    outcomes = outcome_words()
    return word in outcomes or word in GENERAL_OUTCOMES or (len(word) > 5 and word.endswith(HEALTH_SUFFIXES)) or (
        len(word) > 4 and word[-1] == "s" and (word[:-1] in outcomes  # "cancers", "infections"
                                              or word.endswith("es") and word[:-2] in outcomes))  # "abscesses"


def names_health(words: list[str]) -> bool:
    """Does any of these words, or a condition's name of several ("hot
    flashes", "heart attack"), name a health outcome?"""
    return any(is_health_word(w) for w in words) or names_condition(words)


def claims(words: list[str]) -> list[Claim]:
    """The claims a sentence makes, strongest reading of each predicate."""
    if "t" in words:
        words = _restore_apostrophes(words)
    preds, forms = predicates()
    copular = phrases("copular_predicates")
    hedges = phrases("hedges")
    found: list[Claim] = []
    n = len(words)
    # A headline: short, with no full stop, no "is" and no verb of ours.
    headline = (n <= HEADLINE_WORDS and words[-1] not in (".", "?", "!") and BE.isdisjoint(words))
    i = 0
    while i < n:
        word = words[i]
        phrase = preds.match_at(words, i) if word in preds.by_first else None
        if phrase:
            base, kind, form = forms[phrase]
            end = i + len(phrase)
            if base == "put at risk":
                end = _put_at_risk(words, i)
                if end is None:
                    i += 1
                    continue
            if _is_finite(words, i, form, phrase, headline) and (found or form == "3sg" or not _after_coordination(words, i)):
                claim = _claim(words, i, end, base, kind, hedges)
                if claim and found and _after_coordination(words, i) and found[-1].past:
                    claim.past = True  # "halved the risk and cut deaths": the tense is shared
                if claim and found and _coordinated(words, found[-1], i):
                    _share_subject(claim, found[-1])
                if claim:
                    found.append(claim)
                    i = claim.end
                    continue
            i += len(phrase) if end > i + 1 else 1
            continue
        if word in KEEP:
            claim = _kept_away(words, i, hedges)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        if word in BE and i + 1 < n:
            k = i + 1
            while k < n and is_adverb(words[k]):
                k += 1
            if words[k:k + 2] == ["one", "of"]:
                k += 2  # "is one of the best treatments for": one of a ranked few, as "the best treatment for"
            phrase = copular.match_at(words, k) if k < n and words[k] in copular.by_first else None
            if phrase:
                base = " ".join(phrase)
                kind = "harm" if any(w in ("cause", "causes", "bad", "harmful", "toxic", "dangerous", "detrimental",
                                           "responsible", "due", "risk", "trigger", "terrible", "awful")
                                     for w in phrase) else "benefit"
                claim = _claim(words, i, k + len(phrase), base, kind, hedges, copular=True)
                if claim:
                    found.append(claim)
                    i = claim.end
                    continue
        if (word in HEADLINE_LINKS and i and headline and (words[i - 1] == ":" or (
                words[i - 1].isalpha() and words[i - 1] not in HEADLINE_NOT_BEFORE and words[i - 1] not in BE))):
            # A headline drops "is": "Acupuncture a cure for back pain",
            # "Fish oil: good for your heart".
            k = i + 1 if word == ":" else i
            phrase = copular.match_at(words, k) if k < n and words[k] in copular.by_first else None
            # Benefits only: "Brain cancer now the leading cause of deaths" ranks a harm.
            if phrase and phrase[0] in ("a", "an", "the", "good") and HEADLINE_HARMS.isdisjoint(phrase):
                base = " ".join(phrase)
                claim = _claim(words, k, k + len(phrase), base, "benefit", hedges, copular=True)
                if claim:
                    found.append(claim)
                    i = claim.end
                    continue
        if (word == "due" and headline and words[i + 1:i + 2] == ["to"] and i and words[i - 1].isalpha()
                and words[i - 1] not in HEADLINE_NOT_BEFORE):
            # A headline drops "is" before a cause too: "Fall in childhood asthma due to cleaner buses".
            subject_change = next((CHANGE_NOUNS[w] for w in words[:i] if w in CHANGE_NOUNS), None)
            claim = _claim(words, i, i + 2, "due to", "benefit" if subject_change in ("down", "better") else "harm",
                           hedges, copular=True)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        if word in ADJECTIVE_PREDICATES and i + 1 < n and words[i + 1] in ADJECTIVE_LINKS and not (
                i and (words[i - 1] in DETERMINERS or words[i - 1] in ("most", "more", "less"))):
            claim = _claim(words, i, i + 2, word + " " + words[i + 1],
                           "harm" if word in ("harmful", "worse", "inferior") else "benefit", hedges, copular=True)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        if word in BE:
            claim = _cause_noun(words, i, hedges)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        if word in MAKES:
            claim = _made_worse(words, i, hedges)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        if word in GIVES or word in LEAVES:
            claim = _given(words, i, hedges)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        if word in BE and i >= 3:
            claim = _inverted_cause(words, i, hedges)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        if word in EFFECT_VERBS:
            claim = _effect_phrase(words, i, hedges)
            if claim:
                found.append(claim)
                i = claim.end
                continue
        i += 1
    return found


# Negated auxiliaries whose apostrophe was stripped ("doesn t cure"), as
# scraped text has them: read as the auxiliary and "n't".
STRIPPED_NEGATIONS = {"don": "do", "doesn": "does", "didn": "did", "won": "will", "isn": "is", "aren": "are",
                      "wasn": "was", "weren": "were", "couldn": "could", "wouldn": "would", "shouldn": "should",
                      "hasn": "has", "haven": "have", "hadn": "had"}


def _restore_apostrophes(words: list[str]) -> list[str]:
    out = list(words)
    for j in range(1, len(out)):
        if out[j] == "t" and out[j - 1] in STRIPPED_NEGATIONS:
            out[j - 1], out[j] = STRIPPED_NEGATIONS[out[j - 1]], "n't"
    return out


KEEP = frozenset({"keep", "keeps", "kept", "keeping"})


def _kept_away(words, i, hedges) -> Claim | None:
    """ "keeps the flu away", "kept migraines at bay": the object sits inside."""
    if not _is_finite(words, i, "past" if words[i] == "kept" else "ing" if words[i] == "keeping" else
                      "3sg" if words[i] == "keeps" else "base", (words[i],)) and not (
            words[i] == "kept" and i and words[i - 1] not in DETERMINERS):
        return None
    for j in range(i + 2, min(len(words), i + 7)):
        if words[j] == "away" or (words[j] == "at" and words[j + 1:j + 2] == ["bay"]):
            if not names_health(words[i + 1:j]) and _pathogens().isdisjoint(words[i + 1:j]):
                return None  # "keeps the flu away", "keeps ticks away"
            return _claim(words, i, j + (1 if words[j] == "away" else 2), "keep away", "benefit", hedges,
                          copular=True)
        if words[j] in OBJECT_STOPS or words[j] in (".", "!", "?"):
            return None
    return None


def _cause_noun(words, i, hedges) -> Claim | None:
    """ "is the most common cause of", "is a main route of", "is often the culprit for"."""
    for j in range(i + 1, min(len(words), i + 6)):
        w = words[j]
        if w == "about":
            return None  # "This summary is about the treatment of ...": a topic, not a claim
        if w in CAUSE_NOUNS and j + 1 < len(words) and words[j + 1] in ("of", "for", "to"):
            kind = "benefit" if w in ("cure", "treatment", "remedy") else "harm"
            return _claim(words, i, j + 2, w + " " + words[j + 1], kind, hedges, copular=True)
        if w in OBJECT_STOPS or w in (".", "!"):
            return None
    return None


MAKES = frozenset({"make", "makes", "made", "making"})
WORSE_BETTER = {"worse": "harm", "better": "benefit"}
# What something is said to make a person: "makes you fat", "makes children sick".
MADE_HARMS = frozenset({"fat", "fatter", "sick", "ill", "obese", "depressed", "anxious", "tired", "bloated",
                        "infertile", "gain", "diabetic", "unwell", "dizzy", "drowsy"})
# "The commonest cause of X is Y", "The main triggers of X are Y": the cause named after the verb.
INVERTED_CAUSES = frozenset({"cause", "causes", "trigger", "triggers", "culprit", "culprits", "driver", "drivers"})
# What a cause can be said to be without naming one: "The cause of X is unknown".
UNNAMED = frozenset({"unknown", "unclear", "not", "n't", "still", "often", "usually", "uncertain", "complex",
                     "poorly", "rarely", "sometimes", "hard", "difficult", "mystery", "that", "what", "being",
                     "under", "likely", "thought", "believed", "probably", "possibly", "in", "to"})


def _after_plural_relative(words: list[str], k: int) -> bool:
    """Does a plural subject with a short "who" clause end at k ("people who
    smoke", "women who smoke during pregnancy")?"""
    for j in range(k - 1, max(0, k - 4), -1):
        if words[j] in CLAUSE_BREAKS and words[j] != "who" or words[j] in MODALS or words[j] in BE:
            return False
        if words[j] == "who":
            subject = words[j - 1]
            return j + 1 < k + 1 and (subject in PLURAL_PRONOUNS and subject not in ("which", "who", "that") or (
                subject.endswith("s") and len(subject) > 3 and subject not in NOT_PLURAL))
    return False


# Past participles that do not end in "-ed", for participle phrases after a
# subject ("pills taken daily", "creams sold online").
IRREGULAR_PARTICIPLES = frozenset({"taken", "given", "eaten", "worn", "left", "kept", "made", "held", "put", "sold",
                                   "bought", "drunk", "grown", "brought", "found", "fed", "done", "shown", "known",
                                   "written", "spread", "set", "led"})
# How far back from a base verb a participle phrase may start, and how far its
# plural head may stand from the clause's start.
PARTICIPLE_PHRASE_WORDS = 8
PARTICIPLE_HEAD_WORDS = 3


def _plural_noun(word: str) -> bool:
    return (word.endswith("s") and len(word) > 3 and word.isalpha() and word not in NOT_PLURAL
            and not word.endswith(("ss", "is", "us")) and word not in predicates()[0].by_first)


def _participle(word: str) -> bool:
    """ "used", "applied", "taken": a past participle ("need", "seed", "bleed" are not)."""
    return word in IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 3 and not word.endswith("eed"))


def _noun_phrase_end(word: str) -> bool:
    """Can a noun phrase end with ``word`` ("honey", "a month"; not "your
    two", "the", "of")?"""
    return (word.isalpha() and word not in DETERMINERS and word not in QUANTITIES and word not in PREPOSITIONS
            and word not in CLAUSE_BREAKS)


# Heads that measure something in the body ("high levels of cholesterol",
# "low numbers of platelets"): what they do is physiology, not a claim about
# something taken or done (a portion of something is: "drops of", "cups of").
MEASURE_HEADS = COMPARED | frozenset({"amounts", "concentrations", "quantities", "counts", "stores", "deposits"})


def _after_reduced_relative(words: list[str], k: int) -> bool:
    """Does a short plural subject with a participle phrase end at k, as the
    subject of the base verb after it ("hair dyes used more than once a
    month cause", "creams applied too often thin the skin")? The phrase
    ends in a word that can end a noun phrase; the participle
    follows the plural head straight away, the head stands near the clause's
    start, and nothing between the participle and the verb is a verb of ours,
    a modal, "be", "have" or a clause break."""
    if k < 1 or not _noun_phrase_end(words[k]):
        return False
    for j in range(k, max(0, k - PARTICIPLE_PHRASE_WORDS), -1):
        w = words[j]
        if w in CLAUSE_BREAKS or w in MODALS or w in BE or w in HAVE or w in (".", "!", "?", "that", "which", "who"):
            return False
        if j < k and _participle(w) and _plural_noun(words[j - 1]):
            start = _clause_start(words, j - 1)
            return j - 1 - start <= PARTICIPLE_HEAD_WORDS and j - 1 >= start
        if w in predicates()[0].by_first and j < k:
            return False
    return False


# How far back from a base verb an "of" phrase after a plural head may start:
# "spoonfuls of manuka honey clear", "two cups of strong black coffee raise".
OF_PHRASE_WORDS = 4


def _after_plural_of_phrase(words: list[str], k: int) -> bool:
    """Does a plural noun with a short "of" phrase end at k, as the subject of
    the base verb after it ("a few drops of tea tree oil clear", "high levels
    of vitamin D protect")? The words after "of" are a noun phrase (no verb
    of ours, modal, "be", clause break or preposition), and the head before
    "of" is a plural noun that opens the clause or follows a determiner or a
    quantity, and measures nothing in the body (MEASURE_HEADS)."""
    if k < 2 or not _noun_phrase_end(words[k]):
        return False
    for j in range(k, max(-1, k - OF_PHRASE_WORDS - 1), -1):
        w = words[j]
        if w == "of":
            break
        if (not w.isalpha() or w in CLAUSE_BREAKS or w in MODALS or w in BE or w in HAVE
                or (w in PREPOSITIONS and w not in ("and",)) or w in predicates()[0].by_first):
            return False
    else:
        return False
    if j == k or j < 1:
        return False
    head = words[j - 1]
    if not _plural_noun(head) or head in MEASURE_HEADS:
        return False
    before = words[j - 2] if j >= 2 else ""
    return (not before or before in DETERMINERS or before in QUANTITIES or before in ("few", "high", "low")
            or not before.isalpha() or before in CLAUSE_BREAKS or before[:1].isdigit())


# Words that open an aside naming or describing the noun before it: ", called
# ACE inhibitors,", ", known as hyponatremia,", ", the most used test,".
ASIDE_OPENERS = frozenset({"called", "known", "also", "a", "an", "the", "which", "who", "including", "such",
                           "especially", "particularly", "often", "commonly", "sometimes"})
ASIDE_WORDS = 16


def _after_plural_aside(words: list[str], k: int) -> bool:
    """Does a comma at k close an aside ("X, called Y," "X, the most used
    test,") after a subject that names a plural noun, so that the base verb
    after it is the subject's ("Measurements of the antigen, the most used
    test, improve the accuracy")? The asides are read back from k; the
    subject before them must open the sentence or follow no other clause, and
    hold a plural noun: an imperative after a comma ("After surgery, rest,
    drink fluids") has no aside before it."""
    j = k
    opened = False
    while True:
        start = next((m for m in range(j - 1, max(-1, j - ASIDE_WORDS), -1)
                      if words[m] in CLAUSE_BREAKS or words[m] in (".", "!", "?")), None)
        if start is None or words[start] != "," or start + 1 >= j or words[start + 1] not in ASIDE_OPENERS:
            break
        opened, j = True, start
    if not opened:
        return False
    head = _clause_start(words, j)
    subject = words[head:j]
    return 0 < len(subject) <= ASIDE_WORDS and any(
        (w.endswith("s") and len(w) > 3 and w not in NOT_PLURAL and not w.endswith("ss")) or w in PLURAL_PRONOUNS
        for w in subject) and MODALS.isdisjoint(subject) and BE.isdisjoint(subject)


def _made_worse(words, i, hedges) -> Claim | None:
    """ "Stress makes psoriasis worse", "heat makes the itch better": the object sits inside."""
    form = "past" if words[i] == "made" else "ing" if words[i] == "making" else "3sg" if words[i] == "makes" else "base"
    if not _is_finite(words, i, form, (words[i],)):
        return None
    if i + 2 < len(words) and words[i + 1] in RECIPIENTS and words[i + 2] in MADE_HARMS:
        # "Carbs make you fat", "late meals make you gain weight": a harm done to the reader or to people.
        return _claim(words, i, i + 3, "make " + words[i + 2], "harm", hedges, copular=True)
    for j in range(i + 2, min(len(words), i + 7)):
        if words[j] in WORSE_BETTER:
            if not names_health(words[i + 1:j]):
                return None
            return _claim(words, i, j + 1, "make " + words[j], WORSE_BETTER[words[j]], hedges, copular=True)
        if words[j] in OBJECT_STOPS or words[j] in (".", "!", "?"):
            return None
    return None


GIVES = frozenset({"give", "gives", "gave", "giving"})
LEAVES = frozenset({"leave", "leaves", "left", "leaving"})
# Who a harm is given to or left with: "gives you diabetes", "will give your child
# heart problems", "leaves children with scars".
RECIPIENTS = PERSON_OBJECTS | frozenset({"men", "women", "children", "kids", "babies", "adults", "teens", "teenagers"})
RECIPIENT_NOUNS = frozenset({"child", "children", "baby", "babies", "kids", "kid", "son", "daughter", "family",
                             "partner", "body", "skin", "teeth", "eyes", "heart", "lungs", "liver", "brain"})
LASTING_ADJECTIVES = frozenset({"permanent", "lasting", "lifelong", "life-long", "irreversible", "irreparable"})


def _given(words, i, hedges) -> Claim | None:
    """ "Sugar gives you diabetes", "energy drinks will give your child heart
    problems", "scratching will leave lasting scars", "a heavy bag leaves your
    child with a curved spine": a harm given to a person, or left with them or
    for ever. What is given may be good ("gives you energy", "gives you
    relief"): a benefit then."""
    form = ("past" if words[i] in ("gave", "left") else "ing" if words[i].endswith("ing")
            else "3sg" if words[i].endswith("s") else "base")
    if not _is_finite(words, i, form, (words[i],)):
        return None
    k = i + 1
    if k < len(words) and words[k] in ("your", "their", "his", "her", "our", "a", "the") and k + 1 < len(words) and (
            words[k + 1] in RECIPIENT_NOUNS):
        k += 2  # "your child"
    elif k < len(words) and words[k] in RECIPIENTS:
        k += 1
    elif words[i] in LEAVES and k < len(words) and words[k] in LASTING_ADJECTIVES:
        pass  # "will leave permanent scars"
    else:
        return None
    if words[i] in LEAVES and k < len(words) and words[k] == "with":
        k += 1  # "leaves your child with ..."
    elif words[i] in LEAVES and not (k < len(words) and words[k] in LASTING_ADJECTIVES):
        return None  # "leave you alone", "left them behind"
    end = k
    while end < len(words) and end - k < 5 and words[end] not in OBJECT_STOPS and words[end] not in (".", "!", "?"):
        end += 1
    given = [w for w in words[k:end] if w not in MEASURES]
    if end == k or not names_health(given) or k < len(words) and words[k] in ("up", "in", "off", "out", "way"):
        return None  # "gives your body the best chance of ...": a measure, not a harm
    if not GOOD_GIFTS.isdisjoint(words[k:end]) or phrases("positive_outcomes").occurs_in(words[k:end]):
        return None  # "gives you relief from cramps", "gives babies protection": a good given, read elsewhere
    base = ("give" if words[i] in GIVES else "leave")
    return _claim(words, i, end, base, "harm", hedges, copular=True)


# What is given that names no harm itself: a measure ("the best chance of
# recovery", "a higher risk of") or a good ("relief", "protection").
MEASURES = frozenset({"chance", "chances", "risk", "risks", "odds", "likelihood", "level", "levels", "rate", "rates",
                      "outcome", "outcomes", "response", "recovery", "survival", "fitness", "wellbeing", "well-being",
                      "treatment", "effects", "efficacy", "sensitivity", "resistance", "protection"})
GOOD_GIFTS = frozenset({"relief", "protection", "immunity", "energy", "strength", "boost", "start", "best", "better",
                        "support", "confidence", "comfort", "freedom", "results", "benefits", "benefit", "peace",
                        "control", "head", "time", "space", "break", "rest", "chance", "chances", "opportunity"})


def _inverted_cause(words, i, hedges) -> Claim | None:
    """ "The most common cause of X is Y": a direct claim about Y, named after the verb."""
    if (i + 1 >= len(words) or words[i + 1] in UNNAMED or "mystery" in words[i + 2:i + 3]
            or words[i] not in ("is", "are", "remains", "remain")):
        return None
    clause = _clause_start(words, i)
    if words[clause] not in ("the", "a"):
        return None
    for j in range(clause + 1, min(i, clause + 4)):
        if words[j] in INVERTED_CAUSES and j + 1 < i and words[j + 1] == "of":
            end = i + 1
            while end < len(words) and end - i <= OBJECT_WORDS and words[end] not in OBJECT_STOPS and words[end] not in (
                    ".", "!", "?"):
                end += 1
            if end == i + 1:
                return None
            return _claim(words, i, end, "be the cause of", "harm", hedges, copular=True)
        if words[j] in OBJECT_STOPS:
            return None
    return None


GOOD_EFFECTS = frozenset({"positive", "beneficial", "protective", "good", "healing", "therapeutic", "calming",
                          "soothing", "favourable", "favorable", "helpful"})
BAD_EFFECTS = frozenset({"negative", "harmful", "adverse", "detrimental", "damaging", "toxic", "devastating",
                         "bad", "deleterious", "unfavourable", "unfavorable"})


# What a treatment's benefits are weighed against ("benefits and risks").
WEIGHED_AGAINST_BENEFITS = frozenset({"risks", "risk", "harms", "drawbacks", "downsides", "disadvantages",
                                      "limitations", "side", "costs"})


def _effect_phrase(words, i, hedges) -> Claim | None:
    k = i - 1
    while k >= 0 and is_adverb(words[k]):
        k -= 1
    if k < 0 or words[k] in DETERMINERS or (words[k] in PREPOSITIONS and words[k] not in ("and", "or")) or words[
            k] in ("to", "-", SPACED_HYPHEN):
        return None  # "employer-provided benefits": an adjective; "... and plays a role in" is a verb
    joined = 0
    for j in range(i + 1, min(len(words), i + 6)):
        w = words[j]
        if w == "and" and not joined and j > i + 1 and j + 1 < len(words) and words[j + 1] not in DETERMINERS:
            joined = 1  # "has negative physical and emotional effects": one word more
            continue
        if j == i + 5 and not joined:
            return None
        if w in EFFECT_NOUNS:
            if w in ("risk", "threat", "danger") and words[i] not in RISK_VERBS:
                return None  # "had a higher risk of" is correlational
            if w in ("benefit", "benefits", "protection") and words[i] in HAVE:
                pass
            after = words[j + 1] if j + 1 < len(words) else ""
            if w in ("benefit", "benefits") and after in ("and", "or") and j + 2 < len(words) and words[
                    j + 2] in WEIGHED_AGAINST_BENEFITS:
                return None  # "has its own benefits and risks": a balance weighed, not a claim
            if after not in ("on", "in", "for", "to", "against") and w not in ("benefit", "benefits") and not (
                    w in ("effect", "effects", "impact") and (not after or after in CLAUSE_BREAKS or after == ".")):
                return None  # "has a profound effect." names its effect; "has an effect size of" does not
            kind = "harm" if w in ("risk", "threat", "danger") else "benefit" if w in (
                "benefit", "benefits", "protection") else "effect"
            if kind == "effect" and not GOOD_EFFECTS.isdisjoint(words[i + 1:j]):
                kind = "benefit"  # "has a positive effect on anxiety"
            elif kind == "effect" and not BAD_EFFECTS.isdisjoint(words[i + 1:j]):
                kind = "harm"  # "has a damaging effect on the liver"
            stop = j + 2 if after and after not in CLAUSE_BREAKS and after != "." else j + 1
            return _claim(words, i, stop, " ".join(words[i:j + 1]), kind, hedges)
        if w in OBJECT_STOPS or w in (".", "!"):
            return None
    return None


def strength(words: list[str], is_question: bool = False) -> int:
    """The sentence's claim strength on Yu et al.'s scale (a negated claim
    keeps its strength: "X does not cause Y" is a direct claim)."""
    if is_question:
        return NO_CLAIM
    best = max((c.strength for c in claims(words)), default=NO_CLAIM)
    if best == NO_CLAIM and phrases("correlational").occurs_in(words):
        return CORRELATIONAL
    return best


def _after_coordination(words: list[str], i: int) -> bool:
    k = i - 1
    while k >= 0 and is_adverb(words[k]):
        k -= 1
    return k >= 0 and words[k] in ("and", "or")


# What may stand between two coordinated predicates ("soothes A, reduces B
# and restores C", "relieves A but also prevents B").
COORDINATORS = frozenset({",", "and", "or", "but", "also", "then", "even"})


def _coordinated(words: list[str], previous: Claim, i: int) -> bool:
    """Is the predicate at i the next of a series whose last claim is
    ``previous``, so that it shares its subject? Only what coordinates the two
    may stand between them."""
    between = words[previous.end:i]
    return (0 < len(between) <= 3 and all(w in COORDINATORS for w in between)
            and not previous.participle and not words[i].endswith("ing"))


def _share_subject(claim: Claim, previous: Claim) -> None:
    """A coordinated predicate ("soothes sore muscles, reduces swelling and
    restores movement") is said of the first one's subject, in its tense, with
    its hedges and modality; a clause of its own only when it names its own
    subject."""
    if claim.subject and claim.subject[0] not in predicates()[0].by_first and not _names_verb(claim.subject):
        return
    claim.subject = previous.subject
    claim.past = claim.past or previous.past
    claim.possible = claim.possible or previous.possible
    claim.strength = min(claim.strength, previous.strength)
    claim.relative = claim.relative or previous.relative
    claim.descriptive = claim.descriptive or previous.relative
    claim.antecedent = claim.antecedent or previous.antecedent


def _names_verb(subject: tuple[str, ...]) -> bool:
    """Does a subject read back over a verb of ours ("strengthen", "reduces")? Then it is no subject."""
    preds = predicates()[1]
    return any((w,) in preds for w in subject)


def _plain_help(words: list[str], j: int) -> bool:
    """Is the word at j a finite "helps" (or "help" after a plural subject)
    with no modal, "to" or hedge before it ("Ginger helps settle nausea",
    "probiotics help restore ...", not "can help", "to help", "may help")?"""
    if words[j] not in HELP or j == 0:
        return False
    k = j - 1
    while k >= 0 and is_adverb(words[k]) and words[k] not in ("not", "n't", "n’t", "never"):
        k -= 1
    if k < 0:
        return False
    previous = words[k]
    if previous in MODALS or previous in NEGATIONS or previous in DETERMINERS or previous in PREPOSITIONS or previous in (
            "also", "which", "who", "that", "could", "might", "may", "would", "should", "it", "this", "they"):
        return False
    if words[j] == "helps":
        return previous.isalpha()
    return previous.endswith("s") and len(previous) > 3 and previous not in NOT_PLURAL


def _sized_object(words: list[str], j: int) -> bool:
    """Does a short bare object at j end in a size ("mortality by 68 percent")?"""
    for m in range(j, min(len(words) - 1, j + 4)):
        if words[m] == "by":
            return words[m + 1][:1].isdigit() or words[m + 1] in ("half", "a", "one", "two", "three", "up", "about",
                                                                   "nearly", "almost", "more", "over", "as")
        if words[m] in OBJECT_STOPS:
            return False
    return False


def _put_at_risk(words: list[str], i: int) -> int | None:
    for j in range(i + 1, min(len(words), i + 6)):
        if words[j] == "at" and j + 1 < len(words) and words[j + 1] in ("risk", "greater", "higher", "increased"):
            return j + 2
    return None


def _facility_object(words: list[str], start: int, end: int) -> bool:
    """Does the object's first noun phrase end in a building or a service
    (claims/facility_nouns.txt: "a cell therapy centre in Stevenage", "a new
    cancer hospital")?"""
    j = start
    while j < end and words[j] not in PREPOSITIONS and words[j] not in OBJECT_STOPS:
        j += 1
    return j > start and words[j - 1] in phrases("facility_nouns").by_first


def _weighed_balance(words: list[str], start: int) -> bool:
    """Is the object a treatment's benefits weighed against its harms ("the risks
    and benefits", "benefits and harms")?"""
    objects = [w for w in words[start:start + 5] if w not in DETERMINERS and w not in ("potential", "possible")]
    return (len(objects) >= 3 and objects[1] in ("and", "or", "versus", "vs")
            and {objects[0], objects[2]} & {"benefit", "benefits"} != set()
            and {objects[0], objects[2]} & WEIGHED_AGAINST_BENEFITS != set())


def _habit_on(subject: list[str]) -> bool:
    """Does the subject open with something done whose phrase only ends in a
    body part or a health word ("Sleeping on your back", "Sitting with your
    knees crossed", "Lifting with a bad back")? The habit is the subject, not
    the body."""
    first = subject[0]
    return (len(subject) >= 3 and len(first) > 5 and first.endswith("ing") and not is_health_word(first)
            and subject_head(subject) == first)


# Auxiliaries of a progressive ("is causing", "were damaging").
PROGRESSIVE = frozenset({"is", "are", "am", "'re", "’re", "was", "were"})


# Verbs that follow a plural noun and never the object of a verb in -s: the
# word in -s before one is the noun ("causes include", "effects are").
VERBS_AFTER_A_NOUN = frozenset({"include", "are", "were", "vary", "range", "differ", "depend"})


def _is_finite(words: list[str], i: int, form: str, phrase: tuple[str, ...], headline: bool = False) -> bool:
    """Can the verb form at i be a sentence's or clause's main verb here? In a
    headline (``headline``) "is" is dropped before a progressive too."""
    k = i - 1
    while k >= 0 and is_adverb(words[k]) and words[k] not in ("not", "n't", "n’t"):
        k -= 1
    previous = words[k] if k >= 0 else ""
    after = words[i + len(phrase)] if i + len(phrase) < len(words) else ""
    if form == "3sg" and len(phrase) == 1 and after in VERBS_AFTER_A_NOUN:
        return False  # "Common causes include ...", "its effects are": a plural noun, then its verb
    if form == "ing":
        # ", causing blindness", ", leading to falls": a participle clause
        # states what the main clause's subject brings about.
        # "Sugar is damaging your teeth", "phones are ruining sleep": a
        # present progressive after its subject states an effect going on.
        return previous in (",", "—", "–", "thereby", "thus") or (
            previous in PROGRESSIVE and k > 0 and words[k - 1] not in CLAUSE_BREAKS
            # "The aim of treatment is relieving pain": an equation (claims/purpose_nouns.txt)
            and subject_head(words[_clause_start(words, k):k]) not in phrases("purpose_nouns").by_first) or (
            # "Donor kidneys from older adults saving the lives of teenagers": a headline's progressive
            headline and _clause_start(words, i) == 0 and k > 0 and previous.isalpha()
            and previous not in HEADLINE_NOT_BEFORE and not previous.endswith("ing") and not _names_verb((previous,))
            # "pain relieving drugs", "brain stimulating habits": what it acts on, in a compound adjective
            and not is_health_word(previous) and not _is_organ(previous))
    if previous in ("to",) and form == "base":
        # "has been shown to reduce" reports an effect; "used to lower" and
        # "aims to suppress" a purpose.
        return k > 0 and (words[k - 1] in SHOWN or words[k - 1] in PROSPECTS or words[k - 1] in HELP)
    if previous in BE and form == "past" and "by" in words[i + 1:i + 4]:
        return True  # passive with its agent: "rates were reduced by giving ..."  # an infinitive states a purpose ("used to lower blood pressure")
    if form == "3sg" and previous in ("that", "this"):
        return True  # "a deficiency that seriously compromises", "this increases": "that" with a plural noun is not English
    if previous in DETERMINERS or previous in ("-", SPACED_HYPHEN, "'d", "’d") or (previous in PREPOSITIONS and previous not in ("and", "or")):
        return False  # a noun or an adjective: "the increase", "with reduced risk"
    if form == "3sg" and len(phrase) == 1 and only_adjective(previous) and (
            k == 0 or words[k - 1] in DETERMINERS or not words[k - 1].isalnum()):
        # "Hot flushes ease", "the severe cramps": an adjective that opens a noun phrase comes before a
        # noun, never a verb; after a verb it says what something is ("getting too hot damages").
        return False
    if after == "of" and form != "past" or after == "in" and phrase[0] in ("increase", "increases", "decrease",
                                                                            "decreases", "cut", "cuts", "boost"):
        return False  # nouns: "the cause of", "the impact of", "an increase in"
    if form == "3sg" and previous in BE and previous not in ("proves", "remains", "appears", "seems"):
        return False  # "where there were benefits", "is cuts to services": a plural noun after "be"
    if form in ("3sg", "base") and (after in BE or after in MODALS):
        return False  # "the benefits are greatest", "eye damage can follow": a noun
    if phrase == ("lower",) and after in COMPARED:
        return False  # "a lower risk", "lower rates than": comparatives
    if form == "base":
        if not previous:
            return False  # an imperative: advice, not a claim
        if previous in HAVE or previous in BE:
            return False  # "had lower rates": an adjective
        if previous in ("and", "or"):
            # "reduces pain and improves sleep"; checked by what governs the
            # first verb. After an infinitive ("to relieve pain and restore
            # function") it is one too: a purpose.
            for j in range(k - 1, max(-1, k - 7), -1):
                if words[j] in CLAUSE_BREAKS and words[j] != "and" or words[j] in (".", ";"):
                    break
                if words[j] == "to" and j + 2 < k and words[j + 1] in predicates()[0].by_first:
                    return False
            return True
        if (previous.isalpha() and previous not in NOT_SUBJECT_ENDS and k >= 2 and words[k - 1] == "and"
                and words[k - 2].isalpha()):
            return True  # "Diabetes and asthma increase the risk": a compound subject
        if _after_plural_relative(words, k):
            return True  # "women who smoke increase the risk": a plural subject with its relative clause
        if _after_reduced_relative(words, k):
            return True  # "hair dyes used every month cause ...": a plural subject with its participle phrase
        if _after_plural_of_phrase(words, k):
            return True  # "a few spoonfuls of honey clear up ...": a plural head before its "of" phrase
        if previous == "," and _after_plural_aside(words, k):
            return True  # "low levels of sodium, known as hyponatremia, increase the risk"
        # After a modal, "not", "help", a plural pronoun or a plural noun: a verb.
        return (previous in MODALS or previous in HELP or previous in ("not", "n't", "n’t") or previous in PLURAL_PRONOUNS
                or (previous.endswith("s") and len(previous) > 3 and previous not in NOT_PLURAL))
    if form == "past":
        if not previous:
            return False  # "Increased risk of ...": a headline's noun phrase
        if len(phrase) == 1 and (after in PREPOSITIONS or after in OBJECT_STOPS or not after or (
                after == "up" and words[i + 2:i + 3] == ["to"])):
            # "rates increased by 14%", "caused by", "men treated with": a change
            # or a participle, not a cause acting on an object.
            return False
        if previous in HAVE and not (after in DETERMINERS or is_adverb(after) or after in QUANTITIES
                                     or after[:1].isdigit() or len(phrase) > 1
                                     or (previous in ("has", "have") and after not in COMPARED
                                         and is_health_word(after))):
            return False  # "had increased hearing loss": an adjective
        if previous in ("has", "have"):
            return True  # "has reduced deaths": a present perfect, vetted above
        if len(phrase) == 1 and after not in DETERMINERS and after not in OBJECT_DETERMINERS and not after[:1].isdigit():
            # "showed elevated blood pressure": a participle before a bare noun
            # is mostly an adjective; a past verb takes "the", "their", a number,
            # follows a manner adverb ("significantly improved survival") or
            # has its size after the object ("reduced mortality by 68 percent").
            return (previous.endswith("ly") or (k < i - 1 and words[i - 1].endswith("ly"))
                    or _sized_object(words, i + 1))
            # Passive: "rates were reduced by giving ..." states a cause; "was
            # reduced" alone reports a change.
            return "by" in words[i + 1:i + 4]
        if previous in ("and", "or"):
            return False  # "reduced and increased risks" is mostly adjectival
        if words[i] in ("lower", "double", "triple"):
            return True
        return True
    return True


def _claim(words, i, end, base, kind, hedges, copular=False) -> Claim | None:
    clause = _clause_start(words, i)
    # ", reducing the risk of stroke": the participle clause says what the
    # main clause brings about, and takes the main clause's subject, hedges,
    # negation and modality.
    k = i - 1
    while k >= 0 and is_adverb(words[k]):
        k -= 1
    participle = k >= 0 and words[k] == "," and words[i].endswith("ing") and not copular
    if participle:
        clause = _clause_start(words, k)
    before = words[clause:i]
    # The object: up to the clause's end. It must name a health outcome.
    obj_end = end
    healthy = names_health(words[i:end])
    joined = False
    k = i - 1
    while k >= 0 and is_adverb(words[k]):
        k -= 1
    passive = (not copular and k >= 0 and words[k] in BE and words[i] in PAST_FORMS and end < len(words)
               and words[end] == "by")
    # "is caused by mutations", "is treated by surgery", "are affected by": what a condition is
    described = passive and base in PASSIVE_DESCRIPTIONS
    if passive:
        end = obj_end = end + 1  # "is driven by damage": the cause is the agent
        # "Knee pain is relieved by cycling": the outcome is the passive's subject.
        healthy = names_health(before)
    # "as effective as ibuprofen for knee pain", "better than cough syrup for
    # coughs": after a comparison, the outcome follows its preposition.
    compared = copular and base.split()[-1] in ("as", "than")
    last = end
    stop = None
    for j in range(end, min(len(words), end + OBJECT_WORDS)):
        if words[j] in ("and", "or") and not joined:
            joined = True  # "promotes X and hair growth": read on for the outcome, keep the span
            continue
        if compared and words[j] in COMPARISON_LINKS and j > end:
            compared = False
            continue
        if words[j] in OBJECT_STOPS and not (words[j] == "in" and j > end and words[j - 1] in CHANGE_NOUNS):
            stop = j
            break  # "leads to a 20% fall in deaths": the change's outcome follows "in"
        if not joined:
            obj_end = j + 1
        healthy = healthy or is_health_word(words[j])
        last = j + 1
    # "stops hot flashes": a condition named in several words.
    healthy = healthy or names_condition(words[end:last]) or _organ_object(words, end, last) or (
        stop is not None and last > end and _placed_in_organ(words, stop))
    if not healthy and (base.split()[0] in LESSENING or base.split()[0] in PATHOGEN_KILLERS or base == "keep away"):
        # "reduces hospital superbugs", "cuts bacteria on the hands": fewer
        # germs is an outcome of health (claims/pathogens.txt), not friendly ones.
        inside = i if base == "keep away" else end  # "keeps ticks away": the object sits inside
        healthy = any(w in _pathogens() and words[k - 1] not in GOOD_GERMS
                      for k, w in enumerate(words[inside:last], inside))
    if not healthy and base in HEALING and obj_end > end and not is_adverb(words[end]) and words[end] not in OBJECT_STOPS:
        healthy = True  # "heals your ab separation", "cures brain fog": what is healed or cured is ill health
    indirect = bool(participle)
    if not healthy and HEALTH_IN_CLAUSE:
        indirect = True
        # "Video calls improve follow-up visits for severe burns": the
        # outcome may sit past the object's first words, or in the subject.
        healthy = names_health(words)
    if not healthy:
        # The subject may name the outcome: "Obesity raises ...", "Smoking causes ...".
        if not (base in ("cause", "lead to", "result in", "contribute to") or copular) or not names_health(before):
            if not ANY_OUTCOME or (copular and base.split()[0] not in ADJECTIVE_PREDICATES):
                return None
            indirect = True  # "cuts hospital costs by a fifth": causal language about any outcome (Yu et al.)
    strength = DIRECT
    helper = i - 2 if i >= 2 and words[i - 1] == "to" else i - 1
    helped = helper >= 0 and _plain_help(words, helper)
    correlational = phrases("correlational")
    if any(correlational.match_at(words, j) for j in range(0, i) if words[j] in correlational.by_first):
        strength = CORRELATIONAL  # "was linked to a 20 percent reduced risk"
    elif (any(_hedges_here(words, hedges.match_at(words, j), j, i) for j in range(_aside_start(words, clause), i)
              if not (helped and j == helper))
          or not GOVERNING_HEDGES.isdisjoint(words[:i])
          or _trailing_hedge(words, end)  # "X reduces Y, a new study suggests"
          or not REPORTED_BELIEFS.isdisjoint(words[:i])
          or any(w in SEEMING and words[j + 1:j + 2] != ["to"] for j, w in enumerate(words[clause:i + 1], clause))):
        # "claims that X cures Y", "believe that": someone else's claim, not asserted
        strength = CONDITIONAL
    if any(w in NON_ASSERTIVE for w in before) or (clause and words[clause - 1] in NON_ASSERTIVE) or (
            words[0] == "how" and clause == 0):
        strength = min(strength, CONDITIONAL)  # also a title: "How acupuncture works for back pain"
    scope = _clause_start(words, clause - 1) if clause and words[clause - 1] in ("that",) else clause
    # "is not a cause of", "had no effect on": the negation can sit inside the predicate.
    # "not only relieves pain but also ...": an addition, not a denial.
    negated = any(w in NEGATIONS and not (w == "not" and words[j + 1:j + 2] == ["only"])
                  for j, w in enumerate(words[scope:end], scope))
    if not negated and phrases("evidence_lacking").occurs_in(words[scope:i]):
        negated = True  # "there is little evidence that X cures Y": the claim is denied
    booster = None
    k = i - 1
    if k >= 0 and (words[k] in phrases("boosters") or is_adverb(words[k]) and words[k].endswith("ly")
                   and words[k] not in NOT_BOOSTERS):
        booster = k  # "effectively treats": a manner or degree adverb inflating a direct claim
    if kind == "harm" and base.split()[0] in PATHOGEN_KILLERS and any(
            w in _pathogens() and words[k - 1] not in GOOD_GERMS for k, w in enumerate(words[end:obj_end], end)):
        kind = "benefit"  # "kills acne bacteria", "destroys head lice": a germ's death is the good done
    if kind == "harm" and base == "cause" and words[end:end + 1] and words[end] in LESS_OF and not phrases(
            "positive_outcomes").occurs_in(words[end:obj_end]):
        kind = "benefit"  # "causes fewer side effects than warfarin": less of a harm is a benefit
    if kind == "effect":
        change = next((w for w in words[end:obj_end] if w in CHANGE_NOUNS), None)
        lessened = end < len(words) and (words[end] in LESS_OF or words[end] in LESSENED)  # "results in reduced pain"
        kind = "benefit" if base.split()[0] in LESSENING or CHANGE_NOUNS.get(change) == "down" or (
            change is None and lessened) else "harm"
        if (base.split()[0] in EFFECT_VERBS and base.split()[-1] in ("impact", "effect", "effects", "influence")
                and {"side", "little", "few", "fewer", "adverse"}.isdisjoint(base.split())
                and not intervention_words().isdisjoint(before)
                and not any(w in phrases("exposures").by_first for w in before)):
            kind = "benefit"  # "Regular exercise has a dramatic impact on back pain": a treatment's effect
        if CHANGE_NOUNS.get(change) == "better":
            kind = "benefit"  # "results in an improvement in symptoms"
        if phrases("positive_outcomes").occurs_in(words[end:obj_end]):
            kind = "harm" if kind == "benefit" else "benefit"  # "reduces the chance of recovery"
        loss = next((j for j in range(end, obj_end) if words[j] in LOSSES), None)
        if loss is not None and change is None and not lessened:
            # "results in vision loss", "leads to a loss of bone": a loss is a
            # harm whatever is lost, save weight.
            kind = "benefit" if words[loss - 1] == "weight" else "harm"
    elif kind == "benefit" and base.split()[0] in LESSENING | SLOWING and phrases("positive_outcomes").occurs_in(
            words[end:obj_end]):
        kind = "harm"  # "Smoking slows healing", "lowers survival": less of a good outcome
    elif kind == "benefit" and base.split()[0] in BLOCKING and _only_organs(words[end:obj_end]):
        kind = "harm"  # "wax blocks the ear", "plaque narrows the arteries": an organ blocked, not a symptom
    possible = False
    k = i - 1
    while k >= 0 and is_adverb(words[k]):
        k -= 1
    if passive and k >= 1 and words[k] == "be":
        k -= 1  # "can be prevented by": the modal governs the passive
    if strength == DIRECT and k >= 0 and words[k] == "can" and (
            k == i - 1 or words[i - 1] in NOT_BOOSTERS or passive or kind == "harm"):
        # "Flu can lead to pneumonia", "losing weight can lower uric acid": what
        # is possible, as consumer health text says it; "can effectively
        # treat" is boosted into a promise and stays direct, but a harm that
        # "can quickly cause" dehydration is still only possible.
        possible = True
    if participle and strength == DIRECT and "can" in before:
        possible = True
    if not copular and not passive and (len(base.split()) == 1 or base.split()[-1] in PARTICLES) and (
            obj_end == end or words[end] in INTRANSITIVE_PARTICLES or words[end] in INTRANSITIVE_ADVERBS):
        return None  # intransitive: "cartilage thins", "needles dissolve into the skin" report a change
    head_object = next((w for w in words[end:end + 4] if w not in DETERMINERS and w not in QUANTITIES
                        and w not in ("serious", "new", "fresh", "further", "major")), "")
    if head_object in phrases("idiom_objects").by_first and not copular:
        return None  # "has raised concerns about cancer risks": an idiom, not an effect
    if not copular and _weighed_balance(words, end):
        return None  # "families are balancing risks and benefits": a balance weighed, not an outcome
    if not copular and _facility_object(words, end, obj_end):
        return None  # "is building a new cancer hospital": a place built or run, not an outcome
    if base == "affect" and end < len(words) and (words[end] in PREVALENCE_STARTS or words[end][:1].isdigit()):
        return None  # "affects about 1 in 20 adults", "affecting 15 million people": how common, not a cause
    if (base in ("stop", "prevent", "keep") and obj_end < len(words) and words[obj_end] == "from"
            and words[obj_end + 1:obj_end + 2] != ["being"] and not names_health(words[obj_end + 1:obj_end + 4])):
        return None  # "stops cells from dividing" explains a mechanism ("from being admitted", "from developing asthma" do not)
    if base in ("stop", "keep") and end < len(words) and words[end] in PERSON_OBJECTS:
        return None  # "pain stops you sleeping": what a symptom does to a person
    plain_before = [w for w in before if not is_adverb(w)]
    if passive:
        # The agent is the cause ("Gout attacks are triggered by red meat"):
        # it is what the claim is about, the subject's place in an active clause.
        plain_before = [w for w in words[end:obj_end] if not is_adverb(w)]
    descriptive = False
    head = plain_before
    for r, w in enumerate(plain_before):
        if w in RELATIVES:
            head = plain_before[:r]  # "Large clots that form in the legs": the subject is "large clots"
            break
    if (head and is_health_word(head[-1]) and kind == "harm" and head[-1] not in phrases("exposures").by_first
            and not _habit_on(head)):
        descriptive = True  # "High blood pressure raises the risk of stroke": what a condition does (not "salt raises")
    if (kind == "harm" and base == "cause" and plain_before and subject_head(plain_before) in outcome_words()
            and subject_head(plain_before) not in phrases("exposures").by_first
            and not phrases("emphatic_frames").occurs_in(words[:i])):
        return None  # "Sciatica causes a sharp pain": a condition's symptoms described ("Put simply, ..." is a claim)
    if base in BOOSTING and any(w in phrases("harm_outcomes") for w in words[end:obj_end]):
        kind = "harm"  # "can promote weight gain" reports a harm
        if i and words[i - 1] == "can":
            strength = CONDITIONAL
    # "people who boosted their activity", "a drug that lowers ...": a description
    # (a claim on Yu et al.'s scale when it is the sentence's main claim)
    if base == "better than" and plain_before:
        head_word = next((plain_before[k - 1] for k in range(1, len(plain_before))
                          if plain_before[k] in PREPOSITIONS), plain_before[-1])
        if is_health_word(head_word):
            return None  # "survival rates are better than reported": an outcome compared, not an effect
    relative = _relative(words, clause, i if not passive else _auxiliary(words, i))
    descriptive = descriptive or relative or described
    subject = [w for w in (before if not passive else plain_before)
               if not is_adverb(w) and (w not in MODALS or w == "can")]
    while len(subject) >= 2 and subject[-1] in ("and", "or"):
        del subject[-2:]  # "the team evaluates and treats": the subject is the team
    if subject and subject[-1] in PROGRESSIVE and words[i].endswith("ing"):
        subject.pop()  # "Sugar is damaging your teeth": the subject is sugar
    if helped:
        while subject and subject[-1] in ("to", "help", "helps"):
            subject.pop()  # "Ginger helps to settle nausea": the subject is ginger
    subject = tuple(subject)
    if subject == ("there",) and copular:
        return None  # "There are several treatments for gout": what exists, not what one does
    k = i - 1
    while k >= 0 and is_adverb(words[k]):
        k -= 1
    past = words[i] in PAST_FORMS or (words[i] in ("was", "were", "had")) or (k >= 0 and words[k] in HAVE | {
        "was", "were", "did"})
    if passive:
        # "is relieved by", "can be prevented by": a present passive states a
        # general cause; "was reduced by", "had been driven by" report one.
        past = words[k] in ("was", "were") or (words[k] == "been" and k and words[k - 1] in HAVE)
    if participle and any(w in ("was", "were", "had", "did") or (len(w) > 4 and w.endswith("ed")) for w in words[:k]):
        past = True  # "a pump massaged her arm, relieving the pain": the story's tense
    # "Screening has prevented ...": a present perfect, a result that still holds.
    perfect = past and not participle and k >= 0 and words[k] in ("has", "have")
    if base.split()[0] in NEUTRAL and any(w in ("how", "which", "what", "whether") for w in words[:i]):
        return None  # "examine how X affects the brain": a question under study
    antecedent = None
    if clause >= 3 and words[clause - 1] in ("which", "who") and words[clause - 2] in (",", "—", "–"):
        antecedent = words[clause - 3]
    overstated = (booster is not None and words[booster] in phrases("boosters")) or not LASTING.isdisjoint(
        words[i:min(len(words), obj_end + 2)])
    qualified = _qualified(words, clause, i)
    return Claim(strength, i, obj_end, kind, negated, subject, base, booster, past, possible, descriptive, indirect,
                 antecedent, overstated, participle, relative, perfect, helped and strength == DIRECT, qualified)


# Adverbs that say how often an effect happens ("sometimes causes"), and the
# words that make an opening phrase say in how few it does ("In a small number
# of people, ...", "In rare cases ...", "in some individuals").
QUALIFIERS = frozenset({"sometimes", "often", "occasionally", "rarely", "seldom", "usually", "commonly",
                        "frequently", "typically", "generally", "mostly", "mainly", "normally"})
FEW = frozenset({"some", "rare", "few", "small", "certain", "many", "most", "several", "minority", "occasional"})


def _qualified(words: list[str], start: int, i: int) -> bool:
    """Is the predicate at i said of some cases only: a frequency adverb
    before it in its sentence, or an "in" phrase of few ("in some people")?"""
    before = words[:i]
    if not QUALIFIERS.isdisjoint(before[start:]):
        return True
    return any(w == "in" and not FEW.isdisjoint(before[j + 1:j + 5]) for j, w in enumerate(before))


# Verbs whose present passive with an agent says what a condition is or how
# it is cared for, not what something does to it: "is caused by mutations in
# the CHM gene" (a disease's cause, as reference text defines it), "is treated
# by surgery", "are affected by atrial fibrillation" (how many have it),
# "are complicated by stigma", "are driven by a hormone" (a mechanism).
PASSIVE_DESCRIPTIONS = frozenset({"cause", "treat", "affect", "complicate", "drive", "manage", "influence"})


def subject_head(subject) -> str:
    """The subject's head: its last word before a preposition ("one night of bad sleep": night,
    "a blockage inside the appendix": blockage)."""
    return next((subject[k - 1] for k in range(1, len(subject)) if (subject[k] in PREPOSITIONS or subject[k] in PLACES)
                 and subject[k] not in ("and", "or")), subject[-1])


PLACES = frozenset({"inside", "outside", "within", "near", "around", "behind", "beneath", "below", "above", "across"})


def _auxiliary(words: list[str], i: int) -> int:
    """Where the passive at i begins: its auxiliary ("are improved", "can be prevented")."""
    k = i - 1
    while k >= 0 and (is_adverb(words[k]) or words[k] in BE):
        k -= 1
    return k + 1


# Harm verbs that do good to their object's owner when the object is a germ
# or a parasite (claims/pathogens.txt).
PATHOGEN_KILLERS = frozenset({"kill", "destroy", "attack", "wipe", "eliminate"})
GOOD_GERMS = frozenset({"good", "friendly", "beneficial", "healthy", "helpful", "gut", "protective", "normal"})


@lru_cache(maxsize=1)
def _pathogens() -> frozenset[str]:
    return frozenset(resources.lines("claims/pathogens.txt"))


COMPARISON_LINKS = frozenset({"for", "in", "at", "against", "among"})


# Verbs whose object is ill health by their meaning, whatever it is called.
HEALING = frozenset({"heal", "cure"})


# Adverbs that say an effect lasts for ever, before the predicate or after its object.
LASTING = frozenset({"permanently", "forever", "irreversibly", "irreparably", "irrevocably", "permanent", "lifelong",
                     "life-long", "irreversible", "irreparable"})


# Hedges that govern a whole complement ("research suggests that X reduces Y")
# wherever they stand before the claim; the others hedge their own clause.
GOVERNING_HEDGES = frozenset({"suggest", "suggests", "suggested", "may", "might", "could", "possibly", "perhaps",
                              "potentially", "probably"})
REPORTED_BELIEFS = frozenset({"complaints", "allegations", "concerns", "fears", "investigating", "expected",
                              "claim", "claims", "claimed", "believe", "believes", "believed", "think", "thinks",
                              "hope", "hopes", "hoped", "argue", "argues", "allege", "alleges", "alleged", "promise",
                              "promises", "promised", "advertise", "advertised", "advertises", "whether", "myth",
                              "myths", "rumour", "rumor", "misconception", "wrongly", "falsely", "supposedly",
                              "hypothesis", "hypothesize", "hypothesise", "theory", "idea", "notion", "speculate", "speculates",
                              "speculated", "without"})
# Link verbs that hedge the adjective they introduce ("appears safe and
# effective", "seems just as effective as surgery"): what appears so is not
# asserted (Yu et al. label them conditional). "appears to" is a hedge of
# claims/hedges.txt, which governs only its own verb.
SEEMING = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed"})
# A hedge after the claim, in a trailing attribution: "..., a new study suggests".
TRAILING_HEDGES = frozenset({"suggest", "suggests", "suggested"})


def _trailing_hedge(words: list[str], end: int) -> bool:
    """A "suggests" after the claim that reports it ("X reduces Y, a new study
    suggests"); not one that advises ("..., which is why we suggest cutting it
    out", "doctors suggest avoiding it")."""
    if TRAILING_HEDGES.isdisjoint(words[end:]):
        return False
    return any(w in TRAILING_HEDGES and not (words[j - 1] in ADVISERS or words[j + 1:j + 2] and words[j + 1].endswith("ing"))
               for j, w in enumerate(words[end:], end))


ADVISERS = frozenset({"we", "i", "you"})


RELATIVES = frozenset({"who", "which", "whom", "whose", "that", "what"})
# A "that" after one of these opens a complement ("found that X reduces Y"), not a relative clause.
COMPLEMENT_TAKERS = frozenset({
    "found", "find", "finds", "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "say", "says",
    "said", "report", "reports", "reported", "conclude", "concluded", "concludes", "confirm", "confirmed", "confirms",
    "reveal", "revealed", "reveals", "indicate", "indicates", "indicated", "demonstrate", "demonstrated",
    "demonstrates", "believe", "believes", "know", "known", "means", "mean", "evidence", "proof", "clear", "true",
    "likely", "so", "note", "noted", "notes", "argue", "argues", "claim", "claims", "claimed", "discovered", "learned",
    "determined", "established", "proved", "proven", "prove", "proves", "think", "thinks", "thought", "hope",
    "fact", "is", "was", "are", "were", "now", "idea", "notion", "hypothesis", "theory", "conclusion", "finding",
    "findings", "results", "data", "show", "recommend", "recommends", "ensure", "warn", "warns", "warned",
    "explain", "explains", "explained", "add", "adds", "added", "state", "states", "stated"})


def _hedges_here(words: list[str], hedge: tuple[str, ...] | None, j: int, i: int) -> bool:
    """Does the hedge at j govern the predicate at i? One that ends in "to"
    ("designed to", "tends to") or follows it ("to help") hedges only its own
    verb: "a checklist designed to help doctors ... reduced clots" is not hedged."""
    if not hedge:
        return False
    return (hedge[-1] != "to" and not (j and words[j - 1] == "to")) or i - (j + len(hedge)) <= 2


def _relative(words: list[str], clause: int, i: int) -> bool:
    """Is the predicate at i in a relative clause ("who boosted", "that lowers")?"""
    k = i - 1
    while k >= clause and (is_adverb(words[k]) or words[k] in MODALS or words[k] in ("'d", "’d", "also")):
        k -= 1
    if k < 0 or words[k] not in RELATIVES:
        return False
    if k > 0 and words[k - 1] == "(":
        return True  # "tamoxifen (which blocks the effects of estrogen)": a definition
    if k > 0 and words[k - 1] in (",", "—", "–"):
        return False  # ", which realigns your spine": a claim about the thing just named
    if words[k] == "that" and k > 0 and words[k - 1] in COMPLEMENT_TAKERS:
        return False
    return True


def _aside_start(words: list[str], clause: int) -> int:
    """Where a short aside set off by commas before the clause begins ("which,
    in theory, reduces"): hedges in it govern the clause."""
    if clause >= 2 and words[clause - 1] == ",":
        start = _clause_start(words, clause - 1)
        if clause - 1 - start <= 3:
            return start
    return clause


def _clause_start(words: list[str], i: int) -> int:
    j = i - 1
    while j >= 0:
        if words[j] == ")":
            # A parenthesis closed before the predicate is an aside within the
            # clause ("if NSAIDs (such as ibuprofen, naproxen) lower ..."):
            # its commas end no clause.
            opening = next((k for k in range(j - 1, -1, -1) if words[k] in ("(", ")")), -1)
            if opening >= 0 and words[opening] == "(":
                j = opening - 1
                continue
            return j + 1
        if words[j] in CLAUSE_BREAKS and words[j] not in ("and",):
            return j + 1
        j -= 1
    return 0
