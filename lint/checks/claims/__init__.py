"""Unsupported medical claims: efficacy stated as fact without a source,
overstated certainty, unsourced statistics, promotion, and articles that cite
nothing or never mention harms.

Claim strength follows Yu et al. (2019): no claim; correlational ("is
associated with"); conditional causal ("may", "can help"); direct causal.
Only direct, unhedged, un-negated, unattributed claims with no evidence in
their paragraph are reported as unsupported efficacy. Questions are not claims.
"""

from __future__ import annotations


import re
from bisect import bisect_left, bisect_right
from itertools import compress
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from lint.checks import CheckContext
from lint import concepts, resources, token_table
from lint.lexicon import everyday
from lint.checks.claims.lexicon import (could_match, drug_words, intervention_words, organ_words, outcome_words, pattern,
                                        phrases)
from lint.checks.claims import strength
from lint.checks.spelling.word_class import classes, only_adjective
from lint.checks.claims.evidence import (REPORTING_VERBS as strength_reporting, SOURCE_NOUNS, SPEECH_VERBS,
                                         STUDY_REFERENCES, TRIAL_WORDS, _reporting_tail, attributed, find_evidence)
from lint.checks.claims.evidence import cites as _evidence_cites
from lint.findings import Finding
from lint.rules import Rule, Severity
from lint.nlp import doc_text, doc_segments

UNSUPPORTED_EFFICACY = Rule(
    id="claims/unsupported-efficacy",
    severity=Severity.WARNING,
    summary="A treatment effect stated as fact with no source in its paragraph",
    explanation=(
        "What it does: finds sentences that assert, as plain fact, that a treatment, product, food or "
        "habit treats, cures, prevents, heals, reverses, improves, boosts, promotes, stimulates or "
        "reduces the risk of a health outcome, when neither the sentence nor its paragraph cites a "
        "source. A pronoun subject (\"It also reduces ...\") counts as referring back to the treatment. A "
        "treatment (a medicine, vaccine, therapy or procedure) said to work on any outcome is a claim too "
        "(\"generic medicines boost adherence\", \"the vaccine is effective in cutting outbreaks\"). A "
        "medicine's own label is not questioned: a patient information leaflet (its sections \"What X is used "
        "for\", \"How to take X\", \"Possible side effects\") saying what the medicine does, or a page "
        "carrying its prescribing information.\n\n"
        "Why it matters: readers act on efficacy claims. Regulators (the FTC's 2022 health products "
        "guidance, the UK CAP code section 12, EU regulation 1924/2006) and reviewers ask the same "
        "question of every such claim: where is the evidence? Cite it, or state the claim with the "
        "strength the evidence supports (\"may help\", \"was linked to\").\n\n"
        "Known problems: claim strength is read from the wording on Yu et al.'s scale, without a parse, "
        "and the subject can be anything (a product nobody listed, a habit, a food). Not reported: "
        "hedged (\"may\", \"could\"), conditional (\"can relieve\") and correlational claims, negated "
        "claims, questions, quotations, claims in the past tense (a study's result or a patient's story), "
        "relative clauses that define something (\"a medicine that reduces inflammation\"), and claims "
        "whose source is named in the sentence or the one before or after it in the paragraph "
        "(\"researchers at Leeds found\", \"according to the NHS\"). In an article that speaks in its own voice, a "
        "source named in the sentence before, or a citation later in the paragraph, vouches for a claim only "
        "when the text goes on about the claim's subject (its words again, or \"It\", \"These\", \"Such\"): "
        "\"A study found that weight loss eased reflux [1]. Apple cider vinegar cures acid reflux.\" is "
        "reported. In an article that speaks in its own voice, a "
        "source nobody could find (\"studies show that\", \"experts agree\", \"clinical trials prove\": generic nouns, "
        "no name, body, journal or year) settles nothing in its own sentence, and neither does evidence appealed "
        "to with no source at all (\"has been shown to reduce\", \"has been found to\", a headline's \"X found to\"; "
        "\"is proven to\" is overstated certainty instead); in a story that reports its "
        "sources it does. A headline (the first line of a document that names and cites nothing) that denies an "
        "effect outright (\"Cheese does not improve gut health\") announces a finding and is reported too; in the "
        "body a denial is not. What appears or seems so (\"appears safe and "
        "effective\") is hedged. "
        "Textbook facts stated without a source (\"painkillers ease headaches\") are reported. With "
        "--preview, a study's finding restated as a general cause (\"X reduces Y, the study found\") in "
        "an article that never names a trial is reported too: judged 3 of 8 decided cases right on news "
        "(docs/claims.md), since wording cannot tell a randomised trial from an observational study."
    ),
    bad=("Turmeric tea heals joint inflammation.", "This serum promotes hair growth within weeks."),
    good=(
        "A 2021 trial [3] found that turmeric extract may ease knee pain.",
        "Turmeric tea may help with joint inflammation, but the evidence is limited.",
        "Turmeric does not cure arthritis.",
        "Does turmeric tea heal joint inflammation?",
    ),
)

UNSUPPORTED_CAUSAL = Rule(
    id="claims/unsupported-causal",
    severity=Severity.WARNING,
    summary="A cause or harm stated as fact, with no source in its paragraph, where the article speaks in its own voice",
    explanation=(
        "What it does: finds sentences that assert, as plain fact, that something causes, raises the risk "
        "of, worsens or damages a health outcome (\"X causes Y\", \"X damages your kidneys\", \"X clogs your "
        "arteries\"), whatever the subject, when the sentence turns the claim into advice to the reader "
        "(\"your\", \"you should\", \"avoid\", \", so cut it out\") and neither the sentence nor its "
        "paragraph cites a source. In an article that speaks in its own voice (not a report of its sources), "
        "it also reports, without advice, a harm said to be total or lasting (\"thins the skin permanently\") "
        "and a harm caused by something taken, used or done (\"tanning beds raise the risk of melanoma\", "
        "\"sunbed use causes ...\", \"stress causes migraines\"), given to a person (\"sugar gives you "
        "diabetes\") or left for ever (\"scratching will leave lasting scars\"). A condition the article names "
        "by an acronym it spells out (\"erectile dysfunction (ED)\") is a health outcome. A medicine's side effect (\"aspirin increases the risk of bleeding\") is "
        "left alone unless overstated: its label documents it. A headline that states a cause or harm (\"Night "
        "shifts raise the risk of diabetes\"), the first line of a document that names and cites no source anywhere, "
        "is reported whatever its subject and with \"can\" (\"New mattress covers can trigger asthma\"): it is the "
        "piece's main claim, a finding announced. In an article in its own voice, \"X causes Y\" is reported "
        "whatever X is (\"Cold weather causes flu\", \"low vitamin D causes depression\"; also \"triggers\"), "
        "and so is a harm done outright or a cause named by a noun (\"Screen time ruins children's eyesight\", "
        "\"Sugar is damaging your teeth\", \"Processed food is the main cause of obesity\": "
        "claims/stated_harms.txt; not the degree verbs \"raises the risk of\" and \"worsens\"), "
        "unless X is what reference text explains a disease with: a condition, a germ, a gene or the body, a "
        "process (\"This accumulation\", \"MtDNA depletion\", \"the loss of cells\"), a subtype or a word "
        "outside everyday English; or the cause is said of some cases only (\"sometimes\", \"in rare "
        "cases\"), of no named outcome (\"causes further harm\", \"causes symptoms\"), foretold (\"will "
        "cause\"), in a passive, a chain (\"builds up and causes\") or a causative (\"causes the skin to "
        "thicken\"). A cause the "
        "writer presents as plain fact (\"Put simply, gum disease causes heart attacks\", "
        "claims/emphatic_frames.txt) is reported even of a condition, and one stated after its own paragraph "
        "says the cause is not known (\"it is not yet clear whether one causes the other\", "
        "claims/causation_unknown.txt) is reported though the paragraph cites a source.\n\n"
        "Why it matters: a direct causal claim is the strongest claim a health text can make, and advice "
        "built on one (\"eggs clog your arteries, so cut them out\") changes what readers eat and do. Most "
        "studies behind such sentences are observational and show an association, not a cause (Sumner et "
        "al. 2014, BMJ; Yu et al. 2019). State the design: if the evidence is observational, write \"is "
        "linked to\"; cite the study.\n\n"
        "Known problems: claim strength is read from the wording, without a parse, on Yu et al.'s scale; "
        "conditional (\"may\", \"could\", \"can\"), correlational (\"is linked to\"), negated and questioned "
        "claims are not reported, nor are claims attributed in the sentence or the one next to it "
        "(\"researchers found\"). In a story that reports its sources, causes stated without advice to the reader are not reported: on "
        "published news (2026-12-06) all 5 such findings on the check half were judged not worth an "
        "editor's minute, and the 57 on the tune half are of the same kinds: textbook facts (\"HPV causes "
        "cervical cancer\"), mechanisms (\"the drug kills cancer cells\") and side effects. Asking a named study for a checkable source "
        "(a citation or a link) instead of letting the attribution settle the claim was measured too: "
        "1.0 findings per 1,000 news words, 0 of 11 judged worth an editor's minute (see docs/claims.md). The "
        "own-voice \"X causes Y\" of any subject added no finding on news (either half); on all 10,997 MedQuAD "
        "answers it added 5 and removed 4 (said of some cases), 132 against 131 (\"too much glucagon causes "
        "hyperglycemia\": a hormone reads like any other noun); "
        "a condition said to cause another (\"diabetes causes blindness\") is not reported without such a "
        "frame, since reference text describes conditions that way."
    ),
    bad=("Sitting all day causes heart disease, so stand while you work.",
         "Energy drinks damage your kidneys."),
    good=(
        "Sitting all day is linked to heart disease, so stand while you work.",
        "Energy drinks may damage the kidneys [2].",
        "Do energy drinks damage your kidneys?",
    ),
)

OVERSTATED_CERTAINTY = Rule(
    id="claims/overstated-certainty",
    severity=Severity.WARNING,
    summary="Absolute or booster wording that overstates what a treatment does",
    explanation=(
        "What it does: finds absolutes and boosters attached to a health claim: \"clinically proven\", "
        "\"guaranteed\", \"completely safe\", \"100 % natural\", \"no side effects\", \"miracle\", \"no amount of\", "
        "a treatment that \"always works\" or \"never fails\", exclusive and comparative claims (\"nothing beats X\", "
        "\"the only X doctors trust\", \"the only remedy that really works\"), a guarantee to the reader (\"guarantees "
        "you clear skin\"), a cure said to be complete or lasting (\"cures X permanently\", \"clears it "
        "overnight\"), and adverbs such as \"effectively\" or \"permanently\" right before a treatment verb. In an "
        "article in its own voice it also finds universals: a condition said always or never to take its course "
        "(\"a torn tendon never heals on its own\", \"the rash always appears\"), an outcome said of every person "
        "of a kind (\"everyone with diabetes develops ...\", \"nobody recovers without ...\") or in every case "
        "beside a claim (\"clears eczema in every patient\", \"without exception\"), a result guaranteed by "
        "the verb (\"guarantees an end to sore throats\") and \"100% pain-free\". It is "
        "an error when it inflates a claim that has no source.\n\n"
        "Why it matters: no treatment works for everyone or is free of risk; absolute wording "
        "misleads readers and is what advertising regulators act on first.\n\n"
        "Known problems: adverbs are only checked next to a treatment verb, so an inflated claim "
        "phrased another way can be missed; a sentence must name a health outcome or a treatment the lexicons "
        "know, so \"herbal remedies are completely safe\" is missed, unless its paragraph or the sentences just "
        "before it do and the wording itself claims a result (\"never fails\", \"completely painless\")."
    ),
    bad=("Our collagen drink is clinically proven to restore skin.", "The cream effectively treats eczema."),
    good=("In a 2020 trial [2], the cream reduced eczema flares in some children.",),
)

UNSOURCED_STATISTIC = Rule(
    id="claims/unsourced-statistic",
    severity=Severity.WARNING,
    summary="A statistic or ranking about a treatment or concern with no source",
    explanation=(
        "What it does: finds rankings (\"the number one complaint\", \"the most effective treatment\", "
        "\"#1\"), figures tied to results (\"92% saw results\", \"a 50% reduction\", \"cuts the risk of stroke by "
        "a third\", \"3 times more likely\", \"twice as likely\", \"a 40% higher risk\"), shares of a population "
        "(\"1 in 4 women\", \"about 40% of adults\", \"half of all people\", \"two-thirds of women\", \"5-10% of "
        "cases\"), a share of any whole that is the subject of a present-tense verb (\"half of all ticks carry "
        "...\", \"80% of your immune system lives in your gut\", \"97% of parents tell us ...\"), counts of people (\"26 million adults\", \"millions of Americans\"), how often something "
        "happens to people (\"kills one person every 90 seconds\") and trends (\"rates have more "
        "than doubled\") in a paragraph that cites nothing, when no source is named in the sentence or the one "
        "before or after it. A citation later in the paragraph sources a figure only when a sentence up to it "
        "goes on about what the figure counts (\"Around 80% of cases go undiagnosed. Left untreated, OSA is "
        "linked with stroke [1].\" is reported).\n\n"
        "Why it matters: numbers persuade; an editor must be able to check where each one came from.\n\n"
        "Known problems: a share compared with another (\"35% compared with 13% on placebo\"), a figure "
        "told in the past tense in an article that names its study (\"39 percent of patients had ...\", \"were "
        "twice as likely to relapse\") and a figure inside a quotation are taken as sourced; so are counts of "
        "people, relative risks and trends in news that attributes what it says throughout, where they are the "
        "sources' background. A feature's frequency among people who have a condition (\"half of affected "
        "people have ...\") is not reported. Reference text states figures without citation (3,000 NIH answers "
        "from MedQuAD: 0.116 findings per 1,000 words, each a figure with no source in its answer); the rule "
        "stays a warning because an editor adding sources wants every such figure found, and on published news "
        "(2026-12-07) 72 of 83 decided findings on the stories read while tuning and 21 of 23 on the held-out "
        "stories were figures an editor would want sourced."
    ),
    bad=("Back pain is the number one reason people miss work.", "In our clinic 92% of patients saw results."),
    good=("Back pain is a common reason for missed work, according to the WHO [4].",),
)

PROMOTIONAL = Rule(
    id="claims/promotional",
    severity=Severity.WARNING,
    summary="A named clinic, brand or product tied to a call to action or a promised result",
    explanation=(
        "What it does: finds products recognised by their form (a capitalised name ending in a product "
        "noun such as Balm, Capsules or Tonic, or marked ® or ™) sold in the sentence or the next one (a "
        "promised result, a price or offer, a discount code, a call to action, \"our\", an absolute or "
        "exclusive claim), brands written in camel case (\"ThyroBoost\") sold by a promise, an exclusive "
        "claim, an offer, or \"our\" or a call to action right before the name, and named clinics or other "
        "providers paired with a promised result (\"to see visible results\") or a call to action. The product "
        "or provider name is the span. In an article that speaks in its own voice, a sale with no name is "
        "reported at its form: a purchase verb with \"now\" or \"today\" (\"Order now\", \"Shop now while "
        "stocks last\"), a discount code (\"Use code SAVE10\"), stock running out, a free N-day trial, money "
        "back, or a price said to be low (\"for just £39\") in a sentence naming a booking, product or health "
        "word; so are the seller's own voice (\"our\" before its staff, goods or services with a promise: \"Our "
        "dermatologists clear acne in six weeks\"; \"we can see you within 48 hours\"; \"We are the leading clinic\"; "
        "\"I help women lose ...\"), testimonials (\"says one delighted client\", \"Since taking MigraStop, I ...\"), "
        "social proof (\"Thousands of customers have ...\", \"trusted by families\"), \"Get a quote\", places said to "
        "be limited and delivery to the door. A service described in the first person with nothing promised "
        "(\"Our helpline team can talk you through your diagnosis\") and the reader's own provider (\"Visit your local "
        "pharmacy\") are not promotion.\n\n"
        "Why it matters: health information that sells is advertising; readers, publishers and "
        "regulators expect the two to be kept apart, and a promised result is an efficacy claim.\n\n"
        "Known problems: names are recognised by capitalisation, so title-case headlines are skipped and "
        "a product with neither a product noun nor camel case in its name is found only with a promised result; "
        "a camel-case brand with only a price is not reported (news names companies with share prices and "
        "costs: with any signal, 49 findings on the news stories read while tuning were nearly all wrong); "
        "institutions (universities, hospitals, journals) are never products."
    ),
    bad=("Book a session at Glow Derm Clinic to see visible results.",),
    good=("Ask your GP whether a dermatology referral is right for you.",),
)

NO_SOURCES = Rule(
    id="claims/no-sources",
    severity=Severity.WARNING,
    summary="The article makes health claims and cites no source at all",
    explanation=(
        "What it does: reports once per article when it makes at least one unsupported claim "
        "(efficacy, statistic or overstated certainty) and has no citation, footnote, dated study, "
        "attribution, evidence link or references section anywhere. A quote from someone speaking "
        "(\"says our senior physiotherapist\") names no source a reader could check; a study, journal or body "
        "named beside it does. Generic sources (\"studies show\", \"data from national registries\", "
        "\"according to dermatologists\") name none either.\n\n"
        "Why it matters: an article with no sources asks readers to take every claim on trust; "
        "health publishers' own standards require references.\n\n"
        "Known problems: an article that makes no claim the other rules recognise is not reported."
    ),
    bad=("# Ginger\n\nGinger cures nausea.\n",),
    good=("# Ginger\n\nGinger may ease nausea in pregnancy [1].\n\n## References\n\n1. Smith J. 2020.\n",),
    examples_need_article=True,
    scope="article",
)

