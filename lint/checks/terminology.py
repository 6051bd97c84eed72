"""Terminology: deprecated terms, one concept written two ways, British and
American spelling mixed, distinct concepts presented as one, and forms that
differ between articles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import compress
from operator import add, and_, not_
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from lint import english, lexicon, prose, resources, spelling_variants, token_table
from lint.concepts import concepts as concept_table, different_brands, key as concept_key
from lint.checks import CheckContext
from lint.checks.acronyms import _explains as _spells_out, _mid_sentence, medquad_acronyms
from lint.checks.spelling import word_class
from lint.findings import Finding, Fix, Location, fingerprint
from lint.rules import Applicability, Rule, Severity
from lint.termbase import Termbase, _as_written, form_pattern, normalise, termbase_for
from lint.nlp import doc_text

DEPRECATED_TERM = Rule(
    id="terminology/deprecated-term",
    severity=Severity.WARNING,
    summary="A non-standard or discouraged term where the termbase prefers another",
    explanation=(
        "What it does: finds terms the termbase marks as deprecated (\"sugar diabetes\", \"stomach flu\") "
        "and offers the preferred term as a safe fix; the message gives the termbase's reason "
        "(terminology/lay-name finds lay and old names of conditions from a table built from counts).\n\n"
        "Why it matters: readers, clinicians and search engines use the standard term; a non-standard "
        "one looks careless, can be ambiguous, and splits an article from the rest of the literature.\n\n"
        "Known problems: a deprecated term quoted on purpose (\"people often say 'sugar diabetes'\") is "
        "still reported; suppress it inline."
    ),
    bad=("Stress can make sugar diabetes worse.",),
    good=("Stress can make diabetes worse.",),
    fix=Applicability.SAFE,
)

LAY_NAME = Rule(
    id="terminology/lay-name",
    severity=Severity.WARNING,
    summary="A lay or old name of a condition that NIH health pages do not use",
    explanation=(
        "What it does: finds lay and old names of conditions that NIH writers do not use (\"change of life\", "
        "\"water on the brain\", \"hare lip\"; data/terminology/lay_names.tsv, built by "
        "tools/build_lay_names.py from Disease Ontology, MedQuAD and WordNet synonyms by their counts in "
        "MedQuAD answers 5000-10996 and reviewed by hand) and suggests the name they use, with an unsafe fix; "
        "a name with an everyday sense (\"piles\") only beside a word of its topic.\n\n"
        "Why it matters: an old or lay name looks careless to clinicians, can be ambiguous, and is not the "
        "name readers will meet at their doctor's.\n\n"
        "Known problems: the table holds only names the vocabularies list as synonyms (28), and a name that "
        "is still a condition's own name on some NIH pages is reported there too."
    ),
    bad=("Doctors used to call hydrocephalus water on the brain. Water on the brain can be treated.",),
    good=("Hydrocephalus can be treated with a shunt.",),
    fix=Applicability.UNSAFE,
    preview=("No finding on 1,260 news stories or MedQuAD answers 0-2999, and its only findings on held-out "
             "MedQuAD answers (3000-4999) were 2 false ones: \"Whistling face syndrome, recessive form\", the "
             "condition's own name on that NIH page. It leaves preview when real text shows its findings are "
             "right."),
)

INCONSISTENT_VARIANT = Rule(
    id="terminology/inconsistent-variant",
    severity=Severity.WARNING,
    summary="One term written two ways in one article",
    explanation=(
        "What it does: finds a term written both hyphenated and closed (\"micro-needling\" and "
        "\"microneedling\"), or both spaced and closed (\"health care\" and \"healthcare\"), a "
        "letter-number form with and without a hyphen (\"D3\", \"D-3\"), or a type, stage or phase "
        "numbered in Arabic and Roman numerals (\"type 2\", \"type II\"), in one article. A compound "
        "written both hyphenated and open is reported when both forms are used as nouns (\"side-effects\" "
        "and \"side effects are\", \"your annual check up.\" and \"at each check-up.\"), or when its prefix "
        "always takes a hyphen (\"self management\" beside \"self-management\"). It reports the minority form and suggests the termbase's preferred form or, "
        "failing that, the article's majority, counting the word's singular and plural together "
        "(\"flareup\" beside \"flare-up\" and \"flare-ups\" is the odd one out; on a tie, a verb and "
        "particle keep their hyphen, \"check-up\", and two nouns are written open, \"side effects\"). "
        "A phrase the article hyphenates (\"over-the-counter\", \"end-of-life\") written open straight "
        "before a noun (\"over the counter options\") is reported, unless the article leaves it open "
        "before nouns more often than it hyphenates it (its house style).\n\n"
        "Why it matters: two spellings make readers wonder whether two things are meant, and make "
        "an article harder to search and to translate.\n\n"
        "Known problems: spaced pairs involving a function word (\"every day\" and \"everyday\", "
        "\"may be\" and \"maybe\") are different words and are never compared. A hyphen before a noun "
        "and none elsewhere is grammar (\"high-risk patients\", \"at high risk\"), so a compound used as "
        "a modifier one way and a noun the other (\"meal-prep guides\", \"meal prep on Sundays\") is not "
        "reported, nor are compounds of numbers (\"a two-year study\", \"two years\")."
    ),
    bad=("E-mail the clinic first. The clinic answers email within a day, and email is fastest.",),
    good=("Email the clinic first. The clinic answers email within a day.",),
    fix=Applicability.SAFE,
)

SPELLING_VARIANT = Rule(
    id="terminology/spelling-variant",
    severity=Severity.WARNING,
    summary="British and American spelling mixed in one article",
    explanation=(
        "What it does: decides once per article which English it is written in (American, British, "
        "Canadian or Australian, from the conventions its variant spellings follow: Canadian writes "
        "\"colour\" and \"centre\" but \"organize\" and \"estrogen\"; British accepts -ize as well as -ise, "
        "though not both in one article: the family written less often is reported) "
        "and reports the words that English does not write (\"minimises\" beside \"aging\", \"colour\" "
        "beside \"color\"). Where the spellings are thin (one apart, or at most two of one English and "
        "none of the other), the health system the article places its reader in decides when it names "
        "only one country's, in two kinds of marker or more (`country_markers.tsv`: \"the CDC\", a price "
        "in dollars, \"call 999\", an American or British professional body): \"colour\" and \"mould\" "
        "in a page priced in dollars that cites the American Academy of Ophthalmology are its slips. "
        "With `language = \"en-US\"`, `\"en-GB\"`, `\"en-CA\"` or `\"en-AU\"` the "
        "configured English wins. A British or American name for one thing (\"paracetamol\", "
        "\"acetaminophen\"; \"GP\", \"primary care physician\"; \"A&E\", \"emergency room\") is "
        "reported when the article uses both, and a drug's approved name or a name the other English "
        "never writes (\"GP\", \"A&E\", \"flu jab\", \"emergency room\", \"diaper\"; "
        "`british_american_alone.txt`) also alone when the article's spelling settles its English "
        "(two spellings of its own and none against). -ise/-ize words count only when the "
        "-ize form is a real word, so \"advertise\", \"exercise\" and \"premise\" are never reported, and "
        "\"analyses\" (a plural noun in both) is never read as British.\n\n"
        "Why it matters: mixed spelling reads as unedited copy and breaks a publisher's house style.\n\n"
        "Known problems: capitalised words are skipped, since they are often names (\"Colour Me Well Clinic\")."
    ),
    bad=("The tumour was small. The color of the skin changed.",),
    good=("The tumor was small. The color of the skin changed.",),
    fix=Applicability.SAFE,
)

FALSE_SYNONYM = Rule(
    id="terminology/false-synonym",
    severity=Severity.WARNING,
    summary="Two different things presented as the same thing",
    explanation=(
        "What it does: finds two different things presented as one name: \"X, also known as Y\", "
        "\"X (also called Y)\", \"X is also called Y\", \"X, better known as Y\", \"X, sometimes called Y\", "
        "\"X, aka Y\", \"X, known medically as Y\", \"X, which doctors call Y\", \"X is another name (the "
        "medical term) for Y\", \"X, the medical name for Y\", \"X is the same as Y\", \"X (Y)\", \"X (or Y)\", "
        "\"X, i.e. Y,\", \"X – or Y –\" and \"X, or Y,\" in apposition - for "
        "example \"gout, also known as pseudogout\" or \"statins, also called beta blockers\". After "
        "the naming words, two names are different when the concept table (built from the Disease Ontology, "
        "MeSH with everyday names such as \"antibiotics\" and \"CT scan\", and NIH MedlinePlus synonyms) holds "
        "both as concepts of one kind (two conditions, two procedures or tests, two substances, two drug "
        "classes, two germs: \"varicella-zoster virus, also known as the herpes simplex virus\"), neither broader than the other; after the naming words or in brackets, when the two "
        "names are the same but for a pair of opposites (\"hypothyroidism\"/\"hyperthyroidism\", "
        "\"acute\"/\"chronic\", \"type 1\"/\"type 2\"), for two members of a lettered or numbered series "
        "(\"UVA\"/\"UVB\" rays, vitamin \"D2\"/\"D3\", \"T3\"/\"T4\") or for two parts of the body (\"pancreatic "
        "abscess\"/\"peritoneal abscess\"; `contrasts.tsv`), whether or not the table knows them; in every "
        "construction, when the termbase marks them `distinct_from`. An acronym is judged by what it "
        "stands for: the article's own definition, else the expansion MedQuAD's NIH writers agree on "
        "(\"heartburn, also known as GERD\"). A list (\"stroke or mini-stroke\", \"eczema or psoriasis can make skin itch\") is "
        "not an equivalence and is never reported, nor is a plain phrase that says what a technical word's "
        "ending means (\"heavy menstrual bleeding (also called menorrhagia)\": -rrhagia is bleeding). "
        "A drug's brand names are its active ingredient (\"Ozempic, also known as Mounjaro\": semaglutide and "
        "tirzepatide; in brackets too: \"Ozempic (Mounjaro)\"), and a deficiency named as one of the several diseases it causes is reported (\"vitamin D "
        "deficiency, also known as rickets\"). After \"also known as\" and its kin (not in brackets), a "
        "condition named as the class it belongs to is reported too (\"arthritis, also known as gout\": gout is "
        "one kind of arthritis), when the class has several kinds in the table and neither name holds the "
        "other's words (\"type 1 diabetes, also known as diabetes\" is not reported). A name that is "
        "a name of the other in other words (word order, endings and a head such as \"infection\" aside) names "
        "it, wherever the vocabularies file it (\"Fungal Nail Infection (Onychomycosis)\": \"nail fungus\"; "
        "\"ringworm, also known as tinea\": \"tinea infection\"). A condition named without its head is "
        "read as the one condition of the table so named with \"syndrome\", \"disease\" or \"disorder\" "
        "(\"frozen shoulder, or shoulder impingement,\": shoulder impingement syndrome), unless NIH writers use "
        "the short form alone more often (\"heart rhythm\"; `headless_names.tsv`) or it ends in a part of the "
        "body. An acronym whose name spells it out is the writer's definition, unless the article writes "
        "another name with those letters, sharing a word with it, more often nearby (\"CHD, also known as "
        "congenital heart disease\" in an article about coronary heart disease).\n\n"
        "Why it matters: a reader who takes two conditions or procedures to be the same may choose the "
        "wrong treatment or misread their own diagnosis.\n\n"
        "In brackets and in \"or\" set off by commas, and after the last item of a list, the table "
        "counts only two concepts under one parent (\"gout (pseudogout)\", \"colonoscopy, or esophagoscopy,\"), "
        "or, after \"or\" set off by commas, under one grandparent (\"conjunctivitis, or uveitis,\": a conjunctival "
        "and a uvea disease; not after a bracket, which ends a list: \"a big heart (cardiomegaly), or ...\"), "
        "and a technical name glossed in everyday words (\"nausea (upset stomach)\") is never judged.\n\n"
        "Known problems: there, cousins further apart in the table (\"triglycerides (LDL cholesterol)\") "
        "are missed (\"gingivitis (periodontitis)\": a gingival disease and a periodontal disease; counting such "
        "cousins made 6 false alarms in 3,000 MedQuAD answers), since on real news brackets mostly gloss a term "
        "with a wider or lay name; a lay "
        "name the vocabularies lack (\"brain fog\") is never judged. "
        "\"X, called Y\" without \"also\" is read only when X does not end a longer phrase (\"a lining of "
        "nerve tissue, called the retina\" names the lining)."
    ),
    bad=("A heart attack, also called cardiac arrest, needs urgent care.",),
    good=("A heart attack can lead to cardiac arrest, which needs urgent care.",),
)

CROSS_ARTICLE = Rule(
    id="terminology/cross-article",
    severity=Severity.INFO,
    summary="A term written one way in this article and another way in most others",
    explanation=(
        "What it does: in a run over many files, compares how each article writes terms that have "
        "hyphenated, closed or spaced forms, and reports an article whose form differs from the form "
        "most articles use.\n\n"
        "Why it matters: a publisher's pages should agree with each other, not only within themselves.\n\n"
        "Known problems: the majority decides, so on a small run the house style may lose."
    ),
    bad=("(needs several articles)",),
    good=("(needs several articles)",),
    examples_need_article=True,
)

RULES = (DEPRECATED_TERM, LAY_NAME, INCONSISTENT_VARIANT, SPELLING_VARIANT, FALSE_SYNONYM, CROSS_ARTICLE)

# A hyphenated compound is a whole run of word characters and hyphens that
# is letters joined by hyphens; see _compounds.
WORD_RUN = re.compile(r"[\w-]*")
LETTER_NUMBER = re.compile(r"(?<![\w#@/.-])([A-Za-z]{1,5})(-?)(\d{1,3})(?![\w-]|\.\d)")
NUMBERED = re.compile(r"\b([Tt]ype|[Ss]tage|[Pp]hase|[Gg]rade)\s+(IV|I{1,3}|[1-4])(?![\w-]|\.\d)")
ROMAN_VALUES = {"I": "1", "II": "2", "III": "3", "IV": "4"}
COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
# Single letters joined by hyphens (s-t-r-e-t-c-h) or short pairs are not terms.
MIN_COMPOUND_LETTERS = 4
CROSS_ARTICLE_MIN_LETTERS = 5
HISTORY_BEFORE = re.compile(
    r"\b(?:formerly|previously|once|originally|historically|used\s+to\s+be)"
    r"(?:\s+(?:the|called|known\s+as|named|termed))*\s*['‘\"“]?$", re.I)
GLOSS_BEFORE = re.compile(r"(?:,\s*or|\b(?:also|sometimes|often|commonly)\s+(?:called|known\s+as|referred\s+to\s+as))\s*$",
                          re.I)
MIXED_NAME_MAJORITY = 3
INTRODUCED_AFTER = re.compile(r"\s*(?:[()]|,?\s*(?:or|also|known|called)\b)", re.I)
INTRODUCED_BEFORE = re.compile(r"(?:\bor|called|known\s+as|termed|meaning|i\.e\.|,)\s*$", re.I)
# A closed compound the dictionary has seen at least this often is a word.
CLOSED_COMPOUND_MIN_COUNT = 50
# A house style is clear when at least this many articles share it, and
# this many times as many as write it another way.
CROSS_ARTICLE_MIN_MAJORITY = 3
CROSS_ARTICLE_RATIO = 3
# An equivalence between two names: "also known as", "sometimes called",
# "better known as", "a.k.a.", the same inside a bracket ("X (also called
# Y)"), a bare bracket, and "or" set off by commas (apposition). After a
# comma or a bracket the adverb may be left out ("X, known as Y"); after a
# space it may not ("a condition called Y" names a member of a class), except
# in "X is known as Y" (see _equivalences).
# One or two adverbs ("also sometimes called"), then perhaps "just" or "simply".
# Adverbs of how often or how widely ("frequently", "occasionally", "widely", "typically") and of
# register ("informally", "colloquially") belong here too; never those by which the writer
# disowns the name ("mistakenly", "wrongly", "loosely") or dates it ("formerly", "once").
_ADVERB = (r"(?:(?:also|otherwise|sometimes|often|commonly|better|(?:more|most)[ \t]+(?:commonly|formally|often|usually|"
           r"popularly|correctly|properly|accurately|frequently|widely)|usually|generally|popularly"
           r"|formally|medically|clinically|technically|frequently|occasionally|widely|typically|traditionally"
           r"|informally|colloquially|routinely)[ \t]+){1,2}(?:(?:just|simply)[ \t]+)?")
# "known as", "known medically as", "known to doctors as", "known simply as", "called", "referred to as",
# "referred to simply as", "termed", "named".
_NAMING = (r"(?:known[ \t]+(?:(?:medically|clinically|scientifically|technically|formally|commonly|informally"
           r"|colloquially|widely|simply|just)[ \t]+)?(?:to[ \t]+(?:doctors|clinicians|physicians|experts"
           r"|scientists)[ \t]+)?as|called|referred[ \t]+to[ \t]+(?:(?:simply|just)[ \t]+)?as|termed|named)[ \t]+")
_AKA = r"(?:a\.?k\.?a\.?|i\.e\.,?)[ \t]+"
# Every match opens with a comma, space or tab, so the pattern opens with
# that class (the engine then skips at C speed to the places a match can
# start); a lookbehind sends each opening to its own branches. Groups: "bare"
# a naming verb with no adverb after a space, "named" any other naming
# words, "or" the "or" of an apposition; a bracket alone otherwise.
_EQUIVALENCE_FAST = re.compile(
    r"[,\t ](?:(?<=,)[ \t]+(?:(?P<named>(?:" + _ADVERB + r")?" + _NAMING + r"|" + _AKA + r")|(?P<or>or)[ \t]+)"
    r"|(?<=[ \t])[ \t]*(?=[aAbBcCfFgGkKmMoOpPsStTuU(])(?:(?P<named2>" + _ADVERB + _NAMING + r"|" + _AKA + r")"
    r"|(?P<bare>known[ \t]+as[ \t]+)"
    r"|\([ \t]*(?:(?P<named3>(?:which[ \t]+(?:is|are)[ \t]+)?(?:" + _ADVERB + r")?" + _NAMING + r"|" + _AKA + r")"
    r"|(?P<or2>or)[ \t]+)?)"
    r"|(?<=[ \t])[–—][ \t]+(?P<or3>or)[ \t]+)", re.I)
_EQUIVALENCE_UNNAMED = re.compile(
    r"[,\t ](?:(?<=,)[ \t]+(?P<or>or)[ \t]+|(?<=[ \t])[ \t]*\([ \t]*(?:(?P<or2>or)[ \t]+)?)", re.I)
ADVERB_START = re.compile(_ADVERB, re.I)
# Before a phrase, words that make it the end of a longer one ("a network of blood vessels and tissue").
INSIDE_A_PHRASE = re.compile(r"\b(?:of|and|or|to|in|with|from|on|at|by|for|into|than)[ \t]+"
                             r"(?:(?:the|a|an|its|their|his|her|this|that)[ \t]+)?$", re.I)
_EQUIVALENCE_WORDS = ("known", "called", "referred", "termed", "named", "aka", "a.k.a", "i.e.", "–", "—")
# "X is also known as Y", "X, which is also called Y": the verb is part of the connector.
VERB_BEFORE = re.compile(r"(?:,[ \t]*(?:which|that)[ \t]+|[ \t]+)(?:is|are|was|were)[ \t]*,?$", re.I)
# "X is another name for Y", "X is the medical term for Y", "X is the same as Y"
# ("X is not the same as Y" says they differ), "X, which doctors call Y" (the same
# concepts test decides; "which many people call Y" reports loose lay usage, as in
# "acid reflux, which many people refer to as heartburn"). Not "X is called Y":
# on news that names a member of a class ("one side effect is called ...").
VERB_EQUIVALENCE = re.compile(
    r"(?:(?:,[ \t]*(?:which|that)[ \t]+|[ \t]+)(?:is|are)[ \t]+"
    r"(?:(?:another|(?:just|simply|merely|really|basically)[ \t]+another)[ \t]+(?:name|word|term)[ \t]+for"
    r"|(?:the[ \t]+|a[ \t]+)?(?:medical|technical|scientific|clinical|proper|official|formal)[ \t]+(?:name|word|term)"
    r"[ \t]+for"
    r"|(?:(?:just|basically|simply|really)[ \t]+)?the[ \t]+same[ \t]+(?:thing[ \t]+|condition[ \t]+)?as)"
    # In apposition: "X, the medical name for Y", "X, another name for Y".
    r"|,[ \t]*(?:(?:the|a)[ \t]+(?:medical|technical|scientific|clinical|proper|official|formal|common|everyday)"
    r"[ \t]+(?:name|word|term)|(?:(?:just|simply|merely)[ \t]+)?another[ \t]+(?:name|word|term))[ \t]+for"
    r"|,[ \t]*(?:which|what)[ \t]+(?:doctors|experts|clinicians|scientists|researchers)[ \t]+"
    r"(?:(?:also|often|sometimes|usually)[ \t]+)?(?:call|refer[ \t]+to[ \t]+as))[ \t]+", re.I)
_VERB_EQUIVALENCE_WORDS = ("another ", "same ", "name for", "term for", "word for", " call ", "refer to as")
PHRASE_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
PHRASE_WORDS = 6
# The last words of a phrase stand for it only if they name a concept at least this deep in its tree.
HEAD_MIN_ANCESTORS = 3
OPENING_QUOTES = frozenset("\"'“‘")
ARTICLE_AFTER = re.compile(r"(?:an?|the)[ \t]+(?=[A-Za-z0-9])", re.I)
SPACES = re.compile(r"[ \t]+")
KIND_NAMES = {"A": "parts of the body", "B": "organisms", "C": "conditions", "D": "substances", "E": "procedures", "F": "conditions",
              "P": "drug classes", "R": "drugs"}
KIND_SINGULAR = {"parts of the body": "part of the body", "organisms": "organism", "conditions": "condition",
                 "substances": "substance", "procedures": "procedure", "drug classes": "drug class", "drugs": "drug"}
LIST_BEFORE = re.compile(r"(?:,|\b(?:or|and|either|both|whether|between|such[ \t]+as|including|like))\s+$", re.I)
# Words that end a noun phrase: determiners, prepositions, pronouns,
# conjunctions and common verbs.
PHRASE_BOUNDARY = frozenset(
    "a an the of in on at to for by with from as and or but nor is are was were be been being has have had "
    "do does did can could may might will would should must this that these those which who whom whose what "
    "when where while if than then so such your their his her its our my some any no not all each every both "
    "either neither about into onto over under after before between through during without within against "
    "like including include includes causes cause caused called known means mean affects affect treat treats "
    "treated prevent prevents develop develops get gets it they we you he she there here also often usually "
    "sometimes commonly typically undergo undergoes underwent receive receives received need needs needed "
    "take takes took use uses used".split()
)
FUNCTION_WORDS = frozenset(
    "a an the and or but if of in on at to for by with from as is are was were be been may can will "
    "any every some no all each this that these those there here it its into onto up down out over "
    "under after before about between through no not one day time where what who how "
    # Particles: "come back" is a verb, "comeback" a noun; "set off", "setoff".
    "back off away along around aside".split()
)


@dataclass(frozen=True)
class _Occurrence:
    start: int
    end: int
    style: str  # hyphen, closed or spaced

    def text(self, doc: Doc) -> str:
        return doc_text(doc)[self.start:self.end]


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    termbase = termbase_for(ctx.config)
    matches = _termbase_matches(doc, termbase)
    groups = None
    if ctx.enabled(INCONSISTENT_VARIANT.id):
        groups = _variant_groups(doc, ctx)
        ctx.cache["terminology.variant_groups"] = groups  # summarize reads it for this document
    if ctx.enabled(DEPRECATED_TERM.id):
        yield from _deprecated(doc, termbase, matches)
        yield from _open_combining_forms(doc, ctx, groups or {})
    if ctx.enabled(LAY_NAME.id):
        yield from _lay_names(doc, termbase, matches)
    if ctx.enabled(FALSE_SYNONYM.id):
        yield from _false_synonyms(doc, termbase, matches)
    if groups:
        yield from _inconsistent(doc, termbase, groups, ctx.cache.get("terminology.variant_tallies", {}))
    if ctx.enabled(INCONSISTENT_VARIANT.id):
        yield from _mixed_names(doc, termbase, matches)
        yield from _hyphenated_adverbs(doc, ctx)
        yield from _open_phrase_modifiers(doc, ctx)
        yield from _noun_compounds(doc, ctx, termbase, groups or {})
    if ctx.enabled(SPELLING_VARIANT.id):
        yield from _spelling_variants(doc, ctx.config.language)
        yield from _term_phrases(doc, ctx.config.language)


# -- termbase ---------------------------------------------------------------
def _termbase_matches(doc: Doc, termbase: Termbase) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _normalise(m.group())) for m in termbase.matcher.finditer(doc_text(doc))]


# The same few written forms recur in every article.
_normalise = lru_cache(maxsize=8192)(normalise)


def _keep_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _deprecated(doc: Doc, termbase: Termbase, matches) -> Iterator[Finding]:
    for start, end, key in matches:
        entry = termbase.by_form[key]
        for deprecated in entry.deprecated:
            if _normalise(deprecated.term) == key:
                written = doc_text(doc)[start:end]
                if _in_a_title_or_history(doc_text(doc), start, end, written) or _opens_a_name(doc_text(doc), start, end, written):
                    continue
                if any(_glossed(doc_text(doc), start, end, name) for name in (entry.preferred, *entry.variants)):
                    continue  # "bipolar disorder (manic depression)": the old name given for readers who know it
                preferred = _keep_case(written, deprecated.use or entry.preferred)
                # A label for people after a word that may modify it ("type 2 diabetics",
                # "heroin addicts") needs rewording ("people with type 2 diabetes"): no fix.
                modified = entry.preferred.startswith("people ") and _after_a_modifier(doc_text(doc), start)
                yield Finding(
                    rule=DEPRECATED_TERM,
                    span=(start, end),
                    message=f"\"{written}\" is a non-standard term: {deprecated.reason}",
                    suggestions=(preferred,),
                    fix=None if modified else Fix.replace(start, end, preferred, Applicability.SAFE,
                                                          f"Use \"{preferred}\""),
                )


@dataclass(frozen=True)
class LayName:
    name: str
    preferred: str
    count: int
    preferred_count: int
    cues: frozenset[str]
    example: str


@lru_cache(maxsize=1)
def lay_names() -> dict[str, LayName]:
    """data/terminology/lay_names.tsv (tools/build_lay_names.py): lay and old
    names of conditions that NIH writers do not use, by normalised name."""
    table = {}
    for line in resources.lines("terminology/lay_names.tsv"):
        name, preferred, _sources, count, preferred_count, cues, example = line.split("\t")
        table[_normalise(name)] = LayName(name, preferred, int(count), int(preferred_count),
                                          frozenset(cues.lower().split()), example)
    return table


# A name with an everyday sense needs one of its cue words this near (characters).
CUE_REACH = 250
_CUE_WORD = re.compile(r"[a-z]+")
_QUANTITY_AFTER = re.compile(r"\s+of\b", re.I)


@lru_cache(maxsize=1)
def _lay_name_matcher() -> re.Pattern:
    """Each name as written or with a plural -s, its words apart by spaces or a hyphen."""
    forms = sorted(lay_names().values(), key=lambda lay: len(lay.name), reverse=True)
    alternatives = "|".join(form_pattern(lay.name) + ("" if lay.name.endswith("s") else "s?") for lay in forms)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)


def _lay_names(doc: Doc, termbase: Termbase, matches) -> Iterator[Finding]:
    """A lay or old name of a condition that NIH writers do not use ("change
    of life", "water on the brain", "hare lip"), from lay_names.tsv, with the
    name they use. Not where the termbase found a deprecated term, in a name
    or a title, beside the standard name or as history ("formerly called"),
    nor after the article has once given it so; a name with an everyday sense
    ("piles", "the runs") only with one of its cue words near it."""
    text = doc_text(doc)
    taken = [(start, end) for start, end, key in matches
             if any(_normalise(d.term) == key for d in termbase.by_form[key].deprecated)]
    given: set[str] = set()
    for match in _lay_name_matcher().finditer(text):
        start, end = match.span()
        written = match.group()
        plural = lay_names().get(_normalise(written)) is None
        lay = lay_names().get(_normalise(written)[:-1]) if plural else lay_names().get(_normalise(written))
        if lay is None or any(s < end and start < e for s, e in taken):
            continue
        if lay.cues:
            near = set(_CUE_WORD.findall(text[max(0, start - CUE_REACH):end + CUE_REACH].lower()))
            if not lay.cues & near or _QUANTITY_AFTER.match(text, end):
                continue  # "piles of paper"; "the runs" in a story about running
        if lay.name in given or _opens_a_name(text, start, end, written):
            continue
        if _in_a_title_or_history(text, start, end, written) or _glossed(text, start, end, lay.preferred) \
                or _introduced(text, start, end):
            given.add(lay.name)  # "hydrocephalus (water on the brain)": the article has made it its own
            continue
        preferred = _keep_case(written, lay.preferred + ("s" if plural and not lay.preferred.endswith("s") else ""))
        yield Finding(
            rule=LAY_NAME,
            span=(start, end),
            message=(f"\"{written}\" is a lay or old name that NIH health pages do not use "
                     f"(MedQuAD: {lay.count} against {lay.preferred_count} for \"{lay.preferred}\"); "
                     f"say \"{lay.preferred}\""),
            suggestions=(preferred,),
            fix=Fix.replace(start, end, preferred, Applicability.UNSAFE, f"Use \"{preferred}\""),
        )


QUANTIFIERS = frozenset("many most few several more fewer other among help helps helped".split())
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")


def _after_a_modifier(text: str, start: int) -> bool:
    """May the word just before ``start`` belong to the same noun phrase (a
    number, adjective or noun: "type 1", "severe", "heroin")? Any word but a
    determiner, preposition, pronoun or common verb may."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and before.group(1).lower() not in PHRASE_BOUNDARY | QUANTIFIERS


def _opens_a_name(text: str, start: int, end: int, written: str) -> bool:
    """A capitalised form followed by a capitalised word opens a name
    ("Alcoholics Anonymous", "Addicts Rehabilitation Center"), and one after a
    capitalised word mid-sentence ends one ("European League Against Rheumatism")."""
    if not written[:1].isupper():
        return False
    following = PHRASE_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if following is not None and following.group()[:1].isupper():
        return True
    # The end of a name: a capital after a capitalised word mid-sentence ("League Against Rheumatism").
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    ahead = text[max(0, before.start() - 3):before.start()].rstrip(" \t\"'“‘(")
    return bool(ahead) and ahead[-1] not in ".!?:\n"


def _in_a_title_or_history(text: str, start: int, end: int, written: str) -> bool:
    """Part of a name ("the Juvenile Diabetes Research Foundation", "Journal
    of Mental Retardation"), or a historical mention ("formerly called
    manic depression")."""
    if HISTORY_BEFORE.search(text, max(0, start - 40), start):
        return True
    if GLOSS_BEFORE.search(text, max(0, start - 30), start):
        return True  # a lay or old name given beside the standard one: "sepsis, or blood poisoning,"
    words = written.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words) and not written.isupper():
        before = text[max(0, start - 3):start].rstrip(" \t\"'“‘(")
        after = text[end:end + 30].lstrip()
        mid_sentence = bool(before) and before[-1] not in ".!?:\n"
        return mid_sentence or after[:1].isupper()
    return False


