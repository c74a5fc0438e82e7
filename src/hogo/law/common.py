"""Small helpers shared by several judgements (add to this module rather than duplicating)."""

from __future__ import annotations

from hogo.law.core import Reason, reason


class Notes:
    """Collects a judgement's reasons and required actions while it decides.

    ``say`` adds a :class:`~hogo.law.core.Reason` (Japanese, English, citations); ``act`` adds
    action codes once each, in the order first given.
    """

    def __init__(self) -> None:
        self.reasons: list[Reason] = []
        self.actions: list[str] = []

    def say(self, ja: str, en: str, *citations: str) -> None:
        self.reasons.append(reason(ja, en, *citations))

    def act(self, *codes: str) -> None:
        for code in codes:
            if code not in self.actions:
                self.actions.append(code)
