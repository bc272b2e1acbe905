"""The entity layer's fast paths give what the plain paths give: per-word records against
per-key lookups, the tokenizer's split parts against `tokenize`, the n-gram continuations
against the gazetteer's prefixes, and a second run over a text against the first."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from farsi_press.entities import EntityParser, _continuations, find_entities
from farsi_press.gazetteer import gazetteer, matches_at
from farsi_press.lexicons import _KEY_TABLE
from farsi_press.tokens import split_words, tokenize, tokens_of

DATA = Path(__file__).resolve().parent / "data" / "entities_speed"


def _texts() -> list[str]:
    lines = (DATA / "texts.txt").read_text(encoding="utf-8").splitlines()
    return [ln.replace("\\n", "\n") for ln in lines if ln.strip() and not ln.startswith("#")]


TEXTS = _texts()


@pytest.mark.parametrize("text", TEXTS + ["", "،", "«وزیر»", "abc ۱۲۳ def"])
def test_tokens_of_split_parts_is_tokenize(text: str) -> None:
    toks = tokenize(text)
    parts = split_words(text)
    assert "".join(parts) == text
    made = tokens_of(text, parts, toks.keys)
    assert (made.starts, made.ends, made.keys, made.gaps) == (toks.starts, toks.ends, toks.keys, toks.gaps)


@pytest.mark.parametrize("text", TEXTS)
def test_word_records_give_the_key_path(text: str) -> None:
    """Tokens made elsewhere (records per key) and the parser's own (records per word) agree."""
    own = EntityParser(text)
    given = EntityParser(text, tokenize(text))
    assert own.keys == given.keys and own.tags == given.tags and own.stops == given.stops
    assert own.entities() == given.entities()


@pytest.mark.parametrize("text", TEXTS)
def test_second_run_is_the_first(text: str) -> None:
    """The per-word caches filled by a run change nothing in the next."""
    assert find_entities(text, []) == find_entities(text, [])


@pytest.mark.parametrize("text", TEXTS)
def test_matches_are_the_gazetteers(text: str) -> None:
    """`EntityParser.matches` (continuation sets) is `gazetteer.matches_at` within the punctuation."""
    p = EntityParser(text)
    for i in range(p.n):
        want = matches_at(p.keys, i)
        # matches_at does not stop at punctuation: keep its entries that cross no break
        stop = next((j for j in range(i + 1, p.n) if p.gaps[j] == 2), p.n)
        want = [(n, t) for n, t in want if i + n <= stop]
        assert p.matches(i) == want, (i, p.keys[i])


def test_continuations_are_the_prefixes() -> None:
    g = gazetteer()
    cont = _continuations(g)
    assert set(cont) == set(g.prefixes)
    known = set(g.prefixes) | set(g.table)
    for p, rest in cont.items():
        assert all(p + " " + k in known for k in rest)
    for k in (k for k in known if " " in k):
        head, _, tail = k.rpartition(" ")
        assert tail in cont[head]


@pytest.mark.parametrize("text", TEXTS)
def test_kinds_are_the_entries_kinds(text: str) -> None:
    """`EntityParser._kinds` (per key where no longer entry starts) is the union of the kinds of the
    entries at the position, or the record's own tags for a key that opens no longer entry."""
    from farsi_press.entities import _NEXT_AT, _TAGS_AT, _tag_kinds

    p = EntityParser(text)
    for i in range(p.n):
        rec = p.info[i]
        if rec[_NEXT_AT] is None:
            want = _tag_kinds(rec[_TAGS_AT])
        else:
            stop = next((j for j in range(i + 1, p.n) if p.gaps[j] == 2), p.n)
            want = frozenset().union(*(_tag_kinds(t) for n, t in matches_at(p.keys, i) if i + n <= stop))
        assert p._kinds(i) == want, (i, p.keys[i])


_KEY_CHARS = "".join(chr(c) for c in list(_KEY_TABLE)[:40]) + " \t\n\x1c\x85\u2000\u200a\u200b\u3000آبیکه"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_KEY_CHARS, max_size=8))
def test_key_test_in_re_is_the_regex_one(s: str) -> None:
    """`lexicon_key`'s C-level test (standard `re`) finds what the same class in `regex` finds."""
    import regex

    from farsi_press import lexicons

    old = regex.compile("[" + regex.escape("".join(chr(c) for c in lexicons._KEY_TABLE))
                        + "\t\n\r\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u205f\u3000" + "]|  |^ | $")
    assert (lexicons._KEY_NEEDS_WORK.search(s) is None) == (old.search(s) is None)
    if old.search(s) is None:
        assert lexicons.lexicon_key(s) == s  # (the fast path gives the word back as it is)


def test_key_translation_is_the_key_table() -> None:
    """`lexicon_key`'s full table translates every character of its blocks as `_KEY_TABLE` does."""
    from farsi_press import lexicons

    chars = "".join(map(chr, lexicons._KEY_TRANSLATE)) + "".join(map(chr, range(0x2000, 0x2100))) + "\U0001F600"
    assert chars.translate(lexicons._KEY_TRANSLATE) == chars.translate(lexicons._KEY_TABLE)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_key_translation_of_any_text(s: str) -> None:
    from farsi_press import lexicons

    assert s.translate(lexicons._KEY_TRANSLATE) == s.translate(lexicons._KEY_TABLE)


@pytest.mark.parametrize("text", TEXTS)
def test_kinds_hold_every_entrys_kinds(text: str) -> None:
    """The grammar skips a lookup of a kind that `_kinds` lacks: every kind of every entry at a
    position is among its kinds (a glued «سیدرضا»'s record may add a first name, never drop one)."""
    p = EntityParser(text)
    for i in range(p.n):
        for _, tags in p.matches(i):
            assert set(tags) <= p._kinds(i), (i, p.keys[i])