def _mixed_names(doc: Doc, termbase: Termbase, matches) -> Iterator[Finding]:
    """A concept the article names one way throughout and, once, by another
    of its termbase names with no word in common and no introduction
    ("kidney stones" five times, "renal calculi" once): readers may take it
    for something else. Only names of two words or more: one-word names are
    mostly acronyms, plurals or broader words ("PTSD", "bacteria",
    "fracture"). Spelling variants, names in names and names set beside each
    other ("hypertension (high blood pressure)") are not findings."""
    by_entry: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for start, end, key in matches:
        by_entry[id(termbase.by_form[key])].append((start, end, key))
    text = doc_text(doc)
    for uses in by_entry.values():
        names = Counter(key for *_, key in uses)
        if len(names) != 2:
            continue
        (main, count), (other, once) = names.most_common()
        if count < MIXED_NAME_MAJORITY or once != 1 or set(main.split()) & set(other.split()) \
                or " " not in main or " " not in other:
            continue  # one-word names are mostly acronyms, plurals or broader words ("fracture", "depression")
        entry = termbase.by_form[main]
        start, end = next((s, e) for s, e, k in uses if k == other)
        written = text[start:end]
        if _as_written(written) or _a_name(text, _Occurrence(start, end, "spaced")) or any(_normalise(d.term) == other for d in entry.deprecated) \
                or spelling_variants.classify(other) or _introduced(text, start, end):
            continue
        following = PHRASE_WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if following and following.group().lower() not in PHRASE_BOUNDARY:
            continue  # a modifier in a longer name: "computed tomography coronary angiography"
        model = next(text[s:e] for s, e, k in uses if k == main)
        if model[:1].isupper() and not model[1:2].isupper():
            model = model[0].lower() + model[1:]  # a capital that opened a sentence: "CT scan" keeps its own
        yield Finding(
            rule=INCONSISTENT_VARIANT,
            span=(start, end),
            message=(f"\"{written}\" names what this article otherwise calls \"{model}\" "
                     f"({count} times); use one name, or introduce the other"),
            suggestions=(_keep_case(written, model),),
        )


