"""A test run stopped half-way leaves no server, kernel or browser running.

A child ``pytest`` runs one browser test (Notebook 7 on lesson 02). Once its
JupyterLab server, the notebook's kernel and Chromium are all up, the child is
stopped the way runs get stopped: SIGTERM (a time-out, CI's limit), Ctrl-C
twice (the second one lands during the clean-up), or SIGKILL. Every process
the child had started must then be gone.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import jupyter_browser

from .conftest import unavailable

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHILD_TEST = ("tests/browser/test_explorers_in_browser.py::"
              "test_explorers_draw_and_follow_their_controls_in_notebook7[02_sigmoid]")
UP_TIMEOUT = 240.0  # s: the child starts a server, a kernel and a browser
GONE_TIMEOUT = 60.0


def process_table():
    """{pid: (parent pid, start time, state, command line)} of every process."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(
                errors="replace").strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (name) "
        table[int(entry.name)] = (int(fields[1]), fields[19], fields[0], command)
    return table


def descendants(root, table):
    """{pid: (start time, command line)} of every process below ``root``."""
    children = {}
    for pid, (parent, *_) in table.items():
        children.setdefault(parent, []).append(pid)
    found, stack = {}, list(children.get(root, []))
    while stack:
        pid = stack.pop()
        _, started, _, command = table[pid]
        found[pid] = (started, command)
        stack.extend(children.get(pid, []))
    return found


def still_running(processes):
    """Those of ``processes`` that still run (the same pid and start time, not a zombie)."""
    table = process_table()
    return {pid: command for pid, (started, command) in processes.items()
            if pid in table and table[pid][1] == started and table[pid][2] != "Z"}


def wait_until_all_up(child):
    """The child's processes, once a Jupyter server, a kernel and Chromium all run."""
    deadline = time.monotonic() + UP_TIMEOUT
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise AssertionError(f"the child run ended early, with status {child.returncode}")
        below = descendants(child.pid, process_table())
        commands = [command for _, command in below.values()]
        if (any("jupyter-lab" in c or "jupyter lab" in c for c in commands)
                and any("ipykernel" in c for c in commands)
                and any("chromium" in c for c in commands)):
            return below
        time.sleep(0.5)
    raise AssertionError(f"server, kernel and browser not all up after {UP_TIMEOUT:.0f} s")


def stop(child, how):
    if how == "SIGTERM":
        child.send_signal(signal.SIGTERM)
    elif how == "Ctrl-C twice":
        child.send_signal(signal.SIGINT)
        time.sleep(1.0)
        child.send_signal(signal.SIGINT)
    else:
        child.send_signal(signal.SIGKILL)


@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C twice", "SIGKILL"])
def test_a_run_stopped_half_way_leaves_nothing_running(how, tmp_path):
    reason = jupyter_browser.missing()
    if reason:
        unavailable(reason)
    env = {**os.environ, "TMPDIR": str(tmp_path), "S2P_ARTEFACTS": str(tmp_path / "shots")}
    with open(tmp_path / "child.log", "wb") as log:
        child = subprocess.Popen([sys.executable, "-m", "pytest", "-q", CHILD_TEST], cwd=ROOT,
                                 env=env, stdout=log, stderr=subprocess.STDOUT,
                                 start_new_session=True)
    processes = {}
    try:
        processes = wait_until_all_up(child)
        stop(child, how)
        child.wait(timeout=GONE_TIMEOUT)
        deadline = time.monotonic() + GONE_TIMEOUT
        while still_running(processes) and time.monotonic() < deadline:
            time.sleep(0.5)
        left = still_running(processes)
        assert not left, f"after {how}, still running:\n" + "\n".join(
            f"  {pid}: {command[:160]}" for pid, command in sorted(left.items()))
    finally:
        for pid in [child.pid, *still_running(processes)]:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        child.wait()
