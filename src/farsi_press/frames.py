"""pandas tables of many analyzed documents: quotes, entities and officials, one row each.

pandas is an optional extra (`pip install "farsi-press[pandas]"`).

>>> import farsi_press as fp
>>> frames = fp.to_frames([fp.analyze("فرماندار ملارد گفت: کار انجام شد.", id="a")])
>>> list(frames.quotes.columns)[:4]
['doc_id', 'doc', 'quote', 'kind']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, NamedTuple

from farsi_press.document import Document

if TYPE_CHECKING:
    import pandas

__all__ = ["Frames", "to_frames", "QUOTE_COLUMNS", "ENTITY_COLUMNS", "OFFICIAL_COLUMNS"]

QUOTE_COLUMNS = ["doc_id", "doc", "quote", "kind", "cue", "speaker", "speaker_name", "speaker_title",
                 "official", "text", "start", "end", "original_start", "original_end"]
ENTITY_COLUMNS = ["doc_id", "doc", "label", "text", "official", "start", "end", "original_start",
                  "original_end"]
OFFICIAL_COLUMNS = ["doc_id", "doc", "official", "name", "titles", "title", "mentions", "quotes"]


class Frames(NamedTuple):
    """The three tables; unpack them (`quotes, entities, officials = to_frames(docs)`) or use names."""

    quotes: pandas.DataFrame
    entities: pandas.DataFrame
    officials: pandas.DataFrame


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("farsi_press.to_frames needs pandas, an optional extra: "
                          'pip install "farsi-press[pandas]" (or pip install pandas)') from None
    return pandas


def to_frames(docs: Document | Iterable[Document]) -> Frames:
    """Quotes, entities and officials of docs as pandas DataFrames.

    Every row carries `doc_id` (the document's id) and `doc` (its position in docs). In the
    officials table `title` is the first title, `titles` all of them joined by ` | `, and
    `quotes` the number of quotes attributed to the official.
    """
    pd = _pandas()
    if isinstance(docs, Document):
        docs = [docs]
    quotes, entities, officials = [], [], []
    for n, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"to_frames() needs Document objects, got {type(doc).__name__}")
        names = {o.id: o for o in doc.officials}
        quoted: dict[int, int] = {}
        for i, q in enumerate(doc.quotes):
            if q.official is not None:
                quoted[q.official] = quoted.get(q.official, 0) + 1
            off = names.get(q.official) if q.official is not None else None
            quotes.append({
                "doc_id": doc.id, "doc": n, "quote": i, "kind": q.kind, "cue": q.cue,
                "speaker": q.speaker.text if q.speaker else None,
                "speaker_name": q.speaker_name or (off.name if off else None),
                "speaker_title": q.speaker_title or (off.titles[0] if off and off.titles else None),
                "official": q.official, "text": q.text, "start": q.start, "end": q.end,
                "original_start": q.original_start, "original_end": q.original_end,
            })
        for e in doc.entities:
            entities.append({
                "doc_id": doc.id, "doc": n, "label": e.label, "text": e.text, "official": e.official,
                "start": e.start, "end": e.end, "original_start": e.original_start,
                "original_end": e.original_end,
            })
        for o in doc.officials:
            officials.append({
                "doc_id": doc.id, "doc": n, "official": o.id, "name": o.name,
                "titles": " | ".join(o.titles), "title": o.titles[0] if o.titles else None,
                "mentions": len(o.mentions), "quotes": quoted.get(o.id, 0),
            })
    return Frames(
        quotes=_frame(pd, quotes, QUOTE_COLUMNS, ("official",)),
        entities=_frame(pd, entities, ENTITY_COLUMNS, ("official",)),
        officials=_frame(pd, officials, OFFICIAL_COLUMNS, ()),
    )


def _frame(pd, rows: list[dict], columns: list[str], nullable_ints: tuple[str, ...]):
    frame = pd.DataFrame(rows, columns=columns)
    for col in nullable_ints:
        frame[col] = frame[col].astype("Int64")  # missing official stays <NA>, not a float
    return frame
