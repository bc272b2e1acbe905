"""The ezafe «ی» after a noun in «ـا» where it was left out: `ارتقا ماموریت` → `ارتقای ماموریت`,
`ایفا نقش` → `ایفای نقش`, `اعضا شورا` → `اعضای شورا`.

Only nouns that never stand as adverbs take it (`data/ezafe_heads.txt`: Arabic verbal nouns whose
final hamza Persian drops, broken plurals in «ـاء»), and only before a complement: the next word
is a word the lexicon knows, no verb form, function word or pronoun, and the word after it no
verb. So `به امضا رسید`, `اعضا برگزار شد`, `اجرا خواهد شد`, `ارتقا و توسعه`, `ابتلا به` stay.
The «ی» is the one letter the normalizer adds (an edit of kind `ezafe` in `explain()`).

>>> from farsi_press import normalize
>>> normalize("برای ارتقا ماموریت‌های محوله و اجرا طرح جدید")
'برای ارتقای ماموریت\u200cهای محوله و اجرای طرح جدید'
>>> normalize("قرارداد به امضا رسید و اعضا برگزار شد")
'قرارداد به امضا رسید و اعضا برگزار شد'
"""

from __future__ import annotations

import re
from functools import cache

import regex

from farsi_press.lexicons import data_text
from farsi_press.normalize.lexicon import SECOND_PARTS, all_verb_forms, lexicon
from farsi_press.normalize.offsets import rewrite
from farsi_press.normalize.options import NormalizerOptions
from farsi_press.normalize.steps import Result

_YEH = "\u06cc"
_ZWNJ = "\u200c"
# a word: letters, ZWNJ inside (the next two words after a head are read with it)
_WORD = regex.compile(r"[ ]([\p{L}\p{M}\u200c]{1,40})")
_MARK = regex.compile(r"\p{M}")
#: Words that open no complement: prepositions, conjunctions, personal pronouns, copulas (also
#: as the first part of a ZWNJ word: `به‌یاد`). Determiners do (`اجرای این طرح`, `ارتقای همه`).
#: Nor does a suffix written apart (`ارتقا ای`, `SECOND_PARTS`: the ZWNJ step joins it).
_NOT_COMPLEMENT = frozenset("""
که را از به در با تا بر برای و یا هم نیز نه اما ولی اگر چه چون هیچ
وی او ما من تو شما آنها ایشان اینها است بود شد کرد باشد شود
عند فی علی الی عن لا ان الله
""".split())  # (the last line: Arabic particles of quoted verses, `احیا عند ربهم`, and `انشا الله`)
_VERB_PREFIXES = ("می" + _ZWNJ, "نمی" + _ZWNJ)
_COPULAS = frozenset("است هست هستند هستیم هستید هستی هستم نیست نیستند نیستیم اند ایم اید".split())
_PREVERBS = ("در", "بر", "فرا", "باز", "وا")


@cache
def _heads() -> re.Pattern:
    """The heads before a space (the standard `re`, with no lookbehind, scans fastest: a match
    inside a longer word is dropped by `_word_start`)."""
    raw = data_text("ezafe_heads.txt")
    words = sorted((w for w in raw.split("\n") if w and not w.startswith("#")), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?= )")


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalpha() or text[i - 1] == _ZWNJ or _MARK.match(text[i - 1]))


def _verb(word: str) -> bool:
    """A verb form (`کرده‌اند`: its first part), an infinitive (`کردن`), a copula, a verb with
    «می»/«نمی» or with a preverb (`درآمده`, `برنمی‌تابد`)."""
    forms = all_verb_forms()
    first = word.split(_ZWNJ)[0]
    if first in forms or word.startswith(_VERB_PREFIXES) or first in _COPULAS:
        return True
    if first.endswith("ن") and first[:-1] in lexicon().past_stems:
        return True
    for pre in _PREVERBS:
        if first.startswith(pre) and len(first) > len(pre) + 1:
            rest = first[len(pre):]
            if rest in forms or rest.startswith(("می", "نمی")) or rest.replace("آ", "ا", 1) in forms:
                return True
    return False


def _known(word: str, lex) -> bool:
    return word in lex.known or word in lex.freq


def _complement(text: str, end: int) -> bool:
    """Does a complement (and no verb after it) follow the head that ends at `end`?"""
    m = _WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    lex = lexicon()
    if (len(word) < 2 or word.split(_ZWNJ)[0] in _NOT_COMPLEMENT or word in SECOND_PARTS or _verb(word)
            or not _known(word.split(_ZWNJ)[0], lex)):  # (`ماموریت‌های`: its first part)
        return False
    after = _WORD.match(text, m.end())
    return after is None or not _verb(after.group(1))


def insert(text: str, options: NormalizerOptions, track: bool) -> Result:
    """Add the ezafe «ی» after the heads of `data/ezafe_heads.txt` (see the module docstring)."""
    if "\u0627 " not in text:
        return text, None, []
    edits = [(m.end(), m.end(), _YEH) for m in _heads().finditer(text)
             if _word_start(text, m.start()) and _complement(text, m.end())]
    if not edits:
        return text, None, []
    return rewrite(text, edits, track)
