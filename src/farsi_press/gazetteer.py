"""One gazetteer over every shipped lexicon, looked up by token n-gram hashing.

All tables of `farsi_press.lexicons` (places, countries, world places, organizations, titles,
honorifics, organization heads and complements, names, venues) and the entity layer's own word
table (`data/entities_words.tsv`: stop words, place heads, desks, department words) are merged
into one dict ``key -> {kind: record}``, keyed by `lexicon_key`. A second set holds every proper
word-prefix of a multi-word key, so a scan from token *i* extends its n-gram only while the
n-gram so far is the prefix of some entry: on news text most tokens cost one or two dict
lookups. No regex alternation over the lexicon is ever built.

>>> from farsi_press.tokens import tokenize
>>> toks = tokenize("وزیر امور خارجه")
>>> [(n, sorted(tags)) for n, tags in matches_at(toks.keys, 0)][0][0]
3
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Callable, Mapping, Sequence

from farsi_press import lexicons as lx
from farsi_press.lexicons import data_text, lexicon_key

__all__ = ["Gazetteer", "gazetteer", "matches_at"]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    table: Mapping[str, Mapping[str, Any]]
    prefixes: frozenset[str]
    max_words: int
    stop: frozenset[str]          # keys that end a name or a generic complement
    verbs: frozenset[str]         # finite/participial verb forms (a subset of stop)
    words: Mapping[str, frozenset[str]]  # entities_words.tsv: key -> kinds
    common: frozenset[str]        # frequent common nouns/adjectives (hazm's lexicon)
    tagged: Mapping[str, str]     # hazm's POS-tagged words: key -> tags («N,AJ»)


def _safe(loader: Callable[[], Mapping]) -> Mapping:
    """A lexicon that is missing or malformed gives an empty table, never a crash at analysis."""
    try:
        return loader()
    except (OSError, IndexError, ValueError, KeyError):
        return {}


def _entities_words() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    try:
        text = data_text("entities_words.tsv")
    except OSError:
        return out
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        word, _, kind = line.partition("\t")
        k = lexicon_key(word)
        out[k] = out.get(k, frozenset()) | {kind.strip()}
    return out


def _hazm_words() -> tuple[set[str], set[str], set[str], dict[str, str]]:
    """Stop words, verb forms, frequent common words and POS-tagged words (key -> «N,AJ») derived
    from hazm's bundled lexicon (MIT) at development time by `scripts/build_lexicons.py` and
    shipped as `data/entities_hazm.txt`: sections «@stop», «@verbs», «@common», «@tag TAGS», one
    key a line. Read with a few C-level splits; a missing file gives empty sets.

    >>> stop, verbs, common, tagged = _hazm_words()
    >>> "رفتند" in verbs, tagged.get("کتاب")
    (True, 'N')
    """
    stop: set[str] = set()
    verbs: set[str] = set()
    common: set[str] = set()
    tagged: dict[str, str] = {}
    try:
        text = data_text("entities_hazm.txt")
    except OSError:
        return stop, verbs, common, tagged
    sets = {"stop": stop, "verbs": verbs, "common": common}
    for section in text.split("\n@")[1:]:
        head, _, body = section.partition("\n")
        keys = body.rstrip("\n").split("\n") if body.strip("\n") else []
        if head.startswith("tag "):
            tagged.update(dict.fromkeys(keys, head[4:]))
        elif head in sets:
            sets[head].update(keys)
    return stop, verbs, common, tagged


#: Countries whose towns the press also writes with the Arabic article: «الرمادی», «الموصل».
_ARAB_COUNTRIES = frozenset({"عراق", "سوریه", "لبنان", "عربستان", "یمن", "مصر", "لیبی", "الجزایر", "مراکش", "تونس",
                             "امارات", "قطر", "کویت", "بحرین", "عمان", "اردن", "فلسطین", "سودان"})


def _arabic_article_forms(world: Mapping[str, Any], tagged: Mapping[str, str]) -> dict[str, Any]:
    """The one-word towns of Arab countries written with the article «ال» (`الرمادی` for `رمادی`), where
    that form is no word of the language hazm lists («الامان» for «امان») nor a name of the table."""
    return {"ال" + k: rec for k, rec in world.items()
            if rec.country in _ARAB_COUNTRIES and rec.kind == "city" and " " not in k and len(k) >= 3
            and not k.startswith("ال") and "ال" + k not in world and "ال" + k not in tagged}


def _glued_place_forms(places: Mapping[str, Any], tagged: Mapping[str, str]) -> dict[str, Any]:
    """Counties and cities of two words also written as one («خرمبید» for «خرم بید», «آبپخش»), where
    that form is no word hazm lists nor a name of the table."""
    out: dict[str, Any] = {}
    for k, recs in places.items():
        parts = k.split(" ")
        if len(parts) != 2 or min(map(len, parts)) < 2 or not any(p.kind in ("county", "city") for p in recs):
            continue
        glued = "".join(parts)
        if glued not in places and glued not in tagged:
            out.setdefault(glued, recs)
    return out


@cache
def gazetteer() -> Gazetteer:
    """The merged gazetteer, built once."""
    table: dict[str, dict[str, Any]] = {}

    def add(kind: str, mapping: Mapping[str, Any]) -> None:
        get = table.get
        for k, v in mapping.items():
            tags = get(k)
            if tags is None:
                if k:
                    table[k] = {kind: v}
            elif kind not in tags:
                tags[kind] = v

    add("place", _safe(lx.places))
    add("country", _safe(lx.countries))
    stop, verbs, common, tagged = _hazm_words()
    add("place", _glued_place_forms(_safe(lx.places), tagged))
    add("world", _safe(lx.world_places))
    add("world", _arabic_article_forms(_safe(lx.world_places), tagged))
    add("nat", _safe(lx.nationalities))
    add("org", _safe(lx.orgs))
    add("title", _safe(lx.titles))
    add("hon", _safe(lx.honorifics))
    # place heads («منطقه») open places, department words («روابط عمومی») open an ORG only before another
    words = _entities_words()
    not_heads = {k for k, kinds in words.items() if kinds & {"place_head", "dept"}}
    add("head", {k: v for k, v in _safe(lx.org_heads).items() if k not in not_heads})
    for k, kinds in words.items():  # heads of the entity layer's own table
        for kind in kinds & {"head_optional", "head_required"}:
            table.setdefault(k, {}).setdefault("head", lx.OrgHead(k, k, kind.split("_")[1], "own"))
    add("comp", _safe(lx.org_complements))
    add("venue", _safe(lx.venues))
    add("vhead", _safe(lx.venue_heads))
    add("sur", _safe(lx.surnames))
    first = dict(_safe(lx.first_names))
    core: dict[str, bool] = {}  # the hand-made list of common first names: names even when also words
    for k, parts in _safe(lx.name_parts).items():
        for p in parts:
            if p.role == "first_name":
                core[k] = True
                if k not in first:
                    first[k] = lx.PersonName(p.part, p.gender, False)
            elif p.role == "first_name_word" and k not in first:
                first[k] = lx.PersonName(p.part, p.gender, True)  # a name only before a surname
    for k, kind in words.items():
        if "foreign_first" in kind:
            core[k] = True
            if k not in first:
                first[k] = lx.PersonName(k, "M", False)
    add("first", first)
    add("core_first", core)
    add("word", words)

    keep = {k for k, kind in words.items() if "keep" in kind}
    own_stop = {k for k, kind in words.items() if "stop" in kind}
    stop |= own_stop
    lexical_kinds = {"title", "head", "comp", "place", "country", "world", "org", "venue", "vhead", "hon"}
    lexical = {k for k, tags in table.items() if not lexical_kinds.isdisjoint(tags)}
    verbs -= lexical
    verbs -= set(first)
    stop = (stop | verbs) - keep - (lexical - own_stop)

    prefixes: set[str] = set()
    longest = 1
    for k in [k for k in table if " " in k]:  # one-word keys are no one's prefix
        parts = k.split(" ")
        longest = max(longest, len(parts))
        for n in range(1, len(parts)):
            prefixes.add(" ".join(parts[:n]))
    return Gazetteer(table, frozenset(prefixes), longest, frozenset(stop), frozenset(verbs), words,
                     frozenset(common), tagged)


def matches_at(keys: Sequence[str], i: int, gaz: Gazetteer | None = None) -> list[tuple[int, Mapping[str, Any]]]:
    """Every gazetteer entry that starts at token i: ``(n_tokens, {kind: record})``, longest first."""
    g = gaz or gazetteer()
    table, prefixes = g.table, g.prefixes
    out: list[tuple[int, Mapping[str, Any]]] = []
    k = keys[i]
    n = len(keys)
    j = i
    while True:
        tags = table.get(k)
        if tags is not None:
            out.append((j - i + 1, tags))
        if k not in prefixes or j + 1 >= n or j - i + 1 >= g.max_words:
            break
        j += 1
        k = k + " " + keys[j]
    out.reverse()
    return out



#: Endings of the plural role words of the title table (مدیران, مسئولین, اعضا, مقامات, نیروها).
_PLURAL_ENDINGS = ("\u0627\u0646", "\u06cc\u0646", "\u0627", "\u0627\u062a", "\u0647\u0627", "\u0627\u06cc")


def plural_office(title: str) -> bool:
    """Does the office open with a plural role, which names a group and no one person («اعضای
    شورای شهر», «مقام‌های آمریکایی», «مسئولان»)? The longest title of the gazetteer that the first
    words (up to three) make decides: a generic role written in the plural (not «مقام», «مقامی»,
    «کارشناس»: one person, unnamed).

    >>> plural_office("اعضای حاضر"), plural_office("مقام‌های آمریکایی"), plural_office("کارشناس اقتصادی")
    (True, True, False)
    """
    rec = opening_title(title)
    if rec is None or not rec.generic or rec.category != "generic":
        return False
    return lexicon_key(rec.canonical or rec.name).split()[0].endswith(_PLURAL_ENDINGS)


def opening_title(title: str) -> Any:
    """The title record (`lexicons.Title`) of the longest office of the gazetteer that the first
    words of `title` (up to three) make, or None.

    >>> opening_title("معاون سیاسی امنیتی استاندار").name
    'معاون سیاسی امنیتی'
    """
    table = gazetteer().table
    words = lexicon_key(title).split()
    for n in range(min(3, len(words)), 0, -1):
        rec = table.get(" ".join(words[:n]), {}).get("title")
        if rec is not None:
            return rec
    return None
