"""Officials: who holds which office, one record per office holder with every mention.

Name and office are linked by apposition, in either order and with or without a comma, tried
from the tightest link to the loosest so that a list of guests pairs each name with its own office:

1. name then office, a space apart: «جابر کریمی فرماندار شهرستان ملارد»
2. office then name, a space or an honorific apart: «وزیر کشور عبدالرضا رحمانی فضلی»
3. office, comma, name: «استاندار تهران، محسن منصوری»
4. name, comma, office: «محسن منصوری، استاندار تهران»

5. name, comma, an office the entity layer missed, «و», the office:
   «شریعتی‌تبار، نماینده ولی فقیه و امام جمعه تربت‌حیدریه»
6. a «given surname» right before an office, the surname known: «دیوید کامرون» نخست‌وزیر انگلیس
7. name, «(را) به عنوان», office: «شورا محسن عابدینی را به عنوان شهردار قم انتخاب کرد»

(4 also takes a semicolon: «صفار هرندی؛ نماینده ریاست جمهوری».) An office opening a body
paragraph between two mentions of the article's untitled subject, with only office holders named
between, is the subject's («… عباس کشاورز در دیدار با … سفیر استرالیا … ¶ سرپرست وزارت جهاد
کشاورزی … ¶ کشاورز ادامه داد»). An office held now («جدید», «کنونی») and a former one («سابق»)
are never one office.

Later mentions join the record: the surname alone («کریمی»), the same office, or a short form
of it («فرماندار ملارد» for «فرماندار شهرستان ملارد», «رئیس منابع طبیعی املش» for «رئیس اداره
منابع طبیعی املش»). An office alone is then given to a person named near it: in the lead, the
first name after «به گزارش»; in the body, the untitled speaker just before it, or else the new
speaker opening the next paragraph («فرماندار دنا نیز … اظهار کرد: … ¶ علی تاج‌امیری ادامه داد»).
An office never linked to a name is a record of its own with name None. An office holder's name
gets back what the entity layer left out: «سید» (kept in names) and a given name inside «…».

An office is one office written two ways when one drops «مردم» or «دائم» («نماینده اردبیل» =
«نماینده مردم اردبیل»), names the Friday prayer by its preacher («خطیب نماز جمعه آستارا» = «امام
جمعه آستارا»), spaces its office word («دبیر کل» = «دبیرکل»), lists more places («نماینده مردم
تهران در مجلس» = «نماینده مردم تهران، ری، … در مجلس شورای اسلامی») or mistypes one letter of one
word; a lead's office written one way is the body's first name's when that name holds it written
another. A name written with its given names glued or apart («محمدرضا خاتمی», «محمد رضا خاتمی»)
is one person. An office right after a surname the entity layer
found elsewhere joins that person, with the given names written before it («… خبرگزاری فارس
نورالدین پیرموذن نماینده اردبیل …»). An office alone is not given to a name that stands inside
another's statement («… اظهار کرد: … جابر بن عبدالله انصاری …», «با اشاره به اینکه بوش …»), nor
when it stands itself inside a statement, completes a noun («با حضور وزیر ارتباطات», «با تقدیر از
همکاری فرماندار سابق …», an opponent's «برابر نماینده یونان») or, in mid-sentence, is no
apposition of the name («اکبر عبدالهی کارشناس ارشد کشاورزی و رئیس جهاد کشاورزی مهربان» is one);
«این مسئول …» goes only to a subject that opens its clause.

>>> from farsi_press.entities import find_entities
>>> text = "جابر کریمی فرماندار شهرستان ملارد گفت. فرماندار ملارد افزود. کریمی گفت."
>>> ents, offs = link_officials(text, [], find_entities(text, []))
>>> [(o.name, o.titles) for o in offs]
[('جابر کریمی', ('فرماندار شهرستان ملارد', 'فرماندار ملارد'))]
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache
from typing import Sequence

import regex

from farsi_press.document import Entity, Official, Span
from farsi_press.gazetteer import gazetteer, opening_title
from farsi_press import lexicons
from farsi_press.lexicons import data_text
from farsi_press.lexicons import phrase_key as lexicon_key  # (remembered: offices and names recur)
from farsi_press.memo import PHRASE_LRU_LIMIT

__all__ = ["link_officials"]

# What may stand between a name and its office: spaces (tier 1/2), a comma (tier 3/4).
_SPACE = regex.compile(r"[ \u200c«»\"“”]{1,5}")
_COMMA = regex.compile(r"[ \u200c«»\"“”]{0,3}[،,][ \u200c«»\"“”]{0,3}")
# a name, a semicolon, its office: «صفار هرندی؛ نماینده ریاست جمهوری» (link 4 only)
_SEMICOLON = regex.compile(r"[ \u200c]{0,3}؛[ \u200c]{0,3}")
# «X به جای Y به عنوان office»: the office is X's, who takes Y's place
_INSTEAD_OF = regex.compile(r"[ \u200c]{1,3}(?:به[ \u200c]?جای|بجای)[ \u200c]{1,3}\Z")
# a name, «به عنوان», its office: «انتخاب محسن عابدینی به عنوان شهردار قم» (link 7, the loosest)
# («… وزوانی را به عنوان رئیس جدید …»: the name the object of the appointment)
_AS = regex.compile(r"(?:[ \u200c]{1,3}را)?[ \u200c]{1,3}(?:به[ \u200c]?عنوان|بعنوان)[ \u200c]{1,3}")
_AND_ONLY = regex.compile(r"(?:[ \u200c]+در(?:[ \u200c]+(?:استان|شهرستان|کشور))?)?[ \u200c]{1,3}و[ \u200c]{1,3}")
# Words that never distinguish two forms of one office («شهرستان ملارد» = «ملارد»).
# (nor «جدید», «کنونی», «فعلی»: the office holder now, «شهردار جدید قم» = «شهردار قم»; «سابق» is another)
_FILLER = frozenset({"شهرستان", "استان", "شهر", "کشور", "بخش", "ایالت", "و", "جدید", "کنونی", "فعلی"})
# unit words an office may carry or drop («رئیس اداره منابع طبیعی املش» = «رئیس منابع طبیعی املش»);
# «سازمان» is left out on purpose: «رئیس سازمان X» and «رئیس X» are often two bodies (a ministry's
# provincial office and the national organization)
_UNITS = frozenset({"اداره"})
# office words that name one office two ways inside an article: the Friday prayer leader is its
# preacher («خطیب نماز جمعه آستارا» = «امام جمعه آستارا»); «مردم» and «دائم» are dropped in later
# mentions («نماینده اردبیل» = «نماینده مردم اردبیل», «نماینده ایران» = «نماینده دائم ایران»)
_SAME_HEAD = {lexicon_key(a): lexicon_key(b) for a, b in (
    ("خطیب جمعه", "امام جمعه"), ("نماینده مردم", "نماینده"), ("نماینده دائم", "نماینده"))}


# between two names of a list: «و», perhaps past one or two words of a name not recognised
_AND_GAP = regex.compile(r"[ \u200c«»]+و(?:[ \u200c«»]+[^\s،,.:؛]{1,20}){0,2}[ \u200c«»]+")


# «… و» right before an office (see `_one_speaker_offices`)
_AND_BEFORE = regex.compile(r"[ \u200c]{1,3}و[ \u200c]{1,3}\Z")
# a plural verb before the colon of a statement: several speakers («… و … گفتند:»)
_PLURAL_SPEECH = regex.compile(r"(?:ند|اند)[ \u200c]*:\Z")


def _one_speaker_offices(text: str, ents: Sequence[Entity], t: int, t_ends: dict[int, int],
                         owner: dict[int, _Record]) -> _Record | None:
    """The record of the office joined by «و» before office `t` when both are one speaker's: the
    second office's clause ends in a singular speech verb and a colon («نماینده ولی فقیه در هرمزگان
    و امام جمعه بندرعباس گفت: …», the first opening its sentence); else None («وزیر کشور و رئیس بانک
    مرکزی گفتند: …» are two)."""
    m = _AND_BEFORE.search(text, max(0, ents[t].start - 8), ents[t].start)
    t1 = t_ends.get(m.start()) if m is not None else None
    if t1 is None or t1 not in owner or _plural(ents[t1].text) or _plural(ents[t].text):
        return None
    if not _OPENS_SENTENCE.search(text, max(0, ents[t1].start - 6), ents[t1].start):
        return None  # the subject opens its sentence (not «… با سخنان شهردار تهران و معاون وی …، گفت:»)
    says = _SPEAKS_AFTER.match(text, ents[t].end, ents[t].end + 81)
    if says is None or _PLURAL_SPEECH.search(says.group()) or _REPORT_CUE.search(says.group()):
        return None
    return owner[t1]


def _plural(title: str) -> bool:
    """Does the office open with a plural or generic role («اعضای», «مدیران», «کارشناس»)?"""
    rec = opening_title(title)
    return rec is not None and rec.generic


class _Record:
    __slots__ = ("name", "titles", "mentions", "first")

    def __init__(self, first: int) -> None:
        self.name: str | None = None
        self.titles: list[str] = []
        self.mentions: list[tuple[int, int]] = []
        self.first = first


@lru_cache(maxsize=20_000)
def _words(s: str) -> tuple[str, ...]:
    """Words of an office, its office word canonical and whole («مدیر کل» = «مدیرکل»), fillers and
    commas out («نماینده مردم تهران، ری و …»)."""
    words = lexicon_key(s).replace("،", " ").replace(",", " ").split()
    table = gazetteer().table
    for n in range(min(4, len(words)), 0, -1):
        rec = table.get(" ".join(words[:n]), {}).get("title")
        if rec is not None:
            canonical = lexicon_key(rec.canonical)
            canonical = _SAME_HEAD.get(canonical, canonical)
            head = [w for w in canonical.split() if w not in _UNITS]
            words = ["".join(head or canonical.split())] + words[n:]
            break
    # (a word in «و» or «ا» with its ezafe «ی» or without: «هیئت ووشوی …» = «هیئت ووشو …»)
    return tuple(w[:-1] if len(w) > 3 and w[-1] == "\u06cc" and w[-2] in "\u0648\u0627" else w
                 for w in words if w not in _FILLER and w not in _UNITS)


def _one_typo(a: str, b: str) -> bool:
    """Do two words of five letters or more differ by one letter replaced («روستانی»/«روستایی»)?"""
    return len(a) == len(b) >= 5 and sum(x != y for x, y in zip(a, b)) == 1


_NOW = frozenset(lexicon_key(w) for w in ("جدید", "کنونی", "فعلی"))
_PAST = frozenset(lexicon_key(w) for w in ("سابق", "اسبق", "پیشین"))


@lru_cache(maxsize=20_000)
def _tense(s: str) -> str:
    """«now» for an office marked as held now («جدید», «کنونی»), «past» for a former one, else «»."""
    words = set(lexicon_key(s).split())
    return "now" if words & _NOW else "past" if words & _PAST else ""


@lru_cache(maxsize=PHRASE_LRU_LIMIT)  # (a pure function of two offices: an article asks it of each pair again)
def _same_office(short: str, long: str) -> bool:
    """Is `short` the same office as `long`, or a short form of it? One word may carry a typo
    («معاون عمران روستانی …» = «معاون عمران روستایی …»)."""
    a, b = _words(short), _words(long)
    if not a or not b:
        return False
    ta, tb = _tense(short), _tense(long)
    if ta != tb and "past" in (ta, tb):
        return False  # «مدیرکل سابق …» and «مدیرکل جدید …»: two people
    if a == b or "".join(a) == "".join(b):  # (spaced or glued: «دبیر کل حزب‌الله» = «دبیرکل حزب‌الله»)
        return True
    if len(a) == len(b) > 2 and a[0] == b[0] \
            and sum(x != y for x, y in zip(a, b)) == 1 and any(_one_typo(x, y) for x, y in zip(a, b)):
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


# name, comma, an office the entity layer did not take, «و», the office: «شریعتی‌تبار، نماینده ولی فقیه و امام جمعه …»
_CONJOINED = regex.compile(r"[ \u200c«»\"]{0,3}[،,][ \u200c]{0,3}([^\n،,.:؛«»]{2,32}?)[ \u200c]+و[ \u200c]+")


def _conjoined_office(gap: str) -> bool:
    """Is `gap` a comma and a first office joined by «و» to the office after it?"""
    m = _CONJOINED.fullmatch(gap)
    if not m:
        return False
    words = lexicon_key(m.group(1)).split()
    table = gazetteer().table
    return any(table.get(" ".join(words[:n]), {}).get("title") is not None for n in range(min(3, len(words)), 0, -1)) \
        and not _plural(m.group(1))


# chars: how far apart an office alone and the name it is given may stand (name after / before it)
_NEAR = 600
_NO_CUE_LEAD = 2  # non-blank lines before the line of an office of the lead, in an article without «به گزارش»
_FAR = 1500
_MAX_SCAN = 300  # records compared one by one (a text with more officials than this is no news article)
_HOLY = regex.compile(r"(?:حضرت|امام|پیامبر|امامان|شهید|شهیدان)[\s\u200c]*$")
# the blessing after a holy name: «مهدی موعود (عج)», «فاطمه زهرا (س)»
_HOLY_BLESSINGS = "عج|ع|س|ص"
_HOLY_AFTER = regex.compile(rf"[\s\u200c]{{0,2}}\((?:{_HOLY_BLESSINGS})\)")
# ... and any blessing after a name, the late's too («امام خمینی (ره)», who held offices: not for `_linkable`)
_BLESSING_AFTER = regex.compile(rf"[\s\u200c]{{0,2}}\((?:{_HOLY_BLESSINGS}|ره|رض)\)")


def _linkable(rec: _Record, text: str) -> bool:
    """May a person take an office named elsewhere? Not a holy figure («حضرت معصومه», «امام رضا»), nor
    a martyr («پایگاه هوایی شهید بابایی»: a name that names a place, no one who speaks now)."""
    for s, e in rec.mentions:
        if _HOLY.search(text, max(0, s - 12), s) or _HOLY_AFTER.match(text, e):
            return False
    return True


def _reporter(title: str) -> bool:
    first = lexicon_key(title).split(" ", 1)[0]
    return "reporter" in gazetteer().words.get(first, ())


# roles a named person plays, no office they hold («کاپیتان تیم فوتبال فولاد خوزستان», «عضو تیم بارسلونا»,
# «عکاس مشهور امریکایی»): such a person is named in the story with no title
_NO_OFFICE_ROLES = tuple(lexicon_key(w) for w in ("کاپیتان", "عکاس", "عضو تیم", "نماینده وزن"))
_OFFICE_TEAMS = tuple(lexicon_key(w) for w in ("عضو تیم مذاکره",))  # «عضو تیم مذاکره کننده هسته ای»: an office


_LEADERS = regex.compile(r"خامنه ای|خمینی")  # (lexicon keys: the ZWNJ a space)


def _leader(title: str) -> bool:
    """Is the office the Leader's («مقام معظم رهبری», «رهبر انقلاب»: `leader` in titles.tsv)?"""
    rec = gazetteer().table.get(lexicon_key(title), {}).get("title")
    return rec is not None and rec.category == "leader"


