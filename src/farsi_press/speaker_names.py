"""Officials completed by the quote stage: the name of an office holder that only its quotes give.

The entity stage links a name to an office where they stand together (`جابر کریمی فرماندار …`,
`استاندار تهران، محسن منصوری`). The quote stage reads further: it resolves a speaker named before
a cue (`ربیع فلاح‌جلودار ظهر امروز … اظهار کرد:`), the pronouns after it and the office written
elsewhere (`استاندار مازندران`) to one person. When an official has offices but no name and the
quotes attributed to it agree on a name, the official takes that name:

- an official of that name is the same person: it is merged into the office holder (its
  mentions, offices, entities and quotes move over);
- else the speaker mentions that write the name become mentions of the official, and PERSON
  entities where the entity stage found none.

A nameless office holder whose statement the next paragraph goes on with under a name not seen
before takes that name (`استاندار مازندران … اظهار کرد: … ¶ محمد اسلامی افزود: …`), unless that
speaker «also» speaks (`X نیز گفت`). An office that speaks only between two statements of one
named person, or after the last of them with a verb that goes on (`افزود`), or that is named only
as «این …» in that person's speakers, is the reporter's other word for that person: the two
officials are one (`ندیمی گفت: … ¶ نماینده مردم لاهیجان افزود: … ¶ ندیمی اظهار داشت: …`). The
quotes of an official named or joined here carry its name and office.

An official the entity stage named with part of the name only (`آقایی`, `عباس`) takes the fuller
name when at least two of its quotes' speakers write it (`پور سید آقایی`, `عباس حاج‌رسولیها`),
the shorter name is a run of its words, no word added is a function word or a verb form, and the
fuller name opens with no honorific; the PERSON entities inside those speaker mentions grow to them.

A speaker the quote stage names where no official holds the name (`کورشات توزمن … اظهار داشت:`,
`وی ادامه داد: …`) becomes an official without an office, its name mentions PERSON entities,
when the name is two words or more apart, reads as a person's and ends in a listed surname or a
word the lexicon does not know (`شایان ذکر است …` and `جوان دیگری …` are no names).

A speaker written with the surname of the official the quote stage resolved it to (`پسندیده گفت:`
after `حسن پسندیده`) is a PERSON mention of that official where the entity stage found none.

A name is taken only when the article supports it as a person's: a PERSON entity or official of
that name, or a speaker mention of two words or more that opens with a known first name or holds
no frequent word (`ماه گذشته سربازی` is none), and no ORG or LOC of the same words (`رویترز`).

>>> import farsi_press as fp
>>> t = ("استاندار مازندران خواستار توجه به شهرها شد.\\n\\n"
...      "ربیع فلاح\u200cجلودار امروز در نشست شهرداران اظهار کرد: جلسات باید خروجی داشته باشد.")
>>> [(o.name, o.titles) for o in fp.analyze(t).officials]
[('ربیع فلاح\u200cجلودار', ('استاندار مازندران',))]
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from typing import Sequence

import regex

from farsi_press import lexicons
from farsi_press.document import Entity, Official, Quote
from farsi_press.lexicons import phrase_key as lexicon_key  # (remembered: names recur)
from farsi_press.officials import ALSO_AFTER
from farsi_press.normalize.lexicon import lexicon as normalize_lexicon
from farsi_press.speakers import _LOOSE_FREQ, _common_word, member_of_parliament

__all__ = ["complete_officials"]

# words that join a name to the next words of its clause, never part of a name
_FUNCTION = frozenset("از در به با که را و این آن برای تا یا هم نیز بر اما ولی پس".split())


def complete_officials(text: str, entities: Sequence[Entity], officials: Sequence[Official],
                       quotes: Sequence[Quote]) -> tuple[list[Entity], list[Official], list[Quote]]:
    """Entities, officials and quotes completed with the names the quote stage read (module doc).

    Offsets index into `text` (normalized). Records that need no change are returned as given.
    A quote spoken by a named official carries that official's name as its `speaker_name` (the
    fuller name the officials hold, `محمد حسن اکبری مطلق` for `محمد حسن اکبری`); a quote of a
    nameless office keeps the name its speaker was resolved to, when the officials took none.
    """
    entities, officials, quotes = _completed(text, entities, officials, quotes)
    return entities, officials, _names_agree(officials, quotes)


_WORD = regex.compile(r"[^\s\u200c،,]+")  # (a ZWNJ parts words as `lexicon_key` does)


def _apposed_name(written: str, start: int, key: str) -> tuple[int, int] | None:
    """The span of the name `key` opening a speaker mention written `written` at `start`, before
    the office in apposition (`زیکو سرمربی …`); None if the mention does not open with it."""
    n = len(key.split())
    words = list(_WORD.finditer(written))
    if len(words) <= n or lexicon_key(" ".join(w.group() for w in words[:n])) != key:
        return None
    return start + words[0].start(), start + words[n - 1].end()


def _names_agree(officials: Sequence[Official], quotes: list[Quote]) -> list[Quote]:
    """Each quote of a named official named as that official (see `complete_officials`)."""
    names = {o.id: o.name for o in officials}
    for i, q in enumerate(quotes):
        if q.official is not None and names[q.official] and q.speaker_name != names[q.official]:
            quotes[i] = Quote(q.start, q.end, q.text, q.kind, q.cue, q.speaker, q.official,
                              names[q.official], q.speaker_title, q.original_start, q.original_end)
    return quotes


def _completed(text: str, entities: Sequence[Entity], officials: Sequence[Official],
               quotes: Sequence[Quote]) -> tuple[list[Entity], list[Official], list[Quote]]:
    """`complete_officials` before the quotes' names agree with their officials'."""
    entities, officials, quotes = list(entities), list(officials), list(quotes)
    article = _Article(entities, quotes)
    named = _names_to_take(article, officials, quotes)
    for oid, (name, indexes) in _handed_over(text, article, officials, quotes, named).items():
        named[oid] = name
        for i in indexes:  # (the quotes of a speaker no official holds go to the office holder)
            q = quotes[i]
            if q.official is None:
                quotes[i] = Quote(q.start, q.end, q.text, q.kind, q.cue, q.speaker, oid,
                                  q.speaker_name, q.speaker_title, q.original_start, q.original_end)
    fuller = _fuller_names(officials, quotes)
    untitled = _untitled_speakers(article, officials, quotes)
    varied = _other_offices(text, officials, quotes, named)
    varied.update((gone, into) for gone, into in _bare_offices(officials, named).items() if gone not in varied)
    if not named and not fuller and not untitled and not varied \
            and not _surname_speakers(officials, quotes, entities):
        return entities, officials, quotes
    # a person only the quote stage names: a new official (no office), named like the others below
    next_id = max((o.id for o in officials), default=-1) + 1
    for name, indexes in untitled.items():
        officials.append(Official(next_id, None))
        named[next_id] = name
        for i in indexes:
            q = quotes[i]
            quotes[i] = Quote(q.start, q.end, q.text, q.kind, q.cue, q.speaker, next_id,
                              q.speaker_name, q.speaker_title, q.original_start, q.original_end)
        next_id += 1
    moved: dict[int, int] = {}  # official merged away -> the office holder it joins
    mentions = {o.id: set(o.mentions) for o in officials}
    names = {o.id: o.name for o in officials}
    titles = {o.id: o.titles for o in officials}
    for gone, into in varied.items():
        moved[gone] = into
        mentions[into] |= mentions.pop(gone)
        titles[into] = _without_bare_heads(titles[into] + tuple(t for t in titles[gone] if t not in titles[into]))
    new_persons: list[Entity] = []
    # PERSON entities by span: one the entity stage left without an official joins the office holder
    person_at = {(e.start, e.end): i for i, e in enumerate(entities) if e.label == "PERSON"}
    for oid, name in named.items():
        key = lexicon_key(name)
        twin = next((o for o in officials if o.id != oid and o.id not in moved and o.name
                     and _same_name(lexicon_key(o.name), key)), None)
        if twin is not None:
            # (a twin with offices of its own brings them: one person, one record)
            moved[twin.id] = oid
            mentions[oid] |= mentions.pop(twin.id)
            titles[oid] = titles[oid] + tuple(t for t in titles[twin.id] if t not in titles[oid])
            # the fuller of the two writings (`فلاح‌جلودار` -> `ربیع فلاح‌جلودار`)
            names[oid] = max((twin.name, name), key=lambda n: len(lexicon_key(n).split()))
            if names[oid] == name and lexicon_key(name) != lexicon_key(twin.name):
                fuller.setdefault(oid, name)  # its PERSON spans grow to the speakers' writing
            continue
        names[oid] = name
        for q in quotes:
            s = q.speaker
            if q.official != oid or s is None:
                continue
            span = (s.start, s.end) if lexicon_key(s.text) == key else _apposed_name(s.text, s.start, key)
            if span is not None:
                mentions[oid].add(span)
                i = person_at.get(span)
                if i is None:
                    person_at[span] = len(entities) + len(new_persons)
                    new_persons.append(Entity(span[0], span[1], text[span[0]:span[1]], "PERSON", oid))
                elif i < len(entities) and entities[i].official is None:
                    e = entities[i]
                    entities[i] = Entity(e.start, e.end, e.text, e.label, oid, e.original_start, e.original_end)
    for oid, name in fuller.items():
        names[oid] = name
        key = lexicon_key(name)
        spans = [(q.speaker.start, q.speaker.end) for q in quotes if moved.get(q.official, q.official) == oid
                 and q.speaker is not None and lexicon_key(q.speaker.text) == key]
        for i, e in enumerate(entities):
            if e.label != "PERSON" or moved.get(e.official, e.official) != oid:
                continue
            grown = next(((a, b) for a, b in spans if a <= e.start and e.end <= b
                          and (a, b) != (e.start, e.end)), None)
            if grown is not None and grown not in person_at:
                mentions[oid].discard((e.start, e.end))
                mentions[oid].add(grown)
                person_at[grown] = i
                entities[i] = Entity(*grown, text[grown[0]:grown[1]], "PERSON", oid)
    # the surname a speaker goes by (`پسندیده گفت:` after `حسن پسندیده`): a PERSON mention too
    for q in quotes:
        s = q.speaker
        oid = moved.get(q.official, q.official)
        if s is None or oid is None or not names.get(oid) or (s.start, s.end) in person_at:
            continue
        if _goes_by_surname(names[oid], s.text):
            mentions[oid].add((s.start, s.end))
            person_at[(s.start, s.end)] = len(entities) + len(new_persons)
            new_persons.append(Entity(s.start, s.end, text[s.start:s.end], "PERSON", oid))
    # ids follow the first mention, as the entity stage numbers them
    kept = [o for o in officials if o.id not in moved]
    kept.sort(key=lambda o: min(mentions[o.id], default=(len(text), 0)))
    renum = {o.id: n for n, o in enumerate(kept)}
    renum.update({gone: renum[into] for gone, into in moved.items()})
    out_officials = [Official(renum[o.id], names[o.id], titles[o.id], tuple(sorted(mentions[o.id])))
                     if (renum[o.id], names[o.id], titles[o.id], mentions[o.id])
                     != (o.id, o.name, o.titles, set(o.mentions))
                     else o for o in kept]
    out_entities = [e if e.official is None or renum[e.official] == e.official
                    else Entity(e.start, e.end, e.text, e.label, renum[e.official],
                                e.original_start, e.original_end)
                    for e in entities + new_persons]
    out_entities.sort(key=lambda e: (e.start, -e.end))
    # a quote of an office holder named here (or joined to one) tells its office (and its name:
    # `_names_agree`)
    touched = {moved.get(oid, oid) for oid in named} | set(varied.values())

    def resolved(q: Quote) -> Quote:
        oid = moved.get(q.official, q.official)
        title = q.speaker_title
        if oid in touched:
            title = title or next(iter(titles[oid]), None)
        if (renum[q.official], title) == (q.official, q.speaker_title):
            return q
        return Quote(q.start, q.end, q.text, q.kind, q.cue, q.speaker, renum[q.official],
                     q.speaker_name, title, q.original_start, q.original_end)

    out_quotes = [q if q.official is None else resolved(q) for q in quotes]
    return out_entities, out_officials, out_quotes


class _Article:
    """The keys of one article's entities and speakers that the rules below look up, each
    computed once and only when a rule asks for it."""

    def __init__(self, entities: Sequence[Entity], quotes: Sequence[Quote]) -> None:
        self.entities = entities
        self.quotes = quotes

    @cached_property
    def places_and_bodies(self) -> set[str]:
        """ORG and LOC keys: a speaker of those words names no person (`رویترز`)."""
        return {lexicon_key(e.text) for e in self.entities if e.label in ("ORG", "LOC")}

    @cached_property
    def spoken(self) -> set[str]:
        """The keys of the speaker mentions as written."""
        return {lexicon_key(q.speaker.text) for q in self.quotes if q.speaker is not None}

    @cached_property
    def apposed(self) -> set[str]:
        """The keys of the names a speaker mention writes right before the speaker's office
        (`زیکو سرمربی تیم ملی عراق گفت`, `هری کین، مهاجم …`): a name in apposition to an office."""
        out = set()
        for q in self.quotes:
            if q.speaker is None or not q.speaker_name or not q.speaker_title:
                continue
            written, name, title = (lexicon_key(x) for x in (q.speaker.text, q.speaker_name, q.speaker_title))
            if written.replace("،", " ").split() == name.split() + title.split():
                out.add(name)
        return out


def _names_to_take(article: _Article, officials: Sequence[Official],
                   quotes: Sequence[Quote]) -> dict[int, str]:
    """official id -> the name its quotes give, for nameless office holders (see module doc)."""
    votes: dict[int, Counter[str]] = {}
    nameless = {o.id for o in officials if o.name is None and o.titles}
    for q in quotes:
        if q.official in nameless and q.speaker_name:
            votes.setdefault(q.official, Counter())[q.speaker_name] += 1
    if not votes:
        return {}
    persons = {lexicon_key(e.text) for e in article.entities if e.label == "PERSON"}
    persons |= {lexicon_key(o.name) for o in officials if o.name}
    out: dict[int, str] = {}
    for oid, counter in votes.items():
        name, _n = counter.most_common(1)[0]
        key = lexicon_key(name)
        words = key.split()
        if not words or key in article.places_and_bodies:
            continue
        if " " not in name.strip() and not _one_word_name(name):
            continue  # (`کودکان گفتند`: a group, no person's name)
        if any(_same_name(p, key) for p in persons) or (key in article.spoken and _reads_as_name(name)) \
                or (key in article.apposed and _reads_as_name(name)) \
                or (len(words) > 1 and _reads_as_name(name) and any(key.endswith(" " + s) for s in article.spoken)):
            # (or a full name whose surname speaks: «کین گفت» after «هری کین» the entity stage missed)
            out[oid] = name
    return out


def _handed_over(text: str, article: _Article, officials: Sequence[Official], quotes: Sequence[Quote],
                 named: dict[int, str]) -> dict[int, tuple[str, list[int]]]:
    """official id -> (name, indexes of that speaker's quotes) for a nameless office holder whose
    statement the next paragraph goes on with under a new name: «استاندار مازندران … اظهار کرد: … ¶
    محمد اسلامی افزود: …». The speaker opens that paragraph, is named there for the first time, holds
    no office and is not «also» speaking («X نیز گفت»); the name reads as a person's."""
    nameless = {o.id for o in officials if o.name is None and o.titles and o.id not in named}
    if not nameless:
        return {}
    by_id = {o.id: o for o in officials}
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    out: dict[int, tuple[str, list[int]]] = {}
    for a, b in zip(order, order[1:]):
        q1, q2 = quotes[a], quotes[b]
        s = q2.speaker
        if q1.official not in nameless or q1.official in out or s is None or not q2.speaker_name:
            continue
        key = lexicon_key(q2.speaker_name)
        holder = by_id.get(q2.official) if q2.official is not None else None
        if holder is not None and (holder.titles or not holder.name):
            continue
        if lexicon_key(s.text) != key or key in article.places_and_bodies \
                or any(w in _FUNCTION for w in key.split()) or not _reads_as_name(q2.speaker_name):
            continue
        if not _opens_line(text, s.start) \
                or not _NEXT_PARAGRAPH.fullmatch(text, q1.end, text.rfind("\n", 0, s.start) + 1):
            continue  # not the speaker opening the paragraph right after the office's statement
        if ALSO_AFTER.match(text, s.end):
            continue
        if any(_same_name(lexicon_key(e.text), key) for e in article.entities
               if e.label == "PERSON" and e.start < q1.start) \
                or any(x.speaker is not None and x.start < q1.start and x.speaker_name
                       and _same_name(lexicon_key(x.speaker_name), key) for x in quotes):
            continue  # named before the office spoke: another person of the story
        same = [i for i, q in enumerate(quotes) if q.speaker_name and lexicon_key(q.speaker_name) == key
                and q.official == q2.official]
        out[q1.official] = (q2.speaker_name, same)
    return out


def _other_offices(text: str, officials: Sequence[Official], quotes: Sequence[Quote],
                   named: dict[int, str]) -> dict[int, int]:
    """nameless official id -> the named official it is, the reporter's other words for one person:
    an office that speaks only between two statements of that person, opening its paragraph
    (`ندیمی گفت: … ¶ نماینده مردم لاهیجان افزود: … ¶ ندیمی اظهار داشت: …`), or after the last of
    them with a verb that goes on (`افزود`, `ادامه داد`); an office named only after «این» in
    the speakers of that person's quotes (`این نماینده مجلس نهم تاکید کرد`). Every mention of the
    office is such a speaker (an office also written elsewhere, `با حضور نماینده …`, is a person of
    its own), and none speaks «also» (`… نیز گفت`)."""
    nameless = {o.id: o for o in officials if o.name is None and o.titles and o.id not in named}
    if not nameless:
        return {}
    by_id = {o.id: o for o in officials}
    order = sorted(quotes, key=lambda q: q.start)
    spoken = [(q.speaker.start, q.speaker.end, k) for k, q in enumerate(order) if q.speaker is not None]
    out: dict[int, int] = {}
    for oid, office in nameless.items():
        holder = None
        between = last = False  # a mention between the person's statements; one after the last of them
        for a, b in office.mentions:
            k = next((k for s, e, k in spoken if s <= a and b <= e), None)
            got, after_last = (None, False) if k is None else _holder_of(text, order, k, oid, nameless, by_id)
            if got is None or holder not in (None, got):
                holder = None
                break
            holder = got
            between |= not after_last
            last |= after_last
        if last and not between:
            holder = None  # (the office speaks only after the last statement, with no verb that goes on)
        named_holder = by_id.get(holder) if holder is not None else None
        if named_holder is not None and named_holder.name:
            out[oid] = holder
    return out


def _without_bare_heads(titles: tuple[str, ...]) -> tuple[str, ...]:
    """The offices without a head word alone that a whole office of the same head stands beside:
    («سخنگوی», «سخنگوی دولت») -> («سخنگوی دولت»,)."""
    keys = [lexicon_key(t) for t in titles]
    whole = {k.split(" ", 1)[0] for k in keys if " " in k}
    return tuple(t for t, k in zip(titles, keys) if " " in k or k not in whole)


def _bare_offices(officials: Sequence[Official], named: dict[int, str]) -> dict[int, int]:
    """nameless official id -> the one named official whose every office is that office's head word
    alone: the entity layer cut the office after its name where it could not read the body
    («دیمیتری پسکوف» سخنگوی [کاخ کرملین], «احمدحسین فلاحی سخنگوی [کمسیون آموزش …]»), and the
    office written whole elsewhere is theirs («سخنگوی کاخ کرملین گفت: …»)."""
    bare: dict[str, list[int]] = {}
    for o in officials:
        if o.name and o.titles and all(" " not in lexicon_key(t) for t in o.titles):
            for t in {lexicon_key(t) for t in o.titles}:
                bare.setdefault(t, []).append(o.id)
    if not bare:
        return {}
    # (one nameless office of that head only: «شهردار فعلی شیراز» and «شهردار سابق» are two people)
    offices: dict[str, list[Official]] = {}
    for o in officials:
        if o.name is None and o.titles and o.id not in named:
            for head in {lexicon_key(t).split(" ", 1)[0] for t in o.titles}:
                offices.setdefault(head, []).append(o)
    out: dict[int, int] = {}
    for head, holders in bare.items():
        found = offices.get(head, ())
        if len(holders) == 1 and len(found) == 1 and all(" " in lexicon_key(t) for t in found[0].titles):
            out[found[0].id] = holders[0]
    return out


def _holder_of(text: str, order: Sequence[Quote], k: int, oid: int, nameless: dict[int, Official],
               by_id: dict[int, Official]) -> tuple[int | None, bool]:
    """The named official whose words the quote order[k], spoken by the office `oid`, goes on with
    (see `_other_offices`), else None; and whether that rests only on the quote's coming after the
    person's last statement with a verb that does not go on («گفت»), which counts only when
    another mention of the office stands between the person's statements."""
    q = order[k]
    s = q.speaker
    if ALSO_AFTER.match(text, s.end):
        return None, False
    if q.official != oid:  # `این نماینده …` resolved by the quote stage to the person spoken of
        return (q.official if q.official is not None and q.official not in nameless
                and _THIS.match(s.text) else None), False
    # (the quotes of other nameless offices between are passed over: `ندیمی گفت: … ¶ نماینده مردم
    # لاهیجان افزود: … ¶ عضو کمیسیون اقتصادی افزود: … ¶ ندیمی اظهار داشت`)
    prev = next((x for x in reversed(order[:k]) if x.official not in nameless), None)
    if prev is None or prev.official is None:
        return None, False
    if any(map(member_of_parliament, by_id[oid].titles)) \
            and any(map(member_of_parliament, by_id[prev.official].titles)):
        # a member of parliament just quoted by name, then by another of the seats a member holds,
        # wherever in its sentence (`نماینده مردم تبریز … گفت: … ¶ عضو کمیسیون برنامه و بودجه
        # مجلس تاکید کرد: …`, `… به گفته عضو کمیسیون امنیت ملی مجلس، …`)
        return prev.official, False
    if not _opens_line(text, s.start):
        return None, False
    nxt = next((x for x in order[k + 1:] if x.official not in nameless), None)
    if nxt is None:
        # (after the last statement a verb that goes on; any verb would join a second speaker's
        # office too, «سرمربی سپاهان … خاطرنشان کرد» after the other coach's words, unless the
        # office also speaks between the person's statements)
        return prev.official, lexicon_key(q.cue).split(" ")[0] not in _GOES_ON
    return (prev.official if nxt.official == prev.official else None), False


def _opens_line(text: str, pos: int) -> bool:
    """Does `pos` open its line (nothing but spaces before it on the line)?"""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


_THIS = regex.compile(r"این[ \u200c]")
# cue verbs that go on with the statement before them (`افزود`, `ادامه داد`, `اضافه کرد`)
_GOES_ON = frozenset(map(lexicon_key, ("افزود", "افزوده", "ادامه", "اضافه")))


# the rest of the office's paragraph, then blank lines only, up to the next paragraph
_NEXT_PARAGRAPH = regex.compile(r"[^\n]{0,2000}\n[ \t\u200c\n]{0,20}")


def _surname_speakers(officials: Sequence[Official], quotes: Sequence[Quote],
                      entities: Sequence[Entity]) -> bool:
    """Does a quote's speaker write only the surname of its named official, with no PERSON there?"""
    named = {o.id: o.name for o in officials if o.name}
    persons = {(e.start, e.end) for e in entities if e.label == "PERSON"}
    return any(q.speaker is not None and named.get(q.official) and (q.speaker.start, q.speaker.end) not in persons
               and _goes_by_surname(named[q.official], q.speaker.text) for q in quotes)


def _goes_by_surname(name: str, speaker: str) -> bool:
    """Is `speaker` the surname (last word, or last two) of `name`, not the whole name?"""
    words = lexicon_key(name).split()
    key = lexicon_key(speaker)
    return len(words) >= 2 and key in (words[-1], " ".join(words[-2:])) and key != " ".join(words) \
        and len(key) > 2 and key.split()[0] not in _FUNCTION


def _untitled_speakers(article: _Article, officials: Sequence[Official],
                       quotes: Sequence[Quote]) -> dict[str, list[int]]:
    """name -> indexes of the quotes of a speaker the quote stage names and no official holds
    (`کورشات توزمن … اظهار داشت`): the name written as the speaker somewhere, two words or more
    apart (not one ZWNJ compound: `قدیمی‌ترها`), read as a person's (see `_person_like`), ending
    in a surname or an unknown word, no ORG or LOC, no official's name."""
    found: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        if q.official is None and q.speaker_name:
            found.setdefault(q.speaker_name, []).append(i)
    if not found:
        return {}
    taken = [lexicon_key(o.name) for o in officials if o.name]
    out: dict[str, list[int]] = {}
    for name, indexes in found.items():
        key = lexicon_key(name)
        words = key.split()
        # (the last word a surname or no word at all: `شایان ذکر`, `جوان دیگری` open with a first name)
        if len(name.split()) >= 2 and key in article.spoken and key not in article.places_and_bodies \
                and _person_like(words) \
                and _surname_like(name.split()[-1]) \
                and not any(w in _FUNCTION for w in words) and not any(_same_name(t, key) for t in taken):
            out[name] = indexes
    return out


def _fuller_names(officials: Sequence[Official], quotes: Sequence[Quote]) -> dict[int, str]:
    """official id -> a fuller writing of its name that its quotes' speakers agree on (see module doc)."""
    votes: dict[int, Counter[str]] = {}
    by_id = {o.id: o for o in officials if o.name}
    for q in quotes:
        o = by_id.get(q.official)
        if o is not None and q.speaker_name and lexicon_key(q.speaker_name) != lexicon_key(o.name):
            votes.setdefault(o.id, Counter())[q.speaker_name] += 1
    if not votes:
        return {}
    verbs = normalize_lexicon().verb_forms
    out: dict[int, str] = {}
    for oid, counter in votes.items():
        name, n = counter.most_common(1)[0]
        if n < 2:
            continue
        short, long_ = lexicon_key(by_id[oid].name).split(), lexicon_key(name).split()
        at = next((i for i in range(len(long_) - len(short) + 1) if long_[i:i + len(short)] == short), None)
        if not short or at is None or len(long_) <= len(short):
            continue
        added = long_[:at] + long_[at + len(short):]
        if long_[0] in lexicons.honorifics() or any(w in _FUNCTION or w in verbs for w in added):
            continue
        out[oid] = name
    return out


def _same_name(a: str, b: str) -> bool:
    """The same person's name keys: equal, or one the last words of the other (`کریمی`)."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long_[-len(short):] == short and (len(short) > 1 or len(short[0]) > 2)


def _one_word_name(word: str) -> bool:
    """May a speaker written as one word be a person's surname (`جهان‌آرا`, `توزمن`)? Not a
    frequent word, nor a plural or an inflected form of a known word (`کودکان`, `کسانی`, `پدرم`)."""
    key = lexicon_key(word)
    if key in lexicons.surnames():
        return True
    return len(key) > 3 and not _common_word(key, _LOOSE_FREQ) and not _inflected_of_known(word, _INFLECTIONS)


def _inflected_of_known(word: str, endings: tuple[str, ...]) -> bool:
    """Is `word` a word the normalizer's lexicon knows with one of `endings` (`کودکان`, `ادعاهای`)?"""
    known = normalize_lexicon().known
    return any(word.endswith(end) and word[:-len(end)] in known for end in endings)


def _reads_as_name(name: str) -> bool:
    """A speaker's name that reads as a person's: several words (`_person_like`), or one that may
    be a surname (`_one_word_name`)."""
    return _person_like(lexicon_key(name).split()) if " " in name.strip() else _one_word_name(name)


# endings of a plural or an inflected word (`کودکان`, `کسانی`, `پدرم`, `تعریفش`)
# (not «ی»: `لازمی`, `احمدی` are surnames as often as words)
_INFLECTIONS = ("ان", "ها", "انی", "م", "ش")


def _surname_like(word: str) -> bool:
    """A listed surname, a surname ending written apart (`عبدالعلی زاده`), or a word the
    normalizer's lexicon does not know (`توزمن`)."""
    return lexicon_key(word) in lexicons.surnames() or word in _SURNAME_ENDINGS \
        or word not in normalize_lexicon().known


# the ends of Persian surnames, written apart from the stem at times (`حسین زاده`, `علی پور`)
_SURNAME_ENDINGS = frozenset("زاده پور نژاد نیا فر راد وند".split())


def _person_like(words: list[str]) -> bool:
    """Words that read as a person's name: a first name first (`شهاب‌الدین چاوشی`: a compound given
    name, `lexicons.compound_given`; `سیدخلف موسوی`: glued to «سید»), surnames only, one of them
    unambiguous (`موسوی لاری`: a surname and a place's «ی»), a listed surname of several words
    after the first (`آیت هاشمی‌نسب`), or no frequent word at all."""
    first = lexicons.first_names().get(words[0])
    if first is not None and not first.ambiguous:
        return True
    if len(words) > 1 and (lexicons.compound_given(words[0])
                           or (len(words) > 2 and lexicons.compound_given(" ".join(words[:2])))):
        return True
    if len(words) > 1 and all(map(_surname_or_nisba, words)) \
            and any(not lexicons.surnames().get(w, _AMBIGUOUS).ambiguous for w in words):
        return True
    if len(words) > 2 and not lexicons.surnames().get(" ".join(words[1:]), _AMBIGUOUS).ambiguous:
        return True  # «آیت هاشمی‌نسب»: a word, then a listed surname of several words
    if len(words) > 1 and words[0].startswith(_GLUED_LINEAGE) and len(words[0]) > 4:
        return True  # «سیدخلف موسوی»: «سید» glued to a given name the lists lack
    if any(_inflected_of_known(w, _PLURALS) for w in words):
        return False  # «ادعاهای کشورهای صنعتی»: plurals of words of the language
    return not any(_common_word(w, _LOOSE_FREQ) for w in words)


_PLURALS = ("های", "ها")
_AMBIGUOUS = lexicons.PersonName("", "", True)
# a lineage honorific written glued to the given name («سیدخلف»)
_GLUED_LINEAGE = ("سید",)


def _surname_or_nisba(word: str) -> bool:
    """A listed surname, or a place's name with «ی» (`لاری`, `بوشهری`)."""
    return word in lexicons.surnames() or (word.endswith("ی") and word[:-1] in lexicons.places())
