"""terminology/contradicted-term: a technical term the words beside it contradict."""

from __future__ import annotations

import pytest

from lint import resources
from lint.checks import contradicted_terms as ct
from lint.config import Config
from lint.engine import lint_text

RULE = "terminology/contradicted-term"


def findings(text: str):
    return [f for f in lint_text(text, "a.md", Config(select=(RULE,))) if f.rule.id == RULE]


def test_direction_prefix_against_its_gloss():
    (f,) = findings("If your blood sugar is very high (hypoglycaemia), you may feel drowsy.")
    assert (f.location.line, f.location.column, f.text) == (1, 35, "hypoglycaemia")
    assert f.message == ('"hypoglycaemia" means a low level of blood sugar, but the words beside it say "high": '
                         'if that is meant, the term is "hyperglycaemia"')
    assert f.suggestions == ("hyperglycaemia",)


@pytest.mark.parametrize("text", [
    "Hypoglycaemia (high blood sugar) can make you thirsty.",
    "Hypothyroidism means your thyroid is overactive.",
    "Tachycardia, a slow heart rate, is common in athletes.",
    "Neutropenia (a high number of neutrophils) is found on a blood count.",
    "People with bradycardia (a fast heartbeat) may feel faint.",
    "Hypertension is when your blood pressure is too low.",
])
def test_direction_contradictions(text):
    assert len(findings(text)) == 1


@pytest.mark.parametrize("text", [
    "If your blood sugar is very high (hyperglycaemia), you may feel drowsy.",
    "Hypothyroidism is more common in women and people over 60.",
    "Poor breathing results in too much carbon dioxide (hypoventilation).",
    "Familial hypercholesterolemia, an inherited condition that causes high levels of cholesterol, "
    "especially low-density lipoprotein cholesterol.",
    "Hypoglycaemia (when blood sugar is not high enough) needs sugar.",
    "Too much insulin can make your blood sugar drop too low (hypoglycaemia).",
])
def test_direction_agreements(text):
    assert findings(text) == []


def test_organ_root_against_its_gloss():
    (f,) = findings("Hepatitis, an inflammation of the kidneys, is often caused by a virus.")
    assert (f.location.column, f.text) == (1, "Hepatitis")
    assert f.message == ('"Hepatitis" names the liver (hepat-), but the words beside it name the kidneys: '
                         'for the kidneys, the term is "Nephritis"')


def test_scope_against_the_part_it_looks_into():
    (f,) = findings("In most cases we use a colonoscope to look just inside the anus.")
    assert f.text == "colonoscope"
    assert f.suggestions == ("proctoscope",)


@pytest.mark.parametrize("text", [
    "Nephritis (liver inflammation) is rare.",
    "Inflammation of the pancreas, called hepatitis, is painful.",
    "- Hepatectomy: Surgery to remove all or part of the kidney.",
    "Myositis is an inflammation of the skin.",
    "Arthritis (inflammation of the lungs) is common.",
])
def test_organ_contradictions(text):
    assert len(findings(text)) == 1


@pytest.mark.parametrize("text", [
    "Gastroscopy (a thin tube passed down your throat into your stomach) is quick.",
    "Gastroenteritis (inflammation of the stomach and intestines) spreads fast.",
    "Osteoarthritis is a disease of the joints.",
    "Meningitis is an infection of the membranes around the brain and spinal cord.",
    "A laparoscope is sometimes used to guide gallbladder surgery.",
    "In one approach, called the radical perineal prostatectomy, the surgeon makes an incision near the anus.",
    "It may be mistaken for heart disease, a heart attack, or appendicitis.",
    "An exam of the ureter with a scope called a cystoscope.",
    "Ankylosing spondylitis is a form of ongoing joint inflammation.",
    "Osteopathy is a way of treating problems with muscles and joints.",
])
def test_organ_agreements(text):
    assert findings(text) == []


def test_hormone_and_the_wrong_gland():
    (f,) = findings("Screens affect melatonin, a hormone produced by the pituitary gland, so you stay awake.")
    assert f.text == "pituitary gland"
    assert f.message == "melatonin is not made by the pituitary gland: it is made by the pineal gland"


