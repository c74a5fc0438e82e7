"""The hogo application: web UI, JSON API and records (issue 4).

Layers, outer to inner:

* :mod:`hogo.app.web` — FastAPI routes (HTML under ``/``, JSON under ``/api/v1``);
* :mod:`hogo.app.register` (台帳), :mod:`hogo.app.accounts`, :mod:`hogo.app.audit` — services that take an
  SQLAlchemy session and an acting user, check permissions and write the audit log;
* :mod:`hogo.app.models` — the SQLAlchemy 2 typed ORM; :mod:`hogo.app.migrate` applies the Alembic migrations
  shipped in ``hogo/app/migrations``.

The pure legal decision layer (:mod:`hogo.law`) knows nothing of this package.
"""

from __future__ import annotations
