"""The entity layer's fast paths give what the plain paths give: per-word records against
per-key lookups, the tokenizer's split parts against `tokenize`, the n-gram continuations
against the gazetteer's prefixes, and a second run over a text against the first."""

from __future__ import annotations

from pathlib import Path

import pytest

from farsi_press.entities import EntityParser, _continuations, find_entities
from farsi_press.gazetteer import gazetteer, matches_at
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
