"""Entity layer: data-driven positive and negative cases, nesting, offsets, speed guard."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from farsi_press.entities import find_entities
from farsi_press.tokens import COMMA, JOIN, tokenize

DATA = Path(__file__).resolve().parent / "data" / "entities"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _rows(name: str) -> list[list[str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")]
    return rows[1:]


@pytest.mark.parametrize("text,label,entity", _rows("entities.tsv"))
def test_finds(text: str, label: str, entity: str) -> None:
    got = {(e.label, e.text) for e in find_entities(text, [])}
    assert (label, entity) in got, sorted(got)


@pytest.mark.parametrize("text,label,entity", _rows("entities_negative.tsv"))
def test_does_not_find(text: str, label: str, entity: str) -> None:
    got = {(e.label, e.text) for e in find_entities(text, [])}
    assert (label, entity) not in got, sorted(got)


def test_nested_title_org_loc() -> None:
    text = "مدیر کل روابط عمومی استانداری تهران گفت"
    ents = find_entities(text, [])
    title = next(e for e in ents if e.label == "TITLE")
    org = next(e for e in ents if e.label == "ORG")
    loc = next(e for e in ents if e.label == "LOC")
    assert title.start <= org.start < org.end <= title.end
    assert org.start <= loc.start < loc.end <= org.end


def test_honorific_outside_person() -> None:
    ents = find_entities("حجت‌الاسلام والمسلمین علی سعیدی گفت", [])
    assert [e.text for e in ents if e.label == "PERSON"] == ["علی سعیدی"]


def test_text_is_slice_and_sorted() -> None:
    text = "به گزارش خبرگزاری فارس از کرج، جابر کریمی فرماندار شهرستان ملارد گفت: وزیر کشور آمد."
    ents = find_entities(text, [])
    assert ents
    for e in ents:
        assert text[e.start:e.end] == e.text
    assert ents == sorted(ents, key=lambda e: (e.start, -e.end))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "،،،", "۱۲۳۴", "abc def", "«»", "\u200c\u200c"])
def test_odd_input_does_not_crash(text: str) -> None:
    assert isinstance(find_entities(text, []), list)


def test_tokens_gaps() -> None:
    toks = tokenize("استاندار تهران، محسن منصوری")
    assert toks.keys == ["استاندار", "تهران", "محسن", "منصوری"]
    assert toks.gaps[1:] == [JOIN, COMMA, JOIN]
    assert [toks.text[s:e] for s, e in zip(toks.starts, toks.ends)] == toks.keys


def test_zwnj_word_is_one_unit() -> None:
    toks = tokenize("رئیس\u200cجمهور گفت")
    assert toks.keys[0] == "رییس جمهور" and len(toks) == 2


def test_corpus_articles_read_sanely() -> None:
    corpus = SHARED / "data" / "corpus" / "fars-2008-2011.jsonl"
    if not corpus.exists():
        pytest.skip("../shared is absent: the Fars corpus check needs ../shared/data/corpus")
    import json

    from farsi_press import normalize

    with corpus.open(encoding="utf-8") as fh:
        texts = [normalize(json.loads(line)["text"]) for _, line in zip(range(40), fh)]
    labels = set()
    for text in texts:
        for e in find_entities(text, []):
            assert text[e.start:e.end] == e.text and e.end > e.start
            labels.add(e.label)
    assert labels == {"PERSON", "TITLE", "ORG", "LOC"}


@pytest.mark.parametrize("text", [
    " ".join(["اداره سازمان"] * 3000),   # bodies chained without end: bounded nesting, no RecursionError
    " ".join(["معاون رئیس"] * 3000),
    "آقای " * 5000 + "کریمی",
])
def test_pathological_input_is_bounded(text: str) -> None:
    ents = find_entities(text, [])
    assert all(text[e.start:e.end] == e.text for e in ents)


_TOKEN_CASES = [
    "استاندار تهران، محسن منصوری",
    "روابط\u200cعمومی\u200c شهرداری\u200c",        # ZWNJ inside a word and at its end
    "حَسَن روحانیّ رئيس\u200cجمهور",                  # diacritics (marks) inside words
    "کد_ملی ۱۲۳ و x²+y³ = ½ در سال Ⅳ",               # «_», superscripts, fractions, Roman numerals
    "سلام 😀 دنیا\u200d\u200c!",                     # a character beyond the BMP: the `regex` path
    "",
    "«»،.",
]


@pytest.mark.parametrize("text", _TOKEN_CASES)
def test_tokenize_matches_letter_mark_digit_runs(text: str) -> None:
    """The standard-`re` fast path of `tokenize` gives exactly the units of \\p{L}\\p{M}\\p{Nd} runs."""
    import regex

    units = [(m.start(), m.end()) for m in regex.finditer(
        r"[\p{L}\p{M}\p{Nd}]+(?:[\u200c\u200d][\p{L}\p{M}\p{Nd}]+)*", text)]
    toks = tokenize(text)
    assert list(zip(toks.starts, toks.ends)) == units
