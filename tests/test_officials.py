"""Officials: apposition in either order, later mentions joining the record, lead linking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from farsi_press.entities import find_entities
from farsi_press.officials import link_officials

DATA = Path(__file__).resolve().parent / "data" / "entities"
CASES = json.loads((DATA / "officials.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:30] for c in CASES])
def test_officials(case: dict) -> None:
    text = case["text"]
    ents, offs = link_officials(text, [], find_entities(text, []))
    by_name = {o.name: o for o in offs}
    for want in case["officials"]:
        got = by_name.get(want["name"])
        if want["name"] is None:
            got = next((o for o in offs if o.name is None and set(want["titles"]) <= set(o.titles)), None)
        assert got is not None, [(o.name, o.titles) for o in offs]
        assert set(want["titles"]) <= set(got.titles), got.titles
        mentions = {text[s:e] for s, e in got.mentions}
        assert set(want.get("mentions", [])) <= mentions, mentions
        for e in ents:
            if (e.start, e.end) in got.mentions:
                assert e.official == got.id


@pytest.mark.parametrize("case", [c for c in CASES if c.get("not_titles")],
                         ids=[c["text"][:30] for c in CASES if c.get("not_titles")])
def test_officials_not_linked(case: dict) -> None:
    """A reporter («خبرنگار فارس») is no office holder, and an office that is the object of a
    preposition in the body («با رئیس باشگاه») is not given to the sentence's subject."""
    text = case["text"]
    _, offs = link_officials(text, [], find_entities(text, []))
    for o in offs:
        if o.name is not None:
            assert not set(case["not_titles"]) & set(o.titles), (o.name, o.titles)


@pytest.mark.parametrize("case", [c for c in CASES if c.get("not_names")],
                         ids=[c["text"][:30] for c in CASES if c.get("not_names")])
def test_names_not_completed(case: dict) -> None:
    """A name is completed with «سید» or a given name in «…» only where that is the name's start: not
    the inner «سید» of a surname («پور سید آقایی»), not the words of a quoted phrase («هل من ناصر …»)."""
    text = case["text"]
    _, offs = link_officials(text, [], find_entities(text, []))
    assert not set(case["not_names"]) & {o.name for o in offs}, [(o.name, o.titles) for o in offs]


def test_ids_and_pointers_consistent() -> None:
    text = CASES[0]["text"]
    ents, offs = link_officials(text, [], find_entities(text, []))
    assert [o.id for o in offs] == list(range(len(offs)))
    for e in ents:
        assert e.official is None or 0 <= e.official < len(offs)


def test_no_entities() -> None:
    assert link_officials("متن بدون نام", [], []) == ([], [])


def test_many_mentions_stay_fast() -> None:
    import time

    text = "، ".join(["جابر کریمی فرماندار شهرستان ملارد"] * 2000)
    ents = find_entities(text, [])
    t0 = time.perf_counter()
    ents, offs = link_officials(text, [], ents)
    assert time.perf_counter() - t0 < 5
    assert [o.name for o in offs] == ["جابر کریمی"]