MISSING_HARMS = Rule(
    id="claims/missing-harms",
    severity=Severity.INFO,
    summary="A treatment is promoted and nothing mentions risks or side effects",
    explanation=(
        "What it does: reports once per article when it claims a treatment works or promotes a "
        "provider, and never mentions risks, side effects, complications or who should avoid it.\n\n"
        "Why it matters: HealthNewsReview's criteria and medical publishers' standards expect harms "
        "to be covered whenever benefits are; a reader cannot weigh a treatment without them.\n\n"
        "Known problems: the harms vocabulary is generic, so a passing mention of \"risk\" counts."
    ),
    bad=("# Cupping\n\nCupping relieves back pain.\n",),
    good=("# Cupping\n\nCupping relieves back pain [1]. It can leave bruising and is not suitable for everyone.\n",),
    examples_need_article=True,
    scope="article",
)

RULES = (UNSUPPORTED_EFFICACY, UNSUPPORTED_CAUSAL, OVERSTATED_CERTAINTY, UNSOURCED_STATISTIC, PROMOTIONAL, NO_SOURCES, MISSING_HARMS)

CLINICAL_SUBJECTS = resources.word_set("claims/clinical_subjects.txt")
# Nouns that name a treatment as a subject's head (claims/treatment_heads.txt).
TREATMENT_HEADS = resources.word_set("claims/treatment_heads.txt")
SUBJECT_PRONOUNS = frozenset({"it", "this", "they", "these", "that"})
INTERVENTION_SUFFIXES = tuple(resources.lines("claims/intervention_suffixes.txt"))
NON_ASSERTIVE = frozenset({"whether", "if", "unless", "until"})
STATISTIC_WINDOW = 40


@dataclass(slots=True)
class _Sentence:
    """A sentence read from the document's token table: spaCy ``Span`` and
    ``Token`` objects are built afresh on every access, and walking them was
    most of this check's time."""

    table: token_table.TokenTable
    start: int  # first token
    end: int  # one past the last token
    start_char: int
    text: str

    def chars(self, i: int, j: int) -> tuple[int, int]:
        """Character span of the sentence's tokens i..j-1."""
        t, base = self.table, self.start
        last = base + j - 1
        return t.idx[base + i], t.idx[last] + len(t.text[last])


def check(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    evidence = find_evidence(doc)
    claims: list[Finding] = []
    counted = 0
    promoted = False
    # A provider named in one sentence ("X Clinic offers ...") and sold in the
    # next ("Book today ...") is one promotion.
    provider, provider_segment = None, None
    table = token_table.table(doc)
    text = doc_text(doc)
    segment_at = _segment_finder(doc_segments(doc))
    blank_lines = _blank_lines(text)
    cited = evidence.cited_segments
    # What the whole document cannot hold, no sentence of it holds: each
    # sentence is spared the tests that fail for the document, and most did.
    vocabulary = set(table.lower)
    cues = strength.first_words()
    may_claim = not cues.isdisjoint(vocabulary)
    may_rank = not phrases("superlatives").by_first.keys().isdisjoint(vocabulary)
    figures = tuple(name for name in STATISTIC_PATTERNS if could_match(name, text))
    universal = could_match("universal_negative", text)
    forms = tuple(form for form in UNIVERSAL_FORMS if could_match(form[0], text))
    # Without a promise or a call to action nothing is promoted, whoever is named.
    may_promote = not _PROMOTION_CUES().isdisjoint(vocabulary)
    # Brand names written in camel case ("ThyroBoost"), each distinct word tested once.
    brands = _camel_case_words(table)
    capitalised = _capitalised_words(table) if may_promote or brands or "®" in text or "™" in text else []
    # Conditions the article names by an acronym it spells out ("atrial
    # fibrillation (AF)", "erectile dysfunction (ED)"): "Cycling causes ED"
    # names a health outcome.
    named_conditions = _condition_acronyms(text) if "(" in text else {}
    # First pass: each sentence, its paragraph, and whether it names a source.
    rows = []
    for start, end in table.sentences:
        start_char = table.idx[start]
        segment = segment_at(start_char)
        if segment is not None and segment.kind == "navigation":
            continue  # the site's menu says nothing of health
        last = end - 1
        sent = _Sentence(table, start, end, start_char, text[start_char:table.idx[last] + len(table.text[last])])
        words = table.lower[start:end]
        if named_conditions and not named_conditions.keys().isdisjoint(table.text[start:end]):
            words = _read_acronyms(words, table.text[start:end], named_conditions)
        rows.append((sent, words, segment, sent_attributed(sent, words)))
    # "Studies show ...", "experts agree ..." name nobody a reader could find:
    # an article whose only sources are these names none.
    vague = [row[3] and _vague_attribution(row[0], row[1]) for row in rows]
    # Someone quoted ("says Tom Ellery, senior physiotherapist") is a voice,
    # not a source a reader could check: only a study, journal or body named
    # somewhere is. (News tune and check halves: 2 stories more cite nothing,
    # both judged true.)
    names_source = any(row[3] and not vague[k] and not _spoken_only(row[1]) for k, row in enumerate(rows))
    # A story that attributes what it says throughout (news, press releases)
    # reports its sources' claims: its plain statements of effect are the
    # sources' findings restated, not the article's own promises. An article
    # that speaks in its own voice and names a source once is not one.
    # A story that quotes people but names nothing checkable reports no one.
    attributed_count = sum(row[3] for row in rows) if names_source else 0
    # Preview mode reports them there too (judged 0.2-0.3 precise on news).
    reports = attributed_count >= REPORTING_MIN_SENTENCES and attributed_count >= REPORTING_SHARE * len(rows)
    reporting = not ctx.config.preview and reports
    if reports:
        # A story that reports its sources describes a condition's course as
        # they do ("that portion of the heart never recovers"): only an
        # article in its own voice promises one.
        forms = tuple(form for form in forms if form[0] not in OWN_VOICE_FORMS)
    quotes = _quoted_spans(text)
    trial_article = not TRIAL_WORDS.isdisjoint(vocabulary)
    # Preview: a study's finding restated as a general, present-tense cause
    # ("X reduces Y, the study found") in an article that names no trial, as
    # Sumner et al. (BMJ 2014) count overstatement. Judged on the news tune
    # half: 3 tp, 5 fp, 4 unsure of 12 (docs/claims.md), so not a default.
    study_findings = ctx.config.preview
    labelled = _label_products(text)
    may_promise = could_match("reader_promise", text)
    may_last = could_match("lasting_result", text)
    may_sell = not reports and not PROMOTION_SIGNALS.isdisjoint(vocabulary)
    for n, (sent, words, segment, here_attributed) in enumerate(rows):
        start, end = sent.start, sent.end
        # A headline: the first line of a document that names and cites no source anywhere.
        headline = n == 0 and not names_source and not evidence.article_cites and _is_headline(rows, segment)
        heading = segment is not None and segment.kind == "heading"
        if _is_question(table, start, end):
            continue
        if heading and not headline:
            # A section heading in the article's own voice can still promise
            # ("Guaranteed results", "Try it risk-free"); its other claims are
            # read in the body below it.
            cited_here = segment.start in cited and evidence.supports(segment.start, sent.start_char)
            for finding in _absolutes(doc, sent, words, cited_here, quotes, universal, forms) if not reports else ():
                counted += finding.effective_severity is Severity.ERROR
                claims.append(finding)
            continue
        start_char = sent.start_char
        # The paragraph holding the sentence cites something, in this sentence or after it.
        supported = segment is not None and segment.start in cited and evidence.supports(segment.start, start_char)
        # A source named in this sentence, or the one before or after it in
        # the paragraph ("Esler's team found ... . 79 percent ...", "...
        # increased the risk. the researchers reported"), settles it; so does
        # one named anywhere for a title, which the article's body reports.
        # In an article that speaks in its own voice, "studies show that ...",
        # "experts agree ...", "clinical trials prove ..." name no source a
        # reader could find (claims/vague_sources.txt): they settle nothing
        # in their own sentence.
        own = here_attributed and (reports or not vague[n])
        neighbour = any(0 <= m < len(rows) and rows[m][2] is segment and rows[m][3] and (reports or not vague[m])
                        for m in (n - 1, n + 1))
        titled = segment is not None and segment is _first_segment(doc) and names_source and len(rows) > 1
        near = own or neighbour or titled
        settled = supported or near
        # A figure beside an attributed sentence is that source's only when it
        # goes on with its report ("Yet 80% of those patients ...", "39 percent
        # had ..."); a present-tense share of a population ("About 70 percent
        # of women have ...") is background the article states itself.
        # A citation later in the paragraph vouches for a figure only if the
        # paragraph goes on about what the figure counts (see _citation_continues).
        figure_supported = supported and (
            evidence.cites_between(segment.start, start_char, start_char + len(sent.text))
            or _citation_continues(rows, n, segment, _topic(tuple(words)), evidence))
        figure_settled = figure_supported or own or titled or (neighbour and _continues_report(words))
        claimed = False  # a benefit claimed in this sentence, sourced or not
        cited_here = supported and evidence.cites_between(segment.start, start_char, start_char + len(sent.text))
        # A headline that states a cause or harm ("Night shifts raise the risk
        # of diabetes") is the piece's main claim, a finding, not a
        # description of a condition: reported without advice to the reader.
        for claim in _direct_claims(sent, words, headline, not reports) if may_claim and not cues.isdisjoint(words) else ():
            if claim.kind == "benefit" and _the_bodys_own(claim):
                continue  # "white blood cells called neutrophils, which fight infection": physiology
            claimed = claimed or claim.kind == "benefit" and not claim.negated
            # "Research has linked X with Y, though it is not yet clear whether
            # one causes the other [1]. X causes Y.": the paragraph's own source
            # leaves the cause open, so stating it settles nothing.
            doubted = claim.stated_cause and _doubted_before(rows, n, segment)
            # A source beside the claim, or a citation later in its paragraph,
            # vouches for it only if what it reports is about the claim's
            # subject: "A study found that weight loss eased reflux [1].
            # Apple cider vinegar cures reflux." leaves the vinegar unsourced.
            topic = _topic(claim.subject)
            # In a story that reports its sources throughout, a sentence beside
            # an attributed one goes on with the report, whatever its subject.
            claim_near = own or titled or (neighbour and (reports or not topic
                                                          or _neighbour_continues(rows, n, segment, topic)))
            claim_supported = supported and (not topic or cited_here or _citation_continues(rows, n, segment, topic, evidence))
            if (study_findings and here_attributed and not trial_article and not supported
                    and not STUDY_REFERENCES.isdisjoint(words) and not _inside(quotes, claim.start)):
                finding = _study_finding(doc, claim)
                if ctx.enabled(finding.rule.id):
                    counted += 1
                    claims.append(finding)
                continue
            if ATTRIBUTION_SETTLES and claim_near and not doubted or _inside(quotes, claim.start):
                continue  # the claim is its source's, or its speaker's
            if labelled and not labelled.isdisjoint(words):
                continue  # a product's approved indication, from the label the document carries
            if segment is not None and segment.kind == "table_cell" and _medicine_row(doc, table, segment, claim):
                continue  # what the medicine named in its row does: a formulary's entry, not a promise
            if claim.booster and claim.kind == "benefit":  # "severely damages" describes a harm
                b_start, b_end, word = claim.booster
                claims.append(_booster_finding(b_start, b_end, word, supported))
                counted += not supported
            if claim.kind == "harm" and not ctx.config.preview and not headline and not (not reports and (_own_voice_harm(claim) or claim.stated_cause)) and (
                    not phrases("reader_advice").occurs_in(words) or _medicine(claim.subject) and not _alarming(claim)):
                # A cause described, not one the reader is told to act on; or a
                # medicine's documented side effect ("aspirin increases the risk
                # of bleeding"), which its label states.
                continue
            if (not claim_supported or doubted) and not (reporting and claim.booster is None):
                finding = _claim_finding(doc, claim)
                if ctx.enabled(finding.rule.id):  # a preview rule that is off counts for nothing
                    counted += 1
                    claims.append(finding)
        if heading:
            continue  # a title's claim only: its figures and wording are read in the body
        speech = not SPEECH_VERBS.isdisjoint(words) and _reported_speech(words)
        # An absolute said of a treatment the sentence does not name ("This
        # routine never fails", "The freezing is completely painless") takes its
        # subject from the paragraph, or the sentences just before it.
        for finding in _absolutes(doc, sent, words, supported, quotes, universal, forms,
                                  _health_around(rows, n, segment) if forms and not speech
                                  and not phrases("mechanism_subjects").occurs_in(words) else False) if not speech else ():
            # An absolute in reported speech ("X said the supplements are completely safe") is the speaker's.
            counted += finding.effective_severity is Severity.ERROR
            claims.append(finding)
        # A ranking beside a source ("the most effective of the three") stays
        # the source's in a story that reports its sources throughout, or in a
        # story told; a ranking stated as a present fact in an article's own
        # voice ("Eczema is common in babies [1]. It is the number one reason
        # parents call the clinic.") stays its own unless it goes on
        # with that report, as a figure does.
        ranks_settled = settled if reports else (supported or own or titled or neighbour and (
            _continues_report(words) or PRESENT_COPULAS.isdisjoint(words)))
        for finding in (_statistics(doc, sent, words, figure_settled, may_rank, figures, names_source, reporting,
                                    ranks_settled=ranks_settled) if not figure_settled else ()):
            if _inside(quotes, finding.span[0]):
                continue  # a speaker's figure is attributed to the speaker
            counted += 1
            claims.append(finding)
        # The last blank line before the sentence, as str.rfind("\n\n", 0, start_char) finds it.
        at = bisect_right(blank_lines, start_char - 2)
        segment = blank_lines[at - 1] if at else -1
        if segment != provider_segment:
            provider = None
        following = None
        if n + 1 < len(rows) and rows[n + 1][2] is rows[n][2]:
            following = (rows[n + 1][1], rows[n + 1][0].text)
        sells = provider is not None or not PRODUCT_NOUNS.isdisjoint(words) or (
            brands and not _BRAND_CUES().isdisjoint(words) and not brands.isdisjoint(table.text[sent.start:sent.end])
        ) or (claimed and ("®" in sent.text or "™" in sent.text)) or (
            claimed and not reports and brands and not brands.isdisjoint(table.text[sent.start:sent.end])
        ) or not PURCHASE_VERBS.isdisjoint(
            words) or not _PROMISE_CUES().isdisjoint(
            words) or (not PROVIDER_NOUNS.isdisjoint(words) and not _CTA_CUES().isdisjoint(words))
        finding, provider = _promotion(doc, sent, words, provider, capitalised, following, brands,
                                       claimed, not reports) if sells else (None, None)
        if finding and (_inside(quotes, finding.span[0]) or speech):
            finding = None  # a speaker's words ("she says it takes weeks to see results")
        provider_segment = segment
        sold_here = False
        if finding is None and not speech and may_sell and not PROMOTION_SIGNALS.isdisjoint(words):
            finding = _unnamed_promotion(sent, words)
            if finding and _inside(quotes, finding.span[0]):
                finding = None
            elif finding:
                promoted = True
                claims.append(finding)
                finding = None  # its promise, if any, is read below
                sold_here = True
        if finding is None and not sold_here and not reports and not SELLER_CUES.isdisjoint(words):
            # The seller's own voice ("our dermatologists clear acne", "we can see
            # you within 48 hours") and testimonials ("says one delighted client").
            seller = _seller_voice(sent, words, quotes, speech)
            if seller:
                promoted = True
                claims.append(seller)
                continue
        if finding is None and not speech and (may_promise or may_last):
            promise = (_reader_promise(sent, words) if may_promise else None) or (
                _lasting_result(sent, words) if may_last else None)
            if promise and not _inside(quotes, promise[0]):
                claims.append(_promise_finding(text, promise, supported))
                counted += not supported
        if finding:
            promoted = True
            claims.append(finding)
            promise = pattern("promised_result").search(sent.text) or _phrase_span(phrases("promised_results"), words, sent)
            if promise is not None and not isinstance(promise, tuple):
                promise = (sent.start_char + promise.start(), sent.start_char + promise.end())
            if promise:
                claims.append(_promise_finding(text, promise, supported))
    yield from _outermost(claims)
    efficacy = any(f.rule is UNSUPPORTED_EFFICACY and "denied" not in f.message for f in claims)
    # An article that names its study, journal or researchers cites something,
    # even without a reference list.
    if counted and not evidence.article_cites and not names_source and ctx.enabled(NO_SOURCES.id):
        yield _article_finding(doc, NO_SOURCES, (
            f"The article makes {counted} unsupported health claim{'s' if counted != 1 else ''} "
            f"and cites no source at all"), ("Add references for its claims, and a References section",))
    if (efficacy or promoted) and ctx.enabled(MISSING_HARMS.id) and not _mentions_harms(doc):
        yield _article_finding(doc, MISSING_HARMS, (
            "The article presents a treatment's benefits and never mentions risks, side effects or "
            "who should avoid it"), ("Add what can go wrong and who should not have it",))


# "atrial fibrillation (AF", "erectile dysfunction (ED)", "(AF, sometimes called AFib)".
_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,6})\s*[),;]")
_WORD_BEFORE = re.compile(r"[A-Za-z][\w'-]*")
# What a condition's acronym is read as: a word naming illness that no list of
# generic objects holds ("causes the disease" says nothing checkable).
ACRONYM_READING = "illness"


