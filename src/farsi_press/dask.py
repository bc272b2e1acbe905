"""Analyze a corpus on many machines with Dask: bags and dataframes, partition by partition.

Each worker process builds one `Pipeline` per set of options, the first time a partition needs it,
and keeps it for every later partition. Dask is an optional extra
(`pip install "farsi-press[dask]"`).

>>> import dask.bag as db
>>> from farsi_press.dask import analyze_bag
>>> bag = db.from_sequence([{"id": 1, "text": "فرماندار ملارد گفت: کار انجام شد."}], npartitions=1)
>>> analyze_bag(bag).pluck("id").compute()
[1]
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterable, Literal

try:
    import dask.bag
    import dask.dataframe
    import pandas
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("farsi_press.dask needs dask and pandas, an optional extra: "
                      'pip install "farsi-press[dask]"') from exc

from farsi_press.document import Document

__all__ = ["analyze_bag", "analyze_dataframe", "worker_pipeline"]

Table = Literal["documents", "quotes", "entities", "officials"]


def _key(options: dict[str, Any]) -> tuple:
    return tuple(sorted(options.items()))


@lru_cache(maxsize=8)
def _pipeline(key: tuple):
    from farsi_press.pipeline import Pipeline

    return Pipeline(**dict(key))


def worker_pipeline(**options: Any):
    """The pipeline of this process for these options (built once, then reused)."""
    return _pipeline(_key(options))


def _item(item: Any, text_field: str, id_field: str) -> tuple[Any, Any]:
    if isinstance(item, dict):
        return item.get(text_field), item.get(id_field)
    if isinstance(item, tuple) and len(item) == 2:
        return item
    return item, None


def _analyze_items(items: Iterable[Any], text_field: str, id_field: str, documents: bool,
                   key: tuple) -> list[Any]:
    pipeline = _pipeline(key)
    out = []
    for item in items:
        text, doc_id = _item(item, text_field, id_field)
        if documents:
            out.append(pipeline.analyze(text, id=doc_id))
            continue
        if not isinstance(text, str):
            what = "missing" if text is None else f"{type(text).__name__}, not a string"
            out.append({"id": doc_id, "error": f"text is {what}"})
            continue
        try:
            out.append(pipeline.analyze(text, id=doc_id).to_dict())
        except Exception as exc:  # one bad article does not stop the partition
            out.append({"id": doc_id, "error": f"analysis failed: {type(exc).__name__}: {exc}"})
    return out


def analyze_bag(bag: dask.bag.Bag, *, text_field: str = "text", id_field: str = "id",
                documents: bool = False, **options: Any) -> dask.bag.Bag:
    """A bag of analyses of a bag of articles.

    Items may be texts, `(text, id)` pairs or dicts with `text_field` and `id_field` (the
    records of a JSONL corpus: `dask.bag.read_text(files).map(json.loads)`). The result holds
    `Document.to_dict()` dicts (JSON-ready), or an error record `{"id", "error"}` in place of a
    bad item; with `documents=True` it holds `Document` objects and a bad item raises.
    `options` go to the normalizer.
    """
    return bag.map_partitions(_analyze_items, text_field, id_field, documents, _key(options))


def _documents_partition(df: pandas.DataFrame, text_column: str, id_column: str | None,
                         key: tuple) -> pandas.DataFrame:
    pipeline = _pipeline(key)
    rows = []
    ids = df[id_column] if id_column is not None else df.index
    for doc_id, text in zip(ids, df[text_column]):
        row = {"id": doc_id, "text": None, "source": None, "sentences": 0, "entities": 0,
               "officials": 0, "quotes": 0, "document": None, "error": None}
        if not isinstance(text, str):
            row["error"] = "text is missing" if _missing(text) else f"text is {type(text).__name__}, not a string"
        else:
            try:
                doc = pipeline.analyze(text, id=_plain(doc_id))
                row.update(text=doc.text, source=doc.source.text if doc.source else None,
                           sentences=len(doc.sentences), entities=len(doc.entities),
                           officials=len(doc.officials), quotes=len(doc.quotes),
                           document=doc.to_json())
            except Exception as exc:
                row["error"] = f"analysis failed: {type(exc).__name__}: {exc}"
        rows.append(row)
    frame = pandas.DataFrame(rows, columns=list(_DOC_COLUMNS), index=df.index)
    return frame.astype(_DOC_COLUMNS)


_DOC_COLUMNS = {"id": "object", "text": "object", "source": "object", "sentences": "int64",
                "entities": "int64", "officials": "int64", "quotes": "int64", "document": "object",
                "error": "object"}


def _table_partition(df: pandas.DataFrame, text_column: str, id_column: str | None, key: tuple,
                     table: str) -> pandas.DataFrame:
    from farsi_press.frames import to_frames

    pipeline = _pipeline(key)
    ids = df[id_column] if id_column is not None else df.index
    docs = [pipeline.analyze(text, id=_plain(doc_id)) for doc_id, text in zip(ids, df[text_column])
            if isinstance(text, str)]
    frame = getattr(to_frames(docs), table).drop(columns=["doc"])
    return frame.astype({"doc_id": "object"})


def _missing(value: Any) -> bool:
    return value is None or value is pandas.NA or value is pandas.NaT or (isinstance(value, float) and value != value)


def _plain(value: Any) -> Any:
    """numpy scalars to Python ones (so that ids serialize to JSON)."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


def analyze_dataframe(df: dask.dataframe.DataFrame, text_column: str = "text",
                      id_column: str | None = "id", *, table: Table = "documents",
                      **options: Any) -> dask.dataframe.DataFrame:
    """Analyze the articles of a Dask dataframe, partition by partition.

    `table="documents"` gives one row per article (id, normalized text, source, counts, the whole
    analysis as JSON in `document`, and `error` for a bad row); `"quotes"`, `"entities"` or
    `"officials"` give the rows of `farsi_press.to_frames` for every article (`doc_id` = the id
    column, or the index when `id_column` is None). `options` go to the normalizer.
    """
    if table not in ("documents", "quotes", "entities", "officials"):
        raise ValueError(f"table must be documents, quotes, entities or officials, not {table!r}")
    key = _key(options)
    empty = df._meta
    if table == "documents":
        meta = _documents_partition(empty, text_column, id_column, key)
        return df.map_partitions(_documents_partition, text_column, id_column, key, meta=meta)
    meta = _table_partition(empty, text_column, id_column, key, table)
    return df.map_partitions(_table_partition, text_column, id_column, key, table, meta=meta,
                             align_dataframes=False)


def to_documents(records: Iterable[dict[str, Any]]) -> list[Document]:
    """Documents back from the dicts of `analyze_bag` (error records skipped)."""
    return [Document.from_dict(r) for r in records if "error" not in r]


def document_from_json(value: str) -> Document:
    """A Document back from the `document` column of `analyze_dataframe`."""
    return Document.from_dict(json.loads(value))
