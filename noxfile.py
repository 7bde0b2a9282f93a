"""The compatibility matrix: the notebooks and the explorer tests in fresh virtualenvs
with the versions a platform ships, or the oldest ones we declare.

    nox                   # colab, oldest and widgets7, one after another
    nox -s oldest         # one session
    nox -s colab -- -x    # what follows -- goes to pytest

A session's interpreter is <pyenv root>/versions/<X.Y.z>/bin/python (the highest patch
release), or the one S2P_PYTHON_<SESSION> names: S2P_PYTHON_COLAB=/usr/bin/python3.13.
Its virtualenv is made afresh in the temporary directory, outside the checkout (--envdir
puts it elsewhere). Nothing may write into the checkout: a session fails if ``git status
--porcelain --ignored --untracked-files=all`` changed.
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nox
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True
# One directory per checkout, so that two checkouts never share a virtualenv.
nox.options.envdir = str(Path(tempfile.gettempdir()) / (
    "s2p-nox-" + hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]))

# What colab and oldest run: strict nbval over every notebook (--nbval --nbval-current-env
# come from pyproject's addopts), the explorer and exercise tests, the doctests of
# helpers/widgets.py and every figure and explorer drawn in Korean. Not the image
# comparisons of tests/test_plots.py: text rendering differs across matplotlib versions.
PYTEST_TARGETS = (
    "notebooks",
    "tests/test_widgets.py",
    "tests/test_explorer_frames.py",
    "helpers/widgets.py",
    "helpers/explorers",
    "tests/test_exercises.py",
    "tests/test_korean.py",
)

REPORTED_PACKAGES = (
    "numpy", "matplotlib", "ipywidgets", "widgetsnbextension", "jupyterlab_widgets",
    "ipykernel", "ipython", "jupyter_client", "traitlets", "comm", "pyparsing", "pillow",
    "scipy", "pytest", "nbval", "nbformat", "jupyterlab", "notebook", "pip",
)

# pip: errors only (the pip.conf of some machines names index locations that do not
# exist, and every install would repeat a warning for each of them).
PIP_FLAGS = ("-qq", "--disable-pip-version-check", "--no-input")


@dataclass(frozen=True)
class Environment:
    python: str  # "X.Y"
    pins: dict[str, str]  # pip requirement: why
    # pytest options: warnings that only the pinned versions raise, from their own code,
    # which the suite (warnings are errors) must not fail on; tests that cannot pass.
    pytest_args: dict[tuple[str, ...], str] = field(default_factory=dict)
    requirements: tuple[str, ...] = ("-r", "requirements.txt", "-r", "requirements-test.txt")
    targets: tuple[str, ...] = PYTEST_TARGETS


COLAB = Environment(
    python="3.13",
    pins={
        "ipywidgets==7.7.1": "Colab ships it; its renderer handles only 7.x",
        "numpy==2.1.3": "Colab ships it",
        "matplotlib==3.10.0": "Colab ships it",
        "ipykernel==6.17.1": "Colab ships it",
        "ipython==7.34.0": "Colab ships it",
        # matplotlib 3.10.0 still calls pyparsing's camelCase names (parseString at
        # `import matplotlib` and in mathtext), which pyparsing 3.3 deprecates. pyproject's
        # filterwarnings ignores deprecations raised inside matplotlib, but the explorer
        # tests that demand no warning at all (warnings.simplefilter("error"), `python -W
        # error`) do not. So pyparsing stays below 3.3, as where matplotlib 3.10.0 ships.
        "pyparsing<3.3": "matplotlib 3.10.0 predates pyparsing 3.3's deprecations",
    },
    pytest_args={
        # Every ipykernel 6.x (6.17.1 included) runs datetime.strptime("1", "%d") at
        # import, which Python 3.13 deprecates; ipywidgets 7.7.1 imports it
        # (ipykernel.comm) at `import ipywidgets`. The warning comes from ipykernel's
        # module, so Colab's users never see it. No ipykernel 6.x avoids it, and 6.22 and
        # later deprecate the ipykernel.comm.Comm that ipywidgets 7.7.1 uses, so Colab's
        # version stays and the warning is ignored, by its message and module only.
        ("-W", "ignore:Parsing dates involving a day of month without a year specified"
               ":DeprecationWarning:ipykernel.jsonutil"):
            "ipykernel 6.x warns at import on Python 3.13 (not our code)",
        # It runs `python -W error`, where the warning above is an error at `import
        # ipywidgets` and no pytest option reaches it.
        ("--deselect", "tests/test_widgets.py::test_no_pyplot_anywhere"):
            "`python -W error` fails at `import ipywidgets` on the warning above",
    },
)

OLDEST = Environment(
    python="3.10",
    pins={
        "numpy==1.26.0": "the declared floor, numpy>=1.26",
        "matplotlib==3.8.0": "the declared floor, matplotlib>=3.8",
        "ipywidgets==7.7.1": "the declared floor, ipywidgets>=7.7.1",
        # IPython 8.24 deprecated IPython.core.pylabtools.backend2gui, and matplotlib
        # before 3.9.1 reads it when it looks for a running IPython: a DeprecationWarning
        # from IPython's own module, which the suite's matplotlib/pyparsing ignores miss.
        "ipython<8.24": "matplotlib 3.8 reads backend2gui, deprecated in IPython 8.24",
        # ipywidgets 7.7.1 opens its comms with ipykernel.comm.Comm, which ipykernel 6.22
        # deprecated (for the comm package) with a DeprecationWarning from ipykernel's own
        # module at every widget created. (Colab pins ipykernel 6.17.1, before that.)
        "ipykernel<6.22": "ipywidgets 7.7.1 uses ipykernel.comm.Comm, deprecated in 6.22",
        "anywidget==0.9.0": "the declared floor, anywidget>=0.9",
        "fonttools==4.38.0": "the declared floor, fonttools>=4.38",
        # As for Colab: matplotlib 3.8.0 calls pyparsing's camelCase names, which
        # pyparsing 3.3 deprecates, and the tests that demand no warning at all see it.
        "pyparsing<3.3": "matplotlib 3.8.0 predates pyparsing 3.3's deprecations",
    },
    pytest_args={
        # `python -W error` also switches on pyparsing's grammar diagnostics, and
        # matplotlib 3.8's mathtext grammar trips them (UserWarning
        # warn_name_set_on_empty_Forward when the first explorer draws): seen with
        # matplotlib 3.8.0 to 3.8.4 and pyparsing 3.1.1 to 3.2.5, gone with matplotlib 3.9.0.
        ("--deselect", "tests/test_widgets.py::test_no_pyplot_anywhere"):
            "`python -W error` trips pyparsing diagnostics in matplotlib 3.8's mathtext",
    },
)

WIDGETS7 = Environment(
    python="3.11",
    pins={
        "ipywidgets==7.7.1": "Colab ships it",
        # ipywidgets 7.7.1 accepts jupyterlab_widgets 3, which pip picks by default, and
        # with it no widget renders in any JupyterLab, not even a plain slider.
        "jupyterlab_widgets==1.1.11": "the JupyterLab extension for ipywidgets 7",
        "jupyterlab==3.6.8": "the JupyterLab that jupyterlab_widgets 1.x is built for",
        "ipykernel<6.22": "ipywidgets 7.7.1 uses ipykernel.comm.Comm, deprecated in 6.22",
    },
    # Not requirements.txt: it asks for JupyterLab 4 and Notebook 7.
    requirements=("pytest>=8.0", "nbval>=0.11", "playwright>=1.40", "jupyter_client",
                  "nbformat"),
    # Each explorer once, in the lesson that teaches it: its grid of states drawn as
    # Python computes them, then every control moved with the kernel stopped; and, of the
    # Korean lessons, 07 (two explorers, eight controls, Hangul labels).
    targets=("tests/browser/test_explorers_in_browser.py", "-k",
             "kernel_stopped and (not korean or ko-07)"),
)


def pyenv_root():
    if os.environ.get("PYENV_ROOT"):
        return Path(os.environ["PYENV_ROOT"])
    pyenv = shutil.which("pyenv")
    if pyenv:
        result = subprocess.run([pyenv, "root"], capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout.strip():
            return Path(result.stdout.strip())
    return Path.home() / ".pyenv"


def interpreter(session_name, python):
    """S2P_PYTHON_<NAME>, else pyenv's highest X.Y.z, else X.Y for nox to find.

    By path, because pyenv's shims need not answer to pythonX.Y.
    """
    override = os.environ.get(f"S2P_PYTHON_{session_name.upper()}")
    if override:
        return override
    releases = [path for path in (pyenv_root() / "versions").glob(f"{python}.*")
                if re.fullmatch(rf"{re.escape(python)}\.\d+", path.name)
                and (path / "bin" / "python").exists()]
    if not releases:
        return python
    newest = max(releases, key=lambda path: int(path.name.rsplit(".", 1)[1]))
    return str(newest / "bin" / "python")


@nox.session(python=interpreter("colab", COLAB.python))
def colab(session):
    """Google Colab's versions on Python 3.13 (googlecolab/backend-info pip-freeze.txt)."""
    check_environment(session, COLAB)