def _condition_acronyms(text: str) -> dict[str, str]:
    """The acronyms an article spells out as the name of a condition,
    written as they stand ("AF") -> the word the claims read in their place.
    Two-letter ones too: the article's own definition says what they mean."""
    from lint.checks.acronyms import _explains

    found = {}
    for match in _BRACKETED_ACRONYM.finditer(text):
        acronym = match.group(1)
        if acronym in found or sum(c.isupper() for c in acronym) < 2:
            continue
        # The six words before the bracket, in its sentence.
        before = _WORD_BEFORE.findall(re.split(r"[.;:!?()\n]", text[max(0, match.start() - 90):match.start()])[-1])[-6:]
        for k in range(len(before) - 1, -1, -1):
            expansion = before[k:]
            if expansion[0][0].upper() != acronym[0]:
                continue
            if _explains(acronym, " ".join(expansion)):
                if strength.names_condition([w.lower() for w in expansion]):
                    found[acronym] = ACRONYM_READING
                break
    return found


def _read_acronyms(words: list[str], texts: list[str], named: dict[str, str]) -> list[str]:
    return [named.get(written, word) for word, written in zip(words, texts)]


def _outermost(findings: list[Finding]) -> list[Finding]:
    """One overstated-certainty finding for one phrase: "guaranteed" inside
    "results guaranteed" is not a second."""
    spans = [f.span for f in findings if f.rule is OVERSTATED_CERTAINTY]
    if len(spans) < 2:
        return findings
    return [f for f in findings if f.rule is not OVERSTATED_CERTAINTY
            or not any(a <= f.span[0] and f.span[1] <= b and (a, b) != f.span for a, b in spans)]


# What a seller asks the reader to book, buy or join ("book your
# consultation", "visit our clinic", "get your plan"), and the words one of
# which a sentence doing so holds.
BOOKINGS = frozenset({"cover", "policy", "subscription", "appointment", "appointments", "consultation", "consultations", "assessment", "session",
                      "sessions", "treatment", "treatments", "visit", "place", "spot", "slot", "order", "plan",
                      "course", "trial", "kit", "programme", "program", "membership", "scan", "check-up",
                      "checkup", "check", "test", "screening", "fitting", "exam", "examination"})
SELLING_NOUNS = frozenset({"team", "practice", "centre", "center", "range", "products", "services", "experts",
                           "specialists", "therapists", "practitioners"})
PROMOTION_SIGNALS = frozenset({"our", "us", "we", "your", "code", "off", "free", "limited", "money", "now", "today", "stocks",
                               "stock", "supplies", "just", "only", "my", "quote", "customers", "clients", "users"})
_SCARCITY = pattern("scarcity")
# A free service named more closely ("your free hearing check") sells only in
# the seller's voice or a call to action: "you are entitled to a free health
# check" is a public service.
_FREE_SERVICE = pattern("free_service")
# Offers that sell whoever is addressed: a discount code, stock running out,
# a free trial, money back, a price said to be low ("for just £39").
_SALE = pattern("sale")
# Social proof, which sells whoever is addressed: "Thousands of customers have
# already switched", "Join over a million users". Customers, clients and users
# are a seller's words; patients are not.
_SOCIAL_PROOF = pattern("social_proof")
# A price said to be low ("a hygienist visit for just £39"): an offer when the
# sentence names a booking, a product or a health word ("Try Newsweek for only
# $1.25 per week", a news site's subscription, is none).
_LOW_PRICE = pattern("low_price")
# A purchase verb in the imperative with "now" or "today" and nothing sold
# named: "Order now", "Shop now while stocks last", "Act today".
_BUY_NOW = pattern("buy_now")


CURRENCY = frozenset({"$", "£", "€"})


def _unnamed_promotion(sent: _Sentence, words: list[str]) -> Finding | None:
    """A sale with no product or provider named: a call to action that asks
    the reader to book or buy from the writer ("Book your free consultation
    today", "Visit our clinic", "Try our new gummies", "Get your plan for only
    £29"), or an offer ("use code GLOW20 for 20% off", "limited spaces", "a free
    skin assessment") in a sentence that speaks to the reader or for the seller
    (you, your, our, we). In a story that reports its sources, not read."""
    text = sent.text
    call = _BUY_NOW.search(text)
    if call is not None:
        start, end = sent.start_char + call.start(), sent.start_char + call.end()
        return Finding(rule=PROMOTIONAL, span=(start, end),
                       message=f"\"{text[call.start():call.end()]}\" is a call to action: promotion, not health information",
                       suggestions=("Keep health information separate from promotion, or disclose it as advertising",))
    sale = _SALE.search(text) or _SOCIAL_PROOF.search(text)
    if sale is None and (not BOOKINGS.isdisjoint(words) or not PRODUCT_NOUNS.isdisjoint(words)
                         or _is_health_sentence(words)):
        sale = _LOW_PRICE.search(text)
    offer = sale or _OFFER.search(text) or _SCARCITY.search(text)
    if offer is not None and (sale is not None or not {"you", "your", "our", "we", "us"}.isdisjoint(words) or _imperative(words)):
        return _offer_finding(sent, offer)
    ctas = phrases("calls_to_action")
    for i, word in enumerate(words):
        if word not in ctas.by_first:
            continue
        phrase = ctas.match_at(words, i)
        if not phrase or not (i == 0 or words[i - 1] in IMPERATIVE_OPENERS or not words[i - 1][:1].isalnum()):
            continue
        j = i + len(phrase)
        if j < len(words) and words[j] in ("for", "to", "with", "at") and words[j - 1] in ("up", "in"):
            j += 1  # "sign up for my programme", "book in with our team"
        obj = words[j:j + 7]
        # A hyphen inside a word ("12-week") ends no object.
        # A price inside it ("book your $29 consultation") is part of what is sold.
        stop = next((k for k, w in enumerate(obj) if w in strength.OBJECT_STOPS
                     or not w[:1].isalnum() and w != "-" and w not in CURRENCY), len(obj))
        obj = obj[:stop]
        # What is sold: a booking, a product or a provider ("our web site",
        # "us at a trade fair", "GARD's webpage" point to information).
        goods = not (BOOKINGS.isdisjoint(obj) and PRODUCT_NOUNS.isdisjoint(obj) and PROVIDER_NOUNS.isdisjoint(obj)
                     and SELLING_NOUNS.isdisjoint(obj))
        # A telephone number after a booking ("Call 01632 960 418 to book your
        # check") is the seller's line; a helpline's number alone sells nothing.
        # "Book a consultation with our experts": the seller named after the booking.
        # "Visit your local pharmacy", "see your GP": the reader's own provider is advice, not a sale.
        yours = "your" in obj and not (BOOKINGS.isdisjoint(obj) and PRODUCT_NOUNS.isdisjoint(obj))
        if _own_provider_offered(obj) or _enquiry(words, i):
            continue
        sold = goods and ("our" in obj or yours or "my" in obj or not {"our", "us"}.isdisjoint(words[j:])
                          or bool(_PHONE.search(" ".join(words[j:j + 8]))))
        if not sold and not (goods and (_SCARCITY.search(text) or could_match("price", text)
                                        and pattern("price").search(text))):
            continue
        while obj and (obj[-1] in strength.DETERMINERS or obj[-1] in ("today", "now")):
            obj = obj[:-1]
        if not obj:
            continue
        start, end = sent.chars(i, j + len(obj))
        what = text[start - sent.start_char:end - sent.start_char]
        return Finding(rule=PROMOTIONAL, span=(start, end),
                       message=f"\"{what}\" is a call to action: promotion, not health information",
                       suggestions=("Keep health information separate from promotion, or disclose it as advertising",))
    free = _FREE_SERVICE.search(text) if not {"our", "we", "us"}.isdisjoint(words) or _imperative(words) else None
    return _offer_finding(sent, free) if free is not None else None


# A seller speaking for itself: "our" before its staff, goods or services
# ("our dermatologists", "our gummies", "our online doctor service"), "we" who
# can see the reader soon, a coach who helps people lose weight; reported in a
# sentence that names a health word, in an article in its own voice.
_SELLER_OWN = re.compile(
    r"\b[Oo]ur\s(?:[\w-]+\s){0,5}?(?:dermatologists|physiotherapists|physios|therapists|practitioners|specialists|experts"
    r"|clinicians|surgeons|consultants|coaches|trainers|nutritionists|dietitians|hygienists|pharmacists|optometrists"
    r"|audiologists|opticians|team|staff|service|gummies|capsules|tablets"
    r"|supplements?|formulas?|creams?|serums?|balms?|drops|sprays?|blends?|products|range|kits?|shakes?|powders?"
    r"|patches|lotions?|programmes?|treatments|clinics?)\b"
    r"|\b[Ww]e\s(?:can|will|'ll|’ll)\s(?:see|treat|fit|book)\syou\s(?:in\s)?(?:within|today|tomorrow|the\ssame\sday|this\sweek|\d+\s(?:hours|days))\b"
    r"|\b[Ww]e(?:\sare|'re|’re)\s(?:the\s(?:[\w.]+(?:'s|’s)\s)?|[A-Z][\w.]*(?:'s|’s)\s)(?:top-rated|best-rated|highest-rated"
    r"|best-reviewed|leading|best|top|number\sone|largest|most\strusted|only)\b"
    r"|\bI\s(?:can|will|'ll|’ll)\s(?:show|help|teach|coach)\syou\b"
    r"|\bI\s(?:help|show|teach|coach)\s(?:[\w-]+\s)?(?:women|men|mums|moms|mothers|dads|people|clients|you|parents|professionals)"
    r"\s(?:to\s)?(?:lose|beat|overcome|get\srid|heal|reverse|sleep|feel|fix|banish|ditch)\b")
# A testimonial: a customer's words, quoted and credited to no one a reader
# could find ("says one delighted client"), or a first-person story of what
# a named product did ("since taking MigraStop I have not had ...").
_TESTIMONIAL = re.compile(
    r"\b(?:says|said|writes|wrote|reports)\s(?:one|a|another)\s(?:[\w-]+\s)?(?:delighted|happy|satisfied|thrilled|grateful|loyal|verified)"
    r"\s(?:client|customer|patient|user|member|buyer|reviewer|mum|mother)\b"
    r"|\b(?:[Ss]ince|[Aa]fter)\s(?:taking|using|starting|trying|switching\sto)\s[A-Z][\w-]+(?:\s[A-Z][\w-]+)*,?\s(?:I|my)\b")
SELLER_CUES = frozenset({"our", "we", "i", "says", "said", "writes", "wrote", "reports", "since", "after"})


# A result promised by time ("in as little as six weeks", "within 48 hours",
# "from the very first month", "in minutes") or by degree ("for thicker,
# shinier hair", "will leave your smile brighter").
_SELLER_TIME = re.compile(r"\b(?:in\sas\slittle\sas|within(?:\sjust)?|in\sjust|from\sthe\s(?:very\s)?first)\s[\w-]+|\bin\sminutes\b")
_SELLER_DEGREE = re.compile(r"\bfor\s(?:a\s)?(?:[a-z]+er|healthier|happier|fuller|more\s[a-z]+),?\s(?:[a-z]+\s)?[a-z]+"
                            r"|\b(?:leave|make|keep)s?\syour\s[a-z]+\s(?:[a-z]+er|healthier|happier)\b")


def _seller_promise(words: list[str], text: str) -> bool:
    """Does a sentence in the seller's voice promise something: a result by
    degree, or in a sentence about health a benefit claimed (direct or "can")
    or a result by time? "Our helpline team can talk you through your
    diagnosis" promises nothing: a service described."""
    if _SELLER_DEGREE.search(text):
        return True
    if not _is_health_sentence(words):
        return False
    return bool(_SELLER_TIME.search(text)) or any(
        c.kind == "benefit" and not c.negated and not c.past and c.strength >= strength.DIRECT - 1
        and not c.relative for c in strength.claims(words))


def _seller_voice(sent: _Sentence, words: list[str], quotes, speech: bool) -> Finding | None:
    text = sent.text
    match = _TESTIMONIAL.search(text)
    if match is None and not speech:
        match = _SELLER_OWN.search(text)
        if match is not None and match.group().startswith(("our", "Our")) and not _seller_promise(words, text):
            match = None  # "people visit our clinic": the seller named, nothing promised
        if match is not None and _inside(quotes, sent.start_char + match.start()):
            match = None
    if match is None:
        return None
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    what = "a testimonial" if match.re is _TESTIMONIAL else "the seller's own voice"
    if match.re is not _TESTIMONIAL:
        # The span runs on over what the seller claims for itself ("Our
        # programme cures carpal tunnel syndrome in six weeks").
        promised = [sent.chars(c.start, c.end)[1] for c in strength.claims(words)
                    if c.kind == "benefit" and not c.negated and not c.past and c.strength >= strength.DIRECT - 1
                    and not c.relative and c.end > c.start]
        after = [e for e in promised if e > end]
        if after:
            end = after[0]
    return Finding(rule=PROMOTIONAL, span=(start, end),
                   message=f"\"{text[match.start():match.end()]}\" is {what}: promotion, not health information",
                   suggestions=("Keep health information separate from promotion, or disclose it as advertising",))


def _offer_finding(sent: _Sentence, offer) -> Finding:
    start, end = sent.start_char + offer.start(), sent.start_char + offer.end()
    return Finding(rule=PROMOTIONAL, span=(start, end),
                   message=f"\"{sent.text[offer.start():offer.end()]}\" is an offer: promotion, not health information",
                   suggestions=("Keep health information separate from promotion, or disclose it as advertising",))


def _promise_finding(text: str, promise: tuple[int, int], supported: bool) -> Finding:
    return Finding(
        rule=OVERSTATED_CERTAINTY, span=promise,
        message=f"\"{text[promise[0]:promise[1]]}\" promises a result no treatment can guarantee",
        suggestions=("Say what the evidence shows, for whom, with a source",),
        severity=Severity.WARNING if supported else Severity.ERROR)


# Who is promised a result when no product is named: the reader, or a
# clinic's clientele ("most clients notice ...", "our patients see ...").
CLIENTELE = frozenset({"patients", "clients", "customers", "people", "users", "members", "women", "men"})
CLIENTELE_QUANTIFIERS = frozenset({"most", "many", "our", "all", "every", "nearly", "almost"})
# Before the promise, these make it a condition, a question or a report ("if you notice a change").
NOT_PROMISED = frozenset({"if", "when", "whether", "unless", "until", "once", "before", "why", "how", "said",
                          "says", "claim", "claims", "claimed", "promise", "promises", "promised", "won't",
                          "not", "n't", "never"})


def _words_before(sent: _Sentence, words: list[str], offset: int) -> list[str]:
    """The sentence's words (spaces left out) that start before the text offset."""
    table, base = sent.table, sent.start
    k = next((j for j in range(len(words)) if table.idx[base + j] >= offset), len(words))
    return [w for j, w in enumerate(words[:k]) if not table.is_space[base + j]]


def _reader_promise(sent: _Sentence, words: list[str]) -> tuple[int, int] | None:
    """A result promised to the reader with no product named ("See results
    after just one session", "You will notice a difference after your first
    treatment", "Most clients feel the difference instantly"): the
    claims/patterns.yaml reader_promise form, said to the reader (an
    imperative or "you") or of a clinic's clientele, unhedged and
    unconditional. With a product named, claims/promotional reports it."""
    match = pattern("reader_promise").search(sent.text)
    if match is None:
        return None
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    before = _words_before(sent, words, start)
    if not NOT_PROMISED.isdisjoint(before) or phrases("hedges").occurs_in(before):
        return None
    clause = before[strength._clause_start(before, len(before)):]
    imperative = not clause or clause in (["just"], ["simply"], ["and"], ["you", "'ll"], ["you", "will"])
    addressed = "you" in clause or imperative or (
        any(w in CLIENTELE for w in clause) and not CLIENTELE_QUANTIFIERS.isdisjoint(clause))
    if not addressed:
        return None
    return start, end


def _lasting_result(sent: _Sentence, words: list[str]) -> tuple[int, int] | None:
    """A result said to be certain or to last for ever ("Results are
    guaranteed", "the effects are permanent", "painless and permanent"):
    claims/patterns.yaml lasting_result, asserted (not negated, hedged,
    conditional or reported)."""
    if not could_match("lasting_result", sent.text):
        return None
    match = pattern("lasting_result").search(sent.text)
    if match is None:
        return None
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    said = _words_before(sent, words, end)
    if not NOT_PROMISED.isdisjoint(said) or phrases("hedges").occurs_in(said) or not strength.NEGATIONS.isdisjoint(said):
        return None
    return start, end


