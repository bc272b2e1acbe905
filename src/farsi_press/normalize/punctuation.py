"""Punctuation: Persian marks in Persian context, spacing around marks, quotes and brackets."""

from __future__ import annotations

import regex

from farsi_press.normalize.steps import RegexStep

#: Persian (and Arabic) letters, without digits, punctuation or tatweel.
LETTER = "\u0621-\u063a\u0641-\u064a\u0654\u066e-\u06d3\u06fa-\u06ff"
_L = f"[{LETTER}]"
_DIGIT = "[0-9\u06f0-\u06f9]"

# Latin , ; ? beside Persian words become ، ؛ ؟ (not between digits: 1,000).
_LATIN_MARK = regex.compile(
    rf"""(?x)
      (?<={_L}[ ]?)[,;?](?!{_DIGIT})
    | (?<!{_DIGIT})[,;?](?=[ ]?{_L})
    """
)
_TO_PERSIAN = {",": "\u060c", ";": "\u061b", "?": "\u061f"}

# No space before a closing or separating mark; none after an opening one.
_SPACE_BEFORE = regex.compile(r"[ ]+(?=[.\u060c\u061b\u061f!:)\]\u00bb])")
_SPACE_AFTER_OPEN = regex.compile(r"(?<=[(\[\u00ab])[ ]+")

# One space between a mark and a word that touches it. Each branch starts with the mark itself
# (what comes before it is read by a look-behind over the mark) so the scan only stops at
# punctuation.
_MISSING_SPACE = regex.compile(
    rf"""(?x)
      (?P<after>[\u060c\u061b\u061f!])(?=[{LETTER}\u06f0-\u06f9\u00ab(])
    | (?P<after>:)(?<={_L}:)(?=[{LETTER}\u00ab])               # گفت:«بله» / گفت:بله
    | (?P<after>[)\]\u00bb])(?={_L})                          # «...»است
    | (?P<before>[(\u00ab])(?<={_L}[(\u00ab])                  # گفت«
    | (?P<after>\.)                                            # گفت.سپس, not ج.ا.ا; also after a
      (?<=(?:^|[ \n(\u00ab\u060c\u061b\u061f!:)\]\u00bb])[^ \n.]{{2,40}}\.)  # mark this step spaces (،می.می)
      (?={_L})(?!{_L}[^\s.]{{0,40}}\.{_L})                       # nor بی.بی.سی
    | (?P<after>\.)(?<={_DIGIT}\.)(?={_L})                     # ۱۳۸۸.وی
    """
)


def _missing_space(m: regex.Match) -> str:
    return m.group() + " " if m.group("after") is not None else " " + m.group()


# ASCII and curly double quotes around Persian text become guillemets. Quotes pair up left to
# right within a line (1-2, 3-4, ...); a pair with no Persian letter inside stays as it is.
_ASCII_QUOTES = regex.compile(r'["\u201c\u201d][^"\u201c\u201d\n]*["\u201c\u201d]')
_HAS_LETTER = regex.compile(_L)


def _quotes(m: regex.Match) -> str:
    inner = m.group()[1:-1]
    return "\u00ab" + inner + "\u00bb" if _HAS_LETTER.search(inner) else m.group()


# Repeated marks: !!! -> !, ؟؟ -> ؟, ،، -> ، and four or more dots -> ...
_REPEATS = regex.compile(r"([!\u061f\u060c\u061b])\1+|\.{4,}")


latin_marks = RegexStep(_LATIN_MARK, lambda m: _TO_PERSIAN[m.group()], needs=tuple(_TO_PERSIAN))
space_before = RegexStep(_SPACE_BEFORE, "", needs=tuple(" " + c for c in ".\u060c\u061b\u061f!:)]\u00bb"))
space_after_open = RegexStep(_SPACE_AFTER_OPEN, "", needs=("( ", "[ ", "\u00ab "))
missing_space = RegexStep(_MISSING_SPACE, _missing_space)
ascii_quotes = RegexStep(_ASCII_QUOTES, _quotes, needs=('"', "\u201c", "\u201d"))
repeats = RegexStep(_REPEATS, lambda m: "..." if m.group().startswith(".") else m.group(1),
                    needs=("!!", "\u061f\u061f", "\u060c\u060c", "\u061b\u061b", "...."))

STEPS = (("latin_marks", latin_marks), ("quotes", ascii_quotes), ("space_before", space_before),
         ("space_after_open", space_after_open), ("repeats", repeats), ("missing_space", missing_space))
