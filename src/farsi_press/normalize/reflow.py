"""PDF reflow: join lines hard-wrapped inside a sentence, keep real paragraph breaks and headlines.

Text copied out of a PDF (or a fixed-width feed) breaks every line at a width `W`, often with a
blank line after each, so a sentence arrives as `ماموریت\\n\\nهای محوله`. A greedy line breaker
leaves a tell-tale trace: every wrapped line is *full* — its length plus the next line's first word
would not have fit in `W`. A line that ends early (the next word would have fit) was ended on
purpose: a paragraph end, a headline, a list item.

`reflow` runs after the space unification (the only whitespace left is " " and "\\n") and before
layout, punctuation and ZWNJ insertion. For every line break it decides *keep* or *join*:

- keep after sentence-final punctuation (`. ! ؟ …`, also before a closing `» ) "`);
- join when the next line cannot start a sentence (a suffix such as `های`, `ترین`; a light verb
  such as `نماید`, `گردید`; a punctuation mark) or the line ends inside a phrase (`از`, `که`,
  a detached `می`);
- join when the two words around the break are written side by side elsewhere in the text
  (`مجمع روابط\n\nعمومی` in an article that says `روابط عمومی` ten times);
- otherwise join when the line is full and keep when it visibly ended early (headline, subhead,
  list item);
- the first short line (or lines) without final punctuation before the first blank line is the
  headline and stays on its own line.

With `reflow="auto"` (the default) the text is first tested for hard wrapping (numpy statistics
on line lengths: many lines ending without punctuation *and* full up to the estimated width), and
clean text is left alone except for breaks that no clean text has (a line starting with `های`).
`reflow="always"` skips the test and joins every line that does not end a sentence, headlines
excepted. Time is linear in the length of the text.

>>> from farsi_press import normalize
>>> normalize("برای ارتقا ماموریت\\n\\nهای محوله دانست.")
'برای ارتقای ماموریت\u200cهای محوله دانست.'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from operator import methodcaller, not_
from typing import TYPE_CHECKING

import regex

from farsi_press.normalize.offsets import OffsetMap, code_points, rewrite
from farsi_press.normalize.options import NormalizerOptions

if TYPE_CHECKING:
    import numpy as np

# numpy is imported where it is used, on first use: text without a line break (a sentence, a
# headline) never pays for loading it, which keeps the cold start short.

Result = tuple[str, "OffsetMap | None", list[tuple[int, int, str]]]

# Sentence-final punctuation, optionally followed by up to three closing quotes or brackets
# (as code points, for numpy).
_FINAL_CODES = [ord(c) for c in ".!?\u061f\u2026"]
_CLOSER_CODES = [ord(c) for c in "\u00bb\"')]\u201d"]

# A first word no sentence starts with: suffixes written apart (no clean text has a line starting
# with them), light verbs and auxiliaries (a paragraph never starts with them), closing marks.
_SUFFIXES = ("ها", "های", "هایی", "هایش", "هایشان", "هایمان", "هایتان", "هایم", "هایت", "ترین")
_LIGHT_VERBS = ("است", "اند", "نماید", "نمایند", "نمود", "نمودند", "نموده", "گردد", "گردند",
                "گردید", "گردیدند", "گردیده", "شد", "شدند", "شده", "شود", "شوند", "باشد",
                "باشند", "بود", "بودند", "کند", "کنند", "کرد", "کردند", "کرده", "دهد", "دهند",
                "داد", "دادند", "گرفت", "گرفته", "خواهد", "خواهند", "میشود", "نمیشود")
_WORD_END = r"(?=[ \u200c.\u060c:!\u061f\u061b]|\Z)"
_SUFFIX_START = regex.compile(
    rf"""(?x)
      (?:{'|'.join(sorted(_SUFFIXES, key=len, reverse=True))}){_WORD_END}
    | [.,;:!?\u060c\u061b\u061f\u00bb)\]]                # a mark that closes or separates
    """
)
_VERB_START = regex.compile(rf"(?:{'|'.join(sorted(_LIGHT_VERBS, key=len, reverse=True))}){_WORD_END}")

# A last word no sentence ends with: prepositions, conjunctions, a detached verb prefix.
_NO_END_WORDS = ("از", "به", "با", "در", "برای", "تا", "که", "و", "را", "بر", "چون", "اگر",
                 "ولی", "اما", "بین", "درباره", "طی", "می", "نمی", "بی", "این", "همین")
_NO_END = regex.compile(rf"(?<![^ \u200c\n])(?:{'|'.join(sorted(_NO_END_WORDS, key=len, reverse=True))})\Z")
# Of those, the words that end no line of clean text either (verse ends lines with «که», «را»,
# «به», «تا»): a line ending with one is joined to the next even in text not taken for wrapped.
_NEVER_END_WORDS = ("از", "با", "در", "برای", "و", "بر", "بین", "درباره", "طی", "می", "نمی",
                    "این", "همین")  # (a determiner: «در این\nدانشگاه»; not «آن», a pronoun ends «پیامدهای آن»)
_NEVER_END = regex.compile(
    rf"(?<![^ \n])(?:{'|'.join(sorted(_NEVER_END_WORDS, key=len, reverse=True))})\Z")  # (not نه‌بین)
#: A line's end is searched for those words in its last characters only (the longest has 6; the
#: look-behind still sees the character before): a search of the whole line tries every offset.
_END_WINDOW = 8

_LAST_WORD = regex.compile(r"[^ ]{2,40}\Z")
_FIRST_WORD = regex.compile(r"[^ ]{2,40}(?= |\Z)")

# A line starting like a list item (۱- ، 2) ، • ، *): never glued to the line before when short.
_LIST_ITEM = regex.compile(r"[0-9\u06f0-\u06f9]{1,3}[-.)\u066b]|[-*\u2022\u25cf]")


#: The longest headline, in characters (a first "paragraph" beyond it is body text).
_HEADLINE_MAX = 250
#: The widest page line, in characters: longer "lines" are paragraphs of clean text.
_WIDEST_WRAP = 250


def _layout(text: str) -> tuple[np.ndarray, ...] | None:
    """Lines and breaks of text, vectorized: every run of spaces holding a newline is a break.

    Returns (line_starts, line_ends, break_starts, break_ends, newlines, codes) as numpy arrays;
    line i ends where break i starts and line i + 1 starts where it ends. Runs at the very start
    or end of the text separate nothing and are left out. None when no break stands between two
    lines.
    """
    import numpy as np

    codes = code_points(text)
    n = codes.size
    is_nl = codes == 10
    ws = is_nl | (codes == 32) | (codes == 9)
    edges = np.diff(ws.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    run_starts = np.flatnonzero(edges == 1)
    run_ends = np.flatnonzero(edges == -1)
    nl_before = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(is_nl, dtype=np.int64)))
    newlines = nl_before[run_ends] - nl_before[run_starts]
    keep = newlines > 0
    bs, be, nl = run_starts[keep], run_ends[keep], newlines[keep]
    first = int(be[0]) if bs.size and bs[0] == 0 else 0
    last = int(bs[-1]) if bs.size and be[-1] == n else n
    inner = (bs > 0) & (be < n)
    bs, be, nl = bs[inner], be[inner], nl[inner]
    if not bs.size:
        return None
    line_starts = np.concatenate(([first], be)).astype(np.int64)
    line_ends = np.concatenate((bs, [last])).astype(np.int64)
    return line_starts, line_ends, bs.astype(np.int64), be.astype(np.int64), nl, codes


def estimate_width(lengths: np.ndarray) -> int:
    """The wrap width: the longest line, ignoring outliers far above the bulk of the lines.

    >>> import numpy as np
    >>> estimate_width(np.array([78, 80, 75, 79, 30, 240]))
    80
    """
    import numpy as np

    if lengths.size == 0:
        return 0
    # lines with a long unbreakable token (a URL, a number run) overshoot the width: the width
    # is the longest line within 10% of the 90th percentile
    ordered = np.sort(lengths)
    bulk = _quantile(ordered, 0.9)
    kept = ordered[ordered <= max(bulk * 1.1, 1.0)]
    return int(kept[-1]) if kept.size else int(ordered[-1])


def _quantile(ordered: np.ndarray, q: float) -> float:
    """The q-quantile of a sorted array, interpolated linearly (as numpy's default)."""
    pos = q * (ordered.size - 1)
    lo = int(pos)
    hi = min(lo + 1, ordered.size - 1)
    return float(ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo))


