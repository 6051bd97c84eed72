"""Where is the evidence? Citations, dated studies and attributions, per
paragraph and per article, read once per document.

A claim is supported when its own paragraph (block segment) cites something
in the claim's sentence or after it:
a numbered citation, a footnote, an author-year reference, a DOI or PMID, a
dated study ("a 2019 trial found"), an attribution to a named body
("according to the WHO"), or a link to a journal or health body. An article
cites something when any paragraph does or it has a references section.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from lint import prose, resources
from lint.checks.claims.lexicon import could_match, pattern
from lint.nlp import doc_text, doc_segments, doc_links

EVIDENCE_PATTERNS = ("citation", "dated_study", "source_attribution")


@dataclass(frozen=True)
class Evidence:
    cited_segments: frozenset[int]  # start offsets of segments that cite
    article_cites: bool
    # Segment start -> where its last citation ends: a citation vouches for
    # what comes before it in its paragraph, not for a new claim after it.
    last_citation: dict[int, int] = field(default_factory=dict)
    # Segment start -> where each of its citations starts, in order.
    citation_starts: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def supports(self, segment_start: int, sentence_start: int) -> bool:
        """Does a citation in the paragraph at ``segment_start`` stand in or
        after the sentence that starts at ``sentence_start``?"""
        return self.last_citation.get(segment_start, -1) > sentence_start

    def cites_between(self, segment_start: int, start: int, end: int) -> bool:
        """Does a citation in the paragraph at ``segment_start`` start inside
        the characters ``start`` to ``end`` (one sentence)?"""
        starts = self.citation_starts.get(segment_start, ())
        k = bisect_left(starts, start)
        return k < len(starts) and starts[k] < end


@lru_cache(maxsize=1)
def evidence_hosts() -> tuple[str, ...]:
    return tuple(resources.lines("claims/evidence_hosts.txt"))


@lru_cache(maxsize=4096)
def is_evidence_link(url: str) -> bool:
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
    return any(host == h or host.endswith("." + h) for h in evidence_hosts())


def cites(text: str, names: tuple[str, ...] = EVIDENCE_PATTERNS) -> bool:
    return any(could_match(name, text) and pattern(name).search(text) for name in names)


def references_heading(text: str) -> bool:
    """A heading that opens a reference list ("References", "Sources:"): the
    prose zones' pattern, so the two agree."""
    return prose.patterns()["references_heading"].regex.match(text) is not None


def find_evidence(doc: Doc) -> Evidence:
    cited = set()
    has_references = False
    links = doc_links(doc) or ()
    whole = doc_text(doc)
    # A pattern that cannot match the whole text matches none of its segments.
    names = tuple(name for name in EVIDENCE_PATTERNS if could_match(name, whole))
    last: dict[int, int] = {}
    citation_starts: dict[int, tuple[int, ...]] = {}
    for segment in doc_segments(doc):
        text = whole[segment.start:segment.end]
        if segment.kind == "heading" and references_heading(text.strip()):
            has_references = True
        found = [(segment.start + m.start(), segment.start + m.end()) for name in names if could_match(name, text)
                 for m in pattern(name).finditer(text)]
        found += [(start, end) for start, end, url in links
                  if segment.start <= start < segment.end and is_evidence_link(url)]
        if found:
            cited.add(segment.start)
            last[segment.start] = max(end for _, end in found)
            citation_starts[segment.start] = tuple(sorted(start for start, _ in found))
    return Evidence(frozenset(cited), bool(cited) or has_references, last, citation_starts)


# What a sentence says about where its claim comes from. Editors read news
# this way: a named study, journal, trial, agency or researcher in the
# sentence (or the one before) is a source, though not a citation.
REPORTING_VERBS = frozenset({
    "found", "finds", "find", "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "report",
    "reports", "reported", "concluded", "concludes", "confirmed", "confirms", "revealed", "reveals", "indicate",
    "indicates", "indicated", "demonstrated", "demonstrates", "discovered", "observed", "noted", "estimated",
    "estimates", "determined", "published", "presented", "say", "says", "said", "told", "explained", "explains", "notes",
    "added", "adds", "according", "write", "writes", "wrote", "showing", "finding", "tested", "examined", "studied",
    "compared", "followed", "enrolled", "demonstrate", "prove", "confirm", "approves", "approved", "approval",
    "recommends", "recommended", "clears", "cleared", "analyzed", "analysed", "tracked", "measured", "recruited", "surveyed", "argue", "argues", "warned", "warns", "believe",
    "believes", "stated", "states", "announced", "documented", "identified", "linked", "calculated", "calculates",
    "verified", "verifies", "projected", "predicted", "predicts"})
SOURCE_NOUNS = frozenset({
    "study", "studies", "trial", "trials", "research", "researchers", "researcher", "scientists", "scientist",
    "investigators", "investigator", "authors", "author", "team", "analysis", "review", "meta-analysis", "survey",
    "data", "findings", "results", "evidence", "report", "paper", "journal", "experts", "expert", "professor",
    "dr", "dr.", "doctors", "physicians", "university", "institute", "centre", "center", "agency", "cdc", "who",
    "nih", "fda", "nice", "nhs", "organization", "organisation", "department", "society", "association",
    "college", "academy", "hospital", "clinic", "ministry", "council", "statistics", "figures", "census", "poll",
    "co-author", "colleagues", "group", "lab", "laboratory", "school", "foundation", "officials", "spokesperson",
    "spokesman", "spokeswoman", "director", "chief", "lead", "senior", "comparison", "experiment", "experiments",
    "cohort", "participants", "volunteers"})
