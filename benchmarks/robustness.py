"""Do the findings survive the ways real files differ from ours? Rewrites
articles nobody here wrote (../shared/devset and benchmarks/blind) as the
web and editors deliver them, and compares the findings with the originals'.

    .venv/bin/python benchmarks/robustness.py [TRANSFORM ...]

Transforms: crlf (Windows line ends), bom (a UTF-8 byte-order mark), wrap
(Markdown and text paragraphs hard-wrapped at 72 columns), curly and
straight (apostrophes and quotes), trailing (spaces at line ends), tabs
(indentation), soft-hyphen (U+00AD inside long words, as CMS exports leave
them), nbsp (every fifth space a no-break space), html (each Markdown article
rendered into a page with a cookie banner, site menu, breadcrumb, share
links, related-article list, newsletter box and footer), txt (Markdown
markup stripped to plain text).

A finding is compared by file stem, rule and message, with "(on line N)"
taken out, so moving text between lines is not a change. Every transform
should print "lost 0, new 0"; what it prints otherwise is a class of input
the document layer reads differently.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "devset" / "articles", ROOT.parent / "shared" / "devset" / "clean",
           ROOT / "benchmarks" / "blind" / "articles", ROOT / "benchmarks" / "blind" / "clean"]
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)

PAGE_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Health hub</title></head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience on our website. By continuing to browse,
you agree to our use of cookies. <button>Accept all</button> <button>Manage preferences</button></p></div>
<header><a class="logo" href="/">Example Health</a><p class="tagline">Everyday health information</p>
<form><input type="search" placeholder="Search conditions"><button>Search</button></form></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/conditions">Conditions</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/book">Book now</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/conditions">Conditions A-Z</a> &gt; <span>Article</span></div>
<p class="meta">Last reviewed: 3 March 2026 &middot; Next review due: March 2029 &middot; 6 min read</p>
<main><article>
"""
PAGE_TAIL = """</article></main>
<div class="share">Share this page: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Print</a></div>
<aside><h3>Related articles</h3><ul><li><a href="/a">Living well with a long-term condition</a></li>
<li><a href="/b">How to get the most from your appointment</a></li></ul></aside>
<div class="newsletter"><h3>Sign up to our newsletter</h3><p>Get health news and tips in your inbox every month.
You can unsubscribe at any time.</p><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div>
<footer><p>&copy; 2026 Example Health Ltd. All rights reserved. Registered in England and Wales, company number 01234567.</p>
<p>This information does not replace advice from a health professional.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact us</a></p></footer>
</body></html>
"""


def _wrap(text: str, suffix: str) -> str:
    if suffix not in (".md", ".txt"):
        return text
    blocks = []
    for block in text.split("\n\n"):
        plain = "\n" not in block and len(block) > 80 and not re.match(r"\s*([#>|*+-]|\d+\.|<|---)", block)
        blocks.append("\n".join(textwrap.wrap(block, 72, break_on_hyphens=False, break_long_words=False))
                      if plain else block)
    return "\n\n".join(blocks)


def _soft_hyphens(text: str) -> str:
    # Every seventh long word, the same ones on every run.
    count = [0]

    def hyphenate(match):
        count[0] += 1
        return match.group(1) + "\u00ad" + match.group(2) if count[0] % 7 == 0 else match.group(0)
    return re.sub(r"\b([a-z]{4})([a-z]{5,})", hyphenate, text)


def _nbsp(text: str) -> str:
    count = [0]

    def swap(match):
        count[0] += 1
        return "\u00a0" if count[0] % 5 == 0 else " "
    return re.sub(r"(?<=\w) (?=\w)", swap, text)


def _front_matter_as_text(text: str) -> str:
    """The front matter's title and description as the article's opening
    heading and paragraph, which is where a page or a text file puts them."""
    match = FRONT_MATTER.match(text)
    if not match:
        return text
    fields = dict(re.findall(r"^(title|description):\s*['\"]?(.*?)['\"]?\s*$", match.group(), re.M))
    opening = "".join(f"{prefix}{fields[key]}\n\n" for key, prefix in (("title", "# "), ("description", ""))
                      if fields.get(key))
    return opening + text[match.end():]


def _html(text: str, suffix: str) -> tuple[str, str]:
    if suffix != ".md":
        return text, suffix
    body = MarkdownIt("commonmark").enable("table").render(_front_matter_as_text(text))
    return PAGE_HEAD + body + PAGE_TAIL, ".html"


def _plain(text: str, suffix: str) -> tuple[str, str]:
    if suffix != ".md":
        return text, suffix
    text = _front_matter_as_text(text)
    text = re.sub(r"^#+\s*", "", text, flags=re.M)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)\*(.+?)\*", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", text)
    return text, ".txt"


TRANSFORMS = {
    "crlf": lambda t, s: (t.replace("\n", "\r\n"), s),
    "bom": lambda t, s: ("\ufeff" + t, s),
    "wrap": lambda t, s: (_wrap(t, s), s),
    "curly": lambda t, s: (re.sub(r"(\w)'(\w)", "\\1\u2019\\2", t), s),
    "straight": lambda t, s: (t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
                              .replace("\u201d", '"'), s),
    "trailing": lambda t, s: (t.replace(".\n", ". \n") if s == ".md" else t.replace("\n", "  \n"), s),
    "tabs": lambda t, s: (t.replace("\n    ", "\n\t"), s),
    "soft-hyphen": lambda t, s: (_soft_hyphens(t), s),
    "nbsp": lambda t, s: (_nbsp(t), s),
    "html": _html,
    "txt": _plain,
}


def findings(directories: list[Path]) -> Counter:
    command = [sys.executable, "-m", "lint", "check", "--format", "json", "--fail-on", "never", "--no-cache",
               *map(str, directories)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 1):
        sys.exit(done.stderr)
    return Counter((Path(f["path"]).stem, f["rule"], re.sub(r"\s*\(on line \d+\)", "", f["message"])
                    .replace("\u00ad", "").replace("\u2019", "'"))
                   for f in json.loads(done.stdout)["findings"])


def main() -> int:
    names = sys.argv[1:] or list(TRANSFORMS)
    unknown = [name for name in names if name not in TRANSFORMS]
    if unknown:
        print(f"unknown transform(s): {', '.join(unknown)}; choose from {', '.join(TRANSFORMS)}", file=sys.stderr)
        return 2
    sources = [source for source in SOURCES if source.is_dir()]
    if not sources:
        print("needs ../shared/devset or benchmarks/blind", file=sys.stderr)
        return 2
    original = findings(sources)
    print(f"original: {sum(original.values())} findings in {', '.join(str(s.relative_to(ROOT.parent)) for s in sources)}")
    changed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            directories = []
            for index, source in enumerate(sources):
                target = Path(scratch, name, str(index))
                target.mkdir(parents=True)
                for path in sorted(source.iterdir()):
                    text = path.read_text(encoding="utf-8")
                    text, suffix = TRANSFORMS[name](text, path.suffix)
                    (target / (path.stem + suffix)).write_text(text, encoding="utf-8", newline="")
                directories.append(target)
            got = findings(directories)
            lost, new = original - got, got - original
            changed += bool(lost or new)
            print(f"{name:<12} lost {sum(lost.values())}, new {sum(new.values())}")
            for key in sorted(lost):
                print("    -", *key)
            for key in sorted(new):
                print("    +", *key)
            shutil.rmtree(Path(scratch, name))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
