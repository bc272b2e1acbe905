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

from itertools import accumulate, chain

import regex

from farsi_press.lexicons import WORD_KEYS, word_key

__all__ = ["Tokens", "tokenize", "JOIN", "COMMA", "BREAK"]

JOIN, COMMA, BREAK = 0, 1, 2

# Letters, marks, digits; ZWNJ (or ZWJ) only between two such runs.
_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}]+(?:[\u200c\u200d][\p{L}\p{M}\p{Nd}]+)*")
_COMMA_GAP = regex.compile(r"[ \t\u00a0\u200c«»\"“”]*[،,][ \t\u00a0\u200c«»\"“”]*")
# quotation marks around a name do not separate it from its office: «دونالد ترامپ» رئیس‌جمهور
_SPACE_GAP = regex.compile(r"[ \t\u00a0\u200c\u200f\u200e«»\"“”]+")

_GAP_KINDS: dict[str, int] = {}
# One C-level pass: (gap before, word) pairs.
_PAIRS = regex.compile(r"([^\p{L}\p{M}\p{Nd}]*)([\p{L}\p{M}\p{Nd}]+(?:[\u200c\u200d][\p{L}\p{M}\p{Nd}]+)*)")




def _gap_kind(gap: str) -> int:
    kind = _GAP_KINDS.get(gap)
    if kind is None:
        if _SPACE_GAP.fullmatch(gap):
            kind = JOIN
        elif _COMMA_GAP.fullmatch(gap):
            kind = COMMA
        else:
            kind = BREAK
        if len(_GAP_KINDS) < 100_000:
            _GAP_KINDS[gap] = kind
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


def tokenize(text: str) -> Tokens:
    """Word units of `text` with offsets, keys and gap kinds (see module docstring)."""
    pairs = _PAIRS.findall(text)
    # offsets from the running sum of gap and word lengths (all in C)
    acc = list(accumulate(map(len, chain.from_iterable(pairs))))
    starts = acc[0::2]
    ends = acc[1::2]
    keys_get = WORD_KEYS.get
    keys = [keys_get(w) or word_key(w) for _, w in pairs]
    gk = _GAP_KINDS.get
    gaps = [gk(g, -1) for g, _ in pairs]  # one lookup a gap; gaps not seen before are classified below
    if -1 in gaps:
        gaps = [k if k >= 0 else _gap_kind(g) for k, (g, _) in zip(gaps, pairs)]
    if gaps:
        gaps[0] = BREAK
    return Tokens(text, starts, ends, keys, gaps)
