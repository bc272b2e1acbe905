"""Lexicon classes of issue 3, each with sentences where an entry must and must not fire
(tests/data/entities/lexicon_classes.tsv): world capitals, US states, provinces of Iran's neighbours,
international bodies, parliaments, parties and armed movements, companies and airlines, universities,
clubs named with their city (the city stays a nested LOC), seas, rivers, mountains, holy sites, monuments,
border crossings; and words of those classes that are common Persian words and must not fire
(«مین», «حائل», «هوادار», «خانه خدا»)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from farsi_press import normalize
from farsi_press.entities import find_entities

DATA = Path(__file__).resolve().parent / "data" / "entities" / "lexicon_classes.tsv"


def _cases() -> list[tuple[str, str, str, str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        rows = list(csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    return [tuple(r) for r in rows[1:]]


@pytest.mark.parametrize("rule,expect,label,entity,text", _cases())
def test_lexicon_class(rule: str, expect: str, label: str, entity: str, text: str) -> None:
    text = normalize(text)
    got = {(e.label, e.text) for e in find_entities(text, [])}
    want = (label, normalize(entity))
    if expect == "+":
        assert want in got, (rule, sorted(got))
    else:
        assert want not in got, (rule, sorted(got))
