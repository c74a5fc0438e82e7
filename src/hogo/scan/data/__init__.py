"""Data files of the scan recognizers, and the loader of the one two recognizers share."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def romaji_names() -> tuple[frozenset[str], frozenset[str]]:
    """(surnames, given names): the folded romanised readings of SudachiPy's 姓/名 entries in ``romaji_names.txt``
    (built by ``build_romaji_names.py``); read once per process."""
    lines = resources.files(__name__).joinpath("romaji_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w[2:] for w in lines if w[:2] == "S "), frozenset(w[2:] for w in lines if w[:2] == "G ")
