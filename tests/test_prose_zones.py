"""Whose words are these: zones that are not the article's own prose
(lint/prose.py, lint/data/prose_zones.yaml) and the findings they drop.

The articles here were written for these tests."""

from __future__ import annotations

import re

import pytest

from lint import checks, engine, nlp, prose
from lint.documents import text as text_loader
from lint.engine import lint_text
from lint.rules import matches

# A press release: wire prefix, a quotation over two paragraphs (the first
# left open, as news style continues a quote), a contact line.
RELEASE = """\
Newswise — A new program helps older adults stay active, according to a report from the Example Center for Healthy Aging.

The program organized weekly walks in 12 towns. Participants kept a diary of their steps, and the organizers analyzed the diaries over one year.

“We wanted to see whether people would keep going once the novelty wore off. Most of them did, and they told us they felt stronger.

“The walks are the number one reason our members stay healthy, and 80 percent of them sleep better because of them. Walking cures insomnia. I realise that sounds bold, but we have seen it recieved well.”

Organizers hope to extend the program to more towns next year.

Contact: Jane Roe, Example Center for Healthy Aging. Tel: +1 555 0100. Email: press@example.org
"""

# A news story: byline, dateline, straight quotes with attributions, a
# credentials line, handles, a URL, and the trailer of a release.
STORY = """\
Walking after meals may help blood sugar

By Maria Okafor

BOSTON (Reuters) - A short walk after dinner lowered blood sugar in a small trial of 40 adults, researchers reported on Monday.

"We did not expect the effect to be so large," said lead author Dr. Samuel Petrakis, MD, PhD, of the Example Institute of Metabolism.

Some participants reported sore feet, and a report titled "Walking And Sugar Control" is due in May. Participants called it "a "gentle" habit".

Follow the team at @ExampleMetab or #WalkAfterMeals, and read the paper at https://www.example.org/walking-study.

###

About the Example Institute of Metabolism

The Example Institute of Metabolism is the leading center for diabetes research in the region.
"""


def zones_of(source: str, path: str = "a.txt") -> list[tuple[str, str]]:
    document = text_loader.load(path, source)
    doc = next(iter(nlp.process([document])))
    return [(zone, document.text[start:end]) for start, end, zone in doc._.hl_zones]


def found(findings) -> list[tuple[str, int, int, str]]:
    return [(f.rule.id, f.location.line, f.location.column, f.text) for f in findings]


# -- the data file ----------------------------------------------------------

@pytest.mark.parametrize("name", sorted(prose.patterns()))
def test_pattern_examples(name):
    pattern = prose.patterns()[name]
    assert pattern.matches, f"{name} has no examples"
    for example in pattern.matches:
        assert pattern.find(example), f"{name} should match {example!r}"
    for example in pattern.rejects:
        assert not pattern.find(example), f"{name} should not match {example!r}"


def test_policy_names_known_zones_and_real_rules():
    rules = [r.id for r in checks.all_rules()]
    for zone, selectors in prose.policy().items():
        assert zone in prose.ZONES
        for selector in selectors:
            assert any(matches(rule, selector) for rule in rules), f"{zone}: {selector} selects no rule"


# -- finding zones ----------------------------------------------------------

def test_zones_of_a_press_release():
    assert zones_of(RELEASE) == [
        ("boilerplate", "Newswise — "),
        ("name", "Example Center for Healthy Aging"),
        ("quotation", "“We wanted to see whether people would keep going once the novelty wore off. "
                      "Most of them did, and they told us they felt stronger."),
        ("quotation", "“The walks are the number one reason our members stay healthy, and 80 percent of "
                      "them sleep better because of them. Walking cures insomnia. I realise that sounds "
                      "bold, but we have seen it recieved well.”"),
        ("boilerplate", "Contact: Jane Roe, Example Center for Healthy Aging. Tel: +1 555 0100. "
                        "Email: press@example.org"),
        ("name", "Example Center for Healthy Aging"),
        ("email", "press@example.org"),
        ("url", "example.org"),
    ]


