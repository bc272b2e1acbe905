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
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from farsi_press import lexicons as lx
from farsi_press.lexicons import lexicon_key

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
        text = (resources.files("farsi_press") / "data" / "entities_words.tsv").read_text(encoding="utf-8")
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


# the bare past stem and stem+«ی» are left out: too many are nouns or adjectives (زیست, زیستی, ساخت)
_ENDINGS_PAST = ("م", "یم", "ید", "ند", "ه", "ه‌اند", "ه‌است", "ه‌ایم")
_ENDINGS_PRESENT = ("د", "ند", "م", "یم", "ید")


def _hazm_data() -> Path:
    """hazm's data folder, found without importing hazm (its import pulls in nltk: ~1 s)."""
    spec = find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("hazm")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _hazm_words() -> tuple[set[str], set[str], set[str], dict[str, str]]:
    """Stop words, verb forms, frequent common words and POS-tagged words from hazm's bundled
    lexicon (MIT), read from the installed hazm package."""
    stop: set[str] = set()
    verbs: set[str] = set()
    common: set[str] = set()
    tagged: dict[str, str] = {}
    bare: list[str] = []
    try:
        base = _hazm_data()
        for line in (base / "stopwords.dat").read_text(encoding="utf-8").splitlines():
            if line.strip():
                stop.add(lexicon_key(line))
        for line in (base / "verbs.dat").read_text(encoding="utf-8").splitlines():
            past, _, present = line.strip().partition("#")
            if past:
                verbs.add(lexicon_key(past + "ن"))  # infinitive: «رفتن»
            for stem in (past,):
                if stem:
                    bare.append(stem)
                    for e in _ENDINGS_PAST:
                        verbs.add(lexicon_key(stem + e))
                        verbs.add(lexicon_key("ن" + stem + e))
            if present:
                for e in _ENDINGS_PRESENT:
                    verbs.add(lexicon_key(present + e))
                    verbs.add(lexicon_key("ب" + present + e))
                    verbs.add(lexicon_key("ن" + present + e))
        for line in (base / "words.dat").read_text(encoding="utf-8").splitlines():
            if line.endswith("\t0"):
                continue  # untagged (most of the file)
            parts = line.split("\t")
            if len(parts) == 3 and parts[2] != "0":
                k = lexicon_key(parts[0])
                tagged[k] = parts[2]
                if parts[1].isdigit() and int(parts[1]) > 2_000_000:
                    common.add(k)
    except (OSError, ModuleNotFoundError, ValueError):
        pass
    # the bare past stem is a verb («توانست») unless the lexicon knows it as a noun or adjective («زیست»)
    for stem in bare:
        k = lexicon_key(stem)
        if not {"N", "AJ"} & set(tagged.get(k, "").split(",")):
            verbs.add(k)
    return stop, verbs, common, tagged


@cache
def gazetteer() -> Gazetteer:
    """The merged gazetteer, built once."""
    table: dict[str, dict[str, Any]] = {}

    def add(kind: str, mapping: Mapping[str, Any]) -> None:
        for k, v in mapping.items():
            if k:
                table.setdefault(k, {}).setdefault(kind, v)

    add("place", _safe(lx.places))
    add("country", _safe(lx.countries))
    add("world", _safe(lx.world_places))
    add("nat", _safe(lx.nationalities))
    add("org", _safe(lx.orgs))
    add("title", _safe(lx.titles))
    add("hon", _safe(lx.honorifics))
    # place heads («منطقه») open places, department words («روابط عمومی») open an ORG only before another
    not_heads = {k for k, kinds in _entities_words().items() if kinds & {"place_head", "dept"}}
    add("head", {k: v for k, v in _safe(lx.org_heads).items() if k not in not_heads})
    for k, kinds in _entities_words().items():  # heads of the entity layer's own table
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
    words = _entities_words()
    for k, kind in words.items():
        if "foreign_first" in kind:
            core[k] = True
            if k not in first:
                first[k] = lx.PersonName(k, "M", False)
    add("first", first)
    add("core_first", core)
    add("word", words)

    stop, verbs, common, tagged = _hazm_words()
    keep = {k for k, kind in words.items() if "keep" in kind}
    own_stop = {k for k, kind in words.items() if "stop" in kind}
    stop |= own_stop
    lexical = {k for k, tags in table.items() if tags.keys() & {"title", "head", "comp", "place", "country", "world", "org", "venue", "vhead", "hon"}}
    verbs -= lexical
    verbs -= set(first)
    stop = (stop | verbs) - keep - (lexical - own_stop)

    prefixes: set[str] = set()
    longest = 1
    for k in table:
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