def _reported_speech(words: list[str]) -> bool:
    """A speech verb reports someone's words ("she says it works"); "say
    goodbye to" is a promise, not speech."""
    return any(w in SPEECH_VERBS and not (i + 1 < len(words) and words[i + 1] == "goodbye")
               for i, w in enumerate(words))


# Does a source named in the claim's own sentence settle it? Yu et al. label
# "researchers found that X reduces Y" a direct causal claim, and a study's
# existence is no evidence of causation; but news names its sources this way.
ATTRIBUTION_SETTLES = True
# How much attribution makes an article a report of its sources (tuned on the
# news tune half and the devset tune half; see the README's claims figures).
REPORTING_MIN_SENTENCES = 2
REPORTING_SHARE = 0.15


def _phrase_span(phrase_set, words: list[str], sent: _Sentence) -> tuple[int, int] | None:
    for i, word in enumerate(words):
        if word in phrase_set.by_first:
            phrase = phrase_set.match_at(words, i)
            if phrase:
                return sent.chars(i, i + len(phrase))
    return None


# Words that carry a sentence on from the one before: "It also ...", "These
# drops ...", "Such diets ...".
ANAPHORS = frozenset({"it", "its", "this", "these", "they", "their", "them", "those", "such", "both", "he", "she",
                      "his", "her", "theirs"})
ANAPHOR_REACH = 3
TOPIC_STOPS = strength.DETERMINERS | strength.PREPOSITIONS | ANAPHORS | frozenset({
    "and", "or", "also", "other", "some", "many", "most", "all", "any", "every", "each", "one", "new", "more",
    "which", "who", "that", "what", "your", "you", "we", "our", "my", "i", "people", "taking", "using", "having",
    "regular", "daily", "simple", "just", "even", "only", "often", "usually"})


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _topic(subject: tuple[str, ...]) -> frozenset[str]:
    """The content words of a claim's subject ("a low-fat diet" -> low-fat,
    diet), singular; empty for a pronoun or a bare determiner ("It", "This"),
    which refer back to what a source said."""
    if any(w in ANAPHORS for w in subject[:ANAPHOR_REACH]):
        return frozenset()
    return frozenset(_stem(w) for w in subject if len(w) > 2 and w.isalpha() and w not in TOPIC_STOPS) | frozenset(
        _stem(part) for w in subject if "-" in w for part in w.split("-") if len(part) > 2 and part not in TOPIC_STOPS)


def _continues(words: list[str], topic: frozenset[str]) -> bool:
    """Does a sentence go on about a topic: it opens with a word that refers
    back ("It", "These drops", "However, such diets") or names the topic?"""
    return (any(w in ANAPHORS for w in words[:ANAPHOR_REACH + 1])
            or not topic.isdisjoint(_stem(w) for w in words)
            or not topic.isdisjoint(_stem(part) for w in words if "-" in w for part in w.split("-")))


def _neighbour_continues(rows, n: int, segment, topic: frozenset[str]) -> bool:
    """An attributed sentence beside the claim's (see ``neighbour`` in
    ``check``) reports the claim if it comes after it, or if the claim's
    sentence carries the one before on: a study's finding does not vouch for
    the next sentence's claim about something else."""
    before = n - 1 >= 0 and rows[n - 1][2] is segment and rows[n - 1][3]
    after = n + 1 < len(rows) and rows[n + 1][2] is segment and rows[n + 1][3]
    # A source named just after the claim ("..., says Gibson", "That is
    # according to the NHS") is reporting it.
    return after or before and (_continues(rows[n][1], frozenset())
                                or not topic.isdisjoint(_stem(w) for w in rows[n - 1][1]))


def _citation_continues(rows, n: int, segment, topic: frozenset[str], evidence) -> bool:
    """A citation later in the claim's paragraph vouches for it when a
    sentence between (up to the cited one) carries the claim's subject on
    ("Statins lower cholesterol. They also cut the risk of stroke [2]."),
    not when the paragraph has moved to another subject ("A low-fat diet will
    dissolve gallstones. Tablets containing ursodiol can dissolve small stones
    [2].")."""
    last = evidence.last_citation.get(segment.start, -1)
    for m in range(n + 1, len(rows)):
        sent, words, seg, _ = rows[m]
        if seg is not segment or sent.start_char >= last:
            break
        if _continues(words, topic):
            return True
    return False


def _first_segment(doc: Doc):
    return next((s for s in doc_segments(doc) if s.kind != "navigation"), None)


QUOTE_PAIRS = (("“", "”"), ('"', '"'))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks: the speaker's words, whose
    claims are theirs, not the article's. A quotation left open runs to the end
    of its paragraph, as news style opens each paragraph of a long quote."""
    spans = []
    for opening, closing in QUOTE_PAIRS:
        at = text.find(opening)
        while at != -1:
            close = text.find(closing, at + 1)
            stop = text.find("\n\n", at + 1)
            if close == -1 or (stop != -1 and stop < close):
                close = stop if stop != -1 else len(text)
            spans.append((at, close))
            at = text.find(opening, close + 1)
    spans.sort()
    return spans


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    return any(a < char < b for a, b in spans[:bisect_right(spans, (char, char))])


def _is_headline(rows, segment) -> bool:
    """The document's first block is one short line with no full stop: its
    title, as a Markdown or HTML heading, an HTML title, or the first line of
    plain text and press releases."""
    if segment is None or segment.kind not in HEADLINE_KINDS or len(rows) > 1 and rows[1][2] is segment:
        return False  # not a list item, a table cell or a quotation
    words = rows[0][1]
    last = next((w for w in reversed(words) if w.strip()), "")
    return last not in (".", "!", "?", ":", ";") and len(words) <= HEADLINE_WORDS


HEADLINE_WORDS = 20
HEADLINE_KINDS = frozenset({"heading", "paragraph", "title"})


def _headline_subject(claim: strength.Claim) -> bool:
    """A headline's subject that names something done, given or used
    ("Earlier booking of scans can reduce waiting", "Popular sleep
    supplement can cause dangerous interactions", "Magnetic forceps
    effective in removal of swallowed pins"): what it brings about is the piece's
    finding, whatever the outcome's words, which name no condition."""
    subject = [w for w in claim.subject if w not in strength.MODALS and not strength.is_adverb(w)]
    if not subject or claim.participle or claim.relative or claim.past and not claim.perfect:
        return False
    head = next((subject[k - 1] for k in range(1, len(subject)) if subject[k] in strength.PREPOSITIONS
                 and subject[k] not in ("and", "or")), subject[-1])
    return (head in TREATMENT_HEADS or head.endswith(INTERVENTION_SUFFIXES) or _medicine((head,))
            or head in intervention_words() or (head.endswith("s") and head[:-1] in intervention_words())
            or head in EXPOSURES or any(w.endswith("ing") and w not in NOT_HABITS and len(w) > 5
                                        and w in _dictionary() for w in subject[:2]))


def _headline_claim(claim: strength.Claim) -> bool:
    """A claim a headline states of a condition, a body part, a group or an
    institution ("Metabolic syndrome raises the risk of liver cancer",
    "Hospital halves wound infections"): subjects that in a body sentence
    describe what the body, a disease or people do, in a headline the
    piece's finding; so is a present perfect ("Screening has prevented ...")."""
    subject = claim.subject
    return ((not claim.past or claim.perfect) and bool(subject)
            and not (len(subject) == 1 and subject[0] in SUBJECT_PRONOUNS))


def _direct_claims(sent: _Sentence, words: list[str], headline: bool = False,
                   own_voice: bool = False) -> Iterator[strength.Claim]:
    """Direct, unhedged, un-negated claims about a health outcome, with
    character spans, unless a source is named in the sentence or the one
    before it in the paragraph. In a headline (``headline``), what a
    condition does ("Insomnia raises the risk of crashes") is the piece's
    finding, not a description, and is kept."""
    table, base = sent.table, sent.start
    keep = [k for k in range(len(words)) if not table.is_space[base + k]]
    plain = [words[k] for k in keep] if len(keep) != len(words) else words
    if "-" in plain:
        plain = _dashes(plain, keep, table, base)
    found = [c for c in strength.claims(plain) + _reader_promises(plain) if c.strength == strength.DIRECT
             and (not c.negated or headline and _denied(plain, c))
             and (not c.indirect or _treatment_effect(c, plain) or headline and not c.participle
                  and (strength.names_health(plain) or _headline_subject(c)))
             and (not c.possible or headline) and not (c.descriptive and not (headline and c.kind == "harm" and not c.relative)
                                                       and not (own_voice and (_framed_cause(plain, c)
                                                                               or not c.relative and _stated_cause(plain, c))))
             and (_claimed_of_something(c) or headline and _headline_claim(c) or own_voice and _framed_cause(plain, c))
             and not (_shown(plain, c.start) and not (own_voice and _shown(plain, c.start, UNNAMED_EVIDENCE, headline)))
             and not _mechanism(plain, c) and not _background(plain, c) and not _drug_level(plain, c)
             and not (c.booster is None and _indication(plain, c))
             and (not c.helped or _treatment_subject(c))]
    if not found:
        return
    for claim in found:
        claim.stated_cause = own_voice and _stated_cause(plain, claim)
        first = claim.start
        if claim.negated:  # the denial is part of what is claimed: "does not improve health"
            first = next(k for k in range(max(0, claim.start - 4), claim.start) if plain[k] in DENIALS)
            if first and (plain[first - 1] in strength.MODALS or plain[first - 1] in ("is", "are")):
                first -= 1
        start, end = sent.chars(keep[first], keep[claim.end - 1] + 1)
        booster = None
        if claim.booster is not None:
            k = keep[claim.booster]
            b_start, b_end = sent.chars(k, k + 1)
            booster = (b_start, b_end, table.text[base + k])
        claim.booster = booster
        claim.start, claim.end = start, end
        yield claim


# A verb negated outright ("does not improve", "won't cure", "never causes").
DENIALS = frozenset({"not", "n't", "n’t", "never", "cannot", "doesn", "don", "won", "isn", "aren", "didn"})


def _denied(words: list[str], claim: strength.Claim) -> bool:
    """A headline that denies an effect outright ("Cheese does not improve
    health", "Antacids do not increase risk of stroke") announces a finding
    as much as one that asserts it, and needs a source as much; Yu et al.
    label both direct causal. "No evidence that ...", "without" and the like
    are not denials of this kind."""
    return not DENIALS.isdisjoint(words[max(0, claim.start - 4):claim.start])


def _dashes(plain: list[str], keep: list[int], table: token_table.TokenTable, base: int) -> list[str]:
    """A hyphen with a space beside it is a dash between clauses ("surgery -
    and rest - helps": strength.SPACED_HYPHEN); one inside a word ("nurse-led
    clinics", "mind-altering drug") joins its parts and ends no clause."""
    out = list(plain)
    for n, w in enumerate(plain):
        if w != "-":
            continue
        k = base + keep[n]
        attached = (0 < k < len(table.text) - 1 and table.idx[k - 1] + len(table.text[k - 1]) == table.idx[k]
                    and table.idx[k] + 1 == table.idx[k + 1])
        if not attached:
            out[n] = strength.SPACED_HYPHEN
    return out


def _reader_promises(words: list[str]) -> list[strength.Claim]:
    """ "Our programme can help you lose weight", "We help you pass any stone
    painlessly": "help" hedges a claim in general text ("exercise can help
    relieve pain"), but a seller that says it helps the reader promises the
    result. Only a first-person or trademarked subject (our, we, ®, ™) is read
    so: "your doctor can help you" and "exercise can help you" stay advice."""
    if "you" not in words or not PROMISING_HELP.intersection(words):
        return []
    found = []
    for i, word in enumerate(words):
        if word not in PROMISING_HELP or i + 2 >= len(words) or words[i + 1] != "you" or i == 0:
            continue
        if word == "help" and words[i - 1] not in ("can", "will"):
            continue  # "may help you", "to help you": a hedge or a purpose
        clause = strength._clause_start(words, i)
        before = words[clause:i]
        if SELLERS.isdisjoint(before) or strength._relative(words, clause, i):
            continue
        end = i + 2
        while end < len(words) and end - i <= strength.OBJECT_WORDS and words[end] not in strength.OBJECT_STOPS:
            end += 1
        if not strength.names_health(words[i + 2:end]):
            continue
        claim = strength.claims(before + ["relieves", "pain", "."])  # the clause's hedges, negation and tense
        if not claim or claim[0].strength != strength.DIRECT or claim[0].negated:
            continue
        found.append(strength.Claim(strength.DIRECT, i, end, "benefit", False, tuple(before), "help"))
    return found


def _treatment_effect(claim: strength.Claim, words: list[str]) -> bool:
    """A treatment said to work on an outcome that is no health word
    ("pill organisers boost adherence", "flu vaccines effective in
    reducing outbreaks", "the therapy is as effective as surgery"): an efficacy
    claim whatever its object, when the subject's head (the word before its
    first preposition) names a treatment. Other subjects' effects on such
    outcomes ("better scheduling reduces crowding") stay unreported, and so
    does how a treatment works ("blocks an enzyme")."""
    if claim.kind != "benefit" or claim.participle or not claim.subject:
        return False
    if words[claim.end - 1] == claim.base.split()[-1]:
        return False  # "the treatment remains beneficial through 24 hours": no outcome named at all
    if strength._ing(claim.base.split()[0]) in phrases("mechanism_verbs").by_first:
        return False  # "the drug blocks an enzyme": how it works (claims/mechanism_verbs.txt)
    subject = claim.subject
    head = next((subject[k - 1] for k in range(1, len(subject)) if subject[k] in strength.PREPOSITIONS
                 and subject[k] not in ("and", "or")), subject[-1])
    return head in TREATMENT_HEADS or head.endswith(INTERVENTION_SUFFIXES) or _medicine((head,)) or _done(subject)


def _done(subject: tuple[str, ...]) -> bool:
    """Does the subject open with something done ("Moving patients to
    nurse-led clinics", "Transferring care of patients to nurses", "Eating
    nuts")? What it brings about is the claim of a practice, whatever noun its
    object ends in; an -ing word that names a condition ("bleeding", "ageing")
    or no habit ("having", "living": claims/not_habits.txt) is not one."""
    first = subject[0]
    return (len(first) > 5 and first.endswith("ing") and first not in NOT_HABITS
            and not strength.is_health_word(first) and first in _dictionary()
            # ", saying it reduces", "revealing that it enhances", "altering drug
            # ... is changing": a participle clause or a verb, not a subject
            and NOT_DONE.isdisjoint(subject))


NOT_DONE = strength.BE | strength.RELATIVES | strength.PLURAL_PRONOUNS | frozenset({"it", "he", "she", "called"})


def _treatment_subject(claim: strength.Claim) -> bool:
    """Does the claim's subject name a treatment, product, food or habit
    ("Ginger helps settle nausea", "Probiotics help restore gut balance"),
    not a person, a body part or a condition ("exercise helps" is a habit;
    "the liver helps filter" is the body)? Its head is the word before its
    first preposition."""
    subject = claim.subject
    if not subject or claim.kind != "benefit":
        return False
    head = next((subject[k - 1] for k in range(1, len(subject)) if subject[k] in strength.PREPOSITIONS
                 and subject[k] not in ("and", "or")), subject[-1])
    if head in phrases("non_interventions") or strength.is_health_word(head):
        return False
    return (head in TREATMENT_HEADS or head.endswith(INTERVENTION_SUFFIXES) or _medicine((head,))
            or head in intervention_words() or (head.endswith("s") and head[:-1] in intervention_words())
            or subject[0].endswith("ing") and subject[0] not in NOT_HABITS)


PROMISING_HELP = frozenset({"help", "helps"})
SELLERS = frozenset({"our", "we", "us", "®", "™"})


def _mechanism(words: list[str], claim: strength.Claim) -> bool:
    """How something works, not a promised result: the effect followed by the
    way a medicine or an operation brings it about ("reduces swelling by
    blocking histamine", "which treats cancer by removing the breast":
    claims/mechanism_verbs.txt), an organ set to do something ("signals
    the kidneys to hold on to salt"), or acting on a
    step inside the body ("decreases the activity of the follicles",
    "reduces the production of acid": claims/mechanism_objects.txt)."""
    for j in range(claim.end, min(len(words) - 1, claim.end + MECHANISM_REACH)):
        if words[j] in MECHANISM_STOPS:
            break
        if words[j] == "by" and phrases("mechanism_verbs").match_at(words, j + 1):
            return True
    if claim.antecedent is not None and any(
            words[j] == "by" and words[j + 1].endswith("ing") for j in range(claim.start - 1)):
        return True  # "works by training the breath, which reduces panic attacks": the chain of a mechanism
    if (claim.end + 1 < len(words) and words[claim.end] == "to" and words[claim.end + 1].isalpha()
            and words[claim.end + 1] not in strength.DETERMINERS
            and strength._is_organ(words[claim.end - 1])):
        return True  # "prompts the liver to release sugar": an organ set to work, how the body works
    objects = phrases("mechanism_objects")
    k = claim.start + 1
    while k < claim.end and (words[k] in strength.DETERMINERS or strength.is_adverb(words[k])):
        k += 1
    return k < claim.end and words[k] in objects and k + 1 < len(words) and words[k + 1] == "of"


MECHANISM_REACH = 12
MECHANISM_STOPS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "(", "but", "and", "while", "which"})


