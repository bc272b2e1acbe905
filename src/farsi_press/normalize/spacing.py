"""Whitespace layout: one space between words, no spaces at line edges, at most one blank line."""

from __future__ import annotations

import regex

from farsi_press.normalize.steps import RegexStep

_LAYOUT = regex.compile(
    r"""(?mx)
      (?P<edge>\A[ \n]+ | [ \n]+\Z)          # whitespace around the whole text
    | (?P<trail>[ ]+$)                       # spaces at a line end
    | (?P<lead>^[ ]+)                        # spaces at a line start
    | (?P<blank>\n(?:[ ]*\n){2,})            # more than one blank line
    | (?P<run>[ ]{2,})                       # runs of spaces
    """
)


def _layout(m) -> str:
    if m.group("blank") is not None:
        return "\n\n"
    if m.group("run") is not None:
        return " "
    return ""


layout = RegexStep(_LAYOUT, _layout)
