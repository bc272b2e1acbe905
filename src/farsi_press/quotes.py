"""Quotes and speakers: who said what in Persian news.

`find_quotes(text, sentences, entities, officials)` reads normalized text sentence by sentence and
returns one `Quote` per cue verb (`گفت`, `افزود`, `اظهار داشت`, `دانست`, `خواستار … شد`, …, in any
tense: `گفته است`, `می‌گوید`), plus `به گفته X، …` and a headline `Name: statement`:

- direct: `X گفت: …` (to the end of the sentence, or to the `»` that closes a `«` right after the
  colon, across sentences and paragraphs), `X گفت «…»`, `«…»، X گفت.`, the headline form;
- indirect: `X گفت که …`, `X گفت …` (a clause after the cue), `X A را B دانست` (and `ندانست`,
  `خواند`, `برشمرد`, `نامید`, `توصیف/ارزیابی/ذکر کرد`, and `عنوان کرد` without a colon: a word
  B must stand between «را» and the verb, and a clause `که …` after the verb goes on with B),
  `X از … خبر داد`, `X خواستار/خواهان … شد` (on over a clause `تا …`/`که …` after `شد`),
  `X … را خواستار شد`, `X از Y خواست که …`, `X بر … تاکید کرد`, `X ادامه داد، …`, `به گفته X، …`
  (and `به ادعای`, `به اعتقاد`: see `data/quote_according.txt`; also `به گفته وی …` without the
  comma), `X A را B یاد کرد` (and `X از A به عنوان B یاد کرد/نام برد`), `X A را B بیان کرد`,
  `X A را مورد تاکید قرار داد`, `X A را B عنوان و تصریح کرد: …` (the noun of a verb of judgement
  before «و» and the next cue: two records). A statement before its cue leaves out a clause of the speaker's
  own that opens it (`X به … اشاره کرد و | A را B دانست`); a cue inside the framing clause of a
  later cue with a colon (`وی با اشاره به اینکه … تاکید داشته‌اند، افزود: …`, `X که … سخن
  می‌گفت، اظهار داشت: …`) gives no record of its own.

The speaker is the subject noun phrase before the cue (`farsi_press.speakers.subject_at`), which
stops where the object of `X OBJ را B دانست` starts, or the subject of the clause before `و` for
an omitted one (`… دانست و افزود: …`; the two share the subject a colon warrants), resolved to a
person (`farsi_press.speakers.Resolver`). A statement whose speaker the text does not identify
(`یکی از شاهدان`, `یکی از آشنایان`, `به گفته کارشناسان`) is left out, and so is a pronoun's
statement right after it (`یکی از شهروندان گفت: … | وی افزود: …`). Cue verbs live in
`data/quote_cues.tsv`.

>>> from farsi_press.sentence_split import sentences
>>> t = "فرماندار ملارد گفت: کار انجام می‌شود. وی افزود: همه همکاری کردند."
>>> [(q.kind, q.cue, q.text, q.speaker.text, q.speaker_title) for q in find_quotes(t, sentences(t), [], [])]
[('direct', 'گفت', 'کار انجام می\u200cشود', 'فرماندار ملارد', 'فرماندار ملارد'), ('direct', 'افزود', 'همه همکاری کردند', 'وی', 'فرماندار ملارد')]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Sequence

import regex

from farsi_press.document import Entity, Official, Quote, Span, Speaker
from farsi_press.gazetteer import gazetteer
from farsi_press.lexicons import data_text, lexicon_key, variant_pattern
from farsi_press.normalize.lexicon import lexicon as normalize_lexicon
from farsi_press.officials import lines_before
from farsi_press.speakers import _COMMA_NEXT, Mention, Person, Resolver, _match_seq, tables, titles_match, tokens

__all__ = ["find_quotes", "cues"]

# The farthest a `«` right after a colon may be from its `»` (characters).
_MAX_QUOTE = 6000
# The farthest `خواستار` may be from its `شد` (characters).
_MAX_SPLIT = 400
# Words a clause after a cue needs to be taken as the statement (`X گفت بمب …`).
_MIN_AFTER_WORDS = 3
_MIN_STATEMENT_WORDS = 2
# Words a «…» needs, before its speaker, to be a statement and not a quoted name.
_MIN_LEAD_QUOTE_WORDS = 5
# A statement shorter than this, without final punctuation, runs on into the next sentence.
_SHORT_WORDS = 8
_FRAGMENT_WORDS = 4
_FINAL = ".!?؟…»\")]:؛"
# A subheading inside the body is a line of at most this many characters (see `_subheading`).
_SUBHEAD_MAX = 120
# How far back a subheading's person is looked for as written before (characters).
_SEEN_REACH = 20_000

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u200c]+")


def _at_least(text: str, a: int, b: int, n: int) -> bool:
    """Does text[a:b] hold at least `n` words? (Reads no further than the n-th.)"""
    return n <= 0 or next(islice(_WORD.finditer(text, a, b), n - 1, None), None) is not None


_LINE = regex.compile(r"[^\n]+")
_EDGE_PUNCT = " \t\n\u200c\u200f\u200e.،,؛;:!?؟…-–—"


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of `data/quote_cues.tsv`."""

    cue: str
    present: str
    content: str   # after | before | either | colon
    needs_ra: bool
    opener: str | None
    needs_az: bool = False  # `X از Y خواست که …`: «از» between the speaker and the cue
    #: the cue holds its own predicate (`X A را مورد تاکید قرار داد`): «A را» alone is the statement
    object_only: bool = False


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    """The cue verbs of `data/quote_cues.tsv`, read once."""
    raw = data_text("quote_cues.tsv")
    out: list[Cue] = []
    seen = set()
    for ln in raw.splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        cols = ln.split("\t")
        if cols[0] == "cue" or len(cols) < 3:
            continue
        cols += ["-"] * (5 - len(cols))
        if cols[0] in seen:
            continue
        seen.add(cols[0])
        needs = cols[3].strip()
        out.append(Cue(cols[0].strip(), cols[1].strip(), cols[2].strip(), needs in ("ra", "obj"),
                       None if cols[4].strip() in ("", "-") else cols[4].strip(),
                       needs == "az", needs == "obj"))
    return tuple(out)


def _letters(word: str) -> str:
    """A word as a pattern that takes letter variants (ی/ي, ک/ك, ا/أ) and ZWNJ or space."""
    return variant_pattern(word, alef=True)


_MI = "(?:ن?می[\u200c ]?)"
_IN_WORD_CLASS = r"[\p{L}\p{M}\u200c]"  # what a cue must not touch on either side
_BEFORE = rf"(?<!{_IN_WORD_CLASS})"
_AFTER = rf"(?!{_IN_WORD_CLASS})"
_IN_WORD = regex.compile(_IN_WORD_CLASS)


def _verb_forms(past: str, present: str, negative: bool = False) -> str:
    """Past, plural, progressive, perfect, pluperfect and present forms of one verb; with
    `negative` (the «را» verbs of judgement) also the negative past (`بعید ندانست`) and no
    present forms (`خود را متولی … می‌داند` states a belief, it reports no statement)."""
    p, r = _letters(past), _letters(present)
    plural_r = _letters(present[:-1] + "ند") if present.endswith("د") else r
    neg = "ن?" if negative else ""
    if negative:
        return (f"(?:{neg}{p}(?:ند)?"
                f"|{p}ه(?:[\u200c ]?(?:است|اند)|[ ]{{1,2}}بود(?:ند)?))")
    return (f"(?:{_MI}?{neg}{p}(?:ند)?"
            f"|{p}ه(?:[\u200c ]?(?:است|اند)|[ ]{{1,2}}بود(?:ند)?|(?=[ \t]{{0,3}}:)"
            f"|(?=[ \t،]{{1,3}}که(?![\\p{{L}}\\p{{M}}\u200c])))"
            f"|{_MI}(?:{r}|{plural_r}))")


@lru_cache(maxsize=1)
def _cue_parts() -> tuple[tuple[Cue, str], ...]:
    """The cue verbs of `_cue_pattern` with their alternatives, in its order (rows with an
    opener are matched apart, see `_split_patterns`)."""
    parts = []
    for i, c in enumerate(cues()):
        if c.opener:
            continue
        words = c.cue.split()
        pre = "".join(_letters(w) + "[ \u200c]{0,2}" for w in words[:-1])
        judgement = c.needs_ra and c.content == "before"
        parts.append((c, f"(?P<c{i}>{pre}{_verb_forms(words[-1], c.present, negative=judgement)})"))
    return tuple(parts)


# A verb of judgement's noun before «و» and another verb that lends it its light verb: «عنوان و تصریح کرد»
_ELIDED_NOUNS = ("عنوان", "ارزیابی", "توصیف", "قلمداد", "تلقی")
_ELIDED = regex.compile(r"(?<![\p{L}\p{M}\u200c])(" + "|".join(_ELIDED_NOUNS) + r")(?=[ \u200c]+و[ \u200c]+[\p{L}])")


# «که» as a word: a relative or complement clause
_THAT_WORD = regex.compile(r"(?<![\p{L}\p{M}\u200c])که(?![\p{L}\p{M}\u200c])")
# a comma, a semicolon or «که»: the clause goes no further
_CLAUSE_BREAK = regex.compile(r"[،,؛;]|" + _THAT_WORD.pattern)


