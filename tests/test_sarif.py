import json

import pytest

from lint.cli import main
from tests.conftest import SHARED

SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


@pytest.mark.skipif(not SCHEMA.exists(), reason=f"the SARIF schema is not at {SCHEMA} (../shared absent)")
def test_sarif_validates_against_the_official_schema(capsys, write):
    import jsonschema

    good = write("a.md", "# Rest\n\nTake the the tablets.\n")
    bad = write("b.txt", b"\xff\xfe\x00")
    assert main(["check", good, bad, "--format", "sarif"]) == 2
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, json.loads(SCHEMA.read_text()))
    run = report["runs"][0]
    [result] = run["results"]
    assert result["ruleId"] == "grammar/repeated-word" and result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 6, "endLine": 3, "endColumn": 13}
    assert result["partialFingerprints"]["healthlint/v1"]
    rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == "grammar/repeated-word" and "Why it matters" in rule["help"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is False