def test_zones_of_a_news_story():
    zones = zones_of(STORY)
    assert ("byline", "By Maria Okafor") in zones
    assert ("dateline", "BOSTON (Reuters) - ") in zones
    assert ("quotation", '"We did not expect the effect to be so large,"') in zones
    assert ("attribution", " said lead author Dr. Samuel Petrakis, MD, PhD, of the Example Institute "
                           "of Metabolism.") in zones
    assert ("byline", "Dr. Samuel Petrakis, MD, PhD") in zones
    assert ("title", '"Walking And Sugar Control"') in zones
    assert ("handle", "@ExampleMetab") in zones
    assert ("handle", "#WalkAfterMeals") in zones
    assert ("url", "https://www.example.org/walking-study") in zones
    trailer = [text for zone, text in zones if zone == "boilerplate"]
    assert trailer == [STORY[STORY.index("###"):].rstrip("\n")]


@pytest.mark.parametrize("text, expected", [
    # A short quoted phrase is a mention; a title-case one a title.
    ('Some call it "brain fog" after the illness.', [("mention", '"brain fog"')]),
    ('The book "The Quiet Gut" came out in May.', [("title", '"The Quiet Gut"')]),
    # A short quotation followed by who said it is speech, not a mention.
    ('"It works," she said.', [("quotation", '"It works,"'), ("attribution", " she said.")]),
    # An inch mark opens nothing.
    ('She is 5\'4" tall and walks 3 miles a day.', []),
    # British single quotation marks; apostrophes are not quotation marks.
    ("Doctors' advice was clear: ‘Rest for two weeks and then walk every day,’ said Dr Lee.",
     [("quotation", "‘Rest for two weeks and then walk every day,’"), ("attribution", " said Dr Lee."),
      ("person", "Lee")]),
    # A lead-in names the speaker before the quotation.
    ('Dr. Lee said: "Rest for two weeks and then walk every day."',
     [("attribution", "Dr. Lee said: "), ("person", "Lee"),
      ("quotation", '"Rest for two weeks and then walk every day."')]),
    # A scraped list of places.
    ("Austria, Belgium, Canada, Denmark, France, Germany and Italy", [
        ("list", "Austria, Belgium, Canada, Denmark, France, Germany and Italy")]),
])
def test_zone_kinds(text, expected):
    assert zones_of(text + "\n") == expected


def test_a_quotation_left_open_runs_to_its_paragraph_end_only():
    zones = zones_of("“One quote that goes on.\n\nNot a quote.\n")
    assert zones == [("quotation", "“One quote that goes on.")]


def test_zones_at_and_in_zone():
    zones = ((0, 10, "quotation"), (2, 5, "url"), (20, 30, "byline"))
    assert prose.zones_at(zones, 3, 4) == ["quotation", "url"]
    assert prose.zones_at(zones, 8, 12) == []
    assert prose.zones_at(zones, -1, 2) == []
    assert prose.dropped(zones, "spelling/unknown-word", 21, 25) == "byline"
    assert prose.dropped(zones, "spelling/unknown-word", 1, 3) is None


# -- what the engine drops --------------------------------------------------

class _StandIn:
    """A check that reports given rules at given words, so the filter is
    tested apart from what the real checks find today."""

    __name__ = "lint.checks.stand_in"

    def __init__(self, targets):
        self.targets = targets  # (rule id, word, which occurrence)
        self.RULES = tuple({r.id: r for r in checks.all_rules() if r.id in {t[0] for t in targets}}.values())

    def check(self, doc, ctx):
        from lint.findings import Finding

        rules = {r.id: r for r in checks.all_rules()}
        text = doc._.hl_text
        for rule_id, word, nth in self.targets:
            at = -1
            for _ in range(nth + 1):
                at = text.index(word, at + 1)
            yield Finding(rule=rules[rule_id], span=(at, at + len(word)), message=f"stand-in: {word}")


def lint_with(targets, source, path, monkeypatch):
    linter = engine.Linter()
    monkeypatch.setattr(engine.Linter, "modules", [_StandIn(targets)])
    return found(linter.lint_source(path, source).findings)