@pytest.mark.parametrize(("text", "found"), [
    ("The liver makes insulin, which lowers blood sugar.", True),
    ("The pancreas makes insulin, which lowers blood sugar.", False),
    ("Cortisol is released by the thyroid gland when you are stressed.", True),
    ("Cortisol is released by the adrenal glands when you are stressed.", False),
    ("After menopause, the ovaries stop making estrogen.", False),
    ("After menopause, the kidneys stop making estrogen.", True),
    ("Testosterone is made mainly in the testicles.", False),
    ("GLP-1 is a hormone that your gut releases after you eat.", False),
])
def test_hormone_glands(text, found):
    assert bool(findings(text)) is found


def test_blood_cell_roles():
    (f,) = findings("Haemoglobin is the protein in white blood cells that carries oxygen around your body.")
    assert f.text == "white blood cells"
    assert f.message == '"carries oxygen" is the work of red blood cells, not white blood cells'


@pytest.mark.parametrize(("text", "found"), [
    ("Platelets fight infection and red blood cells carry oxygen.", True),
    ("Lymphocytes (red blood cells) make antibodies.", True),
    ("A blood count measures red blood cells, white blood cells, hemoglobin and platelets.", False),
    ("Red blood cells, which carry oxygen, white blood cells, which fight infection, and platelets, "
     "which help blood clot.", False),
    ("The amount of hemoglobin (the protein that carries oxygen) in the red blood cells.", False),
    ("The amount of hemoglobin (the protein that carries oxygen) in the white blood cells.", True),
])
def test_blood_cells(text, found):
    assert bool(findings(text)) is found


def test_agonist_said_to_copy():
    text = ("They work by copying a hormone called GLP-1 that your gut releases after you eat. "
            "Basically these drugs are GLP-1 antagonists, so they slow digestion.")
    (f,) = findings(text)
    assert f.text == "antagonists"
    assert f.suggestions == ("GLP-1 agonists",)


@pytest.mark.parametrize(("text", "found"), [
    ("Dopamine agonists block dopamine in the brain.", True),
    ("Dopamine agonists mimic dopamine in the brain.", False),
    ("Beta blockers block the effects of adrenaline.", False),
    ("GLP-1 agonists block glucagon release.", False),
    ("Opioid antagonists such as naloxone block opioids.", False),
    ("Researchers combine viruses with immune-activating agents known as checkpoint inhibitors.", False),
    ("Beta blockers stimulate beta receptors in the heart.", True),
])
def test_drug_classes(text, found):
    assert bool(findings(text)) is found


# -- the data files, each row run as an example --------------------------------
DIRECTION_ROWS = [line.split("\t") for line in resources.lines("terminology/direction_terms.tsv")]
OPPOSITE = {"level": ("low", "high"), "speed": ("slow", "fast"), "count": ("low", "high")}


@pytest.mark.parametrize("row", DIRECTION_ROWS, ids=lambda r: r[1])
def test_every_direction_pair_is_read_both_ways(row):
    scale, less, more, measures = row
    measure = measures.split(",")[0]
    low, high = OPPOSITE[scale]
    assert findings(f"Some people have {less} ({high} {measure}).")
    assert findings(f"Some people have {more} ({low} {measure}).")
    assert not findings(f"Some people have {less} ({low} {measure}).")
    assert not findings(f"Some people have {more} ({high} {measure}).")


HORMONE_ROWS = [line.split("\t") for line in resources.lines("terminology/hormone_glands.tsv")]


@pytest.mark.parametrize("row", HORMONE_ROWS, ids=lambda r: r[0])
def test_every_hormone_is_read(row):
    name, organs = row
    display = ct._organ_display()
    right = display[organs.split(",")[0]]
    wrong = next(g for g in ("pineal gland", "adrenal gland", "pancreas", "kidney") if ct._organ_words()[1][g]
                 not in organs.split(","))
    assert findings(f"Doctors measured {name}, a hormone made by the {wrong}.")
    assert not findings(f"Doctors measured {name}, a hormone made by the {right}.")


