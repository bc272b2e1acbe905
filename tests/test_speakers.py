"""The subject reader of the quote stage (`speakers.subject_at`): the mention that opens a clause,
past report openers (`به گزارش …،`, also written with a ZWNJ: `به‌گزارش`) and adverbials."""

from __future__ import annotations

import pytest

from farsi_press.speakers import subject_at

from casefiles import rows

CASES = rows("speakers", "subjects.tsv")


@pytest.mark.parametrize("loose", [False, True], ids=["strict", "loose"])
@pytest.mark.parametrize("where,text,mention,kind", CASES, ids=[c[0] for c in CASES])
def test_subject_of_clause(where, text, mention, kind, loose):
    # `loose` (a cue with a colon) also reads unknown words before the cue as a name: the
    # opener and its source must still be skipped
    m = subject_at(text, 0, len(text), loose=loose)
    assert m is not None, where
    assert (m.text, m.kind) == (mention, kind)
