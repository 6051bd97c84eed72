"""Inline suppression: ``<!-- healthlint-disable RULE, RULE -->`` …
``<!-- healthlint-enable -->`` and ``<!-- healthlint-disable-next-line RULE -->``.

A directive that suppresses nothing is itself reported, as ruff's RUF100
does, so stale suppressions do not pile up.
"""

from __future__ import annotations

from dataclasses import dataclass

from lint.documents import Directive, Document
from lint.findings import Finding, Location
from lint.rules import Rule, Severity, matches

UNUSED_SUPPRESSION = Rule(
    id="style/unused-suppression",
    severity=Severity.INFO,
    summary="A healthlint-disable directive that suppresses nothing",
    explanation=(
        "What it does: reports an inline `healthlint-disable` or "
        "`healthlint-disable-next-line` comment that did not silence any finding.\n\n"
        "Why it matters: a stale suppression hides future problems in that passage "
        "and tells the next editor something that is no longer true. Remove it, or "
        "name the rule it was meant for.\n\n"
        "Known problems: a directive for a rule that is not selected in this run "
        "counts as unused."
    ),
    bad=("<!-- healthlint-disable-next-line claims -->\nThe weather was pleasant.",),
    good=("The weather was pleasant.",),
    examples_need_article=True,
)
RULES = (UNUSED_SUPPRESSION,)


@dataclass
class _Region:
    directive: Directive
    first_line: int
    last_line: float
    selectors: set[str]
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        loc = finding.location
        if loc is None or not (self.first_line <= loc.line <= self.last_line):
            return False
        return not self.selectors or any(matches(finding.rule.id, s) for s in self.selectors)


def _regions(document: Document) -> list[_Region]:
    regions: list[_Region] = []
    open_regions: list[_Region] = []
    source_map = document.source_map
    total_lines = document.source.count("\n") + 1
    for directive in document.directives:
        if directive.kind == "disable":
            region = _Region(directive, directive.line, float("inf"), set(directive.rules))
            regions.append(region)
            open_regions.append(region)
        elif directive.kind == "enable":
            for region in list(open_regions):
                if not directive.rules:
                    region.last_line = directive.line
                    open_regions.remove(region)
                    continue
                remaining = region.selectors - set(directive.rules)
                if region.selectors and not remaining:
                    region.last_line = directive.line
                    open_regions.remove(region)
        else:
            line = directive.end_line + 1
            while line <= total_lines and not source_map.line_text(line).strip():
                line += 1
            regions.append(_Region(directive, line, line, set(directive.rules)))
    return regions


def apply(findings: list[Finding], document: Document, report_unused: bool) -> list[Finding]:
    if not document.directives:
        return findings
    regions = _regions(document)
    kept = []
    for finding in findings:
        covering = [r for r in regions if r.covers(finding)]
        for region in covering:
            region.used = True
        if not covering:
            kept.append(finding)
    if report_unused:
        for region in regions:
            if region.used:
                continue
            d = region.directive
            what = ", ".join(d.rules) if d.rules else "all rules"
            kept.append(Finding(
                rule=UNUSED_SUPPRESSION,
                span=(-1, -1),
                message=f"Unused suppression: `healthlint-{d.kind}` for {what} silenced no finding",
                suggestions=("Remove the directive",),
                location=Location(d.line, d.column, d.end_line, d.end_column, d.start_offset, d.end_offset),
                text=document.source[d.start_offset:d.end_offset],
            ))
    return kept
