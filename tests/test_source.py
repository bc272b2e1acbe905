"""The reporting source after «به گزارش», with desk and place apart."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from farsi_press.entities import find_entities
from farsi_press.source import find_source

DATA = Path(__file__).resolve().parent / "data" / "entities"


def _rows() -> list[list[str]]:
    with (DATA / "sources.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")]
    return rows[1:]


def _none(s: str) -> str | None:
    return None if s == "-" else s


@pytest.mark.parametrize("text,source,desk,place", _rows())
def test_source(text: str, source: str, desk: str, place: str) -> None:
    src = find_source(text, find_entities(text, []))
    if _none(source) is None:
        assert src is None
        return
    assert src is not None
    assert (src.text, src.desk, src.place) == (source, _none(desk), _none(place))
    assert text[src.start:src.end] == src.text