def _role_only(title: str) -> bool:
    """Is the title a player's or a photographer's role, no office («کاپیتان تیم ملی کاراته»)?"""
    k = lexicon_key(title)
    if k.startswith(_OFFICE_TEAMS):
        return False
    return any(k == w or k.startswith(w + " ") for w in _NO_OFFICE_ROLES)


_AND_BETWEEN = regex.compile(r"[ \u200c]{1,3}و[ \u200c]{1,3}")


def _shared_offices(ents: Sequence[Entity], owner: dict[int, "_Record"], text: str) -> None:
    """Two offices of one person joined by «و», the first one bare, the second ending in a place: «نماینده
    ولی فقیه و امام جمعه تربت‌حیدریه». The bare one is held as the joined phrase (the whole of it names
    the first office too), not alone."""
    for t, rec in owner.items():
        a = ents[t]
        if not rec.name or a.label != "TITLE" or a.text not in rec.titles:
            continue
        m = _AND_BETWEEN.match(text, a.end)
        if m is None:
            continue
        nxt = next((u for u, r in owner.items()
                    if r is rec and ents[u].start == m.end() and ents[u].label == "TITLE"), None)
        first = opening_title(a.text)
        if nxt is None or first is None or lexicon_key(first.name) != lexicon_key(a.text) \
                or first.complement == "required":
            continue
        if not any(e.label == "LOC" and e.end == ents[nxt].end and e.start > ents[nxt].start for e in ents):
            continue  # (the second office's place, not a body: «معاون رئیس‌جمهور و رئیس سازمان انرژی اتمی»)
        joined = text[a.start:ents[nxt].end]
        if lexicon_key(joined) not in {lexicon_key(x) for x in rec.titles}:
            rec.titles[rec.titles.index(a.text)] = joined
        elif a.text in rec.titles:
            rec.titles.remove(a.text)


