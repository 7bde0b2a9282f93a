"""Execute notebooks in place, so that their committed outputs are reproducible.

Usage::

    python tools/execute_notebooks.py                 # every notebook: core, solutions, deeper
    python tools/execute_notebooks.py notebooks/02_sigmoid.ipynb

Running it twice in a row changes no byte:

* cells run top to bottom in a fresh ``python3`` kernel, started in the
  notebook's own folder, with a fixed hash seed and the Agg backend;
* no timing metadata is recorded;
* widget-view outputs (random model ids) and saved widget state are removed,
  which leaves each explorer's PNG snapshot and its text (with both saved,
  nbviewer shows the widget, a placeholder without a kernel, instead of the
  picture); running the cell in Jupyter brings the live widget back;
* the notebook metadata keeps only the kernelspec and the language name, so
  no Python or package version is written into the file.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def deterministic_environment(scratch):
    """Environment variables for the kernel that remove run-to-run noise."""
    env = dict(os.environ)
    env.update({
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "MPLBACKEND": "agg",
        "MPLCONFIGDIR": str(Path(scratch, "matplotlib")),
        "IPYTHONDIR": str(Path(scratch, "ipython")),
        "JUPYTER_PLATFORM_DIRS": "1",
    })
    return env


def clean_outputs(cell):
    """Drop widget-view data and per-run metadata from one code cell.

    Consecutive prints to one stream become one output: how the kernel batches
    them into messages depends on timing (a widget update in between can split
    them), and the notebook must not.
    """
    cell.metadata.pop("execution", None)
    kept = []
    for output in cell.get("outputs", []):
        data = output.get("data")
        if data is not None:
            data.pop(WIDGET_VIEW, None)
            if not data:
                continue
        output.get("metadata", {}).pop(WIDGET_VIEW, None)
        previous = kept[-1] if kept else None
        if (output.output_type == "stream" and previous is not None
                and previous.output_type == "stream" and previous.name == output.name):
            previous.text += output.text
            continue
        kept.append(output)
    cell.outputs = kept


def clean_notebook(nb):
    """Normalise notebook-level metadata and every code cell's outputs."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    for cell in nb.cells:
        if cell.cell_type == "code":
            clean_outputs(cell)
    return nb


def execute(path, timeout=600):
    """Execute one notebook in place; raises if any cell raises."""
    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="s2p-execute-") as scratch:
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            record_timing=False,
            resources={"metadata": {"path": str(Path(path).parent)}},
        )
        client.execute(env=deterministic_environment(scratch))
    nbformat.write(clean_notebook(nb), path)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Execute notebooks in place, reproducibly.")
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="notebooks to execute (default: every notebook under notebooks/)")
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(
        path for path in (ROOT / "notebooks").rglob("*.ipynb")
        if ".ipynb_checkpoints" not in path.parts)
    for path in paths:
        shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        print(f"executing {shown}", flush=True)
        execute(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