def _drug_level(words: list[str], claim: strength.Claim) -> bool:
    """A medicine's level in the blood raised or lowered by another medicine
    ("Lamotrigine levels are lowered by combined hormonal contraceptives",
    "carbamazepine lowers warfarin levels"): an interaction a leaflet warns
    of, not a treatment's effect on health. Both sides must be medicines;
    the body's own hormones and markers ("insulin levels", "cholesterol
    levels") are health outcomes."""
    if not any(_medicine((w,)) or _ingredient(w) or w.endswith(MEDICINE_CLASS_ENDINGS) for w in claim.subject):
        return False
    for j in range(max(0, claim.start - MEDICINE_LEVEL_REACH), min(len(words) - 1, claim.end + 1)):
        if words[j + 1] in DRUG_LEVEL_WORDS and _ingredient(words[j]):
            return True
    return False


def _indication(words: list[str], claim: strength.Claim) -> bool:
    """What a vaccine or a medicine is for, in the plain verb a leaflet uses:
    "The pneumococcal vaccine protects against pneumonia", "Inhaled
    antibiotics, such as tobramycin, treat chronic infections", "antiviral
    tablets suppress the virus". "Metformin reduces mortality", "the vaccine
    gives lifelong protection" and "X is a safe and effective treatment" are
    results claimed, and stay; so does any indication with a booster
    ("completely protects")."""
    verb = words[claim.start]
    if verb not in INDICATION_VERBS or verb in ("protect", "protects") and words[claim.start + 1:claim.start + 2] not in (
            ["against"], ["from"]):
        return False
    before = words[max(0, claim.start - INDICATION_REACH):claim.start]
    # A named medicine's "treats X" stays a claim ("Ibuprofen treats tennis
    # elbow"): only the classes named for what they act on are read so.
    return not INDICATED_MEDICINES.isdisjoint(before)


INDICATION_VERBS = frozenset({"treat", "treats", "prevent", "prevents", "protect", "protects", "suppress",
                              "suppresses", "control", "controls"})
# Vaccines and the classes of medicine named for what they act on.
INDICATED_MEDICINES = frozenset({"vaccine", "vaccines", "vaccination", "vaccinations", "jab", "jabs", "immunisation",
                                 "immunization", "antibiotic", "antibiotics", "antiviral", "antivirals", "antifungal",
                                 "antifungals", "antiretroviral", "antiretrovirals", "antihistamine",
                                 "antihistamines", "antiepileptic", "antiepileptics", "anticoagulant",
                                 "anticoagulants"})
# Words back from the verb to the medicine: past "such as tobramycin," or "which".
INDICATION_REACH = 8


def _ingredient(word: str) -> bool:
    """A medicine's active ingredient ("lamotrigine", "warfarin"), not one of
    the body's own hormones or health markers."""
    return (word in _ingredients() and word not in _hormones() and word not in NUTRIENTS
            and word not in outcome_words())


@lru_cache(maxsize=1)
def _ingredients() -> frozenset[str]:
    return frozenset(concepts.drug_names().values())


@lru_cache(maxsize=1)
def _hormones() -> frozenset[str]:
    return frozenset(line.split("\t")[0].lower() for line in resources.lines("terminology/hormone_glands.tsv"))


DRUG_LEVEL_WORDS = frozenset({"level", "levels", "concentration", "concentrations"})
# Minerals and vitamins the body needs: their levels are health markers ("Vitamin C
# raises iron levels"), even where a medicine supplies them.
NUTRIENTS = frozenset({"iron", "calcium", "magnesium", "potassium", "sodium", "zinc", "copper", "selenium", "iodine",
                       "phosphate", "phosphorus", "folate", "folic", "vitamin", "b12", "ferritin", "chloride",
                       "bicarbonate", "manganese", "chromium", "fluoride"})
# Drug classes named by their ending: "hormonal contraceptives", "enzyme inducers".
MEDICINE_CLASS_ENDINGS = ("contraceptives", "inhibitors", "inducers", "blockers", "medicines", "medications")
MEDICINE_LEVEL_REACH = 4


def _background(words: list[str], claim: strength.Claim) -> bool:
    """ "We know that taking aspirin prevents ...", "it is well established
    that ...": settled background (claims/background_frames.txt), not a
    claim the article makes on its own account."""
    return phrases("background_frames").occurs_in(words[:claim.start])


def _label_products(text: str) -> frozenset[str]:
    """Products whose approved label the document carries: names marked ® or
    ™ in a document with a prescribing-information section
    (claims/label_markers.txt), or the medicine of a patient information
    leaflet (its numbered sections: "What X is used for", "How to take X",
    "Possible side effects"), where "it" is that medicine too. Their claims
    repeat the approved indication."""
    leaflet = _leaflet_medicine(text)
    if leaflet:
        return leaflet
    if "®" not in text and "™" not in text:
        return frozenset()
    lowered = text.lower()
    if not any(marker in lowered for marker in _label_markers()):
        return frozenset()
    return frozenset(m.group(1).lower() for m in _MARKED.finditer(text))


_MARKED = re.compile(r"([\w-]+)\s?[®™]")
# The sections of a patient information leaflet as UK and EU regulation lays
# them out, each opening a line.
_LEAFLET_SECTIONS = re.compile(
    r"(?im)^[#\s]*(?:\d+\.?\s+)?(?:(?P<uses>what (?P<medicine>[\w-]+(?:\s[\w-]+)?) (?:is|are)\b[^\n]{0,30}\bused for)"
    r"|(?P<before>(?:what you need to know )?before you (?:take|use|are given)\b)"
    r"|(?P<how>how to (?:take|use|store)\b)|(?P<effects>possible side effects))")
LEAFLET_SECTION_KINDS = ("uses", "before", "how", "effects")
MIN_LEAFLET_SECTIONS = 3


def _leaflet_medicine(text: str) -> frozenset[str]:
    """The medicine a patient information leaflet is about, and "it", or nothing."""
    sections = list(_LEAFLET_SECTIONS.finditer(text))
    kinds = {kind for m in sections for kind in LEAFLET_SECTION_KINDS if m.group(kind)}
    named = [m.group("medicine").lower() for m in sections if m.group("medicine")]
    if len(kinds) < MIN_LEAFLET_SECTIONS or not named:
        return frozenset()
    return frozenset(named[0].split()) | {"it"}


@lru_cache(maxsize=1)
def _label_markers() -> tuple[str, ...]:
    return tuple(resources.lines("claims/label_markers.txt"))


def _shown(words: list[str], i: int, shown: frozenset[str] = strength.SHOWN, headline: bool = False) -> bool:
    """ "has been shown to improve", "was found to cut": someone's evidence is claimed."""
    k = i - 1
    while k >= 0 and strength.is_adverb(words[k]):
        k -= 1  # "was found to greatly improve", "was able to successfully treat"
    if not (k >= 1 and words[k] == "to" and words[k - 1] in shown):
        return False
    # "has been found to", "are found to": a general finding appealed to; "was
    # found to", "after being found to" tell what a study found, the story's report.
    return (shown is strength.SHOWN or words[k - 1] != "found" or k >= 2 and words[k - 2] in ("been", "is", "are")
            or headline and (k < 2 or words[k - 2] not in ("was", "were", "being")))  # a headline's "X found to"


# "has been shown to reduce", "was demonstrated to": evidence appealed to and
# never named. In a report of its sources the story names it nearby; in an
# article's own voice it is a source nobody could find (as "studies show",
# claims/vague_sources.txt), and the claim is the article's. "is known to"
# states what is settled, and "was able to" what happened; "proven to" is
# overstated certainty, one finding of its own. "has been found to" appeals to
# evidence as "has been shown to" does (a headline's "X found to increase Y" too).
UNNAMED_EVIDENCE = frozenset({"shown", "demonstrated", "found"})


def _claimed_of_something(claim: strength.Claim) -> bool:
    """What the body, a disease or a person does ("It causes heel pain", "High
    blood sugar damages blood vessels", "This protein promotes growth")
    describes, and needs no source; a claim is about something done or taken.
    A claim in the past tense reports what happened (in a study, to a
    patient), and is the study's or the story's: the rules ask for sources for
    general claims, stated in the present.
    A bare pronoun is taken for the treatment under discussion when a benefit
    is claimed ("It also relieves ..."), for the condition when harm is."""
    subject = claim.subject
    if claim.past:
        return False  # "the drug reduced deaths", "chemo had weakened him": a study's result or a story
    if claim.antecedent and claim.antecedent in phrases("non_interventions"):
        return False  # "stem cells, which regenerate the immune system": what the body does
    if not subject:
        return claim.kind == "benefit"
    if subject[0] in SUBJECT_PRONOUNS and len(subject) == 1:
        return claim.kind == "benefit"
    if subject[-1] in phrases("non_interventions") and not (
            len(subject) >= 2 and subject[-1] == "activity" and subject[-2] in HABITUAL) and not _done(subject):
        return False  # "brain activity", but "physical activity lowers blood pressure" is a habit's claim

    if "can" in subject and claim.booster is None and any(w in CLINICAL_SUBJECTS for w in subject):
        return False  # "Surgery can stop infections": what clinical care is able to do
    return True


def _own_voice_harm(claim: strength.Claim) -> bool:
    """A harm an article states in its own voice (it is not a report of its
    sources) that is reported without advice to the reader: one said to be
    total or to last for ever ("thins the skin permanently"), or one caused by
    something taken, used or done ("tanning beds raise the risk of melanoma",
    "drinking alcohol raises ...", "sunbed use causes ..."). A medicine's side
    effect stays its label's unless overstated; what is possible ("can damage")
    and the vague effect phrases ("plays a role in") are not reported."""
    subject = claim.subject
    if "can" in subject or claim.qualified:
        return False  # "can damage", "in rare cases causes": what is possible
    if claim.overstated:
        return True
    if not subject or subject[-1] in phrases("non_interventions") or claim.base.split()[0] in strength.EFFECT_VERBS:
        return False
    # The subject's head: the last word before a preposition ("use of sunbeds", "a decrease in collagen").
    head = next((subject[k - 1] for k in range(1, len(subject)) if subject[k] in strength.PREPOSITIONS
                 and subject[k] not in ("and", "or")), subject[-1])
    done = ((subject[0].endswith("ing") and subject[0] not in NOT_HABITS) or head in EXPOSURES
            or head in phrases("exposures").by_first or _habit_head(subject))
    things = intervention_words()
    return (done or head in things or head.endswith(INTERVENTION_SUFFIXES)) and (
        not _medicine(subject) or _alarming(claim))


def _verb_of_ours(word: str) -> bool:
    """Is ``word`` a predicate the claims lexicon reads ("causes", "leave", "makes")?"""
    return word in strength.predicates()[0].by_first or word in strength.LEAVES or word in strength.MAKES or (
        word in strength.GIVES or word in strength.KEEP)


def _habit_head(subject: tuple[str, ...]) -> bool:
    """Does the subject end in a habit named by its "-ing" word after what
    qualifies it ("late-night snacking", "binge drinking", "heavy lifting")?
    Not a condition ("bleeding", "snoring"), a word that names no habit
    (claims/not_habits.txt), a step named with what it acts on ("firing of
    the laser") nor the end of a clause ("have seen promising")."""
    head = subject[-1]
    return (len(head) > 5 and head.endswith("ing") and head not in NOT_HABITS
            and not strength.is_health_word(head) and head in _dictionary()
            and strength.BE.isdisjoint(subject) and strength.HAVE.isdisjoint(subject)
            and strength.MODALS.isdisjoint(subject))


DEGREE_BEFORE_ADJECTIVE = frozenset(("less", "more", "most", "least", "very", "so", "too"))


def _adjective_before(subject: list[str], joined: int) -> bool:
    """Does "and"/"or" join two adjectives of one noun ("a less frequent and more
    disabling form of X"), not two causes? The word before it is only ever an
    adjective, or follows a degree word."""
    before = subject[joined - 1]
    return only_adjective(before) or (joined >= 2 and subject[joined - 2] in DEGREE_BEFORE_ADJECTIVE)


def _stated_cause(words: list[str], claim: strength.Claim) -> bool:
    """ "Cold weather causes flu", "these jabs cause thyroid cancer", "low
    vitamin D causes depression", "screen time ruins children's eyesight",
    "sugar is damaging your teeth" (a cause or a harm done outright,
    claims/stated_harms.txt): a cause stated as plain fact in an article's
    own voice, whatever its subject, when the subject is a thing, a habit or a
    state of affairs in everyday words, not what reference text describes: a
    condition, a germ, a gene or the body (claims/non_interventions.txt), a
    name no dictionary holds ("CRMO"), or a condition's subtype ("Type 2").
    Said of some cases only ("sometimes causes", "in a few people ...
    causes"), of a generic object ("causes symptoms", "causes the
    disorder"), inside a question ("how X causes Y") or with "can", it is a
    description of what happens, not a claim to source."""
    if claim.base not in _stated_harms() or claim.kind != "harm" or claim.possible or claim.past or claim.relative:
        return False
    subject = claim.subject
    joined = next((k for k, w in enumerate(subject) if w in ("and", "or")), None)
    if joined and joined + 1 < len(subject) and strength.BE.isdisjoint(subject) \
            and not _adjective_before(subject, joined):
        # "Fad diets and rapid weight loss damage ...": the first of two
        # causes named together decides, read as the subject on its own
        # ("Infections or lung irritants cause ..." still names a condition).
        return _stated_cause(words, replace(claim, subject=subject[:joined]))
    if (not subject or "can" in subject or claim.qualified or claim.participle or words[claim.start].endswith("ing")
            or not strength.BE.isdisjoint(subject)):
        return False  # what is possible, said of some, brought about by a main clause, or a subject spanning a clause
    if _framed_cause(words, claim):
        return True
    if subject[-1] in LIGHT_VERBS or classes(subject[-1]) == VERB_ONLY:
        return False  # "Many people get strains playing sports", "the liver creates scar tissue": a noun
    if claim.base == "responsible for" and not POSITIVE_OUTCOMES.isdisjoint(words[claim.start:claim.end]):
        return False  # "The cochlea is responsible for clear hearing": what a part does
    if subject[0] in DEMONSTRATIVES or (len(subject) > 1 and subject[0] in ("and", "but") and subject[1] in DEMONSTRATIVES):
        return False  # "This accumulation causes ...", "These deposits cause ...": a chain of explanation
    head = strength.subject_head(subject)
    if len(head) == 1 and len(subject) >= 2:
        head = subject[-2]  # "low vitamin D": vitamin
    if head.endswith(PROCESS_ENDINGS) and head not in phrases("exposures").by_first or head in strength.CHANGE_NOUNS:
        # "MtDNA depletion causes ...", "the abnormality causes ...", "a fall in
        # oestrogen weakens ...": a process in the body
        return False
    at = subject.index(head) if head in subject else len(subject) - 1
    if strength.names_condition(list(subject)) or any(strength.is_health_word(w) for w in subject[:max(0, at - 1)]):
        return False  # "Heart failure causes ...", "Infections or lung irritants cause ...": a condition's effects
    if subject[at + 1:at + 2] == ("of",) and strength.names_health(list(subject[at + 2:])):
        return False  # "Months of swelling harm the joint": the condition's effects, over time
    if claim.start and words[claim.start - 1] in NOUN_BEFORE:
        return False  # "Other causes ...", "common causes": the noun
    if (not head.isalpha() or len(head) <= 2 or head in SUBTYPES or head in SUBJECT_PRONOUNS or head in phrases("non_interventions")
            or (head.endswith("s") and head[:-1] in phrases("non_interventions"))
            or strength.is_health_word(head) or head in _pathogen_words() or head.endswith(GERM_ENDINGS)
            or not everyday(head) or head in PROCESS_NOUNS):
        return False
    if "how" in words[:claim.start]:
        return False  # "exactly how this cascade causes the signs": a question under study
    clause = strength._clause_start(words, claim.start)
    if clause and words[clause - 1] in strength.RELATIVES | {"where"}:
        return False  # "a condition in which fluid builds up and causes swelling": a definition
    if claim.start + 1 < len(words) and words[claim.start + 1] in NOUN_FOLLOWERS:
        return False  # "different causes including anorexia": the noun
    if claim.start and words[claim.start - 1] in ("will", "would", "'ll", "’ll"):
        return False  # "firing the laser will cause a rise in ...": a step foretold, not a general cause
    if claim.start and (words[claim.start - 1] in strength.BE or strength._after_coordination(words, claim.start)):
        return False  # "are triggered by", "bile builds up and causes scarring": a passive or a chain of events
    for j in range(claim.end, min(len(words) - 1, claim.end + 10)):
        if words[j] in (",", ".", ";", ":", "which", "that"):
            break
        if words[j] == "and" and _verb_of_ours(words[j + 1]):
            break  # "hurt the gut and leave it unable to heal": a second predicate, not how the body changes
        if words[j] == "to" and words[j + 1] not in strength.DETERMINERS and words[j + 1].isalpha():
            return False  # "causes the skin to thicken", "causes blood to back up": how a body changes
    object_words = [w for w in words[claim.start + 1:claim.end] if w not in strength.DETERMINERS]
    return not GENERIC_OBJECTS.issuperset(object_words)


