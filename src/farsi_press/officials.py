"""Officials: who holds which office, one record per office holder with every mention.

Name and office are linked by apposition, in either order and with or without a comma, tried
from the tightest link to the loosest so that a list of guests pairs each name with its own office:

1. name then office, a space apart: «جابر کریمی فرماندار شهرستان ملارد»
2. office then name, a space or an honorific apart: «وزیر کشور عبدالرضا رحمانی فضلی»
3. office, comma, name: «استاندار تهران، محسن منصوری»
4. name, comma, office: «محسن منصوری، استاندار تهران»

Later mentions join the record: the surname alone («کریمی»), the same office, or a short form
of it («فرماندار ملارد» for «فرماندار شهرستان ملارد»). An office never linked to a name is a
record of its own with name None.

>>> from farsi_press.entities import find_entities
>>> text = "جابر کریمی فرماندار شهرستان ملارد گفت. فرماندار ملارد افزود. کریمی گفت."
>>> ents, offs = link_officials(text, [], find_entities(text, []))
>>> [(o.name, o.titles) for o in offs]
[('جابر کریمی', ('فرماندار شهرستان ملارد', 'فرماندار ملارد'))]
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

import regex

from farsi_press.document import Entity, Official, Span
from farsi_press.gazetteer import gazetteer
from farsi_press.lexicons import lexicon_key

__all__ = ["link_officials"]

# What may stand between a name and its office: spaces (tier 1/2), a comma (tier 3/4).
_SPACE = regex.compile(r"[ \u200c«»\"“”]{1,5}")
_COMMA = regex.compile(r"[ \u200c«»\"“”]{0,3}[،,][ \u200c«»\"“”]{0,3}")
# Words that never distinguish two forms of one office («شهرستان ملارد» = «ملارد»).
_FILLER = frozenset({"شهرستان", "استان", "شهر", "کشور", "بخش", "ایالت", "و"})


# between two names of a list: «و», perhaps past one or two words of a name not recognised
_AND_GAP = regex.compile(r"[ \u200c«»]+و(?:[ \u200c«»]+[^\s،,.:؛]{1,20}){0,2}[ \u200c«»]+")


def _plural(title: str) -> bool:
    """Does the office open with a plural role («اعضای», «مدیران»)?"""
    table = gazetteer().table
    words = lexicon_key(title).split()
    for n in range(min(3, len(words)), 0, -1):
        rec = table.get(" ".join(words[:n]), {}).get("title")
        if rec is not None:
            return rec.generic
    return False


class _Record:
    __slots__ = ("name", "titles", "mentions", "first")

    def __init__(self, first: int) -> None:
        self.name: str | None = None
        self.titles: list[str] = []
        self.mentions: list[tuple[int, int]] = []
        self.first = first


@lru_cache(maxsize=20_000)
def _words(s: str) -> tuple[str, ...]:
    """Words of an office, its office word canonical and whole («مدیر کل» = «مدیرکل»), fillers out."""
    words = lexicon_key(s).split()
    table = gazetteer().table
    for n in range(min(4, len(words)), 0, -1):
        rec = table.get(" ".join(words[:n]), {}).get("title")
        if rec is not None:
            words = [lexicon_key(rec.canonical).replace(" ", "")] + words[n:]
            break
    return tuple(w for w in words if w not in _FILLER)


def _same_office(short: str, long: str) -> bool:
    """Is `short` the same office as `long`, or a short form of it?"""
    a, b = _words(short), _words(long)
    if not a or not b:
        return False
    if a == b:
        return True
    # same office word first, and every other word of the short form in the long one
    return a[0] == b[0] and len(a) > 1 and set(a[1:]) <= set(b[1:])


def _honorific_gap(gap: str) -> bool:
    """A gap made only of honorifics («آقای», «دکتر», «حجت‌الاسلام والمسلمین»)."""
    hons = gazetteer().table
    words = gap.split()
    if not words:
        return False
    k = lexicon_key(" ".join(words))
    if "hon" in hons.get(k, {}):
        return True
    return all("hon" in hons.get(lexicon_key(w), {}) for w in words)


# chars: how far apart an office alone and the name it is given may stand (name after / before it)
_NEAR = 600
_FAR = 1500
_MAX_SCAN = 300  # records compared one by one (a text with more officials than this is no news article)
_HOLY = regex.compile(r"(?:حضرت|امام|پیامبر|امامان)[\s\u200c]*$")


def _linkable(rec: _Record, text: str) -> bool:
    """May a person take an office named elsewhere? Not a holy figure («حضرت معصومه», «امام رضا»)."""
    for s, _ in rec.mentions:
        if _HOLY.search(text, max(0, s - 12), s):
            return False
    return True


def _reporter(title: str) -> bool:
    first = lexicon_key(title).split(" ", 1)[0]
    return "reporter" in gazetteer().words.get(first, ())


_BODY_REACH = 400  # chars: an office alone inside a body sentence may be given to a name this far before it
_OPENS_SENTENCE = regex.compile(r"(?:^|[\n.!؟?:])[\s\u200c«\"]{0,4}$")
# a preposition before an office makes it an object, not the apposition of the sentence's subject
# («با وزیر خارجه ایران دیدار کرد»); a number makes it several people («دو وزیر خارجه عضو …»)
_OBJECT_BEFORE = regex.compile(
    r"(?:^|[\s\u200c])(?:با|از|به|برای|نزد|دو|سه|چهار|پنج|چند|برخی|تعدادی|[۰-۹0-9]{1,3})[\s\u200c]+$")
_REPORT_CUE = regex.compile(r"به[\s\u200c]*گزارش\s")


def _link_lead(records: list[_Record], owner: dict[int, _Record], text: str = "") -> None:
    """The news lead names the office, the next sentence the person: «فرماندار کنارک گفت: …
    به گزارش …، بیژن بختیار …». An office never named is given to the first person mentioned
    after it, when that person has no office of their own yet."""
    named_starts = sorted(((m[0], r) for r in records if r.name and _linkable(r, text) for m in r.mentions),
                          key=lambda x: x[0])
    cue = _REPORT_CUE.search(text)
    lead_end = cue.start() if cue else len(text)
    for rec in sorted((r for r in records if r.name is None and r.titles), key=lambda r: r.first):
        if _reporter(rec.titles[0]):
            continue  # «خبرنگار خبرگزاری فارس»: the reporter is no party to the story
        nxt = None
        in_lead = rec.first < lead_end
        if in_lead:  # an office in the lead: its holder is named after «به گزارش …»
            # not a name inside the office's own statement: «رئیس هیئت جودو استان یزد گفت: فاطمه ابهت …»
            floor = lead_end if cue is not None else rec.first
            nxt = next((r for start, r in named_starts if start > floor), None)
            if nxt is not None and cue is None and nxt.first - rec.first > _NEAR:
                nxt = None
            said = [(start, r) for start, r in named_starts if start < rec.first and not r.titles
                    and any(m[0] == start and text[m[1]:m[1] + 2].lstrip().startswith(":") for m in r.mentions)]
            if said and "\n" in text[said[-1][0]:rec.first]:
                # «آلگری: …» in the headline, «سرمربی میلان …» opening the lead: the headline's speaker
                nxt = said[-1][1]
            elif nxt is not None and cue is None:
                # no «به گزارش»: the speaker of the sentence just before, when untitled, is the office's
                # holder («… عزیزالله گودرزی گفت: … . رییس گروه خودروی … افزود»), not a later name
                before = [r for start, r in named_starts if start < rec.first]
                if before and not before[-1].titles and rec.first - before[-1].first <= _NEAR \
                        and _OPENS_SENTENCE.search(text, max(0, rec.first - 8), rec.first):
                    nxt = before[-1]
        if _OBJECT_BEFORE.search(text, max(0, rec.first - 12), rec.first):
            continue  # «رونالدو … با رییس باشگاه …»: an office after a preposition is another person's
        if nxt is None or nxt.titles or nxt.name is None:
            # or the person just named before it: «صائبی: …» in the headline, the office in the lead
            before = [(start, r) for start, r in named_starts if start < rec.first]
            # in the body a far office must open its sentence (a subject, the last speaker again)
            reach = _FAR if in_lead or _OPENS_SENTENCE.search(text, max(0, rec.first - 8), rec.first) else _BODY_REACH
            nxt = before[-1][1] if before and rec.first - before[-1][0] <= reach else None
            if nxt is None or nxt.titles:
                continue
        nxt.titles.extend(rec.titles)
        nxt.mentions.extend(rec.mentions)
        nxt.first = min(nxt.first, rec.first)
        for i in [i for i, r in owner.items() if r is rec]:
            owner[i] = nxt
        rec.mentions = []
        rec.titles = []


def link_officials(text: str, sentences: Sequence[Span], entities: Sequence[Entity]) -> tuple[list[Entity], list[Official]]:
    """Group PERSON/TITLE mentions into office holders; returns entities with `official` set."""
    ents = list(entities)
    persons = [i for i, e in enumerate(ents) if e.label == "PERSON"]
    # top-level offices only: a TITLE inside another TITLE is part of it
    titles = []
    reach = -1
    for i in sorted((i for i, e in enumerate(ents) if e.label == "TITLE"), key=lambda i: (ents[i].start, -ents[i].end)):
        if ents[i].end > reach:  # not inside an earlier, longer office
            titles.append(i)
            reach = ents[i].end
    titles.sort()
    if not persons and not titles:
        return ents, []
    link: dict[int, int] = {}        # title entity index -> person entity index
    person_title: dict[int, int] = {}

    def try_pair(p: int, t: int, gap_re: regex.Pattern, hon_ok: bool = False) -> None:
        if p in person_title or t in link:
            return
        pe, te = ents[p], ents[t]
        a, b = (pe.end, te.start) if pe.end <= te.start else (te.end, pe.start)
        if b < a:
            return
        gap = text[a:b]
        if gap_re.fullmatch(gap) or (hon_ok and _honorific_gap(gap)):
            link[t] = p
            person_title[p] = t

    # only the nearest name before and after an office can be its apposition
    p_starts = [ents[p].start for p in persons]
    neighbours: dict[int, list[int]] = {}
    for t in titles:
        k = bisect.bisect_left(p_starts, ents[t].start)
        near = [persons[x] for x in (k - 1, k - 2) if 0 <= x < len(persons) and ents[persons[x]].end <= ents[t].start][:1]
        k2 = bisect.bisect_left(p_starts, ents[t].end)
        if k2 < len(persons):
            near.append(persons[k2])
        neighbours[t] = near
    for tier in range(4):
        for t in titles:
            te = ents[t]
            for p in neighbours[t]:
                pe = ents[p]
                if tier == 0 and pe.end <= te.start and te.start - pe.end <= 5:
                    try_pair(p, t, _SPACE)
                elif tier == 1 and te.end <= pe.start and pe.start - te.end <= 40:
                    try_pair(p, t, _SPACE, hon_ok=True)
                elif tier == 2 and te.end <= pe.start and pe.start - te.end <= 40:
                    try_pair(p, t, _COMMA, hon_ok=False)
                    if t not in link:
                        gap = text[te.end:pe.start]
                        m = _COMMA.match(gap)
                        if m and _honorific_gap(gap[m.end():]):
                            link[t] = p
                            person_title[p] = t
                elif tier == 3 and pe.end <= te.start and te.start - pe.end <= 4:
                    try_pair(p, t, _COMMA)

    # a plural office after names joined by «و» belongs to each of them
    extra: list[tuple[int, int]] = []
    for t, p in link.items():
        if _plural(ents[t].text):
            q = p
            while True:
                prev = [x for x in persons if ents[x].end <= ents[q].start
                        and _AND_GAP.fullmatch(text[ents[x].end:ents[q].start])]
                if not prev:
                    break
                q = max(prev, key=lambda x: ents[x].end)
                extra.append((t, q))

    records: list[_Record] = []
    by_name: dict[str, _Record] = {}
    owner: dict[int, _Record] = {}

    def record_for_name(name: str, pos: int) -> _Record:
        k = lexicon_key(name)
        rec = by_name.get(k)
        if rec is None and len(by_name) <= _MAX_SCAN:
            # a surname or a shorter form of a known full name
            words = k.split()
            for other_key, other in by_name.items():
                ow = other_key.split()
                if len(words) < len(ow) and ow[-len(words):] == words:
                    rec = other
                    break
                if len(ow) < len(words) and words[-len(ow):] == ow and other.name and len(other.name.split()) == 1:
                    other.name = name  # upgrade «کریمی» to «جابر کریمی»
                    by_name[k] = other
                    rec = other
                    break
        if rec is None:
            rec = _Record(pos)
            rec.name = name
            records.append(rec)
            by_name[k] = rec
        return rec

    # full names first (so that surnames find them), then in text order
    order = sorted(persons, key=lambda i: (-len(ents[i].text.split()), ents[i].start))
    for p in order:
        rec = record_for_name(ents[p].text, ents[p].start)
        owner[p] = rec
    for t, p in link.items():
        rec = owner[p]
        owner[t] = rec
        title = ents[t].text
        if lexicon_key(title) not in {lexicon_key(x) for x in rec.titles}:
            rec.titles.append(title)
    for t, p in extra:
        rec = owner[p]
        if lexicon_key(ents[t].text) not in {lexicon_key(x) for x in rec.titles}:
            rec.titles.append(ents[t].text)
    # offices mentioned alone
    for t in sorted(titles, key=lambda i: ents[i].start):
        if t in owner:
            continue
        title = ents[t].text
        match = None
        for rec in records[:_MAX_SCAN]:
            if any(_same_office(title, x) or _same_office(x, title) for x in rec.titles):
                match = rec
                break
        if match is None:
            match = _Record(ents[t].start)
            records.append(match)
        owner[t] = match
        if lexicon_key(title) not in {lexicon_key(x) for x in match.titles}:
            match.titles.append(title)

    for i, rec in owner.items():
        rec.mentions.append((ents[i].start, ents[i].end))
        rec.first = min(rec.first, ents[i].start)
    records = [r for r in records if r.mentions]
    _link_lead(records, owner, text)
    records = [r for r in records if r.mentions]
    records.sort(key=lambda r: r.first)
    ids = {id(r): n for n, r in enumerate(records)}
    officials = [Official(ids[id(r)], r.name, tuple(r.titles), tuple(sorted(set(r.mentions)))) for r in records]
    out = [replace(e, official=ids[id(owner[i])]) if i in owner else e for i, e in enumerate(ents)]
    return out, officials
