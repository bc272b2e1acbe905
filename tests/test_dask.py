"""farsi_press.dask on a local Dask cluster of two worker processes: bags and dataframes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="dask (the optional extra) is not installed")
pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed")
distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import farsi_press as fp  # noqa: E402
from farsi_press.dask import analyze_bag, analyze_dataframe, document_from_json, to_documents  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _articles() -> list[dict]:
    return [json.loads(line) for line in (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def _pipelines_built(client) -> dict:
    def built():
        from farsi_press import dask as fpd

        return fpd._pipeline.cache_info().misses

    return client.run(built)


def test_bag_of_records_matches_analyze(client):
    articles = _articles() * 4
    records = articles + [{"id": "bad", "text": 5}, {"id": "none"}]
    result = analyze_bag(db.from_sequence(records, npartitions=6)).compute()
    assert [r["id"] for r in result] == [a["id"] for a in records]
    for a, r in zip(articles, result):
        assert r == json.loads(fp.analyze(a["text"], id=a["id"]).to_json())
    assert result[-2] == {"id": "bad", "error": "text is int, not a string"}
    assert result[-1]["error"] == "text is missing"
    assert to_documents(result)[0] == fp.analyze(articles[0]["text"], id=articles[0]["id"])
    # one pipeline per worker process, reused by every partition
    assert set(_pipelines_built(client).values()) == {1}


def test_bag_from_jsonl_files_texts_pairs_and_documents(client, tmp_path):
    articles = _articles()
    for i in range(0, len(articles), 2):
        part = tmp_path / f"part-{i:03d}.jsonl"
        part.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles[i:i + 2]) + "\n",
                        encoding="utf-8")
    bag = db.read_text(str(tmp_path / "part-*.jsonl")).map(json.loads)
    assert sorted(r["id"] for r in analyze_bag(bag).compute()) == sorted(a["id"] for a in articles)
    texts = db.from_sequence([a["text"] for a in articles], npartitions=2)
    docs = analyze_bag(texts, documents=True).compute()
    assert [d.original for d in docs] == [a["text"] for a in articles]
    pairs = db.from_sequence([(a["text"], a["id"]) for a in articles], npartitions=2)
    assert [r["id"] for r in analyze_bag(pairs, digits="latin").compute()] == [a["id"] for a in articles]


def test_dataframe_documents_and_quote_table(client):
    articles = _articles()
    frame = pd.DataFrame(articles + [{"id": "empty", "text": None}])
    ddf = dd.from_pandas(frame, npartitions=3)
    out = analyze_dataframe(ddf).compute()
    assert list(out["id"]) == list(frame["id"])
    first = document_from_json(out["document"].iloc[0])
    assert first == fp.analyze(articles[0]["text"], id=articles[0]["id"])
    assert out["sentences"].iloc[0] == len(first.sentences)
    assert out["error"].iloc[-1] == "text is missing" and out["error"].iloc[:-1].isna().all()

    quotes = analyze_dataframe(ddf, table="quotes").compute()
    expected = fp.to_frames([fp.analyze(a["text"], id=a["id"]) for a in articles]).quotes
    assert len(quotes) == len(expected)
    assert list(quotes.columns) == [c for c in expected.columns if c != "doc"]
    officials = analyze_dataframe(ddf, table="officials", id_column=None).compute()
    assert "name" in officials.columns


def test_bad_table_name():
    ddf = dd.from_pandas(pd.DataFrame({"id": [1], "text": ["خبر"]}), npartitions=1)
    with pytest.raises(ValueError, match="table"):
        analyze_dataframe(ddf, table="tweets")
