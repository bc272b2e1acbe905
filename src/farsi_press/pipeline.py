"""The whole analysis of one text, and of many: `analyze(text) -> Document`, `Pipeline`.

Data flows one way: raw text → normalizer (text + offset map) → sentences → entities →
officials → source → quotes → `Document`. Every stage works on the normalized text; the pipeline
then maps each span back into the caller's input (`original_start`/`original_end`).

>>> import farsi_press as fp
>>> doc = fp.analyze("فرماندار ملارد گفت: کار انجام می شود.")
>>> doc.text
'فرماندار ملارد گفت: کار انجام می\u200cشود.'
>>> doc.original[doc.sentences[0].original_start:doc.sentences[0].original_end].startswith("فرماندار")
True
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

import regex

from farsi_press.document import Document, Entity, Quote, Source, Span, Speaker
from farsi_press.entities import find_entities
from farsi_press.normalize import Normalizer, OffsetMap
from farsi_press.officials import distinct_offices, link_officials
from farsi_press.quotes import find_quotes
from farsi_press.speaker_names import complete_officials
from farsi_press.sentence_split import sentences as find_sentences
from farsi_press.source import find_source

__all__ = ["Pipeline", "analyze", "check_text"]


def check_text(text: object, what: str = "analyze()") -> str:
    """Return text as a plain str, or raise a TypeError that says what to pass instead."""
    if isinstance(text, str):
        return text if type(text) is str else str.__str__(text)
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} needs str, got {type(text).__name__}; "
                        "decode it first, e.g. data.decode('utf-8')")
    if text is None:
        raise TypeError(f"{what} needs str, got None")
    raise TypeError(f"{what} needs str, got {type(text).__name__}")


class Pipeline:
    """A reusable analyzer. Options go to the normalizer (`farsi_press.NormalizerOptions`).

    >>> from farsi_press import Pipeline
    >>> nlp = Pipeline(digits="latin")
    >>> nlp.analyze("سال ۱۳۸۹").text
    'سال 1389'
    """

    def __init__(self, **options: Any) -> None:
        self.options = dict(options)
        self.normalizer = Normalizer(**options)

    def __repr__(self) -> str:
        opts = ", ".join(f"{k}={v!r}" for k, v in self.options.items())
        return f"Pipeline({opts})"

    def __reduce__(self):
        # Rebuilt from its options in another process (the normalizer's caches stay behind).
        return (_rebuild_pipeline, (self.options,))

    def analyze(self, text: str, id: Any = None) -> Document:
        """Analyze one text; `id` is carried into `Document.id` (and the JSON output)."""
        original = check_text(text)
        normalized, offsets = self.normalizer.normalize_with_map(_without_surrogates(original))
        if len(normalized) > LONG_TEXT:
            sents, entities, officials, source, quotes = _stages_in_parts(normalized)
        else:
            sents, entities, officials, source, quotes = _stages(normalized)
        back = _Back(offsets, len(normalized), sents, entities, quotes, source)
        return Document(
            text=normalized,
            original=original,
            sentences=tuple(back.span(s) for s in sents),
            entities=tuple(back.span(e) for e in entities),
            officials=tuple(officials),
            quotes=tuple(back.quote(q) for q in quotes),
            source=None if source is None else back.span(source),
            id=id,
        )

    __call__ = analyze

    def _warm(self) -> None:
        """Load every lexicon, table and pattern the stages build on first use (by analyzing a
        short text), so that worker processes forked after this share them instead of each
        loading its own (`batch.ordered_map`)."""
        self.analyze(_WARM_TEXT)

    def pipe(self, texts: Iterable[str | tuple[str, Any]], n_process: int = 1,
             batch_size: int = 32) -> Iterator[Document]:
        """Analyze many texts lazily, in input order, on `n_process` processes (-1: all cores).

        Items are texts or `(text, id)` pairs. The input is read only a few batches ahead of the
        output, so an endless iterator runs in bounded memory. A text that is not a str raises
        `TypeError` when its turn comes, after every earlier document has been yielded.

        >>> nlp = Pipeline()
        >>> [d.id for d in nlp.pipe([("متن یک", "a"), ("متن دو", "b")])]
        ['a', 'b']
        """
        from farsi_press.batch import analyze_pair, ordered_map

        items = (_as_pair(item) for item in texts)
        for result in ordered_map(analyze_pair, items, self.options, n_process=n_process,
                                  batch_size=batch_size, local=self):
            if isinstance(result, BaseException):
                raise result
            yield result


#: A short report that takes every stage through its tables: source, title, name, quote.
_WARM_TEXT = ("به گزارش خبرگزاری فارس، جابر کریمی فرماندار شهرستان ملارد در جمع خبرنگاران گفت: "
              "«طرح‌ها با همکاری شهرداری و سازمان‌ها اجرا می‌شود».\nوی افزود: کار ادامه دارد.")


_SURROGATE = regex.compile("[\ud800-\udfff]")


def _without_surrogates(text: str) -> str:
    """Text with unpaired surrogates (from `json.loads('"\\ud800"')`, say) as U+FFFD, same length."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


#: Texts longer than this (in characters; news articles stay under 50 000) are analyzed after
#: normalization in parts of about PART characters cut at paragraph breaks: officials are then
#: linked within a part only, and the time stays linear however long the text.
LONG_TEXT = 200_000
PART = 50_000


