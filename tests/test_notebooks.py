"""Every notebook runs top to bottom in a fresh kernel, shows what it promises, and uses the
library rather than re-implementing it."""

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb"))


def test_the_four_notebooks_are_there():
    assert [n.stem for n in NOTEBOOKS] == [
        "01-build-and-validate",
        "02-sparql-queries",
        "03-network-analysis",
        "04-sources-and-conflicts",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path):
    notebook = nbformat.read(path, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
    code = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    assert "lookback_kg" in code
    assert "SELECT" not in code and "import rdflib" not in code  # the library does the work
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    kinds = {kind for o in outputs for kind in o.get("data", {})}
    assert "text/html" in kinds  # DataFrames
    if path.stem in ("03-network-analysis", "04-sources-and-conflicts"):
        assert "image/png" in kinds  # the pictures
    assert json.dumps([o for o in outputs]).count("Traceback") == 0
