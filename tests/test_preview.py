"""The preview tier: rules not yet precise enough on real text are off by
default, on with --preview (or `preview = true`), or when named by full id."""

from __future__ import annotations

import json

from click.testing import CliRunner

from lint.checks import all_rules
from lint.cli import cli
from lint.config import Config, ConfigError, parse
from lint.engine import Linter
from lint.explain import judged_precision
from lint.rules import Rule, RuleSelection, Severity

import pytest

PREVIEW = Rule(id="grammar/example-preview", severity=Severity.WARNING, summary="An example",
               explanation="What it does: x\n\nWhy it matters: y", preview="Judged 0.5 on news (n=15).")
STABLE = Rule(id="grammar/example-stable", severity=Severity.WARNING, summary="An example",
              explanation="What it does: x\n\nWhy it matters: y")


def test_preview_rule_is_off_by_default_and_with_its_category():
    assert RuleSelection().filter([PREVIEW, STABLE]) == [STABLE]
    assert RuleSelection(select=("grammar",)).filter([PREVIEW, STABLE]) == [STABLE]


def test_preview_mode_or_the_full_id_turns_it_on():
    assert RuleSelection(preview=True).filter([PREVIEW, STABLE]) == [PREVIEW, STABLE]
    assert RuleSelection(select=("grammar/example-preview",)).filter([PREVIEW, STABLE]) == [PREVIEW]
    assert RuleSelection(preview=True, ignore=("example-preview",)).filter([PREVIEW, STABLE]) == [STABLE]


def test_config_key_preview():
    assert parse({"preview": True}, "x.toml", ".").preview is True
    with pytest.raises(ConfigError, match="`preview` must be true or false"):
        parse({"preview": "yes"}, "x.toml", ".")


def test_every_preview_rule_says_why_and_is_off_by_default():
    enabled = {r.id for r in Linter(Config()).rules}
    for rule in all_rules():
        if rule.is_preview:
            assert len(rule.preview.strip()) > 20, rule.id
            assert rule.id not in enabled
        else:
            assert rule.id in enabled
    assert {r.id for r in Linter(Config(preview=True)).rules} == {r.id for r in all_rules()}


def test_rules_listing_shows_tier_and_judged_precision():
    result = CliRunner().invoke(cli, ["rules"])
    assert result.exit_code == 0
    header = result.output.splitlines()[0].split()
    assert header[:6] == ["RULE", "SEVERITY", "FIX", "TIER", "PRECISION", "SUMMARY"]
    rows = json.loads(CliRunner().invoke(cli, ["rules", "--format", "json"]).output)
    table = judged_precision()
    for row in rows:
        assert row["preview"] == bool(row["preview_reason"])
        assert row["judged_precision"] == table.get(row["id"])


def test_judged_precision_table_is_consistent():
    ids = {r.id for r in all_rules()}
    for rule_id, row in judged_precision().items():
        assert rule_id in ids, f"precision recorded for unknown rule {rule_id}"
        assert row["tp"] + row["fp"] + row["unsure"] == row["judged"]
        if row["tp"] + row["fp"] == 0:
            assert row["precision"] is None
        else:
            # Recorded to two decimals: 7/8 = 0.875 is written 0.88.
            assert row["precision"] == pytest.approx(row["tp"] / (row["tp"] + row["fp"]), abs=0.005 + 1e-9)