def _introduced(text: str, start: int, end: int) -> bool:
    """Set beside another name: in brackets, after "or", "also called", "known as"."""
    before, after = text[max(0, start - 25):start], text[end:end + 12]
    return bool(INTRODUCED_BEFORE.search(before)) or bool(INTRODUCED_AFTER.match(after)) \
        or before.rstrip().endswith("(")


def _open_combining_forms(doc: Doc, ctx: CheckContext, groups: dict) -> Iterator[Finding]:
    """A combining form hyphenated to a word when the dictionary knows the
    closed compound ("micro-needling", "neuro-imaging", "osteo-arthritis"):
    medical style (AMA 8.3) closes combining forms up. English prefixes
    ("non-", "pre-", "anti-") are left alone: news style hyphenates them."""
    text = doc_text(doc)
    forms = _combining_forms()
    for start, end, key in _hyphenated(doc, ctx):
        written = text[start:end]
        parts = written.split("-")
        if key in groups:
            continue  # written closed too: one inconsistency, reported as such
        if len(parts) != 2 or parts[0].lower() not in forms or len(parts[1]) < 4 or parts[1][:1].isupper() \
                or lexicon.frequency(key) < CLOSED_COMPOUND_MIN_COUNT:
            continue
        closed = parts[0] + parts[1].lower()
        yield Finding(
            rule=DEPRECATED_TERM,
            span=(start, end),
            message=f"\"{written}\" is usually written closed up in medical writing: \"{closed}\"",
            suggestions=(closed,),
            fix=Fix.replace(start, end, closed, Applicability.SAFE, f"Use \"{closed}\""),
        )


@lru_cache(maxsize=1)
def _combining_forms() -> frozenset[str]:
    """The Greek and Latin combining forms among the compounding prefixes
    (those ending in -o: micro, neuro, osteo, gastro...)."""
    return frozenset(p for p in resources.yaml_data("spelling_morphology.yaml")["prefixes"] if p.endswith("o"))


def _false_synonyms(doc: Doc, termbase: Termbase, matches) -> Iterator[Finding]:
    """Two termbase terms marked distinct, or two concepts of the concept
    table neither of which is broader than the other, on either side of an
    equivalence: "X, also known as Y", "X (Y)", "X, or Y,". A list ("X or
    Y", "X, Y or Z") offers things side by side and is not read as one."""
    text = doc_text(doc)
    reported: set[tuple[int, int]] = set()
    for start, end, connector in _equivalences(text):
        left = _phrase_before(text, start)
        in_a_list = False
        if left is None and connector in ("also", "named"):
            # The last item of a list ("poor feeding, vomiting, also called nausea,"): the name may gloss
            # the item or the whole list, so only two siblings of the table are judged.
            left = _phrase_before(text, start, list_item=True)
            in_a_list = left is not None
        if connector == "or" and left and LIST_BEFORE.search(text, max(0, left[0] - 14), left[0]):
            continue  # "carbohydrate, or fat, or protein"
        if connector == "or" and text[max(0, start - 1):start] in (")", "]"):
            continue  # "an enlarged heart (cardiomegaly), or low blood pressure": the last item of a list
        if connector == "named":
            if left and INSIDE_A_PHRASE.search(text, max(0, left[0] - 16), left[0]):
                continue  # "the membrane that attaches it to the abdominal wall (called the mesentery)"
            connector = "also"
        right = _phrase_after(text, end, connector)
        if left is None or right is None:
            continue
        (a_start, a_end), (b_start, b_end) = left, right
        first, second = text[a_start:a_end], text[b_start:b_end]
        # "cavity within brain", "inflammation of the liver": the phrase after is a head and more, so
        # its concepts are not its first words' (the curated pairs and opposites still judge it).
        more = bool(MORE_AFTER.match(text, b_end))
        if in_a_list:
            found = not more and not _as_acronym(second) and _distinct_concepts(first, second, siblings=True)
        else:
            found = _distinct_terms(termbase, first, second) or _different_brands(first, second) or (
                connector in ("also", "(", "or") and _contrasting(first, second)) or (
                connector == "also" and not more and _distinct_acronym_concepts(text, first, second, a_end)) or (
                connector in ("(", "or") and not more and not _plain_gloss(first, second)
                and _distinct_concepts(first, second, siblings=True, cousins=connector == "or"))
        narrower = None
        if not found and connector == "also" and not in_a_list and not more:
            narrower = _kind_and_its_class(first, second)
            if narrower == second and MEMBER_OF_A_CLASS.search(text, max(0, a_start - 12), a_start):
                narrower = None  # "a mood disorder also known as manic depression" names one member
            if narrower:
                found = ("", first, second)
        if found and found[0] in ("things", "drugs") and found[1] != first and first.endswith(found[1]):
            # Contrasted by its last words ("patients report acidic urine"): the finding starts there.
            a_start = a_end - len(found[1])
            first = text[a_start:a_end]
        stands_for = None
        if found and len(found) == 4:
            stands_for = found  # (kind, the article's own expansion, the name given, the acronym)
        elif found and found[1:] != (first, second):
            found = (found[0], first, second)  # named as written, though judged by an acronym's expansion
        if not found or (a_start, b_end) in reported:
            continue
        reported.add((a_start, b_end))
        kind, one, other = found[:3]
        if stands_for:
            acronym = stands_for[3]
            message = (f"\"{acronym}\" stands for \"{one}\" elsewhere in this article, and \"{other}\" is "
                       f"a different {KIND_SINGULAR.get(kind, 'thing')}")
            suggestion = f"Name only the one you mean, or explain how {one} and {other} differ"
        elif narrower:
            kind_of, whole = (first, second) if narrower == first else (second, first)
            whole = _mid_sentence(whole)  # "Arthritis, also known as gout": "one kind of arthritis"
            message = f"\"{kind_of}\" is one kind of {whole}, not another name for it"
            suggestion = f"Name only the one you mean, or say that {kind_of} is a kind of {whole}"
        else:
            message = f"\"{first}\" and \"{second}\" are different {kind} but are presented as one"
            suggestion = f"Name only the one you mean, or explain how {one} and {other} differ"
        yield Finding(
            rule=FALSE_SYNONYM,
            span=(a_start, b_end + (connector == "(")),
            message=message,
            suggestions=(suggestion,),
        )


def _different_brands(first: str, second: str):
    """Two brand names of drugs with different active ingredients, in any construction ("Ozempic
    (Mounjaro)": semaglutide and tirzepatide); the phrase before is judged by its last word ("the
    jab Ozempic"). Brand and ingredient ("Wegovy (semaglutide)") are left to the concept table."""
    last = first.split()[-1] if first.split() else first
    if " " in second or _as_acronym(last) or _as_acronym(second) or not different_brands(last, second):
        return None
    return ("drugs", last, second)


def _distinct_acronym_concepts(text: str, first: str, second: str, first_end: int = 0):
    """``_distinct_concepts`` with an acronym side read as its expansion; then the other side must
    be a name the table knows whole ("the bad kind of cholesterol, known as LDL" is a loose gloss)."""
    if _as_acronym(first) != _as_acronym(second):
        acronym, name = (first, second) if _as_acronym(first) else (second, first)
        if _spells_out(acronym, name):
            # The construction is the writer's definition ("Friedreich ataxia, also known as FA"), unless
            # the article names something else with the same letters, more often ("CTS, also known as
            # cubital tunnel syndrome" where it writes "carpal tunnel syndrome" throughout).
            own = _article_expansion(text, acronym, name, first_end)
            found = own and _distinct_concepts(own, name)
            return (found[0], own, name, acronym) if found else None
    one, other = _expanded(text, first), _expanded(text, second)
    if one == first and other == second:
        if _as_acronym(first) != _as_acronym(second):
            # An acronym the table knows, beside a name whose words do not spell it: every concept the
            # acronym names must differ from the name's ("angina pectoris, sometimes called CHF"; not
            # "heart attack, also known as MI", nor "atrial septal defect, also known as ASD").
            acronym, name = (first, second) if _as_acronym(first) else (second, first)
            if _spells_out(acronym, name):
                return None
            # The name before may be longer than the phrase read ("Cerebral autosomal recessive
            # arteriopathy with subcortical infarcts and leukoencephalopathy, known as CARASIL").
            before = re.split(r"[.!?;:]\s", text[max(0, first_end - 200):first_end])[-1]
            words = before.split()
            if acronym is second and any(_spells_out(acronym, " ".join(words[k:]), False) for k in range(len(words))):
                return None
            return _distinct_concepts(first, second, by_head=False, acronyms=True)
        return _distinct_concepts(first, second)
    return _distinct_concepts(one, other, by_head=False)


