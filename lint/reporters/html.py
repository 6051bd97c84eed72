"""``--format html``: one self-contained page for editors.

Each article's source is shown with every finding highlighted where it is,
coloured by category; hovering shows the message, and clicking (or Enter on
a focused highlight) opens the details with the suggestion. A summary per
category and per file heads the page, and check boxes filter by category and
severity. No network: styles and script are inline, and every piece of the
article is HTML-escaped, so an article's own markup cannot run.
"""

from __future__ import annotations

import html
from collections import Counter
from itertools import groupby
from typing import TextIO

from lint.rules import CATEGORIES, Severity

COLOURS = {"spelling": "#ffd6d6", "grammar": "#ffe7b3", "terminology": "#d7ecff", "claims": "#e6d9ff", "style": "#e4e4e4"}

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
fieldset{display:inline-block;margin:.3rem 1rem .3rem 0;border:1px solid #ccc}
pre.source{white-space:pre-wrap;word-wrap:break-word;background:#fafafa;border:1px solid #ddd;padding:1rem;font:15px/1.6 ui-monospace,monospace}
mark{border-radius:3px;padding:0 1px;cursor:pointer;outline-offset:1px}
mark.error{box-shadow:inset 0 -2px #c00}mark.warning{box-shadow:inset 0 -2px #c80}mark.info{box-shadow:inset 0 -2px #06c}
mark:focus{outline:2px solid #000}
.hidden-category,.hidden-severity{background:none!important;box-shadow:none!important;cursor:text}
#details{position:sticky;bottom:0;background:#fff;border-top:2px solid #333;padding:.5rem 1rem;min-height:2.5rem}
.legend span{display:inline-block;padding:0 .4rem;margin-right:.4rem;border-radius:3px}
"""

SCRIPT = """
const details=document.getElementById('details');
function show(m){details.textContent='';const d=m.dataset;
 const head=document.createElement('strong');head.textContent=d.rule+' ('+d.severity+') line '+d.line+': ';
 details.append(head,d.message);if(d.suggestion){const s=document.createElement('div');
 s.textContent='Suggestion: '+d.suggestion;details.append(s);}}
document.querySelectorAll('mark').forEach(m=>{m.addEventListener('click',()=>show(m));
 m.addEventListener('keydown',e=>{if(e.key==='Enter'||e.key===' '){e.preventDefault();show(m);}});});
function filter(kind){document.querySelectorAll('input[data-'+kind+']').forEach(box=>{
 const value=box.dataset[kind];document.querySelectorAll('mark[data-'+kind+'="'+value+'"]').forEach(m=>{
  m.classList.toggle('hidden-'+kind,!box.checked);m.tabIndex=box.checked?0:-1;});});}
document.querySelectorAll('input[data-category]').forEach(b=>b.addEventListener('change',()=>filter('category')));
document.querySelectorAll('input[data-severity]').forEach(b=>b.addEventListener('change',()=>filter('severity')));
"""


def _source(path: str, sources: dict) -> str:
    if path in sources:
        return sources[path]
    from lint.files import read

    try:
        return read(path, 10 * 1024 * 1024)
    except Exception:
        return ""


def _highlighted(source: str, findings) -> str:
    """The source, escaped, with non-overlapping findings marked."""
    out, cursor = [], 0
    for f in sorted(findings, key=lambda f: (f.location.start_offset, -f.location.end_offset)):
        start, end = f.location.start_offset, max(f.location.end_offset, f.location.start_offset + 1)
        if start < cursor or f.rule.scope == "article":
            continue
        out.append(html.escape(source[cursor:start]))
        severity = f.effective_severity.label
        attributes = {
            "class": severity, "tabindex": "0", "role": "button",
            "style": f"background:{COLOURS.get(f.category, '#eee')}",
            "title": f"{f.rule.id}: {f.message}",
            "aria-label": f"{f.rule.id}: {f.message}",
            "data-rule": f.rule.id, "data-category": f.category, "data-severity": severity,
            "data-line": str(f.location.line), "data-message": f.message,
            "data-suggestion": " | ".join(f.suggestions[:3]),
        }
        rendered = " ".join(f'{name}="{html.escape(value, quote=True)}"' for name, value in attributes.items())
        out.append(f"<mark {rendered}>{html.escape(source[start:end])}</mark>")
        cursor = end
    out.append(html.escape(source[cursor:]))
    return "".join(out)


def render(run, out: TextIO, options) -> None:
    findings = run.findings
    by_category = Counter(f.category for f in findings)
    by_severity = Counter(f.effective_severity.label for f in findings)
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">",
        f"<title>healthlint report</title><style>{STYLE}</style></head><body>",
        f"<h1>healthlint report</h1><p>{len(findings)} finding{'s' if len(findings) != 1 else ''} in "
        f"{run.files} file{'s' if run.files != 1 else ''}, {run.words:,} words "
        f"(healthlint {html.escape(options.tool_version)}).</p>",
        "<div class=\"legend\">" + "".join(
            f"<span style=\"background:{COLOURS[c]}\">{c}: {by_category.get(c, 0)}</span>" for c in CATEGORIES) + "</div>",
        "<form aria-label=\"Filters\"><fieldset><legend>Category</legend>" + "".join(
            f"<label><input type=\"checkbox\" checked data-category=\"{c}\"> {c}</label> " for c in CATEGORIES)
        + "</fieldset><fieldset><legend>Severity</legend>" + "".join(
            f"<label><input type=\"checkbox\" checked data-severity=\"{s.label}\"> {s.label} "
            f"({by_severity.get(s.label, 0)})</label> " for s in sorted(Severity, reverse=True))
        + "</fieldset></form>",
        "<table><tr><th>file</th><th>findings</th>" + "".join(f"<th>{c}</th>" for c in CATEGORIES) + "</tr>",
    ]
    grouped = {path: list(group) for path, group in groupby(findings, key=lambda f: f.path)}
    for number, (path, items) in enumerate(grouped.items()):
        counts = Counter(f.category for f in items)
        parts.append(f"<tr><td><a href=\"#file-{number}\">{html.escape(path)}</a></td>"
                     f"<td>{len(items)}</td>" + "".join(f"<td>{counts.get(c, 0)}</td>" for c in CATEGORIES) + "</tr>")
    parts.append("</table>")
    for number, (path, items) in enumerate(grouped.items()):
        anchor = f"file-{number}"
        parts.append(f"<h2 id=\"{anchor}\">{html.escape(path)}</h2>")
        article = [f for f in items if f.rule.scope == "article"]
        if article:
            parts.append("<ul>" + "".join(
                f"<li><strong>{html.escape(f.rule.id)}</strong>: {html.escape(f.message)}</li>" for f in article) + "</ul>")
        parts.append(f"<pre class=\"source\">{_highlighted(_source(path, run.sources), items)}</pre>")
    for path, message in run.errors:
        parts.append(f"<p role=\"alert\">Could not check {html.escape(path)}: {html.escape(message)}</p>")
    parts.append(f"<div id=\"details\" aria-live=\"polite\">Click or focus a highlight for details.</div>"
                 f"<script>{SCRIPT}</script></body></html>\n")
    out.write("".join(parts))
