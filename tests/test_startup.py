"""Start-up shortcuts keep what they skip reachable."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_spacy_is_imported_without_its_command_line_which_stays_importable():
    result = _run(
        "import sys\n"
        "from lint import spacy_import\n"
        "spacy_import.install()\n"
        "import spacy\n"
        "assert 'spacy.cli' not in sys.modules and 'typer' not in sys.modules\n"
        "assert not any(isinstance(f, spacy_import._Finder) for f in sys.meta_path)\n"
        "assert spacy.__loader__ is spacy.__spec__.loader and not isinstance(spacy.__loader__, spacy_import._Loader)\n"
        "import spacy.cli\n"
        "from spacy.cli.info import info\n"
        "assert callable(spacy.cli.download) and callable(info) and callable(spacy.info)\n"
        "assert spacy.blank('en')('a test').text == 'a test'\n")
    assert result.returncode == 0, result.stderr


def test_spacy_is_imported_the_ordinary_way_when_the_stand_in_falls_short():
    result = _run(
        "import sys\n"
        "from lint import spacy_import\n"
        "spacy_import.STAND_IN_INFO.clear()\n"
        "spacy_import.install()\n"
        "import spacy\n"
        "assert 'spacy.cli' in sys.modules and spacy.info is sys.modules['spacy.cli.info'].info\n"
        "assert spacy.blank('en')('a test').text == 'a test'\n")
    assert result.returncode == 0, result.stderr