def _stages(text: str) -> tuple[list[Span], list[Entity], list, Source | None, list[Quote]]:
    """Every stage after the normalizer, on normalized text (offsets index into it)."""
    sents = find_sentences(text)
    entities = find_entities(text, sents)
    entities, officials = link_officials(text, sents, entities)
    source = find_source(text, entities)
    quotes = find_quotes(text, sents, entities, officials)
    entities, officials, quotes = complete_officials(text, entities, officials, quotes)
    return sents, entities, distinct_offices(text, officials), source, quotes


def _part_ends(text: str, size: int) -> list[int]:
    """End offsets of consecutive parts of about `size` characters, cut after a paragraph break
    (else a line break, else a space) when one comes within another `size` characters."""
    ends = []
    pos = 0
    n = len(text)
    while n - pos > size:
        target, limit = pos + size, min(pos + 2 * size, n)
        cut = -1
        for sep in ("\n\n", "\n", " "):
            i = text.find(sep, target, limit)
            if i >= 0:
                cut = i + len(sep)
                break
        if cut < 0:
            cut = target
        ends.append(cut)
        pos = cut
    ends.append(n)
    return ends


def _shift(rec, by: int, officials_before: int):
    changes: dict[str, Any] = {"start": rec.start + by, "end": rec.end + by}
    if getattr(rec, "official", None) is not None:
        changes["official"] = rec.official + officials_before
    if getattr(rec, "speaker", None) is not None:
        changes["speaker"] = replace(rec.speaker, start=rec.speaker.start + by, end=rec.speaker.end + by)
    return replace(rec, **changes)


def _stages_in_parts(text: str):
    """`_stages` run part by part (see LONG_TEXT), results shifted into the whole text."""
    sents: list[Span] = []
    entities: list[Entity] = []
    officials: list = []
    quotes: list[Quote] = []
    source: Source | None = None
    start = 0
    for end in _part_ends(text, PART):
        p_sents, p_entities, p_officials, p_source, p_quotes = _stages(text[start:end])
        k = len(officials)
        sents += [_shift(x, start, k) for x in p_sents]
        entities += [_shift(x, start, k) for x in p_entities]
        quotes += [_shift(x, start, k) for x in p_quotes]
        officials += [replace(o, id=o.id + k, mentions=tuple((a + start, b + start) for a, b in o.mentions))
                      for o in p_officials]
        if source is None and p_source is not None:
            source = _shift(p_source, start, k)
        start = end
    return sents, entities, officials, source, quotes


def _as_pair(item: object) -> tuple[object, Any]:
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1]
    return item, None


def _rebuild_pipeline(options: dict[str, Any]) -> Pipeline:
    return Pipeline(**options)


class _Back:
    """Fills `original_start`/`original_end` of records through the normalizer's offset map: every
    span of a document is mapped at once (a few array operations), then handed out in the order
    the records are built (sentences, entities, quotes with their speakers, source)."""

    __slots__ = ("originals",)

    def __init__(self, offsets: OffsetMap, n: int, sents: Sequence[Span], entities: Sequence[Entity],
                 quotes: Sequence[Quote], source: Source | None) -> None:
        import numpy as np

        spans = [x for rec in sents for x in (rec.start, rec.end)]
        spans += [x for rec in entities for x in (rec.start, rec.end)]
        for q in quotes:
            spans += (q.start, q.end) if q.speaker is None else (q.start, q.end, q.speaker.start, q.speaker.end)
        if source is not None:
            spans += (source.start, source.end)
        n_in = offsets.input_length
        both = np.array(spans, dtype=np.int64).reshape(-1, 2)
        # a stage that returns a span outside the text gets a clamped one, never a crash here
        # (`np.clip` spelled out: the same values, without its overhead of a few µs per call)
        start = np.minimum(np.maximum(both[:, 0], 0), n)
        end = np.minimum(np.maximum(both[:, 1], start), n)
        if n:
            a = np.where(start < n, offsets.starts[np.minimum(start, n - 1)], n_in)
            b = np.where((end > start) & (start < n), np.maximum(a, offsets.ends[np.maximum(end - 1, 0)]), a)
        else:
            a = b = np.full(start.shape, n_in, dtype=np.int64)
        self.originals = iter(zip(a.tolist(), b.tolist()))

    def span(self, rec: Span | Entity | Source | Speaker):
        a, b = next(self.originals)
        if type(rec) is Span:
            return Span(rec.start, rec.end, a, b)
        if type(rec) is Entity:
            return Entity(rec.start, rec.end, rec.text, rec.label, rec.official, a, b)
        if type(rec) is Speaker:
            return Speaker(rec.text, rec.start, rec.end, a, b)
        return replace(rec, original_start=a, original_end=b)

    def quote(self, q: Quote) -> Quote:
        # the constructor, not `dataclasses.replace` (several times slower): one per quote
        a, b = next(self.originals)
        speaker = None if q.speaker is None else self.span(q.speaker)
        return Quote(q.start, q.end, q.text, q.kind, q.cue, speaker, q.official, q.speaker_name,
                     q.speaker_title, a, b)


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(text: str, id: Any = None) -> Document:
    """Normalize and analyze one text with default options: sentences, entities, officials,
    source and quotes, offsets into the normalized text and back into the input.

    >>> import farsi_press as fp
    >>> fp.analyze("به گزارش خبرگزاری فارس، جلسه برگزار شد.").text
    'به گزارش خبرگزاری فارس، جلسه برگزار شد.'
    """
    check_text(text)
    return _default_pipeline().analyze(text, id=id)
