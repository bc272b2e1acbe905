"""analyze() and Pipeline: types, offsets back into the input, pipe() order, ids and memory."""

from __future__ import annotations

import csv
import dataclasses
import itertools
import pickle
from pathlib import Path

import pytest

import farsi_press as fp
from farsi_press.document import Document

DATA = Path(__file__).resolve().parent / "data"


def _texts() -> list[tuple[str, str]]:
    rows = []
    with open(DATA / "analyze_texts.tsv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#"):
                continue
            text = row[1] if len(row) > 1 else ""
            text = text.encode("ascii", "backslashreplace").decode("unicode_escape") if "\\" in text else text
            rows.append((row[0], text))
    return rows


TEXTS = _texts()


def _spans(doc: Document):
    yield from doc.sentences
    yield from doc.entities
    yield from doc.quotes
    yield from (q.speaker for q in doc.quotes if q.speaker is not None)
    if doc.source is not None:
        yield doc.source


@pytest.mark.parametrize("name,text", TEXTS, ids=[n for n, _ in TEXTS])
def test_analyze_offsets_point_into_text_and_input(name, text):
    doc = fp.analyze(text)
    assert isinstance(doc, Document)
    assert doc.original == text
    assert doc.text == fp.normalize(text)
    for span in _spans(doc):
        assert 0 <= span.start <= span.end <= len(doc.text), span
        assert 0 <= span.original_start <= span.original_end <= len(doc.original), span
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    for o in doc.officials:
        for a, b in o.mentions:
            assert 0 <= a <= b <= len(doc.text)


def test_sentence_offsets_map_back_over_removed_characters():
    original = "تـــهران بزرگ است.\nكار انجام شد."
    doc = fp.analyze(original)
    assert "ـ" not in doc.text
    first, second = doc.sentences
    assert original[first.original_start:first.original_end] == "تـــهران بزرگ است."
    assert original[second.original_start:second.original_end] == "كار انجام شد."


@pytest.mark.parametrize("bad", [None, b"\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", bytearray(b"x"), 42, 3.5,
                                 ["سلام"], {"text": "سلام"}, object()])
def test_non_text_raises_type_error(bad):
    with pytest.raises(TypeError, match="needs str"):
        fp.analyze(bad)
    with pytest.raises(TypeError, match="needs str"):
        fp.Pipeline().analyze(bad)


def test_bytes_error_says_how_to_fix():
    with pytest.raises(TypeError, match="decode"):
        fp.analyze("سلام".encode())


def test_str_subclass_and_id_are_kept():
    class Text(str):
        pass

    doc = fp.analyze(Text("وزیر کشور گفت: انتخابات برگزار می‌شود."), id="a-1")
    assert doc.id == "a-1"
    assert type(doc.text) is str


def test_lone_surrogate_does_not_crash():
    doc = fp.analyze("سلام \ud800 دنیا")
    assert doc.original == "سلام \ud800 دنیا"
    assert "\ud800" not in doc.text


def test_document_is_frozen_and_picklable():
    doc = fp.analyze("به گزارش ایسنا، وزیر کشور گفت: «انتخابات برگزار می‌شود.»", id=7)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_pipeline_options_reach_the_normalizer():
    assert fp.Pipeline(digits="latin").analyze("سال ۱۳۸۹").text == "سال 1389"
    assert fp.Pipeline().analyze("سال 1389").text == "سال ۱۳۸۹"
    with pytest.raises(TypeError, match="unknown normalizer option"):
        fp.Pipeline(no_such_option=True)


def test_pipeline_pickles_with_its_options():
    nlp = pickle.loads(pickle.dumps(fp.Pipeline(digits="latin")))
    assert nlp.options == {"digits": "latin"}
    assert nlp.analyze("۱۲").text == "12"


# --- pipe ------------------------------------------------------------------------------------------

ARTICLES = [text for _, text in TEXTS] * 3


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_keeps_order_and_matches_analyze(n_process):
    nlp = fp.Pipeline()
    pairs = [(text, i) for i, text in enumerate(ARTICLES)]
    docs = list(nlp.pipe(pairs, n_process=n_process, batch_size=4))
    assert [d.id for d in docs] == list(range(len(ARTICLES)))
    assert docs == [nlp.analyze(text, id=i) for text, i in pairs]


def test_pipe_takes_plain_texts_and_all_cores():
    docs = list(fp.Pipeline().pipe(iter(ARTICLES[:5]), n_process=-1, batch_size=2))
    assert [d.original for d in docs] == ARTICLES[:5]
    assert all(d.id is None for d in docs)


def test_pipe_is_lazy_on_one_process():
    seen = []

    def texts():
        for i in itertools.count():
            seen.append(i)
            yield f"خبر شماره {i}"

    gen = fp.Pipeline().pipe(texts())
    first = list(itertools.islice(gen, 3))
    assert len(first) == 3 and len(seen) == 3


def test_pipe_reads_a_bounded_window_of_an_endless_input():
    seen = []

    def texts():
        for i in itertools.count():
            seen.append(i)
            yield (f"وزیر کشور گفت: جلسه {i} برگزار شد.", i)

    gen = fp.Pipeline().pipe(texts(), n_process=2, batch_size=5)
    got = [d.id for d in itertools.islice(gen, 40)]
    gen.close()
    assert got == list(range(40))
    # at most 2 * n_process batches in flight beyond what was yielded
    assert len(seen) <= 40 + 2 * 2 * 5 + 5


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_raises_type_error_in_place(n_process):
    gen = fp.Pipeline().pipe(["خبر یک", "خبر دو", None, "خبر چهار"], n_process=n_process, batch_size=1)
    assert [d.text for d in itertools.islice(gen, 2)] == ["خبر یک", "خبر دو"]
    with pytest.raises(TypeError, match="needs str"):
        next(gen)


@pytest.mark.parametrize("n_process,batch_size", [(0, 8), (-2, 8), (1, 0), ("2", 8)])
def test_pipe_rejects_bad_arguments(n_process, batch_size):
    with pytest.raises((ValueError, TypeError)):
        list(fp.Pipeline().pipe(["متن"], n_process=n_process, batch_size=batch_size))


def test_pipe_of_nothing():
    assert list(fp.Pipeline().pipe([], n_process=2)) == []


def test_public_names_stay_functions_after_their_modules_load():
    """`fp.sentences` / `fp.render` must stay the functions once the submodules of the same name load."""
    import farsi_press.render  # noqa: F401
    import farsi_press.sentence_split  # noqa: F401

    fp.analyze("خبر")
    assert callable(fp.sentences) and callable(fp.render)
    assert [(s.start, s.end) for s in fp.sentences("یک.\nدو.")] == [(s.start, s.end) for s in fp.analyze("یک.\nدو.").sentences]
