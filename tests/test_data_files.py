"""Every shipped word list: a header naming its source, sorted, no duplicates."""

from __future__ import annotations

import pytest

from lint import resources

FOLDER = resources.data_path("")
LISTS = sorted(p.relative_to(FOLDER).as_posix() for p in FOLDER.rglob("*.txt") if p.parent.name != "spelling")


@pytest.mark.parametrize("name", LISTS)
def test_word_list_is_clean(name):
    text = resources.read_text(name)
    assert text.startswith("# "), f"{name} needs a header comment naming its source"
    assert "Source:" in text.split("\n\n")[0] or "Source:" in "".join(text.splitlines(True)[:6]), name
    entries = resources.lines(name)
    assert entries == sorted(entries), f"{name} is not sorted"
    assert len(entries) == len(set(entries)), f"{name} has duplicates"
    assert all(e == e.strip() and e for e in entries)


def test_every_health_triple_has_its_two_pairs():
    """best_insertion skips a dropped word whose pair with the next word the
    tables lack, which is exact only if no triple holds a pair they lack."""
    from lint import context_model

    model = context_model.language_model()
    pairs = model.health_pairs
    missing = [t for t in model.health_triples
               if t.rsplit(" ", 1)[0] not in pairs or t.split(" ", 1)[1] not in pairs]
    assert missing == []