_BODY_REACH = 400  # chars: an office alone inside a body sentence may be given to a name this far before it
_OPENS_PARAGRAPH = regex.compile(r"(?:^|\n)[\s\u200c«\"]{0,4}$")
_OPENS_SENTENCE = regex.compile(r"(?:^|[\n.!؟?:])[\s\u200c«\"]{0,4}$")
# the rest of a speaker's clause up to the colon of a direct statement (`عباس احمدی | گفت:`)
_SPEAKS_AFTER = regex.compile(r"[^\n.:؛!؟«»]{1,80}:")
# a preposition before an office makes it an object, not the apposition of the sentence's subject
# («با وزیر خارجه ایران دیدار کرد»); a number makes it several people («دو وزیر خارجه عضو …»)
_OBJECT_BEFORE = regex.compile(
    r"(?:^|[\s\u200c])(?:با|از|به|برای|نزد|یک|دو|سه|چهار|پنج|چند|برخی|تعدادی|[۰-۹0-9]{1,3})[\s\u200c]+$")
# a noun whose complement the office is, another person of the event («با حضور وزیر ارتباطات»,
# «در دیدار …», «از سوی …», an opponent «برابر نماینده یونان»): no subject's office
_COMPLEMENT_BEFORE = regex.compile(
    r"(?:^|[\s\u200c])(?:حضور|همراه|همراهی|دیدار|ملاقات|سوی|طرف|جانب|برابر|مقابل|علیه|رقیب)[\s\u200c]+\Z")
# a demonstrative pointing back to a subject already named («این مرجع تقلید با بیان اینکه …»)
_POINTING_BEFORE = regex.compile(r"(?:^|[\s\u200c])(?:این|همین|آن|همان)[\s\u200c]+\Z")
# what may stand before an office in mid-sentence that is a named person's apposition: a comma, a
# parenthesis or guillemet, «و», «نیز», «همچنین», «به عنوان», «در کسوت» («اکبر عبدالهی کارشناس ارشد
# کشاورزی و رئیس جهاد کشاورزی مهربان»); any other word makes it a complement («منویات مقام معظم
# رهبری», «با تقدیر از همکاری فرماندار سابق …», «یک سخنگوی ارتش …»)
_APPOSITION_BEFORE = regex.compile(
    r"(?:[،,؛;(«»]|(?:^|[\s\u200c])(?:و|نیز|همچنین|عنوان|بعنوان|کسوت|سمت))[\s\u200c]*\Z")
# at most two words between a name and its office: the rest of a name the entity layer cut
# («علی فتح‌الله زاده مدیرعامل …», «خالد بن احمد آل خلیفه وزیر خارجه بحرین»)
_NAME_TAIL = regex.compile(r"[ \u200c]*(?:[^\s\u200c،,.:؛!؟()«»]{1,20}[ \u200c]+){0,2}")
# a text of the office holder's own: «در نامه وزیر فرهنگ …», «در پیام …», «در مصاحبه …»
_OWN_WORDS_BEFORE = regex.compile(
    r"(?:^|[\s\u200c])(?:نامه|پیام|حکم|دستور|سخنان|بیانیه|مصاحبه|گفتگو|گفت[\s\u200c]?وگو)[\s\u200c]+\Z")
_APPOSITION_REACH = 80  # chars between a name and its apposition in mid-sentence
_SENTENCE_END = regex.compile(r"[.!؟?\n:]")
# words that join a name to the rest of its clause, never the end of a name («با نظارت …»)
_FUNCTION_WORDS = frozenset("از در به با که را و این آن برای تا یا هم نیز بر اما ولی پس".split())
# the start of a clause before a name: a line, a sentence end, a colon or a comma
_CLAUSE_START = regex.compile(r"[\n.!؟?:،,؛;][^\n.!؟?:،,؛;]{0,60}\Z")


def lines_before(text: str, pos: int, most: int) -> int:
    """How many non-blank lines stand before offset `pos` (the text of its own line before it
    counts as one), counted up to `most`. Shared with the quote stage."""
    count, start = 0, 0
    while start < pos and count < most:
        nl = text.find("\n", start, pos)
        end = pos if nl < 0 else nl
        count += bool(text[start:end].strip())
        start = end + 1
    return count


def _opens_clause(text: str, pos: int) -> bool:
    """Is the name at `pos` the subject opening its clause, perhaps after honorifics
    («به گزارش …، آیت‌الله سیدمحمد علوی گرگانی …»; not «تیشه‌گران حضور باشگاه شکوهی …»)?"""
    m = _CLAUSE_START.search(text, max(0, pos - 61), pos)
    if m is None:
        return pos < 61 and (not text[:pos].strip() or _honorific_gap(text[:pos]))
    gap = text[m.start() + 1:pos].strip(" \u200c«\"")
    return not gap or _honorific_gap(gap)
# an office opening the clause after «به گزارش …،» (a lead inside the body) is the subject
_AFTER_REPORT = regex.compile(
    r"(?:به[\s\u200c]*گزارش|براساس[\s\u200c]+این[\s\u200c]+گزارش|بنا[\s\u200c]*بر[\s\u200c]+این[\s\u200c]+گزارش)"
    r"[^\n.:؛!؟،,]{0,140}[،,][\s\u200c]*\Z")
_REPORT_CUE = regex.compile(r"به[\s\u200c]*گزارش\s")
# «نیز» / «هم» right after a name: another person's turn («محمد اسلامی نیز گفت»); shared with the
# quote stage
ALSO_AFTER = regex.compile(r"[ \t\u200c]{1,3}(?:نیز|هم)(?![\p{L}\p{M}\u200c])")


@lru_cache(maxsize=1)
def _cue_ends() -> frozenset[str]:
    """Last words of the speech verbs of `data/quote_cues.tsv` (گفت, افزود, کرد, داشت …), with their
    plurals and the auxiliaries of perfect forms (گفته است, گفته‌اند)."""
    raw = data_text("quote_cues.tsv")
    ends = {"است", "اند", "بود", "بودند"}
    for line in raw.splitlines()[1:]:
        if line and not line.startswith("#"):
            words = lexicon_key(line.split("\t", 1)[0]).split()
            if words and words[0] != "cue":
                ends |= {words[-1], words[-1] + "ند"}
    return frozenset(ends)


# the word before a colon: a speech verb's colon opens a statement (not «خبرگزاری فارس:», «استان یزد:»)
_BEFORE_COLON = regex.compile(r"([^\s\u200c:]{1,20})[\s\u200c]*:")


# «اینکه» opening the reported content of a framing clause, in the same sentence
_THAT_CLAUSE = regex.compile(r"(?:^|[\s\u200c])(?:اینکه|این[ \u200c]که)[\s\u200c][^.!؟?\n]{0,300}\Z")


def _in_statement(text: str, pos: int) -> bool:
    """Does `pos` stand inside a reported statement: after a speech verb's colon in its paragraph, or
    inside «…» left open before it? «… اظهار کرد: … جابر بن عبدالله انصاری …» names no subject."""
    para = text.rfind("\n", 0, pos) + 1
    seg = text[para:pos]
    # a colon's statement runs to the end of its sentence («… گفت: A. در نامه وزیر فرهنگ …»)
    said = seg[max(seg.rfind("."), seg.rfind("!"), seg.rfind("؟"), seg.rfind("?")) + 1:]
    if ":" in said and any(lexicon_key(m.group(1)) in _cue_ends() for m in _BEFORE_COLON.finditer(said)):
        return True
    if _THAT_CLAUSE.search(seg):
        return True  # a framing clause: «… با اشاره به اینکه بوش از برخی گروه‌ها حمایت کرده، …»
    opened = seg.rfind("«")  # left open, with words between it and `pos` (not a quoted name «مجید …»)
    return opened > seg.rfind("»") and bool(seg[opened + 1:].strip())


