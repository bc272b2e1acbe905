"""The example notebook runs from top to bottom (nbclient, a fresh kernel) and shows what it says."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install '.[test]')")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install '.[test]')")
pytest.importorskip("ipykernel", reason="ipykernel is not installed (pip install '.[test]')")
pytest.importorskip("matplotlib", reason="matplotlib is not installed (pip install '.[test]')")
pytest.importorskip("pandas", reason="pandas is not installed (pip install '.[test]')")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def executed():
    nb = nbformat.read(EXAMPLES / "corpus_analysis.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()
    return nb


def _outputs(nb, kind: str) -> list:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])
            if kind in o.get("data", {})]


def test_notebook_runs_without_errors(executed):
    errors = [o for cell in executed.cells if cell.cell_type == "code" for o in cell.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors


def test_notebook_shows_the_document_tables_and_a_plot(executed):
    html = [o["data"]["text/html"] for o in _outputs(executed, "text/html")]
    assert any('dir="rtl"' in h and "fp-doc" in h for h in html), "the Document's HTML view"
    assert sum("<table" in h and "dataframe" in h for h in html) >= 3, "pandas tables"
    pngs = [o["data"]["image/png"] for o in _outputs(executed, "image/png")]
    assert pngs and base64.b64decode(pngs[0])[:4] == b"\x89PNG"
    assert any("6 articles" in "".join(o.get("text", "")) for cell in executed.cells
               for o in cell.get("outputs", []) if o.get("output_type") == "stream")