@dataclass(frozen=True, slots=True)
class Breaks:
    """What the reflow knows about each line break of a text (arrays over the breaks, in order)."""

    spans: list[tuple[int, int]]  # the whitespace run of each break
    width: int                    # the estimated wrap width
    lengths: np.ndarray           # length of the line before each break
    blank: np.ndarray             # a blank line in the break
    terminal: np.ndarray          # the line ends a sentence
    full: np.ndarray              # the next line's first word would not have fit on the line
    suffix_start: np.ndarray      # the next line starts with a suffix or a closing mark
    verb_start: np.ndarray        # the next line starts with a light verb or auxiliary
    no_end: np.ndarray            # the line ends with a preposition, conjunction or `می`
    list_next: np.ndarray         # the next line starts like a list item
    headline: np.ndarray          # the line is the headline
    phrase: np.ndarray            # the words around the break stand side by side elsewhere in the text
    text: str = field(repr=False, default="")
    line_spans: list[tuple[int, int]] = field(repr=False, default_factory=list)
    state: dict = field(repr=False, default_factory=dict)  # which lazy features are computed


def _full(reach: np.ndarray, width: int) -> np.ndarray:
    """Lines the next line's first word would not have fit on (`reach` = line + space + word).

    A greedy breaker leaves every wrapped line with a reach above the width. With proportional
    fonts the character count of full lines varies, so the threshold comes down by the spread
    of the reaches of the lines that are near the width (median absolute deviation), within
    bounds: never above `width - slack`, never below 88% of the width (poems and tables, whose
    lines vary freely in length, stay below it).
    """
    import numpy as np

    slack = max(2.0, 0.06 * width)
    near = reach[reach >= 0.7 * width]
    threshold = width - slack
    if near.size >= 4:
        med = _quantile(np.sort(near), 0.5)
        mad = _quantile(np.sort(np.abs(near - med)), 0.5)
        threshold = min(threshold, med - 4.0 * mad)
    return reach > max(threshold, 0.88 * width)


