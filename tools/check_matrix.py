#!/usr/bin/env python3
"""Run the notebooks and the explorer tests under a matrix of pinned environments.

Usage: python3 tools/check_matrix.py [--only colab|oldest|widgets7] [--keep]

Environments (see ENVIRONMENTS below for every pin and its reason):

* colab: Google Colab's Python 3.13 with its ipywidgets 7.7.1, numpy 2.1.3,
  matplotlib 3.10.0, ipykernel 6.17.1 and IPython 7.34.0;
* oldest: Python 3.10 with the lowest versions the package declares
  (numpy 1.26.0, matplotlib 3.8.0, ipywidgets 7.7.1, anywidget 0.9.0);
* widgets7: Colab's ipywidgets 7.7.1 in a real front end, JupyterLab 3.6 with
  jupyterlab_widgets 1.1.11, where the browser tests run each explorer once.

For each one, a fresh virtualenv in a temporary directory outside the checkout,
made with that pyenv interpreter, gets:

1. the pinned versions, as the platform ships them;
2. helpers alone (``pip install -e .``, unconstrained, as the notebooks' Colab
   setup cell installs it from GitHub), after which the pins must be unchanged:
   a dependency of helpers must never move what a platform ships;
3. requirements.txt and requirements-test.txt, with the pins as constraints,
   so that the test tools resolve to versions that agree with them;

then ``pip check``, a check that every pin still holds, and a list of the
versions installed (printed, never written anywhere). pytest then runs, from
the repository root, strict nbval over every notebook (``notebooks``: the
pyproject addopts give --nbval --nbval-current-env), the explorer tests
(tests/test_widgets.py and the doctests of helpers/widgets.py) and
tests/test_exercises.py, and every figure and explorer drawn in Korean
(tests/test_korean.py). The image-comparison tests of tests/test_plots.py are
not part of the matrix: text rendering differs across matplotlib versions.
An environment may add pytest options (a warning filter, a deselected test);
each is printed with its reason, as is any version substituted for the one
the environment stands for.

Nothing may write into the checkout: PYTHONDONTWRITEBYTECODE=1 is set, IPython
and matplotlib keep their files in the temporary directory, and
``git status --porcelain --ignored --untracked-files=all`` must be the same
before and after each environment. The virtualenvs are removed at the end
unless --keep is given. pip's cache is used, so reruns are faster.

The interpreter of an environment is ``<pyenv root>/versions/<X.Y.*>/bin/python``
(the highest patch release), or the one named by CHECK_MATRIX_PYTHON_<NAME>,
for example CHECK_MATRIX_PYTHON_COLAB=/usr/bin/python3.13.

Standard library only: this runs before anything is installed. The exit
status is non-zero if any environment fails.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Pin:
    requirement: str  # a pip requirement specifier, e.g. "numpy==2.1.3"
    reason: str


@dataclass(frozen=True)
class PytestArgs:
    args: tuple[str, ...]  # added to this environment's pytest command line
    reason: str


@dataclass(frozen=True)
class Environment:
    name: str
    python: str  # "X.Y"
    description: str
    pins: tuple[Pin, ...]
    # What this environment's pytest run changes, each with its reason: warnings
    # that only its pinned versions raise, from their own code, which the suite
    # (warnings are errors) must not fail on; tests that cannot pass with them.
    pytest_args: tuple[PytestArgs, ...] = field(default=())
    # Versions used instead of the ones the environment stands for, each with
    # its reason; printed whenever the environment runs.
    substitutions: tuple[str, ...] = field(default=())
    # What step 3 installs with the pins as constraints: requirement files (-r)
    # or requirement specifiers.
    requirements: tuple[str, ...] = ("-r", "requirements.txt", "-r", "requirements-test.txt")
    # What pytest runs, from the repository root.
    targets: tuple[str, ...] = ()


ENVIRONMENTS = (
    Environment(
        name="colab",
        python="3.13",
        description="Google Colab's versions (googlecolab/backend-info pip-freeze.txt)",
        pins=(
            Pin("ipywidgets==7.7.1", "Colab ships it; its renderer handles only 7.x"),
            Pin("numpy==2.1.3", "Colab ships it"),
            Pin("matplotlib==3.10.0", "Colab ships it"),
            Pin("ipykernel==6.17.1", "Colab ships it"),
            Pin("ipython==7.34.0", "Colab ships it"),
            # matplotlib 3.10.0 still calls pyparsing's camelCase names (parseString
            # at `import matplotlib` and in mathtext), which pyparsing 3.3 deprecates.
            # pyproject's filterwarnings ignores deprecations raised inside
            # matplotlib, but the explorer tests that demand no warning at all
            # (warnings.simplefilter("error"), `python -W error`) do not. So
            # pyparsing stays below 3.3, as in environments that ship matplotlib 3.10.0.
            Pin("pyparsing<3.3", "matplotlib 3.10.0 predates pyparsing 3.3's deprecations"),
        ),
        pytest_args=(
            # Every ipykernel 6.x (6.17.1 included) runs datetime.strptime("1", "%d")
            # at import, which Python 3.13 deprecates; ipywidgets 7.7.1 imports it
            # (ipykernel.comm) at `import ipywidgets`. The warning comes from
            # ipykernel's module, so Colab's users never see it. No ipykernel 6.x
            # avoids it, and ipykernel 6.22 and later deprecate the ipykernel.comm.Comm
            # that ipywidgets 7.7.1 uses, so Colab's version stays and the warning
            # is ignored, by its message and module only.
            PytestArgs(("-W", "ignore:Parsing dates involving a day of month without a year"
                        " specified:DeprecationWarning:ipykernel.jsonutil"),
                       "ipykernel 6.x warns at import on Python 3.13 (not our code)"),
            # It runs `python -W error`, where the warning above is an error at
            # `import ipywidgets` and no pytest option reaches it.
            PytestArgs(("--deselect", "tests/test_widgets.py::test_no_pyplot_anywhere"),
                       "`python -W error` fails at `import ipywidgets` on the warning above"),
        ),
    ),
    Environment(
        name="oldest",
        python="3.10",
        description="the lowest versions pyproject.toml and requirements.txt declare",
        pins=(
            Pin("numpy==1.26.0", "the declared floor, numpy>=1.26"),
            Pin("matplotlib==3.8.0", "the declared floor, matplotlib>=3.8"),
            Pin("ipywidgets==7.7.1", "the declared floor, ipywidgets>=7.7.1"),
            # IPython 8.24 deprecated IPython.core.pylabtools.backend2gui, and
            # matplotlib before 3.9.1 reads it when it looks for a running
            # IPython: a DeprecationWarning from IPython's own module, so the
            # suite's matplotlib/pyparsing ignores do not cover it.
            Pin("ipython<8.24", "matplotlib 3.8 reads backend2gui, deprecated in IPython 8.24"),
            # ipywidgets 7.7.1 opens its comms with ipykernel.comm.Comm, which
            # ipykernel 6.22 deprecated (in favour of the comm package) with a
            # DeprecationWarning from ipykernel's own module at every widget
            # created. (Colab pins ipykernel 6.17.1, before that.)
            Pin("ipykernel<6.22", "ipywidgets 7.7.1 uses ipykernel.comm.Comm, deprecated in 6.22"),
            Pin("anywidget==0.9.0", "the declared floor, anywidget>=0.9"),
            Pin("fonttools==4.38.0", "the declared floor, fonttools>=4.38"),
            # As for Colab: matplotlib 3.8.0 calls pyparsing's camelCase names,
            # which pyparsing 3.3 deprecates. pyproject's filterwarnings ignores
            # that, but the explorer tests that demand no warning at all
            # (warnings.simplefilter("error")) do not.
            Pin("pyparsing<3.3", "matplotlib 3.8.0 predates pyparsing 3.3's deprecations"),
        ),
        pytest_args=(
            # `python -W error` also switches on pyparsing's grammar diagnostics,
            # and matplotlib 3.8's mathtext grammar trips them (UserWarning
            # warn_name_set_on_empty_Forward when the first explorer draws):
            # seen with matplotlib 3.8.0 to 3.8.4 and pyparsing 3.1.1 to 3.2.5,
            # gone with matplotlib 3.9.0.
            PytestArgs(("--deselect", "tests/test_widgets.py::test_no_pyplot_anywhere"),
                       "`python -W error` trips pyparsing diagnostics in matplotlib 3.8's "
                       "mathtext"),
        ),
    ),
)

WIDGETS7 = Environment(
    name="widgets7",
    python="3.11",
    description="Colab's ipywidgets 7.7.1 in a browser: JupyterLab 3.6 with jupyterlab_widgets "
                "1.x, the lab extension made for ipywidgets 7",
    pins=(
        Pin("ipywidgets==7.7.1", "Colab ships it"),
        # ipywidgets 7.7.1 accepts jupyterlab_widgets 3, which pip picks by default, and
        # with it no widget renders in any JupyterLab, not even a plain slider.
        Pin("jupyterlab_widgets==1.1.11", "the JupyterLab extension for ipywidgets 7"),
        Pin("jupyterlab==3.6.8", "the JupyterLab that jupyterlab_widgets 1.x is built for"),
        Pin("ipykernel<6.22", "ipywidgets 7.7.1 uses ipykernel.comm.Comm, deprecated in 6.22"),
    ),
    # Not requirements.txt: it asks for JupyterLab 4 and Notebook 7.
    requirements=("pytest>=8.0", "nbval>=0.11", "playwright>=1.40", "websocket-client",
                  "nbformat"),
    # Each explorer once, in the lesson that teaches it: its grid of states drawn
    # as Python computes them, then every control moved with the kernel stopped;
    # and, of the Korean lessons, 07 (two explorers, eight controls, Hangul labels).
    targets=("tests/browser/test_explorers_in_browser.py", "-k",
             "kernel_stopped and (not korean or ko-07)"),
)

ENVIRONMENTS = (*ENVIRONMENTS, WIDGETS7)

# The tests the colab and oldest environments run, from the repository root.
PYTEST_TARGETS = (
    "notebooks",  # strict nbval: --nbval --nbval-current-env come from pyproject's addopts
    "tests/test_widgets.py",
    "tests/test_explorer_frames.py",
    "helpers/widgets.py",  # the doctests (--doctest-modules)
    "helpers/explorers",
    "tests/test_exercises.py",
    "tests/test_korean.py",  # every figure and explorer in Korean, with no missing glyph
)

# Printed after installing, to the console only.
REPORTED_PACKAGES = (
    "numpy", "matplotlib", "ipywidgets", "widgetsnbextension", "jupyterlab_widgets",
    "ipykernel", "ipython", "jupyter_client", "traitlets", "comm", "pyparsing", "pillow",
    "scipy", "pytest", "nbval", "nbformat", "jupyterlab", "notebook", "pip",
)

# pip: errors only (the pip.conf of some machines names index locations that
# do not exist, and every install would repeat a warning for each of them).
PIP_INSTALL = ("-m", "pip", "install", "-qq", "--disable-pip-version-check", "--no-input")

# Run inside the virtualenv: does every pin (argv) still hold? Exit 1 if not.
VERIFY_PINS = """
import sys
from importlib import metadata
try:
    from packaging.requirements import Requirement