@lru_cache(maxsize=1)
def _elided_cues() -> dict[str, Cue]:
    """The cue row of each elided noun («عنوان» -> «عنوان کرد»)."""
    rows = {c.cue: c for c in cues()}
    return {noun: rows[noun + " کرد"] for noun in _ELIDED_NOUNS}


@lru_cache(maxsize=1)
def _cue_pattern() -> regex.Pattern:
    """All cue verbs as one pattern, one named group per row (`c0`, `c1`, …): what
    `_CueScanner` matches as (it matches with `_cue_alone` of the cues that may start there)."""
    return regex.compile(_BEFORE + "(?:" + "|".join(alt for _c, alt in _cue_parts()) + ")" + _AFTER)


@lru_cache(maxsize=1)
def _cue_alone() -> tuple[regex.Pattern, ...]:
    """`_cue_pattern` with only its k-th alternative (the k-th of `_cue_parts`), with the same
    group name, for each k: compiled once, all together (about 70; a pattern compiled for each
    new set of cues a text holds would cost more than the matching)."""
    return tuple(regex.compile(_BEFORE + "(?:" + alt + ")" + _AFTER) for _c, alt in _cue_parts())


@lru_cache(maxsize=1024)  # (about 70 masks over the Fars corpus)
def _cue_subpatterns(mask: int) -> tuple[regex.Pattern, ...]:
    """`_cue_alone` of the cues of `mask` (bit k: the k-th of `_cue_parts`), in their order. At
    one position, the first of them that matches matches as `_cue_pattern` does where the other
    cues cannot match: an alternation takes its first alternative that matches (then
    `_AFTER`), and each alone matches as that alternative does there."""
    alone = _cue_alone()
    return tuple(alone[k] for k in range(mask.bit_length()) if mask >> k & 1)


def _match_first(patterns: tuple[regex.Pattern, ...], text: str, pos: int,
                 hi: int) -> regex.Match | None:
    """The match at `pos` of the first of `patterns` that matches there (see `_cue_subpatterns`)."""
    for p in patterns:
        m = p.match(text, pos, hi)
        if m is not None:
            return m
    return None


# Letter variants `_letters` accepts, folded one to one (the offsets stay).
_FOLD = (("ي", "ی"), ("ى", "ی"), ("ك", "ک"), ("أ", "ا"))
# What a cue match holds before its head (see `_heads`), in text folded with `_fold`: nothing (the
# first word of a cue of several words, a past form), the `ن` of a negative past (`ندانست`), or
# `_MI` (`می‌گوید`, `نمی‌گویند`); the scanner tries no other start before a head.
_HEAD_LEADS = frozenset({"", "ن", "می", "می\u200c", "می ", "نمی", "نمی\u200c", "نمی "})
# The farthest the first cue word stands from the start of a cue match.
_HEAD_OFFSET = max(map(len, _HEAD_LEADS))


def _fold(s: str) -> str:
    for a, b in _FOLD:
        if a in s:
            s = s.replace(a, b)
    return s


def _heads_of(c: Cue) -> tuple[tuple[str, ...], bool]:
    """The heads of one cue (see `_heads`), and whether they are the first two words of a cue
    whose first word is very frequent (`پیش بینی کرد`)."""
    words = c.cue.split()
    forms = [words[0]]
    if len(words) == 1:
        forms += [c.present, c.present[:-1] + "ند" if c.present.endswith("د") else c.present]
    elif len(words) >= 3 and _freq(words[0]) >= _FREQUENT_HEAD:
        # a very frequent first word before a second that is no verb form (`پیش بینی کرد`): the
        # first two words as written
        return tuple(_fold(words[0]) + sep + _fold(words[1]) for sep in (" ", "\u200c", "")), True
    heads = (_first_part(f) for f in forms)
    return tuple(h for h in heads if h), False


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    """Words one of which every match of `_cue_pattern` holds, within `_HEAD_OFFSET` of its
    start, in text folded with `_fold`: the first word of a cue of several words (`اظهار`),
    else the verb's past and present forms (`گفت`, `گوید`, `گویند`)."""
    return tuple(sorted({h for c, _alt in _cue_parts() for h in _heads_of(c)[0]}))


@lru_cache(maxsize=1)
def _head_masks() -> tuple[tuple[tuple[str, int, tuple[tuple[str, int], ...]], ...],
                           tuple[tuple[str, int], ...]]:
    """What `_CueScanner` looks for: each head that no other head opens, with the cues it may
    start a match of (a bit mask over `_cue_parts`), and the longer heads it opens with theirs;
    and the cues whose match may hold none of their heads (the two-word heads of
    `_heads_of`, which a double space hides), tried at every start that the first part of
    their first word opens (`پیش`: every match of theirs starts so), by that part.

    A match of a cue holds the first part of its past or present form (one of its heads)
    within `_HEAD_OFFSET` of its start, or its first word at its start."""
    masks: dict[str, int] = {}
    always: dict[str, int] = {}
    for k, (c, _alt) in enumerate(_cue_parts()):
        heads, frequent = _heads_of(c)
        if frequent:
            part = _first_part(c.cue)
            always[part] = always.get(part, 0) | 1 << k
        for h in heads:
            masks[h] = masks.get(h, 0) | 1 << k
    heads = _heads()
    out = []
    for h in heads:
        if any(o != h and h.startswith(o) for o in heads):
            continue  # every place of `نامید` is a place of `نام`
        opened = [o for o in heads if o != h and o.startswith(h)]
        out.append((h, masks[h], tuple((o, masks[o]) for o in opened)))
    return tuple(out), tuple(sorted(always.items()))


