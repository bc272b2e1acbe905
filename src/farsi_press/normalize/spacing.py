"""Whitespace layout: one space between words, no spaces at line edges, at most one blank line."""

from __future__ import annotations

import regex

from farsi_press.normalize.offsets import rewrite
from farsi_press.normalize.options import NormalizerOptions
from farsi_press.normalize.steps import Result

# Only whitespace runs that need a change are visited: spaces around a line break, three breaks
# and more, runs of spaces. The text's own edges are stripped apart (a `\Z` branch would be tried
# at every space).
_LAYOUT = regex.compile(
    r"""(?x)
      [ ]+\n[ \n]*                   # spaces before a line break
    | \n(?:[ ]+[ \n]* | \n[ \n]+)    # spaces after a break, or three breaks and more
    | [ ]{2,}                        # runs of spaces
    """
)
_EDGE = " \n"
#: What every run `_LAYOUT` matches holds (it matches every whole run of spaces and line breaks
#: but " ", "\n" and "\n\n"), and the run itself: found by substring searches, so only the runs
#: that need a change are visited (a scan would stop at every space).
_NEEDLES = ("  ", " \n", "\n ", "\n\n\n")
_BLANKS = regex.compile(r"[ \n]+")


def _laid_out(text: str) -> bool:
    """Nothing for `layout` to do: no run `_LAYOUT` matches, no whitespace at the edges (substring
    tests at C speed, for text that earlier steps laid out already)."""
    return not (text[:1] in _EDGE or text[-1:] in _EDGE or "  " in text or " \n" in text
                or "\n " in text or "\n\n\n" in text)


def _run(run: str) -> str:
    newlines = run.count("\n")
    return " " if newlines == 0 else ("\n" if newlines == 1 else "\n\n")


def layout(text: str, options: NormalizerOptions, track: bool) -> Result:
    """Spaces and line breaks laid out; whitespace at the text's edges removed."""
    if _laid_out(text):
        return text, None, []
    head = len(text) - len(text.lstrip(_EDGE))
    if head == len(text):
        return rewrite(text, [(0, len(text), "")], track) if text else (text, None, [])
    tail = len(text.rstrip(_EDGE))
    repl = [(a, b, _run(text[a:b])) for a, b in _runs(text, head, tail)]
    if not repl and head == 0 and tail == len(text):
        return text, None, []
    if head:
        repl.insert(0, (0, head, ""))
    if tail < len(text):
        repl.append((tail, len(text), ""))
    return rewrite(text, repl, track)


def _runs(text: str, head: int, tail: int) -> list[tuple[int, int]]:
    """The spans `_LAYOUT.finditer(text, head, tail)` finds, from the `_NEEDLES` in them (`head`
    and `tail` are the edges of the text's first and last other characters)."""
    spans = set()
    for needle in _NEEDLES:
        i = text.find(needle, head, tail)
        while i >= 0:
            start = i
            while text[start - 1] in _EDGE:  # (text[head] is no space: the run starts after it)
                start -= 1
            end = _BLANKS.match(text, i).end()
            spans.add((start, end))
            i = text.find(needle, end, tail)
    return sorted(spans)