SPEECH_VERBS = frozenset({"say", "says", "said", "told", "explained", "explains", "added", "adds", "notes", "noted",
                          "writes", "wrote", "argues", "warned", "warns", "stated", "states", "according"})


# A result reported from a trial or studies in the sentence itself: "in a
# clinical trial", "compared with placebo", "proven effective in studies".
TRIAL_WORDS = frozenset({"trial", "trials", "placebo", "randomized", "randomised", "randomly"})
STUDY_REFERENCES = frozenset({"study", "studies", "trial", "trials", "research", "researchers", "analysis",
                              "review", "survey", "paper", "report", "authors", "scientists", "investigators",
                              "findings", "data"})
PRONOUN_REPORTERS = frozenset({"they", "we", "he", "she"})


def _reporting_tail(words: list[str]) -> bool:
    """A short closing clause after the last comma that reports who said it:
    "..., the judges said.", "..., a new investigation reveals.", "...,
    concludes a new scientific article." News puts its source there."""
    end = len(words)
    while end and not words[end - 1][:1].isalnum():
        end -= 1
    for c in range(end - 1, max(-1, end - 10), -1):
        if words[c] == ",":
            tail = words[c + 1:end]
            return 1 < len(tail) <= 7 and not REPORTING_VERBS.isdisjoint(tail)
    return False


# Verbs of advice and opinion whose first-person subject ("our clinic
# recommends", "we believe") is the article speaking for itself; "our study
# found" still names a source. So is the reader's own clinician as their
# subject ("your doctor may suggest a scan", "your care team may recommend
# surgery"): advice on what to expect, not a source anyone could check.
OWN_VOICE_VERBS = frozenset({"recommend", "recommends", "advise", "advises", "suggest", "suggests", "believe",
                             "believes"})
FIRST_PERSON = frozenset({"we", "our", "i", "my"})
OWN_VOICE_SUBJECTS = FIRST_PERSON | frozenset({"your"})


def attributed(words: list[str], texts: list[str] | None = None) -> bool:
    """Does the sentence name where its claim comes from: "according to",
    "published in", "researchers found", "says Dr Smith", "X's team reported"?

    ``words`` are the sentence's lower-cased tokens, ``texts`` the same
    tokens as written (for capitalised names next to a speech verb)."""
    if not TRIAL_WORDS.isdisjoint(words):
        return True
    n = len(words)
    for i in range(n - 1):
        # "in the study", "in this trial", "in studies": the finding is the study's.
        if words[i] == "in" and (words[i + 1] in STUDY_REFERENCES or (
                i + 2 < n and words[i + 1] in ("the", "this", "that", "their", "a", "one", "small", "new", "our")
                and words[i + 2] in STUDY_REFERENCES)):
            return True
    if REPORTING_VERBS.isdisjoint(words):
        return False
    if _reporting_tail(words):
        return True
    for i, w in enumerate(words):
        if w not in REPORTING_VERBS:
            continue
        if i and (words[i - 1] in ("an", "the") or w == "states" and words[i - 1] == "united"):
            continue  # "an estimated 8 percent", "the projected rise", "the United States": no one reports
        if w in OWN_VOICE_VERBS and not OWN_VOICE_SUBJECTS.isdisjoint(words[max(0, i - 4):i]):
            continue  # "Our clinic recommends", "we advise", "your doctor may suggest": the article's own voice, no source
        if w == "according" and i + 1 < n and words[i + 1] == "to":
            return True
        if w in ("published", "presented", "reported") and i + 1 < n and words[i + 1] in ("in", "at", "online", "today", "by"):
            return True
        # A source noun within a few words before the verb ("the study, published
        # in ..., found"; "researchers at Yale found"), or after a speech verb
        # ("said the study's author", "says Smith").
        window = words[max(0, i - 12):i]
        if not SOURCE_NOUNS.isdisjoint(window):
            return True
        if i and words[i - 1] in PRONOUN_REPORTERS and w not in ("believe", "believes", "linked"):
            return True  # "They found that ...", after the researchers were named
        if texts is not None and w not in ("linked", "compared", "followed", "measured") and any(
                t[:1].isupper() and len(t) > 1 and t.lower() not in ("i", "it", "this", "the", "these", "that")
                for t in texts[max(1, i - 3):i]):
            return True  # "Skaznik-Wikiel also found", "Smith and colleagues reported"
        if w in SPEECH_VERBS:
            after = words[i + 1:i + 5]
            if not SOURCE_NOUNS.isdisjoint(after):
                return True
            if texts is not None and any(t[:1].isupper() for t in texts[i + 1:i + 3]):
                return True  # "says Smith", "said Jane Doe"
            if texts is not None and any(t[:1].isupper() and t.isalpha() for t in texts[max(0, i - 4):i]):
                return True  # "Smith said"
        if "'s" in window and texts is not None:
            return True  # "Esler's team found"
    return False
