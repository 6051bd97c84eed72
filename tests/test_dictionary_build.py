"""The dictionary build tools keep what they should from their sources."""

from __future__ import annotations

import zipfile

from tools import build_dictionary, build_substances


def test_substance_words_come_from_official_names_and_one_word_common_names(tmp_path):
    wheel = tmp_path / "unii.whl"
    rows = ["Name\tTYPE\tUNII\tDisplay Name",
            "INSULIN DETEMIR\tof\tX1\tINSULIN DETEMIR",
            "STRUVITE\tcn\tX2\tSTRUVITE",
            "SMITH'S GREEN SALVE\tcn\tX3\tSALVE",
            "ZELBORAX\tbn\tX4\tSOMETHING",
            "2-AMINOETHANOL\tsys\tX5\tETHANOLAMINE"]
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(build_substances.MEMBER, "\n".join(rows) + "\n")
    official, common = build_substances.read_names(wheel)
    assert official == {"insulin", "detemir"}
    assert common == {"struvite"}


def test_latin_plurals_are_kept_where_scowl_lists_them(tmp_path):
    for name in build_dictionary.SCOWL_PLURAL_LISTS:
        (tmp_path / name).write_text("tophi\nforamina\nbara\ncampi\n", encoding="utf-8")
    words = {"tophus", "foramen", "baron", "campus", "typhi"}
    assert build_dictionary.latin_plurals(tmp_path, words, medical_words=set()) == {"tophi", "foramina", "campi"}
