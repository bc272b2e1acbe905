"""Document: frozen, picklable, JSON of SPEC.md, from_dict round trip, Jupyter HTML."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest

import farsi_press as fp
from farsi_press.document import Document
from sample_documents import sample_document

SPEC_KEYS = {"id", "text", "sentences", "entities", "officials", "quotes", "source"}


@pytest.fixture(scope="module")
def doc() -> Document:
    return sample_document()


def test_sample_is_consistent(doc):
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        assert doc.text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_frozen_everywhere(doc):
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.id = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.quotes[0].text = "x"  # type: ignore[misc]
    assert isinstance(doc.entities, tuple) and isinstance(doc.officials[0].titles, tuple)
    hash(doc.entities[0])


def test_pickle_and_copy_round_trip(doc):
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(doc, protocol=protocol)) == doc
    assert copy.deepcopy(doc) == doc


def test_to_dict_has_the_spec_fields(doc):
    d = doc.to_dict()
    assert SPEC_KEYS <= set(d)
    assert d["id"] == "sample-malard"
    assert {"start", "end", "text", "label", "official"} <= set(d["entities"][0])
    assert {"id", "name", "titles", "mentions"} <= set(d["officials"][0])
    q = d["quotes"][1]
    assert {"start", "end", "text", "kind", "cue", "speaker", "official", "speaker_name", "speaker_title"} <= set(q)
    assert q["speaker"]["text"] == "وی" and q["speaker_name"] == "احمد رضایی"
    assert d["source"]["text"] == "روابط عمومی فرمانداری شهرستان ملارد"


def test_json_round_trip(doc):
    text = doc.to_json()
    assert "احمد رضایی" in text  # Persian kept readable, not \\u escapes
    assert Document.from_dict(json.loads(text)) == doc
    assert Document.from_dict(doc.to_dict()) == doc
    assert json.loads(doc.to_json(indent=2)) == doc.to_dict()


def test_round_trip_of_analyzed_documents():
    for text in ["", "سلام", "به گزارش ایسنا، وزیر کشور گفت: «انتخابات برگزار می‌شود.»\n\nوی افزود که آماده‌ایم."]:
        doc = fp.analyze(text, id="x")
        assert Document.from_dict(json.loads(doc.to_json())) == doc


def test_from_dict_of_spec_json_without_extras():
    """The SPEC object alone (no `original`, no original offsets) still loads."""
    spec = {"id": None, "text": "وی گفت: آری", "sentences": [{"start": 0, "end": 11}],
            "entities": [], "officials": [],
            "quotes": [{"start": 8, "end": 11, "text": "آری", "kind": "direct", "cue": "گفت",
                        "speaker": {"text": "وی", "start": 0, "end": 2}, "official": None,
                        "speaker_name": None, "speaker_title": None}],
            "source": None}
    doc = Document.from_dict(spec)
    assert doc.original == doc.text and doc.quotes[0].speaker.text == "وی"


def test_jupyter_html(doc):
    html = doc._repr_html_()
    assert 'dir="rtl"' in html and "احمد رضایی" in html
