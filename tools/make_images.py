"""Regenerate the README and docs figures in images/ from helpers.plots.

Usage::

    python tools/make_images.py            # writes into images/ at the repository root
    python tools/make_images.py OUT_DIR    # writes into OUT_DIR instead

The PNGs carry no version string, so running this again on the same
matplotlib and FreeType gives the same bytes; tests/test_plots.py checks the
committed images against a fresh run.
"""

import argparse
import sys
from pathlib import Path

from helpers import plots
from helpers.messages import speaking

ROOT = Path(__file__).resolve().parent.parent

# file name: (builder, language of its words)
IMAGES = {
    "hero.png": (plots.hero_figure, "en"),
    "hero.ko.png": (plots.hero_figure, "ko"),  # README.ko.md
    "sigmoid_logit.png": (plots.inverse_figure, "en"),
    "softmax_temperature.png": (plots.temperature_figure, "en"),
}


def make_images(out_dir):
    """Build every figure in :data:`IMAGES` and save it into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (builder, language) in IMAGES.items():
        path = out_dir / name
        with speaking(language):
            plots.save_png(builder(), path)
        written.append(path)
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=ROOT / "images",
                        help="where to write the PNGs (default: images/ at the repository root)")
    args = parser.parse_args(argv)
    for path in make_images(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
