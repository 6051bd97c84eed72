"""The ``healthlint`` command line.

Exit codes, as ruff: 0 no finding at or above ``--fail-on``; 1 findings;
2 usage, configuration or input error (other files are still reported).
Heavy modules (spaCy, the checks) are imported only by the commands that
need them, so ``--version`` and ``--help`` stay instant.
"""

from __future__ import annotations

import os
import sys

import click

from lint import __version__

# numpy's wheels bring OpenBLAS, which starts a thread per core when numpy
# is imported (spaCy imports it): 0.05 s of every start-up, and those
# threads spin on the cores the linter needs. Nothing here multiplies
# matrices, and --jobs runs processes, so one thread is all it needs. Only
# this process (and its workers) are affected, and a user's own setting wins.
if "numpy" not in sys.modules:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMAT_CHOICES = ("text", "json", "sarif", "github", "html")


def _split_selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(s.strip() for v in values for s in v.split(",") if s.strip())


def _use_color(no_color: bool, output: str | None) -> bool:
    if no_color or output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


class _Group(click.Group):
    def list_commands(self, ctx):
        return ["check", "rules", "explain", "baseline", "cache", "lsp"]


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="healthlint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint health articles for spelling, terminology and unsupported claims."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(FORMAT_CHOICES), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to FILE.")
@click.option("--select", multiple=True, help="Rules or categories to check (comma-separated; default all).")
@click.option("--ignore", multiple=True, help="Rules or categories to skip (comma-separated).")
@click.option("--preview", is_flag=True, help="Also run the preview rules (not yet precise enough on real text).")
@click.option("--fail-on", type=click.Choice(("error", "warning", "info", "never")), default=None,
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file to use.")
@click.option("--stdin", "use_stdin", is_flag=True, help="Read one article from standard input (or give - as the path).")
@click.option("--stdin-filename", default="stdin.md", show_default=True,
              help="Name (and so format) of the article read with --stdin.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary and errors (text format).")
@click.option("--no-color", is_flag=True, help="Never colour the output (NO_COLOR is honoured too).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: cores].")
@click.option("--no-cache", is_flag=True, help="Lint every file again; neither read nor write the cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Where to keep the cache [default: .healthlint_cache beside the config file, or here].")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--diff-base", metavar="REF", help="Report only findings on lines changed since the git revision REF.")
@click.option("--fix", "apply_fixes", is_flag=True, help="Apply safe fixes in place, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the fixes as a unified diff; change nothing.")
def check(paths, output_format, output, select, ignore, preview, fail_on, config_path, use_stdin, stdin_filename,
          quiet, no_color, jobs, no_cache, cache_dir, baseline_path, diff_base, apply_fixes, unsafe_fixes, show_diff) -> int:
    """Check articles (files or folders of .md, .markdown, .html, .htm, .txt)."""
    from lint.config import ConfigError, Config, discover, load_file
    from lint.rules import Severity, unknown_selectors

    if paths == ("-",):  # "healthlint check -", as ruff and Vale read standard input
        paths, use_stdin = (), True
    if not paths and not use_stdin:
        raise click.UsageError("give one or more PATHS, or --stdin (or -)")
    if (apply_fixes or show_diff) and use_stdin:
        raise click.UsageError("--fix and --diff work on files, not --stdin")
    try:
        if config_path:
            config = load_file(config_path)
        else:
            found = discover(paths[0] if paths else os.getcwd())
            config = load_file(found) if found else Config(root=os.getcwd())
    except ConfigError as error:
        click.echo(f"healthlint: configuration error: {error}", err=True)
        return EXIT_ERROR

    from lint import checks, spacy_import
    from lint.engine import pause_collector_for_startup

    spacy_import.install()
    pause_collector_for_startup()
    cache_folder, rules_saved = (None, False) if no_cache else _cache_folder(cache_dir, config)
    selected, ignored = _split_selectors(select), _split_selectors(ignore)
    every_rule = checks.all_rules()
    unknown = unknown_selectors(selected + ignored, every_rule)
    if unknown:
        click.echo(f"healthlint: unknown rule or category: {', '.join(unknown)} "
                   f"(see `healthlint rules`)", err=True)
        return EXIT_ERROR
    config = config.with_(
        select=selected or config.select,
        ignore=tuple(config.ignore) + ignored,
        fail_on=fail_on or config.fail_on,
        preview=preview or config.preview,
    )

    from lint.engine import Linter, default_jobs
    from lint.reporters import ReportOptions, reporter

    linter = Linter(config)
    stdin = (stdin_filename, sys.stdin.read()) if use_stdin else None
    run = _run_with_cache(linter, config, paths, jobs or default_jobs(), stdin, cache_folder, rules_saved)
    if stdin is not None:
        run.sources = {stdin_filename: stdin[1]}
    if baseline_path:
        from lint import baseline

        try:
            recorded = baseline.read(baseline_path)
            if recorded.warning:
                click.echo(f"healthlint: warning: {recorded.warning}", err=True)
            baseline.apply(run, recorded)
        except baseline.BaselineError as error:
            click.echo(f"healthlint: error: {error}", err=True)
            return EXIT_ERROR
    if diff_base:
        from lint import gitdiff

        try:
            gitdiff.apply(run, diff_base)
        except gitdiff.DiffBaseError as error:
            click.echo(f"healthlint: error: --diff-base {diff_base}: {error}", err=True)
            return EXIT_ERROR
    if show_diff:
        return _show_diff(run, unsafe_fixes)
    if apply_fixes and _apply_fixes(run, unsafe_fixes):
        run = _run_with_cache(linter, config, paths, jobs or default_jobs(), None, cache_folder, True)

    # Input problems go to stderr in every format, before the report, so the
    # report (stdout or --output) stays clean and the summary line stays last.
    for _, message in run.errors:
        click.echo(f"healthlint: error: {message}", err=True)
    for _, message in run.warnings:
        click.echo(f"healthlint: warning: {message}", err=True)

    options = ReportOptions(color=_use_color(no_color, output), quiet=quiet, tool_version=__version__)
    render = reporter(output_format).render
    if output:
        with open(output, "w", encoding="utf-8", newline="\n") as out:
            render(run, out, options)
    else:
        render(run, sys.stdout, options)
        sys.stdout.flush()

    if run.errors:
        return EXIT_ERROR
    if config.fail_on == "never":
        return EXIT_CLEAN
    threshold = Severity.parse(config.fail_on)
    return EXIT_FINDINGS if any(f.effective_severity >= threshold for f in run.findings) else EXIT_CLEAN


def _fixable_files(run, unsafe: bool):
    from lint.fixes import FixError, fix_file

    by_path: dict[str, list] = {}
    for finding in run.findings:
        by_path.setdefault(finding.path, []).append(finding)
    for path, findings in sorted(by_path.items()):
        try:
            fixed = fix_file(path, findings, unsafe)
        except (FixError, OSError, UnicodeError) as error:
            click.echo(f"healthlint: error: {error}", err=True)
            continue
        if fixed is not None:
            yield fixed


def _show_diff(run, unsafe: bool) -> int:
    from lint.fixes import unified_diff

    changed = 0
    for fixed in _fixable_files(run, unsafe):
        sys.stdout.write(unified_diff(fixed))
        changed += 1
    click.echo(f"{changed} file{'s' if changed != 1 else ''} would be changed", err=True)
    return EXIT_FINDINGS if changed else EXIT_CLEAN


def _apply_fixes(run, unsafe: bool) -> int:
    from lint.fixes import write_atomically

    total = 0
    for fixed in _fixable_files(run, unsafe):
        try:
            write_atomically(fixed)
        except OSError as error:
            click.echo(f"healthlint: error: {fixed.path}: could not write the fixes ({error}); file unchanged", err=True)
            continue
        total += fixed.applied
        click.echo(f"healthlint: fixed {fixed.applied} finding{'s' if fixed.applied != 1 else ''} in {fixed.path}", err=True)
    return total


def _cache_folder(cache_dir: str | None, config) -> tuple[str, bool]:
    """Where the cache lives, and whether it had the rule registry: this
    command then takes the rules from it, so a run whose files are all
    cached never imports the check modules (nor spaCy)."""
    from lint import checks
    from lint.cache import default_folder, saved_rules

    folder = str(cache_dir or default_folder(config))
    rules = saved_rules(folder)
    checks.use_saved_rules(rules)
    click.get_current_context().call_on_close(lambda: checks.use_saved_rules(None))
    return folder, rules is not None


def _run_with_cache(linter, config, paths, jobs, stdin, cache_folder: str | None, rules_saved: bool):
    """The run, with the incremental cache unless ``cache_folder`` is None,
    and a progress bar for long runs."""
    from lint import checks
    from lint.cache import ResultCache
    from lint.progress import Progress

    cache = ResultCache(cache_folder, config) if cache_folder is not None else None
    progress = Progress()
    try:
        run = linter.run(list(paths), jobs=jobs, stdin=stdin, cache=cache, progress=progress)
        if cache is not None and not rules_saved:
            cache.save_rules(checks.all_rules())
    finally:
        progress.close()
        if cache is not None:
            cache.close()
            for warning in cache.warnings:
                click.echo(f"healthlint: warning: {warning}", err=True)
    return run


@cli.group()
def cache() -> None:
    """Manage the incremental cache."""


@cache.command("clear")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="The cache to clear [default: .healthlint_cache beside the config file, or here].")
@click.option("--tables", is_flag=True,
              help="Also delete the parsed word tables kept per user (every installation's); "
                   "the next run rebuilds them, about a second.")
