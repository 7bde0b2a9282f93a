"""Tests for helpers.datasets: the Palmer Penguins shipped inside the package.

Expected values come from reading the CSV here with the csv module, and from
the published summary of the data, never from helpers.datasets itself.
"""

import csv
import dataclasses
import hashlib
import math
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from helpers.datasets import Penguins, load_penguins

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "helpers" / "data" / "penguins.csv"
FEATURES = ("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g")
SPECIES = ("Adelie", "Chinstrap", "Gentoo")


def _rows():
    with CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _complete(row):
    return all(row[name] != "NA" for name in FEATURES)


@pytest.fixture(scope="module")
def penguins():
    return load_penguins()


def test_shapes_and_dtypes(penguins):
    assert isinstance(penguins, Penguins)
    assert penguins.features.shape == (342, 4) and penguins.features.dtype == np.float64
    assert penguins.species.shape == (342,) and penguins.species.dtype == np.int64
    assert penguins.feature_names == FEATURES
    assert penguins.species_names == SPECIES
    assert isinstance(penguins.dropped, int) and isinstance(penguins.source, str)
    assert set(np.unique(penguins.species).tolist()) == {0, 1, 2}


def test_species_counts_match_the_csv(penguins):
    rows = _rows()
    assert len(rows) == 344
    kept = Counter(row["species"] for row in rows if _complete(row))
    assert kept == {"Adelie": 151, "Chinstrap": 68, "Gentoo": 123}
    counts = np.bincount(penguins.species, minlength=3).tolist()
    assert counts == [kept[name] for name in SPECIES] == [151, 68, 123]


def test_dropped_rows_are_the_ones_with_missing_measurements(penguins):
    rows = _rows()
    missing = [row for row in rows if not _complete(row)]
    assert penguins.dropped == len(missing) == 2
    assert [(row["species"], row["island"], row["year"]) for row in missing] == [
        ("Adelie", "Torgersen", "2007"), ("Gentoo", "Biscoe", "2009")]
    # a missing sex alone drops nothing
    assert sum(row["sex"] == "NA" for row in rows if _complete(row)) == 9


def test_values_are_the_csv_rows_in_order(penguins):
    kept = [row for row in _rows() if _complete(row)]
    expected = np.array([[float(row[name]) for name in FEATURES] for row in kept])
    assert np.array_equal(penguins.features, expected)
    assert penguins.species.tolist() == [SPECIES.index(row["species"]) for row in kept]
    assert penguins.features[0].tolist() == [39.1, 18.7, 181.0, 3750.0]


def test_feature_means_are_the_published_ones(penguins):
    """The summary of the 342 complete rows: 43.92 mm, 17.15 mm, 200.92 mm, 4201.75 g."""
    means = penguins.features.mean(axis=0)
    for got, known in zip(means, (43.92, 17.15, 200.92, 4201.75), strict=True):
        assert abs(got - known) < 0.01, (got, known)
    sds = penguins.features.std(axis=0, ddof=1)
    for got, known in zip(sds, (5.46, 1.97, 14.06, 801.95), strict=True):
        assert abs(got - known) < 0.01, (got, known)


def test_no_nan_and_plausible_ranges(penguins):
    assert np.isfinite(penguins.features).all()
    low, high = penguins.features.min(axis=0), penguins.features.max(axis=0)
    assert low.tolist() == [32.1, 13.1, 172.0, 2700.0]
    assert high.tolist() == [59.6, 21.5, 231.0, 6300.0]


def test_arrays_are_read_only_and_instances_frozen(penguins):
    with pytest.raises(ValueError, match="read-only"):
        penguins.features[0, 0] = 0.0
    with pytest.raises(ValueError, match="read-only"):
        penguins.species[0] = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        penguins.dropped = 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        penguins.features = np.zeros((342, 4))
    again = load_penguins()
    assert not np.shares_memory(again.features, penguins.features)
    changed = again.features.copy()  # the way to change values
    changed[0, 0] = 0.0
    assert penguins.features[0, 0] == 39.1 and load_penguins().features[0, 0] == 39.1


def test_penguins_copies_what_it_is_given():
    features, species = np.ones((2, 4)), np.array([0, 2])
    made = Penguins(features, species, FEATURES, SPECIES, 0, "test")
    features[0, 0] = 5.0
    assert made.features[0, 0] == 1.0 and not made.features.flags.writeable
    assert made.species.dtype == np.int64
    assert made != Penguins(features, species, FEATURES, SPECIES, 0, "test")  # identity
    for bad in ((np.ones((2, 3)), species), (np.ones(4), np.array([0])),
                (features, np.array([0, 3])), (features, np.array([0, 1, 2]))):
        with pytest.raises(ValueError, match="Penguins"):
            Penguins(*bad, FEATURES, SPECIES, 0, "test")


def test_repr_is_short_and_deterministic(penguins):
    assert repr(penguins) == (
        "Penguins(n=342, features=('bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', "
        "'body_mass_g'), species=(Adelie=151, Chinstrap=68, Gentoo=123), dropped=2)")


def test_source_cites_the_data(penguins):
    assert "\n" not in penguins.source
    for part in ("Gorman, Williams & Fraser (2014)", "Horst, Hill & Gorman (2020)", "CC0"):
        assert part in penguins.source


def test_the_csv_is_the_one_the_readme_names():
    """Copied byte for byte from palmerpenguins 0.1.6: its hash and size are in the README."""
    readme = (CSV.parent / "README.md").read_text(encoding="utf-8")
    digest = hashlib.sha256(CSV.read_bytes()).hexdigest()
    assert f"SHA-256 `{digest}`" in readme
    assert f"{CSV.stat().st_size:,} bytes" in readme
    for fact in ("CC0 1.0", "Gorman, K. B., Williams, T. D. & Fraser, W. R. (2014)",
                 "Horst, A. M., Hill, A. P. & Gorman, K. B. (2020)", "`dropped == 2`",
                 "palmerpenguins` 0.1.6"):
        assert fact in readme, fact
    for name in (*FEATURES, "species", "island", "sex", "year"):
        assert re.search(rf"^\| `{name}` \|", readme, re.MULTILINE), name


def test_import_does_not_load_matplotlib():
    code = ("import sys, helpers.datasets; "
            "print(sorted(m for m in ('matplotlib', 'ipywidgets', 'scipy', 'pandas') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_loads_from_a_zipped_package(tmp_path):
    """importlib.resources finds the CSV wherever the package is, not only in a folder."""
    archive = tmp_path / "helpers.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted((ROOT / "helpers").rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(ROOT).as_posix())
    code = ("import sys; "
            "import helpers.datasets as d; p = d.load_penguins(); "
            "print(d.__file__.startswith(sys.argv[1]), p.features.shape, p.dropped)")
    env = {**os.environ, "PYTHONPATH": str(archive)}
    out = subprocess.run([sys.executable, "-c", code, str(archive)], capture_output=True,
                         text=True, check=True, cwd=tmp_path, env=env)
    assert out.stdout.strip() == "True (342, 4) 2"


def test_standardized_features_are_well_conditioned(penguins):
    """What notebook 08 does first: mean 0 and sd 1 per column, no column constant."""
    x = penguins.features
    z = (x - x.mean(axis=0)) / x.std(axis=0)
    assert np.allclose(z.mean(axis=0), 0.0, atol=1e-12)
    assert np.allclose(z.std(axis=0), 1.0, rtol=1e-12)
    assert math.isfinite(float(np.linalg.cond(z)))
