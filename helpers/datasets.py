"""Real data shipped with helpers: the Palmer Penguins.

The CSV lives inside the package (``helpers/data/penguins.csv``), so it is
there wherever helpers is installed (locally, on Binder, on Colab) and
nothing is downloaded at run time. ``helpers/data/README.md`` gives its
source, citation and licence (CC0 1.0).

This module uses numpy and the standard library only.
"""

import csv
import importlib.resources
import io
from dataclasses import dataclass

import numpy as np

__all__ = ["Penguins", "load_penguins"]

FEATURE_NAMES = ("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g")
SPECIES_NAMES = ("Adelie", "Chinstrap", "Gentoo")
SOURCE = ("Palmer Penguins: Gorman, Williams & Fraser (2014), PLoS ONE 9(3): e90081; "
          "palmerpenguins by Horst, Hill & Gorman (2020); CC0 1.0")
_MISSING = ("NA", "")


def _read_only(array):
    array.flags.writeable = False
    return array


@dataclass(frozen=True, eq=False, repr=False)
class Penguins:
    """The penguins with all four measurements: one row per penguin.

    Attributes
    ----------
    features : ndarray of float64, shape (n, 4)
        The measurements, one column per name in ``feature_names``.
    species : ndarray of int64, shape (n,)
        The species of each penguin, an index 0, 1 or 2 into ``species_names``.
    feature_names : tuple of str
        ``("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g")``.
    species_names : tuple of str
        ``("Adelie", "Chinstrap", "Gentoo")``.
    dropped : int
        How many rows of the CSV had a missing measurement and were left out.
    source : str
        A one-line citation of the data.

    Notes
    -----
    Both arrays are read-only copies: ``penguins.features[0, 0] = 1.0`` raises
    ``ValueError``. Take ``penguins.features.copy()`` to change values. The
    class is frozen, so no attribute can be reassigned either. Two instances
    compare equal only if they are the same object.
    """

    features: np.ndarray
    species: np.ndarray
    feature_names: tuple
    species_names: tuple
    dropped: int
    source: str

    def __post_init__(self):
        features = np.array(self.features, dtype=np.float64)
        species = np.array(self.species, dtype=np.int64)
        names, classes = tuple(self.feature_names), tuple(self.species_names)
        if features.ndim != 2 or features.shape[1] != len(names):
            raise ValueError(f"Penguins: features must have shape (n, {len(names)}), "
                             f"got {features.shape}")
        if species.shape != (features.shape[0],):
            raise ValueError(f"Penguins: species must have shape ({features.shape[0]},), "
                             f"got {species.shape}")
        if species.size and not (0 <= species.min() and species.max() < len(classes)):
            raise ValueError(f"Penguins: species must lie in 0..{len(classes) - 1}")
        object.__setattr__(self, "features", _read_only(features))
        object.__setattr__(self, "species", _read_only(species))
        object.__setattr__(self, "feature_names", names)
        object.__setattr__(self, "species_names", classes)
        object.__setattr__(self, "dropped", int(self.dropped))

    def __repr__(self):
        counts = np.bincount(self.species, minlength=len(self.species_names))
        per_species = ", ".join(f"{name}={int(count)}"
                                for name, count in zip(self.species_names, counts, strict=True))
        return (f"Penguins(n={len(self.species)}, features={self.feature_names}, "
                f"species=({per_species}), dropped={self.dropped})")


def load_penguins():
    """Load the Palmer Penguins shipped with helpers, rows with a missing measurement left out.

    Returns
    -------
    Penguins
        ``features`` (n, 4) float64: bill length (mm), bill depth (mm), flipper
        length (mm) and body mass (g); ``species`` (n,) int64 in 0..2, an index
        into ``species_names`` = ("Adelie", "Chinstrap", "Gentoo");
        ``feature_names``, ``dropped`` (how many rows were left out) and
        ``source`` (a one-line citation). See :class:`Penguins`.

    Notes
    -----
    The CSV has 344 rows, one per penguin, in the order of the file. Two rows
    (one Adelie, one Gentoo) have no measurements at all ("NA"); they are left
    out, so n = 342, and ``dropped`` says so. The other columns (island, sex,
    year) are not read: the 9 further rows that miss only the sex stay. Each
    call reads the file again and returns new read-only arrays.

    Gorman, K. B., Williams, T. D. & Fraser, W. R. (2014). Ecological sexual
    dimorphism and environmental variability within a community of Antarctic
    penguins (genus *Pygoscelis*). PLoS ONE 9(3): e90081.

    Examples
    --------
    >>> import numpy as np
    >>> from helpers.datasets import load_penguins
    >>> penguins = load_penguins()
    >>> penguins.features.shape, penguins.species.shape
    ((342, 4), (342,))
    >>> penguins.feature_names
    ('bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g')
    >>> dict(zip(penguins.species_names, np.bincount(penguins.species).tolist()))
    {'Adelie': 151, 'Chinstrap': 68, 'Gentoo': 123}
    >>> penguins.dropped
    2
    >>> penguins
    Penguins(n=342, features=('bill_length_mm', 'bill_depth_mm', 'flipper_length_mm',
    'body_mass_g'), species=(Adelie=151, Chinstrap=68, Gentoo=123), dropped=2)
    """
    path = importlib.resources.files("helpers") / "data" / "penguins.csv"
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    header = next(reader)
    try:
        columns = [header.index(name) for name in ("species", *FEATURE_NAMES)]
    except ValueError:
        raise ValueError(f"load_penguins: {path.name} lacks a column of "
                         f"{('species', *FEATURE_NAMES)}; its header is {header}") from None
    features, species, dropped = [], [], 0
    for line, row in enumerate(reader, start=2):
        if not row:
            continue
        name, *values = (row[i].strip() for i in columns)
        if name not in SPECIES_NAMES:
            raise ValueError(f"load_penguins: line {line} of {path.name} has the species "
                             f"{name!r}, not one of {SPECIES_NAMES}")
        if any(value in _MISSING for value in values):
            dropped += 1
            continue
        features.append([float(value) for value in values])
        species.append(SPECIES_NAMES.index(name))
    return Penguins(features=np.array(features, dtype=np.float64).reshape(-1, len(FEATURE_NAMES)),
                    species=np.array(species, dtype=np.int64), feature_names=FEATURE_NAMES,
                    species_names=SPECIES_NAMES, dropped=dropped, source=SOURCE)
