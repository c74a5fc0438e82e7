"""JSON API of leak incidents (漏えい等事案) under ``/api/v1/incidents``: same services as the pages."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from hogo.app import incidents
from hogo.app.consents import today_in_japan
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.web.deps import require
from hogo.app.web.pages import DB

router = APIRouter(prefix="/api/v1", tags=["incidents"])
READ = Annotated[User, Depends(require(P.INCIDENTS_READ))]
WRITE = Annotated[User, Depends(require(P.INCIDENTS_WRITE))]


def summary(entry: incidents.Incident) -> dict[str, Any]:
    return {"id": entry.id, "reference": entry.reference, "title": entry.title, "status": entry.status,
            "reportable": entry.reportable, "who_reports": entry.who_reports, "persons": entry.persons,
            "clock_starts_on": incidents._iso(entry.clock_starts_on),
            "preliminary_due": incidents._iso(entry.preliminary_due), "final_due": incidents._iso(entry.final_due),
            "preliminary_submitted_on": incidents._iso(entry.preliminary_submitted_on),
            "final_submitted_on": incidents._iso(entry.final_submitted_on), "law_version": entry.law_version,
            "database_ids": entry.database_ids, "version": entry.version}


def detail(entry: incidents.Incident) -> dict[str, Any]:
    """The record, and the assessment recomputed today (decision with reasons, citations and law version)."""
    return {**summary(entry), "case": entry.case,
            "assessment": incidents.assessment(entry, today_in_japan()).model_dump(mode="json")}


def _saved(db: Any, entry: incidents.Incident) -> dict[str, Any]:  # noqa: ANN401
    db.commit()
    return detail(entry)


@router.get("/incidents")
def list_incidents(db: DB, _: READ, open_only: bool = False) -> list[dict[str, Any]]:
    return [summary(e) for e in incidents.search(db, open_only)]


@router.post("/incidents", status_code=201)
def create_incident(data: incidents.IncidentCreate, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.create(db, actor, data))


@router.get("/incidents/{incident_id}")
def get_incident(incident_id: int, db: DB, _: READ) -> dict[str, Any]:
    return detail(incidents.get(db, incident_id))


@router.put("/incidents/{incident_id}")
def update_incident(incident_id: int, data: incidents.IncidentUpdate, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.update(db, actor, incident_id, data))


@router.post("/incidents/{incident_id}/counts")
def add_count(incident_id: int, data: incidents.CountIn, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.add_count(db, actor, incident_id, data))


@router.put("/incidents/{incident_id}/items")
def update_items(incident_id: int, data: incidents.ItemsIn, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.update_items(db, actor, incident_id, data))


@router.post("/incidents/{incident_id}/notices")
def record_notice(incident_id: int, data: incidents.NoticeIn, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.record_notice(db, actor, incident_id, data))


@router.post("/incidents/{incident_id}/substitutes")
def record_substitute(incident_id: int, data: incidents.SubstituteIn, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.record_substitute(db, actor, incident_id, data))


@router.post("/incidents/{incident_id}/submitted")
def mark_submitted(incident_id: int, data: incidents.SubmittedIn, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.mark_submitted(db, actor, incident_id, data))


@router.post("/incidents/{incident_id}/pending")
def note_pending(incident_id: int, data: incidents.PendingIn, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.note_pending(db, actor, incident_id, data))


@router.post("/incidents/{incident_id}/chronology", status_code=201)
def add_chronology(incident_id: int, data: incidents.ChronologyIn, db: DB, actor: WRITE) -> dict[str, Any]:
    """Add a step to 経緯 (report item 1 概要): ``on`` and ``event`` (what happened, no personal data)."""
    return _saved(db, incidents.add_chronology(db, actor, incident_id, data))


@router.delete("/incidents/{incident_id}/chronology/{index}")
def remove_chronology(incident_id: int, index: int, version: int, db: DB, actor: WRITE) -> dict[str, Any]:
    """Remove the step at ``index`` (0-based, as in ``case.outline.chronology``); ``version`` as last read."""
    return _saved(db, incidents.remove_chronology(db, actor, incident_id, index, version))


@router.post("/incidents/{incident_id}/status")
def set_status(incident_id: int, data: incidents.StatusIn, db: DB, actor: WRITE) -> dict[str, Any]:
    return _saved(db, incidents.set_status(db, actor, incident_id, data))


@router.get("/incidents/{incident_id}/report")
def report(incident_id: int, db: DB, _: READ, kind: Literal["preliminary", "final"] = "preliminary",
           on: dt.date | None = None) -> JSONResponse:
    """The Commission report (漏えい等報告, all nine items) as structured JSON, as of ``on`` (default today)."""
    return JSONResponse(incidents.report(incidents.get(db, incident_id), kind, on).model_dump(mode="json"))


@router.post("/incidents/{incident_id}/notice")
def notice(incident_id: int, person: incidents.PersonIn, db: DB, actor: WRITE) -> JSONResponse:
    """The notice to one person (items 1, 2, 4, 5, 9) as JSON; nothing about the person is stored."""
    entry = incidents.get(db, incident_id)
    result = incidents.notice(entry, person)
    incidents.log_document(db, actor, entry, "notice_printed")
    db.commit()
    return JSONResponse(result.model_dump(mode="json"))
