"""tools/execute_notebooks.py: outputs reproducible to the byte, widget views stripped."""

from pathlib import Path

import nbformat

import execute_notebooks

ROOT = Path(__file__).resolve().parent.parent


def tiny_notebook(path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# A tiny notebook"),
        nbformat.v4.new_code_cell("%matplotlib inline\n"
                                  "from helpers.widgets import SigmoidExplorer"),
        nbformat.v4.new_code_cell("print(f'{3 / 7:.4f}')"),
        nbformat.v4.new_code_cell("SigmoidExplorer(z=1.0)"),
    ]
    nb.metadata["language_info"] = {"name": "python", "version": "3.0.0"}
    nbformat.write(nb, path)


def test_consecutive_prints_to_one_stream_are_one_output():
    stream = nbformat.v4.new_output
    cell = nbformat.v4.new_code_cell("...")
    cell.outputs = [stream("stream", name="stdout", text="a\n"),
                    stream("stream", name="stdout", text="b\n"),
                    stream("stream", name="stderr", text="c\n"),
                    stream("stream", name="stdout", text="d\n")]
    execute_notebooks.clean_outputs(cell)
    assert [(o.name, o.text) for o in cell.outputs] == [
        ("stdout", "a\nb\n"), ("stderr", "c\n"), ("stdout", "d\n")]


def test_running_twice_changes_no_byte_and_strips_widget_views(tmp_path):
    path = tmp_path / "tiny.ipynb"
    tiny_notebook(path)
    execute_notebooks.execute(path)
    first = path.read_bytes()
    execute_notebooks.execute(path)
    assert path.read_bytes() == first

    nb = nbformat.read(path, as_version=4)
    assert nb.metadata == {"kernelspec": execute_notebooks.KERNELSPEC,
                           "language_info": {"name": "python"}}
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == [1, 2, 3]
    assert all("execution" not in c.metadata for c in code)
    assert code[1].outputs[0].text == "0.4286\n"
    (explorer,) = code[2].outputs
    assert set(explorer.data) == {"image/png", "text/plain"}
    assert explorer.data["text/plain"] == "SigmoidExplorer(z=1.0)"


def test_00s_advice_for_a_missing_picture_runs_as_written(tmp_path):
    """00 says: no picture? run use_kernel_drawing(), then the explorer's cell again."""
    import re

    from nbclient import NotebookClient

    start = nbformat.read(ROOT / "notebooks" / "00_start_here.ipynb", as_version=4)
    (advice,) = [c.source for c in start.cells
                 if c.cell_type == "markdown" and "No picture?" in c.source]
    (call,) = re.findall(r"`(use_kernel_drawing\(\))`", advice)
    setup = next(c.source for c in start.cells if c.cell_type == "code"
                 and re.search(r"^from helpers\.widgets import .*\buse_kernel_drawing\b",
                               c.source, flags=re.MULTILINE))
    explorer_cell = next(c.source for c in start.cells if c.cell_type == "code"
                         and "Explorer(" in c.source)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(setup), nbformat.v4.new_code_cell(call),
                nbformat.v4.new_code_cell(explorer_cell),
                nbformat.v4.new_code_cell(
                    "print(type(explorer.view).__name__, "
                    "sorted(explorer.view.get_state('_dom_classes')['_dom_classes']))")]
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute(env=execute_notebooks.deterministic_environment(tmp_path))
    (shown,) = nb.cells[2].outputs
    assert "application/vnd.jupyter.widget-view+json" in shown.data
    assert nb.cells[3].outputs[0].text == "Image ['s2p-sigmoid-image']\n"
