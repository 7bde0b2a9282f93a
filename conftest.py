"""Suite-wide setup: keep the working tree exactly as the suite found it.

* No bytecode files: set before any project module is imported, and passed on
  to subprocesses (kernels, ``python -c`` checks) through the environment.
* Hypothesis keeps its files in a temporary directory, not in ``.hypothesis/``.
* matplotlib (here and in every kernel nbval starts) keeps its config and font
  cache in a temporary directory too, built once at the start of the session:
  a shared ``~/.cache/matplotlib`` written by another environment can point at
  font files that no longer exist, and the fallback warnings would end up in
  the notebooks' outputs.
* SIGTERM (a time-out, CI's limit) ends the run as Ctrl-C does: pytest then
  tears every fixture down, so the servers and browsers the browser tests
  started are stopped. (Killed outright, the run still leaves none: see
  ``tools/jupyter_browser.py``.)
* At the end of the session, ``git status`` (ignored files included) must be
  what it was at the start; if not, the session fails and says what changed.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

sys.dont_write_bytecode = True
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
_SCRATCH = tempfile.mkdtemp(prefix="s2p-tests-")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(_SCRATCH, "hypothesis"))
os.environ["MPLCONFIGDIR"] = os.path.join(_SCRATCH, "matplotlib")

ROOT = Path(__file__).resolve().parent


def _tree_state():
    """Porcelain status of the checkout, or None when git cannot tell."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return None
    result = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout if result.returncode == 0 else None


def pytest_configure(config):
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.default_int_handler)


def pytest_sessionstart(session):
    session.config.stash_tree_state = _tree_state()
    import matplotlib.font_manager  # noqa: F401  (builds the font cache before any kernel)


def pytest_sessionfinish(session, exitstatus):
    before = getattr(session.config, "stash_tree_state", None)
    after = _tree_state()
    shutil.rmtree(_SCRATCH, ignore_errors=True)
    if before is None or after is None or before == after:
        return
    added = sorted(set(after.splitlines()) - set(before.splitlines()))
    removed = sorted(set(before.splitlines()) - set(after.splitlines()))
    report = "\n".join(["the test suite changed the working tree:"]
                       + [f"  now:    {line}" for line in added]
                       + [f"  before: {line}" for line in removed])
    session.config.get_terminal_writer().line(report, red=True)
    session.exitstatus = 1
