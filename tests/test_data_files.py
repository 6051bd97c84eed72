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