@pytest.mark.parametrize(("word", "parts"), [
    ("hepatitis", (("hepat",), "itis")),
    ("colonoscope", (("colon",), "scope")),
    ("gastroenteritis", (("gastr", "enter"), "itis")),
    ("cardiomyopathy", (("cardi", "my"), "pathy")),
    ("cholecystectomy", (("cholecyst",), "ectomy")),
    ("pericarditis", (("peri", "card"), "itis")),
    ("arthritides", None),
    ("osteopathy", None),
    ("cellulitis", None),
])
def test_split_term(word, parts):
    assert ct.split_term(word) == parts


@pytest.mark.parametrize("name", ["direction_terms.tsv", "direction_words.tsv", "word_roots.tsv", "organ_words.tsv", "paired_terms.tsv", "relations.tsv",
                                  "hormone_glands.tsv", "blood_cells.tsv", "drug_actions.tsv", "germ_kinds.tsv",
                                  "disease_agents.tsv", "body_substances.tsv", "anatomy_names.tsv", "limb_parts.tsv", "location_terms.tsv", "anatomy_tree.tsv"])
def test_data_file_is_clean(name):
    text = resources.read_text(f"terminology/{name}")
    assert text.startswith("# ") and "Source:" in text
    entries = resources.lines(f"terminology/{name}")
    assert entries == sorted(entries)
    assert len(entries) == len(set(entries))


def test_every_organ_named_by_a_root_has_a_plain_word():
    organs = set(ct._organ_words()[1].values())
    named = {o for names in ct._roots().roots.values() for o in names}
    assert named - organs <= {"head", "neck", "back", "bone_marrow"}


@pytest.mark.parametrize(("text", "found"), [
    ("Your systolic blood pressure (the bottom number) should be below 120.", True),
    ("Your systolic blood pressure (the top number) should be below 120.", False),
    ("Most lumps are benign (cancerous) and need no treatment.", True),
    ("Most lumps are benign (not cancerous) and need no treatment.", False),
    ("Malignant tumours are not cancer.", True),
    ("Benign tumours are not cancer.", False),
    ("Acute bronchitis is a long-term cough.", True),
    ("Chronic pain is pain that lasts more than three months.", False),
    ("Pulse pressure is the difference between systolic and diastolic (bottom number).", False),
    ("Doctors check whether the tumour is benign or malignant (cancerous).", False),
    ("Your systolic or diastolic readings are consistently higher than 120/80.", False),
    ("The main symptom of acute bronchitis is a persistent cough.", False),
])
def test_paired_adjectives(text, found):
    assert bool(findings(text)) is found


def test_paired_message():
    (f,) = findings("Most lumps are benign (cancerous) and need no treatment.")
    assert (f.location.column, f.text) == (16, "benign")
    assert f.message == '"benign" is the opposite of what the words beside it say ("cancerous"): if that is meant, ' \
                        'the term is "malignant"'


PAIRED_ROWS = [line.split("\t") for line in resources.lines("terminology/paired_terms.tsv")]


@pytest.mark.parametrize("row", PAIRED_ROWS, ids=lambda r: r[0])
def test_every_paired_row_is_read(row):
    term, agree, contradict, opposite = row
    for word in agree.split(","):
        assert not findings(f"Doctors said it was {term} ({word}).")
    for word in contradict.split(","):
        if word not in ct._paired_terms():
            assert findings(f"Doctors said it was {term} ({word})."), word