# The article must write its own expansion of an acronym this often, and more often than the name
# given beside the acronym, before that name is read as another thing with the same letters.
OWN_EXPANSION_MIN = 2
OWN_EXPANSION_REACH = 1500  # characters either side: a few paragraphs
NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _article_expansion(text: str, acronym: str, name: str, at: int) -> str | None:
    """The phrase the article most often writes whose words' first letters are the acronym's (as
    many words as letters, three or more), when it is not ``name``, shares a word with it (a swapped
    near-namesake: "carpal tunnel syndrome", "cubital tunnel syndrome") and is written at least
    OWN_EXPANSION_MIN times and more often than ``name`` within OWN_EXPANSION_REACH characters of
    ``at``, where the construction is: the acronym's meaning in this article."""
    letters = acronym.rstrip("s").upper() if len(acronym) > 3 else acronym.upper()
    n = len(letters)
    if not 3 <= n <= 6 or not letters.isalpha():  # two letters spell too many phrases
        return None
    words = [w.group() for w in NAME_WORD.finditer(text, max(0, at - OWN_EXPANSION_REACH), at + OWN_EXPANSION_REACH)]
    initials = "".join(w[0].upper() for w in words)
    counts: Counter = Counter()
    written: dict[str, str] = {}
    at = initials.find(letters)
    while at >= 0:
        phrase = " ".join(words[at:at + n])
        if not any(w.lower() in FUNCTION_WORDS for w in words[at:at + n]):
            counts[concept_key(phrase)] += 1
            written.setdefault(concept_key(phrase), phrase.lower())
        at = initials.find(letters, at + 1)
    given = counts.get(concept_key(name), 0)
    best = max(counts, key=counts.get, default=None)
    if not given or best is None or best == concept_key(name) or counts[best] < OWN_EXPANSION_MIN \
            or counts[best] <= given:
        return None  # the name given must spell the acronym word for word too ("Hermansky-Pudlak syndrome" does not)
    if not (set(best.split()) & set(concept_key(name).split())) - KIND_HEADS:
        return None  # two names that share letters by chance ("mitral stenosis", "multiple sclerosis"), not a swap
    return written[best]


def _expanded(text: str, term: str) -> str:
    """An acronym's expansion, so that the concept table can judge it ("heartburn, also known as
    GERD"): the article's own definition ("gastroesophageal reflux disease (GERD)"), else the one
    MedQuAD's NIH writers agree on in two answers or more; any other phrase as it is."""
    if not _as_acronym(term):
        return term
    defined = re.search(r"((?:[A-Za-z][\w'-]*[ \t]+){1,7})\(" + re.escape(term) + r"\)", text)
    if defined:
        words = defined.group(1).split()
        letters = term.rstrip("s").upper()
        for k in range(len(words)):
            if "".join(w[0] for w in words[k:]).upper() == letters or "".join(
                    w[0] for w in words[k:] if w.lower() not in FUNCTION_WORDS).upper() == letters:
                return " ".join(words[k:])
    expansion, answers = medquad_acronyms().get(term.rstrip("s") if term.endswith("s") and len(term) > 2 else term,
                                                 ("", 0))
    return expansion if answers >= 2 else term


def _equivalences(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each connector: "also", "or" or "(" . A verb
    before "also known as" belongs to the connector ("X is also known as Y",
    "X, which is also called Y"), and so does "X is another name for Y"."""
    lowered = text.lower()  # maps the Kelvin sign to "k", as re.I matches it
    named = any(w in lowered for w in _EQUIVALENCE_WORDS)
    pattern = _EQUIVALENCE_FAST if named else _EQUIVALENCE_UNNAMED
    seen = set()
    for match in pattern.finditer(text):
        groups = match.groupdict()
        if groups.get("named2") or groups.get("bare"):
            kind = "also"
        elif groups.get("named") or groups.get("named3"):
            # After a comma or bracket with no adverb ("X, called Y") the name may be
            # of a longer phrase ending in X: "a lining of nerve tissue, called the retina".
            named = groups.get("named") or groups.get("named3")
            kind = "also" if ADVERB_START.match(named) or named[:1] in "aAwW" else "named"
            if named[:1] in "iI":
                # "X, i.e. Y," and "X (i.e. Y)" often give an example ("nitrates (i.e. isosorbide
                # dinitrate)"): judged as an "or" or a bracket is, two siblings of the table.
                kind = "(" if groups.get("named3") else "or"
        else:
            # "X, or Y,", "X (or Y)" and "X – or Y –"
            kind = "or" if groups.get("or") or groups.get("or2") or groups.get("or3") else "("
        start = match.start()
        if kind == "also":
            verb = VERB_BEFORE.search(text, max(0, start - 24), start)
            if verb:
                start = verb.start()
            elif groups.get("bare"):
                continue  # "a condition known as Y" names a member of a class; "X is known as Y" is one name
        seen.add(match.end())
        yield start, match.end(), kind
    if any(w in lowered for w in _VERB_EQUIVALENCE_WORDS):
        for match in VERB_EQUIVALENCE.finditer(text):
            if match.end() not in seen:
                yield match.start(), match.end(), "also"


def _phrase_before(text: str, at: int, list_item: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending at ``at``: its words back to a determiner,
    preposition, verb or punctuation, at most PHRASE_WORDS of them."""
    words = list(PHRASE_WORD.finditer(text, max(0, at - 120), at))
    taken = []
    for word in reversed(words):
        between = text[word.end():taken[-1].start() if taken else at]
        if (taken and not SPACES.fullmatch(between)) or word.group().lower() in PHRASE_BOUNDARY:
            break
        taken.append(word)
        if len(taken) > PHRASE_WORDS:
            return None  # too long whatever comes before
    if not taken:
        return None
    start = taken[-1].start()
    before = text[max(0, start - 3):start]
    listed = ("," in before or "/" in before) and not _after_opening_clause(text, start)
    if listed != list_item:
        return None  # the last item of a list: "diabetes, gout, also known as ..." (wanted with ``list_item``)
    return start, taken[0].end()


# Words that open an adverbial clause or phrase set off by a comma before the
# subject ("Because of those bumps, rosacea is also called ..."): what
# follows that comma is no list item.
CLAUSE_OPENERS = frozenset({"because", "although", "though", "since", "as", "when", "while", "if", "after",
                            "before", "unlike", "like", "despite", "for", "in", "at", "on", "by", "with", "without",
                            "however", "today", "often", "sometimes", "historically", "traditionally", "clinically"})


def _after_opening_clause(text: str, comma_before: int) -> bool:
    """Does the comma just before ``comma_before`` end a clause that opens
    the sentence with a subordinator or preposition (and holds no other comma)?"""
    comma = text.rfind(",", max(0, comma_before - 3), comma_before)
    if comma < 0:
        return False
    opening = max(text.rfind(". ", 0, comma), text.rfind("\n", 0, comma), text.rfind("? ", 0, comma),
                  text.rfind("! ", 0, comma))
    clause = text[opening + 1:comma].strip()
    first = clause.split(" ", 1)[0].lower() if clause else ""
    return bool(first) and first in CLAUSE_OPENERS and "," not in clause and len(clause) <= 80


def _phrase_after(text: str, at: int, connector: str) -> tuple[int, int] | None:
    """The noun phrase starting at ``at``, which must end where the
    construction does: at the closing bracket, or at punctuation or a verb."""
    words = []
    article = ARTICLE_AFTER.match(text, at) if connector == "also" else None
    if article:  # "also known as a heart attack": the phrase starts after the article
        at = article.end()
    if connector == "also" and text[at:at + 1] in OPENING_QUOTES:
        at += 1  # also known as "the king's disease"
    for word in PHRASE_WORD.finditer(text, at, min(len(text), at + 120)):
        between = text[words[-1].end() if words else at:word.start()]
        if (words and not SPACES.fullmatch(between)) or between.strip() or word.group().lower() in PHRASE_BOUNDARY:
            break
        words.append(word)
        if len(words) > PHRASE_WORDS:
            return None
    if not words:
        return None
    end = words[-1].end()
    rest = text[end:end + 2]
    if connector == "(":
        return (at, end) if rest.startswith(")") else None
    if connector == "or" and (not rest.startswith((",", ")", ".", ";", ":", " –", " —"))
                              or re.match(r",?\s+(?:or|and)\s", text[end:end + 6])):
        return None  # "X, or Y" is apposition only when Y is set off too, and not "X, or Y, or Z"
    return at, end


def _entry_of(termbase: Termbase, phrase: str):
    """The termbase entry of a phrase, or of it with its last word singular ("viruses")."""
    found = termbase.entry(phrase)
    if found is None and phrase.endswith("s"):
        words = phrase.split()
        last = words[-1]
        singular = last[:-2] if last.lower().endswith(("uses", "sses", "xes", "ches", "shes")) else \
            (last[:-3] + "y" if last.lower().endswith("ies") else last[:-1])
        found = termbase.entry(" ".join(words[:-1] + [singular]))
    return found


def _distinct_terms(termbase: Termbase, first: str, second: str):
    a, b = _entry_of(termbase, first), _entry_of(termbase, second)
    if a is None or b is None or a is b:
        return None
    distinct = _normalise(b.preferred) in {_normalise(d) for d in a.distinct_from} or \
        _normalise(a.preferred) in {_normalise(d) for d in b.distinct_from}
    kind = {"other": "things", "anatomy": "parts of the body"}.get(a.category, f"{a.category}s")
    return (kind, a.preferred, b.preferred) if distinct else None


def _distinct_concepts(first: str, second: str, by_head: bool = True, acronyms: bool = False,
                       siblings: bool = False, cousins: bool = False):
    """Two concepts of one kind, neither broader than the other, named as one
    by an explicit "also known as" or "also called". For brackets and "or"
    (``siblings``) only two concepts under one parent count: there a name is
    nearly always glossed by a lay or wider one the vocabularies file apart
    ("nausea (upset stomach)", "neck (cervical vertebrae)"). The last words of a phrase may
    stand for it ("shock wave lithotripsy", a lithotripsy), but then every
    concept whose name holds all its words counts ("coronary angioplasty":
    "coronary balloon angioplasty", a kind of percutaneous coronary
    intervention)."""
    if not acronyms and (_as_acronym(first) or _as_acronym(second)):
        return None  # acronyms name many things
    if _same_but_sites(first, second):
        return None  # "liver angiomyolipoma", "hepatic angiomyolipoma"; "ecchymosis", "ecchymoses"
    table = concept_table()
    a, b = _concept_of(table, first, by_head), _concept_of(table, second, by_head)
    if a is None or b is None:
        return None
    (one, a), (other, b) = a, b
    if _glosses(one, other) or _glosses(other, one):
        return None  # "prostate inflammation, called prostatitis": a plain name for a technical one
    if _holds_a_name(one, b) or _holds_a_name(other, a) or (_isolated(table, a) and _holds_all_words(one, b)) \
            or (_isolated(table, b) and _holds_all_words(other, a)):
        return None  # "fungal nail infection (onychomycosis)": its words are a name of the other, "nail fungus"
    if not siblings and (_deficiency_and_disease(table, one, a, other, b)
                         or _deficiency_and_disease(table, other, b, one, a)):
        return ("conditions", first, second)
    if _compound_of(one, other) or _compound_of(other, one):
        return None  # "corticosteroids, also called steroids": a compound names a kind of its last part
    if one == other or f" {one} " in f" {other} " or f" {other} " in f" {one} " or table.related(a, b) \
            or not table.same_kind(a, b):
        return None  # "type 2 diabetes (diabetes)": the narrower names the broader
    if table.related(_containing(table, one) or a, b) or table.related(a, _containing(table, other) or b):
        return None
    shared = set("".join(table.kinds.get(c, "") for c in a)) & set("".join(table.kinds.get(c, "") for c in b))
    if siblings and not _siblings(table, a, b) and not (cousins and _cousins(table, a, b)):
        return None
    return (KIND_NAMES.get(min(shared), "things"), first, second)


# Endings that do not change what a word of a name names ("fungal", "fungus"; "ovarian", "ovary" is
# left alone): cut before a name's words are compared, the longest first, keeping at least STEM_MIN letters.
NAME_WORD_ENDINGS = ("ous", "al", "ic", "us", "es", "s")
STEM_MIN = 4


def _stem(word: str) -> str:
    for ending in NAME_WORD_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_MIN:
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=1)
def _names_of() -> dict[int, tuple[str, ...]]:
    """Each concept's names (the table is keyed the other way), built on first use."""
    names = defaultdict(list)
    for name, concepts in concept_table().by_name.items():
        for concept in concepts:
            names[concept].append(name)
    return {concept: tuple(written) for concept, written in names.items()}


def _holds_a_name(phrase: str, concepts: tuple) -> bool:
    """Is a phrase (as ``concept_key`` writes it) a name of one of these concepts in other words: the
    same words in any order, endings aside ("fungal", "fungus"), and a head that says only what kind
    of thing it is ("infection", "disease") aside? Then it names that concept, whatever else the
    vocabularies file it under: "fungal nail infection" is "nail fungus", a name of onychomycosis (the
    Disease Ontology lists it under paronychia); "tinea" is "tinea infection", the MedlinePlus topic
    also called ringworm. Any other word makes another thing ("pre malignant neoplasm")."""
    core = _core(phrase)
    if not core:
        return False
    names = _names_of()
    return any(name != phrase and _core(name) == core for concept in concepts for name in names.get(concept, ()))


def _holds_all_words(phrase: str, concepts: tuple) -> bool:
    """Does a phrase hold every word of a name of two words or more of these concepts (endings
    aside)? Read only for a phrase whose concept has no place in any tree (a MedlinePlus topic the
    vocabularies file nowhere: "benign prostatic hyperplasia" holds "prostatic hyperplasia", the
    enlarged prostate); in a tree, a word more names a kind or another thing ("pre malignant
    neoplasm", "junctional epidermolysis bullosa")."""
    held = {_stem(word) for word in phrase.split()}
    names = _names_of()
    return any(name != phrase and name.count(" ") >= 1 and all(_stem(word) in held for word in name.split())
               for concept in concepts for name in names.get(concept, ()))


def _isolated(table, concepts: tuple) -> bool:
    """No concept of these has a broader or a narrower one in the table."""
    children = _children()
    return all(not table.parents.get(c) and not children.get(c) for c in concepts)


def _core(name: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in name.split() if word not in KIND_HEADS)


