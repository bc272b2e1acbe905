"""Split-word repair: `امو ر` -> `امور` when the join is a known word and the parts are not.

Two neighbours separated by one space are joined when their concatenation is a word of the
lexicon (or a verb form, or an inflection of a real word: `با ورهای` -> `باورهای`) and hazm's
word frequencies (counts per ~4e10 words) make the pair much less likely than the join:

    log(f(ab) + 1) + MARGIN > log(f(a) + 1) + log(f(b) + 1) - log(total)

with guards where hazm's counts mislead: two real words join only when both are rare or the
join is commoner than one of them (`دست ور`, not `تن در`); never a function word with a real
word (`این که`, `به من`), never a light verb (`قرار داد`, `کار کنیم`), never an uncounted join
with a common word (`محمد ابراهیمی`). So `ما مردم` stays, and `شهرد اری`, `اجر ایی`, `امو ر`
are joined. Pairs the ZWNJ rules own (`می شود`, `کتاب ها`, `مهم ترین`, `خانه ای`) are left to them.

Only candidates are examined: neighbour pairs whose concatenation is a word (one C-level map
over all pairs) and tokens that are no word at all (set operations).

>>> from farsi_press import normalize
>>> normalize("به گزارش امو ر بین الملل شهرد اری و ما مردم")
'به گزارش امور بین\u200cالملل شهرداری و ما مردم'
"""

from __future__ import annotations

import math
from bisect import bisect_right
import re
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, contains, methodcaller, or_

from farsi_press.memo import LRU_LIMIT, TOKEN_SET_LIMIT
from farsi_press.normalize.lexicon import (
    HA_SUFFIXES, LATIN_LETTER_NAMES, MI_PREFIXES, NAME_SUFFIXES, SECOND_PARTS, TAR_SUFFIXES, VERB_CLITICS,
    ZWNJ, Lexicon, all_verb_forms, counted_words, lexicon, space_tokens)
from farsi_press.normalize.offsets import rewrite
from farsi_press.normalize.options import NormalizerOptions
from farsi_press.normalize.steps import Result

#: How much likelier (in log units) the pair must be than the joined word to stay apart.
MARGIN = 4.0
#: Second parts the ZWNJ step attaches (with or without ZWNJ) rather than this one.
_ZWNJ_FIRSTS = frozenset(MI_PREFIXES)
#: A word this frequent next to a fragment only joins into a counted word.
COMMON = 10_000_000
#: Two words both rarer than this, whose join is a word, are a split word.
RARE = 10_000
#: The frequency given to real words that hazm tagged but did not count.
UNCOUNTED = 1000
#: One-letter words: never a fragment.
_LETTER_WORDS = frozenset("و")
#: Function words: a join with one of them must be a counted word.
#: How often hazm must count the stem of `function word + fragment` for the two to be joined.
_FUNCTION_JOIN_FREQ = 100_000

#: Function words that are also past stems: a personal ending split off them is joined (بود ند).
_PAST_STEMS = frozenset(("بود", "شد", "کرد"))

_FUNCTION = frozenset("""
که را از به در با تا بر برای این آن است هم نه یا اما ولی اگر چه چون هر همه یک دو سه هیچ
شد شده کرد کرده بود بوده نیز خود وی او ما من تو شما آنها ایشان
""".split())
_MI_WORDS = frozenset(MI_PREFIXES)
#: Personal endings that are never words alone: `X ند` is a split verb when `Xند` is a verb form.
_VERB_ENDINGS = frozenset(("ند", "ید", "یم"))
_HAMZA = "\u0654"


def _verbs() -> frozenset[str]:
    return all_verb_forms()


def _freq(lex: Lexicon, word: str) -> int:
    """hazm's count; a real word it did not count (frequency 0) as a modest `UNCOUNTED`."""
    f = lex.freq.get(word.rstrip(_HAMZA))
    return 0 if f is None else (f or UNCOUNTED)


