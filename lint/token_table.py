"""Plain-Python columns of a document's token attributes, built once per
document and shared by the checks.

Reading an attribute through a spaCy ``Token`` builds a Python object per
token per access; the checks walked the document's tokens many times over
and that walking cost more than the spaCy pass itself. One ``to_array`` call
and one look-up per distinct string turn the document into lists that the
checks index directly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy

from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LOWER, ORTH, SENT_START
from spacy.tokens import Doc

if not Doc.has_extension("hl_table"):
    Doc.set_extension("hl_table", default=None)

COLUMNS = [ORTH, LOWER, IDX, IS_ALPHA, IS_SPACE, SENT_START]
LOWER_COLUMN, IDX_COLUMN, ALPHA_COLUMN, SPACE_COLUMN = 1, 2, 3, 4

# spaCy string hash -> string, for the whole process: strings repeat across documents.
_STRINGS: dict[int, str] = {}


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
    # The spaCy columns these lists were made from, one row per token: for
    # checks that test every token at once (``*_COLUMN`` name them).
    array: numpy.ndarray


def table(doc: Doc) -> TokenTable:
    built = doc._.hl_table
    if built is None:
        built = _build(doc)
        doc._.hl_table = built
    return built


def _build(doc: Doc) -> TokenTable:
    if not len(doc):
        return TokenTable([], [], [], [], [], [], [], numpy.zeros((0, len(COLUMNS)), dtype=numpy.uint64))
    array = doc.to_array(COLUMNS)
    orth, lower = array[:, 0].tolist(), array[:, 1].tolist()
    strings = doc.vocab.strings
    known = _STRINGS
    # Look each new string up once; then map the hashes at C speed rather
    # than through a Python call per token.
    for h in set(orth).union(lower).difference(known):
        known[h] = strings[h]
    text_of = known.__getitem__

    starts = numpy.flatnonzero(array[:, 5] == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts[1:] + [len(doc)]
    return TokenTable(
        text=list(map(text_of, orth)),
        lower=list(map(text_of, lower)),
        idx=array[:, 2].tolist(),
        is_alpha=array[:, 3].astype(bool).tolist(),
        is_space=array[:, 4].astype(bool).tolist(),
        sentences=list(zip(starts, bounds)),
        words=numpy.flatnonzero(array[:, 4] == 0).tolist(),
        array=array,
    )
