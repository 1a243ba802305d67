"""What every rule is: an id, a name, a severity, a spec clause, docs, and a check that yields findings."""
from __future__ import annotations

import string
from typing import Any, ClassVar, Iterator, Mapping

from ..models import Call, Finding, Severity
from ..profile import Profile


class Rule:
    """Base class of all rules. The subclass docstring is the rule's user documentation.

    It has four sections, printed by `qa-scorer rule ID`: What it does / Why it matters /
    Example / Say instead. Settings (severity, thresholds, phrases, the message template) come
    from the profile's `rules.<ID>` entry.
    """

    id: ClassVar[str]
    name: ClassVar[str]
    clause: ClassVar[str]
    # Rules that look at what was said are skipped for calls without a transcript.
    needs_transcript: ClassVar[bool] = True
    # Cross-call rules run over the whole batch and the stored history, not call by call.
    cross_call: ClassVar[bool] = False

    def __init__(self, settings: Mapping[str, Any], profile: Profile) -> None:
        self.settings = settings
        self.profile = profile
        self.severity = Severity(settings.get("severity", "minor"))

    @property
    def docs(self) -> str:
        return _dedent(type(self).__doc__ or "")

    def check(self, call: Call, ctx: Any = None) -> Iterator[Finding]:
        """Yield a finding for every occurrence of the problem in `call`."""
        raise NotImplementedError

    def finding(self, call: Call, start: float | None, end: float | None, evidence: str,
                **detail: Any) -> Finding:
        """A finding whose message is the profile's template rendered with the settings and `detail`."""
        template = self.settings.get("message", self.name)
        values = {**self.settings, **detail}
        return Finding(self.id, call.call_id, _round(start), _round(end), evidence,
                       _render(template, values), detail)


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(template: str, values: Mapping[str, Any]) -> str:
    try:
        return string.Formatter().vformat(template, (), _Lenient(values))
    except (ValueError, IndexError, KeyError):
        return template


def _dedent(text: str) -> str:
    import inspect

    return inspect.cleandoc(text)