@lru_cache(maxsize=1)
def _tables():
    """Lookup tables over the Basic Multilingual Plane: closing mark? sentence-final mark?"""
    import numpy as np

    closer = np.zeros(0x10000, dtype=bool)
    closer[_CLOSER_CODES] = True
    final = np.zeros(0x10000, dtype=bool)
    final[_FINAL_CODES] = True
    return closer, final


def analyze_breaks(text: str) -> Breaks | None:
    """The features of every line break of `text` (None when it has no break between two lines).

    Lengths, widths and sentence ends are computed for all lines at once with numpy; the word
    cues only for lines that do not end a sentence, and the costlier ones only when the
    decision needs them (`_fill_cues`).
    """
    import numpy as np

    layout = _layout(text)
    if layout is None:
        return None
    line_starts, line_ends, bs, be, newlines, codes = layout
    k = bs.size
    lengths = line_ends - line_starts
    width = estimate_width(lengths)
    # the first word of the next line: up to its first space (or its end)
    spaces = np.append(np.flatnonzero(codes == 32), codes.size)
    nxt_word = np.minimum(spaces[np.searchsorted(spaces, be)], line_ends[1:]) - be
    full = _full(lengths[:k] + 1 + nxt_word, width)
    # a sentence end: the last character, before up to three closing quotes or brackets
    closer, final = _tables()
    pos = bs - 1
    for _ in range(3):
        pos = pos - (closer[np.minimum(codes[pos], 0xFFFF)] & (pos > line_starts[:k]))
    terminal = final[np.minimum(codes[pos], 0xFFFF)]
    blank = newlines >= 2
    f = Breaks(list(zip(bs.tolist(), be.tolist())), width, lengths[:k], blank, terminal, full,
               np.zeros(k, dtype=bool), np.zeros(k, dtype=bool), np.zeros(k, dtype=bool),
               np.zeros(k, dtype=bool), np.zeros(k, dtype=bool), np.zeros(k, dtype=bool),
               text, list(zip(line_starts.tolist(), line_ends.tolist())), {})
    for i in np.flatnonzero(~terminal).tolist():
        f.suffix_start[i] = _SUFFIX_START.match(text, *f.line_spans[i + 1]) is not None
    # The first paragraph — lines up to the first blank line, short and without final punctuation
    # — is a headline, unless its last line is the full first half of a headline wrapped onto a
    # short next line.
    first_blank = np.flatnonzero(blank)
    j = int(first_blank[0]) if first_blank.size else -1
    if 0 <= j <= 2 and int(lengths[: j + 1].sum()) <= _HEADLINE_MAX and not terminal[: j + 1].any():
        _fill_cues(f, [j])
        wrapped_title = bool(full[j]) and k > j + 1 and not terminal[j + 1] and not full[j + 1]
        f.headline[j] = not (f.suffix_start[j] or f.verb_start[j] or f.no_end[j] or wrapped_title)
    return f


