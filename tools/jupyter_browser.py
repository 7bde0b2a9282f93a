"""Start JupyterLab or Voila on loopback and drive Debian's Chromium with Playwright.

Shared by the browser tests (``tests/browser/``) and the latency benchmark
(``benchmarks/bench_browser_latency.py``). pytest finds it through ``pythonpath`` in
pyproject.toml; the benchmark, run as a module from the root, imports ``tools.jupyter_browser``.

* The browser is the system's ``chromium`` (Debian's package), launched through
  Playwright's ``executable_path``: nothing is downloaded (never run
  ``playwright install``).
* The servers run on a temporary *copy* of the notebooks, with their own settings,
  workspaces, runtime, IPython and matplotlib directories under a scratch
  directory, so that nothing is written into the checkout and a user's own
  settings do not change what the tests see.
* Every server is stopped by its process id: terminate, wait, then kill. On
  Linux it also gets SIGTERM from the kernel when the process that started it
  dies in any way (a parent-death signal), so a run killed half-way leaves no
  server behind; its kernels notice that their parent is gone and exit too.

Nothing here imports Playwright at module level, so :func:`missing` can say why
the browser is not usable without failing on import.
"""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# JupyterLab user settings written into the isolated settings directory.
LAB_SETTINGS = {
    # The "get notified about official Jupyter news?" toast would sit over every
    # screenshot; --LabApp.news_url=None does not remove it, this setting does.
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False},
    # Opening a notebook marks it dirty; never write it back, not even the temp copy.
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}

def _terminate_with_parent():
    """In the child, before exec: SIGTERM when the parent dies (Linux's PR_SET_PDEATHSIG)."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def dies_with_parent():
    """``Popen`` keyword arguments for a child that must not outlive this process."""
    return {"preexec_fn": _terminate_with_parent} if sys.platform == "linux" else {}


SERVER_START_TIMEOUT = 120.0  # seconds; the machine may be loaded
STOP_TIMEOUT = 20.0


def find_chromium():
    """The path of the system's Chromium, or None."""
    return shutil.which("chromium")


def missing(*, voila=False):
    """Why the browser tests cannot run here (a sentence), or None if they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        return f"playwright is not importable ({error}); pip install playwright"
    if find_chromium() is None:
        return ("no `chromium` on PATH; install Debian's package (apt-get install chromium), "
                "not a Playwright download")
    modules = ["jupyterlab", "notebook", "jupyter_client"] + (["voila"] if voila else [])
    for module in modules:
        try:
            __import__(module)
        except ImportError as error:
            return f"{module} is not importable ({error})"
    return None


def launch_browser(playwright, *, headless=True):
    """Debian's Chromium, through Playwright, with the flags a sandboxed CI box needs."""
    path = find_chromium()
    if path is None:
        raise RuntimeError(missing())
    return playwright.chromium.launch(executable_path=path, headless=headless,
                                      args=CHROMIUM_ARGS)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_notebooks(destination, source=NOTEBOOK_DIR):
    """Copy the numbered notebooks of both editions into ``destination`` (created), the
    Korean ones into ``ko/``; return it as a Path.

    Jupyter writes ``.ipynb_checkpoints/`` next to what it opens, and could save
    a notebook; it only ever sees this copy.
    """
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    for folder in ("", "ko"):
        (destination / folder).mkdir(exist_ok=True)
        for path in sorted((Path(source) / folder).glob("[0-9][0-9]_*.ipynb")):
            shutil.copy2(path, destination / folder / path.name)
    return destination


def isolated_env(scratch):
    """The environment for a server and its kernels, with per-run directories.

    Isolated: Jupyter's config and runtime directories, JupyterLab's user
    settings and workspaces, IPython's profile and matplotlib's config/cache.
    Not isolated: the Jupyter *data* directory, which holds the installed lab
    extensions (the widget manager) and the kernelspecs; a fresh one would lose
    them. (``JUPYTER_CONFIG_DIR`` only replaces ``~/.jupyter``: the extensions'
    own enabling files live under ``sys.prefix/etc/jupyter`` and still apply.)
    """
    scratch = Path(scratch)
    dirs = {
        "JUPYTER_CONFIG_DIR": "jupyter-config",
        "JUPYTER_RUNTIME_DIR": "jupyter-runtime",
        "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
        "IPYTHONDIR": "ipython",
        "MPLCONFIGDIR": "matplotlib",
    }
    env = dict(os.environ)
    for name, sub in dirs.items():
        path = scratch / sub
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    settings = scratch / dirs["JUPYTERLAB_SETTINGS_DIR"]
    for relative, values in LAB_SETTINGS.items():
        target = settings / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values), encoding="utf-8")
    # The kernels import helpers from the checkout: no bytecode next to its sources.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("JUPYTER_TOKEN", None)
    return env