RELEASE_TARGETS = [
    ("spelling/unknown-word", "Newswise", 0),          # wire prefix: dropped
    ("claims/unsourced-statistic", "number one", 0),   # in a quotation: dropped
    ("claims/unsupported-efficacy", "cures insomnia", 0),
    ("terminology/spelling-variant", "realise", 0),    # the speaker's spelling: dropped
    ("spelling/real-word", "sounds", 0),               # speech: dropped
    ("spelling/unknown-word", "recieved", 0),          # a typo in a quotation: kept
    ("spelling/word-boundary", "well", 0),             # orthography is ours: kept
    ("claims/unsupported-efficacy", "organized weekly walks", 0),  # our own prose: kept
    ("claims/promotional", "Jane Roe", 0),             # contact line: dropped
    ("spelling/unknown-word", "Tel", 0),
    ("terminology/inconsistent-variant", "Healthy Aging", 0),  # an organisation's name: dropped
    ("claims/no-sources", "Newswise", 0),              # about the article: never dropped
]


def test_release_findings_in_zones_are_dropped(monkeypatch):
    kept = lint_with(RELEASE_TARGETS, RELEASE, "release.txt", monkeypatch)
    assert kept == [
        ("claims/no-sources", 1, 1, "Newswise"),
        ("claims/unsupported-efficacy", 3, 13, "organized weekly walks"),
        ("spelling/unknown-word", 7, 189, "recieved"),
        ("spelling/word-boundary", 7, 198, "well"),
    ]


def test_with_zones_off_every_stand_in_finding_is_reported(monkeypatch):
    monkeypatch.setattr(engine, "_own_prose", lambda zones, findings: findings)
    assert len(lint_with(RELEASE_TARGETS, RELEASE, "release.txt", monkeypatch)) == len(RELEASE_TARGETS)


def test_markdown_quotes_and_links(monkeypatch):
    source = (
        "# Sleep and screens\n\n"
        "Screens late at night delay sleep in teenagers. \"Phones are the number one reason kids sleep "
        "badly,\" said Dr. Ana Ruiz, PhD. See [the guidance](https://example.org/sleep) or "
        "www.example.org/sleep for more.\n"
    )
    targets = [("claims/unsourced-statistic", "number one", 0), ("spelling/unknown-word", "Ruiz", 0),
               ("spelling/unknown-word", "example", 0), ("claims/unsupported-efficacy", "delay sleep", 0)]
    assert lint_with(targets, source, "sleep.md", monkeypatch) == [
        ("claims/unsupported-efficacy", 3, 23, "delay sleep")]


@pytest.mark.parametrize("text, expected", [
    ("Results appear in the Journal of Example Medicine today.", [("name", "Journal of Example Medicine")]),
    ("Funding came from the Juvenile Diabetes Research Foundation.",
     [("name", "Juvenile Diabetes Research Foundation")]),
    # A head noun alone is a plain word.
    ("She went to the hospital and the University.", []),
    # A doubled word before a name is a slip, not part of the name.
    ("It was published on Monday in the the Example Journal.", [("name", "Example Journal")]),
])
def test_names(text, expected):
    assert zones_of(text + "\n") == expected


def test_people_named_once_are_names_everywhere():
    text = ('"We saw fewer falls," said lead author Dr. Inga Haldorsen of Example University.\n\n'
            "Haldorsen added that the trial was small. Haldorsenia is a plant.\n")
    people = [t for zone, t in zones_of(text) if zone == "person"]
    # The whole name, the first name and the surname, at each whole-word
    # occurrence (not inside a longer word).
    assert people == ["Inga", "Inga Haldorsen", "Haldorsen", "Haldorsen"]


def test_a_name_learned_from_said():
    text = "Mara Quilliam said the results were early.\n\nQuilliam expects more data in May.\n"
    assert [t for zone, t in zones_of(text) if zone == "person"] == ["Mara", "Mara Quilliam", "Quilliam", "Quilliam"]


def test_a_scraped_menu_without_separators_is_a_list():
    menu = ("Select your country Albania Algeria Andorra Angola Argentina Armenia Austria "
            "Bahamas Bahrain Belarus Belgium Belize Benin Bhutan")
    assert zones_of(menu + "\n") == [("list", "Albania Algeria Andorra Angola Argentina Armenia Austria "
                                              "Bahamas Bahrain Belarus Belgium Belize Benin Bhutan")]