def cache_clear(cache_dir, tables) -> int:
    """Delete the cached results."""
    from lint.cache import clear, default_folder
    from lint.config import Config, ConfigError, discover, load_file

    if not cache_dir:
        try:
            found = discover(os.getcwd())
            cache_dir = default_folder(load_file(found) if found else Config(root=os.getcwd()))
        except ConfigError as error:
            click.echo(f"healthlint: configuration error: {error}", err=True)
            return EXIT_ERROR
    removed = clear(cache_dir)
    click.echo(f"healthlint: {'cleared' if removed else 'no cache in'} {cache_dir}", err=True)
    if tables:
        from lint.resources import clear_tables

        try:
            folder, count = clear_tables()
        except ValueError:  # no home folder, so no tables were kept
            click.echo("healthlint: no table folder (no home folder)", err=True)
        else:
            click.echo(f"healthlint: removed {count} table file{'s' if count != 1 else ''} from {folder}", err=True)
    return EXIT_CLEAN


@cli.command()
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text", show_default=True)
def rules(output_format) -> int:
    """List every rule: id, category, default severity, summary."""
    from lint import spacy_import
    from lint.checks import all_rules
    from lint.explain import explain_dict

    spacy_import.install()

    every = all_rules()
    if output_format == "json":
        import json

        click.echo(json.dumps([explain_dict(r) for r in every], indent=2))
        return EXIT_CLEAN
    from lint.explain import precision_label

    width = max(len(r.id) for r in every)
    click.echo(f"{'RULE':<{width}}  {'SEVERITY':<8}  FIX     {'TIER':<7}  {'PRECISION':<14}  SUMMARY")
    for r in every:
        tier = "preview" if r.is_preview else "default"
        click.echo(f"{r.id:<{width}}  {r.severity.label:<8}  {(r.fix.value if r.fix else '-'):<6}  {tier:<7}  "
                   f"{precision_label(r.id):<14}  {r.summary}")
    click.echo("\nPRECISION: judged on real health news (see docs/precision.md); preview rules run with --preview.")
    return EXIT_CLEAN


