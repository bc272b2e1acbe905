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


_ENDINGS_PAST = ("", "م", "ی", "یم", "ید", "ند", "ه", "ه‌اند", "ه‌است", "ه‌ایم")
_ENDINGS_PRESENT = ("د", "ند", "م", "یم", "ید")


def _hazm_words() -> tuple[set[str], set[str], set[str]]:
    """Stop words, verb forms and frequent common words from hazm's bundled lexicon (MIT)."""
    stop: set[str] = set()
    verbs: set[str] = set()
    common: set[str] = set()
    try:
        base = resources.files("hazm") / "data"
        for line in (base / "stopwords.dat").read_text(encoding="utf-8").splitlines():
            if line.strip():
                stop.add(lexicon_key(line))
        for line in (base / "verbs.dat").read_text(encoding="utf-8").splitlines():
            past, _, present = line.strip().partition("#")
            for stem in (past,):
                if stem:
                    for e in _ENDINGS_PAST:
                        verbs.add(lexicon_key(stem + e))
                        verbs.add(lexicon_key("ن" + stem + e))
            if present:
                for e in _ENDINGS_PRESENT:
                    verbs.add(lexicon_key(present + e))
                    verbs.add(lexicon_key("ب" + present + e))
                    verbs.add(lexicon_key("ن" + present + e))
        for line in (base / "words.dat").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2] != "0" and parts[1].isdigit() and int(parts[1]) > 2_000_000:
                common.add(lexicon_key(parts[0]))
    except (OSError, ModuleNotFoundError, ValueError):
        pass
    return stop, verbs, common


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
    add("head", _safe(lx.org_heads))
    add("comp", _safe(lx.org_complements))
    add("venue", _safe(lx.venues))
    add("vhead", _safe(lx.venue_heads))
    add("sur", _safe(lx.surnames))
    first = dict(_safe(lx.first_names))
    for k, parts in _safe(lx.name_parts).items():
        for p in parts:
            if p.role == "first_name" and k not in first:
                first[k] = lx.PersonName(p.part, p.gender, False)
    words = _entities_words()
    for k, kind in words.items():
        if "foreign_first" in kind and k not in first:
            first[k] = lx.PersonName(k, "M", False)
    add("first", first)
    add("word", words)

    stop, verbs, common = _hazm_words()
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
                     frozenset(common))


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