@pytest.mark.parametrize(("text", "found"), [
    ("Ligaments are tough bands of tissue that connect muscles to bones.", True),
    ("Ligaments are tough bands of tissue that connect bones to other bones.", False),
    ("Tendons connect muscles to bones, while ligaments connect bones to each other.", False),
    ("Tendons hold the bones together at the joint.", True),
    ("Veins carry blood away from the heart to the rest of the body.", True),
    ("Arteries carry blood away from the heart.", False),
    ("The coronary arteries carry blood to the heart muscle.", False),
    ("Insulin is a hormone that raises blood sugar.", True),
    ("Insulin resistance raises blood sugar.", False),
    ("Without insulin, blood sugar rises.", False),
    ("Insulin increases the uptake of glucose into cells.", False),
    ("Glucagon raises blood sugar when it falls too low.", False),
    ("Ligaments do not connect muscles to bones.", False),
])
def test_relations(text, found):
    assert bool(findings(text)) is found


def test_relation_message():
    (f,) = findings("It begins in a ligament (tough, fibrous, cord-like tissue that connects muscle to bone).")
    assert (f.location.column, f.text) == (16, "ligament")
    assert f.message == ('Ligaments connect bone to bone: what the sentence describes ("connects muscle") is the work '
                         'of tendons')


def test_offsets_survive_a_letter_whose_lower_case_is_longer():
    (f,) = findings("İstanbul clinic: most lumps are benign (cancerous).")
    assert f.text == "benign"


@pytest.mark.parametrize(("text", "found"), [
    ("An MRI scan uses X-rays to make pictures of your knee.", True),
    ("MRI scans, which use strong magnets rather than X-rays, are safe in pregnancy.", False),
    ("Unlike CT, MRI does not use X-rays.", False),
    ("A CT scan uses a strong magnetic field.", True),
    ("Ultrasound uses radiation, so it is not used in pregnancy.", True),
    ("Ultrasound uses sound waves to make a picture.", False),
    ("HDL cholesterol (the bad kind) clogs arteries.", True),
    ("HDL cholesterol (the good kind) protects arteries.", False),
    ("LDL, the bad cholesterol, builds up in arteries.", False),
    ("Lowering LDL is good for your heart.", False),
])
def test_scans_and_cholesterol(text, found):
    assert bool(findings(text)) is found


def test_a_germ_or_medicine_called_by_a_kind_it_is_not():
    (f,) = findings("Athlete's foot is caused by bacteria called dermatophytes that thrive in damp places.")
    assert (f.location.column, f.text, f.message, f.suggestions) == (
        29, "bacteria called dermatophytes", '"dermatophytes" are fungi, not bacteria', ("fungi",))
    (f,) = findings("People with rosacea have more Demodex bacteria on their skin.")
    assert (f.text, f.message, f.suggestions) == ("Demodex bacteria", '"Demodex" is a mite, not a bacterium', ("mites",))
    (f,) = findings("Adults may be prescribed aciclovir, an antibiotic that can shorten the illness.")
    assert (f.text, f.message, f.suggestions) == (
        "aciclovir, an antibiotic", '"aciclovir" is an antiviral, not an antibiotic', ("antiviral",))
    (f,) = findings("Antibiotics such as fluconazole clear it.")
    assert (f.text, f.suggestions) == ("Antibiotics such as fluconazole", ("Antifungals",))
    # Medicines of other classes.
    (f,) = findings("Antacids such as omeprazole work within minutes by neutralising acid.")
    assert (f.text, f.message, f.suggestions) == (
        "Antacids such as omeprazole", '"omeprazole" is a proton pump inhibitor, not an antacid',
        ("Proton pump inhibitors",))
    (f,) = findings("My doctor started me on metformin, a type of birth control pill.")
    assert (f.text, f.message) == ("metformin, a type of birth control pill",
                                   '"metformin" is a diabetes medicine, not a birth control pill')
    assert not findings("Omeprazole is stronger than an antacid.")
    assert not findings("Blood thinners such as warfarin or aspirin need monitoring.")
    assert not findings("Antacids, H2 blockers and PPIs such as omeprazole all reduce heartburn.")
    # Lists, not glosses.
    assert not findings("Other options include nonsteroidal drugs like ibuprofen, corticosteroids, and surgery.")
    assert not findings("You should be taking aspirin, a statin and exercising more.")
    assert not findings("A polypill might hold a baby aspirin, a statin to lower cholesterol and more.")


