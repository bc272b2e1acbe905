"""Recall classes of issue 3 (session 9), each with lines where it must and must not fire
(tests/data/entities/recall_classes.tsv; short real corpus lines, and lines of our own marked «own»):
foreign given names of public figures, a foreign first name and a two-word surname before a time
word, public figures' surnames (`notable`), a surname this text gave a person beating a town of the
same name, the subject's slot after «به گزارش …،», «جمهوری X» countries (not «ریاست جمهوری X»),
speech verbs in the present and after an adverb, and a surname no lexicon knows opening a line
before its office."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from farsi_press import normalize
from farsi_press.entities import find_entities

DATA = Path(__file__).resolve().parent / "data" / "entities" / "recall_classes.tsv"


def _cases() -> list[tuple[str, ...]]:
    with DATA.open(encoding="utf-8") as fh:
        rows = list(csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    return [tuple(r) for r in rows[1:]]


@pytest.mark.parametrize("rule,expect,label,entity,text", _cases())
def test_recall_class(rule: str, expect: str, label: str, entity: str, text: str) -> None:
    text = normalize(text.replace(" (own)", "").replace("\\n", "\n"))
    got = {(e.label, e.text) for e in find_entities(text, [])}
    want = (label, normalize(entity))
    if expect == "+":
        assert want in got, (rule, sorted(got))
    else:
        assert want not in got, (rule, sorted(got))