except ImportError:
    from pip._vendor.packaging.requirements import Requirement
bad = []
for text in sys.argv[1:]:
    requirement = Requirement(text)
    try:
        version = metadata.version(requirement.name)
    except metadata.PackageNotFoundError:
        bad.append(f"{text}: not installed")
        continue
    if not requirement.specifier.contains(version, prereleases=True):
        bad.append(f"{text}: {version} is installed")
for line in bad:
    print(f"  pin broken: {line}", file=sys.stderr)
sys.exit(1 if bad else 0)
"""

REPORT_VERSIONS = """
import platform
import sys
from importlib import metadata
found = []
for name in sys.argv[1:]:
    try:
        found.append(f"{name} {metadata.version(name)}")
    except metadata.PackageNotFoundError:
        found.append(f"{name} (absent)")
print(f"  python {platform.python_version()} ({sys.executable})")
for start in range(0, len(found), 6):
    print("  " + ", ".join(found[start:start + 6]))
"""


class StepFailed(Exception):
    """A step of an environment failed; the message says which."""


@dataclass
class Result:
    environment: Environment
    python_version: str = "?"
    install_seconds: float = 0.0
    test_seconds: float = 0.0
    ok: bool = False
    summary: str = "not run"


def say(message=""):
    print(message, flush=True)


def tree_state():
    result = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--untracked-files=all"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"check_matrix: git status failed: {result.stderr.strip()}")
    return result.stdout


def pyenv_root():
    if os.environ.get("PYENV_ROOT"):
        return Path(os.environ["PYENV_ROOT"])
    pyenv = shutil.which("pyenv")
    if pyenv:
        result = subprocess.run([pyenv, "root"], capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout.strip():
            return Path(result.stdout.strip())
    return Path.home() / ".pyenv"


def find_python(env):
    """The interpreter for env: the override variable, or pyenv's highest X.Y.z."""
    variable = f"CHECK_MATRIX_PYTHON_{env.name.upper()}"
    if os.environ.get(variable):
        python = Path(os.environ[variable])
    else:
        versions = pyenv_root() / "versions"
        pattern = re.compile(rf"^{re.escape(env.python)}\.(\d+)$")
        candidates = sorted(
            (int(match.group(1)), path)
            for path in (versions.iterdir() if versions.is_dir() else ())
            if (match := pattern.match(path.name)) and (path / "bin" / "python").exists()
        )
        if not candidates:
            raise StepFailed(f"no Python {env.python} under {versions}; set {variable}")
        python = candidates[-1][1] / "bin" / "python"
    result = subprocess.run(
        [str(python), "-c", "import platform; print(platform.python_version())"],
        capture_output=True, text=True, check=False,
    )
    version = result.stdout.strip()
    if result.returncode != 0 or ".".join(version.split(".")[:2]) != env.python:
        raise StepFailed(f"{python} is Python {version or '?'}, not {env.python}")
    return python, version


