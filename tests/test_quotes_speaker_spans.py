"""Speaker mentions read in their article (tests/data/quotes/speaker_spans.tsv): the speaker of
`X OBJ را B دانست` stops where the object starts (an anaphor keeps its table form, a name its name
words, an office the form the article gives it elsewhere) and the statement starts with the
object; a name of three words the article gave before is found whole."""

from __future__ import annotations

import pytest

from casefiles import rows
from test_quotes import _key, _quotes

CASES = rows("quotes", "speaker_spans.tsv")


@pytest.mark.parametrize("with_entities", [True, False], ids=["entities", "no-entities"])
@pytest.mark.parametrize("row", CASES, ids=lambda r: r[1])
def test_speaker_stops_at_the_object(row: list[str], with_entities: bool) -> None:
    _, _, mode, text, index, speaker, start, name = row
    if mode == "entities" and not with_entities:
        pytest.skip("the office cut reads the article's TITLE entities")
    _, found = _quotes(text, with_entities)
    assert len(found) > int(index), [(q.cue, q.speaker and q.speaker.text, q.text) for q in found]
    q = found[int(index)]
    assert q.speaker is not None and _key(q.speaker.text) == _key(speaker), q.speaker
    assert _key(q.text).startswith(_key(start)), q.text
    if name != "-":
        assert _key(q.speaker_name) == _key(name)
