"""Benchmark for ``spelling/unknown-word``; prints its figures.

1. False alarms per 1,000 words on held-out MedQuAD answers (lines 0-2999),
   with the most frequent flagged words so a reader can judge which are real
   typos in the source.
2. Detection rate and top-1 suggestion accuracy on misspellings made with a
   fixed seed from real words (half of them medical), using the slips people
   make: swapped letters, a doubled letter typed once, a single letter
   doubled, a vowel for a vowel, a neighbouring key.
3. Words per second for the rule alone and time per suggestion.

    .venv/bin/python benchmarks/spelling.py [--answers N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import resources  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import Linter  # noqa: E402
from lint.suggest import NEIGHBOURS, suggestions  # noqa: E402

MEDQUAD = ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"
VOWELS = "aeiou"
SEED = 20261123

MEDICAL = """acetaminophen amoxicillin pneumonia diabetes arthritis hemorrhoids ibuprofen insulin
metformin hypertension cholesterol asthma bronchitis migraine dermatitis eczema psoriasis
osteoporosis osteoarthritis fibromyalgia gastritis hepatitis influenza vaccine antibiotic
antihistamine inflammation infection thyroid hypothyroidism anemia leukemia lymphoma melanoma
carcinoma chemotherapy radiotherapy biopsy colonoscopy mammogram ultrasound diagnosis prognosis
symptom syndrome disorder disease allergy allergic anaphylaxis appendicitis tonsillitis sinusitis
conjunctivitis meningitis encephalitis pancreatitis cirrhosis jaundice nausea vomiting diarrhea
constipation dehydration fatigue insomnia anxiety depression schizophrenia dementia alzheimer
parkinson epilepsy seizure stroke aneurysm arrhythmia tachycardia bradycardia angina infarction
thrombosis embolism hemorrhage edema ischemia atherosclerosis cardiovascular pulmonary respiratory
gastrointestinal neurological musculoskeletal dermatological ophthalmologist pediatrician
gynecologist obstetrician cardiologist neurologist oncologist psychiatrist physiotherapy
prescription medication dosage tablet capsule injection intravenous subcutaneous topical ointment
analgesic antidepressant anticoagulant corticosteroid prednisone warfarin aspirin paracetamol
omeprazole simvastatin atorvastatin lisinopril amlodipine levothyroxine gabapentin sertraline
fluoxetine citalopram tramadol morphine codeine oxycodone naproxen diclofenac ciprofloxacin
doxycycline azithromycin penicillin cephalexin clindamycin metronidazole fluconazole acyclovir
oseltamivir hydrochlorothiazide furosemide spironolactone metoprolol propranolol carvedilol
pregnancy menopause menstruation contraception fertility ovulation endometriosis miscarriage
prostate testosterone estrogen progesterone cortisol adrenaline dopamine serotonin histamine
hemoglobin platelet lymphocyte neutrophil antibody antigen immunity immunization vaccination
tuberculosis malaria measles mumps rubella chickenpox shingles herpes chlamydia gonorrhea syphilis
scalp follicle dandruff alopecia keratin collagen cartilage ligament tendon vertebra esophagus
abdomen intestine kidney bladder urethra ureter liver gallbladder spleen pancreas""".split()


def misspell(word: str, rng: random.Random) -> str:
    """One realistic slip, never producing a dictionary-identical word."""
    for _ in range(20):
        kind = rng.choice(("swap", "undouble", "double", "vowel", "neighbour", "drop"))
        i = rng.randrange(1, len(word) - 1)
        if kind == "swap" and word[i] != word[i + 1]:
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif kind == "undouble":
            pairs = [j for j in range(len(word) - 1) if word[j] == word[j + 1]]
            if not pairs:
                continue
            j = rng.choice(pairs)
            typo = word[:j] + word[j + 1:]
        elif kind == "double":
            typo = word[:i] + word[i] + word[i:]
        elif kind == "vowel" and word[i] in VOWELS:
            typo = word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1:]
        elif kind == "neighbour" and NEIGHBOURS.get(word[i]):
            typo = word[:i] + rng.choice(sorted(NEIGHBOURS[word[i]])) + word[i + 1:]
        elif kind == "drop":
            typo = word[:i] + word[i + 1:]
        else:
            continue
        if typo != word:
            return typo
    return word[:-1]


def common_words(rng: random.Random, n: int) -> list[str]:
    from lint.lexicon import base_frequencies

    ranked = sorted((w for w, c in base_frequencies().items() if w.isalpha() and len(w) >= 6 and c > 20000),
                    key=lambda w: (-base_frequencies()[w], w))[:3000]
    return rng.sample(ranked, n)


def false_alarms(answers: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder, open(MEDQUAD, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= answers:
                break
            Path(folder, f"a{i:05}.txt").write_text(json.loads(line)["answer"], encoding="utf-8")
        linter = Linter(Config(select=("spelling/unknown-word",)))
        start = time.perf_counter()
        run = linter.run([folder], jobs=1)
        elapsed = time.perf_counter() - start
    findings = run.findings
    words = Counter(f.text.lower() for f in findings)
    print(f"False alarms on held-out MedQuAD (first {answers} answers, {run.words:,} words): "
          f"{len(findings)} findings, {1000 * len(findings) / run.words:.2f} per 1,000 words")
    print("  most flagged:", ", ".join(f"{w} ({n})" for w, n in words.most_common(25)))
    print(f"Speed, rule alone with the spaCy pass, one process: {run.words / elapsed:,.0f} words/s")


def detection(rng: random.Random) -> None:
    from lint.checks.spelling import is_known

    targets = sorted(set(MEDICAL))
    pairs = [(misspell(w, rng), w, "medical") for w in targets]
    pairs += [(misspell(w, rng), w, "common") for w in common_words(rng, 250)]
    pairs = [(typo, right, kind) for typo, right, kind in pairs if typo != right]
    by_kind: dict[str, Counter] = {}
    times = []
    for typo, right, kind in pairs:
        tally = by_kind.setdefault(kind, Counter())
        tally["pairs"] += 1
        if is_known(typo):
            tally["missed (typo is a dictionary word)"] += 1
            continue
        start = time.perf_counter()
        ranked = suggestions(typo)
        times.append(time.perf_counter() - start)
        if not ranked:
            tally["missed (no suggestion: not reported)"] += 1
            continue
        tally["detected"] += 1
        tally["top-1 right"] += ranked[0][0] == right
    total = sum((c for c in by_kind.values()), Counter())
    print(f"Misspellings (seed {SEED}): {total['pairs']} pairs, "
          f"{by_kind.get('medical', Counter())['pairs']} medical")
    for kind, tally in [*sorted(by_kind.items()), ("all", total)]:
        detected = tally["detected"]
        print(f"  {kind:8} detection {detected / tally['pairs']:.3f}  "
              f"top-1 {tally['top-1 right'] / max(detected, 1):.3f} of detected  "
              f"({tally['missed (typo is a dictionary word)']} real-word typos, "
              f"{tally['missed (no suggestion: not reported)']} without a suggestion)")
    times.sort()
    print(f"Suggestion time per unknown word: median {1000 * times[len(times) // 2]:.2f} ms, "
          f"max {1000 * times[-1]:.1f} ms (first call, no cache)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=3000, help="held-out answers to lint (max 3000)")
    args = parser.parse_args()
    rng = random.Random(SEED)
    detection(rng)
    if MEDQUAD.exists():
        false_alarms(min(args.answers, 3000))
    else:
        print(f"MedQuAD not found at {MEDQUAD}; false alarms not measured")


if __name__ == "__main__":
    main()
