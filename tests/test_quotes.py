"""Quotes and speakers: data-driven cases from real Fars News lines (tests/data/quotes/)."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest

from farsi_press import normalize
from farsi_press.entities import find_entities
from farsi_press.officials import link_officials
from farsi_press.quotes import cues, find_quotes
from farsi_press.sentence_split import sentences

DATA = Path(__file__).resolve().parent / "data" / "quotes"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _rows(name: str) -> list[list[str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [r for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r and not r[0].startswith("#")]


def _quotes(text: str, with_entities: bool = True):
    text = normalize(text)
    sents = sentences(text)
    ents, offs = [], []
    if with_entities:
        ents = find_entities(text, sents)
        ents, offs = link_officials(text, sents, ents)
    return text, find_quotes(text, sents, ents, offs)


def _key(s: str | None) -> str:
    return "" if s is None else "".join(normalize(s).replace("\u200c", " ").split())


@pytest.mark.parametrize("with_entities", [True, False], ids=["entities", "no-entities"])
@pytest.mark.parametrize("row", _rows("positive.tsv"), ids=lambda r: r[0])
def test_positive(row: list[str], with_entities: bool) -> None:
    _, text, kind, cue, start, speaker, name, title = row
    _, found = _quotes(text, with_entities)
    assert found, f"no quote in {text!r}"
    # the quote of the expected cue (a sentence of two cues: «… را مهم خواند، افزود: …»), else the first
    q = next((x for x in found if _key(x.cue) == _key(cue)), found[0])
    assert q.kind == kind
    assert _key(q.cue) == _key(cue)
    assert _key(q.text).startswith(_key(start)), q.text
    if speaker != "-":
        assert q.speaker is not None and _key(q.speaker.text) == _key(speaker)
    if name != "-":
        assert _key(q.speaker_name) == _key(name)
    if title != "-":
        assert _key(q.speaker_title) == _key(title)
    assert q.speaker_name not in ("وی", "او", "ایشان")


@pytest.mark.parametrize("row", _rows("negative.tsv"), ids=lambda r: r[0])
def test_negative(row: list[str]) -> None:
    _, text = row
    _, found = _quotes(text)
    assert found == [], [(q.cue, q.text) for q in found]


def _resolution_cases() -> list[dict]:
    return json.loads((DATA / "resolution.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", _resolution_cases(), ids=lambda c: c["name"])
def test_resolution(case: dict) -> None:
    _, found = _quotes(case["text"])
    got = [[q.speaker_name, q.speaker_title] for q in found]
    want = case["quotes"]
    assert len(got) == len(want), got
    for (gn, gt), (wn, wt) in zip(got, want):
        assert _key(gn) == _key(wn)
        assert _key(gt) == _key(wt)


def test_offsets_point_at_the_statement() -> None:
    text, found = _quotes("وزیر کشور گفت: کمیته‌ای تشکیل می‌شود. وی افزود: «این کار انجام شد.»")
    assert [text[q.start:q.end] for q in found] == [q.text for q in found]
    for q in found:
        assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_quote_across_paragraphs() -> None:
    text, found = _quotes("وزیر کشور گفت: «کمیته‌ای تشکیل می‌شود.\n\nاین کمیته هر هفته جلسه دارد.»")
    assert len(found) == 1 and "هر هفته" in found[0].text


def test_every_cue_row_is_well_formed() -> None:
    table = cues()
    assert len(table) > 30
    for c in table:
        assert c.content in ("after", "before", "either", "colon"), c


@pytest.mark.parametrize("text", ["", "   ", "«", "»»«", ":", "گفت:", "وی گفت: «" * 200,
                                  "\u200c\u200c\n\n", "x" * 5000])
def test_odd_input_never_crashes(text: str) -> None:
    _quotes(text)
    find_quotes(text, [], [], [])


def test_fast_on_long_text() -> None:
    para = ("مدیرکل راه و ترابری استان اصفهان حضور همیشگی گشت راهداری را الزامی دانست و گفت: "
            "گشت راهداری مهم است. وی افزود: «باید کمتر از کاستی‌ها صحبت کرد» ")
    text = normalize(para * 200)
    sents = sentences(text)
    t0 = time.perf_counter()
    found = find_quotes(text, sents, [], [])
    assert time.perf_counter() - t0 < 5
    assert len(found) >= 400


@pytest.mark.skipif(not (SHARED / "data" / "dev" / "malard-pr-assembly.json").exists(),
                    reason="../shared (gold articles) is absent")
def test_seed_article_fully_right() -> None:
    gold = json.loads((SHARED / "data" / "dev" / "malard-pr-assembly.json").read_text(encoding="utf-8"))
    _, found = _quotes(gold["text"])
    assert len(found) == 7
    for q in found:
        assert q.speaker_name is not None and q.speaker_title is not None, q
    names = {_key(q.speaker_name) for q in found}
    assert names == {_key("صائبی"), _key("جابر کریمی")}


def test_holy_figure_in_a_framing_clause_is_no_speaker() -> None:
    """«…، ضمن تسلیت … حضرت باب‌الحوائج، امام موسی کاظم (ع) از برگزاری مراسم … خبر داد»: the Imam,
    named with his blessing inside the framing clause, is not the speaker (real corpus lines)."""
    import farsi_press as fp

    text = ("هم‌زمان با سالروز شهادت حضرت امام موسی کاظم (ع)، مراسم عزاداری ویژه‌ای برپا می‌شود.\n\n"
            "به گزارش خبرگزاری فارس از مشهد، به نقل از پایگاه اطلاع‌رسانی آستان قدس رضوی معاون تبلیغات و "
            "ارتباطات اسلامی آستان قدس رضوی، ضمن تسلیت به مناسبت فرارسیدن ایام شهادت حضرت باب‌الحوائج، امام "
            "موسی کاظم (ع) از برگزاری مراسم ویژه در شب و شام شهادت این امام همام خبر داد.")
    doc = fp.analyze(text)
    assert not [q for q in doc.quotes if "کاظم" in (q.speaker_name or "") + q.speaker.text], doc.quotes
