"""Entity rule classes of issue 3, each with real lines where it must and must not fire
(tests/data/entities/classes.tsv): quotation marks kept in pairs, public figures by class, a first
name standing alone, a medium's nationality and country, names owned by a noun («شاگردان …»),
roads and described venues, courts and their branches, foreign clubs, chains that stop at a clause.

And the lexicon classes (tests/data/entities/lexicon_classes.tsv): world capitals, US states,
provinces of Iran's neighbours, international bodies, parliaments, parties and armed movements,
companies and airlines, universities, clubs named with their city (the city stays a nested LOC),
seas, rivers, mountains, holy sites, monuments, border crossings; and words of those classes that
are common Persian words and must not fire («مین», «حائل», «هوادار», «خانه خدا»).

And the recall classes of session 9 (tests/data/entities/recall_classes.tsv; short real corpus
lines, and lines of our own marked «(own)»): foreign given names of public figures, a foreign first
name and a two-word surname before a time word, public figures' surnames (`notable`), a surname this
text gave a person beating a town of the same name, the subject's slot after «به گزارش …،»,
«جمهوری X» countries (not «ریاست جمهوری X»), speech verbs in the present and after an adverb, and a
surname no lexicon knows opening a line before its office."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from farsi_press import normalize
from farsi_press.entities import find_entities

DATA = Path(__file__).resolve().parent / "data" / "entities"


def _cases() -> list[tuple[str, str, str, str, str]]:
    cases = []
    for name in ("classes.tsv", "lexicon_classes.tsv", "recall_classes.tsv"):
        with (DATA / name).open(encoding="utf-8") as fh:
            rows = list(csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
        cases += [tuple(r) for r in rows[1:]]
    return cases


@pytest.mark.parametrize("rule,expect,label,entity,text", _cases())
def test_rule_class(rule: str, expect: str, label: str, entity: str, text: str) -> None:
    # (a paragraph break written \n in the file; «(own)» marks a line of our own)
    text = normalize(text.replace(" (own)", "").replace("\\n", "\n"))
    got = {(e.label, e.text) for e in find_entities(text, [])}
    want = (label, normalize(entity))
    if expect == "+":
        assert want in got, (rule, sorted(got))
    else:
        assert want not in got, (rule, sorted(got))