def _trie(words: Sequence[str]) -> str:
    """An alternation of `words` (none empty) as a trie of their letters: `re` tries a few
    alternatives at each position, not one a word."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in sorted(by_first.items()):
        longer = [r for r in rests if r]
        if not longer:
            alts.append(re.escape(first))
        elif len(rests) == 1:
            alts.append(re.escape(first + rests[0]))
        else:
            alts.append(re.escape(first) + "(?:" + _trie(longer) + ")" + ("?" if "" in rests else ""))
    return "|".join(alts)


@lru_cache(maxsize=1)
def _head_finder() -> tuple[re.Pattern[str], dict[str, tuple[int, tuple[tuple[str, int], ...],
                                                            tuple[tuple[int, str, bool], ...]]]]:
    """The heads of `_head_masks` as one pattern of their letters (no head opens another, so one
    at most matches at a place), and for each head: its cues, the longer heads it opens, and the
    heads that may start inside it, which its match hides from the pattern's next search
    (offset, head, whether the head lies within it: `درخواست` holds `خواست`; else it runs on
    past it, `گفت` then `تاکید`, and the text tells). Written for the standard `re`: a trie of
    plain letters, faster there than a search for each head."""
    heads = _head_masks()[0]
    names = [h for h, _own, _opened in heads]
    inner = {y: tuple((d, x, y[d:].startswith(x)) for d in range(1, len(y)) for x in names
                      if y[d:].startswith(x) or x.startswith(y[d:]))
             for y in names}
    return re.compile(_trie(names)), {h: (own, opened, inner[h]) for h, own, opened in heads}


# The leads of `_HEAD_LEADS` (not the empty one) by their last character: only these may stand
# right before a head in a cue's match.
_LEADS_BEFORE: dict[str, tuple[str, ...]] = {
    last: tuple(lead for lead in sorted(_HEAD_LEADS) if lead[-1:] == last)
    for last in {lead[-1] for lead in _HEAD_LEADS if lead}}


@lru_cache(maxsize=1)
def _part_masks() -> tuple[tuple[str, int], ...]:
    """What every match of a cue holds in text folded with `_fold`, with the cues (a mask over
    `_cue_parts`) that need it: its heads (`_heads_of`), or the first part of its first word
    (`پیش`) for a cue with two-word heads."""
    masks: dict[str, int] = {}
    for k, (c, _alt) in enumerate(_cue_parts()):
        heads, frequent = _heads_of(c)
        for part in [_first_part(c.cue)] if frequent else heads:
            masks[part] = masks.get(part, 0) | 1 << k
    return tuple(sorted(masks.items()))


def _has_cue(s: str) -> bool:
    """`_cue_pattern().search(s) is not None` for a short string (a headline's speaker, an
    office): searched with the cues whose parts `s` holds (none: no search)."""
    folded = _fold(s)
    mask = 0
    for part, m in _part_masks():
        if part in folded:
            mask |= m
    return any(p.search(s) is not None for p in _cue_subpatterns(mask))


# `_in_word` of the characters seen (a few hundred in news text)
_IN_WORD_OF: dict[str, bool] = {}


# hazm's count above which a cue's first word is looked for with the next word (`پیش بینی کرد`)
_FREQUENT_HEAD = 14_000_000


def _freq(word: str) -> int:
    return normalize_lexicon().freq.get(word, 0)


def _in_word(ch: str) -> bool:
    """Is `ch` a letter, a mark or a ZWNJ (what `_BEFORE` must not see before a cue)?"""
    return ch.isalpha() or _IN_WORD.match(ch) is not None  # (letters answered without a call)


class _CueScanner:
    """`_cue_pattern().finditer(text, lo, hi)` for many windows of one text: the pattern is
    tried only where a cue word (`_heads`) stands a few characters ahead.

    >>> t = "وی گفت: کار انجام می‌شود و نمی‌گوید."
    >>> [m.group() for m in _CueScanner(t).finditer(0, len(t))]
    ['گفت', 'نمی\u200cگوید']
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = folded = _fold(text)
        always = _head_masks()[1]
        # the places of the heads, each with the cues its heads may start: a cue opens a word
        # (`_BEFORE`) and holds one of `_HEAD_LEADS` before its head, so only the word starts so
        # near before a head are tried, each with the cues of the heads that follow it
        in_word = _IN_WORD_OF
        finder, by_head = _head_finder()
        leads_before = _LEADS_BEFORE
        starts: dict[int, int] = {}
        opens = folded.startswith
        hits = []  # (place, head)
        for m in finder.finditer(folded):
            i, head = m.start(), m.group()
            hits.append((i, head))
            for d, other, within in by_head[head][2]:
                if within or opens(other, i + d):
                    hits.append((i + d, other))
        self.hits = hits
        for i, head in hits:
            mask, opened, _inner = by_head[head]
            for h, more in opened:
                if opens(h, i):
                    mask |= more
            # the head's own place, and the place of each lead written right before it
            places = [i]
            if i:
                for lead in leads_before.get(folded[i - 1], ()):
                    if i >= len(lead) and opens(lead, i - len(lead)):
                        places.append(i - len(lead))
            for a in places:
                if a:
                    ch = folded[a - 1]
                    w = in_word.get(ch)
                    if w is None:
                        w = in_word[ch] = _in_word(ch)
                    if w:
                        continue
                starts[a] = starts.get(a, 0) | mask
        # the cues that may hold none of their heads, where their first part opens a start
        for part, mask in always:
            i = folded.find(part)
            while i >= 0:
                if i in starts:
                    starts[i] |= mask
                i = folded.find(part, i + 1)
        self.starts = sorted(starts)
        self.patterns = [_cue_subpatterns(starts[a]) for a in self.starts]
        # (k, hi) -> (j, match): the first start from the k-th on, before hi, where a cue matches
        # (match None, j the index where the search ended, when none does). Many windows share an
        # end (the sentence's): each start is tried once per end, so a sentence of n candidates
        # that is searched from each of them (`به گفته وی` n times, no cue) costs O(n), not O(n²).
        self._first: dict[tuple[int, int], tuple[int, regex.Match | None]] = {}

    def places(self, words: Sequence[str]) -> list[int]:
        """`_places(text, words)`: read off the places of the heads found when each word is a head
        that no other opens, written as folded (a search of the text for each, else)."""
        by_head = _head_finder()[1]
        if not all(w in by_head and _fold(w) == w for w in words):
            return _places(self.text, words)
        text, wanted = self.text, frozenset(words)
        return sorted(i for i, head in self.hits if head in wanted and text.startswith(head, i))

    def finditer(self, lo: int, hi: int):
        """The matches of `_cue_pattern()` in text[lo:hi], as its `finditer` gives them."""
        starts = self.starts
        k = bisect.bisect_left(starts, lo)
        while k < len(starts) and starts[k] < hi:
            k, m = self._first_from(k, hi)
            if m is None:
                return
            yield m
            k = bisect.bisect_left(starts, m.end(), k + 1)

    def _first_from(self, k: int, hi: int) -> tuple[int, regex.Match | None]:
        text, starts, patterns, first = self.text, self.starts, self.patterns, self._first
        tried = []
        j, n = k, len(starts)
        found: tuple[int, regex.Match | None] = (n, None)
        while j < n and starts[j] < hi:
            known = first.get((j, hi))
            if known is not None:
                found = known
                break
            tried.append(j)
            m = _match_first(patterns[j], text, starts[j], hi)
            if m is not None:
                found = (j, m)
                break
            j += 1
        else:
            found = (j, None)
        for t in tried:
            first[(t, hi)] = found
        return found


@lru_cache(maxsize=1)
def _split_patterns() -> tuple[tuple[regex.Pattern, regex.Pattern, Cue], ...]:
    out = []
    for c in cues():
        if c.opener:
            verb = c.cue.split()[-1]
            out.append((regex.compile(_BEFORE + _letters(c.opener) + _AFTER),
                        regex.compile(_BEFORE + _verb_forms(verb, c.present) + _AFTER), c))
    return tuple(out)


@lru_cache(maxsize=256)
def _first_part(phrase: str) -> str:
    """What every match of a cue's or opener's phrase holds in text folded with `_fold`: its
    first part up to a space or ZWNJ (`خواستار`, `اظهار`)."""
    return regex.split(r"[ \u200c]", _fold(phrase))[0]


# `گفت و گو` written apart is a noun, no cue.
_NOT_CUE_AFTER = regex.compile(r"[ \u200c]{0,2}و[ \u200c]{0,2}گو")
_COLON = regex.compile(r"[ \t\u200c]{0,3}:")
_THAT = regex.compile(r"[ \t\u200c،,]{0,4}که(?![\p{L}\p{M}\u200c])")
# «از» and the one asked, right before `خواست` (`از شهروندان افغانستان خواست`), no comma between
_ASKED = regex.compile(_BEFORE + r"از[ \u200c][^،,.:؛]{1,50}$")
# a clause after `خواستار … شد` that belongs to the request: purpose (`تا …`) or content (`که …`)
_REQUEST_TAIL = regex.compile(r"[ \t\u200c،,]{0,4}(?:تا|که)(?![\p{L}\p{M}\u200c])")
# a present or progressive form (`عنوان می‌کند`): states a view, reports no statement before it
_PRESENT_FORM = regex.compile(r"(?<![\p{L}\p{M}])ن?می(?=[\u200c ]?\p{L})")
_COMMA = regex.compile(r"[،,]")
# The farthest the comma that ends the speaker of `به گفته X، …` may be (characters).
_MAX_ACCORDING = 120
_AND_START = regex.compile(r"[ \t\u200c،,]{0,3}و(?![\p{L}\p{M}\u200c])")
_COMMA_ONLY = regex.compile(r"[ \t\u200c]{0,2}[،,]")
# «، اما» / «، ولی» opening the clause of the cue: its subject comes after them (see `_Reader._one`)
_BUT_CLAUSE = regex.compile(r"[،,][ \u200c]*(?:اما|ولی|ولیکن|لیکن)[ \u200c]+")
_BUT_REACH = 80  # the clause after «اما» up to the cue, in characters
_CLAUSE_MARKS = regex.compile(r"[،,:؛«»]")
# «به نقل از» inside a speaker's clause: the medium quotes the speaker (see `_Reader._quoted_source`)
_QUOTING = regex.compile(r"(?:^|[ \u200c])به[ \u200c]?نقل[ \u200c]از[ \u200c]+")
# what makes the text before «به نقل از» no plain subject: a report opener, a sentence mark (not
# «این گزارش»: the report itself is the subject)
_NOT_PLAIN_SUBJECT = regex.compile(r"(?:به|بنا[ \u200c]?بر|طبق)[ \u200c]?گزارش|[،,:؛.!؟«»\n]")
# a document of the quoted person («به نقل از ارزیابی آنتونی کوردسمان»), skipped before the name
_EVALUATION = regex.compile(r"(?:ارزیابی|گزارش|مقاله|یادداشت|تحلیل|اظهارات|سخنان)[ \u200c]+(?:«)?")
# «که …،» right before a cue: a relative clause of its subject
_RELATIVE_BEFORE = regex.compile(r"[ \u200c]{1,8}که[ \u200c][^،,.:؛!؟\n«»]{1,120}[،,][ \u200c]{0,8}\Z")
# The longest match of `_RELATIVE_BEFORE`: it is searched for in this many characters before the
# cue only (a search from the clause's start would try every «که» of a long sentence, each time)
_RELATIVE_REACH = 8 + 3 + 120 + 1 + 8