class Server:
    """A Jupyter or Voila server process on 127.0.0.1; stop it with :meth:`stop`."""

    def __init__(self, kind, argv, *, cwd, env, port, log_path):
        self.kind = kind
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = Path(log_path)
        self.runtime_dir = Path(env["JUPYTER_RUNTIME_DIR"])  # the kernels' connection files
        self._log = open(self.log_path, "wb")  # closed in stop()
        # Its own session: a Ctrl-C meant for the test run reaches the run, which
        # then stops the server in order, rather than the server directly.
        self.process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=self._log,
                                        stderr=subprocess.STDOUT, start_new_session=True,
                                        **dies_with_parent())
        self.pid = self.process.pid

    def log(self, tail=4000):
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-tail:]
        except OSError:
            return ""

    def wait_ready(self, path="/api/status", timeout=SERVER_START_TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.kind} exited with {self.process.returncode}:\n"
                                   f"{self.log()}")
            try:
                with urllib.request.urlopen(self.url + path, timeout=5) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise TimeoutError(f"{self.kind} not ready after {timeout:.0f} s:\n{self.log()}")

    def stop(self):
        """Terminate by pid (the server shuts its kernels down), wait, then kill."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=STOP_TIMEOUT)
        self._log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    # --- REST, for Jupyter servers ------------------------------------------------------

    def api(self, path, method="GET"):
        request = urllib.request.Request(self.url + path, method=method)
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body else None

    def sessions(self):
        return self.api("/api/sessions")

    def session_for(self, notebook_name):
        for session in self.sessions():
            if session.get("path") == notebook_name or session.get("path", "").endswith(
                    "/" + notebook_name):
                return session
        return None

    def delete_sessions(self, notebook_name=None):
        """Shut the kernels of ``notebook_name``'s sessions (or of all) down."""
        for session in self.sessions():
            path = session.get("path", "")
            if notebook_name is None or path == notebook_name:
                with contextlib.suppress(urllib.error.HTTPError):
                    self.api(f"/api/sessions/{session['id']}", method="DELETE")

    def wait_kernels_idle(self, timeout=180.0, settle=0.3):
        """Until every kernel reports idle twice, ``settle`` seconds apart."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            kernels = self.api("/api/kernels")
            if all(k.get("execution_state") == "idle" for k in kernels):
                time.sleep(settle)
                kernels = self.api("/api/kernels")
                if all(k.get("execution_state") == "idle" for k in kernels):
                    return
            time.sleep(0.2)
        raise TimeoutError(f"kernels still busy after {timeout:.0f} s")


def start_lab(root_dir, scratch):
    """``jupyter lab`` serving ``root_dir`` on a free loopback port, once it answers."""
    Path(scratch).mkdir(parents=True, exist_ok=True)
    port = free_port()
    argv = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root_dir}",
        # No token and no password: acceptable ONLY because the server listens on
        # 127.0.0.1 (loopback), for the lifetime of one test run. Never copy these
        # flags to a server reachable from another machine.
        "--IdentityProvider.token=", "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True",
        "--LabApp.news_url=None",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        argv.append("--allow-root")  # Jupyter refuses to start as root otherwise
    server = Server("jupyter lab", argv, cwd=root_dir, env=isolated_env(scratch), port=port,
                    log_path=Path(scratch) / f"lab-{port}.log")
    try:
        return server.wait_ready()
    except BaseException:
        server.stop()
        raise


def start_voila(notebook, scratch):
    """Voila rendering one notebook (run from its directory) on a free loopback port."""
    notebook = Path(notebook)
    Path(scratch).mkdir(parents=True, exist_ok=True)
    port = free_port()
    argv = [sys.executable, "-m", "voila", notebook.name, "--no-browser", f"--port={port}",
            "--Voila.ip=127.0.0.1"]
    server = Server("voila", argv, cwd=notebook.parent, env=isolated_env(scratch), port=port,
                    log_path=Path(scratch) / f"voila-{port}.log")
    try:
        return server.wait_ready(path="/")
    except BaseException:
        server.stop()
        raise


# --- talking to a kernel ------------------------------------------------------------------


def kernel_eval(server, kernel_id, expressions, timeout=60.0):
    """Evaluate Python expressions in a running kernel, silently; return their reprs.

    A second client of the kernel, on the connection file the server wrote, asks
    with ``silent=True`` and ``user_expressions``: no output, no execution count,
    nothing added to any notebook. Statements can be run first by putting them
    into an expression (``exec(...)``).
    """
    from jupyter_client import BlockingKernelClient

    client = BlockingKernelClient(
        connection_file=str(server.runtime_dir / f"kernel-{kernel_id}.json"))
    client.load_connection_file()
    client.start_channels(iopub=False, stdin=False, hb=False, control=False)
    try:
        msg_id = client.execute("", silent=True, store_history=False,
                                user_expressions=dict(expressions), allow_stdin=False)
        deadline = time.monotonic() + timeout
        while True:
            reply = client.get_shell_msg(timeout=max(0.0, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        out = {}
        for name, result in reply["content"].get("user_expressions", {}).items():
            if result.get("status") != "ok":
                raise RuntimeError(f"{name}: {result.get('ename')}: {result.get('evalue')}")
            out[name] = result["data"]["text/plain"]
        return out
    finally:
        client.stop_channels()


# --- JupyterLab and Notebook 7 pages ------------------------------------------------------

LONG = 120_000  # ms: generous Playwright timeouts, the machine may be loaded


def open_notebook(page, server, name, *, frontend="lab"):
    """Open ``name`` in JupyterLab (a fresh workspace) or Notebook 7; wait for the kernel."""
    if frontend == "lab":
        # ?reset: start from an empty workspace, so tabs of earlier tests are not reopened.
        page.goto(f"{server.url}/lab/tree/{name}?reset", timeout=LONG)
    else:
        page.goto(f"{server.url}/notebooks/{name}", timeout=LONG)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=LONG)
    wait_for_session(server, name)
    if frontend == "lab":
        page.wait_for_selector("#jp-main-statusbar >> text=/\\| Idle/", timeout=LONG)
    server.wait_kernels_idle()


def wait_for_session(server, name, timeout=LONG / 1000):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        session = server.session_for(name)
        if session and session.get("kernel"):
            return session
        time.sleep(0.2)
    raise TimeoutError(f"no kernel session for {name}")


def wait_for_cells(page, count, timeout=LONG):
    """Until ``count`` cells are in the page: a long notebook is rendered bit by bit."""
    page.wait_for_function("n => document.querySelectorAll('.jp-Notebook .jp-Cell').length >= n",
                           arg=count, timeout=timeout, polling=250)


def expand_hidden_inputs(page):
    """Show the code of cells committed with hidden input, so that every code cell
    shows its execution prompt (a collapsed input has none). The model changes,
    the file does not: nothing is saved. Call :func:`wait_for_cells` first."""
    placeholders = page.locator(".jp-Notebook .jp-InputPlaceholder .jp-Placeholder-content")
    for _ in range(page.locator(".jp-Notebook .jp-Cell").count()):
        if placeholders.count() == 0:
            return
        placeholders.first.scroll_into_view_if_needed()
        placeholders.first.click()
    raise AssertionError("cells with hidden input would not expand")


def run_all(page):
    """Run › Run All Cells, through the menu bar (the same in Lab 4 and Notebook 7)."""
    page.click('.lm-MenuBar-item:has-text("Run")', timeout=LONG)
    page.click('.lm-Menu-item[data-command="runmenu:run-all"]', timeout=LONG)


def wait_until_run(page, server, code_cells, timeout=LONG):
    """Until the kernel is idle and ``code_cells`` prompts show an execution count."""
    page.wait_for_function(
        """n => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
            const done = prompts.filter(p => /\\[\\d+\\]/.test(p.textContent));
            const busy = prompts.some(p => p.textContent.includes('*'));
            return done.length >= n && !busy;
        }""", arg=code_cells, timeout=timeout, polling=250)
    server.wait_kernels_idle()


def cell_count(path):
    """All cells of a notebook file."""
    return len(json.loads(Path(path).read_text(encoding="utf-8"))["cells"])


def code_cell_count(path):
    """Non-empty code cells of a notebook file (Jupyter does not run empty ones)."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    return sum(1 for c in nb["cells"] if c["cell_type"] == "code"
               and "".join(c.get("source", "")).strip())