def _score(lex: Lexicon, a: str, b: str, joined: str | None = None) -> float:
    """How much more likely `a+b` is as one word than `a b` as two (positive: join)."""
    word = (joined or a + b).rstrip(_HAMZA)
    fa, fb, fab = _freq(lex, a), _freq(lex, b), _freq(lex, word)
    counted = lex.freq.get(word) or 0  # hazm's own count of the join (0: listed, never counted)
    if fa and _light_verb(b, lex.verb_forms):
        return 0.0  # a light verb after a word: قرار داد, پیدا کرده, کار نکرده
    if fa and fb:  # two real words: not with a function word, and the join commoner than one of them
        if a in _FUNCTION or b in _FUNCTION:
            return 0.0
        return 1.0 if fab > min(fa, fb) or max(fa, fb) < RARE else 0.0  # فرما نداری: two rare words
    common = max(fa if len(a) >= 3 else 0, fb if len(b) >= 3 else 0)  # اقتصا دی: دی is no evidence
    if fab == 0 and (common >= COMMON or (common >= COMMON // 10 and min(len(a), len(b)) >= 4)):
        return 0.0  # an uncounted join with a common word (محمد ابراهیمی) is more likely two words
    if (a in _FUNCTION and b in lex.freq) or (b in _FUNCTION and a in lex.freq):
        return 0.0  # a function word next to a word: در گرو, تا کنون stay as written
    if fab == 0 and (a in _FUNCTION or b in _FUNCTION):
        return 0.0  # an uncounted join with a function word: صورتی که, وقتی که
    if counted == 0 and b in _FUNCTION:
        return 0.0  # a function word after a word into a join hazm lists but never counted: باوجود این
    joined = math.log(fab + 1)
    pair = math.log(fa + 1) + math.log(fb + 1) - lex.log_total
    return joined + MARGIN - pair


def _light_verb(word: str, forms: frozenset[str]) -> bool:
    """A verb form, or a participle, maybe negative (``داد``, ``کرده``, ``نکرده``; not ``نداری``)."""
    if word in forms:
        return True
    if word[-1] != "\u0647":
        return False
    return word[:-1] in forms or (word[0] == "\u0646" and word[1:-1] in forms)


def _zwnj_owns(a: str, b: str, lex: Lexicon) -> bool:
    """True when the ZWNJ step attaches suffix b to a (``کتاب ها``, ``مهم ترین``, ``خانه ام``)."""
    if b not in SECOND_PARTS:
        return False
    if b in _HA:
        return True
    if b in _TAR:
        return a in lex.adjectives
    return a[-1] in "\u0647\u06cc" or b in NAME_SUFFIXES


def _attaches(prev: str, suffix: str, lex: Lexicon) -> bool:
    """True when the ZWNJ step attaches `suffix` to the token before it (``مهم تر``), read by its
    last ZWNJ-joined part: the same before and after the ZWNJ step joins or splits that token
    (``اطلاع رسانی ی`` and ``اطلاع‌رسانی ی``), so that a second pass decides as the first."""
    prev = prev.rpartition("\u200c")[2]
    if not prev or not _WORD.match(prev):
        return False
    if suffix in _TAR:
        return prev in lex.adjectives
    if suffix in _HA:
        return True
    return prev[-1] in "\u0647\u06cc" and len(prev) >= 2


_TAR = frozenset(TAR_SUFFIXES)
_HA = frozenset(HA_SUFFIXES + VERB_CLITICS)


#: Inflections a split word may end in, after a known stem (``باور|های``, ``پرستار|ان``).
_INFLECTIONS = tuple(sorted(set(HA_SUFFIXES) | {
    "ان", "ات", "ی", "یی", "ای", "ین", "م", "ت", "ش", "مان", "تان", "شان", "یم", "ید", "ند", "یان",
    "گان", "تر", "ترین", "اش", "ام", "هاست"}, key=len, reverse=True))


@lru_cache(maxsize=LRU_LIMIT)
def _stem_freq_cached(word: str) -> int:
    return _stem_freq(lexicon(), word)


def _stem_freq(lex: Lexicon, word: str) -> int:
    """hazm's count of the known stem of an inflected word (``باورهای`` -> f(باور)), or -1."""
    word = word.rstrip(_HAMZA)
    best = -1
    for suffix in _INFLECTIONS_BY_LAST.get(word[-1], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            if stem in lex.freq:
                best = max(best, lex.freq[stem] or UNCOUNTED)
    return best


_INFLECTIONS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _s in _INFLECTIONS:
    _INFLECTIONS_BY_LAST[_s[-1]] = _INFLECTIONS_BY_LAST.get(_s[-1], ()) + (_s,)


def repair(text: str, options: NormalizerOptions, track: bool) -> Result:
    """Join words split by a stray space (see the module docstring).

    A word joins at most one neighbour per round; the joined text is examined again (at most
    `_ROUNDS` times) so that a word split twice (``ب اع ه``) comes out the same as a second pass
    would leave it. Only spaces are ever removed, so every round's spaces map back to the input.
    """
    spaces = _spaces(text)
    if not spaces:
        return text, None, []
    removed = spaces
    joined: str | None = None
    for _ in range(_ROUNDS - 1):
        joined = "".join(text[a + 1:b] for a, b in zip([-1] + removed, removed + [len(text)]))
        more = _spaces(joined)
        if not more:
            break
        # an offset in the joined text is that many characters, plus the spaces removed before them
        shifted = _shift(removed)
        back = [k + bisect_right(shifted, k) for k in more]
        removed = sorted(removed + back)
        joined = None  # (more spaces go: not the output)
    out, step_map, changes = rewrite(text, [(k, k + 1, "") for k in removed], track)
    # the joined text of a round that removed nothing more is the output: that object is passed
    # on, so that the ZWNJ step takes the split `_spaces` kept of it (`space_tokens`)
    return (joined if joined is not None and joined == out else out), step_map, changes


#: The longest text whose split the ZWNJ step may reuse (`space_tokens`): a news article; the
#: split of a longer one is not kept (with the ZWNJ step off it would stay until the next text).
_KEEP_SPLIT = 200_000

#: Rounds of joining (a word split into n parts needs n - 1).
_ROUNDS = 3


def _shift(removed: list[int]) -> list[int]:
    """For each removed space, its offset in the joined text (offset minus the spaces before it)."""
    return [k - i for i, k in enumerate(removed)]


def _spaces(text: str) -> list[int]:
    """Offsets of the spaces one round of repair removes, sorted."""
    if " " not in text:
        return []
    lex = lexicon()
    # a line break ends a token too (`امو ر\nبین`) but is never removed (see the end)
    raw, _vocab, uncounted = space_tokens(text, keep=len(text) <= _KEEP_SPLIT)
    # Candidates are tokens that are not words: unknown to the lexicon, or short fragments it
    # lists without counting them (``ور``, ``تیب``). Set operations at C speed pick them; only
    # their occurrences are examined.
    found: list[tuple[float, int]] = []  # (score, index of the token before the space)
    seen: set[int] = set()
    # 1. neighbours whose concatenation is a known word or a verb form (one C-level pass over all pairs)
    cats = map(add, raw, raw[1:])
    if _HAMZA in text:  # a word before its ezafe hamza (`سف رهٔ` -> `سفرهٔ`) is looked up without it
        cats = map(methodcaller("rstrip", _HAMZA), cats)
    cats = list(cats)
    real = counted_words()
    # (two sets looked up, not their union: a third set of 190 K words would cost each process 8 MB)
    joins = compress(count(), map(or_, map(lex.known.__contains__, cats), map(_verbs().__contains__, cats)))
    for j in joins:
        seen.add(j)
        a, b = raw[j], raw[j + 1]
        if not a or not b:
            continue  # a blank line or a double space: one side is empty, the other a word
        if (a in _FUNCTION and b in real and b not in _VERB_ENDINGS) or (b in _FUNCTION and a in real):
            continue  # این که, به من: two words (the common case, decided without a call); not بود ند
        score = _join_score(lex, raw[j - 1] if j else "", a, b)
        if score > 0:
            found.append((score, j))
    # 1b. the same where the second token carries a suffix after a ZWNJ (شهرد اری‌ها, رقا بت‌های)
    if ZWNJ in text:
        known = lex.known
        for j in compress(count(), map(contains, raw[1:], repeat(ZWNJ))):
            stem, _, suffix = raw[j + 1].partition(ZWNJ)
            if j not in seen and suffix in SECOND_PARTS and raw[j] + stem in known:
                seen.add(j)
                score = _join_score(lex, raw[j - 1] if j else "", raw[j], raw[j + 1])
                if score > 0:
                    found.append((score, j))
    # the plural «ان» split off a noun (کودک ان, سرباز ان): «ان» alone is no Persian word
    if _lone_an(text):
        for j in compress(count(), map(_PLURAL_AN.__eq__, map(_STRIP, raw[1:]))):
            if j not in seen and _takes_plural(raw[j], raw[j + 2] if j + 2 < len(raw) else ""):
                seen.add(j)
                found.append((1.0, j))
    # 2. tokens that are not words, with punctuation around them or an inflection made by the
    #    join (``امو ر،``, ``جلس هٔ``, ``باور|های``)
    cands = _candidates(uncounted)
    if cands:
        n = len(raw)
        for i in compress(count(), map(cands.__contains__, raw)):
            for j in (i - 1, i):  # the space before token i, the space after it
                if j < 0 or j + 1 >= n or j in seen:
                    continue
                seen.add(j)
                left = raw[j]
                if left in SECOND_PARTS:
                    score = _join_score(lex, raw[j - 1] if j else "", left, raw[j + 1])
                else:
                    score = _pair_score(left, raw[j + 1])
                if score > 0:
                    found.append((score, j))
    if not found:
        return []
    ends = list(accumulate(map(len, raw)))
    # best first; a word joins at most one neighbour; never across a line break
    found.sort(key=lambda f: -f[0])
    taken: set[int] = set()
    for _, j in found:
        if j - 1 not in taken and j + 1 not in taken and text[ends[j] + j] == " ":
            taken.add(j)
    return sorted(ends[j] + j for j in taken)  # offset of the space after token j


#: Tokens already judged, and the fragments among them (set operations at C speed; cleared when large).
_JUDGED: set[str] = set()
_FRAGMENTS: set[str] = set()


def _candidates(tokens: set[str]) -> set[str]:
    """The tokens that may be fragments (see `_is_candidate`), each judged once."""
    new = tokens.difference(_JUDGED)
    if new:
        if len(_JUDGED) > TOKEN_SET_LIMIT:
            _JUDGED.clear()
            _FRAGMENTS.clear()
            new = tokens
        _FRAGMENTS.update(filter(_is_candidate, new))
        _JUDGED.update(new)
    return tokens.intersection(_FRAGMENTS)


def _is_candidate(token: str) -> bool:
    """A token that may be a fragment: not a word, or a short one hazm lists without counting."""
    core = token.strip(_PUNCT).rstrip(_HAMZA)
    if _WORD.match(core) is None or core in counted_words() or core in _verbs():
        return False
    if len(core) <= 3:
        return True  # a short fragment hazm lists without counting (ور, تیب)
    # no word at all: not in the lexicon, nor an inflection of a real word (نیروهای, مدیران)
    return core not in lexicon().known and _stem_freq_cached(core) < 0


@lru_cache(maxsize=LRU_LIMIT)
def _pair_score(left: str, right: str) -> float:
    return _join_score(lexicon(), "", left, right)


def _join_score(lex: Lexicon, prev: str, left: str, right: str) -> float:
    """Score of joining two neighbouring tokens (> 0: join); punctuation may sit outside them."""
    a = left.lstrip(_PUNCT)
    b = right.rstrip(_PUNCT)
    if not a or not b or a[-1] in _PUNCT or b[0] in _PUNCT or len(a) + len(b) < 3:
        return 0.0
    if len(b) == 1 and right != b:
        return 0.0  # آیت ا...: an abbreviation, not a fragment
    b = b.rstrip(_HAMZA) if b[-1] == _HAMZA else b
    if ZWNJ in b and _WORD.match(a):
        # the second fragment with its suffix after a ZWNJ (رقا بت‌های): the fragments judged without it
        stem, _, suffix = b.partition(ZWNJ)
        return _join_score(lex, prev, a, stem) if suffix in SECOND_PARTS and stem else 0.0
    if not (_WORD.match(a) and _WORD.match(b)):
        return 0.0
    if a in _ZWNJ_FIRSTS or a in _LETTER_WORDS or b in _LETTER_WORDS or b in _MI_WORDS:
        return 0.0
    if _zwnj_owns(a, b, lex) or (a + " " + b) in lex.compounds:
        return 0.0
    if len(b) > 3 and b[-1] == "\u06cc" and b[-2] == "\u0627" and b[:-1] in lex.freq and not _joinable(a + b[:-1]):
        return 0.0  # a word in ا and its ezafe ی (which the normalizer may add): judged without it (ر اجرا|ی)
    word = a + b
    if b in _VERB_ENDINGS and len(a) >= 2 and (a not in _FUNCTION or a in _PAST_STEMS) and word in _verbs():
        return 2.0  # a personal ending split off its verb: بود ند, دار ید, باش ید
    if a in _HA and word in _HA:  # پایه‌ها ی -> پایه‌های
        return 1.0
    if b == "\u06cc" and a[-1] in "اوآ" and len(a) >= 3:  # سخنگو ی -> سخنگوی
        return 1.0
    if b == "\u0626":
        return 0.0  # a hamza seat alone («اند ئ») is no fragment of a word
    if b[0] == "\u0626" and not _joinable(word):  # اجرا ئی: ئی for یی
        word = a + "\u06cc" + b[1:]
    if (b in _KEEPERS and a in lex.freq and len(a) >= 3 and a not in _FUNCTION and word in lex.known
            and prev != "\u062a\u0648"):
        return 1.0  # شهر داری, فرمان داری: the suffix of keeping, not the verb «داری» (تو کتاب داری)
    if _joinable(word):
        if a in SECOND_PARTS and left == a and _attaches(prev, a, lex):
            return 0.0
        return _score(lex, a, b, word)
    # an inflected form of a real word (باور|های, پرستا|ران)
    if (a in _FUNCTION and len(b) >= 3 and b not in lex.freq and b not in SECOND_PARTS
            and b not in _verbs() and (word in _verbs() or _stem_freq_cached(word) >= _FUNCTION_JOIN_FREQ)):
        return 1.0  # a function word glued to no word makes a verb or a frequent word: با شند, بر ادرم
    if a in _FUNCTION or b in _FUNCTION or b in SECOND_PARTS or word in lex.freq:
        return 0.0
    if b in _verbs() or a in _verbs():  # کار کنیم, نشان دهیم: a light verb, not کارکن|یم
        return 0.0
    if a in lex.freq and b in lex.freq:
        return 0.0
    f = _stem_freq_cached(word)
    if f <= UNCOUNTED and a in lex.known and b in lex.freq:
        return 0.0  # two words (a name: هری کین), not an inflection of a stem hazm never counted (هریک|ین)
    return 1.0 + math.log(f + 1) if f >= 0 else 0.0


#: «داری», «داران» after a noun: the office or trade of keeping (شهرداری, سهامداران).
_KEEPERS = frozenset(("\u062f\u0627\u0631\u06cc", "\u062f\u0627\u0631\u0627\u0646"))
_PUNCT = "«»\"'()[]{}،؛؟!.,:;?-–—/\n"
_WORD = re.compile("[\u0621-\u06d3]+\\Z")


_STRIP = methodcaller("strip", _PUNCT)
_PLURAL_AN = "\u0627\u0646"
_SPACED_AN = " " + _PLURAL_AN


def _lone_an(text: str) -> bool:
    """Whether «ان» stands as a token of its own after a space (a cheap gate before the scan of
    every token: «ان» opens many words, انجام, انتخابات, and a plain-string search is fastest)."""
    i = text.find(_SPACED_AN)
    while i >= 0:
        j = i + 3
        if j == len(text) or not (text[j].isalpha() or text[j] == "\u200c"):
            return True
        i = text.find(_SPACED_AN, j)
    return False


#: Words after which a lone «ان» is the Arabic particle (ان شاء الله).
_AN_ARABIC = frozenset(("\u0627\u0644\u0644\u0647", "\u0634\u0627\u0621", "\u0634\u0627\u0621\u0627\u0644\u0644\u0647"))


def _takes_plural(word: str, after: str) -> bool:
    """Whether a lone «ان» after `word` is its plural ending: a counted noun of three letters or
    more, ending in a consonant (a vowel takes یان/گان), no Arabic article, function word or
    verb, and no Arabic particle reading (``ان شاء``, ``ان الله``).

    >>> _takes_plural("کودک", "را"), _takes_plural("و", "شاءالله"), _takes_plural("الموت", "کنتم")
    (True, False, False)
    """
    if len(word) < 3 or not _WORD.match(word) or word[-1] in "\u0627\u0648\u0647\u06cc\u0622":
        return False
    if word.startswith("\u0627\u0644") or word in _FUNCTION or word in _verbs():
        return False
    if after.rstrip(_PUNCT) in _AN_ARABIC or after in LATIN_LETTER_NAMES:
        return False  # ان شاء الله; ان بی سی (NBC)
    return lexicon().freq.get(word, 0) >= RARE


def _joinable(word: str) -> bool:
    """May a split word be `word`: a word of the lexicon or a verb form?"""
    return word in lexicon().known or word in _verbs()