NOUN_FOLLOWERS = frozenset({"including", "such", "like", "is", "are", "were", "was", "include"})
def _doubted_before(rows, n: int, segment) -> bool:
    """Does an earlier sentence of the paragraph say whether one thing causes
    another is not known (claims/causation_unknown.txt)?"""
    if segment is None:
        return False
    unknown = phrases("causation_unknown")
    return any(rows[m][2] is segment and unknown.occurs_in(rows[m][1]) for m in range(n - 1, max(-1, n - 6), -1))


def _framed_cause(words: list[str], claim: strength.Claim) -> bool:
    """ "Put simply, gum disease causes heart attacks": a cause the writer
    presents as plain, settled fact (claims/emphatic_frames.txt) is their own
    claim even when its subject is a condition; one in a relative clause or a
    passive ("is caused by") describes."""
    return (claim.base in CAUSING and claim.kind == "harm" and not claim.relative and not claim.past
            and not claim.possible and not claim.qualified and "can" not in claim.subject
            and phrases("emphatic_frames").occurs_in(words[:claim.start])
            and not (claim.start and words[claim.start - 1] in strength.BE))


# The verbs of plain causation ("causes", "triggers"), which a writer's emphatic frame
# makes theirs even of a condition ("Put simply, gum disease causes heart attacks").
CAUSING = frozenset({"cause", "trigger", "induce", "provoke"})


@lru_cache(maxsize=1)
def _stated_harms() -> frozenset[str]:
    """Those and the verbs of a harm done outright ("damages", "ruins", "weakens"):
    not of degree ("raises the risk of", "worsens"), which the other paths weigh
    (said of any everyday subject they added 8 findings on MedQuAD answers 0-2999,
    NIH risk factors, and a medicine's bleeding risk on news), nor "leads to" and
    "results in", which reference text chains mechanisms with ("This accumulation
    results in ...": on MedQuAD answers 0-2999 they added 6 findings, all
    descriptions, and one on news)."""
    return frozenset(resources.lines("claims/stated_harms.txt"))


DEMONSTRATIVES = frozenset({"this", "these", "that", "those", "such"})
# Verbs after which a harm word is their object, a noun ("get strains", "means damage").
LIGHT_VERBS = frozenset({"get", "gets", "got", "getting", "have", "has", "had", "means", "mean", "make", "makes",
                         "made", "leave", "leaves", "left"})
VERB_ONLY = frozenset({"verb"})
# What a part of the body does, which nothing is "responsible for" as a harm.
POSITIVE_OUTCOMES = resources.word_set("claims/positive_outcomes.txt") | {"vision", "sight", "movement"}
# Nouns of a change in the body that reference text names as a cause ("the loss of brain
# cells causes ...", "the influx of sodium triggers ...", "excess calcium causes ...").
PROCESS_NOUNS = frozenset({"loss", "losses", "influx", "buildup", "build-up", "excess", "lack", "shortage",
                           "overload", "block", "blockage", "damage", "breakdown", "release", "leak", "defect",
                           "defects", "flow", "signaling", "signalling", "change", "changes", "mutation",
                           "mutations", "blistering", "deposit", "deposits"})


# How nouns of a process end ("depletion", "abnormality", "deficiency", "impairment"): a
# process in the body, as reference text explains a disease's mechanism.
PROCESS_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ity", "ities", "ance", "ence", "ency",
                   "ancy")
# How the names of germs end ("norovirus", "streptococcus", "campylobacter", "candida" is listed).
GERM_ENDINGS = ("virus", "viruses", "coccus", "cocci", "bacter", "bacteria", "bacillus", "fungus", "fungi", "monas",
                "myces")
# Nouns naming a kind of a condition ("Type 2 causes a more severe form").
SUBTYPES = frozenset({"type", "types", "form", "forms", "kind", "kinds", "subtype", "subtypes", "variant", "variants",
                      "stage", "grade", "one", "cases", "others", "most", "many", "some"})
# Words before "causes" that make it the noun: "Other causes", "common causes".
NOUN_BEFORE = frozenset({"other", "common", "main", "possible", "different", "many", "several", "known", "rare",
                         "usual", "most", "major", "underlying", "leading", "commonest"})
# What a condition's description says it causes: not an outcome a claim names.
# A harm named by no outcome ("causes further harm", "causes problems") is none a reader could check.
GENERIC_OBJECTS = frozenset({"signs", "symptoms", "disorder", "condition", "disease", "problems", "it", "them", "harm",
                             "such", "features", "characteristic", "lot", "of", "extensive", "widespread",
                             "significant", "major",
                             "harms", "damage", "further", "other", "additional", "serious", "severe", "great",
                             "much", "real", "lasting", "permanent", "complications", "effects", "issues"})


@lru_cache(maxsize=1)
def _pathogen_words() -> frozenset[str]:
    return frozenset(resources.lines("claims/pathogens.txt"))


# Verbs that say a medicine does lasting damage or causes disease outright
# ("statins destroy your muscles", "the pill causes depression"), not a side
# effect's risk as a label states it ("increases the risk of bleeding", "can cause").
ALARMING_VERBS = frozenset({"cause", "destroy", "damage", "ruin", "rot", "poison", "wreck", "thin", "weaken"})


def _alarming(claim: strength.Claim) -> bool:
    return (claim.base.split()[0] in ALARMING_VERBS and not claim.possible and not claim.qualified
            and "can" not in claim.subject)


# Nouns of taking or doing something ("sunbed use", "alcohol intake") and
# "-ing" words that open a subject but name no habit ("having diabetes").
EXPOSURES = resources.word_set("claims/exposure_nouns.txt")
NOT_HABITS = resources.word_set("claims/not_habits.txt")


HABITUAL = resources.word_set("claims/habitual_adjectives.txt")


def _the_bodys_own(claim: strength.Claim) -> bool:
    """Is what the claim credits one of the body's own cells ("neutrophils,
    which fight infection")? (Organs too were measured and dropped: a
    held-out claim went with them.)"""
    head = claim.antecedent or (claim.subject[-1] if claim.subject else "")
    return head in lexicon.body_cell_words()


def _medicine_row(doc: Doc, table: token_table.TokenTable, segment, claim: strength.Claim) -> bool:
    """A table cell that says what a medicine does with no subject of its own
    ("Slows the heart and reduces its workload"), after a cell of its row
    that names the medicine ("Metoprolol succinate, a beta-blocker"): a
    table of medicines, as a formulary or leaflet lays one out. Cells are
    read back across the row's width (MEDICINE_ROW_CELLS), stopping at any
    block that is no cell."""
    if any(w.isalpha() and w not in strength.DETERMINERS for w in claim.subject):
        return False  # "Aspirin | It prevents strokes": the cell has a subject of its own
    segments = doc_segments(doc)
    at = next((k for k, s in enumerate(segments) if s is segment or s.start == segment.start), None)
    if at is None:
        return False
    for k in range(at - 1, max(-1, at - 1 - MEDICINE_ROW_CELLS), -1):
        cell = segments[k]
        if cell.kind != "table_cell":
            return False
        first, last = bisect_left(table.idx, cell.start), bisect_left(table.idx, cell.end)
        if _medicine(tuple(table.lower[first:last])):
            return True
    return False


MEDICINE_ROW_CELLS = 4


def _medicine(subject: tuple[str, ...]) -> bool:
    drugs = drug_words()
    return any(w in CLINICAL_SUBJECTS or w in drugs or (w.endswith("s") and w[:-1] in drugs) or w in ("®", "™")
               or w.endswith(DRUG_SUFFIXES) for w in subject)


DRUG_SUFFIXES = tuple(resources.lines("claims/drug_suffixes.txt"))
_ATTRIBUTION_CUES = strength_reporting | TRIAL_WORDS | STUDY_REFERENCES


VAGUE_SOURCES = resources.word_set("claims/vague_sources.txt")
# Words that make a source findable: a journal, a body, a publication.
FINDABLE = frozenset({"published", "journal", "university", "institute", "who", "nhs", "cdc", "nice", "fda", "nih",
                      "et", "'s", "’s", "department", "agency", "association", "society", "college",
                      "council", "ministry", "foundation", "hospital", "school", "professor", "dr", "dr."})


# Words that name a source beyond the person speaking: a study, a journal, a
# body whose publications a reader could look up.
CHECKABLE_SOURCES = (STUDY_REFERENCES | TRIAL_WORDS | FINDABLE) - {"dr", "dr.", "professor", "hospital", "'s", "’s"}


def _spoken_only(words: list[str]) -> bool:
    """Is the sentence attributed only to someone speaking ("...," says Tom
    Ellery, senior physiotherapist"), naming no study, journal or body?"""
    spoken = any(w in SPEECH_VERBS and not (w == "states" and k and words[k - 1] == "united") for k, w in enumerate(words))
    return spoken and "according" not in words and CHECKABLE_SOURCES.isdisjoint(words)


def _vague_attribution(sent: _Sentence, words: list[str]) -> bool:
    """Is the sentence attributed only to sources no reader could find
    ("Studies show that ...", "Research has shown ...", "Experts agree ...",
    "Clinical trials prove ...")? Its sources are all generic nouns
    (claims/vague_sources.txt), and it names nobody: no capitalised name
    after its first word, no year or number of a study, no journal or body."""
    sources = [k for k, w in enumerate(words) if w in SOURCE_NOUNS or w in TRIAL_WORDS or _occupation_plural(w)]
    if not sources or not FINDABLE.isdisjoint(words) or _reporting_tail(words):
        return False  # ", researchers say": the story's researchers, named before
    if _evidence_cites(sent.text):
        return False  # "In large trials [5], ...": the trials are cited
    if "but" in words and not {"other", "others"}.isdisjoint(words[words.index("but"):]):
        return False  # "some studies have shown ..., but other studies have not": the evidence weighed
    texts = sent.table.text[sent.start:sent.end]
    first = next((k for k, t in enumerate(texts) if t[:1].isalnum()), 0)
    if any(t[:1].isupper() and t.isalpha() and t != "I" and not (t.isupper() and texts[k - 1] == "(")
           for k, t in enumerate(texts[first + 1:], first + 1)):
        return False  # "says Smith", "a Harvard study", "the NHS" (not a term's initials: "therapy (CBT)")
    opening = texts[first] if texts else ""
    if opening.isalpha() and (opening.isupper() and len(opening) > 1 or opening.lower() not in _dictionary()):
        return False  # "UEA research shows", "Harvard researchers found": a name opens the sentence
    if any(len(t) == 4 and t.isdigit() and t[:2] in ("19", "20") for t in texts):
        return False  # "a 2019 trial": a study one could look up
    return all(_generic_source(words, k) for k in sources)


# Plural names of professions ("dermatologists", "paediatricians",
# "specialists"): with no name beside them, a source nobody could find.
OCCUPATION_PLURALS = ("ists", "ians")
# Words before a source noun that point to one source the text names ("the
# study", "these data", "our survey", "their findings").
POINTING_WORDS = frozenset(("the", "this", "these", "that", "those", "our", "their", "its", "his", "her", "my", "your"))


# Sources of figures that name nobody unless something points to one ("data
# from national registries suggest"; not "these data", "the 2019 figures").
COUNT_SOURCES = frozenset(("data", "figures", "statistics"))


def _occupation_plural(word: str) -> bool:
    return word.endswith(OCCUPATION_PLURALS) and len(word) > 6


def _generic_source(words: list[str], k: int) -> bool:
    """Is the source noun at ``k`` generic: listed as vague ("studies",
    "experts"), or figures or a profession with nothing pointing to one
    ("data from national registries", "according to dermatologists"; not
    "the data", "these dermatologists")?"""
    word = words[k]
    if word in VAGUE_SOURCES:
        return True
    if not (word in COUNT_SOURCES or _occupation_plural(word)):
        return False  # "researchers", "the team", "findings": the study the text names
    before = words[max(0, k - 3):k]
    return POINTING_WORDS.isdisjoint(before) and not any(w[:1].isdigit() for w in before)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from lint import lexicon as dictionary
    return dictionary.dictionary()


def sent_attributed(sent: _Sentence, words: list[str]) -> bool:
    if _ATTRIBUTION_CUES.isdisjoint(words):
        return False
    return attributed(words, sent.table.text[sent.start:sent.end])


COPULAS = frozenset(("is", "are", "was", "were", "be", "being"))
BARE_FORMS = {"has": "have", "does": "do", "is": "be", "are": "be"}


def _claim_finding(doc: Doc, claim: strength.Claim) -> Finding:
    text = doc_text(doc)[claim.start:claim.end]
    if claim.negated:  # a headline's denial (see _denied)
        return Finding(
            rule=UNSUPPORTED_EFFICACY if claim.kind == "benefit" else UNSUPPORTED_CAUSAL,
            span=(claim.start, claim.end),
            message=f"\"{text}\" is denied as fact in the headline, with no source in the article",
            suggestions=("Cite the study that found no effect, e.g. [1] or (Author, Year)",
                         "Or say what was found: \"was not linked to\", \"found no effect in\""),
        )
    verb = claim.base.split()[0]
    verb = BARE_FORMS.get(verb, verb)  # "has benefits" -> "may have"
    written = text.split()
    if len(written) > 1 and written[0].lower() in COPULAS:
        # "is effective" -> "may be effective"; "is a cure for" -> "may be a cure"
        verb = "be " + " ".join(written[1:3] if written[1].lower() in ("a", "an", "the") else written[1:2])
    if claim.kind == "benefit":
        return Finding(
            rule=UNSUPPORTED_EFFICACY,
            span=(claim.start, claim.end),
            message=f"\"{text}\" states as fact that a treatment works, with no source in this paragraph",
            suggestions=("Cite a source for it, e.g. [1] or (Author, Year)",
                         f"Or state its real strength: \"may {verb}\", \"was linked to\""),
        )
    return Finding(
        rule=UNSUPPORTED_CAUSAL,
        span=(claim.start, claim.end),
        message=f"\"{text}\" states a cause or effect on health as fact, with no source in this paragraph",
        suggestions=("Cite a source for it, e.g. [1] or (Author, Year)",
                     "Or state its real strength: \"is linked to\", \"may\""),
    )


def _study_finding(doc: Doc, claim: strength.Claim) -> Finding:
    text = doc_text(doc)[claim.start:claim.end]
    return Finding(
        rule=UNSUPPORTED_CAUSAL if claim.kind == "harm" else UNSUPPORTED_EFFICACY,
        span=(claim.start, claim.end),
        message=f"\"{text}\" restates a study's finding as a general cause; the article names no trial",
        suggestions=("If the study was observational, write \"is linked to\"", "Cite the study"),
    )


def _segment_finder(segments):
    """char -> the first segment holding it, or None. Segments are usually in
    order and disjoint, and then a bisection finds the same one a scan would."""
    ordered = all(a.end <= b.start and a.start <= a.end for a, b in zip(segments, segments[1:]))
    if not ordered:
        def scan(char: int):
            return next((s for s in segments if s.start <= char < s.end), None)
        return scan
    starts = [s.start for s in segments]

    def find(char: int):
        k = bisect_right(starts, char) - 1
        # Earlier segments end at or before this one's start, so only it can hold char;
        # an empty segment before it with the same start cannot hold anything.
        if k >= 0 and segments[k].start <= char < segments[k].end:
            return segments[k]
        return None
    return find


def _blank_lines(text: str) -> list[int]:
    """Every position where "\n\n" starts, overlapping ones included."""
    positions = []
    at = text.find("\n\n")
    while at != -1:
        positions.append(at)
        at = text.find("\n\n", at + 1)
    return positions


def _is_question(table: token_table.TokenTable, start: int, end: int) -> bool:
    space = table.is_space
    for k in range(end - 1, start - 1, -1):
        if not space[k]:
            return table.text[k] == "?"
    return False


def _clause_start(words: list[str], i: int) -> int:
    for j in range(i - 1, -1, -1):
        if words[j] in strength.CLAUSE_BREAKS and words[j] != "and" or words[j] == "-":
            return j + 1
    return 0


def _negation_scope(words: list[str], clause: int) -> int:
    """Where a negation can reach into this clause from: a complement clause
    ("no evidence that X cures") is negated by the clause that governs it."""
    if clause and words[clause - 1] in ("that", "if", "whether"):
        return _clause_start(words, clause - 1)
    return clause


def _booster_finding(start: int, end: int, word: str, supported: bool) -> Finding:
    return Finding(
        rule=OVERSTATED_CERTAINTY,
        span=(start, end),
        message=f"\"{word}\" overstates what the treatment does" + ("" if supported else ", and the claim has no source"),
        suggestions=(f"Remove \"{word}\"", "Say how well and for whom, with a source"),
        severity=Severity.WARNING if supported else Severity.ERROR,
    )


# Words that report or criticise a claim rather than make it.
CRITICISM = resources.word_set("claims/criticism_words.txt")


# Sentences before an absolute that give it its subject when it names none.
CONTEXT_SENTENCES = 3
# Forms whose wording is itself a claim about a treatment ("never fails",
# "completely painless", "cures it for good"): said in a paragraph about
# health, they are health claims whatever their subject is called.
CONTEXT_FORMS = frozenset({"universal_adverb", "universal_efficacy", "lasting_cure", "total_absence",
                           "universal_removal"})