@nox.session(python=interpreter("oldest", OLDEST.python))
def oldest(session):
    """The lowest versions pyproject.toml and requirements.txt declare, on Python 3.10."""
    check_environment(session, OLDEST)


@nox.session(python=interpreter("widgets7", WIDGETS7.python))
def widgets7(session):
    """Colab's ipywidgets 7.7.1 in a browser: JupyterLab 3.6 with jupyterlab_widgets 1.x."""
    check_environment(session, WIDGETS7)


def check_environment(session, env):
    refuse_a_virtualenv_inside_the_checkout(session)
    for requirement, reason in env.pins.items():
        session.log(f"pin {requirement:<26} {reason}")
    for args, reason in env.pytest_args.items():
        session.log(f"pytest {' '.join(args)}\n    {reason}")
    before = tree_state(session)
    try:
        started = time.monotonic()
        install(session, env)
        session.log(f"installed in {time.monotonic() - started:.0f} s")
        started = time.monotonic()
        extra = [arg for args in env.pytest_args for arg in args]
        session.run("python", "-m", "pytest", *env.targets, "-q", *extra, *session.posargs)
        session.log(f"tests passed in {time.monotonic() - started:.0f} s")
    finally:
        require_unchanged_tree(session, before)


def install(session, env):
    check_python_version(session, env.python)
    scratch = Path(session.create_tmp())
    # Nothing leaks in from this machine's setup, nothing is written next to the sources.
    for variable in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE",
                     "JUPYTER_PATH", "JUPYTER_CONFIG_DIR", "MPLBACKEND", "CONDA_PREFIX"):
        session.env[variable] = None
    session.env.update(
        PYTHONDONTWRITEBYTECODE="1",
        # A fresh IPython profile and matplotlib config: no startup files or matplotlibrc
        # of this machine's user, and nothing shared between versions.
        IPYTHONDIR=str(scratch / "ipython"),
        MPLCONFIGDIR=str(scratch / "matplotlib"),
        # ipykernel 6.17 imports debugpy eagerly (nbval starts ipykernel), and debugpy
        # prints a harmless note about frozen modules on Python 3.11 and later.
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    session.install(*PIP_FLAGS, "--upgrade", "pip")
    pins = list(env.pins)
    constraints = scratch / "pins.txt"
    constraints.write_text("".join(f"{pin}\n" for pin in pins), encoding="utf-8")

    session.log("1. the platform's versions")
    session.install(*PIP_FLAGS, *pins)
    # As the notebooks' Colab setup cell installs it: a dependency of helpers must never
    # move what a platform ships.
    session.log("2. helpers alone, unconstrained: it must leave the pins as they are")
    session.install(*PIP_FLAGS, "-e", ".")
    check_pins(session, pins)
    # So that the test tools resolve to versions that agree with the pins.
    session.log("3. the requirements, with the pins as constraints")
    session.install(*PIP_FLAGS, *env.requirements, "-c", str(constraints))

    session.run("python", "-m", "pip", "check", "--disable-pip-version-check")
    versions = check_pins(session, pins)
    session.log(", ".join(f"{name} {versions.get(canonicalize_name(name), '(absent)')}"
                          for name in REPORTED_PACKAGES))
    # Built now, so that no test or kernel pays for it or logs "Matplotlib is building
    # the font cache".
    session.run("python", "-c", "import matplotlib.font_manager")


def check_python_version(session, python):
    version = session.run("python", "-c", "import platform; print(platform.python_version())",
                          silent=True).strip()
    if not version.startswith(f"{python}."):
        session.error(f"{session.virtualenv.interpreter} is Python {version}, not {python}")
    session.log(f"Python {version} ({session.virtualenv.interpreter})")


def check_pins(session, pins):
    """Fail unless every pin holds; return {name: version} of what is installed."""
    listing = session.run("python", "-m", "pip", "list", "--format=json",
                          "--disable-pip-version-check", silent=True, stderr=subprocess.DEVNULL)
    versions = {canonicalize_name(package["name"]): package["version"]
                for package in json.loads(listing)}
    broken = []
    for pin in map(Requirement, pins):
        version = versions.get(canonicalize_name(pin.name))
        if version is None or not pin.specifier.contains(version, prereleases=True):
            broken.append(f"{pin}: {version or 'not installed'}")
    if broken:
        session.error("a pin no longer holds: " + "; ".join(broken))
    return versions


def refuse_a_virtualenv_inside_the_checkout(session):
    location = Path(session.virtualenv.location).resolve()
    if location == ROOT or ROOT in location.parents:
        session.error(f"the virtualenv {location} is inside the checkout; choose another "
                      "--envdir")


def tree_state(session):
    result = subprocess.run(
        ["git", "status", "--porcelain", "--ignored", "--untracked-files=all"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        session.error(f"git status failed: {result.stderr.strip()}")
    return result.stdout


def require_unchanged_tree(session, before):
    now = set(tree_state(session).splitlines())
    then = set(before.splitlines())
    if now != then:
        changes = [f"now:    {line}" for line in sorted(now - then)]
        changes += [f"before: {line}" for line in sorted(then - now)]
        session.error("the working tree changed:\n  " + "\n  ".join(changes))
