"""The rule registry: one table from rule id to rule, and selection by id or prefix.

Rules written in Python register themselves with `@register`; rules declared in the profile
(`kind:` entries, see `operators`) are built from their YAML. `build_rules` returns the selected
rules ready to run.
"""
from __future__ import annotations

import importlib
from typing import Iterable

from ..models import Severity
from ..profile import Profile, ProfileError
from .base import Rule

REGISTRY: dict[str, type[Rule]] = {}
RULE_MODULES = ("telephony", "speech", "scripts", "wording", "handling", "followup")


class SelectionError(ValueError):
    """--select / --ignore named something that is not a rule id or prefix."""


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule class to the registry under its id."""
    if cls.id in REGISTRY:
        raise RuntimeError(f"rule id {cls.id} registered twice")
    REGISTRY[cls.id] = cls
    return cls


def _load_rule_modules() -> None:
    for name in RULE_MODULES:
        importlib.import_module(f"{__name__}.{name}")


def validate_rule_settings(profile: Profile) -> None:
    """Refuse a profile whose rules section names an id no rule has, or a bad severity."""
    _load_rule_modules()
    for rule_id, settings in profile.data["rules"].items():
        where = f"{profile.source}: rules.{rule_id}"
        if not isinstance(settings, dict):
            raise ProfileError(f"{where} must be a mapping of settings")
        if rule_id not in REGISTRY and "kind" not in settings:
            raise ProfileError(f"{where}: unknown rule id")
        severity = settings.get("severity")
        if severity not in {s.value for s in Severity}:
            raise ProfileError(
                f"{where}.severity must be one of critical, major, minor, info (got {severity!r})"
            )
        if "kind" in settings:
            from .operators import validate_declaration

            validate_declaration(rule_id, settings, where)


def build_rule(rule_id: str, profile: Profile) -> Rule:
    """One rule, configured by the profile: a Python rule class or a YAML declaration."""
    _load_rule_modules()
    settings = profile.rule(rule_id)
    if "kind" in settings:
        from .operators import build_declared_rule

        return build_declared_rule(rule_id, settings, profile)
    return REGISTRY[rule_id](settings, profile)


def all_rules(profile: Profile) -> dict[str, Rule]:
    """Every rule the profile knows, by id, in id order."""
    return {rule_id: build_rule(rule_id, profile) for rule_id in profile.rule_ids}


def select_ids(ids: Iterable[str], select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[str]:
    """The ids chosen by --select/--ignore; for each id the longest matching prefix decides.

    Nothing selected means everything is selected, as in ruff.
    """
    ids = sorted(ids)
    select, ignore = [s.upper() for s in select], [s.upper() for s in ignore]
    for selector in select + ignore:
        if selector != "ALL" and not any(i.startswith(selector) for i in ids):
            raise SelectionError(f"'{selector}' is not a rule id or prefix (see 'qa-scorer rules')")
    chosen = []
    for rule_id in ids:
        verdicts = [(len(s), True) for s in select if s == "ALL" or rule_id.startswith(s)]
        verdicts += [(len(s), False) for s in ignore if s == "ALL" or rule_id.startswith(s)]
        if not verdicts:
            on = not select
        else:
            # Longest prefix wins; on a tie, ignore wins.
            on = max(verdicts, key=lambda v: (v[0], not v[1]))[1]
        if on:
            chosen.append(rule_id)
    return chosen


def build_rules(profile: Profile, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """The rules to run, selected and configured by the profile."""
    rules = all_rules(profile)
    return [rules[i] for i in select_ids(rules, select, ignore)]


__all__ = ["REGISTRY", "Rule", "SelectionError", "build_rule", "build_rules", "all_rules", "register",
           "select_ids", "validate_rule_settings"]