# A ranking said to hold now: "is the number one reason", "are the most effective".
PRESENT_COPULAS = frozenset({"is", "are", "'s", "remains", "remain"})


def _health_around(rows, n: int, segment) -> bool:
    """Does the paragraph of sentence ``n``, or one of the few sentences just
    before it, name a health outcome or a treatment?"""
    if segment is not None and any(_is_health_sentence(row[1]) for m, row in enumerate(rows)
                                   if m != n and row[2] is segment):
        return True
    seen = 0
    for m in range(n - 1, -1, -1):  # back to the last few sentences with words, no further
        words = rows[m][1]
        if any(w[:1].isalpha() for w in words):
            if _is_health_sentence(words):
                return True
            seen += 1
            if seen == CONTEXT_SENTENCES:
                break
    return False


def _infinitive(text: str, at: int) -> bool:
    """Does "to" stand right before ``at`` ("surgeons try to remove the cyst
    completely")? What is possible or intended, not a result promised."""
    return text[max(0, at - 3):at].lower() == "to "


def _absolutes(doc: Doc, sent: _Sentence, words: list[str], supported: bool,
               quotes: list[tuple[int, int]] | None = None, universal: bool = True,
               forms: tuple[tuple[str, str], ...] | None = None, context_health: bool = False) -> Iterator[Finding]:
    """``universal``: False when the document cannot hold a universal negative
    (lexicon.could_match on its whole text), so no sentence of it can;
    ``forms``: the UNIVERSAL_FORMS its text can match; ``context_health``:
    the sentences around it name health (see _health_around)."""
    absolutes, negations = phrases("absolutes"), phrases("negations")
    taken: list[tuple[int, int]] = []  # one finding for "totally risk-free", not a second for "risk-free"
    if universal and could_match("universal_negative", sent.text):
        match = pattern("universal_negative").search(sent.text)
        if match and _is_health_sentence(words):
            first = sent.start_char + match.start()
            last = first + len(" ".join(match.group().split()[:3]))
            taken.append((first, last))
            yield Finding(
                rule=OVERSTATED_CERTAINTY,
                span=(first, last),
                message=f"\"{doc_text(doc)[first:last]}\" is absolute wording that no health claim can support"
                + ("" if supported else ", and this paragraph cites no source"),
                suggestions=("State what the evidence shows, for whom, with a source",),
                severity=Severity.WARNING if supported else Severity.ERROR,
            )
    for name, what in (UNIVERSAL_FORMS if forms is None else forms) if not UNIVERSAL_CUES.isdisjoint(words) else ():
        if not could_match(name, sent.text):
            continue
        match = pattern(name).search(sent.text)
        if not match:
            continue
        # "never fails" says never itself: other negations still turn it round,
        # up to the form's end ("and you will no longer need tablets" after it does not).
        own = set(match.group().lower().split())
        reach = bisect_left([sent.table.idx[sent.start + k] - sent.start_char for k in range(len(words))],
                                   match.end())
        if name in ("universal_course", "universal_people", "universal_scope") and (
                _said_of_some(words) or not strength.QUALIFIERS.isdisjoint(words)):
            continue  # "Symptoms never go away completely in some people"
        if name == "universal_scope" and not any(c.strength == strength.DIRECT and not c.negated and not c.past
                                                 for c in strength.claims(words)):
            continue  # "In all cases, see your doctor": no effect is said to hold
        if ((_is_health_sentence(words) or name == "universal_course" and _names_body(words)
             or name in CONTEXT_FORMS and context_health and not _infinitive(sent.text, match.start()))
                and all(w in own or w not in strength.NEGATIONS for w in words[:reach])
                and CRITICISM.isdisjoint(words) and not phrases("hedges").occurs_in(words)
                and not (quotes and _inside(quotes, sent.start_char + match.start()))):
            first, last = sent.start_char + match.start(), sent.start_char + match.end()
            taken.append((first, last))
            yield Finding(
                rule=OVERSTATED_CERTAINTY,
                span=(first, last),
                message=f"\"{doc_text(doc)[first:last]}\" {what}"
                + ("" if supported else ", and this paragraph cites no source"),
                suggestions=("Say for whom it works and how often, with a source",),
                severity=Severity.WARNING if supported else Severity.ERROR,
            )
    if absolutes.by_first.keys().isdisjoint(words):
        return
    # A safety absolute ("completely safe", "side-effect free") is about
    # health whatever the sentence names; the others need a health word.
    health = _is_health_sentence(words)
    if not health and SAFETY_WORDS.isdisjoint(words):
        return
    i = 0
    while i < len(words):
        phrase = absolutes.match_at(words, i)
        if not phrase or not health and SAFETY_WORDS.isdisjoint(phrase):
            i += 1
            continue
        start = _clause_start(words, i)
        clause = words[_negation_scope(words, start):i]
        after = words[i + len(phrase)] if i + len(phrase) < len(words) else ""
        if phrase[-1] == "to" and (after in strength.DETERMINERS or not after.isalpha()):
            i += len(phrase)
            continue  # "proven to the FDA": to whom, not what it does
        if not CRITICISM.isdisjoint(words[:i]) or (quotes and _inside(quotes, sent.chars(i, i + 1)[0])):
            i += len(phrase)
            continue  # "unsupported claims about miracle cures", or a speaker's words
        if _described(words, i, len(phrase)) or _range_end(words, i) or (i and words[i - 1] in APPROXIMATORS):
            i += len(phrase)
            continue  # ... or "nearly impossible to overdose", "almost risk-free": not absolute
        if phrase[0] != "no" and any(w in negations or w in NON_ASSERTIVE for w in clause):
            i += len(phrase)
            continue
        first, last = sent.chars(i, i + len(phrase))
        if any(a <= first and last <= b for a, b in taken):
            i += len(phrase)
            continue
        text = doc_text(doc)[first:last]
        yield Finding(
            rule=OVERSTATED_CERTAINTY,
            span=(first, last),
            message=f"\"{text}\" is absolute wording that no health claim can support"
            + ("" if supported else ", and this paragraph cites no source"),
            suggestions=("State what the evidence shows, for whom, with a source",),
            severity=Severity.WARNING if supported else Severity.ERROR,
        )
        i += len(phrase)


RANGE_LINKS = frozenset({"to", "-", "–", "and"})
# Words that make an absolute approximate ("nearly impossible", "almost painless").
APPROXIMATORS = frozenset({"nearly", "almost", "virtually", "practically", "largely", "mostly"})


def _range_end(words: list[str], i: int) -> bool:
    """Is the figure at ``i`` the top of a measured range ("from 56 percent
    to 100 percent of the time", "between 80 and 100% effective")? A result
    reported, not an absolute promised."""
    return (words[i][:1].isdigit() and i > 1 and words[i - 1] in RANGE_LINKS
            and any(w[:1].isdigit() for w in words[max(0, i - 5):i - 1]))


# Absolute wording recognised by pattern (claims/patterns.yaml), with what
# each says wrongly.
UNIVERSAL_FORMS = (
    ("universal_efficacy", "promises the result for every case"),
    ("universal_adverb", "says a treatment works, or is harmless, in every case"),
    ("exclusive_claim", "is an exclusive or comparative claim no evidence can support"),
    ("lasting_cure", "promises a complete or lasting cure"),
    ("universal_course", "says a condition takes this course in every case"),
    ("total_absence", "promises a result with no exception"),
    ("guarantee_verb", "promises a result no treatment can guarantee"),
    ("universal_people", "says every person of a kind has this outcome"),
    ("universal_scope", "says the effect holds in every case"),
    ("universal_removal", "promises to remove every last one"),
)
OWN_VOICE_FORMS = frozenset({"universal_course", "universal_people", "universal_scope"})

def _described(words: list[str], i: int, n: int) -> bool:
    """An absolute the article reports rather than makes: "a drug with no
    side effects is still a dream", "no side effects were seen in mice" (an
    observation), "a company which guaranteed accuracy" (someone's past
    promise), "the injection was a miracle cure" (a story told)."""
    after = words[i + n:i + n + 12]
    if not DISMISSALS.isdisjoint(after):
        return True
    if words[i] == "no" and after and after[0] in OBSERVED:
        return True
    before = [w for w in words[max(0, i - 3):i] if w.strip()]
    if words[i] == "guaranteed" and before and before[-1] in REPORTING_SUBJECTS:
        return True
    return words[i] == "miracle" and not STORY_VERBS.isdisjoint(before)


SAFETY_WORDS = resources.word_set("claims/safety_words.txt")
DISMISSALS = resources.word_set("claims/dismissals.txt")
OBSERVED = frozenset({"seen", "reported", "observed", "found", "noted", "were", "was", "occurred", "in", "among"})
REPORTING_SUBJECTS = frozenset({"which", "who", "that", "company", "firm", "it", "they", "he", "she", "maker"})
STORY_VERBS = resources.word_set("claims/story_verbs.txt")


# Every match of a UNIVERSAL_FORMS pattern holds one of these words.
UNIVERSAL_CUES = frozenset({"any", "every", "all", "always", "never", "nothing", "only", "one", "#", "1", "no.",
                            "#1", "permanently", "forever", "good", "completely", "overnight", "instantly", "ever",
                            "totally", "entirely", "absolutely", "perfectly", "100",
                            "guarantee", "guarantees", "guaranteeing", "everyone", "everybody", "nobody",
                            "each", "exception", "single"})


def _said_of_some(words: list[str]) -> bool:
    """ "in some people", "for a few women": said of some cases only."""
    return any(w in ("in", "for") and not strength.FEW.isdisjoint(words[j + 1:j + 4]) for j, w in enumerate(words))


def _names_body(words: list[str]) -> bool:
    """Does the sentence name a part of the body ("a torn tendon never heals")?"""
    organs = organ_words()
    return any(w in organs for w in words)


def _is_health_sentence(words: list[str]) -> bool:
    outcomes, interventions = outcome_words(), intervention_words()
    return any(w in outcomes or w in interventions or w.endswith(INTERVENTION_SUFFIXES) for w in words)


# Patterns of figures, each tried only where lexicon.could_match allows.
STATISTIC_PATTERNS = ("hashtag_rank", "risk_multiplier", "effect_size", "trend", "percentage", "ratio", "prevalence",
                      "share_subject", "prevalence_verb", "population_count", "frequency")


# A figure compared with another ("13 per cent compared with 35 per cent of
# patients") is a study's result, reported from the study the text is about.
PAST_RESULT = resources.word_set("claims/past_result_verbs.txt")
REPORT_CONTINUATIONS = resources.word_set("claims/report_continuations.txt")
REPORT_CONNECTIVES = resources.word_set("claims/report_connectives.txt")


def _continues_report(words: list[str]) -> bool:
    """Does a sentence go on with the report of the one beside it: a word
    pointing back to its group or study, a connective opening it, or a past
    result?"""
    first = next((w for w in words if w.isalpha()), "")
    return (first in REPORT_CONNECTIVES or not REPORT_CONTINUATIONS.isdisjoint(words)
            or not PAST_RESULT.isdisjoint(words))
# What follows a share of a study's group: "of patients who received", "of those on fish oil".
STUDY_GROUP = resources.word_set("claims/study_group_words.txt")
# "more than 3 million people": how many, not a comparison.
_QUANTIFIER = re.compile(r"\b(?:[Mm]ore|[Ll]ess|[Ff]ewer)\sthan\s*$")
COMPARISONS = frozenset({"compared", "versus", "vs", "vs.", "than", "whereas", "while", "placebo", "control"})


def _statistics(doc: Doc, sent: _Sentence, words: list[str], supported: bool,
                may_rank: bool = True, figures: tuple[str, ...] = STATISTIC_PATTERNS,
                names_source: bool = False, reporting: bool = False, ranks_settled: bool = False) -> Iterator[Finding]:
    """``may_rank`` and ``figures`` say which tests the whole document can pass.
    ``names_source``: the article names a study or its researchers somewhere;
    ``reporting``: it attributes what it says throughout (news)."""
    if supported:
        return
    superlatives = phrases("superlatives")
    for i in (range(0) if ranks_settled or not may_rank or superlatives.by_first.keys().isdisjoint(words)
              else range(len(words))):
        phrase = superlatives.match_at(words, i)
        if phrase and names_source and not PAST_RESULT.isdisjoint(words[max(0, i - 4):i]):
            phrase = None  # "which was the most effective": a study's result
        if phrase:
            first, last = sent.chars(i, i + len(phrase))
            text = doc_text(doc)[first:last]
            yield Finding(
                rule=UNSOURCED_STATISTIC,
                span=(first, last),
                message=f"\"{text}\" is a ranking that needs a source",
                suggestions=("Cite the survey or data behind it, or drop the ranking",),
            )
    text = sent.text
    if not figures or NUMBER_WORDS.isdisjoint(words) and not _DIGIT.search(text):
        return  # every figure pattern holds a digit or one of these words
    rank = pattern("hashtag_rank").search(text) if "hashtag_rank" in figures and could_match("hashtag_rank", text) else None
    if rank:
        yield _stat(doc, sent, rank, "is a ranking that needs a source")
    context = pattern("efficacy_statistic_context")
    if "risk_multiplier" in figures and could_match("risk_multiplier", text):
        for match in pattern("risk_multiplier").finditer(text):
            if names_source and _past_result(text, match) or reporting and match.group()[0].isdigit():
                continue  # "were twice as likely to relapse", "a 13 percent lower risk": a study's result
            yield _stat(doc, sent, match, "is a statistic with no source")
    if "population_count" in figures and not reporting and could_match("population_count", text):
        # "6 million Americans have ...": background a news report takes from
        # the sources it names throughout; in an article's own voice, a figure
        # to source.
        for match in pattern("population_count").finditer(text):
            counted = "a count of people" if PEOPLE_WORDS.intersection(match.group().lower().split()) else "a count"
            yield _stat(doc, sent, match, f"is {counted} with no source")
    if "frequency" in figures and not reporting and could_match("frequency", text):
        # "kills one person every 36 seconds": how often, in an article's own voice.
        for match in pattern("frequency").finditer(text):
            yield _stat(doc, sent, match, "is a statistic with no source")
    if "effect_size" in figures and could_match("effect_size", text):
        # "cuts the risk of stroke by a third": a result with its size.
        for match in pattern("effect_size").finditer(text):
            if not (names_source and _past_result(text, match) or reporting):
                yield _stat(doc, sent, match, "is a result with its size and no source")
    if "trend" in figures and not reporting and could_match("trend", text):
        # "melanoma rates have more than doubled": a trend, in an article's own voice.
        for match in pattern("trend").finditer(text):
            yield _stat(doc, sent, match, "is a trend with no source")
    reported = []
    for name in ("percentage", "ratio"):
        if name not in figures or not could_match(name, text):
            continue
        for match in pattern(name).finditer(text):
            window = text[max(0, match.start() - STATISTIC_WINDOW):match.end() + STATISTIC_WINDOW]
            if context.search(window):
                reported.append(match.span())
                if names_source:
                    continue  # a result, in an article that names its study: the study's figure
                yield _stat(doc, sent, match, "is a statistic about results with no source")
    # A share of a listed population ("1 in 4 women"), or of any whole that
    # is the subject of a present-tense verb ("half of all ticks carry").
    shares = [name for name in ("prevalence", "share_subject") if name in figures and could_match(name, text)]
    for name, match in ((name, match) for name in shares for match in pattern(name).finditer(text)):
        before = _QUANTIFIER.sub("", text[max(0, match.start() - STATISTIC_WINDOW):match.start()])
        near = (before + text[match.start():match.end() + STATISTIC_WINDOW]).lower().split()
        if not COMPARISONS.isdisjoint(near):
            continue
        after = text[match.end():match.end() + 40].lower().split()[:4]
        if names_source and (after and (after[0] in STUDY_GROUP or not PAST_RESULT.isdisjoint(after)
                                        or "group" in after) or _past_result(text, match)):
            continue  # "89 percent of the men who received ...", "39 percent of patients had": a study's result
        reported.append(match.span())  # found, or settled: not asked again below
        if not any(a < match.end() and match.start() < b for a, b in reported[:-1]):
            yield _stat(doc, sent, match, "is a share of a population with no source" if name == "prevalence"
                        else "is a share with no source")
    if "prevalence_verb" in figures and could_match("prevalence_verb", text):
        # "affects about 1 in 50", "affects around 2%": a share named by its verb.
        for match in pattern("prevalence_verb").finditer(text):
            span = match.span(1)
            if any(a < span[1] and span[0] < b for a, b in reported) or (
                    names_source and _past_result(text, match)):
                continue
            yield _stat(doc, sent, _Span(span, match.group(1)), "is a share of a population with no source")


# "90,000 hip replacements a year" is a count, but not of people.
PEOPLE_WORDS = frozenset({"adults", "people", "women", "men", "children", "kids", "teens", "teenagers", "adolescents",
                          "americans", "britons", "canadians", "australians", "europeans", "patients", "babies",
                          "infants", "girls", "boys", "seniors", "smokers", "individuals", "students", "workers",
                          "mothers", "sufferers", "survivors"})


# The words a figure can be written with, besides digits (tokens as spaCy
# splits them: "two-thirds" is "two", "-", "thirds").
NUMBER_WORDS = resources.word_set("claims/number_words.txt")
_DIGIT = re.compile(r"\d")


