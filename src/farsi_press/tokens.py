"""Word units with offsets, for the entity layer.

A word unit is a run of letters, marks and digits, ZWNJ-joined parts included
(«روابط عمومی‌ها» → «روابط», «عمومی‌ها»). Each unit carries its lookup key
(`farsi_press.lexicons.lexicon_key`, ZWNJ read as a space) and the kind of gap before it:
`JOIN` (spaces only), `COMMA` (a comma, spaces around it) or `BREAK` (anything else:
other punctuation, a line break, the start of the text).

>>> toks = tokenize("استاندار تهران، محسن منصوری")
>>> [toks.keys[i] for i in range(len(toks))]
['استاندار', 'تهران', 'محسن', 'منصوری']
>>> toks.gaps[2] == COMMA
True
"""

from __future__ import annotations

from itertools import accumulate

import re

import regex

from farsi_press.lexicons import WORD_KEYS, word_key
from farsi_press.memo import remember

__all__ = ["Tokens", "tokenize", "split_words", "tokens_of", "JOIN", "COMMA", "BREAK"]

JOIN, COMMA, BREAK = 0, 1, 2

# Letters, marks, digits; ZWNJ (or ZWJ) only between two such runs. Captured, so that `split`
# gives the gaps and words alternately in one C-level pass: [gap, word, gap, word, ..., tail].
_WORD = regex.compile(r"([\p{L}\p{M}\p{Nd}]+(?:[\u200c\u200d][\p{L}\p{M}\p{Nd}]+)*)")
_COMMA_GAP = regex.compile(r"[ \t\u00a0\u200c«»\"“”]*[،,][ \t\u00a0\u200c«»\"“”]*")
# quotation marks around a name do not separate it from its office: «دونالد ترامپ» رئیس‌جمهور
_SPACE_GAP = regex.compile(r"[ \t\u00a0\u200c\u200f\u200e«»\"“”]+")

_GAP_KINDS: dict[str, int] = {}


def char_class(chars: str) -> str:
    """A character-class body of `chars` as ranges of code points."""
    cps = sorted(set(map(ord, chars)))
    out: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        out.append(f"\\u{cps[i]:04x}" + (f"-\\u{cps[j]:04x}" if j > i else ""))
        i = j + 1
    return "".join(out)


def _fast_word() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`_WORD` in the standard `re` (faster here), exact on the Basic Multilingual Plane.

    `re`'s `\\w` is a letter, a number or «_»; the word class is `\\w` plus every BMP character
    that `regex` counts as \\p{L}, \\p{M} or \\p{Nd} but `re` not as `\\w` (the marks: «ً»,
    «ٰ»...). The second pattern finds what `\\w` holds beyond \\p{L}\\p{M}\\p{Nd} («_», «²»,
    «Ⅳ») and any character beyond the BMP: texts with one are split by `_WORD` itself.
    Both classes are computed from the running `regex`/`re` Unicode tables with C-level passes.
    """
    bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    extra = "".join(regex.findall(r"[\p{L}\p{M}\p{Nd}]", re.sub(r"\w", "", bmp)))
    odd = "".join(regex.findall(r"[^\p{L}\p{M}\p{Nd}]", "".join(re.findall(r"\w", bmp))))
    word = r"[\w" + char_class(extra) + "]"
    # (possessive: a run of word characters never gives one back to the joiner after it, which is
    # no word character; the same units as greedy, with no backtracking state kept)
    return re.compile("(" + word + r"++(?:[\u200c\u200d]" + word + r"++)*+)"), re.compile("[" + char_class(odd) + "\\U00010000-\\U0010ffff]")


_RE_WORD, _NOT_FAST = _fast_word()


def _gap_kind(gap: str) -> int:
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        if _SPACE_GAP.fullmatch(gap):
            kind = JOIN
        elif _COMMA_GAP.fullmatch(gap):
            kind = COMMA
        else:
            kind = BREAK
        remember(_GAP_KINDS, gap, kind)
    return kind


class Tokens:
    """Parallel lists: `starts`, `ends`, `keys`, `gaps` (gap kind before each unit)."""

    __slots__ = ("text", "starts", "ends", "keys", "gaps")

    def __init__(self, text: str, starts: list[int], ends: list[int], keys: list[str], gaps: list[int]):
        self.text = text
        self.starts = starts
        self.ends = ends
        self.keys = keys
        self.gaps = gaps

    def __len__(self) -> int:
        return len(self.keys)


def split_words(text: str) -> list[str]:
    """`text` cut into gaps and word units alternately: [gap, word, gap, word, ..., tail] (one
    C-level split; the first gap and the tail may be empty).

    >>> split_words("وزیر کشور، گفت")
    ['', 'وزیر', ' ', 'کشور', '، ', 'گفت', '']
    """
    return (_RE_WORD if _NOT_FAST.search(text) is None else _WORD).split(text)


def tokenize(text: str) -> Tokens:
    """Word units of `text` with offsets, keys and gap kinds (see module docstring)."""
    parts = split_words(text)
    words = parts[1::2]
    # one dict lookup a token in C; words not seen before are keyed below
    keys = list(map(WORD_KEYS.get, words))
    if None in keys:
        keys = [k if k is not None else word_key(w) for k, w in zip(keys, words)]
    return tokens_of(text, parts, keys)


def tokens_of(text: str, parts: list[str], keys: list[str]) -> Tokens:
    """The `Tokens` of `text` from its `split_words` parts and the keys of its words (for a caller
    that looks its words up in a table of its own, keys included, in one pass).

    >>> parts = split_words("وزیر کشور، گفت")
    >>> toks = tokens_of("وزیر کشور، گفت", parts, ["وزیر", "کشور", "گفت"])
    >>> toks.starts, toks.gaps == [BREAK, JOIN, COMMA]
    ([0, 5, 11], True)
    """
    # offsets from the running sum of gap and word lengths (all in C)
    acc = list(accumulate(map(len, parts)))
    starts = acc[0:-1:2]
    ends = acc[1::2]
    gap_texts = parts[0:-1:2]
    # one dict lookup a gap in C; gaps not seen before are classified below
    gaps = list(map(_GAP_KINDS.get, gap_texts))
    if None in gaps:
        gaps = [k if k is not None else _gap_kind(g) for k, g in zip(gaps, gap_texts)]
    if gaps:
        gaps[0] = BREAK
    return Tokens(text, starts, ends, keys, gaps)
