"""The shape every normalization step shares, and the regex step most of them are.

A step is a callable `(text, options, track) -> (new_text, step_map | None, changes)`: `changes`
are the `(start, end, new)` replacements it made, in its input's coordinates, and `step_map`
(built only when `track` is true) maps its output back to its input. A step whose list of
changes costs extra work fills it only when `track` is `EXPLAIN` (the edit log is asked for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Protocol

import regex

from farsi_press.normalize.offsets import OffsetMap, rewrite
from farsi_press.normalize.options import NormalizerOptions

Result = tuple[str, "OffsetMap | None", list[tuple[int, int, str]]]

#: `track` value asking for the map and for every change (`Normalizer.explain`); true as a bool.
EXPLAIN = 2


class Step(Protocol):
    def __call__(self, text: str, options: NormalizerOptions, track: bool | int) -> Result: ...


@dataclass(frozen=True, slots=True)
class RegexStep:
    """Replace every match of `pattern` by `repl(match)` (a string, or a function of the match)."""

    pattern: regex.Pattern
    repl: str | Callable[[regex.Match], str]
    #: substrings one of which every match holds: text with none of them is left without a scan
    needs: tuple[str, ...] = ()
    #: `needs` of two characters and more, looked for in one scan of the text (a substring test
    #: per needle would scan it once each: nine times for ` .`, ` ،`, ` ؛`...)
    _needs_scan: re.Pattern | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        if len(self.needs) > 1 and max(map(len, self.needs)) > 1:
            object.__setattr__(self, "_needs_scan", re.compile("|".join(map(re.escape, self.needs))))

    def _needed(self, text: str) -> bool:
        if self._needs_scan is not None:
            return self._needs_scan.search(text) is not None
        return not self.needs or any(s in text for s in self.needs)  # characters: found at C speed

    def __call__(self, text: str, options: NormalizerOptions, track: bool | int) -> Result:
        if not self._needed(text):
            return text, None, []
        if not track:  # the text alone: the regex engine substitutes at C speed
            return self.pattern.sub(self.repl, text), None, []
        it = self.pattern.finditer(text)
        first = next(it, None)
        if first is None:
            return text, None, []
        repl = self.repl
        if isinstance(repl, str):
            def gen():
                yield first.start(), first.end(), first.expand(repl)
                for m in it:
                    yield m.start(), m.end(), m.expand(repl)
        else:
            def gen():
                yield first.start(), first.end(), repl(first)
                for m in it:
                    yield m.start(), m.end(), repl(m)
        return rewrite(text, gen(), track)