def run(command, env, what, shown=None):
    """Run command from the repository root; raise StepFailed if it fails.

    ``shown`` stands for the command in the log (for inline scripts).
    """
    say(f"+ {shown or ' '.join(str(part) for part in command)}")
    status = subprocess.run([str(part) for part in command], cwd=ROOT, env=env,
                            check=False).returncode
    if status != 0:
        raise StepFailed(f"{what} failed (exit status {status})")


def child_environment(venv, scratch):
    """os.environ for the virtualenv: its bin first, nothing leaking in, nothing written out."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE",
                          "JUPYTER_PATH", "JUPYTER_CONFIG_DIR", "MPLBACKEND", "CONDA_PREFIX")}
    env["VIRTUAL_ENV"] = str(venv)
    env["PATH"] = os.pathsep.join([str(venv / "bin"), os.environ.get("PATH", "")])
    # No bytecode next to the sources; kernels and subprocesses inherit this.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # A fresh IPython profile and matplotlib config: no startup files or
    # matplotlibrc of this machine's user, and nothing shared between versions.
    env["IPYTHONDIR"] = str(scratch / "ipython")
    env["MPLCONFIGDIR"] = str(scratch / "matplotlib")
    # ipykernel 6.17 imports debugpy eagerly (nbval starts ipykernel), and debugpy
    # prints a note about frozen modules on Python 3.11 and later; it is harmless.
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return env


def install(env, python, venv, scratch, child_env):
    run([python, "-m", "venv", venv], child_env, "creating the virtualenv")
    vpython = venv / "bin" / "python"
    run([vpython, *PIP_INSTALL, "--upgrade", "pip"], child_env, "upgrading pip")

    pins = [pin.requirement for pin in env.pins]
    constraints = scratch / "pins.txt"
    constraints.write_text("".join(f"{pin}\n" for pin in pins), encoding="utf-8")

    say(f"-- 1. the platform's versions: {' '.join(pins)}")
    run([vpython, *PIP_INSTALL, *pins], child_env, "installing the pins")

    say("-- 2. helpers alone, unconstrained: it must leave the pins as they are")
    run([vpython, *PIP_INSTALL, "-e", "."], child_env, "installing helpers")
    run([vpython, "-c", VERIFY_PINS, *pins], child_env,
        "installing helpers changed a pinned version; the pin check",
        shown="(check that every pin still holds)")

    say(f"-- 3. {' '.join(env.requirements)}, with the pins as constraints")
    run([vpython, *PIP_INSTALL, *env.requirements, "-c", constraints], child_env,
        "installing the requirements")

    run([vpython, "-m", "pip", "check", "--disable-pip-version-check"], child_env, "pip check")
    run([vpython, "-c", VERIFY_PINS, *pins], child_env, "the pin check",
        shown="(check that every pin still holds)")
    run([vpython, "-c", REPORT_VERSIONS, *REPORTED_PACKAGES], child_env, "listing versions",
        shown="(the versions installed)")
    # Build matplotlib's font cache now, so that no test or kernel pays for it
    # or logs "Matplotlib is building the font cache".
    run([vpython, "-c", "import matplotlib.font_manager"], child_env,
        "building matplotlib's font cache")
    return vpython


def run_tests(env, vpython, child_env):
    """Run pytest on PYTEST_TARGETS; return (ok, pytest's final summary line)."""
    extra = [arg for option in env.pytest_args for arg in option.args]
    command = [str(vpython), "-m", "pytest", *(env.targets or PYTEST_TARGETS), "-q", *extra]
    say(f"+ {' '.join(command)}")
    summary = ""
    with subprocess.Popen(command, cwd=ROOT, env=child_env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, bufsize=1) as process:
        for line in process.stdout:
            print(line, end="", flush=True)
            text = line.strip().strip("=").strip()
            if re.search(r"\b\d+ (passed|failed|error|errors|skipped)\b", text) or \
                    text.startswith("no tests ran"):
                summary = text
    status = process.returncode
    return status == 0, summary or f"pytest exit status {status}"


def scratch_directory(env):
    scratch = Path(tempfile.mkdtemp(prefix=f"s2p-matrix-{env.name}-")).resolve()
    if scratch == ROOT or ROOT in scratch.parents:
        shutil.rmtree(scratch, ignore_errors=True)
        raise StepFailed(f"the temporary directory {scratch} is inside the checkout; "
                         "set TMPDIR elsewhere")
    return scratch


def check_environment(env, keep):
    result = Result(env)
    say(f"\n===== {env.name}: Python {env.python}, {env.description}")
    for pin in env.pins:
        say(f"  pin {pin.requirement:<20} {pin.reason}")
    for extra in env.pytest_args:
        say(f"  pytest {' '.join(extra.args)}\n      {extra.reason}")
    for substitution in env.substitutions:
        say(f"  SUBSTITUTED: {substitution}")
    before = tree_state()
    scratch = None
    started = time.monotonic()
    try:
        python, result.python_version = find_python(env)
        scratch = scratch_directory(env)
        venv = scratch / "venv"
        child_env = child_environment(venv, scratch)
        vpython = install(env, python, venv, scratch, child_env)
        result.install_seconds = time.monotonic() - started
        tests_started = time.monotonic()
        result.ok, result.summary = run_tests(env, vpython, child_env)
        result.test_seconds = time.monotonic() - tests_started
    except StepFailed as failure:
        result.install_seconds = time.monotonic() - started
        result.ok, result.summary = False, str(failure)
    finally:
        if scratch is not None:
            if keep:
                say(f"  kept: {scratch} (activate with: source {scratch}/venv/bin/activate)")
            else:
                shutil.rmtree(scratch, ignore_errors=True)
    after = tree_state()
    if after != before:
        added = sorted(set(after.splitlines()) - set(before.splitlines()))
        removed = sorted(set(before.splitlines()) - set(after.splitlines()))
        say("check_matrix: the working tree changed:")
        for line in added:
            say(f"  now:    {line}")
        for line in removed:
            say(f"  before: {line}")
        result.ok = False
        result.summary += "; the working tree changed"
    say(f"===== {env.name}: {'PASS' if result.ok else 'FAIL'} ({result.summary})")
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=[env.name for env in ENVIRONMENTS],
                        help="run one environment only")
    parser.add_argument("--keep", action="store_true",
                        help="keep the virtualenvs (their paths are printed)")
    args = parser.parse_args(argv)

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        raise SystemExit("check_matrix: needs git and a git checkout, to check the working tree")
    environments = [env for env in ENVIRONMENTS if args.only in (None, env.name)]
    started = time.monotonic()
    results = [check_environment(env, args.keep) for env in environments]

    say("\n===== check_matrix summary")
    for result in results:
        env = result.environment
        say(f"{env.name:<7} python {result.python_version:<8} "
            f"install {result.install_seconds:5.0f} s  tests {result.test_seconds:5.0f} s  "
            f"{'PASS' if result.ok else 'FAIL'}  {result.summary}")
        for substitution in env.substitutions:
            say(f"{'':<7} substituted: {substitution}")
        for extra in env.pytest_args:
            say(f"{'':<7} pytest {' '.join(extra.args)}: {extra.reason}")
    failed = [result.environment.name for result in results if not result.ok]
    say(f"total {time.monotonic() - started:.0f} s: "
        + (f"FAILED: {', '.join(failed)}" if failed else "all environments passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
