from tools.gen_rule_docs import DOCS, render


def test_rule_docs_page_is_current():
    assert DOCS.read_text(encoding="utf-8") == render(), "docs/rules.md is stale: run python tools/gen_rule_docs.py"