def _fill_cues(f: Breaks, which: list[int] | None = None) -> None:
    """Compute the verb, phrase-end and list cues of the given breaks (default: every open line)."""
    import numpy as np

    if which is None:
        if f.state.get("cues"):
            return
        f.state["cues"] = True
        which = np.flatnonzero(~f.terminal).tolist()
    text, spans = f.text, f.line_spans
    for i in which:
        a, b = spans[i]
        c, d = spans[i + 1]
        f.verb_start[i] = _VERB_START.match(text, c, d) is not None
        f.no_end[i] = _NO_END.search(text, max(a, b - _END_WINDOW), b) is not None
        f.list_next[i] = _LIST_ITEM.match(text, c, d) is not None


def _find_phrases(f: Breaks) -> None:
    """Fill `f.phrase` for the open lines that ended early: are the two words around the break
    written side by side (at least twice) elsewhere in the text, as `روابط عمومی` is?"""
    import numpy as np

    ask = np.flatnonzero(~f.terminal & ~f.full & ~f.headline & ~f.list_next)
    if not ask.size:
        return
    text, spans = f.text, f.line_spans
    pairs = {}
    for i in ask.tolist():
        a, b = spans[i]
        left = _LAST_WORD.search(text, max(a, b - 40), b)
        right = _FIRST_WORD.match(text, *spans[i + 1])
        if left and right:
            pairs[i] = f"{left.group()} {right.group()}"
    if pairs:
        counts = _pair_counts(text, set(pairs.values()))
        for i, pair in pairs.items():
            f.phrase[i] = counts.get(pair, 0) >= 2


def _pair_counts(text: str, wanted: set[str]) -> dict[str, int]:
    """How often each wanted `word word` pair stands within a line of text (linear in the text)."""
    counts: dict[str, int] = {}
    firsts = {p.split(" ", 1)[0] for p in wanted}
    for line in text.split("\n"):
        words = line.split(" ")
        for w1, w2 in zip(words, words[1:]):
            if w1 in firsts:
                pair = f"{w1} {w2}"
                if pair in wanted:
                    counts[pair] = counts.get(pair, 0) + 1
    return counts


def decide(f: Breaks, mode: str) -> np.ndarray:
    """Which breaks to join (a boolean array), in mode "auto" or "always"."""
    open_ = ~f.terminal & ~f.headline
    if mode == "always":
        return open_
    if mode == "auto" and not is_wrapped(f):
        return open_ & (f.suffix_start | _never_end(f, open_))  # breaks no clean text has
    _fill_cues(f)
    _find_phrases(f)
    cue = f.suffix_start | f.verb_start | f.no_end | f.phrase
    # a list item after a blank line is a paragraph of its own, however full the line before
    join = open_ & (f.full | cue) & ~(f.list_next & ~f.full & ~cue) & ~(f.list_next & f.blank)
    # paragraphs marked by blank lines while wrapped lines end in a single newline: there a full
    # line ending a sentence, then a single newline, means the paragraph goes on
    k = f.blank.size
    if k > 1 and int((~f.blank).sum()) >= 2 and bool(f.blank[1:].any()):
        join |= ~f.blank & f.terminal & f.full
    return join