@lru_cache(maxsize=1)
def _according_rows() -> tuple[str, ...]:
    raw = data_text("quote_according.txt")
    return tuple(ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _according_pattern() -> regex.Pattern:
    """`به گفته X، …` and its kin (`به ادعای`, `به اعتقاد`) from `data/quote_according.txt`."""
    alts = "|".join(_letters(r) for r in sorted(_according_rows(), key=len, reverse=True))
    return regex.compile(_BEFORE + "(?:" + alts + ")\u200c?" + _AFTER)


@lru_cache(maxsize=1)
def _according_words() -> tuple[str, ...]:
    """What every match of `_according_pattern` holds in text folded with `_fold`: the last part
    of its row (`گفته`), after a space or ZWNJ (which `_letters` lets vary)."""
    return tuple(sorted({regex.split(r"[ \u200c]", _fold(r))[-1] for r in _according_rows()}))


def _places(text: str, words: Sequence[str]) -> list[int]:
    """The offsets where any of `words` stands in `text`, sorted."""
    out = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    out.sort()
    return out


def _any_in(places: list[int], lo: int, hi: int) -> bool:
    """Does a sorted list of offsets hold one in [lo, hi)?"""
    k = bisect.bisect_left(places, lo)
    return k < len(places) and places[k] < hi


# How far before a cue the modal word that cancels it may start (characters).
_MODAL_REACH = 30


@lru_cache(maxsize=1)
def _modal_before() -> regex.Pattern:
    """A modal word (`data/quote_adverbials.tsv`, kind `modal`) as the last word before a cue,
    which then reports no statement (`نمی‌توان کار را تمام شده دانست`); searched in the few
    characters before the cue, up to it."""
    alts = "|".join(_letters(k) for k in sorted(tables().modals, key=len, reverse=True))
    return regex.compile(_BEFORE + "(?:" + alts + ")" + r"[ \t\n\u200c]*\Z")


_BLANK_LINE = regex.compile(r"\n[ \t\u200c]*\n")
_SENTENCE_MARK = regex.compile(r"[.!؟?]")
_REPORT = regex.compile(r"[ \t]{0,3}به[ \u200c]{0,2}گزارش")
_KICKER_BAR = "|"
_HEADLINE = regex.compile(r"[ \t]{0,3}([^:\n«»]{2,60}?)[ \t]{0,3}:[ \t]{0,3}(\S[^\n]*)")


@dataclass(eq=False)
class _Record:
    """A quote being built (internal)."""

    start: int
    end: int
    kind: str
    cue: str
    mention: Mention | None
    person: Person | None
    cue_start: int
    cue_end: int


def find_quotes(text: str, sentences: Sequence[Span], entities: Sequence[Entity],
                officials: Sequence[Official]) -> list[Quote]:
    """Direct and indirect statements with cue, speaker mention and resolved speaker.

    Works on normalized text (`farsi_press.normalize`); offsets index into it. Text without a
    cue, unbalanced or nested `«»`, and quotes that run across paragraphs give no error.

    >>> t = "به گفته وزیر کشور، کمیته‌ای تشکیل می‌شود."
    >>> [(q.kind, q.cue, q.text) for q in find_quotes(t, [], [], [])]
    [('indirect', 'به گفته', 'کمیته\u200cای تشکیل می\u200cشود')]
    """
    if not isinstance(text, str) or not text.strip():
        return []
    n = len(text)
    sents = [(int(s.start), int(s.end)) for s in sentences if 0 <= s.start < s.end <= n]
    sents.sort()  # (in order already as the sentence splitter gives them: one pass)
    if not sents:
        sents = [m.span() for m in _LINE.finditer(text)]
    resolver = Resolver(text, entities or (), officials or ())
    if not officials:
        resolver.learn_appositions(sents)
    reader = _Reader(text, sents, resolver)
    reader.headline_names()
    for i in range(len(sents)):
        reader.sentence(i)
    reader.headlines()
    return reader.quotes()


class _Reader:
    """Reads one article sentence by sentence, keeping the records and the people."""

    def __init__(self, text: str, sents: list[tuple[int, int]], resolver: Resolver) -> None:
        self.text = text
        self.sents = sents
        self.starts = [s for s, _ in sents]
        self.resolver = resolver
        self.records: list[_Record] = []
        self.scanner = _CueScanner(text)
        # the cues split around their subject (`خواستار … شد`) whose opener the text holds, each
        # with the places of the opener's first part (every match of the opener starts at one)
        self.splits = [(places, opener, verb, cue) for opener, verb, cue in _split_patterns()
                       if (places := _places(self.scanner.folded, (_first_part(cue.opener),)))]
        self.consumed = -1  # end of the last direct statement: cues inside it are no cues
        # end of the paragraph of the last `X گفت: …`: its later sentences go on with the
        # statement, and a name in them (`محرم نویدکیا اسطوره پاس ایران است`) is no new topic
        self.continued = -1
        self._report_leads: dict[int, bool] = {}  # see `_report_lead`
        self._blank_at: int | None = None  # see `_first_blank`
        self._headline_cache: list[tuple[int, int, regex.Match, int]] | None = None
        # where a match of `_according_pattern` or `_ELIDED` may be: no window without one of
        # these offsets is searched for them
        self.according_at = _places(self.scanner.folded, _according_words())
        self.elided_at = self.scanner.places(_ELIDED_NOUNS)

    # ------------------------------------------------------------ one sentence
    def sentence(self, si: int) -> None:
        text = self.text
        s, e = self.sents[si]
        if e <= self.consumed:
            return
        lo = max(s, self.consumed)
        found = self._cues(lo, e)
        if not found:
            if s < self.continued:
                return
            m = self.resolver.subject(lo, e)
            if m is not None and not m.anonymous and not (
                    self._subheading(s, e) and self.text.find(self.text[m.start:m.end], max(0, s - _SEEN_REACH), s) < 0):
                # (a subheading makes a topic only of a person written before: «علیخانی و ایرانیان»)
                self.resolver.resolve(m, report_lead=self._report_lead(s))
            return
        prev: _Record | None = None
        clause_lo = lo
        for k, (cs, ce, cue, written) in enumerate(found):
            if cs < self.consumed:
                continue
            rec = self._one(si, clause_lo, cs, ce, cue, written, prev,
                            shared=_shares_subject(text, found, k, e))
            if rec is not None:
                self.records.append(rec)
                prev = rec
                # (the next clause starts after the statement when it runs on past the cue:
                # `… را سربازی دانست که … است | و ابراز داشت: …`)
                clause_lo = max(ce, rec.end)
            else:
                clause_lo = ce if prev is not None else clause_lo

    def _quoted_source(self, lo: int, cs: int) -> Mention | None:
        """The person a medium quotes as the speaker of its report: «رویترز به نقل از جان کری نوشت: …»,
        «این گزارش به نقل از ارزیابی آنتونی کوردسمان … مدعی شد که …»: the mention after «به نقل از»
        when the clause opens with a plain noun phrase before it (not «به گزارش …») and the cue is no
        verb of reporting before a clause of its own («… گزارش داد، آیت‌الله خامنه‌ای خواستار … شدند»);
        else None."""
        m = _QUOTING.search(self.text, lo, cs)
        if m is None or not self.text[lo:m.start()].strip() or _NOT_PLAIN_SUBJECT.search(self.text, lo, m.start()):
            return None
        end = cs
        while end > m.end() and self.text[end - 1] in " \u200c،,":
            end -= 1  # (a comma before the cue: «… به نقل از فردی که … نامید، نوشت»)
        lead = _EVALUATION.match(self.text, m.end(), end)
        found = self.resolver.subject(lead.end() if lead else m.end(), end, loose=True)
        if found is None or found.anonymous or not (found.kind in ("title", "person") or (
                found.kind == "name" and found.name_span is not None and (not self.resolver.entities or any(
                    e.label == "PERSON" for e in self.resolver.starts.get(found.name_span[0], ()))))):
            return None  # a person (a PERSON where the entity stage ran) or an office, not «مطبوعات ایران»
        return found

    def _first_blank(self) -> int:
        """Offset of the text's first blank line (-1: none), found once."""
        if self._blank_at is None:
            self._blank_at = self.text.find("\n\n")
        return self._blank_at

    def _subheading(self, s: int, e: int) -> bool:
        """Is text[s:e] a subheading inside the body: a short line of its own without final
        punctuation, after the first paragraph? It sums up what follows and is no sentence of the
        story: a person it names for the first time is not the one a later «وی» stands for
        («دادستان اصفهان در زمین خواری‌ها ورود پیدا کرده است ¶ وی … بیان کرد: …» goes on with the
        speaker before it)."""
        text = self.text
        if e - s > _SUBHEAD_MAX or s == 0 or text[s - 1] != "\n" or text[e:e + 1] not in ("", "\n", " "):
            return False
        if text[e - 1] in _FINAL or not 0 <= self._first_blank() < s:
            return False
        return lines_before(text, s, 2) >= 2

    def _report_lead(self, s: int) -> bool:
        """Does the sentence at `s` open the report after the lead: `به گزارش …، X …`, or the
        first body paragraph (headline, lead `TITLE گفت: …`, then `X امروز در گفت‌وگو با …`)?
        (Asked for each speaker of the sentence: answered once.)"""
        known = self._report_leads.get(s)
        if known is None:
            text = self.text
            if _REPORT.match(text, s):
                known = True
            else:
                line = text.rfind("\n", 0, s) + 1
                known = not text[line:s].strip() and 1 <= lines_before(text, line, 3) <= 2
            self._report_leads[s] = known
        return known

    def _cues(self, lo: int, hi: int) -> list[tuple[int, int, Cue, str]]:
        """Cue occurrences in text[lo:hi], in order, without the blocked ones."""
        text = self.text
        out = []
        table = cues()
        modal = _modal_before()
        for m in self.scanner.finditer(lo, hi):
            cue = table[int(m.lastgroup[1:])]
            if _NOT_CUE_AFTER.match(text, m.end()):
                continue
            if modal.search(text, max(lo, m.start() - _MODAL_REACH), m.start()):
                continue
            out.append((m.start(), m.end(), cue, m.group()))
        for places, opener, verb, cue in self.splits:
            if not _any_in(places, lo, hi):
                continue
            for m in opener.finditer(text, lo, hi):
                v = verb.search(text, m.end(), min(hi, m.end() + _MAX_SPLIT))
                if v is None or _SENTENCE_MARK.search(text, m.end(), v.start()):
                    continue
                out.append((m.start(), v.end(), cue, f"{m.group()} ... {v.group()}"))
        if _any_in(self.according_at, lo, hi):
            for m in _according_pattern().finditer(text, lo, hi):
                out.append((m.start(), m.end(), None, m.group()))
        if out and _any_in(self.elided_at, lo, hi) and text.find("را", lo, hi) >= 0:
            # a verb of judgement without its light verb, shared with the next cue: «X A را B عنوان و
            # تصریح کرد: …» = «عنوان کرد و تصریح کرد»
            by_cue = _elided_cues()
            for m in _ELIDED.finditer(text, lo, hi):
                nxt = min((cs for cs, _ce, _c, _w in out if cs >= m.end()), default=-1)
                # (the next verb in the same clause: no comma or «که» between, not «غصب عنوان و
                # لباس نیروی انتظامی که …، … ذکر کردند»)
                if nxt >= 0 and not _CLAUSE_BREAK.search(text, m.end(), nxt):
                    out.append((m.start(), m.end(), by_cue[m.group(1)], m.group(1)))
        out.sort(key=lambda x: x[0])
        return out

    def _one(self, si: int, clause_lo: int, cs: int, ce: int, cue: Cue | None, written: str,
             prev: _Record | None, shared: bool = False) -> _Record | None:
        """The record of one cue, or None. `shared`: the next cue of the sentence follows
        this one after «و» with a colon (`X A را B دانست و افزود: C`), so the subject the colon
        warrants (`loose`) is this cue's subject too."""
        text = self.text
        s, e = self.sents[si]
        if cue is None:
            return self._according(si, cs, ce, written, clause_lo)
        # a «…» that opens the clause, with the speaker after it («…»، X گفت.)
        lead_quote = None
        p = _skip_space(text, clause_lo, cs)
        if p < cs and text[p] == "«":
            close = _closing(text, p, cs)
            # a quoted name («اسکات دیورکین» از مقامات …) is no statement
            if close is not None and _at_least(text, p, close, _MIN_LEAD_QUOTE_WORDS):
                lead_quote = (p + 1, close)
                clause_lo = close + 1
        # the subject: omitted after «و» (… دانست و افزود:), else the noun phrase before the cue
        direct_colon = _COLON.match(text, ce)
        joined = _subject_joint(text, clause_lo, cs) if prev is not None else None
        if joined is not None and joined.re is _COMMA_ONLY and not direct_colon:
            joined = None  # (a comma alone joins a cue with a colon only: `… خواند، افزود: …`)
        inherited = joined is not None
        if inherited:
            mention, person = prev.mention, prev.person
            np_end = joined.end()
        else:
            sub_lo = clause_lo
            but = None
            for but in _BUT_CLAUSE.finditer(text, max(clause_lo, cs - _BUT_REACH), cs):
                pass
            if but is not None and not _CLAUSE_MARKS.search(text, but.end(), cs) \
                    and self.resolver.subject(but.end(), cs) is not None:
                # «آدلاید … باز شده است، اما ویدمار می‌گوید: …»: the speaker opens the clause after «اما»
                # (not a framing clause's «اما» closed by a comma before the cue: «… اما نباید …، گفت:»)
                sub_lo = but.end()
            if cue.opener:
                loose = shared
            else:
                loose = bool(direct_colon) or lead_quote is not None or shared
            mention = None if text[ce:ce + 1] in "،," else self._quoted_source(sub_lo, cs)
            if mention is None:
                mention = self.resolver.subject(sub_lo, cs, loose=loose)
            if mention is None:
                # a relative clause closed by a comma between the subject and the cue: «مذاکره‌کننده
                # ارشد هسته‌ای ایران که به مصر سفر کرده است، گفت …»
                rel = _RELATIVE_BEFORE.search(text, max(sub_lo, cs - _RELATIVE_REACH), cs)
                if rel is not None:
                    mention = self.resolver.subject(sub_lo, rel.start(), loose=loose)
            if mention is not None and mention.kind == "name" and mention.title is None \
                    and _HOLY_NAME.match(text, mention.end):
                # a holy figure named in a framing clause is no speaker: the subject opens an earlier
                # clause («معاون … آستان قدس رضوی، ضمن تسلیت … حضرت باب‌الحوائج، امام موسی کاظم (ع) از
                # برگزاری مراسم … خبر داد»)
                end, holy = mention.start, mention
                mention = None
                for _ in range(3):
                    end = max(text.rfind("،", sub_lo, end), text.rfind(",", sub_lo, end))
                    if end <= sub_lo:
                        break
                    found = self.resolver.subject(sub_lo, end, loose=loose)
                    if found is not None and found is not holy and not (
                            found.kind == "name" and _HOLY_NAME.match(text, found.end)):
                        mention = found
                        break
            if mention is not None and mention.anonymous:
                # (a pronoun after it stands for the unnamed speaker: `یکی از شهروندان گفت: … |
                # وی افزود: …` gives no quote either)
                self.resolver.topic = None
                return None
            if mention is None:
                return None
            person = self.resolver.resolve(mention, report_lead=self._report_lead(s))
            if person is None:
                return None
            np_end = mention.end
        if cue.needs_az and not _ASKED.search(text, max(np_end, cs - 60), cs):
            return None
        kind, span = "indirect", None
        if cue.opener:
            span, written = self._request(si, np_end, cs, ce, written)
        elif direct_colon:
            kind = "direct"
            span = self._after_colon(si, direct_colon.end())
        else:
            after = _skip_space(text, ce, e)
            if after < e and text[after] in "،,":  # `تأکید کرد، «…»`
                after = _skip_space(text, after + 1, e)
            if after < e and text[after] == "«":
                close = _closing(text, after, min(len(text), after + _MAX_QUOTE))
                if close is not None and not _goes_on(text, close):
                    kind, span = "direct", (after + 1, close)
                    self.consumed = max(self.consumed, close + 1)
            if span is None and lead_quote is not None:
                kind, span = "direct", lead_quote
            that = _THAT.match(text, ce)
            if span is None and cue.needs_ra and not _PRESENT_FORM.search(written):
                # `X A را B دانست` (and `… عنوان کرد`): A and what is said of it, with a clause
                # after the cue that goes on with B (`… را از جمله کشورهایی برشمرد که …`)
                span = _ra_statement(text, np_end, cs, predicate=not cue.object_only)
                if span is not None and cue.cue in _DENIALS and _turned_down(text, span[1]):
                    return None  # «پیشنهاد همکاری با المپیک لیون را رد کرد»: an offer turned down, nothing said
                if span is not None and that and _at_least(text, that.end(), e, _MIN_AFTER_WORDS):
                    span = (span[0], self._clause_end(that.end(), e))
            if span is None and (cue.content in ("after", "either") or that) \
                    and not _AND_START.match(text, ce):
                a = that.end() if that else ce
                if self._framed(a, e):
                    return None
                if _at_least(text, a, e, _MIN_AFTER_WORDS):
                    b = _before_next_clause(text, a, e, self.scanner)
                    span = (a, b)
                    self.consumed = max(self.consumed, b)
            if span is None and cue.content == "before" and cue.needs_ra:
                # `X از A به عنوان B نام برد`: the «را» of a verb of naming written with «از»
                span = _as_statement(text, np_end, cs)
                if span is None:
                    return None  # (`وی متن بیانیه را خواند`: read, not said)
            if span is None and cue.content in ("before", "either"):
                span = _statement_before(text, np_end, cs)
            if span is None and cue.content == "colon" and _COMMA_NEXT.match(text, ce) \
                    and _at_least(text, ce, e, _MIN_AFTER_WORDS):
                # `وی ادامه داد، بازرگانی انگلیس … رها خواهند شد`: reported, not quoted
                span = (ce, e)
                self.consumed = max(self.consumed, e)
            if span is None and cue.content in ("after", "colon"):
                span = self._previous_quote(si, clause_lo)
                kind = "direct"
        if span is None:
            return None
        a, b = _strip(text, *span)
        if not _at_least(text, a, b, _MIN_STATEMENT_WORDS):
            return None
        return _Record(a, b, kind, written.strip(), mention, person, cs, ce)

    def _request(self, si: int, np_end: int, cs: int, ce: int,
                 written: str) -> tuple[tuple[int, int] | None, str]:
        """The statement of a split cue `خواستار … شد` and the cue as written: between the two
        words, on over a clause of purpose or content after the verb (`خواستار معرفی … شد تا از
        بین آنها …`, `خواستار آن شد که …`), or, with nothing between them, before the opener
        when it holds «را» (`X توسعه اطلاع‌رسانی … را در این زمینه خواستار شد`).

        >>> t = "استاندار گیلان حل مشکل آب را خواستار شد."
        >>> [(q.cue, q.text) for q in find_quotes(t, [], [], [])]
        [('خواستار شد', 'حل مشکل آب را')]
        """
        text = self.text
        e = self.sents[si][1]
        opener, verb = written.split(" ... ")
        o_end, v_start = cs + len(opener), ce - len(verb)
        tail = _REQUEST_TAIL.match(text, ce, e)
        end = None
        if tail is not None and _at_least(text, tail.end(), e, _MIN_AFTER_WORDS):
            end = self._clause_end(tail.end(), e)
        if _at_least(text, o_end, v_start, _MIN_STATEMENT_WORDS):
            return (o_end, v_start if end is None else end), written
        written = text[cs:ce]
        if end is not None:
            return (tail.end(), end), written
        return _ra_statement(text, np_end, cs, predicate=False), written

    def _framed(self, a: int, e: int) -> bool:
        """Is a cue whose statement would start at `a` inside the framing clause of a later cue
        of the sentence that a colon follows, not joined to it by «و» (`وی با اشاره به اینکه …
        امام خمینی (ره) نیز بر این نقش تاکید داشته‌اند، افزود: …`)? That cue's record is the
        sentence's one."""
        text = self.text
        for m in self.scanner.finditer(a, e):
            if _COLON.match(text, m.end()) is None:
                continue
            before = text[max(a, m.start() - 4):m.start()]
            return not _AND_WORD.search(before)
        return False

    def _clause_end(self, a: int, e: int) -> int:
        """The end of a clause that goes on after a cue verb, before a clause the sentence adds
        with a cue of its own (`… شد تا … و افزود: …`)."""
        text = self.text
        b = _before_next_clause(text, a, e, self.scanner)
        m = next(self.scanner.finditer(a, b), None)
        if m is not None:
            ands = [w.start() for w in _AND_WORD.finditer(text, a, m.start())]
            b = ands[-1] if ands else m.start()
        return b

    def _after_colon(self, si: int, p: int) -> tuple[int, int] | None:
        """The statement after a cue's colon: to the closing `»` of a `«` right after it, else to
        the end of the sentence (or the next sentence when the colon ends its line)."""
        text = self.text
        s, e = self.sents[si]
        p = _skip_space(text, p, e)
        if p >= e:
            if si + 1 >= len(self.sents):
                return None
            p, e = self.sents[si + 1]
        if text[p] == "«":
            close = _closing(text, p, min(len(text), p + _MAX_QUOTE))
            if close is not None and not _goes_on(text, close):
                self.consumed = max(self.consumed, close + 1)
                return p + 1, close
        e = self._unfinished(si, p, e)
        self.consumed = max(self.consumed, e)
        para = text.find("\n", e)
        self.continued = len(text) if para < 0 else para
        return p, e

    def _unfinished(self, si: int, a: int, b: int) -> int:
        """The end of a short statement cut by a stray paragraph break (`افزود: اثرگذاری روابط
        عمومی` ⏎⏎ `شهرداری در …`): a few words without final punctuation run on into the
        next sentence."""
        text = self.text
        k = bisect.bisect_right(self.starts, b - 1)
        while k < len(self.sents) and not _at_least(text, a, b, _SHORT_WORDS):
            tail = text[a:b].rstrip()
            gap = text[b:self.sents[k][0]]
            if not tail or tail[-1] in _FINAL or gap.strip():
                break
            # across a blank line only a dangling fragment (a headline of its own ends there)
            if gap.count("\n") > 1 and _at_least(text, a, b, _FRAGMENT_WORDS):
                break
            b = self.sents[k][1]
            k += 1
        return b

    def _previous_quote(self, si: int, clause_lo: int) -> tuple[int, int] | None:
        """`«…». X گفت.`: a sentence that is one quote, right before a cue with nothing else."""
        text = self.text
        s, _ = self.sents[si]
        if text[s:clause_lo].strip() or si == 0:
            return None
        ps, pe = self.sents[si - 1]
        q = _strip_edges(text, ps, pe)
        if q[0] < q[1] and text[q[0]] == "«":
            close = _closing(text, q[0], pe)
            if close is not None and not text[close + 1:pe].strip(" .،!؟"):
                return q[0] + 1, close
        return None

    def _according(self, si: int, cs: int, ce: int, written: str,
                   clause_lo: int) -> _Record | None:
        """`به گفته X، …`: the speaker up to the comma, the statement after it; without a comma
        right after a pronoun or a name (`به گفته وی در سال گذشته ۱۱۰ مورد … انجام شده`), the
        statement starts where the speaker ends. Inside a framing clause before a cue of the
        sentence (`وی با اشاره به سرمقاله‌ای که به تعبیر وی …، اظهار کرد: …`) it is no record."""
        text = self.text
        s, e = self.sents[si]
        last = _skip_space_back(text, clause_lo, cs)  # (the clause's last mark, read backwards)
        embedded = _trim_leads(text, clause_lo, cs)[0] < cs \
            and not (last > clause_lo and text[last - 1] in "،,")
        if embedded and next(self.scanner.finditer(ce, e), None) is not None:
            return None
        comma = _COMMA.search(text, ce, min(e, ce + _MAX_ACCORDING))
        mention = self.resolver.subject(ce, comma.start() if comma else min(e, ce + _MAX_ACCORDING))
        if mention is None or mention.anonymous:
            return None
        bounded = mention.kind in ("pronoun", "anaphor", "name")
        if comma is not None and not (bounded and _at_least(text, mention.end, comma.start(),
                                                            _MIN_AFTER_WORDS + 1)):
            start = comma.end()
        elif comma is None and mention.kind == "title" and not mention.name \
                and _at_least(text, mention.end, e, _MIN_AFTER_WORDS + 1):
            # an office without a comma after it: the statement starts where the office ends
            # («به گفته استاندار گلستان همین باور منشا … شده است»), or after a «؛» that closes an
            # office cut short a few words on («به گفته رئیس منطقه ۲۷ دانشگاه آزاد اسلامی؛ …»)
            start = mention.end
            semi = text.find("؛", start, e)
            if semi >= 0 and not _at_least(text, start, semi, _MIN_AFTER_WORDS + 1):
                start = semi + 1
        elif bounded:
            if mention.kind == "anaphor":
                # `به گفته این مسئول | باشگاه شکوهی هم … می‌تواند …`: the anaphor alone, not an
                # office the statement's first words would make of it
                toks = tokens(text, mention.start, mention.end)
                k = _match_seq(toks, 0, tables().anaphors)
                if k and toks[k - 1].end < mention.end:
                    end = toks[k - 1].end
                    mention = Mention(mention.start, end, text[mention.start:end], "anaphor")
            start = mention.end
        else:
            return None
        person = self.resolver.resolve(mention, learn=True)
        if person is None:
            return None
        a, b = _strip(text, start, e)
        if not _at_least(text, a, b, _MIN_STATEMENT_WORDS):
            return None
        self.consumed = max(self.consumed, e)
        return _Record(a, b, "indirect", written, mention, person, cs, ce)

    # ------------------------------------------------------------ headline
    def _headline_sents(self) -> list[tuple[int, int, regex.Match, int]]:
        """Sentences of the headline (the first paragraph) with their `Name: statement` match
        (read once: `headline_names` and `headlines` both ask)."""
        if self._headline_cache is None:
            self._headline_cache = list(self._read_headline())
        return self._headline_cache

    def _read_headline(self):
        """The sentences of `_headline_sents`, read."""
        text = self.text
        blank = _BLANK_LINE.search(text)
        head_end = blank.start() if blank else (self.sents[0][1] if self.sents else 0)
        for s, e in self.sents:
            if s >= head_end:
                break
            # a kicker before a bar (`والیبال قهرمانی اروپا| کونارسکی: …`) is no part of the name
            colon = text.find(":", s, e)
            bar = text.rfind(_KICKER_BAR, s, colon) if colon > 0 else -1
            m = _HEADLINE.match(text, s if bar < 0 else bar + 1, e)
            if m is not None and not _has_cue(m.group(1)) and len(m.group(1).split()) <= 4:
                yield s, e, m, head_end

    def headline_names(self) -> None:
        """The name of a headline `Name: statement` (`رونالدو: …`) is a name the body uses for its
        speaker (`کریستیانو رونالدو که … اعلام کرده که …`), even where no lexicon knows it."""
        for _s, _e, m, _h in self._headline_sents():
            toks = tokens(self.text, m.start(1), m.end(1))
            if 1 <= len(toks) <= 3 and all(t.text[0].isalpha() for t in toks):
                self.resolver.headline_names.add(toks[-1].key)

    def headlines(self) -> None:
        """`Name: statement` in the headline (the first paragraph): the speaker is the body
        speaker whose words the headline repeats, or the person of that name."""
        text = self.text
        for s, e, m, head_end in self._headline_sents():
            if any(r.start < e and s < r.end for r in self.records):
                continue
            mention = self.resolver.subject(m.start(1), m.end(1), loose=True)
            if mention is None or mention.anonymous or mention.kind in ("pronoun", "anaphor"):
                continue
            # a headline broken over lines goes on to the end of its paragraph
            a, b = _strip(text, m.start(2), self._unfinished(0, m.start(2), max(e, head_end)))
            if not _at_least(text, a, b, _MIN_STATEMENT_WORDS):
                continue
            said = _words(text[a:b])
            best, score = None, 0.0
            for r in self.records:
                d = _covered(said, _words(text[r.start:r.end]))
                if d > score:
                    best, score = r, d
            person = self.resolver.resolve(mention, learn=False)
            if best is not None and score >= 0.6 and best.person is not None:
                if person is None:
                    person = best.person.root()
                    if mention.name and not person.name:
                        person.name = mention.name
                    if mention.title and not person.has_title(mention.title):
                        person.titles.append(mention.title)
                elif person.root() is not best.person.root():
                    person = Resolver.merge(best.person, person)
            if person is None:
                person = self.resolver.add(mention.name, mention.title)
            self.records.append(_Record(a, b, "direct", ":", mention, person, m.end(1), m.end(1) + 1))

    # ------------------------------------------------------------ output
    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        seen = set()
        for r in sorted(self.records, key=lambda r: (r.start, r.cue_start)):
            if r.person is None or (r.start, r.end, r.cue_start) in seen:
                continue
            seen.add((r.start, r.end, r.cue_start))
            p = r.person.root()
            m = r.mention
            speaker = None if m is None else _speaker(self.text, m)
            title = _best_title(p, m)
            out.append(Quote(start=r.start, end=r.end, text=self.text[r.start:r.end], kind=r.kind,
                             cue=r.cue, speaker=speaker, official=p.official,
                             speaker_name=p.name, speaker_title=title))
        return out


def _speaker(text: str, m: Mention) -> Speaker:
    """The speaker as written, with the `«` of a quoted name it opens inside (`«وحید مجروح»،
    معاون …`)."""
    start = m.start
    if start > 0 and text[start - 1] == "«" and "»" in m.text:
        start -= 1
    return Speaker(text[start:m.end], start, m.end)


def _best_title(p: Person, m: Mention | None) -> str | None:
    if m is not None and m.kind == "anaphor":
        return p.titles[0] if p.titles else None
    if m is not None and m.title and m.kind != "anaphor":
        # the office as written where the speaker stands, or its fuller form said elsewhere
        # (`فرماندار ملارد` → `فرماندار شهرستان ملارد`)
        fuller = [t for t in p.titles if len(t) > len(m.title) and titles_match(t, m.title)
                  and not _has_cue(t)]
        return max(fuller, key=len) if fuller else m.title
    return p.titles[0] if p.titles else None


# ---------------------------------------------------------------- helpers

def _skip_space(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \t\n\u200c\u200f\u200e":
        i += 1
    return i


def _skip_space_back(text: str, lo: int, i: int) -> int:
    """The offset after the last character of text[lo:i] that is no space or ZWNJ (lo if none)."""
    while i > lo and text[i - 1] in " \t\u200c":
        i -= 1
    return i


def _closing(text: str, i: int, hi: int) -> int | None:
    """Offset of the `»` that closes the `«` at text[i] (nesting counted), else None."""
    depth = 0
    for m in _GUILLEMET.finditer(text, i, min(hi, len(text))):  # only the marks are visited
        if m.group() == "«":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return None


_GUILLEMET = regex.compile("[«»]")


_RA = regex.compile(_BEFORE + "را" + _AFTER)
_AND_WORD = regex.compile(r"(?<![\p{L}\p{M}\u200c])و(?![\p{L}\p{M}\u200c])")


def _before_next_clause(text: str, a: int, e: int, scanner: _CueScanner | None = None) -> int:
    """The end of a statement after its cue, before a clause of its own that the sentence adds
    with `و` (`از مردم خواست در مصرف گاز صرفه‌جویی کنند | و آن را تکلیف شرعی دانست`)."""
    table = cues()
    for m in (scanner or _CueScanner(text)).finditer(a, e):
        joined = _and_before(text, a, m.start())
        if joined is not None and _at_least(text, a, joined, _MIN_AFTER_WORDS) \
                and not _PRESENT_FORM.search(m.group()) and not m.group().endswith("ند"):
            # «گفت A | و تاکید کرد B»: a second cue of the same speaker (a past form: «… و ادعا
            # می‌کنند» goes on about others)
            return joined
        if not table[int(m.lastgroup[1:])].needs_ra:
            continue
        ra = [r.start() for r in _RA.finditer(text, a, m.start())]
        if not ra:
            continue
        ands = [w.start() for w in _AND_WORD.finditer(text, a, ra[-1])]
        if ands and _at_least(text, a, ands[-1], _MIN_AFTER_WORDS):
            return ands[-1]
    return e


_SPACES = " \t\u200c"


def _and_before(text: str, a: int, b: int) -> int | None:
    """Where «و» right before a cue at b starts, with its spaces: spaces, «و», then one to three
    spaces end text[a:b] (None: they do not), read backwards from b: the cost is that of the
    spaces, not of text[a:b] (a long sentence has many cues). The same answer as the pattern
    `[ \\t\\u200c]+و[ \\t\\u200c]{1,3}\\Z` searched in text[a:b] (tests/test_quotes_speed.py).

    >>> t = "وی گفت کار تمام شد  و  افزود"
    >>> _and_before(t, 0, t.index("افزود")), t.index("  و")
    (18, 18)
    """
    q = b
    while q > a and b - q < 4 and text[q - 1] in _SPACES:
        q -= 1
    if not 1 <= b - q <= 3 or q - 1 < a or text[q - 1] != "و":
        return None
    p = q - 1  # the «و»; the spaces before it, as many as there are (at least one)
    while p > a and text[p - 1] in _SPACES:
        p -= 1
    return p if p < q - 1 else None

# a clause of the speaker's own before the statement (`اکبری به مواد … اشاره کرد و | پیگیری … را
# خواستار شد`): a finite past verb and «و»
_OWN_CLAUSE = regex.compile(
    r"(?<![\p{L}\p{M}\u200c])(?:کرد|نمود|داشت|داد|شد)(?:ند)?[ \t\u200c]{0,3}[،,]?[ \t\u200c]{0,3}"
    r"و(?![\p{L}\p{M}\u200c])")
# words that make no predicate between «را» and a verb of judgement (`آن را نیز … دانست`)
_NO_PREDICATE = frozenset({"نیز", "هم"})


# the blessing after a holy name («امام موسی کاظم (ع)», «حضرت زهرا (س)»): no speaker of the story
_HOLY_NAME = regex.compile(r"[ \u200c]{0,2}\((?:ع|س|ص|عج)\)")

def _after_own_clause(text: str, a: int, b: int) -> tuple[int, int]:
    """A statement before its cue without a clause of the speaker's own that opens it
    (`به مواد اجرایی قانون … اشاره کرد و`), when words enough are left after that clause."""
    last = None
    for m in _OWN_CLAUSE.finditer(text, a, b):
        # not the verb of a relative clause (`دستگیری سارقانی که … قصد فروش … را داشتند و کشف …`)
        clause = max(a, text.rfind("،", a, m.start()) + 1, text.rfind(",", a, m.start()) + 1)
        if not _THAT_WORD.search(text, clause, m.start()):
            last = m
    if last is not None and _at_least(text, last.end(), b, _MIN_STATEMENT_WORDS):
        return _skip_space(text, last.end(), b), b
    return a, b


# A framing clause of the speaker's own, closed by a comma, that opens the words before a cue
# (`با بیان ضرورت ساماندهی دامداری‌ها، | انتقال دامداری‌ها … را خاطر نشان کرد`, `ضمن تشکر از …، | A
# را B دانست`): what the speaker did while saying it, not what is said. Not a that-clause (`با
# بیان اینکه …`): a comma may fall inside it, and it may hold the statement itself.
_FRAMING_CLAUSE = regex.compile(
    r"(?:با[ \u200c](?:بیان|اشاره[ \u200c]به|تاکید[ \u200c]بر|تأکید[ \u200c]بر|ابراز|اعلام|تشریح|یادآوری"
    r"|قدردانی[ \u200c]از|تقدیر[ \u200c]از|تشکر[ \u200c]از|تبریک|انتقاد[ \u200c]از)|ضمن)"
    r"(?![\p{L}\p{M}\u200c])(?![ \u200c]{1,3}این[ \u200c]?که(?![\p{L}\p{M}\u200c]))[^،,.:؛!؟\n«»]{1,200}[،,]")


# A framing that-clause (`با بیان اینکه A، | B را C دانست`): it ends at a comma after a finite verb
# (`… نباید مانع این اقدام شود، | درس عاشورا را …`); commas inside it (a list) or in B's object
# list (`طرح سفیران سلامت، طرح آهن یاری … را`) follow no verb and cut nothing.
_THAT_FRAME = regex.compile(
    r"(?:با[ \u200c](?:بیان|اشاره[ \u200c]به|تاکید[ \u200c]بر|تأکید[ \u200c]بر|ابراز|اعلام|یادآوری)|ضمن[ \u200c]+\p{L}+)"
    r"[ \u200c]+(?:این[ \u200c]?که|آنکه)(?![\p{L}\p{M}\u200c])")
_VERB_COMMA = regex.compile(r"(\p{L}[\p{L}\u200c]*)[ \u200c]*[،,]")
# finite forms that no stem makes (the copula and its negative, the future's auxiliary)
_COPULAS = frozenset({"است", "اند", "هست", "هستند", "نیست", "نیستند", "بود", "بودند", "باشد", "باشند"})
_PERSON_ENDINGS = ("", "ند", "م", "یم", "ید", "ی")
# verb forms that are nouns too (hazm tags them so), a verb before a comma all the same
_NOUN_LIKE_VERBS = frozenset({"کند", "کنند", "نمود", "نمودند", "رسید", "رسیدند", "دید", "دیدند", "گرفت", "داشت",
                              "داد", "زد", "یافت", "گشت", "ماند", "خواست"})


def _finite_verb(word: str) -> bool:
    """A finite verb form of the language (`شود`, `نکردند`, `می‌شود`, `خواهد`, `کرده‌اند`, `است`).

    >>> [_finite_verb(w) for w in ("شود", "نکردند", "می\u200cشود", "کرده\u200cاند", "تولید", "سلامت")]
    [True, True, True, True, False, False]
    """
    if word in _COPULAS or word.startswith(("خواهد", "خواهند")):
        return True
    if word in gazetteer().tagged and word not in _NOUN_LIKE_VERBS:
        return False  # a noun or an adjective of hazm's tagged words (`تولید`, which its verb list holds too)
    lex = normalize_lexicon()
    w = word
    for prefix in ("نمی\u200c", "می\u200c"):
        if w.startswith(prefix):
            w = w[len(prefix):]
            break
    else:
        if w.endswith(("\u200cاند", "\u200cاست")) or w.endswith(("ه است", "ه اند")):
            return w.rsplit("\u200c" if "\u200c" in w else " ", 1)[0][:-1] in lex.past_stems
    stems = (w, w[1:]) if w[:1] in ("ن", "ب") else (w,)
    for form in stems:
        for end in _PERSON_ENDINGS:
            if end and not form.endswith(end):
                continue
            base = form[:len(form) - len(end)] if end else form
            if base in lex.past_stems or (base.endswith("د") and base[:-1] in lex.present_stems):
                return True
    return False


def _after_that_frame(text: str, a: int, b: int) -> int:
    """Where the statement starts after a framing that-clause that opens text[a:b] (`_THAT_FRAME`),
    else a."""
    frame = _THAT_FRAME.match(text, a, b)
    if frame is None:
        return a
    start = a
    for m in _VERB_COMMA.finditer(text, frame.end(), b):
        if _finite_verb(m.group(1)) and _at_least(text, m.end(), b, _MIN_STATEMENT_WORDS):
            start = _skip_space(text, m.end(), b)
    return start


def _statement_before(text: str, a: int, b: int) -> tuple[int, int]:
    """The statement that stands before its cue in text[a:b]: without the adverbials after the
    speaker (`در ادامه`), a framing clause closed by a comma (`با بیان …،`), or a clause of the
    speaker's own that opens it (`به … اشاره کرد و`), when words enough are left.

    >>> t = "در خاتمه با بیان ضرورت ساماندهی دامداری\u200cها، انتقال دامداری\u200cها به حسن\u200cآباد را"
    >>> a, b = _statement_before(t, 0, len(t))
    >>> t[a:b]
    'انتقال دامداری\u200cها به حسن\u200cآباد را'
    """
    a, b = _trim_leads(text, a, b)
    a = _after_that_frame(text, a, b)
    frame = _FRAMING_CLAUSE.match(text, a, b)
    if frame is not None and _at_least(text, frame.end(), b, _MIN_STATEMENT_WORDS):
        a, b = _trim_leads(text, frame.end(), b)
    return _after_own_clause(text, a, b)


_AZ = regex.compile(r"(?<![\p{L}\p{M}\u200c])از[ \u200c]+")
_AS = " به عنوان "


def _as_statement(text: str, a: int, b: int) -> tuple[int, int] | None:
    """`A به عنوان B` after the last «از» before it, in text[a:b] before a verb of naming or
    judgement: `امام جمعه از نهضت عاشورا به عنوان الگوی امر به معروف نام برد`; None without it.

    >>> t = "وی از نهضت عاشورا به عنوان الگوی ارزشمند امر به معروف"
    >>> a, b = _as_statement(t, 3, len(t))
    >>> t[a:b]
    'نهضت عاشورا به عنوان الگوی ارزشمند امر به معروف'
    """
    k = text.rfind(_AS, a, b)
    if k < 0:
        return None
    last = None
    for m in _AZ.finditer(text, a, k):
        last = m
    if last is None or not _at_least(text, k + len(_AS), b, 1):
        return None
    return last.end(), b


# denials whose object may be an offer or a request turned down, no statement (`_one`)
_DENIALS = frozenset({"رد کرد"})
_OFFERS = frozenset({"پیشنهاد", "درخواست", "دعوت", "تقاضا", "تقاضای", "استعفا", "استعفای", "شکایت"})


def _turned_down(text: str, b: int) -> bool:
    """Is the object before «را» that ends before `b` an offer or a request (a noun of `_OFFERS`
    among its last six words: «پیشنهاد همکاری با المپیک لیون را»)?"""
    ra = None
    for ra in _RA.finditer(text, max(0, b - 80), b):
        pass
    return ra is not None and not _OFFERS.isdisjoint(_WORD.findall(text, max(0, ra.start() - 60), ra.start())[-6:])


def _ra_statement(text: str, a: int, b: int, predicate: bool) -> tuple[int, int] | None:
    """The statement `A را B` before a verb of judgement (`X A را B دانست`), or `A را` before
    `خواستار شد` (`predicate=False`): None without «را», or, with `predicate`, without a word
    between the last «را» and the verb (`وی متن بیانیه را خواند` reads, it says nothing).

    >>> t = "وی این پروژه را یک پروژه ملی برشمرد"
    >>> a, b = _ra_statement(t, 3, t.index(" برشمرد"), True)
    >>> t[a:b]
    'این پروژه را یک پروژه ملی'
    >>> _ra_statement("وی متن بیانیه را خواند", 3, 17, True) is None
    True
    """
    a, b = _statement_before(text, a, b)
    last = None
    for m in _RA.finditer(text, a, b):
        last = m
    if last is None:
        return None
    if predicate and not any(w not in _NO_PREDICATE for w in _WORD.findall(text, last.end(), b)):
        return None
    return a, b


def _shares_subject(text: str, found: Sequence[tuple[int, int, Cue | None, str]], k: int,
                    e: int) -> bool:
    """Does the cue found[k] share its subject with the next one, joined by «و» or a comma and
    followed by a colon (`X … را … دانست و افزود: …`, `وی … را بسیار مهم خواند، افزود: …`)?"""
    if k + 1 >= len(found) or found[k][2] is None or found[k + 1][2] is None:
        return False
    joined = _subject_joint(text, found[k][1], found[k + 1][0])
    if joined is None or _skip_space(text, joined.end(), e) != found[k + 1][0]:
        return False
    return _COLON.match(text, found[k + 1][1]) is not None


def _subject_joint(text: str, at: int, cue_start: int) -> regex.Match | None:
    """What joins a cue that ends at `at` to the next one, which shares its subject: «و» (`… دانست و
    افزود`), or a comma with the next cue right after it (`… خواند، افزود`); None else."""
    joined = _AND_START.match(text, at)
    if joined is None:
        joined = _COMMA_ONLY.match(text, at)
        if joined is not None and _skip_space(text, joined.end(), cue_start) != cue_start:
            joined = None
    return joined


def _goes_on(text: str, close: int) -> bool:
    """Does the sentence go on after a short «…» that closes at `close` (`گفت: «حجر بن عدی» در
    قلوب … قرار دارد`)? Then the «…» is a quoted name or phrase, not the whole statement."""
    opening = text.rfind("«", 0, close)
    if opening < 0 or _at_least(text, opening, close, _MIN_LEAD_QUOTE_WORDS):
        return False
    i = close + 1
    while i < len(text) and text[i] in " \t\u200c":
        i += 1
    return i < len(text) and (text[i].isalpha() or text[i] == "«")


def _strip_edges(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n\u200c":
        a += 1
    while b > a and text[b - 1] in " \t\n\u200c":
        b -= 1
    return a, b


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """A statement without edge spaces and punctuation, and without a «…» around all of it."""
    while a < b and text[a] in _EDGE_PUNCT:
        a += 1
    while b > a and text[b - 1] in _EDGE_PUNCT:
        b -= 1
    if b - a > 2 and text[a] == "«" and _closing(text, a, b) == b - 1:
        a, b = a + 1, b - 1
        return _strip(text, a, b)
    if b - a > 2 and text[b - 1] == "»" and text[a:b].count("«") < text[a:b].count("»"):
        return _strip(text, a, b - 1)
    if b - a > 2 and text[a] == "«" and text[a:b].count("«") > text[a:b].count("»"):
        return _strip(text, a + 1, b)
    return a, b


# The most characters the adverbials `_trim_leads` skips may take (six phrases of the table):
# only that much of the span is read, so that the cost does not grow with a long clause.
_LEADS_REACH = 400


def _trim_leads(text: str, a: int, b: int) -> tuple[int, int]:
    """Statement before a cue: without the adverbials right after the speaker (`نیز در ادامه`)."""
    hi = b
    if b - a > _LEADS_REACH:  # (cut at a space: a window that cuts no token reuses the text's tokens)
        space = text.find(" ", a + _LEADS_REACH, b)
        hi = b if space < 0 else space
    toks = tokens(text, a, hi)
    t = tables()
    i = 0
    for _ in range(6):
        if i < len(toks) and (toks[i].key in ("نیز", "هم") or toks[i].text in ("،", ",", "»")):
            i += 1
            continue
        n = _match_seq(toks, i, t.leads)
        if not n:
            break
        i += n
    if i >= len(toks) and hi < b:
        toks = tokens(text, a, b)  # (all of the read part was adverbials: read on)
    return (toks[i].start if i < len(toks) else b), b


def _words(s: str) -> list[str]:
    return [lexicon_key(w).replace(" ", "") for w in _WORD.findall(s)]


def _covered(a: list[str], b: list[str]) -> float:
    """Share of the words of `a` (a headline) that `b` (a body statement) repeats."""
    if not a or not b:
        return 0.0
    return sum((Counter(a) & Counter(b)).values()) / len(a)