# «فرانسوآ اولاند»: given names inside guillemets that the entity layer left out (1-2 words, no punctuation)
_GUILLEMET_BEFORE = regex.compile(r"«([^«»\n،,.:؛!؟()]{2,30}?)[ \u200c]+$")
_GUILLEMET_AFTER = regex.compile(r"[ \u200c]*»")
# a whole «given surname» right before an office: «دیوید کامرون» نخست‌وزیر انگلیس
_QUOTED_NAME = regex.compile(r"«([^«»\n،,.:؛!؟()]{2,40}?)»[ \u200c]{0,3}(?:[،,][ \u200c]{0,3})?$")
# «سید» opening a name; not the inner part of a surname («پور سید آقایی»)
_LINEAGE_BEFORE = regex.compile(r"(?:^|[\s\u200c«])(?<!(?:پور|میر)[ \u200c]?)(سید|سیده)[ \u200c]+$")


def _given_prefix(prefix: str, at: int, ents: Sequence[Entity]) -> bool:
    """May `prefix` (the words before a surname inside «…») be a given name? Not an honorific, a
    holy word or another entity («آیت‌الله», «رئیس‌جمهور»)."""
    words = prefix.split()
    if not 1 <= len(words) <= 2 or _honorific_gap(prefix) or any(_honorific_gap(w) for w in words):
        return False
    if _HOLY.search(prefix + " "):
        return False
    end = at + len(prefix)
    return not any(e.start < end and e.end > at for e in ents if e.label != "PERSON")


def _first_name(word: str) -> bool:
    """Is `word` a given name and not also a common word («وحید», «دیوید»; not «ولی»)?"""
    rec = gazetteer().table.get(lexicon_key(word), {})
    return "first" in rec and ("word" not in rec or "core_first" in rec)


# a compound Arabic given name the name list may lack: «نورالدین», «شمس‌الدین», «ذبیح‌الله»
_COMPOUND_GIVEN = regex.compile(r"[\u0621-\u06cc]{2,8}\u200c?(?:الدین|الله)")
_NOT_GIVEN = frozenset({"انشاالله", "ان‌شاالله", "انشاءالله", "ان‌شاءالله", "ماشاالله", "ماشاءالله",
                        "بسم‌الله", "بسم‌اللله", "الحمدلله", "سبحان‌الله", "لااله‌الاالله"})


def _given_word(word: str) -> bool:
    """A given name before a surname: a listed, unambiguous first name or a compound «…الدین»/«…الله»
    that is no honorific or formula («آیت‌الله», «ان‌شاءالله»)."""
    if _first_name(word):
        return True
    if _COMPOUND_GIVEN.fullmatch(word) is None or word in _NOT_GIVEN:
        return False
    return "hon" not in gazetteer().table.get(lexicon_key(word), {})


# a word right before a position (a space or ZWNJ apart), and the word before that
_WORD_BEFORE = regex.compile(r"(?<![^\s«»\"،,.:؛!؟()])([^\s\u200c«»\"،,.:؛!؟()][^\s«»\"،,.:؛!؟()]{1,19})[ \u200c]{1,3}\Z")
_BOUNDARY_BEFORE = regex.compile(r"(?:^|[\n،,.:؛!؟«»(])[ \u200c]*\Z")


def _full_name(e: Entity, text: str, ents: Sequence[Entity]) -> str:
    """The person's name with what the entity layer left out: the lineage title «سید» (kept in names,
    «سید امیرسامع») and a given name inside guillemets («فرانسوآ اولاند»)."""
    name = e.text
    # (each pattern is searched only where the mark or word it needs stands)
    lo = max(0, e.start - 40)
    m = _GUILLEMET_BEFORE.search(text, lo, e.start) if text.find("«", lo, e.start) >= 0 else None
    if m and _GUILLEMET_AFTER.match(text, e.end, e.end + 16) and _given_prefix(m.group(1), m.start(1), ents):
        return f"{m.group(1).strip()} {name}"
    lo = max(0, e.start - 8)
    m = _LINEAGE_BEFORE.search(text, lo, e.start) if text.find("سید", lo, e.start) >= 0 else None
    if m and not lexicon_key(name).startswith(lexicon_key(m.group(1)) + " "):
        return f"{m.group(1)} {name}"
    lo = max(0, e.start - 24)
    m = _GIVEN_OPENING.search(text, lo, e.start) if lo == 0 or text.find("\n", lo, e.start) >= 0 else None
    if m and len(name.split()) == 1 and lexicon_key(m.group(1)) in lexicons.first_names() \
            and not any(x.start < m.end(1) and x.end > m.start(1) for x in ents):
        # a listed given name that is also a common word, opening a paragraph before a surname:
        # «¶ ولی رحمانی امروز در گفت‌وگو با خبرنگار فارس …»
        return f"{m.group(1)} {name}"
    return name


# one word opening a paragraph, right before a name
_GIVEN_OPENING = regex.compile(r"(?:^|\n)[ \u200c]*([^\s\u200c«»\"،,.:؛!؟()]{2,12})[ \u200c]+\Z")
_OPENING = 200  # chars after «به گزارش» within which the body's first name opens it


_AND_MORE = regex.compile(r"[ \u200c]+و[ \u200c]+([^\n،,.:؛]{1,60})")


def _continued_office(rec: _Record, person: _Record, text: str, floor: int) -> bool:
    """Is the lead's office (`rec`) the office written, cut at «و», right after the body's opening
    name? Same office word, and its other words in the «و …» that follows the name's office."""
    head = _words(rec.titles[0])
    word = lexicon_key(rec.titles[0]).split()[:1]
    if not head or not any(lexicon_key(x).split()[:1] == word for x in person.titles):
        return False
    opening = [m for m in sorted(person.mentions) if m[0] > floor]
    if not opening or opening[0][0] - floor > _OPENING:
        return False
    # the office mention right after the opening name
    after = [m for m in sorted(person.mentions) if m[0] >= opening[0][1] and m[0] - opening[0][1] <= 5]
    if not after:
        return False
    m = _AND_MORE.match(text, after[0][1], after[0][1] + 80)  # (bounded: see _AND_ONLY)
    return bool(m) and set(head[1:]) <= set(lexicon_key(m.group(1)).split())


def _next_new_speaker(rec: _Record, named_starts: list[tuple[int, _Record]], text: str,
                      at: int = -1, records: Sequence[_Record] = ()) -> _Record | None:
    """An office opening a body sentence (its mention at `at`, default its first) whose holder is
    named only in a later sentence, a new person with no office yet: «فرماندار دنا نیز … اظهار کرد:
    … . علی تاج‌امیری ادامه داد: …»; not across another of the `records`' offices that opens a
    paragraph between them (that office's holder: «امام جمعه … نیز … ¶ … ¶ رئیس اداره آموزش و
    پرورش نیز … ¶ اسماعیل قنواتی افزود»)."""
    at = rec.first if at < 0 else at
    nxt = next(((start, r) for start, r in named_starts if start > at), None)
    if nxt is None:
        return None
    start, person = nxt
    if person.titles or start - at > _NEAR or min(m[0] for m in person.mentions) < at:
        return None
    if not _name_opens_paragraph(text, start):
        return None  # the subject of the next paragraph, not a name inside the office's own statement
    if any(r is not rec and r.titles and at < s < start and _OPENS_PARAGRAPH.search(text, max(0, s - 8), s)
           for r in records for s, _e in r.mentions):
        return None
    end = next((e for s, e in person.mentions if s == start), start)
    if _role_after(text, end):
        return None  # «¶ «کریس لاو» اقتصاددان آمریکایی … گفت»: a person with a role of their own
    return person


_ROLE_WORD = regex.compile(r"[»\"”]?[ \u200c]{1,3}([\p{L}\p{M}\u200c]+)")


