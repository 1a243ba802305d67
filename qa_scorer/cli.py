"""The `qa-scorer` command: parse options, call the pipeline, map errors to exit codes. No logic here."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator

import click

from . import pipeline
from .loading import InputError, open_batch
from .profile import ProfileError, load_profile
from .reports import write_reports
from .rules import SelectionError, all_rules, build_rules
from .store import Selection, Store, StoreError


def _profile(path: str | None):
    try:
        return load_profile(path)
    except ProfileError as exc:
        raise click.UsageError(str(exc)) from None


@contextmanager
def _store(path: Path | None) -> Iterator[Store]:
    """The --db store, or a temporary one for a run that keeps no history."""
    try:
        store = Store(path) if path else Store.temporary()
    except StoreError as exc:
        raise click.UsageError(str(exc)) from None
    with store:
        yield store


def _as_of(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise click.BadParameter("give a UTC offset, e.g. 2026-11-30T08:00:00+08:00", param_hint="--as-of")
    return value


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="qa-scorer")
def main() -> None:
    """Check recorded calls against the service standard and score every agent."""


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder for findings.csv, calls.csv, agents.csv and rejects.csv.")
@click.option("--metadata", type=click.Path(path_type=Path),
              help="The CTI table, if it is not FOLDER/metadata.csv.")
@click.option("--profile", "profile_path", type=click.Path(path_type=Path),
              help="A YAML profile merged over the built-in default.")
@click.option("--select", multiple=True, help="Rule ids or prefixes to run (e.g. P4,T101).")
@click.option("--ignore", multiple=True, help="Rule ids or prefixes to skip; the longest prefix wins.")
@click.option("--strict", is_flag=True, help="Exit 1 when any input was rejected.")
@click.option("--db", type=click.Path(path_type=Path),
              help="SQLite results store: keeps history for callbacks (X6xx) and trends.")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes that score calls in parallel.")
@click.option("--as-of", "as_of", type=click.DateTime(["%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z"]),
              help="Reference time for callback deadlines (default: the latest call start stored).")
def score(folder: Path, out_dir: Path, metadata: Path | None, profile_path: Path | None,
          select: tuple[str, ...], ignore: tuple[str, ...], strict: bool, db: Path | None,
          jobs: int, as_of: datetime | None) -> None:
    """Score every call in FOLDER and write the reports to --out."""
    profile = _profile(profile_path)
    try:
        rules = build_rules(profile, _split(select), _split(ignore))
        batch = open_batch(folder, profile, metadata)
    except (SelectionError, InputError) as exc:
        raise click.UsageError(str(exc)) from None
    as_of, source = _as_of(as_of), str(folder.resolve())
    with _store(db) as store:
        if sys.stderr.isatty():
            # The number of calls is known only once every file is read: show a running count.
            with click.progressbar(batch, label="calls read", file=sys.stderr, show_pos=True,
                                   bar_template="%(label)s: %(info)s") as items:
                summary = pipeline.run(items, profile, rules, out_dir, store, source, as_of, jobs)
        else:
            summary = pipeline.run(batch, profile, rules, out_dir, store, source, as_of, jobs)
    click.echo(summary.line(), err=True)
    if strict and summary.rejected:
        sys.exit(1)


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The results store that nightly runs wrote.")
@click.option("--from", "first_day", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="First day (the calls' local date), e.g. 2026-11-01.")
@click.option("--to", "last_day", required=True, type=click.DateTime(["%Y-%m-%d"]),
              help="Last day, inclusive.")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path))
@click.option("--profile", "profile_path", type=click.Path(path_type=Path))
def report(db: Path, first_day: datetime, last_day: datetime, out_dir: Path,
           profile_path: Path | None) -> None:
    """Write the four reports for a period from the store, without re-scoring."""
    rule_ids = list(all_rules(_profile(profile_path)))
    with _store(db) as store:
        write_reports(out_dir, store, Selection.between(first_day.date(), last_day.date()), rule_ids)


@main.command("rules")
@click.option("--profile", "profile_path", type=click.Path(path_type=Path))
def list_rules(profile_path: Path | None) -> None:
    """List every rule: id, name, severity and spec clause."""
    for rule in all_rules(_profile(profile_path)).values():
        click.echo(f"{rule.id}  {rule.name:<28} {rule.severity.value:<9} {rule.clause}")


@main.command("rule")
@click.argument("rule_id")
@click.option("--profile", "profile_path", type=click.Path(path_type=Path))
def show_rule(rule_id: str, profile_path: Path | None) -> None:
    """Print one rule's documentation."""
    rules = all_rules(_profile(profile_path))
    rule = rules.get(rule_id.upper())
    if rule is None:
        raise click.UsageError(f"no rule '{rule_id}' (see 'qa-scorer rules')")
    click.echo(f"{rule.id} {rule.name} ({rule.severity.value}, clause {rule.clause})\n")
    click.echo(rule.docs)


@main.command("check-profile")
@click.argument("path", type=click.Path(path_type=Path))
def check_profile(path: Path) -> None:
    """Validate a profile; exit 2 with the offending key if it is wrong."""
    profile = _profile(str(path))
    click.echo(f"{path}: ok ({len(profile.rule_ids)} rules)")


if __name__ == "__main__":
    main()