# Heads that add nothing to a name but the kind of thing it is.
KIND_HEADS = frozenset({"infection", "disease", "disorder", "syndrome", "condition"})
# Of those, the heads a condition's name may be written without ("irritable bowel" for "irritable bowel
# syndrome"); "infection" and "condition" name another thing once dropped ("ear" for "ear infection").
NAME_HEADS = ("syndrome", "disease", "disorder")
# Kinds of concept (concepts.tsv.gz) that a phrase ending in one of their names names, head or not.
NOT_CONDITIONS = frozenset("ABD")


# "a mood disorder, also known as Y", "one cancer, also called Y": the class introduces one of its kinds.
MEMBER_OF_A_CLASS = re.compile(r"\b(?:an?|one|another)[ \t]+$", re.I)
# A class named by "also known as" must be this deep in its tree: "cancer", "arthritis", "dementia",
# not "disease" or "infection".
CLASS_MIN_ANCESTORS = 2
# ... with at least this many kinds under it: a class readers know by its kinds ("arthritis": gout, ...),
# not a rare condition's subtype that texts name as the condition ("urticaria pigmentosa").
CLASS_MIN_KINDS = 3
# Conditions: substances are filed by chemistry ("antibodies" under "immunoglobulins"), and procedures
# are named by their class ("immunization, also called vaccination").
CLASS_KINDS = frozenset("CF")


def _kind_and_its_class(first: str, second: str) -> str | None:
    """One side a kind of the other, named as if one thing: "arthritis, also known as gout",
    "melanoma, also called skin cancer" is not (the name says it), nor "type 2 diabetes (diabetes)"
    (a bracket). Both whole names of the table, of one kind, neither name holding the other's words,
    the class deep enough to be a class a reader knows from its kinds. Returns the narrower side."""
    if _as_acronym(first) or _as_acronym(second) or _same_but_sites(first, second):
        return None
    table = concept_table()
    a, b = _concept_of(table, first), _concept_of(table, second)
    if a is None or b is None:
        return None
    (one, a), (other, b) = a, b
    if one == other or set(one.split()) & set(other.split()) or _glosses(one, other) or _glosses(other, one) \
            or _compound_of(one, other) or _compound_of(other, one) or set(a) & set(b) or not table.same_kind(a, b):
        return None
    up_a = set().union(*map(table.ancestors, a))
    up_b = set().union(*map(table.ancestors, b))
    if up_a & set(b) and not up_b & set(a):
        narrow, wide = first, b
    elif up_b & set(a) and not up_a & set(b):
        narrow, wide = second, a
    else:
        return None
    if _plain_gloss(second if narrow == first else first, narrow):
        return None  # an everyday name for a technical class ("conjunctivitis, often called pink eye")
    closed = [table.by_name.get(name.replace(" ", "")) for name in (one, other)]
    if closed[0] and set(closed[0]) & set(b) or closed[1] and set(closed[1]) & set(a):
        return None  # one name closed up is the other's ("pinkeye")
    wide = [c for c in wide if c in up_a | up_b]
    if not all(len(table.ancestors(c)) >= CLASS_MIN_ANCESTORS and _descendants(c) >= CLASS_MIN_KINDS
               and table.kinds.get(c, "")[:1] in CLASS_KINDS for c in wide):
        return None  # ("antibodies", "immunoglobulins"; "urticaria pigmentosa", a rare mastocytosis's other name)
    return narrow


@lru_cache(maxsize=1)
def _children() -> dict[int, tuple[int, ...]]:
    children = defaultdict(list)
    for concept, ups in concept_table().parents.items():
        for up in ups:
            children[up].append(concept)
    return {up: tuple(kids) for up, kids in children.items()}


@lru_cache(maxsize=4096)
def _descendants(concept: int) -> int:
    children, seen, todo = _children(), set(), [concept]
    while todo:
        for kid in children.get(todo.pop(), ()):
            if kid not in seen:
                seen.add(kid)
                todo.append(kid)
    return len(seen)


def _compound_of(compound: str, head: str) -> bool:
    """Is ``compound`` one word made of a combining form and ``head`` ("corticosteroid", "steroid";
    "neurotoxin", "toxin")? It names a kind of the head. An opposed prefix ("hypo-") or "pseudo-"
    ("pseudogout", "gout") makes another thing."""
    if " " in compound or " " in head or len(head) < 5 or not compound.endswith(head):
        return False
    prefix = compound[:-len(head)]
    return (len(prefix) >= 4 and prefix.endswith("o") and prefix != "pseudo"
            and not any(prefix == one for one, _other in _contrasts()[1]))


def _deficiency_and_disease(table, deficiency: str, lack: tuple, disease: str, caused: tuple) -> bool:
    """A deficiency named as one of the several diseases the table files under it ("vitamin D
    deficiency, also known as rickets": osteomalacia is another; "thiamine deficiency", "beriberi"):
    a cause and one of its outcomes, not one thing. A deficiency with one disease under it is not
    judged, and one the vocabularies name as its disease is one concept ("vitamin C deficiency", "scurvy")."""
    if not deficiency.endswith(" deficiency") or "deficiency" in disease:
        return False
    if not any(set(lack) & table.ancestors(c) for c in caused):
        return False
    lack = set(lack)
    return sum(1 for c in table.parents if lack & table.ancestors(c)) >= 2  # rare: only here


# A word this common in the word counts is everyday English ("upset", "stomach", "blood"; not "nausea").
EVERYDAY_COUNT = 5000


def _plain_gloss(first: str, second: str) -> bool:
    """Does a bracket or an "or" gloss a technical name in everyday words ("nausea (upset stomach)",
    "sepsis, or blood poisoning,")? Every word after is everyday English, some word before is not.
    Two everyday names ("chest pain (eye pain)") or two technical ones are still judged."""
    plain = [lexicon.frequency(w.lower()) >= EVERYDAY_COUNT for w in PHRASE_WORD.findall(second)]
    return all(plain) and any(lexicon.frequency(w.lower()) < EVERYDAY_COUNT for w in PHRASE_WORD.findall(first))


def _cousins(table, a: tuple, b: tuple) -> bool:
    """Some concept of each under one grandparent, each parent deep in its tree ("conjunctivitis", a
    conjunctival disease, and "uveitis", a uvea disorder: two eye diseases)."""
    def grandparents(concepts):
        return {g for c in concepts for p in table.parents.get(c, ()) if len(table.ancestors(p)) >= HEAD_MIN_ANCESTORS
                for g in table.parents.get(p, ())}
    return bool(grandparents(a) & grandparents(b))


def _siblings(table, a: tuple, b: tuple) -> bool:
    """Some concept of each under one parent, both deep in their trees ("gout", "pseudogout": two
    crystal arthropathies): two things a writer may confuse. A bracket or an "or" set off by commas
    more often glosses a name by a wider or lay one the vocabularies file elsewhere ("lethargy
    (tiredness)", "neck (cervical vertebrae)", "protein, or peptide,"), so only siblings are judged there."""
    deep_a = [c for c in a if len(table.ancestors(c)) >= HEAD_MIN_ANCESTORS]
    deep_b = [c for c in b if len(table.ancestors(c)) >= HEAD_MIN_ANCESTORS]
    parents_a = {p for c in deep_a for p in table.parents.get(c, ())}
    return any(p in parents_a for c in deep_b for p in table.parents.get(c, ()))


# A preposition after a phrase: the phrase goes on ("cavity within brain").
MORE_AFTER = re.compile(r"[ \t]+(?:of|in|within|inside|on|at|to|from|with|without|around|near|under|behind|"
                        r"between|into|surrounding|surrounds|affecting|affects)\b", re.I)


def _same_but_sites(first: str, second: str) -> bool:
    """Word for word the same name but for words naming one part of the body ("liver"/"hepatic",
    contrasts.tsv's sites) or a Greek or Latin plural ("ecchymoses" of "ecchymosis")?"""
    a, b = _CONTRAST_WORD.findall(first.lower()), _CONTRAST_WORD.findall(second.lower())
    if len(a) != len(b) or a == b:
        return False
    sites = _contrasts()[2]
    for x, y in zip(a, b):
        if x == y or x.endswith("ses") and x[:-2] + "is" == y or y.endswith("ses") and y[:-2] + "is" == x:
            continue
        if x in sites and y in sites and sites[x] & sites[y]:
            continue
        return False
    return True


@lru_cache(maxsize=1)
def _contrasts() -> tuple[frozenset[tuple[str, str]], tuple[tuple[str, str], ...], dict[str, frozenset[str]]]:
    """Opposed words (both orders), opposed prefixes (both orders) and the parts of the body each
    site word names, from contrasts.tsv."""
    words, prefixes, sites = set(), set(), defaultdict(set)
    for line in resources.lines("terminology/contrasts.tsv"):
        kind, one, other = line.split("\t")
        if kind == "site":
            sites[one].add(other)
            sites[other].add(other)
        else:
            (words if kind == "word" else prefixes).update({(one, other), (other, one)})
    return (frozenset(words), tuple(sorted(prefixes, key=lambda p: -len(p[0]))),
            {word: frozenset(parts) for word, parts in sites.items()})


_CONTRAST_WORD = re.compile(r"[a-z0-9]+")
NUMBERED_KINDS = frozenset("type stage grade class phase".split())
ROMAN_OR_DIGITS = re.compile(r"^(?:\d+|i{1,3}|iv|v)$")


def _contrasting(first: str, second: str):
    """Two names the same but for a pair of opposites: one word ("acute"/"chronic", "upper"/"lower"),
    words naming two parts of the body before the same head ("pancreatic"/"peritoneal" abscess),
    a prefix before the same rest ("hypothyroidism"/"hyperthyroidism", "subglottic"/"supraglottic"),
    or a number after "type" or "stage" ("type 1"/"type 2"): two things, never one."""
    a, b = _CONTRAST_WORD.findall(first.lower()), _CONTRAST_WORD.findall(second.lower())
    # A longer side whose first words are no part of the name ("patients report acidic urine", "alkaline
    # urine"): its last words, as many as the other side has, when those end the same.
    trimmed = len(a) > len(b) >= 2 and a[-1] == b[-1]
    if trimmed:
        a = a[-len(b):]
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    one, other = a[head:len(a) - tail], b[head:len(b) - tail]
    if not one or not other or not tail and not head:
        if not (len(one) == len(other) == 1 and len(a) == len(b) == 1):
            return None  # a phrase and a longer one naming a kind of it, or two unrelated names
    words, prefixes, sites = _contrasts()
    x_site, y_site = sites.get(" ".join(one)), sites.get(" ".join(other))
    found = (" ".join(one), " ".join(other)) in words or (
        tail > 0 and x_site is not None and y_site is not None and not x_site & y_site)
    if not found and len(one) == len(other) == 1:
        x, y = one[0], other[0]
        found = _series_members(x, y, head > 0 and a[head - 1].isalpha()) or any(x.startswith(p) and y.startswith(q) and x[len(p):] == y[len(q):] and len(x) - len(p) >= 3
                    for p, q in prefixes) or (
            head and a[head - 1] in NUMBERED_KINDS and ROMAN_OR_DIGITS.match(x) and ROMAN_OR_DIGITS.match(y)
            and _numeral(x) != _numeral(y))  # "type 2" and "type II" are one number
    if found and trimmed:
        # The words of ``first`` as written, from the first of those compared.
        words = list(re.finditer(r"[A-Za-z0-9]+", first))
        return "things", first[words[-len(b)].start():], second
    return ("things", first, second) if found else None


_ROMAN_DIGITS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}


def _numeral(word: str) -> str:
    return _ROMAN_DIGITS.get(word, word)


SERIES_MEMBER = re.compile(r"^([a-z]*?)(\d+|[a-z])$")


def _series_members(x: str, y: str, after_word: bool = False) -> bool:
    """Two members of one lettered or numbered series: the same but for a last letter or number after
    letters ("uva"/"uvb" rays, vitamin "d2"/"d3", "t3"/"t4", "cd4"/"cd8"), short words whose last
    letter names the member, never one thing."""
    a, b = SERIES_MEMBER.match(x), SERIES_MEMBER.match(y)
    if not a or not b or a.group(1) != b.group(1) or len(x) > 4 or len(y) > 4:
        return False
    stem, one, other = a.group(1), a.group(2), b.group(2)
    if one.isdigit() != other.isdigit():
        return False
    # A lone letter after a shared word ("hepatitis a"/"hepatitis b", "vitamin d"/"vitamin k"); a lone
    # number only after "type" or "stage" (see _contrasting: "aged 65" is no series).
    return bool(stem) or (after_word and not one.isdigit())


@lru_cache(maxsize=1)
def _suffix_meanings() -> tuple[tuple[str, frozenset[str]], ...]:
    """(suffix, the plain words for what it means), longest suffix first."""
    rows = [line.split("\t") for line in resources.lines("terminology/medical_suffixes.tsv")]
    return tuple(sorted(((suffix, frozenset(words.split(","))) for suffix, words in rows),
                        key=lambda row: -len(row[0])))


def _glosses(technical: str, plain: str) -> bool:
    """Does ``plain`` say in plain words what a word of ``technical`` says
    with a suffix ("heavy menstrual bleeding", "menorrhagia": -rrhagia is
    bleeding)? Both as ``lint.concepts.key`` writes them."""
    plain_words = set(plain.split())
    for word in technical.split():
        for suffix, meanings in _suffix_meanings():
            if word.endswith(suffix) and len(word) >= len(suffix) + 3:
                if meanings & plain_words:
                    return True
                break
    return False


def _containing(table, phrase: str) -> tuple:
    """The concepts whose names hold every word of a phrase the table does
    not know as a whole (empty for a phrase it knows, or of one word)."""
    words = phrase.split()
    if phrase in table.by_name:
        return ()
    for start in range(len(words) - 1):
        found = {c for name in table.names_with(words[start:]) for c in table.by_name[name]}
        if found:
            return tuple(found)
    return ()


@lru_cache(maxsize=1)
def _headless_names() -> frozenset[str]:
    """data/concepts/headless_names.tsv (tools/build_headless_names.py): short forms of condition
    names that NIH writers use alone more often than with their head, so they name something else
    ("heart rhythm", "lipid metabolism")."""
    return frozenset(line.split("\t")[0] for line in resources.lines("concepts/headless_names.tsv"))


