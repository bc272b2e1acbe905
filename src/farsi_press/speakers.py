"""Speakers of quotes: the subject noun phrase before a cue verb, and who it refers to.

Two steps, both over the normalized text:

- `subject_at(text, start, end)` reads the clause `text[start:end]` (up to a cue verb) and returns
  the speaker mention at its head: a pronoun (`وی`), an anaphor (`این مقام مسئول`), a name, an
  office title, or a name with its title in apposition (`جابر کریمی فرماندار شهرستان ملارد`),
  without the adverbials that follow it (`نیز`, `در ادامه`, `ضمن …`, `با بیان …`), past the
  phrases that open the clause (`شایان ذکر است`, `همزمان با …،`), and short of the object of
  `X OBJ را B دانست` (`این مسئول | زمان برگزاری آزمون را …`, `سرپرست فدراسیون کشتی | خدمت به
  کشور … را …` where the article gives the office as `سرپرست فدراسیون کشتی کشور`).
- `Resolver` keeps the people of one article (from the officials of the entity stage when there
  are any, and from the mentions it reads itself) and resolves each mention to one of them:
  a pronoun to the person last spoken of, a title to the named person holding that office.

Tables (`data/quote_*.txt|tsv`): pronouns and anaphors, adverbials that open a clause or end a
noun phrase, speakers that identify no one, and role nouns beside the office titles of
`titles.tsv`.

>>> m = subject_at("فرماندار ملارد نیز در این نشست گفت", 0, 31)
>>> (m.text, m.kind, m.title)
('فرماندار ملارد', 'title', 'فرماندار ملارد')
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate
from typing import Callable, Iterable, Mapping, NamedTuple, Sequence

import regex

from farsi_press.document import Entity, Official
from farsi_press.gazetteer import opening_title, plural_office
from farsi_press import lexicons
from farsi_press.lexicons import WORD_KEYS, data_text, lexicon_key, word_key
from farsi_press.memo import MEMO_LIMIT, PHRASE_LRU_LIMIT
from farsi_press.normalize.lexicon import lexicon as normalize_lexicon
from farsi_press.officials import ALSO_AFTER
from farsi_press.tokens import char_class

__all__ = ["Mention", "Person", "Resolver", "member_of_parliament", "subject_at", "tokens", "title_key"]


# Words, quoted chunks' marks and punctuation, each a token with its offsets. A word keeps its
# ZWNJ (`حسن‌نیا`) and inner dots or hyphens (`www.x.ir`, `خرمشهر-اهواز`). Written for the
# standard `re`, a third faster here than `regex`: `\w` is a letter, a number or `_`, and the
# marks are listed. (Python's Unicode tables are older than `regex`'s, and marks above U+FFFF
# are not listed: such rare characters split a word here, which the normalizer's output of
# Persian news never holds.) `_MARKS`: every combining mark (\p{M}) of the Basic Multilingual Plane.
_MARKS = char_class("".join(c for c in map(chr, range(0x10000)) if unicodedata.category(c)[0] == "M"))
# (an underscore is no letter: it parts a dateline from the subject, `خبرگزاری فارس_ماهاتیر محمد`)
_WORD_CHAR = "(?:(?!_)[\\w" + _MARKS + "\u200c])"
_TOKEN = re.compile(rf"""(?x)
    {_WORD_CHAR}{{1,60}}(?:[.\-]{_WORD_CHAR}{{1,60}}){{0,8}}
  | [«»“”"]
  | [^\s\w{_MARKS}] | _
""")

# The longest noun phrase taken as a speaker, in tokens.
_MAX_NP = 24
_MAX_NAME = 4

_PUNCT_END = {":", "؛", ";", "(", ")", ".", "!", "?", "؟", "-", "–", "—", "/", "[", "]"}
_COMMAS = {"،", ","}
_AND = "و"
_THIS = "این"
_THIS_WORDS = frozenset({"این", "همین"})
_RA = "را"
# words that may end an office after its organization (`سرپرست فدراسیون کشتی کشور`)
# anaphors that name no field of their own (`این مسئول`, `این مقام`): words after them before
# «را» are the object (`این مسئول | زمان برگزاری آزمون را …`), not an office (`این کارشناس
# مسائل سیاسی`)
_OFFICIAL_ANAPHORS = frozenset(map(lexicon_key, ("مسئول", "مقام")))
_GENERIC_COMPLEMENTS = frozenset(map(lexicon_key, ("کشور", "استان", "شهرستان", "شهر", "ایران", "کل",
                                                   "مرکز")))


class Token(NamedTuple):
    text: str
    key: str
    start: int
    end: int


def _scan(text: str, start: int, end: int) -> list[Token]:
    keys = WORD_KEYS
    out = []
    for m in _TOKEN.finditer(text, start, end):
        w = m.group()
        k = keys.get(w)
        out.append(Token(w, k if k is not None else word_key(w), m.start(), m.end()))
    return out


_new_token = partial(tuple.__new__, Token)

# `split` by the token pattern, captured: [space, token, space, token, ..., tail] in one C-level
# pass (every character that is no space opens a token, see _TOKEN, so the gaps are spaces)
_SPLIT = re.compile("(" + _TOKEN.pattern.removeprefix("(?x)") + ")", re.VERBOSE)

# The longest window (characters) split on its own; a longer one is a slice of the whole text's
# tokens (`_Doc`). News clauses stay far shorter (the longest over the Fars corpus: 897).
_WINDOW_REACH = 1000


def _split_window(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end] (a few hundred characters at most): the window split in one
    C-level pass, offsets from the running sum of space and token lengths. The tokens `_scan`
    reads there: the pattern has no look-around, so a window is read as the text cut there."""
    parts = _SPLIT.split(text[start:end])
    acc = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    keys = list(map(WORD_KEYS.get, words))
    if None in keys:  # words not seen before, keyed one by one
        keys = [k if k is not None else word_key(w) for k, w in zip(keys, words)]
    # token k starts at acc[2k + 1] and ends at acc[2k + 2]
    return list(map(_new_token, zip(words, keys, acc[1:-1:2], acc[2::2])))


# The last whole text a long window was asked of, tokenized: its words and their offsets at once
# (one C-level split), the `Token`s only for the windows callers ask for. A window whose edges
# fall between tokens of the whole text is a slice of them (the scan from a token edge is the scan
# of the whole text there): many long windows of one text (a sentence of many cues, each read
# back to the clause's start) cost a copy of their tokens each, not a tokenization each.
class _Doc:
    __slots__ = ("text", "words", "starts", "ends", "toks", "made")

    def __init__(self, text: str) -> None:
        parts = _SPLIT.split(text)
        # offsets from the running sum of space and token lengths (all in C)
        acc = list(accumulate(map(len, parts)))
        self.text = text
        self.starts, self.ends = acc[0:-1:2], acc[1::2]
        self.words = parts[1::2]
        n = len(self.words)
        self.toks: list[Token | None] = [None] * n
        self.made = bytearray(n)  # 1 where toks holds the Token

    def window(self, i: int, j: int) -> list[Token]:
        """toks[i:j], the missing `Token`s made first."""
        made = self.made
        a = made.find(0, i, j)
        if a >= 0:
            words = self.words[a:j]
            keys = list(map(WORD_KEYS.get, words))
            if None in keys:  # words not seen before, keyed one by one
                keys = [k if k is not None else word_key(w) for k, w in zip(keys, words)]
            self.toks[a:j] = map(_new_token, zip(words, keys, self.starts[a:j], self.ends[a:j]))
            made[a:j] = b"\x01" * (j - a)
        return self.toks[i:j]


_DOC: _Doc | None = None


def _doc_tokens(text: str) -> _Doc:
    global _DOC
    doc = _DOC
    if doc is None or doc.text is not text:
        doc = _Doc(text)
        _DOC = doc
    return doc


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text`: the tokens `_scan` reads there.

    A window of a clause (`_WINDOW_REACH` characters at most) is split on its own; a longer one,
    or any window of a text whose tokens are made already, is a slice of the whole text's tokens.
    Only the windows callers ask for are read (about half of an article: the clauses before cue
    verbs and the sentences read for their subject).

    >>> [t.key for t in tokens("رئيس جمهور گفت:")]
    ['رییس', 'جمهور', 'گفت', ':']
    """
    n = len(text)
    end = n if end is None else min(end, n)
    start = max(start, 0)
    if end - start < 12:
        return _scan(text, start, end)
    doc = _DOC
    if end - start <= _WINDOW_REACH and (doc is None or doc.text is not text):
        return _split_window(text, start, end)
    doc = _doc_tokens(text)
    starts, ends = doc.starts, doc.ends
    i = bisect_left(starts, start)
    j = bisect_left(starts, end)
    # the edges must not cut a token of the whole text
    if (i > 0 and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
        return _scan(text, start, end)
    return doc.window(i, j)


# ---------------------------------------------------------------- tables

def _lines(name: str) -> list[str]:
    raw = data_text(name)
    return [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True)
class _Tables:
    pronouns: frozenset[str]
    anaphors: tuple[tuple[str, ...], ...]       # «این مقام مسئول» as key words, longest first
    leads: tuple[tuple[str, ...], ...]          # clause-opening adverbials, longest first
    stops: frozenset[str]
    fronts: frozenset[str]
    modals: frozenset[str]
    anonymous: tuple[tuple[str, ...], ...]
    roles: frozenset[str]
    pretitles: frozenset[str] = frozenset()   # «نخستین مربی …»: words before an office title


def _key_words(phrase: str) -> tuple[str, ...]:
    """A table phrase as the keys of its tokens: words apart at spaces, a word joined by a ZWNJ
    one key (`به‌عنوان مثال` → `به عنوان`, `مثال`), as `tokens` reads the text."""
    return tuple(lexicon_key(w) for w in phrase.split())


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The speaker tables, read once."""
    pronouns, anaphors = set(), []
    for ln in _lines("quote_pronouns.txt"):
        words = _key_words(ln)
        if len(words) == 1:
            pronouns.add(words[0])
        else:
            anaphors.append(words)
    leads, stops, modals, fronts, pretitles = [], set(), set(), set(), set()
    for ln in _lines("quote_adverbials.tsv"):
        kind, _, phrase = ln.partition("\t")
        if kind == "kind":
            continue
        words = _key_words(phrase)
        if not words:
            continue
        if kind == "lead":
            leads.append(words)
        elif kind == "stop":
            stops.add(" ".join(words))
        elif kind == "modal":
            modals.add(" ".join(words))
        elif kind == "front":
            fronts.add(" ".join(words))
        elif kind == "pretitle":
            pretitles.add(" ".join(words))
    anonymous = [_key_words(ln) for ln in _lines("quote_anonymous.txt")]
    roles = {lexicon_key(ln) for ln in _lines("quote_roles.txt")}
    by_len = lambda seqs: tuple(sorted(set(seqs), key=len, reverse=True))  # noqa: E731
    return _Tables(frozenset(pronouns), by_len(anaphors), by_len(leads), frozenset(stops),
                   frozenset(fronts), frozenset(modals), by_len(anonymous), frozenset(roles),
                   frozenset(pretitles))


@lru_cache(maxsize=1)
def _titles() -> dict[str, bool]:
    """Title keys → generic? (titles.tsv), with the role nouns of quote_roles.txt."""
    out = {k: t.generic for k, t in lexicons.titles().items()}
    for r in tables().roles:
        out.setdefault(r, False)
    return out


@lru_cache(maxsize=1)
def _title_len() -> int:
    return max(k.count(" ") + 1 for k in _titles())


def _word_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every word prefix of the keys (`a`, `a b`, `a b c` of `a b c`): a key of the table can
    start at a token only if the token's key (which may hold a space: `حجت الاسلام`) is one."""
    out = set()
    for k in keys:
        words = k.split(" ")
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


@lru_cache(maxsize=1)
def _title_prefixes() -> frozenset[str]:
    return _word_prefixes(_titles())


@lru_cache(maxsize=1)
def _honorific_prefixes() -> frozenset[str]:
    return _word_prefixes(lexicons.honorifics())


@lru_cache(maxsize=1 << 12)  # (see `_is_first_name`; a smaller bound: its keys are word groups)
def _is_place(key: str) -> bool:
    recs = lexicons.places().get(key)
    if recs and any(not (p.ambiguous or p.needs_head) for p in recs):
        return True
    for table in (lexicons.countries(), lexicons.world_places()):
        rec = table.get(key)
        if rec is not None and not rec.ambiguous:
            return True
    return False


# (the lexicons are read once: the answers for a key are remembered, bounded; most keys asked
# are the words of a few thousand names)
@lru_cache(maxsize=MEMO_LIMIT)
def _is_first_name(key: str) -> bool:
    rec = lexicons.first_names().get(key)
    if rec is not None and not rec.ambiguous:
        return True
    return any(p.role in ("first_name", "first_prefix") for p in lexicons.name_parts().get(key, ()))


def _is_surname(key: str) -> bool:
    return key in lexicons.surnames()


def _opens_office(toks: Sequence[Token], i: int) -> bool:
    """Do toks[i:] open with an office (one to three words: `gazetteer.opening_title`)? (Without the
    entity stage's spans.)"""
    return opening_title(" ".join(t.text for t in toks[i:i + 3])) is not None


def _is_honorific(key: str) -> bool:
    return key in lexicons.honorifics()


def _honorific_len(toks: Sequence[Token], i: int) -> int:
    """Tokens of the longest honorific at toks[i] (`حجت‌الاسلام و المسلمین`), else 0."""
    if i >= len(toks) or toks[i].key not in _honorific_prefixes():
        return 0
    table = lexicons.honorifics()
    for n in range(min(4, len(toks) - i), 0, -1):
        if " ".join(t.key for t in toks[i:i + n]) in table:
            return n
    return 0


def _is_org_head(key: str) -> bool:
    return key in lexicons.org_heads()


# ---------------------------------------------------------------- mentions

@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention where it stands: `kind` is pronoun | anaphor | name | title | person."""

    start: int
    end: int
    text: str
    kind: str
    name: str | None = None
    title: str | None = None
    name_span: tuple[int, int] | None = None
    title_span: tuple[int, int] | None = None
    anonymous: bool = False


@lru_cache(maxsize=MEMO_LIMIT)
def title_key(title: str) -> tuple[str, frozenset[str]]:
    """A title as (head, complement words) for matching `فرماندار ملارد` with
    `فرماندار شهرستان ملارد`: generic place words dropped, `مدیرکل` = `مدیر کل`."""
    words = lexicon_key(title).replace("مدیرکل", "مدیر کل").replace("دبیرکل", "دبیر کل").split()
    if words and words[0] == _THIS:
        words = words[1:]
    if not words:
        return "", frozenset()
    head = words[0]
    rest = words[1:]
    if head in ("مدیر", "دبیر") and rest[:1] == ["کل"]:
        head, rest = head + " کل", rest[1:]
    drop = {"شهرستان", "استان", "شهر", "کل", "اداره", "سازمان", "و", "محترم", "جمهوری", "اسلامی"}
    return head, frozenset(w for w in rest if w not in drop)


_PARLIAMENT = frozenset(map(lexicon_key, ("مجلس", "پارلمان")))
_MP_HEADS = frozenset(map(lexicon_key, ("نماینده", "عضو", "رئیس", "نایب", "سخنگوی", "دبیر", "منشی")))
_PARLIAMENT_OFFICERS = frozenset(map(lexicon_key, ("رئیس", "نایب", "دبیر", "سخنگوی", "منشی")))
_REPRESENTATIVE, _PEOPLE = lexicon_key("نماینده"), lexicon_key("مردم")


def member_of_parliament(title: str | None) -> bool:
    """Does an office make its holder a member of a parliament: «نماینده مردم تبریز»,
    «عضو کمیسیون برنامه و بودجه مجلس», «سخنگوی فراکسیون … مجلس»? Not the parliament's own
    officers («رئیس مجلس», «نایب رئیس مجلس»: one person each) nor «نماینده ولی فقیه».

    >>> member_of_parliament("عضو کمیسیون اجتماعی مجلس"), member_of_parliament("رئیس مجلس")
    (True, False)
    """
    if not title:
        return False
    words = lexicon_key(title).split()
    if len(words) < 2 or words[0] not in _MP_HEADS:
        return False
    if words[0] == _REPRESENTATIVE and words[1] == _PEOPLE:
        return True
    at = next((i for i, w in enumerate(words) if w in _PARLIAMENT), -1)
    # (the parliament right after its officer's head: «رئیس مجلس», «نایب رئیس مجلس»)
    return at > 0 and not all(w in _PARLIAMENT_OFFICERS for w in words[:at])


def titles_match(a: str, b: str) -> bool:
    """Same head and one complement inside the other (`فرماندار ملارد` ~ `فرماندار شهرستان ملارد`)."""
    ha, ca = title_key(a)
    hb, cb = title_key(b)
    if not ha or ha != hb:
        return False
    if not ca or not cb:
        return ca == cb
    if ca <= cb or cb <= ca:
        return True
    # one word spelled apart (`روستانی`/`روستایی`, `داوری`/`داوران`): the rest must agree
    da, db = ca - cb, cb - ca
    return len(da) == 1 and len(db) == 1 and _near(next(iter(da)), next(iter(db)))


def _stem(w: str) -> str:
    return w[:-2] if w.endswith(("ان", "ها")) else (w[:-1] if w.endswith("ی") else w)


def _near(a: str, b: str) -> bool:
    """Two spellings of one word: the same stem before `ی`/`ان`/`ها` (`داوری`/`داوران`), or
    one letter apart (`روستانی`/`روستایی`)."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    if _stem(a) == _stem(b) and len(_stem(a)) >= 4:
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return False


def _match_seq(toks: Sequence[Token], i: int, seqs: Sequence[tuple[str, ...]]) -> int:
    """Length of the first (longest) word sequence of `seqs` that starts at toks[i], else 0."""
    n_toks = len(toks)
    if i >= n_toks:
        return 0
    found = _by_first(seqs).get(toks[i].key)
    if found is None:
        return 0
    alone, by_second = found
    if i + 1 < n_toks:
        for seq in by_second.get(toks[i + 1].key, ()):
            n = len(seq)
            if i + n <= n_toks and all(toks[i + k].key == seq[k] for k in range(2, n)):
                return n
    return 1 if alone else 0


_FIRST: dict[int, tuple[object, dict[str, tuple[bool, dict[str, tuple[tuple[str, ...], ...]]]]]] = {}


def _by_first(seqs: Sequence[tuple[str, ...]]) -> dict[str, tuple[bool, dict[str, tuple[tuple[str, ...], ...]]]]:
    """The sequences of `seqs` by their first word: (is the word alone one of them, the longer
    ones by their second word in their order, longest first)."""
    hit = _FIRST.get(id(seqs))
    if hit is not None and hit[0] is seqs:
        return hit[1]
    alone: set[str] = set()
    index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for seq in seqs:
        if len(seq) == 1:
            alone.add(seq[0])
        elif seq:
            index.setdefault(seq[0], {}).setdefault(seq[1], []).append(seq)
    out = {k: (k in alone, {w: tuple(v) for w, v in index.get(k, {}).items()}) for k in alone | index.keys()}
    _FIRST[id(seqs)] = (seqs, out)
    return out


def _title_at(toks: Sequence[Token], i: int) -> int:
    """Tokens of the longest office title (or role noun) starting at toks[i], else 0."""
    if i >= len(toks) or toks[i].key not in _title_prefixes():
        return 0
    titles = _titles()
    for n in range(min(_title_len(), len(toks) - i), 0, -1):
        k = " ".join(t.key for t in toks[i:i + n])
        if k in titles:
            return n
    # glued forms (`مدیرکل`, `رئیس‌جمهور` written apart are in the table already)
    return 0


def _place_at(toks: Sequence[Token], i: int) -> int:
    """Tokens of a place name at toks[i] (`خراسان جنوبی`, `بویر احمد` = `بویراحمد`), else 0;
    none where the place opens an organization's name (`ایران خودرو`)."""
    return _place_len(tuple([t.key for t in toks[i:i + 3]]))


# (a title's noun phrase asks this of each of its words, the same words for many clauses of an
# article: the answers for up to three keys are remembered, bounded)
@lru_cache(maxsize=PHRASE_LRU_LIMIT)
def _place_len(keys: tuple[str, ...]) -> int:
    """`_place_at` of tokens whose keys (at most three) are `keys`."""
    orgs = lexicons.orgs()
    for n in range(len(keys), 1, -1):
        if " ".join(keys[:n]) in orgs:
            return 0
    for n in range(len(keys), 0, -1):
        words = keys[:n]
        if _is_place(" ".join(words)) or (n > 1 and _is_place("".join(words))):
            return n
    return 0


def _skip_leads(toks: Sequence[Token], i: int) -> int:
    """Skip the adverbials that may open a clause (`همچنین`, `در این نشست`, `در ادامه`)."""
    leads = tables().leads
    firsts = _by_first(leads)
    for _ in range(6):
        # (most clauses open with no adverbial: the first word tells, without a call)
        n = _match_seq(toks, i, leads) if i < len(toks) and toks[i].key in firsts else 0
        if n:
            i += n
            if i < len(toks) and toks[i].key in _ALSO_WORDS:
                i += 1  # «در ادامه این دیدار نیز | مدیر آموزش و پرورش … گفت»: the adverbial's «also»
            while i < len(toks) and toks[i].text in _COMMAS:
                i += 1
            continue
        break
    return i


_ALSO_WORDS = frozenset({"نیز", "هم"})
_INDEFINITE = regex.compile(r"یک(?:ی[ \u200c]+از)?[ \u200c]")  # «یک نماینده …», «یکی از مسئولان …»


# A name as the entity stage or the subject reader gives it: letters, spaces and ZWNJ only.
_PLAIN_NAME = regex.compile(r"[\p{L}\p{M}\u200c ]{2,60}")

_SENTENCE_END = regex.compile(r"[.!?؟\n]")
_NAME_CUT = regex.compile(r"[«»\"“”()،,:]")


def _clean_name(name: str | None) -> str | None:
    """A name up to a quote mark or comma it runs over (`جان کیریاکو» افسر` → `جان کیریاکو`)."""
    if not name:
        return name
    cut = _NAME_CUT.search(name)
    if cut is None or cut.start() == 0:
        return name
    return name[:cut.start()].rstrip(" \u200c")


_REPORT_NOUNS = ("گزارش", "نوشته", "نقل")


def _report_opener(toks: Sequence[Token], i: int) -> int:
    """Tokens of a report opener at toks[i] (0: none): `به گزارش`, `به نقل از`, `بنا بر گزارش`,
    `بنابر گزارش`, `طبق گزارش`, `بر اساس گزارش`, one token where a ZWNJ joins them (`به‌گزارش`)."""
    n = len(toks)
    if i >= n:
        return 0
    words = toks[i].key.split(" ")  # a key reads ZWNJ as a space: `به‌گزارش` -> `به گزارش`
    if len(words) == 2 and words[0] in _REPORT_PREPOSITIONS and words[1] in _REPORT_NOUNS:
        return 1
    k = words[0] if len(words) == 1 else ""
    if i + 1 < n and k in _REPORT_PREPOSITIONS and toks[i + 1].key in _REPORT_NOUNS:
        return 2
    return 3 if i + 2 < n and k in ("بنا", "بر") and toks[i + 1].key in ("بر", "اساس") \
        and toks[i + 2].key in _REPORT_NOUNS else 0


_REPORT_PREPOSITIONS = ("به", "بنا", "بنابر", "طبق", "براساس")
_DASHES = frozenset(("-", "–", "—", "_"))  # (`خبرگزاری فارس _ مشاور … گفت`)


def _clause_start(toks: Sequence[Token],
                  entities: Mapping[int, Sequence[Entity]] | None = None) -> int:
    """Index of the first token of the subject: past a dateline (`خبرگزاری فارس:`), a report
    opener (`به گزارش …،`), clause-opening adverbials, and a fronted phrase that ends in a comma
    (`در حاشیه بازدید سفیر …، مرتضی صفری …`)."""
    i = 0
    n = len(toks)
    while i < n and toks[i].text in _COMMAS:
        i += 1
    # a colon before the subject belongs to a dateline or a headline (most clauses have neither
    # mark among their first words: the words' texts tell at once)
    head = [t.text for t in toks[i:12]]
    for j in range(i, min(n, 12)) if ":" in head or not _DASHES.isdisjoint(head) else ():
        tx = toks[j].text
        if tx == ":" or (tx in _DASHES and j - i in (1, 2, 3)):
            i = j + 1  # (or a dash after a short dateline: `خبرگزاری فارس - استاد … گفت`)
            break
    i = _skip_leads(toks, i)
    opener = _report_opener(toks, i)
    if opener:
        comma = next((j for j in range(i, min(n, i + 40)) if toks[j].text in _COMMAS), None)
        # a person named before that comma opens the clause (`به گزارش فارس جرج بوش در … مدرکی،
        # ایران را … متهم کرد`), unless quoted as the source (`به نقل از X`)
        named = next((j for j in range(i + opener, comma if comma is not None else min(n, i + 12))
                      if _person_at(entities, toks[j].start, ("PERSON",))
                      and toks[j - 1].key != "از"), None)
        if named is not None:
            i = named
        elif comma is not None:
            i = comma + 1
        else:
            # no comma: the subject starts at the first name-like word after the source (or the
            # first person or office the entity stage found there: `به گزارش فارس جرج بوش …`)
            j = i + opener
            while j < n and not (_is_first_name(toks[j].key) or _is_honorific(toks[j].key)
                                 or _person_at(entities, toks[j].start)
                                 or (toks[j].text == "«" and _quoted_end(toks, j) > j + 1)):
                j += 1
            i = j if j < n else i
        i = _skip_leads(toks, i)
    # a fronted prepositional phrase closed by a comma
    t = tables()
    if i < n and toks[i].key in t.fronts:
        comma = next((j for j in range(i, min(n, i + 30)) if toks[j].text in _COMMAS), None)
        if comma is not None and comma + 1 < n:
            i = _skip_leads(toks, comma + 1)
    return _after_run_on(toks, i, entities)


# a present verb of the third person with «می‌»/«نمی‌» (`آغاز می‌شود`), or a copula: a clause's end
_PRESENT_VERB = regex.compile(r"ن?می\u200c\p{L}+(?:د|ند)")
_RUN_ON_COPULAS = frozenset({"هستند", "نیستند", "بودند", "شدند"})  # (not «است»: «ممکن است | رئیس … باشد»)


def _after_run_on(toks: Sequence[Token], i: int, entities: Mapping[int, Sequence[Entity]] | None) -> int:
    """A clause that runs on into the speaker's with no mark between («* ساخت نیروگاه … آغاز
    می‌شود | معاون هماهنگی … استاندار ایلام گفت:», a headline glued to its lead): the subject starts
    after the last present verb that a person or an office follows, with no «که» before it (not
    a relative clause of the subject's)."""
    n = len(toks)
    for j in range(n - 2, max(i, n - 2 - _MAX_NP), -1):  # (a speaker's words: a bounded read back)
        tx = toks[j].text
        if ((tx[-1:] == "د" and "\u200c" in tx[:4] and _PRESENT_VERB.fullmatch(tx)) or tx in _RUN_ON_COPULAS) \
                and (_person_at(entities, toks[j + 1].start) if entities else _opens_office(toks, j + 1)):
            if not any(toks[k].key == "که" for k in range(max(i, j - _MAX_NP), j)):
                return j + 1
            break
    return i


def _quoted_end(toks: Sequence[Token], i: int) -> int:
    """Index after the `»` that closes the `«` at toks[i] (within a few words), else i."""
    for j in range(i + 1, min(len(toks), i + 8)):
        if toks[j].text in ("»", "”", '"'):
            return j + 1
    return i


def subject_at(text: str, start: int, end: int, loose: bool = False,
               known: Callable[[str], bool] | None = None,
               entities: Mapping[int, Sequence[Entity]] | None = None,
               titles: Callable[[tuple[str, ...], tuple[int, int]], int] | None = None,
               toks: Sequence[Token] | None = None) -> Mention | None:
    """The speaker mention that opens the clause `text[start:end]`, or None. `known` answers
    whether a name key is a name of the article, `entities` gives the PERSON/TITLE entities by
    start, `titles` the most words of an office (keys, span) the article gives elsewhere
    (`Resolver.office_prefix`); `toks` the tokens of the clause, if the caller has them already.

    >>> subject_at("این مسئول زمان برگزاری آزمون را نیمه اول اردیبهشت عنوان کرد", 0, 50).text
    'این مسئول'
    >>> subject_at("جابر کریمی فرماندار شهرستان ملارد با اشاره به این موضوع گفت", 0, 60).name
    'جابر کریمی'
    >>> subject_at("وی در ادامه افزود", 0, 17).kind
    'pronoun'
    """
    if toks is None:
        toks = tokens(text, start, end)
    if not toks:
        return None
    i = _clause_start(toks, entities)
    m = _subject(text, toks, i, loose, known, entities)
    if m is None:
        # an unknown fronted phrase closed by a comma (`اداره کل راه و شهرسازی استان …،
        # خلیل‌زاده اظهار داشت`): the subject may follow the comma
        comma = next((j for j in range(i, min(len(toks), i + 15)) if toks[j].text in _COMMAS), None)
        if comma is not None and comma + 1 < len(toks):
            m = _subject(text, toks, _skip_leads(toks, comma + 1), loose, known, entities)
    elif loose and m.kind == "name" and not m.anonymous and _COMMA_NEXT.match(text, m.end):
        # unknown words that a comma closes, then a person the text names (`در ادامه پیگیری
        # موضوع، «محمد ابراهیم‌پور» نایب‌رئیس … اظهار کرد`): the fronted phrase is no name
        k = bisect_left([t.start for t in toks], m.end)
        if k + 1 < len(toks) and _subject(text, toks, i, False, known, entities) is None:
            after = _subject(text, toks, _skip_leads(toks, k + 1), False, known, entities)
            if after is not None and after.name and not after.anonymous:
                m = after
    if m is not None and m.title_span is not None and m.title_span[1] == m.end and entities:
        m = _whole_office(text, m, entities, end)
    if m is not None and m.title_span is not None and m.title_span[1] == m.end \
            and _ra_after(text, toks, m.end):
        m = _before_object(text, toks, m, titles)
    return m


def _whole_office(text: str, m: Mention, entities: Mapping[int, Sequence[Entity]], end: int) -> Mention:
    """A title mention cut at a comma inside the office the entity stage read whole, a list of
    places or fields («نماینده مردم شهرستان‌های ورامین، قرچک و پیشوا در مجلس»): it runs to the
    office's end."""
    a, b = m.title_span
    e = max((x.end for x in entities.get(a, ()) if x.label == "TITLE" and b < x.end <= end), default=b)
    if e == b or _COMMAS.isdisjoint(text[b:e]):
        return m
    return Mention(m.start, e, text[m.start:e], m.kind, name=m.name, title=text[a:e],
                   name_span=m.name_span, title_span=(a, e))



# a comma after a word, spaces or a ZWNJ between (shared with the quote stage)
_COMMA_NEXT = regex.compile(r"[ \t\u200c]{0,3}[،,]")
_RA_WORD = regex.compile(r"(?<![\p{L}\p{M}\u200c])را(?![\p{L}\p{M}\u200c])")


def _ra_after(text: str, toks: Sequence[Token], pos: int) -> bool:
    """Does «را» stand after offset `pos` in the clause `toks` (`X | OBJ را B دانست`)?"""
    return bool(toks) and _RA_WORD.search(text, pos, toks[-1].end) is not None


def _object_start(words: Sequence[Token], n: int) -> bool:
    """Can words[n:] of an office be the object that follows it? Not a complement of it: a
    stop word or «و» (`… | در مجلس شورای اسلامی`, `معاون سیاسی | و امنیتی`), a generic word,
    a place anywhere in it, or the rest of an organization cut in two (`مجلس | شورای اسلامی`)."""
    t = tables()
    first = words[n].key
    if first in t.stops or first == _AND or first in _GENERIC_COMPLEMENTS \
            or not words[n].text[0].isalpha():
        return False
    if any(_place_at(words, k) for k in range(n, len(words))):
        return False
    orgs = lexicons.orgs()
    keys = [w.key for w in words]
    for p in range(max(0, n - 5), n):
        for q in range(n + 1, min(len(keys), p + 6) + 1):
            if " ".join(keys[p:q]) in orgs:
                return False
    return True


def _before_object(text: str, toks: Sequence[Token], m: Mention,
                   titles: Callable[[tuple[str, ...], tuple[int, int]], int] | None) -> Mention:
    """A title that runs into the object of `X OBJ را B دانست` cut where the object starts:
    an anaphor to its table form (`این مسئول | زمان برگزاری آزمون را …`), an office to the
    longest part of it the article gives as an office elsewhere (`سرپرست فدراسیون کشتی | خدمت
    به کشور … را …`, where `سرپرست فدراسیون کشتی کشور` stands before)."""
    a, b = m.title_span
    idx = [k for k, t in enumerate(toks) if a <= t.start and t.end <= b]
    if not idx:
        return m
    words = toks[idx[0]:idx[-1] + 1]
    after = next((t for t in toks if t.start >= b), None)
    if after is not None and after.text in _COMMAS:
        return m  # (`این کارشناس مسائل هسته‌ای، زیر سؤال بردن … را …`: the comma ends it)
    if m.kind == "anaphor" and words[0].key in _OFFICIAL_ANAPHORS:
        k = _match_seq(toks, idx[0] - 1, tables().anaphors) if idx[0] > 0 else 0
        if k > 1 and k - 1 < len(words):
            e = words[k - 2].end
            return Mention(m.start, e, text[m.start:e], "anaphor")
    if titles is None or len(words) < 3:
        return m
    n = titles(tuple(t.key for t in words), (a, b))
    if not 2 <= n < len(words) or not _object_start(words, n):
        return m
    e = words[n - 1].end
    title_span = (a, e)
    return Mention(m.start, e, text[m.start:e], m.kind, name=m.name, title=text[a:e],
                   name_span=m.name_span, title_span=title_span)


def _complete_office(keys: tuple[str, ...]) -> int:
    """The most words of the office `keys` that end in a complement the lexicon gives one of its
    office or body words (`معاون وزیر اقتصاد` of `معاون وزیر اقتصاد حجم واگذاری‌ها`: «اقتصاد»
    completes «وزیر»), leaving at least one word after; 0 if none."""
    table = lexicons.org_complements()
    for n in range(len(keys), 1, -1):
        for k in range(max(1, n - 4), n):
            rec = table.get(" ".join(keys[k:n]))
            if rec is not None and rec.heads and set(rec.heads) & set(keys[:k]):
                # (none when the office ends so, or goes on with a body: `عضو کمیسیون اقتصادی مجلس`)
                return n if n < len(keys) and keys[n] not in lexicons.org_heads() else 0
    return 0


def _person_at(entities: Mapping[int, Sequence[Entity]] | None, pos: int,
               labels: tuple[str, ...] = ("PERSON", "TITLE")) -> bool:
    """Does a PERSON (or TITLE) entity start at `pos`?"""
    return bool(entities) and any(e.label in labels for e in entities.get(pos, ()))


def _subject(text: str, toks: list[Token], i: int, loose: bool = False,
             known: Callable[[str], bool] | None = None,
             entities: Mapping[int, Sequence[Entity]] | None = None) -> Mention | None:
    """The mention at toks[i]; `loose` also takes one or two unknown words right before the
    cue as a name (`آموزنده بیان کرد:`), which only a speech verb with a colon warrants."""
    t = tables()
    n = len(toks)
    if i >= n:
        return None
    first = toks[i]
    if first.key in t.pronouns:
        return Mention(first.start, first.end, first.text, "pronoun")
    k = _match_seq(toks, i, t.anonymous)
    if k:
        e = toks[i + k - 1].end
        return Mention(first.start, e, text[first.start:e], "person", anonymous=True)
    # «یکی از اعضای مجلس نمایندگان فلوریدا»: one of an office's holders, not anonymous
    one = 2 if first.key == "یکی" and i + 1 < n and toks[i + 1].key == "از" else \
        (1 if first.key == "یک" else 0)
    if one and i + one < n and _title_at(toks, i + one) \
            and not _match_seq(toks, i, t.anonymous):
        span, _after = _title_span(text, toks, i + one)
        title = text[first.start:span[1]]
        return Mention(first.start, span[1], title, "title", title=title,
                       title_span=(first.start, span[1]))
    if one == 2 or (first.key == "یکی" and i + 1 < n and toks[i + 1].text in _COMMAS):
        # «یکی از آشنایان که شاهد این صحنه بود، گفت»: one of a group, no office: no one named
        e = toks[min(n, i + 3) - 1].end
        return Mention(first.start, e, text[first.start:e], "person", anonymous=True)
    # «این مقام مسئول», «این عضو شورای شهر تهران»
    if first.key == _THIS:
        k = _match_seq(toks, i, t.anaphors)
        title_len = _title_at(toks, i + 1) if i + 1 < n else 0
        if k or title_len:
            j = _np_end(toks, i + 1, has_title=bool(title_len)) if title_len else i + k
            j = max(j, i + k)
            e = toks[j - 1].end
            title = text[toks[i + 1].start:e] if title_len else None
            return Mention(first.start, e, text[first.start:e], "anaphor", title=title,
                           title_span=(toks[i + 1].start, e) if title else None)
        return None
    # honorifics before a name, unless they open an office title (`امام جمعه زیراب`)
    j = i
    for _ in range(3):
        h = _honorific_len(toks, j)
        if not h or _title_at(toks, j) > h:
            break
        if entities and any(e.label == "TITLE" for e in entities.get(toks[j].start, ())):
            break  # an honorific the entity stage read as an office: «استاد اقتصاد دانشگاه …»
        j += h
    name_lo = j
    if entities and j < n and entities.get(toks[j].start):  # (else `_from_entities` finds none)
        m = _from_entities(text, toks, i, j, entities)
        if m is not None:
            return m
    # a quoted name («اسکات دیورکین»)
    if j < n and toks[j].text == "«":
        q = _quoted_end(toks, j)
        if q > j + 1:
            name_span = (toks[j + 1].start, toks[q - 2].end)
            rest = _title_after(text, toks, q)
            return _mention(text, toks[i].start if i < j else name_span[0], name_span, rest)
        return None
    # an ordinal before the office (`نخستین مربی هادی ساعی`) belongs to it
    pre = 1 if j + 1 < n and toks[j].key in t.pretitles and _title_at(toks, j + 1) else 0
    title_len = _title_at(toks, j + pre) if j + pre < n else 0
    if title_len:
        j += pre
        head = " ".join(x.key for x in toks[j:j + title_len])
        if _titles().get(head) and (head.endswith(("ان", "ها", "ین")) or j + title_len >= n
                                    or toks[j + title_len].key in t.stops
                                    or not toks[j + title_len].text[0].isalpha()):
            return None  # a generic role (`مسئولان`, `کارشناس` alone) identifies no one
        title_span, after = _title_span(text, toks, j)
        if after + 1 < n and after == j + title_len and toks[after].key in _THIS_WORDS \
                and toks[after + 1].text[0].isalpha() and toks[after + 1].key not in t.stops \
                and not title_key(text[toks[j].start:toks[after - 1].end])[1] \
                and not any(x.key == _RA for x in toks[after + 1:after + 4]):
            # «دبیر این چشم‌انداز», «رئیس این سازمان»: the office of a body named before, an
            # anaphor for its holder (see `Resolver._resolve`); not an office with its body and an
            # object after it (`وزیر امور خارجه | این اقدام را … خواند`)
            head = text[toks[j].start:toks[j + title_len - 1].end]
            return Mention(toks[i].start, toks[after + 1].end, text[toks[i].start:toks[after + 1].end],
                           "anaphor", title=head, title_span=(toks[j].start, toks[j + title_len - 1].end))
        if pre:
            title_span = (toks[j - 1].start, title_span[1])
        name_span = None
        # «مدیرکل …، مرتضی صفری،»: a name in apposition after the title
        if after < n and toks[after].text in _COMMAS and after + 1 < n:
            nm = _name_len(toks, after + 1)
            if nm:
                name_span = (toks[after + 1].start, toks[after + nm].end)
        return _mention(text, toks[i].start, name_span, (title_span, None))
    if j < n and _is_org_head(toks[j].key):
        return None
    nm = _name_len(toks, name_lo)
    if not nm and known is not None:
        # a name of this article seen before (`هادربادی به … توصیه کرد`, `پور سید آقایی کارآفرینی
        # را … دانست`)
        keys = [x.key for x in toks[name_lo:name_lo + 3]]
        for k in range(len(keys), 0, -1):
            if known(" ".join(keys[:k])):
                nm = k
                break
    if not nm:
        if not loose:
            return None
        # an unknown word or two right before the cue (`آموزنده بیان کرد`)
        k = 0
        while name_lo + k < n and k < 3 and toks[name_lo + k].key not in t.stops \
                and toks[name_lo + k].text[0].isalpha() and not _title_at(toks, name_lo + k):
            k += 1
        rest_ok = name_lo + k == n or toks[name_lo + k].key in t.stops \
            or toks[name_lo + k].text in _COMMAS or _title_at(toks, name_lo + k)
        # (frequent words alone make no name: `همین گفت:`, `عده زیادی … اعلام کردند:`)
        if 0 < k and name_lo + k < n and toks[name_lo + k].key == _RA:
            # `X OBJ را B دانست`: the object is no part of the name; it starts at the first
            # frequent word, else it is the last word (`محمدگلچین | فرهنگ تبلیغ را … برشمرد`)
            k = next((x for x in range(1, k) if _common_word(toks[name_lo + x].key)), k - 1)
        if 0 < k <= 3 and rest_ok \
                and not all(_common_word(x.key, _LOOSE_FREQ) for x in toks[name_lo:name_lo + k]):
            nm = k
        else:
            return None
    name_span = (toks[name_lo].start, toks[name_lo + nm - 1].end)
    rest = _title_after(text, toks, name_lo + nm)
    return _mention(text, toks[i].start, name_span, rest)


_GAP = regex.compile(r"[\s\u200c،,]{0,4}")


def _from_entities(text: str, toks: Sequence[Token], i: int, j: int,
                   entities: Mapping[int, Sequence[Entity]]) -> Mention | None:
    """The speaker from the PERSON/TITLE entities that start at toks[j] (after honorifics),
    chained over appositions (`جابر کریمی فرماندار شهرستان ملارد`, `X، سخنگوی …`)."""
    if j >= len(toks):
        return None
    pos = toks[j].start
    name_span = title_span = None
    chain_end = None
    for _ in range(3):
        cands = entities.get(pos)
        if not cands:
            break
        limit = toks[-1].end
        cands = [c for c in cands if c.end <= limit]
        if not cands:
            break
        e = max(cands, key=lambda x: x.end - x.start)
        cut = _NAME_CUT.search(text, e.start, e.end)
        if cut is not None and cut.start() > e.start:
            # a span that runs over a closing mark (`جان کیریاکو» افسر`) ends there
            name = _clean_name(text[e.start:e.end])
            e = Entity(e.start, e.start + len(name), name, e.label)
        if e.label == "PERSON" and name_span is None:
            name_span = (e.start, e.end)
            # a name the entity stage cut short (`مهنوش معتمدی` | `آذری`)
            k = next((x for x in range(j, len(toks)) if toks[x].start == e.start), None)
            nm = _name_len(toks, k) if k is not None else 0
            if nm and toks[k + nm - 1].end > e.end:
                name_span = (e.start, toks[k + nm - 1].end)
                e = Entity(e.start, name_span[1], text[e.start:name_span[1]], "PERSON")
            elif k is not None and toks[k].end == e.end and _surname_after(toks, k + 1):
                # a one-word name before an unknown surname and the clause (`سعدی مهیمن در …`)
                name_span = (e.start, toks[k + 1].end)
                e = Entity(e.start, name_span[1], text[e.start:name_span[1]], "PERSON")
            elif nm > 1 and toks[k + nm - 1].end < e.end and _ra_after(text, toks, e.end) \
                    and _not_name(toks[k + nm:bisect_left([t.end for t in toks], e.end) + 1]):
                # a name run into the object of `X OBJ را B دانست` (`جعفر رحیمی | معرفی
                # دستاوردهای انقلاب را … عنوان کرد`)
                name_span = (e.start, toks[k + nm - 1].end)
                e = Entity(e.start, name_span[1], text[e.start:name_span[1]], "PERSON")
        elif e.label == "TITLE" and title_span is None:
            title_span = (e.start, e.end)
            # a title cut short before its place (`رئیس سازمان جهاد` | `کشاورزی خراسان جنوبی`)
            k = next((x for x in range(j, len(toks)) if toks[x].start == e.start), None)
            flag: list = []
            if k is not None:
                end = _np_end(toks, k, True, flag)
                if flag and toks[end - 1].end > e.end:
                    title_span = (e.start, toks[end - 1].end)
                    e = Entity(e.start, toks[end - 1].end, text[e.start:toks[end - 1].end], "TITLE")
        else:
            break
        chain_end = e.end
        gap = _GAP.match(text, e.end)
        pos = gap.end() if gap else e.end
    if chain_end is None:
        return None
    return _mention(text, toks[i].start, name_span, (title_span, None))


# hazm's count above which a word is a common word, not an unknown surname (`هدف`, `مجموعه`)
_COMMON_FREQ = 500_000


# ... and above which it opens no unknown name before a cue and its colon (`همین گفت:`); an
# unknown surname may be a rarer word (`آموزنده`)
_LOOSE_FREQ = 600_000


def _common_word(key: str, floor: int = _COMMON_FREQ) -> bool:
    """Is `key` a frequent Persian word (hazm's frequencies, `normalize.lexicon`)?"""
    freq = normalize_lexicon().freq
    return max(freq.get(key.replace(" ", "\u200c"), 0), freq.get(key, 0)) >= floor


def _not_name(words: Sequence[Token]) -> bool:
    """Are `words`, after a full name in a PERSON span, no part of it: a frequent word among
    them, or two words and more none of which is a known name part (`جعفر رحیمی | معرفی
    دستاودهای`)?"""
    if any(_common_word(w.key) for w in words):
        return True
    return len(words) > 1 and not any(_is_surname(w.key) or _is_first_name(w.key) for w in words)


def _surname_after(toks: Sequence[Token], i: int) -> bool:
    """Is toks[i] an unknown word that ends a name: a plain word, not frequent, no stop word,
    title, place, pronoun or `و`, followed by a stop word, a comma or the end of the clause?"""
    t = tables()
    if i >= len(toks):
        return False
    w = toks[i]
    if not w.text[0].isalpha() or w.key in t.stops or w.key == _AND or w.key in t.pronouns \
            or _common_word(w.key) \
            or _title_at(toks, i) or _place_at(toks, i) or _match_seq(toks, i, t.leads) \
            or _is_org_head(w.key):
        return False
    # (not before «را»: `… اصناف را سربازان … دانست`, the word is the object)
    return i + 1 == len(toks) or (toks[i + 1].key in t.stops and toks[i + 1].key != _RA) \
        or toks[i + 1].text in _COMMAS


_OBJECT_REACH = 12  # tokens after a name in which «را» ends the object it opens (bounded: linear time)


def _name_len(toks: Sequence[Token], i: int) -> int:
    """Tokens of a person's name at toks[i]: first names then one or two surname words."""
    t = tables()
    n = len(toks)
    if i >= n:
        return 0
    j = i
    while j < n and j - i < 3 and _is_first_name(toks[j].key):
        j += 1
    firsts = j - i
    if firsts:
        # a surname word after the first names (known or not), maybe two known ones
        k = 0
        while j < n and k < 2 and toks[j].key not in t.stops and toks[j].text[0].isalpha() \
                and not _title_at(toks, j) and toks[j].key != _AND \
                and (k == 0 or _is_surname(toks[j].key)):
            j += 1
            k += 1
        if k == 0:
            return firsts  # a first name alone («علیرضا، از فرماندهان ارتش …»)
        if firsts > 1 and k == 1 and j < n and (toks[j].key == _RA or (
                toks[j].key not in t.stops and toks[j].text[0].isalpha()
                and _common_word(toks[j - 1].key) and not _is_surname(toks[j - 1].key)
                and any(x.key == _RA for x in toks[j + 1:j + 1 + _OBJECT_REACH]))):
            # the word before «را» is the object; the last «first name» was the surname
            # (`جلال‌الدین محمد شکریه | اصناف را سربازان … دانست`); likewise a frequent word opening a
            # longer object (`محمود عباس | سند وفاق ملی اسیران فلسطینی را اعلام کرد`)
            return firsts
        return min(j - i, _MAX_NAME)
    if _is_surname(toks[i].key) and toks[i].key not in t.stops:
        j = i + 1
        if j < n and (_is_surname(toks[j].key) or _surname_after(toks, j)) and not _title_at(toks, j):
            j += 1
        return j - i
    return 0


def _title_after(text: str, toks: Sequence[Token], j: int):
    """A title in apposition after a name (`جابر کریمی فرماندار …`, `X، سخنگوی …`)."""
    n = len(toks)
    k = j
    if k < n and toks[k].text in _COMMAS:
        k += 1
    if k < n and _title_at(toks, k):
        span, _after = _title_span(text, toks, k)
        return span, None
    return None, None


def _title_span(text: str, toks: Sequence[Token], j: int) -> tuple[tuple[int, int], int]:
    """The office title that starts at toks[j]: its span and the index after it."""
    e = _np_end(toks, j, has_title=True)
    return (toks[j].start, toks[e - 1].end), e


def _np_end(toks: Sequence[Token], j: int, has_title: bool,
            ended_by_place: list | None = None) -> int:
    """Index after a title noun phrase starting at toks[j]: to a stop word, a verb-like end,
    or after the first place name (`… استانداری تهران`, `… آزادشهر و رامیان`)."""
    t = tables()
    n = len(toks)
    k = j
    limit = min(n, j + _MAX_NP)
    while k < limit:
        tok = toks[k]
        if k > j and tok.key in t.stops:
            break
        if tok.text in _PUNCT_END or tok.text in ("«", "»", '"'):
            break
        if tok.text in _COMMAS:
            nxt = k + 1
            # a list of adjectives or organizations inside the title goes on («فرهنگی، اجتماعی
            # و …»); a name or a stop word after the comma ends it
            if nxt < n and toks[nxt].key not in t.stops and toks[nxt].text[0].isalpha() \
                    and not _name_len(toks, nxt) and not _is_honorific(toks[nxt].key) \
                    and toks[nxt].key not in t.pronouns and not _title_at(toks, nxt) \
                    and _comma_continues(toks, nxt):
                k += 1
                continue
            break
        if tok.key == _AND:
            if k + 1 < n and toks[k + 1].key not in t.stops and toks[k + 1].text[0].isalpha() \
                    and not _name_len(toks, k + 1):
                k += 1
                continue
            break
        p = _place_at(toks, k) if k > j else 0
        if p:
            if ended_by_place is not None:
                ended_by_place.append(True)
            k += p
            # «آزادشهر و رامیان», «کهگیلویه و بویر احمد»
            while k + 1 < n and toks[k].key == _AND and _place_at(toks, k + 1):
                k += 1 + _place_at(toks, k + 1)
            if k < n and toks[k].key in ("غربی", "شرقی", "شمالی", "جنوبی", "مرکزی", "رضوی"):
                k += 1
            return k
        k += 1
    return k


def _comma_continues(toks: Sequence[Token], i: int) -> bool:
    """After a comma inside a title: a short run of words up to `و` or the end of the title."""
    t = tables()
    for k in range(i, min(len(toks), i + 4)):
        if toks[k].key == _AND:
            return True
        if toks[k].key in t.stops or toks[k].text in _PUNCT_END:
            return False
    return False


def _mention(text: str, start: int, name_span, rest) -> Mention | None:
    title_span = rest[0] if rest else None
    spans = [s for s in (name_span, title_span) if s]
    if not spans:
        return None
    end = max(s[1] for s in spans)
    name = text[name_span[0]:name_span[1]] if name_span else None
    title = text[title_span[0]:title_span[1]] if title_span else None
    kind = "person" if name and title else ("name" if name else "title")
    return Mention(start, end, text[start:end], kind, name=name, title=title,
                   name_span=name_span, title_span=title_span)


# ---------------------------------------------------------------- people

#: Person fields `Resolver.known` reads: a change of one counts in the owner's `version`.
_NAMING = frozenset(("name", "merged_into"))


@dataclass(eq=False)
class Person:
    """One person of an article, built up while reading it (internal, mutable)."""

    name: str | None = None
    titles: list[str] = field(default_factory=list)
    official: int | None = None
    last_seen: int = -1
    first_pos: int = -1
    merged_into: Person | None = None
    owner: Resolver | None = field(default=None, repr=False)

    def __setattr__(self, key: str, value: object) -> None:
        object.__setattr__(self, key, value)
        if key in _NAMING:  # a name or a merge changed: the owner's `known` reindexes
            owner = getattr(self, "owner", None)
            if owner is not None:
                owner.version += 1

    def root(self) -> Person:
        p = self
        while p.merged_into is not None:
            p = p.merged_into
        return p

    @property
    def title(self) -> str | None:
        return self.titles[0] if self.titles else None

    def has_name(self, name: str) -> bool:
        if not self.name:
            return False
        a, b = lexicon_key(self.name).split(), lexicon_key(name).split()
        if a == b or (len(b) < len(a) and a[-len(b):] == b) or (len(a) < len(b) and b[-len(a):] == a):
            return True
        # spacing differs (`ولی‌پور` = `ولیپور`): compare glued, a surname inside the full name
        ga, gb = "".join(a), "".join(b)
        return len(gb) > 3 and len(ga) > 3 and (gb in ga or ga in gb) and (len(b) > 1 or len(a) > 1 or ga == gb)

    def has_title(self, title: str) -> bool:
        return any(titles_match(t, title) for t in self.titles)

    def has_head(self, head: str) -> bool:
        """Does one of the offices have this head word (`دبیر`, `مدیر کل`)?"""
        return any(title_key(t)[0] == head for t in self.titles)


# (a pure function of the title: remembered, bounded)
_plural_office = lru_cache(maxsize=1 << 12)(plural_office)


# The longest name whose endings are remembered (a name of the news is far shorter; the endings
# of a longer one, quadratic in its length, are made again for each index).
_TAILS_REMEMBERED = 80


@lru_cache(maxsize=512)  # (small: each entry holds a name's dozen endings; names recur within an article)
def _name_tails(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word endings of a name's lexicon key (`جابر کریمی`, `کریمی`), and the endings of four
    letters and more of the same without spaces (see `Resolver.known`)."""
    k = word_key(name)
    w = k.split(" ")
    glued = k.replace(" ", "")
    return tuple(" ".join(w[i:]) for i in range(len(w))), tuple(glued[i:] for i in range(len(glued) - 3))


class Resolver:
    """The people of one article and the person each speaker mention stands for."""

    def __init__(self, text: str, entities: Sequence[Entity], officials: Sequence[Official]) -> None:
        self.text = text
        self.people: list[Person] = []
        self.by_span: dict[tuple[int, int], Person] = {}
        self.topic: Person | None = None
        # surnames a headline gives a speaker (`رونالدو: …`), see `known`
        self.headline_names: set[str] = set()
        self.version = 0  # counts changes of the people's names and merges (see Person)
        self._index_stamp: tuple[int, int] | None = None
        self._index: tuple[set[str], set[str]] = (set(), set())
        self._offices: dict[tuple[str, ...], list[tuple[int, int]]] | None = None
        self._span_keys: dict[tuple[int, int], str] = {}
        self._span_index: tuple[list[int], list, int] | None = None  # see `_official_at`
        # the tokens of each sentence `learn_appositions` read, for its subject read later
        self._sentence_tokens: dict[tuple[int, int], list[Token]] = {}
        self.entities = sorted((e for e in entities if e.label in ("PERSON", "TITLE")),
                               key=lambda e: (e.start, -e.end))
        for o in officials:
            p = Person(name=_clean_name(o.name), titles=list(o.titles), official=o.id, owner=self,
                       first_pos=min((int(m[0]) for m in o.mentions), default=-1))
            self.people.append(p)
            for m in o.mentions:
                self.by_span[(int(m[0]), int(m[1]))] = p
        self.starts: dict[int, list[Entity]] = {}
        by_official: dict[int | None, Person] = {}  # the first person of each official id
        for p in self.people:
            by_official.setdefault(p.official, p)
        for e in self.entities:
            self.starts.setdefault(e.start, []).append(e)
            if e.official is not None:
                off = by_official.get(e.official)
                if off is not None:
                    self.by_span[(e.start, e.end)] = off

    def known(self, key: str) -> bool:
        """Is `key` (lexicon key) the name or surname of someone in this article: the name, its
        last words, or (spacing aside) the end of it?"""
        if self.headline_names:
            words = key.split()
            if words and words[-1] in self.headline_names and len(words) <= 2:
                return True
        if self._index_stamp != (len(self.people), self.version):
            self._known_index()
        tails, glued_tails = self._index
        if key in tails:
            return True
        glued = key.replace(" ", "")
        return len(glued) > 3 and glued in glued_tails

    def _known_index(self) -> tuple[set[str], set[str]]:
        """The word endings of every current name (`جابر کریمی`, `کریمی`) and the endings of
        four letters and more of the same without spaces; rebuilt when a name changes."""
        stamp = (len(self.people), self.version)
        if self._index_stamp != stamp:
            if self._index_stamp is not None and self._index_stamp[1] == self.version:
                # only people added since (no name changed, no one merged): index them alone
                tails, glued_tails = self._index
                new = self.people[self._index_stamp[0]:]
            else:
                tails, glued_tails = set(), set()
                new = self.people
            for p in new:
                if p.merged_into is None and p.name:
                    tails_of = _name_tails if len(p.name) <= _TAILS_REMEMBERED else _name_tails.__wrapped__
                    word_tails, glued = tails_of(p.name)
                    tails.update(word_tails)
                    glued_tails.update(glued)
            self._index = (tails, glued_tails)
            self._index_stamp = stamp
        return self._index

    def subject(self, start: int, end: int, loose: bool = False) -> Mention | None:
        """`subject_at` with this article's entities, known names and offices."""
        return subject_at(self.text, start, end, loose=loose, known=self.known,
                          entities=self.starts, titles=self.office_prefix,
                          toks=self._sentence_tokens.get((start, end)))

    def office_prefix(self, keys: tuple[str, ...], span: tuple[int, int]) -> int:
        """The most words of the office `keys` (at `span`) that a TITLE entity elsewhere in the
        article holds, whole or before generic words (`سرپرست فدراسیون کشتی` of `سرپرست
        فدراسیون کشتی کشور`); 0 if none."""
        if self._offices is None:
            index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
            for e in self.entities:
                if e.label != "TITLE":
                    continue
                w = [t.key for t in _scan(e.text, 0, len(e.text))]
                n = len(w)
                while n > 0:
                    index.setdefault(tuple(w[:n]), []).append((e.start, e.end))
                    if w[n - 1] not in _GENERIC_COMPLEMENTS:
                        break
                    n -= 1
            self._offices = index
        for n in range(len(keys) - 1, 1, -1):
            if any(e <= span[0] or span[1] <= s for s, e in self._offices.get(keys[:n], ())):
                return n
        return _complete_office(keys)

    # -- lookups
    def _official_at(self, start: int, end: int) -> Person | None:
        """The person of the longest mention of `by_span` that overlaps text[start:end] (the first
        of them in `by_span`'s order), else None. The mentions are sorted by start once: only
        those that start less than the longest mention's length before `start` are read."""
        if not self.by_span:
            return None
        if self._span_index is None:
            # (start, order, end, person): the order breaks ties, the person is never compared
            spans = sorted((s, k, e, p) for k, ((s, e), p) in enumerate(self.by_span.items()))
            longest = max(e - s for s, _k, e, _p in spans)
            self._span_index = ([x[0] for x in spans], spans, longest)
        starts, spans, longest = self._span_index
        best = None
        for s, k, e, p in spans[bisect_left(starts, start - longest + 1):bisect_left(starts, end)]:
            # (every mention that overlaps starts in that range: e <= s + longest)
            if start < e and (best is None or (e - s, -k) > best[0]):
                best = ((e - s, -k), p)
        return best[1].root() if best else None

    def _runs_on(self, name: str, short: str, end: int) -> bool:
        """Is `name` the name `short` that ends at `end` and the words after it in the text
        (`جعفر رحیمی معرفی دستاودهای` of `جعفر رحیمی` before `معرفی دستاودهای انقلاب را`)?"""
        a, b = lexicon_key(name).split(), lexicon_key(short).split()
        if len(a) <= len(b) or a[:len(b)] != b:
            return False
        after = tokens(self.text, end, min(len(self.text), end + 80))
        return [t.key for t in after[:len(a) - len(b)]] == a[len(b):]

    def _span_key(self, s: int, e: int) -> str:
        """`lexicon_key` of text[s:e], remembered: the mentions of `by_span` are read again for
        each speaker resolved."""
        key = self._span_keys.get((s, e))
        if key is None:
            key = self._span_keys[(s, e)] = lexicon_key(self.text[s:e])
        return key

    def _name_inside(self, p: Person, span: tuple[int, int]) -> bool:
        """Is a name mention of `p` strictly inside `span` (a title read as a name)?"""
        if not p.name:
            return False
        key = lexicon_key(p.name)
        for (s, e), q in self.by_span.items():
            if q.root() is p and span[0] < s and e <= span[1] \
                    and self._span_key(s, e) in (key, key.split()[-1]):
                return True
        return False

    def _first_name_pos(self, p: Person) -> int:
        """Where the article first names `p` (its mentions from the entity stage), else -1."""
        if not p.name:
            return -1
        words = lexicon_key(p.name).split()
        keys = {" ".join(words), words[-1]}
        return min((sp[0] for sp, q in self.by_span.items() if q.root() is p
                    and self._span_key(*sp) in keys), default=-1)

    def _name_in_statement(self, p: Person, end: int) -> bool:
        """Is `p` named first inside the statement that follows the cue and colon after a title
        at `end` (`رئیس هیئت جودو استان یزد گفت: فاطمه ابهت …`)?"""
        if not p.name:
            return False
        key = lexicon_key(p.name)
        spans = sorted(sp for sp, q in self.by_span.items() if q.root() is p
                       and self._span_key(*sp) == key)
        if not spans or spans[0][0] < end:
            return False
        gap = self.text[end:spans[0][0]]
        colon = gap.find(":")
        # the cue and its colon right after the title, then the statement up to the name
        return 0 <= colon <= 40 and len(gap) <= 600 and not _SENTENCE_END.search(gap)

    def by_name(self, name: str) -> Person | None:
        for p in reversed(self.people):
            p = p.root()
            if p.has_name(name):
                return p
        return None

    def by_head(self, head: str) -> Person | None:
        """The person last seen who holds an office with this head word."""
        found = [p.root() for p in self.people if p.root().has_head(head)]
        return max(found, key=lambda p: p.last_seen) if found else None

    def by_title(self, title: str, named_first: bool = True) -> Person | None:
        found = [p.root() for p in self.people if p.root().has_title(title)]
        if not found:
            return None
        if named_first:
            named = [p for p in found if p.name]
            if named:
                return max(named, key=lambda p: p.last_seen)
        return max(found, key=lambda p: p.last_seen)

    def add(self, name: str | None, title: str | None, pos: int = -1) -> Person:
        p = Person(name=name, titles=[title] if title else [], first_pos=pos, owner=self)
        self.people.append(p)
        return p

    @staticmethod
    def merge(keep: Person, other: Person) -> Person:
        keep, other = keep.root(), other.root()
        if keep is other:
            return keep
        if not keep.name and other.name:
            keep.name = other.name
        for t in other.titles:
            if not keep.has_title(t):
                keep.titles.append(t)
        if keep.official is None:
            keep.official = other.official
        keep.last_seen = max(keep.last_seen, other.last_seen)
        other.merged_into = keep
        return keep

    # -- resolution
    def resolve(self, m: Mention, learn: bool = True, report_lead: bool = False) -> Person | None:
        """The person a mention stands for; new names and titles are remembered when `learn`.

        Two habits of news writing join people: the lead names the speaker by office and the
        report sentence after it by name (`رئیس … گفت: …` / `به گزارش …، مهدی طاهری …`:
        `report_lead`), and a named speaker is later called by an office not given before
        (`عضو کمیسیون فرهنگی … شورای شهر` for the council member just quoted)."""
        p = self._resolve(m, learn)
        if p is None or not learn:
            return p
        topic = self.topic.root() if self.topic is not None else None
        if topic is not None and topic is not p:
            # (the name may come with offices of its own from the entity stage, if it is first
            # seen here)
            # (not a name that «also» speaks: «محمد اسلامی نیز … گفت» is another person)
            if report_lead and m.kind == "name" and not topic.name and topic.titles \
                    and not ALSO_AFTER.match(self.text, m.end) \
                    and (not p.titles or self._first_name_pos(p) >= m.start
                         or (p.official is None and p.first_pos >= m.start)):
                p = self.merge(topic, p)
            elif m.kind == "title" and not p.name and topic.name and not topic.titles \
                    and (p.first_pos < 0 or p.first_pos >= m.start) and not _INDEFINITE.match(m.text):
                # (not an office with «یک»: a new person, «امام خمینی … ¶ یک نماینده مجلس سوریه … دانست»)
                p = self.merge(topic, p)
        self.topic = p
        return p

    def _resolve(self, m: Mention, learn: bool = True) -> Person | None:
        if m.anonymous:
            return None
        if m.kind == "title" and not m.name and m.title and _plural_office(m.title):
            return None  # «اعضای حاضر در این جلسه …»: a group, no one person
        p = self._official_at(m.start, m.end)
        if p is not None and m.kind == "title" and m.title_span is not None:
            if self._name_inside(p, m.title_span):
                p = None  # «امام جمعه زیراب»: a name the entity stage read inside an office title
            elif self._name_in_statement(p, m.end):
                # «رئیس هیئت جودو استان یزد گفت: فاطمه ابهت …»: the name is the statement's, the
                # office someone else's
                p.titles = [t for t in p.titles if not titles_match(t, m.title)]
                p = self.add(None, m.title, m.start) if learn else None
        if p is not None and m.name and p.name and len(m.name) > len(p.name) \
                and f" {lexicon_key(p.name)} " in f" {lexicon_key(m.name)} ":
            p.name = m.name  # the name as written in full here (`رحمانی فضلی`)
        elif p is not None and m.name and p.name and len(p.name) > len(m.name) + 1 \
                and m.name_span is not None and m.name_span[1] == m.end \
                and self._runs_on(p.name, m.name, m.end):
            p.name = m.name  # a name the entity stage ran into the object (`جعفر رحیمی | معرفی …`)
        if p is not None and m.kind == "anaphor" and not p.name:
            p = None  # «این عضو شورای شهر تهران»: the person just spoken of, not a new office
        if p is not None and not p.name and m.name and learn and self.by_name(m.name) is None \
                and _PLAIN_NAME.fullmatch(m.name):
            p.name = m.name  # «وحید مجروح»، معاون …: a name the entity stage did not see
        if p is not None and not p.name and m.title:
            q = self.by_title(m.title)
            if q is not None and q.name and q is not p:
                p = self.merge(q, p)
        if p is None and m.kind in ("pronoun", "anaphor"):
            p = None
            # an office alone before «این …» (not «این مدیر»): `رئیس این سازمان`
            bare = m.kind == "anaphor" and m.title is not None and not title_key(m.title)[1] \
                and not m.text.startswith(_THIS)
            if bare:
                # the topic if it holds an office of that head, else the last person seen who does,
                # else the topic
                head = title_key(m.title)[0]
                if self.topic is None or not self.topic.root().has_head(head):
                    q = self.by_head(head)
                    if q is not None and q.last_seen >= 0:
                        p = q
            elif m.kind == "anaphor" and m.title and self.topic is not None \
                    and not self.topic.root().has_title(m.title):
                q = self.by_title(m.title, named_first=False)
                if q is not None and q.last_seen >= 0:
                    p = q
            if p is None:
                p = self.topic.root() if self.topic is not None else None
            if p is None and m.kind == "anaphor" and m.title and learn:
                p = self.add(None, m.title, m.start)  # «این قانون‌گذار ایالت فلوریدا» first
            if p is not None and m.kind == "anaphor" and m.title and learn and not bare and not p.has_title(m.title) \
                    and not _titles().get(title_key(m.title)[0], False):
                p.titles.append(m.title)
        elif p is None:
            p_name = self.by_name(m.name) if m.name else None
            p_title = self.by_title(m.title) if m.title else None
            if m.name and m.title:
                if p_name is not None and p_title is not None and p_name is not p_title:
                    p = self.merge(p_name, p_title) if not (p_name.name and p_title.name
                                                            and not p_title.has_name(p_name.name)) else p_name
                else:
                    p = p_name or p_title
                if p is None and learn:
                    p = self.add(m.name, m.title, m.start)
                elif p is not None and learn:
                    if not p.name:
                        p.name = m.name
                    if not p.has_title(m.title):
                        p.titles.append(m.title)
            elif m.name:
                p = p_name
                if p is None and learn:
                    p = self.add(m.name, None, m.start)
            elif m.title:
                p = p_title
                if p is None and learn:
                    p = self.add(None, m.title, m.start)
        if p is not None:
            p = p.root()
            p.last_seen = m.start
        return p

    def learn_appositions(self, sentences: Sequence[tuple[int, int]]) -> None:
        """Read `NAME TITLE` appositions anywhere in the text (`جابر کریمی فرماندار شهرستان
        ملارد`), so that a title-only speaker later resolves to the named holder."""
        text = self.text
        for s, e in sentences:
            toks = self._sentence_tokens[(s, e)] = tokens(text, s, e)
            i = 0
            while i < len(toks):
                nm = _name_len(toks, i) if _is_first_name(toks[i].key) and \
                    (i == 0 or toks[i - 1].key not in tables().stops) else 0
                if nm and (i == 0 or not _is_first_name(toks[i - 1].key)):
                    span, _ = _title_after(text, toks, i + nm)
                    if span:
                        name = text[toks[i].start:toks[i + nm - 1].end]
                        title = text[span[0]:span[1]]
                        p = self.by_name(name) or self.by_title(title, named_first=False)
                        if p is None:
                            self.add(name, title)
                        else:
                            if not p.name:
                                p.name = name
                            if not p.has_title(title):
                                p.titles.append(title)
                        i += nm
                        continue
                i += 1
