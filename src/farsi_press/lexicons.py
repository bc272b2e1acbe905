"""Shipped lexicons for the entity layer: places, names, titles, honorifics, organizations.

Every table lives in ``farsi_press/data/`` (see ``data/PROVENANCE.md``), is read on first use
and cached; nothing is read at import time. Lookups are keyed by :func:`lexicon_key`, so the
entity recognizer can look up a token n-gram by joining its tokens with one space and keying it:

>>> from farsi_press.lexicons import lexicon_key, places
>>> lexicon_key("رئيس  جمهور") == lexicon_key("رئیس\u200cجمهور")
True
>>> [p.province for p in places()[lexicon_key("ملارد")] if p.kind == "county"]
['تهران']

Tables returned are read-only mappings ``key -> record`` (or ``key -> tuple of records`` where a
key can name several things, as places do); records are immutable named tuples (cheap to build:
every table together loads in about 0.05 s). Variants (ZWNJ/space, رئیس/رییس, ي/ی) share one key;
other spellings are listed as their own rows pointing to a canonical form («امریکا» → «آمریکا»,
«بندر عباس» → «بندرعباس»), and «X و Y» entries are also found as «X وY».

Flags the recognizer should honour:
  * ``ambiguous`` — the entry is also a common word or another kind of name («بم», «امید»,
    «علمی», «فارس»): accept it only with support (a head noun, an honorific, a first name...).
  * ``Place.needs_head`` — match only after a head noun (شهرستان, استان, بخش, دهستان, شهر).
  * ``Title.generic`` — plural/generic roles (مدیران, مسئولان): not entities.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

import re

import regex

from farsi_press.memo import PHRASE_LRU_LIMIT, remember

__all__ = [
    "WORD_KEYS",
    "variant_pattern",
    "phrase_key",
    "word_key",
    "lexicon_key",
    "max_words",
    "Place",
    "WorldPlace",
    "PersonName",
    "NamePart",
    "Title",
    "Honorific",
    "OrgHead",
    "Org",
    "OrgComplement",
    "Venue",
    "places",
    "countries",
    "world_places",
    "nationalities",
    "first_names",
    "surnames",
    "name_parts",
    "compound_given",
    "titles",
    "honorifics",
    "org_heads",
    "orgs",
    "org_complements",
    "venue_heads",
    "venues",
    "load_all",
]

DATA_DIR = Path(__file__).resolve().parent / "data"

# ---------------------------------------------------------------------------
# Keys
# ---------------------------------------------------------------------------

_ZWNJ = "\u200c"
_KEY_TABLE = str.maketrans(
    {
        # Arabic letter variants → Persian
        "\u064a": "\u06cc",  # ي → ی
        "\u0649": "\u06cc",  # ى → ی
        "\u0643": "\u06a9",  # ك → ک
        # hamza carriers → bare letters, so «رئیس» = «رییس», «مسؤول» ≈ «مسوول»
        "\u0626": "\u06cc",  # ئ → ی
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0624": "\u0648",  # ؤ → و
        "\u0629": "\u0647",  # ة → ه
        "\u06c0": "\u0647",  # ۀ → ه
        # diacritics (fatha … sukun, superscript alef, hamza above/below) and tatweel: dropped
        **{chr(c): None for c in range(0x064B, 0x0660)},
        "\u0670": None,
        "\u0640": None,
        # invisible format characters: dropped
        "\u200d": None,  # ZWJ
        "\u200e": None,  # LRM
        "\u200f": None,  # RLM
        "\u202a": None,
        "\u202b": None,
        "\u202c": None,
        "\ufeff": None,
        # joiners and odd spaces → space (runs are collapsed below)
        _ZWNJ: " ",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        # Persian and Arabic-Indic digits → ASCII
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
    }
)

# `_KEY_TABLE` with every other character of the usual blocks (Basic Latin, Arabic, the joiners and
# marks, the Arabic presentation forms) mapped to itself: the same translation, but `str.translate`
# finds each of these characters in the table instead of failing a lookup (an exception in C) per
# character of a Persian word.
_KEY_TRANSLATE = {**{c: c for lo, hi in ((0x20, 0x7F), (0x600, 0x700), (0x200C, 0x2010), (0xFB50, 0xFF00))
                     for c in range(lo, hi)}, **_KEY_TABLE}

# Anything lexicon_key would change: a mapped character, any whitespace other than a single
# inner space (str.split() whitespace included), a double space, or a space at either end.
# (The standard `re`: a class of literal characters, searched about twice as fast as by `regex`.)
_KEY_NEEDS_WORK = re.compile(
    "["
    + re.escape("".join(chr(c) for c in _KEY_TABLE))
    + "\t\n\r\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u205f\u3000"
    + "]|  |^ | $"
)


def lexicon_key(s: str) -> str:
    """Canonical lookup key of a word or phrase.

    Maps ي/ى→ی and ك→ک, folds hamza carriers (ئ→ی, أ/إ→ا, ؤ→و, ة/ۀ→ه; ؤ before و as ئ, the
    Persian seat of that hamza: «مسؤول» = «مسئول», and «مسوول» with the hamza dropped, «رؤوف» = «رئوف»), drops diacritics,
    tatweel and invisible marks, maps Persian digits to ASCII, and turns every run of
    spaces/ZWNJ into one space (stripped at both ends). Letters are otherwise untouched
    («آ» stays «آ»; glued «بندرعباس» stays distinct from «بندر عباس»).

    >>> lexicon_key("رئيس\u200c  جمهور")
    'رییس جمهور'
    >>> lexicon_key("حجت\u200cالاسلام") == lexicon_key("حجت الاسلام")
    True
    >>> lexicon_key("این مسؤول") == lexicon_key("این مسئول") == lexicon_key("این مسوول")
    True
    """
    if _KEY_NEEDS_WORK.search(s) is not None:  # (most lexicon entries are already keys)
        if "\u0624\u0648" in s:
            s = s.replace("\u0624\u0648", "\u0626\u0648")
        s = " ".join(s.translate(_KEY_TRANSLATE).split())
    return s.replace(_HAMZA_DROPPED, _HAMZA_KEY) if _HAMZA_DROPPED in s else s


# «مسوول», «مسوولان»: «مسئول» with its hamza dropped (24 times in the Fars corpus), keyed as «مسئول»
_HAMZA_DROPPED, _HAMZA_KEY = "مسوول", "مسیول"


#: `lexicon_key` of names and offices of several words, remembered (bounded): the officials and
#: speaker-name stages key an article's names and offices again for every pair they compare.
phrase_key = lru_cache(maxsize=PHRASE_LRU_LIMIT)(lexicon_key)


#: `lexicon_key` of single tokens, remembered (bounded): shared by the tokenizers of the entity
#: and speaker stages, which look it up directly in their hot loops.
WORD_KEYS: dict[str, str] = {}


def word_key(word: str) -> str:
    """`lexicon_key` of one token, remembered.

    >>> word_key("رئيس")
    'رییس'
    """
    k = WORD_KEYS.get(word)
    if k is None:
        k = remember(WORD_KEYS, word, lexicon_key(word))
    return k


def variant_pattern(word: str, *, space: str = "[ \u200c]?", zwnj: str = "[ \u200c]?",
                    alef: bool = False) -> str:
    """A regex for `word` that also takes Arabic ي/ى/ك for ی/ک (and أ for ا when `alef`); a space
    in the word becomes `space`, a ZWNJ becomes `zwnj`. For text that may not be normalized.

    >>> bool(regex.fullmatch(variant_pattern("خبرگزاری"), "خبرگزاري"))
    True
    """
    out = []
    for ch in word:
        if ch in "\u06cc\u064a\u0649":
            out.append("[\u06cc\u064a\u0649]")
        elif ch in "\u06a9\u0643":
            out.append("[\u06a9\u0643]")
        elif alef and ch == "\u0627":
            out.append("[\u0627\u0623]")
        elif ch == " ":
            out.append(space)
        elif ch == "\u200c":
            out.append(zwnj)
        else:
            out.append(regex.escape(ch))
    return "".join(out)


def max_words(table: Mapping[str, object]) -> int:
    """Longest entry of a keyed table, in words (bounds the n-gram window of a lookup)."""
    return max((k.count(" ") + 1 for k in table), default=0)


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------


class Place(NamedTuple):
    """An Iranian administrative unit; ``kind`` is province/county/district/city/rural_district.

    ``ambiguous``: the name is also a common word or first name («بم», «نور», «مهران»);
    ``needs_head``: match it only after a head noun (شهرستان, استان, بخش, دهستان, شهر...).
    """

    name: str
    kind: str
    province: str
    county: str
    ambiguous: bool
    needs_head: bool


class WorldPlace(NamedTuple):
    """A country, foreign city or region; ``name`` is the canonical spelling."""

    name: str
    kind: str  # country / city / region / territory / continent / state / sea ...
    country: str  # canonical country of a city ("" for countries and regions)
    ambiguous: bool


class PersonName(NamedTuple):
    name: str
    gender: str  # M / F / U ("" for surnames)
    ambiguous: bool  # also a common word: needs support (a surname, an honorific, a title)


class NamePart(NamedTuple):
    """Hint for names not in the lists: prefixes/suffixes of first names and surnames."""

    part: str
    role: str  # first_name / first_name_word / first_prefix / first_suffix / first_stem / not_first_stem /
    # surname_prefix / surname_suffix
    gender: str


class Title(NamedTuple):
    """An office word or phrase («وزیر», «رئیس‌جمهور», «امام جمعه»).

    ``complement``: ``required`` (the title names no office without an organization/place:
    «وزیر» → «وزیر کشور»), ``optional`` («سخنگو», «فرمانده») or ``none`` (complete as is:
    «رئیس‌جمهور»). ``generic``: plural/generic role (مدیران, مسئولان) — not an entity.
    """

    name: str
    canonical: str
    complement: str
    generic: bool
    category: str


class Honorific(NamedTuple):
    """A form of address kept outside PERSON spans («آقای», «دکتر», «حجت‌الاسلام»).

    ``name_part``: may instead belong to the name itself («سید», «میر»): keep it in the name
    when it is glued or directly precedes a first name.
    """

    name: str
    kind: str  # civil / academic / religious / military / martyr / royal / ...
    name_part: bool


class OrgHead(NamedTuple):
    """A head noun that opens an organization name («وزارت», «سازمان», «شورای»)."""

    name: str
    canonical: str
    complement: str  # required / optional
    kind: str


class Org(NamedTuple):
    """A known organization by full name or abbreviation («سازمان ملل متحد», «ناتو»)."""

    name: str
    canonical: str
    kind: str
    ambiguous: bool


class OrgComplement(NamedTuple):
    """A word/phrase completing an org head or a title («کشور» in «وزارت کشور»)."""

    phrase: str
    field: str
    heads: tuple[str, ...]  # canonical heads it usually follows ("" = any)


class Venue(NamedTuple):
    """A named venue or geographic feature («میدان آزادی», «خلیج فارس»), or a venue head noun."""

    name: str
    kind: str
    ambiguous: bool


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def data_text(filename: str) -> str:
    """The text of a file of the package's data (``src/farsi_press/data``): read from the file
    next to the module (no ``importlib.resources``, whose import alone costs a cold start 20 ms)."""
    return (DATA_DIR / filename).read_text(encoding="utf-8")


def table_rows(filename: str) -> list[list[str]]:
    """Data rows of a TSV file, each padded to the header's width.

    Lines starting with '#' and blank lines are skipped; the first other line is the header.
    Cells are taken as written (the files are generated or kept clean; tests check them).
    """
    lines = [ln for ln in data_text(filename).split("\n") if ln and not ln.startswith("#")]
    if not lines:
        return []
    width = lines[0].count("\t") + 1
    rows = [ln.split("\t") for ln in lines[1:]]
    for r in rows:
        if len(r) < width:
            r.extend([""] * (width - len(r)))
    return rows


_TRUE = frozenset({"1", "yes", "true"})


def _keys(name: str) -> tuple[str, ...]:
    """Lookup keys of an entry: its key plus the other usual spellings of a conjunction «و».

    «راه و ترابری» is also written «راه وترابری»; «حمل‌ونقل» also «حمل و نقل».
    """
    key = lexicon_key(name)
    if "و" not in name:
        return (key,)
    keys = [key]
    if " و " in key:
        keys.append(key.replace(" و ", " و"))
    if "\u200cو" in name:
        keys.append(lexicon_key(name.replace("\u200cو", " و ")))
    return tuple(dict.fromkeys(keys))


# ---------------------------------------------------------------------------
# Loaders
# ---------------------------------------------------------------------------


@cache
def places() -> Mapping[str, tuple[Place, ...]]:
    """Iranian places: key → places of that name (canonical names; aliases resolve to them).

    >>> sorted({p.kind for p in places()[lexicon_key("بم")]})
    ['city', 'county']
    >>> all(p.needs_head for p in places()[lexicon_key("بم")])
    True
    """
    out: dict[str, list[Place]] = {}
    for name, kind, province, county, amb, head, canonical, *_ in table_rows("places.tsv"):
        place = Place(canonical or name, kind, province, county, amb in _TRUE, head in _TRUE)
        bucket = out.setdefault(lexicon_key(name), [])
        if place not in bucket:
            bucket.append(place)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _world(filename: str) -> dict[str, WorldPlace]:
    out: dict[str, WorldPlace] = {}
    for name, canonical, kind, country, amb, *_ in table_rows(filename):
        rec = WorldPlace(canonical or name, kind, country, amb in _TRUE)
        for key in _keys(name):
            out.setdefault(key, rec)
    return out


@cache
def countries() -> Mapping[str, WorldPlace]:
    """Countries by every common spelling → canonical name.

    >>> countries()[lexicon_key("امریکا")].name
    'آمریکا'
    """
    return MappingProxyType(_world("countries.tsv"))


@cache
def world_places() -> Mapping[str, WorldPlace]:
    """Foreign cities and regions (and Iranian regions/islands beyond the gazetteer).

    >>> world_places()[lexicon_key("ژنو")].country
    'سوئیس'
    """
    return MappingProxyType(_world("world_places.tsv"))


@cache
def nationalities() -> Mapping[str, str]:
    """Nationality adjective → canonical country (not a LOC by itself).

    >>> nationalities()[lexicon_key("آمریکایی")]
    'آمریکا'
    """
    return MappingProxyType({lexicon_key(adj): country for adj, country, *_ in table_rows("nationalities.tsv")})


@cache
def first_names() -> Mapping[str, PersonName]:
    """First names.

    >>> first_names()[lexicon_key("غلامرضا")].gender
    'M'
    >>> first_names()[lexicon_key("امید")].ambiguous
    True
    """
    out: dict[str, PersonName] = {}
    for name, gender, amb, *_ in table_rows("first_names.tsv"):
        out.setdefault(lexicon_key(name), PersonName(name, gender, amb in _TRUE))
    # «الله» in a given name is often written «اله» («هدایت‌اله», «نصراله»): the same name
    for key, rec in list(out.items()):
        if "الله" in key:
            out.setdefault(key.replace("الله", "اله"), rec)
    return MappingProxyType(out)


@cache
def surnames() -> Mapping[str, PersonName]:
    """Surnames.

    >>> lexicon_key("کریمی") in surnames()
    True
    """
    out: dict[str, PersonName] = {}
    for name, amb, *_ in table_rows("surnames.tsv"):
        out.setdefault(lexicon_key(name), PersonName(name, "", amb in _TRUE))
    return MappingProxyType(out)


@cache
def name_parts() -> Mapping[str, tuple[NamePart, ...]]:
    """Name-building parts: religious first names, prefixes («غلام», «عبد»), suffixes («زاده»).

    >>> [p.role for p in name_parts()[lexicon_key("زاده")]]
    ['surname_suffix']
    """
    out: dict[str, list[NamePart]] = {}
    for part, role, gender, *_ in table_rows("name_parts.tsv"):
        out.setdefault(lexicon_key(part), []).append(NamePart(part, role, gender))
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


# the suffixes of Arabic compound given names («شهاب‌الدین», «فرج‌الله», «عین‌اله»)
_GIVEN_SUFFIXES = ("الدین", "الله", "اله")


@lru_cache(maxsize=4096)
def compound_given(key: str) -> bool:
    """Is a word (its `lexicon_key`: ZWNJ as a space, or glued) a given name built with «الدین» or
    «الله» that the name lists may lack? With «الدین», any stem but a few terms' («اصول‌الدین»);
    with «الله», a listed given name (glued), or a stem that is a given name or one of
    `name_parts`' `first_stem` (not a religious phrase's: «رسول‌الله», «بیت‌الله»).

    >>> compound_given("شهاب الدین"), compound_given("عین اله"), compound_given("رسول الله"), compound_given("والدین")
    (True, True, False, False)
    """
    word = key.replace(" ", "")
    suffix = next((s for s in _GIVEN_SUFFIXES if word.endswith(s)), None)
    if suffix is None:
        return False
    stem = word[:-len(suffix)]
    roles = {p.role for p in name_parts().get(stem, ())}
    if len(stem) < 2 or "not_first_stem" in roles:
        return False
    if suffix == "الدین" or word in first_names() or (stem + "الله") in first_names():
        return True
    return stem in first_names() or bool(roles & {"first_stem", "first_name", "first_name_word"})


@cache
def titles() -> Mapping[str, Title]:
    """Office titles.

    >>> titles()[lexicon_key("رئیس جمهور")].complement
    'none'
    >>> titles()[lexicon_key("وزیر")].complement
    'required'
    >>> titles()[lexicon_key("مدیران")].generic
    True
    """
    out: dict[str, Title] = {}
    for name, canonical, complement, generic, category, *_ in table_rows("titles.tsv"):
        t = Title(name, canonical or name, complement or "optional", generic in _TRUE, category)
        for key in _keys(name):
            out.setdefault(key, t)
    return MappingProxyType(out)


@cache
def honorifics() -> Mapping[str, Honorific]:
    """Honorifics and ranks kept outside PERSON spans.

    >>> honorifics()[lexicon_key("آقای")].kind
    'civil'
    >>> honorifics()[lexicon_key("سید")].name_part
    True
    """
    out: dict[str, Honorific] = {}
    for name, kind, name_part, *_ in table_rows("honorifics.tsv"):
        out.setdefault(lexicon_key(name), Honorific(name, kind, name_part in _TRUE))
    return MappingProxyType(out)


@cache
def org_heads() -> Mapping[str, OrgHead]:
    """Head nouns opening an organization name.

    >>> org_heads()[lexicon_key("شورای")].canonical
    'شورا'
    """
    out: dict[str, OrgHead] = {}
    for name, canonical, complement, kind, *_ in table_rows("org_heads.tsv"):
        rec = OrgHead(name, canonical or name, complement or "required", kind)
        for key in _keys(name):
            out.setdefault(key, rec)
    return MappingProxyType(out)


@cache
def orgs() -> Mapping[str, Org]:
    """Known organizations by full name, short name or abbreviation.

    >>> orgs()[lexicon_key("ناتو")].canonical
    'سازمان پیمان آتلانتیک شمالی'
    """
    out: dict[str, Org] = {}
    for name, canonical, kind, amb, *_ in table_rows("orgs.tsv"):
        rec = Org(name, canonical or name, kind, amb in _TRUE)
        for key in _keys(name):
            out.setdefault(key, rec)
    return MappingProxyType(out)


@cache
def org_complements() -> Mapping[str, OrgComplement]:
    """Words/phrases completing an org head or a title («امور خارجه», «آموزش و پرورش»).

    >>> "وزارت" in org_complements()[lexicon_key("امور خارجه")].heads
    True
    """
    out: dict[str, OrgComplement] = {}
    for phrase, field, head_list, *_ in table_rows("org_complements.tsv"):
        heads = tuple(h for h in head_list.split(",") if h)
        for key in _keys(phrase):
            if key in out:  # listed for several fields: keep the first field, merge the heads
                old = out[key]
                merged = old.heads + tuple(h for h in heads if h not in old.heads) if old.heads and heads else ()
                out[key] = OrgComplement(old.phrase, old.field, merged)
            else:
                out[key] = OrgComplement(phrase, field, heads)
    return MappingProxyType(out)


def _venues(filename: str) -> dict[str, Venue]:
    out: dict[str, Venue] = {}
    for name, canonical, kind, amb, *_ in table_rows(filename):
        rec = Venue(canonical or name, kind, amb in _TRUE)
        for key in _keys(name):
            out.setdefault(key, rec)
            if kind == "shrine" and key.startswith(_SHRINE) and not key.startswith(_HOLY_SHRINE):
                out.setdefault(_HOLY_SHRINE + key[len(_SHRINE):], rec)  # «حرم مطهر امام رضا»
    return out


_SHRINE, _HOLY_SHRINE = "حرم ", "حرم مطهر "


@cache
def venue_heads() -> Mapping[str, Venue]:
    """Head nouns of places and venues («میدان», «ورزشگاه», «شهرستان»).

    >>> venue_heads()[lexicon_key("شهرستان")].kind
    'admin'
    """
    return MappingProxyType(_venues("venue_heads.tsv"))


@cache
def venues() -> Mapping[str, Venue]:
    """Named venues and geographic features («خلیج فارس», «میدان آزادی», «کارون»).

    >>> venues()[lexicon_key("خزر")].name
    'دریای خزر'
    """
    return MappingProxyType(_venues("venues.tsv"))


def load_all() -> None:
    """Load every table now (e.g. before forking workers or timing)."""
    for loader in (
        places, countries, world_places, nationalities, first_names, surnames, name_parts,
        titles, honorifics, org_heads, orgs, org_complements, venue_heads, venues,
    ):
        loader()
