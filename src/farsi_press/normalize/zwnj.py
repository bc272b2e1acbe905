"""ZWNJ (U+200C): cleanup of misplaced ones, and insertion where Persian orthography wants one."""

from __future__ import annotations

import regex

from farsi_press.normalize.punctuation import LETTER
from farsi_press.normalize.steps import RegexStep

_L = f"[{LETTER}]"

# A ZWNJ is only ever between two letters: drop it at word edges, beside spaces and punctuation;
# a run of them between two letters becomes one.
_MISPLACED = regex.compile(rf"\u200c{{2,}}|(?<!{_L})\u200c|\u200c(?!{_L})")


def _misplaced(m: regex.Match) -> str:
    return "\u200c" if len(m.group()) > 1 and m.start() and _between_letters(m) else ""


def _between_letters(m: regex.Match) -> bool:
    s = m.string
    return m.end() < len(s) and _LETTER_RE.match(s, m.start() - 1) is not None and _LETTER_RE.match(s, m.end()) is not None


_LETTER_RE = regex.compile(_L)
cleanup = RegexStep(_MISPLACED, _misplaced)


def insert(text, options, track):
    """ZWNJ insertion (placeholder until the lexicon-backed version lands)."""
    return text, None, []
