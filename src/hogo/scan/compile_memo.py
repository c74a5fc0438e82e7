"""Start-up: the character classes of hogo's regular expressions, optimised once each while the recognizers compile.

Python's regex compiler turns each character class into a bitmap by visiting every code point of each range
(``re._compiler._optimize_charset``): a class of kanji (``[㐀-䶿一-鿿…]``, ~30,000 code points) costs about a
millisecond, and hogo's recognizers write such classes some 5,500 times in ~900 distinct forms — half of the import
time of ``hogo.scan.analyzer`` (round 12). :func:`charset_memo` keeps each class's result while the recognizer modules
are imported, so a class written again is not optimised again. The result of that internal function is a pure
function of the class when no case folding applies, so the compiled patterns are the same; a case-insensitive class,
or a Python without that function, goes through untouched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def charset_memo() -> Iterator[None]:
    """While the block runs, the regex compiler optimises each distinct case-sensitive character class once."""
    try:
        from re import _compiler
    except ImportError:  # pragma: no cover - other Pythons
        yield
        return
    optimize = getattr(_compiler, "_optimize_charset", None)
    if optimize is None:  # pragma: no cover - other Pythons
        yield
        return
    _compiler._optimize_charset = _memoized(optimize)
    try:
        yield
    finally:
        _compiler._optimize_charset = optimize


def _memoized(optimize):
    """``optimize`` (``_optimize_charset(charset, iscased, fixup, fixes)``) with its results kept by class: only
    without ``fixup`` (case folding), when the class alone decides the result. Each call gets its own list."""
    memo: dict[tuple, tuple[list, bool]] = {}

    def optimize_once(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:
            return optimize(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            found = memo.get(key)
        except TypeError:  # (an unhashable item: not expected, but not worth a wrong answer)
            return optimize(charset, iscased, fixup, fixes)
        if found is None:
            found = memo[key] = optimize(charset, iscased, fixup, fixes)
        out, hascased = found
        return list(out), hascased

    return optimize_once