def _concept_of(table, phrase: str, by_head: bool = False):
    """(key, concepts) of the phrase, or with ``by_head`` of its longest last
    words that the table knows ("shock wave lithotripsy" is a kind of "lithotripsy"),
    unless those name only concepts near the top of a tree ("acids", "bleeding",
    "inflammation"), too broad to say what the phrase is."""
    words = concept_key(phrase).split()
    whole = " ".join(words)
    if len(words) >= 2 and whole not in table.by_name and len(words[-1]) > 1 and not any(
            table.kinds.get(c, "")[:1] in NOT_CONDITIONS for c in table.by_name.get(words[-1], ())):
        # A condition's name without the head that says only what kind of thing it is ("shoulder
        # impingement", "irritable bowel", "cyclic vomiting"): the table's name with that head, when
        # exactly one such name exists (MeSH and the Disease Ontology file the full names) and NIH
        # writers do not use the short form alone more often (headless_names.tsv). Not when
        # the last word names a part of the body, a substance or a germ: "coronary arteries" are
        # arteries, not "coronary artery disease"; nor after a letter ("hemoglobin S").
        completed = [f"{whole} {head}" for head in NAME_HEADS if f"{whole} {head}" in table.by_name]
        if len(completed) == 1 and whole not in _headless_names():
            return completed[0], table.by_name[completed[0]]
    for i in range(len(words) if by_head else 1):
        name = " ".join(words[i:])
        found = table.by_name.get(name)
        if found:
            if i and not any(len(table.ancestors(c)) >= HEAD_MIN_ANCESTORS for c in found):
                return None  # a head at the top of a tree ("acetylsalicylic acid" is no mere kind of "acids")
            return " ".join(words), found
    return None


def _as_acronym(term: str) -> bool:
    return " " not in term and sum(c.isupper() for c in term) >= 2


# -- one term, several forms --------------------------------------------------
def _variant_groups(doc: Doc, ctx: CheckContext) -> dict[str, list[_Occurrence]]:
    """Occurrences of each term that appears hyphenated, closed or spaced,
    keyed by its letters alone ("microneedling")."""
    groups: dict[str, list[_Occurrence]] = defaultdict(list)
    for start, end, key in _hyphenated(doc, ctx):
        groups[key].append(_Occurrence(start, end, "hyphen"))
    # Read from the token table: walking spaCy tokens builds an object per
    # token per access and cost more than everything else here.
    table = token_table.table(doc)
    texts, lower, alpha, idx = table.text, table.lower, table.is_alpha, table.idx
    text = doc_text(doc)
    words = table.words
    word_lower = list(map(lower.__getitem__, words))
    word_alpha = list(map(alpha.__getitem__, words))
    closed = set(compress(word_lower, word_alpha))
    # A word that can be one half of a spaced form; each is tested once, not once per pair it is in.
    joinable = list(map(and_, word_alpha, map(not_, map(FUNCTION_WORDS.__contains__, word_lower))))
    # Pairs are joined and looked up at C speed, not walked in Python; few
    # join into a word of the article.
    pairs = list(map(and_, joinable, joinable[1:]))
    joined = map(add, compress(word_lower, pairs), compress(word_lower[1:], pairs))
    for i in compress(compress(range(len(words) - 1), pairs), map(closed.__contains__, joined)):
        left, right = words[i], words[i + 1]
        left_end = idx[left] + len(texts[left])
        # The two words are one space apart, and nothing else between them.
        if idx[right] != left_end + 1 or text[left_end] != " ":
            continue
        groups[lower[left] + lower[right]].append(_Occurrence(idx[left], idx[right] + len(texts[right]), "spaced"))
    last = len(words) - 1
    for i in list(compress(range(len(words)), map(groups.__contains__, word_lower))) if groups else ():
        k = words[i]
        if alpha[k] and (i == 0 or texts[words[i - 1]] not in ("-", "#")) and (i == last or texts[words[i + 1]] != "-") \
                and text[idx[k] - 1:idx[k]] != "#":  # a hashtag is no way of writing the word
            groups[lower[k]].append(_Occurrence(idx[k], idx[k] + len(texts[k]), "closed"))
    # Letters and a number written with and without a hyphen ("D3" and "D-3", "B12" and "B-12").
    for match in _letter_numbers(text):
        letters, hyphen, number = match.group(1, 2, 3)
        groups[f"{letters.lower()}{number}#"].append(
            _Occurrence(match.start(), match.end(), "hyphen" if hyphen else "closed"))
    # A type, stage or phase numbered in Arabic and in Roman numerals ("type 2" and "type II").
    if "ype" in text or "tage" in text or "hase" in text or "rade" in text:
        for match in NUMBERED.finditer(text):
            word, number = match.group(1).lower(), match.group(2)
            value = ROMAN_VALUES.get(number, number)
            groups[f"{word} {value}#"].append(
                _Occurrence(match.start(), match.end(), "hyphen" if number in ROMAN_VALUES else "closed"))
    # Hyphenated beside spaced alone is grammar, not inconsistency: "high-risk
    # patients" but "at high risk". A closed form ("highrisk") must be one side.
    # A name keeps its own form ("HydroTrack", "Southern Illinois Healthcare").
    kept = {}
    for key, occ in groups.items():
        if len({o.style for o in occ}) < 2:
            continue
        if not key.endswith("#"):  # "D3" is no name
            occ = [o for o in occ if not _a_name(text, o)]
        if len({o.style for o in occ}) > 1 and any(o.style == "closed" for o in occ):
            kept[key] = sorted(occ, key=lambda o: o.start)
    ctx.cache["terminology.variant_tallies"] = {key: _tally(text, key, occ, groups) for key, occ in kept.items()}
    return kept


def _tally(text: str, key: str, occurrences: list[_Occurrence], groups) -> Counter:
    """How often the article writes each of a word's styles, counting its other number too: in
    "a painful flareup ... Flare-ups often calm ... the next flare-up" the article writes "flare-up"
    twice and "flareup" once, and an editor fixes the odd one out. Only the styles the word itself
    is written in are counted (its own form is the model a finding quotes)."""
    own = {o.style for o in occurrences}
    tally = Counter(o.style for o in occurrences)
    if key.endswith("#"):
        return tally
    for other in (key + "s", key + "es", key[:-1] if key.endswith("s") else ""):
        if other and other in groups and other != key:
            tally.update(o.style for o in groups[other] if o.style in own and not _a_name(text, o))
    return tally


_DIGITS = re.compile(r"\d+")
_LETTER_OR_HYPHEN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")


def _letter_numbers(text: str) -> Iterator[re.Match]:
    """``LETTER_NUMBER.finditer(text)``, tried only just before a run of
    digits that follows a letter or hyphen (the engine tried the pattern at
    every character). A match's first digit opens a run of digits after a
    letter or hyphen, and the match starts at most six characters before
    it; windows are tried in order, so the matches are the same."""
    done = 0  # no match starts before this
    for run in _DIGITS.finditer(text):
        digit = run.start()
        if digit < done or not digit or text[digit - 1] not in _LETTER_OR_HYPHEN:
            continue
        for start in range(max(done, digit - 6), digit):
            match = LETTER_NUMBER.match(text, start)
            if match:
                yield match
                done = match.end()
                break


def _a_name(text: str, occ: _Occurrence) -> bool:
    """Capitals inside the word ("HydroTrack"), or a capital that does not open
    a sentence or line ("at Southern Illinois Healthcare")."""
    written = text[occ.start:occ.end]
    if not written[:1].isupper():
        return False
    letters = written.replace("-", "").replace(" ", "")
    if any(c.isupper() for c in letters[1:]) and not written.isupper() and not LETTER_NUMBER.fullmatch(written):
        if " " not in written and "-" not in written:
            return True
    before = text[max(0, occ.start - 3):occ.start].rstrip(" \t\"'“‘([*#")
    return bool(before) and before[-1] not in ".!?:\n"


def _hyphenated(doc: Doc, ctx: CheckContext) -> list[tuple[int, int, str]]:
    # The check and the summary both need these: search the text once.
    found = ctx.cache.get("terminology.hyphenated")
    if found is not None:
        return found
    found = []
    text = doc_text(doc)
    for start, end in _compounds(text):
        parts = text[start:end].lower().split("-")
        key = "".join(parts)
        # A particle may start a compound ("after-care", "day-time") only as
        # the closed word's other spelling: the closed test needs the closed
        # word in the article; the open test (_noun_compounds) skips them.
        if len(key) < MIN_COMPOUND_LETTERS or all(len(p) == 1 for p in parts):
            continue
        found.append((start, end, key))
    ctx.cache["terminology.hyphenated"] = found
    return found


