"""The profile: every threshold, window, phrase list and rule declaration, as YAML.

The default profile ships in the package (`qa_scorer/lexicons/default.yaml`). A user profile names
only what it changes and is merged over the default. The default doubles as the schema: a user key
must exist in the default with a value of the same type, except under the open maps listed below,
where a centre adds its own entries, and under `rules`, where a new rule id must come with a full
declaration.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Mapping

import yaml

DEFAULT_PROFILE = "default.yaml"

# Maps whose keys are data (labels, phrases), not settings: users may add keys.
OPEN_MAPS = frozenset({
    "input.speakers",
    "input.directions",
    "input.call_types",
    "input.hangup_by",
    "normalise.fixups",
})


class ProfileError(ValueError):
    """A profile that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Profile:
    """A merged, validated profile."""

    data: Mapping[str, Any]
    source: str

    def rule(self, rule_id: str) -> Mapping[str, Any]:
        """The settings of one rule (severity, thresholds, phrases)."""
        return self.data["rules"].get(rule_id, {})

    def section(self, name: str) -> Mapping[str, Any]:
        return self.data.get(name, {})

    @property
    def rule_ids(self) -> list[str]:
        return sorted(self.data["rules"])


def default_profile_text(name: str = DEFAULT_PROFILE) -> str:
    """The text of a file shipped in the default profile package."""
    return files("qa_scorer.lexicons").joinpath(name).read_text(encoding="utf-8")


def lexicon_path(name: str) -> Path:
    """A filesystem path to a file shipped beside the default profile (e.g. jieba's user dict)."""
    return Path(str(files("qa_scorer.lexicons").joinpath(name)))


def load_default() -> dict[str, Any]:
    """The shipped default: `default.yaml` plus the rule-family files its `include` names."""
    return _with_includes(_parse(default_profile_text(), DEFAULT_PROFILE), lexicon_path(DEFAULT_PROFILE))


def _add_tree(into: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _add_tree(into[key], value)
        else:
            into[key] = value


def load_profile(path: str | Path | None = None) -> Profile:
    """The default profile, with the user profile at `path` merged over it when given."""
    default = load_default()
    if path is None:
        return _validated(Profile(default, DEFAULT_PROFILE))
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read profile ({exc.strerror})") from None
    user = _with_includes(_parse(text, str(path)), path)
    if not user:
        return _validated(Profile(default, str(path)))
    merged = _merge(default, user, prefix="", source=str(path))
    return _validated(Profile(merged, str(path)))


def _with_includes(user: Any, path: Path) -> dict[str, Any] | None:
    """A user profile with the files its `include` list names (beside it) merged in first, so
    a centre may split its profile the way the default is split; the file's own keys win."""
    if user is None:
        return None
    if not isinstance(user, dict):
        raise ProfileError(f"{path}: a profile is a mapping of settings, got {_type_name(user)}")
    names = user.pop("include", [])
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise ProfileError(f"{path}: 'include' must be a list of file names")
    combined: dict[str, Any] = {}
    for name in names:
        part = path.parent / name
        try:
            text = part.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ProfileError(f"{path}: cannot read included profile {name} ({exc.strerror})") from None
        extra = _parse(text, str(part))
        if extra is not None and not isinstance(extra, dict):
            raise ProfileError(f"{part}: a profile is a mapping of settings, got {_type_name(extra)}")
        _add_tree(combined, extra or {})
    _add_tree(combined, user)
    return combined


class _StrictLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping (YAML keeps the last one
    silently, so half a rule would vanish)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # `<<: *cues` reuses another mapping; the keys written here override it
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' appears twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _parse(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ProfileError(f"{source}:{where} is not valid YAML ({getattr(exc, 'problem', exc)})") from None


def _merge(default: Any, user: Any, prefix: str, source: str, declared: bool = False) -> Any:
    """`user` over `default`, refusing keys and types the default does not have.

    Inside a declared rule (`declared`: the default entry has `kind`) a key the default lacks is
    taken as it is, since the declaration's own validation (`operators.validate_declaration`)
    knows which keys are allowed, e.g. `unless` added to a rule that had none.
    """
    if isinstance(default, dict):
        if not isinstance(user, dict):
            raise ProfileError(f"{source}: {prefix} must be a mapping, got {_type_name(user)}")
        declared = declared or (prefix.startswith("rules.") and "kind" in default)
        merged = copy.deepcopy(default)
        for key, value in user.items():
            key = str(key)
            path = f"{prefix}.{key}" if prefix else key
            if key.endswith("+") and isinstance(default.get(key[:-1]), list):
                # `phrases+: [...]` adds to the default list instead of replacing it.
                merged[key[:-1]] = merged[key[:-1]] + _merge(default[key[:-1]], value, path, source)
            elif key in default:
                merged[key] = _merge(default[key], value, path, source, declared)
            elif prefix in OPEN_MAPS:
                merged[key] = value
            elif prefix == "rules":
                merged[key] = _new_rule(key, value, source)
            elif declared:
                merged[key.rstrip("+")] = copy.deepcopy(value)
            else:
                raise ProfileError(f"{source}: unknown key '{path}'")
        return merged
    if not declared:  # a declaration's values are checked by its own validation, which knows shapes
        _check_type(default, user, prefix, source)
    return copy.deepcopy(user)


def _new_rule(rule_id: str, value: Any, source: str) -> Any:
    if isinstance(value, dict) and "kind" in value:
        return value  # checked as a declaration by the registry
    raise ProfileError(
        f"{source}: unknown rule id 'rules.{rule_id}' (a new rule needs a full declaration with 'kind')"
    )


def _check_type(default: Any, user: Any, path: str, source: str) -> None:
    if isinstance(default, bool) or isinstance(user, bool):
        ok = isinstance(default, bool) and isinstance(user, bool)
    elif isinstance(default, (int, float)):
        ok = isinstance(user, (int, float))
    elif isinstance(default, list):
        ok = isinstance(user, list) and all(
            _same_kind(default[0], item) for item in user
        ) if default else isinstance(user, list)
    else:
        ok = isinstance(user, type(default))
    if not ok:
        raise ProfileError(
            f"{source}: '{path}' must be {_type_name(default)}, got {_type_name(user)} ({user!r})"
        )


def _same_kind(example: Any, item: Any) -> bool:
    if isinstance(example, (int, float)) and not isinstance(example, bool):
        return isinstance(item, (int, float)) and not isinstance(item, bool)
    return isinstance(item, type(example))


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "empty" if value is None else type(value).__name__


def _validated(profile: Profile) -> Profile:
    from .rules import validate_rule_settings  # the registry knows which ids and severities exist

    validate_rule_settings(profile)
    return profile