@pytest.mark.parametrize("text", [
    "Candida is a yeast, not bacteria.",
    "Candida is not a bacterium.",
    "Viruses and bacteria such as Salmonella cause food poisoning.",
    "Bacteria such as E. coli and viruses such as norovirus spread in kitchens.",
    "Nystatin, an antibiotic, treats oral thrush.",  # an antifungal that is an antibiotic by origin
    "Other medicines include acyclovir (to fight viral infections).",  # a medicine and the germs it fights
    "Bacterial infections such as listeriosis, or E. Coli Viral infections such as mumps.",  # a run-on list
])
def test_germ_kinds_not_contradicted(text):
    assert not findings(text)


GERM_ROWS = [line.split("\t") for line in resources.lines("terminology/germ_kinds.tsv")]


@pytest.mark.parametrize("row", [r for r in GERM_ROWS if r[0] == "name"], ids=lambda r: r[2].split(",")[0])
def test_every_germ_row_is_read(row):
    kinds = {r[1]: r[2].split(",")[0] for r in GERM_ROWS if r[0] == "kind"}
    what = row[1].split(",")
    germ = what[0] in ct.GERMS
    wrong = next(k for k in (("virus", "bacterium") if germ else ("antibiotic", "antiviral", "statin")) if k not in what)
    for name in row[2].split(","):
        assert findings(f"Doctors found {name}, a {kinds[wrong]} of concern."), name
        assert not findings(f"Doctors found {name}, a {kinds[what[0]]} of concern."), name


def test_a_disease_said_to_be_caused_by_a_kind_of_germ_it_is_not():
    # The Disease Ontology files each infectious disease under the kind of germ that causes it.
    (f,) = findings("Lyme disease is caused by a virus.")
    assert (f.location.column, f.text, f.message, f.suggestions) == (
        29, "virus", '"Lyme disease" is caused by a bacterium, not a virus', ("bacterium",))
    (f,) = findings("Chickenpox is a highly contagious bacterial infection.")
    assert (f.text, f.message, f.suggestions) == (
        "bacterial", '"Chickenpox" is caused by a virus, not a bacterium', ("viral",))
    (f,) = findings("The virus that causes Lyme disease lives in ticks.")
    assert (f.text, f.suggestions) == ("virus", ("bacterium",))
    (f,) = findings("Athlete’s foot is usually caused by a type of bacteria.")
    assert (f.text, f.message, f.suggestions) == (
        "bacteria", '"Athlete’s foot" is caused by a fungus, not a bacterium', ("fungi",))
    # A germ the ontology names as a disease's cause, called by another kind: one finding, at the germ.
    (f,) = findings("Lyme disease is caused by a virus called Borrelia burgdorferi.")
    assert (f.text, f.message, f.suggestions) == (
        "virus called Borrelia burgdorferi", '"Borrelia burgdorferi" is a bacterium, not a virus', ("bacterium",))


@pytest.mark.parametrize("text", [
    "Flu, which is caused by a virus, does not respond to antibiotics.",
    "Lyme disease is not caused by a virus.",
    "Tuberculosis is caused by bacteria.",
    "Malaria is caused by a parasite.",
    "Unlike flu, a viral infection, Lyme disease is caused by bacteria.",
    "Strep throat is caused by bacteria, unlike a cold, which is caused by a virus.",
    "Thrush is a common cause of bacterial infection.",
    "Shingles is caused by the same virus as chickenpox.",
    "Pneumonia is caused by a virus or bacteria.",  # either kind: the ontology files it under neither
    "Scabies is caused by a mite.",
])
def test_a_disease_and_its_own_kind_of_germ(text):
    assert not findings(text)