@cli.command()
@click.argument("rule")
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text", show_default=True)
def explain(rule, output_format) -> int:
    """Explain RULE: what it checks, why it matters, examples."""
    from lint import spacy_import
    from lint.checks import all_rules, rule_by_id
    from lint.explain import explain_dict, explain_text

    spacy_import.install()

    found = rule_by_id(rule) or next((r for r in all_rules() if r.name == rule), None)
    if found is None:
        click.echo(f"healthlint: unknown rule {rule!r} (see `healthlint rules`)", err=True)
        return EXIT_ERROR
    if output_format == "json":
        import json

        click.echo(json.dumps(explain_dict(found), indent=2))
    else:
        click.echo(explain_text(found), nl=False)
    return EXIT_CLEAN


@cli.group()
def baseline() -> None:
    """Record current findings so that `check --baseline` reports only new ones."""


@baseline.command("create")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path(), required=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file to use.")
def baseline_create(file, paths, config_path) -> int:
    """Write FILE with every current finding in PATHS."""
    from lint import baseline as baselines
    from lint.config import Config, ConfigError, discover, load_file
    from lint.engine import Linter, default_jobs

    try:
        found = config_path or discover(paths[0])
        config = load_file(found) if found else Config(root=os.getcwd())
    except ConfigError as error:
        click.echo(f"healthlint: configuration error: {error}", err=True)
        return EXIT_ERROR
    linter = Linter(config)
    run = linter.run(list(paths), jobs=default_jobs())
    for _, message in run.errors:
        click.echo(f"healthlint: error: {message}", err=True)
    count = baselines.write(file, run.findings, linter.project_path)
    click.echo(f"healthlint: recorded {count} finding{'s' if count != 1 else ''} in {file}", err=True)
    return EXIT_ERROR if run.errors else EXIT_CLEAN


@cli.command()
@click.option("--stdio", is_flag=True, help="Talk over stdin and stdout (the default and only transport).")
def lsp(stdio) -> int:
    """Run the language server (for editors) over stdin and stdout."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        click.echo("healthlint: the language server needs pygls: pip install 'healthlint[lsp]'", err=True)
        return EXIT_ERROR
    from lint.lsp import serve

    return serve()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (testable without a subprocess)."""
    try:
        result = cli.main(args=argv, prog_name="healthlint", standalone_mode=False)
    except click.exceptions.Exit as exit_:
        return exit_.exit_code
    except click.Abort:
        click.echo("Aborted!", err=True)
        return EXIT_ERROR
    except click.ClickException as error:
        error.show()
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    return result if isinstance(result, int) else EXIT_CLEAN


def entry() -> None:
    """The console script: run, flush, and leave without tearing down the
    interpreter. Freeing spaCy's and the word lists' objects one by one at
    exit takes about 0.2 s, a quarter of checking one article."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError, ValueError):
        pass  # the reader has gone (or, after `lsp`, the stream is closed); there is nobody left to tell
    os._exit(code)
