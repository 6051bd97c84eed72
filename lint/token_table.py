"""Plain-Python columns of a document's token attributes, built once per
document and shared by the checks.

Reading an attribute through a spaCy ``Token`` builds a Python object per
token per access; the checks walked the document's tokens many times over
and that walking cost more than the spaCy pass itself. The columns the
sentence splitter already fetched (``nlp.COLUMNS``) and one look-up per
distinct string turn the document into lists that the checks index directly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from lint.nlp import C_ALPHA, C_IDX, C_LOWER, C_ORTH, C_SPACE, COLUMNS, COLUMNS_KEY, extension_key

if not Doc.has_extension("hl_table"):
    Doc.set_extension("hl_table", default=None)
TABLE_KEY = extension_key("hl_table")  # doc._.hl_table, read and written without an Underscore

# The columns of ``TokenTable.array`` that checks read: those of nlp.COLUMNS.
LOWER_COLUMN, IDX_COLUMN, ALPHA_COLUMN, SPACE_COLUMN = C_LOWER, C_IDX, C_ALPHA, C_SPACE


class _Strings(dict):
    """spaCy string hash -> string, for the whole process: strings repeat
    across documents. A miss asks the vocabulary's string store, so the
    columns map at C speed with no set arithmetic first to find the new
    hashes (which cost as much as the mapping)."""

    store = None  # the string store of the document being read

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


_STRINGS = _Strings()


@dataclass(frozen=True, slots=True)
class TokenTable:
    text: list[str]
    lower: list[str]
    idx: list[int]
    is_alpha: list[bool]
    is_space: list[bool]
    # (start, end) token ranges, one per sentence, in order.
    sentences: list[tuple[int, int]]
    # The indices of the tokens that are not whitespace, in order.
    words: list[int]
    # The spaCy columns these lists were made from (nlp.COLUMNS), one row per
    # token: for checks that test every token at once (``*_COLUMN`` name them).
    array: numpy.ndarray


def table(doc: Doc) -> TokenTable:
    built = doc.user_data.get(TABLE_KEY)
    if built is None:
        built = doc.user_data[TABLE_KEY] = _build(doc)
    return built


def _build(doc: Doc) -> TokenTable:
    if not len(doc):
        return TokenTable([], [], [], [], [], [], [], numpy.zeros((0, len(COLUMNS)), dtype=numpy.uint64))
    kept = doc.user_data.get(COLUMNS_KEY)
    if kept is not None and len(kept[0]) == len(doc):
        array, starts = kept
        starts = starts.nonzero()[0].tolist()
    else:  # a doc the sentence splitter did not see
        array = doc.to_array(COLUMNS)
        starts = (doc.to_array(SENT_START) == 1).nonzero()[0].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts[1:] + [len(doc)]
    _STRINGS.store = doc.vocab.strings
    text_of = _STRINGS.__getitem__
    space = array[:, C_SPACE]
    return TokenTable(
        text=list(map(text_of, array[:, C_ORTH].tolist())),
        lower=list(map(text_of, array[:, C_LOWER].tolist())),
        idx=array[:, C_IDX].tolist(),
        is_alpha=array[:, C_ALPHA].astype(bool).tolist(),
        is_space=space.astype(bool).tolist(),
        sentences=list(zip(starts, bounds)),
        words=(space == 0).nonzero()[0].tolist(),
        array=array,
    )
