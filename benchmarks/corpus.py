"""The benchmark corpus: the sample articles plus held-out MedQuAD answers.

MedQuAD lines 0-2999 are held out from every derived data file, so they are
text the tool has never been tuned on; each answer becomes one ``.txt`` file.
Shared by ``throughput.py`` and ``profile.py`` so both measure the same text.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the checkout (one level further up from a worktree).
MEDQUAD_CANDIDATES = [base / "shared" / "data" / "medquad" / "answers-dev.jsonl"
                      for base in (ROOT.parent, ROOT.parent.parent)]
MEDQUAD = next((p for p in MEDQUAD_CANDIDATES if p.is_file()), MEDQUAD_CANDIDATES[0])
HELD_OUT_LINES = 3000
ARTICLE_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")


@dataclass
class Corpus:
    folder: Path
    files: int
    words: int


def words_in(text: str) -> int:
    """Whitespace-separated words: the unit every tool's rate is quoted in."""
    return len(text.split())


def build(folder: Path, min_words: int = 210_000, min_files: int = 200) -> Corpus:
    """Write the corpus under ``folder`` (emptied first) and count it."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = words = 0
    articles = ROOT / "articles"
    if articles.is_dir():
        for source in sorted(articles.rglob("*")):
            if source.suffix.lower() in ARTICLE_SUFFIXES and source.is_file():
                text = source.read_text(encoding="utf-8")
                (folder / f"article-{source.name}").write_text(text, encoding="utf-8")
                files, words = files + 1, words + words_in(text)
    if not MEDQUAD.is_file():
        raise SystemExit(f"MedQuAD not found at {MEDQUAD}")
    with open(MEDQUAD, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= HELD_OUT_LINES or (words >= min_words and files >= min_files):
                break
            answer = json.loads(line)["answer"]
            (folder / f"medquad-{number:04d}.txt").write_text(answer, encoding="utf-8")
            files, words = files + 1, words + words_in(answer)
    return Corpus(folder, files, words)


def build_sized(folder: Path, words_per_file: int, min_words: int = 200_000) -> Corpus:
    """``folder`` (emptied first) filled with held-out MedQuAD text cut at
    sentence ends into plain-text files of about ``words_per_file`` words:
    the same text whatever the size, so two corpora differ only in how it is
    split (many 200-word files against 1,000-word ones)."""
    import re

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if not MEDQUAD.is_file():
        raise SystemExit(f"MedQuAD not found at {MEDQUAD}")
    files = words = 0
    sentences: list[str] = []
    count = 0
    with open(MEDQUAD, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= HELD_OUT_LINES or words >= min_words:
                break
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(json.loads(line)["answer"].split())):
                sentences.append(sentence)
                count += words_in(sentence)
                if count >= words_per_file:
                    (folder / f"part-{files:05d}.txt").write_text(" ".join(sentences) + "\n", encoding="utf-8")
                    files, words, sentences, count = files + 1, words + count, [], 0
                    if words >= min_words:
                        break
    return Corpus(folder, files, words)


def article(folder: Path, target_words: int = 1000) -> Path:
    """One ~1,000-word Markdown article (held-out answers joined under headings)."""
    parts, words = [], 0
    with open(MEDQUAD, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= HELD_OUT_LINES or words >= target_words:
                break
            record = json.loads(line)
            answer = " ".join(record["answer"].split())
            parts.append(f"## {record.get('focus') or 'Section'}\n\n{answer}\n")
            words += words_in(answer)
    path = folder / "one-article.md"
    path.write_text("# One article\n\n" + "\n".join(parts), encoding="utf-8")
    return path
