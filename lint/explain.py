"""Rule documentation, rendered from the rule objects themselves, so
``healthlint explain``, ``healthlint rules`` and SARIF help cannot drift."""

from __future__ import annotations

from lint.rules import Rule


def explain_text(rule: Rule) -> str:
    parts = [
        f"{rule.id}: {rule.summary}",
        f"Category: {rule.category}. Default severity: {rule.severity.label}. "
        f"Fix: {rule.fix.value if rule.fix else 'none (suggestions only)'}.",
        rule.explanation.strip(),
    ]
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
        "bad": list(rule.bad),
        "good": list(rule.good),
    }
