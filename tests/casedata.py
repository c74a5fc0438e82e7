"""Fictional case data shared by the case and document tests (no real persons or organisations)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


def incident_dict(**changes: Any) -> dict[str, Any]:
    """The sample leak incident (tests/data/leak_incident.json) with top-level fields replaced."""
    data = json.loads((DATA / "leak_incident.json").read_text(encoding="utf-8"))
    data.update(copy.deepcopy(changes))
    return data


def mis_sent_email(*counts: tuple[str, int]) -> dict[str, Any]:
    """A mis-sent e-mail (not sensitive, no harm) whose count of persons grows over time."""
    return incident_dict(
        id="L-2025-003",
        discovery={
            "occurred_on": "2025-05-07",
            "discovered_on": "2025-05-07",
            "discovered_by": "営業部社員",
            "known_on": "2025-05-07",
        },
        facts={"event": "leak"},
        persons=[{"on": on, "count": count} for on, count in counts],
        notices=[],
    )


def rights_case(kind: str, **decision: Any) -> dict[str, Any]:
    """A rights request of ``kind`` by the person themself, with a 'full' decision unless overridden."""
    data = json.loads((DATA / "rights_disclosure.json").read_text(encoding="utf-8"))
    data["request"]["kind"] = kind
    if kind not in ("disclosure", "record_disclosure"):
        data["request"].pop("requested_method", None)
        data["decision"].pop("method", None)
        data["decision"].pop("delivery", None)
        data["decision"]["action_taken"] = "ご指摘の住所を訂正しました。"
    if kind not in ("disclosure", "record_disclosure", "purpose_notice"):
        data["decision"].pop("fee", None)
    data["decision"].update(copy.deepcopy(decision))
    return data
