"""Write docs/rules.md from the rule registry (``healthlint explain`` for all).

Run after adding or changing a rule: ``python tools/gen_rule_docs.py``.
tests/test_rule_docs.py fails while the page is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def render() -> str:
    from lint.checks import all_rules

    rules = all_rules()
    out = [
        "# Rules",
        "",
        "Generated from the rule registry by `tools/gen_rule_docs.py`; `healthlint explain RULE` prints the same.",
        "",
        "| rule | severity | fix | summary |",
        "|---|---|---|---|",
    ]
    for r in rules:
        anchor = r.id.replace("/", "")
        out.append(f"| [`{r.id}`](#{anchor}) | {r.severity.label} | {r.fix.value if r.fix else '-'} | {r.summary} |")
    for r in rules:
        out += ["", f"## {r.id}", "", f"{r.summary}. Default severity: **{r.severity.label}**; "
                f"fix: **{r.fix.value if r.fix else 'none'}**.", ""]
        out += [paragraph.strip() for paragraph in r.explanation.strip().split("\n\n") for paragraph in (paragraph, "")]
        if r.bad:
            out += ["Example:", "", "```text", *[line for e in r.bad for line in e.splitlines()], "```", ""]
        if r.good:
            out += ["Use instead:", "", "```text", *[line for e in r.good for line in e.splitlines()], "```", ""]
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    DOCS.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {DOCS}\n")
