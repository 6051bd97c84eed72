"""Rule documentation, rendered from the rule objects themselves, so
``healthlint explain``, ``healthlint rules`` and SARIF help cannot drift."""

from __future__ import annotations

from functools import lru_cache

from lint.resources import read_text
from lint.rules import Rule


@lru_cache(maxsize=1)
def judged_precision() -> dict[str, dict]:
    """Per rule, the hand-judged precision on real health news, as
    ``benchmarks/realtext.py --write`` recorded it in the shipped table."""
    table = {}
    text = read_text("rule_precision.tsv")
    header = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        table[row["rule"]] = {
            "judged": int(row["judged"]), "tp": int(row["tp"]), "fp": int(row["fp"]),
            "unsure": int(row["unsure"]),
            "precision": None if row["precision"] == "-" else float(row["precision"]),
            "version": row["version"], "date": row["date"],
        }
    return table


def precision_label(rule_id: str) -> str:
    row = judged_precision().get(rule_id)
    if row is None or not row["judged"]:
        return "not judged"
    if row["precision"] is None:
        return f"- (n={row['judged']}, all ?)"
    return f"{row['precision']:.2f} (n={row['judged']})"


def explain_text(rule: Rule) -> str:
    parts = [
        f"{rule.id}: {rule.summary}",
        f"Category: {rule.category}. Default severity: {rule.severity.label}. "
        f"Fix: {rule.fix.value if rule.fix else 'none (suggestions only)'}. "
        f"Tier: {'preview (runs with --preview)' if rule.is_preview else 'default'}. "
        f"Judged precision on real news: {precision_label(rule.id)}.",
    ]
    if rule.is_preview:
        parts.append(f"Why it is in preview: {rule.preview.strip()}")
    parts.append(rule.explanation.strip())
    if rule.bad:
        parts.append("Example:\n" + "\n".join(f"    {line}" for e in rule.bad for line in e.splitlines()))
    if rule.good:
        parts.append("Use instead:\n" + "\n".join(f"    {line}" for e in rule.good for line in e.splitlines()))
    return "\n\n".join(parts) + "\n"


def explain_dict(rule: Rule) -> dict:
    return {
        "id": rule.id,
        "category": rule.category,
        "severity": rule.severity.label,
        "summary": rule.summary,
        "explanation": rule.explanation,
        "fix": rule.fix.value if rule.fix else None,
        "preview": rule.is_preview,
        "preview_reason": rule.preview or None,
        "judged_precision": judged_precision().get(rule.id),
        "bad": list(rule.bad),
        "good": list(rule.good),
    }
