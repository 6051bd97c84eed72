"""A sentence as the contextual rules read it."""

from __future__ import annotations


class Sentence:
    """A sentence's tokens other than whitespace, as parallel lists: text,
    lower-case word (``None`` for punctuation and numbers, which the n-gram
    tables do not hold and which break the context) and start offset; and
    the positions ``_document_sites`` found in it."""

    __slots__ = ("texts", "words", "offsets", "unseen", "joinable", "determined")

    def __init__(self, texts: list[str], words: list[str | None], offsets: list[int],
                 unseen: list[int], joinable: list[int], determined: list[int]):
        self.texts, self.words, self.offsets = texts, words, offsets
        self.unseen, self.joinable, self.determined = unseen, joinable, determined

    def joined(self, i: int) -> bool:
        """Whether token i follows token i - 1 after exactly one space."""
        return self.offsets[i - 1] + len(self.texts[i - 1]) + 1 == self.offsets[i]
