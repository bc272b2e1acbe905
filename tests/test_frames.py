"""to_frames(): pandas tables of quotes, entities and officials; pandas stays optional."""

from __future__ import annotations

import sys

import pytest

import farsi_press as fp
from farsi_press.frames import ENTITY_COLUMNS, OFFICIAL_COLUMNS, QUOTE_COLUMNS
from sample_documents import sample_document

pd = pytest.importorskip("pandas", reason="pandas (the optional extra) is not installed")


def test_tables_of_the_sample():
    doc = sample_document()
    quotes, entities, officials = fp.to_frames([doc, fp.analyze("خبر بی‌نقل‌قول", id="b")])
    assert list(quotes.columns) == QUOTE_COLUMNS
    assert list(entities.columns) == ENTITY_COLUMNS
    assert list(officials.columns) == OFFICIAL_COLUMNS
    assert len(quotes) == 3 and len(entities) == len(doc.entities) and len(officials) == 2
    assert quotes.loc[1, "speaker"] == "وی" and quotes.loc[1, "speaker_name"] == "احمد رضایی"
    per_official = quotes.groupby("speaker_name").size().to_dict()
    assert per_official == {"احمد رضایی": 2, "مریم حسینی": 1}
    assert officials.set_index("name").loc["احمد رضایی", "quotes"] == 2
    assert entities["label"].value_counts()["ORG"] == 4
    assert str(entities["official"].dtype) == "Int64"


def test_named_access_single_document_and_empty():
    frames = fp.to_frames(sample_document())
    assert frames.quotes is frames[0] and len(frames.officials) == 2
    empty = fp.to_frames([])
    assert all(len(t) == 0 for t in empty)
    assert list(empty.quotes.columns) == QUOTE_COLUMNS


def test_type_error_for_non_documents():
    with pytest.raises(TypeError, match="Document"):
        fp.to_frames(["متن"])


def test_clear_message_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"farsi-press\[pandas\]"):
        fp.to_frames([sample_document()])
