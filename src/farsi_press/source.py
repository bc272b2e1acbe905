"""The reporting source after «به گزارش»: the agency or office, with the desk and the place apart.

«به گزارش خبرنگار سیاسی خبرگزاری فارس از ارومیه» → text «خبرگزاری فارس», desk «خبرنگار سیاسی»,
place «ارومیه». The source is the ORG that the clause names (the agency inside a desk such as
«گروه بین‌الملل خبرگزاری فارس»; the whole office otherwise: «روابط عمومی شهرداری ملارد»), or a
known agency's short name («به گزارش ایرنا»).

>>> from farsi_press.entities import find_entities
>>> text = "به گزارش خبرنگار سیاسی خبرگزاری فارس از ارومیه، استاندار گفت"
>>> src = find_source(text, find_entities(text, []))
>>> (src.text, src.desk, src.place)
('خبرگزاری فارس', 'خبرنگار سیاسی', 'ارومیه')
"""

from __future__ import annotations

from typing import Sequence

import regex

from farsi_press.document import Entity, Source
from farsi_press.gazetteer import gazetteer
from farsi_press.lexicons import lexicon_key

__all__ = ["find_source"]

# «به گزارش» and the clause after it, to the first comma, sentence end or line break.
_CUE = regex.compile(r"(?<![\p{L}\u200c])به[\s\u200c]*گزارش\s+(?P<clause>[^،,.:؛\n«»]{2,160})")
_QUOTING = regex.compile(r"\s(?:به\s+نقل\s+از|از\s+قول)\s")
# a word of the clause (letters and ZWNJ), looked up as a known medium's short name
_WORD = regex.compile(r"[\p{L}\u200c]+")
# a press office opening the clause, and up to eight words of the body it speaks for (to the
# clause's end: the comma): the source when the entities name no body there
_OFFICE = regex.compile(r"(?:روابط[\s\u200c]*عمومی|(?:اداره|پایگاه|مرکز)[\s\u200c]+اطلاع[\s\u200c]*رسانی)"
                        r"(?:\s+(?!از\s)[\p{L}\u200c]+){1,8}\s*$")
_PLACE = regex.compile(r"\s+از\s+(?P<place>[^،,.:؛\n«»]{2,40}?)(?=\s*(?:[،,.:؛\n]|$|\s+(?:و|که)\s))")


def find_source(text: str, entities: Sequence[Entity]) -> Source | None:
    """The agency or office that reports the article, or None (as the annotation conventions
    say: only a source named after «به گزارش»; a dateline «خبرگزاری فارس: …» alone gives None)."""
    orgs = [e for e in entities if e.label == "ORG"]
    places = [e for e in entities if e.label == "LOC"]
    for m in _CUE.finditer(text):
        a, b = m.span("clause")
        stop = _QUOTING.search(text, a, b)  # «به گزارش فارس به نقل از …»: the source comes first
        if stop:
            b = stop.start()
        inside = [e for e in orgs if a <= e.start < b]
        short = _known_agency(text, a, b)
        if inside:
            top = min(inside, key=lambda e: (e.start, -e.end))
            if short is None or short[0] >= top.start:
                chosen = _agency_within(top, inside) or top
                return _make(text, a, chosen.start, _without_place(chosen, places),
                             _bureau_end(text, chosen, places, b))
        if short is not None:
            return _make(text, a, *short)
        office = _OFFICE.match(text, a, b)
        if office is not None:  # «به گزارش روابط عمومی کشتیرانی جمهوری اسلامی ایران، …»: a body the
            return _make(text, a, a, office.end())  # entities do not know, named by its press office
    return None


def _without_place(org: Entity, places: list[Entity]) -> int:
    """Where a medium's name ends before the place of its provincial office, which is the source's
    place («خبرگزاری فارس | استان تهران»); the name's end otherwise."""
    if not _is_media(org.text):
        return org.end
    tail = [p for p in places if org.start < p.start and p.end == org.end]
    return min(p.start for p in tail) if tail else org.end


def _bureau_end(text: str, org: Entity, places: list[Entity], b: int) -> int:
    """The end of a medium's provincial office named right after it («خبرگزاری فارس | استان تهران»:
    the entities keep the place out of the agency's name), or the name's end."""
    if not _is_media(org.text):
        return org.end
    after = [p for p in places if org.end < p.start and p.end <= b and not text[org.end:p.start].strip(" \u200c")]
    return max(p.end for p in after) if after else org.end


def _agency_within(top: Entity, inside: list[Entity]) -> Entity | None:
    """Inside a desk («گروه بین‌الملل خبرگزاری فارس»), the agency itself."""
    nested = [e for e in inside if e is not top and top.start <= e.start and e.end <= top.end]
    media = [e for e in nested if _is_media(e.text)]
    if media:  # «خبرنگار حوزه دولت خبرگزاری فارس», «گروه جامعه خبرگزاری فارس»
        return max(media, key=lambda e: e.end - e.start)
    first = lexicon_key(top.text).split(" ", 1)[0]
    if "desk" not in gazetteer().words.get(first, ()) and "reporter" not in gazetteer().words.get(first, ()):
        return None
    return max(nested, key=lambda e: e.end - e.start) if nested else None


def _is_media(name: str) -> bool:
    """A news agency or medium: a known one, or one named by a media head («خبرگزاری …»)."""
    table = gazetteer().table
    k = lexicon_key(name)
    org = table.get(k, {}).get("org")
    if org is not None:
        return org.kind == "media"
    head = table.get(k.split(" ", 1)[0], {}).get("head")
    return head is not None and head.kind == "media"


def _known_agency(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A known medium named by its short form in text[a:b] («ایرنا», «فارس»)."""
    table = gazetteer().table
    for w in _WORD.finditer(text[a:b]):
        org = table.get(lexicon_key(w.group()), {}).get("org")
        if org is not None and org.kind == "media":
            return a + w.start(), a + w.end()
    return None


def _make(text: str, a: int, s: int, e: int, end: int | None = None) -> Source:
    """The source text[s:e] with its desk (text[a:s]) and place: after «از» (`… فارس از ارومیه`) or,
    for a provincial office, the rest of the name up to `end` (`خبرگزاری فارس استان تهران`)."""
    desk = text[a:s].strip() or None
    place = None
    if end is not None and end > e:
        place = text[e:end].strip()
    else:
        pm = _PLACE.match(text, e)
        if pm:
            place = pm.group("place").strip()
    while e > s and text[e - 1] in " \u200c":
        e -= 1
    return Source(text[s:e], s, e, desk=desk, place=place)
