"""Identifier modules, one per identifier, in the style of python-stdnum.

Each module offers ``compact`` (strip separators, normalise width), ``calc_check_digit``
where there is one, ``validate`` (raises :class:`InvalidIdentifier` with the reason),
``is_valid`` and ``format``.
"""


class InvalidIdentifier(ValueError):
    """The value is not a valid identifier; ``str(error)`` says why, in Japanese and English."""


class InvalidFormat(InvalidIdentifier):
    """Characters other than digits (and accepted separators)."""


class InvalidLength(InvalidIdentifier):
    """Wrong number of digits."""


class InvalidChecksum(InvalidIdentifier):
    """The check digit does not match."""
