"""Personal-information detection in Japanese text (`hogo scan`).

``default_analyzer().analyze(text)`` returns :class:`Finding` spans typed by :class:`PiiType`.
"""

from hogo.scan.types import IDENTIFICATION_CODES, Finding, PiiType

__all__ = ["IDENTIFICATION_CODES", "Finding", "PiiType"]
