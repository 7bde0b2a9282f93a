#!/usr/bin/env bash
# Run the explorer tests under Google Colab's versions: ipywidgets 7.7.1,
# numpy 2.1.3, matplotlib 3.10.0, ipykernel 6.17.1 and IPython 7.34.0.
#
# Usage: tools/check_ipywidgets7.sh [SCRIPT.py ...]
#
# A fresh virtualenv in a temporary directory outside the checkout gets the
# project and test requirements, then Colab's versions on top. pytest then runs
# tests/test_widgets.py (when it exists) and the doctests of helpers/widgets.py,
# from the repository root. Any SCRIPT.py given is run in the same environment
# afterwards, also from the root. The virtualenv is removed at the end, and the
# working tree must be exactly as it was (`git status --porcelain --ignored`).
# Set PYTHON to choose the interpreter that makes the virtualenv (python3).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-python3}
started=$SECONDS

scripts=()
for script in "$@"; do
    scripts+=("$(cd "$(dirname "$script")" && pwd)/$(basename "$script")")
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ipywidgets7-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Nothing may write into the checkout: no bytecode next to the sources, no caches.
export PYTHONDONTWRITEBYTECODE=1
# ipykernel 6.17 imports debugpy eagerly (nbval loads ipykernel), and debugpy
# prints a note about frozen modules on Python 3.11 and later; it is harmless.
export PYDEVD_DISABLE_FILE_VALIDATION=1

tree_state() {
    git -C "$repo" status --porcelain --ignored --untracked-files=all
}
before=$(tree_state)

"$python" -m venv "$scratch/venv"
# shellcheck disable=SC1091
source "$scratch/venv/bin/activate"
cd "$repo"

echo "+ pip install -r requirements.txt -r requirements-test.txt"
python -m pip install --quiet -r requirements.txt -r requirements-test.txt

# Colab's versions, pinned on top. matplotlib 3.10.0 still calls pyparsing's
# camelCase names, which pyparsing 3.3 deprecates with a warning at
# `import matplotlib`; the suite turns warnings into errors, so pyparsing stays
# below 3.3, as in environments that ship matplotlib 3.10.0.
colab=(ipywidgets==7.7.1 numpy==2.1.3 matplotlib==3.10.0 ipykernel==6.17.1 ipython==7.34.0
       "pyparsing<3.3")
echo "+ pip install ${colab[*]}"
python -m pip install --quiet "${colab[@]}"
python -m pip check

python - <<'EOF'
import importlib.metadata as metadata
import platform

names = ["ipywidgets", "widgetsnbextension", "numpy", "matplotlib", "ipykernel", "ipython",
         "traitlets", "comm", "jupyter_client", "pyparsing", "pytest"]
print(f"python {platform.python_version()}: "
      + ", ".join(f"{name} {metadata.version(name)}" for name in names))
EOF

targets=(helpers/widgets.py)
if [[ -f tests/test_widgets.py ]]; then
    targets=(tests/test_widgets.py "${targets[@]}")
else
    echo "note: tests/test_widgets.py does not exist yet; running the doctests only"
fi

status=0
echo "+ python -m pytest ${targets[*]} -q -p no:cacheprovider"
python -m pytest "${targets[@]}" -q -p no:cacheprovider || status=$?

for script in "${scripts[@]}"; do
    echo "+ python $script"
    python "$script" || status=$?
done

deactivate
after=$(tree_state)
if [[ "$before" != "$after" ]]; then
    echo "check_ipywidgets7: the working tree changed:" >&2
    diff <(echo "$before") <(echo "$after") >&2 || true
    status=1
fi
echo "check_ipywidgets7: exit status $status after $((SECONDS - started)) s"
exit "$status"