def _past_result(text: str, match) -> bool:
    """A figure told in the past tense, in its clause: "were twice as likely
    to relapse", "slowed growth in two-thirds of women", "half of those people
    resumed": what happened in a study, not a general fact."""
    before = _CLAUSE_BREAK.split(text[max(0, match.start() - 50):match.start()])[-1].lower().split()[-6:]
    after = [w.strip(".!?\"'”’") for w in _CLAUSE_BREAK.split(text[match.end():match.end() + 40])[0].lower().split()[:3]]
    if after and after[0] in ("who", "that"):
        del after[0]
    # "Keytruda halved the risk": the figure's own verb.
    words = before + match.group().lower().split()[:1] + after[:1]
    return any(w in PAST_RESULT or (w in PAST_FORMS or len(w) > 4 and w.endswith("ed") and "-" not in w
                                    and w not in NOT_PAST) and (k == 0 or words[k - 1] not in PRESENT_PASSIVE)
               for k, w in enumerate(words))


_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\bbut\b|\bwhile\b|\bwhereas\b")
# Irregular past forms and participles that tell a study's result.
PAST_FORMS = resources.word_set("claims/past_forms.txt")
# "is delivered", "are caused", "with clogged vessels": a present passive or an adjective.
PRESENT_PASSIVE = frozenset({"is", "are", "be", "been", "being", "with", "get", "gets"})
# Words ending in "-ed" that are not past tenses.
NOT_PAST = resources.word_set("claims/not_past.txt")


@dataclass(slots=True)
class _Span:
    """A match's group, as _stat reads a match."""
    at: tuple[int, int]
    text: str

    def start(self) -> int:
        return self.at[0]

    def end(self) -> int:
        return self.at[1]

    def group(self) -> str:
        return self.text


def _stat(doc: Doc, sent: _Sentence, match, what: str) -> Finding:
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    return Finding(
        rule=UNSOURCED_STATISTIC,
        span=(start, end),
        message=f"\"{doc_text(doc)[start:end]}\" {what}",
        suggestions=("Cite where the figure comes from",),
    )


# A product is known by its form: a capitalised name ending in one of these
# nouns ("X Nasal Balm", "Y Capsules"), a name written in camel case
# ("GoutAway"), or one marked ® or ™.
PRODUCT_NOUNS = resources.word_set("claims/product_nouns.txt")
PROVIDER_NOUNS = resources.word_set("claims/provider_nouns.txt")
# Names of institutions, publications and places: never a product.
INSTITUTION_WORDS = resources.word_set("claims/institution_words.txt")


@lru_cache(maxsize=1)
def _PROMISE_CUES() -> frozenset[str]:
    return frozenset(phrases("promised_results").by_first) | {"see"}


@lru_cache(maxsize=1)
def _BRAND_CUES() -> frozenset[str]:
    """Words one of which a sentence selling a camel-case brand holds: see _brand_sold."""
    return (_PROMISE_CUES() | _CTA_CUES() | _CTA_ENDS | frozenset(phrases("promised_results").by_first) | {
        "our", "nothing", "only", "number", "no", "#", "code", "limited", "while", "free", "money", "off",
        "available", "order", "feel", "look", "just", "feeling", "looking", "sleeping", "moving", "younger", "trusted",
        "loved", "reviews"})


@lru_cache(maxsize=1)
def _CTA_CUES() -> frozenset[str]:
    return frozenset(phrases("calls_to_action").by_first)


@lru_cache(maxsize=1)
def _PROMOTION_CUES() -> frozenset[str]:
    """A sentence promotes only with a product noun, a promise or a call to action in it."""
    return (PRODUCT_NOUNS | frozenset(phrases("promised_results").by_first) | frozenset(
        phrases("calls_to_action").by_first) | {"see"})


def _is_product_name(texts: list[str]) -> bool:
    last = texts[-1].lower()
    if any(t.lower() in INSTITUTION_WORDS for t in texts):
        return False
    return last in PRODUCT_NOUNS and len(texts) >= 2


PURCHASE_VERBS = resources.word_set("claims/purchase_verbs.txt")
TITLES = resources.word_set("claims/titles.txt")


def _bought(texts: str, sent: _Sentence, start: int) -> bool:
    """A purchase verb right before the name, opening the sentence or a clause."""
    before = texts[max(sent.start_char, start - 30):start].split()
    while before and before[-1].lower() in ("the", "a", "your", "some", "our"):
        before.pop()
    if not before or before[-1].lower() not in PURCHASE_VERBS:
        return False
    return len(before) == 1 or before[-2].lower() in IMPERATIVE_OPENERS or not before[-2][-1:].isalnum()


def _imperative(words: list[str]) -> bool:
    """A call to action is an imperative: its verb opens the sentence or a
    clause ("Order yours today", "... - book now"), or follows "please",
    "simply", "just" or "now". "The company aims to get data" is no call."""
    ctas = phrases("calls_to_action")
    if _CTA_CUES().isdisjoint(words):
        return False
    for i, word in enumerate(words):
        if word in ctas.by_first and ctas.match_at(words, i) and (
                i == 0 or words[i - 1] in IMPERATIVE_OPENERS or not words[i - 1][:1].isalnum()):
            return True
    return False


IMPERATIVE_OPENERS = frozenset({"please", "simply", "just", "now", "so", "then", "and", "or", "today"})

# The reader's own provider offered beside the writer ("Contact us or your GP
# practice to arrange it"): a public service pointing the way, not a sale.
READERS_PROVIDERS = frozenset({"gp", "doctor", "pharmacist", "pharmacy", "practice", "nurse", "midwife", "dentist",
                               "optician", "surgery", "health", "care", "consultant", "specialist"})
ENQUIRY_WORDS = frozenset({"question", "questions", "query", "queries", "concern", "concerns", "worried", "worries"})


def _own_provider_offered(obj: list[str]) -> bool:
    return any(w == "your" and not READERS_PROVIDERS.isdisjoint(obj[k + 1:k + 3]) for k, w in enumerate(obj)) and (
        BOOKINGS.isdisjoint(obj) and PRODUCT_NOUNS.isdisjoint(obj))


def _enquiry(words: list[str], i: int) -> bool:
    """A contact line for the reader's questions ("If you have questions, call
    our team on ..."), in a sentence that books and sells nothing."""
    return (words[:1] == ["if"] and not ENQUIRY_WORDS.isdisjoint(words[:i])
            and BOOKINGS.isdisjoint(words) and PRODUCT_NOUNS.isdisjoint(words))


def _brand_sold(texts: str, sent: _Sentence, start: int) -> bool:
    before = texts[max(sent.start_char, start - 30):start].lower().split()[-3:]
    while before and before[-1] in _BEFORE_NAME:
        before.pop()  # "try the", "stock up on"
    if before and (before[-1] == "our" or before[-1] in _CTA_CUES() or before[-1] in _CTA_ENDS):
        return True
    text = sent.text
    return bool(pattern("promised_result").search(text) or phrases("promised_results").occurs_in(text.lower().split())
                or could_match("exclusive_claim", text) and pattern("exclusive_claim").search(text)
                or _OFFER.search(text))


# A telephone number: a run of at least seven digits in groups ("01632 960
# 418", "(555) 014-2280", "1-800-555-0100"); a year or a dose has fewer.
_PHONE = re.compile(r"\(?\d{3,5}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b|\b1-800-\d{3}-\d{4}\b")
_BEFORE_NAME = frozenset({"the", "a", "an", "your", "some", "on", "for", "up", "of", "now", "today", "to"})
_CTA_ENDS = frozenset({"stock", "pharmacist"})  # "stock up on X", "ask your pharmacist for X"
# An offer, not a price: news names companies with share prices and costs.
_OFFER = pattern("offer")


def _offer_in(text: str) -> tuple[int, int] | None:
    """Where a sentence's offer is: a discount code, a price, a sale."""
    match = _SALE.search(text) or (pattern("price").search(text) if could_match("price", text) else None) or (
        _OFFER.search(text))
    return match.span() if match else None


def _promotion_signal(words: list[str], text: str) -> str | None:
    """What makes a sentence sell: a promised result, a price, a call to
    action, "our", or an absolute or exclusive claim."""
    if phrases("promised_results").occurs_in(words) or pattern("promised_result").search(text):
        return "a promised result"
    if could_match("price", text) and pattern("price").search(text):
        return "a price or offer"
    if could_match("exclusive_claim", text) and pattern("exclusive_claim").search(text):
        return "an exclusive claim"
    if _imperative(words) or "our" in words:
        return "a call to action"
    if _OFFER.search(text) or _SOCIAL_PROOF.search(text):
        return "an offer or social proof"
    if phrases("absolutes").occurs_in(words):
        return "absolute claims"
    return None


def _promotion(doc: Doc, sent: _Sentence, words: list[str], provider, capitalised: list[int] | None = None,
               following: tuple[list[str], str] | None = None, brands: frozenset[str] = frozenset(),
               claimed: bool = False, own_voice: bool = False):
    """(finding or None, the commercial provider this sentence names, if any).
    ``following`` is the next sentence of the paragraph (words, text), where
    the call to action often stands ("Try X Balm. Order yours today.")."""
    promised = phrases("promised_results")
    names = _proper_names(sent, capitalised, initial=True)
    texts = doc_text(doc)
    # "Try CardioPure Capsules": a run that opens the sentence may start with
    # an ordinary capitalised word; the product is the rest.
    names = [(a + len(texts[a:b].split()[0]) + 1, b) if a == sent.start_char and len(texts[a:b].split()) > 1
             and texts[a:b].split()[0] not in brands and (_is_product_name(texts[a:b].split()[1:])
                                                           or not brands.isdisjoint(texts[a:b].split()[1:]))
             else (a, b) for a, b in names]
    products = [(a, b) for a, b in names if _is_product_name(texts[a:b].replace("®", " ").replace("™", " ").split())
                or texts[b:b + 1] in ("®", "™")]
    # A brand known only by its camel case ("ThyroBoost") is sold only by a
    # promise, an exclusive claim, a discount code, or "our" or a call to
    # action right before it ("Try ThyroBoost"): companies, apps and websites
    # are named in news with prices and links every day.
    if not products and (_is_health_sentence(words) or following and _is_health_sentence(following[0])):
        # "Try Restorix today for stiff joints", "Order Menovita now": a name
        # that a purchase verb in the imperative governs is sold, whatever its
        # form, next to a health word (not "Try Newsweek for $1.25 a week").
        for a, b in names:
            parts = texts[a:b].split()
            if a == sent.start_char and len(parts) > 1 and parts[0].lower() in PURCHASE_VERBS:
                a += len(parts[0]) + 1
                parts = parts[1:]
            elif not _bought(texts, sent, a):
                continue
            if parts and not any(w.lower().strip(".") in INSTITUTION_WORDS or w.lower().strip(".") in TITLES
                                 for w in parts):
                products = [(a, b)]
                break
    if not products and brands:
        products = [(a, b) for a, b in names if not brands.isdisjoint(texts[a:b].split())
                    and not any(w.lower() in INSTITUTION_WORDS for w in texts[a:b].split())
                    and (_brand_sold(texts, sent, a) or own_voice and claimed)]
    alpha = [w for w in sent.text.split() if w[:1].isalpha()]
    if products and sum(w[0].isupper() for w in alpha) > 0.6 * len(alpha):
        products = []  # a headline in title case capitalises every word
    if products:
        signal = _promotion_signal(words, sent.text) or (
            _promotion_signal(*following) if following else None) or (
            "an efficacy claim" if claimed and (own_voice or any(texts[b:b + 1] in ("®", "™") for _, b in products))
            else None)
        if signal:
            start, end = products[0]
            name = texts[start:end]
            # The span runs on to the offer in the sentence ("X Balm today and
            # use code FRESH for 20% off"): what is sold and how.
            offer = _offer_in(sent.text) if signal in ("a price or offer", "an offer or social proof") else None
            if offer is not None:
                start, end = min(start, sent.start_char + offer[0]), max(end, sent.start_char + offer[1])
            return Finding(
                rule=PROMOTIONAL,
                span=(start, end),
                message=f"\"{name}\" is promoted with {signal}",
                suggestions=("Keep health information separate from promotion, or disclose it as advertising",),
            ), None
    # Other names never start at the sentence's first word, which is
    # capitalised whatever it is.
    names = [(a + len(texts[a:b].split()[0]) + 1, b) if a == sent.start_char else (a, b) for a, b in names
             if a != sent.start_char or len(texts[a:b].split()) > 1]
    names = [(a, b) for a, b in names if not any(w.lower() in INSTITUTION_WORDS for w in texts[a:b].split())]
    # A call to action promotes a provider whose name says what it sells
    # ("Glow Derm Clinic"), never a person or a company named in passing.
    providers = [(a, b) for a, b in names if texts[a:b].split()[-1].lower() in PROVIDER_NOUNS]
    if not names and provider is None:
        return None, None
    has_promise = promised.occurs_in(words) or bool(pattern("promised_result").search(sent.text))
    has_cta = _imperative(words)
    named = providers[0] if providers else None
    if has_promise and names:
        pass
    elif providers and has_cta:
        names = providers
    elif provider is not None and has_cta:
        names = [provider]
    else:
        return None, named
    start, end = names[0]
    name = texts[start:end]
    return Finding(
        rule=PROMOTIONAL,
        span=(start, end),
        message=f"\"{name}\" is promoted with " + ("a promised result" if has_promise else "a call to action"),
        suggestions=("Keep health information separate from promotion, or disclose it as advertising",),
    ), None


# A brand written in camel case: "ThyroBoost", "OsteoMax", not "McDonald",
# "MacLeod" or "DeVries" (surnames) nor "PhD".
_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz|Ph)[A-Z][a-z]{2,}[A-Z][a-z]{2,}")


def _camel_case_words(table: token_table.TokenTable) -> frozenset[str]:
    return frozenset(w for w in set(table.text) if w[:1].isupper() and _CAMEL.fullmatch(w))


def _capitalised_words(table: token_table.TokenTable) -> list[int]:
    """The tokens, in order, that would be part of a name wherever they stand
    but at the start of a sentence."""
    texts, lower = table.text, table.lower
    # Token.is_upper is str.isupper of the token's text; is_alpha too is the
    # same for every token of a word, so each distinct word is tested once.
    forms = {w for w in set(compress(texts, table.is_alpha)) if w[0].isupper() and not w.isupper()}
    return [k for k in compress(range(len(texts)), map(forms.__contains__, texts)) if lower[k] not in ("i",)]


def _proper_names(sent: _Sentence, capitalised: list[int] | None = None, initial: bool = False) -> list[tuple[int, int]]:
    """Runs of capitalised words that do not start the sentence.
    ``capitalised`` is the document's ``_capitalised_words``, if at hand."""
    t = sent.table
    if capitalised is None:
        capitalised = _capitalised_words(t)
    inside = capitalised[bisect_left(capitalised, sent.start):bisect_left(capitalised, sent.end)]
    if inside and not initial and _is_first_word(t, sent, inside[0]):
        del inside[0]
    if not inside:
        return []
    texts, idx, space = t.text, t.idx, t.is_space
    names = [[inside[0]]]
    for previous, k in zip(inside, inside[1:]):
        # Next to each other once the sentence's spaces are set aside.
        if all(space[j] for j in range(previous + 1, k)):
            names[-1].append(k)
        else:
            names.append([k])
    return [(idx[r[0]], idx[r[-1]] + len(texts[r[-1]])) for r in names]


def _is_first_word(table: token_table.TokenTable, sent: _Sentence, k: int) -> bool:
    space = table.is_space
    return all(space[j] for j in range(sent.start, k))


def _mentions_harms(doc: Doc) -> bool:
    harms = phrases("harms")
    return harms.occurs_in(token_table.table(doc).lower) or pattern("possible_harm").search(doc_text(doc)) is not None


TITLE_MAX_WORDS = 15


def _title_like(block: str) -> bool:
    """A short block that ends without a full stop: a plain-text title or
    masthead line ("Shoulder pain: what you need to know")."""
    block = block.strip()
    return bool(block) and "\n" not in block and len(block.split()) <= TITLE_MAX_WORDS and block[-1] not in ".!;,"


def _article_finding(doc: Doc, rule: Rule, message: str, suggestions: tuple[str, ...]) -> Finding:
    segments = doc_segments(doc)
    # The article's title: a heading among its first blocks, past the site's
    # menu; else its first block.
    opening = [s for s in segments if s.kind != "navigation"][:3]
    text = doc_text(doc)
    # The title may follow a site's masthead, a page title or a front
    # matter title: the span runs from the first of the opening's titles to
    # the last, so it covers whichever line the reader takes for the title.
    titles = [s for s in opening if s.kind in ("title", "heading") or _title_like(text[s.start:s.end])]
    if titles and titles[0] is opening[0]:
        start, end = titles[0].start, titles[-1].end
    else:
        anchor = next((s for s in opening if s.kind in ("title", "heading")), opening[0] if opening else None)
        start, end = (anchor.start, anchor.end) if anchor else (0, len(text))
    # The span is the first block's words: a line break the loader turned
    # into a space ("\r\n") is not part of it.
    while end > start and text[end - 1].isspace():
        end -= 1
    span = (start, end)
    return Finding(rule=rule, span=span, message=message, suggestions=suggestions)