def test_a_fluid_of_the_body_said_to_be_made_by_a_part_that_does_not_make_it():
    (f,) = findings("The trouble is that sebum is produced by the sweat glands, so pores block.")
    assert (f.location.column, f.text, f.message, f.suggestions) == (
        46, "sweat glands", '"sebum" is made by the sebaceous glands, not the sweat glands', ("sebaceous glands",))
    (f,) = findings("It stores bile, a fluid made by the pancreas that helps you digest fat.")
    assert (f.text, f.message, f.suggestions) == ("pancreas", '"bile" is made by the liver, not the pancreas', ("liver",))
    # The maker named first: either side may be the slip, so the whole statement is reported.
    (f,) = findings("The gallbladder makes bile, which helps digest fat.")
    assert (f.text, f.suggestions) == ("gallbladder makes bile", ("liver",))
    (f,) = findings("The meibomian glands along the edges of your eyelids produce the watery layer of your tears.")
    assert (f.text, f.message) == ("meibomian glands along the edges of your eyelids produce the watery layer",
                                   '"watery layer" is made by the lacrimal glands, not the meibomian glands')


@pytest.mark.parametrize("text", [
    "Bile is produced by the liver and stored in the gallbladder.",
    "Bile is released from the gallbladder after a meal.",  # released, not made
    "Sebum is not made by the sweat glands.",
    "Sweat glands produce sweat, not sebum.",
    "Earwax is made by modified sweat glands in the ear canal.",
    "Tears are produced by the lacrimal glands.",
    "Your kidneys make urine.",
    "The meibomian glands along the edges of your eyelids produce the oily layer of your tears.",
])
def test_a_fluid_of_the_body_and_its_own_maker(text):
    assert not findings(text)


def test_a_part_of_the_body_glossed_by_the_name_of_another():
    (f,) = findings("An electrical signal starts in the upper chambers of the heart (the ventricles) and spreads.")
    assert (f.location.column, f.text, f.message, f.suggestions) == (
        69, "ventricles", '"ventricles" names the lower chambers, not the upper chambers (the atria)', ("atria",))
    (f,) = findings("It connects the heel bone (the talus) to the base of the toes.")
    assert (f.text, f.message, f.suggestions) == (
        "talus", '"talus" names the ankle bone, not the heel bone (the calcaneus)', ("calcaneus",))
    (f,) = findings("The larynx (windpipe) carries air to the lungs.")
    assert (f.text, f.suggestions) == ("larynx", ("trachea",))


@pytest.mark.parametrize("text", [
    "It connects the heel bone (the calcaneus) to the base of the toes.",
    "The ventricles (lower chambers) pump blood out of the heart.",
    "The tibia (the shinbone) is the larger of the two bones.",
    "Air passes the voice box (larynx) and the windpipe (trachea).",
    "The ankle bones (tarsals) and the talus (ankle bone) bear weight.",
])
def test_a_part_of_the_body_glossed_by_its_own_name(text):
    assert not findings(text)


# A part of one limb in a sentence and an article that name only the other limb (limb_parts.tsv).
SHOULDER_ARTICLE = ("# Stiff shoulders\n\nA stiff shoulder makes it hard to reach up. The shoulder joint moves more "
                    "than any other joint.\n\n{}\n\nMost people get their full shoulder movement back.")


def test_a_part_of_one_limb_in_an_article_about_the_other():
    (f,) = findings(SHOULDER_ARTICLE.format("The rounded head of the femur fits into a cup on the shoulder blade."))
    assert (f.location.line, f.location.column, f.text, f.suggestions) == (5, 25, "femur", ("humerus",))
    assert f.message == ('"femur" is part of the leg, but the sentence and the article are about the arm ("shoulder '
                         'blade"): the arm\'s counterpart is the humerus')
    (f,) = findings("Knee pain is common. The knee bends. Kneel with care.\n\nThe carpal bones sit just above "
                    "the heel.")
    assert (f.text, f.suggestions) == ("carpal bones", ("tarsal bones",))
    (f,) = findings("The rotator cuff lies deep in the hip. Hips and knees stiffen. The hip joint aches.")
    assert (f.text, f.suggestions) == ("rotator cuff", ())