def _role_after(text: str, end: int) -> bool:
    """Does a role or office word follow a name ending at `end`, in apposition: «کریس لاو»
    اقتصاددان …, … کارشناس …? (An office the entity layer read there is linked already.)"""
    m = _ROLE_WORD.match(text, end)
    if m is None:
        return False
    from farsi_press.speakers import _title_prefixes  # (the quote stage's tables: loaded after this module)
    return lexicon_key(m.group(1)) in _title_prefixes()


def _also_after(text: str, end: int) -> bool:
    """«نیز»/«هم» right after a mention ending at `end`, a blessing between («امام جمعه بندر امام
    خمینی (ره) نیز …»)."""
    m = _BLESSING_AFTER.match(text, end)
    return ALSO_AFTER.match(text, m.end() if m else end) is not None


_LEADS_REACH = 60  # characters of clause-opening adverbials before an office («از سوی دیگر، …»)
_SENTENCE_MARKS = "\n.!؟?:"


def _after_leads(text: str, pos: int) -> bool:
    """Does the office at `pos` open its sentence after adverbials that open a clause only (the
    quote stage's `lead` table): «در همین رابطه نماینده مردم …», «از سوی دیگر، وابسته مطبوعاتی …»?"""
    floor = max(0, pos - _LEADS_REACH)
    start = max(text.rfind(c, floor, pos) for c in _SENTENCE_MARKS) + 1
    if start == 0 and floor > 0:
        return False  # (no sentence mark near: a long sentence's middle)
    from farsi_press.speakers import _skip_leads, tokens  # (the quote stage's tables: loaded after this module)
    toks = tokens(text, start, pos)
    return bool(toks) and _skip_leads(toks, 0) == len(toks)


def _name_opens_paragraph(text: str, start: int) -> bool:
    """Does the name at `start` open its paragraph, honorifics aside («¶ حجت‌الاسلام محمد شمس‌الدین …»)?"""
    if _OPENS_PARAGRAPH.search(text, max(0, start - 8), start):
        return True
    para = text.rfind("\n", max(0, start - _HONORIFICS_REACH), start)
    if para < 0 and start > _HONORIFICS_REACH:
        return False
    return _honorific_gap(text[para + 1:start])


_HONORIFICS_REACH = 48  # characters of honorifics before a name («حجت‌الاسلام والمسلمین دکتر»)


def _later_new_speaker(rec: _Record, records: list[_Record], named_starts: list[tuple[int, _Record]],
                       text: str) -> _Record | None:
    """`_next_new_speaker` from a later mention of the office that opens a body paragraph, when its
    first stands inside a sentence: «… در بازدید دبیر مجمع تشخیص مصلحت نظام از … ¶ دبیر مجمع …
    نیز … قول … داد. ¶ محسن رضایی همچنین عنوان کرد: …»; not across another office that opens a
    paragraph between them («فرماندار … افزود: … ¶ فرمانده سپاه ناحیه نکا نیز … ¶ مرتضی رمضانی …»)."""
    later = next((s for s, _e in sorted(rec.mentions)
                  if s > rec.first and _OPENS_PARAGRAPH.search(text, max(0, s - 8), s)), None)
    if later is None:
        return None
    person = _next_new_speaker(rec, named_starts, text, at=later)
    if person is None:
        return None
    named_at = min(m[0] for m in person.mentions)
    if any(r is not rec and r.titles and later < s < named_at for r in records for s, _e in r.mentions):
        return None
    return person


def _subject_between(rec: _Record, subject: _Record, named_starts: list[tuple[int, _Record]], text: str) -> bool:
    """An office opening a body sentence between two mentions of the article's untitled subject, every
    other person named since the subject's first mention holding an office of their own: «به گزارش …،
    عباس کشاورز در دیدار با لیندال ساکس سفیر استرالیا … ¶ سرپرست وزارت جهاد کشاورزی … گفت: … ¶
    کشاورز ادامه داد» (not an office whose holder «also» speaks: «وزیر کشور نیز گفت»)."""
    if subject.titles or _plural(rec.titles[0]) or ALSO_AFTER.match(text, max(e for s_, e in rec.mentions)):
        return False
    first = min(m[0] for m in subject.mentions)
    if first > rec.first:
        return False
    between = [r for start, r in named_starts if first < start < rec.first and r is not subject]
    if any(not r.titles for r in between):
        return False
    after = next(((start, r) for start, r in named_starts if start > rec.first), None)
    return after is not None and after[1] is subject and after[0] - rec.first <= _NEAR


# the colon after a lead office's speech verb, in the office's own sentence
_LEAD_COLON = regex.compile(r"[^\n.!؟?:]{0,200}?:[ \u200c]*")
_REPEAT_MIN = 24  # characters of a statement's opening that must recur in the body


def _repeated_statement(rec: _Record, named_starts: list[tuple[int, _Record]], text: str) -> _Record | None:
    """The person who says again, in the body, the statement the lead gives to an office: «معاون
    هماهنگی امور اقتصادی استانداری اردبیل گفت: براساس مصوبات جلسه ستاد تنظیم بازار … ¶ … ¶ ارژنگ
    عزیزی … اظهار کرد: براساس مصوبات جلسه ستاد تنظیم بازار …». The statement's opening words recur
    after a speech verb's colon in a later paragraph, whose subject, the name opening it, is a person
    with no office of their own."""
    if lines_before(text, rec.first, 3) > 2:
        return None  # only the lead's office (headline, lead): one search of the text each
    end = next((e for s, e in rec.mentions if s == rec.first), None)
    m = _LEAD_COLON.match(text, end) if end is not None else None
    if m is None or not any(lexicon_key(c.group(1)) in _cue_ends() for c in _BEFORE_COLON.finditer(m.group())):
        return None
    opening = text[m.end():m.end() + 2 * _REPEAT_MIN].split("\n", 1)[0]
    opening = opening[:opening.rfind(" ")] if " " in opening else ""
    if len(opening) < _REPEAT_MIN:
        return None
    para_end = text.find("\n", m.end())
    at = text.find(opening, para_end) if para_end >= 0 else -1
    if at < 0 or not text[max(0, at - 3):at].strip(" \u200c").endswith(":"):
        return None
    para = text.rfind("\n", 0, at) + 1
    said = next(((start, r) for start, r in named_starts if para <= start < at), None)
    if said is None or said[1].titles:
        return None
    # the paragraph's subject: its first words, honorifics aside (not «… با اشاره به اینکه بوش …»)
    gap = text[para:said[0]]
    return said[1] if not gap.strip() or _honorific_gap(gap) else None


def _speaks_at(text: str, rec: _Record, start: int) -> bool:
    """Does the person's mention at `start` speak: a colon closing its clause (`عباس احمدی گفت: …`)?"""
    return any(a == start and _SPEAKS_AFTER.match(text, b) for a, b in rec.mentions)