def test_surname_and_doubled_country_findings_are_dropped(monkeypatch):
    text = (
        "A trial of walking after meals lowered blood sugar, said Dr. Inga Haldorsen of Example University.\n\n"
        "Haldorsen added that the trial was small and that larger studies are needed.\n\n"
        "Countries Chad Chile China Colombia Comoros Congo Congo, Democratic Republic of Cook Islands Costa Rica\n\n"
        "The the results were shared at a meeting.\n"
    )
    kept = found(lint_text(text, "walk.txt"))
    monkeypatch.setattr(engine, "_own_prose", lambda zones, findings: findings)
    every = found(lint_text(text, "walk.txt"))
    dropped = [f for f in every if f not in kept]
    # The surname is never an unknown word: the person zone covers it (and
    # the dictionary also takes a capitalised word the article repeats).
    assert not any(rule == "spelling/unknown-word" and text == "Haldorsen" for rule, *_, text in kept)
    # The doubled country in the menu is never reported (the menu is a list
    # zone, and the repeated-word check may also skip capitalised doubles).
    assert not any(text == "Congo Congo" for *_, text in kept)
    # A doubled word in the article's own sentence is still reported.
    assert ("grammar/repeated-word", 7, 1, "The the") in kept


def test_page_furniture():
    text = ("Screens and sleep\n\nEnlarge this image toggle caption Example Photo Example Photo\n\n"
            "Teenagers who use phones late sleep less, a survey found.\n\n"
            "Photo: Example Agency. " + "The rest of this long scraped block is the story itself, run together. " * 5 + "\n")
    zones = zones_of(text)
    assert ("boilerplate", "Enlarge this image toggle caption Example Photo Example Photo") in zones
    # In a long block only the notice itself is furniture.
    assert ("boilerplate", "Photo:") in zones


def test_italic_and_cited_titles():
    from lint import files

    def zones_in(path, source):
        document = files.loader_for(path)(path, source)
        doc = next(iter(nlp.process([document])))
        return [(zone, document.text[s:e]) for s, e, zone in doc._.hl_zones if zone == "title"]

    markdown = "The study, published in *Example Annals*, and the book *Walking Home Well* agree; *very* few disagree.\n"
    assert zones_in("a.md", markdown) == [("title", "Example Annals"), ("title", "Walking Home Well")]
    page = "<p>As <cite>The Quiet Gut</cite> argues, and <i>The Walking Cure</i> too, <em>most</em> people walk.</p>"
    assert zones_in("a.html", page) == [("title", "The Quiet Gut"), ("title", "The Walking Cure")]


def test_a_title_case_headline_is_not_a_list():
    headline = "The Agency Says This Example Device May Help People With Long Covid And Fatigue"
    assert zones_of(headline + "\n\nBody text.\n") == []


def test_span_and_token_zones():
    document = text_loader.load("a.txt", RELEASE)
    doc = next(iter(nlp.process([document])))
    token = next(t for t in doc if t.text == "realise")
    assert token._.hl_zones == ["quotation"]
    assert doc[0:1]._.hl_zones == ["boilerplate"]  # "Newswise"
    assert next(t for t in doc if t.text == "Organizers")._.hl_zones == []


def test_zone_lookups_stay_fast_on_a_huge_document():
    import time

    text = 'Dr. Jane Doe said: "Walk daily." ' * 20000 + "Example Foundation of " * 20000
    started = time.perf_counter()
    zones = prose.find_zones(text)
    for at in range(0, len(text), 1000):
        prose.zones_at(zones, at, at + 3)
    # Linear work: about a second here even on a loaded machine; a
    # quadratic pattern or look-up took minutes.
    assert time.perf_counter() - started < 20


REFERENCED_ARTICLE = """Eczema in children

Emollients are the first treatment most children need, and they should be used every day [1].

References:

Shaw TE, Currie GP, Simpson EL. Eczema prevalence in a randomised survey of children. J Invest Dermatol. 2011;131:67-73.

Smith A, Jones B. Daily moisturisers prevent flares in children with eczema: a trial. Br J Dermatol. 2019;180:1-9.

About the author: our pediatric nurse writes about skin color and moisturizers for families; her favorite topic is behavior, and she has written about it for many years in several magazines.
"""


def test_a_reference_list_is_cited_as_published_and_the_prose_after_it_is_checked():
    found = [(f.rule.id, f.location.line, f.text) for f in lint_text(REFERENCED_ARTICLE, "a.txt")]
    # Initials ("GP"), a British title ("randomised", "Moisturisers") and a
    # title's claim ("prevent flares") are the cited works', not the article's;
    # the section after the list is prose again and speaks American English.
    assert found == []
    aging = REFERENCED_ARTICLE.replace("every day", "every day, even on ageing skin")
    assert [(f.rule.id, f.location.line) for f in lint_text(aging, "a.txt")] == [("terminology/spelling-variant", 3)]