def _never_end(f: Breaks, which: np.ndarray) -> np.ndarray:
    """The breaks (among `which`) after a line that ends with a word no line ends with (`در`)."""
    import numpy as np

    out = np.zeros(which.size, dtype=bool)
    for i in np.flatnonzero(which).tolist():
        a, b = f.line_spans[i]
        out[i] = _NEVER_END.search(f.text, max(a, b - _END_WINDOW), b) is not None
    return out


def is_wrapped(f: Breaks) -> bool:
    """Does the text look hard-wrapped? Many lines ending without punctuation that are full up to the
    estimated width, or several breaks that only wrapping makes."""
    if f.width < 40:  # verse, tables and lists: short lines of similar length are not a wrap
        return False
    open_ = ~f.terminal & ~f.headline
    n_open = int(open_.sum())
    if n_open == 0:
        return False
    k = f.terminal.size
    open_full = int((open_ & f.full).sum())
    if f.width <= _WIDEST_WRAP and open_full >= 2 and open_full >= 0.5 * n_open and open_full >= 0.2 * k:
        return True
    _fill_cues(f)
    cues = int((open_ & (f.suffix_start | f.verb_start | f.no_end)).sum())
    return cues >= 2 and cues >= 0.25 * k


_FINAL = frozenset(".!?\u061f\u2026")
_CLOSERS = frozenset("\u00bb\"')]\u201d")  # (none of them in `_FINAL`)
_ENDS_FINAL = methodcaller("endswith", tuple(_FINAL))
_STRIP_BLANKS = methodcaller("strip", " \t")


def _plainly_clean(text: str) -> bool:
    """A fast exit for the common case, same answer as the full analysis: text that `is_wrapped`
    cannot take for hard-wrapped, where no line that does not end a sentence ends with a word no
    line ends with (`در`) or comes before a line starting with a suffix (the breaks joined in
    clean text too). Not wrapped: few lines do not end a sentence (at most one, or under a fifth
    of the breaks: the headline, a dateline, a subhead), or most lines are wider than a page
    (`_WIDEST_WRAP`) and few open lines show a cue of wrapping (at most one, or under a quarter
    of the breaks). The open lines counted here include the headline: never fewer than
    `is_wrapped` counts.
    """
    lines = list(filter(None, map(_STRIP_BLANKS, text.split("\n"))))
    open_lines = []
    # (a line ending in a sentence mark is closed: the C-level test leaves the others to read)
    for i in compress(count(), map(not_, map(_ENDS_FINAL, lines[:-1]))):
        line = lines[i]
        j = len(line) - 1
        while j > 0 and len(line) - j <= 3 and line[j] in _CLOSERS:
            j -= 1
        if line[j] not in _FINAL:
            open_lines.append(i)
    k = len(lines) - 1
    if len(open_lines) >= 2 and len(open_lines) >= 0.2 * k:
        if sorted(map(len, lines))[int(0.9 * k)] <= _WIDEST_WRAP:
            return False  # (the wrap width `estimate_width` finds is at least that line's length)
        cues = sum(1 for i in open_lines if _SUFFIX_START.match(lines[i + 1]) or _VERB_START.match(lines[i + 1])
                   or _NO_END.search(lines[i], max(0, len(lines[i]) - _END_WINDOW)))
        if cues >= 2 and cues >= 0.25 * k:
            return False
    return not any(_SUFFIX_START.match(lines[i + 1])
                   or _NEVER_END.search(lines[i], max(0, len(lines[i]) - _END_WINDOW)) for i in open_lines)


def reflow(text: str, options: NormalizerOptions, track: bool) -> Result:
    """Join hard-wrapped lines (see the module docstring for the rules)."""
    if "\n" not in text or options.reflow == "never":
        return text, None, []
    if options.reflow == "auto" and _plainly_clean(text):
        return text, None, []
    f = analyze_breaks(text)
    if f is None:
        return text, None, []
    join = decide(f, options.reflow).tolist()
    if not any(join):
        return text, None, []
    return rewrite(text, [(*f.spans[i], " ") for i, j in enumerate(join) if j], track)
