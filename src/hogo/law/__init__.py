"""The decision layer (判断層): pure judgements over facts and a date.

Nothing here does I/O, touches a database or knows about the web. Every judgement takes
validated facts and ``as_of`` and returns a :class:`~hogo.law.core.Decision` with reasons,
citations and the law version applied. Versions of the law are data in
:mod:`hogo.law.versions`; the administrative calendar is :mod:`hogo.law.calendar`.

Importing this package registers every judgement in :data:`JUDGEMENTS`.
"""

from hogo.law import breach  # noqa: F401  (registers judgements)
from hogo.law import mynumber_sme  # noqa: F401  (registers judgements)
from hogo.law import pia  # noqa: F401  (registers judgements)
from hogo.law import classification  # noqa: F401
from hogo.law import use  # noqa: F401
from hogo.law import rights  # noqa: F401
from hogo.law import mynumber_lifecycle  # noqa: F401
from hogo.law import provision  # noqa: F401
from hogo.law.core import Decision, Facts, FactsError, Reason
from hogo.law.registry import JUDGEMENTS, Judgement

__all__ = ["JUDGEMENTS", "Decision", "Facts", "FactsError", "Judgement", "Reason"]