def _compounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of word characters and hyphens that is
    letters joined by hyphens, in order. Only the runs around a hyphen are
    read: a regular expression tried at every word cost more than the rest
    of the hyphen search."""
    found = []
    backwards = None
    at = text.find("-")
    while at != -1:
        if backwards is None:
            backwards = text[::-1]
        # Where the run starts: a forward match from the hyphen in the reversed text.
        start = len(text) - WORD_RUN.match(backwards, len(text) - at).end()
        end = WORD_RUN.match(text, at).end()
        if COMPOUND.fullmatch(text, start, end):
            found.append((start, end))
        at = text.find("-", end)
    return found


def _inconsistent(doc: Doc, termbase: Termbase, groups, tallies=None) -> Iterator[Finding]:
    for key, occurrences in sorted(groups.items()):
        styles = (tallies or {}).get(key) or Counter(o.style for o in occurrences)
        preferred_style = _preferred_style(doc, termbase, occurrences, styles)
        model = next(o for o in occurrences if o.style == preferred_style)
        target = model.text(doc)
        for occ in occurrences:
            if occ.style == preferred_style or {occ.style, preferred_style} == {"hyphen", "spaced"}:
                continue
            written = occ.text(doc)
            replacement = _keep_case(written, target.lower() if not target[:1].isupper() else target)
            yield Finding(
                rule=INCONSISTENT_VARIANT,
                span=(occ.start, occ.end),
                message=f"\"{written}\" is also written \"{target}\" in this article; use one form",
                suggestions=(replacement,),
                fix=Fix.replace(occ.start, occ.end, replacement, Applicability.SAFE, f"Use \"{replacement}\""),
            )


# A noun made of a verb and a particle is hyphenated ("a check-up", "a follow-up"); two nouns
# are written open ("side effects", "blood test"); these prefixes always take a hyphen.
PARTICLES = frozenset("up out in off down over on back".split())
# ("anti", "non", "pre", "post", "co", "multi", "semi", "mid": prefixes that join their word closed or with
# a hyphen, never open: "anti itch" and "non drowsy" beside "anti-itch" and "non-drowsy" are slips.)
HYPHEN_PREFIXES = frozenset({"self", "ex", "anti", "non", "pre", "post", "co", "multi", "semi", "mid"})
DETERMINERS = frozenset("a an the your my his her their our its each every this that these those any no".split())
# A number's compounds are grammar too: "a two-year study" lasts "two years"; "three-quarters of".
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
                         "fifty sixty seventy eighty ninety hundred thousand million half quarter third".split())
VERBS_AFTER = frozenset("is are was were can may might will would should could include includes including".split())
PHRASE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|\n|$)")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_WORDS_BEFORE = re.compile(r"([A-Za-z']+)[ \t]+(?:([A-Za-z']+)[ \t]+)?$")


def _noun_compounds(doc: Doc, ctx: CheckContext, termbase: Termbase, groups) -> Iterator[Finding]:
    """A compound of two words written both hyphenated and open in one article, used as a noun
    both ways ("side-effects" and "side effects are", "a check up." and "a check-up."); or a
    compound whose prefix always takes a hyphen written open beside its hyphenated form ("Self
    management" beside "self-management"). A hyphen before a noun and none after a verb is
    grammar ("high-risk patients", "at high risk"), so a form used only as a modifier, or a
    phrasal verb ("check up on"), is never compared. The termbase's preferred form is kept, else
    the article's commoner form; on a tie, a verb and particle keep their hyphen and two nouns are
    written open."""
    text = doc_text(doc)
    hyphenated: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for start, end, key in _hyphenated(doc, ctx):
        parts = text[start:end].lower().split("-")
        if text[start - 1:start] in _IN_A_LINK or text[end:end + 1] in _IN_A_LINK and (
                text[end:end + 1] != "." or text[end + 1:end + 2].isalnum()):
            continue  # part of a web address: "...?section=risk-factors"
        if len(parts) != 2 or key in groups or min(map(len, parts)) < 2 or parts[0] in FUNCTION_WORDS \
                or parts[0].endswith("ly") and parts[0] not in NOT_LY_ADVERBS or parts[0] in NUMBER_WORDS:
            continue
        hyphenated[(parts[0], _singular(parts[1]))].append((start, end))
    # Only pairs whose first word is followed by a space or tab somewhere can
    # be written open; most documents have none, and skip compiling a pattern.
    lowered = text.lower()
    candidates = [(a, b) for a, b in hyphenated if (f"{a} " in lowered or f"{a}\t" in lowered) and b in lowered]
    if not candidates:
        return
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(rf"{re.escape(a)}[ \t]+{re.escape(b)}s?" for a, b in candidates)
                         + r")(?![\w-])", re.IGNORECASE)
    spaced: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for match in pattern.finditer(text):
        first, second = match.group().lower().split()
        if (first, _singular(second)) in hyphenated:
            spaced[(first, _singular(second))].append((match.start(), match.end()))
    for pair, open_uses in spaced.items():
        # The termbase's preferred form, when it is this compound ("side effect"), decides.
        entry = termbase.entry(f"{pair[0]} {pair[1]}") or termbase.entry(f"{pair[0]}-{pair[1]}")
        preferred = entry.preferred.lower() if entry is not None else ""
        if entry is not None and preferred.replace("-", "").replace(" ", "") != pair[0] + pair[1]:
            preferred = ""
        if entry is not None and not preferred or preferred and "-" not in preferred and " " not in preferred:
            continue  # another term's variant, or a closed preferred form (the closed check's)
        uses = [(s, e, "hyphen") for s, e in hyphenated[pair]] + [(s, e, "spaced") for s, e in open_uses]
        uses = [u for u in uses if not _a_name(text, _Occurrence(*u))]
        nouns = [u for u in uses if pair[0] in HYPHEN_PREFIXES or (
            _as_a_noun(text, u[0], u[1]) and not (pair[1] in PARTICLES and u[2] == "spaced"
                                                  and _VERB_MAY_FOLLOW.search(text, max(0, u[0] - 8), u[0])))
                 or pair[1] in PARTICLES and _WORD_BEFORE_NOUN.search(text, max(0, u[0] - 8), u[0])]
        # A verb and its particle are written open only as a verb: as a noun or a modifier they take
        # the hyphen, so an open noun ("arrange a follow up") beside any hyphenated use ("a follow-up
        # appointment") is the slip, whatever the hyphenated one modifies.
        particle_noun = pair[1] in PARTICLES and any(style == "spaced" for *_, style in nouns) and any(
            style == "hyphen" for *_, style in uses)
        if pair[1] in MODIFIER_SECONDS and any(style == "hyphen" for *_, style in uses):
            # A noun and a participle before a noun ("tick-borne infection" and "tick borne illness"):
            # the open one is the slip, whatever the hyphenated one modifies.
            modifiers = [u for u in uses if u[2] == "spaced" and _before_a_noun(text, u[1])
                         and not _in_a_title_line(text, u[1])]
            if modifiers and not nouns:
                nouns, particle_noun = modifiers, True
        if len({style for *_, style in nouns}) < 2 and pair[0] not in HYPHEN_PREFIXES and not particle_noun:
            continue
        # Only uses as a noun count: "low-dose aspirin" says nothing against "at low doses".
        counts = Counter(style for *_, style in (nouns if pair[0] not in HYPHEN_PREFIXES else uses))
        if len(counts) < 2 and not particle_noun:
            continue
        if preferred:
            kept = "hyphen" if "-" in preferred else "spaced"
        elif pair[0] in HYPHEN_PREFIXES or particle_noun:
            kept = "hyphen"
        elif counts["hyphen"] != counts["spaced"]:
            kept = max(counts, key=counts.__getitem__)
        else:
            kept = "hyphen" if pair[1] in PARTICLES else "spaced"
        model = next((text[s:e] for s, e, style in uses if style == kept and not text[s].isupper()),
                     next(text[s:e] for s, e, style in uses if style == kept))  # "follow-up", not a heading's "Follow-up"
        for start, end, style in nouns:
            if style == kept:
                continue
            written = text[start:end]
            wanted = written.replace(" ", "-") if kept == "hyphen" else written.replace("-", " ")
            wanted = " ".join(wanted.split()) if kept == "spaced" else re.sub(r"[ \t]+", "-", wanted)
            yield Finding(
                rule=INCONSISTENT_VARIANT,
                span=(start, end),
                message=f"\"{written}\" is also written \"{model}\" in this article; use one form",
                suggestions=(wanted,),
                fix=Fix.replace(start, end, wanted, Applicability.SAFE, f"Use \"{wanted}\""),
            )


_IN_A_LINK = frozenset("/=#@_.&?")  # (a full stop after it only when a letter follows: ".com")


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


# Second parts of a compound modifier made of a noun and a participle or adjective ("tick-borne",
# "age-related", "disease-specific", "HIV-positive", "lactose-free", "flu-like", "life-threatening"):
# written open before a noun beside the
# hyphenated form, the open one is the slip.
MODIFIER_SECONDS = frozenset("borne related based associated induced dependent resistant specific acquired "
                             "derived sensitive positive negative free like friendly shaped prone rich filled "
                             "lowering causing fighting threatening saving relieving modifying sparing".split())
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _in_a_title_line(text: str, at: int) -> bool:
    """A line that ends with no sentence mark is a heading or a cited title ("Research: ... population
    based cohort study"), written as its publisher spelled it."""
    end = text.find("\n", at)
    line = text[at:end if end != -1 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", '"', "”", "'", "’", ")", ":", ";"))


def _before_a_noun(text: str, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    return bool(after) and after.group(1) not in FUNCTION_WORDS and after.group(1) not in VERBS_AFTER \
        and "noun" in word_class.classes(after.group(1))


# A verb and its particle straight after one of these is a noun ("a follow up if"); "that", "this"
# and "her" may stand before a verb ("that follow up", "help her warm up").
_VERB_MAY_FOLLOW = re.compile(r"(?<![\w'-])(?:that|this|these|those|her)[ \t]+$", re.I)
_WORD_BEFORE_NOUN = re.compile(r"(?<![\w'-])(?:a|an|the|your|my|our|their|its|each|every|any|no)[ \t]+$", re.I)


def _only_an_adjective(word: str) -> bool:
    found = word_class.classes(word)
    return "adj" in found and not found & {"noun", "verb"}


# Words that follow a noun and modify nothing after them: a compound between
# a determiner and one of these is a noun ("your check-up in May").
NOUN_FOLLOWERS = frozenset("of in at for with from on during after before until every each twice once".split())


# "a low-cost, low-dose medicine": a comma before another compound joins two modifiers.
COORDINATED_MODIFIER = re.compile(r",[ \t]+[A-Za-z]+-[A-Za-z]+")


def _as_a_noun(text: str, start: int, end: int) -> bool:
    """Is the compound at [start, end) used as a noun: plural ("side-effects"), followed by a verb
    ("side effects are"), or ending its phrase after a determiner ("at your annual check up.")?"""
    last = re.split(r"[- \t]+", text[start:end])[-1].lower()
    if _singular(last) != last:
        return True
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in VERBS_AFTER:
        return True
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if after and before and (before.group(2) or before.group(1)).lower() in DETERMINERS and (
            after.group(1).lower() in NOUN_FOLLOWERS or after.group(1).endswith("ly")):
        return True  # "check your blood-pressure daily", "the follow-up in May": no noun follows to modify
    if after and before and before.group(2) and before.group(1).lower() in DETERMINERS and (
            after.group(1).lower() in NOUN_FOLLOWERS) and _only_an_adjective(before.group(2).lower()):
        return True  # a determiner and an adjective before it: "a slower warm up on cold mornings"
    if not PHRASE_END.match(text, end) or COORDINATED_MODIFIER.match(text, end):
        return False
    return bool(before) and any(w and w.lower() in DETERMINERS for w in before.groups())


# "-ly" words that are no adverbs of manner: they hyphenate as any word does
# ("early-stage", "family-run", "butterfly-shaped", "jelly-like").
NOT_LY_ADVERBS = frozenset({"early", "family", "elderly", "daily", "weekly", "monthly", "yearly", "hourly",
                            "nightly", "only", "likely", "holy", "jelly", "belly", "butterfly", "fly", "bully",
                            "ally", "italy", "lily", "silly", "ugly", "lonely", "friendly", "lovely", "deadly",
                            "costly", "curly", "oily", "hilly", "wooly", "woolly", "poly", "rely", "reply",
                            "supply", "apply", "comply", "multiply", "anomaly"})


def _open_phrase_modifiers(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """A phrase of three words or more that the article hyphenates ("over-the-counter",
    "end-of-life", "up-to-date") written open straight before a noun elsewhere ("over the counter
    options"): before a noun such a phrase is one modifier and takes its hyphens, as the article's own
    form shows. Open after a verb or before a preposition it is grammar ("sold over the counter",
    "kept up to date with"), and is not reported."""
    text = doc_text(doc)
    forms: dict[tuple[str, ...], str] = {}
    hyphens: Counter = Counter()
    for start, end, _key in _hyphenated(doc, ctx):
        parts = tuple(text[start:end].lower().split("-"))
        # A phrase, not a word with prefixes: a small word inside ("over-the-counter", "day-to-day").
        if len(parts) >= 3 and any(p in FUNCTION_WORDS for p in parts[1:-1]) \
                and not _a_name(text, _Occurrence(start, end, "hyphen")):
            forms.setdefault(parts, text[start:end])
            hyphens[parts] += 1
    if not forms:
        return
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(r"[ \t]+".join(map(re.escape, parts)) for parts in forms)
                         + r")(?![\w-])", re.IGNORECASE)
    modifiers = [m for m in pattern.finditer(text) if _before_a_noun(text, m.end())
                 and not _in_a_title_line(text, m.end()) and not _a_name(text, _Occurrence(*m.span(), "spaced"))]
    # A writer who leaves the phrase open before nouns more often than not ("quality of life scores"
    # five times, "quality-of-life" once) has a house style; the odd one out is then no slip of this kind.
    open_count = Counter(tuple(m.group().lower().split()) for m in modifiers)
    for match in modifiers:
        start, end = match.span()
        written = match.group()
        parts = tuple(written.lower().split())
        if open_count[parts] > hyphens[parts]:
            continue
        model = forms[parts]
        wanted = re.sub(r"[ \t]+", "-", written)
        yield Finding(
            rule=INCONSISTENT_VARIANT,
            span=(start, end),
            message=f"\"{written}\" is also written \"{model}\" in this article; before a noun it takes its hyphens",
            suggestions=(wanted,),
            fix=Fix.replace(start, end, wanted, Applicability.SAFE, f"Use \"{wanted}\""),
        )


def _hyphenated_adverbs(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """An adverb in -ly joined to its adjective both with and without a
    hyphen in one article ("minimally-invasive" and "minimally invasive"):
    style guides (AP, Chicago, the AMA's) write it open, so the hyphenated
    form is the one to change."""
    text = doc_text(doc)
    for start, end, _key in _hyphenated(doc, ctx):
        parts = text[start:end].split("-")
        if len(parts) != 2 or not parts[0].lower().endswith("ly") or parts[0].lower() in NOT_LY_ADVERBS:
            continue
        open_form = f"{parts[0]} {parts[1]}"
        # The article's own open form: one in a quotation or a title is its speaker's or author's.
        if not any(not prose.in_zone(doc, m.start(), m.end(), "quotation", "title", "references")
                   for m in re.finditer(rf"(?<![\w-]){re.escape(open_form)}(?![\w-])", text, re.IGNORECASE)):
            continue
        yield Finding(
            rule=INCONSISTENT_VARIANT,
            span=(start, end),
            message=f"\"{text[start:end]}\" is also written \"{open_form.lower()}\" in this article; "
                    "an adverb in -ly takes no hyphen",
            suggestions=(open_form,),
            fix=Fix.replace(start, end, open_form, Applicability.SAFE, f"Use \"{open_form}\""),
        )


def _preferred_style(doc: Doc, termbase: Termbase, occurrences, styles: Counter) -> str:
    for occ in occurrences:
        entry = termbase.entry(occ.text(doc))
        letters = "".join(c for c in occ.text(doc).lower() if c.isalnum())
        # Only a preferred form of the same letters sets the style ("anticoagulant" says
        # nothing about "blood thinner" or "bloodthinner").
        if entry is not None and "".join(c for c in entry.preferred.lower() if c.isalnum()) == letters:
            preferred = entry.preferred
            style = "hyphen" if "-" in preferred else "spaced" if " " in preferred else "closed"
            # The finding says the article writes the preferred form: it must ("x ray" and
            # "xray" with no "X-ray" fall to the article's majority).
            if style in styles:
                return style
    # A closed form the dictionary has never seen ("bloodthinner", "soyfood") is
    # no model, however often the article writes it.
    if "closed" in styles and len(styles) > 1:
        closed = next(o for o in occurrences if o.style == "closed").text(doc).lower()
        if closed.isalpha() and not lexicon.frequency(closed):
            styles = Counter({k: v for k, v in styles.items() if k != "closed"})
    top = max(styles.values())
    return next(o.style for o in occurrences if styles.get(o.style) == top)


# -- British and American ---------------------------------------------------------
def _spelling_variants(doc: Doc, language: str) -> Iterator[Finding]:
    """Words the article's English does not write, that English decided once
    for the article (lint.english): a Canadian article writes "colour" and
    "organize", a British one "colour" and either. A British or American
    *name* ("paracetamol") is reported only beside its counterpart."""
    seen = english.observe(doc)
    if not seen:
        return
    variety = english.english(doc, language)
    yield from _mixed_ise_ize(doc, seen, variety)
    table = token_table.table(doc)
    texts, idx = table.text, table.idx
    written = {texts[k].lower() for k, *_ in seen}
    examples = [texts[k] for k, v, _, f in english.evidence(doc) if f != "term" and english.accepts(variety, f, v)]
    if not examples and variety is not None:
        # One spelling outweighed by the names of the other English (english.decide): name one.
        own = spelling_variants.BRITISH if english.accepts(variety, "term", spelling_variants.BRITISH) else \
            spelling_variants.AMERICAN
        # Or, with no name either, where it places its reader ("$4.99", "the American Academy of ...").
        name = english.first_name(doc_text(doc), own) or english.first_marker(doc_text(doc), own)
        examples = [name] if name else []
    for k, variant, counterpart, feature in seen:
        if feature == "term":
            alone = counterpart not in written
            if alone and (variety is None or texts[k].lower() not in spelling_variants.alone_names()
                          or english.accepts(variety, feature, variant) or not _settled(seen, variety)):
                continue  # a name is reported alone only if the other English never writes it (a drug's, "GP")
            lone = variety is None
            if lone:  # no spelling to go by: the name used first wins
                pair = (texts[k].lower(), counterpart)
                first = next(v for j, v, _c, f in seen if f == "term" and texts[j].lower() in pair)
                if variant == first:
                    continue
            elif english.accepts(variety, feature, variant):
                continue
        elif variety is None or english.accepts(variety, feature, variant) or not examples:
            continue
        name = "British" if variant == spelling_variants.BRITISH else "American"
        if variety is None:
            reason = f"this article also writes \"{counterpart}\""
        elif language != "auto":
            reason = f"the configured language is {variety}"
        elif feature == "term" and alone:
            reason = f"this article is otherwise in {english.NAMES[variety]} English, which writes \"{counterpart}\""
        elif feature == "term":
            reason = f"this article also writes \"{counterpart}\" and is in {english.NAMES[variety]} English"
        else:
            reason = f"this article is otherwise in {english.NAMES[variety]} English (\"{examples[0]}\")"
        written_form, start = texts[k], idx[k]
        if feature == "term" and _glossed(doc_text(doc), start, start + len(written_form), counterpart):
            continue
        replacement = _keep_case(written_form, counterpart)
        what = f"the {name} name" if feature == "term" else f"{name} spelling"
        yield Finding(
            rule=SPELLING_VARIANT,
            span=(start, start + len(written_form)),
            message=f"\"{written_form}\" is {what}; {reason}",
            suggestions=(replacement,),
            fix=Fix.replace(start, start + len(written_form), replacement, Applicability.SAFE,
                            f"Use \"{replacement}\""),
        )


def _mixed_ise_ize(doc: Doc, seen, variety: str | None) -> Iterator[Finding]:
    """British English may write -ise or -ize (Oxford spelling), but one
    article writes one of them: "recognise" and "minimise" beside
    "stabilize" is a slip. The family written less often (on a tie, the one
    written second) is reported."""
    if variety is None or not english.accepts(variety, "ise", spelling_variants.AMERICAN) or not english.accepts(
            variety, "ise", spelling_variants.BRITISH):
        return
    family = [(k, variant, counterpart) for k, variant, counterpart, feature in seen if feature == "ise"]
    counts = Counter(variant for _, variant, _ in family)
    if len(counts) < 2:
        return
    first = family[0][1]
    minority = min(counts, key=lambda v: (counts[v], v == first))
    majority_example = next(k for k, v, _ in family if v != minority)
    table = token_table.table(doc)
    texts, idx = table.text, table.idx
    kept, other = ("-ize", "-ise") if minority == spelling_variants.AMERICAN else ("-ise", "-ize")
    for k, variant, counterpart in family:
        if variant != minority:
            continue
        written_form, start = texts[k], idx[k]
        replacement = _keep_case(written_form, counterpart)
        yield Finding(
            rule=SPELLING_VARIANT,
            span=(start, start + len(written_form)),
            message=(f"\"{written_form}\" is spelled {kept}; this article otherwise writes {other} "
                     f"(\"{texts[majority_example]}\")"),
            suggestions=(replacement,),
            fix=Fix.replace(start, start + len(written_form), replacement, Applicability.SAFE,
                            f"Use \"{replacement}\""),
        )


_NAME_WORD = re.compile(r"[A-Za-z0-9]+")


def _after_words_before(text: str, start: int, counterpart: str) -> str:
    """The counterpart less its first words when the text already has them before the word
    ("potato crisps": "chips", not "potato potato chips")."""
    words = counterpart.split()
    for k in range(len(words) - 1, 0, -1):
        lead = " ".join(words[:k])
        if text[max(0, start - len(lead) - 1):start].lower() == lead.lower() + " ":
            return " ".join(words[k:])
    return counterpart


def _telling_word(name: str) -> str:
    """The rarest word of a name, in lower case: the one least likely to be
    in an article that does not use the name ("holiday" of "on holiday")."""
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    longer = [w for w in words if len(w) > 1]  # "doctor's" is "doctor" and "'s"
    if not longer:
        return name.lower()  # "A&E" is one token, "a&e"
    return min(longer, key=lambda w: (lexicon.frequency(w), -len(w)))


@lru_cache(maxsize=1)
def _phrase_pairs():
    """Each pair with a word (lower case) of each side: a pair can be
    reported only in an article holding both."""
    alone = spelling_variants.alone_names()
    return [(british, american, _telling_word(british), _telling_word(american),
             frozenset(w.lower() for w in _NAME_WORD.findall(british) if len(w) > 1) if british in alone else None,
             frozenset(w.lower() for w in _NAME_WORD.findall(american) if len(w) > 1) if american in alone else None)
            for british, american in spelling_variants.phrase_terms()]


@lru_cache(maxsize=256)
def _phrase_pattern(name: str):
    """A written name as a pattern: a name in lower case matches whatever the
    case of its letters, one with capitals ("GP", "A&E", "Pap test") as written;
    a name of several words in its plural too."""
    body = re.escape(name).replace(r"\ ", r"\s+")
    if name[-1:].isalpha() and not name.endswith("s") and " " in name:
        body += "s?"  # "plantar wart" and "plantar warts" are one name
    flags = re.I if name.islower() or not any(c.isalpha() for c in name) else 0
    return re.compile(r"(?<![\w&'-])" + body + r"(?![\w&-])", flags)


def _term_phrases(doc: Doc, language: str) -> Iterator[Finding]:
    """British and American names of several words, or with capitals ("GP"
    and "primary care physician", "A&E" and "emergency room", "flu jab" and
    "flu shot"), reported like one-word names: only when the article uses
    both, then the one its English does not use, or with no English to go
    by, the one used second."""
    text = doc_text(doc)
    present = set(token_table.table(doc).lower)
    found: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    pairs = spelling_variants.phrase_terms()
    alone = spelling_variants.alone_names()
    lone: dict[int, list[tuple[int, int, str, str]]] = {}
    for n, (british, american, word_british, word_american, words_british, words_american) \
            in enumerate(_phrase_pairs()):
        has_british, has_american = word_british in present, word_american in present
        if not (has_british and has_american or has_british and words_british is not None
                and words_british <= present or has_american and words_american is not None
                and words_american <= present):
            continue  # both names' rarest words, or every word of a name reported alone
        uses = []
        for name, variant in ((british, spelling_variants.BRITISH), (american, spelling_variants.AMERICAN)):
            for match in _phrase_pattern(name).finditer(text):
                written = match.group()
                if name.islower() and " " in name and written[:1].isupper() \
                        and all(w[:1].isupper() for w in written.split()):
                    continue  # a name: "Flu Shot Clinic"
                uses.append((match.start(), match.end(), variant, written))
        if len({u[2] for u in uses}) == 2:
            found[n] = uses
        elif uses and (british if uses[0][2] == spelling_variants.BRITISH else american) in alone:
            lone[n] = uses
    if lone:
        yield from _lone_phrases(doc, language, text, lone, pairs, set(found))
    if not found:
        return
    variety = english.english(doc, language)
    reported: set[int] = set()
    for n, uses in sorted(found.items()):
        if len({v for *_, v, _w in uses}) < 2:
            continue
        uses.sort()
        british, american = pairs[n]
        if variety is not None:
            wrong = spelling_variants.AMERICAN if english.accepts(variety, "term", spelling_variants.BRITISH) \
                else spelling_variants.BRITISH
        else:
            wrong = next(v for *_, v, _w in uses if v != uses[0][2])
        for start, end, variant, written in uses:
            if variant != wrong or start in reported:
                continue
            counterpart = american if variant == spelling_variants.BRITISH else british
            if _glossed(text, start, end, counterpart):
                continue
            reported.add(start)
            name = "British" if variant == spelling_variants.BRITISH else "American"
            reason = (f"this article also writes \"{counterpart}\"" if variety is None else
                      f"this article also writes \"{counterpart}\" and is in {english.NAMES[variety]} English")
            replacement = _keep_case(written, counterpart)
            yield Finding(
                rule=SPELLING_VARIANT,
                span=(start, end),
                message=f"\"{written}\" is the {name} name; {reason}",
                suggestions=(replacement,),
                fix=Fix.replace(start, end, replacement, Applicability.UNSAFE, f"Use \"{replacement}\""),
            )


def _lone_phrases(doc: Doc, language: str, text: str, lone, pairs, paired: set[int]) -> Iterator[Finding]:
    """Names the other English never writes ("GP", "emergency room", "flu jab"), used without
    their counterpart, in an article whose English is settled: the first use of each."""
    variety = english.english(doc, language)
    if variety is None or not _settled(english.observe(doc), variety):
        return
    reported: set[int] = set()
    for n, uses in sorted(lone.items()):
        start, end, variant, written = min(uses)
        side = 0 if variant == spelling_variants.BRITISH else 1
        name = pairs[n][side]
        # Every counterpart the name has ("A&E": "emergency room", "ER"): one in the article, under
        # another pairing, makes it a mixed article (reported as such), one glossing it is no slip.
        others = {pair[1 - side] for pair in pairs if pair[side] == name}
        if any(pairs[m][side] == name for m in paired) or english.accepts(variety, "term", variant) \
                or start in reported or any(_glossed(text, s, e, other) for s, e, _v, _w in uses for other in others):
            continue
        reported.update(s for s, *_ in uses)
        counterpart = pairs[n][1 - side]
        wanted = _after_words_before(text, start, counterpart)
        # An acronym's capitals are no sentence capital: "your GP" becomes "your family physician".
        replacement = wanted if written.isupper() and not text[max(0, start - 2):start].strip(" ") in (
            "", ".", "!", "?") else _keep_case(written, wanted)
        yield Finding(
            rule=SPELLING_VARIANT,
            span=(start, end),
            message=f"\"{written}\" is the {'British' if side == 0 else 'American'} name; this article is "
                    f"otherwise in {english.NAMES[variety]} English, which writes \"{counterpart}\"",
            suggestions=(replacement,),
            fix=Fix.replace(start, end, replacement, Applicability.UNSAFE, f"Use \"{replacement}\""),
        )


def _glossed(text: str, start: int, end: int, counterpart: str) -> bool:
    """One name given beside the other for readers of the other English: in
    brackets ("acetaminophen (paracetamol)", "paracetamol (acetaminophen)")
    or named as the same thing ("Adrenaline is also called epinephrine",
    "epinephrine, also known as adrenaline")."""
    before = text[max(0, start - len(counterpart) - 3):start].lower()
    after = text[end:end + len(counterpart) + 3].lower()
    if (before.rstrip().endswith("(") and counterpart.lower() in before) or \
            after.lstrip().startswith("(" + counterpart.lower()):
        return True
    name = re.escape(counterpart.lower())
    near_before = text[max(0, start - len(counterpart) - GLOSS_REACH):start].lower()
    near_after = text[end:end + len(counterpart) + GLOSS_REACH].lower()
    return bool(re.search(rf"\b{name}{_NAMED_AS.pattern}$", near_before)
                or re.match(rf"{_NAMED_AS.pattern}{name}\b", near_after))


# How a sentence says two names are one thing ("is also called", ", also known
# as", ", or"), and how far apart the names may stand for it.
_NAMED_AS = re.compile(r"[\s,]*(?:\(|,)?\s*(?:(?:is|are)\s+)?(?:also\s+|sometimes\s+|often\s+)?"
                       r"(?:called|known\s+as|named|termed|or)\s+")
GLOSS_REACH = 30


def _settled(seen, variety: str) -> bool:
    """Is the article's English clear enough to hold a lone name to it? At
    least SETTLED spellings of its own that another English would not write
    (-ize, which British accepts too, shows nothing), and none against it."""
    own = sum(f not in ("term", "ise") and english.accepts(variety, f, v) for _, v, _c, f in seen)
    against = any(f != "term" and not english.accepts(variety, f, v) for _, v, _c, f in seen)
    return own >= SETTLED and not against


SETTLED = 2


# -- across articles --------------------------------------------------------------
def summarize(doc: Doc, ctx: CheckContext) -> dict:
    """How this article writes each term it writes one way only: its
    hyphenated compounds, and its closed words that another article might
    hyphenate, each with where it first appears."""
    if not ctx.enabled(CROSS_ARTICLE.id) or ctx.locate is None:
        return {}
    groups = ctx.cache.get("terminology.variant_groups")
    if groups is None:
        groups = _variant_groups(doc, ctx)
    forms: dict[str, dict] = {}
    for start, end, key in _hyphenated(doc, ctx):
        written = doc_text(doc)[start:end]
        if any(c.isupper() for c in written[1:]):
            continue  # a name in capitals ("RE-VERSE AD"), not a way of writing a word
        if key not in groups and key not in forms:
            forms[key] = {"style": "hyphen", "text": written, "location": ctx.locate(start, end)}
    table = token_table.table(doc)
    texts, lower, idx = table.text, table.lower, table.idx
    # Only words that another article could hyphenate ("prediabetes",
    # "nonsmoker"); locating every distinct word would cost more than the check.
    # Each distinct word is tested once, and only its tokens walked.
    candidates = {w for w in _PREFIXED_WORDS.passing(lower) if w not in groups}
    alpha = table.is_alpha
    for k in compress(range(len(lower)), map(candidates.__contains__, lower)) if candidates else ():
        key = lower[k]
        if alpha[k] and key not in forms:
            end = idx[k] + len(texts[k])
            forms[key] = {"style": "closed", "text": texts[k], "location": ctx.locate(idx[k], end)}
    return forms


@lru_cache(maxsize=1)
def _compounding_prefixes() -> tuple[str, ...]:
    return tuple(resources.yaml_data("spelling_morphology.yaml")["prefixes"])


_PREFIXED_WORDS = english.Rejects(lambda word: len(word) >= CROSS_ARTICLE_MIN_LETTERS
                           and word.startswith(_compounding_prefixes()))


def check_project(summaries, ctx: CheckContext) -> Iterator[Finding]:
    hyphenated = {key for _, forms in summaries for key, form in forms.items() if form["style"] == "hyphen"}
    by_key: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for path, forms in summaries:
        for key, form in forms.items():
            if key in hyphenated:
                by_key[key][form["style"]].append((path, form))
    for key in sorted(by_key):
        styles = by_key[key]
        if len(styles) < 2:
            continue
        counts = {style: len(items) for style, items in styles.items()}
        top = max(counts.values())
        winners = [s for s, n in counts.items() if n == top]
        minority = sum(counts.values()) - top
        if len(winners) > 1 or top < CROSS_ARTICLE_MIN_MAJORITY or top < CROSS_ARTICLE_RATIO * minority:
            continue  # no clear house style to hold articles to
        majority = winners[0]
        # The majority's form in lower case unless every article capitalises it
        # (a name), then in the case of the form it replaces: a capital that
        # opened another article's sentence is no capital here.
        written = [form["text"] for _, form in styles[majority]]
        example = written[0] if all(w[:1].isupper() for w in written) else next(
            (w for w in written if not w[:1].isupper()), written[0].lower())
        for style, items in sorted(styles.items()):
            if style == majority:
                continue
            for path, form in items:
                loc: Location = form["location"]
                suggestion = _keep_case(form["text"], example)
                message = (f"\"{form['text']}\" is written \"{suggestion}\" in {top} other "
                           f"article{'s' if top != 1 else ''} of this run")
                yield Finding(
                    rule=CROSS_ARTICLE, span=(-1, -1), message=message, suggestions=(suggestion,),
                    path=path, location=loc, text=form["text"],
                    fingerprint=fingerprint(CROSS_ARTICLE.id, path, form["text"], message, 1),
                )
