"""terminology/false-synonym on pairs of commonly confused names, and on true synonyms.

    .venv/bin/python benchmarks/false_synonym_pairs.py [--show]

Two lists written for this benchmark from general medical knowledge (session 14, no article's text):
87 pairs of different conditions, germs, procedures and drugs that writers confuse, and 64 pairs of
true synonyms (a lay and a technical name, a British and an American one). Each pair is set in two
constructions ("X, also known as Y, ..." and "X (also called Y) ..."); a different pair counts found
when either is reported, a true pair a false alarm when either is. The lists were used to tune the
concept table in session 14 (a TUNE set): misses that need a name the vocabularies lack are
listed with --show.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.config import Config  # noqa: E402
from lint.engine import lint_text  # noqa: E402

CONFIG = Config(select=("terminology/false-synonym",))
TEMPLATES = ("{a}, also known as {b}, is common in adults.", "{a} (also called {b}) is common in adults.")

DIFFERENT = """Crohn's disease|ulcerative colitis
IBS|IBD
osteoarthritis|rheumatoid arthritis
a stroke|a heart attack
hypertension|hypotension
angina|a heart attack
shingles|chickenpox
cold sores|canker sores
eczema|psoriasis
a migraine|a cluster headache
bronchitis|pneumonia
COPD|asthma
tendinitis|bursitis
sciatica|a slipped disc
gout|rheumatoid arthritis
osteoporosis|osteoarthritis
anaemia|leukaemia
hypothyroidism|Graves' disease
a UTI|a kidney infection
haemorrhoids|anal fissures
GERD|a stomach ulcer
glaucoma|cataracts
macular degeneration|glaucoma
conjunctivitis|a stye
endometriosis|fibroids
an MRI scan|a CT scan
paracetamol|ibuprofen
statins|beta blockers
antibiotics|antivirals
insulin|metformin
influenza|a stomach bug
measles|rubella
chickenpox|smallpox
Lyme disease|Rocky Mountain spotted fever
atrial fibrillation|ventricular fibrillation
a heart attack|heart failure
epilepsy|a stroke
autism|ADHD
bipolar disorder|schizophrenia
sleep apnoea|insomnia
a mammogram|an ultrasound scan
physiotherapy|chiropractic
acupuncture|acupressure
melanoma|basal cell carcinoma
psoriasis|psoriatic arthritis
plantar fasciitis|Achilles tendinitis
tonsillitis|glandular fever
hay fever|a cold
a cold|sinusitis
dementia|Parkinson's disease
diverticulitis|appendicitis
gallstones|kidney stones
vitiligo|albinism
ringworm|scabies
impetigo|cellulitis
a cataract|glaucoma
type 2 diabetes|prediabetes
a panic attack|a heart attack
depression|anxiety
whooping cough|croup
a sprain|a strain
a hernia|a pulled muscle
HPV|herpes
chlamydia|gonorrhoea
HIV|hepatitis B
E. coli|salmonella
a colonoscopy|a sigmoidoscopy
a biopsy|a blood test
a pap smear|an HPV test
dialysis|a kidney transplant
chemotherapy|radiotherapy
a vasectomy|a circumcision
a hysterectomy|a tubal ligation
laser eye surgery|cataract surgery
tinnitus|hearing loss
vertigo|tinnitus
Bell's palsy|a stroke
carpal tunnel syndrome|arthritis
lupus|rheumatoid arthritis
MS|motor neurone disease
anorexia|bulimia
rosacea|acne
tendinitis|tenosynovitis
athlete's foot|ringworm
thrush|cystitis
pre-eclampsia|gestational diabetes
a miscarriage|an ectopic pregnancy"""
TRUE = """a heart attack|myocardial infarction
high blood pressure|hypertension
shingles|herpes zoster
hay fever|allergic rhinitis
German measles|rubella
glandular fever|infectious mononucleosis
piles|haemorrhoids
a stroke|a cerebrovascular accident
chickenpox|varicella
whooping cough|pertussis
lockjaw|tetanus
tennis elbow|lateral epicondylitis
frozen shoulder|adhesive capsulitis
pink eye|conjunctivitis
athlete's foot|tinea pedis
a slipped disc|a herniated disc
paracetamol|acetaminophen
an underactive thyroid|hypothyroidism
an overactive thyroid|hyperthyroidism
kidney stones|renal calculi
gallstones|cholelithiasis
a UTI|a urinary tract infection
Lou Gehrig's disease|ALS
ringworm|tinea
cold sores|fever blisters
hives|urticaria
a nosebleed|epistaxis
bedsores|pressure ulcers
Down syndrome|trisomy 21
a squint|strabismus
lazy eye|amblyopia
short-sightedness|myopia
long-sightedness|hyperopia
heartburn|acid indigestion
a bunion|hallux valgus
glue ear|otitis media with effusion
a cold sore|herpes labialis
motion sickness|travel sickness
a black eye|a periorbital haematoma
dandruff|seborrhoeic dermatitis
cradle cap|infantile seborrhoeic dermatitis
a stye|a hordeolum
bad breath|halitosis
tooth decay|dental caries
gum disease|periodontal disease
varicella-zoster virus|human herpesvirus 3
ADHD|attention deficit hyperactivity disorder
COPD|chronic obstructive pulmonary disease
an ECG|an electrocardiogram
an MRI|magnetic resonance imaging
a fungal nail infection|onychomycosis
hair loss|alopecia
excessive sweating|hyperhidrosis
itching|pruritus
fainting|syncope
a collapsed lung|a pneumothorax
water on the brain|hydrocephalus
a blood clot|a thrombus
bruising|ecchymosis
painful periods|dysmenorrhoea
heavy periods|menorrhagia
an enlarged prostate|benign prostatic hyperplasia
brittle bone disease|osteogenesis imperfecta
mad cow disease|bovine spongiform encephalopathy"""


def reported(a: str, b: str) -> bool:
    first = a[0].upper() + a[1:]
    return any(lint_text(t.format(a=first, b=b), "a.md", CONFIG) for t in TEMPLATES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misses and the false alarms")
    options = parser.parse_args()
    for name, data, wanted in (("different", DIFFERENT, True), ("true synonyms", TRUE, False)):
        rows = [line.split("|") for line in data.splitlines()]
        results = [(a, b, reported(a, b)) for a, b in rows]
        hits = sum(got for *_, got in results)
        label = "found" if wanted else "false alarms"
        print(f"{name:14} {label}: {hits}/{len(results)} = {hits / len(results):.2f}")
        if options.show:
            for a, b, got in results:
                if got != wanted:
                    print(f"    {'missed' if wanted else 'reported'}: {a} | {b}")


if __name__ == "__main__":
    main()