def _lead_holder(rec: _Record, records: list[_Record], named_starts: list[tuple[int, _Record]],
                 cue: regex.Match | None, lead_end: int, text: str) -> _Record | None:
    """The person named after an office of the lead (`_link_lead`), or None."""
    floor = lead_end if cue is not None else rec.first
    # not a name inside the office's own statement: «رئیس هیئت جودو استان یزد گفت: فاطمه ابهت …»
    # (without «به گزارش», not a name inside the office's own sentence that opens no clause:
    # «مدیرکل …، شهادت سردار حاج عبدالرسول استوار را … تبریک گفت»)
    # (nor a person who «also» speaks, another than the office's holder: «X نیز گفت»)
    # (nor a name inside a statement, the office's own or another's: «مدیر منابع آب … گفت: …
    # مخازن با کسری بالایی …», «نماینده مردم … گفت: دولت آقای احمدی‌نژاد …»)
    got = next(((start, r) for start, r in named_starts if start > floor
                and (cue is not None or _SENTENCE_END.search(text, rec.first, start)
                     or _opens_clause(text, start))
                and not any(a == start and ALSO_AFTER.match(text, b) for a, b in r.mentions)
                and not _in_statement(text, start)), None)
    nxt = got[1] if got is not None else None
    if got is not None and cue is not None and not _opens_clause(text, got[0]) \
            and any(c in text[cue.end():got[0]] for c in "،,") \
            and not _speaks_at(text, got[1], got[0]):
        # a name inside the clause after the report's formula that neither opens it nor speaks («… با گل
        # دقیقه پایانی جروم بواتنگ …»): the office's holder is the next name that does both
        # («روبن کوسیلاس، دستیار … اظهار داشت: …»), near it
        speaker = next(((start, r) for start, r in named_starts if got[0] < start <= got[0] + _NEAR
                        and _opens_clause(text, start) and not _in_statement(text, start)
                        and _speaks_at(text, r, start)), None)
        if speaker is not None:
            nxt = speaker[1]
    if cue is not None:
        # a name that opens a paragraph before «به گزارش …» and speaks (`عباس احمدی گفت: …`
        # right after the lead `معاون … گفت: …`): the office's holder, not the first name after it
        early = next((r for start, r in named_starts if rec.first < start < lead_end and not r.titles
                      and _OPENS_PARAGRAPH.search(text, max(0, start - 8), start)
                      and _speaks_at(text, r, start)), None)
        if early is not None:
            nxt = early
    if nxt is not None and cue is None and nxt.first - rec.first > _NEAR:
        nxt = None
    if got is not None and cue is None and any(
            r is not rec and r.titles and r.name is None and rec.first < r.first < got[0]
            and _OPENS_PARAGRAPH.search(text, max(0, r.first - 8), r.first) for r in records):
        # another office opens a paragraph between them: the name is that office's holder
        # («وزیر نیرو قول داد … ¶ عضو کمیسیون انرژی مجلس … گفت: … ¶ عبدالله تمیمی …»)
        nxt = None
    said = [(start, r) for start, r in named_starts if start < rec.first and not r.titles
            and any(m[0] == start and text[m[1]:m[1] + 2].lstrip().startswith(":") for m in r.mentions)]
    if said and "\n" in text[said[-1][0]:rec.first]:
        # «آلگری: …» in the headline, «سرمربی میلان …» opening the lead: the headline's speaker
        nxt = said[-1][1]
    elif nxt is not None and cue is None:
        # no «به گزارش»: the speaker of the sentence just before, when untitled, is the office's
        # holder («… عزیزالله گودرزی گفت: … . رییس گروه خودروی … افزود»), not a later name
        # (not a name in the headline, which speaks no sentence: «حضور موثر سردار استوار …»)
        headline = text.find("\n")
        before = [r for start, r in named_starts if headline < start < rec.first]
        if before and not before[-1].titles and rec.first - before[-1].first <= _NEAR \
                and _OPENS_SENTENCE.search(text, max(0, rec.first - 8), rec.first):
            nxt = before[-1]
    return nxt


def _link_lead(records: list[_Record], owner: dict[int, _Record], text: str = "") -> None:
    """The news lead names the office, the next sentence the person: «فرماندار کنارک گفت: …
    به گزارش …، بیژن بختیار …». An office never named is given to the first person mentioned
    after it, when that person has no office of their own yet."""
    named_starts = sorted(((m[0], r) for r in records if r.name and _linkable(r, text) for m in r.mentions),
                          key=lambda x: x[0])
    cue = _REPORT_CUE.search(text)
    if cue is not None and lines_before(text, cue.start(), 4) > 3:
        cue = None  # a «به گزارش» far into the body (a closing note) opens no body after a lead
    lead_end = cue.start() if cue else len(text)
    starts = [start for start, _ in named_starts]
    quoted: dict[int, bool] = {}  # name position -> inside a statement (see `_in_statement`)
    # the article's subject: the first person named after «به گزارش …»
    subject = next((r for start, r in named_starts if start > lead_end), None) if cue else None
    if subject is not None and min(m[0] for m in subject.mentions if m[0] > lead_end) - lead_end > _OPENING:
        subject = None
    for rec in sorted((r for r in records if r.name is None and r.titles), key=lambda r: r.first):
        if _reporter(rec.titles[0]):
            continue  # «خبرنگار خبرگزاری فارس»: the reporter is no party to the story
        nxt = None
        # (without «به گزارش» the lead is the headline and the byline's paragraph: «خبرگزاری فارس:
        # رئیس … گفت: … ¶ محمد … افزود»; an office further on is the body's, «¶ رئیس‌کل بانک مرکزی
        # آمریکا … وعده داد: … ¶ «کریس لاو» اقتصاددان آمریکایی … گفت»)
        in_lead = rec.first < lead_end and (cue is not None or lines_before(
            text, text.rfind("\n", 0, rec.first) + 1, _NO_CUE_LEAD + 1) <= _NO_CUE_LEAD)
        if in_lead:  # an office in the lead: its holder is named after «به گزارش …»
            # the person who says the lead's statement again in the body is its holder
            nxt = _repeated_statement(rec, named_starts, text)
            if nxt is None:
                nxt = _lead_holder(rec, records, named_starts, cue, lead_end, text)
        if _OBJECT_BEFORE.search(text, max(0, rec.first - 12), rec.first) \
                or _COMPLEMENT_BEFORE.search(text, max(0, rec.first - 12), rec.first) \
                or _in_statement(text, rec.first):
            # «رونالدو … با رییس باشگاه …», «… که با حضور وزیر ارتباطات برگزار شد»: an office after a
            # preposition or a noun it completes is another person's, and so is an office inside a
            # statement («… گفت: … مسئله‌ای که بارها مقام معظم رهبری بر آن تاکید داشتند …»)
            # (unless a later mention opens a body paragraph and a new speaker the next one)
            nxt = None if in_lead else _later_new_speaker(rec, records, named_starts, text)
            if nxt is None:
                continue
        elif in_lead and nxt is not None and nxt.titles \
                and _continued_office(rec, nxt, text, lead_end if cue is not None else rec.first):
            # the lead's office is the opening name's own office, cut at «و» by the entity layer:
            # «رئیس کتابخانه ملی ایران گفت: … به گزارش …، اسحاق صلاحی رئیس سازمان اصناف و کتابخانه ملی ایران …»
            pass
        elif in_lead and nxt is not None and nxt.titles and any(_same_office(rec.titles[0], t) for t in nxt.titles):
            # the lead's office is a short form of the office the body's first name holds: «نماینده مردم تهران در
            # مجلس … ¶ … زهره الهیان نماینده مردم تهران، ری، شمیرانات و اسلامشهر در مجلس شورای اسلامی …»
            pass
        elif nxt is None or nxt.titles or nxt.name is None:
            # or the person just named before it: «صائبی: …» in the headline, the office in the lead
            # (in the body not a name inside another's statement: «… اظهار کرد: … جابر بن عبدالله …»;
            # for «این مسئول» a subject opening its clause)
            pointing = not in_lead and _POINTING_BEFORE.search(text, max(0, rec.first - 12), rec.first)

            def usable(start: int) -> bool:
                if in_lead:
                    return True
                if start not in quoted:
                    quoted[start] = _in_statement(text, start)
                return not quoted[start] and (not pointing or _opens_clause(text, start))

            # the nearest usable name before the office (only the last one is needed)
            k = bisect.bisect_left(starts, rec.first)
            last = next(((named_starts[i][0], named_starts[i][1]) for i in range(k - 1, -1, -1)
                         if usable(named_starts[i][0])), None)
            # in the body a far office must open its sentence (a subject, the last speaker again)
            starts_sentence = _OPENS_SENTENCE.search(text, max(0, rec.first - 8), rec.first) \
                or _after_leads(text, rec.first)
            opens = starts_sentence or _AFTER_REPORT.search(text, max(0, rec.first - 160), rec.first)
            if not in_lead and starts_sentence and any(a == rec.first and _also_after(text, b) for a, b in rec.mentions):
                last = None  # an office opening its sentence that «also» does something is another
                # person than the one named before it: «کوهساری بیان کرد: … ¶ مدیر کل راه و شهرسازی
                # گلستان نیز … اظهار کرد: …» (not «X همچنین رئیس کمیته … نیز بود»)
            before = [last] if last is not None else []
            reach = _FAR if in_lead or opens else _BODY_REACH
            nxt = before[-1][1] if before and rec.first - before[-1][0] <= reach else None
            if nxt is not None and not (in_lead or opens or pointing):
                # in mid-sentence: the name's apposition, in its sentence and near, after a comma or «و»
                # (…); or the name itself within two words; else a complement, another's office
                end = max((e for s_, e in nxt.mentions if s_ == before[-1][0]), default=before[-1][0])
                gap = text[end:rec.first]
                tail = _NAME_TAIL.fullmatch(gap)
                if not (tail and not set(gap.split()) & _FUNCTION_WORDS) and not (
                        len(gap) <= _APPOSITION_REACH and not _SENTENCE_END.search(gap)
                        and _APPOSITION_BEFORE.search(text, max(0, rec.first - 12), rec.first)) \
                        and not (nxt is subject and _SENTENCE_END.search(gap)
                                 and _OWN_WORDS_BEFORE.search(text, max(0, rec.first - 16), rec.first)):
                    # (the article's subject may be named by the office whose letter or words a later
                    # sentence cites: «به گزارش …، محمدمهدی اسماعیلی در بخشی از این نامه … . در نامه وزیر
                    # فرهنگ …»; not «بیانات رهبر معظم انقلاب», «رهنمودهای مقام معظم رهبری»)
                    nxt = None
            if (nxt is None or nxt.titles) and opens and not in_lead:
                nxt = _next_new_speaker(rec, named_starts, text, records=records)
            if (nxt is None or nxt.titles) and opens and not in_lead and subject is not None \
                    and _subject_between(rec, subject, named_starts, text):
                nxt = subject
            if (nxt is None or nxt.titles) and not in_lead and not opens:
                nxt = _later_new_speaker(rec, records, named_starts, text)
            if nxt is None or nxt.titles:
                continue
        if nxt.name and lexicon_key(nxt.name).split()[-1] in lexicon_key(rec.titles[0]).split():
            continue  # «مدیر برنامه‌های رونالدو»: the person the office serves is not its holder
        if _leader(rec.titles[0]) and not _LEADERS.search(lexicon_key(nxt.name or "")):
            continue  # «مقام معظم رهبری» is the Leader's, never another name's by nearness («ستاد … نمایندگی
            # مقام معظم رهبری … ¶ به گزارش …، مرتضی روحانی …»)
        nxt.titles.extend(rec.titles)
        nxt.mentions.extend(rec.mentions)
        nxt.first = min(nxt.first, rec.first)
        for i in [i for i, r in owner.items() if r is rec]:
            owner[i] = nxt
        rec.mentions = []
        rec.titles = []


