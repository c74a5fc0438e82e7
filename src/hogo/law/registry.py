"""The registry of judgements: name → facts model + pure function.

The CLI (``hogo judge <name>``), the web application and the API look judgements up here,
so adding a judgement is one decorator on its function and one import in
:mod:`hogo.law`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from hogo.law.core import Decision, Facts

F = TypeVar("F", bound=Facts)
D = TypeVar("D", bound=Decision)


@dataclass(frozen=True)
class Judgement(Generic[F, D]):
    """A named judgement: validated facts in, a decision out."""

    name: str
    facts: type[F]
    decision: type[D]
    judge: Callable[[F, dt.date], D]
    summary_ja: str
    summary_en: str

    def __call__(self, facts: F, as_of: dt.date) -> D:
        return self.judge(facts, as_of)


JUDGEMENTS: dict[str, Judgement] = {}


def judgement(
    name: str, facts: type[F], decision: type[D], *, summary_ja: str, summary_en: str
) -> Callable[[Callable[[F, dt.date], D]], Callable[[F, dt.date], D]]:
    """Register ``judge(facts, as_of) -> decision`` under ``name``."""

    def register(judge: Callable[[F, dt.date], D]) -> Callable[[F, dt.date], D]:
        if name in JUDGEMENTS:
            raise ValueError(f"judgement {name!r} registered twice")
        JUDGEMENTS[name] = Judgement(name, facts, decision, judge, summary_ja, summary_en)
        return judge

    return register