LEAFLET_WITH_FURTHER_INFORMATION = """# Medicines for low mood

Sertraline is a selective serotonin reuptake inhibitor (SSRI) [1].

## Further information

1. National Institute for Health and Care Excellence. Depression in adults (NG222). 2022.
2. British National Formulary (BNF). Monographs for sertraline, citalopram, escitalopram, fluoxetine, mirtazapine, venlafaxine and duloxetine.
3. Medicines and Healthcare products Regulatory Agency (MHRA). Drug Safety Update: citalopram and QT interval prolongation. 2011.

## Stopping

Do not stop suddenly: stopping can cause ADS. ADS can last for weeks, and ADS is worse after long use.
"""


def test_a_numbered_list_under_further_information_is_a_reference_list():
    # The second entry names no year, author or DOI: a list item there is
    # still a reference, so "QT" in the third one is the cited title's. The
    # section after the next heading is prose again.
    found = [(f.rule.id, f.location.line, f.text) for f in lint_text(LEAFLET_WITH_FURTHER_INFORMATION, "a.md")]
    assert found == [("terminology/undefined-acronym", 13, "ADS")]
    text = LEAFLET_WITH_FURTHER_INFORMATION
    blocks = [(m.start(1), m.end()) for m in re.finditer(r"(?:#+ )?([^\n]+)", text)]  # as the Markdown reader has them
    items = frozenset(start for start, _ in blocks if text[start].isdigit())
    headings = frozenset(start for start, _ in blocks if text[start - 2:start] == "# ")
    zones = [(text[s:e][:12], text[s:e][-5:]) for s, e, kind in prose.find_zones(
        text, blocks, headings=headings, list_items=items) if kind == "references"]
    assert zones == [("1. National ", "2011.")]


def test_a_press_release_goes_on_after_its_references():
    text = ("Study finds walking helps, researchers said.\n\nReferences:\n\n"
            "Doe J, Roe R. Walking and mood. J Health. 2020;1:2-3.\n\n"
            "The trial was funded by the Example Trust, which was set up in 2007 to support research into "
            "ageing, and which has funded many studies of exercise, diet and the brain over the years.\n")
    zones = [(text[s:e][:12], kind) for s, e, kind in prose.find_zones(
        text, [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)])
        if kind == "references"]
    assert zones == [("Doe J, Roe R", "references")]


CLINIC_PAGE = """<!doctype html>
<html><body>
<nav class="site"><ul><li><a href="/">Home</a></li><li><a href="/shop">Shop</a></li>
<li><a href="/book">Book now</a></li></ul></nav>
<div role="navigation"><a href="/">Home</a> | <a href="/offers">Offers</a> | <a href="/shop">Shop</a></div>
<main><h1>Ingrown toenails</h1>
<p>An ingrown toenail grows into the skin beside it. Our podiatrists remove the edge of the nail and
this permanently cures the problem.</p></main>
</body></html>
"""


def test_a_site_menu_is_page_furniture_and_article_findings_reach_the_title():
    found = [(f.rule.id, f.location.line, f.location.column, f.text) for f in lint_text(CLINIC_PAGE, "clinic.html")]
    # "Shop" and "Book now" in the menus promote nothing; the page's own claim
    # is still reported, and the article-level finding runs from the start of
    # the file to the end of its title (line 6), past the menus.
    assert not any(text in ("Shop", "Book now", "Offers") for *_, text in found)
    assert ("claims/unsupported-efficacy", 8, 18, "cures the problem") in found
    article = [(f.location.line, f.location.column, f.location.end_line, f.text[-16:])
               for f in lint_text(CLINIC_PAGE, "clinic.html") if f.rule.id == "claims/no-sources"]
    assert article == [(1, 1, 6, "Ingrown toenails")]


def test_a_menu_alone_promotes_nothing_in_the_article():
    page = CLINIC_PAGE.replace("Our podiatrists remove the edge of the nail and\nthis permanently cures the problem.",
                               "It is most common in the big toe.")
    assert [f.rule.id for f in lint_text(page, "clinic.html")] == []
