"""ZWNJ (U+200C): cleanup of misplaced ones, and insertion where Persian orthography wants one.

Insertion decides each space between two Persian words (ZWNJ, nothing, or keep the space) and
splits glued words (``بزرگترین``, ``میزند``, ``سرمایهگذاران``, ``موضعگیریهای``), by rule and
lexicon (`lexicon.py`):

- verb prefixes: ``می شود`` / ``میشود`` -> ``می‌شود`` when the rest is a verb form of the lexicon
  (so ``ماه می سال``, ``میز``, ``میلیون`` stay);
- plural and clitic suffixes: ``کتاب ها`` / ``کتابها`` -> ``کتاب‌ها``; ``تر``/``ترین`` after
  adjectives only (``مهم ترین`` -> ``مهم‌ترین``, never ``دختر``); ``ای/ام/اند/ایم/اید/ی``
  after a final ``ه`` (``خانه ای`` -> ``خانه‌ای``);
- compounds the lexicon writes with ZWNJ (``بین المللی`` -> ``بین‌المللی``), their inflected
  forms (``شبه نظامیان``, ``اصلاح گرایان``) and the ezafe ``هٔ`` (``واژه نامهٔ``);
- bound heads after a word (``بحران سازی``, ``توطئه انگیز``, ``خارج نشینان``: the hand list
  ``words_compound_heads.txt``), not ``خواهی`` before a past stem (``افسوس خواهی خورد``);
- the prefix ``بی`` before a word or its inflection (``بی انتهایی``), not a Latin letter's name
  (``ان بی سی``);
- adjectival participles before a preposition: ``خدمات ارائه شده توسط`` -> ``ارائه‌شده`` (not
  ``انجام شده است``, ``گفته شده در``);
- after a letter that never joins (``کشور ها``) the parts are simply joined: a ZWNJ there would
  be invisible; a glued plural there is left as written (``سفرهای``, not ``سفره‌ای``);
- glued words: a noun and a participle (``مصرفشده`` -> ``مصرف‌شده``), a participle and a verb
  clitic (``بازتابیدهاند``), ``ی`` and a vowel clitic (``قبلیام``, ``روانیای``; not ``دریای``,
  ``امکانیات``), ``می`` and a verb the lexicon lacks (``میدمد``, ``میپرورانند``), a name in ``ی``
  and a surname ending (``هاشمیپور``, ``هادیزاده``);
- a compound ending in a participle is left apart before an auxiliary (``آسیب دیده است``).

Only candidates are visited: literal-led patterns for suffixes and prefixes, and set operations
on the text's vocabulary for compounds and glued words. (These scans use the standard library's
``re``, several times faster than ``regex`` on such simple patterns.)

>>> from farsi_press import normalize
>>> normalize("این کار انجام میشود و کتاب ها در ماه می سال جاری بین المللی شد")
'این کار انجام می\u200cشود و کتاب\u200cها در ماه می سال جاری بین\u200cالمللی شد'
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import contains
from typing import Iterator

import regex

from farsi_press.normalize.lexicon import (
    HA_SUFFIXES, HE_SUFFIXES, LATIN_LETTER_NAMES, MI_PREFIXES, NAME_SUFFIXES, NON_JOINING, TAR_SUFFIXES,
    VERB_CLITICS, YE_SUFFIXES, ZWNJ, Lexicon, all_verb_forms, join, lexicon,
    LETTERS, occurrences, proper_names, space_tokens, word_before)
from farsi_press.normalize.offsets import rewrite
from farsi_press.normalize.options import NormalizerOptions
from farsi_press.memo import LRU_LIMIT, TOKEN_SET_LIMIT
from farsi_press.normalize.punctuation import LETTER
from farsi_press.normalize.steps import RegexStep, Result

_L = f"[{LETTER}]"

# A ZWNJ is only ever between two letters: drop it at word edges, beside spaces and punctuation;
# a run of them between two letters becomes one; between a number and a word it stood for a
# space (`۲۰\u200cدسامبر`, `سال\u200c۱۴۰۰`) and becomes one.
_MISPLACED = regex.compile(rf"\u200c{{2,}}|(?<!{_L})\u200c|\u200c(?!{_L})")
_DIGIT_WORD = regex.compile(rf"(?<=\d)\u200c+(?=[{LETTER}\d])|(?<=[{LETTER}])\u200c+(?=\d)")


def _misplaced(m: regex.Match) -> str:
    if len(m.group()) > 1 and m.start() and _between_letters(m):
        return "\u200c"
    if m.start() and _DIGIT_WORD.match(m.string, m.start()) is not None and not _in_latin_word(m.string, m.start()):
        return " "
    return ""


def _in_latin_word(s: str, i: int) -> bool:
    """Whether the digits that end at i close a Latin word (`MP3\u200cها`: its plural keeps the ZWNJ
    out, not a space in)."""
    j = i
    while j > 0 and i - j < 20 and s[j - 1].isdigit():
        j -= 1
    return j > 0 and s[j - 1].isascii() and s[j - 1].isalpha()


def _between_letters(m: regex.Match) -> bool:
    s = m.string
    return m.end() < len(s) and _LETTER_RE.match(s, m.start() - 1) is not None and _LETTER_RE.match(s, m.end()) is not None


_LETTER_RE = regex.compile(_L)
cleanup = RegexStep(_MISPLACED, _misplaced)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


_END = rf"(?![{LETTER}\u200c])"
_NJ = "".join(sorted(NON_JOINING))
_HA_ALT = _alternation(HA_SUFFIXES + VERB_CLITICS)
# Suffix rules that need no lexicon, each matching the one space it replaces; every pattern starts
# with the space (a literal: the scan only stops at spaces) and looks behind over it.
_RULES = (
    # ` ها`, ` های`, ` اند` after a word of two letters and more: ZWNJ after a joining letter,
    # nothing after ا د ر ز و ... (not after one letter: `د های` is no word, and would be read
    # as `ده‌ای` once joined)
    (re.compile(rf" (?<=[{LETTER}][{LETTER}] )(?<![{_NJ}] )(?=(?:{_HA_ALT}){_END})"), ZWNJ),
    (re.compile(rf" (?<=[{LETTER}][{_NJ}] )(?=(?:{_HA_ALT}){_END})"), ""),
    # `خانه ای`, `گفته اند`, `همه ی` after a word of three letters and more ending in ه
    (re.compile(rf" (?<=[{LETTER}][{LETTER}]\u0647 )(?=(?:{_alternation(HE_SUFFIXES)}){_END})"), ZWNJ),
    # `زندگی اش`, `زندگی شان` after a word ending in ی (not ولی, یعنی, حتی, نمی)
    (re.compile(rf" (?<=[{LETTER}][{LETTER}]\u06cc )(?<!ولی )(?<!یعنی )(?<!حتی )(?<!نمی )"
                rf"(?=(?:{_alternation(YE_SUFFIXES)}){_END})"), ZWNJ),
    # `هاشمی پور`, `محبی نیا`
    (re.compile(rf" (?<=[{LETTER}]\u06cc )(?=(?:{_alternation(NAME_SUFFIXES)}){_END})"), ZWNJ),
    # `نجف پور`, `کرم پور`: «پور» (son of) alone is no word of today's prose, only a surname's end
    # (after a joining letter of a word of three letters and more; `نادر پور` stays)
    (re.compile(rf" (?<=[{LETTER}][{LETTER}][{LETTER}] )(?<![{_NJ}] )(?=\u067e\u0648\u0631{_END})"), ZWNJ),
)
#: Every space the rules may replace: one scan finds them, then the first rule matching there decides.
_RULE_SPACES = re.compile(
    rf" (?=((?:{_alternation(HA_SUFFIXES + VERB_CLITICS + HE_SUFFIXES + YE_SUFFIXES + NAME_SUFFIXES)})){_END})")


def _rule_edits(text: str) -> list[tuple[int, int, str]]:
    """The suffix rules' edits: (offset of the space, offset + 1, ZWNJ or nothing).

    A join without ZWNJ (after ا د ر ز و ...) makes a glued word the next pass reads again, so it
    is made only where that reading agrees: after a known word, into a word the glued-word
    analysis leaves as it is, and not after ``می`` (``می در اند``, ``می‌خد اند``).
    """
    edits = []
    for m in _RULE_SPACES.finditer(text):
        i = m.start()
        for pattern, repl in _RULES:
            if pattern.match(text, i):
                if repl or _joins(text, i, m.group(1)):
                    edits.append((i, i + 1, repl))
                break
    return edits


def _joins(text: str, i: int, suffix: str) -> bool:
    """True when the word before the space at i and `suffix` may be joined without ZWNJ."""
    lex = lexicon()
    prev = word_before(text, i)
    if prev not in lex.known or prev in _PLURAL_WORDS:
        return False  # (a plural ending alone takes no suffix: «ر ها ها» glued «هاها» read «رهاها» next;
        # «تر ها» does: «قدیمی تر ها»)
    j = i - len(prev) - 1
    if j > 0 and text[j] == "\u200c":
        return False  # the tail of a ZWNJ word (فه‌اند اند): the glued form was no word either
    if j > 0 and text[j] == " " and word_before(text, j) in _MI_SET:
        return False  # after a spaced می (می در اند)
    word = prev + suffix
    if word in lex.known:
        return True
    found = _glued_fix(word)
    return found is None or found[0] == word


# ` تر`, ` ترین` ... (the word before is checked against the adjectives).
_TAR = re.compile(rf" (?<={_L} )(?:{_alternation(TAR_SUFFIXES)}){_END}")
# `می شود`, `نمی توان`, `برمی گردد`: the prefix as a word, then a word.
_MI = re.compile(rf"(?<![{LETTER}\u200c])(?:{_alternation(MI_PREFIXES)})( +)({_L}{{2,}})(?![{LETTER}\u200c\d])")
#: Every prefix ends in «می»: a match holds «می » at most this far after its start.
_MI_REACH = max(map(len, MI_PREFIXES)) - 2


def _matches_near(pattern: re.Pattern, text: str, literal: str, reach: int = 0) -> Iterator[re.Match]:
    """The matches of `pattern`, as `finditer` finds them, for a pattern whose every match holds
    `literal` at most `reach` characters after its start: only the offsets just before each
    occurrence of `literal` (a substring search) are tried, not every offset of the text (a scan
    that stops at every space, or at every letter for a pattern that opens with a look-behind)."""
    pos = 0
    q = text.find(literal)
    while q >= 0:
        for start in range(max(pos, q - reach), q + 1):  # (a start before these held an earlier one)
            m = pattern.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break
        q = text.find(literal, max(q + 1, pos))


# An unlisted verb after a spaced می (``می خیساند``, ``می درخشیدند``): a personal ending.
_VERB_LIKE = re.compile(r"(?:[دت]|ند|[دت](?:م|ی|یم|ید|ند)|ده|[^\W\d_](?:م|یم|ید|ند))$")

#: The personal endings that let a glued ``می`` + unknown word be read as a verb (``میدمد``,
#: ``میخیساند``, ``مینکوهیم``); not ``ی`` (``میلاردی``: a misspelt ``میلیاردی``).
_GLUED_VERB = re.compile(r"[^\W\d_](?:ند|یم|ید|م|د)$")
#: Prefixes a glued guess does not take: ``وامی`` is mostly ``و`` glued to a word (``وامیدواریم``).
_MI_NOT_GLUED = frozenset(("وامی", "وانمی"))
#: Words before ``می`` that make it the month (``ماه می``).
_MI_NOT = frozenset(("ماه", "اواسط", "اوایل", "اواخر", "ماههای"))

#: An adjectival participle: ``اقدامات انجام شده در`` -> ``انجام‌شده``, before a preposition or
#: ``را`` (``انجام شده است``, ``انجام شده و`` stay verbs) and after a noun (its head, checked in
#: code); the space before ``شده`` is matched.
_PARTICIPLE = re.compile(rf" (?<={_L}{_L} )شده (?=(?:در|از|را|توسط|برای|طی)[ \u060c.])")
#: Words whose passive is a reported statement, not an adjective (``گفته شده در این حمله ...``).
_PARTICIPLE_NOT_HEAD = frozenset(("گفته", "اعلام", "تاکید", "تأکید", "یاد", "ذکر", "اشاره", "عنوان"))



def split_glued(word: str, lex: Lexicon, guess: bool = True) -> str | None:
    """The ZWNJ form of a glued word that is not itself a word, or None.

    >>> split_glued("میشود", lexicon()), split_glued("کتابهایی", lexicon()), split_glued("میز", lexicon())
    ('می\u200cشود', 'کتاب\u200cهایی', None)
    """
    found = _analyse_glued(word, lex, guess)
    return found[0] if found is not None else None


def _analyse_glued(word: str, lex: Lexicon, guess: bool = True) -> tuple[str, str] | None:
    """(ZWNJ form, kind) of a glued word: kind is compound, mi, ha, tar, he or ye; with `guess`,
    also an inflected compound or a word and a bound head (kind head), tried last."""
    if word in lex.glued:
        return lex.glued[word], "compound"
    # می + a verb form before the verb check: میزند is می‌زند, not the rare میزیدن + ند
    # (not an adjective in ی of a word in می: میدانی is میدان + ی)
    if word.startswith(_MI_ORDER) and (mi := _mi_split(word, lex)) is not None \
            and not (word[-1] == "\u06cc" and word[:-1] in lex.freq):
        return mi, "mi"
    if word in all_verb_forms():  # رساند, خواند: verbs, not stem + اند
        return None
    if word[-1] == "\u06cc" and word[-2] in _LONG_VOWELS and word[:-1] in lex.freq:
        return None  # بهای, صدای: a word in ا or و and its ezafe, written glued (not به‌ای)
    best: tuple[bool, bool, bool, bool, float, int, str, str] | None = None
    for suffix, kind in _SUFFIX_ORDER if word.endswith(_SUFFIX_TUPLE) else ():
        if not word.endswith(suffix) or len(word) - len(suffix) < 2:
            continue
        stem = word[: -len(suffix)]
        if kind == "he" and suffix in _PLURAL_READING and word[:-2] in lex.freq:
            continue  # متهمان is متهم + ان, not مته‌مان
        if kind == "he" and (stem[-1] != "\u0647"
                             or (suffix in _VERB_ENDINGS and not _is_past_stem(stem[:-1], lex))):
            continue  # گفته‌اند, دریافته‌اند; but حرفهایم is حرف‌هایم (no verb حرف)
        if kind == "tar" and ((stem + "تر" in lex.known and stem + "تر" != word) or (
                stem not in lex.adjectives and (suffix != "ترین" or stem[-1] != "\u06cc" or len(stem) < 4
                                            or stem not in lex.known))):
            continue  # بیشترین, فیلترها: after a word in تر; بزرگترین (بزرگتر is no word), اصلیترین split
        if kind == "ye" and (stem[-1] != "\u06cc" or len(stem) < 3 or (stem not in lex.freq and (
                len(stem) < 4 or suffix[0] != "\u0627" or suffix == "\u0627\u062a" or stem[:-1] not in lex.freq)) or (
                suffix[0] == "\u0627" and (stem[-2] in _LONG_VOWELS or stem + "\u0627" in lex.known))):
            continue  # زندگیاش, قبلیام (قبل + ی); not الای|ام, مولای|مان, دری|ای (دریای), امکانیات
        if kind == "ha" and len(stem) < 4 and stem not in lex.freq:
            continue  # انتهای is not انت|های
        if stem in lex.known:
            fixed = stem
        elif stem in lex.glued:
            fixed = lex.glued[stem]
        elif stem in lex.deverbal:  # گذاریهای (after سرمایه)
            fixed = stem
        elif kind == "ha" and (head := _head_split(stem, lex)) is not None:
            fixed = head  # موضعگیریهای
        elif kind == "he" and suffix in _VERB_ENDINGS and stem.startswith(_MI_ORDER) \
                and (mi := _mi_split(stem, lex)) is not None:
            fixed = mi  # میکردهاند: می‌کرده‌اند
        elif kind == "he" and suffix in _VERB_ENDINGS:
            fixed = stem  # a participle the lexicon does not list (بازتابیده‌اند, چکانده‌ایم)
        elif kind == "ye":
            fixed = stem  # an adjective in ی of a known word (قبلی‌ام, سنتی‌ای)
        else:
            continue
        # real stems first, then the commoner; `Xه‌ای` is preferred to `X‌های` (حرفه‌ای, not حرف‌های)
        f = lex.freq.get(stem)
        weight = math.log((f or 0) + 1) + (_HE_BONUS if kind == "he" else 0.0)
        # a plural after a letter that never joins is written glued (سفرهای): the word as it
        # stands is right, and wins over a glued `Xه‌ای` of a rarer word (سفره‌ای; not تازه‌ای)
        as_written = (kind == "ha" and f is not None and stem[-1] in NON_JOINING
                      and f >= lex.freq.get(stem + "\u0647", 0))
        # a participle and its personal ending wins over that (دیده‌ایم, not دید‌هایم: my views)
        perfect = kind == "he" and suffix in _VERB_ENDINGS and _is_past_stem(stem[:-1], lex)
        # a glued «های» after a counted word is its plural: in news text a writer who leaves out the
        # ZWNJ writes «Xه ای» apart, and a glued `Xهای` reads as X + های (یگانهای, کردهای, پیشرفتهای)
        # (unless the word in ه is far commoner: گونهای is گونه‌ای, not گون‌های)
        # (nor after a compound noun in a past stem, whose word in ه is its participle, however often
        # hazm counts that: «کارکردهای» is کارکرد + های, not «کارکرده» + ای)
        plural = (kind == "ha" and (f or 0) >= _PLURAL_STEM_FREQ and suffix[:3] == "\u0647\u0627\u06cc"
                  and (lex.freq.get(stem + "\u0647", 0) < _HE_RATIO * (f or 0)
                       or (len(stem) > _SIMPLE_PAST and _is_past_stem(stem, lex))))
        score = (f is not None, perfect, plural, as_written, weight, len(stem), join(fixed, suffix), kind)
        if best is None or score > best:
            best = score
    if best is not None or not guess:
        return (best[6], best[7]) if best is not None else None
    # a noun and a participle glued (حذفشده, وحشتزده, پیشبینیشده): never one word
    for part in _PARTICIPLES if word.endswith(_PARTICIPLES) else ():
        first = word[: -len(part)]
        if word.endswith(part) and len(first) >= 2 and first not in _NOT_FIRST:
            if first in lex.freq:
                return join(first, part), "head"
            if first in lex.glued:
                return join(lex.glued[first], part), "head"
    # a surname ending after a word in ی (هاشمیپور, محبینیا), as the spaced rule writes it
    for end in _NAME_ENDS if word.endswith(_NAME_ENDS) else ():
        first = word[: -len(end)]
        if word.endswith(end) and len(first) >= 4 and first[-1] == "\u06cc" and (
                first in lex.known or first[:-1] in lex.freq):
            return first + ZWNJ + end, "head"
    # می and a verb the lexicon lacks (میدمد, میخیساند, فرومیچکیدند): a personal ending after the
    # stem, and no known word opening it (not میهنم, میهماننوازند: میهمان; not the names in میر)
    if word.startswith(_MI_ORDER) and not word.endswith("\u0633\u062a") and not word.startswith("\u0645\u06cc\u0631"):
        for prefix in _MI_ORDER:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 3 and _GLUED_VERB.search(rest) and prefix not in _MI_NOT_GLUED:
                if not any(word[:k] in lex.freq for k in range(len(prefix) + 2, len(word))):
                    return prefix + ZWNJ + rest, "mi"
                break
    # an inflected compound (سرمایهگذاران), then a word and a bound head (موضعگیری, تصمیمگیرندگان)
    for ending in _COMPOUND_ENDINGS if word.endswith(_COMPOUND_ENDINGS) else ():
        if word.endswith(ending) and word[: -len(ending)] in lex.glued:
            return lex.glued[word[: -len(ending)]] + ending, "head"
    head = _head_split(word, lex)
    return (head, "head") if head is not None else None


#: Participles that make an adjective after a noun (``حذف‌شده``, ``وحشت‌زده``, ``صدمه‌دیده``): a word
#: glued to one of them is split (the spaced pair may be a verb phrase and is left to other rules).
_PARTICIPLES = ("شده", "شدگان", "شدگی", "زده", "زدگان", "زدگی", "دیده", "دیدگان", "دیدگی",
                "خورده", "خوردگی")
#: Surname endings split from a glued name in ی (``هاشمی‌پور``, ``ولی‌زاده``); ``زاده`` only glued,
#: as spaced it is also the verb (``کودکی زاده شد``).
_NAME_ENDS = NAME_SUFFIXES + ("\u0632\u0627\u062f\u0647",)
#: The longest bound head, in letters (heads are looked up at the word's last letters only).
_HEAD_MAX = 10
#: Heads usually written glued (ارزشمند, امیدوار): a glued word ending in one is left whole.
_GLUED_HEADS = frozenset(("مند", "مندی", "مندان", "وار"))


def _mi_split(word: str, lex: Lexicon) -> str | None:
    """``می`` (``نمی``...) and a verb form glued: ``میکرده`` -> ``می‌کرده``."""
    for prefix in _MI_ORDER:
        if word.startswith(prefix) and word[len(prefix):] in lex.verb_forms:
            return prefix + ZWNJ + word[len(prefix):]
    return None


def _is_past_stem(word: str, lex: Lexicon) -> bool:
    """A past stem of the lexicon (``گرفت``, ``دریافت``), or a regular one the lexicon lacks: a
    word of three letters and more in ``ید`` (``بازتابید``, ``رنجید``) or a causative in ``اند``
    (``چکاند``, ``برتاباند``)."""
    return _ends_in_past_stem(word, lex) or (len(word) >= 4 and word.endswith(_REGULAR_PAST))


#: Clitics after ه that end in ان, the plural: ``Xه‌مان`` is read ``Xهم + ان`` when that is a word.
_PLURAL_READING = frozenset(("\u0645\u0627\u0646", "\u062a\u0627\u0646", "\u0634\u0627\u0646"))
_LONG_VOWELS = frozenset("\u0627\u0622\u0648")
_REGULAR_PAST = ("\u06cc\u062f", "\u0627\u0646\u062f")


def _ends_in_past_stem(word: str, lex: Lexicon) -> bool:
    """Whether word is a past stem, or ends in one of three letters or more (دریافت: یافت)."""
    stems = lex.past_stems
    return word in stems or any(word[k:] in stems for k in range(max(0, len(word) - 6), len(word) - 2))


#: Endings of a compound's inflected forms (``سرمایه‌گذاران``, ``سانتی‌متری``, ``اصلاح‌گرایان``).
_COMPOUND_ENDINGS = ("ان", "ی", "انی", "یان", "ها", "های")


def _head_split(word: str, lex: Lexicon) -> str | None:
    """A counted word and a bound head glued (``موضعگیری`` -> ``موضع‌گیری``), or None.

    >>> _head_split("موضعگیری", lexicon()), _head_split("درگیری", lexicon())
    ('موضع\u200cگیری', None)
    """
    heads, freq = lex.deverbal, lex.freq
    for k in range(max(2, len(word) - _HEAD_MAX), len(word) - 1):  # the longest head first
        head = word[k:]
        if head in heads and word[:k] in freq and head not in _GLUED_HEADS and word[:k] not in _NOT_FIRST:
            if any(word.endswith(e) and word[: -len(e)] in lex.known for e in _COMPOUND_ENDINGS):
                return None  # اندیشمندان, مستمندان: a glued word of the lexicon, inflected
            return join(word[:k], head)
    return None


_HE_BONUS = 2.0
#: Letters of a simple verb's past stem at most («گرفت»): a longer word in a past stem may be a
#: compound noun («کارکرد», «عملکرد»).
_SIMPLE_PAST = 4
#: How often hazm must count a word for a glued «های» after it to be read as its plural.
_PLURAL_STEM_FREQ = 10_000
#: ... unless hazm counts the word in ه this many times as often (منطقه, گونه).
_HE_RATIO = 5
_SUFFIX_WORDS = frozenset(HA_SUFFIXES + TAR_SUFFIXES + HE_SUFFIXES + YE_SUFFIXES + VERB_CLITICS)
_PLURAL_WORDS = frozenset(HA_SUFFIXES)
_TAR_WORDS = frozenset(TAR_SUFFIXES)
_MI_ORDER = tuple(sorted(MI_PREFIXES, key=len, reverse=True))
# Glued suffixes; a bare ی after ه is left out (``گروهی``, ``کوهی`` are words).
_SUFFIX_ORDER = tuple(
    [(s, "ha") for s in HA_SUFFIXES] + [(s, "tar") for s in TAR_SUFFIXES]
    + [(s, "he") for s in HE_SUFFIXES if s != "ی"]
    + [(s, "ye") for s in ("اش", "ام", "ات", "شان", "مان", "تان", "ای", "اند", "ایم", "اید")])
#: Verb endings after a final ه: a participle before them (``گفته‌اند``, ``دیده‌ایم``).
_VERB_ENDINGS = frozenset(("ایم", "اید", "اند"))
_SUFFIX_TUPLE = tuple(s for s, _ in _SUFFIX_ORDER)


@lru_cache(maxsize=LRU_LIMIT)
def _glued_fix(word: str) -> tuple[str, str] | None:
    if len(word) < 4 or ZWNJ in word or word in _SUFFIX_WORDS:
        return None
    return _analyse_glued(word, lexicon())


#: Comparatives the Persian Academy writes glued (بیشتر, کمتر; بهتر is never split by a space).
_GLUED_COMPARATIVES = frozenset(("\u0628\u06cc\u0634", "\u06a9\u0645"))
_MI_SET = frozenset(MI_PREFIXES)
#: Heads that are also words before a given word (``بخشی از``: a part of; ``شماری از``: a number of).
_BI = "بی"
_HEADS_NOT_BEFORE = {"بخشی": "از", "شماری": "از"}
#: Words that never begin a compound: function words, numbers, verbs' auxiliaries.
_NOT_FIRST = frozenset("""
به در با از بر تا که را و یا این آن یک یکی هیچ همه همان همین چنین چنان چه چون اگر هر برای است
بود شد نیز ولی اما پس سپس دیگر خود همچون مانند چند کدام وی او ما من تو شما آنها ایشان کرد کرده
شده باید نباید می نمی هم مثل بدون جز درباره نزد سوی روی زیر کنار میان بین آنکه اینکه آنچه
فقط تنها حتی بسیار خیلی هرگز همواره هنوز اکنون
""".split())
#: An adverb in tanwin (``صرفاً``, ``کاملاً``) is never a compound's first part: ``صرفاً آرایی`` stays apart.
_TANWIN_ENDING = "\u0627\u064b"


_PLURAL_AFTER_ZWNJ = frozenset(HA_SUFFIXES + TAR_SUFFIXES)
_CLITIC_AFTER_ZWNJ = frozenset(HE_SUFFIXES + VERB_CLITICS)


@lru_cache(maxsize=1)
def _suffixed_heads() -> tuple[dict[str, str], frozenset[str]]:
    """Every bound head with a suffix after a ZWNJ (``سازی‌های`` -> ``سازی``), as `_before_suffix`
    reads it, and the set of those forms: looked up by set operations instead of a call per
    token (a set, so that an intersection walks the text's few words, not the forms)."""
    heads = lexicon().deverbal
    forms = (h + ZWNJ + s for h in heads for s in _PLURAL_AFTER_ZWNJ | _CLITIC_AFTER_ZWNJ)
    found = {f: h for f in forms if (h := _before_suffix(f)) is not None and h in heads}
    return found, frozenset(found)


def _bare(token: str, fixed_of: dict[str, str]) -> str:
    """A token's word without a suffix written after a ZWNJ (by its writer or by this step)."""
    word = fixed_of.get(token, token)
    if ZWNJ not in word:
        return token
    return _before_suffix(word) or token


@lru_cache(maxsize=LRU_LIMIT)
def _before_suffix(token: str) -> str | None:
    """The word of a token written with a suffix after a ZWNJ (``بینی‌های،`` -> ``بینی``,
    ``کننده‌ای`` -> ``کننده``), or None; not a participle with a personal ending (``دیده‌ایم``: a
    verb, and ``آموزش دیده‌ایم`` no compound)."""
    head, _, rest = token.partition(ZWNJ)
    rest = rest.rstrip(_PUNCT)
    if len(head) < 2:
        return None
    if rest in _PLURAL_AFTER_ZWNJ:
        return head
    if rest in _CLITIC_AFTER_ZWNJ and not _is_participle(head, lexicon()):
        return head
    return None


def _space(text: str, i: int) -> tuple[int, int, str]:
    """Replace the space at i by a ZWNJ, or by nothing after a non-joining letter."""
    return (i, i + 1, "" if text[i - 1] in NON_JOINING else ZWNJ)


def _token_edits(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Compounds of the lexicon (`بین المللی`), deverbal heads (`بحران سازی`) and glued words
    (`میشود`, `کتابها`), found on the space-split tokens with C-level maps and set operations.
    A line break also ends a token (`میشود.\nوی`), but is never replaced."""
    raw, vocab, uncounted = space_tokens(text)
    # lookups ignore the ezafe hamza (واژه‌نامهٔ دادگان): the words of `keys`, positions from `raw`
    keys = raw if _HAMZA not in text else [t[:-1] if t.endswith(_HAMZA) else t for t in raw]
    edits: list[tuple[int, int, str]] = []
    ends: list[int] | None = None
    n = len(text)
    kvocab = vocab if keys is raw else set(keys)
    # glued words that are no word, with the ZWNJ form this step gives them (cached per token)
    glued_tokens = _glued_tokens(uncounted.difference(lex.known))
    glued = list(map(_GLUED.__getitem__, glued_tokens))
    fixed_of = dict(glued)
    # a second part with its suffix after a ZWNJ is looked up bare (پیش بینی‌های, سازی‌ها), also
    # where this step writes that ZWNJ (پیش بینیهای), so that a second pass decides the same
    zwnj_words = ZWNJ in text or bool(fixed_of)
    # compounds (`بین المللی`, `اطلاع رسانی،`): no string is built per pair of tokens
    seconds = lex.compound_seconds
    firsts = vocab.intersection(lex.compound_firsts)
    tails, compounds = lex.compound_tails, lex.compounds
    # indexes of the first words, their next tokens without trailing punctuation, then the pairs
    # where that token is one of the first word's seconds: all C-level maps, no per-token Python
    js = list(compress(count(), map(firsts.__contains__, raw[:-1]))) if firsts else []
    nexts = list(map(str.rstrip, map(keys.__getitem__, map((1).__add__, js)), repeat(_PUNCT_HAMZA)))
    if zwnj_words:  # (C-level passes; a call only for the few with a ZWNJ)
        written = list(map(fixed_of.get, nexts, nexts)) if fixed_of else nexts
        for i in compress(count(), map(contains, written, repeat(ZWNJ))):
            nexts[i] = _bare(nexts[i], fixed_of)
    found = map(frozenset.__contains__, map(seconds.__getitem__, map(raw.__getitem__, js)), nexts)
    for j, nxt in compress(zip(js, nexts), found):
        if j + 2 < len(raw) and raw[j + 2] in _AUXILIARIES and _is_participle(nxt, lex):
            continue  # a verb: آموزش دیده ایم, آسیب دیده است, انجام نشده است (not آموزش‌دیده)
        first = raw[j]
        if ends is None:
            ends = list(accumulate(map(len, raw)))
        key = first + " " + nxt
        start = ends[j] - len(first) + j
        end = start + len(key)
        for tail in tails.get(key, ()):  # a longer compound may start here
            e = end + len(tail)
            if text.startswith(tail, end) and (e == n or text[e] not in LETTERS):
                end = e
                break
        else:
            if key in compounds and text[end - len(nxt) - 1] == " ":  # one space, after the first word
                edits.append((end - len(nxt) - 1, end - len(nxt), "" if first[-1] in NON_JOINING else ZWNJ))
            continue
        edits.extend(_space(text, k) for k in range(start, end) if text[k] == " ")
    # the prefix بی before a word (بی تدبیری‌ها, بی توجهی), not بی بی سی
    if _BI in vocab:
        for j in compress(count(), map(_BI.__eq__, raw)):
            if j + 1 < len(raw) and (j == 0 or raw[j - 1] not in LATIN_LETTER_NAMES) and _bi_takes(raw[j + 1], lex):
                if ends is None:
                    ends = list(accumulate(map(len, raw)))
                if text[ends[j] + j] == " ":
                    edits.append(_space(text, ends[j] + j))
    # deverbal heads after a real word
    heads = kvocab.intersection(lex.deverbal)
    bare: dict[str, str] = {}
    if zwnj_words:
        suffixed, forms = _suffixed_heads()
        bare = {t: suffixed[t] for t in kvocab.intersection(forms)}
        for t in glued_tokens:  # (a few per text)
            if (h := _bare(t.rstrip(_PUNCT_HAMZA), fixed_of)) in lex.deverbal:
                bare[t] = h
        if bare:
            heads = heads | bare.keys()
    for j in compress(count(), map(heads.__contains__, keys)) if heads else ():
        if not j:
            continue
        b, a = bare.get(keys[j], keys[j]), raw[j - 1]
        if j + 1 < len(raw) and _HEADS_NOT_BEFORE.get(b) == raw[j + 1]:
            continue  # بخشی از: a part of
        if b in _AUX_HEADS and j + 1 < len(raw) and raw[j + 1].rstrip(_PUNCT) in lex.past_stems:
            continue  # افسوس خواهی خورد: the future auxiliary
        # (a glued word before it is read as the glued-word step will write it, so that a second
        # pass decides the same: بهرهگیری گیری; and no head after a word ending in one: گیری گیری)
        last = fixed_of.get(a, a).rpartition(ZWNJ)[2]
        if last in lex.deverbal or (j >= 2 and a in lex.deverbal):
            continue
        if len(a) >= 2 and a not in _NOT_FIRST and not a.endswith(_TANWIN_ENDING) \
                and (a in lex.freq or fixed_of.get(a) in lex.freq):
            if ends is None:
                ends = list(accumulate(map(len, raw)))
            if text[ends[j - 1] + j - 1] == " ":
                edits.append(_space(text, ends[j - 1] + j - 1))
    # glued words that are no word
    for word, fixed in glued:
        k = len(word)
        head = fixed.partition(ZWNJ)[0]
        for i in occurrences(text, word):
            if (i and text[i - 1] == ZWNJ) or (i + k < n and text[i + k] == ZWNJ):
                continue
            edits.append((i, i + k, fixed))
            if i > 1 and text[i - 1] == " " and word_before(text, i - 1) + " " + head in lex.compounds:
                edits.append(_space(text, i - 1))  # سرمایه گذاریهای -> سرمایه‌گذاری‌های
    return edits


def _is_participle(word: str, lex: Lexicon) -> bool:
    """A past participle, maybe negative (``دیده``, ``نشده``; not ``استفاده``, ``العاده``): a
    compound ending in one (``آسیب‌دیده``) is a verb before an auxiliary or a clitic."""
    if len(word) < 3 or word[-1] != "\u0647":
        return False
    stem = word[:-1]
    return stem in lex.past_stems or (stem[0] == "\u0646" and stem[1:] in lex.past_stems)


_AUXILIARIES = frozenset("""
است بود بوده باشد باشند باشیم بودند بودیم اند ایم اید ام ای نیست نبود
""".split())
_PUNCT = "«»\"'()[]{}،؛؟!.,:;?-–—/\n"
_HAMZA = "\u0654"
_PUNCT_HAMZA = _PUNCT + _HAMZA
#: Heads that are also an auxiliary before a past stem (``خواهی خورد``: you will eat).
_AUX_HEADS = frozenset(("خواهی",))
#: Endings after which a word after ``بی`` is still known (``بی تعادلی``, ``بی شرمانه``, ``بی انتهایش``).
_BI_ENDINGS = ("ی", "یی", "انه", "ها", "های", "ای", "ش", "یش", "اش")


def _bi_takes(token: str, lex: Lexicon) -> bool:
    """Whether ``بی`` before this token is the prefix (``بی توجهی``, ``بی شرمانه،``).

    >>> _bi_takes("تعادلی،", lexicon()), _bi_takes("سی", lexicon()), _bi_takes("که", lexicon())
    (True, False, False)
    """
    word = token.strip(_PUNCT_HAMZA).partition(ZWNJ)[0]
    if word in _NOT_FIRST or word in LATIN_LETTER_NAMES or len(word) < 2:
        return False
    if word in lex.freq:
        return True
    return any(word.endswith(e) and len(word) - len(e) >= 2 and word[: -len(e)] in lex.freq for e in _BI_ENDINGS)


_MARKS = frozenset(_PUNCT)


#: Tokens already analysed, and those among them that hold a glued word (token -> (word, fixed)).
_CHECKED: set[str] = set()
_GLUED: dict[str, tuple[str, str]] = {}


def _glued_tokens(tokens: set[str]) -> list[str]:
    """The tokens holding a glued word (their (word, ZWNJ form) in `_GLUED`); each token is
    analysed once (the caches are set operations at C speed, cleared when they grow large)."""
    new = tokens.difference(_CHECKED)
    if new:
        if len(_CHECKED) > TOKEN_SET_LIMIT:
            _CHECKED.clear()
            _GLUED.clear()
            new = tokens
        for token in new:
            found = _glued_token(token)
            if found is not None:
                _GLUED[token] = found
        _CHECKED.update(new)
    return list(filter(_GLUED.__contains__, tokens))


#: Endings of the perfect after a participle (``دانسته‌ام``, ``کرده‌اند``).
_PERFECT_CLITICS = frozenset(("ام", "ای", "است", "ایم", "اید", "اند"))


def _glued_token(token: str) -> tuple[str, str] | None:
    """(word, ZWNJ form) for a whitespace token holding one glued word, punctuation aside."""
    word = token.strip(_PUNCT)
    if ZWNJ in word:  # a glued verb before its clitic: میتوانسته‌اند -> می‌توانسته‌اند
        head, _, rest = word.partition(ZWNJ)
        found = _glued_token(head) if rest in _PERFECT_CLITICS else None
        if found is None or not found[1].startswith(MI_PREFIXES):
            return None
        return word, found[1] + ZWNJ + rest
    if len(word) < 4 or not _LETTERS_ONLY.match(word) or word in lexicon().known:
        return None
    found = _glued_fix(word)
    if found is None or (word in proper_names() and _cuts_affix(found[0])):
        return None  # a name is no prefixed or suffixed word: میرخانی, سیسی, الیشان (خرم‌آباد is cut)
    return word, found[0]


#: Suffixes and clitics a glued analysis may cut off (``اده‌ام``, ``الی‌شان``, ``کتاب‌ها``).
_AFFIXES = frozenset(HA_SUFFIXES + VERB_CLITICS + HE_SUFFIXES + YE_SUFFIXES + TAR_SUFFIXES)


def _cuts_affix(form: str) -> bool:
    """Does the ZWNJ form of a glued word cut a prefix (``می‌رخانی``, ``بی‌رگانی``), a suffix or
    clitic (``اده‌ام``), or a part of two letters or less (``سی‌سی``, ``ده‌ریزی``)? A name may hold
    two words (``خرم‌آباد``, ``عزت‌الله``) but is no inflected word."""
    parts = form.split(ZWNJ)
    first, last = parts[0], parts[-1]
    return first in _MI_SET or first == _BI or last in _AFFIXES or min(map(len, parts)) <= 2


_LETTERS_ONLY = re.compile(f"[{LETTER}]+\\Z")


_HEAD_TOKEN = re.compile(f"[{LETTER}\u200c]{{2,40}}(?: (?:{_alternation(HA_SUFFIXES)}))?\\Z")


def _is_head(text: str, j: int, lex: Lexicon) -> bool:
    """Whether the word that ends at the space j is a noun a participle may follow: a known word,
    or one with a plural suffix (``هدف‌های``, ``هدفهای``, ``هدف های``), not a function word or a
    verb. Read with its ZWNJ and suffix spaces removed, so a second pass decides the same.

    >>> _is_head("هدف های تدوین", 7, lexicon()), _is_head("که تدوین", 2, lexicon())
    (True, False)
    """
    m = _HEAD_TOKEN.search(text, max(0, j - 48), j)
    if m is None:
        return False
    flat = m.group().replace(ZWNJ, "").replace(" ", "")
    if len(flat) < 2 or flat in _NOT_FIRST or flat in all_verb_forms():
        return False
    if flat in lex.known:
        return True
    if any(flat.endswith(s) and flat[: -len(s)] in lex.known and flat[: -len(s)] not in _NOT_FIRST
           for s in HA_SUFFIXES if len(flat) - len(s) >= 2):
        return True
    # a plural in ان / ات (کارشناسان, اعتبارات), or گان after a final ه (نمایندگان: نماینده)
    stem = flat[:-2]
    return len(stem) >= 3 and ((flat.endswith(_PLURALS) and stem in lex.freq)
                               or (flat.endswith(_GAN) and stem[:-1] + "\u0647" in lex.freq))


_PLURALS = ("\u0627\u0646", "\u0627\u062a")
_GAN = "\u06af\u0627\u0646"


def insert(text: str, options: NormalizerOptions, track: bool) -> Result:
    """Insert ZWNJ (or join) at verb prefixes, suffixes and compounds; split glued words."""
    if " " not in text and len(text) < 4:
        return text, None, []
    return _lexicon_pass(text, track)


def _lexicon_pass(text: str, track: bool, rules: bool = True) -> Result:
    lex = lexicon()
    edits = _rule_edits(text) if rules else []
    for m in _matches_near(_TAR, text, " تر"):
        i = m.start()
        prev = word_before(text, i)
        j = i - len(prev) - 1
        if j >= 0 and text[j] == ZWNJ:
            # the tail of a ZWNJ word (می‌کند تر, فن‌ها تر): judged as its glued form was
            k = j
            while k > 0 and i - k < 40 and (text[k - 1] in LETTERS or text[k - 1] == ZWNJ):
                k -= 1
            prev = text[k:i].replace(ZWNJ, "")
        if len(prev) < 2 or prev in _NOT_FIRST or prev in _TAR_WORDS:
            continue  # سرد و تر, که تربیت: a function word, not وتر, کهتر; «تر تر»: no suffix on a suffix
        if prev in _GLUED_COMPARATIVES:
            edits.append((i, i + 1, ""))  # بیش تر -> بیشتر, کم ترین -> کمترین (the Academy's exceptions)
            continue
        if (prev in lex.adjectives or (prev + m.group()[1:]) in lex.known
                or (len(prev) >= 3 and prev[-1] == "\u06cc" and prev in lex.known)
                or prev.replace("\u0626", "\u06cc") in lex.adjectives):
            edits.append(_space(text, i))
    for m in _matches_near(_PARTICIPLE, text, " شده "):
        i = m.start()
        word = word_before(text, i)
        j = i - len(word) - 1
        if (word in lex.freq and word not in _NOT_FIRST and word not in _PARTICIPLE_NOT_HEAD
                and j > 0 and text[j] == " " and _is_head(text, j, lex)):
            edits.append((i, i + 1, ZWNJ))
    for m in _matches_near(_MI, text, "می ", _MI_REACH):
        verb = m.group(2)
        if (verb in lex.verb_forms or (len(verb) > 2 and verb not in lex.freq and _VERB_LIKE.search(verb))) \
                and word_before(text, m.start() - 1) not in _MI_NOT:
            edits.append((m.start(1), m.end(1), ZWNJ))
    edits += _token_edits(text, lex)
    if not edits:
        return text, None, []
    edits.sort()
    clean: list[tuple[int, int, str]] = []
    end = 0
    for e in edits:
        if e[0] >= end:
            clean.append(e)
            end = e[1]
    return rewrite(text, clean, track)
