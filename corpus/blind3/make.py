"""Build corpus/blind3/documents.jsonl: a third blind, held-out evaluation batch for `hogo scan`.

Written by a different author than corpus/blind/ and corpus/blind2/ (public sector and care; other
document kinds, other phrasings), with the same file format, markup and annotation conventions. The markup and the check-digit generators are batch 1's
(``⟦TYPE:text⟧``; ``«MN:…» «MNS:…» «MNH:…» «MNW:…» «MNX:…» «CC:…» «CCH:…» «CCS:…» «CCX:…» «CORP:…»``, see
corpus/blind/make.py); this script imports them rather than copying them, and only reads its own
documents.txt. Offsets are computed from the markers, so they cannot be wrong.

The batch was written without looking at the detector's code and without running the detector on it
(see README.md). Run:  python corpus/blind3/make.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _batch1():
    spec = importlib.util.spec_from_file_location("blind_make", HERE.parent / "blind" / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_base = _batch1()
# the shared machinery, re-exported so that tests can treat all batches alike
TYPES = _base.TYPES
TWELVE_DIGITS = _base.TWELVE_DIGITS
_TO_ASCII = _base._TO_ASCII
parse = _base.parse
valid_my_number = _base.valid_my_number
unannotated_valid_twelve = _base.unannotated_valid_twelve


def load_documents() -> list[tuple[str, str, str]]:
    """(id, kind, marked text) from this batch's documents.txt (blocks headed ``=== id | kind``)."""
    _base.HERE = HERE  # batch 1's reader looks for documents.txt next to its HERE
    try:
        return _base.load_documents()
    finally:
        _base.HERE = HERE.parent / "blind"


def main() -> None:
    _base.HERE = HERE  # write documents.jsonl here, from documents.txt here, with batch 1's checks
    _base.main()


if __name__ == "__main__":
    sys.exit(main())