def _spaced_run(words: list[str], glued: str, n: int) -> bool:
    """Do some words after the first of a name's `words` make `glued` when written together, in a
    different number of words than the `n` of the mention (the same surname spaced otherwise:
    «مجتهد زاده» in «محمد مجتهد زاده فارابی» for «مجتهدزاده»; «حسنزاده» in «علی حسنزاده» for «حسن زاده»)?

    >>> _spaced_run(["محمد", "مجتهد", "زاده", "فارابی"], "مجتهدزاده", 1), _spaced_run(["علی", "رضایی"], "رضایی", 1)
    (True, False)
    """
    for a in range(1, len(words)):
        for b in range(a + 1, min(len(words), a + 3) + 1):
            if b - a != n and "".join(words[a:b]) == glued:
                return True
    return False


def _glued(title: str) -> str:
    """A title's words without the spaces between them (`جهادکشاورزی` = `جهاد کشاورزی`)."""
    return lexicon_key(title).replace(" ", "")


def distinct_offices(text: str, officials: Sequence[Official]) -> list[Official]:
    """Each official with one form of each office: of the forms of one office (`_same_office`
    either way: «رئیس سازمان بسیج» and «رئیس سازمان بسیج مستضعفین», «… اصفهان» and «… استان
    اصفهان»), the longest stays (the most specific), then the one written most often, then the
    first; every form stays among the mentions. Officials that need no change are returned as
    given.

    >>> t = "رئیس سازمان بسیج گفت: آری. رئیس سازمان بسیج مستضعفین افزود: نه."
    >>> o = Official(0, None, ("رئیس سازمان بسیج", "رئیس سازمان بسیج مستضعفین"), ((0, 16), (27, 52)))
    >>> distinct_offices(t, [o])[0].titles
    ('رئیس سازمان بسیج مستضعفین',)
    """
    out = []
    for o in officials:
        if len(o.titles) < 2:
            out.append(o)
            continue
        written = Counter(lexicon_key(text[s:e]) for s, e in o.mentions)
        order = sorted(range(len(o.titles)), key=lambda k: (-len(o.titles[k]), -written[lexicon_key(o.titles[k])], k))
        kept: list[str] = []
        for k in order:
            t = o.titles[k]
            if not any(_same_office(t, x) or _same_office(x, t) or _glued(t) == _glued(x) for x in kept):
                kept.append(t)
        kept.sort(key=o.titles.index)
        out.append(o if len(kept) == len(o.titles) else Official(o.id, o.name, tuple(kept), o.mentions))
    return out


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

    def try_pair(p: int, t: int, gap_re: regex.Pattern, hon_ok: bool = False, second: bool = False) -> None:
        # (`second`: a name whose title stands before it may take an apposition after it too:
        # «قاضی محمد رضایی، رئیس شعبه ۱۱۳ دادگاه کیفری»)
        if t in link or (p in person_title and not (second and ents[person_title[p]].end <= ents[p].start)):
            return
        pe, te = ents[p], ents[t]
        a, b = (pe.end, te.start) if pe.end <= te.start else (te.end, pe.start)
        if b < a or _HOLY_AFTER.match(text, pe.end):
            return  # (a holy name holds no office: «بنیاد فرهنگی مهدی موعود (عج)»)
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
    # the pairs in reach of each tier, in text order (their distances are fixed: found once, and
    # each tier then goes over its own pairs only)
    before: list[tuple[int, int, int]] = []  # (chars from the name's end to the office, p, t)
    after: list[tuple[int, int, int]] = []  # (chars from the office's end to the name, p, t)
    for t in titles:
        te = ents[t]
        for p in neighbours[t]:
            pe = ents[p]
            if pe.end <= te.start:
                before.append((te.start - pe.end, p, t))
            if te.end <= pe.start:
                after.append((pe.start - te.end, p, t))
    for d, p, t in before:
        if d <= 5:
            try_pair(p, t, _SPACE)
    for d, p, t in after:
        if d <= 40:
            try_pair(p, t, _SPACE, hon_ok=True)
    for d, p, t in after:
        if d <= 40:
            try_pair(p, t, _COMMA, hon_ok=False)
            if t not in link:
                gap = text[ents[t].end:ents[p].start]
                m = _COMMA.match(gap)
                if m and _honorific_gap(gap[m.end():]):
                    link[t] = p
                    person_title[p] = t
    for d, p, t in before:
        if d <= 4:
            try_pair(p, t, _COMMA, second=True)
            try_pair(p, t, _SEMICOLON)
    for d, p, t in before:
        if d <= 45 and p not in person_title and t not in link and _conjoined_office(text[ents[p].end:ents[t].start]):
            link[t] = p
            person_title[p] = t
    for d, p, t in before:
        if d <= 18:
            m = _INSTEAD_OF.search(text, max(0, ents[p].start - 12), ents[p].start)
            k = bisect.bisect_left(p_starts, ents[p].start) - 1 if m is not None else -1
            if k >= 0 and ents[persons[k]].end == m.start():
                # «منوچهر شاهسواری بجای سیدضیاء هاشمی به عنوان مسوول …»: the office is the first name's
                if t not in link and persons[k] not in person_title:
                    link[t] = persons[k]
                    person_title[persons[k]] = t
                continue
            try_pair(p, t, _AS)

    # a second office joined by «و» right after a name's office is the same person's, unless a name
    # follows it (its own apposition): «شریعتی‌تبار، نماینده ولی فقیه و امام جمعه تربت‌حیدریه»
    # (the rest of the first office may stand before «و»: «… در استان و امام جمعه بوشهر»; offices alone
    # joined so are often two people: «با حضور وزیر کشور و رئیس بانک مرکزی»)
    # (offices in text order, so that a chain «X، office و office و office» passes the name on)
    t_starts = {ents[t].start: t for t in titles}
    p_starts_set = {ents[p].start for p in persons}
    for t in titles:
        p = link.get(t)
        if p is None or ents[p].end > ents[t].start:
            continue  # (only after a name: «X، office و office»)
        # (bounded: without an end `regex` first looks for «و» over the whole rest of the text)
        m = _AND_ONLY.match(text, ents[t].end, ents[t].end + 40)
        t2 = t_starts.get(m.end()) if m else None
        if t2 is None or t2 in link or _plural(ents[t2].text) or _plural(ents[t].text):
            continue
        after = _SPACE.match(text, ents[t2].end)
        if after is None or after.end() not in p_starts_set:
            link[t2] = p

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
    # each name key's words, and its words after the first written together (`_spaced_run` can
    # find a name glued only inside them: one test in C first), made once per name, not per pair
    name_words: dict[str, tuple[list[str], str]] = {}
    by_glued: dict[str, _Record] = {}  # the same names without their spaces
    owner: dict[int, _Record] = {}

    def record_for_name(name: str, pos: int) -> _Record:
        k = lexicon_key(name)
        glued = k.replace(" ", "")  # (`_glued` of the name)
        rec = by_name.get(k)
        if rec is None:  # the name written with its given names apart or glued («محمد رضا» = «محمدرضا»)
            rec = by_glued.get(glued)
        if rec is None and len(by_name) <= _MAX_SCAN:
            # a surname or a shorter form of a known full name
            words = k.split()
            for other_key, other in by_name.items():
                ow, tail = name_words[other_key]
                if len(words) < len(ow) and ow[-len(words):] == words:
                    rec = other
                    break
                if len(ow) < len(words) and words[-len(ow):] == ow and other.name and len(other.name.split()) == 1:
                    other.name = name  # upgrade «کریمی» to «جابر کریمی»
                    by_name[k] = other
                    name_words[k] = (words, "".join(words[1:]))
                    rec = other
                    break
                if len(glued) >= 5 and glued in tail and _spaced_run(ow, glued, len(words)):
                    rec = other  # the surname spaced otherwise («مجتهدزاده» in «محمد مجتهد‌زاده فارابی»)
                    break
        if rec is None:
            rec = _Record(pos)
            rec.name = name
            records.append(rec)
            by_name[k] = rec
            words = k.split()
            name_words[k] = (words, "".join(words[1:]))
            by_glued.setdefault(glued, rec)
        return rec

    # full names first (so that surnames find them), then in text order
    order = sorted(persons, key=lambda i: (-len(ents[i].text.split()), ents[i].start))
    fuller: dict[int, str] = {}  # record id -> its name with a lineage title or a given name restored
    for p in order:
        rec = record_for_name(ents[p].text, ents[p].start)
        owner[p] = rec
        full = _full_name(ents[p], text, ents)
        if full != ents[p].text and len(full.split()) > len(fuller.get(id(rec), rec.name or "").split()):
            fuller[id(rec)] = full
    # an office alone right after a «given surname» of a known person: «دیوید کامرون» نخست‌وزیر انگلیس
    surnames: dict[str, int] = {}
    for p in persons:
        surnames.setdefault(lexicon_key(ents[p].text).split()[-1], p)
    for t in titles:
        if t in link or any(t == x for x, _ in extra):
            continue
        m = _QUOTED_NAME.search(text, max(0, ents[t].start - 45), ents[t].start)
        if not m or _OBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        words = m.group(1).split()
        if len(words) not in (2, 3) or not _given_prefix(" ".join(words[:-1]), m.start(1), ents):
            continue
        p = surnames.get(lexicon_key(words[-1]))
        if p is not None:
            rec = owner[p]
        elif _first_name(words[0]):
            # a name the entity layer did not know, opening with a known given name: «وحید مجروح»، معاون …
            rec = record_for_name(m.group(1).strip(), m.start(1))
        else:
            continue
        if rec.titles and not any(_same_office(ents[t].text, x) or _same_office(x, ents[t].text) for x in rec.titles):
            continue
        owner[t] = rec
        rec.mentions.append((m.start(1), m.end(1)))
        if len(words) > len(fuller.get(id(rec), rec.name or "").split()):
            fuller[id(rec)] = m.group(1).strip()
        if lexicon_key(ents[t].text) not in {lexicon_key(x) for x in rec.titles}:
            rec.titles.append(ents[t].text)
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
    new_persons = _surnames_before_offices(text, ents, titles, owner, link, extra, surnames, fuller)
    # offices mentioned alone
    t_ends = {ents[t].end: t for t in titles}
    for t in sorted(titles, key=lambda i: ents[i].start):
        if t in owner:
            continue
        title = ents[t].text
        match = _one_speaker_offices(text, ents, t, t_ends, owner)
        for rec in records[:_MAX_SCAN] if match is None else ():
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
    _shared_offices(ents, owner, text)
    for rec in records:
        # only an office holder's name is completed: a stray «سید …» or «… عباس» is no person of the story
        if rec.titles and id(rec) in fuller:
            rec.name = fuller[id(rec)]
        if rec.name and any(_role_only(x) for x in rec.titles):
            rec.titles = [x for x in rec.titles if not _role_only(x)]
    records.sort(key=lambda r: r.first)
    ids = {id(r): n for n, r in enumerate(records)}
    officials = [Official(ids[id(r)], r.name, tuple(r.titles), tuple(sorted(set(r.mentions)))) for r in records]
    # (the constructor, not `dataclasses.replace`: several times faster, one per linked entity)
    out = [Entity(e.start, e.end, e.text, e.label, ids[id(owner[i])], e.original_start, e.original_end)
           if i in owner else e for i, e in enumerate(ents)]
    if new_persons:
        out += [Entity(a, b, text[a:b], "PERSON", ids[id(rec)]) for a, b, rec in new_persons if id(rec) in ids]
        out.sort(key=lambda e: (e.start, -e.end))
    return out, officials


