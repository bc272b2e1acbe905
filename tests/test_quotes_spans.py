"""Quote statements cut at both ends: data-driven cases from real Fars News lines
(tests/data/quotes/spans.tsv)."""

from __future__ import annotations

import pytest

from test_quotes import _key, _quotes, _rows


@pytest.mark.parametrize("with_entities", [True, False], ids=["entities", "no-entities"])
@pytest.mark.parametrize("row", _rows("spans.tsv"), ids=lambda r: r[0])
def test_statement_span(row: list[str], with_entities: bool) -> None:
    _, text, index, kind, cue, start, end, speaker = row
    _, found = _quotes(text, with_entities)
    assert len(found) > int(index), [(q.cue, q.text) for q in found]
    q = found[int(index)]
    assert q.kind == kind
    assert _key(q.cue) == _key(cue)
    if start != "-":
        assert _key(q.text).startswith(_key(start)), q.text
    assert _key(q.text).endswith(_key(end)), q.text
    assert q.speaker is not None and _key(q.speaker.text) == _key(speaker)
