"""Sentence splitting tuned for Persian news.

A sentence ends after `.`, `!`, `?`, `؟` (with the closing `»`, `"` or `)` that follows them, as in
`.»`), and at every line break: a headline or a dateline without final punctuation is a sentence
of its own. A colon never ends a sentence (`وی گفت: …` stays whole). There is no break

- inside a balanced `«…»` (or `“…”`, or paired `"…"`) on one line: a multi-sentence quote stays
  one sentence and ends after its closing `»`; an `«` that is not closed on its line is ignored,
  so an unbalanced quote never swallows the text after it;
- after a short quoted title ending in `؟`/`!` that the sentence goes on after
  (`شعار «مرگ بر آمریکا!» سر دادند`, but `فرمودند «…!» این…` ends), or an embedded question
  (`این سوال که «…؟» گفت: …`);
- at abbreviations: chains of single letters (`ج.ا.ا`, `ه.ش`, `ق.ظ`, `U.S.`), initials (`م. ت`),
  acronyms of short pieces (`بی.بی.سی`) and the words of `data/sentence_abbreviations.txt`;
- in numbers (`۲.۵`, `2.5`, `۲٫۵`, `1387.5.12`), URLs and e-mail addresses, and after the number
  of a numbered list item at the start of a line or after a colon (`1. …`, `موارد: ۱. …`);
- after an ellipsis (`...`, `…`), unless a finite verb stands before it and the next word does not
  carry the sentence on (`data/sentence_words.tsv`), or an interview turn (`*`) follows;
- before `،`, `؛`, `:` or `را` (`«چه باید کرد؟» را نوشت`).

A `.` glued to the next word (`شد.پرسپولیسی‌ها`) still ends the sentence. A headline-like line
(short, no inner sentence end, no final `.`) is also cut after each ` / ` that joins two
headlines (`… ملارد/ صائبی: …`), but not between digits (`1387/5/12`).

Everything runs in linear time: each line is scanned once with patterns whose repetitions cannot
overlap, and every look-around is over a bounded window.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from farsi_press.document import Span
from farsi_press.lexicons import data_text, variant_pattern
from farsi_press.memo import MEMO_LIMIT, remember

__all__ = ["sentences"]

# Lines: sentences never cross a line break of any kind.
_LINE = regex.compile(r"[^\n\r\v\f\x85\u2028\u2029]+")

# A run of terminators with the closing marks that belong to it (`.`, `؟!`, `.».`, `!)`).
# Terminators (. ! ? ؟ … ۔) and closers are disjoint classes, so the pattern cannot backtrack.
_CLUSTER = regex.compile(r"""(?x)
    [.!?\u061f\u2026\u06d4]++                 # terminators
    (?: (?: [ \t]?[»”] | [’")\]] )++           # closing quotes (`است. »` too) or brackets,
        [.!?\u061f\u2026\u06d4]*+ )*+            #   maybe more terminators (`؟».`)
""")

# Quote marks that pair up on one line.
_QUOTE_MARK = regex.compile(r"[«»“”\"]")

# What may follow a sentence end and still belong to it: a footnote mark glued to it
# (`کرده‌ام.[iv]`) or a short citation (`.» (بقره/ 12)`, `. (طوسی، ۱۳۸۳: ۴)`, `. (۱۱)`).
_FOOTNOTE = regex.compile(r"\[[^\[\]\n]{1,12}\][.!?\u061f]*")
_CITATION = regex.compile(r"[ \t]{0,3}\([^()\n]{1,40}\)[.!?\u061f]*")
_REFERENCE = regex.compile(r"\d|/|همان")

# URLs and e-mail addresses; their dots and question marks are no sentence ends. Candidates are
# found by their fixed parts (`://`, `www.`, `@`) and grown from there over bounded windows.
_URL_START = regex.compile(r"(?i)(?:https?|ftp)://|www\.")
_URL = regex.compile(r"(?i)(?:(?:https?|ftp)://|www\.)[^\s«»\"<>]{1,2000}")
_EMAIL_LOCAL = regex.compile(r"(?r)[\w.+\-]{1,64}")
_EMAIL_DOMAIN = regex.compile(r"[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}")
_URL_TRAILING = ".,;:!?\u061f\u060c\u061b)]'\"»”"

# Pieces of a dotted token around a dot, looked at through a bounded window.
_WINDOW = 40
# `(?r)` matches backwards from the end of the window, so `.match` ends exactly there.
_CHAIN_LEFT = regex.compile(r"(?r)[\p{L}\p{M}\d\u200c.]{1,40}")
_CHAIN_RIGHT = regex.compile(r"[\p{L}\p{M}\d\u200c.]{1,40}")
_LAST_WORD = regex.compile(r"(?r)[\p{L}\p{M}\u200c]{1,40}")
_FIRST_WORD = regex.compile(r"[ \t\u200c\u200f\u200e]{0,5}([\p{L}\p{M}\u200c]{1,40})")
_LATIN = regex.compile(r"[A-Za-z]")

# Before a list number, back to the line start or a colon: only spaces, bullets or dashes.
_LIST_PREFIX = regex.compile(r"(?r)[\s*\-\u2022\u2013\u2014]{0,8}")
# An interview turn or bullet right after an ellipsis (`است...* تهذیبی:`).
_TURN = regex.compile(r"\s{0,3}[*\u2022]")
# The verb prefix می / نمی (`می‌گوید`, `نمی‌شود`).
_MI_VERB = regex.compile(r"^ن?می\u200c?\p{L}{2,}$")

# A slash joining two headlines (letters or quotes on both sides, never digits).
_HEADLINE_SLASH = regex.compile(r"(?<=[\p{L}\p{M}\u200c)»\"][ \t]{0,3})/(?=[ \t]{0,3}[\p{L}«\"])")
_HEADLINE_MAX = 300

# A pair of quote marks farther apart than this is not taken as one quote.
_MAX_QUOTE = 2000
# A speech verb and its colon right after a question mark: the question was embedded (`… که …؟
# گفت: …`); the verbs news writes so (the reporting verbs' past forms, one space apart).
_ANSWER_AFTER = regex.compile(
    r"[ \u200c]{0,2}(?:گفت|افزود|پاسخ[ \u200c]?داد|اظهار[ \u200c]?(?:داشت|کرد)|تصریح[ \u200c]?کرد"
    r"|خاطر[ \u200c]?نشان[ \u200c]?کرد|عنوان[ \u200c]?کرد|بیان[ \u200c]?(?:کرد|داشت)|توضیح[ \u200c]?داد"
    r"|ادامه[ \u200c]?داد|یادآور[ \u200c]?شد)[ \u200c]{0,2}:")
_ANSWER_REACH = 24

# A quoted title that the sentence goes on after is at most this long (`«چرا؟»`).
_MAX_TITLE = 60

# Characters trimmed from both ends of a sentence: spaces and invisible marks.
_EDGE = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
        "\u202f\u205f\u3000\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
        "\u2066\u2067\u2068\u2069\ufeff"

_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": ""})


# `_canon` of the words seen (bounded): the same few thousand words come back in every article
_CANON: dict[str, str] = {}


def _canon(word: str) -> str:
    c = _CANON.get(word)
    if c is None:
        c = remember(_CANON, word, word.translate(_LETTERS).lower())
    return c


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Abbreviations of `data/sentence_abbreviations.txt`, without their final dot."""
    text = data_text("sentence_abbreviations.txt")
    return frozenset(_canon(ln.strip()) for ln in text.splitlines()
                     if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    """Words of `data/sentence_words.tsv` by kind (`final_verb`, `continuation`, `agency`)."""
    text = data_text("sentence_words.tsv")
    kinds: dict[str, list[str]] = {}
    for ln in text.splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        kind, _, word = ln.partition("\t")
        kinds.setdefault(kind.strip(), []).append(word.strip())
    return {k: tuple(v) for k, v in kinds.items()}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The same words by kind in canonical form (ی, ک, no ZWNJ, lower case)."""
    return {k: frozenset(_canon(w) for w in v) for k, v in _table().items()}


def _word_pattern(word: str) -> str:
    """A word as a pattern that also takes Arabic ي/ك and a space or nothing for ZWNJ."""
    return variant_pattern(word, space="[ \t]{1,3}")


@lru_cache(maxsize=1)
def _dateline() -> regex.Pattern:
    """A dateline at the start of a sentence: `تهران - ایرنا:`, `خبرگزاری فارس:`."""
    agencies = sorted(_table().get("agency", ()), key=len, reverse=True)
    named = [_word_pattern(a) for a in agencies if a != "خبرگزاری"]
    news_agency = _word_pattern("خبرگزاری") + r"(?:[ \t]{1,3}[\p{L}\p{M}\u200c]{2,20}){1,3}?"
    word = r"[\p{L}\p{M}\u200c]{2,20}"
    return regex.compile(rf"""(?x)
        [ \t]{{0,3}}
        (?: {word} (?:[ \t]{word}){{0,2}} [ \t]{{0,3}} [-\u2013\u2014] [ \t]{{0,3}}   # place -
            (?: {news_agency} | {"|".join(named)} )
          | {news_agency}
          | {_word_pattern("واحد مرکزی خبر")}
        )
        [ \t]{{0,3}} :
    """)


def sentences(text: str) -> list[Span]:
    """Sentence spans of `text`; offsets index into `text` as given, without edge spaces.

    Normalize raw input first (`farsi_press.normalize`); this function does not change the text.

    >>> t = "وی گفت: «این کار انجام شد. مردم راضی‌اند.» او افزود: نرخ ۲.۵ درصد است."
    >>> [t[s.start:s.end] for s in sentences(t)]
    ['وی گفت: «این کار انجام شد. مردم راضی\u200cاند.»', 'او افزود: نرخ ۲.۵ درصد است.']
    """
    if not isinstance(text, str):
        raise TypeError(f"sentences() needs a str, got {type(text).__name__}")
    spans: list[Span] = []
    # URLs and e-mail addresses are looked for on a line only when the text holds one's fixed part
    # (a URL's fixed part holds «://» or «w.»: a C-level test before the case-blind search)
    links = "@" in text or (("://" in text or "w." in text or "W." in text) and _URL_START.search(text) is not None)
    for line in _LINE.finditer(text):
        start, end = line.span()
        cuts = _line_cuts(text, start, end, links)
        cur = start
        for cut in cuts + [end]:
            s, e = _trim(text, cur, cut)
            if s < e:
                spans.append(Span(s, e, s, e))
            cur = cut
    return spans


def _skip_back(text: str, start: int, pos: int) -> int:
    """The offset after the last character before pos that is not a space (start if none)."""
    while pos > start and (text[pos - 1] in _EDGE or text[pos - 1].isspace()):
        pos -= 1
    return pos


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _EDGE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE or text[end - 1].isspace()):
        end -= 1
    return start, end


# ---------------------------------------------------------------- one line

def _line_cuts(text: str, start: int, end: int, links: bool = True) -> list[int]:
    """Offsets in [start, end) where a sentence ends inside one line (sorted); `links`: may the
    line hold a URL or an e-mail address (False when the text holds no `@`, `www.` or `://`)."""
    regions, ascii_openers = _quote_regions(text, start, end)
    region_starts = [r[0] for r in regions]
    urls = _url_spans(text, start, end) if links else []
    url_starts = [u[0] for u in urls]
    cuts: list[int] = []
    # (the URL and quote tests only on lines that hold one: most lines hold neither)
    for m in _CLUSTER.finditer(text, start, end):
        s, e = m.span()
        if ascii_openers:
            e = _cut_at_opener(text, s, e, ascii_openers)
        if urls and _inside(urls, url_starts, s):
            continue
        region = _region_of(regions, region_starts, s) if regions else None
        if region is not None:
            opener, closer = region
            if closer >= e:
                continue  # inside a quote that goes on
            if not _ends_quote(text, s, e, opener, closer, start, end):
                continue
        elif not ((urls and _after_url(urls, url_starts, s)) or _ends_here(text, s, e, start, end)):
            continue
        e = _extend(text, e, end)
        if _goes_on(text, e, end):
            continue
        if (not cuts or cuts[-1] < e) and _trim(text, e, end)[0] < end:
            cuts.append(e)
    if not cuts and end - start <= _HEADLINE_MAX and not _ends_with_period(text, start, end):
        cuts = [m.end() for m in _HEADLINE_SLASH.finditer(text, start, end)]
    return _dateline_cuts(text, cuts, start, end)


def _dateline_cuts(text: str, cuts: list[int], start: int, end: int) -> list[int]:
    """Add a cut after a dateline that opens a sentence (`تهران - ایرنا: …`)."""
    # a dateline ends in a colon: none opens a sentence after the line's last colon
    last_colon = text.rfind(":", start, end)
    if last_colon < 0:
        return cuts  # (no colon on the line; the cuts are already sorted and distinct)
    pattern = _dateline()
    out = set(cuts)
    for s in [start] + cuts:
        if s > last_colon:
            break
        m = pattern.match(text, s, end)
        if m and _trim(text, m.end(), end)[0] < end:
            out.add(m.end())
    return sorted(out)


def _ends_with_period(text: str, start: int, end: int) -> bool:
    s, e = _trim(text, start, end)
    tail = text[max(s, e - 8):e].rstrip("»”\")]")
    return tail.endswith(".")


def _quote_regions(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], set[int]]:
    """Spans (opening mark, closing mark) of the quotes balanced on this line, merged where
    they overlap, and the positions of ASCII `"` that open a quote."""
    pairs: list[tuple[int, int]] = []
    guillemets: list[int] = []
    curly: list[int] = []
    straight: list[int] = []
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch == "«":
            guillemets.append(i)
        elif ch == "»":
            if guillemets:
                pairs.append((guillemets.pop(), i))
        elif ch == "“":
            curly.append(i)
        elif ch == "”":
            if curly:
                pairs.append((curly.pop(), i))
        else:
            straight.append(i)
    if not pairs and not straight:
        return [], set()  # (most lines: no quote, or only unpaired marks)
    openers: set[int] = set()
    if straight and len(straight) % 2 == 0:
        for k in range(0, len(straight), 2):
            pairs.append((straight[k], straight[k + 1]))
            openers.add(straight[k])
    pairs = sorted(p for p in pairs if p[1] - p[0] <= _MAX_QUOTE)
    merged: list[tuple[int, int]] = []
    for o, c in pairs:
        if merged and o < merged[-1][1]:
            if c > merged[-1][1]:
                merged[-1] = (merged[-1][0], c)
        else:
            merged.append((o, c))
    return merged, openers


def _region_of(regions: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    k = bisect.bisect_left(starts, pos) - 1
    if k >= 0 and regions[k][0] < pos <= regions[k][1]:
        return regions[k]
    return None


def _url_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the URLs and e-mail addresses on a line, without trailing punctuation."""
    spans: list[tuple[int, int]] = []
    last = start
    for cand in _URL_START.finditer(text, start, end):
        if cand.start() < last:
            continue  # `www.` inside `http://www.…`
        m = _URL.match(text, cand.start(), end)
        if m:
            spans.append((m.start(), m.end()))
            last = m.end()
    at = text.find("@", start, end)
    while at >= 0:
        local = _EMAIL_LOCAL.match(text, max(start, at - 64), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1, min(end, at + 600))
        if local and domain:
            spans.append((local.start(), domain.end()))
            at = text.find("@", domain.end(), end)
        else:
            at = text.find("@", at + 1, end)
    trimmed = []
    for s, e in sorted(spans):
        while e > s and text[e - 1] in _URL_TRAILING:
            e -= 1
        if e > s and (not trimmed or s >= trimmed[-1][1]):
            trimmed.append((s, e))
    return trimmed


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _after_url(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """A terminator right after a URL (`www.sid.ir.`) is a sentence end, not part of it."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][1] == pos


def _cut_at_opener(text: str, s: int, e: int, openers: set[int]) -> int:
    """A `"` inside a cluster that opens the next quote (`شد."ما`) starts the next sentence."""
    if openers:
        for i in range(s + 1, e):
            if i in openers:
                return i
    return e


# ---------------------------------------------------------------- decisions

def _ends_quote(text: str, s: int, e: int, opener: int, closer: int, start: int, end: int) -> bool:
    """A terminator right before the closing mark of a quote (`.»`, `؟»`): the sentence ends,
    unless the sentence goes on after a short quoted title with `؟`/`!` (`شعار «مرگ بر آمریکا!»
    سر دادند`; not after a verb: `فرمودند «…!» این…` ends) or an embedded question
    (`در پاسخ به این سوال که «…؟» گفت: …`)."""
    marks = text[s:closer]
    if not any(ch in "!?\u061f" for ch in marks):
        return True
    i = _skip_back(text, start, opener)
    if i == start or text[i - 1] == ":":
        return True  # a quote that opens the line or follows `گفت:` is a statement
    j = _trim(text, e, end)[0]
    if not (j < end and text[j].isalpha()):
        return True
    lw = _LAST_WORD.match(text, max(start, i - _WINDOW), i)
    word = lw.group() if lw else ""
    if _canon(word) in _words().get("complementizer", ()):
        return False  # an embedded question: `این سوال که «…؟» گفت`
    if _is_verb(word) or closer - opener > _MAX_TITLE:
        return True  # `فرمودند «…!»` is a statement
    return False


def _ends_here(text: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether the terminator cluster text[s:e] (not inside a quote) ends a sentence."""
    marks = text[s:e]
    if marks == ".":
        return _period_ends(text, s, e, start, end)  # (most sentence ends: one dot)
    if any(ch in "!?\u061f" for ch in marks):
        # `(!)`, `(؟)`: an aside, not a sentence end
        if s > start and text[s - 1] == "(" and ")" in marks:
            return False
        # an embedded question, the speech verb and its colon right after it: `X در پاسخ به این
        # سوال که … چه خواهد کرد؟ اظهار داشت: …` (the question is the frame of X's statement)
        return _ANSWER_AFTER.match(text, e, min(end, e + _ANSWER_REACH)) is None
    dots = sum(1 for ch in marks if ch in ".\u2026\u06d4")
    if dots >= 2 or "\u2026" in marks:
        return _ellipsis_ends(text, s, e, start, end)
    return _period_ends(text, s, e, start, end)


def _period_ends(text: str, s: int, e: int, start: int, end: int) -> bool:
    """A single `.` (maybe with closers): numbers, abbreviations, URLs, list numbers."""
    prev = text[s - 1] if s > start else ""
    nxt = text[s + 1] if s + 1 < end else ""
    closed = e > s + 1  # a closing quote or bracket follows the dot
    if not closed and prev.isdigit() and nxt.isdigit():
        return False  # `2.5`, `۱۳۸۷.۵.۱۲`
    left_m = _CHAIN_LEFT.match(text, max(start, s - _WINDOW), s)
    left = left_m.group().lstrip(".") if left_m else ""
    if not closed and nxt and (nxt.isalnum() or nxt == "\u200c"):
        # glued to what follows: `ج.ا.ا`, `farsnews.com`, or a missing space `شد.وی`
        right_m = _CHAIN_RIGHT.match(text, s + 1, min(end, s + 1 + _WINDOW))
        right = right_m.group().rstrip(".") if right_m else nxt
        if _LATIN.match(nxt) and (not prev or _LATIN.match(prev) or prev.isdigit()):
            return False
        if left and len(left.rsplit(".", 1)[-1].replace("\u200c", "")) == 1:
            return False  # an initial glued to what follows: `آ.اس`, `م.ت`
        return not _is_abbreviation(f"{left}.{right}" if left else right)
    if not left:
        return True
    if left.isdecimal():
        # `1. …` at the start of a line or after a colon is a list number; `سال 87.` ends a sentence
        m = _LIST_PREFIX.match(text, max(start, s - len(left) - 8), s - len(left))
        return not (m and (m.start() == start or text[m.start() - 1] in ":\u061b"))
    if _spelled_acronym(text, s, e, left, start, end):
        return False
    if _is_abbreviation(left) and not any(ch in "»”\"" for ch in text[s:e]):
        # `ه.ش.`, `م.`, `Dr.`, `(م.)`; a closing quote after it still ends the sentence
        return False
    if not closed and _LATIN.match(left[-1]) and _next_is_lower_latin(text, e, end):
        return False
    return True


def _spelled_acronym(text: str, s: int, e: int, left: str, start: int, end: int) -> bool:
    """`اف. بی. آی`, `سی. ان. ان`: Latin letters spelled in Persian, each closed by a dot."""
    letters = _words().get("letter_name", frozenset())
    if _canon(left) not in letters:
        return False
    fw = _FIRST_WORD.match(text, e, min(end, e + _WINDOW))
    if fw and _canon(fw.group(1)) in letters:
        return True
    before = s - len(left)
    prev = _CHAIN_LEFT.match(text, max(start, before - 12), max(start, before - 2))
    return bool(prev and text[before - 2:before] == ". " and _canon(prev.group()) in letters)


@lru_cache(maxsize=MEMO_LIMIT)
def _is_abbreviation(chain: str) -> bool:
    """`ج.ا.ا`, `U.S`, `م`, `بی.بی.سی`, `Dr`, `ه.ش`: pieces joined by dots that abbreviate."""
    pieces = chain.split(".")
    if any(not p for p in pieces):
        return False
    if all(len(p.replace("\u200c", "")) == 1 and not p.isdigit() for p in pieces):
        return True
    if len(pieces) >= 3 and all(len(p) <= 3 and not p.isdigit() for p in pieces):
        return True
    return _canon(chain) in _abbreviations()


def _next_is_lower_latin(text: str, e: int, end: int) -> bool:
    rest = text[e:min(end, e + 4)].lstrip()
    return bool(rest) and "a" <= rest[0] <= "z"


def _ellipsis_ends(text: str, s: int, e: int, start: int, end: int) -> bool:
    """`...`/`…` ends a sentence after a finite verb when the next word does not carry it on,
    or before an interview turn (`...* تهذیبی:`); otherwise it is an omission inside one."""
    if _trim(text, e, end)[0] >= end or _TURN.match(text, e, min(end, e + 8)):
        return True
    lw = _LAST_WORD.match(text, max(start, s - _WINDOW), s)
    if lw is None:
        return False
    if not _is_verb(lw.group()):
        return False
    fw = _FIRST_WORD.match(text, e, min(end, e + _WINDOW))
    if fw is None:
        return False
    return _canon(fw.group(1)) not in _words().get("continuation", ())


def _is_verb(word: str) -> bool:
    """A finite verb of `data/sentence_words.tsv` (also glued by ZWNJ, `نیاندوخته‌ام`) or a
    verb with the prefix می/نمی."""
    if not word:
        return False
    verbs = _words().get("final_verb", frozenset())
    return (_canon(word) in verbs or _canon(word.rsplit("\u200c", 1)[-1]) in verbs
            or bool(_MI_VERB.match(word)))


def _extend(text: str, e: int, end: int) -> int:
    """Take in a glued footnote mark (`.[iv]`) or a short citation after the sentence end."""
    if text.startswith("[", e, end):
        m = _FOOTNOTE.match(text, e, end)
        if m:
            return m.end()
    if text.find("(", e, min(end, e + 4)) < 0:
        return e  # (no citation opens within its three spaces)
    m = _CITATION.match(text, e, end)
    if m and (m.end() == end or text[m.end()] in " \t" + _EDGE):
        inner = m.group()
        # after a closing quote any short parenthesis is its source (`.» (بقره/ ۱۲۰)`); after a
        # bare terminator only a reference or note number (`. (طوسی، ۱۳۸۳: ۴ / ۳۹۴)`, `. (۱۱)`)
        if (e > 0 and text[e - 1] in "»”\"") or _REFERENCE.search(inner):
            return m.end()
    return e


def _goes_on(text: str, e: int, end: int) -> bool:
    """The sentence goes on after a terminator: `،`, `؛`, `:`, `,` or the postposition `را`."""
    i = e
    while i < end and text[i] in " \t\u200c\u200f\u200e":
        i += 1
    if i >= end:
        return False
    if text[i] in "\u060c\u061b:,;":
        return True
    return text.startswith("را", i) and (i + 2 >= end or not text[i + 2].isalpha())