def _surnames_before_offices(text: str, ents: Sequence[Entity], titles: Sequence[int], owner: dict[int, _Record],
                             link: dict[int, int], extra: Sequence[tuple[int, int]],
                             surnames: dict[str, int], fuller: dict[int, str]) -> list[tuple[int, int, _Record]]:
    """An office right after a person's surname that the entity layer missed there but found elsewhere:
    «به گزارش خبرنگار خبرگزاری فارس نورالدین پیرموذن نماینده اردبیل …» with «پیرموذن تاکید کرد»
    later. The surname must follow given names («نورالدین») or open its clause (a comma, a line),
    and stand in no other entity («باشگاه شکوهی مسئول …» is none). The office joins the person's
    record; the name written there becomes a mention (and a PERSON entity), and the record's name
    grows to the given names. Returns the new PERSON spans with their records."""
    found: list[tuple[int, int, _Record]] = []
    linked = set(link) | {t for t, _ in extra}
    for t in titles:
        if t in linked or t in owner:
            continue
        start = ents[t].start
        m = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if m is None:
            continue
        p = surnames.get(lexicon_key(m.group(1)))
        if p is None or ents[p].start == m.start(1):
            continue
        rec = owner[p]
        if rec.name is None or lexicon_key(rec.name).split()[-1] != lexicon_key(m.group(1)):
            continue
        a = b = m.start(1)
        given = 0
        while given < 2:  # up to two given names before the surname, «سید» perhaps opening them
            w = _WORD_BEFORE.search(text, max(0, a - 24), a)
            if w is None or not (_given_word(w.group(1)) or w.group(1) in ("سید", "سیده") and given):
                break
            a = w.start(1)
            given += 1
            if w.group(1) in ("سید", "سیده"):
                break
        if not given and not _BOUNDARY_BEFORE.search(text, max(0, a - 4), a):
            continue  # a surname alone must open its clause: «باشگاه شکوهی مسئول …» is no person
        b = m.end(1)
        if _OBJECT_BEFORE.search(text, max(0, a - 12), a) or not _linkable(rec, text):
            continue
        if any(e.start < b and e.end > a for e in ents):
            continue  # inside another entity: a body's or a place's name («باشگاه شکوهی»)
        if rec.titles and not any(_same_office(ents[t].text, x) or _same_office(x, ents[t].text) for x in rec.titles):
            continue
        owner[t] = rec
        rec.mentions.append((a, b))
        full = text[a:b]
        if given and len(full.split()) > len(fuller.get(id(rec), rec.name or "").split()):
            fuller[id(rec)] = " ".join(full.split())
        if lexicon_key(ents[t].text) not in {lexicon_key(x) for x in rec.titles}:
            rec.titles.append(ents[t].text)
        found.append((a, b, rec))
    return found