@pytest.mark.parametrize("text", [
    # the right bone
    SHOULDER_ARTICLE.format("The rounded head of the humerus fits into a cup on the shoulder blade."),
    # a list or a comparison names both limbs
    SHOULDER_ARTICLE.format("Bones such as the femur, humerus and shoulder blade can thin with age."),
    SHOULDER_ARTICLE.format("Unlike the femur, the shoulder blade floats on the ribs."),
    # the article names the part's own limb elsewhere
    SHOULDER_ARTICLE.format("The head of the femur fits into a cup on the shoulder blade. Knees can stiffen too."),
    # the article is not about the other limb
    "Our clinic treats many injuries. A fall can break the femur or bruise the shoulder.",
    # a list of signs, one to an item, is no sentence
    "Signs: Short 4th finger - Short thumb - Broad thumb - Stiff wrist - Short fifth metatarsal - Short palm",
])
def test_a_part_of_one_limb_where_both_limbs_belong(text):
    assert not findings(text)


@pytest.mark.parametrize(("text", "found"), [
    ("Tennis elbow strains the forearm. It hurts the flexor muscles, which bend the wrist back when you serve.", True),
    ("The extensor muscles, which cock the wrist back, ache after tennis.", False),
    ("The flexor tendons bend the fingers into a fist.", False),
    ("The finger flexors straighten the fingers after a grip.", True),
    ("The extensor muscles of the forearm curl the fingers into a fist.", True),
    ("The extensor muscles bend the wrist back.", False),
    ("The hip abductors pull the leg toward the body.", True),
    ("The hip abductors move the leg out to the side.", False),
    ("The adductor muscles of the thigh move the leg away from the body.", True),
    ("The adductors squeeze the knees together.", False),
])
def test_muscles_said_to_do_the_opposite_of_their_name(text, found):
    assert bool(findings(text)) is found


def test_a_medicine_named_as_an_example_of_a_class_it_is_not():
    (f,) = findings("If diet is not enough, a bulk-forming laxative such as lactulose may help.")
    assert (f.text, f.message, f.suggestions) == (
        "bulk-forming laxative such as lactulose", '"lactulose" is an osmotic laxative, not a bulk-forming laxative',
        ("osmotic laxative",))
    (f,) = findings("NSAIDs such as paracetamol ease the swelling.")
    assert (f.text, f.message) == ("NSAIDs such as paracetamol", '"paracetamol" is an analgesic, not an NSAID')
    assert not findings("Painkillers such as paracetamol or ibuprofen ease the ache.")
    assert not findings("Bulk-forming laxatives such as psyllium husk take a few days to work.")
    assert not findings("Magnesium hydroxide, an antacid, also works as a laxative.")


def test_a_stage_of_a_louse_called_by_another_stage():
    (f,) = findings("The female lays eggs on the hair. The eggs, called nymphs, stick to the hair shaft.")
    assert (f.text, f.message, f.suggestions) == ("eggs, called nymphs", '"nymphs" are young lice, not eggs',
                                                  ("young lice",))
    assert not findings("The eggs, called nits, stick to the hair shaft and hatch into nymphs.")
    assert not findings("Comb out the nits (eggs) and the young lice every few days.")


# A term of place set in the opposite place (location_terms.tsv).
def test_a_term_of_place_set_in_the_opposite_place():
    (f,) = findings("The hypothenar pad sits on the thumb side of the palm.")
    assert (f.location.column, f.text, f.suggestions) == (5, "hypothenar", ("thenar",))
    assert f.message == ('"hypothenar" names the opposite place to the one the words after it give ("thumb"): '
                         'if that place is meant, the term is "thenar"')
    (f,) = findings("Golfer's elbow (medial epicondylitis) causes pain on the outside of the elbow.")
    assert (f.text, f.suggestions) == ("medial", ("lateral",))
    (f,) = findings("A plantar wart grew on the top of the foot.")
    assert (f.text, f.suggestions) == ("plantar", ("dorsal",))


