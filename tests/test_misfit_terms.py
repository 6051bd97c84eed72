"""terminology/misfit-term: a part of the body named where the sentence's words belong to a peer.

Every sentence here is invented for the test."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from lint import resources
from lint.checks import misfit_terms as mt
from lint.config import Config
from lint.engine import lint_text

RULE = "terminology/misfit-term"
ROOT = Path(__file__).resolve().parent.parent
MEDQUAD = ROOT.parent / "shared" / "data" / "medquad" / "answers-dev.jsonl"


def findings(text: str):
    return [f for f in lint_text(text, "a.md", Config(select=(RULE,))) if f.rule.id == RULE]


def test_a_peer_bound_to_the_sentence_is_suggested():
    (f,) = findings("Varicose arteries bulge under the skin of the legs when their valves weaken.")
    assert (f.location.line, f.location.column, f.text) == (1, 10, "arteries")
    assert f.suggestions == ("vein",)
    assert "'varicose'" in f.message


@pytest.mark.parametrize("text, suggestion", [
    # swaps between peers, each with words that go with the part meant
    ("Scoliosis is a sideways curve of the skull that often shows up in the teenage years.", "spine"),
    ("Polycystic disease fills the ureters with fluid-filled cysts over many years.", "kidney"),
    ("When a clot breaks loose and lodges in the windpipe, doctors call it a pulmonary embolism.", "lung"),
])
def test_swapped_peers(text, suggestion):
    (f,) = findings(text)
    assert f.suggestions == (suggestion,)


@pytest.mark.parametrize("text", [
    # the same sentences with the right part
    "Scoliosis is a sideways curve of the spine that often shows up in the teenage years.",
    "Polycystic disease fills the kidneys with fluid-filled cysts over many years.",
    "When a clot breaks loose and lodges in the lungs, doctors call it a pulmonary embolism.",
    "Varicose veins bulge under the skin of the legs when their valves weaken.",
    # a part in a list: the sentence's words may be about another item
    "Varicose veins, the arteries and the heart were all checked on the scan.",
    # no telling word: nothing to judge
    "The arteries and the skull were normal.",
    # a word of another part's name is no cue ("feet" with the ankles)
    "A heel that hurts after long days on your feet is common in runners.",
    # a table's cells, cut at the percentages, are not one sentence
    "Abnormality of the skull 50% Scoliosis 90% Short stature 90%",
])
def test_no_finding(text):
    assert findings(text) == []


def test_peers_are_near_and_at_one_depth():
    table = mt._table()
    by_name = {name: part for part, (name, _, _) in table.parts.items()}
    artery, vein, heart = by_name["arteries"], by_name["vein"], by_name["heart"]
    assert vein in mt.siblings(table, artery)
    # the heart (A07.541) is above-level to the arteries (A07.231.114): not a peer
    assert heart not in mt.siblings(table, artery)
    assert mt._distance("A07.231.114", "A07.231.908") == 2
    assert mt._distance("A07.231", "A07.231.114") is None  # one above the other
    assert mt._distance("A07.231.114", "A08.186") is None  # two systems


def test_names_are_keyed_alike():
    assert mt.name_key("Oesophagus") == mt.name_key("esophagus") == "esophagus"
    assert mt.name_key("Sweat Glands") == mt.name_key("sweat gland") == "sweat gland"
    assert mt.name_key("arteries") == "artery"
    matcher = mt.NameMatcher({"inner ear": "X", "ear": "Y"})
    assert matcher.find("The inner ear, not the ear.") == [(4, 13, "X"), (23, 26, "Y")]


def test_sentences_break_at_list_dashes_and_table_cells():
    parts = [s.strip() for _, s in mt.sentences("Anemia - Ataxia - Short stature 90% Scoliosis 1/6 Cleft palate")]
    assert parts == ["Anemia -", "Ataxia -", "Short stature 90%", "Scoliosis 1/6", "Cleft palate"]


def test_table_is_compact_and_credits_its_sources():
    path = resources.data_path(mt.TABLE)
    assert path.stat().st_size < 1_000_000
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        header = [line for line in fh if line.startswith("#")]
    text = "".join(header)
    assert "MedQuAD answers 5000-10996" in text and "CC BY 4.0" in text and "MeSH 2015" in text
    table = mt._table()
    assert table.total > 50_000 and len(table.parts) > 150
    # every judged part is anatomy of the MeSH branches the tool reads, and names its own descriptor
    from tools import build_term_context as tool
    for part, (_, n, trees) in table.parts.items():
        assert n >= tool.MIN_TERM and all(t.startswith(tool.BRANCHES) for t in trees)
        assert part in table.names.values()


@pytest.mark.skipif(not MEDQUAD.exists(), reason="needs ../shared/data/medquad")
def test_tool_rebuilds_the_shipped_table(tmp_path):
    from tools import build_term_context as tool
    trees, names = tool.mesh_anatomy()
    table = tool.build(tool.read_rows(MEDQUAD, *tool.ROWS), trees, names)
    out = tmp_path / "t.tsv.gz"
    tool.write(table, out)
    assert out.read_bytes() == resources.data_path(mt.TABLE).read_bytes()


@pytest.mark.skipif(not MEDQUAD.exists(), reason="needs ../shared/data/medquad")
def test_tool_reads_only_answers_5000_on():
    from tools import build_term_context as tool
    assert tool.ROWS == (5000, 10997)
    first = next(tool.read_rows(MEDQUAD, *tool.ROWS))
    with open(MEDQUAD, encoding="utf-8") as fh:
        rows = [json.loads(next(fh))["answer"] for _ in range(5001)]
    assert first == rows[5000]


def test_a_quoted_speaker_is_not_judged():
    # speech is loose about parts of the body, as it is about spelling (prose_zones.yaml)
    text = 'Her surgeon put it simply: "Varicose arteries bulge when the valves weaken," she said.'
    assert findings(text) == []
    assert len(findings("Varicose arteries bulge when the valves weaken, she said.")) == 1