@pytest.mark.parametrize("text", [
    "The thenar pad sits on the thumb side of the palm.",
    "Golfer's elbow (medial epicondylitis) causes pain on the inside of the elbow.",
    "The medial and lateral menisci sit inside the knee.",
    "Lateral thinking helps in the inner city.",  # no place of the body
    "The posterior tibial nerve runs behind the ankle.",
    "The lateral ligament is not on the inner side of the ankle.",
])
def test_a_term_of_place_in_its_own_place(text):
    assert not findings(text)


LOCATION_ROWS = [line.split("\t") for line in resources.lines("terminology/location_terms.tsv")]


@pytest.mark.parametrize("row", LOCATION_ROWS, ids=lambda r: r[0])
def test_every_location_row_is_read(row):
    term, agree, contradict, opposite = row
    for word in agree.split(","):
        assert not findings(f"The {term} part lies on the {word} edge of the knee."), word
    for word in contradict.split(","):
        assert findings(f"The {term} part lies on the {word} edge of the knee."), word


# A part placed inside another of its organ that does not hold it (anatomy_tree.tsv, from MeSH 2015).
def test_a_part_placed_inside_another_that_does_not_hold_it():
    (f,) = findings("Sound-sensing cells inside the inner ear sit in the eardrum.")
    assert (f.location.column, f.text) == (53, "eardrum")
    assert f.message == ('"eardrum" is no part of the inner ear, where the sentence also places what it describes: '
                         'one of the two names is likely wrong')
    (f,) = findings("Within the middle ear the tiny bones lie in the cochlea and carry sound on.")
    assert f.text == "cochlea"


@pytest.mark.parametrize("text", [
    "Sound-sensing cells inside the inner ear sit in the cochlea.",  # the cochlea is part of the inner ear
    "The damage may be in the inner ear or in the middle ear.",  # two places side by side
    "Fluid collects in the middle ear, in the space behind the eardrum.",
    "Sound passes from the eardrum in the outer ear to the bones in the middle ear.",
    "A clot that forms in a deep leg vein can travel in the blood to the lungs.",
])
def test_a_part_placed_where_it_belongs_or_beside_another(text):
    assert not findings(text)


def test_anatomy_tree_is_built_from_mesh():
    from tools.build_anatomy_tree import build
    from tools.build_term_context import VOCAB
    if not (VOCAB / "mesh-2015-tree-numbers.tsv").exists():
        pytest.skip("needs ../shared/data/vocab")
    assert resources.lines("terminology/anatomy_tree.tsv") == build()


@pytest.mark.parametrize(("text", "found"), [
    ("The oesophagus carries air down to the lungs.", True),
    ("The oesophagus carries food and drink to the stomach.", False),
    ("Your windpipe takes food to the stomach.", True),
    ("Your windpipe takes air to the lungs.", False),
    ("The ureters carry urine out of the body.", True),
    ("The ureters carry urine from the kidneys to the bladder.", False),
    ("The urethra carries urine from the kidneys.", True),
    ("The urethra carries urine out of the body.", False),
    ("Motor nerves carry sensations of heat and cold to the brain.", True),
    ("Sensory nerves control the muscles of the face.", True),
    ("Sensory nerves carry feelings of heat and cold.", False),
    ("A thin tube passed down the oesophagus takes a small sample.", False),
])
def test_tubes_and_nerves_said_to_carry_what_another_carries(text, found):
    assert bool(findings(text)) is found


@pytest.mark.parametrize(("text", "said"), [
    ("Antihistamines such as pseudoephedrine dry a runny nose.", '"pseudoephedrine" is a decongestant, not an antihistamine'),
    ("ACE inhibitors such as losartan lower blood pressure.",
     '"losartan" is an angiotensin receptor blocker, not an ACE inhibitor'),
    ("Beta blockers such as amlodipine slow the pulse.", '"amlodipine" is a calcium channel blocker, not a beta blocker'),
    ("Painkillers such as gabapentin ease nerve pain.", None),
    ("Antidepressants such as amitriptyline can ease nerve pain.", None),
    ("Triptans such as sumatriptan stop a migraine early.", None),
])
def test_more_medicines_and_their_classes(text, said):
    assert [f.message for f in findings(text)] == ([said] if said else [])
